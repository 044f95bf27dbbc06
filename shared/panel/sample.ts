/**
 * The draw (抽取): which case files of a sampling frame (the units' 案卷目录) the panel reviews.
 *
 * Per stratum — a unit (执法单位), or a unit and case type — of N cases, n = min(N, max(min, ceil(rate × N))) are
 * drawn. Each case is ranked by rankKey(seed, unit, case) (hash.ts: SHA-256 of the UTF-8 JSON array, hex) and the n
 * smallest keys are the picks, in that order. The draw therefore depends only on the seed and the set of
 * (unit, case) pairs: not on the order of the frame, nor on the case type or other strata; adding one case to a unit
 * changes at most one pick of that unit (plus one more when n grows). rate × N is rounded to 9 decimals before the
 * ceiling, so 0.1 × 30 is 3, not 3.0000000000000004 → 4.
 *
 * Rows that cannot be drawn fairly are set aside with their reason (exclusions), never silently dropped: an empty
 * case number or unit, an empty type when strata include the type, and a case number listed twice — a repeated
 * identical row counts once; the same number with a different unit or type is ambiguous and every row of it is
 * excluded (either way the result does not depend on which row came first).
 */
import { EngineError } from '../errors'
import { canonicalSha256, compareCodePoints, rankKey } from './hash'

/** One row of the sampling frame: a case file and the unit it belongs to. */
export interface FrameRow {
  case: string
  unit: string
  type?: string
  /** Where the row came from (line or spreadsheet row), for exclusion messages. */
  line?: number
}

export type Strata = 'unit' | 'unit,type'

export interface SampleOptions {
  /** Share of each stratum drawn, in (0, 1]. */
  rate: number
  /** Smallest number drawn per stratum (a smaller stratum is drawn whole). */
  min: number
  /** Entered at the draw (摇号) and recorded; any text. */
  seed: string
  by?: Strata
}

export interface Pick {
  case: string
  /** rankKey(seed, unit, case): the drawn cases are the smallest. */
  rank: string
  type?: string
  line?: number
}

export interface Stratum {
  unit: string
  /** Present when strata are unit and type. */
  type?: string
  N: number
  n: number
  picks: Pick[]
}

export interface Exclusion {
  case: string
  unit: string
  line?: number
  reason: string
}

/** The draw as the 抽取记录 keeps it. */
export interface Draw {
  seed: string
  /** canonicalSha256 of the frame's rows as [case, unit, type] (type "" when absent), excluded rows included. */
  frameSha256: string
  rate: number
  min: number
  by: Strata
  frameSize: number
  strata: Stratum[]
  exclusions: Exclusion[]
}

/** Problems with the draw's settings, in words for the organiser; empty when they are usable. */
export function sampleOptionProblems(o: { rate: unknown; min: unknown; seed: unknown; by?: unknown }): string[] {
  const problems: string[] = []
  if (typeof o.rate !== 'number' || !Number.isFinite(o.rate) || o.rate <= 0 || o.rate > 1) problems.push(`抽取比例应为大于 0、不大于 1 的数（如 0.1 表示 10%），现为 ${String(o.rate)}`)
  if (typeof o.min !== 'number' || !Number.isInteger(o.min) || o.min < 0) problems.push(`每单位最少抽取数应为不小于 0 的整数，现为 ${String(o.min)}`)
  if (typeof o.seed !== 'string' || o.seed.trim() === '') problems.push('随机种子不能为空：请在抽取时当场输入（如摇号结果），并记入抽取记录')
  if (o.by !== undefined && o.by !== 'unit' && o.by !== 'unit,type') problems.push(`分层方式应为 unit（按单位）或 unit,type（按单位和案件类型），现为 ${String(o.by)}`)
  return problems
}

/** n = min(N, max(min, ceil(rate × N))), with rate × N rounded to 9 decimals first. */
export function stratumSize(N: number, rate: number, min: number): number {
  const share = Math.ceil(Math.round(rate * N * 1e9) / 1e9)
  return Math.min(N, Math.max(min, share))
}

const rowLabel = (r: FrameRow) => (r.line !== undefined ? `第 ${r.line} 行` : '')

export function drawSample(frame: FrameRow[], options: SampleOptions): Draw {
  const problems = sampleOptionProblems(options)
  if (problems.length) throw new EngineError('bad-request', problems.join('；'))
  const by: Strata = options.by ?? 'unit'
  const rows = frame.map((r) => ({ ...r, case: r.case.trim(), unit: r.unit.trim(), type: (r.type ?? '').trim() }))
  const exclusions: Exclusion[] = []
  const exclude = (r: FrameRow, reason: string) => exclusions.push({ case: r.case, unit: r.unit, ...(r.line !== undefined ? { line: r.line } : {}), reason })

  const byCase = new Map<string, typeof rows>()
  for (const r of rows) {
    if (r.case === '') exclude(r, '案卷编号为空')
    else if (r.unit === '') exclude(r, '执法单位为空')
    else if (by === 'unit,type' && r.type === '') exclude(r, '按单位和案件类型分层，但案件类型为空')
    else byCase.set(r.case, [...(byCase.get(r.case) ?? []), r])
  }
  const usable: typeof rows = []
  for (const [id, group] of byCase) {
    const variants = new Set(group.map((r) => JSON.stringify([r.unit, r.type])))
    if (variants.size > 1) {
      const units = [...new Set(group.map((r) => `${r.unit}${r.type ? `/${r.type}` : ''}`))].join('、')
      for (const r of group) exclude(r, `案卷编号 ${id} 出现 ${group.length} 次且单位或类型不一致（${units}），无法确定归属`)
      continue
    }
    const first = group.reduce((a, b) => ((a.line ?? 0) <= (b.line ?? 0) ? a : b))
    usable.push(first)
    for (const r of group) if (r !== first) exclude(r, `与${rowLabel(first) || '另一行'}重复`)
  }

  const strata = new Map<string, { unit: string; type?: string; picks: Pick[] }>()
  for (const r of usable) {
    const key = by === 'unit' ? JSON.stringify([r.unit]) : JSON.stringify([r.unit, r.type])
    let s = strata.get(key)
    if (!s) strata.set(key, (s = { unit: r.unit, ...(by === 'unit,type' ? { type: r.type } : {}), picks: [] }))
    s.picks.push({ case: r.case, rank: rankKey(options.seed, r.unit, r.case), ...(r.type ? { type: r.type } : {}), ...(r.line !== undefined ? { line: r.line } : {}) })
  }
  const out: Stratum[] = [...strata.values()]
    .sort((a, b) => compareCodePoints(a.unit, b.unit) || compareCodePoints(a.type ?? '', b.type ?? ''))
    .map((s) => {
      const N = s.picks.length
      const n = stratumSize(N, options.rate, options.min)
      const ranked = s.picks.sort((a, b) => compareCodePoints(a.rank, b.rank) || compareCodePoints(a.case, b.case))
      return { unit: s.unit, ...(s.type !== undefined ? { type: s.type } : {}), N, n, picks: ranked.slice(0, n) }
    })
  exclusions.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || compareCodePoints(a.case, b.case))
  return {
    seed: options.seed,
    frameSha256: canonicalSha256(rows.map((r) => [r.case, r.unit, r.type])),
    rate: options.rate,
    min: options.min,
    by,
    frameSize: frame.length,
    strata: out,
    exclusions,
  }
}
