import type { ExportKind } from '../../../shared/api'
import type { ReviewSnapshot } from '../../../shared/types'
import { notImplemented } from '../../../shared/errors'

export const READY = false

/** Write the documents of one kind for the chosen cases of a review project; returns the files written. */
export async function exportDocuments(_snapshot: ReviewSnapshot, _kind: ExportKind, _outDir: string): Promise<string[]> {
  return notImplemented('文书导出 (export)')
}
