/**
 * date-order: steps of the procedure in their lawful order (procedure-rules.md §7): 立案 ≤ 询问, 调查终结 ≤ 告知,
 * 法制审核 < 决定, 决定 ≤ 送达 … Each pair compares the dates of the roles' own documents; a date of the later step that
 * falls before a date of the earlier one is a finding naming both documents.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView, InDoc } from '../view'
import { ROLE_DOCS, ROLE_FIELD } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { merge, notApplicable, pass, readOffScan } from '../outcome'
import { compareDates, dayOf, showDate } from '../dates'
import type { DateFact, DateRole } from '../../types'
import { sentenceAround } from '../../extract/text'
import { PROSE_DOC_TYPES } from '../../types/documents'

type Pair = CheckKindParams['date-order']['pairs'][number]


/** An item of a decision's list of evidence naming a record (…询问罗某笔录，证明…; 《现场检查笔录》1份，证实…). */
const EVIDENCE_ITEM = /(?:笔录|记录)》?[^。；]{0,24}?(?:证明|证实|用以证明)/
/** Roles that anchor a file's timeline; the field of a finding is the other role's. */
const ANCHOR: DateRole[] = ['决定', '立案', '告知']

function fieldOf(pair: Pair): string {
  const a = ANCHOR.indexOf(pair.after)
  const b = ANCHOR.indexOf(pair.before)
  if (a >= 0 && (b < 0 || b > a)) return ROLE_FIELD[pair.before]
  return ROLE_FIELD[pair.after]
}

/** Why a role has no date: its document is absent (the step did not happen or is reported elsewhere) or unread. */
function missing(view: CaseView, role: DateRole): { absent: boolean; why: string } {
  const present = view.roleDocPresent(role)
  const docs = ROLE_DOCS[role]?.join('或')
  if (present === false) return { absent: true, why: `案卷中没有${docs}` }
  return { absent: false, why: present ? `${docs}中未读出${ROLE_FIELD[role]}` : `未读出${ROLE_FIELD[role]}` }
}

/** Words of a re-check of an ordered correction, in the sentence of an inspection's date. */
const RECHECK = /复查|复核|整改情况|回头看|(?:再次|又)[^。；]{0,12}检查[^。；]{0,40}仍/

/** A record's words saying it checks the party's defence (检查目的：核实当事人陈述申辩中提出的…; 对当事人申辩意见进行核实). */
const CHECKS_DEFENCE = /(?:核实|核查|复核|查证)[^。；\n]{0,12}(?:陈述|申辩)|(?:陈述|申辩)[^。；\n]{0,12}(?:进行|予以)(?:核实|核查|查证)/

/** A record of a re-check by its title (现场复查笔录, 核查笔录, 回访记录). */
const RECHECK_TITLE = /复查|核查|回访|回头看/

/** The party's defence told before an inspection's date in its sentence (…以面积测绘有误为由提出陈述申请，5月23日，我局实地…). */
const DEFENCE = /(?:提出|进行|作出|提交)了?[^。；]{0,8}(?:陈述|申辩)|(?:陈述|申辩)(?:意见|理由|材料|申请|书)|听证(?:会|中|时|后)/

function recheck(view: CaseView, d: DateFact): boolean {
  const line = view.lineOf(d.evidence)?.line.text ?? ''
  const at = d.evidence.span?.[0] ?? Math.max(0, line.indexOf(d.text))
  const [from, to] = sentenceAround(line, at, '。；')
  // (…or that verifies what the party said in its defence, after the notice that invited it)
  return RECHECK.test(line.slice(from, Math.min(to, at + d.text.length + 80))) || DEFENCE.test(line.slice(from, at))
}

/** The earlier-step date falls within the leeway's period counted from the later step's date. */
function withinLeeway(view: CaseView, later: DateFact, earlier: DateFact, l: NonNullable<Pair['leeway']>): boolean {
  const from = later.iso.slice(0, 10)
  const to = earlier.iso.slice(0, 10)
  if (from.length < 10 || to.length < 10) return false
  const r = view.ctx.calendar.periodEnd(from, l.days, l.unit)
  return r.determined ? to <= r.due : !!r.earliestDue && to <= r.earliestDue
}

/** A box's label at a form line's start (案件来源：, 负责人审批意见：). */
const BOX_LABEL = /^\s*([\u4e00-\u9fa5（）()\s]{2,14})[:：]/
/** Boxes that tell the case's story rather than state one step's date. */
const ACCOUNT_BOX = /案情|简介|理由|摘要|经过|情况|事实|内容/

/** A date the form states in a box of its own (案件来源：…，2024年9月10日登记; 审批意见：同意。… 2024年9月3日) or on a line of its own. */
function inBox(view: CaseView, d: DateFact): boolean {
  const line = view.lineOf(d.evidence)?.line.text ?? d.evidence.text
  if (line.replace(/\s+/g, '') === d.text.replace(/\s+/g, '')) return true
  const m = BOX_LABEL.exec(line)
  return !!m && !ACCOUNT_BOX.test(m[1])
}

/**
 * A 审核 a paper other than a legal review records, its line naming no legal review (加处罚款计算说明 … 审核：高志刚 2023年7月7日,
 * a sum's checker after the decision): a sign-off, no 法制审核 of the case (bs-06).
 */
function signOff(view: CaseView, x: InDoc<DateFact>): boolean {
  if (x.doc.docType === '法制审核意见书') return false
  const line = view.lineOf(x.fact.evidence)?.line.text ?? x.fact.evidence.text
  return !/法制|法规|合法性/.test(line)
}

export function checkPair(view: CaseView, pair: Pair): KindOutcome {
  const label = `${ROLE_FIELD[pair.before]}${pair.strict ? '早于' : '不晚于'}${ROLE_FIELD[pair.after]}`
  const cond = view.holds(pair.when)
  if (cond.holds === false) return notApplicable(`${label}：${cond.why}`)
  // (an inspection that re-checks an ordered correction — 复查, 整改情况, 回头看 — checks the order, not the case, and one
  // that verifies the party's defence checks what it said: either may come after the investigation and the notice)
  // (a day a paper of the file says was written by mistake is no step's day: 补正说明 … 误写为“2025年8月8日”)
  const all = view.roleDates(pair.before).filter((x) => !view.miswritten(x.fact))
  // (…and so is a record titled as one: 现场核查笔录, 现场复查笔录)
  // (…and an inspection after the decision checks its execution — the trees replanted, the works removed — not the case)
  const decided = pair.before === '检查' ? view.roleDates('决定').map((x) => dayOf(x.fact)).filter((d): d is string => !!d).sort().pop() : undefined
  const afterDecision = (x: InDoc<DateFact>) => {
    const day = dayOf(x.fact)
    return !!decided && !!day && day > decided && x.doc.docType !== '行政处罚决定书'
  }
  // (the title's remark may stand on the line under it: 现场检查（勘察）笔录 / （复查）)
  // (…or one whose record says it checks what the party said in its defence: 告知检查目的：核实当事人陈述申辩中提出的人证核验情况)
  const titledRecheck = (x: InDoc<DateFact>) => {
    const d = view.document(x.doc)
    return RECHECK_TITLE.test((d?.title ?? '').replace(/[\s\u3000]/g, '')) || (d?.lines ?? []).slice(0, 4).some((l) => /^[\s\u3000]*[（(]\s{0,2}(?:复查|复核|核查|回访)\s{0,2}[)）][\s\u3000]*$/.test(l.text)) || (d?.lines ?? []).slice(0, 14).some((l) => CHECKS_DEFENCE.test(l.text))
  }
  // (a filing form's 审核 — 简易程序行政处罚案件备案登记表 │审核人│… — checks the filing after the decision, no 法制审核 before it)
  const filed = (x: InDoc<DateFact>) => pair.before === '法制审核' && (/备案/.test(view.document(x.doc)?.title ?? '') || signOff(view, x))
  // (a questioning after the party's statement and defence is the review of what it said — 行政处罚法 第四十五条 — not the
  // investigation the notice and the report close: 经复核，本局于…再次询问当事人)
  const defended = pair.before === '询问开始' ? view.roleDates('陈述申辩').map((x) => dayOf(x.fact)).filter((d): d is string => !!d).sort()[0] : undefined
  const reviewsDefence = (x: InDoc<DateFact>) => {
    const day = dayOf(x.fact)
    return !!defended && !!day && day >= defended
  }
  let before = pair.before === '检查' ? all.filter((x) => !recheck(view, x.fact) && !titledRecheck(x) && !afterDecision(x)) : pair.before === '询问开始' ? all.filter((x) => !reviewsDefence(x)) : all.filter((x) => !filed(x))
  if (all.length && !before.length && pair.before === '询问开始') return pass(`${label}：所读出的询问均在当事人陈述申辩之后，系对陈述申辩的复核，不与${ROLE_FIELD[pair.after]}比较`)
  if (all.length && !before.length && pair.before === '法制审核') return pass(`${label}：所读出的审核日期均为备案表上对备案的审核或其他文书上未写明法制审核的审核签字，不与${ROLE_FIELD[pair.after]}比较`)
  if (all.length && !before.length) return pass(`${label}：所读出的检查均为对整改情况的复查、对陈述申辩的核实或决定之后对执行情况的检查，不与${ROLE_FIELD[pair.after]}比较`)
  // (a decision made on the spot earlier in the file — 当场处罚决定书 warning the party before the case was opened — needs no
  // notice before it: the notice goes before the case's own decision)
  // (…and where the file holds the case's own decision beside it — an earlier on-the-spot penalty for another act, filed as
  // evidence — that paper's steps are none of this case's: cs-03)
  const onSpot = (x: InDoc<DateFact>) => (pair.before === '告知' && view.titledOnSpot(x.doc)) || view.onSpotBeside(x.doc)
  before = before.filter((x) => !view.onSpotBeside(x.doc))
  const after = (pair.within ? view.roleDates(pair.after).filter((x) => x.doc.docType === pair.within) : view.roleDates(pair.after)).filter((x) => !onSpot(x) && !view.miswritten(x.fact))
  if (pair.within) {
    before = before.filter((b) => b.doc.docType === pair.within && after.some((a) => a.doc === b.doc))
    if (!before.length) return pass(`${label}：${pair.within}中未同时读出两个日期`)
  }
  const basis = pair.ruleId ? { ruleId: pair.ruleId } : undefined
  if (!before.length || !after.length) {
    const m = !before.length ? missing(view, pair.before) : missing(view, pair.after)
    if (m.absent) return notApplicable(`${label}：${m.why}`)
    const anyDoc = (!before.length ? after : before)[0]?.doc ?? view.decision()
    const draft: Draft = {
      kind: 'date-order',
      docTypes: [...(ROLE_DOCS[pair.before] ?? []).slice(0, 1), ...(ROLE_DOCS[pair.after] ?? []).slice(0, 1)],
      field: fieldOf(pair),
      message: `无法核对${label}：${m.why}`,
      evidence: [anyDoc ? view.docEvidence(anyDoc) : view.caseEvidence()],
      status: 'undetermined',
      basis,
      key: `${pair.before}>${pair.after}`,
    }
    return { status: 'pass', findings: [draft] }
  }
  const findings: Draft[] = []
  const seen = new Set<string>()
  let unsure: [InDoc<DateFact>, InDoc<DateFact>] | null = null
  // a decision the same day as the notice is in order once the party has answered that it will not state its case
  // (a 告知笔录: 答：不提出陈述和申辩; a written waiver): nothing is left to wait for
  const sameDayKept = pair.strict && pair.before === '告知' && pair.after === '决定' && !!view.waiver(/陈述|申辩/)
  // (the latest of a document's later-step dates first: the one nearest the earlier step is the one shown)
  for (const a of [...after].sort((x, y) => y.fact.iso.localeCompare(x.fact.iso))) {
    // The latest earlier-step date this one precedes: the clearest statement of the defect.
    let worst: InDoc<DateFact> | null = null
    for (const b of before) {
      if (pair.within && b.doc !== a.doc) continue
      // (a revoked round's papers are not set against the round that made the decision again)
      if (view.round(a.doc) !== view.round(b.doc)) continue
      const c = compareDates(a.fact, b.fact)
      if (c === null) {
        unsure ??= [b, a]
        continue
      }
      if (c < 0 || (pair.strict && c === 0 && !sameDayKept)) {
        if (!worst || (compareDates(b.fact, worst.fact) ?? 0) > 0) worst = b
      }
    }
    if (!worst) continue
    // One defect per document and earlier date: a record stating its date twice (with and without the time), or a form
    // whose two approvals both come before the step (结案 on 07-02 and 07-03, the fine paid on 07-08), is one occurrence.
    const once = `${a.doc.docId}|${worst.fact.iso.slice(0, 10)}`
    if (seen.has(once)) continue
    seen.add(once)
    const same = a.fact.iso.slice(0, 10) === worst.fact.iso.slice(0, 10)
    // A date read by OCR that its own document contradicts (告知书 dated 十月 but served in 二月, 二 read as 十) may be
    // a misreading: a person looks at the page.
    const inOrder = (later: DateFact, earlier: DateFact) => {
      const v = compareDates(later, earlier)
      return v !== null && (v > 0 || (!pair.strict && v === 0))
    }
    const w = worst
    // a sector rule lets evidence taken before 立案 be used: an early step may be lawful 核查, or the 先调查后立案 that
    // review standards deduct for — a person looks
    const agency = view.facts.agency ?? ''
    const permit = pair.permitted?.find((r) => (!r.agencies || r.agencies.some((n) => agency.includes(n))) && (!r.hasDocument || view.has(r.hasDocument)))
    // (…or asks for this very order where it applies: nothing to report)
    if (permit?.requires) continue
    // early by no more than a sector rule allows (先行调查取证, then 立案 within 7 working days): lawful there
    const leeway = pair.leeway && withinLeeway(view, a.fact, w.fact, pair.leeway)
    // an early step known only from another document's account (a decision's narrative; the folder has no record of
    // that step): whether it was lawful 核查 before 立案 cannot be told without the record — undecided, not a finding
    const records = ROLE_DOCS[pair.after] ?? []
    const noRecord = (permit || leeway) && !records.includes(a.doc.docType)
    // both steps read from sentences of one decision's or notice's account: which step each date names is inferred from
    // the words around it, so the order is not proved
    const told = !noRecord && a.doc === w.doc && view.toldInProse(a) && view.toldInProse(w)
    // (within one form only its own boxes and closing count: a date its account of the case tells — 案情简介 — proves
    // nothing of the order)
    if (pair.within && (!inBox(view, a.fact) || !inBox(view, w.fact))) continue
    // (an early step known only from a decision's list of evidence — （7）2010年3月4日询问某某笔录，证明… —: the record may be
    // another body's, taken before this agency's filing and handed over with the case; a person looks)
    const listed = a.doc === w.doc && PROSE_DOC_TYPES.has(a.doc.docType) && EVIDENCE_ITEM.test(view.sentenceOf(a.fact.evidence))
    // (…and with no such record in the folder, nothing shows whose it was: undecided)
    const listedOnly = listed && !view.docs().some((d) => records.includes(d.docType))
    const misread =
      (readOffScan(w.fact.evidence) && before.some((b) => b !== w && b.doc === w.doc && inOrder(a.fact, b.fact))) ||
      (readOffScan(a.fact.evidence) && after.some((x) => x !== a && x.doc === a.doc && inOrder(x.fact, w.fact)))
    findings.push({
      kind: 'date-order',
      docTypes: [a.doc.docType, worst.doc.docType],
      field: fieldOf(pair),
      message: `${ROLE_FIELD[pair.after]} ${showDate(a.fact)} ${same ? '与' : '早于'}${ROLE_FIELD[pair.before]} ${showDate(worst.fact)}${same ? ' 同日（应在其后）' : ''}${misread ? '；同一文书中的另一日期与之矛盾，可能为识读错误，请核对原件' : ''}${permit?.says ? `；${permit.law}${permit.provision}规定${permit.says}，请核对本案是否适用` : permit ? `；${permit.law}${permit.provision}准许立案前核查或者监督检查中依法取得的证据作为案件证据使用，请核对该次${ROLE_FIELD[pair.after].replace(/日期|时间/, '')}是否属于立案前核查` : leeway ? `；相隔未超过${pair.leeway!.days}${pair.leeway!.unit === 'working' ? '个工作日' : '日'}，部分领域允许情况紧急时先行调查取证后及时立案（${pair.leeway!.ruleId}），请核对本案适用的规定` : ''}${noRecord ? `；该日期取自${a.doc.docType}的叙述，案卷中没有${records.join('或')}，无法判断，待有笔录时核对` : ''}${told ? `；两个日期均取自${a.doc.docType}叙述中的句子（非栏目或落款），所指步骤系据上下文推断，无法据以判断先后，请核对案卷中的相应文书` : ''}${listed && !told && !noRecord ? `；${ROLE_FIELD[pair.after].replace(/日期|时间/, '')}的日期取自${a.doc.docType}所列证据，该笔录可能由其他机关在本机关立案前制作并移交${listedOnly ? '，案卷中没有该笔录，无法判断' : '，请核对'}` : ''}`,
      evidence: [a.fact.evidence, worst.fact.evidence],
      ...(noRecord || told || listedOnly ? { status: 'undetermined' as const } : permit || misread || leeway || listed ? { status: 'verify' as const } : {}),
      basis,
      key: `${pair.before}>${pair.after}`,
    })
  }
  if (findings.length) return { status: 'pass', findings }
  // (within one form a date the form gives less precisely — a month — settles nothing, and is no question either)
  if (unsure && !pair.within) {
    const [b, a] = unsure
    return {
      status: 'pass',
      findings: [
        {
          kind: 'date-order',
          docTypes: [a.doc.docType, b.doc.docType],
          field: fieldOf(pair),
          message: `无法核对${label}：${ROLE_FIELD[pair.after]} ${showDate(a.fact)} 与${ROLE_FIELD[pair.before]} ${showDate(b.fact)} 精度不同`,
          evidence: [a.fact.evidence, b.fact.evidence],
          status: 'undetermined',
          basis,
          key: `${pair.before}>${pair.after}`,
        },
      ],
    }
  }
  return pass(label)
}

/** The day a paper is dated: its own step's date (a notice's 告知, an order's 文书落款). */
const OWN_ROLES: DateRole[] = ['告知', '文书落款']

/**
 * A paper served before the day it is dated: the 送达回证 serving one of `types` (a 告知书, a 责令改正通知书) gives a day of
 * service before the date the paper itself bears (bp-03: 告知书 dated 3月31日, signed for on 3月28日). Only where the file
 * holds one paper of the type, so the receipt's paper is that one; the decision's own service is the pair 决定 ≤ 送达.
 */
function servedBeforeDated(view: CaseView, types: CheckKindParams['date-order']['servedPapers']): KindOutcome {
  const findings: Draft[] = []
  let compared = false
  for (const type of types ?? []) {
    const papers = view.docs(type)
    if (papers.length !== 1) continue
    const own = view.dates(papers[0]).filter((d) => OWN_ROLES.includes(d.role) && d.precision !== 'month' && d.precision !== 'year')
    // (its earliest: a notice may also record its own service, 本告知书于…送达, a later 告知 of the same paper)
    const dated = own.sort((a, b) => (compareDates(a, b) ?? 0))[0]
    if (!dated) continue
    // (a paper dated after the decision it leads to is itself in doubt — a misread 二 as 十 — and the pair 告知 ≤ 决定 says so)
    const decided = view.roleDates('决定').map((x) => x.fact)
    if (decided.some((d) => (compareDates(dated, d) ?? 0) > 0)) continue
    for (const receipt of view.docs('送达回证').filter((d) => view.servedBy(d) === type)) {
      // (…but a day a paper of the file says was written by mistake is none: 补正说明 … 误写为“2025年8月8日”)
      const served = view.dates(receipt).filter((d) => (d.role === '送达' || d.role === '告知') && d.precision !== 'month' && d.precision !== 'year' && !view.miswritten(d))
      for (const s of served) {
        compared = true
        const c = compareDates(s, dated)
        if (c === null || c >= 0 || dayOf(s) === dayOf(dated)) continue
        const scan = readOffScan(s.evidence) || readOffScan(dated.evidence)
        findings.push({
          kind: 'date-order',
          docTypes: ['送达回证', type],
          field: '送达时间',
          message: `送达回证记载${type}的送达时间 ${showDate(s)} 早于${type}本身的日期 ${showDate(dated)}，文书在其落款日期之前送达`,
          evidence: [s.evidence, dated.evidence],
          ...(scan ? { status: 'verify' as const } : {}),
          key: `served<dated:${type}`,
        })
        break
      }
    }
  }
  if (findings.length) return { status: 'pass', findings }
  return compared ? pass('送达回证的送达时间均不早于所送文书的日期') : notApplicable('未找到可对照的送达回证与所送文书的日期')
}

export function dateOrder(p: CheckKindParams['date-order'], view: CaseView, _item: ItemInfo): KindOutcome {
  const parts = (p.pairs ?? []).map((pair) => checkPair(view, pair))
  if (p.servedPapers?.length) parts.push(servedBeforeDated(view, p.servedPapers))
  return merge(parts, '未列先后关系')
}
