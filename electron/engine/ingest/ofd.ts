/**
 * OFD (GB/T 33190): a zip of XML. OFD.xml → DocBody/DocRoot → Document.xml → Pages/Page@BaseLoc →
 * Content.xml → TextObject (Boundary, Size, CTM) → TextCode (X, Y baseline, DeltaX/DeltaY with `g` runs).
 * OFD coordinates are millimetres from the top-left; pages here are given in points.
 */
import { XMLParser } from 'fast-xml-parser'
import type { Page, TextLine } from '../../../shared/types'
import { mergeIntoLines, round2 } from './lines'
import { MAX_XML_BYTES, ZipArchive, ZipError } from './zip'

const MM = 72 / 25.4

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['Layer', 'TextObject', 'TextCode', 'PageBlock', 'DocBody', 'ImageObject', 'PathObject'].includes(name),
})

type X = Record<string, unknown>

export class OfdError extends Error {
  constructor(
    public code: 'corrupt' | 'encrypted' | 'too-large',
    message: string,
  ) {
    super(message)
  }
}

function joinPath(base: string, rel: string): string {
  const r = rel.replace(/\\/g, '/')
  if (r.startsWith('/')) return r.slice(1)
  const parts = base.split('/').filter(Boolean)
  for (const seg of r.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg && seg !== '.') parts.push(seg)
  }
  return parts.join('/')
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? '' : p.slice(0, i)
}

function nums(s: unknown): number[] {
  return String(s ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
}

async function xmlAt(zip: ZipArchive, path: string): Promise<X> {
  const name = zip.has(path) ? path : path.replace(/^\//, '')
  if (!zip.has(name)) throw new OfdError('corrupt', `OFD 缺少 ${path}`)
  return parser.parse(await zip.text(name, MAX_XML_BYTES)) as X
}

/** Expands a DeltaX/DeltaY attribute ("g 3 4.2 1.5" = three gaps of 4.2, then 1.5) into n−1 gaps. */
export function expandDeltas(s: unknown, n: number): number[] {
  const tok = String(s ?? '').trim().split(/\s+/).filter(Boolean)
  const out: number[] = []
  for (let i = 0; i < tok.length && out.length < n - 1; i++) {
    if (tok[i] === 'g') {
      const count = Number(tok[i + 1])
      const v = Number(tok[i + 2])
      for (let k = 0; k < count && out.length < n - 1; k++) out.push(v)
      i += 2
    } else out.push(Number(tok[i]))
  }
  while (out.length < n - 1) out.push(out.length ? out[out.length - 1] : 0)
  return out
}

/** A page that is a scanned image: the zip entry of the image to OCR. */
export interface OfdScan {
  scan: string
  page: number
}

async function mediaFiles(zip: ZipArchive, docDir: string, common: X | undefined): Promise<Map<string, string>> {
  const media = new Map<string, string>()
  const resFiles = [...arr(common?.PublicRes), ...arr(common?.DocumentRes)].map((r) => String((r as unknown as X)['#text'] ?? r).trim())
  for (const rel of resFiles) {
    if (!rel) continue
    const resPath = joinPath(docDir, rel)
    let res: X
    try {
      res = (await xmlAt(zip, resPath)).Res as X
    } catch (e) {
      if (e instanceof ZipError && e.code === 'too-large') throw e
      continue
    }
    const base = joinPath(dirOf(resPath), String(res?.['@BaseLoc'] ?? ''))
    for (const mm of arr((res?.MultiMedias as X | undefined)?.MultiMedia)) {
      const f = String(mm.MediaFile ?? '').trim()
      if (f) media.set(String(mm['@ID']), f.startsWith('/') ? f.slice(1) : joinPath(base, f))
    }
  }
  return media
}

export async function readOfd(bytes: Uint8Array, file: string): Promise<(Page | OfdScan)[]> {
  let zip: ZipArchive
  try {
    zip = ZipArchive.open(bytes)
  } catch (e) {
    throw zipFailure(e, '文件不是有效的 OFD（压缩包损坏）')
  }
  try {
    return await readPackage(zip, file)
  } catch (e) {
    throw e instanceof ZipError ? zipFailure(e, `OFD 已损坏（${e.message}）`) : e
  }
}

function zipFailure(e: unknown, corrupt: string): OfdError {
  if (e instanceof ZipError && e.code === 'too-large') return new OfdError('too-large', `OFD 文件过大：${e.message}`)
  if (e instanceof ZipError && e.code === 'encrypted') return new OfdError('encrypted', 'OFD 文件已加密')
  return new OfdError('corrupt', corrupt)
}

async function readPackage(zip: ZipArchive, file: string): Promise<(Page | OfdScan)[]> {
  const ofd = await xmlAt(zip, 'OFD.xml')
  const body = ((ofd.OFD as X)?.DocBody as X[] | undefined)?.[0]
  const root = String(body?.DocRoot ?? '').trim()
  if (!root) throw new OfdError('corrupt', 'OFD 缺少文档入口（DocRoot）')
  const docPath = joinPath('', root)
  const docXml = (await xmlAt(zip, docPath)).Document as X
  if (docXml?.Encryptions || zip.has('Encryptions.xml')) throw new OfdError('encrypted', 'OFD 文件已加密')
  const docDir = dirOf(docPath)
  const common = docXml?.CommonData as X | undefined
  const defaultBox = nums((common?.PageArea as X | undefined)?.PhysicalBox)
  const pageRefs = arr((docXml?.Pages as X | undefined)?.Page)
  const media = await mediaFiles(zip, docDir, common)
  const pages: (Page | OfdScan)[] = []
  for (const ref of pageRefs) {
    const loc = joinPath(docDir, String(ref['@BaseLoc'] ?? ''))
    const content = (await xmlAt(zip, loc)).Page as X
    const box = nums((content?.Area as X | undefined)?.PhysicalBox)
    const [, , wmm, hmm] = box.length === 4 ? box : defaultBox.length === 4 ? defaultBox : [0, 0, 210, 297]
    const frags: TextLine[] = []
    const layers = ((content?.Content as X | undefined)?.Layer as X[] | undefined) ?? []
    const images: { id: string; area: number }[] = []
    for (const layer of layers) collectText(layer, frags, images)
    const lines = mergeIntoLines(frags)
    // a scanned OFD: no text, one image covering most of the page
    const big = images.filter((im) => media.has(im.id) && im.area > 0.5 * wmm * hmm).sort((a, b) => b.area - a.area)[0]
    if (big && lines.map((l) => l.text).join('').replace(/\s+/g, '').length < 8) {
      pages.push({ scan: media.get(big.id)!, page: pages.length + 1 })
      continue
    }
    pages.push({ file, page: pages.length + 1, width: round2(wmm * MM), height: round2(hmm * MM), unit: 'pt', source: 'text', lines })
  }
  return pages
}

function collectText(block: X, out: TextLine[], images: { id: string; area: number }[]): void {
  for (const im of (block.ImageObject as X[] | undefined) ?? []) {
    const b = nums(im['@Boundary'])
    if (b.length === 4) images.push({ id: String(im['@ResourceID'] ?? ''), area: b[2] * b[3] })
  }
  for (const to of (block.TextObject as X[] | undefined) ?? []) {
    const [bx, by] = nums(to['@Boundary'])
    const size = Number(to['@Size'] ?? 3.5)
    const ctm = nums(to['@CTM'])
    const scale = ctm.length === 6 ? Math.hypot(ctm[0], ctm[1]) || 1 : 1
    for (const tc of (to.TextCode as (X | string)[] | undefined) ?? []) {
      const node = typeof tc === 'string' ? { '#text': tc } : tc
      const text = String(node['#text'] ?? '')
      if (!text) continue
      const chars = [...text]
      const dx = expandDeltas(node['@DeltaX'], chars.length)
      const x0 = Number(node['@X'] ?? 0)
      const y0 = Number(node['@Y'] ?? 0)
      const adv = dx.reduce((a, b) => a + b, 0) + size
      const x = (bx ?? 0) + x0 * scale
      const baseline = (by ?? 0) + y0 * scale
      const h = size * scale
      out.push({ text, bbox: { x: round2(x * MM), y: round2((baseline - h * 0.88) * MM), w: round2(adv * scale * MM), h: round2(h * MM) }, confidence: 1 })
    }
  }
  for (const pb of (block.PageBlock as X[] | undefined) ?? []) collectText(pb, out, images)
}

function arr(v: unknown): X[] {
  return v == null ? [] : Array.isArray(v) ? (v as X[]) : [v as X]
}
