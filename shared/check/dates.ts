/** Comparing dates of the facts at the precision they were written with. */
import type { DateFact } from '../types'

const LEN: Record<DateFact['precision'], number> = { year: 4, half: 7, month: 7, day: 10, minute: 16 }

/** The day of a date (YYYY-MM-DD), or null when it was written less precisely. */
export function dayOf(d: DateFact): string | null {
  return LEN[d.precision] >= 10 && /^\d{4}-\d{2}-\d{2}/.test(d.iso) ? d.iso.slice(0, 10) : null
}

/**
 * Sign of a − b. Times count only when both dates have one; a date and a time on the same day are equal.
 * Null when the coarser date cannot tell (2024-03 against 2024-03-05).
 */
export function compareDates(a: DateFact, b: DateFact): number | null {
  const la = Math.min(LEN[a.precision], a.iso.length)
  const lb = Math.min(LEN[b.precision], b.iso.length)
  const n = Math.min(la, lb)
  const ka = a.iso.slice(0, n)
  const kb = b.iso.slice(0, n)
  if (ka !== kb) return ka < kb ? -1 : 1
  if (n >= 10) return 0
  return la === lb ? 0 : null
}

/** 2024-03-05T09:30 → 2024-03-05 09:30, the form the CLI contract's messages use. */
export function showDate(d: DateFact | string): string {
  const iso = typeof d === 'string' ? d : d.iso
  return iso.replace('T', ' ')
}
