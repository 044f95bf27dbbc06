/**
 * Period counting as the law counts it (procedure-rules.md §1).
 * 'natural': calendar days; 'working': working days (行政处罚法 第八十五条: 二、三、五、七日; 行政强制法 第六十九条:
 * 十日以内); 'month' / 'year': to the corresponding day of the final month (民法典 第二百零二条).
 */
export type DayUnit = 'natural' | 'working' | 'month' | 'year'

export type PeriodResult =
  | {
      determined: true
      due: string
      calendarVersion: string
      /** The last day before moving off a rest day, when the period was extended (民事诉讼法 第八十五条第三款). */
      nominalDue?: string
    }
  | {
      determined: false
      reason: string
      calendarVersion: string
      /**
       * When only the holiday data is missing: the period ends no earlier than this day (unknown days counted as
       * working days, no move off rest days), so an act on or before it is in time whatever the holidays are.
       */
      earliestDue?: string
    }

export interface PeriodOptions {
  /**
   * Move a last day that falls on a rest day (weekend or holiday, not a 调休 working Saturday) to the next working
   * day. Default true for natural-day, month and year periods; false for periods of restricted liberty
   * (公安机关办理行政案件程序规定 第三十五条). Working-day periods always end on a working day.
   */
  extendPastRestDay?: boolean
}

export interface DayInfo {
  date: string
  work: boolean
  /** 'holiday' (法定节假日), 'makeup-workday' (调休上班), 'weekend', 'workday'. */
  kind: 'holiday' | 'makeup-workday' | 'weekend' | 'workday'
  /** Holiday name (春节, 国庆节…) for holidays and make-up workdays. */
  name?: string
}

export interface Calendar {
  readonly version: string
  /** First and last year with holiday data. */
  readonly years: [number, number]
  isWorkday(dateIso: string): boolean | null
  /** Last day of a period of n units starting the day after `startIso` (the first day is not counted). */
  periodEnd(startIso: string, n: number, unit: DayUnit, opts?: PeriodOptions): PeriodResult
  /** What kind of day it is; null outside the calendar's years. */
  dayInfo?(dateIso: string): DayInfo | null
  /** Working days after `fromIso` up to and including `toIso` (0 when toIso ≤ fromIso); null when a day is outside the data. */
  countWorkdays?(fromIso: string, toIso: string): number | null
}
