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
