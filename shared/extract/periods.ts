/**
 * A period a document gives the party for a step of its own: "你单位可在收到本告知书之日起五个工作日内提出陈述、申辩",
 * "自送达之日起三日内…陈述申辩", "如要求听证，应当在收到本通知书之日起5日内提出". Where the law sets no number
 * (行政处罚法 第四十四条), the period the notice states is the one the agency must wait out.
 */
import { CN_NUM_CHARS, parseCnInt } from './cnnum'
import { parseDatesIn } from './dates'

export interface StatedPeriod {
  days: number
  unit: 'natural' | 'working'
  /** The words as written (之日起五个工作日内). */
  text: string
  /** Where in the text they start. */
  index: number
}

const PERIOD = new RegExp(
  `(?:收到|送达|签收|接到)(?:本|该|此)?[^。；，,]{0,8}?之日起[\\s]{0,2}([\\d０-９${CN_NUM_CHARS}]{1,4})[\\s]{0,2}(个工作日|个?日|天)(?:内|以内)`,
  'g',
)

/**
 * The first period in `text` whose sentence is about `step` (e.g. /陈述|申辩/) and, when `unless` is given, not only
 * about that (/听证/ for a statement period: a sentence naming the hearing alone gives the hearing's period).
 */
export function statedPeriod(text: string, step: RegExp, unless?: RegExp): StatedPeriod | null {
  PERIOD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = PERIOD.exec(text))) {
    const from = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1
    let to = text.slice(m.index).search(/[。；]/)
    to = to < 0 ? text.length : m.index + to
    // the step the period belongs to is the one named nearest to it (…有陈述、申辩的权利，如要求听证，应当在…之日起五日内提出)
    // (…in its sentence, else in the sentence before and the rest of its own: 你有权进行陈述和申辩。请在收到本告知书之日起五个工作日内
    // 向本机关提出；逾期不提出的，视为放弃陈述、申辩权利。)
    let sentence = text.slice(from, to)
    let at = m.index - from
    let near = (re: RegExp) => nearest(sentence, re, at, at + m![0].length)
    let own = near(step)
    if (own === Infinity && /^\s*请?[^。；]{0,6}$/.test(text.slice(from, m.index))) {
      const wideFrom = text.lastIndexOf('。', from - 2) + 1
      const stop = text.slice(m.index).search(/。/)
      sentence = text.slice(wideFrom, stop < 0 ? text.length : m.index + stop)
      at = m.index - wideFrom
      near = (re: RegExp) => nearest(sentence, re, at, at + m![0].length)
      own = near(step)
    }
    if (own === Infinity) continue
    if (unless && near(unless) < own) continue
    const days = parseCnInt(m[1])
    if (days === null || days <= 0 || days > 90) continue
    return { days, unit: m[2] === '个工作日' ? 'working' : 'natural', text: m[0].replace(/^.*?之日起/, '之日起'), index: m.index }
  }
  return null
}

/** Distance from [start, end) to the nearest match of `re` in `s` (Infinity when none). */
function nearest(s: string, re: RegExp, start: number, end: number): number {
  const g = new RegExp(re.source, 'g')
  let best = Infinity
  let m: RegExpExecArray | null
  while ((m = g.exec(s))) {
    const d = m.index >= end ? m.index - end : m.index + m[0].length <= start ? start - (m.index + m[0].length) : 0
    if (d < best) best = d
    if (m[0].length === 0) g.lastIndex++
  }
  return best
}

/** The term a 查封/扣押 decision sets for its measure (行政强制法 第二十五条). */
export interface MeasureTerm {
  /** Natural days: the number the document states, else the days between the dates it gives (the first not counted). */
  days: number
  /** The words as written (查封、扣押期限：自2025年1月20日起至2025年3月20日止，共计六十日). */
  text: string
  /** Where in the text they start. */
  index: number
  /** How `days` was read: the stated number, or only the two dates. */
  from: 'number' | 'dates'
  /** The sentence speaks of an extension (延长) or of testing time the term leaves out (检测、检验、检疫、鉴定). */
  extension: boolean
  testing: boolean
  /** The sentence names a law of its own for the term (法律、行政法规另有规定的除外). */
  otherLaw: string | null
  /** The first day the words give (自2024年3月12日起), when they give one. */
  start?: string
}

const TERM_HEAD = /(?:查封|扣押|查扣)[^。；]{0,10}?期限/g
/** The law's cap quoted, not a term set: 不得超过三十日, 最长不超过, 期限届满. */
const NOT_A_TERM = /不得超过|不超过|最长|届满|已满|到期后|期限内/
const TERM_DAYS = new RegExp(`(?:共计|共|计|为|是|[:：])?\\s{0,2}([\\d０-９${CN_NUM_CHARS}]{1,4})\\s{0,2}(?:个)?(日|天|个工作日)`)

/** Whole days from one ISO day (YYYY-MM-DD) to another (the first not counted). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000)
}

/**
 * The term a document sets for a 查封/扣押 ("查封、扣押期限：自…起至…止，共计六十日", "扣押期限为三十日", "查封期限为2024年7月31日
 * 至2024年8月29日"), or null when it states none. Quotations of the law's cap (期限不得超过三十日) are not terms.
 */
export function measureTerm(text: string): MeasureTerm | null {
  TERM_HEAD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TERM_HEAD.exec(text))) {
    const from = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1
    let end = text.slice(m.index).search(/[。；]/)
    end = end < 0 ? Math.min(text.length, m.index + 120) : m.index + end
    const sentence = text.slice(from, end)
    const rest = text.slice(m.index + m[0].length, end)
    // the words right after 期限 (自…起至…止，共计六十日): no further than the next clause that is not about the term
    const tail = rest.slice(0, 60)
    if (NOT_A_TERM.test(tail.slice(0, 8)) || /不得超过|不超过|最长/.test(text.slice(Math.max(from, m.index - 6), m.index))) continue
    // (dates in any written form; masked before the number is looked for, so a date's day is not read as the term)
    const parsed = parseDatesIn(tail).filter((d) => d.d !== undefined)
    const dates = parsed.flatMap((d) => [d.iso, d.endIso].filter((x): x is string => !!x)).map((iso) => iso.slice(0, 10))
    let undated = tail
    for (const d of [...parsed].reverse()) undated = undated.slice(0, d.start) + '＃'.repeat(d.end - d.start) + undated.slice(d.end)
    // (and days written without their year: 11月20日至12月19日共30日)
    undated = undated.replace(/\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号]/g, (x) => '＃'.repeat(x.length))
    const num = TERM_DAYS.exec(undated)
    const stated = num && num[2] !== '个工作日' ? parseCnInt(num[1]) : null
    const between = dates.length >= 2 ? daysBetween(dates[0], dates[1]) : null
    const days = stated !== null && stated > 0 && stated <= 365 ? stated : between !== null && between > 0 && between <= 365 ? between : null
    if (days === null) continue
    const lawCited = /《([^》]{2,40})》/.exec(sentence)
    // (the words start at the clause that names the measure: 查封、扣押期限, not the 扣押： a line before it ends with)
    const cut = Math.max(...['：', ':', '，', ','].map((c) => m![0].lastIndexOf(c))) + 1
    const start = cut > 0 && /查封|扣押|查扣/.test(m[0].slice(cut)) ? m.index + cut : m.index
    return {
      days,
      text: text.slice(start, Math.min(end, m.index + m[0].length + 60)),
      index: start,
      from: stated !== null && days === stated ? 'number' : 'dates',
      extension: /延长|延期/.test(sentence),
      testing: /检测|检验|检疫|鉴定/.test(sentence),
      otherLaw: lawCited && !/行政强制法/.test(lawCited[1]) ? lawCited[1] : null,
      ...(dates.length ? { start: dates[0] } : {}),
    }
  }
  return null
}
