import type { CaseScore, Decision, Finding, ItemResult, Rubric } from '../types'
import { notImplemented } from '../errors'

export const READY = false

/** Score a case as a panel does: veto, per-item deductions capped at the item, section floors at 0, grade bands; reviewer decisions override machine findings. */
export function scoreCase(_rubric: Rubric, _items: ItemResult[], _findings: Finding[], _decisions: Decision[]): CaseScore {
  return notImplemented('评分 (score)')
}
