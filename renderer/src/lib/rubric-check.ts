/**
 * Checking a rubric text while it is being edited: once typing pauses, and off the page's thread — in a Web Worker,
 * or, where a worker cannot be started, by the engine (`rubric.validate`). A 600-line rubric takes tens of
 * milliseconds to validate; on the page's thread every pause in typing would stall it.
 */
import type { RubricValidation } from '../../../shared/api'

export interface RubricCheck {
  validation: RubricValidation
  /** What the text declares, when it is a usable rubric. */
  rubric: { id: string; version: string; name: string } | null
  /** Where each error is, as the rubric reads (shared/rubric/place.ts); absent when the engine checked the text. */
  places?: string[]
}
export type CheckRubric = (text: string) => Promise<RubricCheck>

/** How long typing must pause before the text is checked. */
export const CHECK_DELAY_MS = 300

/** A check that could not run, as an error of the text (so the editor never shows it as valid). */
const unchecked = (why: string): RubricCheck => ({ validation: { ok: false, errors: [{ file: '', line: null, field: '（校验）', message: `无法校验：${why}` }] }, rubric: null })

/**
 * Checks the latest text `delay` ms after the last change. A result that comes back after the text changed again
 * is dropped: only the text on screen is ever reported.
 */
export function debouncedCheck(check: CheckRubric, report: (r: RubricCheck | null) => void, delay = CHECK_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let turn = 0
  return {
    /** The text changed: `report(null)` at once (being checked), the result once typing pauses. */
    schedule(text: string) {
      const mine = ++turn
      report(null)
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        check(text).then(
          (r) => mine === turn && report(r),
          (e: unknown) => mine === turn && report(unchecked(e instanceof Error ? e.message : String(e))),
        )
      }, delay)
    },
    dispose() {
      if (timer) clearTimeout(timer)
      turn++
    },
  }
}
