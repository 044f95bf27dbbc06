/** One case folder through the pipeline: ingest → segment → extract → check → score. */
import { EngineError } from '../../shared/errors'
import { segmentPages } from '../../shared/segment'
import { extractCase } from '../../shared/extract'
import { checkCase } from '../../shared/check'
import { scoreCase } from '../../shared/score'
import type { Calendar } from '../../shared/calendar/types'
import type { LawLookup } from '../../shared/law/types'
import type { CaseDocument, CaseFacts, CaseResult, DocumentSummary, IngestResult, Progress, Rubric } from '../../shared/types'
import { ingest } from './ingest'

export const ENGINE_VERSION = '0.1.0'

export interface CheckFolderOptions {
  rubric: Rubric
  laws: LawLookup
  calendar: Calendar
  cacheDir?: string
  threads?: number
  signal?: AbortSignal
  onProgress?: (p: Omit<Progress, 'jobId'>) => void
}

export interface CheckFolderOutput {
  result: CaseResult
  ingest: IngestResult
  documents: CaseDocument[]
  facts: CaseFacts
}

export type Stage = 'ingest' | 'segment' | 'extract' | 'check' | 'score'

/** What a run produced, as far as the pipeline got. `notBuilt` names the first stage that is not implemented yet. */
export interface PartialRun {
  ingest: IngestResult
  documents: CaseDocument[] | null
  facts: CaseFacts | null
  result: CaseResult | null
  notBuilt: { stage: Stage; message: string } | null
}

type Ctx = Omit<CheckFolderOptions, 'rubric' | 'laws' | 'calendar'> & {
  rubric: Rubric | null
  laws: () => Promise<LawLookup>
  calendar: () => Calendar
}

function isNotImplemented(e: unknown): e is EngineError {
  return e instanceof EngineError && e.code === 'not-implemented'
}

export function summarizeDocuments(docs: CaseDocument[]): DocumentSummary[] {
  return docs.map((d) => ({ type: d.type, files: d.parts.map((p) => ({ path: p.file, pages: p.pages })), confidence: d.confidence }))
}

/** Run as far as the built stages allow. Ingest must be built; later missing stages are reported, not faked. */
export async function runCase(folder: string, ctx: Ctx): Promise<PartialRun> {
  const ing = await ingest(folder, { cacheDir: ctx.cacheDir, threads: ctx.threads, signal: ctx.signal, onProgress: ctx.onProgress })
  const out: PartialRun = { ingest: ing, documents: null, facts: null, result: null, notBuilt: null }
  const stage = async <T>(name: Stage, fn: () => T | Promise<T>): Promise<T | null> => {
    if (out.notBuilt) return null
    if (ctx.signal?.aborted) throw new EngineError('bad-request', '已取消')
    try {
      return await fn()
    } catch (e) {
      if (isNotImplemented(e)) {
        out.notBuilt = { stage: name, message: e.message }
        return null
      }
      throw e
    }
  }
  ctx.onProgress?.({ stage: 'segment', done: 0, total: 1, current: folder })
  out.documents = await stage('segment', () => segmentPages(ing.pages))
  ctx.onProgress?.({ stage: 'extract', done: 0, total: 1, current: folder })
  out.facts = await stage('extract', () => extractCase(folder, out.documents!))
  if (!ctx.rubric) return out
  const rubric = ctx.rubric
  ctx.onProgress?.({ stage: 'check', done: 0, total: 1, current: folder })
  const laws = await stage('check', () => ctx.laws())
  const calendar = await stage('check', () => ctx.calendar())
  const checked = await stage('check', () => checkCase(out.facts!, out.documents!, rubric, { laws: laws!, calendar: calendar! }))
  const score = await stage('score', () => scoreCase(rubric, checked!.items, checked!.findings, []))
  if (checked && score && laws && calendar) {
    out.result = {
      case: { folder, caseNumber: out.facts!.caseNumber ?? null, party: out.facts!.party ?? null, procedure: out.facts!.procedure },
      rubric: { id: rubric.id, version: rubric.version },
      score: score.total,
      grade: score.grade,
      vetoed: score.vetoed,
      documents: summarizeDocuments(out.documents!),
      findings: checked.findings,
      items: checked.items,
      scoreDetail: score,
      errors: ing.errors,
      provenance: { engine: ENGINE_VERSION, laws: laws.version, calendar: calendar.version, checkedAt: new Date().toISOString() },
    }
  }
  return out
}

/** The whole pipeline; throws `not-implemented` when a stage is not built yet. */
export async function checkFolder(folder: string, opts: CheckFolderOptions): Promise<CheckFolderOutput> {
  const run = await runCase(folder, { ...opts, laws: async () => opts.laws, calendar: () => opts.calendar })
  if (run.notBuilt) throw new EngineError('not-implemented', run.notBuilt.message)
  return { result: run.result!, ingest: run.ingest, documents: run.documents!, facts: run.facts! }
}
