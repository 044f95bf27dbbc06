/**
 * consistency: the same fact written differently in two documents (当事人名称, 统一社会信用代码, 决定书文号, 罚款,
 * 执法证号, 法定代表人). The decision is the reference; every other document is compared with it. Only what is
 * surely the same fact is compared: a name that is a near variant of the party's (not another person), a number with
 * the decision's prefix, a fine on a document that records the decision's fine (not the proposal of a 告知书).
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import { docLineAt, docText, lineEvidence } from '../view'
import { isValidCreditCode } from '../../extract/ids'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable, readOffScan } from '../outcome'
import type { DocFacts, DocLine, DocType, Evidence, PartyFact } from '../../types'
import { PROSE_DOC_TYPES } from '../../types/documents'
import { editDistance } from '../../util/edit-distance'
import { CN_NUM_CHARS, parseCnInt, parseMoney } from '../../extract/cnnum'
import { escapeRegExp } from '../../util/regex'
import { pageNumberLine } from '../../extract/text'
import { paysTaxesOnly } from '../../extract/money'

type Fact = CheckKindParams['consistency']['facts'][number]

/** Characters a publisher masks with (张**, 9143********, 李XX, 王某某). */
const MASK = /[*＊×Xx某]/
/** In a credit code X is a character of the code itself: only stars and × mask it. */
const CODE_MASK = /[*＊×]/
/** An identity number masked by its publisher: 430723197704XXXX18, 3201151992****4417. */
const ID_MASK = /[*＊×Xx]/

/**
 * Two values that agree wherever neither is masked: a masked copy is not another value. Lengths may differ when the
 * mask is a run (王** / 王某某); then the unmasked start and end must agree.
 */
export function maskedAlike(a: string, b: string, mask = MASK): boolean {
  if (!mask.test(a) && !mask.test(b)) return false
  if (a.length === b.length) return [...a].every((ch, i) => ch === b[i] || mask.test(ch) || mask.test(b[i]))
  // the text before the first mask and after the last must agree (江苏某地理信息有限公司 is not 江苏某地理信息科技有限公司)
  const lead = (s: string) => s.slice(0, s.search(mask) < 0 ? s.length : s.search(mask))
  const trail = (s: string) => new RegExp(`${mask.source}((?:(?!${mask.source}).)*)$`).exec(s)?.[1] ?? s
  const [la, lb, ta, tb] = [lead(a), lead(b), trail(a), trail(b)]
  return (la.startsWith(lb) || lb.startsWith(la)) && (a.endsWith(tb) || b.endsWith(ta)) && (ta.endsWith(tb) || tb.endsWith(ta))
}

/** A name that is the reference name cut short exactly where its line ends: a cell's text wrapped, not another name. */
function wrappedAt(name: string, ref: string, ev: Evidence, view: CaseView): boolean {
  const n = normName(name)
  if (!normName(ref).startsWith(n) || n.length >= normName(ref).length) return false
  const hit = view.lineOf(ev)
  const line = hit?.line.text ?? ev.text
  if (line.replace(/[\s|｜]+$/, '').endsWith(name)) return true
  // a table cell wrapped: the rest of the name opens the next line (当事人 新乡华联旅游服务有限公  联系电话 … / 司)
  const rest = normName(ref).slice(n.length)
  const next = hit ? (hit.doc.lines[hit.i + 1]?.text ?? '') : ''
  return rest.length <= 4 && /^\s/.test(line.slice(line.indexOf(name) + name.length) || ' ') && next.trim().startsWith(rest)
}

const FACT_NAME: Record<Fact, string> = { party: '当事人名称', creditCode: '统一社会信用代码', caseNumber: '决定书文号', fine: '罚款金额', proposedFine: '告知的拟罚款金额', confiscated: '没收违法所得金额', officers: '执法证号', legalRepresentative: '法定代表人', sums: '金额计算', figures: '案情数额' }

/** Notices that state the fine the agency proposes (行政处罚法 第四十四条、第六十三条). */
const NOTICE_DOCS: DocType[] = ['行政处罚事先告知书', '听证告知书']

/** The decision (or the file) gives the reason a fine changed after the notice: the party was heard and the review says so. */
const CHANGE_EXPLAINED = /采纳|复核|陈述[、，]?申辩.{0,20}(?:理由|意见)|(?:从轻|减轻)(?:处罚|处理)|听证.{0,10}意见/
/** …unless it says the proposal stood: 经复核…不再调整, 不予采纳, 维持原拟处罚意见 — and tells of no part changed. */
const PROPOSAL_KEPT = /不(?:予|再)(?:调整|变更|采纳)|未予采纳|维持(?:原)?(?:拟)?(?:处罚|处理)?(?:意见|决定)/
const PART_CHANGED = /(?<![不未]予|不)采纳|核减|调减|减为|降为|(?:从轻|减轻)(?:处罚|处理)|部分采纳/
/** Whether a decision says why it departs from what was proposed (a statement accepted, a reduction), not that it kept it. */
const changeExplained = (text: string) => CHANGE_EXPLAINED.test(text) && (!PROPOSAL_KEPT.test(text) || PART_CHANGED.test(text))

/** Documents that state a proposed or a pre-decision fine, which may lawfully differ from the decision's. */
const PROPOSAL_DOCS: DocType[] = ['行政处罚事先告知书', '听证告知书', '案件调查终结报告', '法制审核意见书', '集体讨论记录', '听证笔录', '陈述申辩笔录']

// (the dot between the parts of a minority or foreign name is one mark however written or read: 艾力·买买提, 艾力.买买提, 艾力•买买提)
const normName = (s: string) => s.normalize('NFKC').replace(/[\s\u3000（）()]/g, '').replace(/(?<=[\u4e00-\u9fff])[·.．•・‧∙⋅-](?=[\u4e00-\u9fff])/g, '·')

export { editDistance }

/**
 * A variant of the party's name: for an organisation 有限公司 / 有限责任公司, one or two characters changed, dropped or
 * added; for a person (2–4 characters) one character dropped or added (沈晓东 / 沈东, 冯超 / 超), or one changed in a
 * 3–4 character name that keeps the surname. A different person (张伟 / 王伟) is not a variant.
 */
export function nameVariant(ref: string, other: string): boolean {
  const a = normName(ref)
  const b = normName(other)
  if (a === b) return false
  if (PERSON.test(a) && /^[\u4e00-\u9fff]{1,5}$/.test(b)) return personVariant(a, b)
  if (a.length < 4 || b.length < 4) return false
  const suffix = (s: string) => s.replace(/有限责任公司$|有限公司$|股份有限公司$/, '有限公司')
  if (suffix(a) === suffix(b)) return true
  // A short form (鑫源公司 for 杭州鑫源食品有限公司) is not a variant: it shares far less.
  return editDistance(a, b, 2) <= 2 && Math.min(a.length, b.length) >= 6
}

/** A person's name as parties are written: 2–4 characters, no organisation word. */
const PERSON = /^(?![\u4e00-\u9fff]*(?:公司|厂|店|部|行|社|所|站|馆|中心|超市|市场))[\u4e00-\u9fff]{2,4}$/

function personVariant(a: string, b: string): boolean {
  if (editDistance(a, b, 1) !== 1) return false
  // One edit between names of different lengths is a character dropped or added; between equal lengths, a change.
  return a.length !== b.length || (a.length >= 3 && a[0] === b[0])
}

/** The two names differ by one character added or dropped at the start or the end, nothing else. */
export function edgeOnly(a: string, b: string): boolean {
  const [x, y] = [normName(a), normName(b)]
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return long.length === short.length + 1 && (long.startsWith(short) || long.endsWith(short))
}

/**
 * The party as the decision names it. When the reading got no name from the decision, the name most documents
 * agree on stands in (one document's variant must not become the reference).
 */
function mainParty(doc: DocFacts | undefined, view: CaseView): PartyFact | undefined {
  if (!doc) return undefined
  const named = doc.parties.filter((p) => p.name.trim())
  const inDecision = named.find((p) => view.facts.party && normName(p.name) === normName(view.facts.party)) ?? named.find((p) => p.kind === 'organization') ?? named[0]
  if (inDecision) return inDecision
  const votes = new Map<string, { n: number; p: PartyFact }>()
  for (const d of view.docs()) {
    for (const p of d.parties) {
      const k = normName(p.name)
      if (k.length < 2) continue
      const v = votes.get(k)
      if (v) v.n++
      else votes.set(k, { n: 1, p })
    }
  }
  const best = [...votes.values()].sort((a, b) => b.n - a.n)[0]
  if (!best) return undefined
  const own = doc.parties[0]
  return { ...best.p, creditCode: own?.creditCode ?? best.p.creditCode, legalRepresentative: own?.legalRepresentative ?? best.p.legalRepresentative, idNumber: own?.idNumber ?? best.p.idNumber, idNumberValid: own?.idNumber ? own.idNumberValid : best.p.idNumberValid }
}

function refCodeOf(view: CaseView, ref: DocFacts, party: PartyFact | undefined): { code: string; evidence: PartyFact['evidence'] } | null {
  if (party?.creditCode) return { code: party.creditCode.toUpperCase(), evidence: party.evidence }
  const own = ref.parties.find((p) => p.creditCode)
  if (own?.creditCode) return { code: own.creditCode.toUpperCase(), evidence: own.evidence }
  for (const l of view.document(ref)?.lines ?? []) {
    if (!/信用代|代码/.test(l.text)) continue
    const valid = codeWindows(l.text).find(isValidCreditCode)
    if (valid) return { code: valid, evidence: lineEvidence(l) }
  }
  return null
}

/**
 * A code read by OCR that differs from the reference only by letters the code set excludes (GB 32100 has no I, O, S,
 * V or Z), each where the reference has the digit it looks like: the scan's 0 read as O, not another code.
 */
export function ocrMisread(read: string, ref: string, ev: { confidence?: number }): boolean {
  if (ev.confidence === undefined) return false
  const LOOK: Record<string, string> = { O: '0', I: '1', Z: '2', S: '5' }
  const a = read.toUpperCase()
  const b = ref.toUpperCase()
  if (a.length !== b.length) return false
  let changed = false
  // (either side may hold the letter: the decision's scan read 0 as O as well as the other paper's)
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    if (LOOK[a[i]] !== b[i] && LOOK[b[i]] !== a[i]) return false
    changed = true
  }
  return changed
}

/** Every 18-character stretch of the letter-and-digit runs of a line (an OCR'd code may sit inside a longer run). */
function codeWindows(text: string): string[] {
  const out: string[] = []
  for (const run of text.toUpperCase().match(/[0-9A-Z]{18,24}/g) ?? []) for (let i = 0; i + 18 <= run.length; i++) out.push(run.slice(i, i + 18))
  return out
}

/**
 * Each paper of the case that gives two numbers for itself: one finding per paper, to verify. The decision, under
 * either reading; a notice or an order only where it names the second number its own under the same prefix (本通知书
 * （…）) — a case's forms print the case's numbers of each stage, 立 and 罚, with one serial.
 */
/** A number's characters without its marks (brackets, spaces, 第, 号): what two writings of one number share. */
const bare = (n: string) => n.replace(/[^\u4e00-\u9fff0-9A-Za-z]|第|号/g, '')
/** A number whose brackets do not pair (大环宾)罚字〔20231): a copy that lost characters in reading or transcription. */
const broken = (n: string) => {
  let depth = 0
  for (const ch of n) {
    if ('〔[【(（﹝'.includes(ch)) depth++
    else if ('〕]】)）﹞'.includes(ch) && --depth < 0) return true
  }
  return depth !== 0
}
/** Two strings of one length that differ in one character only. */
function oneApart(a: string, b: string): boolean {
  const x = [...a]
  const y = [...b]
  return x.length === y.length && x.filter((ch, k) => ch !== y[k]).length === 1
}
/** Is every character of `a`, in order, in `b`? */
function within(a: string, b: string): boolean {
  let k = 0
  for (const ch of b) if (ch === a[k]) k++
  return k === a.length
}

function selfNumbers(view: CaseView, ref: DocFacts | undefined): Draft[] {
  return view.docs().flatMap((doc): Draft[] => {
    const own = doc.caseNumbers.find((c) => c.own)
    const twin = doc.caseNumbers.find((c) => c.ownConflict)
    if (!own || !twin) return []
    if (doc !== ref && !(PROSE_DOC_TYPES.has(doc.docType) && twin.prefix.replace(/字$/, '') === own.prefix.replace(/字$/, ''))) return []
    // (one writing a broken copy of the other — brackets unpaired, characters only lost: 大环(宾)罚字〔2023〕1号 read as
    // 大环宾)罚字〔20231 — is no second number: the copy is unreadable there, not different)
    const [a, b] = [own.text, twin.text]
    const lost = (x: string, y: string) => broken(x) && !broken(y) && within(bare(x), bare(y))
    if (lost(a, b) || lost(b, a)) {
      return [{
        kind: 'inconsistency',
        docTypes: [doc.docType],
        field: '案号',
        message: `${doc.docType}的文号有两处写法（${a.replace(/\s+/g, '')}、${b.replace(/\s+/g, '')}），其中一处括号不全、只少了字，像是识读或转录时丢失，无法据以判断是否前后不一，请核对原件`,
        evidence: [own.evidence, twin.evidence],
        status: 'undetermined',
        key: `self-no:${twin.normalized}`,
      }]
    }
    // (two readings a scan's recognition may give of one number, one character apart — 璧/壁, 〔2023〕/〔2028〕: a person
    // compares them with the paper; the machine cannot tell a misprint from a misreading)
    if ((readOffScan(own.evidence) || readOffScan(twin.evidence)) && oneApart(own.normalized, twin.normalized)) {
      return [{
        kind: 'inconsistency',
        docTypes: [doc.docType],
        field: '案号',
        message: `${doc.docType}的文号有两处写法（${a.replace(/\s+/g, '')}、${b.replace(/\s+/g, '')}），只差一个字；文字系扫描件识别所得，可能是识别差异，无法据以判断是否前后不一，请核对原件`,
        evidence: [own.evidence, twin.evidence],
        status: 'undetermined',
        key: `self-no:${twin.normalized}`,
      }]
    }
    return [{
      kind: 'inconsistency',
      docTypes: [doc.docType],
      field: '案号',
      // (one of the two on a web page's title line: the publisher's words for the number, a person compares them)
      message: own.pageTitle !== twin.pageTitle
        ? `网页标题中的文号 ${(own.pageTitle ? own : twin).text.replace(/\s+/g, '')} 与${doc.docType}首部的文号 ${(own.pageTitle ? twin : own).text.replace(/\s+/g, '')} 写法不一致（网页标题为发布时所加），请核对公开文本与原件`
        : `${doc.docType}自身的文号前后写法不一致：${own.text.replace(/\s+/g, '')} 与 ${twin.text.replace(/\s+/g, '')}`,
      evidence: [own.evidence, twin.evidence],
      status: 'verify',
      key: `self-no:${twin.normalized}`,
    }]
  })
}

/** Names of organisations as a line writes them (…有限公司, …加油站, …经营部), for a variant of the party's the reading missed. */
const ORG_NAMES = /[\u4e00-\u9fff]{2,20}(?:有限责任公司|股份有限公司|有限公司|合伙企业|个体工商户|经营部|商行|门市部|加油站|合作社|厂|店)/g

/** An organisation's name in a line that is a variant of the party's (not the name itself, nor a part of it). */
function variantIn(line: string, party: string, like: (a: string, b: string) => boolean = nameVariant): string | undefined {
  const head = normName(party).slice(0, 2)
  // A run of characters may carry the words before the name (日向杭州鑫源…): start it where the party's name starts.
  return (line.match(ORG_NAMES) ?? [])
    .map((n) => (n.indexOf(head) >= 0 ? n.slice(n.indexOf(head)) : ''))
    .find((n) => n && !n.includes(party) && !party.includes(n) && like(party, n) && !maskedAlike(n, party))
}

/**
 * Within one paper, only a slip is a second name: one character changed (鑫铭 / 鑫茗; not a branch's number or
 * direction, 三十三分店 / 三十四分店) or the company form written another way (有限公司 / 有限责任公司). Papers write their
 * party shorter or fuller in places (长沙嘉华建筑有限公司 for …建筑工程有限公司, 云南省强滇… for 云南强滇…), and
 * another company of the case may share all but a word (丰禾商贸 / 丰禾食品).
 */
function slipVariant(ref: string, other: string): boolean {
  const a = normName(ref)
  const b = normName(other)
  if (a === b || a.length < 6) return false
  const form = (s: string) => s.replace(/有限责任公司|股份有限公司/g, '有限公司')
  if (form(a) === form(b)) return true
  if (a.length !== b.length) return false
  const diff = [...a].map((ch, i) => [ch, b[i]]).filter(([x, y]) => x !== y)
  return diff.length === 1 && !/[一二三四五六七八九十百〇零0-9东南西北]/.test(diff[0].join(''))
}

/** A sum a paper works out that does not come out, to verify: which figure is the slip the text cannot say. */
function sumSlip(doc: DocFacts, what: string, wrote: number, right: number, unit: '' | '元', evidence: Evidence): Draft {
  return {
    kind: 'inconsistency',
    docTypes: [doc.docType],
    field: '金额计算',
    message: `${doc.docType}中“${what}”计算结果为${yuan(wrote)}${unit}，按其所列数额应为${yuan(right)}${unit}，请核对`,
    evidence: [evidence],
    status: 'verify',
    key: `sums:${doc.docId}:${wrote}`,
  }
}

/** A multiple of a base a paper works out: 货值金额2倍罚款即4680元, 违法所得的三倍，计人民币…元. */
const MULTIPLE = new RegExp(`(货值金额|违法所得)[^。；，,\\d${CN_NUM_CHARS}]{0,6}?([\\d.]+|[${CN_NUM_CHARS}]{1,3})\\s{0,2}倍[^。；\\d]{0,10}?(?:即|计|共计|合计|为)\\s{0,2}(?:人民币)?\\s{0,2}([\\d.,，]+元|[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億]+元)`, 'g')

/**
 * A sum a paper works out that does not come out: a multiple of the paper's 货值金额 or 违法所得 whose result is no such
 * multiple of any sum the paper gives, the statute's it quotes included (a floor: 不足五万元的，按五万元计算) — 2×2340
 * written 4860. To verify: which figure is the slip the text cannot say. (Products written out — 7箱×4元/包=1344 — mix
 * units too often to be recomputed: on the real decisions every one flagged was a false alarm.)
 */
function sums(view: CaseView, docTypes?: DocType[]): Draft[] {
  const out: Draft[] = []
  for (const doc of view.docs().filter((d) => !docTypes || docTypes.includes(d.docType))) {
    const lines = view.document(doc)?.lines ?? []
    const bases = (role: string) => [...new Set(view.amounts(doc).filter((a) => a.role === role && !a.quoted).map((a) => a.yuan))]
    const everySum = (d: DocFacts) => [...new Set(view.amounts(d).map((a) => a.yuan))]
    for (const l of lines) {
      const miss = (what: string, wrote: number, right: number) => sumSlip(doc, what, wrote, right, '', lineEvidence(l))
      for (const m of l.text.matchAll(MULTIPLE)) {
        const base = bases(m[1] === '货值金额' ? '货值金额' : '违法所得')
        const times = /^[\d.]+$/.test(m[2]) ? Number(m[2]) : parseCnInt(m[2])
        const wrote = parseMoney(m[3].replace(/[，]/g, ','))
        if (!base.length || times === null || !times || wrote === null) continue
        // (any sum the paper gives may be the base it multiplied — items and their total, 456, 624, 180, 合计1260: only a
        // result no sum of the paper gives is a slip)
        if (everySum(doc).some((y) => Math.abs(y * times - wrote) < 0.01)) continue
        // (…nor a base a law raises to its floor, a round sum the paper may not state: 货值金额不足五万元的，按五万元计算 — 两倍即100000元
        // of a 4950 value)
        const right = Math.max(...base) * times
        if (wrote > right && (wrote / times) % 10000 === 0) continue
        out.push(miss(m[0].trim(), wrote, right))
      }
    }
    out.push(...totals(view, doc, lines))
    out.push(...workedSums(view, doc))
  }
  return out
}

/** A sum of money in figures (17,400元, 2,225元, 16800.50元): its value, or null. */
const MONEY_FIGURE = '(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)\\s{0,2}元'
/** An equation of sums of money written out: 17400元－1200元＝16800元, 10400元+3600元+3400元=17400元. */
const EQUATION = new RegExp(`${MONEY_FIGURE}((?:\\s{0,2}[+＋－\\-−]\\s{0,2}${MONEY_FIGURE.replace('(', '(?:')})+)\\s{0,2}[＝=]\\s{0,2}${MONEY_FIGURE}`, 'g')
/** A worked result (…＝18,360元) and the word that takes it away (减去, 扣除, 减), within one clause. */
const RESULT = new RegExp(`([^，,；;。]*?)[＝=]\\s{0,2}${MONEY_FIGURE}`, 'g')
/** The total a worked sentence ends with: 违法所得合计27,165元, 共计…元. */
const WORKED_TOTAL = new RegExp(`^[^，,；;。]{0,16}?(?:合计|共计|总计)(?:为|是)?\\s{0,2}(?:人民币)?\\s{0,2}${MONEY_FIGURE}`)
const yuanOf = (s: string) => Number(s.replace(/[,，]/g, ''))

/**
 * Sums a paper works out in figures that do not come out: an equation of sums of money (17400元－1200元＝16800元), or a
 * sentence of worked results, one taken away (减去…＝2,225元), ending with their total (…合计27,165元) that is not their sum.
 * Only the figures written as results are added, never a product recomputed (units mix there: 7箱×4元/包); to verify —
 * which figure is the slip the text cannot say.
 */
function workedSums(view: CaseView, doc: DocFacts): Draft[] {
  const cd = view.document(doc)
  if (!cd) return []
  const text = docText(cd)
  const out: Draft[] = []
  const miss = (at: number, what: string, wrote: number, right: number) => sumSlip(doc, what, wrote, right, '元', lineEvidence(docLineAt(cd, at)))
  for (const m of text.matchAll(EQUATION)) {
    let right = yuanOf(m[1])
    for (const t of m[2].matchAll(new RegExp(`([+＋－\\-−])\\s{0,2}${MONEY_FIGURE}`, 'g'))) right += (/[+＋]/.test(t[1]) ? 1 : -1) * yuanOf(t[2])
    const wrote = yuanOf(m[3])
    if (Math.abs(right - wrote) >= 0.01) out.push(miss(m.index!, m[0], wrote, right))
  }
  for (const sentence of text.matchAll(/[^。；;]+/g)) {
    const results = [...sentence[0].matchAll(RESULT)]
    if (results.length < 2) continue
    const last = results[results.length - 1]
    const total = WORKED_TOTAL.exec(sentence[0].slice(last.index! + last[0].length).replace(/^[，,]\s{0,2}/, ''))
    if (!total) continue
    const sum = results.reduce((t, r) => t + (/减去|扣除|扣减|减除|^\s{0,2}减/.test(r[1]) ? -1 : 1) * yuanOf(r[2]), 0)
    const wrote = yuanOf(total[1])
    if (Math.abs(sum - wrote) >= 0.01) out.push(miss(sentence.index! + last.index!, total[0].trim(), wrote, sum))
  }
  return out
}

/** An item's head in a list of sums: 一、, 1., （二）, 行为（三）, 第二项. */
const ITEM_HEAD = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|行为[（(][一二三四五六七八九十\d]{1,2}[)）]|第[一二三四五六七八九十]{1,3}项)/
/** A total of the sums a decision imposes, on a line of its own (以上罚款合计人民币壹拾伍万伍仟元整（¥155,000.00）). */
const TOTAL_LINE = /(?:以上|上述|两项|各项)?(?:罚款|罚没款|罚没)?\s{0,2}(?:合计|共计|总计)/
/**
 * A total that is not the sum of the items listed above it (一、…罚款12万元；二、…罚款2.5万元；合计15.5万元): to verify — which
 * figure is the slip the text cannot say. The items are the lines just above, each with one sum of a fine or of what is
 * confiscated; a total of the fines alone, or of all the items, comes out.
 */
function totals(view: CaseView, doc: DocFacts, lines: DocLine[]): Draft[] {
  const own = view.amounts(doc).filter((a) => !a.quoted)
  const on = (l: DocLine) => [...new Set(own.filter((a) => a.evidence.page === l.page && a.evidence.line === l.line && (a.evidence.file ?? l.file) === l.file).map((a) => a))]
  const out: Draft[] = []
  lines.forEach((l, i) => {
    if (!TOTAL_LINE.test(l.text)) return
    const total = [...new Set(on(l).map((a) => a.yuan))]
    if (total.length !== 1) return
    const items: { yuan: number; fine: boolean; line: DocLine; start: number }[] = []
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      // (the same total given again above, in figures then in capitals — 合计（小写）：¥20,520.00 / 合计（大写）：… — is no item)
      if (TOTAL_LINE.test(lines[k].text)) break
      const here = on(lines[k]).filter((a) => a.role === '罚款' || a.role === '没收违法所得')
      const values = [...new Set(here.map((a) => a.yuan))]
      // (a line with two such sums — an item the page's width ran into the next — leaves the list's head unknown: no total
      // is checked against a part of it)
      if (values.length > 1) return
      // (an item the page's width broke before its sum — 行为（一）…在从轻档内处罚 / 款30000元； —: its head, no sum on it, goes
      // with the tail below)
      const tail = items[items.length - 1]
      if (!values.length && tail && ITEM_HEAD.test(lines[k].text) && !ITEM_HEAD.test(tail.line.text)) continue
      if (values.length !== 1) break
      // (one item a page's width broke over two lines, its sum read on both: 计人民币叁万玖仟玖佰捌拾肆 / 元整（39,984元）— not
      // the next item's same sum on the next line, a separator or an item's number between: …罚款1000元(壹仟元整);5.对… / …罚款1000元)
      const below = items[items.length - 1]
      const end = Math.max(...here.map((a) => a.evidence.span?.[1] ?? lines[k].text.length))
      const between = below ? lines[k].text.slice(end) + below.line.text.slice(0, below.start) : ''
      if (below && below.yuan === values[0] && !/[。；;]\s*$/.test(lines[k].text) && between.length <= 16 && !/[。；;]|(?:^|[^\d])\d{1,2}[.、．]|[一二三四五六七八九十]、|[（(][一二三四五六七八九十\d]{1,2}[)）]/.test(between)) continue
      items.push({ yuan: values[0], fine: here.some((a) => a.role === '罚款'), line: lines[k], start: Math.min(...here.map((a) => a.evidence.span?.[0] ?? 0)) })
    }
    if (items.length < 2) return
    const all = items.reduce((t, x) => t + x.yuan, 0)
    const fines = items.filter((x) => x.fine).reduce((t, x) => t + x.yuan, 0)
    const close = (a: number, b: number) => Math.abs(a - b) < 0.01
    if (close(all, total[0]) || close(fines, total[0])) return
    out.push({
      kind: 'inconsistency',
      docTypes: [doc.docType],
      field: '金额计算',
      message: `${doc.docType}中合计金额为${yuan(total[0])}元，所列${items.length}项金额之和为${yuan(all)}元${fines !== all ? `（其中罚款${yuan(fines)}元）` : ''}，请核对`,
      evidence: [lineEvidence(l)],
      status: 'verify',
      key: `sums:${doc.docId}:total:${total[0]}`,
    })
  })
  return out
}

const yuan = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2))

/** The line a code stands on, or the one above it, names a firm other than the party. */
function signedByAnother(view: CaseView, ev: Evidence, party: string): boolean {
  const at = view.lineOf(ev)
  if (!at) return false
  const near = [at.doc.lines[at.i - 1]?.text ?? '', at.line.text].join('\n')
  const firm = /([\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社|经营部|商行))/.exec(near)
  return !!firm && normName(firm[1]) !== normName(party) && !nameVariant(party, firm[1])
}

/** A paper's words naming the decision's fine (…号行政处罚决定书确定的罚款人民币壹拾伍万元整): the sum and where it stands. */
const DECISION_FINE = /(?:决定书|处罚决定)[^。；，,]{0,8}?(?:确定|决定|作出|载明)的罚款(?:金额)?(?:为)?\s{0,2}(?:人民币)?\s{0,2}([零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億\d.,，]+元)/
function decisionFineNamed(view: CaseView, doc: DocFacts): { yuan: number; evidence: Evidence } | null {
  for (const l of view.document(doc)?.lines ?? []) {
    const m = DECISION_FINE.exec(l.text)
    const yuan = m ? parseMoney(m[1].replace(/[，]/g, ',')) : null
    if (yuan !== null && yuan > 0) return { yuan, evidence: lineEvidence(l) }
  }
  return null
}

/** A paper's title as read, else its type. */
function docTitle(view: CaseView, doc: DocFacts): string {
  return view.document(doc)?.title || doc.docType
}

/** The file tells of the fine paid in instalments or later (分期缴纳, 延期缴纳, 分三期). */
function paidInParts(view: CaseView): boolean {
  return view.documents.some((d) => /分期(?:缴纳|缴款|付款|交纳)|分[二两三四五六]期|延期缴纳/.test(docText(d)))
}

/** The bare figures a receipt's cells print (13,910.00, 78000.00). */
function figuresOf(view: CaseView, doc: DocFacts): number[] {
  const cd = view.document(doc)
  if (!cd) return []
  return [...docText(cd).matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])/g)].map((m) => Number(m[0].replace(/,/g, '')))
}

/**
 * Whether the file tells the party's representative changed from one of the two names to the other (法定代表人由周立新变更为
 * 顾婷, 已于7月1日由王建国变更为刘海燕, a registration notice's 变更前 王建国 变更后 刘海燕): papers made before the change name
 * the one, papers after it the other (an unexplained difference stays a finding).
 */
function repChanged(view: CaseView, a: string, b: string): boolean {
  const [x, y] = [normName(a), normName(b)]
  return view.documents.some((d) => {
    const t = docText(d).replace(/\s+/g, '')
    if (!/法定代表人|负责人|变更事项/.test(t)) return false
    for (const m of t.matchAll(/由([\u4e00-\u9fa5·]{2,5}?)变更为([\u4e00-\u9fa5·]{2,5}?)(?=[，,。；;）)（(]|$)/g)) {
      const [from, to] = [normName(m[1]), normName(m[2])]
      if ((from === x && to === y) || (from === y && to === x)) return true
    }
    // (…or a registration notice's table of the change: 法定代表人 王建国 刘海燕 under 变更事项 变更前 变更后)
    // (…or its lines: 变更前：王建国 / 变更后：刘思远)
    const boxes = (p: string, q: string) => new RegExp(`变更前[:：|]?${escapeRegExp(p)}[^。；]{0,12}?变更后[:：|]?${escapeRegExp(q)}`).test(t)
    return /变更前/.test(t) && /变更后/.test(t) && (t.includes(`${x}${y}`) || t.includes(`${y}${x}`) || t.includes(`${x}|${y}`) || t.includes(`${y}|${x}`) || boxes(x, y) || boxes(y, x))
  })
}

/** The amount written as a table cell's bare figure on a line of the paper (… （罚款）    20,865.00), set apart by spaces. */
function figureIn(view: CaseView, doc: DocFacts, yuan: number): boolean {
  const cd = view.document(doc)
  if (!cd || !Number.isFinite(yuan) || yuan <= 0) return false
  const whole = Math.trunc(yuan)
  const cents = Math.round((yuan - whole) * 100).toString().padStart(2, '0')
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const forms = [...new Set([`${grouped}.${cents}`, `${whole}.${cents}`, ...(cents === '00' ? [grouped, String(whole)] : [])])]
  // (after a gap, or after the dash a scan ran onto it where a cell held one: 罚款（…号）－38,910.00; or in a ruled cell:
  // 项目|罚没收入—罚款|23191.20)
  const re = new RegExp(`(?:^|\\s|[-－—|｜丨])(?:${forms.map((f) => f.replace(/[.,]/g, '\\$&')).join('|')})(?=\\s|[|｜丨]|$)`)
  return cd.lines.some((l) => re.test(l.text))
}

/** Units goods are counted in (瓶, 袋, 箱 … 千克, 升, 辆). */
const GOODS_UNIT = '瓶|袋|箱|件|台|桶|盒|包|条|个|支|套|只|头|块|张|本|册|千克|公斤|吨|升|辆|部|把|罐|听|双|株|棵|根'
/** A count of goods on a paper's line, not a unit's content (500克/袋, 6袋/箱). */
const GOODS_COUNT = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s{0,2}(${GOODS_UNIT})(?![\\u4e00-\\u9fa5]?[/／])`, 'g')
/** A decision's clause confiscating goods by count: 没收扣押的假农药“…”（1000ml/瓶，批号20240302）48瓶. */
const CONFISCATED_CLAUSE = new RegExp(`没收[^。；]{0,200}?\\d\\s{0,2}(?:${GOODS_UNIT})[^。；]*`, 'g')

/**
 * The goods a decision confiscates by count against the papers of the seizure (行政强制措施决定书, a 清单, a 先行登记保存
 * notice): the decision's count of a unit no other paper of the file gives, where the seizure's papers count that unit
 * otherwise (48瓶 confiscated, 84瓶 seized and 84瓶 in the notice, the report and the destruction record — cu-05, cv-01).
 * To verify: part of the goods may lawfully have been returned, and a person reads which.
 */
function confiscatedGoods(view: CaseView, ref: DocFacts): { compared: boolean; findings: Draft[] } {
  const dec = view.document(ref)
  if (!dec) return { compared: false, findings: [] }
  const decisions = new Set(view.docs(ref.docType))
  const elsewhere = view.docs().filter((d) => !decisions.has(d))
  // (each paper's counts read once)
  const countsOf = new Map(elsewhere.map((d) => [d, (view.document(d)?.lines ?? []).flatMap((l) => [...l.text.matchAll(GOODS_COUNT)].map((m) => ({ n: Number(m[1]), unit: m[2], line: l })))]))
  const counts = (d: DocFacts) => countsOf.get(d) ?? []
  const title = (d: DocFacts) => view.document(d)?.title.replace(/\s+/g, '') ?? ''
  const seizing = elsewhere.filter((d) => d.docType === '行政强制措施决定书' || /清单|登记保存/.test(title(d)))
  let compared = false
  const findings: Draft[] = []
  // (a clause's counts over its lines: 二、没收扣押的侵权商品：插线板（GN-B3）186个、转换插头（GN-H2） / 94个、插线板（GN-B5）40个，共计320个)
  const text = docText(dec)
  for (const clause of text.matchAll(CONFISCATED_CLAUSE)) {
    const unsupported: { n: number; unit: string; listed: (ReturnType<typeof counts>[number] & { d: DocFacts })[] }[] = []
    for (const m of clause[0].matchAll(GOODS_COUNT)) {
      const [n, unit] = [Number(m[1]), m[2]]
      const listed = seizing.flatMap((d) => counts(d).filter((q) => q.unit === unit).map((q) => ({ ...q, d })))
      if (!listed.length) continue
      compared = true
      if (elsewhere.some((d) => counts(d).some((q) => q.unit === unit && q.n === n))) continue
      // (…nor a sum of a seizure paper's counts: 没收…共30瓶 over a list of 10瓶 and 20瓶)
      if (seizing.some((d) => Math.abs(counts(d).filter((q) => q.unit === unit).reduce((a, q) => a + q.n, 0) - n) < 1e-6)) continue
      unsupported.push({ n, unit, listed })
    }
    if (!unsupported.length) continue
    const first = unsupported[0].listed[0]
    const theirs = [...new Set(unsupported[0].listed.filter((q) => q.d === first.d).map((q) => q.n))].slice(0, 4)
    const shown = clause[0].length > 70 ? `${clause[0].slice(0, 70)}……` : clause[0]
    findings.push({
      kind: 'inconsistency',
      docTypes: [ref.docType, first.d.docType],
      field: '没收物品',
      message: `${ref.docType}载明“${shown}”，${first.d.docType}所列为${theirs.map((x) => `${x}${unsupported[0].unit}`).join('、')}，案卷其他文书均未见${unsupported.map((x) => `${x.n}${x.unit}`).join('、')}，请核对没收物品的数量`,
      evidence: [lineEvidence(docLineAt(dec, clause.index! + clause[0].search(new RegExp(`${unsupported[0].n}\\s{0,2}${unsupported[0].unit}`)))), lineEvidence(first.line)],
      status: 'verify',
      key: `goods:${unsupported.map((x) => `${x.n}${x.unit}`).join('+')}`,
    })
  }
  return { compared, findings }
}

/** A sum in capital numerals with its figures in brackets after it: 捌仟贰佰捌拾元（8820元）, 人民币叁万元整（¥30,000.00）. */
const WORDS_AND_FIGURES = /((?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億]+[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?[整正]?)\s{0,2}[（(]\s{0,2}((?:人民币|小写)?\s{0,2}[￥¥]?\s{0,2}\d{1,3}(?:[,，]\d{3})*(?:\.\d{1,2})?|(?:人民币|小写)?\s{0,2}[￥¥]?\s{0,2}\d+(?:\.\d{1,2})?)\s{0,2}(?:元)?\s{0,2}[)）]/g

/**
 * A paper writing one sum two ways: its capital numerals and the figures beside them differ (捌仟贰佰捌拾元（8820元）).
 * The first such pair of the paper; to verify when the text was read by OCR.
 */
function wordsAndFigures(view: CaseView, doc: DocFacts): Draft | null {
  const lines = view.document(doc)?.lines ?? []
  for (const [i, l] of lines.entries()) {
    // (…and its figures a line break cut after the bracket opened: 人民币捌万伍仟捌佰陆拾元整（￥88， / 560.00）。)
    const next = lines[i + 1]
    const text = /[（(][^（）()]{0,16}$/.test(l.text) && next && next.page === l.page && next.file === l.file ? `${l.text.trimEnd()}${next.text.trim().slice(0, 24)}` : l.text
    for (const m of text.matchAll(WORDS_AND_FIGURES)) {
      // (a sum a hard line break cut, 人民币玖 / 万叁仟元整（93000元）, 人民币捌佰 / 玖拾元(¥890): its head ends the line above)
      // (…or a page break, the page's number at the foot between: 人民币贰万柒仟玖佰陆 / 1 / (page 2) 拾元整（¥27,960.00）)
      let above = i - 1
      while (above > 0 && (!lines[above].text.trim() || (pageNumberLine(lines[above].text) && (lines[above].page !== l.page || lines[above].file !== l.file)))) above--
      // (…over more than one line, a scan leaving a character or two alone between: 人民币肆 / 仟捌 / 佰元整（￥4800.00）)
      let head = ''
      if (!/^人民币/.test(m[1]) && !l.text.slice(0, m.index).trim()) {
        for (let k = above; k >= 0; k--) {
          const t = lines[k].text.trim()
          const tail = /[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億]+$/.exec(t)
          if (!tail) break
          head = tail[0] + head
          if (tail[0].length !== t.length) break
        }
      }
      const words = parseMoney(head + m[1])
      const figures = parseMoney(m[2].replace(/^(?:人民币|小写)\s*/, '').replace(/[，]/g, ','))
      if (words === null || figures === null || Math.abs(words - figures) < 0.005) continue
      const ev = lineEvidence(l)
      return {
        kind: 'inconsistency',
        docTypes: [doc.docType],
        field: '罚款',
        message: `${doc.docType === '其他' ? docTitle(view, doc) : doc.docType}中同一金额的大写与小写不一致：“${m[0].trim()}”（大写为${words}元，小写为${figures}元）`,
        evidence: [ev],
        ...(readOffScan(ev) ? { status: 'verify' as const } : {}),
        key: `words-figures:${words}:${figures}`,
      }
    }
  }
  return null
}

/**
 * The decision (or, with none, a notice or order) naming its own party two ways (吉林省鑫铭家居有限公司 at its head,
 * 吉林省鑫茗家居有限公司 in its facts): one finding per paper, to verify — which is right the text cannot say.
 */
function selfParty(view: CaseView, ref: DocFacts | undefined): Draft[] {
  // (with no decision: the notices and orders, and the investigation's report, which tells the case in prose too)
  const docs = ref ? [ref] : view.docs().filter((d) => PROSE_DOC_TYPES.has(d.docType) || d.docType === '案件调查终结报告')
  return docs.flatMap((doc): Draft[] => {
    const party = doc.parties.find((x) => x.kind === 'organization' && normName(x.name).length >= 6)
    if (!party) return []
    const lines = view.document(doc)?.lines ?? []
    // (a text read by OCR misreads characters: one changed is the scan's, not the paper's)
    if (readOffScan(party.evidence) || lines.some((l) => l.confidence < 1)) return []
    for (const l of lines) {
      const v = variantIn(l.text, party.name, slipVariant)
      if (!v) continue
      return [{
        kind: 'inconsistency',
        docTypes: [doc.docType],
        field: '当事人',
        message: `${doc.docType}中当事人名称前后写法不一致：“${party.name}”与“${v}”`,
        evidence: [party.evidence, lineEvidence(l)],
        status: 'verify',
        key: `self-party:${v}`,
      }]
    }
    return []
  })
}

export function consistency(p: CheckKindParams['consistency'], view: CaseView, _item: ItemInfo): KindOutcome {
  const ref = view.decision()
  // a paper numbering itself two ways (抚规罚决〔2016〕06号 and 抚规罚〔2016〕06号; 本通知书（荆水责改〔2024〕71号） under a
  // header's 荆水责改〔2024〕17号) — the decision, and a notice or order with no decision beside it
  const selfNumbered = (p.facts ?? []).includes('caseNumber') ? selfNumbers(view, ref) : []
  // …and a paper naming its party two ways
  const selfNamed = (p.facts ?? []).includes('party') ? selfParty(view, ref) : []
  // …and a sum a paper works out that does not come out (货值金额2倍罚款…计4860元)
  const miscounted = (p.facts ?? []).includes('sums') ? sums(view, p.docTypes) : []
  // …and a sum a paper writes in words and in figures that differ (人民币叁仟元整（¥3500.00）): each paper's own, the
  // decision's below with the other comparisons
  const twice = (p.facts ?? []).includes('fine') ? view.docs().filter((d) => d !== ref).map((d) => wordsAndFigures(view, d)).filter((d): d is Draft => d !== null) : []
  if (!ref) {
    const own = [...selfNumbered, ...selfNamed, ...miscounted, ...twice]
    return own.length ? { status: 'pass', reason: '案卷中没有行政处罚决定书，仅核对文书自身的文号和当事人名称', findings: own } : notApplicable('案卷中没有行政处罚决定书，无从对照')
  }
  const others = view.docs().filter((d) => d !== ref && d.docType !== ref.docType && (!p.docTypes || p.docTypes.includes(d.docType)))
  const findings: Draft[] = []
  const compared = new Set<Fact>()
  const refParty = mainParty(ref, view)
  // The decision's code: its party's, else the one written in its text (统一社会信用代丨91420606762HA9M281, label misread).
  const refCode = refCodeOf(view, ref, refParty)
  const refNo = ref.caseNumbers.find((c) => c.own)
  const refFines = view.decisionFines()
  // A file with several decisions (two parties, 某诊所 and its doctor, each its own decision): a paper may be about any of
  // them — its number and its sums are compared against every decision's, not the first's alone.
  const decisions = view.docs(ref.docType)
  const decisionNos = decisions.flatMap((d) => d.caseNumbers.filter((c) => c.own))
  const anyDecisionSum = (role: string, yuan: number) => decisions.some((d) => d !== ref && view.amounts(d).some((a) => a.role === role && a.yuan === yuan))
  // …and a number the decision itself names beside its own (the original decision an 按日连续处罚 rests on, 溪环罚〔2025〕47号)
  // is that other decision's wherever a paper names it
  const namedByDecision = ref.caseNumbers.filter((c) => !c.own)
  const decisionParties = new Set(decisions.filter((d) => d !== ref).flatMap((d) => { const m = mainParty(d, view); return m ? [normName(m.name)] : [] }))
  for (const fact of p.facts ?? []) {
    if (fact === 'sums') {
      compared.add(fact)
      findings.push(...miscounted)
      continue
    }
    if (fact === 'caseNumber' && selfNumbered.length) {
      compared.add(fact)
      findings.push(...selfNumbered)
    }
    if (fact === 'party' && selfNamed.length) {
      compared.add(fact)
      findings.push(...selfNamed)
    }
    if (fact === 'fine') {
      const own = wordsAndFigures(view, ref)
      if (own) {
        compared.add(fact)
        findings.push(own)
      }
      if (twice.length) {
        compared.add(fact)
        findings.push(...twice)
      }
    }
    if (fact === 'creditCode') {
      const ids = personIds(view, ref, refParty?.idNumber ? refParty.name.trim() : undefined)
      if (ids.compared) compared.add(fact)
      findings.push(...ids.findings)
    }
    for (const doc of others) {
      // (a paper of no case type — another agency's letter, a 协助调查 reply about the maker — names other firms and their
      // codes: no party or code of this case to compare; the evidence, a licence's copy, does carry the party's)
      if ((fact === 'party' || fact === 'creditCode') && doc.docType === '其他') continue
      if (fact === 'party' && refParty) {
        for (const party of doc.parties) {
          if (!nameVariant(refParty.name, party.name) || maskedAlike(party.name, refParty.name)) continue
          // (the party of another decision of the file — two who acted together, each decided: 黄志强 and 黄志勇 — is that
          // decision's, not the first decision's name written otherwise)
          if (decisionParties.has(normName(party.name))) continue
          compared.add(fact)
          // the name cut where its line ends (…服务有限公 / 司 on the next line of a table cell): the layout's, not the file's
          if (wrappedAt(party.name, refParty.name, party.evidence, view)) continue
          // (one character apart, either name read off a scan — the recogniser's 颖 for 颍, or a rare character it dropped, 西安瑞
          // for 西安灞瑞 — as likely as the file's slip)
          const [pn, rn] = [normName(party.name), normName(refParty.name)]
          const oneLost = Math.abs([...pn].length - [...rn].length) === 1 && ([...pn].length < [...rn].length ? within(pn, rn) : within(rn, pn))
          const misread = (readOffScan(party.evidence) || readOffScan(refParty.evidence)) && (oneApart(pn, rn) || oneLost)
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '当事人',
            message: `${doc.docType}中当事人名称写作“${party.name}”，与决定书“${refParty.name}”不一致${misread ? '；只差一个字，文字系扫描件识别所得，可能是识别差异，请核对原件' : ''}`,
            evidence: [party.evidence, refParty.evidence],
            // One character more or less at the very edge is usually a reading artifact (a wrapped label's last
            // character, 工 of 个体工商户, spilling into the name): a person confirms it before it counts.
            // A person's name with one character changed may be another person (a relative signing): confirm too.
            ...(misread || edgeOnly(refParty.name, party.name) || (PERSON.test(normName(refParty.name)) && normName(party.name).length === normName(refParty.name).length)
              ? { status: 'verify' as const }
              : {}),
            key: `party:${party.name}`,
          })
          break
        }
        if (doc.parties.some((x) => normName(x.name) === normName(refParty.name))) compared.add(fact)
        if (!findings.some((f) => f.key?.startsWith('party:') && f.docTypes[0] === doc.docType)) {
          // The reading may have missed the name (成都嘉禾测绘有限责任公司（统一社会信用代码…）：): look in the text.
          const cd = view.document(doc)
          for (const l of cd?.lines ?? []) {
            const variant = variantIn(l.text, refParty.name)
            if (!variant) continue
            compared.add(fact)
            findings.push({
              kind: 'inconsistency',
              docTypes: [doc.docType, ref.docType],
              field: '当事人',
              message: `${doc.docType}中当事人名称写作“${variant}”，与决定书“${refParty.name}”不一致`,
              evidence: [lineEvidence(l), refParty.evidence],
              status: 'verify',
              key: `party:${variant}`,
            })
            break
          }
        }
      }
      if (fact === 'creditCode' && refParty && refCode) {
        const code = refCode.code
        for (const party of doc.parties) {
          if (!party.creditCode) continue
          // Only the party's own code: same name, a variant of it, or the one organisation of the document.
          // (…the one organisation with a code, unless its name is plainly another's: a witness's employer in a record,
          // 河南恒建建设工程有限公司 beside the party 新郑华宇置业有限公司)
          const another = !!party.name.trim() && !MASK.test(party.name) && normName(party.name).slice(0, 4) !== normName(refParty.name).slice(0, 4)
          const same = normName(party.name) === normName(refParty.name) || nameVariant(refParty.name, party.name) || (doc.parties.filter((x) => x.creditCode).length === 1 && !another)
          if (!same) continue
          // (a code read with no name, under another firm's signature: 浙江净澜日化有限公司（公章） / 统一社会信用代码：… — a trade
          // mark owner's opinion in the evidence)
          if (!party.name.trim() && signedByAnother(view, party.evidence, refParty.name)) continue
          compared.add(fact)
          if (party.creditCode.toUpperCase() === code) continue
          if (ocrMisread(party.creditCode, code, party.evidence)) continue
          // a masked copy (9143**********) agrees where it shows anything
          if (maskedAlike(party.creditCode.toUpperCase(), code, CODE_MASK)) continue
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '统一社会信用代码',
            message: `${doc.docType}中统一社会信用代码为${party.creditCode}，与决定书${refCode.code}不一致${party.creditCodeValid === false ? '（该代码校验位不符）' : ''}`,
            evidence: [party.evidence, refCode.evidence],
            key: `code:${party.creditCode}`,
          })
          break
        }
      }
      // a natural person's identity number is their code: the same person's, where a paper prints it, is the decision's
      // (another person in a record — a witness, a passenger questioned — has a number of their own)
      if (fact === 'creditCode' && refParty?.idNumber && !refCode && refParty.name.trim() && !MASK.test(refParty.name)) {
        const id = refParty.idNumber.toUpperCase()
        for (const party of doc.parties) {
          if (!party.idNumber || normName(party.name) !== normName(refParty.name)) continue
          compared.add(fact)
          const theirs = party.idNumber.toUpperCase()
          if (theirs === id || ocrMisread(theirs, id, party.evidence) || maskedAlike(theirs, id, ID_MASK)) continue
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '身份证号码',
            message: `${doc.docType}中${party.name}的身份证号码为${party.idNumber}，与决定书${refParty.idNumber}不一致${refParty.idNumberValid === false ? '（决定书所载号码校验位不符）' : party.idNumberValid === false ? '（该号码校验位不符）' : ''}`,
            evidence: [party.evidence, refParty.evidence],
            key: `id:${theirs}`,
          })
          break
        }
      }
      if (fact === 'creditCode' && refCode && !doc.parties.some((x) => x.creditCode)) {
        // The reading attached no code to a party here (单位统一社会信 91420606762HA9M781): a code in the text one or two
        // characters off the decision's is the same code written differently; a reviewer confirms.
        const code = refCode.code
        for (const l of view.document(doc)?.lines ?? []) {
          const m = codeWindows(l.text)
          if (m.includes(code)) {
            compared.add(fact)
            continue
          }
          // The closest 18-character stretch (a misread label may run into the code: 信991320506…).
          const other = codeWindows(l.text)
            .filter((x) => x !== code && !ocrMisread(x, code, lineEvidence(l)))
            .map((x) => ({ x, d: editDistance(x, code, 2) }))
            .filter((w) => w.d <= 2)
            .sort((a, b) => a.d - b.d)[0]?.x
          if (!other) continue
          compared.add(fact)
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '统一社会信用代码',
            message: `${doc.docType}中统一社会信用代码为${other}，与决定书${refCode.code}不一致`,
            evidence: [lineEvidence(l), refCode.evidence],
            status: 'verify',
            key: `code:${other}`,
          })
          break
        }
      }
      // (a copy filed as evidence — a registration certificate, a licence — shows the representative of its own day, which a
      // change since may have made another: 法定代表人：谭国华 on a certificate, 会长由谭国华变更为邓卫东 told in the file)
      if (fact === 'legalRepresentative' && refParty?.legalRepresentative && doc.docType !== '证据材料') {
        const party = doc.parties.find((x) => x.legalRepresentative && normName(x.name) === normName(refParty.name))
        if (party) {
          compared.add(fact)
          if (normName(party.legalRepresentative!) !== normName(refParty.legalRepresentative) && !repChanged(view, party.legalRepresentative!, refParty.legalRepresentative)) {
            // (one the other cut short by its last character — a signature read 陶永 for 陶永胜 —: a reading cut short, or two
            // people; a person looks)
            const [a, b] = [normName(party.legalRepresentative!), normName(refParty.legalRepresentative)].sort((x, y) => x.length - y.length)
            const cut = a.length >= 2 && b.length === a.length + 1 && b.startsWith(a)
            // (…on a sign-off line — 某公司（章）　法定代表人：陶永 —, where a signature is read, not a name typed: nothing to tell)
            const repLine = (d: DocFacts, rep: string) => view.document(d)?.lines.find((l) => new RegExp(`(?:法定代表人|负责人)\\s{0,2}[:：]?\\s{0,2}${escapeRegExp(rep)}(?![\\u4e00-\\u9fa5])`).test(l.text))?.text ?? ''
            const signed = cut && [repLine(doc, party.legalRepresentative!), repLine(ref, refParty.legalRepresentative)].some((t) => /[（(]\s{0,2}(?:公?章|印)\s{0,2}[)）]|签\s{0,2}[名字章]|盖\s{0,2}章/.test(t))
            findings.push({
              kind: 'inconsistency',
              docTypes: [doc.docType, ref.docType],
              field: '法定代表人',
              message: `${doc.docType}中法定代表人为“${party.legalRepresentative}”，与决定书“${refParty.legalRepresentative}”不一致${cut ? '；一个是另一个少了末尾一字，可能是签名或文字识别不全，请核对原件' : ''}`,
              evidence: [party.evidence, refParty.evidence],
              key: `rep:${party.legalRepresentative}`,
              ...(signed ? { status: 'undetermined' as const } : cut ? { status: 'verify' as const } : {}),
            })
          }
        }
      }
      if (fact === 'caseNumber' && refNo) {
        for (const c of doc.caseNumbers) {
          if (c.prefix !== refNo.prefix) continue
          compared.add(fact)
          if (c.year === refNo.year && c.serial === refNo.serial) continue
          const same = (x: { prefix: string; year: number; serial: number }) => x.prefix === c.prefix && x.year === c.year && x.serial === c.serial
          if (decisionNos.some(same) || namedByDecision.some(same)) continue
          // (an earlier year's decision under another serial is an earlier case's, told as evidence or as a ground: 潮文旅罚字
          // 〔2024〕第097号行政处罚决定书复印件（当事人因接纳未成年人受到警告处罚）, no other writing of this decision's number)
          if (c.year < refNo.year && c.serial !== refNo.serial) continue
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '案号',
            message: `${doc.docType}记载的决定书文号为${c.normalized}，与决定书${refNo.normalized}不一致`,
            evidence: [c.evidence, refNo.evidence],
            key: `no:${c.normalized}`,
          })
          break
        }
      }
      // (…unless it names the fine as the decision's: 本局同意你单位将…号行政处罚决定书确定的罚款人民币壹拾伍万元整分三期缴纳)
      if (fact === 'fine' && refFines.length === 1 && doc.docType === '其他') {
        const named = decisionFineNamed(view, doc)
        if (named && Math.abs(named.yuan - refFines[0].fact.yuan) >= 0.005) {
          compared.add(fact)
          findings.push({
            kind: 'inconsistency',
            docTypes: [doc.docType, ref.docType],
            field: '罚款',
            message: `${docTitle(view, doc)}所称决定书确定的罚款${named.yuan}元与决定书罚款${refFines[0].fact.yuan}元不一致`,
            evidence: [named.evidence, refFines[0].fact.evidence],
            key: `fine:${named.yuan}`,
          })
        }
      }
      // (a paper of no known type — a party's 听证申请书, a 听证报告 — may tell the fine proposed, not the one decided)
      if (fact === 'fine' && refFines.length === 1 && !PROPOSAL_DOCS.includes(doc.docType) && doc.docType !== '其他') {
        const fine = refFines[0].fact
        // A payment receipt's amount is the fine paid, whatever role the reading gave it; a total may add the
        // confiscated gains (没收违法所得) of the decision.
        const receipt = doc.docType === '罚没款缴款凭证'
        // (a slip of its own paying the taxes and late fees a 处理决定 recovers, no fine on it: 电子缴税付款凭证（一）)
        if (receipt && paysTaxesOnly(docText(view.document(doc)!))) continue
        const theirs = view.amounts(doc).filter((a) => a.role === '罚款' || (receipt && a.role === '其他'))
        if (!theirs.length) continue
        compared.add(fact)
        // (each sum confiscated once, though the decision prints it in words and in figures: 人民币贰拾陆元（￥26.00）)
        const confiscated = [...new Set(view.amounts(ref).filter((a) => a.role === '没收违法所得').map((a) => a.yuan))].reduce((n, y) => n + y, 0)
        if (theirs.some((a) => a.yuan === fine.yuan || (confiscated > 0 && a.yuan === fine.yuan + confiscated))) continue
        if (theirs.some((a) => anyDecisionSum('罚款', a.yuan))) continue
        // (a receipt paying another sum the decision orders — 责令退回医疗保障基金8,640.00元, 没收违法所得 — pays that, not the fine)
        if (receipt && theirs.every((a) => view.amounts(ref).some((b) => b.role !== '罚款' && Math.abs(b.yuan - a.yuan) < 0.005))) continue
        // (a receipt listing several items — taxes, late fees and the fine: 一般罚没收入（罚款） … 20,865.00 — whose total the
        // reading took: the fine's own figure on one of its lines agrees)
        if (receipt && figureIn(view, doc, fine.yuan)) continue
        // (a fine paid in instalments the file tells of, 分期缴纳 (行政处罚法 第六十六条第二款): each receipt pays a part)
        if (receipt && theirs.every((a) => a.yuan < fine.yuan) && paidInParts(view)) continue
        // (…one of them a slip that pays a part with the taxes and late fees, its total the reading took: a figure below the
        // fine on it is the part)
        if (receipt && paidInParts(view) && figuresOf(view, doc).some((y) => y > 0 && y < fine.yuan)) continue
        const a = theirs[0]
        findings.push({
          kind: 'inconsistency',
          docTypes: [doc.docType, ref.docType],
          field: '罚款',
          message: `${doc.docType}中罚款金额${a.yuan}元与决定书罚款${fine.yuan}元不一致`,
          evidence: [a.evidence, fine.evidence],
          key: `fine:${a.yuan}`,
        })
      }
    }
    if (fact === 'figures') {
      const told = figures(view, ref)
      if (told.compared) compared.add(fact)
      findings.push(...told.findings)
    }
    if (fact === 'confiscated') {
      // The illegal gains the decision confiscates against those the file's other papers give (the report, the notices,
      // the receipt, the closing form): one sum in the decision, one in the paper, and they differ — one finding for the
      // decision, naming the papers, to verify: a notice may propose a sum the decision lawfully changes when it says why.
      const sums = (d: DocFacts) => [...new Set(view.amounts(d).filter((a) => a.role === '没收违法所得').map((a) => a.yuan))]
      const refSums = sums(ref)
      const refAmount = view.amounts(ref).find((a) => a.role === '没收违法所得')
      const decisionDoc = view.document(ref)
      const explained = !!decisionDoc && changeExplained(docText(decisionDoc))
      const differ: { doc: DocFacts; yuan: number; ev: Evidence }[] = []
      if (refSums.length === 1 && refAmount) {
        for (const doc of others) {
          if (doc.docType === '其他') continue
          const theirs = sums(doc)
          if (!theirs.length) continue
          compared.add(fact)
          if (theirs.includes(refSums[0]) || theirs.length > 1) continue
          if (theirs.some((y) => anyDecisionSum('没收违法所得', y))) continue
          // (…nor the report the notices were drawn from: the sum it proposed is the one the party was heard on)
          if ((NOTICE_DOCS.includes(doc.docType) || doc.docType === '案件调查终结报告') && explained) continue
          // (a receipt whose total the reading took: the decision's own figure on one of its lines agrees)
          if (doc.docType === '罚没款缴款凭证' && figureIn(view, doc, refSums[0])) continue
          differ.push({ doc, yuan: theirs[0], ev: view.amounts(doc).find((x) => x.role === '没收违法所得')!.evidence })
        }
      }
      if (differ.length && refAmount) {
        const told = [...new Set(differ.map((x) => x.yuan))].map((y) => `${differ.filter((x) => x.yuan === y).map((x) => x.doc.docType).join('、')}中为${y}元`).join('，')
        findings.push({
          kind: 'inconsistency',
          docTypes: [ref.docType, ...new Set(differ.map((x) => x.doc.docType))],
          field: '没收违法所得',
          message: `决定书没收违法所得${refSums[0]}元，而${told}`,
          evidence: [refAmount.evidence, ...differ.map((x) => x.ev)],
          status: 'verify',
          key: `confiscated:${refSums[0]}`,
        })
      }
    }
    if (fact === 'confiscated') {
      const goods = confiscatedGoods(view, ref)
      if (goods.compared) compared.add(fact)
      findings.push(...goods.findings)
    }
    if (fact === 'proposedFine' && refFines.length === 1) {
      // The fine the notices proposed against the one decided (行政处罚法 第四十五条): a lower fine is lawful when the
      // decision says why (the party's statement was accepted); a higher one needs a new notice.
      const fine = refFines[0].fact
      const decisionDoc = view.document(ref)
      const explained = !!decisionDoc && changeExplained(docText(decisionDoc))
      for (const doc of view.docs().filter((d) => NOTICE_DOCS.includes(d.docType) && (!p.docTypes || p.docTypes.includes(d.docType)))) {
        const proposed = view.amounts(doc).filter((a) => a.role === '罚款')
        if (!proposed.length || proposed.some((x) => x.yuan !== proposed[0].yuan)) continue
        compared.add(fact)
        const a = proposed[0]
        if (a.yuan === fine.yuan || anyDecisionSum('罚款', a.yuan)) continue
        const higher = fine.yuan > a.yuan
        if (!higher && explained) continue
        findings.push({
          kind: 'inconsistency',
          docTypes: [ref.docType, doc.docType],
          field: '罚款',
          message: higher
            ? `决定书罚款${fine.yuan}元高于${doc.docType}告知的${a.yuan}元，未见重新告知（不得因陈述、申辩加重处罚，行政处罚法第四十五条）`
            : `决定书罚款${fine.yuan}元与${doc.docType}告知的${a.yuan}元不同，决定书未说明变化的理由`,
          evidence: [fine.evidence, a.evidence],
          // A lower fine may be explained somewhere the text does not show (a 复核意见 not filed): a person confirms.
          ...(higher ? {} : { status: 'verify' as const }),
          basis: { ruleId: 'CF-45' },
          key: `proposed:${doc.docType}:${a.yuan}`,
        })
      }
    }
    if (fact === 'officers') {
      // The same officer with two certificate numbers across the file's records (询问人：张磊　执法证号：42060623018 in one
      // record, 42060623008 in the four others). Compared as digits and letters, the issuing prefix left out (闽执法证 3502
      // 0318 7721 = 350203187721); a number a line break cut short (4206061902 / 420606190235) or one that is another officer's
      // (two names and two numbers paired the other way round) is a reading's doubt, no inconsistency.
      // (…a letter O or l among the digits is the digit a reading mistook: 37130024O46, two together: 44070218OO0356)
      const digits = (no: string) => no.replace(/^[^\dA-Za-z]*/, '').replace(/[^\dA-Za-z]/g, '').replace(/(?<=\d)[Oo]+(?=\d)|(?<=\d)[Oo]+$/g, (m) => '0'.repeat(m.length)).replace(/(?<=\d)[lI]+(?=\d)|(?<=\d)[lI]+$/g, (m) => '1'.repeat(m.length))
      const byName = new Map<string, { no: string; printed: string; doc: DocFacts; ev: DocFacts['officers'][number]['evidence'] }[]>()
      for (const doc of view.docs())
        for (const o of doc.officers) {
          const no = o.certNo ? digits(o.certNo) : ''
          if (no.length < 6) continue
          byName.set(o.name, [...(byName.get(o.name) ?? []), { no, printed: o.certNo!, doc, ev: o.evidence }])
        }
      const owner = new Map<string, Set<string>>()
      for (const [name, xs] of byName) for (const x of xs) owner.set(x.no, new Set([...(owner.get(x.no) ?? []), name]))
      for (const [name, xs] of byName) {
        if (xs.length < 2) continue
        compared.add(fact)
        const count = new Map<string, number>()
        for (const x of xs) count.set(x.no, (count.get(x.no) ?? 0) + 1)
        const [usual, seen] = [...count].sort((a, b) => b[1] - a[1])[0]
        for (const [no] of count) {
          if (no === usual || no.length !== usual.length || no.startsWith(usual) || usual.startsWith(no)) continue
          if ([...(owner.get(no) ?? [])].some((n) => n !== name)) continue
          const odd = xs.filter((x) => x.no === no)
          const usualDocs = xs.filter((x) => x.no === usual)
          findings.push({
            kind: 'inconsistency',
            docTypes: [...new Set([...odd, ...usualDocs].map((x) => x.doc.docType))],
            field: '执法证号',
            message: `执法人员${name}的执法证号在${[...new Set(odd.map((x) => x.doc.docType))].join('、')}中为${odd[0].printed}，在${[...new Set(usualDocs.map((x) => x.doc.docType))].join('、')}中为${usualDocs[0].printed}${seen > 1 ? `（共${seen}处）` : ''}`,
            evidence: [odd[0].ev, usualDocs[0].ev],
            // (one record against one other says nothing of which is right; a number read off a scan may be a digit misread)
            ...(seen < 2 || readOffScan(odd[0].ev) || readOffScan(usualDocs[0].ev) ? { status: 'verify' as const } : {}),
            key: `cert:${name}:${no}`,
          })
        }
      }
    }
  }
  if (!findings.length && !compared.size) return notApplicable('其他文书未记载可与决定书对照的事项')
  const once = oneNameOnce(findings, ref.docType, refParty, refCode)
  const fixed = correctedIn(view)
  const kept = fixed ? once.filter((f) => !fixed(f)) : once
  const reason = `各文书与决定书一致：${[...compared].map((f) => FACT_NAME[f]).join('、')}`
  return { status: 'pass', reason: kept.length < once.length ? `${reason}；决定书与其他文书不同之处已由更正通知书更正` : reason, findings: kept }
}

/**
 * Sums of the facts a fine is measured on, by the words that name them (直接经济损失, 货值金额, 销售额 …): the gains are
 * compared as confiscated, above.
 */
const FIGURE = /(直接经济损失|货值金额|违法经营额|销售金额|销售额|营业额|工程造价|合同价款)[^，,。；;\d\n]{0,8}?(?:为|共计|合计|计|达)?\s{0,2}(?:人民币)?\s{0,2}(\d+(?:\.\d{1,2})?)\s{0,2}(万)?元/g
/** Words in the sum's paragraph saying it was worked out again (经复核，直接经济损失核减为…). */
const RECKONED_AGAIN = /复核|采纳|核减|调减|调整|重新核定|重新认定|更正/

/** Each sum a paper names, by its name, in yuan (one name may be given several times). */
function namedFigures(text: string): Map<string, { yuan: number; at: number }[]> {
  const out = new Map<string, { yuan: number; at: number }[]>()
  for (const m of text.matchAll(FIGURE)) {
    const yuan = Math.round(Number(m[2]) * (m[3] ? 10000 : 1) * 100) / 100
    out.set(m[1], [...(out.get(m[1]) ?? []), { yuan, at: m.index! }])
  }
  return out
}

/**
 * A sum of the facts the decision states other than the file's papers all state it (bs-02: 直接经济损失421600元 in the decision,
 * 412600元 in the loss assessment, the report, the notice and the review, the fine 1.5 times the latter): one finding, to
 * verify — the decision's own sentence saying the sum was worked out again (经复核，…核减为…) explains it.
 */
function figures(view: CaseView, ref: DocFacts): { compared: boolean; findings: Draft[] } {
  const cd = view.document(ref)
  if (!cd) return { compared: false, findings: [] }
  const own = docText(cd)
  const mine = namedFigures(own)
  // (the other papers' sums, read once)
  const theirsByDoc = view.docs().filter((d) => d !== ref && d.docType !== ref.docType && d.docType !== '卷内目录').flatMap((d) => {
    const other = view.document(d)
    return other ? [{ doc: d, figures: namedFigures(docText(other)) }] : []
  })
  const findings: Draft[] = []
  let compared = false
  for (const [name, values] of mine) {
    const distinct = [...new Set(values.map((v) => v.yuan))]
    if (distinct.length !== 1) continue
    // (…said in the sum's own paragraph: 直接经济损失421600元。经复核，按评估结论重新核定。)
    const at = cd.lines.findIndex((l) => unspacedIncludes(l.text, String(distinct[0])))
    if (at >= 0 && RECKONED_AGAIN.test(cd.lines.slice(at, at + 2).map((l) => l.text).join(''))) continue
    const elsewhere: { doc: DocFacts; yuan: number }[] = []
    for (const { doc: d, figures } of theirsByDoc) {
      const theirs = [...new Set((figures.get(name) ?? []).map((v) => v.yuan))]
      if (theirs.length === 1) elsewhere.push({ doc: d, yuan: theirs[0] })
    }
    if (!elsewhere.length) continue
    compared = true
    const others = [...new Set(elsewhere.map((x) => x.yuan))]
    // (the other papers agree among themselves, at least two of them, and none gives the decision's sum)
    if (others.length !== 1 || others[0] === distinct[0] || elsewhere.length < 2) continue
    const line = cd.lines[at] ?? cd.lines[0]
    findings.push({
      kind: 'inconsistency',
      docTypes: [ref.docType, ...new Set(elsewhere.map((x) => x.doc.docType))],
      field: name,
      message: `决定书中${name}为${distinct[0]}元，而${[...new Set(elsewhere.map((x) => x.doc.docType))].join('、')}中均为${others[0]}元`,
      evidence: [lineEvidence(line), ...elsewhere.slice(0, 3).map((x) => view.docEvidence(x.doc))],
      status: 'verify',
      key: `figure:${name}:${distinct[0]}`,
    })
  }
  return { compared, findings }
}
const unspacedIncludes = (line: string, s: string) => line.replace(/\s+/g, '').includes(s)

/** An identity number as printed (18 characters, the last a digit or X). */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])/g

/**
 * Each person the other papers name with an identity number, against the number the decision prints after that person's
 * name (one decision naming two persons who acted together, bs-12: 被处罚人（二）母成贵…身份证号510726198108212816, every
 * other paper 510726198108221816). The decision's main party, where its box was read with a number, is compared paper by
 * paper above; this reads the decision's words for every other person the file numbers. Nothing where the decision prints the person's number as the
 * others do, or names the person nowhere.
 */
function personIds(view: CaseView, ref: DocFacts, readParty?: string): { compared: boolean; findings: Draft[] } {
  const cd = view.document(ref)
  if (!cd) return { compared: false, findings: [] }
  // (a number a scan's line broke, 身份证号510 / 726198108212816, reads whole)
  const text = cd.lines.map((l) => l.text).join('\n').replace(/(\d)\n(?=\d)/g, '$1')
  const known = new Map<string, { id: string; doc: DocFacts; ev: Evidence }>()
  for (const d of view.docs()) {
    if (d === ref || d.docType === ref.docType) continue
    for (const p of d.parties) {
      const name = p.name.trim()
      if (!p.idNumber || !/^[\u4e00-\u9fa5]{2,4}$/.test(name) || known.has(name)) continue
      known.set(name, { id: p.idNumber.toUpperCase(), doc: d, ev: p.evidence })
    }
  }
  const findings: Draft[] = []
  let compared = false
  for (const [name, k] of known) {
    // (the party the decision's box was read for, with its number, is compared paper by paper above)
    if (name === readParty) continue
    const at = text.indexOf(name)
    if (at < 0 || text.toUpperCase().includes(k.id)) continue
    // the first number printed within the person's own lines after the name
    const m = [...text.slice(at, at + 120).matchAll(ID_NUMBER)][0]
    if (!m) continue
    compared = true
    const theirs = m[1].toUpperCase()
    // (another person's number, printed after this one's name in a list: not this person's)
    if ([...known.values()].some((o) => o.id === theirs) || maskedAlike(theirs, k.id, ID_MASK)) continue
    if (editDistance(theirs, k.id) > 2) continue
    const line = cd.lines.find((l) => l.text.includes(m[1])) ?? cd.lines.find((l) => /\d{3,}$/.test(l.text.trim()) && m[1].startsWith(l.text.trim().match(/\d{3,}$/)![0])) ?? cd.lines[0]
    const ev = lineEvidence(line)
    findings.push({
      kind: 'inconsistency',
      docTypes: [ref.docType, k.doc.docType],
      field: '身份证号码',
      message: `决定书中${name}的身份证号码为${theirs}，与${k.doc.docType}中的${k.id}不一致`,
      evidence: [ev, k.ev],
      ...(readOffScan(ev) ? { status: 'verify' as const } : {}),
      key: `id:${name}:${theirs}`,
    })
  }
  return { compared, findings }
}

/** A paper correcting a clerical error of a served decision (行政处罚决定书更正通知书, 补正决定书): its title. */
const CORRECTION_TITLE = /更正|补正|勘误/
/** …and its words giving the right value or naming the error (更正为“…”, 应为“…”, 正确的…为“…”, 误写为“…”). */
const CORRECTS = /更正为|补正为|应为|更改为|改为|正确的?[^。；]{0,16}为|笔误|误写|误为/
/** The values a finding sets against each other: quoted words, codes and numbers, sums. */
const VALUE = /“([^”]{2,40})”|(?<![0-9A-Za-z])([0-9A-Z]{15,20})(?![0-9A-Za-z])|(\d[\d.,]*元)/g

/**
 * Where the file holds a paper correcting the decision (本局于…送达的《行政处罚决定书》…“统一社会信用代码：91320506MA1YDWG0K9”
 * 系打印笔误…更正为“91320506MA1YDGW0K9”): a finding whose two values that paper names both is the error it corrected, no
 * inconsistency left (bs-07, bt-07). Null when the file holds no such paper.
 */
function correctedIn(view: CaseView): ((f: Draft) => boolean) | null {
  const texts = view.documents.filter((d) => CORRECTION_TITLE.test(d.title) && d.type !== '行政处罚决定书').map(docText).filter((t) => CORRECTS.test(t))
  if (!texts.length) return null
  return (f) => {
    const values = [...new Set([...f.message.matchAll(VALUE)].map((m) => m[1] ?? m[2] ?? m[3]))]
    return values.length >= 2 && texts.some((t) => values.filter((v) => t.includes(v)).length >= 2)
  }
}

/** From how many documents that agree with one another a different name in the decision is one finding. */
const AGREEING_DOCS = 3

/**
 * One cause reported once: the decision names the party one way and several other documents all the same other way
 * (启航 in the decision, 启行 in the eight others), or gives another credit code than they all give — one finding naming
 * them all, not one per document.
 */
function oneNameOnce(findings: Draft[], refType: DocType, refParty: PartyFact | undefined, refCode: { code: string; evidence: Evidence } | null): Draft[] {
  const groups = new Map<string, Draft[]>()
  for (const f of findings) if ((refParty && f.key?.startsWith('party:')) || (refCode && f.key?.startsWith('code:'))) groups.set(f.key!, [...(groups.get(f.key!) ?? []), f])
  const out: Draft[] = []
  for (const f of findings) {
    const group = f.key ? groups.get(f.key) : undefined
    if (!group || group.length < AGREEING_DOCS) {
      out.push(f)
      continue
    }
    if (group[0] !== f) continue
    const docTypes = group.map((x) => x.docTypes[0])
    const code = f.key!.startsWith('code:')
    const others = `其他${group.length}份文书（${docTypes.join('、')}）`
    out.push({
      kind: 'inconsistency',
      docTypes: [refType, ...new Set(docTypes)],
      field: code ? '统一社会信用代码' : '当事人',
      message: (code ? `决定书统一社会信用代码为${refCode!.code}，而${others}均为${f.key!.slice('code:'.length)}` : `决定书当事人名称写作“${refParty!.name}”，而${others}均写作“${f.key!.slice('party:'.length)}”`) + (group.every((x) => /识别差异/.test(x.message)) ? '；只差一个字，文字系扫描件识别所得，可能是识别差异，请核对原件' : ''),
      evidence: [code ? refCode!.evidence : refParty!.evidence, ...group.map((x) => x.evidence[0])],
      // (asserted as surely as the surest of the documents)
      ...(group.every((x) => x.status === 'verify') ? { status: 'verify' as const } : {}),
      key: f.key,
    })
  }
  return out
}
