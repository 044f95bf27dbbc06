/** Properties every score keeps, over random findings and decisions on the test rubric (fast-check). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreCase } from '../../shared/score'
import type { CaseScore, Decision, Finding, ItemResult } from '../../shared/types'
import { rubric } from './fixture'

const ITEMS = ['V1', 'V2', 'A1', 'A2', 'A3', 'B1', 'B2', 'B3']
const results: ItemResult[] = ITEMS.map((id) => ({ itemId: id, status: id === 'V2' || id === 'B2' ? 'manual' : 'fail', findingIds: [] }))

const finding = fc.record({
  itemId: fc.constantFrom(...ITEMS),
  deduction: fc.constantFrom(0, 0.5, 1, 2, 3, 5, 8),
  status: fc.constantFrom('open', 'open', 'verify', 'undetermined'),
})
const findingsArb = fc.array(finding, { maxLength: 25 }).map((fs) =>
  fs.map((f, i): Finding => ({ id: `f${i}`, kind: 'missing-field', itemId: f.itemId, docTypes: [], message: '', deduction: f.deduction, status: f.status as Finding['status'], evidence: [] })),
)
const decisionsArb = (n: number) =>
  fc.array(
    fc.record({
      target: fc.oneof(fc.nat({ max: Math.max(0, n - 1) }).map((i) => ({ findingId: `f${i}` })), fc.constantFrom(...ITEMS, 'X1', 'X2').map((itemId) => ({ itemId }))),
      action: fc.constantFrom('accept', 'reject', 'adjust'),
      points: fc.constantFrom(0, 0.5, 1, 2, 4, 9),
      minute: fc.nat({ max: 59 }),
    }),
    { maxLength: 12 },
  ).map((ds) =>
    ds.map((d, i): Decision => ({ ...d.target, action: d.action as Decision['action'], ...(d.action === 'adjust' ? { points: d.points } : {}), reviewer: '评查员', at: `2024-05-01T09:${String(d.minute).padStart(2, '0')}:${String(i).padStart(2, '0')}Z` })),
  )
const effect = fc.constantFrom('zero', 'fail', 'cap_grade') as fc.Arbitrary<'zero' | 'fail' | 'cap_grade'>
const caseArb = findingsArb.chain((fs) => fc.tuple(fc.constant(fs), decisionsArb(fs.length), effect))

function invariants(s: CaseScore, total: number) {
  expect(s.total).toBeGreaterThanOrEqual(0)
  expect(s.total).toBeLessThanOrEqual(total)
  for (const sec of s.sections) {
    expect(sec.score).toBeGreaterThanOrEqual(0)
    expect(sec.score).toBeLessThanOrEqual(sec.points)
  }
  const notScored = s.vetoed && s.vetoEffect === 'fail'
  for (const i of s.items) {
    expect(i.deducted).toBeGreaterThanOrEqual(0)
    expect(i.deducted).toBeLessThanOrEqual(i.points)
    if (notScored) expect([i.score, i.deducted]).toEqual([0, 0])
    else if (!i.bonus) expect(i.score).toBeCloseTo(i.points - i.deducted, 9)
  }
  if (notScored) expect(s.sections.every((x) => x.score === 0 && x.deducted === 0)).toBe(true)
  expect(s.bonus).toBeLessThanOrEqual(2)
  expect(['优秀', '合格', '不合格']).toContain(s.grade)
  if (s.vetoed) expect(s.grade === '不合格' || s.vetoEffect === 'cap_grade').toBe(true)
  if (s.vetoEffect === 'cap_grade') expect(s.grade).not.toBe('优秀')
}

describe('score properties', () => {
  it('totals, sections and items stay within their bounds; grades follow the veto effect', () => {
    fc.assert(
      fc.property(caseArb, ([fs, ds, eff]) => {
        invariants(scoreCase(rubric(eff), results, fs, ds), 20)
      }),
      { numRuns: 300 },
    )
  })

  it('another open finding never raises the score', () => {
    fc.assert(
      fc.property(caseArb, finding, ([fs, ds, eff], extra) => {
        const r = rubric(eff)
        const before = scoreCase(r, results, fs, ds)
        const more: Finding = { id: 'extra', kind: 'missing-field', itemId: extra.itemId, docTypes: [], message: '', deduction: extra.deduction, status: 'open', evidence: [] }
        expect(scoreCase(r, results, [...fs, more], ds).total).toBeLessThanOrEqual(before.total)
      }),
      { numRuns: 300 },
    )
  })

  it('rejecting every finding never lowers the score', () => {
    fc.assert(
      fc.property(findingsArb, effect, (fs, eff) => {
        const r = rubric(eff)
        const rejectAll: Decision[] = fs.map((f) => ({ findingId: f.id, action: 'reject', reviewer: '评查员', at: '2024-05-02T00:00:00Z' }))
        expect(scoreCase(r, results, fs, rejectAll).total).toBeGreaterThanOrEqual(scoreCase(r, results, fs, []).total)
        expect(scoreCase(r, results, fs, rejectAll).vetoed).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('the order of findings and of decision records does not matter', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ([fs, ds, eff], seed) => {
        const r = rubric(eff)
        const shuffle = <T>(a: T[]) => a.map((x, i) => ({ x, k: (i * 7919 + seed) % 104729 })).sort((p, q) => p.k - q.k).map((p) => p.x)
        expect(scoreCase(r, results, shuffle(fs), shuffle(ds))).toEqual(scoreCase(r, results, fs, ds))
      }),
      { numRuns: 200 },
    )
  })
})
