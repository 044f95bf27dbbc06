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

/** What a run produced: the reading always; the check and score when a rubric was given. */
export interface CaseRun {
  ingest: IngestResult
  documents: CaseDocument[]
  facts: CaseFacts
  result: CaseResult | null
}

type Ctx = Omit<CheckFolderOptions, 'rubric' | 'laws' | 'calendar'> & {
  rubric: Rubric | null
  laws: () => Promise<LawLookup>
  calendar: () => Calendar
}

export function summarizeDocuments(docs: CaseDocument[]): DocumentSummary[] {
  return docs.map((d) => ({ type: d.type, files: d.parts.map((p) => ({ path: p.file, pages: p.pages })), confidence: d.confidence }))
}

/** One case through every stage; without a rubric it stops after reading (documents and facts). */
export async function runCase(folder: string, ctx: Ctx): Promise<CaseRun> {
  const ing = await ingest(folder, { cacheDir: ctx.cacheDir, threads: ctx.threads, signal: ctx.signal, onProgress: ctx.onProgress })
  const stopIfCancelled = () => {
    if (ctx.signal?.aborted) throw new EngineError('bad-request', '已取消')
  }
  stopIfCancelled()
  ctx.onProgress?.({ stage: 'segment', done: 0, total: 1, current: folder })
  const documents = segmentPages(ing.pages)
  stopIfCancelled()
  ctx.onProgress?.({ stage: 'extract', done: 0, total: 1, current: folder })
  const facts = extractCase(folder, documents)
  const out: CaseRun = { ingest: ing, documents, facts, result: null }
  if (!ctx.rubric) return out
  const rubric = ctx.rubric
  stopIfCancelled()
  ctx.onProgress?.({ stage: 'check', done: 0, total: 1, current: folder })
  const laws = await ctx.laws()
  const calendar = ctx.calendar()
  const checked = checkCase(facts, documents, rubric, { laws, calendar })
  const score = scoreCase(rubric, checked.items, checked.findings, [], { documents, unreadable: ing.errors.length })
  out.result = {
    case: { folder, caseNumber: facts.caseNumber ?? null, party: facts.party ?? null, procedure: facts.procedure },
    rubric: { id: rubric.id, version: rubric.version },
    score: score.total,
    grade: score.grade,
    vetoed: score.vetoed,
    documents: summarizeDocuments(documents),
    findings: checked.findings,
    items: checked.items,
    scoreDetail: score,
    errors: ing.errors,
    provenance: { engine: ENGINE_VERSION, laws: laws.version, calendar: calendar.version, checkedAt: new Date().toISOString() },
  }
  return out
}

/** The whole pipeline: folder → ingest → segment → extract → check → score. */
export async function checkFolder(folder: string, opts: CheckFolderOptions): Promise<CheckFolderOutput> {
  const run = await runCase(folder, { ...opts, laws: async () => opts.laws, calendar: () => opts.calendar })
  return { result: run.result!, ingest: run.ingest, documents: run.documents, facts: run.facts }
}
