/**
 * Content-addressed cache under opts.cacheDir: a file's pages keyed by the sha256 of its bytes plus the
 * reader and OCR model versions, and each OCR'd page on its own (so a cancelled batch resumes where it
 * stopped). Pages are stored without the file name: the same bytes may sit under another name.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '../../../shared/types'
import type { OcrPage } from '../ocr/engine'

type StoredPage = Omit<Page, 'file'>

export class IngestCache {
  private fileTag: string
  private ocrTag: string

  /**
   * `fileVersions` keys whole files (readers and OCR); `ocrVersions` keys OCR'd pages, which a change to the text
   * readers leaves valid (re-reading a text PDF must not cost every scan its OCR again).
   */
  constructor(
    private dir: string,
    fileVersions: string,
    ocrVersions: string = fileVersions,
  ) {
    const tag = (v: string) => createHash('sha1').update(v).digest('hex').slice(0, 10)
    this.fileTag = tag(fileVersions)
    this.ocrTag = tag(ocrVersions)
  }

  private path(kind: 'files' | 'ocr', sha: string, suffix: string): string {
    return join(this.dir, kind, sha.slice(0, 2), `${sha}${suffix}.${kind === 'ocr' ? this.ocrTag : this.fileTag}.json`)
  }

  private read<T>(p: string): T | null {
    try {
      return JSON.parse(readFileSync(p, 'utf8')) as T
    } catch {
      return null
    }
  }

  private write(p: string, value: unknown): void {
    try {
      mkdirSync(join(p, '..'), { recursive: true })
      const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
      writeFileSync(tmp, JSON.stringify(value))
      renameSync(tmp, p)
    } catch {
      // a cache that cannot be written only costs time
    }
  }

  getFile(sha: string, file: string): Page[] | null {
    const stored = this.read<StoredPage[]>(this.path('files', sha, ''))
    return stored ? stored.map((p) => ({ file, ...p })) : null
  }

  putFile(sha: string, pages: Page[]): void {
    this.write(
      this.path('files', sha, ''),
      pages.map(({ file: _file, ...rest }) => rest),
    )
  }

  getOcr(sha: string, page: number): OcrPage | null {
    return this.read<OcrPage>(this.path('ocr', sha, `.p${page}`))
  }

  putOcr(sha: string, page: number, value: OcrPage): void {
    this.write(this.path('ocr', sha, `.p${page}`), value)
  }
}
