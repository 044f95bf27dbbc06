/**
 * Dates and times in any of the forms case files use, each with its procedural role (date-roles.ts).
 * 2024年3月5日, 2024 年 3 月 5 日, 二〇二四年三月五日, 2024-03-05, 2024.3.5, 2024/3/5, 9时30分, 9:30, 下午3时许,
 * ranges (自…至…, 14时10分至14时40分), partial dates (2024年5月, 2024年上半年, 2015年底) and year-less dates after a full one.
 * Not dates: years inside names (2024年专项执法, 《…2025年…方案》), version remarks (2020年4月29日修订), digit runs inside
 * ID numbers and codes.
 */
import type { DateFact, DocType } from '../types'
import { parseCnInt, parseYear } from './cnnum'
import { dateRole, notCaseDate, settleRoles, type Placed } from './date-roles'
import { leadingLabel } from './forms'
import { bookTitles, evidenceAt, lineAt, normalizeChars, inRanges, lineText, statuteQuotes, type DocText, type Range } from './text'

const CN = '〇零○O一二三四五六七八九十两'
// (二0二四: a typed year may mix the digit 0 into the Chinese numerals; OCR reads a 0 as the letter O: 2O25年4月8日)
const Y = `(\\d{4}|[12][\\dOo]{3}|[${CN}][${CN}0０]{3})`
const MD = `(\\d{1,2}|[一二三四五六七八九十]{1,3})`
const S = '\\s{0,2}'
const HOUR = `(?:(上午|下午|晚上|傍晚|凌晨|中午|早上)${S})?(\\d{1,2}|[一二三四五六七八九十]{1,3})${S}(?:[时点]|:(?=\\d))${S}(?:(\\d{1,2}|[零一二三四五六七八九十]{1,3})${S}分?)?(?:许|左右)?`

export interface ParsedDate {
  start: number
  end: number
  iso: string
  precision: DateFact['precision']
  endIso?: string
  /** Year, month, day for year-less follow-ups. */
  y: number
  m?: number
  d?: number
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null
  return /^\d+$/.test(s) ? Number(s) : /^\d[\dOo]{3}$/.test(s) ? Number(s.replace(/[Oo]/g, '0')) : parseCnInt(s)
}

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d <= days[m - 1]
}

function hourOf(ampm: string | undefined, h: number): number {
  if ((ampm === '下午' || ampm === '晚上' || ampm === '傍晚') && h < 12) return h + 12
  return h
}

function timeIso(ampm: string | undefined, hs: string | undefined, ms: string | undefined): string | null {
  const h = num(hs)
  const mi = ms === undefined ? 0 : num(ms)
  if (h === null || mi === null || h > 24 || mi > 59) return null
  return `${pad(hourOf(ampm, h))}:${pad(mi)}`
}

// (…or a seal's ring a scan read as 〇 before a year in Chinese numerals: 税务稽查专用章〇二〇二四年九月十日)
const RE_FULL = new RegExp(`(?:(?<![\\dA-Za-z${CN}])|(?<=(?:^|[^\\dA-Za-z${CN}])[〇○](?=[一二][〇○零九])))${Y}${S}年${S}${MD}${S}月${S}${MD}${S}[日号曰](?:${S}${HOUR})?`, 'g')
// 2024-09-10 13:15, and OCR's 2024-09-1013:15 with the space lost (a two-digit day then a time)
const RE_ISO = new RegExp(`(?<![\\dA-Za-z.\\-/])(\\d{4})([-./])(\\d{1,2})\\2(\\d{2}(?=\\d{1,2}:\\d{2})|\\d{1,2}(?![\\dA-Za-z]|\\.\\d))(?:\\s{0,2}(\\d{1,2}):(\\d{2}))?`, 'g')
const RE_MONTH = new RegExp(`(?<![\\dA-Za-z${CN}])${Y}${S}年${S}${MD}${S}月(份)?(初|中旬|上旬|下旬|底|末)?`, 'g')
const RE_MONTHS = new RegExp(`(?<![\\dA-Za-z${CN}])${Y}${S}年${S}(\\d{1,2})${S}(-|—|~|～|、)(?:\\d{1,2}、)*(\\d{1,2})${S}月(?:份)?`, 'g')
const RE_HALF = new RegExp(`(?<![\\dA-Za-z${CN}])${Y}${S}年(上半年|下半年|底|初|末|年底|年初)`, 'g')
// (a year alone where a clause tells an act: 于2024年擅自…, 你单位2024年处于正常生产状态, 是2016年购买安装的)
const RE_YEAR = new RegExp(`(?<![\\dA-Za-z${CN}])${Y}${S}年(?=${S}(?:至|到|起|以来|，|,|。|、|期间|间|前后|-|擅自|开始|未|处于|因|完成|购买|列入|在[\\u4e00-\\u9fa5]))|(?<=[于在是]${S})${Y}${S}年(?!${S}(?:\\d|[〇○零一二三四五六七八九十]{1,2}${S}月|度|第|版|[上下]半年|底|初|末|年))`, 'g')
// (2021~2022年, 2021至2022年: a span of years written with 年 once)
const RE_YEARS = new RegExp(`(?<![\\dA-Za-z${CN}])(\\d{4})${S}(?:至|到|~|～|-|—|－)${S}(\\d{4})${S}年(?!${S}(?:\\d{1,2}${S}月|[〇○零一二三四五六七八九十]{1,2}${S}月|度|[\\u4e00-\\u9fa5]{0,8}(?:规划|计划|纲要|方案|行动)))`, 'g')
// (同年5月8日, 当年…: the year of the date before; a 年 of a full date is not before a month-day of its own)
const RE_MD = new RegExp(`(?<![\\d${CN}])(?<!(?<![同当是该])年)${MD}${S}月${S}${MD}${S}[日号曰](?:${S}${HOUR})?`, 'g')
// (…2020年3月…建房，同年9月竣工: a month of the year before)
const RE_SAME_YEAR_MONTH = new RegExp(`(?<=[同当]年${S})${MD}${S}月(?:份)?(?:初|中旬|上旬|下旬|底|末)?(?!${S}${MD}${S}[日号曰])`, 'g')
// (3月底, 8月初, 5月中旬: a part of a month, not 3个月 or a month-day)
const RE_MONTH_PART = new RegExp(`(?<![\\d${CN}年个])${MD}${S}月(?:份)?(?:初|中旬|上旬|下旬|底|末)`, 'g')
const RE_TIME = new RegExp(`^${HOUR}`)
const RE_NO_DAY = new RegExp(`(?<![\\dA-Za-z${CN}])(\\d{4})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})(?![\\d日号曰时点:]|\\s{0,2}[日号曰])(?=\\s{0,2}(?:[，,。；;、)）\\n]|$|[上下中]午|[\\u4e00-\\u9fa5]))`, 'g')
// (an item number the copy ran onto the date: 「1」「20251119日对…」 at a line's start, 2.20251010日)
const RUN_LEAD = '(?:(?<![\\dA-Za-z.\\-/])|(?<=(?:^|\\n)[ \\t\\u3000]{0,4}\\d{1,2}[.．]?))'
const RE_RUN = new RegExp(`${RUN_LEAD}(20\\d{2})\\s{0,1}(?:年\\s{0,1})?(\\d{2,4})\\s{0,1}日`, 'g')
/** Month-days run together after such a date: 2025715日、722日、86日. */
const RE_RUN_NEXT = /^\s{0,1}[、和及,，]\s{0,1}(\d{2,4})\s{0,1}日/
/** The same with 日 lost too, where a sentence goes on: 20231025本局执法人员…, 经我局2023531查实. */
const RE_RUN_BARE = /(?<=(?:^|\n)[ \t\u3000]{0,4}|[于在至经局]\s{0,1})(20\d{2})(\d{3,4})(?=[\u4e00-\u9fa5])(?![号批年月])/g
/**
 * A date written as eight digits in a table's cell or box (作出行政处罚的机关名称和日期 十堰市农业农村局 20201217; 日期:20220129),
 * standing alone between spaces, bars or a label's colon: a serial or a number glued to words is none.
 */
const RE_COMPACT = /(?<=(?:^|[\s|｜]|(?:日期|时间|時間)\s{0,2}[:：])\s{0,2})(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\s{0,2}(?:$|[\s|｜，,。；;]))/g
/** Year and month with 年 lost: 擅自于20225月开工建设. */
const RE_RUN_MONTH = new RegExp(`${RUN_LEAD}(20\\d{2})(\\d{1,2})月(?![\\d日])`, 'g')
/** A month listed after a month of a year: 2020年4月、5月、6月 (not 、5月内 / 、5月份前). */
const RE_MONTH_NEXT = /^\s{0,1}[、和及与]\s{0,1}(\d{1,2})\s{0,1}月(?!份?[内前后起])/
/** A day listed after a date: 、16日 / 及16日 (not 、16日内 / 、16号楼). */
const RE_DAY_NEXT = /^\s{0,1}[、和及与]\s{0,1}(\d{1,2})\s{0,1}日(?![内前后起])/
/** The end of a range told without its year (至2月, 至2月份) or its month (至30日; not 至30日内). */
const RE_MONTH_TAIL = new RegExp(`^(${MD})${S}月(?:份)?(?!${S}${MD}${S}[日号])`)
const RE_DAY_TAIL = /^(\d{1,2})\s{0,1}日(?![内前后起])/
const RE_RANGE_SEP = /^\s{0,2}(至|到|~|～|-)\s{0,2}/

/** Not a case event: a version remark, a name, a plan period. */
// (…but not the next box's label: 成文日期: 2023-08-29 发布日期: 2023-08-31)
const AFTER_NOT_EVENT = /^\s{0,2}(?:[)）]?\s{0,2}(?:修订|修正|修改|施行|起施行|(?:公布|发布|印发)(?!\s{0,2}(?:日期|时间|時間|机构|機構|单位))|通过(?![\u4e00-\u9fa5]{2,16}?(?:平台|系统|银行|网点|网站|邮寄|快递|微信|支付宝|转账|电话|短信|邮箱|电子邮件|公众号|APP|App))|颁布|版|年版)|专项|整治|方案|计划|规划|工作要点|行动|活动|年度|度|第[一二三四五六七八九十\d]+次)/
// (…not 于2025年5月19日通过宁夏非税收入电子缴款平台缴纳: a channel the party used, not a law adopted)
const VERSION_AFTER = /^\s{0,2}(?:修订|修正|修改|施行|起施行|起(?:正式)?(?:实施|實施|生效)(?![\u4e00-\u9fa5]{0,4}(?:违法|違法|上述|该|該|了|此|行为|行為))|公布|颁布|通过(?![\u4e00-\u9fa5]{2,16}?(?:平台|系统|银行|网点|网站|邮寄|快递|微信|支付宝|转账|电话|短信|邮箱|电子邮件|公众号|APP|App)))/
const BEFORE_NOT_EVENT = /(?:[（(]|自|于)\s{0,2}$/

/**
 * Month and day of a run of digits a copy lost 年 and 月 from (2025 + 1119, 731, 28): four digits are MMDD, two are M D,
 * three are M DD unless the month could be 1 or 1x (111: 1-11 or 11-1), which is left out; 10x is October.
 */
function runMonthDay(y: number, r: string): [number, number] | null {
  let mo: number
  let d: number
  if (r.length === 2) [mo, d] = [Number(r[0]), Number(r[1])]
  else if (r.length === 4) [mo, d] = [Number(r.slice(0, 2)), Number(r.slice(2))]
  // (1 then 0 is October: a day is not written 09 after 月)
  else if (r[0] === '1' && r[1] === '0') [mo, d] = [10, Number(r[2])]
  else if (r[0] === '1' && Number(r[1]) <= 2) return null
  else [mo, d] = [Number(r[0]), Number(r.slice(1))]
  return y >= 1990 && y <= 2099 && validDay(y, mo, d) ? [mo, d] : null
}

/**
 * The year of a date a record of questioning gives without one, in a turn (问：/答：) of its own: the speakers mean the
 * latest such day up to the record's date (its first full date, the 询问时间), not the year of a date told in another turn
 * (答：2024年10月装修时买的 / 问：4月3日收到通知书后… in a record of 2025-04-22 is 2025-04-03). Null where this does not apply.
 */
function turnYear(text: string, at: number, prev: ParsedDate, kept: ParsedDate[], mo: number, d: number): number | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (!/^[ \t\u3000]*[问答][:：]/.test(text.slice(lineStart, at)) || prev.end > lineStart) return null
  const head = kept.find((k) => k.d !== undefined && k.m !== undefined)
  if (!head || head.y <= prev.y || head.start >= lineStart) return null
  const key = (y: number, m: number, dd: number) => y * 10000 + m * 100 + dd
  const cap = key(head.y, head.m!, head.d!)
  for (let y = head.y; y >= prev.y; y--) if (validDay(y, mo, d) && key(y, mo, d) <= cap) return y
  return null
}

export function parseDatesIn(raw: string): ParsedDate[] {
  if (typeof raw !== 'string') return []
  // (a date in Chinese numerals the line broke inside its month or day, 二〇二三年十 / 一月三日 under a signature: the break is
  // moved after the numeral so the date reads whole, the text's length kept)
  // (元月 is January, 二〇二四年元月十日, 元月4日 — not the 元 of a sum before a month's word: 伍佰元月底前)
  const text = normalizeChars(raw)
    .replace(/((?:年|月)\s?[一二三四五六七八九十]{1,2})\n([一二三四五六七八九十]{1,2})(?=[月日])/g, (_, a: string, b: string) => `${a}${b}\n`)
    .replace(/(?<![\d〇○零一二三四五六七八九十百千万萬两壹贰叁肆伍陆柒捌玖拾佰仟])元月(?=\s?[\d一二三四五六七八九十])/g, '一月')
  const found: ParsedDate[] = []
  const push = (p: ParsedDate) => found.push(p)
  let m: RegExpExecArray | null
  RE_FULL.lastIndex = 0
  while ((m = RE_FULL.exec(text))) {
    const y = parseYear(m[1])
    const mo = num(m[2])
    const d = num(m[3])
    if (y === null || mo === null || d === null || !validDay(y, mo, d)) continue
    let iso = `${y}-${pad(mo)}-${pad(d)}`
    let precision: DateFact['precision'] = 'day'
    if (m[5] !== undefined) {
      const t = timeIso(m[4], m[5], m[6])
      if (t) {
        iso += `T${t}`
        precision = 'minute'
      }
    }
    push({ start: m.index, end: m.index + m[0].length, iso, precision, y, m: mo, d })
  }
  // Dates a copy lost characters of: 2024年 8月15 (no 日), 2023年1121日, 20251119日, 2025523日, 202572日. A run of seven
  // digits whose month could be 1 or 1x (2025111日) is ambiguous and left out.
  RE_NO_DAY.lastIndex = 0
  while ((m = RE_NO_DAY.exec(text))) {
    const y = parseYear(m[1])
    const mo = num(m[2])
    const d = num(m[3])
    if (y === null || mo === null || d === null || !validDay(y, mo, d)) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', y, m: mo, d })
  }
  RE_RUN.lastIndex = 0
  while ((m = RE_RUN.exec(text))) {
    const y = Number(m[1])
    const md = runMonthDay(y, m[2])
    if (!md) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(md[0])}-${pad(md[1])}`, precision: 'day', y, m: md[0], d: md[1] })
    for (let at = m.index + m[0].length, next = RE_RUN_NEXT.exec(text.slice(at, at + 12)); next; next = RE_RUN_NEXT.exec(text.slice(at, at + 12))) {
      const more = runMonthDay(y, next[1])
      if (!more) break
      const start = at + next[0].indexOf(next[1])
      push({ start, end: at + next[0].length, iso: `${y}-${pad(more[0])}-${pad(more[1])}`, precision: 'day', y, m: more[0], d: more[1] })
      at += next[0].length
    }
  }
  RE_RUN_BARE.lastIndex = 0
  while ((m = RE_RUN_BARE.exec(text))) {
    const y = Number(m[1])
    const md = runMonthDay(y, m[2])
    if (md) push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(md[0])}-${pad(md[1])}`, precision: 'day', y, m: md[0], d: md[1] })
  }
  RE_COMPACT.lastIndex = 0
  while ((m = RE_COMPACT.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (validDay(y, mo, d)) push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', y, m: mo, d })
  }
  RE_RUN_MONTH.lastIndex = 0
  while ((m = RE_RUN_MONTH.exec(text))) {
    const y = Number(m[1])
    const mo = Number(m[2])
    if (y >= 1990 && y <= 2099 && mo >= 1 && mo <= 12) push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(mo)}`, precision: 'month', y, m: mo })
  }
  RE_ISO.lastIndex = 0
  while ((m = RE_ISO.exec(text))) {
    const y = Number(m[1])
    const mo = Number(m[3])
    const d = Number(m[4])
    if (y < 1950 || y > 2099 || !validDay(y, mo, d)) continue
    let iso = `${y}-${pad(mo)}-${pad(d)}`
    let precision: DateFact['precision'] = 'day'
    if (m[5] !== undefined && Number(m[5]) <= 24 && Number(m[6]) <= 59) {
      iso += `T${pad(Number(m[5]))}:${m[6]}`
      precision = 'minute'
    }
    push({ start: m.index, end: m.index + m[0].length, iso, precision, y, m: mo, d })
  }
  // 2024年1-3月 (a span of months), 2023年1、2、3、6、7、8月 (months listed: the first, as the list opens)
  RE_MONTHS.lastIndex = 0
  while ((m = RE_MONTHS.exec(text))) {
    const y = parseYear(m[1])
    const from = Number(m[2])
    const to = Number(m[4])
    if (y === null || from < 1 || to > 12 || from >= to) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(from)}`, precision: 'month', y, m: from, ...(m[3] === '、' ? {} : { endIso: `${y}-${pad(to)}` }) })
  }
  RE_MONTH.lastIndex = 0
  while ((m = RE_MONTH.exec(text))) {
    const y = parseYear(m[1])
    const mo = num(m[2])
    if (y === null || mo === null || mo < 1 || mo > 12) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}-${pad(mo)}`, precision: 'month', y, m: mo })
  }
  RE_HALF.lastIndex = 0
  while ((m = RE_HALF.exec(text))) {
    const y = parseYear(m[1])
    if (y === null) continue
    const half = m[2] === '上半年' || m[2] === '下半年'
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}`, precision: half ? 'half' : 'year', y })
  }
  RE_YEARS.lastIndex = 0
  while ((m = RE_YEARS.exec(text))) {
    const y = Number(m[1])
    const to = Number(m[2])
    if (!(to > y && to - y <= 30) || y < 1950 || to > 2100) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}`, precision: 'year', y, endIso: `${to}` })
  }
  RE_YEAR.lastIndex = 0
  while ((m = RE_YEAR.exec(text))) {
    const y = parseYear(m[1] ?? m[2])
    if (y === null) continue
    push({ start: m.index, end: m.index + m[0].length, iso: `${y}`, precision: 'year', y })
  }
  // Longest match wins where candidates overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: ParsedDate[] = []
  for (const f of found) {
    const last = kept[kept.length - 1]
    if (last && f.start < last.end) continue
    kept.push(f)
  }
  // Year-less dates (8月2日) take the year of the nearest full date before them.
  const dateBefore = (at: number) => {
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i].end <= at) return kept[i]
    return undefined
  }
  RE_MD.lastIndex = 0
  const withMd: ParsedDate[] = [...kept]
  while ((m = RE_MD.exec(text))) {
    const s = m.index
    if (kept.some((k) => s < k.end && s + m![0].length > k.start)) continue
    const prev = dateBefore(s)
    if (!prev) continue
    const mo = num(m[1])
    const d = num(m[2])
    if (mo === null || d === null || !validDay(prev.y, mo, d)) continue
    const y = turnYear(text, s, prev, kept, mo, d) ?? prev.y
    let iso = `${y}-${pad(mo)}-${pad(d)}`
    let precision: DateFact['precision'] = 'day'
    if (m[4] !== undefined) {
      const t = timeIso(m[3], m[4], m[5])
      if (t) {
        iso += `T${t}`
        precision = 'minute'
      }
    }
    withMd.push({ start: s, end: s + m[0].length, iso, precision, y, m: mo, d })
  }
  // Months listed after a month of a year (2020年4月、5月、6月): months of their own, of that year.
  for (const a of [...withMd]) {
    if (a.precision !== 'month' || a.endIso || a.m === undefined) continue
    for (let at = a.end, next = RE_MONTH_NEXT.exec(text.slice(at, at + 10)); next; next = RE_MONTH_NEXT.exec(text.slice(at, at + 10))) {
      const mo = Number(next[1])
      const start = at + next[0].indexOf(next[1])
      if (mo < 1 || mo > 12 || withMd.some((k) => start < k.end && at + next![0].length > k.start)) break
      withMd.push({ start, end: at + next[0].length, iso: `${a.y}-${pad(mo)}`, precision: 'month', y: a.y, m: mo })
      at += next[0].length
    }
  }
  // Days listed after a date of the same month (2022年8月13日及16日, 2024年4月1日、2日、3日): dates of their own.
  for (const a of [...withMd]) {
    if (a.precision !== 'day' && a.precision !== 'minute') continue
    for (let at = a.end, next = RE_DAY_NEXT.exec(text.slice(at, at + 12)); next; next = RE_DAY_NEXT.exec(text.slice(at, at + 12))) {
      const d = Number(next[1])
      const start = at + next[0].indexOf(next[1])
      if (!validDay(a.y, a.m!, d) || withMd.some((k) => start < k.end && at + next![0].length > k.start)) break
      withMd.push({ start, end: at + next[0].length, iso: `${a.y}-${pad(a.m!)}-${pad(d)}`, precision: 'day', y: a.y, m: a.m, d })
      at += next[0].length
    }
  }
  // a month of the year before (同年9月), or a part of a month told without its year (…2025年3月初开始采摘售卖，3月底采摘
  // 结束): the year of the date before
  for (const re of [RE_SAME_YEAR_MONTH, RE_MONTH_PART]) {
    re.lastIndex = 0
    while ((m = re.exec(text))) {
      const s = m.index
      if (withMd.some((k) => s < k.end && s + m![0].length > k.start)) continue
      const prev = dateBefore(s)
      const mo = num(m[1])
      if (!prev || mo === null || mo < 1 || mo > 12) continue
      withMd.push({ start: s, end: s + m[0].length, iso: `${prev.y}-${pad(mo)}`, precision: 'month', y: prev.y, m: mo })
    }
  }
  withMd.sort((a, b) => a.start - b.start)
  // Ranges: A 至 B, A 至 10时40分.
  const out: ParsedDate[] = []
  for (let i = 0; i < withMd.length; i++) {
    const a = withMd[i]
    const rest = text.slice(a.end, a.end + 40)
    const sep = RE_RANGE_SEP.exec(rest)
    if (sep) {
      const b = withMd[i + 1]
      if (b && b.start === a.end + sep[0].length) {
        out.push({ ...a, end: b.end, endIso: b.iso })
        i++
        continue
      }
      if (a.precision === 'minute' || a.precision === 'day') {
        const t = RE_TIME.exec(rest.slice(sep[0].length))
        if (t) {
          const ti = timeIso(t[1], t[2], t[3])
          if (ti) {
            out.push({ ...a, end: a.end + sep[0].length + t[0].length, endIso: `${a.iso.slice(0, 10)}T${ti}` })
            continue
          }
        }
      }
      // 2024年1月至2月, 2024年8月25日至30日: the end told without its year (or month)
      const tail = a.precision === 'month' ? RE_MONTH_TAIL.exec(rest.slice(sep[0].length)) : a.precision === 'day' || a.precision === 'minute' ? RE_DAY_TAIL.exec(rest.slice(sep[0].length)) : null
      const to = tail ? num(tail[1]) : null
      if (tail && to !== null && (a.precision === 'month' ? to > a.m! && to <= 12 : validDay(a.y, a.m!, to) && to > a.d!)) {
        const endIso = a.precision === 'month' ? `${a.y}-${pad(to)}` : `${a.y}-${pad(a.m!)}-${pad(to)}`
        out.push({ ...a, end: a.end + sep[0].length + tail[0].length, endIso })
        continue
      }
    }
    out.push(a)
  }
  return out
}

export interface DateOptions {
  docType: DocType
  quotes?: Range[]
  titles?: Range[]
}

/** Every date of the document with its role and evidence. */
export function extractDates(dt: DocText, opts: DateOptions): DateFact[] {
  const quotes = opts.quotes ?? statuteQuotes(dt.text)
  const titles = opts.titles ?? bookTitles(dt.text)
  const out: DateFact[] = []
  const placed: Placed[] = []
  for (const p of parseDatesIn(dt.text)) {
    if (inRanges(titles, p.start)) continue
    const after = dt.text.slice(p.end, p.end + 16)
    // a law's version date (（2020年4月29日修订）, 自2018年1月1日起施行) is a date, but not a case event
    // (…or the law the date is told of: 自2017年3月1日《中华人民共和国电影产业促进法》颁布实施后)
    const version = p.precision === 'day' && (VERSION_AFTER.test(after) || /^\s{0,2}《[^》]{2,40}》\s{0,2}(?:正式)?(?:颁布|公布|施行|实施|生效)/.test(dt.text.slice(p.end, p.end + 50)))
    if (!version && (AFTER_NOT_EVENT.test(after) || AFTER_NOT_EVENT.test(after.replace(/^\s{0,2}[-至到]\s{0,2}\d{4}\s{0,2}年/, '')))) continue
    if (p.precision === 'year' && BEFORE_NOT_EVENT.test(dt.text.slice(Math.max(0, p.start - 2), p.start)) && /^\s{0,2}[)）]/.test(after)) continue
    // a 第2024年 or 2024年第 sequence is a number in a name or a serial
    if (/第\s?$/.test(dt.text.slice(Math.max(0, p.start - 2), p.start))) continue
    const i = lineAt(dt, p.start)
    // a law's version date and a web page's publication date are dates, but not facts of the case
    const notCase = version || notCaseDate(dt, p.start, p.end, i, opts.docType)
    const role = notCase ? '其他' : dateRole(dt, p.start, p.end, opts.docType, i)
    const fact: DateFact = { text: dt.text.slice(p.start, p.end).trim(), iso: p.iso, precision: p.precision, role, evidence: evidenceAt(dt, p.start, p.end) }
    if (p.endIso) fact.endIso = p.endIso
    if (notCase || inRanges(quotes, p.start)) fact.quoted = true
    out.push(fact)
    placed.push({ fact, start: p.start, end: p.end, labelled: leadingLabel(lineText(dt, i)) !== null })
    // 询问时间 …至…: the end of the questioning is a fact of its own.
    if (role === '询问开始' && p.endIso) {
      out.push({ ...fact, iso: p.endIso, precision: p.endIso.includes('T') ? 'minute' : fact.precision, role: '询问结束', endIso: undefined })
      delete out[out.length - 1].endIso
    }
  }
  settleRoles(dt, placed, opts.docType)
  return out
}
