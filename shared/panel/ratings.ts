/**
 * The panel's agreement from its ratings (case, reviewer, total score, grade), as `pingcha agreement` reports it.
 *
 * Which cases count: those rated by the most common number m ≥ 2 of reviewers (normally the panel's two); a case
 * rated by fewer or more is listed under `skipped` with the reason.
 *
 * Two designs, told apart from the data:
 * - crossed: the same reviewers rated every case. m = 2: Cohen's κ and weighted κ of the two reviewers' table;
 *   m > 2: the mean over reviewer pairs (Light's κ, 1971). ICC(A,1) on the cases × reviewers matrix.
 * - panel: reviewers differ from case to case (two drawn from the roster for each case). κ and weighted κ of the table
 *   of every ordered pair of ratings within a case (agreement.ts pairTable), i.e. Fleiss' κ (Scott's π when m = 2),
 *   the statistic made for raters who vary between cases. ICC(A,1) on the cases × rating-slot matrix, the ratings of a
 *   case placed in slots by reviewer name (Unicode order) — a rule fixed in advance, unrelated to the scores; the
 *   reviewer differences then count as disagreement, which is what absolute agreement asks.
 * Raw agreement (percentAgreement, in percent) is the share of exactly equal grades over the same pairs.
 */
import { EngineError } from '../errors'
import { compareCodePoints } from './hash'
import { crossTable, disagreementWeights, iccA1, kappa, KOO_LI_NAME, kooLi, LANDIS_KOCH_NAME, landisKoch, pairTable, type IccResult, type KappaResult, type WeightScheme } from './agreement'

export interface Rating {
  case: string
  reviewer: string
  score: number
  grade: string
  line?: number
}

export interface AgreementReport {
  /** Cases analysed. */
  n: number
  /** Distinct reviewers over the analysed cases. */
  raters: number
  /** Ratings per analysed case. */
  perCase: number
  design: 'crossed' | 'panel'
  /** What `kappa` is: cohen, light (mean pairwise Cohen) or fleiss. */
  kappaMethod: KappaMethod
  /** Exact agreement on the grade, in percent (0–100). */
  percentAgreement: number
  kappa: number | null
  weightedKappa: { linear: number | null; quadratic: number | null }
  icc: { model: 'A,1'; value: number | null; ci95: [number, number] | null }
  /** How many ratings gave each grade, lowest grade first. */
  marginals: { grade: string; count: number }[]
  /** Expected agreement by chance behind κ (share). */
  chanceAgreement: number
  bands: { system: { kappa: string; icc: string }; kappa: string | null; weightedKappaQuadratic: string | null; icc: string | null; iccCi95: [string, string] | null }
  skipped: { case: string; ratings: number; reason: string }[]
  /** The ICC's ANOVA, for a reader who wants to check it. */
  iccDetail: Omit<IccResult, 'model' | 'value' | 'ci95'>
}

export type KappaMethod = 'cohen' | 'light' | 'fleiss'

/** κ by what it is, for reports and screens. */
export const KAPPA_METHOD_NAMES: Record<KappaMethod, string> = {
  cohen: 'Cohen κ',
  light: 'Light κ（各对评查人 Cohen κ 的平均）',
  fleiss: 'Fleiss κ（各卷评查人不同）',
}

/**
 * κ of categorical ratings by the design rule above — grades, or a reviewer's decision on an item (deducted or not,
 * veto upheld or not: categories 0 and 1). `perCase[i]` holds case i's category indices; when `crossed`, position j
 * is the same reviewer in every case. `v`: disagreement weights (agreement.ts disagreementWeights), none for plain κ.
 */
export function designKappa(perCase: number[][], categories: number, crossed: boolean, v?: number[][]): Omit<KappaResult, 'n'> & { method: KappaMethod } {
  const m = perCase[0]?.length ?? 0
  if (!crossed) return { ...kappa(pairTable(perCase, categories), v), method: 'fleiss' }
  const tables: number[][][] = []
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++)
      tables.push(
        crossTable(
          perCase.map((c) => c[a]),
          perCase.map((c) => c[b]),
          categories,
        ),
      )
  const ks = tables.map((t) => kappa(t, v))
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
  const values = ks.map((x) => x.value)
  return {
    value: values.some((x) => x === null) ? null : mean(values as number[]),
    observed: mean(ks.map((x) => x.observed)),
    expected: mean(ks.map((x) => x.expected)),
    rowMarginals: ks[0].rowMarginals,
    colMarginals: ks[0].colMarginals,
    method: m === 2 ? 'cohen' : 'light',
  }
}

export function panelAgreement(ratings: Rating[], grades: string[]): AgreementReport {
  if (grades.length < 2) throw new EngineError('bad-request', '等次至少需要两个（从低到高，如 不合格,合格,良好,优秀）')
  if (new Set(grades).size !== grades.length) throw new EngineError('bad-request', `等次有重复：${grades.join(',')}`)
  const gradeIndex = new Map(grades.map((g, i) => [g, i]))
  const byCase = new Map<string, Rating[]>()
  for (const r of ratings) {
    const where = r.line !== undefined ? `第 ${r.line} 行：` : ''
    if (!gradeIndex.has(r.grade)) throw new EngineError('unusable-input', `${where}等次“${r.grade}”不在 --grades 列出的等次中（${grades.join('、')}）`)
    if (!Number.isFinite(r.score)) throw new EngineError('unusable-input', `${where}得分不是数值`)
    const list = byCase.get(r.case) ?? []
    if (list.some((x) => x.reviewer === r.reviewer)) throw new EngineError('unusable-input', `${where}评查人 ${r.reviewer} 对案卷 ${r.case} 有两条评分`)
    list.push(r)
    byCase.set(r.case, list)
  }
  const counts = new Map<number, number>()
  for (const list of byCase.values()) if (list.length >= 2) counts.set(list.length, (counts.get(list.length) ?? 0) + 1)
  const m = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0]
  const skipped: AgreementReport['skipped'] = []
  const cases: Rating[][] = []
  for (const [id, list] of [...byCase].sort((a, b) => compareCodePoints(a[0], b[0]))) {
    if (list.length === m) cases.push([...list].sort((a, b) => compareCodePoints(a.reviewer, b.reviewer)))
    else skipped.push({ case: id, ratings: list.length, reason: list.length < 2 ? '只有一名评查人评分' : `有 ${list.length} 名评查人评分，其余案卷为 ${m} 名` })
  }
  if (m === undefined || cases.length < 2) throw new EngineError('unusable-input', `至少需要 2 卷由两名以上评查人分别评分的案卷，现有 ${cases.length} 卷`)

  const reviewers = [...new Set(cases.flat().map((r) => r.reviewer))].sort(compareCodePoints)
  const crossed = cases.every((c) => c.length === reviewers.length)
  const r = grades.length
  const gi = (x: Rating) => gradeIndex.get(x.grade)!
  const weights: Record<WeightScheme, number[][]> = { linear: disagreementWeights(r, 'linear'), quadratic: disagreementWeights(r, 'quadratic') }

  const perCase = cases.map((c) => c.map(gi))
  const k = designKappa(perCase, r, crossed)
  const kw = { linear: designKappa(perCase, r, crossed, weights.linear).value, quadratic: designKappa(perCase, r, crossed, weights.quadratic).value }
  const method = k.method
  const percent = 100 * k.observed
  const icc = iccA1(cases.map((c) => c.map((x) => x.score)))
  const marginals = grades.map((g) => ({ grade: g, count: cases.flat().filter((x) => x.grade === g).length }))
  const { model: _m, value: _v, ci95: _c, ...iccDetail } = icc
  return {
    n: cases.length,
    raters: reviewers.length,
    perCase: m,
    design: crossed ? 'crossed' : 'panel',
    kappaMethod: method,
    percentAgreement: percent,
    kappa: k.value,
    weightedKappa: kw,
    icc: { model: 'A,1', value: icc.value, ci95: icc.ci95 },
    marginals,
    chanceAgreement: k.expected,
    bands: {
      system: { kappa: LANDIS_KOCH_NAME, icc: KOO_LI_NAME },
      kappa: k.value === null ? null : landisKoch(k.value),
      weightedKappaQuadratic: kw.quadratic === null ? null : landisKoch(kw.quadratic),
      icc: icc.value === null ? null : kooLi(icc.value),
      iccCi95: icc.ci95 ? [kooLi(icc.ci95[0]), kooLi(icc.ci95[1])] : null,
    },
    skipped,
    iccDetail,
  }
}
