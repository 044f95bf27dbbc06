import { describe, expect, it } from 'vitest'
import type { CaseDocument, CaseFacts, DocFacts, Finding, IngestResult } from '../../shared/types'
import { buildCase, planCorpus } from '../fixtures/corpus/spec'
import { renderCase } from '../fixtures/corpus/render'
import { fineBounds } from '../fixtures/corpus/laws'
import { PRF, multisetMatch, truthKeys, factKeys, truthPageTypes, predictedPageTypes, matchFindings } from '../fixtures/corpus/measure'
import type { CaseTruth } from '../fixtures/corpus'

const ev = { file: 'x', page: 1, text: '' }

/** A truth file for a spec, each document in its own one-page file. */
function truthFor(seed: number, i: number): CaseTruth {
  const plan = planCorpus({ name: 'm', cases: 40, seed })
  const s = buildCase(seed, i, plan[i])
  const docs = renderCase(s)
  return {
    procedure: s.procedure,
    fineRange: fineBounds(s.provision, s.base) ?? null,
    documents: docs.map((d, k) => ({ type: d.type, title: d.title, files: [{ path: `f${k}.pdf`, pages: [1] }], scanned: false, facts: d.facts })),
    findings: s.defects,
  } as unknown as CaseTruth
}

/** What a perfect pipeline would return for a truth. */
function perfect(t: CaseTruth): { facts: CaseFacts; documents: CaseDocument[]; findings: Finding[] } {
  const documents = t.documents.map((d, k) => ({ id: String(k), index: k, type: d.type, confidence: 1, title: d.title, parts: d.files.map((f) => ({ file: f.path, pages: f.pages ?? [1] })), lines: [] }))
  const docFacts: DocFacts[] = t.documents.map((d, k) => ({
    docId: String(k),
    docType: d.type,
    caseNumbers: d.facts.caseNumbers.map((c) => ({ ...c, evidence: ev })),
    parties: [],
    officers: [],
    dates: d.facts.dates.map((x) => ({ ...x, precision: 'day' as const, evidence: ev })),
    citations: d.facts.citations.map((c) => ({ ...c, evidence: ev })),
    amounts: d.facts.amounts.map((a) => ({ ...a, evidence: ev })),
    fields: [],
    signatures: [],
  }))
  const findings: Finding[] = t.findings.map((f, k) => ({ id: String(k), kind: f.kind, itemId: 'i', docTypes: [f.docType], field: f.field, message: '', deduction: 1, status: 'open', evidence: [] }))
  return { facts: { folder: '', procedure: t.procedure, documents: docFacts }, documents, findings }
}

describe('measure: scoring against truth', () => {
  it.each([
    [['a', 'a', 'b'], ['a', 'b', 'c'], [2, 1, 1]],
    [['a'], [], [0, 0, 1]],
    [[], ['a'], [0, 1, 0]],
  ])('multiset %j vs %j', (truth, got, want) => {
    expect(multisetMatch(truth as string[], got as string[])).toEqual(want)
  })

  it('a perfect pipeline scores 100% on facts, pages and findings', () => {
    for (let i = 0; i < 20; i++) {
      const t = truthFor(7, i)
      const p = perfect(t)
      const a = truthKeys(t)
      const b = factKeys(p.facts)
      for (const k of Object.keys(a) as (keyof typeof a)[]) {
        const prf = new PRF()
        prf.add(...multisetMatch(a[k], b[k]))
        expect(prf.fn + prf.fp, k).toBe(0)
      }
      const want = truthPageTypes(t, { pages: [] } as unknown as IngestResult)
      const got = predictedPageTypes(p.documents)
      for (const [k, v] of want) expect(got.get(k)).toBe(v)
      const m = matchFindings(t.findings, p.findings)
      expect(m.hits.every((h) => h.hit)).toBe(true)
      expect(m.extra).toEqual([])
    }
  })

  it('quoted statute amounts and citations are not expected, and extracting them as facts costs precision', () => {
    const t = Array.from({ length: 40 }, (_, i) => truthFor(7, i)).find((x) => x.documents.some((d) => d.facts.amounts.some((a) => a.quoted)))!
    const p = perfect(t)
    for (const d of p.facts.documents) for (const a of d.amounts) a.quoted = false
    const prf = new PRF()
    prf.add(...multisetMatch(truthKeys(t).amounts, factKeys(p.facts).amounts))
    expect(prf.r).toBe(1)
    expect(prf.p).toBeLessThan(1)
  })

  it('a missed, an extra, an undetermined and a wrong-document finding are counted as such', () => {
    const t = Array.from({ length: 40 }, (_, i) => truthFor(7, i)).find((x) => x.findings.length >= 2)!
    const p = perfect(t)
    const [first, ...rest] = p.findings
    const extra: Finding = { ...first, id: 'x', kind: first.kind === 'officers' ? 'deadline' : 'officers', docTypes: ['备考表'] }
    const undetermined: Finding = { ...first, id: 'u', status: 'undetermined' }
    const wrongDoc: Finding = { ...rest[0], id: 'w', docTypes: ['备考表'] }
    const m = matchFindings(t.findings, [undetermined, wrongDoc, ...rest.slice(1), extra])
    expect(m.hits.filter((h) => !h.hit).length).toBe(2)
    expect(m.extra.map((f) => f.id).sort()).toEqual(['w', 'x'])
    expect(m.undetermined).toBe(1)
  })
})
