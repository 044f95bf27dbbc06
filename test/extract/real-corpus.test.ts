/**
 * The real-document corpus (test/fixtures/real/): every label is well formed and grounded in its text, and the reader
 * does not fall back below the floors measured on the tune part (regression floors, not claims: the figures a note
 * reports come from `npx tsx scripts/measure-real.ts --split holdout`). The floors are checked on the tune part only, so
 * that no test run computes — or prints, when it fails — a figure on the documents kept for measurement.
 */
import { describe, expect, it } from 'vitest'
import { readTxt } from '../../electron/engine/ingest/txt'
import { segmentPages } from '../../shared/segment'
import { extractCase } from '../../shared/extract'
import { loadRealCorpus } from '../fixtures/real'
import { splitOf, validateLabel } from '../fixtures/real/schema'
import { scoreDoc, sumScores, type Field } from '../fixtures/real/measure'
import { LAYOUTS, type Layout } from '../fixtures/real/layouts'

const docs = loadRealCorpus()

/**
 * The agencies' own tune documents read in a layout copies come in: each figure (document type, or a field's F1) at or
 * above its floor.
 */
function keepsFloors(layout: Layout, floors: Partial<Record<'type' | Field, number>>): void {
  const scores = docs.filter((d) => splitOf(d.id) === 'tune' && d.label.docType !== '其他').map((d) => {
    const segs = segmentPages(readTxt(new TextEncoder().encode(LAYOUTS[layout](d.text)), `${d.id}.txt`))
    return scoreDoc(d.label, segs, extractCase(d.id, segs))
  })
  const sum = sumScores(scores)
  const got = Object.fromEntries(Object.keys(floors).map((k) => [k, k === 'type' ? scores.filter((s) => s.typeOk).length / scores.length : sum[k as Field].f1]))
  for (const [k, floor] of Object.entries(floors)) expect(got[k], JSON.stringify(got)).toBeGreaterThanOrEqual(floor!)
}

describe('real-document corpus', () => {
  it('holds labelled documents of both splits', () => {
    expect(docs.length).toBeGreaterThanOrEqual(200)
    // (a third of the corpus until 2026-12-06, when a third of the holdout moved to the tune part)
    expect(docs.filter((d) => splitOf(d.id) === 'holdout').length).toBeGreaterThan(docs.length / 5)
  })

  it('every label is well formed and its values appear in the text', () => {
    const problems: string[] = []
    for (const d of docs) {
      for (const p of validateLabel(d.label, d.id)) problems.push(`${d.id}: ${p}`)
      const flat = d.text.replace(/\s+/g, '')
      const values = [...d.label.caseNumbers.map((c) => c.text), ...d.label.dates.map((x) => x.text), ...d.label.citations.map((x) => x.text), ...d.label.amounts.map((x) => x.text)]
      for (const v of values) if (!flat.includes(v.replace(/\s+/g, ''))) problems.push(`${d.id}: "${v}" not in the text`)
    }
    expect(problems).toEqual([])
  })

  it('the reader keeps its floors on the tune part', () => {
    const scores = docs.filter((d) => splitOf(d.id) === 'tune').map((d) => {
      const segs = segmentPages(readTxt(new TextEncoder().encode(d.text), `${d.id}.txt`))
      return scoreDoc(d.label, segs, extractCase(d.id, segs))
    })
    const typeAcc = scores.filter((s) => s.typeOk).length / scores.length
    const sum = sumScores(scores)
    // (set on 2026-12-03 from the tune part's 321 documents, some two points under each figure; the whole corpus was the
    // yardstick before, which made a failing run print figures that include the held-out documents; since 2026-12-05,
    // dates with their roles 0.74 and amounts with theirs 0.885: 23 news items and seven long 2010–2013 antitrust decisions
    // joined the tune part, some 260 dates and 100 sums among them, their dates read at 0.47 and 0.44, their sums at 0.67,
    // when they came)
    // (party 0.91 → 0.885 and officers 0.97 → 0.90 on 2026-12-06: 156 documents of the holdout joined the tune part, read
    // on arrival at party 0.753 and officers 0.667)
    // (agency 0.865 → 0.855 on 2026-12-06, fifth round: 21 documents of a third batch joined the tune part, 12 of them
    // review decisions whose labels name the review body from the number's prefix, 兰政复决 → 兰考县人民政府, the text saying
    // only 本机关; their agency read at 0.40 on arrival)
    // (datesIso 0.945 → 0.94 on 2026-12-06, sixth round: 17 documents of a fourth batch joined the tune part, mostly news
    // items whose labels leave out dates printed without a year (今年8月29日), which the reader dates by the page)
    const floors = { caseNumber: 0.905, party: 0.885, agency: 0.855, citations: 0.945, citationArticles: 0.945, datesIso: 0.94, dates: 0.74, amounts: 0.885, amountValues: 0.94, officers: 0.9 } as const
    const got = Object.fromEntries(Object.keys(floors).map((k) => [k, Math.round(sum[k as keyof typeof floors].f1 * 1000) / 1000]))
    expect(typeAcc).toBeGreaterThanOrEqual(0.965)
    for (const [k, floor] of Object.entries(floors)) expect(got[k], JSON.stringify(got)).toBeGreaterThanOrEqual(floor)
  })

  it('the agencies\' own tune documents read with every two lines joined into one (as web copies run boxes together) keep their floors', () => {
    // (set on 2026-12-04, some one point under what this version reads; the same documents as printed read type 370/378,
    // case number 0.938, party 0.970, agency 0.945; type raised from 0.91 when a title first on a run-together line was
    // read: 358/380)
    // (agency 0.87 → 0.865 on 2026-12-05: four agencies' own decisions of thin sectors joined the tune part, their short
    // forms 医保局, 卫健局 labelled in full; the session-start reader reads the part the same, 0.8699)
    // (citations 0.955 → 0.95 on 2026-12-06, for the 156 documents that joined the tune part)
    // (party 0.83 → 0.885 on 2026-12-06: a header run into one line read, 0.896 with this version)
    // (case number 0.835 → 0.905, party 0.885 → 0.90, agency 0.865 → 0.88 on 2026-12-06: the line break a copy lost after
    // a paper's number and before an addressee read back; this version reads 0.914, 0.911, 0.892 on 538 documents)
    keepsFloors('pairs', { type: 0.93, caseNumber: 0.905, party: 0.9, agency: 0.88, citations: 0.95 })
  })

  it('the agencies\' own tune documents with their first eight lines run into one, or the whole text on one line (as a web page\'s header or a whole copy runs together), keep their floors', () => {
    // (set on 2026-12-06, some one point under what this version reads: head type 507/526, case number 0.901, party 0.907,
    // agency 0.871, citations 0.966; flat type 500/526, case number 0.897, party 0.888, agency 0.842, citations 0.965 — the
    // reader of that morning read party 0.859 and 0.836, agency 0.847 and 0.812)
    // (raised later on 2026-12-06, the breaks a run-on line lost read back — before a box's label, an addressee, a heading,
    // a table's row, after a paper's number or a sentence's end: head case number 0.920, party 0.938, agency 0.889; flat
    // 0.915, 0.921, 0.872 on 538 documents)
    keepsFloors('head', { type: 0.955, caseNumber: 0.91, party: 0.925, agency: 0.88, citations: 0.955 })
    keepsFloors('flat', { type: 0.94, caseNumber: 0.905, party: 0.91, agency: 0.86, citations: 0.955 })
  })

  it('the agencies\' own tune documents with every Chinese character spaced out (as a text layer or OCR may write them) keep their floors', () => {
    // (set on 2026-12-04, some one point under what this version reads: type 369/378, party 0.962, agency 0.943)
    // (type 0.965 → 0.96 on 2026-12-05: 25 tune documents of sources the corpus had not covered — procurement and customs
    // pages — joined the part; the earlier documents read as before)
    keepsFloors('spaced', { type: 0.96, caseNumber: 0.92, party: 0.95, agency: 0.93 })
  })

  it('the agencies\' own tune documents wrapped at a page\'s width (as a PDF\'s text layer or OCR breaks lines) keep their floors', () => {
    // (set on 2026-12-04, some one point under what this version reads: type 370/380 (360 before the reader joined the
    // lines a page's width breaks to type a page), case number 0.932, party 0.961, agency 0.936, citations 0.969)
    // (agency 0.925 → 0.92 on 2026-12-05, for the same four documents: 0.923 with the session-start reader and this one)
    // (agency 0.92 → 0.915 and citations 0.96 → 0.95 on 2026-12-06, for the 156 documents that joined the tune part)
    keepsFloors('wrapped', { type: 0.96, caseNumber: 0.92, party: 0.95, agency: 0.915, citations: 0.95 })
  })
})
