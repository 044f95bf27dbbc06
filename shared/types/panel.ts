/**
 * The review panel of a project (评查组): its roster, the draw (抽取) with its record, the assignment of reviewers,
 * blind double review and the 组长's reconciliation. Pure types; the logic is in shared/panel, the storage in the
 * project's SQLite file.
 */
import type { AgreementReport, DisagreementFlag, Draw, PanelRole, Strata } from '../panel'
import type { Decision } from './findings'

export type { PanelRole } from '../panel'

/** One person of the project's roster. */
export interface PanelMember {
  id: number
  name: string
  /** 所在单位: a reviewer never reviews a case of their own agency (回避). */
  agency: string
  role: PanelRole
  /** Agencies, units or case numbers the person declared a conflict with (利害关系). */
  conflicts: string[]
}

/** The panel's settings of a project (defaults: 10 %, at least 3 per unit, by unit, T = 5 points, 2 reviewers). */
export interface PanelSettings {
  /** 抽取比例, in (0, 1]. */
  rate: number
  /** 每单位最少抽取数. */
  min: number
  by: Strata
  /** 分差阈值 T: totals further apart than this are reconciled by the 组长. */
  threshold: number
  /** Reviewers per drawn case, 1–3. */
  perCase: number
}

/** One reviewer's place on a drawn case. */
export interface AssignedReviewer {
  memberId: number
  name: string
  agency: string
}

export interface StoredAssignment {
  /** The case number (or folder name) as the frame lists it. */
  case: string
  unit: string
  reviewers: AssignedReviewer[]
  /** Present when the organiser chose the reviewers, with why. */
  override?: { reason: string }
}

/** The assignment of a draw, kept with who made it and when. */
export interface AssignmentRecord {
  seed: string
  perCase: number
  rosterSha256: string
  assignedBy: string
  assignedAt: string
  assignments: StoredAssignment[]
}

/** The 抽取记录: stored once, never changed. */
export interface DrawRecord {
  id: number
  /** Who entered the seed and drew (a roster member's name). */
  drawnBy: string
  drawnAt: string
  /** 单位报送的案卷目录 (its file name) or 已导入的案卷. */
  frameSource: string
  appVersion: string
  draw: Draw
  assignment: AssignmentRecord | null
}

/** One reviewer's review of a case as the panel sees it. */
export interface ReviewState {
  memberId: number
  name: string
  agency: string
  /** ISO time of 提交; null while the reviewer is still working. */
  submittedAt: string | null
  /** Known once submitted (score of that reviewer's own decisions). */
  score: number | null
  grade: string | null
  vetoed: boolean | null
}

export type ReconcileMethod = '组长裁定' | '集体评议'

/** The 组长's final word on a double-reviewed case; the reviewers' own decisions stay as they were. */
export interface Reconciliation {
  method: ReconcileMethod
  /** The 组长's name. */
  leader: string
  reason: string
  /** 集体评议: the dissent, recorded as said. */
  dissent: string | null
  at: string
  /** The final decision per item or finding, each with its reason. */
  items: Decision[]
  score: number | null
  grade: string | null
}

/** A project case under panel review. */
export interface PanelCase {
  caseId: number
  /** The case as the draw named it. */
  caseKey: string
  unit: string
  reviewers: ReviewState[]
  allSubmitted: boolean
  /** Why the 组长 must reconcile (empty when the reviews agree or are not all in). */
  flags: DisagreementFlag[]
  reconciliation: Reconciliation | null
}

/** A drawn and assigned case that is not (yet) among the project's imported cases. */
export interface PanelPendingCase {
  caseKey: string
  unit: string
  reviewers: AssignedReviewer[]
}

/** A double-reviewed case side by side: one column per reviewer. Only once every reviewer has submitted. */
export interface PanelComparison {
  state: PanelCase
  reviews: { memberId: number; name: string; decisions: Decision[] }[]
}

/** κ of a yes/no decision over the double-reviewed cases, with the raw agreement and the marginals beside it. */
export interface BinaryKappa {
  method: import('../panel').KappaMethod
  /** null when every rating fell in one category: κ is undefined. */
  value: number | null
  /** Landis–Koch band, null with κ. */
  band: string | null
  /** Ratings compared (case × item, or cases). */
  n: number
  /** Exact agreement, percent. */
  percentAgreement: number
  /** How many ratings said yes (deducted / upheld) and no. */
  yes: number
  no: number
}

export interface PanelOverview {
  members: PanelMember[]
  settings: PanelSettings
  /** Oldest first; the last one is the project's draw. */
  draws: DrawRecord[]
  cases: PanelCase[]
  /** Assigned cases that have not been imported. */
  pending: PanelPendingCase[]
  /** Agreement over cases every reviewer of which has submitted; null when fewer than two such cases. */
  agreement: AgreementReport | null
  /** Why agreement is null, in words. */
  agreementNote: string | null
  /** κ of the reviewers' decisions on each rubric item (deducted or not) and on the veto (upheld or not). */
  decisionAgreement: { items: BinaryKappa | null; veto: BinaryKappa | null }
  /** Per-reviewer bias: mean of (own total − final total) over reconciled cases. */
  bias: { reviewer: string; cases: number; bias: number }[]
}
