/** The published disclosure formats the reader knows (disclosure.json, checked by disclosure-data.ts). */
import { compileDisclosureData } from './disclosure-data'
import { lineText, type DocText } from '../extract/text'
import data from './disclosure.json'

export const DISCLOSURE = compileDisclosureData(data)

/** A line that only separates a flattened table's cells (a web page's table copied as text: cell / | / cell). */
const CELL_BREAK = /^[\s\u3000]*[|｜][\s\u3000]*$/
/** Separator lines from which a text is a table, not prose with a stray rule. */
const MIN_CELL_BREAKS = 4
/**
 * A cell run together with its separator (`铜农(渔业)罚〔2025〕32号 |`, `| 田某友`): the same flattened table when a page
 * joins its lines. Unlike a lone separator, such lines also make up a table inside a decision (its evidence list), so
 * they count only when the text opens with them: a 公示 list's row starts at its number and case name.
 */
const CELL_RUN_ON = /^[\s\u3000]*(?:[|｜][\s\u3000]+[^|｜\s\u3000][^|｜]*|[^|｜]*[^|｜\s\u3000][\s\u3000]+[|｜])[\s\u3000]*$/
/** Of the text's first lines, how many must be cells for run-together cells to make it a table. */
const OPENING_LINES = 6
const MIN_OPENING_CELLS = 3

/**
 * The text publishes a decision as a summary: a 双公示 or credit record's boxes, or a table flattened into cells
 * (number | case name | party | facts | basis …). Such a summary is not the decision's text, so what it does not
 * carry says nothing of the decision itself.
 */
export function isPublishedSummary(lines: readonly { text: string }[]): boolean {
  if (lines.some((l) => DISCLOSURE.record.test(l.text))) return true
  if (boxedRecord(lines)) return true
  if (lines.filter((l) => CELL_BREAK.test(l.text)).length >= MIN_CELL_BREAKS) return true
  const cell = (l: { text: string }) => CELL_BREAK.test(l.text) || CELL_RUN_ON.test(l.text)
  const text = lines.filter((l) => l.text.trim())
  return text.filter(cell).length >= MIN_CELL_BREAKS && text.slice(0, OPENING_LINES).filter(cell).length >= MIN_OPENING_CELLS
}

/** A link (a markdown link, a web address): furniture of the page, not the notice's words — wherever the page ran it. */
const LINK = /\[[^\]\n]{0,300}\]\(\s*https?:[^)\s]*\)|https?:\/\/[^\s)）\]]+/g
/** A decision's body: what it finds, the provision it applies, the party's boxes, the remedies. */
const DECISION_BODY = /经查|查明|违反了?《|依据《|根据《[^》]{1,40}》第|当事人\s{0,2}[:：]|统一社会信用代码|如不服/
/** Serving by publication: 公告送达, 送达公告, 视为送达. */
const SERVES = /公告送达|送达公告|视为送达/
/** Of its own words (links left out), the most a notice has: a longer text may hold the decision itself. */
const NOTICE_MAX_CHARS = 400

/**
 * The text is a notice that publishes decisions held in its attachments (…依法作出行政处罚决定，现予公告。附件：…决定书.pdf),
 * not a decision's text: it says it publishes, names an attachment, speaks of a decision, and holds no decision's body —
 * or it sums up, in the agency's third person, a decision whose text is its attachment (…于…依法对其作出行政处罚决定：…
 * 附件：…行政处罚决定书).
 * 'one' when it publishes one penalty — the decision it stands for, as a 公示 record does —, 'other' for several decisions
 * at once or an investigation suspended or ended (no penalty); null for any other text.
 */
export function announcesAttached(lines: readonly { text: string }[]): 'one' | 'other' | null {
  const a = readAnnouncement(lines)
  return a === null ? null : a === 'one' ? 'one' : 'other'
}

/**
 * What a notice publishing decisions held in its attachments publishes: one penalty ('one'), one decision to suspend or
 * end an investigation ('halted'), several decisions at once ('several'); null for any other text.
 */
export function readAnnouncement(lines: readonly { text: string }[]): 'one' | 'halted' | 'several' | null {
  const all = lines.map((l) => l.text).join('\n')
  const links = all.match(LINK) ?? []
  const own = all.replace(LINK, ' ')
  if (own.replace(/[^\u4e00-\u9fa5]/g, '').length > NOTICE_MAX_CHARS) return null
  const a = DISCLOSURE.announcement
  // (a summary telling that the agency decided — 于2018年4月16日依法对其作出行政处罚决定：… — with the decision named as its
  // attachment tells the decision's facts and penalty in the agency's third person: it is no decision's text either)
  const reports = a.reports.test(own) && /附件[^。\n]{0,80}?决定书/.test(all)
  // (a notice serving a decision by publication, 公告送达, is the case's own paper)
  if (!(a.publishes.test(own) || reports) || !a.attached.test(all) || !/决定/.test(own) || SERVES.test(own)) return null
  // (several decisions: a run of numbers, several parties, several files or numbers attached)
  const files = links.filter((l) => /\.(?:pdf|docx?|wps)\b/i.test(l)).length
  const numbers = new Set([...all.matchAll(/[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*(\d+)\s*号/g)].map((m) => m[1])).size
  if (a.several.test(own) || files >= 2 || numbers >= 2) return 'several'
  if (a.noPenalty.test(own)) return 'halted'
  return DECISION_BODY.test(own) && !reports ? null : 'one'
}

const announcementOfText = new WeakMap<DocText, ReturnType<typeof readAnnouncement>>()

/** What a document's text, as the reader holds it, publishes as a notice (readAnnouncement), read once per text. */
export function announcementOf(dt: DocText): ReturnType<typeof readAnnouncement> {
  if (!announcementOfText.has(dt)) announcementOfText.set(dt, readAnnouncement(dt.starts.map((_, i) => ({ text: lineText(dt, i) }))))
  return announcementOfText.get(dt)!
}

/**
 * The text is a published copy: a web page's furniture (发布时间：, 索引号, 当前位置, 【打印】) or a note that it is the
 * copy made public (此件主动公开). The 公示 rules let a publisher leave out what the original states (a person's address).
 */
export function isPublishedCopy(lines: readonly { text: string }[]): boolean {
  return lines.some((l) => DISCLOSURE.page.test(l.text))
}

/** A line that opens with a box's name and its colon (or a cell's bar): 处罚决定书文号：…, 处罚机关 | …. */
const BOX = /^[\s\u3000]*([\u4e00-\u9fa5（）()\s]{2,24}?)[\s\u3000]*[:：|｜]/
/** Boxes from which a text is a record of the table's columns, one box per line. */
const MIN_RECORD_BOXES = 4

/**
 * A 公示 record written one box per line under the table's column names (处罚决定书文号：… / 被处罚单位：… / 处罚结果：… /
 * 处罚机关：…): at least four such boxes, one of them the decision's number or the deciding agency — boxes a decision
 * itself never labels (an on-the-spot decision's form has 当事人, 违法事实, 处罚依据 and 处罚内容 boxes too).
 */
function boxedRecord(lines: readonly { text: string }[]): boolean {
  const kinds: string[] = []
  for (const l of lines) {
    const m = BOX.exec(l.text)
    if (!m) continue
    const name = m[1].replace(/\s+/g, '')
    const kind = (['number', 'agency', 'party', 'other'] as const).find((k) => DISCLOSURE.columns[k].some((re) => re.test(name)))
    if (kind) kinds.push(kind)
  }
  return kinds.length >= MIN_RECORD_BOXES && kinds.some((k) => k === 'number' || k === 'agency')
}
