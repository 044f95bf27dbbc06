import type { CaseDocument, Page } from '../types'
import { notImplemented } from '../errors'

export const READY = false

/** Pages of a case (in filing order) → typed documents. */
export function segmentPages(_pages: Page[]): CaseDocument[] {
  return notImplemented('文书拆分与识别 (segment)')
}
