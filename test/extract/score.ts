/** Precision / recall / F1 of extracted facts against the generator's truth, per fact kind. */
import type { CaseDocument, DocFacts, Page } from '../../shared/types'
import type { TruthDoc } from '../segment/gen'

export interface Tally { tp: number; fp: number; fn: number }
export const f1 = (t: Tally) => (t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn))

function compare(t: Tally, truth: string[], got: string[], misses?: string[]) {
  const left = new Map<string, number>()
  for (const k of truth) left.set(k, (left.get(k) ?? 0) + 1)
  for (const k of got) {
    const n = left.get(k) ?? 0
    if (n > 0) { t.tp++; left.set(k, n - 1) } else { t.fp++; misses?.push('FP ' + k) }
  }
  for (const [k, n] of left) { t.fn += n; for (let i = 0; i < n; i++) misses?.push('FN ' + k) }
}

export const dateKey = (d: { iso: string; role: string; endIso?: string; quoted?: boolean }) => `${d.iso}|${d.role}|${d.endIso ?? ''}|${d.quoted ? 'q' : ''}`
export const citeKey = (c: { law: string; article: number; paragraph?: number; item?: number; role: string; quoted?: boolean }) =>
  `${c.law}|${c.article}|${c.paragraph ?? ''}|${c.item ?? ''}|${c.role}|${c.quoted ? 'q' : ''}`
export const amountKey = (a: { yuan: number; role: string; quoted?: boolean }) => `${a.yuan}|${a.role}|${a.quoted ? 'q' : ''}`
export const numberKey = (n: { normalized: string; own: boolean }) => `${n.normalized}|${n.own ? 'own' : 'ref'}`

export interface Scores { dates: Tally; citations: Tally; amounts: Tally; caseNumbers: Tally }
export const emptyScores = (): Scores => ({ dates: { tp: 0, fp: 0, fn: 0 }, citations: { tp: 0, fp: 0, fn: 0 }, amounts: { tp: 0, fp: 0, fn: 0 }, caseNumbers: { tp: 0, fp: 0, fn: 0 } })

export function scoreDoc(s: Scores, truth: Pick<TruthDoc, 'dates' | 'citations' | 'amounts' | 'caseNumbers'>, got: DocFacts, misses?: string[]) {
  compare(s.dates, truth.dates.map(dateKey), got.dates.map(dateKey), misses)
  compare(s.citations, truth.citations.map(citeKey), got.citations.map(citeKey), misses)
  compare(s.amounts, truth.amounts.map(amountKey), got.amounts.map(amountKey), misses)
  compare(s.caseNumbers, truth.caseNumbers.map(numberKey), got.caseNumbers.map(numberKey), misses)
}

/** The truth's own document as a CaseDocument (so extraction is scored apart from segmentation). */
export function truthDocument(pages: Page[], truth: TruthDoc, index: number): CaseDocument {
  const lines = truth.pages.flatMap(({ file, page }) => {
    const p = pages.find((x) => x.file === file && x.page === page)!
    return p.lines.map((l, i) => ({ ...l, file, page, line: i }))
  })
  return { id: String(index), index, type: truth.type, confidence: 1, title: truth.type, parts: [{ file: truth.pages[0].file, pages: truth.pages.map((p) => p.page) }], lines }
}
