/**
 * A read-only view of one case for the check kinds: the case's own facts (quoted statute text and quotations of other
 * documents left out), documents by type, dates by procedural role, the fine, and the places evidence can point to.
 */
import type {
  AmountFact,
  CaseDocument,
  CaseFacts,
  Citation,
  DateFact,
  DateRole,
  DocFacts,
  DocLine,
  DocType,
  Evidence,
  Procedure,
} from '../types'
import type { Condition } from './kinds'
import { docTypeNamed, STANDS_FOR } from '../segment/doctypes'
import { dayOf } from './dates'
import { statuteQuotes } from '../extract/text'
import { parseDatesIn } from '../extract/dates'
import type { CheckContext } from './index'
import { shortQuote } from '../util/quote'
import { unspaced } from '../segment/script'
import { PROSE_DOC_TYPES } from '../types/documents'

/** A fact together with the document it was read from. */
export interface InDoc<T> {
  fact: T
  doc: DocFacts
}

/** The document whose own date a role is (立案 → 立案审批表 …): its dates of that role win over mentions elsewhere. */
export const ROLE_DOCS: Partial<Record<DateRole, DocType[]>> = {
  案件来源: ['案件来源登记表'],
  立案: ['立案审批表'],
  检查: ['现场检查笔录'],
  询问开始: ['询问笔录'],
  询问结束: ['询问笔录'],
  调查终结: ['案件调查终结报告'],
  告知: ['行政处罚事先告知书', '听证告知书'],
  陈述申辩: ['陈述申辩笔录'],
  听证: ['听证笔录'],
  法制审核: ['法制审核意见书'],
  集体讨论: ['集体讨论记录'],
  决定: ['行政处罚决定书', '不予行政处罚决定书'],
  送达: ['送达回证'],
  缴款: ['罚没款缴款凭证'],
  结案: ['结案报告'],
}

/** How a reviewer names the date of a role, for messages and the `field` of a finding. */
export const ROLE_FIELD: Record<DateRole, string> = {
  案件来源: '登记日期',
  立案: '立案日期',
  检查: '检查时间',
  询问开始: '询问时间',
  询问结束: '询问结束时间',
  调查终结: '调查终结',
  告知: '告知日期',
  陈述申辩: '陈述申辩日期',
  听证: '听证日期',
  法制审核: '审核日期',
  集体讨论: '讨论日期',
  决定: '决定日期',
  送达: '送达时间',
  缴款: '缴款日期',
  结案: '结案日期',
  违法行为发生: '违法行为时间',
  文书落款: '落款日期',
  其他: '日期',
}

const WAIVER = /(?<!视为|视同|即为|作为)放弃(?:了)?[^。；]{0,16}?(?:陈述|申辩|听证)[^。；，,]{0,12}/g
/** The party saying in its own statement that it asks no hearing (不要求听证, 本人不申请举行听证), at a clause's start. */
const OWN_NO = /(?:^|[。；，,：:\s])(?:本人|我|我们|我单位|我公司|本单位|本公司)?(?:不|不再)(?:要求|申请)(?:举行)?听证/g
/** A record's answer that the party will not use the rights (答：不提出陈述和申辩 / 答：我不要求听证). */
// (…after a word or two: 答：没有意见，不陈述申辩)
const ANSWERED_NO = /答\s{0,2}[:：][^。；？?\n]{0,8}?(?:不|没有|无|放弃)(?:再)?(?:提出|进行|要求|作|申请)?(?:任何)?(?:陈述|申辩|听证)[^。；？?]{0,12}/g

/** A paper's account of the party saying it will not use the rights (当事人当场表示…不提出陈述和申辩, 表示不要求听证). */
const STATED_NO = /(?:当场|明确|口头|书面)?表示[^。；？?]{0,16}?(?:不|不再|没有|无|放弃)(?:提出|进行|要求|作)?(?:任何)?(?:陈述|申辩|听证)[^。；？?]{0,12}/g

/** The paper a receipt's 送达文书 names; of several listed together, a decision among them. */
function papersNamed(value: string): DocType | null {
  const types = value.split(/[；;、]|(?<=[)）])\s*(?:和|及|、|，|,)\s*/).map((v) => docTypeNamed(v)).filter((t): t is DocType => !!t)
  return types.find((t) => t === '行政处罚决定书' || t === '不予行政处罚决定书') ?? types[0] ?? docTypeNamed(value)
}

/** The file says the case was, or must be, reviewed (本案经法制审核, 应当经法制审核) — not only sent to one (报法制审核). */
const REVIEW_SAID = /(?:^|[^送报交])经(?:过)?(?:本局|本机关)?法制(?:机构)?审核|应当?经(?:过)?法制(?:机构)?审核/
/** …not where it says none is needed or asks whether one is. */
const REVIEW_DENIED = /(?:无需|不需要?|不必|未|没有|不属于|不适用|免于|不予)[^，,]{0,12}法制审核|法制审核[^，,]{0,6}(?:的?情形|的?范围|的?规定)|(?:是否|如需|需要时)/

/** The box of a 送达回证 naming the papers it serves. */
const SERVED_ENTRY = /送达文书|文书名称|送达文件/
/**
 * A line going on with that box's entry: indented, or — its indent lost to a scan — a paper's name and number alone, perhaps
 * numbered (2．某决定书（…）), or the end of a number the line before broke (87号）); never a box of its own.
 */
function entryGoesOn(t: string): boolean {
  if (/[丨|｜│:：]/.test(t)) return false
  if (/^[\s\u3000]{2,}\S/.test(t) || /^[\s\u3000]*\d{1,6}\s{0,2}号\s{0,2}[)）]?\s*$/.test(t)) return true
  return /^[\s\u3000]*(?:\d{1,2}\s{0,2}[．.、]\s{0,2})?[\u4e00-\u9fa5]{2,24}(?:书|表|单|函)\s{0,2}(?:[（(][^（）()]{0,30}[)）]?)?\s*$/.test(t) && !!docTypeNamed(t)
}

/** A heavier penalty a decision imposes (行政处罚法 第五十八条's signs of a major case), and words saying it does not apply. */
const HEAVY = /吊销|责令停产停业|责令关闭|限制从业|降低资质等级/
const HEAVY_DENIED = new RegExp(`(?:不|无|未|免予|不予)[^。；，,]{0,6}(?:${HEAVY.source})`)

/** A paper's words revoking a decision, and having it made again (撤销被申请人作出的…行政处罚决定; 责令…重新作出行政处罚决定). */
const REVOKES = /撤销[^。；]{0,60}?(?:处罚)?决定/
const REDO = /重新作出|重新处理|重新处罚/

export class CaseView {
  readonly facts: CaseFacts
  readonly documents: CaseDocument[]
  readonly ctx: CheckContext
  private readonly byId = new Map<string, CaseDocument>()
  private readonly lineIndex = new Map<string, { doc: CaseDocument; i: number }>()

  constructor(facts: CaseFacts, documents: CaseDocument[], ctx: CheckContext) {
    this.facts = facts
    this.documents = documents
    this.ctx = ctx
    for (const d of documents) {
      this.byId.set(d.id, d)
      d.lines.forEach((l, i) => this.lineIndex.set(`${l.file}#${l.page}#${l.line}`, { doc: d, i }))
    }
  }

  get procedure(): Procedure {
    return this.facts.procedure
  }

  docs(type?: DocType): DocFacts[] {
    return type ? this.facts.documents.filter((d) => d.docType === type) : this.facts.documents
  }

  has(type: DocType): boolean {
    return this.facts.documents.some((d) => d.docType === type) || this.documents.some((d) => d.type === type)
  }

  /** The segmented document behind a DocFacts, when the caller passed the documents. */
  document(doc: DocFacts): CaseDocument | undefined {
    return this.byId.get(doc.docId)
  }

  /**
   * The decision (行政处罚决定书; else 不予行政处罚决定书): where a review or a court revoked a decision of the file and the
   * agency made it again, the one made again (the first of the latest round that has one).
   */
  decision(): DocFacts | undefined {
    const standing = this.standing([...this.docs('行政处罚决定书'), ...this.docs('不予行政处罚决定书')])
    const decisions = standing.filter((d) => d.docType === '行政处罚决定书')
    return decisions.find((d) => !this.onSpotBeside(d)) ?? decisions[0] ?? standing[0]
  }

  /**
   * An on-the-spot decision (当场行政处罚决定书, 简易程序) filed beside the case's own decision — an earlier penalty for another
   * act, kept as evidence (cs-03, ct-06): a paper of the file, but none of the case's steps.
   */
  onSpotBeside(doc: DocFacts): boolean {
    const onSpot = (d: DocFacts) => d.docType === '行政处罚决定书' && this.titledOnSpot(d)
    return onSpot(doc) && this.docs('行政处罚决定书').some((d) => !onSpot(d))
  }

  /** A paper titled as one of the on-the-spot (简易程序) procedure: 当场行政处罚决定书, 简易程序处罚决定书. */
  titledOnSpot(doc: DocFacts): boolean {
    return /当场|简易程序/.test(this.document(doc)?.title ?? '')
  }

  /** Of the given papers, those of the latest round any of them is in: the decisions that stand, a revoked one left out. */
  standing(docs: DocFacts[]): DocFacts[] {
    const last = Math.max(-1, ...docs.map((d) => this.round(d)))
    return docs.filter((d) => this.round(d) === last)
  }

  /**
   * The round of the case a paper belongs to: 0, and one more after each paper that revoked a decision of the file and had
   * it made again (a 行政复议决定书 or a court's 判决书: 撤销…行政处罚决定，责令…重新作出) where a decision follows it. The
   * papers of a revoked round are the case's history: their dates are not set against the new round's (a first decision
   * served in May, the new one made in September).
   */
  round(doc: DocFacts): number {
    this.rounds ??= this.findRounds()
    return this.rounds.get(doc) ?? 0
  }
  private rounds?: Map<DocFacts, number>
  private findRounds(): Map<DocFacts, number> {
    const list = this.facts.documents
    const decides = (d: DocFacts) => d.docType === '行政处罚决定书' || d.docType === '不予行政处罚决定书'
    const out = new Map<DocFacts, number>()
    let round = 0
    list.forEach((d, k) => {
      out.set(d, round)
      const cd = this.document(d)
      if (!cd || decides(d) || !/复议决定|判决书|撤销/.test(cd.title + d.docType)) return
      const text = docText(cd)
      if (REVOKES.test(text) && REDO.test(text) && list.slice(0, k).some(decides) && list.slice(k + 1).some(decides)) round++
    })
    return out
  }

  dates(doc: DocFacts): DateFact[] {
    return doc.dates.filter((d) => !d.quoted)
  }

  /** The earliest day any document of the case gives of its own (dates it quotes aside), or undefined. */
  earliestDay(): string | undefined {
    return this.docs().flatMap((d) => this.dates(d)).map(dayOf).filter((d): d is string => !!d).sort()[0]
  }

  /** The earliest day the case gives for the conduct (违法行为发生), or undefined. */
  conductDay(): string | undefined {
    return this.roleDates('违法行为发生').map((x) => dayOf(x.fact)).filter((d): d is string => !!d).sort()[0]
  }

  /**
   * A revision of a law that a paper of the case names beside its title (《…》（2022年修订）) and the law data does not
   * hold — newer than every text it has: the year named and the newest text held; null when none is named or it is held.
   */
  unheldRevision(title: string): { year: number; newest: string } | null {
    if (!this.unheld.has(title)) this.unheld.set(title, this.findUnheldRevision(title))
    return this.unheld.get(title)!
  }
  private readonly unheld = new Map<string, { year: number; newest: string } | null>()
  private findUnheldRevision(title: string): { year: number; newest: string } | null {
    const laws = this.ctx.laws
    // (most cases name no revision: nothing to resolve)
    const named = this.docs().flatMap((d) => d.citations.filter((c) => c.revisedIn !== undefined && !c.quoted))
    if (!named.length) return null
    const res = laws.resolveTitle(title)
    const newest = res?.versions.map((v) => v.versionDate).sort().pop()
    if (!res || !newest) return null
    const hit = named.find((c) => c.revisedIn! > Number(newest.slice(0, 4)) && laws.resolveTitle(c.law)?.title === res.title)
    return hit ? { year: hit.revisedIn!, newest } : null
  }

  amounts(doc: DocFacts): AmountFact[] {
    return doc.amounts.filter((a) => !a.quoted)
  }

  citations(doc: DocFacts): Citation[] {
    return doc.citations.filter((c) => !c.quoted)
  }

  /**
   * Dates of a role, the case's own only. Dates in the role's own document (ROLE_DOCS) win; when that document
   * holds none of the role, its signing date (文书落款) stands for it; mentions in other documents count only when
   * the role's document is absent. 送达 means service of the decision: 送达回证 of other documents are left out
   * when the served document can be told.
   */
  roleDates(role: DateRole): InDoc<DateFact>[] {
    const own = ROLE_DOCS[role]
    let docs = own ? this.facts.documents.filter((d) => own.includes(d.docType)) : []
    if (role === '送达') docs = this.decisionServiceDocs(docs)
    const inOwn: InDoc<DateFact>[] = []
    for (const doc of docs) {
      // The 告知 takes effect when the 告知书 is served: its service date (本告知书于…送达) is a 告知 date too.
      let ds = this.dates(doc).filter((d) => d.role === role || (role === '告知' && d.role === '送达'))
      // A form's own box (检查时间：…) outranks a date its narrative mentions (经查，当事人于…): keep the labelled ones.
      const boxed = ds.filter((d) => LABELLED_DATE.test(this.lineOf(d.evidence)?.line.text ?? ''))
      if (boxed.length && boxed.length < ds.length) ds = boxed
      if (ds.length) ds.forEach((fact) => inOwn.push({ fact, doc }))
      else {
        // A document whose one date is its signing date: that date is the role's (立案审批表 dated 2024-03-05).
        const signed = this.dates(doc).filter((d) => d.role === '文书落款')
        if (signed.length) inOwn.push({ fact: signed[signed.length - 1], doc })
        else {
          // A form signed box by box (承办人意见 建议立案 … 2024年8月1日 / 审核意见 同意立案 签名 … 2024年8月1日): the date
          // signed under the approval is the day of the step.
          const line = (d: DateFact) => this.lineOf(d.evidence)?.line.text ?? ''
          const form = /审批表|登记表|报告|意见书|记录/.test(doc.docType)
          const before = (d: DateFact) => line(d).slice(0, d.evidence.span?.[0] ?? Math.max(0, line(d).indexOf(d.text)))
          const approved = form ? this.dates(doc).filter((d) => d.role === '其他' && /同意|批准|审批|签名|签字/.test(before(d))) : []
          if (approved.length) inOwn.push({ fact: approved[approved.length - 1], doc })
        }
      }
    }
    if (inOwn.length || (own && docs.length)) return inOwn
    // A notice's own service (本告知书于…送达) is not the decision's; nor is a service the decision's own narrative tells
    // (…于某日向你单位送达了《行政处罚事先告知书》): the decision cannot record its own service before it was made.
    // (…nor a 责令改正通知书's or a seizure decision's own receipt, nor the dates a 卷内目录 lists against its papers)
    const notice = (d: DocFacts) => role === '送达' && (PROSE_DOC_TYPES.has(d.docType) || d.docType === '送达回证' || d.docType === '卷内目录')
    const told = this.datesIn(this.facts.documents.filter((d) => !notice(d)), role)
    if (role !== '送达') return told
    // …but the receipt a decision bears at its foot, on or after its own date (本决定书已于…当面交付。受送达人：…), is its service
    const decision = this.decision()
    // (…and a receipt signed on another paper is that paper's own: 先行登记保存物品处理决定书 … 签收：杨成贵　2024年2月2日, bu-04)
    const ownReceipt = (x: InDoc<DateFact>) => x.doc !== decision && RECEIPT_SIGNED.test(this.lineOf(x.fact.evidence)?.line.text ?? x.fact.evidence.text)
    // (its own date is the latest 决定 it gives: a decision may tell of an earlier one, 原处罚决定, and that one's service)
    const decided = decision ? this.dates(decision).filter((d) => d.role === '决定').map(dayOf).filter((d): d is string => !!d).sort().pop() : undefined
    const signed = decision && decided ? this.datesIn([decision], '送达').filter((x) => (dayOf(x.fact) ?? '') >= decided) : []
    return [...signed, ...told.filter((x) => !ownReceipt(x))]
  }

  /**
   * The party gave up in writing the rights `rights` names (自愿放弃陈述、申辩和要求听证的权利, a 声明书 or the decision
   * recording it; or answered a record of the notice that it will not state its case: 问：…是否提出陈述和申辩？ 答：不提出陈述和
   * 申辩): the words, or null. Not the notice's own words (逾期未提出的，视为放弃), nor a waiver of other rights.
   */
  waiver(rights: RegExp): string | null {
    const found: string[] = []
    for (const doc of this.documents) {
      const text = docText(doc)
      // (a match with the clause it stands in, from the last mark before it)
      const clauseTo = (m: RegExpMatchArray) => text.slice(Math.max(...['。', '；', '，', ',', '：', ':'].map((c) => text.lastIndexOf(c, m.index))) + 1, m.index! + m[0].length)
      for (const w of text.matchAll(WAIVER)) {
        // (the clause it stands in: from the last mark before it)
        const clause = clauseTo(w).trim()
        if (/逾期|如|若|可以|可在|有权|视为|视同|拟/.test(clause) || !rights.test(w[0])) continue
        found.push(clause)
      }
      for (const a of text.matchAll(ANSWERED_NO)) if (rights.test(a[0])) found.push(a[0])
      // (…or the party's own words in the record of its statement: 陈述申辩内容：…请求少罚。不要求听证。, cb-06)
      if (doc.type === '陈述申辩笔录') for (const o of text.matchAll(OWN_NO)) if (rights.test(o[0]) && !/逾期|如|若|视为|可以|有权/.test(o[0])) found.push(o[0].replace(/^[。；，,：:\s]+/, ''))
      // (…or a paper telling that the party said so when told: 李某某当场表示对拟处罚无异议，不提出陈述和申辩)
      for (const t of text.matchAll(STATED_NO)) {
        // (not a condition the notice states: 如当事人表示不要求听证的…, 当事人表示放弃陈述申辩的，视为…)
        const clause = clauseTo(t)
        if (rights.test(t[0]) && !/逾期|如|若|视为|可以|有权/.test(clause) && !/^[^。；]{0,6}的/.test(text.slice(t.index! + t[0].length))) found.push(t[0])
      }
    }
    // (the party's own words first: 自愿放弃…, 明确表示放弃…; else a declaration's title, 放弃陈述申辩及听证权利声明书)
    return found.find((c) => /自愿|明确|书面|表示|同意/.test(c)) ?? found[0] ?? null
  }

  /** Another document that did the job of `type` (STANDS_FOR) as a condition on the file reads it: its note, or null. */
  standIn(type: DocType): string | null {
    return this.standInFor(type, undefined, true)?.note ?? null
  }

  /** The stand-in (STANDS_FOR) for `type` the file holds, with whether a person must confirm it, or null. */
  standInFor(type: DocType, by?: DocType, asCondition = false): { note: string; confirm: boolean } | null {
    // a full stand-in first: one that needs confirming only when no other will do
    // (`by`: only a stand-in of that type — a 送达回证 serving the decision is stood in for by the decision's own receipt)
    // (`asCondition`: for a condition on the file holding the paper, not one that only meets the requirement to file it)
    const held = STANDS_FOR.filter((x) => x.type === type && (!by || x.by === by) && !(asCondition && x.requirementOnly) && this.documents.some((d) => d.type === x.by && x.when.test(this.ownWords(d))))
    const e = held.find((x) => !x.confirm) ?? held[0]
    return e ? { note: e.note, confirm: !!e.confirm } : null
  }

  /** A document's own words: its text without the statute text it quotes (“由…责令改正，处…罚款”), read once. */
  private ownWords(d: CaseDocument): string {
    let t = this.ownWordsOf.get(d)
    if (t === undefined) {
      const all = docText(d)
      t = statuteQuotes(all).reduceRight((s, r) => s.slice(0, r.start) + s.slice(r.end), all)
      this.ownWordsOf.set(d, t)
    }
    return t
  }
  private readonly ownWordsOf = new Map<CaseDocument, string>()

  /** Whether the document a role's date lives in is in the file (so a missing date is a gap, not an absent step). */
  roleDocPresent(role: DateRole): boolean | null {
    const own = ROLE_DOCS[role]
    if (!own) return null
    // 送达 is the decision's service: 送达回证 of other documents do not count.
    if (role === '送达') return this.decisionServiceDocs(this.docs('送达回证')).length > 0
    return own.some((t) => this.has(t))
  }

  /**
   * A date a paper of the file says was written by mistake (送达回执补正说明: 收件人在送达回执上将签收日期误写为“2025年8月8日”…
   * 实际签收日期为2025年8月18日): that day is no step's day (bw-05).
   */
  miswritten(d: DateFact): boolean {
    if (!this.miswrittenDays) {
      // (the day as the paper quotes it: with its year, or only its month and day, 误写为“10月27日”, ca-04)
      const days = new Set<string>()
      for (const doc of this.documents)
        for (const m of docText(doc).matchAll(MISWRITTEN)) {
          for (const x of parseDatesIn(m[1])) if (x.precision === 'day' || x.precision === 'minute') days.add(x.iso.slice(0, 10))
          const md = /^(\d{1,2})月(\d{1,2})日/.exec(m[1])
          if (md) days.add(`--${md[1].padStart(2, '0')}-${md[2].padStart(2, '0')}`)
        }
      this.miswrittenDays = days
    }
    const day = dayOf(d)
    return !!day && (this.miswrittenDays.has(day) || this.miswrittenDays.has(`--${day.slice(5)}`))
  }
  private miswrittenDays: Set<string> | null = null

  /**
   * The document a 送达回证 served: its 送达文书 entry, else the decision's number written on it, else a document named
   * in its text; null when it cannot be told.
   */
  servedBy(d: DocFacts): DocType | null {
    // (a receipt serving several papers at once — 税务处理决定书（…）；税务行政处罚决定书（…）— serves the decision among them)
    // (…its entry going on over the lines below, indented, a paper a line: 送达文书名称丨税务处理决定书（…） / 税务行政处罚决定书（…）)
    const lines = (this.document(d)?.lines ?? []).slice(1)
    const at = lines.findIndex((l) => SERVED_ENTRY.test(l.text))
    let more = ''
    for (let k = at + 1; at >= 0 && k < lines.length && entryGoesOn(lines[k].text); k++) more += `；${lines[k].text.trim()}`
    const named = d.fields.find((f) => SERVED_ENTRY.test(f.label))
    if (named && named.value.trim()) {
      const t = papersNamed(named.value + more)
      if (t) return t
      // (a paper named there that is of no kind the file's checks know — 延长查封（扣押）期限决定书, 产品确认通知书 — is another
      // paper, not a receipt of unknown purpose)
      if (/^[\s《]*[\u4e00-\u9fa5（）()、]{2,30}(?:书|表|单|函|协议|笔录|记录)(?:》)?(?:[\s（(]|$)/.test(named.value)) return '其他'
    }
    // the 送达文书 line as printed (送达文书名称 | 行政处罚事先告知书（…）, a table the form reader did not take as a box)
    const entry = (l: { text: string }, after = '') => papersNamed(l.text.replace(/^.*?(?:送达文书|文书名称|送达文件)(?:名称)?(?:及文号|[、丶，,]文号)?[\s|｜]*[:：]?[\s|｜]*/, '') + after)
    const served = at >= 0 ? lines[at] : undefined
    const onLine = served ? entry(served, more) : null
    // (a receipt a page break cut from its head: its title and 送达文书 line end the paper before, printed under it — 告知书 …
    // 税务文书送达回证 / 送达文书名称、文号：税务行政处罚事项告知书（…） — and its boxes open the next page)
    if (!served) {
      const own = this.document(d)
      const k = own ? this.documents.indexOf(own) : -1
      const tail = k > 0 ? this.documents[k - 1].lines.slice(-6) : []
      const head = tail.findIndex((l) => /^[\s\u3000]*(?:[\u4e00-\u9fa5]{0,6})送\s?达\s?回\s?证[\s\u3000]*$/.test(l.text))
      const named = head >= 0 ? tail.slice(head + 1).find((l) => SERVED_ENTRY.test(l.text)) : undefined
      const t = named ? entry(named) : null
      if (t && t !== d.docType) return t
    }
    if (onLine && onLine !== d.docType) return onLine
    // (…else the decision's number on it — unless the 送达文书 line names another paper by its own number, 某听告〔2024〕015号:
    // the 案件编号 a form carries for every paper of the case is then no sign)
    const decisionNo = this.decision()?.caseNumbers.find((c) => c.own)
    const otherPaper = !!served && /[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]/.test(served.text) && !!decisionNo && !served.text.replace(/\s+/g, '').includes(decisionNo.text.replace(/\s+/g, ''))
    if (decisionNo && !otherPaper && d.caseNumbers.some((c) => c.prefix === decisionNo.prefix && c.year === decisionNo.year && c.serial === decisionNo.serial)) return this.decision()?.docType ?? '行政处罚决定书'
    if (!served) {
      for (const l of lines) {
        const t = entry(l)
        if (t && t !== d.docType) return t
      }
    }
    return null
  }

  /**
   * The 送达回证 serving a document: those that name it, and those that name nothing recognisable (a person checks
   * them); none when every 送达回证 in the file serves another document.
   */
  serviceDocs(of: DocType, docs: DocFacts[] = this.docs('送达回证')): DocFacts[] {
    const served = docs.map((d) => this.servedBy(d))
    const same = (t: DocType | null) => t === of || (of === '行政处罚决定书' && t === '不予行政处罚决定书') || (of === '不予行政处罚决定书' && t === '行政处罚决定书')
    if (served.some(same)) return docs.filter((_, i) => same(served[i]))
    return docs.filter((_, i) => served[i] === null)
  }

  /**
   * When a document was served: the 送达 dates of the 送达回证 that name it, else a service the document records itself
   * (本通知书于…送达); else its own signing date, with `dated` true. A document is served on or after the day it is
   * dated, so that date can show a period too short but never one long enough.
   */
  /** The service dates the 送达回证 serving a document of this type give. */
  receiptDates(type: DocType): InDoc<DateFact>[] {
    return this.datesIn(this.docs('送达回证').filter((d) => this.servedBy(d) === type), '送达')
  }

  servedOn(type: DocType): { dates: InDoc<DateFact>[]; dated: boolean } {
    const receipts = this.receiptDates(type)
    if (receipts.length) return { dates: receipts, dated: false }
    const told = this.datesIn(this.docs(type), '送达')
    if (told.length) return { dates: told, dated: false }
    return { dates: this.datesIn(this.docs(type), '文书落款'), dated: true }
  }

  /** The case's own dates of one role in the given documents, as read (no preference among documents). */
  datesIn(docs: DocFacts[], role: DateRole): InDoc<DateFact>[] {
    return docs.flatMap((doc) => this.dates(doc).filter((d) => d.role === role).map((fact) => ({ fact, doc })))
  }

  /** 送达回证 serving the decision. */
  private decisionServiceDocs(docs: DocFacts[]): DocFacts[] {
    return this.serviceDocs(this.decision()?.docType ?? '行政处罚决定书', docs)
  }

  /** The fine (罚款) of the decision: distinct amounts, the case's own. */
  decisionFines(): InDoc<AmountFact>[] {
    const d = this.decision()
    if (!d) return []
    const seen = new Set<number>()
    const out: InDoc<AmountFact>[] = []
    for (const a of this.amounts(d)) {
      if (a.role !== '罚款' || seen.has(a.yuan)) continue
      seen.add(a.yuan)
      out.push({ fact: a, doc: d })
    }
    return out
  }

  /**
   * A date a document tells in a sentence of its account (…于2024年3月1日对当事人进行询问，…), not in a box of its
   * own (立案时间：…) nor in its closing line: the step it names is read from the words around it, which is right about
   * three times in four on real decisions (the real corpus, tune part). Two such dates of one document prove no order
   * between the steps, whatever the document was typed as (a decision's account cut from its head reads as the
   * evidence list that follows it). Untyped texts (其他) are left to their own wording where their dates are used.
   */
  toldInProse(x: InDoc<DateFact>): boolean {
    // (an untyped text's dates are all an account's: said of them where they are used)
    if (x.doc.docType === '其他') return false
    const line = this.lineOf(x.fact.evidence)?.line.text ?? x.fact.evidence.text
    // (a form's opinion box signed and dated, 机关负责人意见：同意。签名：冯某　2024年12月3日: a box, not an account)
    if (/意见\s{0,2}[:：|].{0,40}(?:签名|签字|签章)\s{0,2}[:：]?[^，,。；;]{0,12}$/.test(line.slice(0, line.indexOf(x.fact.evidence.text) >= 0 ? line.indexOf(x.fact.evidence.text) : line.length))) return false
    return !LABELLED_DATE.test(line) && /[，,。；;]/.test(line)
  }

  /** The line an evidence points to, and its document. */
  lineOf(ev: Evidence): { doc: CaseDocument; i: number; line: DocLine } | null {
    if (ev.line === undefined) return null
    const hit = this.lineIndex.get(`${ev.file}#${ev.page}#${ev.line}`)
    return hit ? { ...hit, line: hit.doc.lines[hit.i] } : null
  }

  /** The sentence around an evidence: its line, joined with neighbours up to sentence ends (at most ~160 chars). */
  sentenceOf(ev: Evidence): string {
    const hit = this.lineOf(ev)
    if (!hit) return ev.text
    const lines = hit.doc.lines
    let text = lines[hit.i].text
    // A sentence that ends on this line before the evidence (…146 号）。根据《行政处罚法》第六十四条) is not part of it.
    const at = ev.span?.[0] ?? -1
    // (where the evidence ends in the text built: a page read as one long line holds the sentences after it too)
    let evEnd = ev.span?.[1] ?? -1
    // (…outside a quotation: the statute a decision quotes, “…罚款；没有违法所得的，…”, is part of its sentence)
    const endBefore = at > 0 ? lastStopOutsideQuotes(text, at) : -1
    if (endBefore >= 0) {
      text = text.slice(endBefore + 1)
      if (evEnd >= 0) evEnd -= endBefore + 1
    }
    for (let i = hit.i - 1; i >= 0 && endBefore < 0 && text.length < 160; i--) {
      const t = lines[i].text
      const end = Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'))
      const head = end >= 0 ? t.slice(end + 1) : t
      text = head + text
      if (evEnd >= 0) evEnd += head.length
      if (end >= 0) break
    }
    for (let i = hit.i + 1; i < lines.length && !/[。；]/.test(text.slice(-40)) && text.length < 200; i++) text += lines[i].text
    // …and ends at its own end after the evidence (…第七十二条的规定采取措施。如不服本决定，可申请复议… is no citation for 复议)
    if (evEnd < 0 && ev.text && ev.text !== lines[hit.i].text) {
      const k = text.indexOf(ev.text)
      if (k >= 0) evEnd = k + ev.text.length
    }
    const stop = evEnd >= 0 ? text.slice(evEnd).search(/[。；]/) : -1
    if (stop >= 0) text = text.slice(0, evEnd + stop + 1)
    return text
  }

  /**
   * The items a sentence leads into when it ends with 决定： or 如下：(依据…第六十三条第（二）项…和…第二十八条第二款的规定，本机关
   * 决定： / 1．责令… / 2．没收违法所得… / 3．罚款…): what the provisions it cites are applied to, one line an item.
   */
  itemsLedInto(ev: Evidence): string {
    const hit = this.lineOf(ev)
    if (!hit) return ''
    const lines = hit.doc.lines
    let i = hit.i
    // (the sentence may go on for a line or two after the citation before its colon)
    while (i < lines.length - 1 && i < hit.i + 2 && !/[。；]/.test(lines[i].text.slice(lines[i].text.indexOf(ev.text) + 1)) && !/[:：]\s*$/.test(lines[i].text)) i++
    if (!/(?:决定|如下)\s{0,2}[:：]\s*$/.test(lines[i].text)) return ''
    const items: string[] = []
    for (let k = i + 1; k < lines.length && items.length < 8; k++) {
      const t = lines[k].text.trim()
      if (!t) continue
      if (!/^(?:\d{1,2}\s{0,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/.test(t)) break
      items.push(t)
    }
    return items.join('')
  }

  /** Evidence for a document as a whole: its title line, else the first fact of it. */
  docEvidence(doc: DocFacts | CaseDocument): Evidence {
    const cd = 'lines' in doc ? doc : this.document(doc)
    const line = cd?.lines.find((l) => l.text.trim()) ?? cd?.lines[0]
    if (line) return lineEvidence(line)
    if (!('lines' in doc)) {
      const f = doc.dates[0] ?? doc.parties[0] ?? doc.caseNumbers[0] ?? doc.fields[0] ?? doc.officers[0] ?? doc.amounts[0] ?? doc.citations[0]
      if (f) return f.evidence
      if (doc.signatures[0]) return doc.signatures[0]
    }
    if (cd?.parts[0]) return { file: cd.parts[0].file, page: cd.parts[0].pages[0] ?? 1, text: cd.title || cd.type }
    return { file: this.facts.folder || '.', page: 1, text: 'docType' in doc ? doc.docType : doc.type }
  }

  /** The best place to point to for the file as a whole: the 卷内目录, else the decision, else the first document. */
  caseEvidence(): Evidence {
    const toc = this.documents.find((d) => d.type === '卷内目录') ?? this.docs('卷内目录')[0]
    if (toc) return this.docEvidence(toc)
    const d = this.decision()
    if (d) return this.docEvidence(d)
    const first = this.documents[0] ?? this.facts.documents[0]
    if (first) return this.docEvidence(first)
    return { file: this.facts.folder || '.', page: 1, text: '（案卷中未识别出任何文书）' }
  }

  /** Every line of the file's documents of some types (all documents when none given). */
  *lines(types?: DocType[]): Generator<{ doc: CaseDocument; line: DocLine }> {
    for (const doc of this.documents) {
      if (types && !types.includes(doc.type)) continue
      for (const line of doc.lines) yield { doc, line }
    }
  }

  // ---- conditions ----

  /** Signs that the case is a major one (行政处罚法 第五十八条, 第五十七条第二款, 第六十三条). `strong` when a legal trigger is seen. */
  majorCase(fineAtLeast?: number, hearingCounts = true): { major: boolean; strong: boolean; why: string; discussed?: boolean } {
    // 第五十八条第一款第（二）项 asks for both: 直接关系当事人或者第三人重大权益, and 经过听证程序; the file shows the second
    if (hearingCounts && this.hearingHeld()) return { major: true, strong: false, why: '经过听证程序（行政处罚法第五十八条第一款第（二）项，另须直接关系重大权益）' }
    const d = this.decision()
    // (…not a sentence saying the heavier penalty does not apply, broken over two lines: …未持有种子生产经营许可证，不 / 适用吊销许可证 — cx-02)
    const dd = d ? this.document(d) : undefined
    const heavy = dd ? docText(dd).split(/[。；]/).find((t) => HEAVY.test(t) && !/权利|《/.test(t) && !HEAVY_DENIED.test(t)) : undefined
    if (heavy) return { major: true, strong: true, why: `决定书处以较重处罚（“${shortQuote(heavy.slice(Math.max(0, heavy.search(HEAVY) - 12)), { max: 30, unbroken: 'cut' })}”）` }
    if (fineAtLeast !== undefined) {
      const fine = Math.max(0, ...this.decisionFines().map((f) => f.fact.yuan))
      if (fine >= fineAtLeast) return { major: true, strong: true, why: `罚款 ${fine} 元不低于 ${fineAtLeast} 元` }
    }
    // A 法制审核意见书 alone is no sign: 市场监管 reviews every ordinary case (SJ 50/52). A 集体讨论 is held for major ones.
    if (this.has('集体讨论记录')) return { major: true, strong: false, why: '案卷中有集体讨论记录，按重大案件办理', discussed: true }
    // the file's own papers saying the case was, or is to be, decided by the heads together (本案…经本局负责人集体讨论决定;
    // a 法制审核意见 asking for it: 应当在作出决定前提交局务会议集体讨论) — not the statute's words they quote, nor a denial
    const said = this.collectivelyDecided()
    if (said) return { major: true, strong: false, why: `${said.doc}载明“${shortQuote(said.text, { max: 40, unbroken: 'cut' })}”`, discussed: true }
    return { major: false, strong: true, why: hearingCounts ? '未见重大案件情形（未经听证、无较重处罚、无集体讨论材料）' : '未见情节复杂或重大违法的情形（无较重处罚、罚款未达标准、无集体讨论材料）' }
  }

  /** A clause of the file's own papers (not a 集体讨论记录's, nor the statute's words they quote) that `said` finds and `denied` does not. */
  private saidOwn(said: RegExp, denied: RegExp): { doc: DocType; text: string } | null {
    for (const { d, sentence } of this.ownSentences(['集体讨论记录', '法制审核意见书'])) {
      if (denied.test(sentence)) continue
      const m = said.exec(sentence)
      if (!m) continue
      // (quoted from its own line, the lines of a paper being joined in its words: 本案经法制审核，并经…)
      const core = m[0].replace(/^[^经应]/, '')
      const line = d.lines.map((l) => l.text.replace(/\s+/g, '')).find((l) => l.includes(core)) ?? sentence
      const at = line.indexOf(core)
      return { doc: d.type, text: line.slice(Math.max(0, line.lastIndexOf('，', at) + 1, line.lastIndexOf(',', at) + 1, line.lastIndexOf('。', at) + 1), at + core.length + 12).trim() }
    }
    return null
  }

  /** A sentence of the file's own papers saying the heads decided, or are to decide, the case together. */
  private collectivelyDecided(): { doc: DocType; text: string } | null {
    for (const { d, sentence } of this.ownSentences(['集体讨论记录'])) {
      // (…a denial naming the rule it is measured by: 不属于《社会组织登记管理机关行政处罚程序规定》第二十八条应当集体讨论决定的案件)
      // (…or the body that would have decided it: 无需提请重大税务案件审理委员会审理, bx-09; or a paper saying it may go without:
      // 可不提交集体讨论)
      if (/(?:无需|无须|毋须|不需要?|不必|可不|可以不|免予|未|没有|不属于|不适用|不予|不(?=提请|提交|报请|报送))(?:[^，,《]{0,6}《[^》]{1,40}》)?[^，,]{0,16}(?:集体讨论|局务会|局长办公会|案审会|审理委员会)|集体讨论[^，,]{0,6}(?:的?情形|的?范围|的?规定)|(?:是否|如需|需要时)/.test(sentence)) continue
      const m = /经[^，,。]{0,12}集体讨论|集体讨论(?:决定|通过|研究|后决定)|(?:提交|提请|报请?)[^，,。]{0,8}(?:局务会议?|局长办公会议?|案审会|案件审理委员会|集体讨论)|应当?[^，,。]{0,12}集体讨论/.exec(sentence)
      // (the clause that says it, as printed)
      if (m) return { doc: d.type, text: sentence.slice(Math.max(0, sentence.lastIndexOf('，', m.index) + 1, sentence.lastIndexOf(',', m.index) + 1, sentence.lastIndexOf('”', m.index) + 1), m.index + m[0].length + 12).trim() }
    }
    return null
  }

  /** Each sentence of the file's own words (not the statutes they quote), document by document, but for the types skipped. */
  private *ownSentences(skip: DocType[]): Generator<{ d: CaseDocument; sentence: string }> {
    for (const d of this.documents) {
      if (skip.includes(d.type)) continue
      for (const sentence of this.ownWords(d).split(/[。；;！？\n]/)) yield { d, sentence }
    }
  }

  /**
   * 简易程序 (当场处罚), also when the procedure was not read but the decision is an on-the-spot one or no 立案 exists —
   * unless the decision tells of ordinary-procedure steps (立案, 事先告知, 违法行为通知书, 听证, 法制审核 …) or fines more than
   * the spot allows: a lone decision as published, its file not at hand, was not made on the spot.
   */
  isSimple(): boolean {
    if (this.procedure === '简易程序') return true
    if (this.procedure !== '未知') return false
    const d = this.decision()
    const cd = d ? this.document(d) : undefined
    if (cd && /当场/.test(cd.title + cd.lines.slice(0, 3).map((l) => l.text).join(''))) return true
    if (cd && ORDINARY_STEPS.test(docText(cd))) return false
    // (…nor a fine above what may be imposed on the spot: 行政处罚法 第五十一条 — 二百元 for a citizen, 三千元 for a body; up to
    // 五百元 read for a person, as the sectors' own on-the-spot limits differ)
    const person = d?.parties[0]?.kind === 'person'
    const fine = Math.max(0, ...(d?.amounts ?? []).filter((a) => a.role === '罚款' && !a.quoted).map((a) => a.yuan))
    if (fine > (person ? 500 : 3000)) return false
    return !this.has('立案审批表')
  }

  /** A hearing was held: 听证程序, a 听证笔录, or a document saying so (本局于…依法举行了听证). */
  hearingHeld(): boolean {
    if (this.procedure === '听证程序' || this.has('听证笔录')) return true
    // 你单位有权要求举行听证 / 如要求听证…: the right told, not a hearing held
    this.held ??= this.documents.some((d) =>
      docText(d)
        .split(/[。；;！？]/)
        // (not a hearing fixed for a day, 决定于…举行听证, nor one called off: 终止原定于…举行的听证)
        // (nor a review form's 未经听证程序, 如当事人要求听证并经听证程序，再行法制审核: no hearing, or one only supposed;
        // nor 当事人未要求听证，不举行听证: none held)
        .some((sentence) => !RIGHT_TOLD.test(sentence) && !/(?:定于|将于|拟于)[^。；]{0,90}?举行|终止|撤回|取消|(?:如|若|如果)[^，,。；]{0,12}?(?:要求|申请)(?:举行)?听证/.test(sentence) && /(?<!要求|申请|请求|不|未|没有|无须|无需|不再|不予)举行了?听证(?!的权利)|(?<!不|未|没有|无须|无需)召开了?听证会|(?<!未|不|没有|无须|无需)经(?:过)?听证/.test(sentence)),
    )
    return this.held
  }
  private held?: boolean

  hearingRequested(): boolean {
    if (this.hearingHeld()) return true
    // a request withdrawn in writing (撤回听证申请, 不再要求举行听证, 终止听证) asks for no hearing
    if (this.documents.some((d) => WITHDRAWN.test(docText(d)))) return false
    for (const doc of this.documents) {
      for (const sentence of docText(doc).split(/(?<=[。；;！？?])/)) {
        // 你单位有要求听证的权利 / 如要求听证，应当在…提出: the right told, not a request made.
        if (RIGHT_TOLD.test(sentence)) continue
        // (…nor a question put in a record: 是要进行陈述、申辩还是要求听证？)
        if (/[？?]\s*$/.test(sentence)) continue
        // 是否要求听证 | 否 (a form's box; a question put in a record): a request only where the box says 是
        const box = /是否(?:要求|申请|提出)(?:举行)?听证\s{0,4}[|:：]?\s{0,4}(是)?/.exec(sentence)
        if (box) {
          if (box[1]) return true
          continue
        }
        // 可在收到本告知书之日起五日内…提出听证申请, 当事人要求听证的，依法组织听证: the right told or a rule, no request
        // (…nor the period for asking, 陈述、申辩和要求听证的期限为五个工作日 / 要求听证期限已于…届满)
        if (/可(?:在|于|自|向|就)|之日起|听证的[，,]|听证的?(?:期限|期间|时限)|如[^，,]{0,6}?(?:要求|申请)/.test(sentence)) continue
        // 未要求听证, 我不要求听证, 放弃听证: no request
        // (…nor an agent's powers listed, ticked or not: 委托权限：☑接受询问 ☑陈述申辩 □申请听证, ca-04)
        if (/(?:委托|代理)(?:权限|事项)|授权范围/.test(sentence)) continue
        if (/(?<!未|不|没|没有|无|放弃|未曾|并未|[□☐口])(?:提出|申请|要求)(?:了)?(?:举行)?听证(?!申请权)/.test(sentence) && !/(?:未|没有|放弃)[^，,]{0,12}?(?:提出|申请|要求)[^，,]{0,4}?听证/.test(sentence)) return true
      }
    }
    return false
  }

  /**
   * Does a condition hold? `null` when it cannot be told (procedure unknown). `weak` is set when the answer rests on
   * a sign rather than on a legal trigger (a major case inferred from the documents present).
   */
  holds(c: Condition | undefined): { holds: boolean | null; weak: boolean; why: string } {
    if (!c) return { holds: true, weak: false, why: '' }
    const why: string[] = []
    let weak = false
    let unknown: string | null = null
    if (c.procedure) {
      if (this.procedure === '未知') return { holds: null, weak: false, why: '程序类型不明' }
      if (!c.procedure.includes(this.procedure)) return { holds: false, weak: false, why: `本案为${this.procedure}` }
      why.push(this.procedure)
    }
    if (c.fineAtLeast !== undefined && c.majorCase === undefined && c.seriousCase === undefined) {
      const fines = this.decisionFines()
      if (!fines.length) return { holds: false, weak: false, why: '决定书未处罚款' }
      const fine = Math.max(...fines.map((f) => f.fact.yuan))
      if (fine < c.fineAtLeast) return { holds: false, weak: false, why: `罚款 ${fine} 元低于 ${c.fineAtLeast} 元` }
      why.push(`罚款 ${fine} 元`)
    }
    if (c.majorCase !== undefined || c.seriousCase !== undefined) {
      const want = (c.majorCase ?? c.seriousCase)!
      const m = this.majorCase(c.fineAtLeast, c.majorCase !== undefined)
      if (m.major !== want) return { holds: false, weak: false, why: m.why }
      // a collective discussion (行政处罚法 第五十七条第二款: 情节复杂或者重大违法行为) is no sign of the cases 第五十八条 asks a
      // legal review for (重大公共利益, 重大权益 with a hearing, 疑难复杂): whether one applies is a reviewer's call
      // (…unless the file's own papers say the case was, or must be, reviewed: 本案经法制审核, 应当经法制审核并提交集体讨论)
      // (the other parts of the condition are still weighed: one that does not hold makes the whole not hold)
      const reviewed = m.discussed && c.majorCase === true ? this.saidOwn(REVIEW_SAID, REVIEW_DENIED) : null
      if (m.discussed && c.majorCase === true && !reviewed) unknown = `${m.why.replace(/，按重大案件办理$/, '')}；集体讨论（行政处罚法第五十七条第二款）不能说明属第五十八条应当法制审核的情形`
      if (!m.strong) weak = true
      why.push(reviewed ? `${reviewed.doc}载明“${shortQuote(reviewed.text, { max: 40, unbroken: 'cut' })}”` : m.why)
    }
    if (c.hasDocument !== undefined) {
      const standIn = this.standIn(c.hasDocument)
      if (!this.has(c.hasDocument) && !standIn) return { holds: false, weak: false, why: `案卷中没有${c.hasDocument}` }
      why.push(this.has(c.hasDocument) ? `案卷中有${c.hasDocument}` : standIn!)
    }
    if (c.lacksDocument !== undefined) {
      if (this.has(c.lacksDocument)) return { holds: false, weak: false, why: `案卷中有${c.lacksDocument}` }
      // another document that did its job (a decision recording that the party stated its case or waived it)
      const standIn = this.standIn(c.lacksDocument)
      if (standIn) return { holds: false, weak: false, why: standIn }
      why.push(`案卷中没有${c.lacksDocument}`)
    }
    if (c.agencyIs !== undefined) {
      const agency = this.facts.agency
      if (!agency) return { holds: null, weak: false, why: '未读出执法机关' }
      const word = c.agencyIs.find((w) => agency.includes(w))
      if (!word) return { holds: false, weak: false, why: `执法机关为${agency}` }
      why.push(`执法机关为${agency}`)
    }
    if (c.hearingRequested !== undefined) {
      const h = this.hearingRequested()
      if (h !== c.hearingRequested) return { holds: false, weak: false, why: h ? '当事人要求了听证' : '未见当事人要求听证' }
      why.push(h ? '当事人要求听证' : '当事人未要求听证')
    }
    if (unknown) return { holds: null, weak: false, why: unknown }
    return { holds: true, weak, why: why.join('，') }
  }
}

/** A value a paper says was written by mistake, in quotes after the words saying so (误写为“2025年8月8日”, 笔误写成「…」). */
const MISWRITTEN = /(?:误写|误填|错写|误记|笔误写?)(?:为|成)\s{0,2}[“"「『]([^”"」』\n]{4,24})[”"」』]/g
/** A receipt's signature on a paper's line (签收：杨成贵　2024年2月2日; 受送达人签名：…). */
const RECEIPT_SIGNED = /签收|受送达人/
/** A form line whose label names a time or date (检查时间：, 询问时间 2024年…, 立案日期：). */
const LABELLED_DATE = /^\s*[\u4e00-\u9fa5（）()]{0,8}(?:时间|日期)(?:\s{0,2}[:：]|\s+\d|\s*$)/

/** A hearing request withdrawn, or the hearing called off (终止原定于…举行的听证). */
const WITHDRAWN = /(?<!不得|不能|可以)撤回(?:了)?[^。；]{0,10}?听证(?:申请)?|不再要求(?:举行)?听证|终止(?:原定)?[^。；]{0,24}?听证/

/** A sentence that tells the party a right or a period (有权要求听证, 如要求听证，应当在…), not what happened. */
// (拟 of the notice's 拟作出…, not a party's 对拟罚款有异议，现依法申请举行听证)
const RIGHT_TOLD = /权利|有权|可以|如要求|如需|如申请|应当在|逾期|拟(?:作出|给予|对|于|处)/

/** Steps of the ordinary procedure a decision tells of (本局于…立案调查, 依法向你送达了行政处罚事先告知书). */
const ORDINARY_STEPS = /立案|事先告知|行政处罚告知书|违法行为通知书|听证|集体讨论|法制审核|调查终结/

/**
 * A document with no title read, typed from its body alone (segment: its own number at the top 0.7, a published record
 * 0.6, a body that reads as the type 0.5). A sentence-like title (关于给予…的决定) is its title; a type the file's
 * contents list gives (0.75) or its file name stands for one.
 */
export const untitled = (cd: CaseDocument) => !cd.title.trim() && cd.confidence <= 0.7

/** A document's own words: its lines without the statute text it quotes (“…”). */
export function ownWords(view: CaseView, doc: DocFacts): string {
  const lines = view.document(doc)?.lines.map((l) => l.text) ?? doc.fields.map((f) => `${f.label}${f.value}`)
  return lines.join('').replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '')
}

/** Fewer labelled boxes than this, and a form's layout counts as not recognised (calibrated on the generated corpora). */
export const MIN_FORM_FIELDS = 3
/** A line opening with a box's name and its colon (案由：…). */
export const LABELLED_LINE = /^[\s\u3000]{0,4}[\u4e00-\u9fa5（）()]{2,12}[\s\u3000]{0,2}[:：]/

/** The labelled boxes a form was read to have: its fields, or its lines that open with a label and a colon. */
export function formBoxes(doc: DocFacts, lines: DocLine[]): number {
  return Math.max(doc.fields.length, lines.filter((l) => LABELLED_LINE.test(l.text)).length)
}

/**
 * A document's text for the checks' word tests: its lines joined, a single space between two Chinese characters dropped
 * (a scan's or a text layer's 行 政 处 罚 reads as 行政处罚, as the reader reads it); wider gaps between a form's cells kept.
 */
export function docText(doc: CaseDocument): string {
  return doc.lines.map((l) => unspaced(l.text.trim())).join('')
}

/** The line of a document that an offset into its docText falls on (the first line when past the end). */
export function docLineAt(doc: CaseDocument, index: number): DocLine {
  let at = 0
  return doc.lines.find((l) => (at += unspaced(l.text.trim()).length) > index) ?? doc.lines[0]
}

/** The last 。 or ； before `at` that stands outside a quotation (“…”), or -1. */
function lastStopOutsideQuotes(text: string, at: number): number {
  let depth = 0
  let last = -1
  for (let i = 0; i < at; i++) {
    const ch = text[i]
    if (ch === '“') depth++
    else if (ch === '”') depth = Math.max(0, depth - 1)
    else if ((ch === '。' || ch === '；') && depth === 0) last = i
  }
  // (a quotation left open before `at` — its closing mark lost — leaves the plain last stop)
  return depth > 0 ? Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) : last
}

export function lineEvidence(line: DocLine): Evidence {
  const ev: Evidence = { file: line.file, page: line.page, line: line.line, bbox: line.bbox, text: line.text.trim().slice(0, 80) }
  if (line.confidence < 1) ev.confidence = line.confidence
  return ev
}
