/**
 * Canonical document types and the titles they go by, and a title classifier that survives OCR noise
 * (dropped or substituted characters, spaces between characters, an agency name before the title).
 */
import type { DocType } from '../types'
import { editDistance } from '../util/edit-distance'
import { compileTitleData, type StandsFor } from './title-data'
import titleData from './titles.json'

const DATA = compileTitleData(titleData)

/** Every title a canonical type is written as (titles.json, checked by title-data.ts). The canonical name comes first. */
export const DOC_TYPE_ALIASES: Record<DocType, string[]> = DATA.titles

/** Every title of every type, longest first, so a longer title is tried before a title it contains. */
export const TITLES_LONGEST_FIRST: readonly string[] = Object.values(DOC_TYPE_ALIASES).flat().sort((a, b) => b.length - a.length)

/**
 * Documents that stand for another one a rubric requires, when their text shows they did its job: a 听证告知书 that
 * also tells the party of the 陈述、申辩 rights is the 告知 (行政处罚法 第四十四条、第四十五条 are often given in one
 * notice with 第六十三条). Data in titles.json: one place to add a province's combined forms.
 */
export const STANDS_FOR: StandsFor[] = DATA.standsFor

/** Confusable characters OCR produces in titles, mapped to the intended ones. */
const OCR_FIX: Record<string, string> = {
  巳: '已', 己: '已', 曰: '日', 囗: '口', 扳: '报', 吿: '告', 诰: '告', 晝: '书', 杏: '查', 査: '查', 甲: '审', 訊: '讯', 笙: '笔', 录: '录',
  泉: '录', 决: '决', 夬: '决', 証: '证', 徵: '征', 処: '处', 処罰: '处罚', 罸: '罚', 罰: '罚', 鬥: '门',
}

/** A title as compared: no spaces or punctuation, OCR look-alikes fixed. */
export function titleKey(s: string): string {
  let out = ''
  for (const ch of s.normalize('NFKC')) {
    if (/[\s\p{P}\p{S}0-9A-Za-z]/u.test(ch) && !'（）()'.includes(ch)) continue
    if ('（）()'.includes(ch)) continue
    // (the radical 丶 a scan's reading gives for the enumeration comma: 查封丶扣押决定书 is 查封、扣押决定书)
    if (ch === '丶') continue
    out += OCR_FIX[ch] ?? ch
  }
  return out
}

interface AliasKey {
  type: DocType
  alias: string
  key: string
}
const ALIAS_KEYS: AliasKey[] = (Object.entries(DOC_TYPE_ALIASES) as [DocType, string[]][])
  .flatMap(([type, aliases]) => aliases.map((alias) => ({ type, alias, key: titleKey(alias) })))
  .sort((a, b) => b.key.length - a.key.length)

/**
 * The document a phrase names (送达文书名称及文号：行政处罚事先告知书（…〔2024〕58号） → 行政处罚事先告知书): the longest
 * title of any type found inside it, or null. Used for what a 送达回证 served.
 */
export function docTypeNamed(phrase: string): DocType | null {
  const key = titleKey(phrase)
  for (const a of ALIAS_KEYS) if (a.key.length >= 4 && a.type !== '送达回证' && key.includes(a.key)) return a.type
  return null
}

export interface TitleMatch {
  type: DocType
  /** The alias matched. */
  alias: string
  /** 0–1. */
  confidence: number
}

/** The end of a business's name (某某超市有限公司, 某某便利店, 某某诊所). */
const PARTY_TAIL = /(?:公司|厂|店|超市|合作社|经营部|商行|门市部|诊所|医院|药房|酒店|宾馆|网吧|工作室|加工坊|养殖场)$/
/** Words before a title that are an agency or place name (上海市市场监督管理局 / XX县), not part of the title. */
// (…or a province's name, before the forms a province prints: 安徽省非税收入一般缴款书)
const AGENCY_TAIL = /(局|委员会|委|厅|署|办公室|大队|支队|中队|所|站|中心|政府|部门|管理处|省|自治区)$/
/**
 * Qualifiers a form's title may start with (行政处罚案件立案审批表, 重大案件集体讨论记录), after its sector's name where
 * the template prints one (统计违法案件结案审批表, 统计执法现场检查笔录, 林业行政案件…).
 */
// (…or the inspection a sector names its forms after: 劳动保障监察结案审批表, 卫生监督意见书's 卫生监督)
const TITLE_QUALIFIER = /^(?:[\u4e00-\u9fa5]{2,4}?(?=(?:违法|执法|行政案件)))?(?:违法|行政处罚|行政执法|行政|案件|当场|重大|一般|简易|普通|执法|劳动保障监察|卫生监督|安全生产|税务稽查|税务|稽查|政府采购)+$/
/** A series heading a template prints before the title (煤矿安全监管行政执法文书 行政处罚决定书). */
const SERIES_HEADING = /[\u4e00-\u9fa5]{2,20}执法文书$/

/**
 * Classify a line as a document title. The line must end with the title (an agency name may come first);
 * near-misses within the OCR noise budget still match, with lower confidence.
 */
export function classifyTitle(line: string): TitleMatch | null {
  // a web page's link to another page (上一篇：某局行政处罚决定书（某罚〔2024〕2号）) names that page, not this text's title
  if (NAVIGATION.test(line)) return null
  // a line ending in an enumeration comma or a comma is an item of a sentence's list the page's width wrapped (…以上事实有
  // / 现场勘验笔录、询问笔录…), not a title
  if (/[、，,；;]\s*$/.test(line)) return null
  // a bare form's name with what it approves in brackets (审批表（行政处罚决定）, a 卷内目录's entry): that form of that matter
  const form = /^\s*(审\s?批\s?表|呈\s?批\s?表|审\s?批\s?单|报\s?批\s?表|审\s?核\s?表)\s*[（(]([^（）()]{2,12})[)）]\s*$/.exec(line.normalize('NFKC'))
  if (form) {
    const m = classifyKey(titleKey(form[2] + form[1]))
    if (m && m.confidence >= 0.9) return m
  }
  // a trailing remark in brackets (非税收入一般缴款书（罚没款）, 送达回证（行政处罚决定书）) is not part of the title
  // nor is the party a web page's headline names after it (…责令改正违法行为决定书(遵义高原建筑工程有限公司重庆分公司))
  // (…nor the project a procurement decision names, as 政府采购信息发布管理办法 has it published: 行政处罚决定书（某采购项目）)
  const bare = line.replace(/\s*[（(](?:[^（）()]{1,12}|[^（）()]{2,40}(?:公司|厂|店|中心|合作社|经营部|商行|医院|诊所|药房|站|场|部|社)|[^（）()]{2,60}(?:项目|标段))[)）]\s*$/, '')
  // (…unless the title with its remark is itself listed: 现场笔录（查封） records a seizure, not an inspection)
  const listed = bare !== line ? classifyKey(titleKey(line)) : null
  if (listed && listed.confidence >= 1) return listed
  if (bare !== line && bare.trim() !== '') {
    const m = classifyKey(titleKey(bare))
    if (m && m.confidence >= 0.9) return m
  }
  // a report and the form approving it on one paper (案件调查报告及处理呈批表), or the legal review written under it
  // (案件调查终结报告及法制审核): the report
  const compound = /^(.{4,24}?)及(?:(?:处理|处罚|审批|审核)?(?:意见)?(?:呈批表|审批表|呈报表|审批单)|法制审核(?:意见书?)?)$/.exec(titleKey(line))
  const first = compound ? classifyKey(compound[1]) : null
  if (first && first.confidence >= 0.9 && first.type !== '其他') return { ...first, confidence: Math.min(first.confidence, 0.97) }
  const whole = classifyKey(titleKey(line))
  if (whole && whole.confidence >= 0.9) return whole
  // nor is a remark inside it (现场照片（图片、影像资料）证据 is a 照片证据)
  const inner = line.replace(/[（(][^（）()]{1,16}[)）]/g, '')
  if (inner !== line && inner.trim() !== '') {
    const m = classifyKey(titleKey(inner))
    if (m && m.confidence >= 0.9) return m
  }
  return whole
}

/** The words a web page puts before its links to other pages (上一篇：…), or the bullet of a list of links (相关文章：/ · 某局…). */
export const NAVIGATION = /^[\s\u3000]*(?:[·•▪▸►]|上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|相关(?:文章|阅读|链接|新闻|信息|稿件)|推荐阅读|延伸阅读|热点(?:文章|推荐))/

/**
 * A 公文 title naming its subject after 关于 (某分局关于抽样单…不合格食品核查处置情况的公告): it may run long, and the words
 * before its title are its subject, not a sentence.
 */
export const FORMAL_TITLE = /^[^，。；,]{0,40}?关于/

function classifyKey(key: string): TitleMatch | null {
  if (key.length < 2 || key.length > (FORMAL_TITLE.test(key) ? 90 : 40)) return null
  let best: TitleMatch | null = null
  for (const a of ALIAS_KEYS) {
    if (key.endsWith(a.key)) {
      const extra = key.length - a.key.length
      const head = key.slice(0, extra)
      // an agency name before the title is fine; other words before it make it a sentence, not a title
      // (…nor is the name of the document this one is about: 行政处罚决定书送达公告, 行政处罚决定书送达回证)
      const aboutDocument = a.key.length >= 4 && ALIAS_KEYS.some((b) => b.key.length >= 4 && head.endsWith(b.key))
      // (…nor is the party a web page's headline names before the title: 某某超市有限公司不予行政处罚决定书)
      const party = a.key.length >= 5 && PARTY_TAIL.test(head)
      const conf = extra === 0 ? 1 : /[不准]/.test(head.slice(-2)) ? 0.8 : AGENCY_TAIL.test(head) || TITLE_QUALIFIER.test(head) || extra <= 2 || (FORMAL_TITLE.test(head) && a.key.length >= 4) || aboutDocument ? 0.97 : party ? 0.9 : extra <= 6 ? 0.85 : 0.7
      if (!best || conf > best.confidence || (conf === best.confidence && a.key.length > titleKey(best.alias).length)) best = { type: a.type, alias: a.alias, confidence: conf }
    }
  }
  if (best && best.confidence >= 0.9) return best
  // Fuzzy: compare the alias with the line's tail of about the same length.
  const chars = new Set(key)
  for (const a of ALIAS_KEYS) {
    const L = a.key.length
    if (L < 4) continue
    const budget = L >= 7 ? 2 : 1
    let shared = 0
    for (const ch of a.key) if (chars.has(ch)) shared++
    if (shared < L - budget) continue
    for (let len = L - budget; len <= L + budget; len++) {
      if (len < 3 || len > key.length) continue
      const tail = key.slice(key.length - len)
      const d = editDistance(tail, a.key, budget)
      if (d > budget) continue
      const head = key.slice(0, key.length - len)
      if (head.length > 2 && !AGENCY_TAIL.test(head) && !TITLE_QUALIFIER.test(head) && !SERIES_HEADING.test(head)) continue
      const conf = Math.max(0.5, 0.95 - (0.3 * d) / L - (head.length > 0 ? 0.03 : 0))
      if (!best || conf > best.confidence) best = { type: a.type, alias: a.alias, confidence: conf }
    }
  }
  // Three-character titles (备考表) allow one substitution at the end only when the line is the title alone.
  if (!best && key.length === 3) {
    for (const a of ALIAS_KEYS) if (a.key.length === 3 && a.key.slice(0, 2) === key.slice(0, 2)) return { type: a.type, alias: a.alias, confidence: 0.65 }
  }
  return best && best.confidence >= 0.6 ? best : null
}

/** Field labels and phrases typical of each document's body, for pages whose title OCR could not read. */
const BODY_SIGNS: Partial<Record<DocType, RegExp>> = {
  // (序号 案件名称 被处罚对象名称 … 处罚决定文号 heads a published table of decisions, not the contents of a file)
  卷内目录: /文书名称|页号|序号(?!.*(?:处罚|案件名称|当事人|相对人)).*名称/,
  案件来源登记表: /来源时间|登记人|简要案情|线索来源|案源/,
  立案审批表: /立案日期|承办人意见|审批意见|立案依据|同意立案|建议立案/,
  现场检查笔录: /检查时间|检查地点|被检查(?:单位|人)|检查情况/,
  询问笔录: /询问时间|询问地点|被询问人|询问人|^问[:：]|^答[:：]/,
  证据材料: /复印件|证据名称|^\d+[.、].{2,20}\d+页$/,
  // (…not the opening of a notice or a decision that says the investigation is over: 一案，已经调查终结)
  案件调查终结报告: /调查经过|处理意见|(?<!已经?|现已)调查终结|建议(?:给予|对当事人|作出|予以)/,
  行政处罚事先告知书: /陈述、?申辩的?权利|拟对你|拟作出|拟给予|拟(?:对|给予)(?:你|其|当事人)/,
  陈述申辩笔录: /陈述申辩时间|陈述申辩意见|陈述申辩人/,
  // (委托代理人 alone is no sign: a court's judgment and a review decision list them too)
  听证笔录: /听证时间|听证地点|听证主持人|听证员|案件调查人员|听证结束/,
  法制审核意见书: /审核意见|审核人|审核日期|法制审核/,
  集体讨论记录: /讨论时间|讨论地点|参加人员|讨论内容|讨论意见|结论性意见|列席人员/,
  行政处罚决定书: /本局决定|决定如下|如不服本|申请行政复议|提起行政诉讼|作出如下(?:行政)?处罚|(?<!拟)(?:决定|依法)(?:对|给予)(?:你|其|当事人|该)[^。；]{0,30}(?:罚款|警告|没收)|(?<!拟[^。；，,]{0,12})(?:作出|给予)[^。；]{0,20}罚款[^。；]{0,20}的行政处罚|(?<!拟|建议)依法对(?:其|你|当事人|该)[^。；]{0,20}作出了?(?:如下)?行政处罚决定|(?<!拟|建议)决定给予(?:你|其|当事人|该)[^。；]{0,8}(?:以下|如下)(?:行政)?处罚|(?:处罚)?决定书?文号|违法行为类型|处罚(?:内容|结果|种类|类别)[:：|]/,
  送达回证: /受送达人|送达时间|送达方式|送达地点|送达人/,
  // (an order to correct on its own: 现责令你单位限期整改 / 责令改正的依据 — a decision's own order to correct stands beside
  // its 决定如下 and 复议 lines, which outnumber it)
  责令改正通知书: /责令改正的(?:依据|内容|期限|方式)|(?<!拟)现责令(?:你|其|当事人|该)[^。；]{0,20}(?:改正|整改|停止)|逾期(?:未|不)(?:按要求)?(?:改正|整改|报批)/,
  // (罚款金额 as a receipt's field, not 罚款金额为… in a decision's prose)
  罚没款缴款凭证: /缴款人|缴款日期|罚款金额(?![为是共合]|人民币)|收款单位|缴款码/,
  结案报告: /结案日期|执行情况|结案理由/,
  备考表: /立卷人|本卷情况|立卷时间/,
}

/** The document type a page's body reads as, with the number of lines that say so. */
export function classifyBody(lines: string[]): { type: DocType; score: number } | null {
  const scores = new Map<DocType, number>()
  for (const raw of lines) {
    // a numbered line naming a document (13  送达回证（行政处罚决定书）  复印件) is an entry of the contents
    const entry = /^\s*\d{1,3}\s*[.、]?\s+(\S.*?)(?:\s+\S{0,6})?\s*$/.exec(raw)
    if (entry && classifyTitle(entry[1].replace(/\s+\d+(?:\s*-\s*\d+)?$/, ''))?.confidence! >= 0.9) {
      scores.set('卷内目录', (scores.get('卷内目录') ?? 0) + 1)
      continue
    }
    const l = raw.replace(/\s+/g, '')
    for (const [type, re] of Object.entries(BODY_SIGNS) as [DocType, RegExp][]) if (re.test(l)) scores.set(type, (scores.get(type) ?? 0) + 1)
  }
  // a decision orders the correction too (行政处罚法 第二十八条): its 责令 line does not make it an order of its own
  const order = scores.get('责令改正通知书')
  if (order && (scores.get('行政处罚决定书') ?? 0) >= order) scores.delete('责令改正通知书')
  let best: { type: DocType; score: number } | null = null
  let second = 0
  for (const [type, score] of scores) {
    if (!best || score > best.score) {
      second = best?.score ?? 0
      best = { type, score }
    } else if (score > second) second = score
  }
  if (!best || best.score <= second) return null
  // (a decision whose words decide not to punish — 本局决定对你公司不予行政处罚 — is a 不予行政处罚决定书, whatever its
  // title calls it: a 不予行政处罚告知书 worded as the final decision)
  if (best.type === '行政处罚决定书' && lines.some((l) => DECIDED_NOT_TO_PUNISH.test(l.replace(/\s+/g, '')))) return { type: '不予行政处罚决定书', score: best.score }
  return best
}

const DECIDED_NOT_TO_PUNISH = /(?<!拟|建议|拟作出|拟依法)决定(?:对[^。；，,]{0,30}?)?(?:依法)?不予(?:行政)?处罚/
