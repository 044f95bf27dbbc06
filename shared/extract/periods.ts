/**
 * A period a document gives the party for a step of its own: "你单位可在收到本告知书之日起五个工作日内提出陈述、申辩",
 * "自送达之日起三日内…陈述申辩", "如要求听证，应当在收到本通知书之日起5日内提出". Where the law sets no number
 * (行政处罚法 第四十四条), the period the notice states is the one the agency must wait out.
 */
import { CN_NUM_CHARS, parseCnInt } from './cnnum'

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
    const sentence = text.slice(from, to)
    const at = m.index - from
    // the step the period belongs to is the one named nearest to it (…有陈述、申辩的权利，如要求听证，应当在…之日起五日内提出)
    const near = (re: RegExp) => nearest(sentence, re, at, at + m![0].length)
    const own = near(step)
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
