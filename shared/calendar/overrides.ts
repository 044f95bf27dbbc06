/**
 * Corrections and additions to the chinese-days holiday data.
 *
 * The State Council publishes each year's 放假安排 (holidays and 调休 working weekends) in November or December of
 * the year before. When chinese-days has not caught up, add the year under `years` with its source (the notice's
 * 国办发明电 number and date); a year listed here counts as covered. Add a single-day correction under `days`.
 *
 * Checked (test/calendar/calendar.test.ts): the package's 2015–2019 data against the State Council notices for
 * those years (115 days off and 调休 working days), 2020–2024 on samples, and 2025 and 2026 day by day — no
 * correction needed. The 2027 notice is not in the package, so dates in 2027 stay undetermined until it is added
 * here or in the package.
 */
export interface YearSchedule {
  /** 法定节假日 days off, including the weekend days inside a holiday block, as ISO dates with their names. */
  holidays: Record<string, string>
  /** 调休 working weekend days, with the holiday they make up for. */
  workdays: Record<string, string>
  source: string
}

export interface CalendarOverrides {
  years: Record<number, YearSchedule>
  days: Record<string, { work: boolean; name?: string; source: string }>
}

export const CALENDAR_OVERRIDES: CalendarOverrides = {
  years: {},
  days: {},
}
