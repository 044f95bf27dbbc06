/**
 * Legal citations: 《title》 with 第X条 / 第X条之一 / 第X条第X款 / 第X条第X款第（X）项 (Chinese or Arabic numerals), lists
 * (第十条、第十二条; 第三十四条、三十五条; 第二十六条第三款第二项、第五项), 同法 / 该法 / 本法 back-references, version remarks
 * (《…》(2020年4月29日修订)第一百零二条), and a role (violated / penalty / procedure) from the verb that governs it.
 * Found in one step (`findCitations`), back-references resolved in another (`resolveBackReferences`), as eyecite does.
 * Not citations: standard clauses (GB50140-2005《…》第 6.1.2 条), titles with no article.
 */
import type { Citation, CitationRole } from '../types'
import { parseAnyInt } from './cnnum'
import { fullLawTitle, NATIONAL_LAWS } from './lawtitles'
import { evidenceAt, inRanges, statuteQuotes, type DocText, type Range } from './text'

const N = '(\\d{1,4}|[零〇一二三四五六七八九十百两]{1,8})'
/** An item whose 项 the list after it carries: 第（一）、（五）项, 第（一）（二）项. */
const LISTED_ITEM = `[（(]\\s{0,1}${N}\\s{0,1}[)）](?=\\s{0,1}(?:[、，,和及与或]|或者)?\\s{0,1}第?\\s{0,1}[（(]\\s{0,1}[零〇一二三四五六七八九十\\d]{1,3}\\s{0,1}[)）])`
/**
 * What follows a paragraph or an item whose 款 / 项 the list after it carries: the 、二款 of 第一、二款, the 、二项 of
 * 第一、二项 (第一、第二款 reads each with its own 第).
 */
const listedTail = (unit: '款' | '项') => `\\s{0,1}、\\s{0,1}[零〇一二三四五六七八九十\\d]{1,3}\\s{0,1}${unit}`
const LISTED_PARA_TAIL = listedTail('款')
const LISTED_ITEM_TAIL = listedTail('项')
/** An item: 第三项, 第（三）项, (三)项, or a bracketed numeral straight after the article or paragraph (第一款(一)). */
/** An item's sub-item (第八条第（七）项第3目): read as the item it belongs to. */
const SUB_ITEM = `(?:\\s{0,1}第\\s{0,1}(?:\\d{1,3}|[零〇一二三四五六七八九十]{1,3})\\s{0,1}目)?`
const ITEM = `(?:\\s{0,1}(?:第?\\s{0,1}[（(]?\\s{0,1}${N}\\s{0,1}[)）]?\\s{0,1}项|[（(]\\s{0,1}([零〇一二三四五六七八九十]{1,3})\\s{0,1}[)）](?![\\d零〇一二三四五六七八九十]|\\s{0,1}[章节条款])|第\\s{0,1}${LISTED_ITEM}|第\\s{0,1}${N}(?=${LISTED_ITEM_TAIL}))${SUB_ITEM})?`
// (an article whose 条 the text dropped before 的规定 — 《…》第四十一的规定 — is still that article)
const RE_REF = new RegExp(
  `^(?:第\\s{0,1}${N}\\s{0,1}[章节]\\s{0,1})*第?\\s{0,1}${N}\\s{0,1}(?:条|(?<=第\\s{0,1}[零〇一二三四五六七八九十百]{1,8})(?=的规定|之规定))(?:之\\s{0,1}${N})?(?:\\s{0,1}第\\s{0,1}${N}\\s{0,1}(?:款|(?=${LISTED_PARA_TAIL})))?${ITEM}`,
)
const RE_PARA = new RegExp(`^第\\s{0,1}${N}\\s{0,1}款${ITEM}`)
/** The next paragraph of a list that carries 款 once, without its own 第 (第一、二款: the 二款). */
const RE_LISTED_PARA = new RegExp(`^${N}\\s{0,1}款${ITEM}`)
const RE_LISTED_PARA_NEXT = new RegExp(`^${LISTED_PARA_TAIL}`)
const RE_LISTED_ITEM_NEXT = new RegExp(`^${LISTED_ITEM_TAIL}`)
const RE_ITEM = new RegExp(`^(?:第?\\s{0,1}[（(]?\\s{0,1}${N}\\s{0,1}[)）]?\\s{0,1}项|第?\\s{0,1}${LISTED_ITEM})`)
const RE_SEP = /^\s{0,1}(?:、|，|,|和|及|以及|与|或者|或|并)\s{0,1}/
/** What follows a 款 or 项 of the paper's own list (第二项行为, 第一项违法事实), not of a statute's. */
const OWN_LIST_NOUN = /^\s{0,1}(?:违法)?(?:行为|事实|情形|情节|内容|问题|措施|要求|罚款|处罚)/
const RE_VERSION = /^\s{0,2}[（(][^（）()\n]{0,40}[)）]\s{0,2}/
// (…and an article with no title after a citation: 违反《消防法》第十六条第一款第二项，依据第六十条第一款第一项 — the same law;
// and a national law's title whose 《》 a scan or a table lost: 依据中华人民共和国食品安全法第一百二十四条)
// (…and, last, a national law's short title with no 《》 at all after the same words, as news items and complaints
// write it: 根据行政处罚法第三十二条, 不符合产品质量法第27条)
// (…and the court's interpretation whose own 《》 the writer left out or mistyped around the law it names: 最高人民法院关于执行
// 《中华人民共和国行政诉讼法》若干问题的解释第九十三条, …行政诉讼法﹥若干问题的解释》)
const BARE_NATIONAL = [...NATIONAL_LAWS].filter((t) => t.endsWith('法')).sort((a, b) => b.length - a.length).join('|')
const RE_ANCHOR = new RegExp(
  `《([^《》\\n]{1,80})》+|《([^《》\\n]{1,60}?)(?=第[零〇一二三四五六七八九十百\\d]{1,8}条)|(同法|该法|本法|上述法律|该条例|本条例|同条例)|(?<=[，,；;]\\s{0,2})(依据|根据|依照|按照)(?=\\s{0,2}第[零〇一二三四五六七八九十百\\d]{1,8}条)|(?<=(?:依据|根据|依照|按照|违反了?|适用|处罚依据[:：])\\s{0,2})(中华人民共和国[\\u4e00-\\u9fa5]{2,24}?(?:法|条例))(?=\\s{0,1}第[零〇一二三四五六七八九十百\\d]{1,8}条)|(?<=(?:依据|根据|依照|按照|违反了?|不符合|适用|处罚依据[:：])\\s{0,2})(${BARE_NATIONAL})(?=\\s{0,1}第[零〇一二三四五六七八九十百\\d]{1,8}条)|最(?:高人民|高[*＊]{2}|[*＊]{2,3})法院关于(执行|适用)\\s{0,1}[《〈<]([^《》〈〉<>﹥\\n]{2,30})(?:[》〉>﹥]|u003e)\\s{0,1}若干问题的解释》?\\s{0,1}[:：]?(?=\\s{0,1}第[零〇一二三四五六七八九十百\\d]{1,8}条)`,
  'g',
)

/** A citation before its back-reference is resolved. */
export interface RawCitation extends Citation {
  /** 同法 / 该法 / 本法 …: the law is the one cited before. */
  backRef?: string
  /** Where the back-reference's word stands (the first citation of its list, and those listed after it). */
  backRefAt?: number
  start: number
}

function n(s: string | undefined): number | undefined {
  if (s === undefined) return undefined
  const v = parseAnyInt(s)
  return v === null ? undefined : v
}

// (…and a province's rules of the procedure: 广东省行政处罚听证程序实施办法, 某省行政执法程序规定)
const PROCEDURAL_LAW = /行政处罚法|行政强制法|行政复议法|行政诉讼法|民事诉讼法|程序(?:暂行)?(?:规定|实施办法|办法|规则)|听证(?:程序)?(?:实施)?(?:办法|规则|规定)|行政许可法/
// (…and the steps after a decision that is not carried out: 逾期不履行…将根据《行政处罚法》第五十一条的规定采取措施, 加处罚款)
const PROCEDURAL_WORDS = /告知|陈述|申辩|听证|复议|诉讼|送达|立案|权利|期限|程序|管辖|移送|审核|集体讨论|回避|延期|分期|强制执行|逾期不(?:履行|缴纳|缴)|加处罚款/
const PENALTY_WORDS = /处罚|罚款|给予|没收|责令|警告|吊销|决定|从轻|减轻|从重|不予|处以|并处/

/**
 * A line break that ends a sentence: after its punctuation, or between two boxes of a form, each line opening with its
 * label (拟适用依据：《…》第六十二条 / 经办人意见：建议立案调查…). One after a half sentence (…本局决 / 定对当事人…, …作出如下行政 /
 * 处罚：) is a wrap.
 */
const sentenceBreak = (text: string, i: number) =>
  text[i] === '\n' && (i === 0 || /[。；;：:！!？?]/.test(text[i - 1]) || text[i + 1] === '\n' || (NEXT_BOX.test(text.slice(i + 1, i + 16)) && NEXT_BOX.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))))
/** A form's box opening a line: its label and colon (经办人意见：, 负责人审批意见：). */
// (…not the words of a wrapped sentence that go on with a colon: …第二十条的 / 规定：…)
const NEXT_BOX = /^[ \t\u3000]{0,4}(?![\u4e00-\u9fa5]{0,8}(?:规定|如下|决定|认为)[:：])[\u4e00-\u9fa5]{2,10}[:：]/

export function citationRole(text: string, anchor: number, law: string): CitationRole {
  let a = anchor
  while (a > 0 && !'。；;'.includes(text[a - 1]) && !sentenceBreak(text, a - 1)) a--
  const before = text.slice(a, anchor)
  let b = anchor
  while (b < text.length && !'。；;'.includes(text[b]) && !sentenceBreak(text, b)) b++
  const sentence = text.slice(a, b)
  const vio = Math.max(before.lastIndexOf('违反'), before.lastIndexOf('构成'), before.lastIndexOf('属于'), before.lastIndexOf('违背'))
  const basisM = /(依据|根据|依照|按照|适用|参照)(?!.*(依据|根据|依照|按照|适用|参照))/.exec(before)
  const basis = basisM ? basisM.index : -1
  if (vio > basis) return 'violated'
  if (basis >= 0) {
    if (PROCEDURAL_LAW.test(law) && PROCEDURAL_WORDS.test(sentence)) return 'procedure'
    if (PENALTY_WORDS.test(sentence)) return 'penalty'
    if (PROCEDURAL_WORDS.test(sentence)) return 'procedure'
    return 'other'
  }
  if (PROCEDURAL_LAW.test(law) && PROCEDURAL_WORDS.test(sentence)) return 'procedure'
  return 'other'
}

/** Step 1: every citation as written; back-references keep their word in `backRef`. */
/** Short names a document defines: 《未依法申报经营者集中调查处理暂行办法》（以下简称《暂行办法》） → the full title. */
function definedShortNames(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const re = /《([^《》\n]{2,80})》[^《》。\n]{0,30}?[（(]\s{0,2}(?:以下)?简称\s{0,2}[:：]?\s{0,2}[《“"]?([^《》”"（）()\n]{2,20})[》”"]?\s{0,2}[)）]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) out.set(m[2].replace(/\s+/g, ''), m[1].replace(/\s+/g, ''))
  return out
}

/**
 * A title inside a title whose inner opening mark a scan's reading gave as 《 (《广东省实施《中华人民共和国土地管理法〉办法》): the
 * inner pair is 〈〉, as it closes. One mark for one, so offsets stay those of the text.
 */
const innerTitle = (text: string) => text.replace(/《([^《》〈〉\n]{0,40})《([^《》〈〉\n]{2,40})〉/g, '《$1〈$2〉')
/** A dash typed for 一 in a paragraph or an item (第三条第-款第(五)项): 一, the only numeral it can stand for. One for one. */
const dashForOne = (text: string) => text.replace(/(?<=第\s{0,1})[-－—](?=\s{0,1}[款项])/g, '一')

export function findCitations(dt: DocText, quotes: Range[]): RawCitation[] {
  const text = dashForOne(innerTitle(dt.text))
  const out: RawCitation[] = []
  const short = definedShortNames(text)
  RE_ANCHOR.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE_ANCHOR.exec(text))) {
    const anchor = m.index
    let p = anchor + m[0].length
    let asWritten: string
    let backRef: string | undefined
    let revisedIn: number | undefined
    if (m[1] !== undefined || m[2] !== undefined || m[5] !== undefined || m[6] !== undefined) {
      // (a table's cell rules inside a title a box split: 《中华人民共和国道路|||运输条例》)
      asWritten = (m[1] ?? m[2] ?? m[5] ?? m[6]).replace(/[\s|｜│]+/g, '')
      // a standard's code before the title (GB50140-2005《…》): clause numbers, not statute articles
      if (/(?:GB|DB|HJ|JGJ|GB\/T|DB\d{2})[\w/.-]*\d{2,}[\w.-]*\s?$/i.test(text.slice(Math.max(0, anchor - 20), anchor))) continue
      const v = RE_VERSION.exec(text.slice(p))
      // (a version remark, or the order that issued a rule: 《建筑业企业资质管理规定》(住房城乡建设部令第22号)第二十九条)
      if (v && /修|版|施行|\d{4}|令第|号/.test(v[0])) {
        p += v[0].length
        // (…naming the revision the paper applies: (2022年修订), (2019年第二次修正): the text it reads)
        const year = /((?:19|20)\d{2})\s{0,2}年?[^）)]{0,12}?(?:修订|修正|修改)/.exec(v[0])
        if (year) revisedIn = Number(year[1])
      }
      // (the remark with a bracket lost: 《中华人民共和国土地管理法》2004年修正)第七十条, 《…》2004修正第七十条)
      else {
        const lost = /^\s{0,2}[（(]?\s{0,2}\d{4}\s{0,2}年?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:第[一二三四五六七八九十]次)?(?:修正|修订|修改)(?:版|本)?\s{0,2}[)）]?\s{0,2}(?=第)/.exec(text.slice(p))
        if (lost) p += lost[0].length
      }
      // 《…》（以下简称《暂行办法》）第十三条: the short name's definition stands between the title and its article
      const def = /^\s{0,2}[（(]\s{0,2}(?:以下)?简称[^（）()\n]{0,30}[)）]\s{0,2}/.exec(text.slice(p))
      if (def) p += def[0].length
      // 《…》:第八十九条 — a court record's list of the law applied puts a colon between the title and its articles
      const colon = /^\s{0,1}[:：]\s{0,1}(?=第)/.exec(text.slice(p))
      if (colon) p += colon[0].length
    } else if (m[8] !== undefined) {
      asWritten = `最高人民法院关于${m[7]}〈${m[8].replace(/\s+/g, '')}〉若干问题的解释`
    } else if (m[3] !== undefined) {
      asWritten = m[3]
      backRef = m[3]
    } else {
      // a bare article refers to the law cited just before it in the same sentence (and nothing else came between)
      const prior = out[out.length - 1]
      if (!prior || prior.quoted || anchor - prior.start > 200 || /[。\n]/.test(text.slice(prior.start, anchor))) continue
      asWritten = ''
      backRef = ''
      p = anchor + m[0].length
    }
    const law = backRef !== undefined ? '' : fullLawTitle(short.get(asWritten) ?? asWritten)
    // The article list after the anchor.
    let rest = text.slice(p)
    // a title with no article is a reference, not a citation (《森林法》三十九条: the article may lack its 第 after a title)
    if (!/^\s{0,1}(?:第|[零〇一二三四五六七八九十百]{1,6}条)/.test(rest)) continue
    let article: number | undefined
    let paragraph: number | undefined
    let item: number | undefined
    let sub: number | undefined
    let firstTok = true
    let listedPara = false
    for (let guard = 0; guard < 30; guard++) {
      rest = text.slice(p)
      const lead = /^\s{0,1}/.exec(rest)![0].length
      const r = rest.slice(lead)
      let tokLen = 0
      let mm: RegExpExecArray | null
      if ((mm = RE_REF.exec(r)) && (firstTok || r.startsWith('第') || /^[零〇一二三四五六七八九十百\d]/.test(r))) {
        // An article needs its own 第 unless it follows 、 (第三十四条、三十五条).
        const a = n(mm[2])
        if (a === undefined) break
        article = a
        sub = n(mm[3])
        paragraph = n(mm[4])
        item = n(mm[5] ?? mm[6] ?? mm[7] ?? mm[8])
        tokLen = mm[0].length
      } else if (!firstTok && (mm = RE_PARA.exec(r))) {
        paragraph = n(mm[1])
        item = n(mm[2] ?? mm[3] ?? mm[4] ?? mm[5])
        tokLen = mm[0].length
      } else if (!firstTok && listedPara && (mm = RE_LISTED_PARA.exec(r))) {
        paragraph = n(mm[1])
        item = n(mm[2] ?? mm[3] ?? mm[4] ?? mm[5])
        tokLen = mm[0].length
      } else if (!firstTok && (mm = RE_ITEM.exec(r))) {
        item = n(mm[1] ?? mm[2])
        tokLen = mm[0].length
      } else break
      // (a 款 or 项 after a separator that names the paper's own list, not the statute's: 违反了…第二十二条，第二项行为违反了…)
      if (!firstTok && !RE_REF.test(r) && OWN_LIST_NOUN.test(r.slice(tokLen))) break
      if (/^\s{0,1}\.\d/.test(r.slice(tokLen - 1))) break
      if (article === undefined) break
      const s = firstTok ? anchor : p + lead
      const e = p + lead + tokLen
      const cit: RawCitation = {
        text: text.slice(s, e),
        law,
        // (a short name the document defines, 以下简称《条例》, stands for the title it wrote in the definition)
        lawAsWritten: short.get(asWritten) ?? asWritten,
        article,
        role: 'other',
        evidence: evidenceAt(dt, s, e),
        start: s,
      }
      if (sub !== undefined) cit.articleSub = sub
      if (paragraph !== undefined) cit.paragraph = paragraph
      if (item !== undefined) cit.item = item
      if (backRef !== undefined) {
        cit.backRef = backRef
        cit.backRefAt = anchor
      }
      if (revisedIn !== undefined) cit.revisedIn = revisedIn
      // inside quoted statute text a citation has no role in this case
      if (inRanges(quotes, anchor)) cit.quoted = true
      // (a bare article's role is read with its 依据 before it)
      cit.role = cit.quoted ? 'other' : citationRole(text, backRef === '' ? anchor + m[0].length : anchor, law || asWritten || out[out.length - 1]?.law || '')
      out.push(cit)
      p = e
      firstTok = false
      // the article's text quoted after it (第四十三条“任何单位…”和第四十四条“…”): the list goes on after the quote
      const quoted = /^\s{0,2}(?:的?规定)?[:：]?\s{0,2}“[^“”\n]{1,400}”/.exec(text.slice(p))
      if (quoted && RE_SEP.test(text.slice(p + quoted[0].length))) p += quoted[0].length
      // (…or the article's lead quoted, then the item it cites, quoted too: 第一百零八条“…有下列行为之一的…:”第(一)项“…”)
      // — one citation of the article's item
      else if (quoted && item === undefined) {
        const lead = /^\s{0,1}/.exec(text.slice(p + quoted[0].length))![0].length
        const it = RE_ITEM.exec(text.slice(p + quoted[0].length + lead))
        const k = it ? n(it[1] ?? it[2]) : undefined
        if (it && k !== undefined) {
          cit.item = k
          p += quoted[0].length + lead + it[0].length
        }
      }
      // (第（一）、（五）项 and 第（一）（二）项: the next item in brackets, after a separator or straight after)
      const sep = RE_SEP.exec(text.slice(p))
      const after = text.slice(p + (sep?.[0].length ?? 0))
      const bracketed = /^[（(]\s{0,1}[零〇一二三四五六七八九十\d]{1,3}\s{0,1}[)）]/.test(after)
      if (!sep && !(bracketed && /[)）]$/.test(text.slice(0, p)))) break
      // (第一、二款, 第一、二项: the next paragraph or item carries no 第 of its own)
      listedPara = RE_LISTED_PARA_NEXT.test(text.slice(p))
      const listedItem = RE_LISTED_ITEM_NEXT.test(text.slice(p))
      if (!bracketed && !listedPara && !listedItem && !/^(?:第|[零〇一二三四五六七八九十百]{1,6}条|\d{1,4}条)/.test(after)) break
      p += sep?.[0].length ?? 0
    }
  }
  return out
}

/**
 * The text from a citation up to a later point is the statute set out under it: its 规定： then the statute's own
 * sentences, no new item of the paper's list (2、…) and none of the paper's own voice (本局, 你单位, 综上) between.
 */
function statuteUnderHeading(between: string): boolean {
  const m = /规定\s{0,2}[:：]([\s\S]*)$/.exec(between)
  return !!m && m[1].length <= 400 && !/\n\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/.test(m[1]) && !/本局|本机关|我局|我队|你单位|你公司|你店|综上/.test(m[1])
}

/**
 * For a back-reference written 修订前该法 / 修订后的该法 / 修正前该法: the title of the last law the text before it names
 * as revised (修订后的《某法》, 《某法》（2018年修正）, 《某法》修订前), as written, or null.
 */
function revisedLawBefore(text: string, at: number): string | null {
  if (!/(?:修订|修正|修改)(?:前|后)的?\s{0,2}$/.test(text.slice(Math.max(0, at - 6), at))) return null
  const before = text.slice(Math.max(0, at - 600), at)
  let found: string | null = null
  for (const m of before.matchAll(/(?:修订|修正|修改)(?:前|后)?的?\s{0,2}《([^《》\n]{2,60})》|《([^《》\n]{2,60})》\s{0,2}(?:[（(][^（）()\n]{0,16}?(?:修订|修正)[^（）()\n]{0,4}[)）]|(?:修订|修正)(?:前|后))/g)) found = m[1] ?? m[2]
  return found
}

const BACK_REFERENCE = /^(?:本|该|同|上述|前述)(?:法|条例|规定|办法)?$/

/** A title written as a back-reference (本法, 该法, 同法, 上述法律…): it names the law of a citation before it. */
export function isBackReference(title: string): boolean {
  return BACK_REFERENCE.test(title.replace(/[《》\s]/g, ''))
}

/** Of the laws cited before, the one whose name (without 中华人民共和国) a stretch of text names last, outside 《》; null if none. */
function lawNamedLast(stretch: string, cited: string[]): string | null {
  let best: { law: string; at: number } | null = null
  for (const law of new Set(cited)) {
    const short = law.replace(/^中华人民共和国/, '')
    if (short.length < 3) continue
    let at = stretch.lastIndexOf(short)
    // (a name inside 《》 is the citation's own, counted where that citation stands)
    while (at >= 0 && /《[^》]*$/.test(stretch.slice(0, at))) at = stretch.lastIndexOf(short, at - 1)
    if (at >= 0 && (!best || at > best.at)) best = { law, at }
  }
  return best?.law ?? null
}

/** Step 2: 同法 / 该法 → the law of the citation before; 本法 inside quoted statute text → the law being quoted. */
export function resolveBackReferences(raw: RawCitation[], quotes: Range[], text?: string): Citation[] {
  const out: Citation[] = []
  let lastLaw = ''
  // where the last citation that names its law starts
  let lastStart = -1
  let lastOutside = ''
  for (const c of raw) {
    const { backRef, backRefAt, start, ...cit } = c
    if (backRef !== undefined) {
      let law = lastLaw
      // (本法, 本条例 with no law cited before them name none in the paper's own voice: they are a statute's words quoted
      // without quotation marks — 其中第二十三条规定：违反本条例第十条第（七）项规定… — and have no role in this case; nor do
      // they in the sentence a citation's 规定： opens, the statute's text set out under its heading —《旅游法》第九十五条规定: /
      // 旅行社违反本法规定，未经许可经营本法第二十九条第一款第二项… — though a writer may say 依据本条例第六十三条 of the law
      // cited before)
      const heading = text !== undefined && lastStart >= 0 && statuteUnderHeading(text.slice(lastStart, start))
      if (backRef.startsWith('本') && !cit.quoted && (!lastLaw || heading)) {
        cit.quoted = true
        cit.role = 'other'
      }
      if (backRef.startsWith('本') && cit.quoted) {
        // inside a quotation 本法 is the quoted law: the citation just before the quotation
        const q = quotes.find((r) => start >= r.start && start < r.end)
        const prior = q ? [...raw].reverse().find((r) => r.start < q.start && r.backRef === undefined) : undefined
        law = prior?.law ?? lastOutside
      }
      // (修订前该法 / 修订后该法: the law the text says was revised, 修订后的《某法》自…施行, not the one cited last — which
      // may be the 行政处罚法 whose 第三十七条 chose between the two texts)
      const revised = text !== undefined && !backRef.startsWith('本') ? revisedLawBefore(text, backRefAt ?? start) : null
      if (revised) {
        law = fullLawTitle(revised)
        if (law !== lastLaw) cit.refersTo = revised
      } else if (text !== undefined && !backRef.startsWith('本') && lastStart >= 0) {
        // (…or a law the paper cited before, named bare after the last citation: …依照《行政处罚法》第三十六条第二款、第三十七条
        // 的规定，适用修订后畜牧法；修订前畜牧法第六十二条与修订后第八十二条…，应依同法第八十二条 — 同法 is 畜牧法)
        const named = lawNamedLast(text.slice(lastStart, backRefAt ?? start), out.map((o) => o.law))
        if (named && named !== lastLaw) {
          law = named
          cit.refersTo = out.find((o) => o.law === named && !!o.lawAsWritten && !isBackReference(o.lawAsWritten))?.lawAsWritten ?? named
        }
      }
      cit.law = law || cit.lawAsWritten
      cit.lawAsWritten = backRef
      out.push(cit)
      continue
    }
    lastLaw = cit.law
    lastStart = start
    if (!cit.quoted) lastOutside = cit.law
    out.push(cit)
  }
  return out
}

export function extractCitations(dt: DocText, quotes: Range[] = statuteQuotes(dt.text)): Citation[] {
  return resolveBackReferences(findCitations(dt, quotes), quotes, dt.text)
}
