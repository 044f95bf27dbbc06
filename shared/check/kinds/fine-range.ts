/**
 * fine-range: the decision's fine inside the range its penalty provision (citation role `penalty`) states.
 * A provision may state several ranges with conditions (货值金额不足一万元的 … ; 货值金额一万元以上的 …十倍以上二十倍以下);
 * a condition on a base amount is evaluated when the facts give the amount, other conditions (情节严重的) are taken
 * as possible. The fine is out of range only when it lies outside every range that may apply; a 倍 range whose base
 * amount (货值金额, 违法所得 …) the facts do not give makes the check undetermined, never a pass or a false alarm.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView, InDoc } from '../view'
import { docText, ownWords } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { merge, notApplicable, pass } from '../outcome'
import { docDate } from './citation'
import { writtenTitles } from '../titles'
import { olderNumbering, wrongPenaltyLaw } from '../wrong-law'
import { formatProvision } from '../../law/article'
import { versionAt } from '../../law/version-at'
import { parseNumber } from '../../law/numerals'
import { parseFineRanges } from '../../law/fine-range'
import type { FineRange } from '../../law/types'
import type { AmountFact, Citation, DocFacts, DocType, Evidence } from '../../types'
import { escapeRegExp } from '../../util/regex'

interface Interval {
  lo: number
  hi: number
  text: string
  /** The provision it comes from (《某法》第十条). */
  source: string
}

/**
 * The one count of a unit the text states (违法建设面积120平方米 → 120), or null when none or several differ. Numbers
 * in Arabic or Chinese digits; 平方米 also as ㎡ or m².
 */
export function unitCount(text: string, unit: string, occupiedToo = false): number | null {
  // (每人: persons are counted 14名劳动者 / 14人 — 名 only before the people a labour law counts, not 2名执法人员)
  const units =
    unit === '平方米' ? '(?:平方米|平米|㎡|m²|m2)'
    : unit === '立方米' ? '(?:立方米|㎥|m³|m3)'
    : unit === '人' ? '(?:人(?![员民])|名(?=[\\u4e00-\\u9fa5]{0,4}(?:劳动者|员工|职工|工人|从业人员|务工人员|童工|未成年人|学生)))'
    : escapeRegExp(unit)
  const re = new RegExp(`(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)\\s*${units}`, 'g')
  const seen = new Set<number>()
  // (the land occupied, where a decision also gives the areas of what was built on it: 共占用土地680平方米，其中建设仓库420平方米)
  const occupied = new Set<number>()
  for (const m of text.matchAll(re)) {
    if (text.slice(Math.max(0, m.index - 1), m.index) === '每') continue
    const n = /^\d/.test(m[1]) ? Number(m[1]) : parseNumber(m[1])
    if (n === null || n <= 0) continue
    seen.add(n)
    if (unit === '平方米' && /(?:占用|占地)[^，,。；]{0,8}$/.test(text.slice(Math.max(0, m.index - 12), m.index))) occupied.add(n)
  }
  return seen.size === 1 ? [...seen][0] : occupiedToo && occupied.size === 1 ? [...occupied][0] : null
}

/** The base amount a 倍 range applies to, from the case's own amounts. */
function baseAmount(view: CaseView, range: FineRange, decision: DocFacts): { amount?: AmountFact; why?: string } {
  const want = range.base
  const all: InDoc<AmountFact>[] = []
  for (const doc of view.docs()) for (const a of view.amounts(doc)) all.push({ fact: a, doc })
  let hits: InDoc<AmountFact>[]
  // The amount's own line and where the amount stands in it (the fact's excerpt may hold only the amount: at is -1).
  const placed = (x: InDoc<AmountFact>) => {
    const hit = view.lineOf(x.fact.evidence)
    const text = hit ? hit.line.text : x.fact.evidence.text
    return { text, at: hit ? text.indexOf(x.fact.text) : -1 }
  }
  // a profit (获利 35元) is not the 违法所得 the law multiplies, which is the takings as the rules define them: no base
  const profit = (x: InDoc<AmountFact>) => /获利|利润|赚取|盈利/.test(placed(x).text.split(x.fact.text)[0].slice(-12))
  hits = want === '货值金额' || want === '违法所得' ? all.filter((x) => x.fact.role === want && !(want === '违法所得' && profit(x))) : []
  if (!hits.length) {
    // 测绘约定报酬, 工程合同价款, 建设工程造价, 销售额: an amount written next to the base's name.
    const key = (range.baseText ?? (want === '货值金额' || want === '违法所得' ? want : '')).replace(/^.*?(?:的|之)/, '').slice(-4)
    // The words just before the amount name it (测绘约定报酬人民币72000元).
    const around = (x: InDoc<AmountFact>) => {
      const { text, at } = placed(x)
      return at > 0 ? text.slice(Math.max(0, at - 16), at) : text
    }
    // (…or by the base's noun without 金额: 造成医保基金损失18652.40元 for 造成损失金额)
    const keys = [key, key.replace(/金额$/, '')].filter((k) => k.length >= 2)
    hits = keys.length ? all.filter((x) => x.fact.role !== '罚款' && keys.some((k) => around(x).includes(k))) : []
  }
  // a rate (每平方米耕地开垦费40元, 40元/平方米) is no total: the base is the rate times a count the decision may not state once
  const rate = (x: InDoc<AmountFact>) => {
    const { text, at } = placed(x)
    if (at < 0) return false
    return /每[^，,。；;\d]{0,10}$/.test(text.slice(Math.max(0, at - 12), at)) || /^\s{0,2}[\/／每]/.test(text.slice(at + x.fact.text.length, at + x.fact.text.length + 3))
  }
  const rates: InDoc<AmountFact>[] = []
  const totals: InDoc<AmountFact>[] = []
  for (const x of hits) (rate(x) ? rates : totals).push(x)
  hits = totals
  if (!hits.length && rates.length) return { why: `案卷载明的${range.baseText ?? range.base ?? '计罚基数'}为单价（${rates[0].fact.text}），总额取决于计罚的面积或数量` }
  if (!hits.length) return { why: `案卷未载明${range.baseText ?? range.base ?? '计罚基数'}` }
  const inDecision = hits.filter((x) => x.doc === decision)
  const pool = inDecision.length ? inDecision : hits
  const values = [...new Set(pool.map((x) => x.fact.yuan))]
  if (values.length > 1) return { why: `${range.baseText ?? range.base}有多个不同数额（${values.join('、')}元）` }
  return { amount: pool[0].fact }
}

const CMP = /(货值金额|违法所得|销售额|营业额|广告费用|合同价款|工程造价|报酬|虚开金额)[^，,；。的]{0,12}?(不足|低于|超过|未超过|不满)?([零〇一二两三四五六七八九十百千万亿\d.]+)元(以上|以下)?/

/** Does a range's condition hold? true / false when it can be told from the base amount, null otherwise. */
function conditionHolds(cond: string | undefined, base: number | undefined, baseKnown: boolean): boolean | null {
  if (!cond || GENERIC_CONDITION.test(cond)) return true
  // either of two (没有违法所得或者违法所得不足1万元的): holds when one part does
  const parts = cond.split('或者')
  if (parts.length > 1 && parts.every((x) => x.trim())) {
    const each = parts.map((x) => conditionHolds(x, base, baseKnown))
    return each.includes(true) ? true : each.every((x) => x === false) ? false : null
  }
  if (/无法计算|没有违法所得|无违法所得|明显偏低/.test(cond)) return baseKnown ? (/明显偏低/.test(cond) ? null : false) : true
  const m = CMP.exec(cond)
  if (!m || !(m[2] || m[4])) return null
  if (base === undefined) return null
  const n = parseNumber(m[3])
  if (n === null) return null
  switch (m[2] ?? m[4]) {
    case '不足':
    case '低于':
    case '不满':
      return base < n
    case '以下':
    case '未超过':
      return base <= n
    case '以上':
      return base >= n
    case '超过':
      return base > n
  }
  return null
}

/** Ranges aimed at other persons (对直接负责的主管人员…处) do not bound the party's fine. */
function aimedElsewhere(r: FineRange, partyKind: string | undefined): boolean {
  if (!r.target) return false
  if (/主管人员|直接责任人员|其他责任人员/.test(r.target)) return true
  if (partyKind === 'organization' && /^(?:公民|个人)$/.test(r.target)) return true
  if (partyKind === 'person' && /法人|单位|组织/.test(r.target)) return true
  return false
}

/** Conditions that only select among the provision's cases (有下列行为之一的): always met once the provision is cited. */
const GENERIC_CONDITION = /^(?:有下列(?:行为|情形)之一的|违反本(?:法|条例|规定|办法)(?:第.+?条)?规定[^，,]*的|[^，,]{0,12}违反本(?:法|条例)规定的)$/

/** The heavier tier of a provision (情节严重的，处…): it applies only when the decision finds it. */
const AGGRAVATION = /^(?:情节(?:特别|较为|较)?严重|情节较重|造成严重后果|后果严重|严重)/
// (…and not denied: 不属于情节严重, 未达到情节严重, 不构成情节较重)
const AGGRAVATED_FOUND = /(?<!不属于|不构成|未达到|达不到|不是|并非|不|非|无|没有)(?:情节(?:特别|较为|较)?严重(?!的)|情节较重(?!的)|造成(?:了)?严重(?:危害)?后果|后果严重)/

/** The decision's own words that the base could not be counted (广告费用无法计算, 违法所得无法确定), not the statute's clause (…的，处). */
const SAYS_UNCOUNTABLE = (key: string) => new RegExp(`${key}[^。；]{0,12}?(?:无法计算|无法确定|难以计算|不能计算|难以确定|明显偏低)(?!的)|(?:无法计算|无法确定|难以计算|不能计算|难以确定)[^。；]{0,6}?${key}|(?:没有|无)${key}(?!的)`)

/** A fixed amount the law sets for an uncountable base: 广告费用无法计算或者明显偏低的, 没有违法所得的. */
const UNCOUNTABLE = /无法计算|没有违法所得|无违法所得|违法所得不足/
const UNCOUNTABLE_BASE = /(广告费用|违法所得|货值金额|销售额|营业额|合同价款|工程造价|报酬)/

/** The tier each range belongs to: the aggravating clause that opens its ；-segment of the provision, or ''. */
function tiersOf(ranges: FineRange[], text: string): string[] {
  let from = 0
  return ranges.map((r) => {
    const at = text.indexOf(r.text, from)
    if (at < 0) return r.condition && AGGRAVATION.test(r.condition) ? r.condition.replace(/的$/, '') : ''
    from = at + r.text.length
    const segStart = Math.max(text.lastIndexOf('；', at), text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1
    const head = text.slice(segStart, at).split(/[，,]/)[0].trim()
    if (AGGRAVATION.test(head)) return head.replace(/的$/, '')
    return r.condition && AGGRAVATION.test(r.condition) ? r.condition.replace(/的$/, '') : ''
  })
}

function isAlternative(cond: string | undefined): boolean {
  if (!cond || GENERIC_CONDITION.test(cond) || CMP.test(cond) || UNCOUNTABLE.test(cond) || AGGRAVATION.test(cond)) return false
  return true
}

/** A condition that opens by saying the thing can or cannot be done (尚可采取改正措施… / 无法采取改正措施…). */
const CAN = /^(?:尚可|尚能|可以|能够)/
const CANNOT = /^(?:无法|不能|不可|未能)/
const CANNOT_BEFORE = /(?:无法|不能|不可|未能|难以)\s{0,2}$/

/**
 * Does the decision's own text speak of a condition (两字词 of the condition found in it, at least two)? A condition saying
 * the thing can be done is not spoken of where the text says it cannot, and the other way round: 属于无法采取改正措施消除
 * 对规划实施影响的情形 is no support for 尚可采取改正措施消除对规划实施的影响的.
 */
function supports(ownText: string, cond: string): boolean {
  const han = cond.replace(/[^\u4e00-\u9fff]/g, '').replace(/的$/, '')
  const polar = CAN.exec(han) ?? CANNOT.exec(han)
  if (polar) {
    const core = han.slice(polar[0].length, polar[0].length + 4)
    const negated: boolean[] = []
    for (let i = ownText.indexOf(core); core.length === 4 && i >= 0; i = ownText.indexOf(core, i + 1)) negated.push(CANNOT_BEFORE.test(ownText.slice(Math.max(0, i - 4), i)))
    if (negated.length && negated.every((n) => n === CAN.test(han))) return false
  }
  const STOP = new Set(['下列', '之一', '行为', '规定', '违反', '本法', '可以', '应当', '或者', '以上', '以下', '尚可', '无法', '不能', '责令', '期限', '对规', '的影'])
  const grams = new Set<string>()
  for (let i = 0; i + 2 <= han.length; i++) {
    const g = han.slice(i, i + 2)
    if (!STOP.has(g)) grams.add(g)
  }
  let hits = 0
  for (const g of grams) if (ownText.includes(g)) hits++
  return hits >= 2
}

/**
 * How many violations a decision lists after saying it found them (实施了以下环境违法行为：/ 存在以下违法行为：, then 1、… 2、…
 * or （一）… （二）…): 0 when it lists none so.
 */
function violationsFound(text: string): number {
  const m = /(?:以下|下列|如下)[^。；：:\n]{0,12}违法(?:违规)?行为\s{0,2}[:：]/.exec(text)
  if (!m) return 0
  // (the list ends where the evidence or the reasoning begins: their own numbered lists are no violations)
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3000)
  const list = rest.slice(0, rest.search(/以上事实|上述事实|主要证据|证据[:：]|证据如下|(?:依据|根据|依照)《|违反了?《|本(?:局|机关)认为/) >>> 0)
  let n = 0
  for (const marks of [['1', '2', '3', '4', '5'], ['一', '二', '三', '四', '五']]) {
    let k = 0
    while (k < marks.length && new RegExp(`(?:^|[\\n。；：:\\s])\\s{0,2}(?:[（(]${marks[k]}[)）]|${marks[k]}\\s{0,2}[、.．])`).test(list)) k++
    n = Math.max(n, k)
  }
  return n >= 2 ? n : 0
}

/** The decision states the rate it fined by: 每平方米处以20元罚款, 按每立方米10元计罚. */
// (a rate of the fine, not a price of the goods: 市场价格为每只1150元 counts the value, not the fine)
const RATE = /(?:处以?|罚款?|按照?)[^，。；\d]{0,4}?每(?:平方米|平米|立方米|亩|公顷|吨|株|棵|只|头|辆|件|个|㎡|m[23²³])[^，。；\d]{0,6}?(?:人民币)?\s{0,2}[\d.]+\s{0,2}元|每(?:平方米|平米|立方米|亩|公顷|吨|株|棵|只|头|辆|件|个|㎡|m[23²³])[^，。；\d]{0,6}?(?:人民币)?\s{0,2}[\d.]+\s{0,2}元[^。；]{0,8}?(?:罚款|计罚|的标准)/

/**
 * The decision mitigates the penalty below the statutory range (减轻处罚 / 予以减轻 / 当事人符合减轻处罚情形, also with the
 * provision named between: 符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的减轻处罚情形, by-04), not merely
 * says it may not (不具有减轻处罚的情形).
 */
const MITIGATED = /(?<!不予|不得|不能|不应|可以|不|未|无|可)减轻(?:行政)?处罚(?!的?(?:情形|条件|规定|情节))|(?<!不)予以减轻|(?<!不予|不得|不能|不应|可以|不|未|无|可)减轻(?:处以|处|并处|给予)(?=[^。；]{0,6}罚款)|(?<![不无没未])(?:符合|具有|属于|存在)(?:《[^》]{1,40}》[^。；，,不无没未《]{0,30}?)?[^。；，,不无没未]{0,6}?减轻(?:行政)?处罚的?(?:情形|情节|条件)/

/** A document's whole text, quotations kept. */
function ownAndQuoted(view: CaseView, doc: DocFacts): string {
  const d = view.document(doc)
  return d ? docText(d) : doc.fields.map((f) => `${f.label}${f.value}`).join('')
}

const squeeze = (t: string) => t.replace(/[\s\u3000]/g, '')

const yuan = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2))

/**
 * A fine decided on the spot over the most the 简易程序 allows (行政处罚法 第五十一条: 对公民二百元以下、对法人或者其他组织
 * 三千元以下): the case needed the ordinary procedure. The party's kind decides the limit; a person read with a credit
 * code or an unknown kind leaves it open between the two. Another law may allow more (法律另有规定的，从其规定),
 * so a fine over the limit is to verify, never a veto.
 */
function onSpotLimit(limits: NonNullable<CheckKindParams['fine-range']['onSpot']>, view: CaseView, docType: DocType): KindOutcome {
  const doc = view.docs(docType)[0]
  if (!doc) return notApplicable(`案卷中没有${docType}`)
  const own = ownWords(view, doc)
  // (the decision's own words that it was made on the spot — its title, 适用简易程序 — not a procedure the reader inferred)
  // (…not a 公示 page's note that 简易程序案件…不在本栏目公示)
  const onSpot = /当场(?:行政)?处罚决定书|简易程序(?:行政)?处罚决定书|(?<!不)适用简易程序|当场(?:作出|给予)(?:行政)?处罚/.test(own)
  if (!onSpot) return notApplicable('非当场作出的行政处罚决定')
  const fines = [...new Set(view.amounts(doc).filter((a) => a.role === '罚款').map((a) => a.yuan))]
  if (!fines.length) return notApplicable(`${docType}未处罚款`)
  const fine = Math.max(...fines)
  const evidence = view.amounts(doc).find((a) => a.role === '罚款' && a.yuan === fine)!.evidence
  const kind = doc.parties[0]?.kind
  const person = kind === 'person' && !doc.parties[0]?.creditCode
  const limit = person ? limits.person : kind === 'organization' ? limits.organization : null
  const who = person ? '公民' : '法人或者其他组织'
  if (limit === null) {
    if (fine <= limits.person) return pass(`当场处罚的罚款 ${yuan(fine)} 元不超过对公民的限额 ${yuan(limits.person)} 元`)
    if (fine > limits.organization) return { status: 'pass', findings: [limitFinding(fine, limits.organization, '法人或者其他组织', evidence, docType, limits.ruleId)] }
    return {
      status: 'pass',
      findings: [{ kind: 'amount-out-of-range', docTypes: [docType], field: '罚款', message: `无法核对当场处罚的限额：未能确定当事人是公民还是法人或者其他组织，罚款 ${yuan(fine)} 元超过对公民的 ${yuan(limits.person)} 元、未超过对法人或者其他组织的 ${yuan(limits.organization)} 元（${limits.ruleId}）`, evidence: [evidence], status: 'undetermined', key: 'on-spot' }],
    }
  }
  if (fine <= limit) return pass(`当场处罚的罚款 ${yuan(fine)} 元不超过对${who}的限额 ${yuan(limit)} 元`)
  return { status: 'pass', findings: [limitFinding(fine, limit, who, evidence, docType, limits.ruleId)] }
}

function limitFinding(fine: number, limit: number, who: string, evidence: Evidence, docType: DocType, ruleId: string): Draft {
  return {
    kind: 'amount-out-of-range',
    docTypes: [docType],
    field: '罚款',
    message: `当场作出的${docType}对${who}罚款 ${yuan(fine)} 元，超过简易程序对${who}${yuan(limit)}元以下的限额（行政处罚法第五十一条，${ruleId}），应适用普通程序；法律对当场处罚另有规定的除外，请核对`,
    evidence: [evidence],
    status: 'verify',
    key: 'on-spot',
  }
}

export function fineRange(p: CheckKindParams['fine-range'], view: CaseView, item: ItemInfo): KindOutcome {
  const docType = p.docType ?? '行政处罚决定书'
  if (p.onSpot) return onSpotLimit(p.onSpot, view, docType)
  // no decision in the file: the fine a notice proposes, measured the same way — a proposal, so to verify, never a veto
  if (p.orProposedIn && !view.docs(docType)[0] && view.docs(p.orProposedIn)[0]) {
    const out = fineRange({ docType: p.orProposedIn }, view, item)
    return {
      ...out,
      findings: out.findings.map((f) => (f.status === 'open' ? { ...f, status: 'verify' as const, message: `${f.message}（案卷中没有${docType}，核对的是${p.orProposedIn}拟作出的罚款）` } : f)),
    }
  }
  // Each decision of the round that stands: a file may hold one per party (a company and its manager under a 双罚
  // provision, two persons who acted together), and a decision revoked on review is history, the one made again stands.
  const standing = view.standing(view.docs(docType))
  if (!standing.length) return notApplicable(`案卷中没有${docType}`)
  if (standing.length === 1) return fineRangeOf(view, docType, standing[0])
  return merge(standing.map((d) => fineRangeOf(view, docType, d)), `${docType}未处罚款`)
}

/** The fine of one decision against the ranges of the provisions it cites. */
function fineRangeOf(view: CaseView, docType: DocType, doc: DocFacts): KindOutcome {
  const fines = view.amounts(doc).filter((a) => a.role === '罚款')
  const distinct = [...new Set(fines.map((a) => a.yuan))]
  if (!distinct.length) return notApplicable(`${docType}未处罚款`)
  // No citation read as the penalty basis (依据同法第五十八条第一款第 / （二）项 broken over two lines): the decision's other
  // citations stand in, and the result goes to a reviewer.
  let penalties = view.citations(doc).filter((c) => c.role === 'penalty')
  const inferredBasis = !penalties.length
  if (inferredBasis) penalties = view.citations(doc).filter((c) => c.role === 'other' || c.role === 'procedure')
  const undetermined = (why: string, evidence = [fines[0].evidence]): KindOutcome => ({
    status: 'pass',
    findings: [{ kind: 'amount-out-of-range', docTypes: [docType], field: '罚款', message: `无法核对罚款幅度：${why}`, evidence, status: 'undetermined', key: 'undetermined' }],
  })
  if (!penalties.length) return undetermined(`${docType}未读出处罚依据（处罚条款）`)
  if (distinct.length > 1) return undetermined(`${docType}中有多个不同的罚款数额（${distinct.join('、')}元），无法确定对应的处罚条款`)
  const fine = fines[0]
  const date = docDate(view, doc)
  const laws = view.ctx.laws
  const partyKind = doc.parties[0]?.kind
  const intervals: Interval[] = []
  const open: string[] = []
  const cited: string[] = []
  const excluded: string[] = []
  let excludedByWording = false
  let areaPicked = false
  let anyRange = false
  const used: Citation[] = []
  const ownText = ownWords(view, doc)
  // (the law's words the decision quotes, spaces and line breaks dropped)
  const quotes = [...ownAndQuoted(view, doc).matchAll(/“([^”]{8,600})”/g)].map((m) => squeeze(m[1]))
  // The provisions to measure against. A cited paragraph that does not exist is read without it; when no cited
  // penalty provision exists at all, the provision the decision quotes (该法第一百一十七条规定：“…”) stands in.
  // Either way the result rests on a corrected citation and goes to a reviewer.
  const missingCites: string[] = []
  let corrected = inferredBasis
  const titles = writtenTitles(doc)
  // A title the law database lacks, one or two characters off a real one (《食品安全管理法》 for 《食品安全法》, reported by
  // the citation check), is measured against the real one; the result rests on that correction.
  const nearTitle: string[] = []
  const resolve = (c: Citation) => {
    const written = titles.get(c) ?? c.law
    let res = laws.resolveTitle(written)
    if (!res && c.law !== written && (res = laws.resolveTitle(c.law))) nearTitle.push(`《${written}》`)
    const v = res ? versionAt(laws, res, date) : null
    return res && v ? { res, v } : null
  }
  const sources: { c: Citation; res: NonNullable<ReturnType<typeof resolve>>['res']; v: NonNullable<ReturnType<typeof resolve>>['v']; opts: { articleSub?: number; paragraph?: number; item?: number } }[] = []
  // (penalty provisions of a law the database does not hold: their ranges are unknown)
  const unread: string[] = []
  for (const c of penalties) {
    const r = resolve(c)
    if (!r) {
      unread.push(`《${titles.get(c) ?? c.law}》${formatProvision({ article: c.article, articleSub: c.articleSub, paragraph: c.paragraph, item: c.item })}`)
      continue
    }
    const opts = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
    if (laws.provision(r.v.id, c.article, opts)) sources.push({ c, ...r, opts })
    else if (c.paragraph && laws.provision(r.v.id, c.article, { ...opts, paragraph: undefined })) {
      sources.push({ c, ...r, opts: { ...opts, paragraph: undefined } })
      corrected = true
    } else missingCites.push(`《${r.res.title}》${formatProvision({ article: c.article, articleSub: c.articleSub, paragraph: c.paragraph, item: c.item })}`)
  }
  // (a provision not found beside others that were: another basis whose range is unknown — not one the quoted text stands in for)
  const alsoMissing = sources.length ? [...missingCites] : []
  if (!sources.length && missingCites.length) {
    // Quoted, or cited for no penalty role (该法第一百一十七条规定：“…” read as a plain citation).
    for (const c of doc.citations.filter((x) => x.role !== 'violated' && (x.quoted || x.role !== 'penalty'))) {
      const r = resolve(c)
      const opts = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
      if (r && laws.provision(r.v.id, c.article, opts) && laws.fineRanges(r.v.id, c.article, opts).length) {
        sources.push({ c, ...r, opts })
        corrected = true
      }
    }
    if (!sources.length) return undetermined(`所引处罚条款（${missingCites.join('、')}）不存在（见引用检查），无从核对罚款幅度`, [fine.evidence, ...penalties.map((c) => c.evidence)])
  }
  // The text measured against may not be the one that applied: the database lacks the text in force on the decision's
  // date (an earlier text, whose numbering and ranges it does not know), or the conduct took place before this text came
  // into force (从旧兼从轻, 行政处罚法 第三十七条: the range of the time of the conduct may be the one applied).
  const earliest = date ? undefined : view.earliestDay()
  const conduct = view.conductDay()
  const textDoubts = new Set<string>()
  for (const { res, v } of sources) {
    const start = v.inForceFrom ?? v.versionDate
    const unheld = view.unheldRevision(res.title)
    if (unheld) textDoubts.add(`案卷中的文书注明《${res.title}》为${unheld.year}年修订的文本，法规库只收录到${unheld.newest}版本（法规库未收录）`)
    else if (v.dateFit === 'earlier-text-missing' || v.dateFit === 'start-unknown') textDoubts.add(`法规库没有《${res.title}》在${date}施行的文本（所收为${v.versionDate}版本）`)
    else if (conduct && conduct < start) textDoubts.add(`违法行为发生时（${conduct}）施行的是《${res.title}》${v.versionDate}版本之前的文本，依从旧兼从轻可能适用当时的幅度`)
    else if (earliest && earliest < start) textDoubts.add(`未读出作出日期，案卷中的日期（${earliest}）早于《${res.title}》${v.versionDate}版本的施行日期${start}，当时施行的可能是较早的文本`)
  }
  for (const { c, res, v, opts } of sources) {
    const scope = laws.provision(v.id, c.article, { ...opts, item: undefined })
    let ranges = laws.fineRanges(v.id, c.article, opts)
    // 处工程合同价款1%以上2%以下的罚款: percent signs, which the statute parser does not read.
    if (!ranges.length && scope && /\d[%％]/.test(scope.text) && laws.provision(v.id, c.article, opts)) {
      ranges = parseFineRanges(scope.text.replace(/(\d+(?:\.\d+)?)[%％]/g, '百分之$1'))
    }
    const what = `《${res.title}》${formatProvision({ article: c.article, ...opts })}`
    cited.push(what)
    used.push(c)
    const own = ranges.filter((r) => !aimedElsewhere(r, partyKind))
    if (!own.length) continue
    anyRange = true
    const tiers = tiersOf(own, scope?.text ?? '')
    // Alternatives named by a condition (尚可采取改正措施…的 / 不能拆除的): when the decision's own words support some of
    // them, the others are set aside; when it supports none, all stay possible.
    const alternatives = own.filter((r, i) => !tiers[i] && isAlternative(r.condition))
    const supported = new Set(alternatives.filter((r) => supports(ownText, r.condition!)))
    // The decision quotes the clause it applies (依据…第一百条第一款“……处同类检疫合格动物、动物产品货值金额一倍以下罚款”的规定):
    // the article's other ranges (对货主以外的承运人处运输费用三倍以上五倍以下罚款; 情节严重的，处…) are not the ones applied.
    const quotedRanges = own.length > 1 ? own.filter((r) => quotes.some((q) => q.includes(squeeze(r.text)))) : []
    const quotedOnly = quotedRanges.length > 0 && quotedRanges.length < own.length ? new Set(quotedRanges) : null
    const baseUnknownFixed = new Set<string>()
    const evaluated: { r: FineRange; base?: AmountFact; baseWhy?: string }[] = []
    own.forEach((r, i) => {
      const label = `${what}：${r.condition ? `${r.condition}，` : ''}${r.text}`
      if (tiers[i] && !AGGRAVATED_FOUND.test(ownText)) {
        excluded.push(`${label}（决定书未认定${tiers[i]}）`)
        return
      }
      // (a tier the decision does not find is set aside above, whatever it quotes)
      // (…but not a range the base amount selects, 货值金额一万元以上的: the amount decides that, not the words quoted)
      if (quotedOnly && !quotedOnly.has(r) && !(r.condition && CMP.test(r.condition))) {
        excluded.push(`${label}（决定书引述的条文不含该幅度）`)
        excludedByWording = true
        return
      }
      if (supported.size && alternatives.includes(r) && !supported.has(r)) {
        excluded.push(`${label}（决定书未载明该情形）`)
        excludedByWording = true
        return
      }
      const needsBase = r.form === 'multiple' || (r.condition !== undefined && CMP.test(r.condition))
      let base: AmountFact | undefined
      let baseWhy: string | undefined
      if (needsBase) {
        const m = r.condition ? CMP.exec(r.condition) : null
        const probe = r.form === 'multiple' ? r : { ...r, base: '其他' as const, baseText: m?.[1] }
        const b = baseAmount(view, probe, doc)
        base = b.amount
        baseWhy = b.why
      }
      if (r.condition && UNCOUNTABLE.test(r.condition)) {
        const key = UNCOUNTABLE_BASE.exec(r.condition)?.[1]
        const b = key ? baseAmount(view, { form: 'multiple', base: '其他', baseText: key, text: '' }, doc) : {}
        // (a base counted drops the fallback, unless the condition still holds of it: 没有违法所得或者违法所得不足1万元的)
        if (b.amount && conditionHolds(r.condition, b.amount.yuan, true) !== true) return
        if (key) baseUnknownFixed.add(key)
      }
      evaluated.push({ r, base, baseWhy })
    })
    for (const { r, base, baseWhy } of evaluated) {
      const applies = conditionHolds(r.condition, base?.yuan, base !== undefined)
      if (applies === false) continue
      const label = `${what}：${r.condition ? `${r.condition}，` : ''}${r.text}`
      if (r.perUnit) {
        // 每平方米…元 / 每只…元: the total is the amount times the count the decision states.
        const unit = r.perUnit.replace(/^每/, '')
        // 每辆机动车 is counted in 辆: the measure word alone when the full unit is not written after a number.
        let count = unitCount(ownText, unit) ?? (unit.length > 1 && /^[辆只头株个台件艘棵]/.test(unit) ? unitCount(ownText, unit[0]) : null)
        // (several areas, one of them the land occupied: that one, which a person confirms)
        if (count === null && (count = unitCount(ownText, unit, true)) !== null) areaPicked = true
        if (count === null) {
          open.push(`${what}按${r.perUnit}计罚，决定书中未读出唯一的${unit}数`)
          continue
        }
        intervals.push({ lo: (r.min ?? 0) * count, hi: (r.max ?? Infinity) * count, text: `${label}（${yuan(count)}${unit}）`, source: what })
        continue
      }
      if (r.form === 'multiple') {
        if (!base) {
          // The law's own fallback for an uncountable base (广告费用无法计算的，处十万元以上…) replaces the multiple — when the
          // decision says the base could not be counted; a text that only leaves it out (a publicity record, a summary) may
          // have fined by the multiple, which stays possible
          if ([...baseUnknownFixed].some((k) => (r.baseText ?? '').includes(k) && SAYS_UNCOUNTABLE(k).test(ownText))) continue
          open.push(`${what}按${r.baseText ?? r.base ?? '基数'}的倍数计罚，${baseWhy}`)
          continue
        }
        // 货值金额不足五万元的，按五万元计算: the law counts with its floor
        // (two floors by the kind of trade, which the decision may not tell: the lower bounds the least fine, the higher
        // the greatest)
        const counted = Math.max(base.yuan, r.baseFloor ?? 0)
        const countedHigh = Math.max(base.yuan, r.baseFloorHigh ?? r.baseFloor ?? 0)
        const floorNote =
          countedHigh > counted ? `，不足 ${yuan(r.baseFloor!)} 元或 ${yuan(r.baseFloorHigh!)} 元的（依经营方式）按该数计算`
          : counted > base.yuan ? `，不足 ${yuan(r.baseFloor!)} 元按 ${yuan(r.baseFloor!)} 元计算` : ''
        intervals.push({ lo: (r.min ?? 0) * counted, hi: (r.max ?? Infinity) * countedHigh, text: `${label}（${r.baseText ?? r.base} ${yuan(base.yuan)} 元${floorNote}）`, source: what })
      } else {
        intervals.push({ lo: r.min ?? 0, hi: r.max ?? Infinity, text: label, source: what })
      }
    }
  }
  if (!cited.length) return undetermined('处罚依据的法规在法规库中查不到（另见引用检查）', penalties.map((c) => c.evidence))
  if (!anyRange) return undetermined(`所引处罚条款（${cited.join('、')}）未规定罚款数额幅度，可能由地方性法规或裁量基准细化，须人工核对`, [fine.evidence, ...used.map((c) => c.evidence)])
  const inside = intervals.find((i) => fine.yuan >= i.lo - 0.5 && fine.yuan <= i.hi + 0.5)
  if (inside) return pass(`罚款 ${yuan(fine.yuan)} 元在${inside.text}的幅度内`)
  if (textDoubts.size && intervals.length) return undetermined(`罚款 ${yuan(fine.yuan)} 元不在法规库所收文本的幅度内，但${[...textDoubts].join('；')}，须人工核对`, [fine.evidence, ...used.map((c) => c.evidence)])
  if (open.length) return undetermined(`罚款 ${yuan(fine.yuan)} 元不在可确定的幅度内，但${open.join('；')}`, [fine.evidence, ...used.map((c) => c.evidence)])
  if (!intervals.length) return undetermined(`所引处罚条款的罚款幅度均附有决定书未载明的适用情形：${excluded.join('；')}`, [fine.evidence, ...used.map((c) => c.evidence)])
  // below every range in a decision that says it mitigated the penalty (减轻处罚, 行政处罚法 第三十二条): lawful when the
  // grounds hold, which a person judges
  if (intervals.every((i) => fine.yuan < i.lo - 0.5) && MITIGATED.test(ownText))
    return undetermined(`罚款 ${yuan(fine.yuan)} 元低于所引条款幅度的下限，决定书载明减轻处罚（行政处罚法第三十二条），减轻的情形是否成立须人工核对`, [fine.evidence, ...used.map((c) => c.evidence)])
  // above every range of several provisions but within their sum: the fines of several violations, each under its own
  // provision, written as one total (分别裁量、合并处罚) — the split is for a person to check
  const top = new Map<string, number>()
  for (const i of intervals) top.set(i.source, Math.max(top.get(i.source) ?? 0, i.hi))
  // (…but a rule that sets the range within a law's — 渔业行政处罚规定 第六条 under 渔业法 第三十八条, one no wider than the
  // other, its words of the conduct the law's — states the same penalty twice, not a second violation's)
  const sameConduct = (a: string, b: string) => {
    for (let k = 0; k + 12 <= a.length; k++) if (/^[\u4e00-\u9fa5、，]{12}$/.test(a.slice(k, k + 12)) && b.includes(a.slice(k, k + 12))) return true
    return false
  }
  const nested = () => {
    const bounds = [...top.keys()].map((src) => {
      const own = intervals.filter((i) => i.source === src)
      return { lo: Math.min(...own.map((i) => i.lo)), hi: Math.max(...own.map((i) => i.hi)), text: own.map((i) => i.text).join('') }
    })
    return bounds.length > 1 && bounds.every((b) => bounds.some((o) => o !== b && ((b.lo >= o.lo && b.hi <= o.hi) || (o.lo >= b.lo && o.hi <= b.hi)) && sameConduct(b.text, o.text)))
  }
  if (top.size > 1 && intervals.every((i) => fine.yuan > i.hi + 0.5) && fine.yuan <= [...top.values()].reduce((a, b) => a + b, 0) + 0.5 && !nested())
    return undetermined(`罚款 ${yuan(fine.yuan)} 元超出所引各处罚条款单独的幅度，但未超出${[...top.keys()].join('、')}幅度上限之和，可能是几项违法行为分别裁量后合并的罚款，须人工核对`, [fine.evidence, ...used.map((c) => c.evidence)])
  // above every range, in a text that stops before its end and before its remedies (复议, 诉讼): the basis of another
  // violation may be in the part not seen (a news copy breaking off inside the quoted provision, a scan missing its last
  // page) — a text that goes on to its remedies has told its penalty whole, however its last line ends
  const above = intervals.length > 0 && intervals.every((i) => fine.yuan > i.hi + 0.5)
  if (above && doc.cut?.place === 'end' && !/行政复议|行政诉讼|如不服|不服本/.test(ownText))
    return undetermined(`罚款 ${yuan(fine.yuan)} 元超出所引处罚条款的幅度，但${docType}的文本不完整（${doc.cut.reason}），未见的部分可能还有其他违法行为的处罚依据，须人工核对`, [fine.evidence, ...used.map((c) => c.evidence), doc.cut.evidence])
  // …or in a decision that finds several violations (发现你单位实施了以下违法行为：1、… 2、…) under fewer penalty provisions
  // than violations, within the sum of as many of the cited range's maximum: one total for several fines (分别裁量、合并处罚)
  const found = violationsFound(ownText)
  const hi = Math.max(...intervals.map((i) => i.hi))
  if (above && found > top.size && fine.yuan <= hi * found + 0.5)
    return undetermined(`罚款 ${yuan(fine.yuan)} 元超出所引处罚条款的幅度，但${docType}认定了${found}项违法行为、只读出${top.size}个处罚条款，可能是几项违法行为分别裁量后合并的罚款，须人工核对`, [fine.evidence, ...used.map((c) => c.evidence)])
  // …or above the ranges read while another penalty provision cited beside them is not in the database, its law or the
  // provision (依据《进出口商品检验法实施条例》第四十五条、《海关行政处罚实施条例》第十五条(一)项的规定：合计科处罚款11000元): the part of
  // the total under that provision is unknown
  const unchecked = [...new Set([...unread, ...alsoMissing])]
  if (above && unchecked.length) return undetermined(`罚款 ${yuan(fine.yuan)} 元超出所引处罚条款的幅度，但同时引用的处罚依据${unchecked.join('、')}在法规库中查不到，罚款可能是几项依据合并的数额，须人工核对`, [fine.evidence, ...penalties.map((c) => c.evidence)])
  const shown = intervals.map((i) => `${i.text}（${yuan(i.lo)}–${i.hi === Infinity ? '不限' : yuan(i.hi)} 元）`).join('；')
  // the fine fits the same article of the law found violated: the law's name in the basis is the likelier slip,
  // reported once by the citation check; the range cannot be judged until it is settled
  // …or the same provision of the text the one in force replaced: the number is likelier the old text's, reported once
  // by the citation check
  const renumbered = olderNumbering(view, doc, fine.yuan, penalties)
  if (renumbered)
    return undetermined(`罚款 ${yuan(fine.yuan)} 元不在所引《${renumbered.title}》${formatProvision(renumbered.citation)}现行（${renumbered.cur.versionDate}版本）的幅度内，但在${renumbered.old.versionDate}版本同一条款的幅度内，所引可能是修订前的条文序号（见引用检查）`, [fine.evidence, renumbered.citation.evidence])
  const slip = wrongPenaltyLaw(view, doc, fine.yuan, penalties)
  if (slip) return undetermined(`罚款 ${yuan(fine.yuan)} 元不在所引《${slip.cited}》该条的幅度内，但在所违反的《${slip.likely}》同一条的幅度内，处罚依据的法律名称可能引错（见引用检查）`, [fine.evidence, slip.citation.evidence])
  const byRate = RATE.test(ownText)
  const draft: Draft = {
    kind: 'amount-out-of-range',
    docTypes: [docType],
    field: '罚款',
    message: `罚款 ${yuan(fine.yuan)} 元超出${inferredBasis ? `处罚条款的幅度（未读出处罚依据，按决定书所引${cited.join('、')}核对）` : corrected ? `处罚条款的幅度（所引${missingCites.length ? missingCites.join('、') : '条款的款'}不存在，按${cited.join('、')}核对）` : nearTitle.length ? `处罚条款的幅度（所引${[...new Set(nearTitle)].join('、')}法规库中没有，按最接近的${cited.join('、')}核对）` : '所引处罚条款的幅度'}：${shown}${excluded.length ? `；未计入：${excluded.join('；')}` : ''}${byRate ? '；决定书按单价计罚，请核对计罚的面积或数量' : areaPicked ? '；决定书写有多个面积，按占用土地的面积计，请核对' : ''}`,
    // a fine the decision computed from a rate (每平方米20元) rests on the count it multiplied: a person checks the sum
    status: excludedByWording || corrected || nearTitle.length || byRate || areaPicked ? 'verify' : 'open',
    evidence: [fine.evidence, ...used.map((c) => c.evidence)],
    key: 'out-of-range',
  }
  return { status: 'pass', findings: [draft] }
}
