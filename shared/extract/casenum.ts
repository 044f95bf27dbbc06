/**
 * Case and document numbers (案号 / 文号) in every agency style: 沪市监处罚〔2024〕12号, 京朝市监罚字[2023]第101号,
 * 锡03环监罚﹝2016﹞58号, (沪嘉)安监罚[2018]m-07号, 桂柳环罚字 [2016]5号, 〔 2016 〕318 号, （2024）, 【2024】,
 * and OCR's mixed brackets (〔2024]). `own` tells the document's own number from one it refers to.
 */
import type { CaseNumberFact, DocType } from '../types'
import { PARTY_BOX, docTypeNamed, titleBeforeNumber } from '../segment'
import { TITLES_LONGEST_FIRST, classifyTitle } from '../segment/doctypes'
import { DASHED_PAGE, PAGE_OF, droppedGaps, evidenceAt, lineAt, lineText as lineTextOf, type DocText } from './text'
import { agencyName } from './agency'
import { disclosureRows } from './tables'
import { DISCLOSURE, announcementOf } from '../segment/disclosure'

const OPEN = '〔﹝\\[\\(（【{｛[〖'
const CLOSE = '〕﹞\\]\\)）】}｝〗'
const OPENS = new RegExp(`[${OPEN}]`)
const RE_NUM = new RegExp(
  `((?:[\\u4e00-\\u9fa5A-Za-z0-9()（）*＊]| (?=[\\u4e00-\\u9fa5A-Za-z0-9])){0,20}?)\\s?[${OPEN}]\\s{0,2}((?:19|20)\\d{2})\\s{0,2}[${CLOSE}]\\s{0,2}((?:[(（][\\u4e00-\\u9fa5]{1,6}[)）])?[\\u4e00-\\u9fa5]{0,6}?)\\s{0,2}(第?)\\s{0,2}([A-Za-z]{0,3}-?\\d{1,15}(?:-\\n?\\d{1,6})?(?:\\n\\d{1,6}(?=[号號]))?|[xX×＊*]{1,6})\\s{0,2}[号號]`,
  'g',
)

/**
 * A number without a year, alone on its line or after a number label opening the line: (1) the label, (2) an agency
 * prefix ending in a type word (京工商处字), (4) 第, (5) the serial with its hyphenated part, then 号 and nothing more;
 * (2) is the number as printed.
 * An empty bracket pair (〔〕45号) stands where a publishing system dropped the year.
 */
const RE_YEARLESS = new RegExp(
  `^[ \\t\\u3000]*((?:案号|文号|编号|文书编号|决定书编号|决定书文号)[ \\t\\u3000]*[:：][ \\t\\u3000]*)?[(（]?(((?:[\\u4e00-\\u9fa5()（）]{1,16}(?:字|罚|处|决))?)[ \\t\\u3000]*(?:[${OPEN}][ \\t\\u3000]*[${CLOSE}])?[ \\t\\u3000]*(第?)[ \\t\\u3000]*([A-Za-z]{0,3}\\d{1,6}(?:[-－]\\d{1,6})?)[ \\t\\u3000]*[号號])[)）]?[ \\t\\u3000]*$`,
  'gm',
)

/** A court's case number: (year) court code (粤1302, 闽06, 海中法) the kind of case (行初, 行终, 民初 …) serial 号. */
const COURT_NUM = /[(（〔]\s{0,2}((?:19|20)\d{2})\s{0,2}[)）〕]\s{0,2}([\u4e00-\u9fa5]{1,4}\d{0,6}[\u4e00-\u9fa5]{0,3}?)(行|民|刑|执|赔)(初|终|再|申|监|审|保|恢|复)?字?\s{0,2}第?\s{0,2}(\d{1,6})\s{0,2}号/g

/** An agency prefix with a type word, the year bracket opened, the year and serial run together, nothing after. */
const RE_RUN = /(?:^|[\s:：|])([\u4e00-\u9fa5()（）]{1,16}(?:罚|处|罚字|处字|决字|罚决字|监罚|处罚))[〔\[［]((?:19|20)\d{2})(\d{1,4})(?=[ \t\u3000]*(?:\n|$))/g

/**
 * Words that end the text before a number: what precedes them is not part of the agency prefix (a document's name, an
 * agency's full name run onto the number: 案件移送函醴烟移(2025)4号, 区市场监管局长天市监罚字〔2023〕457号; a court's name
 * before its case number; a party's name a scan's line joined onto the number, 云浮市某矿业有限公司云环(云城)罚〔2023〕7号,
 * 某养鸭场（丰堆村）云环(云城)罚〔2025〕21号; a web page's 跳转到主要内容 link; a court's ruling opening its line 对…号行政处罚决定书…准予强制执行). 和 is no such word: it
 * is a place's character in prefixes (津和环罚字 for 天津市和平区).
 */
const STOP = /^.*(?:决定书|告知书|通知书|裁定书|判决书|回证|笔录|审批表|报告|意见书|(?:移送函|处罚决定|(?:管理|监管|执法|环境|资源|农村|建设|运输|应急|健康|旅游|税务|公安|规划|农业|林业|水利|水务|交通|文化|卫生|商务|粮食|海洋|渔业|畜牧)[局厅]|委员会)(?=[\u4e00-\u9fa5]{2})|(?:公司|合作社|经营部|农场|养殖场|养鸭场|养猪场|养鸡场|养牛场|石场|砖场)(?:[（(][^（）()]{1,10}[)）])?(?=[\u4e00-\u9fa5]{2})|人民法院|主要内容|文号|案号|编号|字号|根据|依据|依照|按照|参照|参考|作出|下达|送达|开出|签发|提出|强制执行|向本院|于|对|的|了|以|及|与|在|经(?![开济]|处字)|见|为|即|号|第(?![一二三四五六七八九十]{1,3}师)|公示|公开|[《》:：、，,。；;>|\s])/

const OWN_LABEL = /(?:案号|文\s{0,8}号|编号|立案号|决定书号|文书号|处罚决定书文号|案件编号|发文字号)\s{0,2}[\]】]?(?:\s{0,2}[:：|•·]){0,2}\s{0,2}(?:〔〕|[〔【\[［][〕】\]］])?[*＊]{0,6}$/
/** A label naming a document's number: 行政处罚决定书文号：, 告知书编号 | */
const NAMED_LABEL = /([\u4e00-\u9fa5]{2,12}(?:决定书|告知书|通知书))\s{0,2}(?:文号|编号|号)(?:\s{0,2}[:：|]){0,2}\s{0,2}$/
/** The text naming a number as its own in a sentence: 你单位如对本通知书（…）不服, 缴款时请注明（本）决定书文号（“…”）… */
const SELF_LABEL = /(?:本(?:决定书|通知书|告知书)\s{0,2}(?:的)?(?:[（(]\s{0,2})?(?:文号|编号)?|(?:注明|填写|写明|备注)本?(?:处罚)?(?:决定书|通知书)(?:文号|编号))\s{0,2}(?:为|是)?\s{0,2}[:：（(“「"]?\s{0,2}$/
/** A page's mark after a number on its header or footer line: 第2页/共2页, 第 2 页 共 3 页, — 2 —, 2/3. */
const PAGE_MARK = new RegExp(`^[\\s\\u3000]+(?:${PAGE_OF}|${DASHED_PAGE}|\\d{1,3}\\s{0,2}[/／]\\s{0,2}\\d{1,3})[\\s\\u3000]*$`)
const REF_LABEL = /(?:送达文书|文书名称|依据|根据|依照|按照|《|作出的|下达的|送达的|送达了|已于|告知书|通知书|决定书)[^。；\n]{0,16}$/

/** A number's prefix as matched, less the end of a page's date stamp it began in (…2025-03-28 吕环罚, …2025-08-25 15揭市环). */
function withoutStamp(before: string, prefix: string): string {
  const ctx = before + prefix
  const stamp = /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}(?::\d{2}){0,2})?[ \t\u3000]*(?=[\u4e00-\u9fa5])/g
  for (let m = stamp.exec(ctx); m; m = stamp.exec(ctx)) {
    const end = m.index + m[0].length
    if (end > before.length && m.index < before.length) return ctx.slice(end)
  }
  return prefix
}

/** A page's breadcrumbs ending the text before a number: … > 区市场监管局 , … > 正文 . */
const BREADCRUMB_END = /[>＞›»][^>＞›»，。；,;:：]{0,30}$/
/** A page's date stamp ending the text before a number, with no sentence around it: [2022-08-11], 更新时间:2025-03-28 14:02. */
const PAGE_DATE_BEFORE = /^[^，。；,;]*(?:^|\s|[:：])[\[【(（]?\s{0,2}(?:19|20)\d{2}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}\s{0,2}日?(?:\s{1,2}\d{1,2}(?::\d{2}){0,2})?\s{0,2}[\]】)）]?\s+$/

function cleanPrefix(raw: string): string {
  // a space beside a division code (豫 0329 环罚决字) is inside the prefix, not before it
  const kept = raw.replace(/\s+(?=\d)|(?<=\d)\s+/g, '\u0000')
  let p = kept.replace(STOP, '').replace(/\u0000/g, ' ')
  // a parenthesised region prefix keeps its brackets: (沪嘉)安监罚, 陕(咸); an unmatched opening one is the sentence's
  p = p.replace(/^[)）]+/, '')
  // ((铜农(饲料)罚: one opening bracket more than closing ones)
  const count = (re: RegExp) => (p.match(re) ?? []).length
  if (/^[(（]/.test(p) && count(/[(（]/g) > count(/[)）]/g)) p = p.slice(1)
  // (a document named before its number in brackets: 通知(渝林生〔2021〕19号, 不起诉决定(西乡检刑不诉〔2024〕57号 — an
  // opening bracket no closing one follows opens the number)
  const open = /^[^(（]+[(（](?=[^()（）]+$)/.exec(p)
  if (open && !/[)）]/.test(p)) p = p.slice(open[0].length)
  return p
}

/** The line before a number is the document's own title (行政处罚决定书 寻林罚决字〔2023〕第95号), not another document's name. */
function ownTitle(before: string, year: number, docType: DocType | undefined): boolean {
  const t = titleBeforeNumber(`${before}〔${year}〕`)
  if (t) return docType === undefined || docType === '其他' || t.type === docType
  // the title's tail after a line break (行政处罚 / 决定书北银综执福成罚〔2025〕75号)
  return /^\s*(?:处罚)?决定书\s*$/.test(before) && (docType === '行政处罚决定书' || docType === '不予行政处罚决定书')
}

/**
 * The document's own title right before the number at the end of a long line (a page's header run into one line:
 * …字体: 行政处罚决定书 南农(农药)罚〔2023〕13号), not a document a sentence names (…作出的行政处罚决定书, 《…决定书》).
 */
function titleRightBefore(before: string, docType: DocType | undefined): boolean {
  // (…a dash between them: 某人民政府行政处罚决定书—一政罚决〔2025〕04号)
  const b = before.replace(/[\s\u3000(（—－-]+$/, '')
  const alias = TITLES_LONGEST_FIRST.find((a) => a.length >= 4 && b.endsWith(a))
  if (!alias) return false
  const lead = b.slice(0, b.length - alias.length)
  if (/《[^》]*$/.test(lead) || /(?:的|了|作出|做出|下达|送达|出具|依据|根据|按照|收到|签收|为)$/.test(lead)) return false
  const t = classifyTitle(alias)
  return !!t && t.confidence >= 0.9 && (docType === undefined || docType === '其他' || t.type === docType)
}

/** After a number that opens its line, the agency's name and nothing more (闽榕环罚〔2024〕74号 福州市生态环境局). */
function agencyAfter(rest: string): boolean {
  const t = rest.replace(/[\s\u3000]+/g, '')
  return t.length >= 4 && agencyName(t) === t
}

/** After a number that opens its line: nothing, the case's name (…销售过期食品案) or the party in brackets. */
// (…or the party's box, or the party addressed, when a page runs the next line onto the number's: …93号 当事人:文*富,…)
const HEADLINE_REST = new RegExp(`^\\s*(?:$|[（(][^（）()]{2,40}[)）]\\s*$|[^，。；:：]{2,60}案\\s*$|[^，。；:：]{2,40}(?:公司|厂|店|中心|合作社|经营部)\\s*$|(?:${PARTY_BOX}|违法主体)(?:名称|姓名)?\\s{0,2}[:：]|[^，。；:：\\s]{2,40}(?:公司|厂|店|中心|合作社|经营部)\\s{0,2}[:：])`)

/** A line that is the document's own title alone (行政处罚决定书, 某局行政处罚决定书): the line a number may stand under. */
function titleLineAbove(line: string, year: number, docType: DocType | undefined): boolean {
  return /^\s*(?:行政处罚|处罚|不予行政处罚)?决定书\s*$|^[\u4e00-\u9fa5]{0,30}(?:决定书|告知书|通知书)\s*$/.test(line) && ownTitle(line.trim(), year, docType)
}

/**
 * What follows a number that opens its line: the rest of the line, and, where that rest runs to a wrapped line's length
 * without a stop, the rest with the next line joined on (a bracket closing the number left off).
 */
function headlineRests(text: string, from: number, lineEnd: number): string[] {
  const rest = text.slice(from, lineEnd).replace(/^[)）]/, '')
  if (rest.trim().length < 12 || /[，。；:：,;]/.test(rest) || lineEnd >= text.length) return [rest]
  const nextEnd = text.indexOf('\n', lineEnd + 1)
  return [rest, rest + text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd)]
}

/** A number as compared: full-width brackets in the prefix, 〔year〕, the type word after it, the serial without zeros. */
const comparisonForm = (prefix: string, year: number | string, field: string, serial: string) =>
  `${prefix.replace(/\(/g, '（').replace(/\)/g, '）')}〔${year}〕${field}${serial}号`

export function extractCaseNumbers(dt: DocText, docType?: DocType): CaseNumberFact[] {
  const out: CaseNumberFact[] = []
  const text = dt.text
  const selfNamed = new Set<CaseNumberFact>()
  // a number in the number column of a disclosure table (决定文书号 | 处罚单位 | …) is the decision's own
  const numberCells = disclosureRows(dt).flatMap((r) => (r.number ? [r.number] : []))
  const inNumberCell = (at: number) => numberCells.some((c) => at >= c.start && at < c.end)
  RE_NUM.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE_NUM.exec(text))) {
    // (…but a 和 joining two numbers is: 鄂州政发〔2020〕11号和鄂州政办函〔2020〕64号)
    // (…nor is the day or the hour of a page's date stamp before it: 更新时间:2025-03-28 吕环罚〔2025〕4号, 发布时间: 2025-08-25 15
    // 揭市环(普宁)责改〔2025〕26号 with the line's break dropped)
    const raw = withoutStamp(text.slice(Math.max(0, m.index - 14), m.index), m[1])
    let spaced = cleanPrefix(m.index > 0 && /[号號]/.test(text[m.index - 1]) ? raw.replace(/^和/, '') : raw)
    // (a county whose name opens with a word taken above for a sentence's — 于都, 于田, 于洪, 即墨 — where the number
    // opens its line: 于林罚决字〔2024〕第036号)
    if (/^[于即]/.test(m[1]) && (m.index === 0 || text[m.index - 1] === '\n') && spaced.length === m[1].length - 1 && spaced === m[1].slice(1)) spaced = m[1]
    // (in a table's number cell the prefix starts with the cell: 李某 广市监处罚〔2024〕03033号 is two cells)
    const bracketAt = m.index + m[1].length
    const cell = numberCells.find((c) => bracketAt >= c.start && bracketAt < c.end)
    if (cell && bracketAt - spaced.length < cell.start) spaced = text.slice(cell.start, bracketAt).replace(/\s+$/, '')
    // (a page's field run on before the number, the one space between them dropped in the joining: 正文 建市罚字[2012]第21号
    // — not a space inside the prefix as a text layer prints it: 醴 林罚决字, 石新市监 处罚, 新 市监 处罚)
    const gaps = droppedGaps(dt, bracketAt - spaced.length, bracketAt)
    if (gaps.length === 1 && gaps[0] - (bracketAt - spaced.length) >= 2 && bracketAt - gaps[0] >= 3 && !/^(?:行政)?(?:处罚|罚|处)(?:决定)?(?:字|决字)?$/.test(text.slice(gaps[0], bracketAt).trim())) spaced = text.slice(gaps[0], bracketAt)
    const prefix = spaced.replace(/\s+/g, '')
    const prefixStart = bracketAt - spaced.length
    const year = Number(m[2])
    // (a serial a page's width broke over two lines, 〔2024〕3-1 / 12号, is one number)
    const serialText = m[5].replace(/\n/g, '')
    const masked = /^[xX×＊*]+$/.test(serialText)
    const serialDigits = /(\d+)(?:-(\d+))?$/.exec(serialText)
    const serial = masked ? 0 : serialDigits ? Number(serialDigits[2] ?? serialDigits[1]) : NaN
    if (!Number.isFinite(serial)) continue
    const field = m[3]
    // the comparison form (沪市监处罚〔2024〕12号); `text` keeps the number as printed (002号, 第12号)
    const serialNorm = /^\d+$/.test(serialText) ? String(Number(serialText)) : serialText
    const normalized = comparisonForm(prefix, year, field, serialNorm)
    // own: a label such as 案号 / 文号 right before it, the title line it ends, or a line that is mostly the number near the top.
    const i = lineAt(dt, prefixStart)
    // (the line as the text breaks it: a copy that ran the addressee on to the number's line is read with the break it lost)
    const lineStart = Math.max(dt.starts[i], text.lastIndexOf('\n', prefixStart - 1) + 1)
    const nl = text.indexOf('\n', m.index + m[0].length)
    const lineEnd = nl >= 0 ? Math.min(nl, dt.ends[i]) : dt.ends[i]
    const before = text.slice(lineStart, prefixStart)
    const lineText = text.slice(lineStart, lineEnd)
    const lineRest = lineText.replace(/\s/g, '').length - m[0].replace(/\s/g, '').length + (m[1].length - spaced.length)
    const named = NAMED_LABEL.exec(before)
    const endsLine = !text.slice(m.index + m[0].length, lineEnd).trim()
    const namedType = named ? docTypeNamed(named[1]) : null
    let own: boolean
    // (a number the text calls its own in a sentence, or under its own type's label: what it says it is numbered)
    let self = false
    if (SELF_LABEL.test(before)) own = self = true
    else if (named && namedType) own = self = namedType === docType
    else if (OWN_LABEL.test(before) || inNumberCell(prefixStart)) own = true
    // (…or under it, a page's field list giving each label and its value a line of its own: • 发文字号 / • 某罚〔2022〕215号)
    else if (/^[\s•·\-－*]*$/.test(before) && OWN_LABEL.test(prevFilled(dt, i))) own = true
    // (…after a page's field label, itself after a bullet: -标题:校外培训监管行政处罚决定书(济教罚字〔2022〕第1号))
    else if (i < 25 && /^[-－·•]?[\s\u4e00-\u9fa5]{0,6}[:：]?[^，。；:：]*$/.test(before) && ownTitle(before.replace(/^[-－·•]?\s*(?:标题|题名|名称)\s*[:：]\s*/, ''), year, docType)) own = true
    else if (i < 3 && titleRightBefore(before, docType)) own = true
    // (…further down, where the number ends the line the title runs into: a page's header and breadcrumbs run together,
    // 垄断案件中止调查决定书 浙工商案〔2011〕15号)
    else if (i < 15 && endsLine && !/[:：]/.test(before) && titleRightBefore(before, docType)) own = true
    // (…or the page's breadcrumbs: 首页 > 政务公开 > 区市场监管局 长天市监罚字〔2023〕457号)
    else if (i < 15 && endsLine && BREADCRUMB_END.test(before)) own = true
    // (…or ending a line near the top right after the page's date stamp: [2022-08-11] 高财购罚〔2022〕1号, 更新时间:2025-03-28 吕环罚〔2025〕4号)
    else if (i < 15 && endsLine && PAGE_DATE_BEFORE.test(before)) own = true
    // (a page's header or footer: the number and the page's mark alone on a line, 津滨环罚〔2024〕88号　第2页/共2页 — the
    // document numbering its own pages, wherever the page falls)
    else if (/^\s*$/.test(before) && PAGE_MARK.test(text.slice(m.index + m[0].length, lineEnd))) own = true
    else if (REF_LABEL.test(text.slice(Math.max(lineStart, prefixStart - 24), prefixStart))) own = false
    // a number opening a line near the top, alone or before the case's name: (贺农屠宰罚〔2022〕1号)贺州市…行政处罚决定书,
    // 石鹿市监处罚〔2026〕8号 某公司销售不符合食品安全标准的食用农产品案
    // (…or the page's attachment that is the document itself: 附件:防国土资监罚字〔2018〕第7号 行政处罚决定书)
    // (…the case's name wrapped onto the next line, as a scanned page prints a long headline: 石鹿市监处罚〔2026〕8号石家庄某
    // 商贸有限公司销售不符合食品安全 / 标准的食用农产品案)
    else if (i < 25 && docType !== '送达回证' && /^\s*(?:\d{1,2}[、.．]\s{0,2}|附件\d?\s{0,2}[:：]\s{0,2})?[\s(（]*$/.test(before) && headlineRests(text, m.index + m[0].length, lineEnd).some((rest) => HEADLINE_REST.test(rest) || ownTitle(rest, year, docType) || agencyAfter(rest))) own = true
    // (a line near the top that is the number, alone or after the agency's name: 云南省文化和旅游厅 云文旅罚决〔2024〕1号)
    // (…or a table's cell of its own near the top, in a row with no header above it: 1 | 东农(农药)罚〔2024〕1 号 | …)
    // (…or, however far down a page's furniture pushed it, alone on the line right under the document's own title:
    // 行政处罚决定书 / 赣工商公处字[2010]01号 below a site's style sheet read as text)
    else if (lineRest <= 4 && !before.trim() && i > 0 && titleLineAbove(lineTextOf(dt, i - 1), year, docType)) own = true
    else own = i < 15 && (lineRest <= 4 || (before.trim().length >= 4 && agencyName(before.trim()) === before.trim() && !text.slice(m.index + m[0].length, lineEnd).trim()) || (/(?:^|[|｜])\s*$/.test(before) && /^\s*[|｜]/.test(text.slice(m.index + m[0].length, lineEnd))))
    out.push({
      text: text.slice(prefixStart, m.index + m[0].length).trim().replace(/(?<=\d-?)\n(?=\d)/g, ''),
      normalized,
      prefix,
      year,
      serial,
      own,
      evidence: evidenceAt(dt, prefixStart, m.index + m[0].length),
    })
    if (self) selfNamed.add(out[out.length - 1])
  }
  // A copy that lost the closing bracket and 号 (渝城口市监处字〔202331, the year run into the serial): read only where it
  // stands alone on its line near the top or after a number label, as printed.
  RE_RUN.lastIndex = 0
  while ((m = RE_RUN.exec(text))) {
    // (a document's name run onto the prefix is no part of it: 行政处罚决定书环罚〔202562 when a page joins its lines)
    const runPrefix = m[1].replace(STOP, '')
    if (!runPrefix) continue
    // a garbled repeat of a number read in full adds nothing
    if (out.some((c) => (c.prefix.endsWith(runPrefix) || runPrefix.endsWith(c.prefix)) && c.year === Number(m![2]) && c.serial === Number(m![3]))) continue
    const i = lineAt(dt, m.index + m[0].length - 1)
    const prefixStart = m.index + m[0].length - (runPrefix.length + 1 + m[2].length + m[3].length)
    const before = text.slice(dt.starts[i], prefixStart)
    const alone = lineTextOf(dt, i).trim() === text.slice(prefixStart, m.index + m[0].length).trim()
    if (!(OWN_LABEL.test(before) || (i < 25 && alone))) continue
    out.push({
      text: text.slice(prefixStart, m.index + m[0].length).trim(),
      normalized: comparisonForm(runPrefix, m[2], '', String(Number(m[3]))),
      prefix: runPrefix,
      year: Number(m[2]),
      serial: Number(m[3]),
      own: true,
      evidence: evidenceAt(dt, prefixStart, m.index + m[0].length),
    })
  }
  // A number printed without a year (第22号 under the title, 编号：第4-546号, 〔〕45号 where a system left the year out): only
  // where nothing else is the document's own number, and only standing alone on a line near the top or after a number
  // label opening its line, so that 国务院令第397号 or 第三条第22号 in a sentence is never read as one.
  if (!out.some((c) => c.own)) {
    RE_YEARLESS.lastIndex = 0
    while ((m = RE_YEARLESS.exec(text))) {
      const i = lineAt(dt, m.index)
      const labelled = !!m[1]
      if (!labelled && i >= 15) continue
      // a bare 273号 alone on a line is as often the end of an address wrapped from the line above
      if (!labelled && !m[3] && !m[4] && !OPENS.test(m[2])) continue
      const prefix = m[3].replace(/\s+/g, '')
      const serialText = m[5].replace(/\s+/g, '').replace('－', '-')
      const serial = Number(/(\d+)$/.exec(serialText)![1])
      const start = m.index + m[0].indexOf(m[2], m[1]?.length ?? 0)
      const end = start + m[2].length
      out.push({
        text: m[2],
        normalized: `${prefix.replace(/\(/g, '（').replace(/\)/g, '）')}${m[4]}${/^\d+$/.test(serialText) ? String(Number(serialText)) : serialText}号`,
        prefix,
        year: 0,
        serial,
        own: true,
        evidence: evidenceAt(dt, start, end),
      })
      break
    }
  }
  // A 公文's own number in brackets after its title (某局关于…的公告( 2022 年第 29 号), …的通告(2025年第8期)): read where
  // nothing else is the document's own, on the title's line near the top.
  if (!out.some((c) => c.own)) {
    const first = Math.min(dt.starts.length, 12)
    for (let i = 0; i < first; i++) {
      const line = lineTextOf(dt, i)
      const m2 = /[（(]\s{0,2}((?:19|20)\d{2})\s{0,2}年\s{0,2}(?:第\s{0,2})?(\d{1,4})\s{0,2}[号期]\s{0,2}[)）]\s*$/.exec(line)
      if (!m2 || !/关于|公告|通告|通报|通知/.test(line.slice(0, m2.index))) continue
      // (the number as printed, from its year to its 号 or 期, the brackets and the spaces beside them left out)
      const start = dt.starts[i] + m2.index + m2[0].indexOf(m2[1])
      const end = dt.starts[i] + m2.index + Math.max(m2[0].lastIndexOf('号'), m2[0].lastIndexOf('期')) + 1
      const printed = text.slice(start, end)
      out.push({ text: printed, normalized: `${m2[1]}年${Number(m2[2])}${printed.endsWith('期') ? '期' : '号'}`, prefix: '', year: Number(m2[1]), serial: Number(m2[2]), own: true, evidence: evidenceAt(dt, start, end) })
      break
    }
  }
  // A court's case number ((2021)粤1302行初91号, (2014)海中法行初字第7号): a judgment's or a ruling's own where it follows
  // the court's title (行 政 判 决 书) or a 案号 label near the top; elsewhere the number of a judgment the text refers to.
  COURT_NUM.lastIndex = 0
  // (the document's first line, and whether the text is a court's document: found once, when a court number is read)
  let first: number | undefined
  let courtDoc: boolean | undefined
  const readAlready = new Set(out.map((c) => c.text.replace(/\s+/g, '')))
  while ((m = COURT_NUM.exec(text))) {
    const i = lineAt(dt, m.index)
    const before = text.slice(dt.starts[Math.max(0, i - 2)], m.index).replace(/\s+/g, '')
    // (a number the agencies' pattern already read: 海中法行初字 is a type word there — the judgment's own all the same when it
    // follows the court's title, 某区人民法院 行 政 判 决 书 (2013)甬镇行初字第19号)
    if (readAlready.has(m[0].replace(/\s+/g, ''))) {
      const read = out.find((c) => c.text.replace(/\s+/g, '') === m![0].replace(/\s+/g, ''))
      if (read && !read.own && !out.some((c) => c.own) && i < 15 && /(?:判决书|裁定书|调解书)$/.test(before)) read.own = true
      continue
    }
    const serial = Number(m[5])
    const normalized = `（${m[1]}）${m[2]}${m[3]}${m[4] ?? ''}${serial}号`
    // (…or the number alone on a court document's first line, a copied page's header (案号 / 裁判日期 / 案件名称 …), and
    // the same number again under the title: the document restating its own number)
    first ??= dt.starts.findIndex((_, k) => lineTextOf(dt, k).trim() !== '')
    const header = i === first && lineTextOf(dt, i).trim() === m[0].trim() && (courtDoc ??= /(?:判决书|裁定书|调解书)/.test(text.replace(/\s+/g, '')))
    const own =
      out.some((c) => c.own && c.normalized === normalized) ||
      (!out.some((c) => c.own) && (OWN_LABEL.test(text.slice(dt.starts[i], m.index)) || (i < 15 && /(?:判决书|裁定书|调解书)$/.test(before)) || header))
    out.push({
      text: m[0],
      normalized,
      prefix: '',
      year: Number(m[1]),
      serial,
      own,
      evidence: evidenceAt(dt, m.index, m.index + m[0].length),
    })
  }
  // A notice that publishes one decision held in its attachment (…作出行政处罚决定，现予公告。[渝工商经处字〔2016〕15号行政处罚
  // 决定书](….doc)) stands under that decision's number: the one number it names is its own. One that publishes several
  // (附件：…决定书（鄂市监处字〔2020〕2号-4号）) has no number of its own.
  const announced = out.length ? announcementOf(dt) : null
  if (announced === 'several') for (const c of out) c.own = false
  else if (announced && !out.some((c) => c.own) && new Set(out.map((c) => c.normalized)).size === 1) for (const c of out) c.own = true
  // Only the first own number counts as the document's own; later repeats of the same number stay own too.
  // (a headline's bare number, …决定书[2014]20号, then the full one under the title, 津市环改字[2014]20号: the full one)
  // (…and on a paper other than the filing form, the case's 立案 number the archive prints on each of its papers — 旌应急立〔2023〕29号
  // above a decision's title — gives way to the paper's own: it is the case's number, not a second writing of the paper's)
  const filing = (c: CaseNumberFact) => docType !== '立案审批表' && /立(?:案)?字?$/.test(c.prefix)
  const earliest = out.find((c) => c.own && !filing(c)) ?? out.find((c) => c.own)
  const fuller = earliest && !earliest.prefix ? out.find((c) => c.own && c.prefix && c.year === earliest.year && c.serial === earliest.serial) : undefined
  const firstOwn = fuller ?? earliest
  // A web page's own title line (the line just above its 发布时间： / 来源： line) repeats the document's title and number
  // in the publisher's words: marked, so that a number written another way there is told as the page's.
  const onPageTitle = (c: CaseNumberFact) => {
    const k = dt.lines.findIndex((l) => l.file === c.evidence.file && l.page === c.evidence.page && l.line === c.evidence.line)
    if (k < 0) return false
    let n = k + 1
    while (n < dt.lines.length && !dt.lines[n].text.trim()) n++
    return n < dt.lines.length && DISCLOSURE.page.test(dt.lines[n].text)
  }
  for (const c of out) if (c.own && onPageTitle(c)) c.pageTitle = true
  if (firstOwn)
    for (const c of out)
      if (c.own && c.normalized !== firstOwn.normalized) {
        c.own = false
        // the same year and serial under another type word or prefix (石环罚〔2024〕经开404号 / 石环罚决〔2024〕经开404号) is
        // the document numbering itself twice; another year or serial is another document's number
        // (a prefix read cut short at one of its places, 开环罚 for 万盛经开环罚, is the same number, not a second one)
        if (c.year === firstOwn.year && c.serial === firstOwn.serial && !c.prefix.endsWith(firstOwn.prefix) && !firstOwn.prefix.endsWith(c.prefix) && !filing(c)) c.ownConflict = true
        // …and so is a number the text says is its own (本通知书（荆水责改〔2024〕71号）, 注明决定书文号…) under the same prefix
        // and year with another serial (17 / 71): a slip in one of the two places (the type word's 字 printed or not:
        // 京朝城管责改字〔2024〕第0317号 / 本通知书（编号：京朝城管责改〔2024〕0371号）)
        if (selfNamed.has(c) && c.year === firstOwn.year && c.prefix.replace(/字$/, '') === firstOwn.prefix.replace(/字$/, '') && c.serial !== firstOwn.serial) c.ownConflict = true
      }
  return out
}

/** The line before line i that holds anything, trimmed ('' when none). */
function prevFilled(dt: DocText, i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = lineTextOf(dt, k).trim()
    if (t) return t
  }
  return ''
}
