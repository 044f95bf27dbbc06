/**
 * Stage 1, ingest: a case folder (or one file) → pages of positioned text lines.
 *
 * Files are read in the order a person would read them (walk.ts). Text sources (PDF text layers, DOCX,
 * TXT, OFD) are read here; scanned pages (images, TIFF pages, PDF pages without a text layer) go to a pool
 * of OCR worker threads. Results are cached by content hash under opts.cacheDir. A file that cannot be
 * read becomes an IngestError with a message a reviewer understands; the batch goes on.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { IngestError, IngestErrorCode, IngestedFile, IngestResult, Page, Progress, TextLine } from '../../../shared/types'
import { EngineError } from '../../../shared/errors'
import { OCR_MODEL_VERSION, type OcrPage } from '../ocr/engine'
import { OcrJobError, OcrPool } from '../ocr/pool'
import type { OcrSource } from '../ocr/protocol'
import { MAX_PIXELS, tooManyPixels } from '../ocr/raster'
import { IngestCache } from './cache'
import { DocError, DocReader, readDoc, sniffWord } from './doc'
import { DocxError, readDocx } from './docx'
import { imageSize } from './imagesize'
import { OfdError, readOfd } from './ofd'
import { readPdf, type Overlay } from './pdf'
import { pdfErrorKind } from './pdfjs'
import { tiffComplete, tiffPages, tiffPagesOfFile, tiffPageSize } from './tiff'
import { looksBinary, readTxt } from './txt'
import { listCaseFiles, type CaseFile } from './walk'


/**
 * Version of the readers; part of the file cache key together with the OCR model version. OCR'd pages are keyed by
 * the OCR model version alone (bump that when page rendering for OCR changes).
 * 2: blank PDF fragments lying over a glyph are dropped (they displaced 〕 in LibreOffice PDFs).
 * 3: page-sized pictures in a DOCX (pasted scans) are read by OCR.
 * 4: Word 97–2003 .doc and WPS .wps files are read (they were refused), as is a Word binary file named .docx.
 * 5: zip entries and images are read within caps (too-large errors); a page-sized picture in a DOCX over the pixel cap
 *    is reported rather than skipped.
 * 6: a DOCX table's cells and a text's tabs are set two spaces apart (one space between two characters is dropped as a
 *    scan's noise, which ran one cell into the next).
 */
export const INGEST_VERSION = 'ingest/6'

export interface IngestOptions {
  /** Where OCR results are cached by content hash. */
  cacheDir?: string
  /** OCR worker threads; default: one per core. */
  threads?: number
  signal?: AbortSignal
  onProgress?: (p: Omit<Progress, 'jobId'>) => void
  /** Resolution scanned PDF pages are rendered at for OCR. */
  ocrDpi?: number
}

/**
 * Longest stretch of synchronous work (reading files, writing the cache) before ingest lets other work on the event
 * loop run: a case of thousands of small files must not keep a server that imports it from answering anything else.
 */
const YIELD_AFTER_MS = 15

/** Returns a function to await between units of work: it yields to the event loop once a slice is used up. */
function timeSlicer(ms = YIELD_AFTER_MS): () => Promise<void> {
  let start = performance.now()
  return async () => {
    if (performance.now() - start < ms) return
    await new Promise((r) => setImmediate(r))
    start = performance.now()
  }
}

/** Scans larger than this are hashed in chunks and not held whole; HEAD_BYTES of them are kept for their headers. */
const STREAM_ABOVE = 32 * 1024 * 1024
const HEAD_BYTES = 4 * 1024 * 1024

/** The sha256 of a file read in chunks, and its first `keep` bytes. */
function hashFile(path: string | Buffer, keep: number): { sha256: string; head: Uint8Array } {
  const fd = openSync(path, 'r')
  try {
    const hash = createHash('sha256')
    const chunk = Buffer.allocUnsafe(1024 * 1024)
    const head: Buffer[] = []
    let kept = 0
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n <= 0) break
      hash.update(chunk.subarray(0, n))
      if (kept < keep) {
        const take = Math.min(n, keep - kept)
        head.push(Buffer.from(chunk.subarray(0, take)))
        kept += take
      }
    }
    return { sha256: hash.digest('hex'), head: new Uint8Array(Buffer.concat(head)) }
  } finally {
    closeSync(fd)
  }
}

/** Files bigger than this are not read at all. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024

type Kind = IngestedFile['kind']

const KINDS: Record<string, Kind> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  // Word 97–2003 binary; WPS Office saves .wps in the same format. Read as Word documents (doc.ts).
  '.doc': 'docx',
  '.wps': 'docx',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.bmp': 'image',
  '.tif': 'tiff',
  '.tiff': 'tiff',
  '.txt': 'txt',
  '.ofd': 'ofd',
}

const LEGACY = new Set(['.et', '.dps', '.xls', '.ppt'])

export const MESSAGES: Record<IngestErrorCode, string> = {
  encrypted: '文件已加密（需要密码才能打开），无法读取。请提供未加密的文件。',
  corrupt: '文件已损坏或不完整，无法读取。',
  empty: '文件为空（0 字节）。',
  unsupported: '不支持的文件类型。可读取 PDF、DOCX、DOC、WPS、OFD、TXT 以及 JPG、PNG、BMP、TIFF 图片。',
  'legacy-format': '旧版 Office/WPS 格式无法直接读取，请另存为 .docx 后重新导入。',
  'too-large': '文件或图片尺寸过大，超过可读取的上限。',
  'ocr-failed': '文字识别失败。',
  cancelled: '已取消，文件未读取完。',
  io: '无法读取文件。',
}

class FileError extends Error {
  constructor(
    public code: IngestErrorCode,
    message?: string,
  ) {
    super(message ?? MESSAGES[code])
  }
}

/** One page slot of a file: either read already, or waiting for OCR. */
type Slot = { page: Page } | { ocr: OcrSource; page: number; overlay?: Overlay }

interface FileWork {
  cf: CaseFile
  info: IngestedFile
  slots: Slot[]
  fromCache: boolean
  error?: IngestError
}

/** A case folder (recursive) or one file → pages of positioned text lines. Bad files become per-file errors. */
export async function ingest(path: string, opts: IngestOptions = {}): Promise<IngestResult> {
  let listing: ReturnType<typeof listCaseFiles>
  try {
    listing = listCaseFiles(path)
  } catch (e) {
    throw new EngineError('unusable-input', `找不到或无法打开案卷：${path}（${(e as Error).message}）`)
  }
  const { root, files } = listing
  const cache = opts.cacheDir ? new IngestCache(opts.cacheDir, `${INGEST_VERSION}|${OCR_MODEL_VERSION}`, OCR_MODEL_VERSION) : null
  const progress = opts.onProgress ?? (() => {})
  const work: FileWork[] = []

  // Phase 1: read every file; text sources are finished here, scanned pages become OCR slots.
  let docs: DocReader | null = null
  const docReader = () => (docs ??= new DocReader())
  const breathe = timeSlicer()
  try {
    for (let i = 0; i < files.length; i++) {
      const cf = files[i]
      await breathe()
      progress({ stage: 'ingest', done: i, total: files.length, current: cf.rel })
      const w: FileWork = { cf, info: { file: cf.rel, bytes: 0, sha256: '', kind: kindOf(cf.rel), pages: 0 }, slots: [], fromCache: false }
      work.push(w)
      if (opts.signal?.aborted) {
        w.error = errorOf(cf.rel, new FileError('cancelled'))
        continue
      }
      try {
        await readOne(w, cache, opts, docReader)
      } catch (e) {
        w.error = errorOf(cf.rel, e)
      }
    }
  } finally {
    await (docs as DocReader | null)?.close()
  }
  progress({ stage: 'ingest', done: files.length, total: files.length })

  // Phase 2: OCR, all pages queued at once so every worker stays busy.
  const jobs: { w: FileWork; slot: number }[] = []
  for (const w of work) w.slots.forEach((s, i) => 'ocr' in s && jobs.push({ w, slot: i }))
  const failures = new Map<FileWork, { code: IngestErrorCode; pages: number[]; message: string }>()
  if (jobs.length) {
    let done = 0
    let pool: OcrPool | null = null
    try {
      await Promise.all(
        jobs.map(async ({ w, slot }) => {
          const s = w.slots[slot] as { ocr: OcrSource; page: number; overlay?: Overlay }
          let page: OcrPage | null = cache?.getOcr(w.info.sha256, s.page) ?? null
          if (!page) {
            try {
              pool ??= new OcrPool({ threads: opts.threads })
              page = await pool.run(s.ocr, opts.signal)
              cache?.putOcr(w.info.sha256, s.page, page)
            } catch (e) {
              const code: IngestErrorCode = e instanceof OcrJobError ? e.code : 'ocr-failed'
              const f = failures.get(w) ?? { code, pages: [], message: e instanceof Error ? e.message : String(e) }
              f.pages.push(s.page)
              failures.set(w, f)
              return
            } finally {
              done++
              progress({ stage: 'ocr', done, total: jobs.length, current: w.info.file })
            }
          } else {
            done++
            progress({ stage: 'ocr', done, total: jobs.length, current: w.info.file })
          }
          w.slots[slot] = {
            page: { file: w.info.file, page: s.page, width: page.width, height: page.height, unit: 'px', source: 'ocr', rotation: page.rotation, lines: withOverlay(page, s.overlay) },
          }
        }),
      )
    } finally {
      await (pool as OcrPool | null)?.close()
    }
  }

  // Phase 3: assemble in reading order.
  const result: IngestResult = { root, files: [], pages: [], errors: [] }
  for (const w of work) {
    await breathe()
    const f = failures.get(w)
    if (f) {
      f.pages.sort((a, b) => a - b)
      const which = w.slots.length > 1 ? `第 ${pageRanges(f.pages)} 页` : ''
      const base = f.code === 'cancelled' ? `${which}${MESSAGES.cancelled}` : f.code === 'ocr-failed' ? `${which}文字识别失败：${f.message}` : `${which}${f.message}`
      w.error = { file: w.info.file, code: f.code, message: base }
    }
    const pages = w.slots.flatMap((s) => ('ocr' in s ? [] : [s.page]))
    if (w.info.sha256) result.files.push({ ...w.info, pages: pages.length })
    result.pages.push(...pages)
    if (w.error) result.errors.push(w.error)
    else if (cache && !w.fromCache && w.info.sha256) cache.putFile(w.info.sha256, pages)
  }
  return result
}

/**
 * Puts a scanned PDF page's own text-layer lines (a stamp, a page number) onto its OCR result: the exact
 * text beats what OCR makes of it, and fonts that are not embedded do not render for OCR anyway.
 */
export function withOverlay(page: OcrPage, overlay: Overlay | undefined): TextLine[] {
  if (!overlay || overlay.lines.length === 0 || page.rotation !== 0) return page.lines
  const k = page.width / overlay.width
  const stamped = overlay.lines.map((l) => ({ ...l, bbox: { x: Math.round(l.bbox.x * k), y: Math.round(l.bbox.y * k), w: Math.round(l.bbox.w * k), h: Math.round(l.bbox.h * k) } }))
  const covered = (a: TextLine['bbox']) =>
    stamped.some((s) => {
      const ix = Math.min(a.x + a.w, s.bbox.x + s.bbox.w) - Math.max(a.x, s.bbox.x)
      const iy = Math.min(a.y + a.h, s.bbox.y + s.bbox.h) - Math.max(a.y, s.bbox.y)
      return ix > 0 && iy > 0 && ix * iy > 0.3 * a.w * a.h
    })
  return [...page.lines.filter((l) => !covered(l.bbox)), ...stamped].sort((a, b) => a.bbox.y - b.bbox.y || a.bbox.x - b.bbox.x)
}

/** 3, 5, 6, 7, 9 → "3、5–7、9". */
export function pageRanges(pages: number[]): string {
  const out: string[] = []
  for (let i = 0; i < pages.length; i++) {
    let j = i
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++
    out.push(j - i >= 2 ? `${pages[i]}–${pages[j]}` : pages.slice(i, j + 1).join('、'))
    i = j
  }
  return out.join('、')
}

function kindOf(rel: string): Kind {
  return KINDS[extname(rel).toLowerCase()] ?? 'other'
}

function errorOf(file: string, e: unknown): IngestError {
  if (e instanceof FileError) return { file, code: e.code, message: e.message }
  return { file, code: 'corrupt', message: `${MESSAGES.corrupt}（${e instanceof Error ? e.message : String(e)}）` }
}

async function readOne(w: FileWork, cache: IngestCache | null, opts: IngestOptions, docReader: () => DocReader): Promise<void> {
  const { cf, info } = w
  const ext = extname(cf.rel).toLowerCase()
  if (cf.unreadable) throw new FileError('io', `${MESSAGES.io}（${cf.unreadable}）`)
  if (LEGACY.has(ext)) throw new FileError('legacy-format', `旧版 ${ext} 格式无法直接读取，请另存为 .docx（表格另存为 .xlsx 不在读取范围内）后重新导入。`)
  if (info.kind === 'other') throw new FileError('unsupported', `不支持的文件类型（${ext || '无扩展名'}）。可读取 PDF、DOCX、DOC、WPS、OFD、TXT 以及 JPG、PNG、BMP、TIFF 图片。`)
  let size: number
  try {
    size = statSync(cf.path).size
  } catch (e) {
    throw new FileError('io', `${MESSAGES.io}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`)
  }
  if (size === 0) throw new FileError('empty')
  if (size > MAX_FILE_BYTES) throw new FileError('too-large', `文件过大（${(size / 1048576).toFixed(0)} MB），超过 ${MAX_FILE_BYTES / 1048576} MB 的上限。`)
  // A large scan (image or TIFF) is only hashed and sized here, its pixels are decoded by OCR page by page: it is read
  // in chunks and only its head kept, not held whole (a 16-page uncompressed TIFF is some 400 MB).
  const streamed = (info.kind === 'image' || info.kind === 'tiff') && size > STREAM_ABOVE
  let bytes: Uint8Array
  try {
    if (streamed) {
      const r = hashFile(cf.path, HEAD_BYTES)
      bytes = r.head
      info.sha256 = r.sha256
    } else {
      bytes = readFileSync(cf.path)
      info.sha256 = createHash('sha256').update(bytes).digest('hex')
    }
  } catch (e) {
    throw new FileError('io', `${MESSAGES.io}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`)
  }
  info.bytes = size
  const cached = cache?.getFile(info.sha256, info.file)
  if (cached) {
    w.slots = cached.map((page) => ({ page }))
    w.fromCache = true
    info.pages = cached.length
    return
  }
  const wire: string | Uint8Array = typeof cf.path === 'string' ? cf.path : new Uint8Array(cf.path)
  switch (info.kind) {
    case 'pdf': {
      if (!startsWith(bytes, '%PDF') && !findHeader(bytes, '%PDF')) throw new FileError('corrupt', '文件不是有效的 PDF。')
      let plans: Awaited<ReturnType<typeof readPdf>>
      try {
        // the bytes are not needed after this: handed over, not copied (a scanned PDF can be hundreds of MB)
        plans = await readPdf(bytes, info.file, { owned: true })
      } catch (e) {
        const k = pdfErrorKind(e)
        throw new FileError(k, k === 'encrypted' ? 'PDF 已加密（需要打开密码），无法读取。请提供未加密的文件。' : `PDF 已损坏或不完整，无法读取（${(e as Error).message}）。`)
      }
      if (plans.length === 0) throw new FileError('corrupt', 'PDF 中没有页面。')
      w.slots = plans.map((p) =>
        'text' in p ? { page: p.text } : { ocr: { kind: 'pdf', path: wire, index: p.index, dpi: opts.ocrDpi ?? 200 }, page: p.index + 1, overlay: p.overlay },
      )
      break
    }
    case 'docx': {
      // By content: a Word binary file (.doc, .wps, or a renamed .docx) is read by doc.ts; a zip, or anything else named
      // .docx, by the DOCX reader; anything else named .doc/.wps is refused by doc.ts, which says what it is.
      const word = sniffWord(bytes)
      if (word === 'ole' || (ext !== '.docx' && word !== 'zip')) {
        try {
          w.slots = (await readDoc(bytes, info.file, docReader())).map((page) => ({ page }))
        } catch (e) {
          if (e instanceof DocError) throw new FileError(e.code, `${e.message}。`)
          throw e
        }
        break
      }
      try {
        w.slots = (await readDocx(bytes, info.file)).map((p) => ('scan' in p ? { ocr: { kind: 'zip-image', path: wire, entry: p.scan }, page: p.page } : { page: p }))
      } catch (e) {
        if (e instanceof DocxError) throw new FileError(e.code, e.code === 'encrypted' ? 'Word 文档已加密（需要密码），无法读取。' : `${e.message}。`)
        throw e
      }
      break
    }
    case 'ofd':
      try {
        w.slots = (await readOfd(bytes, info.file)).map((p) => ('scan' in p ? { ocr: { kind: 'zip-image', path: wire, entry: p.scan }, page: p.page } : { page: p }))
      } catch (e) {
        if (e instanceof OfdError) throw new FileError(e.code, `${e.message}。`)
        throw e
      }
      break
    case 'txt':
      if (looksBinary(bytes)) throw new FileError('corrupt', '文件扩展名为 .txt，但内容不是文本。')
      w.slots = readTxt(bytes, info.file).map((page) => ({ page }))
      break
    case 'image': {
      const dim = imageSize(bytes)
      if (!dim || dim.format === 'tiff' || !dim.width || !dim.height) throw new FileError('corrupt', '图片已损坏或格式无法识别。')
      // checked from the header, before anything is decoded
      if (dim.width * dim.height > MAX_PIXELS || dim.width > 30000 || dim.height > 30000) throw new FileError('too-large', `${tooManyPixels(dim.width, dim.height)}。`)
      w.slots = [{ ocr: { kind: 'image', path: wire }, page: 1 }]
      break
    }
    case 'tiff': {
      let ifds: ReturnType<typeof tiffPages>
      try {
        ifds = streamed ? tiffPagesOfFile(cf.path).ifds : tiffPages(bytes)
      } catch (e) {
        throw new FileError('corrupt', `TIFF 已损坏，无法读取（${(e as Error).message}）。`)
      }
      if (ifds.length === 0) throw new FileError('corrupt', 'TIFF 中没有图像。')
      if (!ifds.every((d) => tiffComplete(d, size))) throw new FileError('corrupt', 'TIFF 文件不完整（可能传输或拷贝中断），无法读取。')
      const big = ifds.map(tiffPageSize).find((s) => s.width * s.height > MAX_PIXELS)
      if (big) throw new FileError('too-large', `TIFF 页面${tooManyPixels(big.width, big.height)}。`)
      w.slots = ifds.map((_, i) => ({ ocr: { kind: 'tiff', path: wire, index: i }, page: i + 1 }))
      break
    }
  }
  info.pages = w.slots.length
}

function startsWith(b: Uint8Array, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (b[i] !== s.charCodeAt(i)) return false
  return true
}

/** Some producers put junk before the header; PDF readers accept it within the first kilobyte. */
function findHeader(b: Uint8Array, s: string): boolean {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1024)).includes(s)
}
