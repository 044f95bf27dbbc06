import type { DocType } from './documents'
import type { Evidence } from './evidence'

/** Finding kinds of the CLI/JSON contract. Use exactly these codes. */
export const FINDING_KINDS = [
  'missing-document',
  'missing-field',
  'citation-nonexistent',
  'citation-wrong-law',
  'citation-outdated',
  'amount-out-of-range',
  'date-order',
  'deadline',
  'inconsistency',
  'officers',
  'manual',
  // The cited article exists but its text does not speak of what the document cites it for (shared/check/kinds/citation.ts).
  'citation-mismatch',
] as const

export type FindingKind = (typeof FINDING_KINDS)[number]

/** The legal source of the rule a finding applies. */
export interface LegalBasis {
  /** Full law title, e.g. 中华人民共和国行政处罚法. */
  law?: string
  /** e.g. 第五十八条第一款. */
  provision?: string
  quote?: string
  /** Procedure-rule id of ../domain/procedure-rules.md, e.g. P-14. */
  ruleId?: string
}

/**
 * - open: the machine found a defect it is sure of.
 * - verify: the defect rests on low-confidence OCR text or a heuristic; a person must confirm it.
 * - undetermined: the check could not decide (reason in message); never a silent pass.
 */
export type FindingStatus = 'open' | 'verify' | 'undetermined'

export interface Finding {
  /** Stable inside a case across re-checks: derived from item, kind and evidence. */
  id: string
  kind: FindingKind
  itemId: string
  docTypes: DocType[]
  field?: string
  message: string
  /** Points the machine proposes to deduct (0 for undetermined and manual). */
  deduction: number
  /** For 视情况扣 items: the range a reviewer picks from. */
  deductionRange?: [number, number]
  status: FindingStatus
  /** The finding is a veto item (一票否决). */
  veto?: boolean
  basis?: LegalBasis
  evidence: Evidence[]
}

/** What one rubric item came to on one case. */
export type ItemStatus = 'pass' | 'fail' | 'undetermined' | 'manual' | 'not-applicable'

export interface ItemResult {
  itemId: string
  status: ItemStatus
  /** Why, for pass / undetermined / not-applicable, in Chinese. */
  reason?: string
  findingIds: string[]
}

export type DecisionAction = 'accept' | 'reject' | 'adjust'

/** A reviewer's decision on a finding, or a manual score of an item. Kept with who and when. */
export interface Decision {
  findingId?: string
  itemId?: string
  action: DecisionAction
  /** For adjust (and manual items): the points to deduct instead of the machine's proposal. */
  points?: number
  comment?: string
  reviewer: string
  /** ISO timestamp. */
  at: string
}
