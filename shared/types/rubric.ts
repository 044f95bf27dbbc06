import type { DocType } from './documents'
import type { FindingKind, LegalBasis } from './findings'

/**
 * An evaluation rubric (评查标准), loaded from rubrics/*.yaml. Rubrics are data: validated, never evaluated.
 * The full schema and validator live in shared/rubric/.
 */

export type VetoEffect =
  | 'zero' // total becomes 0
  | 'fail' // 不合格, not scored further
  | 'cap_grade' // may pass, cannot be graded above cap (e.g. not 优秀)

export type Deduction =
  | { form: 'per-occurrence'; each: number } // 每处扣X分, capped at the item (扣完为止)
  | { form: 'per-element'; each: number } // 缺一项扣X分
  | { form: 'whole' } // 扣全分
  | { form: 'range'; min: number; max: number } // 视情况扣min-max分: machine proposes, reviewer decides

export interface CheckSpec {
  /** A check kind implemented once in code (shared/check/kinds/), catalogued in shared/check/kinds.ts. */
  kind: string
  params?: Record<string, unknown>
}

export interface RubricItem {
  id: string
  title: string
  points: number
  deduction: Deduction
  check: CheckSpec
  /** Finding kind this item reports, when the check kind can report several. */
  findingKind?: FindingKind
  docTypes?: DocType[]
  /** 整改措施 text for the rectification ledger. */
  remediation?: string
  basis?: LegalBasis
  /** Where the item comes from in the published standard, e.g. "S1 卷面标准 第2项". */
  source?: string
}

export interface VetoItem {
  id: string
  title: string
  check: CheckSpec
  remediation?: string
  basis?: LegalBasis
  /** Where the item comes from in the published standard. */
  source?: string
}

export interface RubricSection {
  id: string
  title: string
  points: number
  sections?: RubricSection[]
  items?: RubricItem[]
}

export interface GradeBand {
  name: string
  /** Inclusive lower bound. */
  min: number
}

export interface Rubric {
  id: string
  name: string
  version: string
  sector: string
  /** Published standard this rubric follows, and where it departs from it. */
  source: string
  departures?: string
  appliesTo: '行政处罚' | '行政许可'
  veto: { effect: VetoEffect; capGrade?: string; items: VetoItem[] }
  sections: RubricSection[]
  /** 加分项: awarded only by a reviewer, capped at `max`; the total stays capped at `total` unless `exceedTotal`. */
  bonus?: { max: number; items: RubricItem[]; exceedTotal?: boolean }
  /** Highest first. */
  grades: GradeBand[]
  total: number
  /** How a unit (被评查单位) is graded from its cases: the average score in the same bands, ranked by average then total (S12). */
  unitGrading?: UnitGrading
}

export interface UnitGrading {
  by: 'average'
  /** Ranking keys in order; the default is average, then total. */
  rankBy: ('average' | 'total')[]
  /** A vetoed case counts in the average with its score (0); false leaves it out of the average but still counts it as 不合格. */
  vetoedInAverage: boolean
}

export interface RubricSummary {
  id: string
  name: string
  version: string
  sector: string
  appliesTo: Rubric['appliesTo']
  file: string
}
