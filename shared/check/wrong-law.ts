/**
 * A penalty provision cited under the wrong law's name: the decision finds a violation of one law (违反《食品安全法》
 * 第三十四条) but cites the penalty article of another (依据《药品管理法》第一百二十六条); the fine lies outside the cited
 * article's range and inside the range of the same article of the violated law. A penalty article usually belongs to
 * the law whose rule was broken, so this points at a slip in the law's name (likewise a 警告 alone under a law whose
 * subject the decision's facts never name, where the violated law's same article provides a warning); an implementing
 * regulation penalised under its parent law, or a fine legitimately outside, are why it stays for a person to confirm.
 */
import type { CaseView } from './view'
import { ownWords } from './view'
import type { Citation, DocFacts } from '../types'
import { docDate } from './kinds/citation'
import { writtenTitles } from './titles'
import { versionAt } from '../law/version-at'

export interface WrongLaw {
  /** The law cited for the penalty. */
  cited: string
  /** The violated law whose same article takes the fine. */
  likely: string
  citation: Citation
  /** Why, for a warning alone: the subject the decision never speaks of. */
  subject?: string
}

const PROCEDURE_LAWS = /^中华人民共和国(?:行政处罚法|行政强制法|行政复议法|行政诉讼法)$/

const simple = (r: { form: string; perUnit?: string; condition?: string }) => r.form !== 'multiple' && !r.perUnit

/** What a law is about, as a decision's facts would name it: 药品 of 药品管理法, 食品 of 食品安全法. */
const subject = (title: string) => title.replace(/^中华人民共和国/, '').slice(0, 2)

/**
 * `penalties`: the citations taken as the penalty basis (by default those read as such). With no fine (`fineYuan`
 * null) the penalty is a 警告 alone: the slip shows when the decision's own words, titles aside, never name the cited
 * law's subject (药品 for 药品管理法) and the violated law's same article provides a warning.
 */
export function wrongPenaltyLaw(view: CaseView, doc: DocFacts, fineYuan: number | null, penalties?: Citation[]): WrongLaw | null {
  const laws = view.ctx.laws
  const date = docDate(view, doc)
  const titles = writtenTitles(doc)
  const version = (c: Citation) => {
    const res = laws.resolveTitle(titles.get(c) ?? c.law)
    const v = res ? versionAt(laws, res, date) : null
    return res && v ? { title: res.title, id: v.id } : null
  }
  let words: string | undefined
  const own = () => (words ??= ownWords(view, doc).replace(/《[^》]*》/g, ''))
  const cites = view.citations(doc)
  const violated = [...new Map(cites.filter((c) => c.role === 'violated').map(version).filter((v) => v !== null).map((v) => [v!.title, v!])).values()]
  if (!violated.length) return null
  for (const c of penalties ?? cites.filter((x) => x.role === 'penalty')) {
    const p = version(c)
    // the procedure laws' articles (加处罚款, 强制执行) sit beside any law's penalty: no slip there
    if (!p || PROCEDURE_LAWS.test(p.title) || violated.some((v) => v.title === p.title)) continue
    const opts = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
    const ranges = (id: string) => laws.fineRanges(id, c.article, { ...opts, item: undefined }).filter(simple)
    const warns = (id: string) => /警告/.test(laws.provision(id, c.article, { articleSub: c.articleSub })?.text ?? '')
    // a warning alone: the cited law fits when the decision speaks of its subject (药品 for 药品管理法) outside titles
    const inside = (id: string) =>
      fineYuan === null
        ? id === p.id
          ? !!subject(p.title) && own().includes(subject(p.title))
          : warns(id)
        : ranges(id).some((r) => fineYuan >= (r.min ?? 0) - 0.5 && fineYuan <= (r.max ?? Infinity) + 0.5)
    if (inside(p.id)) continue
    const hit = violated.find((v) => inside(v.id))
    if (hit) return { cited: p.title, likely: hit.title, citation: c, ...(fineYuan === null ? { subject: subject(p.title) } : {}) }
  }
  return null
}
