/**
 * required-fields: the entries a document form must fill (案由, 受送达人, 被询问人 …) and the contents a document must
 * state (the decision's 救济途径, 履行方式 …, 行政处罚法 第五十九条). A labelled field read blank is missing for sure;
 * a label not seen at all is missing only when nothing in the text states it either.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import { docText, formBoxes, lineEvidence, MIN_FORM_FIELDS, untitled } from '../view'
import { fullLine } from '../../extract/text'
import { isLabel } from '../../extract/labels'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable, readOffScan } from '../outcome'
import type { DateFact, DocFacts, DocLine, Evidence, FieldFact } from '../../types'
import { PROSE_DOC_TYPES } from '../../types/documents'
import { announcesAttached, isPublishedCopy, isPublishedSummary } from '../../segment/disclosure'
import { escapeRegExp } from '../../util/regex'
import { compareDates, dayOf, showDate } from '../dates'
import { WRITTEN_DATE, writtenDate } from '../../util/written-date'

/**
 * A box read empty off a scan: the recogniser may have left out what was written in it (a hand-filled value, faint print,
 * a publisher's mask — 当事人：****** read as 当事人), so an empty box there is for a person to look at, never certain.
 */
const readBlankNote = (e: Evidence) => (readOffScan(e) ? '；所据为扫描件的文字识别结果，栏中手写或淡印的内容可能未被识别，请对照原件' : '')

/** Contents a document states in running text rather than in a labelled box. */
const CONTENT: Record<string, RegExp> = {
  // 申请行政复议 / 提起行政诉讼, and the shorter ways decisions say it (申请复议, 提出复议申请, 向某区法院起诉): a decision
  // names 复议, 诉讼 or 起诉 for nothing else
  救济途径: /复议|诉讼|起诉/,
  复议诉讼: /复议|诉讼|起诉/,
  // 缴纳 and its other spellings (交纳, 缴交, 缴入, 上缴, 交清, 汇入指定账户): how the money is paid (not the remedy
  // paragraph's 逾期…又不履行本处罚决定的)
  履行方式: /缴纳|缴款|(?<!不)履行|缴至|汇缴|交纳|缴交|缴入|上缴|交清|缴清|汇入|转入[^。；]{0,12}?账户|指定(?:的)?(?:银行|账户)/,
  // 之日起十五日内…缴纳 with the numeral as read (OCR: 千五日内) and the line break it may span; 接到本决定书后15天内; 于…日前交清;
  // …三十日内，持本决定书到某县农村商业银行各营业网点或者通过电子支付系统缴纳罚款 (the place to pay between)
  // (…曰 for 日 as OCR reads it: 十五曰内)
  履行期限: /(?:十五|15)\s{0,2}(?:[日曰]|天)内|之[日曰]起[^。；]{0,6}?[日曰]内[^。；]{0,60}?(?:缴纳|缴款|履行|交纳|缴交|缴入|上缴|缴至)|之[日曰]起.{0,12}(?:缴纳|履行|交纳)|[日曰](?:之)?前[^。；]{0,30}?(?:缴纳|缴款|履行|交纳|交清|缴清)/,
  // (…or an on-the-spot decision's one sentence: 被处罚人于…在…驾驶机动车时拨打接听手持电话，实施妨碍安全驾驶的违法行为)
  // (…or the party's act told with its day and, in the same sentence, the law it breaks: 你公司经营的星耀KTV于2024年4月20日接纳
  // 未成年人，依据…)
  违法事实: /经查|查明|查实|违法事实|经调查|调查发现|检查发现|时发现|存在以下|实施了以下|违法行为[:：]|上述行为|案情|事实如下|经核查|经核实|(?:被处罚人|当事人|违法行为人)于[^。；]{4,120}?实施[^。；]{0,30}?违法行为|的事实[^。；：:]{0,24}?[:：]\s{0,2}[^\s。（(]|(?:你|当事人|被处罚人)[^。；]{0,30}?(?:于|在)\s{0,2}\d{4}\s{0,2}年[^。；]{2,120}?[，,]\s{0,2}(?:违反|依据|根据)/,
  // (…or the evidence told as gathered: 经调取船舶AIS轨迹、码头作业记录和船舶航海日志)
  证据: /证据|以上事实有|笔录|照片|为证|佐证|检验报告|检测报告|监测报告|鉴定意见|视听资料|录像|截图|经调取|调取了/,
  // (…and the one-character forms before a title: 依《中华人民共和国治安管理处罚法》第四十三条)
  处罚依据: /依据|根据|按照|依照|[依据按]\s{0,2}《/,
  // every kind of penalty 行政处罚法 第九条 lists: 警告、通报批评；罚款、没收…；暂扣许可证件、降低资质等级、吊销…；限制开展
  // 生产经营活动、责令停产停业、责令关闭、限制从业；行政拘留
  // (…or the decision not to punish that a 不予行政处罚告知书 or a report proposes: 拟不予行政处罚, 建议不予处罚)
  处罚内容: /罚款|警告|通报批评|没收|暂扣|降低资质等级|吊销|限制开展生产经营活动|限制从业|责令|拘留|不予(?:行政)?处罚/,
  // a record tells the party its rights: 陈述、申辩 (告知书) or, in a 询问笔录, 回避 and the duty to answer truthfully
  告知权利: /陈述|申辩|听证|回避|如实(?:回答|陈述|提供|说明|反映|作证)|有权|权利/,
  // 问：/答：, or the asker's question in a transcript whose speakers are named (询问人：…？ / 被询问人：…)
  询问内容: /问[:：]|答[:：]|询问人[:：][^：:]{2,80}?[？?]/,
  // 检查情况 / 现场情况 (市场监管 现场笔录) / 勘验情况 (交通 勘验笔录) / 勘察情况 / 勘测情况, 勘查情况 (自然资源 现场勘测笔录) /
  // 勘验记录 (水利 现场勘验笔录) / 勘验（检查）情况 (自然资源 现场勘验（检查）笔录) / 复查情况, 核查情况 (a record of the
  // re-inspection; or a day then what it found: 2023年8月14日复查，仓库已拆除…) / 对…页面进行检查：… (the record tells what was
  // seen after the colon) / 现场查见…, 现场可见…,
  // a box headed 情况： / told in prose, with no box: 执法人员在巡查中发现…, 现场一块平整场地…, 现场堆放…
  // (…and a 现场笔录 of a measure taken — 实施时间, 实施地点 — tells what was done: 执法人员对…27盒“医用外科口罩”当场清点…)
  检查情况: /经检查|经查|检查情况|现场检查|现场情况|巡查情况|抽查情况|复查情况|经复查|核查情况|经核查|(?:检查|巡查|抽查|复查|核查|排查|巡逻)(?:中|时|过程中)?发现|现场(?:有|一[处块座片间台辆]|堆放|存放|摆放|停放|设有|建有|已)|勘[验察查测](?:[（(]检查[)）])?(?:情况|记录|结果)|(?:检查|复查|核查)结果|(?:日|[时分])\s{0,2}(?:进行)?(?:检查|复查|核查)[，,:：]\s{0,2}[^。；\n]{4,}|经(?:现场)?勘[验察查测]|(?:进行|开展|实施)了?(?:现场)?(?:检查|复查|核查|勘[验察查测])(?:[:：]|[。，,][^。；]{4,})|(?:实地|现场)(?:测量|丈量)|(?<![人员])(?:检查|复查|核查)[:：]\s{0,2}[^\s:：]{6,}|经清点|(?:现场)?查见|现场可见|现场发现|当场清点|(?:对|将)[^。；]{2,40}?(?:清点|封存|加贴封条|予以扣押|予以查封|先行登记保存)|(?:^|\n)[ \t\u3000]*(?:现场)?情况\s{0,2}[:：]\s{0,2}\S/,
  // the party's address (行政处罚法 第五十九条第一款第一项), however the form names it
  // (…or a person's, after the ID number: 男，身份证号…，住天津市河西区…, 住容县自良镇…; a label spaced to the box's width:
  // 住      所：…)
  地址: /住\s{0,8}所|住\s{0,8}址|地\s{0,8}址|经营场所|营业场所|居住地|户籍地|注册地|住\s*[:：]|[，,]\s{0,2}住(?=[\u4e00-\u9fa5]{1,12}?[省市县区旗])/,
  // the decision's own date: a line holding only a date (its closing), which the date reader may have missed on a scan
  决定日期: new RegExp(`(?:^|\\n)[ \\t\\u3000]*${writtenDate('[ \\t\\u3000]*')}[ \\t\\u3000]*(?:\\n|$)`),
}

/**
 * Contents whose words above are many and plain (复议/诉讼, 罚款/没收, 依据/根据): a complete text without any of them
 * lacks the content. The others (违法事实, 证据, 告知权利, 检查情况) are written in too many ways for the absence of
 * these words to prove the absence of the content: a person looks.
 */
const PLAIN_CONTENT = new Set(['救济途径', '复议诉讼', '履行方式', '履行期限', '处罚依据', '处罚内容', '询问内容'])

/**
 * Service with no one handing the paper over: 送达方式：邮寄送达; the option ticked among the form's printed ones, ☑邮寄送达; or
 * told in the remarks, 通过中国邮政EMS特快专递邮寄送达. No 送达人 signs, nor does the party on the form (the post's receipt does).
 */
export const SERVED_AT_A_DISTANCE = /送达方式[^\n□]{0,12}(?:邮寄|邮政|EMS|快递|挂号|公告|电子|传真)|[☑√■✓☒]\s{0,2}(?:邮寄|邮政|EMS|快递|挂号|公告|电子|传真)[^\n□]{0,4}送达|(?:通过|以|经)[^\n。]{0,12}(?:EMS|邮政|快递|挂号)[^\n。]{0,12}(?:邮寄|寄送|寄出)/

/** Boxes a form leaves blank when the way the act was done needs no one there: a 送达人 for service by post, notice or e-mail. */
const MOOT_WHEN: Record<string, RegExp> = {
  送达人: SERVED_AT_A_DISTANCE,
}

/** A row of three or more printed options a scan read without their boxes (主体合法 事实清楚 证据充分定性准确适用依据正确). */
const OPTION_ROW = /^(?:[□☐☑✓√■]?\s{0,1}[\u4e00-\u9fff]{2,16}[ \t\u3000]+){2,}[□☐☑✓√■]?\s{0,1}[\u4e00-\u9fff]{2,16}$/

/** A box's printed options with none ticked: □投诉 □举报 □监督检查 (no ☑ √ ■ ✓ ☒ among them). */
const UNTICKED = /^[\s\u3000]*(?:□[\s\u3000]*[\u4e00-\u9fa5（）()、]{1,12}[\s\u3000]*){2,}$/

/** Boxes whose value is told in sentences (the facts, the evidence, the penalty, the remedies), not a name or a code. */
const PROSE_VALUE = new Set(['违法事实', '证据', '处罚依据', '处罚内容', '履行方式', '履行期限', '救济途径', '告知权利', '检查情况', '询问内容'])

/** Values hidden by the publisher: 付某某, 李*, ****, ×××. */
const REDACTED = /[\u4e00-\u9fff]某某|[\u4e00-\u9fff][*＊]{1,3}(?![*＊])|[*＊]{3,}|[×]{2,}|[Xx]{3,}/

/** A document that puts its contents in an attachment or a list of its own (见附件, 公告如下). */
const ELSEWHERE = /(?:详)?见附件|附件[一二三四五六七八九十\d]*\s{0,2}[:：]|(?:公告|公布|通报)如下/

/** A decision that orders money paid: only then must it state how and by when (a 警告 or 责令停业 has nothing to pay). */
const PAYS = /罚款|罚没|罚金|缴纳|缴款|没收[^。；，,]{0,8}?(?:违法|非法)?所得/
/** A fine the decision declines or the law leaves to it (不予并处罚款, 罚款为“可以处”). */
const NO_FINE = /(?:不予|不再|免予|决定不)(?:并处|处以?|给予)?罚款|罚款为“?可以处”?/g

/**
 * The facts of a decision told in its own words though under no heading: a sentence about what the party did
 * (你公司作为施工总承包单位，未设立项目管理机构…) before the decision's legal basis is given.
 */
function narratesConduct(text: string): boolean {
  const basis = text.search(/(?:依据|根据|依照|按照)[^。；\n]{0,12}《[^》]{2,60}》[^。；\n]{0,6}第[一二三四五六七八九十百零〇\d]+条/)
  const head = basis > 0 ? text.slice(0, basis) : text
  return /(?:你|该|其|当事人)[^。；\n]{0,40}(?:未|擅自|违反|拒不|没有|超过|超标|无证|私自|非法)[^。；\n]{6,}[。；]/.test(head) || /违反了?[^。；\n]{0,20}《[^》]+》/.test(head)
}


/** Fields the facts carry outside `fields`. */
function fromFacts(doc: DocFacts, label: string): { present: boolean; ev?: Evidence } | null {
  const l = label.replace(/\s/g, '')
  if (/^(当事人|当事人名称|被处罚人|受送达人)$/.test(l) && doc.parties.length) return { present: true, ev: doc.parties[0].evidence }
  if (/^(统一社会信用代码|信用代码)$/.test(l)) {
    const p = doc.parties.find((x) => x.creditCode)
    return p ? { present: true, ev: p.evidence } : null
  }
  if (/^(案号|文号|编号)$/.test(l)) {
    const c = doc.caseNumbers.find((x) => x.own)
    return c ? { present: true, ev: c.evidence } : null
  }
  if (/^(执法人员|承办人|办案人员)$/.test(l) && doc.officers.length) return { present: true, ev: doc.officers[0].evidence }
  if (l === '处罚依据') {
    // the article the penalty is imposed under, read as such
    const c = doc.citations.find((x) => !x.quoted && x.role === 'penalty')
    return c ? { present: true, ev: c.evidence } : null
  }
  if (/^(地址|住所|住址|经营场所)$/.test(l)) {
    const p = doc.parties.find((x) => x.address)
    return p ? { present: true, ev: p.evidence } : null
  }
  if (/^(决定日期|作出决定的日期|落款日期)$/.test(l)) {
    // the day the decision was made: its own closing date, not the dates of the steps it recounts
    const d = doc.dates.find((x) => !x.quoted && (x.role === '决定' || x.role === '文书落款'))
    return d ? { present: true, ev: d.evidence } : null
  }
  if (/(时间|日期)$/.test(l)) {
    // 立案时间 / 立案日期 / 询问时间: a date of the document's own, read from it.
    const own = doc.dates.filter((d) => !d.quoted && d.role !== '其他' && d.role !== '违法行为发生')
    return own.length ? { present: true, ev: own[0].evidence } : null
  }
  return null
}

/** The document's own dated period (询问时间 …至…, 检查时间 …至…) whose end precedes its start, if one is read. */
function invertedPeriod(doc: DocFacts): DateFact | undefined {
  return doc.dates.find((d) => {
    if (d.quoted || !d.endIso || (d.role !== '询问开始' && d.role !== '检查' && d.role !== '案件来源')) return false
    const end: DateFact = { ...d, iso: d.endIso, precision: d.endIso.includes('T') ? 'minute' : d.precision }
    return compareDates(end, d) === -1
  })
}

/** Other names forms give the same box (市场监管, 生态环境 and 交通 templates differ). */
const SYNONYMS: Record<string, string[]> = {
  地址: ['住所', '住址', '经营场所', '经营地址', '地址'],
  承办人意见: ['承办机构意见', '承办人员意见', '办案人员意见', '承办部门意见', '办案机构意见'],
  // (…or the box's label wrapped in its cell, 机关负责人 / 审批意见, its opinion on the first row)
  负责人意见: ['负责人审批意见', '审批意见', '机关负责人意见', '负责人审核意见', '机关负责人审批意见', '机关负责人', '领导审批意见', '局领导意见'],
  现场负责人: ['在场人', '现场负责人', '当事人或其代理人', '现场人员'],
  立案时间: ['立案日期'],
  // a 交通运输 勘验笔录 / a 生态环境 现场检查（勘察）笔录 names the same boxes after its own act
  // (…and a patrol's or a spot check's record after its act: 巡查时间 / 巡查地点 / 巡查情况, 抽查时间 / 抽查情况)
  // (…and a 卫生 现场笔录 tells what was seen under a bare 现场：)
  检查情况: ['现场'],
  检查时间: ['勘验时间', '勘察时间', '检查（勘验）时间', '检查（勘察）时间', '巡查时间', '抽查时间'],
  检查地点: ['检查场所', '勘验场所', '勘验地点', '勘察地点', '检查（勘验）地点', '检查（勘察）地点', '巡查地点'],
  // (a record's own boxes named without its act: 时间：… / 地点：… under the title 询问笔录)
  询问地点: ['询问场所', '地点'],
}

/** Labels whose value has a shape that can be recognised at the start of the next line when a line break split them. */
const WRAPPED_VALUE: [RegExp, RegExp][] = [
  [/信用代码|注册号/, /^[0-9A-Z]{18}(?![0-9A-Z])/],
  [/身份证|证件号/, /^\d{17}[\dXx](?!\d)/],
  [/时间|日期/, /^\d{4}\s*(?:年|[-./])\s*\d{1,2}/],
  [/文号|编号|案号/, /^[\u4e00-\u9fff]{1,12}\s*[〔［[【(（]\s*\d{4}/],
  // 当事人： as the heading of a block whose lines carry the party (当事人： / 姓名：刘永根 / 住址：…, 当事人 / 名称 (姓名) 某经销部)
  [/^(?:当事人|被处罚人|被检查(?:人|单位)|受送达人)$/, /^(?:当事人)?(?:姓名|名称|单位名称|企业名称|个人姓名|经营者(?:姓名)?)(?:\s{0,2}[（(][\u4e00-\u9fff]{1,4}[)）])?[:：\s]\s*[\u4e00-\u9fff]{2}/],
]

const norm = (s: string) => s.replace(/[\s\u3000:：（）()]/g, '')

/** A box that heads sub-boxes on its own line (当事人: 姓名:刘某根 / 当事人： 名称：某公司), the first of them filled. */
function subBoxFilled(raw: string, names: string[]): boolean {
  // (the label spaced out in a ruled table's cell, its value in the next cell: │当 事 人  │名称：某合作社│)
  const line = raw.replace(/[\s\u3000]+/g, '').replace(/[│┃|｜]/g, '：')
  for (const n of names) {
    const at = line.indexOf(n.replace(/[\s\u3000]+/g, ''))
    if (at < 0) continue
    const rest = line.slice(at + n.length)
    if (/^[\s\u3000]*[:：]?[\s\u3000]*(?:姓名|名称|单位名称|企业名称|个人姓名)[\s\u3000]*[:：][\s\u3000]*[^\s\u3000:：]{2,}/.test(rest)) return true
  }
  return false
}


/** The office a form may write before a box's name (环保部门负责人审批意见, 行政机关负责人意见) — not the 承办机构's own box. */
const OFFICE = '(?:(?!承办|办案)[\\u4e00-\\u9fff]{0,4}(?:部门|机关|单位))?'

/** A field label that is the box: the name itself or one of its other names, with an office before it. */
const isBox = (label: string, names: string[]) => names.some((n) => new RegExp(`^${OFFICE}${escapeRegExp(norm(n))}$`).test(norm(label)))

/** A way of service written in a receipt: 直接送达, 邮寄送达, 留置送达, EMS. */
const SERVICE_WAY = /(?:直接|邮寄|留置|电子|委托|公告|转交|当场)送达|邮政快递|EMS/

/** A box holding only \ or /: what a publisher writes for what it leaves out (or what does not apply). */
const LEFT_OUT = /^[\s\u3000]*[\\/／][\s\u3000]*$/

/** A line that goes on with a label's qualifier or colon (a label broken where a page wraps: 住所 / (住址):…). */
const LABEL_GOES_ON = /^(?:[（(][^（）()]{1,8}[）)])?\s{0,2}[:：]/
/** The label is the last word of its line (no colon after it). */
const LABEL_AT_END = (names: string[]) => new RegExp(`(?:${names.map(escapeRegExp).join('|')})\\s*$`)

/** The value written after a label on a line, up to a wide gap (the next cell); null when the label is not there. */
export function labelValue(text: string, names: string[]): { value: string; colon: boolean } | null {
  for (const n of names) {
    // (a qualifier in brackets after the name: 住所(地址):…)
    const re = new RegExp(`(?:^|[\\s\\u3000|｜])${OFFICE}${escapeRegExp(n)}(?:[（(][^（）()]{1,8}[）)])?(?=[\\s\\u3000:：]|$)[\\s\\u3000]*([:：])?[ \\t\\u3000]*(.*?)(?:[ \\t\\u3000]{2,}|$)`)
    const m = re.exec(text.trim())
    if (m) return { value: m[2], colon: !!m[1] }
  }
  return null
}

/** A value with nothing written in: blanks, rules, or the form's printed frame of an unfilled date (　年　月　日　时　分至　时　分). */
function isBlank(v: string): boolean {
  const left = v.replace(/[\s\u3000_＿—\-\/\\／、,，.。:：]/g, '')
  return left === '' || /^(?:[年月日时分秒]|至|起|止)+$/.test(left)
}

const DATE_ONLY = new RegExp(`^\\s*(?:${WRITTEN_DATE}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})\\s*$`)

/** An opinion box (负责人审批意见) holding only the date printed or written beside it: no opinion is read. */
const dateOnlyOpinion = (label: string, v: string) => /意见$/.test(norm(label)) && DATE_ONLY.test(v.replace(/[\s\u3000]+/g, ' '))

/** The party of the document (else of the decision) is a natural person: named as one, with no credit code. */
/** The person this 询问笔录 questions was told their rights at an earlier questioning in the file. */
function toldBefore(view: CaseView, doc: DocFacts): boolean {
  const day = (d: DocFacts) => view.dates(d).filter((x) => x.role === '询问开始').map(dayOf).find(Boolean)
  const who = (d: DocFacts) => {
    const text = view.document(d)?.lines.map((l) => l.text).join('\n') ?? ''
    return /被询问(?:人|对象)(?:姓名)?\s{0,2}[:：]?\s{0,2}([\u4e00-\u9fa5*＊某]{2,4})/.exec(text)?.[1] ?? null
  }
  const own = day(doc)
  const person = who(doc)
  if (!own || !person) return false
  return view.docs('询问笔录').some((d) => {
    if (d === doc) return false
    const earlier = day(d)
    const text = view.document(d)?.lines.map((l) => l.text).join('') ?? ''
    return !!earlier && earlier < own && who(d) === person && CONTENT['告知权利'].test(text)
  })
}

/**
 * The person a 询问笔录 questions is a witness, not the party: called so (证人), or of a unit the record names that is not
 * the party (职务：梧州市宏基建材有限公司采购经理 in a case against a shipping firm). The party's rights (陈述、申辩、回避)
 * are not theirs to be told.
 */
function witness(view: CaseView, doc: DocFacts): boolean {
  const lines = view.document(doc)?.lines.map((l) => l.text) ?? []
  const head = lines.slice(0, Math.max(1, lines.findIndex((l) => /^\s*问\s{0,2}[:：]/.test(l)))).join('\n')
  // (a box ticked 证人, or the word alone — not the unticked □证人 of a suspect's form)
  if (/(?:☑|√|■|\[x\]|^|[^□☐\s])\s{0,2}证\s{0,2}人/m.test(head.replace(/[□☐]\s{0,2}证\s{0,2}人/g, ''))) return true
  const party = (view.facts.party ?? '').replace(/[（(][^）)]*[)）]/g, '')
  // (a minor questioned with a guardian present — a child worker, a victim — who is not the party: 在场监护人：刘某（父亲）)
  const asked = /被询问人\s{0,2}[:：]\s{0,2}([\u4e00-\u9fa5]{2,4})/.exec(head)?.[1]
  if (/监护人\s{0,2}[:：]/.test(head) && asked && !party.includes(asked)) return true
  if (party.length < 4) return false
  const unit = /(?:工作单位|职务|单位)\s{0,2}[:：]\s{0,2}([\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|店|合作社|经营部|商行|中心|医院|诊所))/.exec(head)
  // (…or the body the person questioned speaks for, on the 被询问人 line: 邹永红　女　桃源县自然资源局档案室负责人)
  const line = /被询问人\s{0,2}[:：]\s{0,2}[\u4e00-\u9fa5]{2,4}([^\n]*)/.exec(head)?.[1] ?? ''
  const body = /([\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|店|合作社|经营部|商行|医院|诊所|局|委员会|人民政府|办事处))(?=[\u4e00-\u9fa5]{0,8}(?:负责人|工作人员|职工|员工|经理|主任|科长|股长|所长|站长|会计|出纳|管理员|司机|$|\s))/.exec(line)
  if ([unit?.[1], body?.[1]].some((u) => !!u && !u.includes(party) && !party.includes(u))) return true
  // (…or a hand of the party's own staff, who speaks for it in nothing: 任丽娟　女　某化工有限公司库房保管员 — not its
  // 法定代表人, a manager or an agent, whom the party's rights are told through)
  const role = `${line}\n${/(?:工作单位|职务)[^\n]*/.exec(head)?.[0] ?? ''}`
  return STAFF_HAND.test(role) && !SPEAKS_FOR_PARTY.test(role)
}

/** A post of a unit's staff that acts for it in nothing (库房保管员, 操作工, 营业员). */
const STAFF_HAND = /(?:保管员|仓管员|库管员?|操作工|操作员|普通员工|员工|职工|工人|营业员|收银员|服务员|店员|技术员|电工|焊工|厨师|帮工|学徒|保洁员?|保安)(?:\s|$|[，,。])/
/** Who speaks for the party: its head, a manager, a shareholder, an agent. */
const SPEAKS_FOR_PARTY = /法定代表人|负责人|经营者|投资人|股东|经理|主管|厂长|店长|站长|委托代理人|受委托|代理人|业主/

function isPerson(view: CaseView, doc: DocFacts): boolean {
  const p = doc.parties.find((x) => x.name.trim()) ?? view.decision()?.parties.find((x) => x.name.trim())
  return !!p && p.kind === 'person' && !p.creditCode
}

export function requiredFields(p: CheckKindParams['required-fields'], view: CaseView, _item: ItemInfo): KindOutcome {
  const cond = view.holds(p.when)
  if (cond.holds === false) return notApplicable(cond.why)
  // (a case closed by another paper — a 不予行政处罚决定书 in place of the decision — is asked what that paper states)
  // (…not an on-the-spot decision filed as evidence beside the case's own: its own paper, not the case's decision)
  const own = view.docs(p.docType).filter((d) => !view.onSpotBeside(d))
  const other = !own.length && p.orInstead ? view.docs(p.orInstead.docType) : []
  const instead = other.length ? p.orInstead! : null
  const docs = instead ? other : own
  const wanted = instead?.fields ?? p.fields
  if (!docs.length) return notApplicable(`案卷中没有${p.docType}（缺少文书另项检查）`)
  const findings: Draft[] = []
  for (const doc of docs) {
    const lines: DocLine[] = view.document(doc)?.lines ?? []
    // whether a line is as wide as the page's paragraphs (its end is where the width broke it), made when first asked for
    let full: ((l: DocLine) => boolean) | undefined
    // (a disclosure table of the 双公示 format, a credit record's 处罚事由 boxes or a table row of a 公示 list publishes a
    // decision as fixed boxes)
    const disclosure = isPublishedSummary(lines)
    const announced = PROSE_DOC_TYPES.has(doc.docType) && announcesAttached(lines) === 'one'
    // A form whose layout the reader did not recognise (few labelled boxes read): a box it reads as blank may be one
    // whose value sits where the reader did not look, so a person confirms it.
    const boxes = formBoxes(doc, lines)
    // (a decision or a notice is prose: judged by what it states, not by boxes)
    const unknownLayout = !PROSE_DOC_TYPES.has(doc.docType) && boxes < MIN_FORM_FIELDS
    const layoutNote = unknownLayout ? `；未能识别该文书的表格版式（只读出${boxes}个栏目），请核对原件` : ''
    // the lines as printed, for the word tests on the whole form (送达方式, redaction marks)
    const printed = lines.map((l) => l.text).join('\n')
    // a form printed flattened, each label alone on its line and its value on the lines under it (巡查时间 / 09:10—11:40 /
    // 巡查区域 / 亚布力镇青云村…): three such pairs at least
    // (…its colon kept or not, its letters spaced out: 案　　由： / 涉嫌未取得燃气经营许可证从事燃气经营活动)
    const bare = (t: string | undefined) => !!t && /^[\u4e00-\u9fa5（）()]{2,10}[:：]?$/.test(t.replace(/[\s\u3000]+/g, ''))
    const filledLines = lines.map((l) => l.text).filter((t) => t.trim())
    // (…printed so, not a scan whose reading split a form's columns into lines: there the line under a label may be any box's)
    const flattened = !lines.some((l) => l.confidence < 1) && filledLines.filter((t, k) => bare(t) && !!filledLines[k + 1] && !bare(filledLines[k + 1])).length >= 3
    // (a box's label among four or more lines in a row that hold only labels — short words, no figure, no sentence: a
    // table's column names listed one under another, read column by column)
    const labelsOnly = (t: string) => t.trim() !== '' && t.split(/[\s\u3000|｜]+/).filter(Boolean).every((w) => /^[\u4e00-\u9fff（）()]{2,14}$/.test(w))
    const nonEmpty = lines.filter((x) => x.text.trim() !== '')
    const stackedLabels = (l: DocLine) => {
      const at = nonEmpty.indexOf(l)
      if (at < 0 || !labelsOnly(l.text)) return false
      let from = at
      let to = at
      while (from > 0 && labelsOnly(nonEmpty[from - 1].text)) from--
      while (to + 1 < nonEmpty.length && labelsOnly(nonEmpty[to + 1].text)) to++
      return to - from + 1 >= 4
    }
    // (…or a table's head row, its labels side by side and their values in the row below, the gaps between the values lost
    // in the text: 送达文书名称  送达文书文号  受送达人  送达地点  送达方式 / 询问通知书江州云税询〔2025〕52号…直接送达)
    // a head row of two to six labels set apart by wide gaps, and two rows at least of as many cells under it
    const tableBelow = (k: number) => {
      const cellsOf = (t: string | undefined) => (t ?? '').trim().split(/\t|[ \u3000]{2,}/).filter(Boolean)
      const head = cellsOf(lines[k]?.text)
      if (head.length >= 2 && head.length <= 6 && head.every((c) => /^[\u4e00-\u9fff（）()、]{2,12}$/.test(c))) return [1, 2].every((d) => cellsOf(lines[k + d]?.text).length === head.length)
      // (…the gaps narrowed to one space on a scan: 检查项目 检查结果 / 灭火器配置 不符合■符合 — a head of column names,
      // rows of two words at least under it)
      const words = (t: string | undefined) => (t ?? '').trim().split(/[ \t\u3000]+/).filter(Boolean)
      const narrow = words(lines[k]?.text)
      return narrow.length >= 2 && narrow.length <= 6 && narrow.every((c) => /^[\u4e00-\u9fff（）()]{2,10}$/.test(c) && /(?:项目|结果|情况|内容|名称|部位|标准|要求|问题|数量|意见|时间|地点)$/.test(c)) &&
        [1, 2].every((d) => words(lines[k + d]?.text).length >= 2)
    }
    const headRow = (l: DocLine) => {
      const words = l.text.trim().split(/[\s\u3000|｜]+/).filter(Boolean)
      const next = nonEmpty[nonEmpty.indexOf(l) + 1]
      return words.length >= 2 && words.every((w) => isLabel(w)) && !!next && !labelsOnly(next.text)
    }
    for (const label of wanted ?? []) {
      const key = norm(label)
      // A record's stated period that ends before it starts (询问时间：…10时05分至…09时40分): the box is filled, and what it
      // holds contradicts itself — shown as an order of dates, the record's own words the evidence.
      if (/时间$/.test(key)) {
        const inverted = invertedPeriod(doc)
        if (inverted) {
          findings.push({
            kind: 'date-order',
            docTypes: [doc.docType],
            field: label,
            message: `${doc.docType}的“${label}”记载的结束时间 ${showDate(inverted.endIso!)} 早于开始时间 ${showDate(inverted)}${readOffScan(inverted.evidence) ? '；文字系识别所得，请核对原件' : ''}`,
            evidence: [inverted.evidence],
            ...(readOffScan(inverted.evidence) ? { status: 'verify' as const } : {}),
            key: `${label}:起止`,
          })
          continue
        }
      }
      // A natural person has no 统一社会信用代码 or 法定代表人 (a 个体工商户 does carry a code and reads as an organisation).
      if (/^(统一社会信用代码|信用代码|法定代表人|负责人)$/.test(key) && isPerson(view, doc)) continue
      // A later questioning of a person already told their rights at an earlier one (市场监督管理行政处罚程序规定 第二十一条:
      // 首次询问时告知) need not tell them again.
      if (key === '告知权利' && doc.docType === '询问笔录' && (toldBefore(view, doc) || witness(view, doc))) continue
      // The label itself; else a longer form of it (案由 → 案由摘要), but not another entry built on it (受送达人签名或盖章).
      const exact: FieldFact[] = doc.fields.filter((f) => isBox(f.label, [label, ...(SYNONYMS[key] ?? [])]))
      const SIGN = /签名|签字|盖章|签章|捺印/
      const matching = exact.length
        ? exact
        : doc.fields.filter((f) => (norm(f.label).startsWith(key) || (key.length >= 3 && norm(f.label).includes(key))) && (SIGN.test(key) || !SIGN.test(f.label)))
      // The label's first line on the form, blank: the box is empty, whatever a later line (the signature block) says.
      const names = [label, ...(SYNONYMS[key] ?? [])]
      const labelled = lines.map((l) => ({ l, v: labelValue(l.text, names) })).filter((x) => x.v !== null)
      // The party's address written in one of the form's address boxes (住所(地址):… for a person) is there, though the
      // box of the template's other block (the unit's 地址:) is left blank.
      if (key === '地址' && labelled.some((x) => !isBlank(x.v!.value))) continue
      // …and so is the party, in the form's block for an organisation (当事人（单位） / 名称 …) when its block for a person
      // (当事人（个人） / 姓名 …) is left blank
      if (key === '当事人' && labelled.some((x) => /当事人\s{0,2}[（(]\s{0,2}(?:个人|自然人)/.test(x.l.text)) && labelled.some((x) => /当事人\s{0,2}[（(]\s{0,2}(?:单位|法人|组织)/.test(x.l.text)) && doc.parties.some((x) => x.name.trim())) continue
      // (a box's label that ends a full printed line — the page's width broke the paragraph there, …年龄：54岁；地址： /
      // 四川省雅安市龙门镇… on a scan — holds the value that opens the next line, when that line is no box of its own)
      const runsOn = (l: DocLine) => {
        const at = lines.indexOf(l)
        if (at < 0 || at + 1 >= lines.length || !/[:：]\s*$/.test(l.text)) return false
        const next = lines[at + 1]
        if (next.file !== l.file || next.page !== l.page || !next.text.trim() || /^[\s\u3000]*[\u4e00-\u9fff（）()]{2,12}\s{0,2}[:：]/.test(next.text)) return false
        full ??= fullLine({ lines })
        return full(l)
      }
      const wrapped = (l: DocLine) => {
        if (runsOn(l)) return true
        // The value wrapped onto the next line (统一社会信用代码： / 91320506MAAP8A746H，法定代表人…).
        const next = lines[lines.indexOf(l) + 1]?.text.trim() ?? ''
        if (WRAPPED_VALUE.some(([lab, shape]) => lab.test(key) && shape.test(next))) return true
        // …or the label itself broken at the line's end, its qualifier and colon on the next line (…住所 / (住址):湖南省…)
        return LABEL_GOES_ON.test(next) && LABEL_AT_END(names).test(l.text.trim())
      }
      // a decision published as a flattened table: a label alone on its line, its value on the next line (违法事实 / | /
      // 当事人于…; 被处罚当事人： / 某卫生室); a form's bare box followed by a line stays a question (below)
      // (a form's box for sentences — an opinion, a summary of the case — may hold them on the lines under its label too:
      // 承办人意见： / 建议立案调查。)
      const proseBox = PROSE_VALUE.has(key) || /意见$|案情/.test(key)
      const unmatched = (ev: Evidence) => unsure(`${doc.docType}的栏目名成列排列、内容另列于后，无法对应“${label}”一栏的内容，请核对原件`, ev)
      const valueBelow = (l: DocLine, value: string) => {
        if (value.trim() === '' && runsOn(l)) return true
        // (a box whose value is a numbered list under it, on any form: 送达方式及结果： / 1.手机短信：…)
        if (value.trim() === '' && /[:：]\s*$/.test(l.text) && /^[\s\u3000]*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[①②③])\s*\S/.test(lines[lines.indexOf(l) + 1]?.text ?? '')) return true
        // (…or a ruled table of its sub-boxes under it, on any form: 当事人基本情况： / ┌──┬──┐ / │名称 │某公司│)
        if (value.trim() === '' && /[:：]\s*$/.test(l.text) && /^[\s\u3000]*[┌┏╔│┃║]/.test(lines[lines.indexOf(l) + 1]?.text ?? '')) return true
        // (…or a table with its head row under it, its rows after: 检查情况： / 检查项目    检查结果 / 灭火器配置    □不符合 ■符合)
        if (value.trim() === '' && /[:：]\s*$/.test(l.text) && tableBelow(lines.indexOf(l) + 1)) return true
        // (a label closed by its colon with nothing after it, on a typed form, and a line under it that is no label: that line
        // is its value — 案　　由： / 涉嫌未批先建; a scan's reading, or a layout the reader does not know, may have put another
        // box's value there, so not on an unknown form)
        // (…on a scan, only where the line under it starts where the label starts, on the next row: 案由： / 涉嫌…, one column)
        const under = lines[lines.indexOf(l) + 1]
        const nextRow = !!under && under.page === l.page && under.file === l.file && Math.abs(under.bbox.x - l.bbox.x) <= Math.max(40, l.bbox.w / 2) && under.bbox.y > l.bbox.y && under.bbox.y - l.bbox.y <= 2.2 * l.bbox.h
        const colonAlone = !unknownLayout && /[:：][\s\u3000]*$/.test(l.text) && ((l.confidence >= 1 && !lines.some((x) => x.confidence < 1)) || nextRow)
        if ((!PROSE_DOC_TYPES.has(doc.docType) && !proseBox && !flattened && !colonAlone) || value.trim() !== '' || l.text.trim().replace(/[\s\u3000|｜:：]/g, '').length > 12) return false
        let k = lines.indexOf(l) + 1
        while (k < lines.length && /^[\s\u3000|｜丨]*$/.test(lines[k].text)) k++
        // (…past a row of printed options whose ticks a scan did not read, to the opinion written under it: 审核意见： /
        // 主体合法 事实清楚 证据充分 … / 当事人未取得许可…，同意承办意见。)
        if (proseBox && OPTION_ROW.test(lines[k]?.text.trim() ?? '')) {
          for (let j = k + 1; j < Math.min(lines.length, k + 5); j++) {
            const t = lines[j].text.trim()
            // (the next box ends the search, but not the options' own 其他： whose words follow: 需补充调查□其他： / 同意…)
            if (/^[\u4e00-\u9fff（）()]{2,12}\s{0,2}[:：]/.test(t) && !/(?:其他|其它)\s{0,2}[:：]\s*$/.test(t)) break
            if (/[，。；,;]/.test(t)) return true
          }
        }
        const next = lines[k]?.text.trim() ?? ''
        const labelLike = /^[\u4e00-\u9fff（）()]{2,12}(?:[ \t\u3000|｜]+|[:：]|$)/.test(next)
        // (after a colon, only a value of its own, not the narrative going on: 被处罚当事人： / 寿县某卫生室 — but a box whose
        // value is prose holds the sentences below it: 违法事实： / 当事人于…，…。)
        // (…but a date alone under an opinion's label is the box's date, its opinion unread: asked about below)
        if (/[:：][\s\u3000|｜]*$/.test(l.text)) return proseBox ? next !== '' && !labelLike && !DATE_ONLY.test(next) : /^[^，。；,;:：]{2,60}$/.test(next) && !isLabel(next)
        return next !== '' && !labelLike
      }
      // a box the text stops at (…证据三：… / 证据 — the copy ends there): its value is cut off, not left blank
      const atCut = (l: DocLine | undefined) => {
        const k = l ? lines.indexOf(l) : -1
        return doc.cut?.place === 'end' && k >= 0 && k >= lines.length - 2
      }
      const cutDraft = (l: DocLine): Draft => ({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: label,
        message: `${doc.docType}的文本在“${label}”处中断（${doc.cut!.reason}），无法判断该栏是否填写`,
        evidence: [lineEvidence(l)],
        status: 'undetermined',
        key: label,
      })
      // a field whose presence the text cannot settle: asked, not asserted
      const unsure = (message: string, evidence: Evidence): Draft => ({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: label,
        message,
        evidence: [evidence],
        status: 'undetermined',
        key: label,
      })
      const unsplit = `${doc.docType}的栏目名排成一行、内容列于下一行，未能分清“${label}”一栏的内容，请核对原件`
      // (a box the way the act was done makes moot: a person looks)
      const moot = !!MOOT_WHEN[key]?.test(printed)
      const mootNote = '；文书所载送达方式（邮寄、公告或电子送达）不经送达人，该栏可不填写'
      // the first labelled box of the field left blank, its value not wrapped onto the next line
      // (…nor the label of a flattened form alone on its line, the form reader having read its value on the line under
      // it: 当事人 / 雷德胜)
      const readBelow = (x: (typeof labelled)[number]) => !x.v!.colon && matching.some((f) => !isBlank(f.value) && f.evidence.file === x.l.file && f.evidence.page === x.l.page && (f.evidence.line ?? -1) > x.l.line && (f.evidence.line ?? -1) <= x.l.line + 2)
      // (a receipt's 送达方式 as a column of a table whose rows the reading broke — 序号送达文书名称及文号 送达方式 / 收到时间 /
      // 1 实施行政强制措施决定书…及财物 / 清单直接送达2025年3月11日…: the way is written in the rows under the head)
      const wayBelow = key === '送达方式' && labelled.length > 0 && SERVICE_WAY.test(lines.slice(lines.indexOf(labelled[0].l) + 1).map((l) => l.text).join('\n'))
      if (wayBelow) continue
      const blankBox = labelled.length > 0 && isBlank(labelled[0].v!.value) && !wrapped(labelled[0].l) && !readBelow(labelled[0])
      if (blankBox && atCut(labelled[0].l)) {
        findings.push(cutDraft(labelled[0].l))
        continue
      }
      // A published copy's box: a disclosure table (双公示: 行政相对人名称, 违法行为类型…) leaves empty the boxes its
      // template has for other kinds of party, and a publisher writes \ or / for what it leaves out — neither says
      // what the decision itself holds
      // (…and a copy redacted for publication, 张某某 / 320124********1234, clears the party's address box: 公示 rules)
      const redactedAddress = key === '地址' && (REDACTED.test(printed) || isPublishedCopy(lines))
      if (blankBox && PROSE_DOC_TYPES.has(doc.docType) && !valueBelow(labelled[0].l, labelled[0].v!.value) && (disclosure || LEFT_OUT.test(labelled[0].v!.value) || redactedAddress)) {
        findings.push(unsure(`${doc.docType}的“${label}”一栏${disclosure ? '为空；文本为公示表格，按相对人类别留空的栏目不说明原决定书是否载明' : LEFT_OUT.test(labelled[0].v!.value) ? `只有“${labelled[0].v!.value.trim()}”，可能为公开时隐去或不适用` : '为空；文本有隐去的内容（公开文本），公开时可能删去地址'}，请核对原件`, lineEvidence(labelled[0].l)))
        continue
      }
      // an opinion box holding only its date: a handwritten 同意 may be what the reader could not see, a person looks
      const datedDraft = (value: string, ev: Evidence): Draft => ({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: label,
        message: `${doc.docType}的“${label}”一栏只见日期（${value.trim()}），未见意见内容，请核对（手写意见可能未被识别）`,
        evidence: [ev],
        status: 'verify',
        key: label,
      })
      // (…the date on the line under the label: 承办人意见： / 2024年3月5日)
      const dateBelow = blankBox ? lines[lines.indexOf(labelled[0].l) + 1]?.text : undefined
      if (dateBelow && dateOnlyOpinion(label, dateBelow)) {
        findings.push(datedDraft(dateBelow, lineEvidence(labelled[0].l)))
        continue
      }
      // a table's column names listed one under another, its values in a block of their own further on (a 公示 table's text
      // layer read column by column: 处罚种类 / 处罚依据 / 行政处罚的履行方式和期限 … then the values): which value is the
      // box's the text does not say
      if (blankBox && stackedLabels(labelled[0].l)) {
        findings.push(unmatched(lineEvidence(labelled[0].l)))
        continue
      }
      if (blankBox && headRow(labelled[0].l)) {
        findings.push(unsure(unsplit, lineEvidence(labelled[0].l)))
        continue
      }
      if (blankBox && !valueBelow(labelled[0].l, labelled[0].v!.value)) {
        const x = labelled[0]
        const next = lines[lines.indexOf(x.l) + 1]
        // A bare label is blank for sure when the form writes its values on the labels' lines (案件来源 投诉举报…) and the
        // next line is not a value of this one.
        const sameLine = lines.filter((l) => /^[\u4e00-\u9fff（）()]{2,10}(?:[ \t\u3000]+|[:：])\S/.test(l.text.trim())).length >= 3
        const nextIsLabel = !next || /^[\u4e00-\u9fff（）()]{2,10}(?:[ \t\u3000]+|[:：]|$)/.test(next.text.trim())
        const ev = lineEvidence(x.l)
        findings.push({
          kind: 'missing-field',
          docTypes: [doc.docType],
          field: label,
          message: `${doc.docType}的“${label}”一栏为空${moot ? mootNote : layoutNote || readBlankNote(ev)}`,
          evidence: [ev],
          status: moot ? 'undetermined' : !unknownLayout && !readOffScan(ev) && (x.v!.colon || (sameLine && nextIsLabel)) ? 'open' : 'verify',
          key: label,
        })
        continue
      }
      // The form's own box comes first; the same label again at the end is the signature block (被询问人：吕红梅).
      const first = [...matching].sort((a, b) => (a.evidence.page - b.evidence.page) || ((a.evidence.line ?? 0) - (b.evidence.line ?? 0)))[0]
      const dated = first && dateOnlyOpinion(label, first.value) ? { value: first.value, ev: first.evidence } : !first && labelled.length && dateOnlyOpinion(label, labelled[0].v!.value) ? { value: labelled[0].v!.value, ev: lineEvidence(labelled[0].l) } : null
      if (dated) {
        findings.push(datedDraft(dated.value, dated.ev))
        continue
      }
      // a box of printed options none of which reads as ticked (案件来源：□投诉 □举报 □监督检查): blank, or a tick the
      // reading lost — a person looks
      const options = first?.value ?? labelled[0]?.v?.value
      if (options && UNTICKED.test(options)) {
        findings.push({
          kind: 'missing-field',
          docTypes: [doc.docType],
          field: label,
          message: `${doc.docType}的“${label}”一栏各选项均未见勾选（${options.trim().slice(0, 40)}），请核对原件（勾选标记可能未被识别）`,
          evidence: [first?.evidence ?? lineEvidence(labelled[0].l)],
          status: 'verify',
          key: label,
        })
        continue
      }
      if (first && !isBlank(first.value)) continue
      const blank = first
      const blankLine = blank && view.lineOf(blank.evidence)?.line
      if (blank && blankLine && atCut(blankLine)) {
        findings.push(cutDraft(blankLine))
        continue
      }
      // (被处罚当事人： alone on its line in a published decision, the name on the next: the value sits below)
      if (blank && blankLine && valueBelow(blankLine, '')) continue
      // (当事人: 姓名:刘某根 — the box heads its own sub-boxes on the same line, the first of them filled)
      if (blank && blankLine && subBoxFilled(blankLine.text, [label, ...(SYNONYMS[key] ?? [])])) continue
      // (统一社会信用代码:\ — the publisher's mark for what it leaves out, in whichever box of the text the reader took)
      if (blank && PROSE_DOC_TYPES.has(doc.docType) && LEFT_OUT.test(blank.value)) {
        findings.push(unsure(`${doc.docType}的“${label}”一栏只有“${blank.value.trim()}”，可能为公开时隐去或不适用，请核对原件`, blank.evidence))
        continue
      }
      if (blank && blankLine && stackedLabels(blankLine)) {
        findings.push(unmatched(blank.evidence))
        continue
      }
      if (blank && blankLine && headRow(blankLine)) {
        findings.push(unsure(unsplit, blank.evidence))
        continue
      }
      if (blank && !(blankLine && wrapped(blankLine))) {
        findings.push({
          kind: 'missing-field',
          docTypes: [doc.docType],
          field: label,
          message: `${doc.docType}的“${label}”一栏为空${moot ? mootNote : layoutNote || readBlankNote(blank.evidence)}`,
          evidence: [blank.evidence],
          ...(moot ? { status: 'undetermined' as const } : unknownLayout || readOffScan(blank.evidence) ? { status: 'verify' as const } : {}),
          key: label,
        })
        continue
      }
      // Simple-procedure decisions state what 行政处罚法 第五十二条 lists: not the evidence, nor how and by when to pay
      // (the fine is often collected on the spot).
      if ((key === '证据' || key === '履行方式' || key === '履行期限') && doc.docType === '行政处罚决定书' && view.isSimple()) continue
      // The label on a line of the form (受送达人：…), not a longer label built on it (受送达人签名或盖章), with a value.
      if (labelled.length) continue
      const other = fromFacts(doc, label)
      if (other?.present) continue
      const content = CONTENT[key]
      const cd = view.document(doc)
      const text = cd ? docText(cd) : ''
      if (content && cd && content.test(text)) continue
      if (key === '违法事实' && narratesConduct(text)) continue
      // how and by when to pay: only a decision that orders money paid
      // (…a fine or money confiscated: goods the agency holds are confiscated without payment, and a fine the decision
      // declines — 本局决定不予并处罚款 — is none)
      if ((key === '履行方式' || key === '履行期限') && doc.docType === '行政处罚决定书' && cd && !PAYS.test(text.replace(NO_FINE, '')) && !doc.amounts.some((a) => !a.quoted && (a.role === '罚款' || a.role === '没收违法所得'))) continue
      if (!lines.length && !doc.fields.length) {
        findings.push(unsure(`${doc.docType}未读出任何栏目，无法核对“${label}”`, view.docEvidence(doc)))
        continue
      }
      // Neither the label nor the content is seen, in a text that stops before its end: what should follow is unknown.
      if (doc.cut) {
        findings.push(unsure(`${doc.docType}的文本不完整（${doc.cut.reason}，可能缺页或仅为节选），无法判断是否载明“${label}”`, doc.cut.evidence))
        continue
      }
      // A disclosure table (双公示: 行政相对人名称, 处罚事由, 处罚结果…) is the decision's summary, not its text: what its
      // boxes do not carry (救济途径, the party's address) says nothing of the decision itself
      if (disclosure) {
        findings.push(unsure(`${doc.docType}的文本为公示表格（信息摘要），不载决定书全文，无法判断原决定书是否载明“${label}”`, view.docEvidence(doc)))
        continue
      }
      // A notice that publishes the decision in its attachment (…作出行政处罚决定，现予公告。附件：…决定书.pdf) holds none of the
      // decision's text
      if (announced) {
        findings.push(unsure(`${doc.docType}的文本为发布该决定的公告，决定书全文在附件中（文本未载），无法判断原决定书是否载明“${label}”`, view.docEvidence(doc)))
        continue
      }
      // Contents the document puts in an attachment or a list (见附件, 公告如下) that the text does not hold: unknown
      if (content && ELSEWHERE.test(text)) {
        findings.push(unsure(`${doc.docType}未见“${label}”；文书称有关内容见附件或另列（${ELSEWHERE.exec(text)![0]}），文本中没有该部分，无法判断是否载明`, view.docEvidence(doc)))
        continue
      }
      // A copy redacted for publication (某某, ****) or a person's decision as published leaves out the party's
      // address by the 公示 rules: its absence there says nothing of the original.
      // (a person's full, valid ID number shows the original, not a published copy)
      const original = doc.parties.some((x) => x.idNumberValid === true)
      // (a copy that shows it is the published one: 此件主动公开, a web page's 发布时间： or 当前位置)
      const published = isPublishedCopy(lines)
      // (…nor does the tax administration's national form, which names the taxpayer by its 纳税人识别号 and states no address)
      const taxForm = key === '地址' && /纳税人识别号/.test(text) && /税务/.test(doc.docType + text.slice(0, 60))
      if (taxForm) {
        findings.push(unsure(`${doc.docType}未见当事人地址；税务文书式样以纳税人识别号标明当事人，不载地址，是否须载明请按本地规定核对`, view.docEvidence(doc)))
        continue
      }
      if (key === '地址' && (REDACTED.test(text) || published || (isPerson(view, doc) && !original))) {
        findings.push(unsure(`${doc.docType}未见当事人地址；${REDACTED.test(text) ? '文本有隐去的内容（公开文本）' : published ? '文本为公开发布的文本，公开时可能删去地址' : '当事人为自然人，公开文本通常删去住址'}，无法判断原件是否载明`, view.docEvidence(doc)))
        continue
      }
      // (…nor the evidence, nor how and by when to pay, which a web page publishing the decision may leave out with the
      // list of evidence and the instructions to the party)
      if ((key === '证据' || key === '履行方式' || key === '履行期限') && published) {
        findings.push(unsure(`${doc.docType}未见“${label}”；文本为公开发布的文本，公开时可能删去${key === '证据' ? '证据' : '缴款事项'}，无法判断原件是否载明`, view.docEvidence(doc)))
        continue
      }
      // A text with no title, typed by what its body says (a publisher's copy of a decision's body, a retelling, a
      // record) or by its own number at its head (a 公示 list's row, a copy that starts below the title): nothing shows
      // it is the whole document, so what it does not state is unknown
      if (cd && untitled(cd)) {
        findings.push(unsure(`${doc.docType}未见文书标题，类型系按正文内容推断，文本可能不是完整的文书，无法判断是否载明“${label}”，请核对原件`, view.docEvidence(doc)))
        continue
      }
      // Neither the label nor the content is seen. Content the text must state (救济途径) is missing; a box the form
      // may name differently cannot be judged from the text.
      findings.push({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: label,
        message: content ? (PLAIN_CONTENT.has(key) ? `${doc.docType}未见“${label}”的内容` : `${doc.docType}未见写明“${label}”的常见表述，请人工核对是否载明`) : `${doc.docType}未见“${label}”一栏（表格可能以其他名称记载），请人工核对`,
        evidence: [view.docEvidence(doc)],
        status: content ? (PLAIN_CONTENT.has(key) ? 'open' : 'verify') : 'undetermined',
        key: label,
      })
    }
  }
  return { status: 'pass', reason: `${instead?.docType ?? p.docType}的${(wanted ?? []).join('、')}均已填写`, findings }
}
