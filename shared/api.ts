/**
 * The engine API contract: the one way the renderer talks to the engine.
 * In Electron it travels over IPC (preload bridge, channel "pingcha:call"); in a browser over the
 * loopback HTTP bridge of `pingcha serve` (POST /api/<method>, events via Server-Sent Events on /api/events).
 * Every request and response is plain JSON (binary data as base64).
 */
import type { CaseDetail, CaseRow, LedgerEntry, ProjectInfo, Settings } from './types/project'
import type { Decision } from './types/findings'
import type { IngestError, Progress } from './types/ingest'
import type { Rubric, RubricSummary } from './types/rubric'
import type { CaseScore } from './types/result'
import type { DrawRecord, PanelCase, PanelComparison, PanelMember, PanelOverview, PanelSettings } from './types/panel'
import type { REQUEST_SCHEMAS, RequestOf as Req } from './requests'
import type { LawDataCurrency, LawImportPreview, UserLawSummary } from './law/user-layer'

export interface AppInfo {
  name: string
  version: string
  /** Where projects are stored by default. */
  dataDir: string
  /** Sample cases shipped with the app. */
  samplesDir: string | null
  transport: 'ipc' | 'http'
}

export interface RubricValidation {
  ok: boolean
  errors: { file: string; line: number | null; field: string; message: string }[]
}

/** A file of the rubric library that cannot be used (malformed, too large, unreadable, an id already taken), with why. */
export interface InvalidRubric {
  /** Where the file is; `rubric.get` also takes its file name. */
  file: string
  /** What is wrong, with line numbers where known. */
  errors: RubricValidation['errors']
}

/** One version of a rubric of the library (a rubric is known by id and version). */
export interface RubricVersion extends RubricSummary {
  /** Came with the app (rubrics/), or was saved in the app as a new version (the user's rubric folder). */
  builtIn: boolean
  /** The highest version of its id: the one a new project uses. */
  newest: boolean
}

/** The rubric library: the rubrics that can be used, and the files that cannot (listed, never used). */
export interface RubricLibrary {
  /** The newest version of each rubric: what a new project uses. */
  rubrics: RubricSummary[]
  /** Every usable version of every rubric, grouped by id, oldest version first. */
  versions: RubricVersion[]
  invalid: InvalidRubric[]
}

/** A rubric version and the projects that use it (of the projects the app knows: its recent ones). */
export interface RubricUsage {
  id: string
  version: string
  projects: { id: string; name: string; dbPath: string }[]
}

/** One row of the 整改台账: the exported columns' values and the editable entry behind 整改时限/责任人/情况. */
export interface LedgerTableRow {
  caseId: number
  findingId: string
  values: string[]
  entry: LedgerEntry | null
}
export interface LedgerTable {
  columns: string[]
  rows: LedgerTableRow[]
}

export type ExportKind = 'score-sheet' | 'opinion' | 'report' | 'ledger-docx' | 'ledger-xlsx'

/**
 * Method name → request and response. Request types are derived from the request schemas (shared/requests.ts),
 * which every call passes before it reaches the engine. Add a method here, its schema there, then the engine
 * service; both transports follow.
 */
export interface ApiMethods {
  'app.info': { req: Req<'app.info'>; res: AppInfo }
  'settings.get': { req: Req<'settings.get'>; res: Settings }
  /** cacheDir must lie inside the app's data folder or be a new or empty folder (or already the cache). */
  'settings.set': { req: Req<'settings.set'>; res: Settings }
  /** The OCR cache: where it is and how big; clearing it only costs re-OCR time (only the cache's own entries are deleted). */
  'cache.info': { req: Req<'cache.info'>; res: { dir: string; bytes: number; files: number } }
  'cache.clear': { req: Req<'cache.clear'>; res: { dir: string; bytes: number; files: number } }

  'project.list': { req: Req<'project.list'>; res: ProjectInfo[] }
  /** rubricId names a rubric of the library; dbPath (absolute, a new file) is where the user chose to keep the project. */
  'project.create': { req: Req<'project.create'>; res: ProjectInfo }
  /** Refuses a file that is not a Pingcha project before touching it. */
  'project.open': { req: Req<'project.open'>; res: ProjectInfo }
  /**
   * Switch the project to another rubric version of the library (the only way its rubric changes): the project keeps a
   * copy of it, the audit trail records who switched, and its cases are checked again in a job (jobId; null without
   * cases), each reviewer decision kept where its finding is found again.
   */
  'project.setRubric': { req: Req<'project.setRubric'>; res: { project: ProjectInfo; jobId: string | null; cases: number } }

  /** Starts importing and checking case folders; progress arrives as events with the returned jobId. */
  'case.import': { req: Req<'case.import'>; res: { jobId: string } }
  'job.cancel': { req: Req<'job.cancel'>; res: { cancelled: boolean } }
  'job.status': { req: Req<'job.status'>; res: JobStatus }
  'case.list': { req: Req<'case.list'>; res: CaseRow[] }
  'case.get': { req: Req<'case.get'>; res: CaseDetail }
  /** Re-run the checks on a stored case (after a rubric change). */
  'case.recheck': { req: Req<'case.recheck'>; res: CaseDetail }
  /** Sets the case's 执法单位 (the 意见书's addressee, the report's grouping) when it was not read from the file. */
  'case.setAgency': { req: Req<'case.setAgency'>; res: CaseRow }
  /** The bytes of one case file recorded at ingest (path as in CaseDetail.files), for the viewer. */
  'case.file': { req: Req<'case.file'>; res: { mime: string; base64: string } }

  'finding.decide': { req: Req<'finding.decide'>; res: { score: CaseScore; decisions: Decision[] } }

  /** Every usable rubric, and every file of the library that is not one, with its errors. */
  'rubric.list': { req: Req<'rubric.list'>; res: RubricLibrary }
  'rubric.get': { req: Req<'rubric.get'>; res: { rubric: Rubric | null; source: string; validation: RubricValidation } }
  'rubric.validate': { req: Req<'rubric.validate'>; res: RubricValidation }
  /**
   * Save an edited rubric under the id and version its text gives, into the user's rubric folder. Refused with the
   * errors when the text is invalid, and when that id and version exist already: a version is never changed.
   */
  'rubric.save': { req: Req<'rubric.save'>; res: RubricVersion }
  /** Which projects use which rubric version. */
  'rubric.usage': { req: Req<'rubric.usage'>; res: RubricUsage[] }

  'ledger.list': { req: Req<'ledger.list'>; res: LedgerEntry[] }
  'ledger.update': { req: Req<'ledger.update'>; res: LedgerEntry }
  /** The 整改台账 as exported: every problem that stands after review, with its editable entry. */
  'ledger.table': { req: Req<'ledger.table'>; res: LedgerTable }

  /** outDir (absolute) is a folder the user chose; existing files are never overwritten. */
  'export.run': { req: Req<'export.run'>; res: { files: string[] } }

  /** The review panel: roster, settings, draws with their assignment, cases under double review, agreement. */
  'panel.get': { req: Req<'panel.get'>; res: PanelOverview }
  'panel.member.save': { req: Req<'panel.member.save'>; res: PanelMember }
  /** Refused for a person who was assigned a case or made a decision. */
  'panel.member.remove': { req: Req<'panel.member.remove'>; res: PanelMember[] }
  'panel.settings.set': { req: Req<'panel.settings.set'>; res: PanelSettings }
  /** Draws (抽取) and stores the 抽取记录, write-once. */
  'panel.draw': { req: Req<'panel.draw'>; res: DrawRecord }
  /** Assigns reviewers to a draw's picks (回避, declared conflicts, load balance; overrides with reasons), write-once. */
  'panel.assign': { req: Req<'panel.assign'>; res: DrawRecord }
  /** The 抽取记录 as DOCX, with lines for witnesses' signatures; existing files are never overwritten. */
  'panel.exportDraw': { req: Req<'panel.exportDraw'>; res: { files: string[] } }
  /** 提交: a reviewer closes their review of a case. */
  'panel.submit': { req: Req<'panel.submit'>; res: PanelCase }
  /** The reviews side by side: refused until every reviewer of the case has submitted. */
  'panel.compare': { req: Req<'panel.compare'>; res: PanelComparison }
  /** The 组长's final decisions with the reason (or a 集体评议 with dissent); the reviews stay as submitted. */
  'panel.reconcile': { req: Req<'panel.reconcile'>; res: PanelCase }

  /** Native folder picker in Electron; in the browser the UI asks for a path instead. */
  'dialog.pickFolders': { req: Req<'dialog.pickFolders'>; res: string[] }

  /** The law data: shipped version, user-layer count, newest start date per category (设置 → 法规库). */
  'laws.status': { req: Req<'laws.status'>; res: LawDataCurrency }
  /** The laws the user imported (the user layer). */
  'laws.list': { req: Req<'laws.list'>; res: UserLawSummary[] }
  /** Read and parse law files (DOCX, text PDF, TXT, HTML, a shared .json) and say what importing them would do; nothing is added. */
  'laws.preview': { req: Req<'laws.preview'>; res: LawImportPreview[] }
  /** Add the files previewed to the user layer (the user confirmed the parse). */
  'laws.import': { req: Req<'laws.import'>; res: { imported: number; status: LawDataCurrency } }
  'laws.remove': { req: Req<'laws.remove'>; res: { removed: boolean; status: LawDataCurrency } }
  /** Write the user layer (or some of its laws) to one new file to share; never overwrites. */
  'laws.export': { req: Req<'laws.export'>; res: { file: string; count: number } }
}

export type ApiMethod = keyof ApiMethods
export type ApiReq<M extends ApiMethod> = ApiMethods[M]['req']
export type ApiRes<M extends ApiMethod> = ApiMethods[M]['res']

export interface JobStatus {
  jobId: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  progress: Progress | null
  errors: IngestError[]
  caseIds: number[]
  message?: string
}

export type EngineEvent =
  | { type: 'progress'; progress: Progress }
  | { type: 'job'; status: JobStatus }

/**
 * An error that crosses the bridge: a code and a message for a person. `refused` is a well-formed request the review's
 * own rules decline (no reviewer named, already submitted, not this reviewer's case, an entry saved meanwhile): an
 * expected answer the UI shows, which the HTTP bridge sends as 200 rather than a failed request; a malformed request
 * stays `bad-request` (400).
 */
export interface ApiError {
  code: 'bad-request' | 'refused' | 'not-found' | 'not-implemented' | 'unusable-input' | 'internal'
  message: string
}

/** The client every renderer store uses; implemented once per transport. */
export interface EngineClient {
  call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>>
  onEvent(listener: (e: EngineEvent) => void): () => void
}

export const API_METHODS: readonly ApiMethod[] = [
  'app.info',
  'settings.get',
  'settings.set',
  'cache.info',
  'cache.clear',
  'project.list',
  'project.create',
  'project.open',
  'project.setRubric',
  'case.import',
  'job.cancel',
  'job.status',
  'case.list',
  'case.get',
  'case.recheck',
  'case.setAgency',
  'case.file',
  'finding.decide',
  'rubric.list',
  'rubric.get',
  'rubric.validate',
  'rubric.save',
  'rubric.usage',
  'ledger.list',
  'ledger.update',
  'ledger.table',
  'export.run',
  'dialog.pickFolders',
  'laws.status',
  'laws.list',
  'laws.preview',
  'laws.import',
  'laws.remove',
  'laws.export',
  'panel.get',
  'panel.member.save',
  'panel.member.remove',
  'panel.settings.set',
  'panel.draw',
  'panel.assign',
  'panel.exportDraw',
  'panel.submit',
  'panel.compare',
  'panel.reconcile',
] as const

// Every method of the contract has a request schema, and every schema a method.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const SCHEMAS_COVER_THE_CONTRACT: SameKeys<keyof typeof REQUEST_SCHEMAS, ApiMethod> = true
export const EXPORT_KINDS_AGREE: SameKeys<Req<'export.run'>['kind'], ExportKind> = true

export class EngineError extends Error {
  constructor(
    public code: ApiError['code'],
    message: string,
  ) {
    super(message)
    this.name = 'EngineError'
  }
}
