/**
 * A document's lines joined into one searchable text, with a way back from any offset to the line, page and
 * character span it came from. Normalisation is length-preserving (one char in, one char out) so offsets survive.
 */
import type { CaseDocument, DocLine, Evidence } from '../types'
import { KNOWN_LABELS, isKnownLabel, isLabel } from './labels'
import { escapeRegExp } from '../util/regex'

/** Full-width ASCII → half-width, ideographic space → space, box-drawing bars → |, 〔〕-style brackets kept. Same length as the input. */
export function normalizeChars(s: string): string {
  let out = ''
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    if (ch.length !== 1) out += '?'.repeat(ch.length)
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0) // digits
    else if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) out += String.fromCharCode(c - 0xfee0)
    else if (ch === '\u3000' || ch === '\u00a0') out += ' '
    else if (ch === '：') out += ':'
    else if (ch === '［' || ch === '］' || ch === '｛' || ch === '｝' || ch === '＂') out += String.fromCharCode(c - 0xfee0)
    else if (ch === '．') out += '.'
    else if (ch === '－' || ch === '—' || ch === '–') out += '-'
    else if (ch === '／') out += '/'
    // (a table's box-drawing rule between label and value, 被检查单位　　　│某公司, is the bar a flattened table prints;
    // so is the radical 丨 a scan's reading gives for a table's rule, 丨隆农(农药)罚〔2024〕22号 — no text prints it)
    else if (ch === '│' || ch === '┃' || ch === '║' || ch === '丨') out += '|'
    // (the radical 丶 is the enumeration comma as a scan's reading — ours or a scanner's text layer — gives it:
    // 骆小凤丶祁善禄丶王晨; no text prints it)
    else if (ch === '丶') out += '、'
    else out += ch
  }
  return out
}

export interface DocText {
  /** Normalised lines joined with '\n' (or with nothing where a line only wraps a sentence). */
  text: string
  lines: DocLine[]
  /** Start offset of each line in `text`. */
  starts: number[]
  /** End offset of each line's own text in `text` (before its '\n', if any). */
  ends: number[]
  /** For each offset of `text`, the column in its original line. */
  cols: Int32Array
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
/** Characters that take room on the line (spaces do not count: text layers space out digits). */
const visible = (s: string) => s.replace(/\s+/g, '').length
/** A line ending a sentence, a label, or a document number (…〔2025〕12号) does not wrap into the next. */
const SENTENCE_END = /[。；;：:！!？?]\s*$|[〕\]】]\s*(?:第\s*)?[A-Za-z0-9-]{1,12}\s*号\s*[)）]?\s*$/
const STARTS_BLOCK = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）](?![项款条目])|\d+[.、．]\D|问[:：]|答[:：])/
/** A line of table cells: at least three runs of text set apart by wide gaps. */
const TABLE_ROW = /\S(?:[ \t\u3000]{2,})\S.*?\S(?:[ \t\u3000]{2,})\S/
const PAGE_NO = /^\s*(?:第\s*\d+\s*页.*|[-—]\s*\d+\s*[-—]|\d+\s*\/\s*\d+)\s*$/
/** A bare number on a line of its own: a page's number where it stands last on its page. */
const BARE_NUMBER = /^\s*\d{1,3}\s*$/
/** A line that is a page's number alone (第2页, - 2 -, 2/3, or a bare 2 at the foot): no words of the text. */
export const pageNumberLine = (text: string) => PAGE_NO.test(text) || BARE_NUMBER.test(text)
/** A page's printed mark, as a pattern's source: 第2页/共2页, 第 2 页 共 3 页. */
export const PAGE_OF = '第\\s{0,2}\\d{1,3}\\s{0,2}页(?:\\s{0,2}[/／,，]?\\s{0,2}共\\s{0,2}\\d{1,3}\\s{0,2}页)?'
/** …or set between dashes: — 2 —. */
export const DASHED_PAGE = '[—-]\\s{0,2}\\d{1,3}\\s{0,2}[—-]'

/** A line that opens a new block: a numbered item, a 问/答, a page number, or a form label (案由：…). */
function startsBlock(line: string): boolean {
  if (STARTS_BLOCK.test(line) || PAGE_NO.test(line)) return true
  // an addressee or a label on a line of its own: 某某有限公司： / 当事人： — not the tail of a sentence a scanned page's width
  // broke before its colon (…实施了以下生态环 / 境违法行为：)
  const alone = /^([^，。；,;]{2,40})[:：]\s*$/.exec(line)
  if (alone) return isLabel(alone[1]) || ADDRESSEE_END.test(alone[1].trim()) || /(?:户|[*＊×某]{1,3})$/.test(alone[1].trim()) || alone[1].trim().length <= 4
  const m = /^\s*([\u4e00-\u9fa5][\u4e00-\u9fa5（）()\s]{1,11})[:：]/.exec(line)
  // a bracket opened and not closed (军宁（执法证号：…）) is a value running on from the line before, not a label
  if (m && /[（(][^）)]*$/.test(m[1])) return false
  return m !== null && isLabel(m[1])
}

/**
 * A table row exported with bars between its cells (| 检查人员 | 刘某某 | 执法证号 | 豫41160023015 |) read as the form
 * line it is: a bar after a label's cell with a value after it becomes the label's colon; the other bars stay, as
 * the bounds of cells. So does the one bar of a form ruled between label and value (当事人　　　|某公司).
 * Same length as the input, so offsets and columns survive.
 */
function pipeCells(raw: string, ruled = false): string {
  // (a lone rule right after a label's colon, 当事人：丨杭州某公司 as a scan reads a ruled form, is a gap: a space of the same
  // length; a row of cells, | 文号: | 某罚〔2026〕325号 |, keeps its bars)
  const n = (raw.match(/[|｜]/g)?.length ?? 0) === 1 ? raw.replace(/(?<=[:：]\s{0,3})[|｜](?=\s{0,3}[^|｜\s])/, ' ') : raw
  // (a form ruled with box-drawing bars between label and value, 当事人　　　│某公司 — the │ read as |: the colon too)
  if (!/^\s*[|｜]/.test(n)) {
    if (!ruled) return n
    const m = /^(\s*)([^|｜:：\s]{2,16}?)(\s*)[|｜]\s*([^|｜]+?)\s*$/.exec(n)
    if (!m || !isLabel(m[2]) || isLabel(m[4])) return n
    // (the colon right after the label, the gap after it: the same length)
    const at = m[1].length + m[2].length
    return n.slice(0, at) + ':' + m[3] + n.slice(at + m[3].length + 1)
  }
  const bars = [...n.matchAll(/[|｜]/g)].map((m) => m.index!)
  if (bars.length < 3) return n
  // (a table's header row, its cells all labels — 序号 | 决定书文号 | 当事人名称 | 违法行为 | … — names columns, no values)
  const cells = bars.slice(1).map((p, k) => n.slice(bars[k] + 1, p).trim().replace(/^[[【]\s*|\s*[\]】]$/g, '')).filter(Boolean)
  if (cells.length >= 4 && cells.every((c) => c.length <= 8 && !/\d/.test(c)) && cells.some((c) => isLabel(c))) return n
  const out = n.split('')
  bars.forEach((p, k) => {
    // (a label's cell may bracket it: | [ 发文字号 ] | …)
    const before = k > 0 ? n.slice(bars[k - 1] + 1, p).trim().replace(/^[[【]\s*|\s*[\]】]$/g, '') : ''
    const after = k + 1 < bars.length ? n.slice(p + 1, bars[k + 1]).trim() : ''
    // (not a box heading sub-boxes: | 当事人 | 名称 | 某公司 | — 名称 is the label of the value)
    if (!(before && after && isLabel(before) && !isLabel(after) && !/[:：]$/.test(before))) return
    // (a label padded to its cell's width, | 当事人　　　　| 某公司 |: the colon right after the label, the gap after it,
    // as a form line prints it)
    const cell = n.slice(bars[k - 1] + 1, p)
    const pad = /^(\s*)(\S(?:.*\S)?)(\s+)$/.exec(cell)
    if (pad && pad[2] === before) {
      const at = bars[k - 1] + 1 + pad[1].length + pad[2].length
      out[at] = ':'
      for (let i = at + 1; i <= p; i++) out[i] = ' '
    } else out[p] = ':'
  })
  return out.join('')
}

/**
 * A full-width space a typed text puts between two names or fields (执法人员签名：阿不都热合曼·吐尔逊　刘海燕): a separator
 * as wide as two, not the stray space OCR leaves inside a word — unless the whole line is spaced out so (行　政　处　罚).
 */
function wideSpace(raw: string, i: number): boolean {
  if (raw[i] !== '\u3000') return false
  // (…but not the space that pads a two-character name to the width of three, 苏　敏, between other gaps)
  const gap = (ch: string | undefined) => ch === undefined || /[\s\u3000:：|│]/.test(ch)
  if (gap(raw[i - 2]) && gap(raw[i + 2])) return false
  const han = raw.replace(/[^\u4e00-\u9fff]/g, '').length
  const gaps = (raw.match(/[\u4e00-\u9fff]\u3000(?=[\u4e00-\u9fff])/g) ?? []).length
  return gaps < han / 3
}

/** A field's label and its colon at the start of s (法定代表人（负责人）：), long enough not to be a word's end (名称：). */
function labelAhead(s: string): boolean {
  const m = /^([\u4e00-\u9fa5（）()]{3,14}?)\s{0,2}[:：]/.exec(s)
  if (!m) return false
  const run = m[1].replace(/\(/g, '（').replace(/\)/g, '）')
  // (…or a box's long label that ends as an identity box does, on a page's header run into one line: 顾振存 主体资格证件名称及号码：,
  // 某公司 组织机构代码或身份证号：)
  // (…not a name before a known box: 王 磊（执法证号：, 欧阳 明执法证号：)
  return isKnownLabel(run) || (run.length >= 6 && /^[\u4e00-\u9fa5]+$/.test(run) && COMPOUND_LABEL_END.test(run) && !KNOWN_LABELS.some((k) => run.endsWith(k) && run.length - k.length <= 3))
}
/** How a long identity box's label ends: 名称及号码, 代码或身份证号, 营业执照注册号. */
const COMPOUND_LABEL_END = /(?:名称|号码|证号|身份证号|信用代码|机构代码|注册号|编号)$/

/**
 * The gap after an organisation's full name on a page's header run into one line (…推广中心 昆明市生态环境局 不予…, …有限公司
 * 统一社会信用代码…): two fields, not a stray space inside a word — on a long line that is not spaced out throughout.
 */
function nameEnds(line: string, i: number): boolean {
  // (…on a line run together, or before another box's label and its colon, the gaps a scan narrowed to one space: 当事人：某物流
  // 有限公司 现场指界人：…)
  return /(?:有限公司|有限责任公司|股份公司|集团公司|中心|加油站|生态环境局|监督管理局|人民政府|委员会)$/.test(line.slice(Math.max(0, i - 8), i)) && (runOnLine(line) || /^[一-龥（）()]{2,10}\s{0,2}[:：]/.test(line.slice(i + 1)))
}

/**
 * Where, on a page run into one line, the gap at i stood for a line break the copy lost: before a field's label and its
 * colon (…有限公司 住所：…), before a numbered heading (… 一、违法事实), after a sentence's or a label's end (…。 经查).
 */
function fieldBreak(n: string, i: number, firstBar: number): boolean {
  const j = gapEnd(n, i)
  if (j >= n.length) return false
  const ahead = n.slice(j, j + 48)
  const prev = n[i - 1]
  // (a table's rows run into the line: a break before its first bar and between two rows, | 当事人 | 某公司 | | 法定代表人 |…,
  // none inside a row)
  if (/[|｜]/.test(n[j])) return /[|｜]/.test(prev ?? '') || firstBar === j
  if (/[|｜]/.test(prev ?? '') || insideRow(n, i)) return false
  // (…and before the row's first label when the row opens without a bar: …〔2024〕第36号 行政相对人名称 | 某某 | 文书号 |…)
  const cellLabel = /^([\u4e00-\u9fa5（）()]{2,16}?)\s{0,2}[|｜]/.exec(ahead)
  if (cellLabel && j + cellLabel[0].length - 1 === firstBar && isKnownLabel(cellLabel[1])) return true
  // (…and before a box's label set apart by a gap from its value, after a field that ends in no word: …16:04 被处罚单位 某煤矿)
  const gapped = /^([\u4e00-\u9fa5]{2,12})[ \u3000]{1,4}(?=[\u4e00-\u9fa5A-Za-z0-9])/.exec(ahead)
  if (gapped && isKnownLabel(gapped[1]) && !CJK.test(prev ?? '')) return true
  // (…a short label too, 案号: / 地址:, which on a line of prose may be a word's end but here opens a field)
  const short = /^([\u4e00-\u9fa5]{2})\s{0,2}[:：]/.exec(ahead)
  if (boxAhead(ahead) || (short && isKnownLabel(short[1])) || /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(ahead)) return true
  // (an addressee, or a box's label, its colon and a field after it: …〔2020〕第145号 某机械加工: 统一社会信用代码:…; …鄞州分局
  // 宁波鄞州云峰寺: 我局于…)
  if (namedAhead(n, j) || numberEndsLine(n, i, j)) return true
  return /[。；;]/.test(prev ?? '')
}

/** On a line run on from a page's fields, a box's label standing alone before i (…16:04 被处罚单位 某公司): a gap kept. */
function labelEndsAt(n: string, i: number): boolean {
  const m = /(?:^|[\s|｜])([\u4e00-\u9fa5（）()]{2,12})$/.exec(n.slice(Math.max(0, i - 14), i))
  return !!m && isKnownLabel(m[1])
}

/** Where the run of spaces starting at i ends. */
function gapEnd(n: string, i: number): number {
  let j = i
  while (j < n.length && n[j] === ' ') j++
  return j
}

/** A box's label and its colon at the start of s, written whole or spaced out (法定代表人：, 住   所:). */
const boxAhead = (s: string) => labelAhead(s) || spacedLabelAhead(s)

/** At j, a name or a label, its colon, and after it the line's end, a field's label or the body's first words. */
function namedAhead(n: string, j: number): boolean {
  const named = /^[^\s，,。；;:：|]{2,30}[:：]\s{0,3}/.exec(n.slice(j, j + 40))
  if (!named) return false
  const after = n.slice(j + named[0].length, j + named[0].length + 24)
  // (…or, after a firm's or a body's name, the account's first date: 某集团有限公司: 2017年7月11日，…)
  return !after.trim() || boxAhead(after) || /^(?:我局|本局|本机关|我委|本委|经查|经调查|现查明|你单位|你公司|你[（(]单位[)）])/.test(after) ||
    (ADDRESSEE_END.test(named[0].replace(/[:：]\s*$/, '')) && /^\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月/.test(after))
}

/**
 * The gap after a paper's number or title where a copy ran the addressee on to it (…〔2020〕第145号 某机械加工: /
 * …1号 段宜勇、蒋平娥:): the line break the copy lost.
 */
function addresseeAfterNumber(n: string, i: number): boolean {
  if (!/[号號书)）〕\]]/.test(n[i - 1] ?? '')) return false
  const j = gapEnd(n, i)
  return j < n.length && (namedAhead(n, j) || numberEndsLine(n, i, j))
}

/**
 * The gap at i (the next text at j) after a paper's number, which ends its line there: whatever else a copy ran on to the
 * number — 〔2025〕23号 一、当事人基本信息, 〔2025〕38号 来源:…, 〔2023〕2009号 | 当事人名称 | — but the title or the agency
 * that go with it, 〔2018〕7号 行政处罚事先告知书, 〔2024〕74号 福州市生态环境局, and a sentence it opens, 〔2020〕5号 文件要求….
 */
function numberEndsLine(n: string, i: number, j: number): boolean {
  if (!/[〔〕\[\]【】]\s{0,2}\d{4}\s{0,2}[〕\]】]\s{0,2}第?\s{0,2}\d{1,6}\s{0,2}[号號]$/.test(n.slice(Math.max(0, i - 24), i))) return false
  const ahead = n.slice(j, j + 40)
  return !(
    /^[^\s，,。；:：|]{0,24}?(?:决定书|告知书|通知书|指令书|意见书|笔录|报告|审批表|登记表|回证)/.test(ahead) ||
    /^[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|州|盟|旗)[\u4e00-\u9fa5]{0,20}?(?:局|委员会|委|厅|人民政府|支队|大队)(?:\s|$)/.test(ahead) ||
    /^[\u4e00-\u9fa5]{0,6}?(?:要求|规定|精神|作出|文件|的|中|和|及|等|已|于|对|向)/.test(ahead)
  )
}

/**
 * The gap after an addressee that opens its line, its colon, and a box's label after it (某煤矿: 企业营业执照注册号:…,
 * 某公司： 统一社会信用代码：…): two lines a copy ran together.
 */
function boxAfterAddressee(n: string, i: number): boolean {
  if (!/[:：]/.test(n[i - 1] ?? '')) return false
  const head = n.slice(0, i - 1).trim()
  if (!/^[^\s，,。；;:：|]{4,40}$/.test(head) || isKnownLabel(head) || !ADDRESSEE_END.test(head)) return false
  const ahead = n.slice(gapEnd(n, i), gapEnd(n, i) + 24)
  return boxAhead(ahead) || /^[\u4e00-\u9fa5（）()]{2,14}?(?:注册号|代码|号码|证号)\s{0,2}[:：]/.test(ahead)
}
/** How an addressee's name ends: a firm's or a body's word, or a bracketed note after it. */
const ADDRESSEE_END = /(?:公司|厂|店|中心|合作社|经营部|商行|超市|门市部?|医院|诊所|卫生室|药房|酒店|宾馆|学校|协会|事务所|工作室|市场|煤矿|矿|场|站|社|部|馆|院|所|局|委员会|政府|寺|[)）])$/

/** Whether i stands between two bars of a table's row (| 当事人 | 某公司 法定代表人 |). */
function insideRow(n: string, i: number): boolean {
  const before = n.slice(Math.max(0, i - 60), i)
  const after = n.slice(i, i + 60)
  return /[|｜][^|｜。；]*$/.test(before) && /^[^|｜。；]*[|｜]/.test(after)
}

/** A known label printed with its characters spaced out, and its colon (住   所:, 地　址：). */
function spacedLabelAhead(s: string): boolean {
  const m = /^([\u4e00-\u9fa5](?:\s{1,4}[\u4e00-\u9fa5]){1,4})\s{0,2}[:：]/.exec(s)
  return m !== null && isKnownLabel(m[1])
}

/** A page's header or a whole page run into one long line, not a line spaced out throughout (行 政 处 罚). */
function runOnLine(line: string): boolean {
  const han = line.replace(/[^\u4e00-\u9fff]/g, '').length
  const gaps = (line.match(/[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/g) ?? []).length
  // (…or a page's breadcrumbs, however short: 建设工程教育网 > 资讯中心 > 正文 建市罚字[2012]第21号)
  return (han >= 60 || (line.match(/\s[>＞›»]\s/g) ?? []).length >= 2) && gaps < han / 8
}

/**
 * Where, in [from, to) of the joined text, the single spaces the joining dropped between two Chinese characters fell, on
 * a line run on from a page's fields (…正文 建市罚字[2012]第21号: the space parts two fields there); none where the line
 * is not such a line.
 */
export function droppedGaps(dt: DocText, from: number, to: number): number[] {
  if (!runOnLine(dt.lines[lineAt(dt, from)]?.text ?? '')) return []
  const out: number[] = []
  for (let k = from + 1; k < to; k++) if (dt.cols[k] - dt.cols[k - 1] > 1) out.push(k)
  return out
}

/**
 * Whether a line of the document is a full line of a paragraph, as wide as the page's widest (so that its end may be
 * only where the page's width broke the sentence): by its box against the page's widest line when boxes are known,
 * else by characters.
 */
export function fullLine(doc: Pick<CaseDocument, 'lines'>): (l: DocLine) => boolean {
  const widest = new Map<string, { chars: number; right: number; boxes: boolean }>()
  for (const l of doc.lines) {
    const k = `${l.file}#${l.page}`
    const w = widest.get(k) ?? { chars: 0, right: 0, boxes: true }
    w.chars = Math.max(w.chars, visible(l.text))
    w.right = Math.max(w.right, l.bbox ? l.bbox.x + l.bbox.w : 0)
    if (!l.bbox || !(l.bbox.w > 0)) w.boxes = false
    widest.set(k, w)
  }
  // A box several text rows high is a whole paragraph (DOCX, TXT): its end is a real break, not a visual wrap.
  // (Measured against the page's typical line height: a page may hold a line of small print.)
  const heights = new Map<string, number[]>()
  for (const l of doc.lines) {
    const k = `${l.file}#${l.page}`
    if (l.bbox && l.bbox.h > 0) heights.set(k, [...(heights.get(k) ?? []), l.bbox.h])
  }
  const typical = new Map([...heights].map(([k, hs]) => [k, [...hs].sort((a, b) => a - b)[Math.floor((hs.length - 1) / 2)]]))
  return (l: DocLine) => {
    const t = typical.get(`${l.file}#${l.page}`)
    if (t !== undefined && l.bbox.h > t * 1.6) return false
    const w = widest.get(`${l.file}#${l.page}`)!
    if (w.boxes && w.right > 0) return l.bbox.x + l.bbox.w >= w.right * 0.93 && visible(l.text) >= 12
    return w.chars >= 20 && visible(l.text) >= w.chars * 0.8
  }
}

/**
 * Normalised lines joined into one text. A single space between two Chinese characters (OCR's 违法 所得, 当 事 人) is
 * dropped; wider gaps, which separate fields on a form line, are kept. A line that fills the page's width and does not
 * end a sentence is a visual wrap (PDF and OCR lines): it joins the next line with no break, so a sentence, a citation
 * or an amount split over two lines reads whole.
 */
/** A line that is a party's name alone (a business, a unit), as an addressee stands over a decision's text. */
function addresseeAlone(line: string): boolean {
  const name = line.trim().replace(/\s{0,2}[:：]$/, '')
  return /^[\u4e00-\u9fa5（）()*＊]{4,40}$/.test(name) && ADDRESSEE_END.test(name)
}
/** A line on which the agency speaks to the party: 我局于…, 本机关…, 经查，你单位… */
const AGENCY_SPEAKS = /^[ \t\u3000]*(?:我局|本局|本机关|本行政机关|我委|本委|我厅|本厅|经查|经调查|现查明|你单位|你公司|你厂|你店)/

export function docText(doc: Pick<CaseDocument, 'lines'>): DocText {
  const starts: number[] = []
  const ends: number[] = []
  const parts: string[] = []
  const cols: number[] = []
  let len = 0
  const full = fullLine(doc)
  // Page numbers (第 1 页 共 2 页, - 1 -) carry no facts; leaving them out lets a sentence run on to the next page.
  // (…nor does a bare number standing last on its page, the page's number at its foot: 1, 2)
  const lastOfPage = new Map<string, number>()
  doc.lines.forEach((l, i) => l.text.trim() && lastOfPage.set(`${l.file}#${l.page}`, i))
  const furniture = doc.lines.map((l, i) => PAGE_NO.test(l.text) || (BARE_NUMBER.test(l.text) && lastOfPage.get(`${l.file}#${l.page}`) === i))
  // (each line normalised once: read here, and looked at again as the next line when the one before may wrap into it)
  // (a table's rows run into one line, | 当事人 | 某公司 | | 法定代表人 | 某某 |, read row by row)
  const normal = doc.lines.map((l) => {
    const n = normalizeChars(l.text)
    const ruled = /[│┃║丨]/.test(l.text)
    if (!runOnLine(n)) return pipeCells(n, ruled)
    return n.split(/(?<=[|｜])(\s+)(?=[|｜])|(?<=^[^|｜]*?)(\s+)(?=[|｜])/).filter((part) => part !== undefined).map((part, k) => (k % 2 ? part : pipeCells(part, ruled))).join('')
  })
  doc.lines.forEach((l, idx) => {
    starts.push(len)
    if (furniture[idx]) {
      ends.push(len)
      return
    }
    const n = normal[idx]
    const runOn = runOnLine(n)
    const firstBar = runOn ? n.search(/[|｜]/) : -1
    let out = ''
    for (let i = 0; i < n.length; i++) {
      const ch = n[i]
      if (ch === ' ' && n[i - 1] !== ' ' && (runOn ? fieldBreak(n, i, firstBar) : addresseeAfterNumber(n, i) || boxAfterAddressee(n, i))) {
        out += '\n'
        cols.push(i)
        continue
      }
      // …but the gap after a row label (当事人名称 某某公司) separates two table cells
      // (…and so does the gap before a field's label and its colon on a line that runs several fields together: 某某有限公司
      // 法定代表人：…, a page's header run into one line: …〔2024〕404号 当事人名称：…)
      if (ch === ' ' && i > 0 && i + 1 < n.length && n[i + 1] !== ' ' && n[i - 1] !== ' ' && CJK.test(n[i - 1]) && CJK.test(n[i + 1]) && !isKnownLabel(n.slice(0, i)) && !(runOn && labelEndsAt(n, i)) && !labelAhead(n.slice(i + 1, i + 24)) && !wideSpace(doc.lines[idx].text, i) && !nameEnds(n, i)) continue
      out += ch
      cols.push(i)
    }
    ends.push(len + out.length)
    let j = idx + 1
    while (j < doc.lines.length && furniture[j]) j++
    const next = doc.lines[j]
    // the pages of one document follow each other, in one file or in a sequence of page images
    // (two rows of a table, cells set apart by wide gaps — a 卷内目录's 序号  文件题名  日期  页次 — are rows, not a sentence
    // wrapped at the page's edge)
    // (…or a line, however short, that stops inside a book title or an article's number: 违反了《中华人民共和国 / 环境噪声污染
    // 防治法》第二十 / 三条)
    // (a case number's 第045 at a line's end is no article: only after a law's title or name)
    const cutCitation = next !== undefined && !!normal[j]?.trim() && /《[^》\n]*$|(?:》|法|条例|规定|办法|细则)\s{0,2}第[零〇一二两三四五六七八九十百千\d]{1,6}$/.test(n.trimEnd()) && !startsBlock(normal[j])
    // (…or a date the page's width broke, 于2023年4月2 / 4日对…: the day is read whole, not as the 2nd)
    const cutDate = next !== undefined && /\d{4}\s{0,2}年(?:\s{0,2}\d{1,2}\s{0,2}月)?\s{0,2}\d{0,2}$/.test(n.trimEnd()) && /^\s{0,2}(?:\d{1,2}\s{0,2}[日月号]|[日月号])/.test(normal[j] ?? '')
    // (…nor a line with a blank line under it: 当事人：某公司 / (blank) / 1　现场检查笔录 — the next is set apart, not run on)
    const apart = next !== undefined && next.file === l.file && next.page === l.page && l.bbox.h > 0 && next.bbox.y - (l.bbox.y + l.bbox.h) > l.bbox.h * 1.2
    // (…nor a party's name alone on the next line, the agency speaking to it on the line after: 武汉市某铝粉厂 / 我局于…对你单位…
    // — a scan's full line above it, 文章来源：某局, does not run on into the addressee)
    const addressee = next !== undefined && addresseeAlone(normal[j] ?? '') && AGENCY_SPEAKS.test(normal[j + 1] ?? '')
    // (…or a name's last character or two the line's width pushed onto a line of their own, the gaps before it lost by the
    // scan's reading so the line above looks short: …法定代表人：贺立 / 群)
    const tailAlone = next !== undefined && next.file === l.file && next.page === l.page && /^[\u4e00-\u9fa5]{1,2}$/.test((normal[j] ?? '').trim()) && /[\u4e00-\u9fa5]$/.test(n.trimEnd()) && n.trim().length >= 10 && !/[:：]\s*$/.test(n)
    // (…or one that stops inside a bracket it opened, the number of a paper it names: …《行政处罚事先告知书》（黔川医 / 保罚告〔2024〕5号），于…)
    const cutBracket = next !== undefined && !!normal[j]?.trim() && /[（(][^（）()]{1,30}$/.test(n.trimEnd()) && /^[^（(]{0,40}[)）]/.test(normal[j]) && !startsBlock(normal[j])
    // (…or a box's label the width cut before its 日期 or 时间: …（某公司印章） 收件 / 日期：2025年5月27日)
    const cutLabel = next !== undefined && next.file === l.file && next.page === l.page && /(?:^|[\s)）])[\u4e00-\u9fa5]{1,4}$/.test(n.trimEnd()) && /^\s{0,2}(?:日期|时间)\s{0,2}[:：]/.test(normal[j] ?? '')
    // (…or a line of one or two characters under a full line, the rest of the printed line after it: a wrapped paragraph
    // printed again at a narrower width leaves its first character or two alone — 现就你 / 公 / 司涉嫌…, 法定代表人刘 / 海 /
    // 涛，主要从事… — and the sentence runs on through it)
    const prev = idx > 0 ? doc.lines[idx - 1] : undefined
    const orphan = next !== undefined && prev !== undefined && prev.file === l.file && prev.page === l.page && next.file === l.file && next.page === l.page &&
      /^[\u4e00-\u9fa5]{1,2}$/.test(n.trim()) && full(prev) && !SENTENCE_END.test(prev.text) && /^[\u4e00-\u9fa5，,、。；]/.test((normal[j] ?? '').trim()) && !startsBlock(normal[j]) && !/^[\u4e00-\u9fa5（）()]{2,12}\s{0,2}[:：]/.test((normal[j] ?? '').trim())
    const wraps = next !== undefined && !apart && !addressee && ((full(l) && !SENTENCE_END.test(l.text) && !startsBlock(normal[j]) && !(TABLE_ROW.test(l.text) && TABLE_ROW.test(next.text))) || cutCitation || cutDate || tailAlone || cutLabel || cutBracket || orphan)
    if (!wraps) {
      out += '\n'
      cols.push(n.length)
    }
    parts.push(out)
    len += out.length
  })
  return { text: parts.join(''), lines: doc.lines, starts, ends, cols: Int32Array.from(cols) }
}

/** Index of the line holding offset `pos`. */
export function lineAt(dt: DocText, pos: number): number {
  let lo = 0
  let hi = dt.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (dt.starts[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return Math.max(0, lo)
}

/** Evidence for text [start, end) of the joined text; a span crossing lines is clipped to its first line. */
export function evidenceAt(dt: DocText, start: number, end: number): Evidence {
  const i = lineAt(dt, start)
  const line = dt.lines[i]
  if (!line) return { file: '', page: 0, text: dt.text.slice(start, end) }
  const lineEnd = dt.ends[i]
  const s = dt.cols[start] ?? 0
  const lastIn = Math.min(end, lineEnd) - 1
  const e = Math.min(lastIn >= start ? dt.cols[lastIn] + 1 : s, line.text.length)
  const ev: Evidence = { file: line.file, page: line.page, line: line.line, span: [s, Math.max(s, e)], text: line.text.slice(s, Math.max(s, e)) }
  if (line.bbox && line.bbox.w > 0) ev.bbox = line.bbox
  // OCR confidence: the lowest of the lines the fact rests on; text layers (confidence 1) leave it out.
  let conf = line.confidence
  for (let j = i + 1; j < dt.starts.length && dt.starts[j] < end; j++) conf = Math.min(conf, dt.lines[j].confidence)
  if (conf < 1) ev.confidence = conf
  return ev
}

/** Sentence-ish clause bounds around `pos`: from after the previous 。；\n to the next one. */
export function sentenceAround(text: string, pos: number, stops = '。；;\n'): [number, number] {
  let a = pos
  while (a > 0 && !stops.includes(text[a - 1])) a--
  let b = pos
  while (b < text.length && !stops.includes(text[b])) b++
  return [a, b]
}

export interface Range {
  start: number
  end: number
}

/** What a statute quotation follows: a citation or a 规定 (…之规定：“…”, 第十九条“…”, 《某法》“…”). */
const QUOTE_OPENER = /(第[^，。；\n]{0,12}[条款项]|规定|》)\s*[:：，,]?\s*$/

/** Words only a statute's text uses: 本法, 本条例, 由…部门责令, 处…罚款, a fine's range. */
const STATUTE_WORDS = /本(?:法|条例|办法|规定|细则)|以上[^。]{0,12}以下[^。]{0,8}罚款|处[^。]{0,20}罚款|由[^。]{0,20}(?:部门|机关)责令/

/**
 * Quoted statute text: “…” (or "…") that follows a citation or a 规定 (…之规定：“…”, 第十九条“…”), or whose wording is a
 * statute's own (本法, 以上…以下, 处…罚款). Money, dates and citations inside belong to the statute, not to the case.
 */
export function statuteQuotes(text: string): Range[] {
  const out: Range[] = []
  const re = /[“"「]([^”"」]{2,600})[”"」]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    let end = m.index + m[0].length
    let body = m[1]
    // a quotation the text never closes (…第二十二条：“经营兽药的企业，应当… cut by the copy) ends before the next one
    // opens: at the last line break before it, else at that opening mark
    // (a term quoted inside the statute text — 本法所称“食品” — is no new quotation: only one a citation opens)
    const inner = [...body.matchAll(/[“「]/g)].map((x) => x.index!).find((i) => QUOTE_OPENER.test(text.slice(Math.max(0, m!.index + 1 + i - 24), m!.index + 1 + i)))
    if (inner !== undefined) {
      const open = m.index + 1 + inner
      const lineBreak = text.lastIndexOf('\n', open)
      end = lineBreak > m.index ? lineBreak : open
      body = text.slice(m.index + 1, end)
      re.lastIndex = open
    }
    const before = text.slice(Math.max(0, m.index - 24), m.index)
    const afterCitation = QUOTE_OPENER.test(before)
    // (the decision's own measures quoted after 作出: 依法对某公司作出“责令限期改正，处4万元罚款”的行政处罚)
    // (…or after 处以, the article just cited before it: …第一百二十四条第一款第(五)项对当事人处以“…处以罚款20000元…”的行政处罚)
    const decided = /(?:作出|做出|给予|决定|处以)\s*$/.test(before)
    // (…or a paper's words quoted as such — 该处罚决定书载明“当事人…违反了《某条例》第十八条第一款规定…作出如下行政处罚:…” —, which
    // cite and fine as the paper did, no statute's)
    const papers = /(?:载明|写明|记载|认定|内容为)\s*[:：]?\s*$/.test(before) || /违反了《[^》]{2,40}》第|作出如下|决定如下|[本我](?:局|机关|委|厅)/.test(body)
    if ((afterCitation && !/处以\s*$/.test(before)) || (STATUTE_WORDS.test(body) && !decided && !papers)) out.push({ start: m.index, end })
  }
  // A quotation after a citation that its line never closes: a copy cut inside the article's words (…第三十一条第一款：“建设
  // 单位未依法报批…，或者未依照本法第二十四条的规定重新报批… and the text stops), or a closing mark lost to mojibake. It
  // quotes up to the line's end, or to the next book title or quotation, where the document's own words go on
  // (“…不得开工建设?!?/span>的相关规定,我局依据《…》第三十一条“…).
  const opens = /[“「]/g
  while ((m = opens.exec(text))) {
    const at = m.index
    if (inRanges(out, at) || !QUOTE_OPENER.test(text.slice(Math.max(0, at - 24), at))) continue
    const nl = text.indexOf('\n', at)
    const line = text.slice(at + 1, Math.min(nl < 0 ? text.length : nl, at + 1 + 4000))
    const stop = /[”」"《“「]/.exec(line)
    if (stop && /[”」"]/.test(stop[0])) continue
    const end = at + 1 + (stop ? stop.index : line.length)
    if (end - at > 3) out.push({ start: at, end })
  }
  // The article's text run on after its number without quotation marks, up to 的规定: 《某条例》第六十三条 违反本条例的规定，
  // 有下列情形之一的，由…责令停止经营，并处罚款…的规定 (the space after the number may have been dropped between CJK)
  const bare = /》\s{0,2}第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?[ \t\u3000:：]*(?![“"「]|的?规定|[、和及之，,。；])([^“"「《》\n]{8,600}?)的规定/g
  while ((m = bare.exec(text))) {
    const body = m[1]
    const start = m.index + m[0].length - body.length - 3
    // the statute's own words, and none of the decision's (之规定, 决定如下, 当事人, 本局)
    const decisions = /之规定|决定[:：如]|你|当事人|本局|我局|本机关|本委/.test(body)
    if (STATUTE_WORDS.test(body) && !decisions && !/^[（(]/.test(body) && !out.some((r) => start < r.end && r.start < start + body.length))
      out.push({ start, end: start + body.length })
  }
  return out
}

export function inRanges(ranges: Range[], pos: number): boolean {
  for (const r of ranges) if (pos >= r.start && pos < r.end) return true
  return false
}

/** 《…》 spans (unbalanced 《 closes at the line end), for telling names apart from facts. */
export function bookTitles(text: string): Range[] {
  const out: Range[] = []
  const re = /《[^《》\n]{1,80}(》+|(?=\n))/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** The normalised text of line i (no trailing newline). */
export function lineText(dt: DocText, i: number): string {
  if (i < 0 || i >= dt.starts.length) return ''
  return dt.text.slice(dt.starts[i], dt.ends[i])
}

/**
 * Where the text defines `short` as the short name of what stands before it (某公司（以下简称某公司）, 某局(以下简称某局)):
 * the index of the bracket, or -1.
 */
export function shortNameAt(text: string, short: string): number {
  return text.search(new RegExp(`[（(]\\s{0,2}(?:(?:以下)?简称|以?下称)\\s{0,2}[:：]?\\s{0,2}[“"]?${escapeRegExp(short)}[”"]?\\s{0,2}[)）]`))
}
