/** The panel's agreement from its ratings: which statistic for which design, skipped cases, refusals. */
import { describe, expect, it } from 'vitest'
import { panelAgreement, type Rating } from '../../shared/panel'
import { COHEN_1968, SHROUT_FLEISS } from './published'

const GRADES = ['不合格', '合格', '良好']

/** Cohen (1968) Table 1 as 200 cases rated by the same two judges (counts = proportion × 200). */
function cohen1968(): Rating[] {
  const out: Rating[] = []
  let id = 0
  COHEN_1968.forEach((row, i) =>
    row.forEach((c, j) => {
      for (let x = 0; x < c; x++) {
        id++
        out.push({ case: `C${id}`, reviewer: '甲', score: 60 + 10 * i, grade: GRADES[i] }, { case: `C${id}`, reviewer: '乙', score: 60 + 10 * j, grade: GRADES[j] })
      }
    }),
  )
  return out
}

describe('panelAgreement', () => {
  it('two reviewers on every case: Cohen’s κ (Cohen 1968: .492), raw agreement 70 %, marginals', () => {
    const r = panelAgreement(cohen1968(), GRADES)
    expect(r.design).toBe('crossed')
    expect(r.kappaMethod).toBe('cohen')
    expect([r.n, r.raters, r.perCase]).toEqual([200, 2, 2])
    expect(r.kappa!).toBeCloseTo(0.492, 3)
    expect(r.percentAgreement).toBeCloseTo(70, 10)
    expect(r.chanceAgreement).toBeCloseTo(0.41, 10)
    expect(r.marginals).toEqual([
      { grade: '不合格', count: 220 },
      { grade: '合格', count: 120 },
      { grade: '良好', count: 60 },
    ])
    expect(r.bands.kappa).toBe('中等一致')
    expect(r.bands.system.kappa).toContain('Landis–Koch')
  })

  it('four judges on six targets: ICC(A,1) of Shrout & Fleiss (1979) = 0.29, 95% CI 0.019–0.76 (psych::ICC)', () => {
    const ratings = SHROUT_FLEISS.flatMap((row, i) => row.map((score, j) => ({ case: `T${i + 1}`, reviewer: `J${j + 1}`, score, grade: score >= 7 ? '良好' : score >= 4 ? '合格' : '不合格' })))
    const r = panelAgreement(ratings, GRADES)
    expect(r.design).toBe('crossed')
    expect(r.kappaMethod).toBe('light')
    expect(r.icc.model).toBe('A,1')
    expect(r.icc.value!).toBeCloseTo(0.29, 3)
    expect(r.icc.ci95![0]).toBeCloseTo(0.019, 3)
    expect(r.icc.ci95![1]).toBeCloseTo(0.76, 2)
    expect(r.bands.icc).toBe('差')
    expect(r.bands.iccCi95).toEqual(['差', '良好'])
  })

  it('reviewers differing from case to case: Fleiss’ κ (Scott’s π for two), from the pooled grades', () => {
    // 4 cases, pairs of grades (0,0), (0,1), (1,1), (1,1), each by another pair of reviewers.
    const pairs = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 1],
    ]
    const ratings = pairs.flatMap(([a, b], i) => [
      { case: `K${i}`, reviewer: `R${i}`, score: 70 + a * 10, grade: GRADES[a] },
      { case: `K${i}`, reviewer: `R${i + 1}`, score: 72 + b * 10, grade: GRADES[b] },
    ])
    const r = panelAgreement(ratings, GRADES)
    expect(r.design).toBe('panel')
    expect(r.kappaMethod).toBe('fleiss')
    const pe = (3 / 8) ** 2 + (5 / 8) ** 2
    expect(r.kappa!).toBeCloseTo((0.75 - pe) / (1 - pe), 12)
    expect(r.percentAgreement).toBeCloseTo(75, 10)
    expect(r.raters).toBe(5)
  })

  it('identical grades and scores agree perfectly', () => {
    const ratings = [60, 75, 88, 92].flatMap((s, i) => ['甲', '乙'].map((reviewer) => ({ case: `${i}`, reviewer, score: s, grade: GRADES[i % 3] })))
    const r = panelAgreement(ratings, GRADES)
    expect([r.kappa, r.weightedKappa.linear, r.weightedKappa.quadratic, r.icc.value, r.percentAgreement]).toEqual([1, 1, 1, 1, 100])
  })

  it('skips, with the reason, a case rated once or by more reviewers than the rest', () => {
    const base = cohen1968().slice(0, 20)
    const r = panelAgreement([...base, { case: 'S1', reviewer: '甲', score: 80, grade: '合格' }, ...['甲', '乙', '丙'].map((reviewer) => ({ case: 'S3', reviewer, score: 80, grade: '合格' }))], GRADES)
    expect(r.n).toBe(10)
    expect(r.skipped).toEqual([
      { case: 'S1', ratings: 1, reason: '只有一名评查人评分' },
      { case: 'S3', ratings: 3, reason: '有 3 名评查人评分，其余案卷为 2 名' },
    ])
  })

  it('refuses an unknown grade (with its line), a reviewer rating a case twice, too few cases, a grade list of one', () => {
    expect(() => panelAgreement([{ case: 'a', reviewer: '甲', score: 1, grade: '优秀', line: 7 }], GRADES)).toThrow('第 7 行：等次“优秀”不在 --grades 列出的等次中（不合格、合格、良好）')
    expect(() =>
      panelAgreement(
        [
          { case: 'a', reviewer: '甲', score: 1, grade: '合格', line: 2 },
          { case: 'a', reviewer: '甲', score: 2, grade: '合格', line: 3 },
        ],
        GRADES,
      ),
    ).toThrow('第 3 行：评查人 甲 对案卷 a 有两条评分')
    expect(() => panelAgreement(cohen1968().slice(0, 2), GRADES)).toThrow(/至少需要 2 卷/)
    expect(() => panelAgreement(cohen1968(), ['合格'])).toThrow(/至少需要两个/)
  })
})
