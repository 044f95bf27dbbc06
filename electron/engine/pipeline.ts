import type { CaseDocument, CaseFacts, CaseResult, IngestResult, Progress, Rubric } from '../../shared/types'
import type { LawLookup } from '../../shared/law/types'
import type { Calendar } from '../../shared/calendar/types'
import { notImplemented } from '../../shared/errors'

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

/** One case folder through the whole pipeline: ingest → segment → extract → check → score. */
export async function checkFolder(_folder: string, _opts: CheckFolderOptions): Promise<CheckFolderOutput> {
  return notImplemented('checkFolder')
}
