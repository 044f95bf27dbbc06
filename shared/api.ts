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

export interface AppInfo {
  name: string
  version: string
  /** Where projects are stored by default. */
  dataDir: string
  /** Sample cases shipped with the app. */
  samplesDir: string | null
  transport: 'ipc' | 'http'
  /** Pipeline stages and whether each is built yet, so the UI can say what it cannot do. */
  capabilities: Record<'ingest' | 'ocr' | 'segment' | 'extract' | 'check' | 'score' | 'export', boolean>
}

export interface RubricValidation {
  ok: boolean
  errors: { file: string; line: number | null; field: string; message: string }[]
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

/** Method name → request and response. Add a method here, then in the engine service; both transports follow. */
export interface ApiMethods {
  'app.info': { req: void; res: AppInfo }
  'settings.get': { req: void; res: Settings }
  'settings.set': { req: Partial<Settings>; res: Settings }
  /** The OCR cache: where it is and how big; clearing it only costs re-OCR time. */
  'cache.info': { req: void; res: { dir: string; bytes: number; files: number } }
  'cache.clear': { req: void; res: { dir: string; bytes: number; files: number } }

  'project.list': { req: void; res: ProjectInfo[] }
  'project.create': {
    req: { name: string; rubricId: string; agencies: string[]; reviewers: string[]; samplingRatio: number | null; dbPath?: string }
    res: ProjectInfo
  }
  'project.open': { req: { dbPath: string }; res: ProjectInfo }

  /** Starts importing and checking case folders; progress arrives as events with the returned jobId. */
  'case.import': { req: { projectId: string; folders: string[] }; res: { jobId: string } }
  'job.cancel': { req: { jobId: string }; res: { cancelled: boolean } }
  'job.status': { req: { jobId: string }; res: JobStatus }
  'case.list': { req: { projectId: string }; res: CaseRow[] }
  'case.get': { req: { projectId: string; caseId: number }; res: CaseDetail }
  /** Re-run the checks on a stored case (after a rubric change). */
  'case.recheck': { req: { projectId: string; caseId: number }; res: CaseDetail }
  /** The bytes of one case file, for the viewer. */
  'case.file': { req: { projectId: string; caseId: number; path: string }; res: { mime: string; base64: string } }

  'finding.decide': {
    req: { projectId: string; caseId: number; decision: Omit<Decision, 'at'> }
    res: { score: CaseScore; decisions: Decision[] }
  }

  'rubric.list': { req: void; res: RubricSummary[] }
  'rubric.get': { req: { id: string }; res: { rubric: Rubric | null; source: string; validation: RubricValidation } }
  'rubric.validate': { req: { text: string; file?: string }; res: RubricValidation }

  'ledger.list': { req: { projectId: string }; res: LedgerEntry[] }
  'ledger.update': { req: { projectId: string; entry: LedgerEntry }; res: LedgerEntry }
  /** The 整改台账 as exported: every problem that stands after review, with its editable entry. */
  'ledger.table': { req: { projectId: string }; res: LedgerTable }

  'export.run': {
    req: { projectId: string; kind: ExportKind; caseIds: number[] | 'all'; outDir?: string }
    res: { files: string[] }
  }

  /** Native folder picker in Electron; in the browser the UI asks for a path instead. */
  'dialog.pickFolders': { req: { multiple: boolean }; res: string[] }
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

/** An error that crosses the bridge: a code and a message for a person. */
export interface ApiError {
  code: 'bad-request' | 'not-found' | 'not-implemented' | 'unusable-input' | 'internal'
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
  'case.import',
  'job.cancel',
  'job.status',
  'case.list',
  'case.get',
  'case.recheck',
  'case.file',
  'finding.decide',
  'rubric.list',
  'rubric.get',
  'rubric.validate',
  'ledger.list',
  'ledger.update',
  'ledger.table',
  'export.run',
  'dialog.pickFolders',
] as const

export class EngineError extends Error {
  constructor(
    public code: ApiError['code'],
    message: string,
  ) {
    super(message)
    this.name = 'EngineError'
  }
}
