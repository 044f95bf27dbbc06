/**
 * PDF: text pages come from the text layer with positions; a page without a usable text layer (a scan,
 * or text in fonts with no Unicode mapping) is handed to OCR. Mixed files are decided page by page.
 */
import type { Page, TextLine } from '../../../shared/types'
import { joinWrappedCells, mergeIntoLines, round2 } from './lines'
import { openPdf, pdfjs } from './pdfjs'

/** Text-layer lines of a page that is read by OCR (a stamp on a scan), in points. */
export interface Overlay {
  width: number
  height: number
  lines: TextLine[]
}

export type PdfPagePlan = { index: number; text: Page } | { index: number; ocr: true; overlay?: Overlay }

/** Fewer visible characters than this on a page means the page is read by OCR. */
const MIN_TEXT_CHARS = 8

/** `owned`: the caller hands the bytes over (pdfjs may detach them) rather than have them copied. */
export async function readPdf(bytes: Uint8Array, file: string, opts: { owned?: boolean } = {}): Promise<PdfPagePlan[]> {
  const lib = await pdfjs()
  const doc = await openPdf(bytes, opts)
  try {
    const plans: PdfPagePlan[] = []
    for (let i = 0; i < doc.numPages; i++) {
      const page = await doc.getPage(i + 1)
      try {
        const vp = page.getViewport({ scale: 1 })
        const content = await page.getTextContent()
        const frags: TextLine[] = []
        for (const it of content.items) {
          if (!('str' in it) || !it.str) continue
          const tx = lib.Util.transform(vp.transform, it.transform)
          const size = Math.hypot(tx[2], tx[3]) || it.height || 1
          const vertical = Math.abs(tx[1]) > Math.abs(tx[0])
          const w = vertical ? size : Math.abs(it.width) * (vp.scale || 1)
          const h = vertical ? Math.abs(it.width) : size
          frags.push({ text: it.str, bbox: { x: round2(tx[4]), y: round2(tx[5] - (vertical ? 0 : size)), w: round2(w), h: round2(h) }, confidence: 1 })
        }
        const lines = mergeIntoLines(joinWrappedCells(frags)).filter((l) => l.text.length > 0)
        const chars = visibleChars(lines)
        // A scan with a short stamp or page number added as text is still a scan.
        const scanWithStamp = chars < SHORT_TEXT_CHARS && chars >= MIN_TEXT_CHARS && (await imageCoverage(lib, page, vp.width * vp.height)) > 0.5
        if (usableText(lines) && !scanWithStamp) {
          plans.push({ index: i, text: { file, page: i + 1, width: round2(vp.width), height: round2(vp.height), unit: 'pt', source: 'text', lines } })
        } else plans.push({ index: i, ocr: true, ...(lines.length ? { overlay: { width: vp.width, height: vp.height, lines } } : {}) })
      } finally {
        page.cleanup()
      }
    }
    return plans
  } finally {
    await doc.destroy()
  }
}

/** Below this many characters a page is checked for a page-sized image under the text. */
const SHORT_TEXT_CHARS = 60

function visibleChars(lines: TextLine[]): number {
  return [...lines.map((l) => l.text).join('').replace(/\s+/g, '')].length
}

type Pdfjs = Awaited<ReturnType<typeof pdfjs>>
type Matrix = [number, number, number, number, number, number]

/** The largest fraction of the page one painted image covers (the image's unit square through the CTM). */
export async function imageCoverage(lib: Pdfjs, page: Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>, pageArea: number): Promise<number> {
  const ops = await page.getOperatorList()
  const O = lib.OPS
  const paint = new Set<number>([O.paintImageXObject, O.paintInlineImageXObject, O.paintImageMaskXObject, O.paintImageXObjectRepeat])
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  let best = 0
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]
    if (fn === O.save) stack.push(ctm)
    else if (fn === O.restore) ctm = stack.pop() ?? ctm
    else if (fn === O.transform) ctm = lib.Util.transform(ctm, ops.argsArray[i] as Matrix) as Matrix
    else if (fn === O.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = (ops.argsArray[i] as unknown[])[0] as Matrix | null
      if (Array.isArray(m) && m.length === 6) ctm = lib.Util.transform(ctm, m) as Matrix
    } else if (fn === O.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (paint.has(fn)) best = Math.max(best, Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) / pageArea)
  }
  return best
}

/** A text layer is usable when it has some characters and they are not mostly unmapped glyph codes. */
function usableText(lines: TextLine[]): boolean {
  const s = lines.map((l) => l.text).join('').replace(/\s+/g, '')
  if ([...s].length < MIN_TEXT_CHARS) return false
  let bad = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c < 0x20 || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) bad++
  }
  return bad / s.length < 0.3
}
