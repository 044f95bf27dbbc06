/** LibreOffice → PDF → text and PNG, for checking exported documents the way a reader sees them; and DOCX text straight from the XML. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import JSZip from 'jszip'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
}

/** Convert several documents in one soffice run (one start-up), with a private profile so parallel runs don't clash. */
export function toPdf(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'pingcha-lo-'))
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 180_000,
    })
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.error}`)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return files.map((f) => {
    const pdf = join(outDir, basename(f).replace(/\.(docx|xlsx)$/, '.pdf'))
    if (!existsSync(pdf)) throw new Error(`no PDF for ${f}`)
    return pdf
  })
}

export function pdfText(pdf: string, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' })
}

export function pdfPages(pdf: string): number {
  const m = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))
  return m ? Number(m[1]) : 0
}

/** Pages as PNG at 50 dpi under dir/prefix-N.png. */
export function pdfPngs(pdf: string, dir: string, prefix: string): void {
  mkdirSync(dir, { recursive: true })
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(dir, prefix)])
}

/** Text with all white space removed, so phrases broken across lines still match. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '')
}

/** The running text of a PDF: reading order, running header and "— N —" page numbers dropped, white space removed. */
export function bodyText(pdf: string, header: string): string {
  const lines = pdfText(pdf, false)
    .split('\n')
    .filter((l) => l.trim() !== header && !/^\s*—\s*\d+\s*—\s*$/.test(l))
  return squash(lines.join('\n').replace(/\f/g, ''))
}

/** The visible text of a DOCX (body, then running headers), runs joined without separators. */
export async function docxText(fileOrBytes: string | Buffer): Promise<string> {
  const z = await JSZip.loadAsync(typeof fileOrBytes === 'string' ? readFileSync(fileOrBytes) : fileOrBytes)
  const headers = Object.keys(z.files).filter((n) => /word\/header\d*\.xml/.test(n))
  const xml = [await z.file('word/document.xml')!.async('string'), ...(await Promise.all(headers.map((n) => z.file(n)!.async('string'))))].join('')
  return xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}
