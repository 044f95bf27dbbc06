import { describe, expect, it } from 'vitest'
import { FIELDS, bootstrapIntervals, sumScores, type DocScore } from '../fixtures/real/measure'

/** Documents whose party is right in `right` of `n` cases and whose type is right in the same ones. */
function docs(n: number, right: number): DocScore[] {
  return Array.from({ length: n }, (_, i) => {
    const ok = i < right
    const fields = Object.fromEntries(FIELDS.map((f) => [f, [0, 0, 0]])) as DocScore['fields']
    fields.party = ok ? [1, 0, 0] : [0, 1, 1]
    return { id: `d${i}`, typeOk: ok, predictedType: '行政处罚决定书', fields }
  })
}

describe('95 % intervals of the real-corpus figures', () => {
  it('hold the figure, the same on every run, and narrow as the documents grow', () => {
    const small = docs(40, 36)
    const a = bootstrapIntervals(small)
    expect(bootstrapIntervals(small)).toEqual(a)
    const f1 = sumScores(small).party.f1
    expect(a.typeAccuracy[0]).toBeLessThan(0.9)
    expect(a.typeAccuracy[1]).toBeGreaterThan(0.9)
    expect(a.f1.party[0]).toBeLessThanOrEqual(f1)
    expect(a.f1.party[1]).toBeGreaterThanOrEqual(f1)
    const big = bootstrapIntervals(docs(400, 360))
    expect(big.typeAccuracy[1] - big.typeAccuracy[0]).toBeLessThan(a.typeAccuracy[1] - a.typeAccuracy[0])
  })
  it('a field no document has is no interval of chance', () => {
    const r = bootstrapIntervals(docs(20, 20))
    expect(r.typeAccuracy).toEqual([1, 1])
    expect(r.f1.party).toEqual([1, 1])
  })
})
