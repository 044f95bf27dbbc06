import type { CaseDocument, CaseFacts, Finding, ItemResult, Rubric } from '../types'
import type { LawLookup } from '../law/types'
import type { Calendar } from '../calendar/types'
import { notImplemented } from '../errors'

export const READY = false

export interface CheckContext {
  laws: LawLookup
  calendar: Calendar
}

export interface CheckOutput {
  findings: Finding[]
  items: ItemResult[]
}

/** Apply every item of a rubric (veto, points, bonus) to a case's facts. */
export function checkCase(_facts: CaseFacts, _documents: CaseDocument[], _rubric: Rubric, _ctx: CheckContext): CheckOutput {
  return notImplemented('规则检查 (check)')
}
