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
import { formatArticle } from '../law/article'
import type { LawVersionInfo } from '../law/types'

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

/** A penalty provision cited by the number the text before the one in force gave it (see olderNumbering). */
export interface OlderNumber {
  title: string
  citation: Citation
  /** The text in force on the decision's date, and the one it replaced. */
  cur: LawVersionInfo
  old: LawVersionInfo
  /** Where the text in force puts the replaced text's provision (第六十九条), when the data maps it. */
  now: string | null
}

/**
 * A penalty provision cited by the number the replaced text gave it (道路运输条例 2022 第七十条第一款 for not maintaining
 * vehicles, which the 2023 text numbers 第六十九条第一款, its 第七十条 now punishing stations, bs-05): the fine lies outside
 * the cited provision's ranges in the text in force on the decision's date and inside those of the same provision of the
 * text it replaced, whose words differ. Null otherwise, and without the decision's date.
 */
export function olderNumbering(view: CaseView, doc: DocFacts, fineYuan: number, penalties?: Citation[]): OlderNumber | null {
  const laws = view.ctx.laws
  const date = docDate(view, doc)
  if (!date) return null
  const titles = writtenTitles(doc)
  const bare = (t: string) => t.replace(/[^\u4e00-\u9fff]/g, '')
  for (const c of penalties ?? view.citations(doc).filter((x) => x.role === 'penalty')) {
    const res = laws.resolveTitle(titles.get(c) ?? c.law)
    const cur = res ? versionAt(laws, res, date) : null
    if (!res || !cur || PROCEDURE_LAWS.test(res.title)) continue
    const opts = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
    const ranges = (id: string) => laws.fineRanges(id, c.article, { ...opts, item: undefined }).filter(simple)
    const fits = (id: string) => ranges(id).some((r) => fineYuan >= (r.min ?? 0) - 0.5 && fineYuan <= (r.max ?? Infinity) + 0.5)
    const curText = laws.provision(cur.id, c.article, opts)?.text
    if (!curText || !ranges(cur.id).length || fits(cur.id)) continue
    const start = cur.inForceFrom ?? cur.versionDate
    const old = res.versions.filter((v) => v.id !== cur.id && (v.inForceFrom ?? v.versionDate) < start).pop()
    const oldText = old ? laws.provision(old.id, c.article, opts)?.text : undefined
    if (!old || !oldText || bare(oldText) === bare(curText) || !fits(old.id)) continue
    const map = laws.articleMap?.(old.id, cur.id, c.article, c.articleSub)
    let to = map?.to.filter((n) => n !== c.article) ?? []
    // (…else the article near it whose words open as the replaced provision's did)
    const head = bare(oldText).slice(0, 16)
    if (!to.length && head.length >= 8) to = [-1, 1, -2, 2, -3, 3].map((k) => c.article + k).filter((n) => n > 0 && bare(laws.provision(cur.id, n)?.text ?? '').includes(head)).slice(0, 1)
    return { title: res.title, citation: c, cur, old, now: to.length ? to.map((n) => formatArticle(n)).join('、') : null }
  }
  return null
}
