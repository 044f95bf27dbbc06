import type { CaseDocument, DocType } from '../../shared/types'

/** A one-page document from text lines (confidence per line optional). */
export function doc(lines: string[], type: DocType = '其他', conf: number[] = []): CaseDocument {
  return {
    id: '0', index: 0, type, confidence: 1, title: type,
    parts: [{ file: 'a.pdf', pages: [1] }],
    lines: lines.map((text, i) => ({ text, bbox: { x: 0, y: i * 20, w: text.length * 12, h: 12 }, confidence: conf[i] ?? 1, file: 'a.pdf', page: 1, line: i })),
  }
}
