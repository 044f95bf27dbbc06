/**
 * The working-day calendar: Chinese public holidays and 调休 working weekends from chinese-days (data 2004–2026),
 * plus the override table in ./overrides. A day outside the covered years is unknown (null / undetermined), never
 * guessed from the weekday.
 */
import cd from 'chinese-days'
import type { Calendar, DayInfo, DayUnit, PeriodOptions, PeriodResult } from './types'
import { CALENDAR_OVERRIDES, type CalendarOverrides } from './overrides'

export type { Calendar, DayInfo, DayUnit, PeriodOptions, PeriodResult } from './types'
export type { CalendarOverrides, YearSchedule } from './overrides'

/** The chinese-days release the data comes from (kept equal to package.json by a test). */
export const CHINESE_DAYS_VERSION = '1.5.7'
/** Years the package has holiday data for. */
export const PACKAGE_YEARS: [number, number] = [2004, 2026]

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseIso(iso: string): Date | null {
  const m = ISO_RE.exec(iso)
  if (!m) return null
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === iso ? d : null
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10)
}

function addDays(d: Date, n: number): Date {
  const r = new Date(d.getTime())
  r.setUTCDate(r.getUTCDate() + n)
  return r
}

/** 民法典 第二百零二条: the corresponding day of the final month, or its last day when it has none. */
function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + n
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)))
}

/** Holiday name in chinese-days' "English,中文,n" form → 中文. */
function cnName(raw: string): string | undefined {
  const parts = raw.split(',')
  return parts.length >= 2 ? parts[1] : undefined
}

function hashOf(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

export interface CalendarOptions {
  /** Replaces the built-in override table (tests; a next year's schedule loaded from resources/calendar). */
  overrides?: CalendarOverrides
}

export function createCalendar(options: CalendarOptions = {}): Calendar {
  const ov = options.overrides ?? CALENDAR_OVERRIDES
  // Covered years: the package's, extended by contiguous override years.
  let [first, last] = PACKAGE_YEARS
  while (ov.years[last + 1]) last++
  while (ov.years[first - 1]) first--
  const ovYears = Object.keys(ov.years).length + Object.keys(ov.days).length
  const version = `chinese-days@${CHINESE_DAYS_VERSION}` + (ovYears ? `+overrides-${hashOf(JSON.stringify(ov))}` : '')

  // chinese-days parses each date it is asked about; period counting asks about the same days again and again.
  const memo = new Map<string, DayInfo | null>()
  function dayInfo(dateIso: string): DayInfo | null {
    let info = memo.get(dateIso)
    if (info === undefined) {
      info = lookupDay(dateIso)
      memo.set(dateIso, info)
    }
    return info
  }

  function lookupDay(dateIso: string): DayInfo | null {
    const d = parseIso(dateIso)
    if (!d) return null
    const y = d.getUTCFullYear()
    if (y < first || y > last) return null
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6
    const fix = ov.days[dateIso]
    if (fix) return { date: dateIso, work: fix.work, kind: fix.work ? (weekend ? 'makeup-workday' : 'workday') : weekend ? 'weekend' : 'holiday', ...(fix.name ? { name: fix.name } : {}) }
    const sched = ov.years[y]
    if (sched) {
      if (sched.holidays[dateIso] !== undefined) return { date: dateIso, work: false, kind: 'holiday', name: sched.holidays[dateIso] }
      if (sched.workdays[dateIso] !== undefined) return { date: dateIso, work: true, kind: 'makeup-workday', name: sched.workdays[dateIso] }
      return { date: dateIso, work: !weekend, kind: weekend ? 'weekend' : 'workday' }
    }
    const detail = cd.getDayDetail(dateIso)
    const name = cnName(detail.name)
    if (detail.work) return name ? { date: dateIso, work: true, kind: 'makeup-workday', name } : { date: dateIso, work: true, kind: 'workday' }
    return name ? { date: dateIso, work: false, kind: 'holiday', name } : { date: dateIso, work: false, kind: 'weekend' }
  }

  function isWorkday(dateIso: string): boolean | null {
    return dayInfo(dateIso)?.work ?? null
  }

  const undetermined = (reason: string, earliestDue?: string): PeriodResult =>
    earliestDue ? { determined: false, reason, calendarVersion: version, earliestDue } : { determined: false, reason, calendarVersion: version }
  const outside = (day: string) => `${day.slice(0, 4)}年的节假日安排不在日历数据中（覆盖 ${first}–${last} 年），无法确定期限`

  function periodEnd(startIso: string, n: number, unit: DayUnit, opts: PeriodOptions = {}): PeriodResult {
    const start = parseIso(startIso)
    if (!start) return undetermined(`起算日期无效：${startIso}`)
    if (!Number.isInteger(n) || n < 0) return undetermined(`期间长度无效：${n}`)
    if (unit === 'working') {
      let d = start
      let unknown: string | null = null
      for (let counted = 0; counted < n; ) {
        d = addDays(d, 1)
        const w = isWorkday(iso(d))
        if (w === null) unknown ??= iso(d)
        // Past the data every day counts, which gives the earliest possible end.
        if (w !== false) counted++
      }
      if (unknown) return undetermined(outside(unknown), iso(d))
      return { determined: true, due: iso(d), calendarVersion: version }
    }
    let end: Date
    if (unit === 'natural') end = addDays(start, n)
    else if (unit === 'month') end = addMonths(start, n)
    else if (unit === 'year') end = addMonths(start, 12 * n)
    else return undetermined(`未知的期间单位：${String(unit)}`)
    const nominal = iso(end)
    if (opts.extendPastRestDay === false) {
      // No move off rest days, so no holiday data is needed.
      return { determined: true, due: nominal, calendarVersion: version }
    }
    for (;;) {
      const w = isWorkday(iso(end))
      if (w === null) return undetermined(outside(iso(end)), nominal)
      if (w) break
      end = addDays(end, 1)
    }
    const due = iso(end)
    return due === nominal
      ? { determined: true, due, calendarVersion: version }
      : { determined: true, due, nominalDue: nominal, calendarVersion: version }
  }

  function countWorkdays(fromIso: string, toIso: string): number | null {
    const from = parseIso(fromIso)
    const to = parseIso(toIso)
    if (!from || !to) return null
    let n = 0
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
      const w = isWorkday(iso(d))
      if (w === null) return null
      if (w) n++
    }
    return n
  }

  return { version, years: [first, last], isWorkday, periodEnd, dayInfo, countWorkdays }
}
