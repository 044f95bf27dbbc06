import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHINESE_DAYS_VERSION, createCalendar } from '../../shared/calendar'
import type { CalendarOverrides, DayUnit } from '../../shared/calendar'

const cal = createCalendar()

describe('calendar data', () => {
  it('covers 2004–2026 and names its version', () => {
    expect(cal.years[0]).toBeLessThanOrEqual(2015)
    expect(cal.years[1]).toBe(2026)
    expect(cal.version).toBe(`chinese-days@${CHINESE_DAYS_VERSION}`)
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/chinese-days/package.json'), 'utf8'))
    expect(pkg.version).toBe(CHINESE_DAYS_VERSION)
  })

  // The State Council's 放假安排 notices for 2015–2019 (国办发明电), sampled day by day: days off on weekdays and the
  // 调休 working weekends. chinese-days agreed on every one, so the override table holds no correction.
  const OFF_2015_2019 = [
    '2015-01-01', '2015-01-02', '2015-02-18', '2015-02-19', '2015-02-20', '2015-02-23', '2015-02-24', '2015-04-06',
    '2015-05-01', '2015-06-22', '2015-09-03', '2015-09-04', '2015-10-01', '2015-10-02', '2015-10-05', '2015-10-06',
    '2015-10-07', '2016-01-01', '2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11', '2016-02-12', '2016-04-04',
    '2016-05-02', '2016-06-09', '2016-06-10', '2016-09-15', '2016-09-16', '2016-10-03', '2016-10-04', '2016-10-05',
    '2016-10-06', '2016-10-07', '2017-01-02', '2017-01-27', '2017-01-30', '2017-01-31', '2017-02-01', '2017-02-02',
    '2017-04-03', '2017-04-04', '2017-05-01', '2017-05-29', '2017-05-30', '2017-10-02', '2017-10-03', '2017-10-04',
    '2017-10-05', '2017-10-06', '2018-01-01', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20', '2018-02-21',
    '2018-04-05', '2018-04-06', '2018-04-30', '2018-05-01', '2018-06-18', '2018-09-24', '2018-10-01', '2018-10-02',
    '2018-10-03', '2018-10-04', '2018-10-05', '2018-12-31', '2019-01-01', '2019-02-04', '2019-02-05', '2019-02-06',
    '2019-02-07', '2019-02-08', '2019-04-05', '2019-05-01', '2019-05-02', '2019-05-03', '2019-06-07', '2019-09-13',
    '2019-10-01', '2019-10-02', '2019-10-03', '2019-10-04', '2019-10-07',
  ]
  const MAKEUP_2015_2019 = [
    '2015-01-04', '2015-02-15', '2015-02-28', '2015-09-06', '2015-10-10', '2016-02-06', '2016-02-14', '2016-06-12',
    '2016-09-18', '2016-10-08', '2016-10-09', '2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30',
    '2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30', '2018-12-29', '2019-02-02',
    '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12',
  ]
  it.each(OFF_2015_2019)('%s is a day off (2015–2019 notices)', (d) => {
    expect(cal.isWorkday(d)).toBe(false)
    expect(cal.dayInfo!(d)?.kind).toBe('holiday')
  })
  it.each(MAKEUP_2015_2019)('%s is a 调休 working weekend (2015–2019 notices)', (d) => {
    expect(cal.isWorkday(d)).toBe(true)
    expect(cal.dayInfo!(d)?.kind).toBe('makeup-workday')
  })

  it.each([
    // 2020–2026: Spring Festival, National Day, 调休 Saturdays and Sundays.
    ['2020-01-19', true, '春节'], ['2020-10-01', false, '国庆节'], ['2020-10-08', false, '国庆节'],
    ['2021-02-07', true, '春节'], ['2021-02-11', false, '春节'], ['2021-09-18', true, '中秋'],
    ['2022-10-08', true, '国庆节'], ['2022-10-09', true, '国庆节'], ['2023-01-28', true, '春节'],
    ['2023-04-23', true, '劳动节'], ['2023-10-06', false, '国庆节'], ['2024-02-04', true, '春节'],
    ['2024-02-18', true, '春节'], ['2024-02-12', false, '春节'], ['2024-10-01', false, '国庆节'],
    ['2024-10-12', true, '国庆节'], ['2025-01-26', true, '春节'], ['2025-02-08', true, '春节'],
    ['2025-05-05', false, '劳动节'], ['2026-01-04', true, '元旦'], ['2026-02-14', true, '春节'],
    ['2026-02-17', false, '春节'], ['2026-02-28', true, '春节'], ['2026-10-01', false, '国庆节'],
  ])('%s work=%s (%s)', (d, work, name) => {
    expect(cal.isWorkday(d)).toBe(work)
    expect(cal.dayInfo!(d)?.name).toBe(name)
  })

  // Whole years, day by day, against the State Council notices: 国务院办公厅关于2026年部分节假日安排的通知
  // (2025-11-04) and 关于2025年部分节假日安排的通知 (2024-11-12, the first under the 2024 revision of the 放假办法).
  const range = (from: string, to: string) => {
    const out: string[] = []
    for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10))
    return out
  }
  const NOTICES: [year: number, off: [string, string][], work: string[]][] = [
    [
      2026,
      [['2026-01-01', '2026-01-03'], ['2026-02-15', '2026-02-23'], ['2026-04-04', '2026-04-06'], ['2026-05-01', '2026-05-05'],
        ['2026-06-19', '2026-06-21'], ['2026-09-25', '2026-09-27'], ['2026-10-01', '2026-10-07']],
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    ],
    [
      2025,
      [['2025-01-01', '2025-01-01'], ['2025-01-28', '2025-02-04'], ['2025-04-04', '2025-04-06'], ['2025-05-01', '2025-05-05'],
        ['2025-05-31', '2025-06-02'], ['2025-10-01', '2025-10-08']],
      ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    ],
  ]
  it.each(NOTICES)('%i follows the State Council notice day by day', (year, offRanges, work) => {
    const off = offRanges.flatMap(([a, b]) => range(a, b))
    for (const d of off) expect(cal.isWorkday(d), d).toBe(false)
    for (const d of work) expect(cal.isWorkday(d), d).toBe(true)
    // Every other weekday is a working day and every other weekend day a rest day.
    const special = new Set([...off, ...work])
    for (const d of range(`${year}-01-01`, `${year}-12-31`)) {
      if (special.has(d)) continue
      const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
      expect(cal.isWorkday(d), d).toBe(dow !== 0 && dow !== 6)
    }
  })

  it.each([
    ['2024-06-15', false, 'weekend'], ['2024-06-14', true, 'workday'], ['2024-02-09', true, 'workday'],
  ])('%s work=%s (%s)', (d, work, kind) => {
    expect(cal.isWorkday(d)).toBe(work)
    expect(cal.dayInfo!(d)?.kind).toBe(kind)
  })

  it.each(['2027-03-01', '2027-10-01', '2003-05-01', '2024-02-30', '2024/10/01', ''])('%j is unknown', (d) => {
    expect(cal.isWorkday(d)).toBeNull()
  })
})

describe('periodEnd: the first day is not counted (行政处罚法 第八十五条, 民事诉讼法 第八十五条)', () => {
  it.each<[string, number, DayUnit, string, string | undefined, string]>([
    // working days (二、三、五、七日 of 行政处罚法)
    ['2024-09-30', 3, 'working', '2024-10-10', undefined, '国庆 2024: Oct 1–7 off'],
    ['2024-02-08', 5, 'working', '2024-02-21', undefined, '春节 2024: Feb 9 worked, Feb 10–17 off, Sun Feb 18 worked'],
    ['2025-01-24', 3, 'working', '2025-02-05', undefined, '春节 2025: Sun Jan 26 worked, Jan 28–Feb 4 off'],
    ['2023-09-27', 7, 'working', '2023-10-12', undefined, '中秋国庆 2023: Sep 29–Oct 6 off, Oct 7–8 worked'],
    ['2026-02-12', 2, 'working', '2026-02-14', undefined, '春节 2026: Sat Feb 14 is a working day'],
    ['2019-04-26', 2, 'working', '2019-04-29', undefined, '劳动节 2019: Sun Apr 28 worked'],
    ['2016-09-14', 1, 'working', '2016-09-18', undefined, '中秋 2016: Sep 15–17 off, Sun Sep 18 worked'],
    ['2015-09-02', 1, 'working', '2015-09-06', undefined, '抗战胜利纪念日 2015: Sep 3–5 off, Sun Sep 6 worked'],
    ['2021-07-15', 7, 'working', '2021-07-26', undefined, 'ordinary weeks'],
    ['2026-12-20', 5, 'working', '2026-12-25', undefined, 'the last days with data'],
    // natural days; a last day off moves to the next working day
    ['2024-09-16', 15, 'natural', '2024-10-08', '2024-10-01', 'ends on National Day'],
    ['2023-01-06', 15, 'natural', '2023-01-28', '2023-01-21', 'ends in 春节 2023, next working day is a 调休 Saturday'],
    ['2024-03-05', 90, 'natural', '2024-06-03', undefined, '办案期限 90 days'],
    ['2024-06-01', 15, 'natural', '2024-06-17', '2024-06-16', 'ends on a Sunday'],
    ['2024-02-03', 1, 'natural', '2024-02-04', undefined, 'a 调休 Sunday is not a rest day'],
    // months and years (民法典 第二百零二条: corresponding day, else the month's last day)
    ['2024-01-31', 1, 'month', '2024-02-29', undefined, 'no Feb 31: last day of February'],
    ['2024-03-05', 6, 'month', '2024-09-05', undefined, '六个月 起诉期限'],
    ['2023-04-01', 6, 'month', '2023-10-07', '2023-10-01', 'ends on National Day, moves to the 调休 Saturday'],
    ['2022-07-15', 2, 'year', '2024-07-15', undefined, '二年 追责时效'],
    ['2023-02-28', 1, 'year', '2024-02-28', undefined, 'corresponding day exists'],
  ])('%s + %i %s → %s', (start, n, unit, due, nominal) => {
    const r = cal.periodEnd(start, n, unit)
    expect(r).toMatchObject({ determined: true, due, calendarVersion: cal.version })
    if (r.determined) expect(r.nominalDue).toBe(nominal)
  })

  it('a period of restricted liberty is not extended past a holiday (公安 程序规定 第三十五条)', () => {
    expect(cal.periodEnd('2024-09-16', 15, 'natural', { extendPastRestDay: false })).toMatchObject({ determined: true, due: '2024-10-01' })
  })

  it.each<[string, number, DayUnit, string, string]>([
    ['2026-12-20', 15, 'natural', '2027-01-04', 'ends in 2027'],
    ['2026-12-28', 5, 'working', '2027-01-02', 'runs into 2027: Dec 29–31, then Jan 1–2 at the earliest'],
    ['2026-10-01', 6, 'month', '2027-04-01', 'ends in 2027'],
    ['2025-03-01', 2, 'year', '2027-03-01', '二年 追责时效 from a 2025 violation'],
    ['2002-12-30', 3, 'working', '2003-01-02', 'before the data'],
  ])('%s + %i %s is undetermined, no earlier than %s (%s)', (start, n, unit, earliest) => {
    const r = cal.periodEnd(start, n, unit)
    expect(r.determined).toBe(false)
    expect(r.calendarVersion).toBe(cal.version)
    if (!r.determined) {
      expect(r.reason).toMatch(/不在日历数据中/)
      expect(r.earliestDue).toBe(earliest)
    }
  })

  it.each<[string, number]>([['2024-13-01', 3], ['2024-10-01', -1], ['2024-10-01', 1.5]])('bad input %s, %d is undetermined', (s, n) => {
    expect(cal.periodEnd(s, n, 'working').determined).toBe(false)
  })
})

describe('countWorkdays', () => {
  it.each([
    ['2024-09-30', '2024-10-10', 3],
    ['2024-02-08', '2024-02-21', 5],
    ['2024-10-10', '2024-09-30', 0],
    ['2024-02-01', '2024-02-29', 18 - 1], // February 2024 has 18 working days; Feb 1 itself is not counted
  ])('%s → %s: %i', (a, b, n) => {
    expect(cal.countWorkdays!(a, b)).toBe(n)
  })
  it('is null past the data', () => {
    expect(cal.countWorkdays!('2026-12-28', '2027-01-05')).toBeNull()
  })
})

describe('override table', () => {
  // A made-up schedule, only to show how a next year's notice is added.
  const overrides: CalendarOverrides = {
    years: {
      2027: { holidays: { '2027-01-01': '元旦', '2027-02-08': '春节' }, workdays: { '2027-02-06': '春节' }, source: 'test schedule' },
    },
    days: { '2024-06-14': { work: false, name: '测试', source: 'test correction' } },
  }
  const withNext = createCalendar({ overrides })
  it('extends the covered years and changes the version stamp', () => {
    expect(withNext.years).toEqual([cal.years[0], 2027])
    expect(withNext.version).toMatch(/^chinese-days@[\d.]+\+overrides-[0-9a-f]{8}$/)
    expect(withNext.version).not.toBe(cal.version)
  })
  it('uses the added year and the single-day correction', () => {
    expect(withNext.isWorkday('2027-02-08')).toBe(false)
    expect(withNext.isWorkday('2027-02-06')).toBe(true)
    expect(withNext.isWorkday('2027-02-07')).toBe(false)
    expect(withNext.isWorkday('2027-02-09')).toBe(true)
    expect(withNext.isWorkday('2024-06-14')).toBe(false)
    expect(withNext.periodEnd('2026-12-28', 5, 'working')).toMatchObject({ determined: true, due: '2027-01-05' })
    expect(withNext.isWorkday('2028-01-03')).toBeNull()
  })
})
