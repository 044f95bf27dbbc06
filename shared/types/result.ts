import type { DocType } from './documents'
import type { Finding, ItemResult } from './findings'
import type { IngestError } from './ingest'
import type { Procedure } from './facts'
import type { VetoEffect } from './rubric'

export interface ItemScore {
  itemId: string
  title: string
  /** Path of section titles from the root, e.g. ["内容标准", "调查取证"]. */
  path: string[]
  points: number
  deducted: number
  score: number
  /** The reviewer has not yet scored a manual or range item: the score is provisional. */
  pending: boolean
  /** A 加分项: `score` is the points awarded, `deducted` stays 0. */
  bonus?: boolean
}

export interface SectionScore {
  id: string
  title: string
  points: number
  deducted: number
  score: number
}

export interface CaseScore {
  total: number
  grade: string
  vetoed: boolean
  vetoItems: string[]
  /** The rubric's veto effect, when the case is vetoed. */
  vetoEffect?: VetoEffect
  /** Veto items that rest on unconfirmed findings or wait for a reviewer: the case may still be vetoed. */
  vetoPending?: string[]
  sections: SectionScore[]
  items: ItemScore[]
  bonus: number
  /** 待处理: items still waiting for a reviewer (manual, range, verify, undetermined), as shared/score/pending.ts counts them. */
  pending: number
  /**
   * Set when the case cannot be graded (无法评分): no readable document of the rubric's kind. The reason, in Chinese;
   * `grade` is then 无法评分, `total` 0 and no item is scored — such a case counts in no average, band or rate.
   */
  ungradable?: string
}

export interface DocumentSummary {
  type: DocType
  files: { path: string; pages: number[] }[]
  confidence: number
}

/** One case in `pingcha check --json` (the CLI contract of the architecture guide). */
export interface CaseResult {
  case: { folder: string; caseNumber: string | null; party: string | null; procedure: Procedure }
  rubric: { id: string; version: string }
  /** 0 with grade 无法评分 when the case cannot be graded (scoreDetail.ungradable says why). */
  score: number
  grade: string
  vetoed: boolean
  documents: DocumentSummary[]
  findings: Finding[]
  items: ItemResult[]
  scoreDetail: CaseScore
  errors: IngestError[]
  /** Engine version and calendar/law data versions the result rests on. */
  provenance: { engine: string; laws?: string; calendar?: string; checkedAt: string }
}
