/**
 * deadline: a time limit between two steps, counted as the law counts it (procedure-rules.md §1) through
 * Calendar.periodEnd: natural days or working days (holidays and 调休 included), the start day not counted.
 * `atLeast` turns the limit into a waiting period (the decision only once the 5 working days after the 告知书 was
 * served have run out, SJ-57). An approval document (`extendedBy`) lengthens the period by `extendedDays`.
 */
import type { DeadlineParams, KeptParams, RemedyParams, SectorTerm, TermParams } from '../kinds'
import type { CaseView, InDoc } from '../view'
import { ROLE_DOCS, ROLE_FIELD, docLineAt, docText, lineEvidence, ownWords } from '../view'
import { unspaced } from '../../segment/script'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable, pass } from '../outcome'
import { dayOf, showDate } from '../dates'
import type { CaseDocument, DateFact, DateRole, DocFacts, DocType, Evidence } from '../../types'
import { PROSE_DOC_TYPES } from '../../types/documents'
import { daysBetween, measureTerm, statedPeriod, type MeasureTerm, type StatedPeriod } from '../../extract/periods'
import { CN_NUM_CHARS, parseCnInt } from '../../extract/cnnum'
import { parseDatesIn } from '../../extract/dates'

/** What reviewers call the period a rule sets. */
const PERIOD_FIELD: Record<string, string> = {
  'CF-60': '办案期限', 'JT-78': '办案期限', 'SJ-64': '办案期限', 'HB10-55': '办案期限', 'GA-165': '办案期限',
  'CF-61': '送达期限', 'SJ-81': '送达期限', 'GA-36': '送达期限',
  'SJ-57': '陈述申辩期限', 'CF-44': '陈述申辩期限', 'CF-64-1': '听证申请期限', 'CF-64-2': '听证通知期限',
  'CF-67': '缴款期限', 'SJ-72': '缴款期限', 'JT-99/100': '缴款期限',
  'SJ-77': '结案期限', 'SJ-70': '归档期限', 'CF-36': '追责时效', 'SJ-18': '立案期限', 'CF-56': '先行登记保存处理期限',
}

/** A violation whose state lasts: the file says it goes on, or it is one that lasts until undone. */
const ONGOING = /至今|仍在|仍未|尚未(?:拆除|恢复|改正|整改|办理|取得|补办)|未拆除|未恢复|一直(?:在|未|没有)?|持续(?:至|到|经营|生产|排放|使用)|继续(?:使用|生产|经营|排放|占用)|(?:擅自|非法|违法)(?:占用|占地|建设|开工|采矿|开采)|未批先建|未经批准[^。；]{0,12}(?:建设|占用|施工|开工)/

/** 行政处罚法 第四十四条 gives the party a statement period but no number: the rubric's number is a working assumption. */
const LAW_SETS_PERIOD = (ruleId: string) => ruleId !== 'CF-44'

/**
 * Where the law sets no number, the period the notice itself gives the party is the one the agency must wait out
 * (你单位可在收到本告知书之日起五个工作日内提出陈述、申辩): what the notice's sentence is about, and what it must not be about.
 */
const NOTICE_STEP: Record<string, { step: RegExp; unless: RegExp }> = { 'CF-44': { step: /陈述|申辩/, unless: /听证/ } }

/**
 * Where a rule sets the party's period (市场监督管理行政处罚程序规定 第五十七条: 五个工作日 to state its case; 行政处罚法
 * 第六十四条: 五日 to ask for a hearing, working days by 第八十五条), the notice must give no less.
 */
const RULE_STEP: Record<string, { step: RegExp; unless?: RegExp; what: string }> = {
  'SJ-57': { step: /陈述|申辩/, unless: /听证/, what: '陈述、申辩' },
  'CF-64-1': { step: /听证/, unless: /陈述|申辩/, what: '要求听证' },
}

/** The period the notice of `from` states for a step, with its document and line, or null. */
function noticePeriod(view: CaseView, from: DateRole, want: { step: RegExp; unless?: RegExp }): { period: StatedPeriod; evidence: Evidence; docType: DocType } | null {
  // (the notice of 告知 may be a 听证告知书, which gives the statement and the hearing periods too)
  const types: DocType[] = from === '告知' ? [...(ROLE_DOCS[from] ?? []), '听证告知书'] : (ROLE_DOCS[from] ?? [])
  for (const doc of view.documents.filter((d) => types.includes(d.type))) {
    const text = docText(doc)
    const period = statedPeriod(text, want.step, want.unless)
    if (!period) continue
    return { period, evidence: lineEvidence(docLineAt(doc, period.index)), docType: doc.type }
  }
  return null
}

/** The rights a waiting period after the notice is for: the party's written waiver of them lets the agency decide sooner. */
const WAIVED_RIGHTS: Record<string, RegExp> = { 'CF-64-1': /听证/, 'CF-44': /陈述|申辩/, 'SJ-57': /陈述|申辩|听证/ }
function waiverOf(view: CaseView, ruleId: string): string | null {
  const rights = WAIVED_RIGHTS[ruleId]
  return rights ? view.waiver(rights) : null
}

const UNIT: Record<string, string> = { natural: '日', working: '个工作日', month: '个月', year: '年' }

function pick(list: InDoc<DateFact>[], latest: boolean): InDoc<DateFact> | null {
  let best: InDoc<DateFact> | null = null
  for (const x of list) {
    const d = dayOf(x.fact)
    if (!d) continue
    const bd = best ? dayOf(best.fact)! : null
    if (!bd || (latest ? d > bd : d < bd)) best = x
  }
  return best
}

export function deadline(rubricParams: DeadlineParams | TermParams | RemedyParams | KeptParams, view: CaseView, item: ItemInfo): KindOutcome {
  if ('keptEvidence' in rubricParams) return keptDecided(rubricParams, view)
  if ('term' in rubricParams) return termSet(rubricParams, view)
  if ('remedy' in rubricParams) return remedyPeriods(rubricParams, view)
  const out = waitedOut(rubricParams, view, item)
  const short = rubricParams.atLeast ? shortNotice(view, rubricParams) : null
  return short ? { ...out, findings: [short, ...out.findings] } : out
}

/** A notice giving the party fewer days than the rule sets for its step (三个工作日 where five are due). */
function shortNotice(view: CaseView, p: DeadlineParams): Draft | null {
  const want = RULE_STEP[p.ruleId]
  const stated = want ? noticePeriod(view, p.from, want) : null
  // (fewer days of the same kind, or fewer calendar days than the working days due — never more time than they give)
  if (!stated || stated.period.days >= p.days || !(stated.period.unit === p.unit || (stated.period.unit === 'natural' && p.unit === 'working'))) return null
  return {
    kind: 'deadline',
    docTypes: [stated.docType],
    field: `${want.what}期限`,
    message: `${stated.docType}给予当事人${want.what}的期限为“${stated.period.text}”，少于规定的${p.days}${UNIT[p.unit] ?? '日'}（${p.ruleId}）`,
    evidence: [stated.evidence],
    basis: { ruleId: p.ruleId },
    key: `short-notice:${p.ruleId}`,
  }
}

/**
 * The sector's own period that holds for this case: its agency named with one of the term's words, and the period's
 * start (the earliest date of its `from` step) within the term's time. A start not read leaves a dated term out.
 */
function sectorTerm(p: DeadlineParams, view: CaseView): SectorTerm | undefined {
  const agency = view.facts.agency ?? ''
  const terms = p.sectorTerms?.filter((r) => r.agencies.some((n) => agency.includes(n))) ?? []
  if (!terms.length) return undefined
  const first = pick(view.roleDates(p.from), false)
  const day = first ? dayOf(first.fact) : undefined
  return terms.find((r) => (!r.filedFrom && !r.filedBefore) || (!!day && (!r.filedFrom || day >= r.filedFrom) && (!r.filedBefore || day < r.filedBefore)))
}

function waitedOut(rubricParams: DeadlineParams, view: CaseView, _item: ItemInfo): KindOutcome {
  const want = NOTICE_STEP[rubricParams.ruleId]
  const stated = rubricParams.atLeast && want && !LAW_SETS_PERIOD(rubricParams.ruleId) ? noticePeriod(view, rubricParams.from, want) : null
  // the notice's own period replaces the rubric's working assumption, and is then as binding as a number in a rule
  // (…and a sector's own law may set another one, for the cases of its time: 税收征收管理法 第八十六条, five years for a tax
  // penalty; 自然资源行政处罚办法 (2020) 第三十二条, 60 days from 立案)
  const sector = stated ? undefined : sectorTerm(rubricParams, view)
  const p = stated
    ? { ...rubricParams, days: stated.period.days, unit: stated.period.unit }
    : sector
      ? { ...rubricParams, days: sector.days, unit: sector.unit, extendedDays: sector.extendedDays ?? rubricParams.extendedDays, inForceFrom: undefined }
      : rubricParams
  const sectorNote = sector ? `（${sector.law}${sector.provision}）` : ''
  const period = `${p.days}${UNIT[p.unit] ?? '日'}${sectorNote}`
  // a period that runs from a document's service (听证通知书 → hearing, CF-64-2)
  const serviceOf = p.fromServiceOf
  const served = serviceOf ? view.servedOn(serviceOf) : null
  let fromName = serviceOf ? `${serviceOf}送达日期` : ROLE_FIELD[p.from]
  const label = `${fromName}至${ROLE_FIELD[p.to]}${p.atLeast ? '不少于' : '不超过'}${period}`
  const basis = { ruleId: p.ruleId }
  const cond = view.holds(p.when)
  if (cond.holds === false) return notApplicable(`${label}：${cond.why}`)
  const waived = p.atLeast && p.from === '告知' ? waiverOf(view, p.ruleId) : null
  if (waived) return notApplicable(`${label}：当事人已书面放弃相应权利（“${waived}”）`)
  // a notice's periods run from its service (告知书送达之日起, SJ-57): the date a 送达回证 gives for the notice is a start
  // date too, and the last start date counts (below)
  const noticeTypes = p.from === '告知' && !serviceOf ? new Set(view.roleDates('告知').map((x) => x.doc.docType).filter((t) => /告知书$/.test(t))) : new Set<DocType>()
  const noticeServed = [...noticeTypes].flatMap((t) => view.receiptDates(t))
  const fromAll = served ? served.dates : [...view.roleDates(p.from), ...noticeServed]
  let toAll = view.roleDates(p.to)
  // the day the document itself fixes for the step (本机关定于…举行听证) when no record of the step gives one
  if (!toAll.length && serviceOf) toAll = view.datesIn(view.docs(serviceOf), p.to)
  const docTypes = [...(ROLE_DOCS[p.to] ?? []).slice(0, 1), ...(ROLE_DOCS[p.from] ?? []).slice(0, 1)]
  const field = PERIOD_FIELD[p.ruleId] ?? `${ROLE_FIELD[p.to].replace(/日期|时间/, '')}期限`
  const undetermined = (why: string, ev = view.caseEvidence()): KindOutcome => ({
    status: 'pass',
    findings: [{ kind: 'deadline', docTypes, field, message: `无法核对${label}：${why}`, evidence: [ev], status: 'undetermined', basis, key: `${p.from}>${p.to}` }],
  })
  for (const [role, list] of [[p.from, fromAll], [p.to, toAll]] as const) {
    if (list.length) continue
    const isFrom = list === fromAll
    const present = isFrom && serviceOf ? view.has(serviceOf) : view.roleDocPresent(role)
    if (present === false) return notApplicable(`${label}：案卷中没有${isFrom && serviceOf ? serviceOf : ROLE_DOCS[role]!.join('或')}`)
    const other = (isFrom ? toAll : fromAll)[0]
    return undetermined(`未读出${isFrom ? fromName : ROLE_FIELD[role]}`, other ? other.fact.evidence : view.caseEvidence())
  }
  // The period runs from the last start date (a 告知书 dated, then served); a limit is kept when the first end date
  // is in time, a minimum when the last one is.
  let from = pick(fromAll, true)
  const to = pick(toAll, !!p.atLeast)
  // A case opened after an order to correct went unheeded (责令限期改正，逾期不改正的，处…罚款): the offence was found at the
  // re-inspection that saw it not corrected, and the time to open the case runs from that day, not from the first
  // inspection the account tells of. (Only ever a later start: this never makes a period longer.)
  if (from && to && p.from === '案件来源' && p.to === '立案' && !p.atLeast) {
    const fd = dayOf(from.fact)!
    const td = dayOf(to.fact)!
    const unheeded = view.documents.some((d) => /(?:逾期|到期|期满)(?:后)?(?:仍)?(?:未|不|没有)(?:改正|整改|完成整改|拆除|恢复)|拒不(?:改正|整改)|仍未(?:改正|整改)/.test(docText(d)))
    const later = unheeded ? pick(view.roleDates('检查').filter((x) => { const d = dayOf(x.fact); return !!d && d > fd && d <= td }), true) : null
    if (later) {
      from = later
      fromName = '复查发现逾期未改正日期'
    }
  }
  if (from && noticeServed.includes(from)) fromName = `${[...noticeTypes].join('或')}送达日期`
  if (!from || !to) {
    const vague = (from ? toAll : fromAll)[0]
    return undetermined(`${from ? ROLE_FIELD[p.to] : fromName}未精确到日（${vague.fact.text}）`, vague.fact.evidence)
  }
  let days = p.days
  let extended = ''
  // an extension approved only after the period it extends had run out extends nothing (行政处罚法 第六十条: 期限届满不能终结
  // 的，经批准延长 — before the end): the approval's day is read from the head's box of the approval form
  let lateExtension: { day: string; due: string; evidence: Evidence } | null = null
  // (the spans the file leaves out, read once where a step asks for them)
  let leftOutSpans: LeftOut | null | undefined
  const leftOutRead = () => (leftOutSpans === undefined ? (leftOutSpans = p.notCounted?.length ? notCountedSpans(view, p.notCounted, dayOf(from!.fact)!) : null) : leftOutSpans)
  // (a form approving many kinds of matter — 市场监管's 行政处罚案件有关事项审批表 — extends only where its words say so)
  // (…and one extending the time to decide whether to open the case — 延长立案核查期限审批表 — extends only that, as one
  // extending the case's period extends only the case's)
  // (read from its title and its first lines)
  const extendsThis = (d: CaseDocument) => (p.to === '立案') === ONTO_FILING.test(`${d.title}${docText(d).slice(0, 40)}`.replace(/\s+/g, ''))
  const extendedBy = p.extendedBy && view.documents.some((d) => d.type === p.extendedBy && EXTENDS.test(d.title + docText(d)) && extendsThis(d)) ? p.extendedBy : undefined
  if (extendedBy) {
    const approved = approvedOn(view, extendedBy, extendsThis)
    // (time the file leaves out before the approval — 检验期间…不计入 — makes the period it extends end that much later)
    const early = approved ? leftOutRead() : null
    const first = approved ? view.ctx.calendar.periodEnd(dayOf(from.fact)!, p.days + (early ? daysWithin(early.spans, dayOf(from.fact)!, approved.day) : 0), p.unit) : null
    if (approved && first?.determined && approved.day > first.due) lateExtension = { day: approved.day, due: first.due, evidence: approved.evidence }
  }
  if (extendedBy && !lateExtension) {
    // (the extension the approval itself states — 同意延长90日, 申请延长期限：90日 — where a sector's rules allow more than the
    // rubric's usual: 税务稽查案件办理程序规定 lets the 局长 extend a case by 90 days)
    const stated = statedExtension(view, extendedBy, extendsThis, p.unit)
    const ext = stated ?? p.extendedDays
    if (!ext) return undetermined(`案卷中有${extendedBy}，延长的期限未知`, to.fact.evidence)
    days += ext
    extended = `（含${extendedBy}${stated ? '载明' : ''}延长的${ext}${UNIT[p.unit] ?? '日'}）`
  }
  const start = dayOf(from.fact)!
  const end = dayOf(to.fact)!
  if (p.inForceFrom && start < p.inForceFrom) return notApplicable(`${fromName} ${start} 早于该时限规定施行之日 ${p.inForceFrom}`)
  const r = view.ctx.calendar.periodEnd(start, days, p.unit)
  if (!r.determined) {
    // Past the holiday data a limit can still be kept: an act on or before the earliest day the period can end is in time.
    if (!p.atLeast && r.earliestDue && end <= r.earliestDue)
      return pass(`${label}${extended}：${fromName} ${start}，${ROLE_FIELD[p.to]} ${end}，不晚于最早可能的期满日 ${r.earliestDue}（${r.reason}）`)
    return undetermined(r.reason, from.fact.evidence)
  }
  const due = r.due
  const evidence = [to.fact.evidence, from.fact.evidence, ...(stated ? [stated.evidence] : [])]
  // both days read from sentences of one decision's or notice's account: which step each names is inferred from the
  // words around it, so the period between them is not proved
  const prose = from.doc === to.doc && view.toldInProse(from) && view.toldInProse(to)
  const proseNote = prose ? `；两个日期均取自${from.doc.docType}叙述中的句子（非栏目或落款），所指步骤系据上下文推断，无法据以判断，请核对案卷中的相应文书` : ''
  if (p.atLeast) {
    // (a decision dated before the notice is an order the date-order check reports (先告知、后决定); a period between
    // them is no second cause)
    if (end < start && p.from === '告知' && p.to === '决定') return pass(`${label}：${ROLE_FIELD[p.to]} ${end} 早于${fromName} ${start}，先后顺序由日期先后检查报告`)
    // `to` must fall after the period has run out: the party may still act on its last day (视为放弃 only once the
    // period has passed, SJ-57), so a decision on the last day is too soon.
    if (end > due || (p.lastDayKept && end === due)) {
      // counted from the document's own date, a period long enough says nothing of when it was served
      if (served?.dated)
        return undetermined(`未见${serviceOf}的送达日期（按其落款日期 ${start} 计，至${ROLE_FIELD[p.to]} ${end} 已满${period}，送达晚于落款则可能不足），请核对送达回证`, from.fact.evidence)
      return pass(`${label}${stated ? `（告知书载明“${stated.period.text}”）` : ''}：${fromName} ${start}，${ROLE_FIELD[p.to]} ${end}，期满日 ${due}`)
    }
    // on the last day itself: too soon where the rule sets the period (SJ-57: 五个工作日); where the law sets none
    // (CF-44) the rubric's number is an assumption and the notice's own period decides: unknown from the file alone
    const lastDay = end === due
    // where the law sets no number, a lone document (a decision without its notice) cannot show the period the notice
    // gave: the rubric's number alone proves nothing
    const loneAssumed = !LAW_SETS_PERIOD(p.ruleId) && !stated && view.documents.length <= 1
    const unsure = lastDay && !LAW_SETS_PERIOD(p.ruleId) && !stated
    const whose = stated ? `告知书载明“${stated.period.text}”，` : ''
    const draft: Draft = {
      kind: 'deadline',
      docTypes: [to.doc.docType, from.doc.docType],
      field,
      message: unsure
        ? `无法确定是否满${period}：${fromName} ${showDate(start)}，${ROLE_FIELD[p.to]} ${showDate(end)} 与期满日同日（${p.ruleId}），取决于告知书载明的期限及起算方式，请核对`
        : `${served?.dated ? `${serviceOf}落款日期` : fromName} ${showDate(start)} 后仅至 ${showDate(end)} 即${ROLE_FIELD[p.to].replace(/日期|时间/, '')}，未满${period}（${whose}期满日 ${due}，${p.lastDayKept ? '不得早于该日' : '应在其后'}，${p.ruleId}${served?.dated ? '；送达不会早于落款，按送达日期计更短' : ''}）${lastDay && !stated ? '；决定与期满日同日，请核对告知书载明的期限及起算方式' : ''}${loneAssumed && !lastDay ? `；法律未规定期限的天数，${period}是本标准的假定，案卷中只有这一份文书，看不到告知书载明的期限，请核对` : ''}${proseNote}`,
      evidence,
      basis,
      key: `${p.from}>${p.to}`,
      ...(unsure || prose ? { status: 'undetermined' as const } : (lastDay && !stated) || loneAssumed ? { status: 'verify' as const } : {}),
    }
    return { status: 'pass', findings: [draft] }
  }
  if (end <= due) return pass(`${label}${extended}：${fromName} ${start}，${ROLE_FIELD[p.to]} ${end}，期满日 ${due}`)
  // time a sector's rule leaves out (中止、检测、鉴定…不计入), where the file states it: the period is that much longer
  const leftRead = lateExtension ? null : leftOutRead()
  const left = leftRead ? { ...leftRead, days: daysWithin(leftRead.spans, start, end) } : null
  let leftOut = ''
  let leftDue = due
  if (left?.days) {
    const r2 = view.ctx.calendar.periodEnd(start, days + left.days, p.unit)
    leftOut = `扣除案卷载明不计入期限的期间${left.days}日：${left.spans.map((x) => x.text).join('、')}`
    if (r2.determined && end <= r2.due) return pass(`${label}${extended}（${leftOut}）：${fromName} ${start}，${ROLE_FIELD[p.to]} ${end}，期满日 ${r2.due}`)
    if (r2.determined) leftDue = r2.due
  }
  if (lateExtension) {
    const draft: Draft = {
      kind: 'deadline',
      docTypes: [to.doc.docType, p.extendedBy!, from.doc.docType],
      field,
      message: `${fromName} ${showDate(start)} 至${ROLE_FIELD[p.to]} ${showDate(end)} 超过${period}的期限（期满日 ${due}，${p.ruleId}）；${p.extendedBy}的批准日期 ${showDate(lateExtension.day)} 晚于期满日，延长未在期限届满前批准，不能延长期限，请核对批准日期`,
      evidence: [to.fact.evidence, lateExtension.evidence, from.fact.evidence],
      basis,
      key: `${p.from}>${p.to}`,
      // (which date on the form is the approval's is read from its box's words: a person confirms)
      status: 'verify',
    }
    return { status: 'pass', findings: [draft] }
  }
  // A violation date read from the text may be when a continuing violation began; the period runs from its end
  // (行政处罚法 第三十六条第二款): a person confirms.
  const continuing = p.from === '违法行为发生'
  // …and where the file itself says the state goes on (至今未拆除, 仍在使用) or the violation is one that lasts until
  // undone (占用土地, 未批先建), the limit has not begun to run: not a finding
  if (continuing) {
    const lasting = ONGOING.exec(ownWords(view, from.doc))
    if (lasting)
      return undetermined(`${fromName} ${showDate(start)} 至${ROLE_FIELD[p.to]} ${showDate(end)} 超过${period}，但${from.doc.docType}载明“${lasting[0]}”，违法行为可能处于继续状态，有继续状态的自行为终了之日起计算（行政处罚法第三十六条第二款）`, from.fact.evidence)
  }
  // The day the matter came in, read from a decision's account rather than a form's box, may be the discovery of an
  // earlier matter the account also tells (an inspection that led to a 责令改正, the 复查 that found this case): a
  // person confirms which day started this case.
  const told = p.from === '案件来源' && (PROSE_DOC_TYPES.has(from.doc.docType) || view.toldInProse(from))
  // A lone document (a decision without its file) cannot show an extension approved in another document, nor, for a
  // discovery day its account tells, the approval to extend the check or the testing time the period leaves out
  // (SJ-18: 特殊情况下…可以延长十五个工作日; 检测、检验、检疫、鉴定…所需时间，不计入前款规定期限).
  const lone = view.documents.length <= 1 && ((!!p.extendedBy && !view.has(p.extendedBy)) || told)
  const unseen = p.extendedBy ? `是否经${p.extendedBy}延长无从查看` : '是否经批准延长、有无不计入期限的检测等时间无从查看'
  const draft: Draft = {
    kind: 'deadline',
    docTypes: [to.doc.docType, from.doc.docType],
    field,
    message: `${lone ? '无法核对：' : ''}${told ? '发现日期' : fromName} ${showDate(start)} 至${ROLE_FIELD[p.to]} ${showDate(end)} 超过${period}${extended}的期限（${leftOut ? `${leftOut}；` : ''}期满日 ${leftDue}，${p.ruleId}）${left && !left.days ? `；案卷载明有不计入办案期限的期间（“${left.told!.text}”），未能读出其起止日期，请核对` : ''}${continuing ? '；违法行为有连续或者继续状态的，自行为终了之日起计算，请核对' : ''}${told && !lone ? `；发现日期取自${from.doc.docType}的叙述，该日是否为本案线索的发现之日请核对` : ''}${lone ? `；案卷中只有这一份文书，${unseen}` : ''}${lone ? '' : proseNote}`,
    evidence,
    basis,
    key: `${p.from}>${p.to}`,
    // a lone document cannot show what another holds: unknown, not a finding; a continuing violation is a person's call
    // (…and time left out of the period is read from the file's words: how much is a person's call)
    ...(lone || prose ? { status: 'undetermined' as const } : continuing || told || left ? { status: 'verify' as const } : {}),
  }
  return { status: 'pass', findings: [draft] }
}

/** An approval whose words extend a period (延长办案期限, 同意延期); a form approving other matters does not. */
const EXTENDS = /延长|延期/
/** An extension of the time to decide whether to open the case (延长立案核查期限, 核查期限延长), not of the case's own period. */
const ONTO_FILING = /(?:立案|核查)[^，。；]{0,4}期限|延长[^，。；]{0,6}(?:核查|立案)/

/**
 * A span of days written with or without its year (2024年3月13日至4月19日, 3月13日至4月19日, 4月14日至30日), or with the step
 * the day began between (2024年7月23日送检至9月13日收到检验报告, 2024年1月11日（检验机构受理样品）至…), the year taken
 * from the period's start where it is not written.
 */
const SPAN = /(?:(\d{4})\s{0,2}年\s{0,2})?(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日\s{0,2}(?:[（(][^（）()]{1,16}[)）]\s{0,2})?(?:起\s{0,2}|[\u4e00-\u9fa5]{1,8}?(?=至|到))?(?:至|到|—|－|~|～)\s{0,2}(?:(\d{4})\s{0,2}年\s{0,2})?(?:(\d{1,2})\s{0,2}月\s{0,2})?(\d{1,2})\s{0,2}日/g

/** A day told in a sentence, its year perhaps left out: 2024年5月20日, 6月28日. */
const DAY_IN_SENTENCE = /(?:(\d{4})\s{0,2}年\s{0,2})?(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/g

/** Spans the file leaves out of a period, and the first sentence that says so. */
interface LeftOut {
  spans: { from: string; to: string; text: string }[]
  told: Evidence
}

/**
 * The spans the file says are not counted in the period that starts on `start` (检测期间（…至…）不计入案件办理期限; 中止期间…至…;
 * …至…专家评审（不计入办案期限）): a sentence naming one of `steps` that says its time is not counted (not only in a 查封、扣押
 * term) or that tells a 中止's span; a span without its year takes the period's. With the first such sentence.
 */
function notCountedSpans(view: CaseView, steps: string[], start: string): LeftOut | null {
  const step = new RegExp(steps.join('|'))
  const spans: { from: string; to: string; text: string }[] = []
  let told: Evidence | null = null
  const iso = (y: number, m: number, d: number) => {
    const t = new Date(Date.UTC(y, m - 1, d))
    return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : null
  }
  for (const doc of view.documents) {
    const text = docText(doc)
    let at = 0
    for (const sentence of text.split(/(?<=[。；])/)) {
      const index = at
      at += sentence.length
      if (!step.test(sentence)) continue
      const notCounted = /不计入/.test(sentence) && (/(?:办案|办理|处理)期限/.test(sentence) || !/(?:查封|扣押)期限/.test(sentence))
      if (!notCounted && !/中止(?:期间|时间)|(?:中止|暂停)(?:案件)?调查/.test(sentence)) continue
      if (!told) {
        // (the line of the words that say so, where the sentence began lines before)
        const said = index + Math.max(0, sentence.search(notCounted ? /不计入/ : /中止/))
        told = lineEvidence(docLineAt(doc, said))
      }
      const before = spans.length
      for (const m of sentence.matchAll(SPAN)) {
        const y1 = m[1] ? +m[1] : +start.slice(0, 4)
        let from = iso(y1, +m[2], +m[3])
        if (from && !m[1] && from < start) from = iso(y1 + 1, +m[2], +m[3])
        if (!from) continue
        const fy = +from.slice(0, 4)
        let to = iso(m[4] ? +m[4] : fy, m[5] ? +m[5] : +m[2], +m[6])
        if (to && !m[4] && to < from) to = iso(fy + 1, m[5] ? +m[5] : +m[2], +m[6])
        if (to && to >= from && !spans.some((x) => x.from === from && x.to === to)) spans.push({ from, to, text: m[0] })
      }
      // (…or told as the day the step was commissioned and the day its result came, in the same sentence: 5月20日委托专家
      // 评审，6月28日出具评审意见（专家评审时间…不计入办案期限）)
      if (notCounted && spans.length === before) {
        const days = [...sentence.matchAll(DAY_IN_SENTENCE)].map((m) => {
          const y = m[1] ? +m[1] : +start.slice(0, 4)
          let d = iso(y, +m[2], +m[3])
          if (d && !m[1] && d < start) d = iso(y + 1, +m[2], +m[3])
          return { day: d, after: sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 40), text: m[0] }
        })
        for (const [k, a] of days.entries()) {
          const b = days[k + 1]
          if (!a.day || !b?.day || b.day < a.day) continue
          const began = new RegExp(`^[^，,。；;]{0,6}?(?:委托|送检|送交|开始|启动|组织)[^，,。；;]{0,24}?(?:${steps.map((x) => x.replace(/^专家/, '')).join('|')})`).test(a.after)
          const came = /^[^，,。；;]{0,8}?(?:出具|作出|收到|形成|完成)[^，,。；;]{0,16}?(?:报告|意见|证书|结论|结果)/.test(b.after)
          if (began && came && !spans.some((x) => x.from === a.day && x.to === b.day)) spans.push({ from: a.day, to: b.day, text: `${a.text}至${b.text}` })
        }
      }
    }
  }
  return told ? { spans, told } : null
}

/** The days of `spans` after `start` and up to `end` (each day once, both ends counted: spans that overlap are merged). */
function daysWithin(spans: LeftOut['spans'], start: string, end: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000
  const lo = day(start) + 1
  const hi = day(end)
  const cut = spans.map((x) => [Math.max(day(x.from), lo), Math.min(day(x.to), hi)] as const).filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0])
  let days = 0
  let reach = -Infinity
  for (const [a, b] of cut) {
    const from = Math.max(a, reach + 1)
    if (b >= from) days += b - from + 1
    reach = Math.max(reach, b)
  }
  return days
}

/**
 * The term a document sets for its measure, against the most the law allows (行政强制法 第二十五条: 查封、扣押 不得超过三十日,
 * an extension 不得超过三十日 more). A term past the limit is a finding; to verify where the document speaks of an
 * extension or of testing time the term leaves out, names a law of its own for the term (法律、行政法规另有规定的除外), or
 * gives only two dates a day too far apart (how the days were counted is then unsure).
 */
function termSet(p: TermParams, view: CaseView): KindOutcome {
  const cond = view.holds(p.when)
  const label = `查封、扣押期限不超过${p.days}日`
  if (cond.holds === false) return notApplicable(`${label}：${cond.why}`)
  const docs = view.documents.filter((d) => p.term.includes(d.type))
  if (!docs.length) return notApplicable(`${label}：案卷中没有${p.term.join('或')}`)
  const findings: Draft[] = []
  const kept: string[] = []
  for (const doc of docs) {
    const text = docText(doc)
    const term = measureTerm(text)
    if (!term) continue
    const limit = term.extension ? p.days + (p.extendedDays ?? 0) : p.days
    if (term.days <= limit) {
      kept.push(`${doc.type}载明“${term.text}”，${term.days}日${term.extension ? '（含延长）' : ''}`)
      const over = heldOver(p, view, doc, term)
      if (over) findings.push(over)
      continue
    }
    const line = docLineAt(doc, term.index)
    const why = term.otherLaw
      ? `；该句援引《${term.otherLaw}》，法律、行政法规另有规定的除外，请核对`
      : term.testing
        ? '；该句提及检测、检验、检疫或者技术鉴定，其期间不计入查封、扣押期限，请核对期限的构成'
        : term.from === 'dates' && term.days === limit + 1
          ? '；期限系由起止日期推算，起止日是否计入请核对'
          : term.extension
            ? '；含延长期限的，请核对延长是否经负责人批准并书面告知'
            : ''
    findings.push({
      kind: 'deadline',
      docTypes: [doc.type],
      field: '查封扣押期限',
      message: `${doc.type}载明“${term.text}”，${term.from === 'dates' ? '起止日期相距' : '即'}${term.days}日，超过${limit}日的期限（${p.ruleId}${term.extension ? '，含延长' : ''}）${why}`,
      evidence: [lineEvidence(line)],
      basis: { ruleId: p.ruleId },
      key: `term:${doc.id}`,
      ...(why && !term.extension ? { status: 'verify' as const } : {}),
    })
  }
  if (findings.length) return { status: 'pass', findings }
  if (kept.length) return pass(`${label}：${kept.join('；')}`)
  return notApplicable(`${label}：${docs.map((d) => d.type).join('、')}未载明期限`)
}

/** A paper lifting a seizure (解除查封（扣押）决定书, 解除行政强制措施决定书); one extending it; one telling the party of testing time. */
const LIFTS = /解除[^，。]{0,10}(?:查封|扣押|强制措施)/
const EXTENDS_SEIZURE = /延长[^，。；]{0,12}(?:查封|扣押|强制措施)[^，。；]{0,6}期限|(?:查封|扣押|强制措施)[^，。；]{0,6}期限[^，。；]{0,6}延长/
const TESTING_TOLD = /(?:检测|检验|检疫|鉴定)[^，。；]{0,8}期间/

/**
 * A seizure held past the most the law allows (行政强制法 第二十五条): from the day the decision's term starts (its foot where
 * the term gives no day) to the first of the penalty decision and the last paper lifting it, more days than 第二十五条 allows
 * — thirty, sixty where the file tells of an extension. Testing time told to the party is not counted, and its days are not
 * read: then whether the term was passed cannot be told; where the file tells of an extension, a person verifies.
 */
function heldOver(p: TermParams, view: CaseView, doc: CaseDocument, term: MeasureTerm): Draft | null {
  const byDay = <T extends { day: string }>(a: T, b: T) => (a.day < b.day ? -1 : 1)
  const own = (x: DocFacts) => x.dates.filter((d) => !d.quoted && dayOf(d)).map((d) => ({ day: dayOf(d)!, evidence: d.evidence })).sort(byDay)
  const f = view.facts.documents.find((x) => x.docId === doc.id)
  const start = term.start ?? (f ? own(f).at(-1)?.day : undefined)
  if (!start) return null
  const title = (x: DocFacts) => unspaced(view.document(x)?.title ?? '')
  const lifts = view.docs().filter((x) => LIFTS.test(title(x))).flatMap((x) => own(x).slice(-1).map((d) => ({ ...d, what: title(x) })))
  const decided = view.roleDates('决定').flatMap((x) => (dayOf(x.fact) ? [{ day: dayOf(x.fact)!, evidence: x.fact.evidence, what: x.doc.docType as string }] : []))
  const lastLift = lifts.filter((x) => x.day > start).sort(byDay).at(-1)
  const firstDecided = decided.filter((x) => x.day > start).sort(byDay)[0]
  const end = [lastLift, firstDecided].filter((x): x is NonNullable<typeof x> => !!x).sort(byDay)[0]
  if (!end) return null
  const words = view.documents.map((d) => docText(d)).join('\n')
  const extended = term.extension || EXTENDS_SEIZURE.test(words)
  const testing = term.testing || TESTING_TOLD.test(words)
  const limit = p.days + (extended ? (p.extendedDays ?? 0) : 0)
  const held = daysBetween(start, end.day)
  if (held <= limit) return null
  return {
    kind: 'deadline',
    docTypes: [doc.type],
    field: '查封扣押期限',
    message: `${doc.type}的查封、扣押自${start}起，至${end.what}（${end.day}）共${held}日，超过${limit}日的期限（${p.ruleId}${extended ? '，含延长' : ''}）${extended ? '' : '；案卷中未见延长查封、扣押期限的批准和告知'}${testing ? '；案卷载有检测、检验、检疫或者技术鉴定的期间，该期间不计入查封、扣押期限，未读出其天数，无法判断是否超期，请核对' : ''}`,
    evidence: [lineEvidence(docLineAt(doc, term.index)), end.evidence],
    basis: { ruleId: p.ruleId },
    key: `held:${doc.id}`,
    ...(testing ? { status: 'undetermined' as const } : extended || term.otherLaw ? { status: 'verify' as const } : {}),
  }
}

/** The title of the decision on evidence kept (先行登记保存证据处理决定书, 登记保存物品处理通知书, 解除先行登记保存通知书). */
const KEPT_DECIDED = /登记保存[^，。]{0,10}处理(?:决定|通知)|解除[^，。]{0,6}登记保存/
/** What a paper does with goods kept: sends them for testing, seals or seizes them, releases or returns them. */
const HANDLED = /送检|送交[^。；]{0,12}(?:检验|检测|鉴定|鉴别)|抽取样品|查封|扣押|解除|退还|返还/
/** Papers that tell the case again (an approval's summary, a record, a report, a notice or the decision): no handling of goods kept. */
const RETELLING = new Set<DocType>(['卷内目录', '案件来源登记表', '立案审批表', '询问笔录', '案件调查终结报告', '法制审核意见书', '集体讨论记录', '行政处罚事先告知书', '听证告知书', '陈述申辩笔录', '听证笔录', '行政处罚决定书', '结案报告'])
/** The title of the keeping itself (先行登记保存证据通知书, 证据先行登记保存决定书, 先行登记保存物品清单). */
const KEPT = /登记保存(?:证据|物品|财物)?(?:通知书|决定书|清单)/

/**
 * The decision on evidence kept within `days` of the keeping (行政处罚法 第五十六条). The keeping's day is the foot of its
 * notice, else the day the decision tells it was kept (本局于2024年9月26日对你单位…先行登记保存, to verify: read from prose);
 * the decision's day is its foot.
 */
function keptDecided(p: KeptParams, view: CaseView): KindOutcome {
  const label = `先行登记保存后${p.days}${UNIT[p.unit] ?? '日'}内作出处理决定`
  const cond = view.holds(p.when)
  if (cond.holds === false) return notApplicable(`${label}：${cond.why}`)
  const title = (f: DocFacts) => unspaced(view.document(f)?.title ?? '')
  const deciding = view.docs().filter((f) => KEPT_DECIDED.test(title(f)))
  const keeping = view.docs().filter((f) => !KEPT_DECIDED.test(title(f)) && KEPT.test(title(f)))
  if (!deciding.length) return notApplicable(`${label}：案卷中${keeping.length ? '有先行登记保存的文书，但' : ''}没有对登记保存证据的处理决定${keeping.length ? '（可能载于其他文书）' : ''}`)
  // a document's foot: its last date
  const foot = (f: (typeof deciding)[number]) => {
    const own = f.dates.filter((d) => !d.quoted && dayOf(d))
    return own.sort((a, b) => (a.evidence.page ?? 0) - (b.evidence.page ?? 0) || (a.evidence.line ?? 0) - (b.evidence.line ?? 0)).at(-1)
  }
  const findings: Draft[] = []
  const kept: string[] = []
  for (const f of deciding) {
    const decided = foot(f)
    if (!decided) continue
    const day = dayOf(decided)!
    // the keeping: the latest notice's foot on or before the decision, else the day the decision tells
    const notices = keeping.map((k) => foot(k)).filter((d): d is DateFact => !!d && dayOf(d)! <= day).sort((a, b) => (dayOf(a)! < dayOf(b)! ? -1 : 1))
    const notice = notices.at(-1)
    const noticeType = notice ? keeping.find((k) => k.dates.includes(notice))?.docType : undefined
    let from: { day: string; evidence: Evidence; told: boolean } | null = notice ? { day: dayOf(notice)!, evidence: notice.evidence, told: false } : null
    if (!from) {
      const cd = view.document(f)
      for (const sentence of cd ? docText(cd).split(/(?<=[。；])/) : []) {
        if (!/登记保存/.test(sentence) || /处理决定如下|作出如下/.test(sentence.slice(0, sentence.search(/登记保存/)))) continue
        const d = parseDatesIn(sentence).find((x) => x.precision === 'day' && x.iso.slice(0, 10) <= day)
        if (d) {
          from = { day: d.iso.slice(0, 10), evidence: decided.evidence, told: true }
          break
        }
      }
    }
    if (!from) continue
    const r = view.ctx.calendar.periodEnd(from.day, p.days, p.unit)
    if (!r.determined) {
      if (r.earliestDue && day <= r.earliestDue) kept.push(`先行登记保存 ${from.day}，处理决定 ${day}`)
      continue
    }
    if (day <= r.due) {
      kept.push(`先行登记保存 ${from.day}，处理决定 ${day}，期满日 ${r.due}`)
      continue
    }
    // a handling within the days in another paper: the goods kept sent for testing, sealed or seized, or released
    // (市场监督管理行政处罚程序规定 第三十五条: 送检, 查封扣押, 解除) — the later decision only ends what that began
    // (…in a paper that does it, not one retelling the case: a 立案审批表's 已抽样送检并对剩余84瓶先行登记保存 tells of samples sent
    // before the keeping, not of the goods kept — cv-05)
    const handled = view.docs().find((g) => {
      if (g === f || keeping.includes(g) || RETELLING.has(g.docType)) return false
      const d = foot(g)
      const at = d ? dayOf(d)! : ''
      const cd = view.document(g)
      return !!cd && at > from!.day && at <= r.due && /登记保存/.test(docText(cd)) && HANDLED.test(docText(cd))
    })
    if (handled) {
      kept.push(`先行登记保存 ${from.day}，${handled.docType}（${dayOf(foot(handled)!)}）在期限内已作处理`)
      continue
    }
    findings.push({
      kind: 'deadline',
      // (the notice's own type beside the decision's: two records of the procedure, not a retelling)
      docTypes: [f.docType, ...(noticeType && !from.told ? [noticeType] : [])],
      field: PERIOD_FIELD[p.ruleId] ?? '先行登记保存处理期限',
      message: `先行登记保存 ${showDate(from.day)}${from.told ? '（据处理决定的叙述）' : ''} 至处理决定 ${showDate(day)} 超过${p.days}${UNIT[p.unit] ?? '日'}的期限（期满日 ${r.due}，${p.ruleId}）；期限内未见送检、查封扣押或解除等处理，请核对${from.told ? '；先行登记保存的日期取自处理决定的叙述，请核对先行登记保存通知书' : ''}`,
      evidence: [decided.evidence, from.evidence],
      basis: { ruleId: p.ruleId },
      key: `kept:${f.docId ?? day}`,
      // (a handling the file tells in words the reading does not know may have come within the days: a person confirms)
      status: 'verify',
    })
  }
  if (findings.length) return { status: 'pass', findings }
  if (kept.length) return pass(`${label}：${kept.join('；')}`)
  return notApplicable(`${label}：未读出先行登记保存或处理决定的日期`)
}

const STATED_EXTENSION = new RegExp(`(?:同意|批准|准予)?延长(?:办案|办理)?(?:期限)?[:：]?\\s{0,2}([\\d${CN_NUM_CHARS}]{1,4})\\s{0,2}(?:日|天|个工作日)`, 'g')

/**
 * The day the head approved an extension (执法部门负责人审批 | 同意延长三十日。李志刚  2024年8月16日): the latest date on a line
 * of the head's approval, not the application's or the period's (申请延长期限 … 至2024年9月12日); null when none is read.
 */
function approvedOn(view: CaseView, type: DocType, kept: (d: CaseDocument) => boolean): { day: string; evidence: Evidence } | null {
  let best: { day: string; evidence: Evidence } | null = null
  for (const d of view.docs().filter((x) => x.docType === type && kept(view.document(x)!))) {
    for (const x of d.dates) {
      const line = view.lineOf(x.evidence)?.line.text ?? ''
      if (!/负责人|局长|领导|批准|审批意见/.test(line) || /申请|届满|期限至|至\s{0,2}\d{4}年/.test(line)) continue
      const day = dayOf(x)
      if (day && (!best || day > best.day)) best = { day, evidence: x.evidence }
    }
  }
  return best
}

/** The days an extension's approval states it grants (同意延长90日 / 延长期限：三十日), the longest where several; null if none. */
function statedExtension(view: CaseView, type: DocType, kept: (d: CaseDocument) => boolean, unit: DeadlineParams['unit']): number | null {
  let best: number | null = null
  for (const d of view.documents.filter((x) => x.type === type && kept(x))) {
    for (const m of docText(d).matchAll(STATED_EXTENSION)) {
      const n = parseCnInt(m[1])
      // (working days where the period counts working days, calendar days where it counts those)
      if (n !== null && n > 0 && n <= 365 && /工作日/.test(m[0]) === (unit === 'working')) best = Math.max(best ?? 0, n)
    }
  }
  return best
}

/** A period a decision tells the party: its number and unit, and the remedy the words after it name. */
const TOLD_PERIOD = new RegExp(`(?<![\\d${CN_NUM_CHARS}])([\\d${CN_NUM_CHARS}]{1,3})\\s{0,2}(个月|日|天)(?:内|以内)`, 'g')
/** The paying a period is told for, within its clause: 缴纳罚款, 将罚没款缴至…, 持本决定书到某银行…缴纳. */
const PAYS_IN = /^[^。；]{0,50}?(?:(?:缴纳|缴清|交纳|缴付)(?:全部)?(?:罚款|罚没款)|(?:罚款|罚没款)[^。；]{0,4}?(?:缴至|缴入|交至|汇入|上缴|缴交))/
/** The 行政诉讼法 of 2014 (in force 2015-05-01) gave six months where the 1989 text gave three. */
const SIX_MONTHS_FROM = '2015-05-01'
/**
 * Periods to sue another law sets (行政诉讼法 第四十六条第一款: 法律另有规定的除外), by the law and the agencies that apply it:
 * 烟草专卖法 第四十一条 — 当事人也可以在接到处罚通知之日起十五日内直接向人民法院起诉. (Its fifteen days to seek review are
 * shorter than 行政复议法's sixty, which yields only to a longer period: not listed.)
 */
const SPECIAL_SUIT_DAYS: { law: string; agency: RegExp; days: number }[] = [{ law: '中华人民共和国烟草专卖法', agency: /烟草专卖/, days: 15 }]

/**
 * The periods a decision tells the party for seeking review (行政复议法 第二十条: 六十日, FY-20) and suing (行政诉讼法 第四十六条:
 * 六个月, XS-46): a period told for either that is not the law's is a finding. A period to sue after a review decision
 * (收到复议决定书之日起十五日内, 行政诉讼法 第四十五条) is not the direct suit's; nor is a period told for paying.
 */
function remedyPeriods(p: RemedyParams, view: CaseView): KindOutcome {
  const cond = view.holds(p.when)
  if (cond.holds === false) return notApplicable(`复议、诉讼期限：${cond.why}`)
  const docs = view.documents.filter((d) => p.remedy.includes(d.type))
  if (!docs.length) return notApplicable(`复议、诉讼期限：案卷中没有${p.remedy.join('或')}`)
  const findings: Draft[] = []
  const kept: string[] = []
  for (const doc of docs) {
    const facts = view.facts.documents.find((d) => d.docId === doc.id)
    const decided = facts ? view.dates(facts).filter((d) => d.role === '决定' || d.role === '文书落款').map(dayOf).filter((d): d is string => !!d).sort().pop() : undefined
    const text = docText(doc)
    for (const m of text.matchAll(TOLD_PERIOD)) {
      // (a scan may read the 。 ending the clause as ·: …提起行政诉讼·行政复议期间…)
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 30).split(/[。；，,·]/)[0]
      // (…and the time to pay: 自收到本决定书之日起十日内缴纳罚款 where 行政处罚法 第六十七条第三款 gives fifteen days, however
      // far the clause puts the paying from the period — 三十日内，持本决定书到某银行各营业网点或者通过电子支付系统缴纳罚款,
      // 三十日内，将罚没款缴至…指定代收银行)
      const pays = PAYS_IN.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)) && /收到[^。；，,]{0,12}决定书?之日起\s{0,2}$/.test(text.slice(Math.max(0, m.index! - 24), m.index!))
      if (pays) {
        // (OCR reads 十 as 千: 千五日内 is 十五日内, as the 履行期限 field reads it too)
        const n = parseCnInt(m[1].replace(/^千(?=[一二三四五六七八九]?$)/, '十'))
        // (a longer period misstates the law too — from the sixteenth day the 加处罚款 of 第七十二条 runs — unless the agency
        // approved a deferral, which 第六十六条 allows and the file would hold: to verify)
        const shorter = n !== null && m[2] !== '个月' && n < 15
        const longer = n !== null && m[2] !== '个月' && n > 15 && n <= 365
        if (n !== null && (shorter || longer || (m[2] === '个月' && n <= 12))) {
          const line = docLineAt(doc, m.index!)
          findings.push({
            kind: 'deadline',
            docTypes: [doc.type],
            field: '缴款期限',
            message: `${doc.type}告知当事人缴纳罚款的期限为“${m[0]}”，行政处罚法第六十七条第三款规定为自收到决定书之日起十五日内（CF-67）${shorter ? '' : '；如系经批准延期缴纳（第六十六条），请核对延期批准文书'}`,
            evidence: [lineEvidence(line)],
            basis: { ruleId: 'CF-67' },
            key: `remedy:pay:${doc.id}`,
            ...(shorter ? {} : { status: 'verify' as const }),
          })
        } else if (n !== null) kept.push(`${doc.type}告知缴纳罚款的期限为“${m[0]}”`)
        continue
      }
      // (the remedy the period is told for is the first named after it)
      const review = after.search(/复议/)
      const suit = after.search(/诉讼|起诉/)
      const remedy = review >= 0 && (suit < 0 || review < suit) ? 'review' : suit >= 0 ? 'suit' : null
      if (!remedy) continue
      // (the suit after a review: 对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院起诉)
      const before = text.slice(Math.max(0, text.lastIndexOf('。', m.index!) + 1, m.index! - 40), m.index!)
      if (/复议决定/.test(before + after)) continue
      // (…nor a period another law sets, told in its own clause: 对责令限期拆除的决定不服的，可以在接到本决定书之日起十五日内向
      // 人民法院起诉, 土地管理法 第八十三条 — 法律另有规定的除外)
      const clause = text.slice(Math.max(text.lastIndexOf('。', m.index!), text.lastIndexOf('；', m.index!), text.lastIndexOf(';', m.index!)) + 1, m.index!)
      if (/限期拆除|另有规定|《[^》]{2,40}》第/.test(clause)) continue
      const n = parseCnInt(m[1])
      if (n === null) continue
      const months = m[2] === '个月'
      // (一百八十日 is how some decisions write the six months)
      // (三个月 was the law's before 2015-05-01: with no decision date read, the paper's latest date stands for it — all
      // before that day, the period is right; one after it, the finding is to verify; no date at all, it cannot be judged)
      const latest = facts ? view.dates(facts).map(dayOf).filter((d): d is string => !!d).sort().pop() : undefined
      const when = decided ?? latest
      // (…or a period to sue another law sets for the file's matter: a 烟草专卖局's fifteen days)
      const special = remedy === 'suit' && !months && SPECIAL_SUIT_DAYS.some((x) => x.days === n && (x.agency.test(view.facts.agency ?? '') || view.docs().some((d) => d.citations.some((c) => c.law === x.law))))
      const right = special || (remedy === 'review' ? !months && n === 60 : (months && (n === 6 || (n === 3 && !!when && when < SIX_MONTHS_FROM))) || (!months && n === 180))
      const what = remedy === 'review' ? '申请行政复议' : '提起行政诉讼'
      if (right) {
        kept.push(`${doc.type}告知${what}的期限为“${m[0]}”`)
        continue
      }
      const threeMonthsUndated = remedy === 'suit' && months && n === 3 && !decided
      const line = docLineAt(doc, m.index!)
      findings.push({
        kind: 'deadline',
        docTypes: [doc.type],
        field: remedy === 'review' ? '复议期限' : '诉讼期限',
        message: `${doc.type}告知当事人${what}的期限为“${m[0]}”，${remedy === 'review' ? '行政复议法规定为六十日（FY-20）' : '行政诉讼法第四十六条规定为六个月（XS-46）'}${threeMonthsUndated ? `；未读出决定日期${when ? '' : '，文书亦无其他日期'}，2015年5月1日前作出的决定告知三个月是正确的，请核对作出日期` : ''}`,
        evidence: [lineEvidence(line)],
        basis: { ruleId: remedy === 'review' ? 'FY-20' : 'XS-46' },
        key: `remedy:${remedy}:${doc.id}`,
        ...(threeMonthsUndated ? { status: when ? ('verify' as const) : ('undetermined' as const) } : {}),
      })
    }
  }
  if (findings.length) return { status: 'pass', findings }
  if (kept.length) return pass(`复议、诉讼期限：${kept.join('；')}`)
  return notApplicable('复议、诉讼期限：文书未载明期限（是否载明救济途径、履行期限另项检查）')
}
