/**
 * DOCX: word/document.xml read in reading order (paragraphs, tables row by row, content controls, text
 * boxes). A DOCX has no fixed pages, so pages are made: at Word's own page marks when the file has them
 * (explicit page breaks, page-break-before, section breaks, w:lastRenderedPageBreak), otherwise about
 * 40 printed lines per page. Line boxes are synthetic, in points on an A4 page.
 * Pictures large enough to be a scanned page (a scan pasted into Word) become pages of their own, read by OCR,
 * after the document's text pages and in the order the document shows them.
 */
import { XMLParser } from 'fast-xml-parser'
import type { Page, TextLine } from '../../../shared/types'
import { Numbering, type NumRef } from './docx-numbering'
import { round2 } from './lines'
import { imageSize } from './imagesize'
import { IMAGE_HEAD_BYTES, MAX_XML_BYTES, ZipArchive, ZipError } from './zip'

type Node = Record<string, unknown>

const A4 = { w: 595.3, h: 841.9 }
const MARGIN = { top: 72, left: 90 }
const LINE_PT = 17.4
const LINES_PER_PAGE = 40
const FONT_PT = 12
/** Full-width characters per printed line at 12 pt across a 415 pt text width. */
const CHARS_PER_LINE = 34

/** A paragraph or table row in reading order; `breakBefore` marks a page boundary before it. */
export interface Block {
  text: string
  breakBefore: boolean
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
})

export class DocxError extends Error {
  constructor(
    public code: 'encrypted' | 'corrupt' | 'too-large',
    message: string,
  ) {
    super(message)
  }
}

/** A picture in the DOCX to be read by OCR: its zip entry and the page number it gets. */
export interface DocxScan {
  scan: string
  page: number
}

/** A picture this large (pixels, and on its shorter side) may be a page; smaller ones are logos, seals, icons. */
const SCAN_MIN_PIXELS = 1_000_000
const SCAN_MIN_SIDE = 600

export async function readDocx(bytes: Uint8Array, file: string): Promise<(Page | DocxScan)[]> {
  // An encrypted Office file is an OLE compound file, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError('encrypted', '文档已加密或为旧版 Word 格式')
  }
  let zip: ZipArchive
  try {
    zip = ZipArchive.open(bytes)
  } catch (e) {
    throw zipFailure(e, '文件不是有效的 DOCX（压缩包损坏）')
  }
  if (!zip.has('word/document.xml')) throw new DocxError('corrupt', 'DOCX 中没有正文（word/document.xml）')
  try {
    return await readParts(zip, file)
  } catch (e) {
    throw e instanceof ZipError ? zipFailure(e, `DOCX 已损坏（${e.message}）`) : e
  }
}

function zipFailure(e: unknown, corrupt: string): DocxError {
  if (e instanceof ZipError && e.code === 'too-large') return new DocxError('too-large', `Word 文档过大：${e.message}`)
  if (e instanceof ZipError && e.code === 'encrypted') return new DocxError('encrypted', 'Word 文档已加密')
  return new DocxError('corrupt', corrupt)
}

async function readParts(zip: ZipArchive, file: string): Promise<(Page | DocxScan)[]> {
  const xml = await zip.text('word/document.xml', MAX_XML_BYTES)
  const tree = parser.parse(xml) as Node[]
  const body = findFirst(tree, 'w:body')
  if (!body) throw new DocxError('corrupt', 'DOCX 正文结构无法识别')
  const part = async (name: string) => (zip.has(name) ? await zip.text(name, MAX_XML_BYTES) : null)
  const numbering = new Numbering(await part('word/numbering.xml'), await part('word/styles.xml'))
  const state: WalkState = { blocks: [], pending: false, rendered: xml.includes('w:lastRenderedPageBreak'), numbering }
  walkBlocks(children(body), state)
  const pages = paginate(state.blocks, file, state.rendered)
  const scans = await scannedPictures(zip, xml)
  if (!scans.length) return pages
  // A Word file holding only pasted scans has no text page of its own.
  const text = pages.filter((p) => p.lines.length > 0)
  return [...text, ...scans.map((scan, i) => ({ scan, page: text.length + i + 1 }))]
}

/** Zip entries of the pictures the body shows (DrawingML r:embed, VML r:id), first appearance first, page-sized only. */
async function scannedPictures(zip: ZipArchive, xml: string): Promise<string[]> {
  const rels = zip.has('word/_rels/document.xml.rels') ? await zip.text('word/_rels/document.xml.rels', MAX_XML_BYTES) : ''
  const target = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1]
    const type = /\bType="([^"]+)"/.exec(m[0])?.[1] ?? ''
    const to = /\bTarget="([^"]+)"/.exec(m[0])?.[1]
    if (id && to && /\/image$/.test(type) && !/TargetMode="External"/.test(m[0])) target.set(id, to.startsWith('/') ? to.slice(1) : `word/${to}`)
  }
  const out: string[] = []
  for (const m of xml.matchAll(/<(?:a:blip\b[^>]*\br:embed|v:imagedata\b[^>]*\br:id)="([^"]+)"/g)) {
    const entry = target.get(m[1])
    if (!entry || out.includes(entry)) continue
    if (!zip.has(entry)) continue
    // only the header is inflated: the picture itself is decoded by OCR, after its pixel count is checked again
    const size = imageSize(await zip.head(entry, IMAGE_HEAD_BYTES))
    if (!size || size.format === 'tiff') continue
    const px = size.width * size.height
    // a page-sized picture over the pixel cap stays: OCR reports it as too large rather than it vanishing unread
    if (px >= SCAN_MIN_PIXELS && Math.min(size.width, size.height) >= SCAN_MIN_SIDE) out.push(entry)
  }
  return out
}

interface WalkState {
  blocks: Block[]
  /** A page boundary is due before the next block. */
  pending: boolean
  /** The file carries Word's rendered page marks. */
  rendered: boolean
  numbering: Numbering
}

function tagOf(n: Node): string | undefined {
  for (const k of Object.keys(n)) if (k !== ':@') return k
  return undefined
}

function children(n: Node): Node[] {
  const t = tagOf(n)
  const c = t ? n[t] : undefined
  return Array.isArray(c) ? (c as Node[]) : []
}

function attr(n: Node, name: string): string | undefined {
  const a = n[':@'] as Record<string, string> | undefined
  return a?.[name]
}

function findFirst(nodes: Node[], tag: string): Node | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n
    const f = findFirst(children(n), tag)
    if (f) return f
  }
  return undefined
}

function push(state: WalkState, text: string): void {
  state.blocks.push({ text, breakBefore: state.pending })
  state.pending = false
}

function walkBlocks(nodes: Node[], state: WalkState): void {
  for (const n of nodes) {
    const t = tagOf(n)
    if (t === 'w:p') paragraph(n, state)
    else if (t === 'w:tbl') table(n, state)
    else if (t === 'w:sectPr') continue
    else if (t === 'mc:AlternateContent') {
      const choice = children(n).find((c) => tagOf(c) === 'mc:Choice') ?? children(n).find((c) => tagOf(c) === 'mc:Fallback')
      if (choice) walkBlocks(children(choice), state)
    } else if (t && t !== '#text') walkBlocks(children(n), state)
  }
}

function table(tbl: Node, state: WalkState): void {
  for (const row of children(tbl)) {
    if (tagOf(row) !== 'w:tr') continue
    const cells: string[] = []
    for (const cell of children(row)) {
      const ct = tagOf(cell)
      const cellNodes = ct === 'w:tc' ? [cell] : ct === 'w:sdt' ? children(cell).filter((c) => tagOf(c) === 'w:sdtContent').flatMap(children) : []
      for (const tc of cellNodes) {
        if (tagOf(tc) !== 'w:tc') continue
        // vertically merged continuation cells repeat nothing
        const inner: WalkState = { blocks: [], pending: false, rendered: state.rendered, numbering: state.numbering }
        walkBlocks(children(tc), inner)
        if (inner.blocks.some((b) => b.breakBefore)) state.pending = true
        const text = inner.blocks.map((b) => b.text).filter(Boolean).join(' ')
        if (text) cells.push(text)
      }
    }
    // (a wide gap between the cells, as the text reader keeps it: one space between two characters is a scan's noise and
    // is dropped, which would run 孙海峰 into the next cell's 联系电话)
    if (cells.length) push(state, cells.join('  '))
  }
}

function paragraph(p: Node, state: WalkState): void {
  let text = ''
  const boxes: Node[] = []
  let sectionEnd = false
  let style: string | undefined
  let direct: Partial<NumRef> | undefined
  const flush = () => {
    if (text.trim()) push(state, text.replace(/\s+$/, ''))
    else if (text === '' && !state.pending) push(state, '')
    text = ''
  }
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      const t = tagOf(n)
      switch (t) {
        case 'w:pPr':
          for (const c of children(n)) {
            const ct = tagOf(c)
            if (ct === 'w:pageBreakBefore' && attr(c, 'w:val') !== '0' && attr(c, 'w:val') !== 'false') state.pending = true
            if (ct === 'w:sectPr') sectionEnd = true
            if (ct === 'w:pStyle') style = attr(c, 'w:val')
            if (ct === 'w:numPr') {
              direct = {}
              for (const np of children(c)) {
                if (tagOf(np) === 'w:numId') direct.numId = attr(np, 'w:val')
                if (tagOf(np) === 'w:ilvl') direct.ilvl = Number(attr(np, 'w:val') ?? 0)
              }
            }
          }
          break
        case 'w:t':
          text += children(n)
            .map((c) => String(c['#text'] ?? ''))
            .join('')
          break
        case 'w:tab':
          text += '\t'
          break
        case 'w:br':
        case 'w:cr':
          if (attr(n, 'w:type') === 'page') {
            flush()
            state.pending = true
          } else text += '\n'
          break
        case 'w:lastRenderedPageBreak':
          if (text.trim()) flush()
          state.pending = true
          break
        case 'w:txbxContent':
          boxes.push(n)
          break
        case 'w:delText':
        case 'w:instrText':
        case 'w:rPr':
          break
        case 'mc:AlternateContent': {
          const choice = children(n).find((c) => tagOf(c) === 'mc:Choice')
          if (choice) visit(children(choice))
          break
        }
        default:
          if (t && t !== '#text') visit(children(n))
      }
    }
  }
  visit(children(p))
  const fromStyle = state.numbering.styleNum(style)
  const numId = direct?.numId ?? fromStyle?.numId
  if (numId !== undefined && text.trim()) {
    const label = state.numbering.next({ numId, ilvl: direct?.ilvl ?? fromStyle?.ilvl ?? 0 })
    text = label + text.replace(/^\s+/, '')
  }
  // a soft line break inside a paragraph starts a new line of text
  for (const part of text.split('\n')) {
    text = part
    flush()
  }
  for (const b of boxes) walkBlocks(children(b), state)
  if (sectionEnd) state.pending = true
}

/** Lays blocks out on A4 pages with synthetic boxes. */
export function paginate(blocks: Block[], file: string, trustBreaks: boolean): Page[] {
  const pages: Page[] = []
  let lines: TextLine[] = []
  let used = 0
  // (a page opened because the one before ran over, holding nothing yet: the blank lines closing a long page do not make
  // an empty page of their own before the next break — a blank sheet between two breaks still is one)
  let overflowed = false
  const newPage = () => {
    pages.push({ file, page: pages.length + 1, width: A4.w, height: A4.h, unit: 'pt', source: 'text', lines })
    lines = []
    used = 0
    overflowed = false
  }
  for (const b of blocks) {
    if (b.breakBefore && (lines.length > 0 || (used > 0 && !overflowed))) newPage()
    else if (b.breakBefore) {
      used = 0
      overflowed = false
    }
    // (a tab between a form's cells stays a gap of its own, not one space the reader drops between two characters)
    const text = b.text.replace(/\t+/g, '  ').replace(/[ \u00a0\u3000]+$/g, '')
    const rows = Math.max(1, Math.ceil(visualWidth(text) / CHARS_PER_LINE))
    if (!trustBreaks && used > 0 && used + rows > LINES_PER_PAGE) {
      newPage()
      overflowed = true
    }
    if (text.trim()) {
      const w = Math.min(visualWidth(text), CHARS_PER_LINE) * FONT_PT
      lines.push({ text, bbox: { x: MARGIN.left, y: round2(MARGIN.top + used * LINE_PT), w: round2(w), h: round2(rows * LINE_PT - (LINE_PT - FONT_PT)) }, confidence: 1 })
    }
    used += rows
  }
  if (lines.length || pages.length === 0) newPage()
  return pages
}

/** Width in full-width character cells (Latin letters and digits count half). */
export function visualWidth(s: string): number {
  let w = 0
  for (const ch of s) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1
  return w
}
