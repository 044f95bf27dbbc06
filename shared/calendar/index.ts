import type { Calendar } from './types'
import { notImplemented } from '../errors'

export type { Calendar, DayUnit, PeriodResult } from './types'
export const READY = false

/** The working-day calendar (Chinese public holidays and 调休). */
export function createCalendar(): Calendar {
  return notImplemented('工作日历 (calendar)')
}
