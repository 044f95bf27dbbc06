/** Grouping positioned text fragments (PDF text items, OFD text codes, OCR boxes) into reading-order lines. */
import type { TextLine } from '../../../shared/types'

/**
 * Joins boxes that sit on the same printed row into one line (left to right, a space where the gap is
 * wider than a character), and orders rows top to bottom.
 */
export function mergeIntoLines(items: TextLine[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.bbox.y + a.bbox.h / 2 - (b.bbox.y + b.bbox.h / 2))
  const rows: TextLine[][] = []
  for (const it of sorted) {
    const row = rows[rows.length - 1]
    if (row) {
      const top = Math.min(...row.map((r) => r.bbox.y))
      const bot = Math.max(...row.map((r) => r.bbox.y + r.bbox.h))
      const overlap = Math.min(bot, it.bbox.y + it.bbox.h) - Math.max(top, it.bbox.y)
      const hMin = Math.min(it.bbox.h, ...row.map((r) => r.bbox.h))
      if (overlap > hMin * 0.5) {
        row.push(it)
        continue
      }
    }
    rows.push([it])
  }
  return rows.map((row) => {
    row.sort((a, b) => a.bbox.x - b.bbox.x)
    let text = ''
    row.forEach((r, i) => {
      if (i > 0) {
        const prev = row[i - 1]
        const gap = r.bbox.x - (prev.bbox.x + prev.bbox.w)
        if (gap > Math.min(r.bbox.h, prev.bbox.h) * 0.8) text += ' '
      }
      text += r.text
    })
    text = text.replace(/ {2,}/g, ' ').trim()
    const x = Math.min(...row.map((r) => r.bbox.x))
    const y = Math.min(...row.map((r) => r.bbox.y))
    const x1 = Math.max(...row.map((r) => r.bbox.x + r.bbox.w))
    const y1 = Math.max(...row.map((r) => r.bbox.y + r.bbox.h))
    return { text, bbox: { x: round2(x), y: round2(y), w: round2(x1 - x), h: round2(y1 - y) }, confidence: Math.min(...row.map((r) => r.confidence)) }
  })
}

/** Coordinates in points are kept to 1/100 pt. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Table cells whose text wraps: in a PDF a label cell (当事人) is centred beside a value that wraps over
 * two or three printed lines, and plain row grouping interleaves them (某某商贸 / 当事人 / 有限公司).
 * Fragments are first joined into phrases (pieces of one printed line with small gaps); a vertical stack
 * of phrases (same left edge, consecutive, same size) with another phrase sitting beside it, centred
 * within its height, is a wrapped cell and becomes one fragment. Running text has nothing beside its
 * lines, so paragraphs are left line by line.
 */
export function joinWrappedCells(frags: TextLine[]): TextLine[] {
  const phrases = joinPhrases(frags)
  const byTop = phrases.map((p, i) => ({ p, i })).sort((a, b) => a.p.bbox.y - b.p.bbox.y)
  const stackOf = new Array<number>(phrases.length).fill(-1)
  const stacks: number[][] = []
  for (const { p, i } of byTop) {
    if (stackOf[i] >= 0) continue
    const stack = [i]
    stackOf[i] = stacks.length
    let last = p
    for (const { p: q, i: j } of byTop) {
      if (stackOf[j] >= 0 || q.bbox.y <= last.bbox.y) continue
      const gap = q.bbox.y - (last.bbox.y + last.bbox.h)
      if (Math.abs(q.bbox.x - p.bbox.x) <= 1 && gap >= -0.2 * last.bbox.h && gap < 0.6 * last.bbox.h && Math.abs(q.bbox.h - last.bbox.h) <= 0.2 * last.bbox.h) {
        stack.push(j)
        stackOf[j] = stacks.length
        last = q
      }
    }
    stacks.push(stack)
  }
  const out: TextLine[] = []
  const used = new Set<number>()
  const besideOf = (q: TextLine, left: number, right: number) => q.bbox.x + q.bbox.w <= left + 1 || q.bbox.x >= right - 1
  stacks.forEach((stack, s) => {
    if (stack.length < 2) return
    const left = Math.min(...stack.map((i) => phrases[i].bbox.x))
    const right = Math.max(...stack.map((i) => phrases[i].bbox.x + phrases[i].bbox.w))
    const others = phrases.filter((_, j) => stackOf[j] !== s && besideOf(phrases[j], left, right))
    // A line with a phrase level beside it is a row of its own (a one-line cell next to its label);
    // the runs between such lines are the candidates for wrapped cells.
    const level = (r: TextLine) => others.some((q) => Math.abs(q.bbox.y + q.bbox.h / 2 - (r.bbox.y + r.bbox.h / 2)) < r.bbox.h * 0.25)
    const segments: number[][] = [[]]
    for (const i of stack) {
      if (level(phrases[i])) segments.push([])
      else segments[segments.length - 1].push(i)
    }
    for (const seg of segments) {
      if (seg.length < 2) continue
      const parts = seg.map((i) => phrases[i])
      const top = parts[0].bbox.y
      const bottom = parts[parts.length - 1].bbox.y + parts[parts.length - 1].bbox.h
      const centred = others.some((q) => {
        const c = q.bbox.y + q.bbox.h / 2
        return c > top && c < bottom
      })
      if (!centred) continue
      for (const i of seg) used.add(i)
      const x0 = Math.min(...parts.map((q) => q.bbox.x))
      const x1 = Math.max(...parts.map((q) => q.bbox.x + q.bbox.w))
      out.push({
        text: parts.map((q) => q.text).reduce((a, b) => (/[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? `${a} ${b}` : a + b)),
        bbox: { x: x0, y: top, w: x1 - x0, h: bottom - top },
        confidence: Math.min(...parts.map((q) => q.confidence)),
      })
    }
  })
  phrases.forEach((p, i) => used.has(i) || out.push(p))
  return out
}

/** Joins fragments of one printed line that follow each other closely (a PDF splits text at every font change). */
function joinPhrases(frags: TextLine[]): TextLine[] {
  // A blank fragment lying over a glyph (LibreOffice emits a space as wide as the fallback-font 〕 drawn over it) is an
  // artifact: kept, it pushes the glyph out of its place in the line.
  const solid = frags.filter((f) => f.text.trim())
  const overlaid = (f: TextLine) =>
    solid.some((s) => {
      const dy = Math.min(s.bbox.y + s.bbox.h, f.bbox.y + f.bbox.h) - Math.max(s.bbox.y, f.bbox.y)
      const dx = Math.min(s.bbox.x + s.bbox.w, f.bbox.x + f.bbox.w) - Math.max(s.bbox.x, f.bbox.x)
      return dy > 0.5 * Math.min(s.bbox.h, f.bbox.h) && dx > 0.3 * Math.min(s.bbox.w, f.bbox.w)
    })
  const sorted = frags.filter((f) => f.text.trim() || !overlaid(f)).sort((a, b) => a.bbox.y - b.bbox.y || a.bbox.x - b.bbox.x)
  const out: TextLine[] = []
  for (const f of sorted) {
    const prev = out.find((p) => {
      const overlap = Math.min(p.bbox.y + p.bbox.h, f.bbox.y + f.bbox.h) - Math.max(p.bbox.y, f.bbox.y)
      const gap = f.bbox.x - (p.bbox.x + p.bbox.w)
      return overlap > 0.6 * Math.min(p.bbox.h, f.bbox.h) && gap > -0.5 * f.bbox.h && gap < 0.5 * f.bbox.h
    })
    if (!prev) {
      out.push({ ...f, bbox: { ...f.bbox } })
      continue
    }
    prev.text += f.text
    const x1 = Math.max(prev.bbox.x + prev.bbox.w, f.bbox.x + f.bbox.w)
    const y0 = Math.min(prev.bbox.y, f.bbox.y)
    const y1 = Math.max(prev.bbox.y + prev.bbox.h, f.bbox.y + f.bbox.h)
    prev.bbox = { x: prev.bbox.x, y: y0, w: x1 - prev.bbox.x, h: y1 - y0 }
    prev.confidence = Math.min(prev.confidence, f.confidence)
  }
  return out
}
