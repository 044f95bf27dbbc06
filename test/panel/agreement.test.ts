/**
 * Agreement statistics against published worked examples:
 * - Cohen (1968), Table 1: two judges, 200 cases, 3 diagnoses; κ = .492 and, with his ratio-scaled disagreement
 *   weights (0,1,3 / 1,0,6 / 3,6,0), κ_w = .348; with the non-symmetric weights (0,1,4 / 1,0,6 / 2,2,0) κ_w = .353.
 *   Table and values as given in the examples of psych::cohen.kappa ("cohen reports .492 and .348", "Cohen reports
 *   kw = .353").
 * - vcd::Kappa on SexualFun (Agresti 1990; Friendly 2000, p. 91: husbands' and wives' ratings, 4 ordered categories,
 *   91 couples): unweighted 0.1293, weighted (Equal-Spacing = linear) 0.2374, as printed in vcd's documentation.
 * - Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges. psych::ICC prints ICC2 (= ICC(A,1)) 0.29, F = 11.0 on 5 and
 *   15 df, 95% bounds 0.019 and 0.76; DescTools::ICC prints 0.290 and F 11.03; ICC3 0.71, ICC1 0.17.
 * - F quantiles from printed F tables: F(.975; 5, 15) = 3.58, F(.95; 5, 15) = 2.90, F(.975; 2, 10) = 5.46,
 *   F(.99; 1, 1) = 4052.
 */
import { describe, expect, it } from 'vitest'
import { crossTable, disagreementWeights, fQuantile, iccA1, kappa, kooLi, landisKoch, pairTable, reviewerBias } from '../../shared/panel'
import { COHEN_1968, COHEN_1968_WEIGHTS, SEXUAL_FUN, SHROUT_FLEISS } from './published'

describe('Cohen 1968, Table 1', () => {
  it('κ = .492', () => {
    const k = kappa(COHEN_1968)
    expect(k.value!).toBeCloseTo(0.492, 3)
    expect(k.observed).toBeCloseTo(0.7, 10)
    expect(k.expected).toBeCloseTo(0.41, 10)
    expect(k.rowMarginals).toEqual([120, 60, 20])
    expect(k.colMarginals).toEqual([100, 60, 40])
  })

  it('κ_w = .348 with the ratio-scaled disagreement weights', () => {
    expect(kappa(COHEN_1968, COHEN_1968_WEIGHTS).value!).toBeCloseTo(0.348, 3)
  })

  it('κ_w = .353 with the non-symmetric weights', () => {
    const v = [
      [0, 1, 4],
      [1, 0, 6],
      [2, 2, 0],
    ]
    expect(kappa(COHEN_1968, v).value!).toBeCloseTo(0.353, 3)
  })
})

describe('vcd::Kappa(SexualFun)', () => {
  it('unweighted 0.1293', () => expect(kappa(SEXUAL_FUN).value!).toBeCloseTo(0.1293, 4))
  it('linear (equal-spacing) weights 0.2374', () => expect(kappa(SEXUAL_FUN, disagreementWeights(4, 'linear')).value!).toBeCloseTo(0.2374, 4))
})

describe('weighted κ: properties', () => {
  it('quadratic κ_w equals the concordance 2·cov / (var_a + var_b + (mean_a − mean_b)²) of the grade numbers (Fleiss & Cohen 1973)', () => {
    const a: number[] = []
    const b: number[] = []
    SEXUAL_FUN.forEach((row, i) => row.forEach((c, j) => Array.from({ length: c }, () => (a.push(i), b.push(j)))))
    const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length
    const ma = mean(a)
    const mb = mean(b)
    const cov = mean(a.map((x, i) => (x - ma) * (b[i] - mb)))
    const va = mean(a.map((x) => (x - ma) ** 2))
    const vb = mean(b.map((x) => (x - mb) ** 2))
    expect(kappa(SEXUAL_FUN, disagreementWeights(4, 'quadratic')).value!).toBeCloseTo((2 * cov) / (va + vb + (ma - mb) ** 2), 12)
  })

  it('is 1 on identical ratings, whatever the weights', () => {
    const g = [0, 1, 2, 2, 1, 0, 3, 3, 2]
    const t = crossTable(g, g, 4)
    for (const s of ['unweighted', 'linear', 'quadratic'] as const) expect(kappa(t, disagreementWeights(4, s)).value).toBe(1)
  })

  it('is undefined (null), not 1 or 0, when every rating is one grade', () => {
    expect(kappa(crossTable([1, 1, 1], [1, 1, 1], 3)).value).toBeNull()
  })

  it('the pair table of two ratings per case gives Scott’s π (Fleiss κ): chance from the pooled grades', () => {
    // 4 cases: (0,0), (0,1), (1,1), (1,1): p_o = 3/4; pooled shares 3/8 and 5/8; p_e = 9/64 + 25/64.
    const t = pairTable([[0, 0], [0, 1], [1, 1], [1, 1]], 2)
    const pe = 34 / 64
    expect(kappa(t).value!).toBeCloseTo((0.75 - pe) / (1 - pe), 12)
  })
})

describe('ICC(A,1) on Shrout & Fleiss (1979)', () => {
  const icc = iccA1(SHROUT_FLEISS)
  it('0.290, F = 11.03 on 5 and 15 df', () => {
    expect(icc.value!).toBeCloseTo(0.29, 3)
    expect(icc.F!).toBeCloseTo(11.03, 2)
    expect([icc.df1, icc.df2]).toEqual([5, 15])
  })
  it('95% interval 0.019 to 0.76 (McGraw & Wong)', () => {
    expect(icc.ci95![0]).toBeCloseTo(0.019, 3)
    expect(icc.ci95![1]).toBeCloseTo(0.76, 2)
  })
  it('is 1 with no interval when all raters agree exactly, null when nothing varies', () => {
    const same = iccA1([[1, 1], [5, 5], [3, 3]])
    expect(same.value).toBe(1)
    expect(same.ci95).toBeNull()
    expect(iccA1([[2, 2], [2, 2]]).value).toBeNull()
  })
  it('rejects a matrix of one case', () => expect(() => iccA1([[1, 2]])).toThrow(/至少需要 2 卷/))
})

describe('F quantiles against printed tables', () => {
  it.each([
    [0.975, 5, 15, 3.58],
    [0.95, 5, 15, 2.9],
    [0.975, 2, 10, 5.46],
    [0.99, 1, 1, 4052],
  ])('F(%s; %s, %s) = %s', (p, d1, d2, want) => {
    const got = fQuantile(p, d1, d2)
    expect(Math.abs(got - want) / want).toBeLessThan(0.002)
  })
})

describe('bands, named', () => {
  it('Landis–Koch', () => {
    expect([-0.1, 0, 0.2, 0.21, 0.4, 0.41, 0.6, 0.61, 0.8, 0.81, 1].map(landisKoch)).toEqual(['差于随机一致', '轻微一致', '轻微一致', '一般一致', '一般一致', '中等一致', '中等一致', '高度一致', '高度一致', '几乎完全一致', '几乎完全一致'])
  })
  it('Koo–Li', () => {
    expect([0.49, 0.5, 0.74, 0.75, 0.89, 0.9, 1].map(kooLi)).toEqual(['差', '中等', '中等', '良好', '良好', '优秀', '优秀'])
  })
})

describe('reviewer bias', () => {
  it('is the mean of score − final over the reviewer’s cases with a final score', () => {
    const finals = new Map([
      ['a', 80],
      ['b', 90],
    ])
    const r = reviewerBias(
      [
        { case: 'a', reviewer: '张三', score: 84 },
        { case: 'b', reviewer: '张三', score: 92 },
        { case: 'a', reviewer: '李四', score: 77 },
        { case: 'c', reviewer: '李四', score: 60 },
      ],
      finals,
    )
    expect(r).toEqual([
      { reviewer: '张三', cases: 2, bias: 3 },
      { reviewer: '李四', cases: 1, bias: -3 },
    ])
  })
})
