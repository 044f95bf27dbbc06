/** Period counting as the law counts it (procedure-rules.md §1). */
export type DayUnit = 'natural' | 'working'

export type PeriodResult =
  | { determined: true; due: string; calendarVersion: string }
  | { determined: false; reason: string; calendarVersion: string }

export interface Calendar {
  readonly version: string
  /** First and last year with holiday data. */
  readonly years: [number, number]
  isWorkday(dateIso: string): boolean | null
  /** Last day of a period of n units starting the day after `startIso` (the first day is not counted). */
  periodEnd(startIso: string, n: number, unit: DayUnit): PeriodResult
}
