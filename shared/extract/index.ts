import type { CaseDocument, CaseFacts, DocFacts } from '../types'
import { notImplemented } from '../errors'

export const READY = false

/** Facts of one document, each with its evidence. */
export function extractDocFacts(_doc: CaseDocument): DocFacts {
  return notImplemented('要素提取 (extract)')
}

/** Facts of a whole case: every document's facts plus the case-level summary (procedure, case number, party). */
export function extractCase(_folder: string, _docs: CaseDocument[]): CaseFacts {
  return notImplemented('要素提取 (extract)')
}
