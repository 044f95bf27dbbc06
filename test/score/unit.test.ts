import { describe, expect, it } from 'vitest'
import { gradeOf, gradeUnit, rankUnits } from '../../shared/score'
import type { CaseScore, Rubric } from '../../shared/types'

/** S12 北京市宣武区: ≥90 优秀, 60–<90 合格, <60 不合格; a unit is graded by its average and ranked by average, then total. */
const s12: Rubric = {
  id: 'unit-test',
  name: '单位评定测试',
  version: '1',
  sector: '通用',
  source: 'S12',
  appliesTo: '行政许可',
  veto: { effect: 'zero', items: [] },
  sections: [{ id: 'A', title: '全部', points: 100, items: [{ id: 'A1', title: '全部', points: 100, deduction: { form: 'range', min: 0.5, max: 100 }, check: { kind: 'manual', params: { question: '?' } } }] }],
  grades: [
    { name: '优秀', min: 90 },
    { name: '合格', min: 60 },
    { name: '不合格', min: 0 },
  ],
  total: 100,
}

function cs(total: number, opts: { vetoed?: boolean; pending?: number } = {}): CaseScore {
  return { total, grade: gradeOf(s12, total), vetoed: opts.vetoed ?? false, vetoItems: [], sections: [], items: [], bonus: 0, pending: opts.pending ?? 0 }
}

describe('gradeOf', () => {
  it.each([
    [100, '优秀'],
    [90, '优秀'],
    [89.5, '合格'],
    [60, '合格'],
    [59.99, '不合格'],
    [0, '不合格'],
  ])('%s → %s', (score, grade) => expect(gradeOf(s12, score)).toBe(grade))
})

describe('gradeUnit', () => {
  it.each([
    { name: 'three cases: average 85 → 合格; 优秀率 1/3, 合格率 3/3', scores: [95, 80, 80], average: 85, grade: '合格', excellentRate: 0.33, passRate: 1 },
    { name: 'a vetoed case counts as 0 in the average', scores: [95, 95, 0], vetoed: [2], average: 63.33, grade: '合格', excellentRate: 0.67, passRate: 0.67 },
    { name: 'average exactly 90 is 优秀', scores: [100, 80], average: 90, grade: '优秀', excellentRate: 0.5, passRate: 1 },
    { name: 'all failing', scores: [50, 40], average: 45, grade: '不合格', excellentRate: 0, passRate: 0 },
    { name: 'no cases: no grade', scores: [], average: 0, grade: null, excellentRate: 0, passRate: 0 },
  ])('$name', (row) => {
    const u = gradeUnit(s12, row.scores.map((t, i) => cs(t, { vetoed: row.vetoed?.includes(i) })))
    expect(u.average).toBe(row.average)
    expect(u.grade).toBe(row.grade)
    expect(u.excellentRate).toBe(row.excellentRate)
    expect(u.passRate).toBe(row.passRate)
    expect(u.cases).toBe(row.scores.length)
  })

  it('leaves vetoed cases out of the average when the rubric says so, still counting them as failed', () => {
    const r: Rubric = { ...s12, unitGrading: { by: 'average', rankBy: ['average', 'total'], vetoedInAverage: false } }
    const u = gradeUnit(r, [cs(95), cs(85), cs(0, { vetoed: true })])
    expect(u.average).toBe(90)
    expect(u.grade).toBe('优秀')
    expect(u.passRate).toBe(0.67)
    expect(u.vetoed).toBe(1)
  })

  it('counts cases whose score is still provisional', () => {
    expect(gradeUnit(s12, [cs(90, { pending: 2 }), cs(80)]).provisional).toBe(1)
  })
})

describe('rankUnits', () => {
  it('ranks by average, ties broken by total, equal units share a rank, empty units last', () => {
    const ranked = rankUnits(s12, [
      { unit: '甲局', scores: [cs(90), cs(80)] }, // avg 85, total 170
      { unit: '乙局', scores: [cs(85), cs(85), cs(85)] }, // avg 85, total 255 → ahead of 甲
      { unit: '丙局', scores: [cs(95)] }, // avg 95
      { unit: '丁局', scores: [] },
      { unit: '戊局', scores: [cs(80), cs(90)] }, // same as 甲 on both keys
    ])
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['丙局', 1],
      ['乙局', 2],
      ['甲局', 3],
      ['戊局', 3],
      ['丁局', 5],
    ])
  })

  it('follows the rubric’s ranking keys', () => {
    const r: Rubric = { ...s12, unitGrading: { by: 'average', rankBy: ['total'], vetoedInAverage: true } }
    const ranked = rankUnits(r, [
      { unit: '甲局', scores: [cs(95)] },
      { unit: '乙局', scores: [cs(70), cs(70)] },
    ])
    expect(ranked.map((x) => x.unit)).toEqual(['乙局', '甲局'])
  })
})
