/**
 * When two (or more) blind reviews of a case must be reconciled by the 组长: the grades differ, the totals differ by
 * more than T points (default 5, a project setting), or one reviewer upheld a veto (一票否决) and another did not.
 * Each reason comes with its message; no reason means the reviews may be merged without a decision.
 */
import { EngineError } from '../errors'

export interface ReviewSummary {
  reviewer: string
  score: number
  grade: string
  vetoed: boolean
}

export interface DisagreementFlag {
  kind: 'grade' | 'score' | 'veto'
  message: string
}

export const DEFAULT_SCORE_GAP = 5

const fmt = (x: number) => String(Math.round(x * 100) / 100)

export function disagreementFlags(reviews: ReviewSummary[], threshold = DEFAULT_SCORE_GAP): DisagreementFlag[] {
  if (!Number.isFinite(threshold) || threshold < 0) throw new EngineError('bad-request', `分差阈值应为不小于 0 的数，现为 ${threshold}`)
  if (reviews.length < 2) return []
  const flags: DisagreementFlag[] = []
  const list = (f: (r: ReviewSummary) => string) => reviews.map((r) => `${r.reviewer} ${f(r)}`).join('，')
  if (new Set(reviews.map((r) => r.grade)).size > 1) flags.push({ kind: 'grade', message: `等次不同：${list((r) => r.grade)}` })
  const scores = reviews.map((r) => r.score)
  const gap = Math.max(...scores) - Math.min(...scores)
  if (gap > threshold) flags.push({ kind: 'score', message: `总分相差 ${fmt(gap)} 分，超过 ${fmt(threshold)} 分：${list((r) => `${fmt(r.score)} 分`)}` })
  const vetoes = reviews.filter((r) => r.vetoed).length
  if (vetoes > 0 && vetoes < reviews.length) flags.push({ kind: 'veto', message: `一票否决认定不一致：${list((r) => (r.vetoed ? '认定否决' : '未认定否决'))}` })
  return flags
}
