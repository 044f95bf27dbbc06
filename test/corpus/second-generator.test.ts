/**
 * The second, independent corpus generator (test/fixtures/corpus2/): its truth files are well formed and agree
 * with the files written, clean cases list no findings, and every case breaks only the rules its defects name.
 * The product's checks are not run here.
 */
import { describe, expect, it, beforeAll } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import JSZip from 'jszip'
import { DOC_TYPES } from '../../shared/types'
import type { CaseTruth } from '../fixtures/corpus/index'
import { generateSecondCorpus, type Manifest2 } from '../fixtures/corpus2'
import { DEFECT_KINDS_SECOND } from '../fixtures/corpus2/kinds'
import { planCorpus } from '../fixtures/corpus2/plan'
import { unexplained } from '../fixtures/corpus2/validate'
import { creditCodeValid, idNumberValid } from '../fixtures/corpus2/ids'

const SEED = 4242
let out = ''
let manifest: Manifest2
let truths: CaseTruth[] = []

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

describe('second corpus generator', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'pingcha-corpus2-'))
    manifest = await generateSecondCorpus({ seed: SEED, cases: 6, form: 'docx' }, out)
    truths = manifest.cases.map((c) => JSON.parse(readFileSync(join(out, `${c}.truth.json`), 'utf8')) as CaseTruth)
    return () => rmSync(out, { recursive: true, force: true })
  }, 120_000)

  it('writes six cases, some clean, with a manifest in the measured format', () => {
    expect(manifest.cases).toHaveLength(6)
    expect(truths.filter((t) => t.findings.length === 0).length).toBeGreaterThanOrEqual(1)
    expect(manifest.composition.clean).toBe(truths.filter((t) => t.findings.length === 0).length)
    expect(manifest.composition.documents).toBe(truths.reduce((n, t) => n + t.documents.length, 0))
  })

  it('truth files are well formed', () => {
    for (const t of truths) {
      expect(t.kindsChecked).toEqual([...DEFECT_KINDS_SECOND])
      expect(['普通程序', '听证程序', '简易程序']).toContain(t.procedure)
      expect(t.officers).toHaveLength(2)
      if (t.party.creditCode) expect(creditCodeValid(t.party.creditCode)).toBe(true)
      if (t.party.idNumber) expect(idNumberValid(t.party.idNumber)).toBe(true)
      if (t.fineRange) expect(t.fineRange[0]).toBeLessThan(t.fineRange[1])
      expect(t.documents.length).toBeGreaterThan(0)
      expect(t.documents.some((d) => d.type === '行政处罚决定书')).toBe(true)
      for (const d of t.documents) {
        expect(DOC_TYPES).toContain(d.type)
        if (d.type === '送达回证') expect(d.about).toBeTruthy()
        expect(d.files.length).toBeGreaterThan(0)
        for (const f of d.files) expect(existsSync(join(out, t.id, f.path))).toBe(true)
        for (const x of d.facts.dates) expect(x.iso).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)
        for (const c of d.facts.citations) expect(c.article).toBeGreaterThan(0)
      }
      for (const f of t.findings) {
        expect(DEFECT_KINDS_SECOND).toContain(f.kind)
        expect(f.docTypes).toContain(f.docType)
        expect(f.detail.length).toBeGreaterThan(0)
      }
      // 1–3 defects of distinct kinds, or none.
      expect(t.findings.length).toBeLessThanOrEqual(3)
      expect(new Set(t.findings.map((f) => f.kind)).size).toBe(t.findings.length)
    }
  })

  it('clean cases list no findings and break no procedure rule; defective ones break only what they name', () => {
    const plans = planCorpus({ seed: SEED, cases: 6, clean: 0.3, form: 'docx' })
    for (const p of plans) {
      const t = truths.find((x) => x.id === p.id)!
      expect(t.findings.map((f) => f.variant)).toEqual(p.defects.map((d) => d.variant))
      expect(unexplained(p)).toEqual([])
      if (t.findings.length === 0) {
        expect(t.fine === 0 || !t.fineRange || (t.fine >= t.fineRange[0] && t.fine <= t.fineRange[1])).toBe(true)
        expect(t.documents.some((d) => d.type === '立案审批表') || t.procedure === '简易程序').toBe(true)
      }
    }
  })

  it('every recorded fact is written in its file', async () => {
    for (const t of truths)
      for (const d of t.documents) {
        const text = (await Promise.all(d.files.map((f) => docxText(join(out, t.id, f.path))))).join('')
        for (const x of [...d.facts.dates, ...d.facts.amounts, ...d.facts.citations, ...d.facts.caseNumbers]) expect(text, `${t.id} ${d.title}: ${x.text}`).toContain(x.text)
      }
  })

  it('plans a measurement corpus of at least 100 cases with every defect kind and at least 25 clean cases', () => {
    const plans = planCorpus({ seed: 20260301, cases: 110, clean: 0.3 })
    expect(plans.filter((p) => p.defects.length === 0).length).toBeGreaterThanOrEqual(25)
    const kinds = new Set(plans.flatMap((p) => p.defects.map((d) => d.kind)))
    expect([...kinds].sort()).toEqual([...DEFECT_KINDS_SECOND].sort())
    for (const p of plans) {
      expect(unexplained(p), p.id).toEqual([])
      // A fine out of range is only knowable when the penalty clause is cited rightly.
      const ks = p.defects.map((d) => d.kind)
      if (ks.includes('amount-out-of-range')) expect(ks.filter((k) => k === 'citation-nonexistent' || k === 'citation-wrong-law'), p.id).toEqual([])
    }
    // Same seed, same plan.
    expect(JSON.stringify(planCorpus({ seed: 20260301, cases: 110, clean: 0.3 }))).toBe(JSON.stringify(plans))
  })
})
