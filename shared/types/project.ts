import type { Decision, Finding } from './findings'
import type { CaseResult, CaseScore } from './result'
import type { CaseDocument } from './documents'

export interface ProjectInfo {
  id: string
  name: string
  /** Absolute path of the project's SQLite file. */
  dbPath: string
  rubricId: string
  /** The rubric version the project uses; null for a project made before versions were recorded (it uses the app's own). */
  rubricVersion?: string | null
  /** The copy of its rubric the project keeps and checks with, and how it stands against the rubric library. */
  rubric?: ProjectRubric | null
  agencies: string[]
  reviewers: string[]
  /** 抽查比例, 0–1. */
  samplingRatio: number | null
  createdAt: string
}

/**
 * The rubric a project uses: its own copy, kept in the project's database when it was created (or, for an older
 * project, when it was first opened, or when a reviewer switched it). Checking, scoring and exports use the copy.
 */
export interface ProjectRubric {
  id: string
  /** The rubric's name as it reads (评查标准名称). */
  name: string
  version: string
  sha256: string
  /** created: at creation; recorded: the version the project recorded; fallback: the rubric it was in fact checked with; switched: chosen by a reviewer. */
  origin: 'created' | 'recorded' | 'fallback' | 'switched'
  /** What a reviewer should know about how the copy was taken (fallback), in Chinese. */
  note: string | null
  storedAt: string
  /**
   * The library's file of the same id and version: the same text, a changed text (the project keeps its copy), or
   * none (it left the library; the project keeps its copy).
   */
  library: 'same' | 'changed' | 'absent'
  /** Newer versions of the same rubric in the library, oldest first: what the project could switch to. */
  newer: string[]
  /** Why the copy cannot be used by this version of the app (its rules no longer validate), in Chinese; null when usable. */
  unusable?: string | null
}

export type CaseStatus = '待评查' | '评查中' | '已完成'

export interface CaseRow {
  id: number
  folder: string
  caseNumber: string | null
  agency: string | null
  party: string | null
  status: CaseStatus
  score: number | null
  grade: string | null
  vetoed: boolean
  /** 待处理: items still waiting for a reviewer (shared/score/pending.ts), null before the case is checked; while above 0 the score is provisional. */
  pending: number | null
  /** Why the case cannot be graded (无法评分: no readable document of the rubric's kind); its score is then null. */
  ungradable?: string | null
  checkedAt: string | null
}

export interface CaseFileRow {
  id: number
  path: string
  kind: string
  pages: number
  sha256: string
}

export interface CaseDetail {
  row: CaseRow
  files: CaseFileRow[]
  documents: CaseDocument[]
  result: CaseResult | null
  decisions: Decision[]
  /** The score with reviewer decisions applied. */
  score: CaseScore | null
  findings: Finding[]
  /** Size, unit and reading rotation of every page, so a viewer can place evidence boxes (scans turned upright by OCR included). */
  pages?: PageMeta[]
  /** Present when the case is under the panel's blind double review. */
  panel?: import('./panel').PanelCase
}

export interface PageMeta {
  file: string
  page: number
  width: number
  height: number
  unit: 'pt' | 'px'
  /** Degrees (clockwise) the page image was turned to read it upright; evidence boxes refer to the upright page. */
  rotation: number
}

export interface LedgerEntry {
  id: number
  caseId: number
  findingId: string
  /** Editable columns of 整改台账. */
  deadline: string | null // 整改时限
  owner: string | null // 整改责任人
  progress: string | null // 整改情况
  /**
   * How many times the entry was saved; a write names the version it was based on (0: no entry yet) and is refused
   * when someone saved it meanwhile. Stored entries always carry it.
   */
  version?: number
}

export interface Settings {
  reviewer: string
  cacheDir: string
  ocrThreads: number
  recentProjects: string[]
}

/** Everything the exports need from a review project, read from its database in one go. */
export interface ReviewSnapshot {
  project: ProjectInfo
  rubric: import('./rubric').Rubric
  cases: {
    row: CaseRow
    result: CaseResult | null
    decisions: Decision[]
    /** With decisions applied. */
    score: CaseScore | null
  }[]
  ledger: LedgerEntry[]
  /** ISO date of the export. */
  date: string
  /** The review panel, when the project has a roster or a draw: what the bulletin may say about it. */
  panel?: PanelFacts
}

/** The panel as the exports tell it: roster, the project's draw, the double-reviewed cases and their agreement. */
export interface PanelFacts {
  members: import('./panel').PanelMember[]
  /** The latest draw of the project (its 抽取记录); null when none was made. */
  draw: import('./panel').DrawRecord | null
  cases: import('./panel').PanelCase[]
  /** 分差阈值 T of the project. */
  threshold: number
  agreement: import('../panel').AgreementReport | null
  agreementNote: string | null
  decisionAgreement?: import('./panel').PanelOverview['decisionAgreement']
}
