/**
 * How consistently the panel scores (评查尺度是否统一): Cohen's κ with raw agreement and marginals, weighted κ on
 * ordered grades, ICC(A,1) on total scores with its 95% confidence interval, and each reviewer's bias.
 *
 * - κ on a k × k table of counts (rows one rater, columns the other): κ = (p_o − p_e) / (1 − p_e), p_e = Σ p_i· p_·i
 *   (Cohen 1960). Weighted κ (Cohen 1968) with disagreement weights v: κ_w = 1 − Σ v p_o / Σ v p_e; with agreement
 *   weights w = 1 − v this is (Σw p_o − Σw p_e) / (1 − Σw p_e). Named weights for ordered grades (lowest first):
 *   linear, "equal spacing" (Cicchetti & Allison 1971) w = 1 − |i − j| / (r − 1); quadratic (Fleiss & Cohen 1973)
 *   w = 1 − (i − j)² / (r − 1)².
 * - ICC(A,1): two-way random effects, absolute agreement, single rater (McGraw & Wong 1996; Shrout & Fleiss 1979
 *   ICC(2,1)) = (MSR − MSE) / (MSR + (k − 1) MSE + k (MSC − MSE) / n), and its interval from McGraw & Wong 1996
 *   (case 2A) with Satterthwaite's degrees of freedom, as psych::ICC and irr::icc compute it.
 * - A statistic that is undefined on the data (κ when every rating is in one category, ICC when no score varies) is
 *   null, never a made-up number.
 */
import { EngineError } from '../errors'
import { compareCodePoints } from './hash'
import { fQuantile } from './fdist'

export interface KappaResult {
  /** null when p_e = 1 (all ratings in one category): κ is undefined. */
  value: number | null
  /** Observed agreement, Σ w p_o with agreement weights scaled to at most 1 (unweighted: the share of exact agreement). */
  observed: number
  /** Agreement expected by chance from the marginals, on the same scale. */
  expected: number
  /** Total count of the table. */
  n: number
  /** Row and column totals (counts), in category order. */
  rowMarginals: number[]
  colMarginals: number[]
}

export type WeightScheme = 'linear' | 'quadratic'

/** The weights by their published names, for reports (命名随结果一同给出). */
export const WEIGHT_NAMES: Record<WeightScheme, string> = {
  linear: '线性权重（Cicchetti–Allison 等间距权重）',
  quadratic: '二次权重（Fleiss–Cohen 权重）',
}

/** Disagreement weights v (0 on the diagonal, 1 at the farthest grades) of a named scheme for r ordered grades. */
export function disagreementWeights(r: number, scheme: WeightScheme | 'unweighted'): number[][] {
  return Array.from({ length: r }, (_, i) =>
    Array.from({ length: r }, (_, j) => {
      if (scheme === 'unweighted') return i === j ? 0 : 1
      const d = Math.abs(i - j) / Math.max(1, r - 1)
      return scheme === 'linear' ? d : d * d
    }),
  )
}

function checkSquare(table: number[][], what: string) {
  const r = table.length
  if (r === 0 || table.some((row) => row.length !== r)) throw new EngineError('bad-request', `${what}应为方阵`)
  if (table.some((row) => row.some((x) => !(x >= 0)))) throw new EngineError('bad-request', `${what}的元素应为非负数`)
}

/**
 * Cohen's κ of a table of counts, weighted by disagreement weights `v` (any non-negative scale, 0 on the diagonal:
 * Cohen's 1968 ratio-scaled weights are used as printed). Without `v`, the unweighted κ.
 */
export function kappa(table: number[][], v?: number[][]): KappaResult {
  checkSquare(table, '一致性表')
  const r = table.length
  const w = v ?? disagreementWeights(r, 'unweighted')
  checkSquare(w, '权重矩阵')
  if (w.length !== r) throw new EngineError('bad-request', '权重矩阵与一致性表大小不同')
  const n = table.flat().reduce((a, b) => a + b, 0)
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0))
  const cols = table[0].map((_, j) => table.reduce((a, row) => a + row[j], 0))
  const vmax = Math.max(...w.flat())
  let po = 0
  let pe = 0
  for (let i = 0; i < r; i++)
    for (let j = 0; j < r; j++) {
      po += (w[i][j] * table[i][j]) / n
      pe += (w[i][j] * rows[i] * cols[j]) / (n * n)
    }
  // po, pe here are weighted disagreement; agreement on the 0–1 scale is 1 − v/vmax.
  const scale = vmax > 0 ? vmax : 1
  return {
    value: n > 0 && pe > 0 ? 1 - po / pe : null,
    observed: n > 0 ? 1 - po / scale : NaN,
    expected: n > 0 ? 1 - pe / scale : NaN,
    n,
    rowMarginals: rows,
    colMarginals: cols,
  }
}

/** The r × r table of two raters' grades (category indices 0…r−1), rows the first rater. */
export function crossTable(a: number[], b: number[], r: number): number[][] {
  if (a.length !== b.length) throw new EngineError('bad-request', '两名评查人的评定数量不同')
  const t = Array.from({ length: r }, () => new Array<number>(r).fill(0))
  a.forEach((x, i) => t[x][b[i]]++)
  return t
}

/**
 * The symmetric table of every ordered pair of ratings within a case, each case weighing 1 in all. When each case
 * has the same number of ratings, unweighted κ of this table is Fleiss' (1971) κ (Scott's π for two ratings): the
 * statistic for ratings whose raters differ from case to case, as a panel's do.
 */
export function pairTable(ratingsPerCase: number[][], r: number): number[][] {
  const t = Array.from({ length: r }, () => new Array<number>(r).fill(0))
  for (const rs of ratingsPerCase) {
    const m = rs.length
    if (m < 2) continue
    const share = 1 / (m * (m - 1))
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) t[rs[i]][rs[j]] += share
  }
  return t
}

export interface IccResult {
  model: 'A,1'
  /** null when undefined (no variation at all). */
  value: number | null
  /** null when the interval cannot be formed (no residual variation, or too few cases or raters). */
  ci95: [number, number] | null
  /** F = MSR / MSE with its degrees of freedom (the test of ICC = 0). */
  F: number | null
  df1: number
  df2: number
  n: number
  k: number
  msr: number
  msc: number
  mse: number
}

/** ICC(A,1) of an n × k matrix (rows cases, columns raters; complete). */
export function iccA1(x: number[][], level = 0.95): IccResult {
  const n = x.length
  const k = x[0]?.length ?? 0
  if (n < 2 || k < 2) throw new EngineError('bad-request', `组内相关系数至少需要 2 卷案卷、每卷 2 个评分（现为 ${n} 卷、每卷 ${k} 个）`)
  if (x.some((row) => row.length !== k || row.some((v) => !Number.isFinite(v)))) throw new EngineError('bad-request', '评分矩阵应完整，且每个评分为数值')
  const grand = x.flat().reduce((a, b) => a + b, 0) / (n * k)
  const rowMeans = x.map((row) => row.reduce((a, b) => a + b, 0) / k)
  const colMeans = Array.from({ length: k }, (_, j) => x.reduce((a, row) => a + row[j], 0) / n)
  const ssr = k * rowMeans.reduce((a, m) => a + (m - grand) ** 2, 0)
  const ssc = n * colMeans.reduce((a, m) => a + (m - grand) ** 2, 0)
  const sst = x.flat().reduce((a, v) => a + (v - grand) ** 2, 0)
  const sse = Math.max(0, sst - ssr - ssc)
  const df1 = n - 1
  const df2 = (n - 1) * (k - 1)
  const msr = ssr / df1
  const msc = ssc / (k - 1)
  const mse = sse / df2
  const denom = msr + (k - 1) * mse + (k * (msc - mse)) / n
  const value = denom > 0 ? (msr - mse) / denom : null
  let ci95: [number, number] | null = null
  // With no residual variation the F ratios are infinite; so is the information the interval needs.
  if (value !== null && mse > 1e-12 * Math.max(1, msr) && value < 1) {
    const alpha = 1 - level
    const a = (k * value) / (n * (1 - value))
    const b = 1 + (k * value * (n - 1)) / (n * (1 - value))
    const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / df2)
    const fl = fQuantile(1 - alpha / 2, n - 1, v)
    const fu = fQuantile(1 - alpha / 2, v, n - 1)
    const c = k * msc + (k * n - k - n) * mse
    const lo = (n * (msr - fl * mse)) / (fl * c + n * msr)
    const hi = (n * (fu * msr - mse)) / (c + n * fu * msr)
    if (Number.isFinite(lo) && Number.isFinite(hi)) ci95 = [lo, hi]
  }
  return { model: 'A,1', value, ci95, F: mse > 0 ? msr / mse : null, df1, df2, n, k, msr, msc, mse }
}

/** Landis & Koch (1977) bands for κ, in Chinese; the band system's name goes with the label in every report. */
export const LANDIS_KOCH_NAME = 'Landis–Koch（1977）分级'
export function landisKoch(k: number): string {
  if (k < 0) return '差于随机一致'
  if (k <= 0.2) return '轻微一致'
  if (k <= 0.4) return '一般一致'
  if (k <= 0.6) return '中等一致'
  if (k <= 0.8) return '高度一致'
  return '几乎完全一致'
}

/** Koo & Li (2016) bands for an ICC, in Chinese; they ask that the band be read off the 95% interval too. */
export const KOO_LI_NAME = 'Koo–Li（2016）分级'
export function kooLi(icc: number): string {
  if (icc < 0.5) return '差'
  if (icc < 0.75) return '中等'
  if (icc < 0.9) return '良好'
  return '优秀'
}

/** Mean of (score − final score) per reviewer, over the cases with a final score: positive is lenient. */
export function reviewerBias(ratings: { case: string; reviewer: string; score: number }[], finals: ReadonlyMap<string, number>): { reviewer: string; cases: number; bias: number }[] {
  const acc = new Map<string, { sum: number; n: number }>()
  for (const r of ratings) {
    const f = finals.get(r.case)
    if (f === undefined) continue
    const a = acc.get(r.reviewer) ?? { sum: 0, n: 0 }
    a.sum += r.score - f
    a.n++
    acc.set(r.reviewer, a)
  }
  return [...acc]
    .map(([reviewer, a]) => ({ reviewer, cases: a.n, bias: a.sum / a.n }))
    .sort((x, y) => compareCodePoints(x.reviewer, y.reviewer))
}
