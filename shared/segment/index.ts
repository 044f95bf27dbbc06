import type { CaseDocument, DocLine, DocType, Page } from '../types'
import { PROSE_DOC_TYPES } from '../types/documents'
import { classifyBody, classifyTitle, FORMAL_TITLE, NAVIGATION, TITLES_LONGEST_FIRST, titleKey, type TitleMatch } from './doctypes'
import { DISCLOSURE, announcesAttached, readAnnouncement } from './disclosure'
import { simplifyPage, unspacePage } from './script'
import { WRITTEN_DATE } from '../util/written-date'
import { docText, type DocText } from '../extract/text'

export { classifyTitle, docTypeNamed, DOC_TYPE_ALIASES } from './doctypes'

/** How a page looks to the splitter. */
export interface PageView {
  page: Page
  /**
   * The page's lines as the sentences and boxes they print: a line that only wraps at the page's width (a PDF's text
   * layer and OCR break lines so) joined to the next; what the page says, read whole, whatever its width.
   */
  texts: string[]
  /** Title found at the top of the page. */
  title?: TitleMatch & { text: string; line: number }
  /** Page number printed in the header or footer (第2页 / - 2 - / 2/3), and the total when printed. */
  printedNo?: number
  /** Every page number printed on the page (a file's count at the foot, a document's at its head). */
  printedNos?: number[]
  printedOf?: number
}

/** A line that is only a link to an attached file, as a web page lists its attachments: [某决定书.pdf](https://…). */
const ATTACHMENT_LINK = /^[\s\u3000]*(?:\d{1,2}[.、．]\s*)?\[[^\]\n]{1,200}\]\(\s*https?:[^)\s]*\)[\s\u3000]*$/

const RE_PAGE_NO = [
  /第\s*([0-9一二三四五六七八九十]+)\s*页\s*[，,/／]?\s*(?:共\s*([0-9一二三四五六七八九十]+)\s*页)?/,
  /共\s*([0-9]+)\s*页\s*[，,]?\s*第\s*([0-9]+)\s*页/,
  /^\s*[-—－]\s*(\d{1,3})\s*[-—－]\s*$/,
  /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/,
]
const CN_SMALL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const small = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : s.length === 1 ? CN_SMALL[s] : s.length === 2 && s[0] === '十' ? 10 + CN_SMALL[s[1]] : undefined)

export function printedPageNo(lines: string[]): { no: number; of?: number } | undefined {
  return printedPageNos(lines)[0]
}

/**
 * Every page number printed at the page's foot or head, the foot's first: a file's own count at the foot (第 6 页) may
 * stand beside a document's at its head (询问笔录 第3页 共3页).
 */
export function printedPageNos(lines: string[]): { no: number; of?: number }[] {
  const out: { no: number; of?: number }[] = []
  // (the header may be three lines deep: the agency, the title, then （第1页，共2页）)
  const cand = [...lines.slice(-3), ...lines.slice(0, 3)]
  for (const raw of cand) {
    // (…or printed at the end of a header line, set apart by a wide gap: 询问笔录（续页）        第2页 共3页)
    const l = raw.length > 24 ? (/[ \t\u3000]{2,}((?:第\s*\d{1,3}\s*页\s*[，,/／]?\s*(?:共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[，,/／]?\s*第\s*\d{1,3}\s*页))\s*$/.exec(raw)?.[1] ?? raw) : raw
    if (l.length > 24) continue
    for (let k = 0; k < RE_PAGE_NO.length; k++) {
      const m = RE_PAGE_NO[k].exec(l)
      if (!m) continue
      const pn = k === 1 ? { no: Number(m[2]), of: Number(m[1]) } : { no: small(m[1]), of: small(m[2]) }
      if (pn.no !== undefined) {
        out.push(pn as { no: number; of?: number })
        break
      }
    }
  }
  return out
}

/** Header lines that can sit above a title: agency names, case numbers, volume marks, page numbers. */
const HEADER = /(局|委员会|厅|大队|支队|政府|中心|所|站)$|[〔\[【(（]\s*\d{4}|第\s*\d+\s*页|^\s*[-—]\s*\d+\s*[-—]\s*$|正卷|副卷|^\s*\d+\s*$|^\s*编号|^\s*NO|存根|^\s*（?\s*第[一二三四五六七八九十\d]+联/i

/** A title marked as the same document's next page: 询问笔录（续）, 听证笔录(续页), 现场勘验笔录（续表）. */
const CONTINUED_TITLE = /[（(]\s*续\s*(?:页|表)?\s*[)）]|续页\s*$/
/** The project a procurement decision's title names in brackets after it: 行政处罚决定书（某采购项目）. */
const PROJECT_AFTER_TITLE = /\s*[（(][^（）()]{2,60}(?:项目|标段)[)）]\s*$/
/** A line ending inside a number's bracketed year (…处罚字【20), the rest on the next line. */
const YEAR_OPEN_AT_END = /[〔﹝[［【(（]\s*(?:1|2|19|20|19\d|20\d)?\s*$/
const YEAR_NUMBER = /[〔﹝[［【(（]\s*(?:19|20)\d{2}(?:\s*[-－]\s*\d{1,4})?\s*[〕﹞\]］】)）]/
/** The number of a list's item a line opens with (（11）…, 11、…, 11.…), or null. */
function itemNumber(line: string): number | null {
  const m = /^[\s\u3000]*(?:[（(](\d{1,3})[)）]|(\d{1,3})[、.．](?!\d))/.exec(line)
  return m ? Number(m[1] ?? m[2]) : null
}
/** A line that is an agency's name alone (江苏省工商行政管理局, 某区市场监督管理局): the head of a document's heading. */
const AGENCY_LINE = /^[\u4e00-\u9fa5（）()]{4,30}(?:局|委员会|厅|人民政府|大队|支队|分局|总局)$/
const TITLE_WORDS = TITLES_LONGEST_FIRST.filter((a) => a.length >= 3)

/**
 * The title of a line that also carries the document's number, and perhaps the case name after it:
 * 文山市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号), 林业行政处罚决定书 寻林罚决字〔2023〕第95号,
 * 行政处罚决定书湘(岳)文执罚网字〔2021〕第012号. The line is cut after the last title word before the number.
 */
export function titleBeforeNumber(line: string): TitleMatch | null {
  const m = YEAR_NUMBER.exec(line)
  if (!m) return null
  const head = line.slice(0, m.index).replace(/[\s\u3000]+/g, '')
  // (the end of a paper's name a sentence quotes, the line broken inside it: …作出的《劳动保障监察 / 行政处罚决定书》（某罚〔2023〕86号…）)
  if (/^[^《]*》/.test(head)) return null
  for (const w of TITLE_WORDS) {
    const at = head.lastIndexOf(w)
    if (at < 0) continue
    // (a table's column named after the document, 行政处罚决定书文号, with the rows run on after it: no title)
    if (/^(?:文号|文书号|编号)/.test(head.slice(at + w.length))) continue
    const t = classifyTitle(head.slice(0, at + w.length))
    if (t && t.confidence >= 0.9) return t
    // a web page's headline: the party, then the title, then the number (洛阳某水务有限公司行政处罚决定书豫0329环罚决字〔2023〕2号)
    if (t && /(?:公司|厂|店|中心|合作社|经营部|商行|医院|诊所|药房|农场|养殖场)$/.test(head.slice(0, at).replace(/[（(][^（）()]*[)）]$/, ''))) return { ...t, confidence: 0.9 }
    // (…or the matter in a 公文's words: 关于校外培训监管行政处罚决定书 潭县教罚字〔2025〕第2号)
    if (t && /^关于[\u4e00-\u9fa5]{2,30}$/.test(head.slice(0, at))) return { ...t, confidence: 0.9 }
    // (…or the field of the work before the whole title, its number right after it: 校外培训监管行政处罚决定书(济教罚字〔2022〕第1号))
    if (t && t.confidence >= 0.8 && w === '行政处罚决定书' && /^[\u4e00-\u9fa5]{2,8}$/.test(head.slice(0, at))) return { ...t, confidence: 0.9 }
  }
  return null
}

/**
 * A page whose lines break at its width (a PDF's text layer, OCR, a text wrapped at a fixed width): several lines are
 * as wide as the widest. Lines of a web copy or a Word file end where their sentences or boxes end, each its own width.
 */
function wrapsAtWidth(page: Page): boolean {
  // (a line's width in the units a page's text takes: a Chinese character two, a Latin letter, a digit or a space one)
  const units = (t: string) => {
    const s = t.trim()
    return s.length + count(s, /[^\x00-\xff]/g)
  }
  const long = page.lines.map((l) => units(l.text)).filter((u) => u >= 24)
  if (long.length < 3) return false
  const edge = Math.max(...long)
  const atEdge = long.filter((u) => u >= edge * 0.94).length
  return atEdge >= 3 && atEdge >= long.length * 0.25
}

/** The page's text with the lines that only wrap joined (the reader's joined text), when its lines break at its width. */
function wrapJoined(page: Page): DocText | null {
  if (!wrapsAtWidth(page)) return null
  return docText({ lines: page.lines.map((l, line): DocLine => ({ ...l, file: page.file, page: page.page, line })) })
}

/** A line ending on the page's count after a gap: 第 14 页 共 25 页, 第5页. */
const PAGE_COUNT_END = /[ \t\u3000]{2,}第\s*\d{1,3}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,3}\s*页)?\s*$/

/** The lines that only go on with the line before, which the page's width broke (a title never starts there). */
function continuations(dt: DocText | null): Set<number> {
  if (!dt) return new Set()
  const out = new Set<number>()
  dt.starts.forEach((at, i) => {
    // (a running header as wide as the page, 某局行政处罚案卷　　　　第5页, is a line of its own: the title under it is no
    // continuation of it)
    // (…nor is one that ends on the page's count, 某局　　　　第 14 页 共 25 页)
    if (i === 0 || at === 0 || dt.text[at - 1] === '\n' || dt.ends[i - 1] <= dt.starts[i - 1]) return
    const before = dt.text.slice(dt.starts[i - 1], dt.ends[i - 1])
    if (!volumeHeader(before) && !PAGE_COUNT_END.test(before)) out.add(i)
  })
  return out
}

/** Line `i` with the lines that go on with it, as one line. */
function withWraps(page: Page, i: number, wrapped: Set<number>): string {
  let whole = page.lines[i].text.trim()
  for (let k = i + 1; wrapped.has(k) && whole.length < 120; k++) whole += page.lines[k].text.trim()
  return whole
}

/** A row of a list or of the contents, its number a cell of its own: 20 执法大队 结案报告, |11 听证告知书 丨2024年9月26日. */
const NUMBERED_ROW = /^\s*[|｜│┃丨]?\s*\d{1,3}(?:[ \t\u3000]+|\s*[|｜│┃丨]\s*)[\u4e00-\u9fa5]/
/** A contents' row's date and the page or pages its paper takes: 2024.05.29 20, 2024年6月20日  20-21. */
const DATE_PAGE = '(?:\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)[\\s\\u3000]+\\d{1,3}(?:\\s{0,2}[-—~～]\\s{0,2}\\d{1,3})?\\s*$'
/** …on a line of their own. */
const DATE_AND_PAGE = new RegExp(`^\\s*${DATE_PAGE}`)
/** …ending a row a scan's reading broke inside its title (… 行政处罚告知书) 2024.06.11 17). */
const CONTENTS_TAIL = new RegExp(`[\\s\\u3000)）]${DATE_PAGE}`)
/**
 * A line that is part of a contents' row and no title: a numbered row (20 执法大队 结案报告), a row's end with the paper's date
 * and page, or a row whose number the reading ran onto its title, its date and page on the next line (11法制审核意见书 /
 * 2024.05.29 20).
 */
const contentsRowPart = (t: string, next: string | undefined) =>
  NUMBERED_ROW.test(t) || CONTENTS_TAIL.test(t) || (/^\s*\d{1,3}[\u4e00-\u9fa5]/.test(t) && DATE_AND_PAGE.test(next ?? ''))
/** A ruled contents' row, its number the first cell: │15  │案件集体讨论记录  │2025.04.29│44-46│ */
const CONTENTS_ROW = /^[│|┃｜]?\s*\d{1,3}\s*[│|┃｜]/

/**
 * A page number printed after a title, a gap or a space before it (询问笔录 第2页 共2页, 询 问 笔 录      第1页/共2页), or
 * glued to it where a scan's reading lost the gap (行政处罚决定书第1页共2页).
 */
const PAGE_AFTER_TITLE = /(?<=\S)[ \t\u3000]*[（(]?\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*页\s*[，,/／]?\s*(?:共\s*[0-9一二三四五六七八九十]{1,3}\s*页)?\s*[)）]?$/
/** The case's number printed before a title as a running header, a wide gap between: 津沽文旅立〔2024〕11号        询问笔录. */
const NUMBER_BEFORE_TITLE = /^[^\s〔[【(（]{1,16}[〔[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*[\dA-Za-z-]{1,8}\s*号[ \t\u3000]{2,}(?=\S)/

/** Words that make a line a sentence telling of a paper, not its title: a whole day, the agency speaking of itself. */
const TELLS_OF = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^(?:我|本)(?:局|机关|委|厅|院)/
/** …or, before a paper's number, the act that made or served it: 作出穗环（番）罚告〔2023〕38号. */
const ACT_BEFORE_NUMBER = /(?:作出|送达|下达|制作|出具)了?\s*\S{0,20}$/

/** The page's number in a running header over a case file's pages: 第9页, —9—, - 9 -, 9/21. */
const VOLUME_PAGE = /第\s*[0-9一二三四五六七八九十]+\s*页|[-—－]{1,2}\s*\d{1,3}\s*[-—－]{1,2}\s*$|\s\d{1,3}\s*[/／]\s*\d{1,3}\s*$/
/** A page's number alone on a line, in dashes or bare as a scan reads them: —17—, -16, —17-, 8. */
const DASHED_NUMBER_LINE = /^\s*[-—－]{0,2}\s*\d{1,3}\s*[-—－]{0,2}\s*$/
/**
 * A running header naming the volume with the page's number: 某局行政处罚案卷　　　第9页, …案卷　　—1— (or, where a scan's
 * reading put the number on the next line, 某局行政处罚案卷 / -16).
 */
function volumeHeader(line: string, next = ''): boolean {
  // (…or its bare number set apart by a wide gap: 某局林业行政处罚案卷　　　　　　2)
  // (…or 第 and the number with the 页 a scan's reading lost or set on the next line: 某局行政处罚案卷 第10)
  if (/(?:案卷|卷宗)(?:[ \t\u3000]{2,}\d{1,3}|[ \t\u3000]*第\s*\d{0,3})\s*页?\s*$/.test(line)) return true
  const page = VOLUME_PAGE.exec(line)
  if (page) return /案卷|卷宗/.test(line.slice(0, page.index))
  return /(?:案卷|卷宗)\s*$/.test(line) && DASHED_NUMBER_LINE.test(next)
}
/** What a sentence says a paper it names says (…决定书某罚〔2020〕34号指出／显示／载明): the paper is quoted, not the page's title. */
const QUOTED_PAPER = /^\s*(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）])?\s*[)）]?\s*(?:中|里)?(?:显示|指出|载明|写明|写道|认定|称)/
/** Whether the number whose year stands at `at` in t is followed by what the paper says (a quoted paper). */
const quotedAt = (t: string, at: number) => QUOTED_PAPER.test(t.slice(at).replace(/^[^号號]{0,16}[号號]/, ''))
/**
 * Title at the top of a page: the first line (of the first few) that reads as a document title. Lines above it may be
 * an agency name, a number, or a web page's own header (the site, the agency, dates, the case's headline); the search
 * stops at the first line of prose.
 */
export function findTitle(page: Page, joined = wrapJoined(page)): PageView['title'] {
  let seen = 0
  const wrapped = continuations(joined)
  for (let i = 0; i < page.lines.length && seen < 12; i++) {
    const raw = page.lines[i].text
    if (raw.trim() === '' || wrapped.has(i)) continue
    seen++
    // (a page number printed after the title on its line, 询 问 笔 录        第1页 共2页, and the case's number printed before it as
    // a running header, 津沽文旅立〔2024〕11号        询问笔录, are no part of the title)
    const t = raw.trim().replace(PAGE_AFTER_TITLE, '').replace(NUMBER_BEFORE_TITLE, '')
    // an entry of a list or of the contents, not a title (1 询问笔录, 3、调查询问笔录 in a decision's list of evidence)
    if (/^\d{1,3}\s*[.、]?\s|^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．]/.test(t)) continue
    // (…nor a ruled contents' row whose number is its first cell, on a page the contents ran onto: │15  │案件集体讨论记录  │2025.04.29│44-46│)
    if (CONTENTS_ROW.test(t)) continue
    // (…nor a part of a contents' row a scan's reading broke, on a page the contents ran onto: 13 张俊峰 送达回证（ /
    // 行政处罚告知书) 2024.06.11 17, 11法制审核意见书 / 2024.05.29 20)
    if (contentsRowPart(t, page.lines[i + 1]?.text)) continue
    // (…nor is a line naming a document in 《》: 2.2025年8月28日《某局调查询问笔录》 in a decision's list of evidence)
    // (…unless a title stands before it: a page run into one line, 某局 行政处罚决定书 某罚〔2024〕265号 … 《某局责令改正通知书》)
    if (/《[^》]{0,40}(?:笔录|决定书|告知书|通知书|审批表|报告|回证)》/.test(t)) {
      const head = t.split('《')[0].replace(/[\s\u3000]+/g, '')
      // (…unless the line is a 公文's own title about that document: 关于公告送达《税务行政处罚决定书》的公告)
      if (!TITLE_WORDS.some((w) => head.includes(w)) && !(FORMAL_TITLE.test(head) && /》的?(?:公告|通知)\s*$/.test(t))) continue
    }
    // (a running header naming the volume with the page's number: 某局行政处罚案卷　　　第9页, …案卷　　—1— — over every page,
    // no title)
    if (volumeHeader(raw, page.lines[i + 1]?.text)) continue
    // (…its number a scan's line broke inside the year: 某局行政处罚决定书某字【20 / 18］第061号)
    const next = page.lines[i + 1]?.text.trim() ?? ''
    const whole = YEAR_OPEN_AT_END.test(t) && /^\d{0,4}\s*[〕﹞\]］】)）]/.test(next) ? `${t}${next}` : t
    const withNumber = titleBeforeNumber(whole)
    // (…but not a sentence telling of another paper, broken at the page's width after its number: 我局于2023年10月23日
    // 作出穗环（番）罚告〔2023〕38号《行政处罚告知书)
    const yearAt = withNumber ? YEAR_NUMBER.exec(whole)!.index : 0
    const beforeNumber = whole.slice(0, yearAt)
    // (…nor the paper a sentence quotes, its number followed by what it says: 某局行政处罚决定书某罚字〔2020〕34号指出，…)
    if (withNumber && !/[:：。；，,]/.test(beforeNumber) && !TELLS_OF.test(beforeNumber) && !ACT_BEFORE_NUMBER.test(beforeNumber) && !quotedAt(whole, yearAt)) return { ...withNumber, text: t, line: i }
    // (…or the title first on a line a page ran its header into, a gap after it: 行政处罚决定书 发布日期:2022-12-13 信息来源:…)
    const lead = /^([^\s:：。；，,|｜]{4,40})[ \t\u3000]+\S/.exec(t)
    const leadTitle = lead && titleKey(lead[1]).length <= 32 ? classifyTitle(lead[1]) : null
    // (…when the whole line does not read as that title already: 询问笔录 第1页 共2页)
    // (…a web page's headline naming the party before the title, when what follows is the page's furniture: 某建材批发部行政处罚
    // 决定书 时间:2025-09-12 来源:双清区)
    const furniture = leadTitle !== null && leadTitle.confidence >= 0.7 && /^[ \t\u3000]+(?:发布)?(?:时间|日期|来源|作者|浏览|点击|访问)[:：]/.test(t.slice(lead![1].length))
    // (…nor a volume's heading of no kind before the paper's own title: 行政处罚案卷　卷内目录)
    const paperAfter = leadTitle?.type === '其他' && (classifyTitle(t.slice(lead![1].length).trim())?.confidence ?? 0) >= 0.9
    if (leadTitle && (leadTitle.confidence >= 0.9 || furniture) && classifyTitle(t)?.type !== leadTitle.type && !paperAfter) return { ...leadTitle, confidence: Math.min(leadTitle.confidence, 0.9), text: lead![1], line: i }
    // (…after a web page's trail of columns run onto the same line: 您现在的位置:首页 > 正文 行政处罚决定书(信)文综罚字〔2023〕48号)
    const trail = /^.{0,80}[>＞»]\s*(?:正文|详情|内容)?[\s\u3000]+(?=\S)/.exec(t)
    const afterTrail = trail ? t.slice(trail[0].length) : ''
    const trailed = afterTrail ? titleBeforeNumber(afterTrail) : null
    if (trailed && !/[:：。；，,>＞»]/.test(afterTrail.slice(0, YEAR_NUMBER.exec(afterTrail)!.index))) return { ...trailed, confidence: Math.min(trailed.confidence, 0.9), text: afterTrail, line: i }
    // (…but a trail of columns that ends in a column's name, 首页 > 信息公开 > 行政处罚决定书, names the column, not the text)
    if (trail || /[>＞»]\s*[^>＞»\s]+\s*[>＞»]/.test(t)) continue
    // (…or with the party's box run onto it: 某局行政处罚决定书 当事人姓名或者单位名称:某药房)
    const boxed = BOXED_TITLE.exec(t)
    const boxedTitle = boxed ? classifyTitle(boxed[1]) : null
    if (boxedTitle && boxedTitle.confidence >= 0.9) return { ...boxedTitle, confidence: Math.min(boxedTitle.confidence, 0.9), text: boxed![1], line: i }
    // (…or a scan's page run into one line whose number the OCR garbled: the agency, the title, then a space and the rest —
    // 某区市场监督管理局 行政处罚决定书 某市监处罚 E⒛ 23〕 ェ号 当事人 :…)
    const runIn = /^([\u4e00-\u9fa5]{4,30}(?:局|委员会|厅|人民政府|大队|支队|分局))[\s\u3000]+([\u4e00-\u9fa5]{4,16})[\s\u3000]/.exec(t)
    const runInTitle = runIn ? classifyTitle(runIn[2]) : null
    if (runInTitle && runInTitle.confidence >= 0.9) return { ...runInTitle, confidence: Math.min(runInTitle.confidence, 0.9), text: runIn![1] + runIn![2], line: i }
    if (/[。；]\s*$|[，,].*[，,。]/.test(t)) break // prose: the body has begun
    if (/[:：。；，,]/.test(t.replace(/[（(][^）)]*[)）]/g, '')) && !/^\s*[（(]/.test(t)) continue
    // (a title the page's width broke onto the next line: 某分局关于抽样单DC2261010075083 / 9不合格食品核查处置情况的公告)
    if (wrapped.has(i + 1)) {
      const whole = withWraps(page, i, wrapped)
      const wk = titleKey(whole.replace(PROJECT_AFTER_TITLE, ''))
      const m = wk.length <= 32 || (FORMAL_TITLE.test(wk) && wk.length <= 90) ? classifyTitle(whole) : null
      if (m && m.confidence >= 0.9) return { ...m, text: whole, line: i }
    }
    // (a procurement decision's title names its project in brackets after it, however long: 行政处罚决定书（某采购项目）)
    const key = titleKey(t.replace(PROJECT_AFTER_TITLE, ''))
    // (a 公文 title with 关于 may run long)
    const formal = FORMAL_TITLE.test(key)
    // (…but a line that opens a mention of a paper and breaks off before its 》 is a sentence the page's width cut, and so
    // is one that tells a day or the agency's act: 我局于2023年10月23日作出穗环（番）罚告〔2023〕38号《行政处罚告知书)
    if (/《[^》]*$/.test(t) || TELLS_OF.test(t)) continue
    if (key.length >= 2 && (key.length <= 32 || (formal && key.length <= 90))) {
      const m = classifyTitle(t)
      // (…nor a sentence listing the evidence that ends in a paper's name, a decision's second page read on: 上述事实有现场检查
      // （勘验）笔录、现场照片及航拍影像、询问笔录)
      if (m && m.confidence < 0.9 && /^(?:上述|以上|综上|经查|另查|并有|有)/.test(key)) continue
      if (m) return { ...m, text: t, line: i }
      // a title broken over two lines: 行政处罚 / 决定书
      const next = page.lines[i + 1]?.text.trim() ?? ''
      // (…not where the next line is a whole title of its own, under a header: 某局　　行政执法文书 / 结 案 审 批 表)
      if (next && !HEADER.test(t) && titleKey(next).length <= 8 && !/[:：。，]/.test(next) && !((classifyTitle(next)?.confidence ?? 0) >= 0.95)) {
        const m2 = classifyTitle(t + next)
        if (m2 && m2.confidence >= 0.9) return { ...m2, text: t + next, line: i }
      }
    }
    if (!HEADER.test(t) && key.length > 40 && !formal) break // a long line: body text reached
  }
  // A web page's furniture can run long before the document: a line deeper down that carries the agency, the title
  // and the number together (塔城市市场监督管理局行政处罚决定书(公示)塔市市监处罚〔2022〕33号) is the title.
  for (let i = 0, seen = 0; i < page.lines.length && seen < 40; i++) {
    // (…or a page's metadata box holding the title: 标 题: | 同心县综合执法局行政处罚决定书 |, - 标题: 校外培训监管行政处罚决定书(…))
    if (wrapped.has(i)) continue
    // (…the whole title, when the page's width broke it: …决定书(某建筑工程有限公司重庆分 / 公司))
    // (…or its bracket closed on the next line, on a page too short-lined to read as wrapped: …决定书（遵义某建筑工程有 / 限公司重庆分公司))
    const below = page.lines[i + 1]?.text.trim() ?? ''
    const whole = withWraps(page, i, wrapped) + (!wrapped.has(i + 1) && /[（(][^（）()]*$/.test(page.lines[i].text) && /^[^（）()]{1,30}[)）]$/.test(below) ? below : '')
    const t = whole.replace(/^[|｜丨│\s\-－—–•·*]*标\s*题\s*[:：]?\s*[|｜丨│]?\s*([^|｜丨│]+?)\s*[|｜丨│]?\s*$/, '$1')
    if (!t || NAVIGATION.test(t) || volumeHeader(t, page.lines[i + 1]?.text)) continue
    seen++
    if (/[《》，,。；]/.test(t)) continue // prose naming a document, not a title
    // (…nor a part of a contents' row, 20 执法大队 结案报告)
    if (contentsRowPart(t, page.lines[i + 1]?.text)) continue
    // …or the agency and the title, the party named after it in brackets
    // (重庆市綦江区生态环境局责令改正违法行为决定书(遵义高原建筑工程有限公司重庆分公司))
    const numbered = titleBeforeNumber(t)
    const m = numbered ?? (/[:：]/.test(t) ? null : classifyTitle(t))
    if (!m || m.confidence < 0.9) continue
    // (…or a heading as agencies print it, the agency on the line above and the number on the line below, deeper in a
    // page that opens with something else — an announcement publishing the decision: 竞争执法公告 … / 江苏省工商行政管理局 /
    // 行政处罚决定书 / 苏工商案字【2010】第00037号)
    // (…only at the head of a file, under no other document's title: a page a condensed file runs several papers on, 【违法
    // 行政通知书】 … / 【行政处罚决定书】 某支队 / 行政处罚决定书 / 某罚〔2025〕18号, is not retyped by the last of them)
    if (!numbered && page.page === 1 && titleKey(t) === titleKey(m.alias) && m.confidence >= 0.95 && !page.lines.slice(0, i).some((l) => (classifyTitle(l.text.trim().replace(/^.*?[【[]([^】\]]{2,20})[】\]].*$/, '$1'))?.confidence ?? 0) >= 0.9)) {
      const above = page.lines.slice(0, i).reverse().find((l) => l.text.trim())?.text.trim() ?? ''
      const below = page.lines.slice(i + 1).find((l) => l.text.trim())?.text.trim() ?? ''
      if (AGENCY_LINE.test(above.replace(/[\s\u3000]+/g, '')) && new RegExp(`^[^，。；:：]{0,16}${YEAR_NUMBER.source}[^，。；]{0,12}号`).test(below)) return { ...m, confidence: 0.9, text: t, line: i }
    }
    const head = t.replace(/[\s\u3000]+/g, '').split(m.alias)[0] ?? ''
    // (the agency and the whole title on one line is as sure as a title at the top; a title run into a number less so)
    // (…and so is the title in the page's own 标题 box, its number after it)
    if (/(?:局|委员会|厅|人民政府|大队|支队|分局)$/.test(head.replace(/[（(][^（）()]*[)）]$/, '')) || (t !== whole && numbered)) return { ...m, confidence: Math.min(m.confidence, numbered ? 0.9 : 0.95), text: t, line: i }
  }
  // A page whose header ran into one long line (a site's metadata, then 行政处罚决定书 (新密)文综罚字〔2022〕6号 当事人:…): the
  // title standing on its own between spaces, its number right after it, among the first lines
  for (let i = 0, seen = 0; i < page.lines.length && seen < 3; i++) {
    const t = page.lines[i].text
    if (!t.trim() || wrapped.has(i)) continue
    // (a page's link to another page names that page: 上一篇：某局行政处罚决定书（…号）; a ruled contents' row names a paper of the file)
    // (…nor does a part of a contents' row on a page the contents ran onto)
    if (NAVIGATION.test(t) || CONTENTS_ROW.test(t.trim()) || contentsRowPart(t, page.lines[i + 1]?.text) || volumeHeader(t, page.lines[i + 1]?.text)) continue
    seen++
    const numbers = new RegExp(YEAR_NUMBER.source, 'g')
    for (let n = numbers.exec(t); n && n.index < 400; n = numbers.exec(t)) {
      // (a paper a sentence quotes is no title: …决定书某罚字〔2020〕34号指出，…)
      if (quotedAt(t, n.index)) continue
      const pre = t.slice(Math.max(0, n.index - 60), n.index)
      for (const w of TITLE_WORDS) {
        const at = pre.lastIndexOf(w)
        if (at < 0) continue
        // (the title's own words, from the last space or mark before it; nothing but the number's prefix after it)
        const from = Math.max(...['\u0020', '\u3000', '\t', '|', '｜', ':', '：', '》', '。', '；', '，', ','].map((c) => pre.lastIndexOf(c, at))) + 1
        const words = pre.slice(from, at + w.length)
        const between = pre.slice(at + w.length)
        // (a sentence's words, after its comma, are no header's: …被罚13.8万元,行政处罚决定书皖宿环罚(2024)17号。)
        if (/[。；，,]/.test(pre[from - 1] ?? '')) continue
        if (/《[^》]*$/.test(pre.slice(0, at)) || /[《》，,。；:：]|文号|编号|为|是/.test(between) || between.replace(/\s+/g, '').length > 20) continue
        // (nor an entry of a list, 6.先行登记保存证据通知书及物品清单（…号）, in a decision's evidence)
        if (/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|^\s*[（(]\d{1,2}[)）]/.test(words) || /^\s*(?:及|和|与|、)/.test(between)) continue
        if (/的|了|作出|做出|下达|送达|出具|依据|根据|按照|收到|签收/.test(words)) continue
        const m = classifyTitle(words)
        if (m && m.confidence >= 0.9) return { ...m, confidence: 0.85, text: words, line: i }
        break
      }
    }
    // (…or the title standing between gaps with no number after it: 排序 行政处罚决定书(某建材厂) 当事人:… / | 某局 行政处罚决定书 |)
    const head = t.slice(0, 400)
    for (const g of head.matchAll(/(?<=^|[ \t\u3000|｜]+)([^\s|｜]{4,60})(?=[ \t\u3000|｜]+|$)/g)) {
      const words = g[1]
      // (not an entry of a list: 1.询问笔录; in a decision's evidence; nor a web page's column: 首页 > 信息公开 > 行政处罚决定书)
      if (/[，,。；;:：《》]/.test(words) || /^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])/.test(words) || /《[^》]*$|[>＞»›]\s*$/.test(head.slice(0, g.index))) continue
      if (titleKey(words).length > 32) continue
      const m = classifyTitle(words)
      if (m && m.confidence >= 0.9 && TITLE_WORDS.some((w) => words.includes(w))) return { ...m, confidence: 0.85, text: words, line: i }
    }
  }
  return undefined
}

/** What a document's own number says it is, by the case-type word before the year: 罚告 a notice, 责改 an order, 罚 a decision. */
const NUMBER_KIND: [RegExp, DocType][] = [
  // (中市监罚送告: a notice serving a decision by publication, not the decision)
  [/送告|公告|送达/, '其他'],
  [/不予?(?:行政)?(?:处)?罚|不罚/, '不予行政处罚决定书'],
  [/听告/, '听证告知书'],
  [/听通/, '听证通知书'],
  [/罚告|先告|事告|告字|告知/, '行政处罚事先告知书'],
  [/责改|违改|限改|责令|改字/, '责令改正通知书'],
  [/强制|扣押|查封|封字|扣字/, '行政强制措施决定书'],
  // (罰, 處: the same words printed in traditional characters)
  [/[罚罰]|[处處]字|[处處][决決]/, '行政处罚决定书'],
]
// (brackets as a scan reads them: full-width ［］, an empty pair's two unlike, 〔] or 【〕)
const OWN_NUMBER = /(?:^[\s\u3000•·\-*[\]【】|]*(?:\d{1,2}[、.．]\s?)?[(（]?|(?:发文字号|文\s*号|编\s*号|案\s*号|备注\/文号|决定书文号|文件名称|处罚决定书(?=\s*[:：]))\s*[\]】]?\s*[:：|]?\s*(?:〔〕|[〔【\[［][〕】\]］])?)([\u4e00-\u9fa5A-Za-z0-9()（）]{1,20}?)\s?[〔﹝[【(（［]\s*(?:19|20)\d{2}\s*[〕﹞\]】)）］]/
/** A document's number between spaces inside a line, whole to its 号 (高农罚〔2019〕 007号). */
const RUN_IN_NUMBER = /(?<=[^\s][ \u3000])([\u4e00-\u9fa5A-Za-z0-9()（）]{1,20}?)\s?[〔﹝[【(（]\s*(?:19|20)\d{2}\s*[〕﹞\]】)）]\s*(?:第\s*)?[\dA-Za-z-]{1,8}\s*号(?=[ \u3000]|$)/
/** A customs office speaking as itself (我关, 本关), as a pattern's source: not 关于, 关注, 关心, 关系, 关联, 关切. */
const CUSTOMS_SELF = '[本我]关(?![于注心系联切])'
/** The agency or its officers speaking (本局, 我关) or the party addressed (你, 贵单位): a document of the case, not an account of it. */
const OWN_WORDS = new RegExp(`[本我](?:局|机关|机构|委|厅|大队|支队|队|所|站|中心)|${CUSTOMS_SELF}|你|贵(?:单位|公司)`)
/** A finding in the agency's own words or of a violation (违反了《…》, 本局, 我关). */
const FINDS_OWN = new RegExp(`违反了?《|[本我](?:局|机关)|${CUSTOMS_SELF}`)
/** A text that finds a violation of one provision and penalises under another (违反了《…》…依据《…》): a decision's reasoning. */
function reasonsLikeDecision(lines: string[]): boolean {
  const t = lines.join('')
  // (…or holds the conduct to be an offence in the words customs decisions use: 已构成出口侵犯他人商标专用权货物的行为, 违反海关监管规定)
  return /违反了?《|构成[^。；]{0,30}?(?:违法|违规|侵犯|走私)[^。；]{0,16}?行为|违反海关监管规定/.test(t) && /(?:依据|根据|依照)《/.test(t)
}

/** The party's box a page may run onto the title's or the number's line (当事人:, 被处罚单位:, 行政相对人:), as a pattern's source. */
export const PARTY_BOX = '(?:当\\s?事\\s?人|被处罚(?:人|单位)|受处罚(?:人|单位)|行政相对人)'
/** A title with the party's box run onto its line: 某局行政处罚决定书 当事人姓名或者单位名称:某药房. */
const BOXED_TITLE = new RegExp(`^([^:：。；，,]{4,50}?)[\\s\\u3000]+${PARTY_BOX}[^\\s:：]{0,10}\\s{0,2}[:：]`)

/** A newspaper's own marks (本报讯, 6月27日讯, 记者, 通讯员): a news item, whatever decision number opens a line of it. */
export const NEWS = /据悉|记者|本报讯|网友(?:评论|留言|[:：])|相关新闻|^讯\s|\d{1,2}月\d{1,2}日?讯|通讯员/m
/**
 * An account of a case rather than the document itself: a news item or a published case study (近日…据悉, 基本案情 /
 * 典型意义) tells the violation and the penalty in the same words as a decision, but no decision writes so, nor calls
 * its own agency 该局; a notice that publishes decisions (现将…行政处罚决定书公告如下) is not one of them either. A
 * newspaper's item says so (…7月30日讯, 通讯员, 来源：某日报), a write-up too (以案释法, 【基本案情】), and a bulletin that
 * reports cases (关于…的通报, 关于…的情况报告, 现场检查情况通报, 现将…通报如下, 以案为鉴, 公布5起…), or a notice of how failed samples were handled
 * (不合格食品核查处置情况, 现将…通告如下, or its sections: （一）抽检基本情况 / （二）对企业违法违规行为依法处罚情况 / 产品风险控制),
 * which tells each penalty in a paragraph. An account also tells a court's ruling
 * on the case (某人民法院对…下达了行政裁定书), or dates the penalty the agency, named, gave (2022年5月31日，某局…对当事人作如下处罚):
 * a decision states its own penalty undated, in its own voice. A write-up's numbered headings say so too (四、处理结果,
 * 三、查实情况). No decision speaks to the public either (希望广大群众自觉…, 提醒广大经营者).
 */
/**
 * An agency's report of its year's cases, counting them (共作出行政处罚决定412件), or a note explaining a step taken after a
 * decision, titled 关于…的说明: no decision, though it names one or quotes a published record.
 */
const REPORTED = /(?:作出|办理|查处|立案)[^。\n]{0,12}?(?:行政处罚|案件)[^。\n]{0,6}?\d{2,}\s{0,2}件|^[^。，,\n]{2,40}的说明\s*$/m
const RETOLD = new RegExp(`${NEWS.source}|${REPORTED.source}|(?:^|[。！!])\\s*(?:近日|日前|近期)[，,]?|(?:希望|提醒|呼吁)广大|广大(?:群众|市民|村民|居民|消费者|经营者|商户)(?:朋友)?(?:要|应|务必|自觉|切勿|积极)|典型意义|典型案例|指导案例|案例评析|^\\s*(?:基本)?案情\\s*[:：]\\s*$|决定书》?\\s{0,2}(?:[（(][^（）()\\n]{0,24}[)）])?\\s{0,2}(?:中)?显示|^[^。\\n]{2,40}(?:局|队|所|站|厅|委)对[^。\\n]{2,40}(?:行政)?处罚案\\s*[:：]?\\s*$|(?:官网|网站|政务服务网)公开了?[^。；]{0,30}?决定书|被[^。；]{0,30}罚款\\d|[被经由]该局|该局(?:依法|决定|作出)|(?:决定书|处罚决定)[^。；]{0,6}公告如下|以案释法|案例警示|警示案例|【基本案情】|^[^。\\n]{0,30}(?:案件目录|案件汇总表?|案件一览表?|处罚(?:案件)?(?:信息)?汇总表?)(?:\\s*[（(][^）)\\n]{0,6}[)）]){0,2}(?=\\s*$|[ \\t\\u3000])|通报如下|通告如下|不合格[^。；\\n]{0,12}核查处置|(?:^|[ \\t\\u3000])\\s*[（(]?[一二三四五六七八九十][)）、]\\s*(?:抽检基本情况|对企业违法违规行为(?:依法)?处罚情况|处罚情况|产品风险控制|风险控制情况|风险防控(?:措施|情况)|原因排查(?:及整改情况)?)(?=[ \\t\\u3000]|$)|以案为鉴|公布了?\\s{0,2}[\\d一二三四五六七八九十]+\\s{0,2}起|典型案件|^[^。\\n]{0,40}关于[^。\\n]{2,60}的(?:通报|情况报告)(?=\\s*$|\\s+[-—|｜]\\s|[ \\t\\u3000]{2,})|^[^。，,；\\n]{2,30}(?:通报|简报|工作动态)\\s*$|来源[:：]\\s*[^\\s|]{0,8}(?:日报|晚报|都市报|法治报|法制报|新闻网|新闻|在线|电视台|融媒体中心|网(?=\\s|$))|人民法院[^。；\\n]{0,40}(?:下达|作出)了?[^。；\\n]{0,6}(?:行政)?裁定书|(?:^|[ \\t\\u3000])\\s*[一二三四五六七八九十]{1,2}、\\s*(?:处理结果|查处结果|查实情况|线索来源及描述)(?=[ \\t\\u3000]|$)|\\d{1,2}日[，,]\\s{0,2}[\\u4e00-\\u9fa5]{2,30}(?:局|委员会|厅|大队|支队)[^。；\\n]{0,40}?(?:作出?|给予|处以)了?如下(?:行政)?处罚`, 'm')
/**
 * Another body's document on a penalty: a court's judgment (本院认为, a head line naming the court, the title 行政判决书
 * on its own line, 原告…诉被告…, an appeal's 上诉人（原审原告）… 本院于…受理; a write-up's 判决书字号, 合议庭组成人员,
 * 一审法院, 原告（被上诉人）：) or a review decision (被申请人：…, 复议终结).
 * It quotes the decision's number at a line's start, so it outranks the number's type.
 */
export const OTHER_BODY = /本院(?:认为|受理|依法组成|经审理)|判决书字号|合议庭组成人员|(?:一审|二审)(?:判决书|法院|审结)|^\s*原告\s*[（(](?:被)?上诉人[)）]\s*[:：]|本院于[^。\n]{0,24}受理|依法组成合议庭|向本院提起(?:上诉|诉讼)|^\s*(?:被)?上诉人\s*[（(]原审(?:原告|被告|第三人)|^\s*[\u4e00-\u9fa5]{2,30}人民法院\s*$|^\s*(?:行\s*政\s*|民\s*事\s*|刑\s*事\s*)?(?:判\s*决|裁\s*定)\s*书\s*$|原告[^。\n]{2,60}?诉被告|^\s*被申请人\s*[:：]|复议终结|向本(?:机关|府|委|厅|局)(?:提出|申请)了?行政复议|^\s*审\s*判\s*长|^\s*申请执行人[:：]?\s*[\u4e00-\u9fa5*＊]{2,30}[。，,]?\s*$/m
/**
 * A 行政处理决定 (劳动保障监察, 财政): an order to pay or put right that is no penalty, its addressee 被行政处理人 /
 * 被处理单位 (被处理单位一：… when there are several), its basis 行政处理依据.
 */
const NOT_PENALTY = /^\s*被(?:行政)?处理(?:人|单位)[一二三四五六七八九十\d]{0,2}\s*[:：]|行政处理依据/m
/**
 * Headings and phrases a case study or a report shares with a file's own forms (an 调查终结报告 or 审批表 may tell its
 * 基本案情 too, a 案件来源登记表 that a patrol 查处一起…).
 */
const STUDY_HEADINGS = /基本案情|案情简介|案情介绍|案件处理(?:结果|情况)|查处了?一起|开出[^。\n]{0,12}罚单/
/**
 * What only happens after a decision (the fine paid in full, the case closed, a publicity record's 执行情况 box): a text
 * telling it is an account written later, not the decision — though a 结案报告 tells it too, so it only keeps a text
 * from being typed a decision.
 */
const AFTER_DECISION = /(?:已|足额|全额|按时|及时)(?:将)?(?:缴纳|缴清|缴款|缴付|交纳)了?[^。；]{0,12}罚(?:款|没款)|罚(?:没)?款[^。；]{0,10}(?:已|足额)(?:缴纳|缴清|缴款|交纳|执行到位)|该案(?:已)?(?:办)?结案|执行情况\s*[:：|]/
const DECISION_NUMBER = /[〔\[［【(（]\s{0,2}(?:19|20)\d{2}\s{0,2}[〕\]］】)）]\s{0,2}[\u4e00-\u9fa5]{0,6}?第?\s{0,2}\d{1,15}\s{0,2}号/g
/**
 * A published table of several decisions (a header row naming the number and the party, then rows with two or more
 * different numbers): a list of cases, not one decision — its checks would hold one row's fine to another row's basis.
 */
function listsDecisions(lines: string[]): boolean {
  if (rowsOfNumbers(lines)) return true
  const at = lines.findIndex((l) => DISCLOSURE.header.test(l))
  if (at < 0) return false
  // (the rows after the header, which a page's wrap-joining may have run onto the header's own line)
  const header = DISCLOSURE.header.exec(lines[at])!
  const rows = [lines[at].slice(header.index + header[0].length), ...lines.slice(at + 1)].join('\n')
  const numbers = new Set(rows.match(DECISION_NUMBER)?.map((x) => x.replace(/\s+/g, '')) ?? [])
  return numbers.size >= 2
}

/** A page opening inside a paragraph: its first line a long sentence, not a header, a title or a form's first box. */
/** The last line of the document so far that holds text. */
const lastLine = (cur: CaseDocument) => cur.lines.findLast((l) => l.text.trim())

/** A page's first item numbered next after the last item of the document so far: a list going on. */
function listsOn(cur: CaseDocument, texts: string[]): boolean {
  const first = itemNumber(texts.find((t) => t.trim()) ?? '')
  const last = lastLine(cur)
  return first !== null && !!last && itemNumber(last.text) === first - 1
}

/** The document so far ends on an open clause: its last line ends with a colon, a comma or 、 (以上事实，有以下证据为凭：). */
function leftOpen(cur: CaseDocument): boolean {
  const last = lastLine(cur)
  return !!last && /[:：，,、]\s*$/.test(last.text)
}

/** A box of the party's particulars (统一社会信用代码：, 地址：, 法定代表人：). */
const PARTY_PARTICULAR = /^(?:统一社会信用代码|社会信用代码|身份证(?:件)?(?:号码?|类型及号码)|证件(?:类型及)?号码|地\s*址|住\s*所|住址|经营场所|法定代表人|负责人|经营者|联系电话)[:：]/
/**
 * The party's particulars going on over the next image: the document so far ends in one of its boxes and the page opens
 * with another (…法定代表人：郭某 / 统一社会信用代码：…, 地址：…) — no new paper begins with the party's code.
 */
function partyBoxesOn(cur: CaseDocument, texts: string[]): boolean {
  const last = lastLine(cur)?.text.replace(/[\s\u3000]+/g, '') ?? ''
  const first = texts.find((t) => t.trim())?.replace(/[\s\u3000]+/g, '') ?? ''
  return (PARTY_PARTICULAR.test(last) || new RegExp(`^${PARTY_BOX}[:：]`).test(last)) && PARTY_PARTICULAR.test(first)
}

/**
 * A sentence the sheet's edge broke inside a word: the document so far ends on a line of prose with no stop
 * (…因已售产品款项已全部退还购), and the page opens with the few characters that end it (买者，当事人无违法所得。).
 */
function brokenMidSentence(cur: CaseDocument, texts: string[]): boolean {
  const last = lastLine(cur)?.text.trim() ?? ''
  const first = texts.find((t) => t.trim())?.trim() ?? ''
  return last.length >= 15 && /[\u4e00-\u9fa5]$/.test(last) && /[，,、。；]/.test(last) && /^[\u4e00-\u9fa5]{1,8}[，,、。；]/.test(first)
}

/** A short line ending in a paper's name (…通知书, …协议, …入库单, …核定表, …记录) with no stop in it. */
const PAPER_NAME_END = /^[\u4e00-\u9fa5（）()、]{2,24}(?:书|协议|清单|单|表|报告|记录|笔录|回执|函|证明|情况说明)$/
/**
 * A page's own heading, a paper of no known kind, against the type a contents list puts there: the heading wins unless it
 * ends as the type's name does (询问调查记录 for a 询问笔录's entry is a form of the kind; 涉案物品入库单 is none).
 */
function headDisowns(head: string | null, hint: DocType): boolean {
  if (!head) return false
  const end = (t: string) => /(?:通知书|决定书|告知书|意见书|申请书|协议书?|清单|报告书?|记录|笔录|审批表|登记表|呈批表|回执|回证|函|证明|说明|单|表|书)$/.exec(t)?.[0] ?? t.slice(-2)
  const same = (a: string, b: string) => a === b || ((a === '记录' || a === '笔录') && (b === '记录' || b === '笔录'))
  return !same(end(head), end(hint))
}

/**
 * The title of a paper of no known kind heading a page (one of its first three lines, the agency's name perhaps above it),
 * not marked as going on, not the title of the document before; null when the page has none.
 */
function unknownPaperHead(texts: string[], before: string): string | null {
  const first = texts.map((t) => t.replace(/[\s\u3000]+/g, '')).filter(Boolean).slice(0, 3)
  const t = first.find((l) => PAPER_NAME_END.test(l) && !CONTINUED_TITLE.test(l))
  return t && t !== before.replace(/[\s\u3000]+/g, '') ? t : null
}

function opensInProse(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter(Boolean)
  // (…a character or two of the line before left alone at the page's head, the sentence going on under it: 执 / 照复印件、…)
  const first = /^[\u4e00-\u9fa5]{1,2}$/.test(filled[0] ?? '') && filled[1] ? filled[0] + filled[1] : (filled[0] ?? '')
  return first.length > 20 && /[，。；]/.test(first) && !/^[\u4e00-\u9fa5（）()]{2,12}[:：]/.test(first)
}

/** A document's number as compared (宁环罚〔2024〕41号, spaces and 第 dropped), or null. */
function numberOf(t: string): string | null {
  // (a scan's reading mixes the brackets: 〔2023］)
  const m = /([\u4e00-\u9fa5]{1,12})\s{0,2}[〔﹝[【(（［]\s{0,2}((?:19|20)\d{2})\s{0,2}[〕﹞\]】)）］]\s{0,2}第?\s{0,2}0*(\d{1,8})\s{0,2}号/.exec(t)
  return m ? `${m[1]}〔${m[2]}〕${m[3]}` : null
}

/** A row's field holding the decision's number: 行政处罚决定书文号：, 决定文号：, 处罚决定书文号： at the start of a line. */
const NUMBER_FIELD = /^\s*(?:行政)?(?:处罚)?(?:决定)?(?:书)?文号\s*[:：]/
/**
 * Rows written as blocks of label：value lines, each with its own 行政处罚决定书文号：, two or more numbers among them: a
 * list of decisions (a 公示 of the week's decisions, a 信用修复 notice), whatever its first lines look like.
 * (the field's own value only, the first number after it: a joined line may run on into the facts and their numbers)
 */
function rowsOfNumbers(lines: string[]): boolean {
  const own = new Set(lines.flatMap((l) => (NUMBER_FIELD.test(l) ? (l.match(DECISION_NUMBER) ?? []).slice(0, 1).map((x) => x.replace(/\s+/g, '')) : [])))
  return own.size >= 2
}

/** A numbered case's name on a line of its own (1.某商行发布保健食品违法广告案): two or more make a list of cases. */
const CASE_HEADING = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*[^。；，,\n]{4,60}案\s*$/
function listsCases(lines: string[]): boolean {
  return lines.filter((l) => CASE_HEADING.test(l)).length >= 2
}

/** A text that is none of the agency's penalty papers: an account of a case, another body's document, an order that is no penalty. */
export function retold(lines: string[], asDecision = false): boolean {
  const t = lines.join('\n')
  return RETOLD.test(t) || OTHER_BODY.test(t) || NOT_PENALTY.test(t) || listsDecisions(lines) || listsCases(lines) || toldInThirdPerson(t) || (asDecision && ((STUDY_HEADINGS.test(t) && !signedInOwnVoice(lines)) || AFTER_DECISION.test(t)))
}

/**
 * The penalty told of the party as 该公司 (…对该公司给予共计罚款16000元的行政处罚), or the agency named in full as the subject
 * of sentence after sentence, the agency never speaking as itself (本局, 我局, 本机关) nor to the party (你): an account of
 * the case, not the decision, which addresses its party or speaks in its own voice.
 */
function toldInThirdPerson(t: string): boolean {
  if (OWN_WORDS.test(t)) return false
  // (…or that has the agency, named in full, act again and again: 某市林业局于…接到举报，某市林业局立即安排人员…)
  const agencyActs = t.match(/(?:^|[。；，,\n])\s*[\u4e00-\u9fa5]{2,14}(?:市|县|区|州|旗)[\u4e00-\u9fa5]{2,16}(?:局|委员会|厅|大队|支队)(?:于|立即|随即|依法|对|向|经)/g) ?? []
  return agencyActs.length >= 2 || /对该(?:公司|单位|企业|店|厂|医院|诊所|经营部|超市|药店|场所)[^。；]{0,40}?(?:给予|处以|作出|予以)[^。；]{0,30}?(?:行政)?处罚/.test(t)
}

/**
 * A text in the agency's own voice (我机构, 本局) that ends with its signature (the agency, then the date on the last
 * line): the decision itself, whatever heading (基本案情) opens its account.
 */
const DATE_ALONE = new RegExp(`^${WRITTEN_DATE}$`)
function signedInOwnVoice(lines: string[]): boolean {
  const body = lines.map((l) => l.trim()).filter(Boolean)
  const last = body[body.length - 1] ?? ''
  const before = body[body.length - 2] ?? ''
  return /(?:我|本)(?:局|机关|机构|大队|支队|委|厅)/.test(body.join('')) && DATE_ALONE.test(last) && /(?:局|委员会|厅|大队|支队|人民政府|中心)$/.test(before)
}
function toldAfterDecision(lines: string[]): boolean {
  return AFTER_DECISION.test(lines.join('\n'))
}

/**
 * A decision's body that decides not to penalise: 决定不予行政处罚, or 行政处罚法 第三十三条 applied with its words
 * (依据《中华人民共和国行政处罚法》第三十三条“违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚…).
 */
const NO_PENALTY = /(?<![拟不])(?:决定|依法|予以)不予(?:行政)?处罚|(?:依据|根据|依照)《(?:中华人民共和国)?行政处罚法》第三十三条[^。]{0,60}不予(?:行政)?处罚/
export function decidesNoPenalty(lines: string[]): boolean {
  return NO_PENALTY.test(lines.join('').replace(/\s+/g, ''))
}

/** A finding of a violation with the evidence for it (经查…以上事实有…证据证明…违反了《…》), in no form's boxes. */
function findsWithEvidence(lines: string[]): boolean {
  const t = lines.join('')
  return FINDS_OWN.test(t) && /(?:以上|上述)(?:违法)?事实[^。；]{0,6}(?:有|由)|证据(?:证明|证实|为证)/.test(t) && /经查|查明|经调查|(?:检查|调查)[^。；]{0,10}?发现/.test(t) && !/承办人意见|审批意见|处理意见|调查终结/.test(t)
}
/** A basis followed by a penalty: 依据《…》第六十三条…处罚款 / 给予警告, or by the penalty's list (…的规定，决定处罚如下：). */
const PENALISES = /(?:依据|根据|依照)《[^。；]*?(?:罚款|警告|没收|吊销|(?:决定|作出)[^。；]{0,8}?(?:处罚|处理)?如下)/
/**
 * What only a decision says of its own penalty: the daily surcharge on a fine paid late (到期不缴纳罚款的，每日按罚款数额的
 * 百分之三加处罚款), or its findings and basis set out as boxes (违法事实：… 处罚依据：…).
 */
const DECISION_OWN = /到期不缴纳罚款的[^。；]{0,20}?每日(?:可以)?按罚款数额的百分之三加处罚款|(?:^|\n)\s*违法事实\s*[:：][\s\S]*?处罚依据\s*[:：]/
/**
 * A text that finds a violation and penalises it under a named basis (the statute's quoted words not counted), or that
 * penalises under a named basis in words only a decision uses of itself (a customs decision may find no 违反 in words).
 */
function penalises(lines: string[]): boolean {
  return (reasonsLikeDecision(lines) || DECISION_OWN.test(lines.join('\n'))) && PENALISES.test(lines.join('').replace(/“[^”]*”/g, ''))
}

const count = (t: string, re: RegExp) => t.match(re)?.length ?? 0
/** How a decision names its party: 当事人, 被处罚人 / 被处罚单位 / 被处罚对象, 行政相对人. */
const PARTY_WORD = /当事人|被处罚(?:人|单位|对象)|行政相对人/g
/** The agency speaking as itself (本局, 我街道, 本机关, a customs office's 我关) or to the party (你, 你单位; not 你们, a news item's readers). */
const OWN_VOICE = new RegExp(`[本我](?:局|机关|机构|委|厅|大队|支队|所|站|中心|单位|街道|镇)|${CUSTOMS_SELF}|[本我]关(?=于\\s{0,2}\\d)|你(?:单位|公司|店|厂|社|场|院|部)?(?!们)`, 'g')
/**
 * The case told from outside: the party as 该公司 / 该男子, the penalty in the passive (被…罚款; not 被处罚人, the party's
 * box), the agency named as the one who acts (某市市场监管局执法人员对…, 某大队依法对…).
 */
const OUTSIDE_VOICE = /该(?:公司|店|单位|企业|厂|场所|医院|诊所|超市|酒店|餐厅|药店|经营部|商行|中心|男子|女子|人员|司机|驾驶员|户)|被(?!处罚(?:人|单位|对象|当事人|主体))[^。；，]{0,30}(?:处罚|罚款|处以|查处|立案)|[\u4e00-\u9fa5]{2,14}(?:局|大队|支队|执法队)(?:执法人员|依法|立即|随即)?(?:对|向|于|在)[^。]{0,6}/g

/**
 * A text with no title that is not in a decision's voice: it never names its party as a decision does (当事人) nor speaks
 * as the agency or to the party (本局, 你单位), or it tells the case from outside (该公司, 被…罚款, 某局对…) more often than
 * it does either (the agency's voice counted twice). A news item or a case write-up reads so, whatever words of the
 * decision it repeats; a decision's body, however published, speaks of 当事人 or as the agency. A table is not judged so.
 */
export function toldFromOutside(lines: string[]): boolean {
  // (a table's cells have no voice: a published table of one decision is read by its boxes)
  const filled = lines.filter((l) => l.trim())
  if (filled.filter((l) => /[|｜]/.test(l)).length * 2 >= filled.length) return false
  const t = lines.join('\n')
  const party = count(t, PARTY_WORD)
  const own = count(t, OWN_VOICE)
  return party + own === 0 || party + 2 * own < count(t, OUTSIDE_VOICE)
}

/** A text that opens with the party (当事人：某某 / 某某公司：) and goes on to tell what was found, with no form labels. */
export function partyHeaded(lines: string[]): boolean {
  const head = lines.map((l) => l.trim()).filter(Boolean).slice(0, 4)
  // the party's line among the first lines (a web page may put its location and source above it)
  // (…an addressee ending its line, or followed on the same line by the party's boxes or the first words of the body, where
  // a page ran lines together: 某医院: 统一社会信用代码:…)
  const PARTY_LINE = /^(?:(?:违法)?当\s?事\s?人|被处罚(?:人|单位))\s{0,2}[:：]?|^[^，。,:：]{4,40}(?:公司|厂|店|医院|合作社|经营部|中心|场|站|部|社|矿|馆)\s{0,2}[:：]\s*(?:$|(?:统一社会信用代码|社会信用代码|法定代表人|负责人|经营者|地址|住所|身份证|公民身份号码|你单位|你公司|你\(单位\)|我局|本局|本机关|经查)\s{0,2}[:：,，(]?)/
  if (!head.some((l) => PARTY_LINE.test(l))) return false
  const text = lines.join('\n')
  // (a form's boxes, not the same words inside a sentence or a list: 环境影响报告书、审批意见、排污许可证)
  return /经查|查明|发现|调查|违反了?|涉嫌|违法事实/.test(text) && !/(?:^|\n|[|｜])[ \t\u3000]{0,4}(?:调查经过|承办人意见|处理意见|询问时间|检查时间|立案依据|审批意见)|(?:调查经过|承办人意见|处理意见|询问时间|检查时间|立案依据|审批意见)[ \t\u3000]{0,2}[:：|｜]/.test(text)
}

/** A title phrased as a sentence: 晋江市人力资源和社会保障局关于给予某公司行政处罚的决定. */
const DECISION_SENTENCE = /关于(?:给予|对)?[^，。；]{1,60}?(不予(?:行政)?处罚|不予行政许可|准予行政许可|(?:行政)?处罚)的?决定(?:书)?$/
const SENTENCE_TYPE: [RegExp, DocType][] = [
  [/^不予(?:行政)?处罚$/, '不予行政处罚决定书'],
  [/^不予行政许可$/, '不予行政许可决定书'],
  [/^准予行政许可$/, '准予行政许可决定书'],
]

/**
 * The type a page's text says it is when no title line was read: a sentence-like title (关于给予…行政处罚的决定), or the
 * document's own number standing at the top (濮农(种子)罚〔2022〕8号, [ 发文字号 ] 渝綦江市监处罚〔2025〕63号).
 */
export function typeFromHead(lines: string[]): DocType | null {
  return readHead(lines)?.type ?? null
}

/** typeFromHead, and the sentence-like title it read (a number at the top is no title). */
function readHead(lines: string[]): { type: DocType; title?: string } | null {
  let seen = 0
  for (const raw of lines) {
    const t = raw.trim()
    if (!t) continue
    if (++seen > 25) break
    const sentence = DECISION_SENTENCE.exec(t.replace(/\s+/g, ''))
    if (sentence) return { type: SENTENCE_TYPE.find(([re]) => re.test(sentence[1]))?.[1] ?? '行政处罚决定书', title: t }
    // (…or standing after one space on a line a page ran several lines into — not in a table's row, nor on a file's cover
    // with its number set apart: …假麦种被罚1万元 经营假种子(麦种)案 高农罚〔2019〕 007号 单位:…)
    const m = OWN_NUMBER.exec(t) ?? (/[|｜│]|卷宗|案卷|封面/.test(t) || t.split(/[ \u3000]+/).length < 3 ? null : RUN_IN_NUMBER.exec(t))
    if (!m) continue
    const word = m[1].slice(-6)
    for (const [re, type] of NUMBER_KIND) if (re.test(word)) return { type }
  }
  return null
}

/** Table-of-contents entries (卷内目录): a document title and the page it starts on. */
export function readContents(page: Page): { type: DocType; startPage: number }[] {
  const out: { type: DocType; startPage: number }[] = []
  for (const l of page.lines) {
    const m = /^\s*\d{0,3}[\s.、]*(.+?)[\s.…·]*(\d{1,3})(?:\s*[-—~至]\s*(\d{1,3}))?\s*$/.exec(l.text)
    if (!m) continue
    // (a ruled row's bars are no part of the title: 12 | 审批表（行政处罚决定） | 2023.08.07 | 13)
    const title = m[1].replace(/\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}.*$/, '').replace(/[|｜│]/g, ' ').trim().replace(/[\s.…·]+$/, '')
    const c = classifyTitle(title.replace(/^.*?(?=[\u4e00-\u9fa5]+$)/, ''))
    if (c && c.confidence >= 0.8) out.push({ type: c.type, startPage: Number(m[2]) })
  }
  return out
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '')
}

/** Type from a file name (03_询问笔录(张三).pdf), for one-file-per-document folders whose first page has no title. */
export function typeFromFileName(file: string): TitleMatch | null {
  const name = baseName(file).replace(/[（(][^）)]*[)）]/g, '').replace(/^[\d\s._\-、]+/, '').replace(/[\d\s._-]+$/, '')
  return classifyTitle(name)
}

function appendPage(doc: CaseDocument, page: Page): void {
  const lastPart = doc.parts[doc.parts.length - 1]
  if (lastPart && lastPart.file === page.file) lastPart.pages.push(page.page)
  else doc.parts.push({ file: page.file, pages: [page.page] })
  page.lines.forEach((l, i) => {
    const dl: DocLine = { ...l, file: page.file, page: page.page, line: i }
    doc.lines.push(dl)
  })
}

/** 扫描件_002.jpg right after 扫描件_001.jpg (same stem, the number one higher). */
export function nextInSequence(prevFile: string, file: string): boolean {
  const a = /^(.*?)(\d+)(\D*)$/.exec(baseName(prevFile))
  const b = /^(.*?)(\d+)(\D*)$/.exec(baseName(file))
  if (!a || !b) return false
  const dir = (f: string) => f.replace(/[^\\/]*$/, '')
  return dir(prevFile) === dir(file) && a[1] === b[1] && a[3] === b[3] && Number(b[2]) === Number(a[2]) + 1
}

/**
 * A paper a page gives after telling of it: a line that says the original follows (以下为原文：, 原文如下：, 附原文：), then,
 * within two lines, a title read with certainty (关于某公司的行政处罚决定书). The page is that paper as published.
 */
const ORIGINAL_FOLLOWS = /(?:以下(?:为|是)|下面(?:为|是)|附)?原文(?:如下)?\s*[:：]\s*$/
function givenBelow(texts: string[]): { type: DocType; title: string } | null {
  const at = texts.findIndex((l) => ORIGINAL_FOLLOWS.test(l.trim()))
  if (at < 0) return null
  for (const l of texts.slice(at + 1, at + 4).filter((x) => x.trim()).slice(0, 2)) {
    const t = classifyTitle(l.trim())
    if (t && t.confidence >= 0.9) return { type: t.type, title: l.trim() }
  }
  return null
}

/**
 * The type of a text with no title read, no contents entry and no telling file name: by the words at its head, a
 * published record's boxes, a party-headed body, the forms its body fills; 其他 with none.
 */
function typeByBody(texts: string[]): { type: DocType; confidence: number; title?: string } {
  let type: DocType = '其他'
  let confidence = 0.3
  let title: string | undefined
  const body = classifyBody(texts)
  const read = readHead(texts)
  const head = read?.type ?? null
  // a short text (a published summary, one run-on paragraph) may say what it is only once
  const short = texts.filter((l) => l.trim()).length <= 15
  // (a decision's number heading a publicity record that tells its 执行情况 is that record's, not the decision; nor
  // is a list whose rows each give a decision's number)
  const whole = texts.join('\n')
  // (a page that tells of a paper and then gives it, 以下为原文： and its title on the next line: the paper it gives)
  const original = givenBelow(texts)
  if (original) return { type: original.type, confidence: 0.7, title: original.title }
  if (head && !(head === '行政处罚决定书' && (toldAfterDecision(texts) || rowsOfNumbers(texts))) && !OTHER_BODY.test(whole) && !RETOLD.test(whole)) {
    type = head
    confidence = 0.7
    title = read?.title
  } else if (texts.some((l) => DISCLOSURE.record.test(l)) && !listsDecisions(texts) && !NEWS.test(whole) && !REPORTED.test(whole) && /罚款|警告|没收|吊销|处罚/.test(whole)) {
    // a published record of one penalty (行政相对人名称 / 处罚事由 / 处罚内容 …, as a table or one box per line) stands
    // for the decision it publishes
    type = decidesNoPenalty(texts) ? '不予行政处罚决定书' : '行政处罚决定书'
    confidence = 0.6
  } else if (retold(texts)) {
    // left 其他: its facts are read, but it is not the decision a check would hold to a decision's form
  } else if (partyHeaded(texts) && !retold(texts, true)) {
    // a published decision's body without its title: 当事人：… first, then what was found (its evidence list
    // and findings do not make it a 证据材料 or a 调查终结报告) — unless it only intends a penalty (拟对你单位…)
    // or only orders a correction (现责令你单位…), and tells of no notice served before
    // (a text that names its party 被处罚单位, or an order that speaks of a fine, is the decision)
    const joined = texts.join('')
    // (…or an order whose title, masked or cut, still shows above the party: ****责令改正违法行为****)
    const orderHead = /^[^:：《]{0,30}责令(?:改正|整改|限期)/.test(texts.find((l) => l.trim()) ?? '') && !/处以|并处|罚款\s{0,2}(?:人民币)?\s{0,2}[\d一二三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(joined)
    const notice = orderHead ? '责令改正通知书' : body && (body.type === '行政处罚事先告知书' || (body.type === '责令改正通知书' && !/罚款/.test(joined))) && !/告知书》|送达[^。]{0,20}告知|决定如下|本局决定|如不服本决定|被处罚/.test(joined) ? body.type : null
    type = notice ?? (decidesNoPenalty(texts) ? '不予行政处罚决定书' : '行政处罚决定书')
    confidence = 0.5
  } else if ((body && (body.score >= 2 || (short && body.score >= 1) || (body.type === '行政处罚决定书' && reasonsLikeDecision(texts)))) || (!body && penalises(texts))) {
    // (an evidence list or the fine's amount inside a text that finds a violation and penalises it under a named
    // basis is that decision's, not a 证据材料 or a 缴款凭证 of its own)
    // (…nor is a text that finds a violation and lists the evidence for it, its penalty cut off: 经查…上述事实有以下证据
    // 证明：1.现场检查笔录… 当事人的上述行为违反了《…》)
    const t = !body || ((body.type === '证据材料' || body.type === '罚没款缴款凭证') && (penalises(texts) || findsWithEvidence(texts))) ? '行政处罚决定书' : body.type
    // (a case study told under 基本案情 reads like a decision but is none; a form of the file may use the heading;
    // nor is a text that tells the case from outside, whatever marks of a news item or a write-up it lacks)
    if (t !== '行政处罚决定书' || (!retold(texts, true) && !toldFromOutside(texts))) {
      type = t === '行政处罚决定书' && decidesNoPenalty(texts) ? '不予行政处罚决定书' : t
      confidence = (body?.score ?? 0) >= 2 ? 0.6 : 0.5
    }
  }
  return { type, confidence, title }
}

/**
 * Pages of a case (in filing order) → typed documents.
 *
 * A document starts at a page whose top reads as a title (agency line and OCR noise allowed), unless the printed page
 * numbers show it continues the same document; at a page the 卷内目录 lists as a start; where printed page numbers
 * restart at 1; and at each new file — except the next image of a page-image sequence with no title of its own, which
 * continues. A weakly read title is checked against the page's body (its field labels); a file with no readable title
 * is typed by its name, then by its body. Confidence: 1 for an exact title, lower for fuzzy titles, names and bodies.
 */
export function segmentPages(pages: Page[]): CaseDocument[] {
  // (a page in traditional script is read simplified, a page that spaces out every character is read unspaced)
  const views: PageView[] = pages.map(simplifyPage).map(unspacePage).map((page) => {
    // (the page's wrap-joined text, read once for its title and its body)
    const joined = wrapJoined(page)
    const v: PageView = { page, texts: joined?.text.split('\n') ?? page.lines.map((l) => l.text), title: findTitle(page, joined) }
    // a photocopy of another case's decision filed as evidence (行政处罚决定书（复印件）, the original penalty an 按日连续处罚
    // rests on) is evidence, not this case's decision
    // (…or marked so above its title: （复印件，与原件核对一致。核对人：某  2025年6月17日）)
    const markedCopy = !!v.title && v.title.line > 0 && page.lines.slice(0, v.title.line).some((l) => /^\s*[（(]?\s*复印件[，,、\s]*(?:与原件核对一致|经核对|核对人|[)）])/.test(l.text))
    if (v.title && PROSE_DOC_TYPES.has(v.title.type) && (/[（(]\s*复印件\s*[)）]\s*$/.test(v.title.text) || markedCopy)) v.title = { ...v.title, type: '证据材料' }
    const pns = printedPageNos(page.lines.map((l) => l.text.trim()).filter(Boolean))
    if (pns.length) {
      v.printedNo = pns[0].no
      v.printedOf = pns[0].of
      v.printedNos = pns.map((x) => x.no)
    }
    return v
  })

  // Contents pages give a type per starting page of their file; the offset between the listed and the physical page
  // numbers is the one that agrees best with the titles found.
  const hints = new Map<string, Map<number, DocType>>()
  for (let i = 0; i < views.length; i++) {
    const v = views[i]
    if (v.title?.type !== '卷内目录') continue
    const entries = readContents(v.page)
    if (entries.length < 2) continue
    const file = v.page.file
    const filePages = views.filter((x) => x.page.file === file)
    let bestOff = 0
    let bestScore = -1
    for (let off = -3; off <= 6; off++) {
      let score = 0
      for (const e of entries) {
        const p = filePages.find((x) => x.page.page === e.startPage + off)
        if (p?.title?.type === e.type) score++
      }
      if (score > bestScore) {
        bestScore = score
        bestOff = off
      }
    }
    // (…when some offset agrees with the titles at all well: a text whose pages are not the file's printed pages — each
    // paper typed on a page of its own, whatever the contents count — matches a few by chance, and its hints would mislead)
    const titled = entries.filter((e) => filePages.some((x) => x.title?.type === e.type)).length
    if (bestScore < Math.max(2, Math.ceil(titled * 0.5))) continue
    const map = hints.get(file) ?? new Map<number, DocType>()
    for (const e of entries) map.set(e.startPage + bestOff, e.type)
    hints.set(file, map)
  }

  const docs: CaseDocument[] = []
  // (documents typed by their body alone, by index, with every page's text: one that runs on over several images of a
  // sequence is typed again by all of them — the first image of a decision may hold only its evidence list)
  const byBody = new Set<number>()
  const textsOf = new Map<CaseDocument, string[]>()
  let cur: CaseDocument | null = null
  let prev: PageView | null = null
  for (const v of views) {
    const { page } = v
    const newFile = !prev || prev.page.file !== page.file
    const hint = hints.get(page.file)?.get(page.page)
    let start = false
    let type: DocType = '其他'
    let confidence = 0.3
    // (the page's own title says it goes on the document before: 行政处罚决定书 / 共3页 / 第2页)
    let titledOn = false
    let title = ''
    const texts = v.texts
    // (a heading of a paper of no known kind, weighed below against a contents list's type and a page going on)
    const head = unknownPaperHead(texts, cur?.title ?? '')
    // a weakly read title is checked against what the page's body says — unless the document's own number at the top
    // says the same as the title (a web headline 某公司行政处罚决定书, then 豫0482环罚决字〔2025〕号)
    // (…unless it is marked as the next page of the document before, of its type: 行政复议决定书 (续) 第2 / 页共2页 — a review's
    // second page, whose body revokes a decision, is no decision)
    const goesOn = !!v.title && !!cur && cur.type === v.title.type && CONTINUED_TITLE.test(v.title.text)
    if (v.title && v.title.confidence < 0.95 && !goesOn) {
      const body = classifyBody(texts)
      // (…a decision's first page whose list of evidence names copies — 以上事实，有以下主要证据证明：…提取的营业执照复印件、身份证
      // 复印件 — still reads as the decision its title says)
      const decisionsEvidence = body?.type === '证据材料' && v.title.type === '行政处罚决定书' && (penalises(texts) || /(?:以上|上述)(?:违法)?事实[^。；]{0,10}(?:有|由)[^。；]{0,10}证据/.test(texts.join('')))
      if (body && body.score >= 2 && body.type !== v.title.type && typeFromHead(texts) !== v.title.type && !decisionsEvidence) v.title = { ...v.title, type: body.type, confidence: 0.7 }
    }
    if (newFile && (!v.title || v.title.confidence < 0.95)) {
      const byName = typeFromFileName(page.file)
      if (byName && byName.confidence >= 0.9) v.title = { ...byName, text: v.title?.text ?? baseName(page.file), line: v.title?.line ?? -1, confidence: 0.85 }
    }
    if (!v.title && cur?.type === '卷内目录' && classifyBody(texts)?.type === '卷内目录') {
      // the contents run on to another page
    } else if (!v.title && !newFile && cur && !(v.printedNo !== undefined && prev?.printedNo !== undefined && v.printedNo === prev.printedNo + 1)) {
      // no title read, but the top of the page reads as another document's form
      // (…though questions and answers going on from a page of them are the same record's: a 陈述申辩笔录 or 听证笔录
      // taken as 问：/答： reads like a 询问笔录)
      const top = classifyBody(texts.filter((t) => t.trim()).slice(0, 6))
      const whole = classifyBody(texts)
      const qa = (t: string) => /^\s*[问答]\s*[:：]/.test(t)
      const asksOn = qa(texts.find((t) => t.trim()) ?? '') && cur.lines.some((l) => qa(l.text))
      // (…nor a numbered list going on from the page before — a decision's list of evidence, （10）… / （11）…: its next item)
      if (top && top.score >= 3 && top.type !== cur.type && whole?.type === top.type && !asksOn && !listsOn(cur, texts)) v.title = { type: top.type, alias: top.type, confidence: 0.6, text: '', line: -1 }
    }
    if (v.title) {
      // (…or the same title with the same number as the document's, at the top of its next page: a header printed on
      // every page, 某局行政处罚决定书（某罚〔2023〕23号）)
      // (…or a running header naming the document by its own number, 某局行政处罚决定书（宁环罚〔2024〕41号）, over a
      // document whose first lines print that number under a shorter title)
      // (pages of one paper scanned as a numbered sequence of images, 扫描件_003.jpg then 扫描件_004.jpg, go on as one file does)
      const sameFile = !newFile || (!!prev && nextInSequence(prev.page.file, page.file))
      const sameType = sameFile && !!cur && cur.type === v.title.type
      // (…its number broken over two lines by a scan's reading: 某局行政处罚决定书 遂环罚[2 / 023〕5号)
      const onLine = v.title.line >= 0 ? (page.lines[v.title.line]?.text ?? v.title.text) : v.title.text
      // (…or after the year, its serial broken: 某局行政处罚决定书（美消行罚决字〔2023〕第00 / 93号）)
      const brokenNo = /[〔﹝[【(（]\s*\d{0,3}\s*$/.test(onLine) || (/[〔﹝[【(（]\s*(?:19|20)\d{2}\s*[〕﹞\]】)）]\s*第?\s*\d{0,4}\s*$/.test(onLine) && /^\s*\d{0,4}\s*号/.test(page.lines[v.title.line + 1]?.text ?? ''))
      const headed = brokenNo && (!YEAR_NUMBER.test(v.title.text) || !numberOf(onLine)) ? `${onLine}${page.lines[v.title.line + 1]?.text.trim() ?? ''}` : v.title.text
      const ownNo = sameType ? numberOf(headed) : null
      // (the document's own number under its title, itself broken over two lines by a scan: 美消行罚决字〔2023］第0093 / 号)
      const curHead = cur ? cur.lines.slice(0, 8).map((l) => l.text.trim()) : []
      const sameHeader = sameType && YEAR_NUMBER.test(headed) && (v.title.text.replace(/\s+/g, '') === cur!.title.replace(/\s+/g, '') || (!!ownNo && curHead.some((l, k) => numberOf(l) === ownNo || numberOf(l + (curHead[k + 1] ?? '')) === ownNo)))
      // (…or a header naming the title and a number, the page then going on inside a paragraph — 如对本决定不服，可以… —
      // whatever number it prints: a document does not begin mid-sentence)
      const runningHeader = sameType && v.title.line >= 0 && YEAR_NUMBER.test(v.title.text) && opensInProse(page.lines.slice(v.title.line + 1).map((l) => l.text))
      // (…or the title marked as going on, 询问笔录（续）, 现场勘验笔录(续页): the same record's next page)
      // (…the mark on the title's line beside the title read, 现场笔录 (续) 共2页)
      const titleLine = v.title.line >= 0 ? (page.lines[v.title.line]?.text ?? '') : ''
      const markedOn = sameType && (CONTINUED_TITLE.test(v.title.text) || CONTINUED_TITLE.test(titleLine))
      // (…or a page number that runs on from the page before, whichever count it is: the file's at the foot or the
      // record's at its head, 询问笔录 第3页 共3页)
      const before = prev?.printedNos ?? []
      const runsOn = !!v.printedNos && v.printedNos.some((n) => n > 1 && before.includes(n - 1))
      // (…or a title whose own line counts the page past the first, 津沽文旅立〔2024〕11号    询问笔录 第2页 共2页: a record's
      // later page, whatever the page before printed)
      // (…or on the line under it, where a scan's reading broke the title's line: 现场笔录 (续) 共2页 / 第2页)
      // (…or over two lines there, the reading breaking the count itself or setting its halves a line apart: 第2 / 页 (共2页),
      // 第 / 2页共2页, 共3页 / 第2页)
      const under = page.lines[v.title.line + 1]?.text ?? ''
      const countPart = /^\s*[（(]?\s*(?:第\s*(?:[0-9一二三四五六七八九十]{1,3}\s*(?:页)?)?|共\s*[0-9一二三四五六七八九十]{1,3}\s*页)\s*[)）]?\s*$/.test(under)
      const markLines = v.title.line >= 0 ? `${titleLine}\n${under}${countPart ? `\n${page.lines[v.title.line + 2]?.text ?? ''}` : ''}` : ''
      // (…its count of pages after it, （第2页，共3页）, is no sentence going on)
      const laterPage = sameType && /第\s*(?:[2-9]|[1-9]\d|[二三四五六七八九]|十[一二三四五六七八九]?)\s*页(?!(?![，,/／]?\s*共\s*[\d一二三四五六七八九十]{1,3}\s*页)\S{4})/.test(markLines)
      const continued = (sameType && runsOn) || sameHeader || runningHeader || markedOn || laterPage
      titledOn = continued
      if (!continued) {
        start = true
        type = v.title.type
        confidence = v.title.confidence
        title = v.title.text
        if (hint && hint !== type && v.title.confidence < 0.8 && !headDisowns(head, hint)) {
          type = hint
          confidence = 0.8
        } else if (hint === type) confidence = Math.min(1, confidence + 0.05)
      }
    } else if (hint && !newFile && cur && hint !== cur.type && classifyBody(texts)?.type !== cur.type && !opensInProse(texts) && !headDisowns(head, hint)) {
      // (a contents list's page numbers are the printed ones: a page whose own words read as the document going on — a
      // decision's 救济途径 on a page of its own — or that opens inside a paragraph continues it, whatever the list's
      // numbering lands on)
      start = true
      type = hint
      confidence = 0.75
    } else if (!newFile && v.printedNo === 1 && prev && prev.printedNo !== undefined && (prev.printedOf === undefined || prev.printedNo >= prev.printedOf)) {
      // the printed page numbers restart: a new document whose title was not read (or, headed by a paper of no known kind
      // the contents list's type does not fit, that paper)
      start = true
      const useHint: DocType | null = hint && !headDisowns(head, hint) ? hint : null
      type = useHint ?? '其他'
      confidence = useHint ? 0.75 : 0.3
      if (head && !useHint) title = head
    } else if (!newFile && cur && !(v.printedNo !== undefined && prev?.printedNo !== undefined && v.printedNo === prev.printedNo + 1)) {
      // a page headed by a paper's title of no known kind (产品确认通知书, 扣押物品委托保管协议 under the agency's name): another
      // paper, not the one before going on (whatever the contents list's count of pages, read off a scan, puts there)
      if (head) {
        start = true
        type = '其他'
        confidence = 0.3
        title = head
      }
    }
    // A folder of page images (扫描件_001.jpg, 扫描件_002.jpg…): an untitled page in the next file of the sequence
    // continues the document when its page numbers run on or its body does not read as another document.
    // (…or when it goes on with what the page before left open: a sentence, a list a colon introduced or its next item —
    // a decision's evidence list carried over to the next image is no 证据材料 of its own)
    if (newFile && !start && cur && prev && !hint && !typeFromFileName(page.file) && nextInSequence(prev.page.file, page.file)) {
      const body = classifyBody(page.lines.map((l) => l.text))
      const runsOn = v.printedNo !== undefined && prev.printedNo !== undefined && v.printedNo === prev.printedNo + 1
      const goesOn = leftOpen(cur) || opensInProse(texts) || listsOn(cur, texts) || brokenMidSentence(cur, texts) || partyBoxesOn(cur, texts)
      // (…but an image headed by a paper's title of no known kind is that paper, as a page of a file is, above)
      if (head && !titledOn && !runsOn && !goesOn) {
        start = true
        type = '其他'
        confidence = 0.3
        title = head
      } else if (titledOn || runsOn || goesOn || !body || body.score < 2 || body.type === cur.type) {
        appendPage(cur, page)
        textsOf.get(cur)?.push(...texts)
        prev = v
        continue
      }
    }
    if (newFile && !start) {
      start = true
      const byName = typeFromFileName(page.file)
      if (hint) {
        type = hint
        confidence = 0.75
      } else if (byName) {
        type = byName.type
        confidence = Math.min(0.8, byName.confidence)
        title = baseName(page.file)
      } else {
        const byText = typeByBody(texts)
        type = byText.type
        confidence = byText.confidence
        title = byText.title ?? ''
        byBody.add(docs.length)
      }
    }
    if (start || !cur) {
      cur = { id: String(docs.length), index: docs.length, type, confidence, title, parts: [], lines: [] }
      docs.push(cur)
      if (byBody.has(cur.index)) textsOf.set(cur, [])
    }
    appendPage(cur, page)
    textsOf.get(cur)?.push(...texts)
    prev = v
  }
  for (const [doc, texts] of textsOf) {
    if (doc.parts.length < 2) continue
    const again = typeByBody(texts)
    doc.type = again.type
    doc.confidence = again.confidence
    doc.title = again.title ?? ''
  }
  // A notice's list of attachments that ran over onto a page of its own ([行政处罚决定书（吉市监处〔2022〕11号）.pdf](…)) is the
  // notice's still, not a decision that page starts: each line only a link, after a notice publishing decisions
  const docsBefore = docs.length
  for (let i = docs.length - 1; i > 0; i--) {
    const rest = docs[i].lines.filter((l) => l.text.trim())
    if (!rest.length || !rest.every((l) => ATTACHMENT_LINK.test(l.text)) || readAnnouncement([...docs[i - 1].lines, ...rest]) === null) continue
    docs[i - 1].parts.push(...docs[i].parts)
    docs[i - 1].lines.push(...docs[i].lines)
    docs.splice(i, 1)
  }
  if (docs.length < docsBefore) docs.forEach((d, k) => Object.assign(d, { id: String(k), index: k }))
  // A notice that publishes decisions held in its attachments (…作出行政处罚决定，现予公告。附件：…决定书（…〔2019〕1号）.pdf) is
  // none of them, whatever decision's title or number its attachment's name shows — unless, alone, it publishes one penalty:
  // then, as a 公示 record does, it stands for that decision (its checks know the text is not the decision's)
  for (const doc of docs) {
    const announced = doc.type === '行政处罚决定书' || (doc.type === '其他' && docs.length === 1) ? announcesAttached(doc.lines) : null
    if (announced === 'other' && doc.type === '行政处罚决定书') Object.assign(doc, { type: '其他', confidence: 0.5, title: '' })
    else if (announced === 'one' && docs.length === 1 && doc.type === '其他') Object.assign(doc, { type: '行政处罚决定书', confidence: 0.5, title: '' })
  }
  return docs
}
