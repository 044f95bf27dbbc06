/**
 * Word 97–2003 .doc and WPS .wps (which WPS Office saves in the same OLE2 Word binary format): the body text in
 * reading order, read by word-extractor in a worker thread. Headers, footers, notes and text boxes are not read.
 *
 * word-extractor gives the text only: no page layout (a .doc stores none that can be trusted) and no positions. So
 * pages are made where the document itself breaks them — a page or section break character, or a paragraph marked
 * "page break before" (LibreOffice writes breaks that way) — and otherwise the text stays on one page, one line per
 * paragraph, so evidence names the paragraph. Line boxes are synthetic, in points, laid out as for DOCX. Table rows
 * read as one line, cells two spaces apart, as the DOCX reader renders them.
 *
 * Its getBody() turns page breaks into newlines and has no paragraph properties, so the worker subclasses its
 * extractor (internals of the pinned version 1.0.4): the raw body from the piece table, plus each paragraph's
 * "page break before", "in table" and "end of row" flags read from the PAPX pages by our own walk (its own walk,
 * which marks row ends, reads a paragraph without properties as if it had some and can wipe out a section break).
 *
 * The parser is not written for hostile input (a sector chain that loops grows an array until V8 aborts the whole
 * process; declared sizes allocate memory), so it runs in a worker with a heap limit and a time limit, and inside the
 * worker the compound-file layer is held to the file: sector counts no larger than the file, sector chains that end,
 * no reads past the end.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Page } from '../../../shared/types'
import { paginate, type Block } from './docx'

export class DocError extends Error {
  constructor(
    public code: 'encrypted' | 'corrupt' | 'legacy-format',
    message: string,
  ) {
    super(message)
  }
}

/** The body as word-extractor's piece table holds it (index = character position), and paragraph flags by mark position. */
export interface DocText {
  text: string
  /** Flat pairs: position of a paragraph mark, then its flags (PAGE_BREAK_BEFORE, IN_TABLE, ROW_END). */
  marks: number[]
}

export const PAGE_BREAK_BEFORE = 1
export const IN_TABLE = 2
/** The mark ends a table row (a \x07 like a cell's end, told apart only by this flag). */
export const ROW_END = 4

/** A .doc taking longer than this to parse is given up (a real one takes well under a second). */
export const DOC_TIMEOUT_MS = 20_000
/** Heap of the parsing worker; the file's bytes are outside it. */
const DOC_HEAP_MB = 256

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** What the bytes are, whatever the file is called. */
export function sniffWord(bytes: Uint8Array): 'ole' | 'zip' | 'rtf' | 'xml' | 'html' | 'other' {
  if (OLE.every((b, i) => bytes[i] === b)) return 'ole'
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart()
  if (head.startsWith('{\\rtf')) return 'rtf'
  if (/^<\?xml/i.test(head) && /<w:wordDocument\b/.test(head)) return 'xml'
  if (/^<(?:!doctype\s+html|html)|^mime-version:/i.test(head) || /<html[\s>]/i.test(head)) return 'html'
  return 'other'
}

/** A Word binary file → pages of text lines. Throws DocError with a message a reviewer understands. */
export async function readDoc(bytes: Uint8Array, file: string, reader: DocReader): Promise<Page[]> {
  const kind = sniffWord(bytes)
  if (kind !== 'ole') {
    const what = {
      zip: '此文件实为 DOCX 格式', // not reached: ingest reads a zip as DOCX
      rtf: '此文件实为 RTF 格式',
      xml: '此文件实为 Word 2003 XML 格式',
      html: '此文件实为网页（HTML/MHT）格式',
      other: `此${/\.wps$/i.test(file) ? ' WPS ' : ''}文件不是 Word 97–2003 兼容格式（可能是早期 WPS 文字或其他程序的文件）`,
    }[kind]
    throw new DocError('legacy-format', `${what}，无法直接读取。请用 WPS 或 Word 打开后另存为 .docx 再重新导入`)
  }
  return docPages(await reader.read(bytes), file)
}

/** Body text and paragraph flags → pages with synthetic line boxes; a long page grows to hold its lines. */
export function docPages(doc: DocText, file: string): Page[] {
  const pages = paginate(docBlocks(doc), file, true)
  for (const p of pages) {
    const last = p.lines[p.lines.length - 1]
    if (last) p.height = Math.max(p.height, Math.ceil(last.bbox.y + last.bbox.h + 72))
  }
  return pages
}

/**
 * The body's characters → paragraphs (and table rows) in order, with page boundaries.
 * Word's marks: \r paragraph, \x0b line break, \x0c page or section break, \x07 end of a table cell or (flag ROW_END)
 * of a row. Fields (\x13 code \x14 result \x15) show their result; tracked deletions (\x00 after word-extractor),
 * pictures and note references are dropped. Without paragraph flags, a cell mark right after another ends the row.
 */
export function docBlocks(doc: DocText): Block[] {
  const flags = new Map<number, number>()
  let tableFlags = false
  for (let i = 0; i + 1 < doc.marks.length; i += 2) {
    flags.set(doc.marks[i], doc.marks[i + 1])
    if (doc.marks[i + 1] & (IN_TABLE | ROW_END)) tableFlags = true
  }
  const blocks: Block[] = []
  let pending = false
  let text = ''
  /** Paragraphs of the open table cell, and the finished cells of the open row. */
  let cell: string[] = []
  let row: string[] | null = null
  /** Field nesting: true while inside a field's code part. */
  const fields: boolean[] = []
  let inCode = 0

  const push = (t: string, breakBefore = false) => {
    if (breakBefore) pending = true
    if (t.trim()) blocks.push({ text: t.replace(/\s+$/, ''), breakBefore: pending })
    else if (t === '' && !pending) blocks.push({ text: '', breakBefore: false })
    else return // an empty paragraph keeps the break pending for the next one
    pending = false
  }
  const endCell = () => {
    cell.push(text)
    text = ''
    row ??= []
    row.push(cell.map((s) => s.trim()).filter(Boolean).join(' '))
    cell = []
  }
  const endRow = () => {
    if (text.trim() || cell.length) endCell()
    if (row) push(row.filter(Boolean).join('  '))
    row = null
    text = ''
  }

  const s = doc.text
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    switch (ch) {
      case 0x13:
        fields.push(true)
        inCode++
        continue
      case 0x14:
        if (fields.length && fields[fields.length - 1]) {
          fields[fields.length - 1] = false
          inCode--
        }
        continue
      case 0x15:
        if (fields.length && fields.pop()) inCode--
        continue
      case 0x0d: {
        const f = flags.get(i) ?? 0
        const t = text
        text = ''
        if (f & IN_TABLE || (row && !tableFlags)) {
          // a paragraph inside a table cell: a cell of several paragraphs reads as one
          cell.push(t)
          if (f & PAGE_BREAK_BEFORE) pending = true
        } else {
          if (row || cell.length) endRow() // a row left open (its end mark was not found)
          push(t, (f & PAGE_BREAK_BEFORE) !== 0)
        }
        continue
      }
      case 0x07: {
        const f = flags.get(i) ?? 0
        if (f & ROW_END || (!tableFlags && i > 0 && s.charCodeAt(i - 1) === 0x07)) endRow()
        else {
          if (f & PAGE_BREAK_BEFORE) pending = true
          endCell()
        }
        continue
      }
      case 0x0a:
      case 0x0b:
      case 0x0e: // line break, column break
        if (row || cell.length) text += ' '
        else {
          push(text)
          text = ''
        }
        continue
      case 0x0c: // page break, section break
        if (row || cell.length) endRow()
        if (text.trim()) push(text)
        text = ''
        pending = true
        continue
      case 0x09:
        if (!inCode) text += '\t'
        continue
      case 0x1e:
        if (!inCode) text += '-'
        continue
      default:
        if (ch < 0x20 || inCode) continue // deleted text, pictures, note marks, optional hyphens; field codes
        text += s[i]
    }
  }
  if (row || cell.length) endRow()
  if (text.trim()) push(text)
  return blocks
}

/**
 * Runs in the worker (CommonJS, no bundling needed): word-extractor's own modules, held to the file's bounds, and an
 * extractor that also reports each paragraph's "page break before" and "in table" flags and hands back the raw body.
 */
const WORKER_SOURCE = `'use strict'
const { parentPort, workerData } = require('node:worker_threads')
const lib = workerData.lib + '/'
const Header = require(lib + 'ole-header.js')
const AllocationTable = require(lib + 'ole-allocation-table.js')
const OleCompoundDoc = require(lib + 'ole-compound-doc.js')
const BufferReader = require(lib + 'buffer-reader.js')
const WordOleExtractor = require(lib + 'word-ole-extractor.js')

class Refused extends Error {
  constructor(code, message) { super(message); this.code = code }
}

let fileBytes = 0
let sectors = 0

const load = Header.prototype.load
Header.prototype.load = function (buffer) {
  if (!load.call(this, buffer)) return false
  if (fileBytes < 1536) throw new Refused('truncated', 'shorter than a compound file can be')
  const shift = buffer.readUInt16LE(30)
  if ((shift !== 9 && shift !== 12) || buffer.readUInt16LE(32) !== 6) throw new Refused('corrupt', 'invalid sector size')
  sectors = Math.ceil(fileBytes / this.secSize) - 1
  const fits = (n) => n >= 0 && n <= sectors
  if (this.SATSize < 1 || !fits(this.SATSize) || !fits(this.MSATSize) || !fits(this.SSATSize)) throw new Refused('truncated', 'allocation tables larger than the file')
  return true
}

const readSAT = OleCompoundDoc.prototype._readSAT
OleCompoundDoc.prototype._readSAT = function () {
  for (let i = 0; i < this._header.SATSize; i++) {
    const id = this._MSAT[i]
    if (!(id >= 0 && id < sectors)) throw new Refused('truncated', 'allocation table sector outside the file')
  }
  return readSAT.call(this)
}

AllocationTable.prototype.getSecIdChain = function (start) {
  const table = this._table
  const short = this._doc._SSAT === this
  const limit = short ? table.length : Math.min(table.length, sectors)
  const out = []
  for (let id = start; id >= 0; id = table[id]) {
    if (id >= limit) throw new Refused(short ? 'corrupt' : 'truncated', 'sector ' + id + ' outside the file')
    if (out.length >= limit) throw new Refused('corrupt', 'sector chain loops')
    out.push(id)
  }
  return out
}

const read = BufferReader.prototype.read
BufferReader.prototype.read = function (buffer, offset, length, position) {
  if (!(position >= 0 && position < this._buffer.length)) return Promise.reject(new Refused('truncated', 'read past the end of the file'))
  return read.call(this, buffer, offset, length, position)
}

// Flags of the paragraphs: sprmPFPageBreakBefore (0x2407), sprmPFInTable (0x2416), from the PAPX pages.
function paragraphMarks(words, table, pieces) {
  const out = []
  if (words.length < 0x10a) return out
  const fc = words.readUInt32LE(0x0102)
  const lcb = words.readUInt32LE(0x0106)
  if (lcb < 12 || fc + lcb > table.length) return out
  const byFc = pieces.slice().sort((a, b) => a.startFilePos - b.startFilePos)
  const cpOf = (pos) => {
    let lo = 0, hi = byFc.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = byFc[mid]
      if (pos < p.startFilePos) hi = mid - 1
      else if (pos >= p.startFilePos + p.size) lo = mid + 1
      else return p.startCp + Math.floor((pos - p.startFilePos) / p.bpc)
    }
    return -1
  }
  const n = Math.floor((lcb - 4) / 8)
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fc + (n + 1) * 4 + i * 4)
    if ((pn + 1) * 512 > words.length) continue
    const fkp = words.subarray(pn * 512, pn * 512 + 512)
    const crun = fkp[511]
    if ((crun + 1) * 4 + crun * 13 > 511) continue
    for (let j = 0; j < crun; j++) {
      const bx = fkp[(crun + 1) * 4 + j * 13] * 2
      if (!bx) continue
      let g
      if (fkp[bx]) g = fkp.subarray(bx + 1, bx + 2 * fkp[bx])
      else g = fkp.subarray(bx + 2, bx + 2 + 2 * fkp[bx + 1])
      let flags = 0
      for (let o = 2; o + 2 < g.length; ) {
        const sprm = g.readUInt16LE(o)
        o += 2
        const op = g[o]
        if (sprm === 0x2407 && op) flags |= ${PAGE_BREAK_BEFORE}
        if (sprm === 0x2416 && op) flags |= ${IN_TABLE}
        if (sprm === 0x2417 && op) flags |= ${ROW_END}
        const spra = sprm >> 13
        if (sprm === 0xd608) o += o + 1 < g.length ? g.readUInt16LE(o) + 1 : g.length
        else if (sprm === 0xc615 && op === 255) break
        else o += spra === 6 ? op + 1 : [1, 1, 2, 4, 2, 2, 0, 3][spra]
      }
      if (!flags) continue
      const cp = cpOf(fkp.readUInt32LE(j * 4 + 4) - 1)
      if (cp >= 0) out.push(cp, flags)
    }
  }
  return out
}

class Reader extends WordOleExtractor {
  extractWordDocument(document, buffer) {
    const root = document._rootStorage && document._rootStorage._dirEntry
    const streams = root && root.streams ? Object.keys(root.streams) : []
    if (streams.includes('EncryptedPackage')) throw new Refused('encrypted', 'encrypted package')
    if (!streams.includes('WordDocument')) throw new Refused('not-word', 'no WordDocument stream (' + streams.slice(0, 6).join(', ') + ')')
    if (buffer.length < 0x200) throw new Refused('corrupt', 'WordDocument stream too short')
    if (buffer.readUInt16LE(0) !== 0xa5ec) throw new Refused('not-word', 'no Word signature')
    if (buffer.readUInt16LE(2) < 0xc0) throw new Refused('old-word', 'nFib ' + buffer.readUInt16LE(2))
    if (buffer.readUInt16LE(0x0a) & 0x0100) throw new Refused('encrypted', 'fEncrypted')
    return super.extractWordDocument(document, buffer)
  }
  writeParagraphProperties(buffer, table) {
    try { this._marks = paragraphMarks(buffer, table, this._pieces) } catch (e) { this._marks = [] }
  }
  buildDocument() {
    const parts = []
    let n = 0
    for (const p of this._pieces) {
      if (n >= this._boundaries.ccpText) break
      parts.push(p.text)
      n += p.text.length
    }
    return { text: parts.join('').slice(0, this._boundaries.ccpText), marks: this._marks || [] }
  }
}

let current = null
const fail = (id, e) => parentPort.postMessage({ id, code: (e && e.code) || 'corrupt', detail: String((e && e.message) || e) })
// a read refused inside a stream rejects a promise nobody awaits: that ends the file's job
process.on('unhandledRejection', (e) => {
  if (current !== null) fail(current, e)
  current = null
})

parentPort.on('message', ({ id, bytes }) => {
  current = id
  fileBytes = bytes.byteLength
  sectors = 0
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  new Reader().extract(new BufferReader(buf)).then(
    (doc) => current === id && parentPort.postMessage({ id, text: doc.text, marks: doc.marks }),
    (e) => current === id && fail(id, e),
  ).finally(() => { if (current === id) current = null })
})
`

/** word-extractor's lib folder (resolved where this module runs: node_modules beside the app). */
function libDir(): string {
  return dirname(createRequire(import.meta.url).resolve('word-extractor'))
}

type Reply = { id: number; text: string; marks: number[] } | { id: number; code: string; detail: string }

/**
 * One parsing worker, reused file after file and replaced after a failure (timeout, heap exhausted, crash).
 * Idle, it does not keep the process alive. close() when done.
 */
export class DocReader {
  private worker: Worker | null = null
  private nextId = 1
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private timeoutMs = DOC_TIMEOUT_MS) {}

  read(bytes: Uint8Array): Promise<DocText> {
    const job = this.queue.then(() => this.run(bytes))
    this.queue = job.catch(() => {})
    return job
  }

  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    await w?.terminate()
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { lib: libDir() },
      resourceLimits: { maxOldGenerationSizeMb: DOC_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    })
    w.unref()
    return w
  }

  private run(bytes: Uint8Array): Promise<DocText> {
    let w: Worker
    try {
      w = this.worker ??= this.spawn()
    } catch (e) {
      return Promise.reject(new DocError('corrupt', `无法启动 Word 文档读取程序（${(e as Error).message}）`))
    }
    const id = this.nextId++
    return new Promise<DocText>((resolve, reject) => {
      const drop = () => {
        if (this.worker === w) this.worker = null
        void w.terminate()
      }
      const finish = (fn: () => void) => {
        clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
        w.unref()
        fn()
      }
      const onMessage = (m: Reply) => {
        if (m.id !== id) return
        finish(() => ('code' in m ? reject(refusal(m.code, m.detail)) : resolve({ text: m.text, marks: m.marks })))
      }
      const onError = (e: Error & { code?: string }) => {
        drop()
        const detail = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? '文件结构异常，读取所需内存超出上限' : e.message
        finish(() => reject(new DocError('corrupt', `Word 文档已损坏，无法读取（${detail}）`)))
      }
      const onExit = () => {
        if (this.worker === w) this.worker = null
        finish(() => reject(new DocError('corrupt', 'Word 文档读取程序意外退出')))
      }
      const timer = setTimeout(() => {
        drop()
        finish(() => reject(new DocError('corrupt', `Word 文档结构异常，${this.timeoutMs / 1000} 秒内未能读完`)))
      }, this.timeoutMs)
      w.on('message', onMessage)
      w.on('error', onError)
      w.on('exit', onExit)
      w.ref()
      w.postMessage({ id, bytes })
    })
  }
}

function refusal(code: string, detail: string): DocError {
  const saveAs = '如能用 Word 或 WPS 正常打开，请另存为 .docx 后重新导入'
  switch (code) {
    case 'encrypted':
      return new DocError('encrypted', 'Word 文档已加密（需要密码），无法读取。请提供未加密的文件')
    case 'not-word':
      return new DocError('legacy-format', '此文件不是 Word 97–2003 兼容格式（可能是早期 WPS 文字或其他程序的文件），无法直接读取。请用 WPS 或 Word 打开后另存为 .docx 再重新导入')
    case 'old-word':
      return new DocError('legacy-format', '此文件为 Word 6.0/95 等早期版本格式，无法直接读取。请用 Word 或 WPS 打开后另存为 .docx 再重新导入')
    case 'truncated':
      return new DocError('corrupt', `Word 文档不完整（可能传输或拷贝中断），无法读取。${saveAs}`)
    default:
      return new DocError('corrupt', `Word 文档已损坏，无法读取（${detail}）。${saveAs}`)
  }
}
