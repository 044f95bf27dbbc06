import type { IngestResult, Progress } from '../../../shared/types'
import { notImplemented } from '../../../shared/errors'

export const READY = false

export interface IngestOptions {
  /** Where OCR results are cached by content hash. */
  cacheDir?: string
  /** OCR worker threads; default: one per core. */
  threads?: number
  signal?: AbortSignal
  onProgress?: (p: Omit<Progress, 'jobId'>) => void
}

/** A case folder (recursive) or one file → pages of positioned text lines. Bad files become per-file errors. */
export async function ingest(_path: string, _opts: IngestOptions = {}): Promise<IngestResult> {
  return notImplemented('案卷读取 (ingest)')
}
