/**
 * Published disclosure formats are data (disclosure.json), not code: the column names of a 行政处罚信息公示 table by the
 * fact their cells hold, the words that make a line such a table's header, and the boxes that mark a text as a 双公示 or
 * credit record. The segmenter (a table listing several decisions is no decision), the reader (a cell under 被处罚单位
 * names the party) and the checks (a record's empty box says nothing of the decision) all read this one file. A
 * problem in the file stops the reader at load with every problem listed.
 */
import { escapeRegExp } from '../util/regex'

export type DisclosureColumn = 'number' | 'party' | 'agency'

export interface DisclosureData {
  /** Whole column names (spaces removed) by the fact their cells hold; `other` names no fact read but marks a header. */
  columns: Record<DisclosureColumn | 'other', RegExp[]>
  /** A line holding a number word and a party word, in either order, is a table's header row. */
  header: RegExp
  /** A line holding one of these boxes, or starting with one of these labels, is a disclosure or credit record. */
  record: RegExp
  /** A line opening with one of these marks is a web page's furniture or a publication note: the text is a published copy. */
  page: RegExp
  /**
   * A notice that publishes decisions held in its attachments (…作出行政处罚决定，现予公告。附件：…决定书.pdf): its words of
   * publishing, of a summary telling that the agency decided (于…对其作出行政处罚决定), of an attachment, of several
   * decisions at once, and of no penalty (中止调查, 终止调查).
   */
  announcement: Record<AnnouncementWords, RegExp>
}

export const ANNOUNCEMENT_KEYS = ['publishes', 'reports', 'attached', 'several', 'noPenalty'] as const
export type AnnouncementWords = (typeof ANNOUNCEMENT_KEYS)[number]

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
/** Patterns and words are short (a bounded parser, and no catastrophic expressions from data). */
const MAX_PATTERN = 120
const MAX_WORD = 30
/** The column kinds, in the order a column name is tried against them. */
export const COLUMN_KEYS = ['number', 'party', 'agency', 'other'] as const

function patterns(p: string[], at: string, list: unknown): void {
  if (!Array.isArray(list) || !list.length) {
    p.push(`${at}: 应为非空的正则表达式列表`)
    return
  }
  list.forEach((s, i) => {
    if (typeof s !== 'string' || !s || s.length > MAX_PATTERN) return p.push(`${at}[${i}]: 应为 1–${MAX_PATTERN} 字的正则表达式`)
    try {
      new RegExp(s)
    } catch (e) {
      p.push(`${at}[${i}]: 正则表达式无效（${(e as Error).message}）`)
    }
  })
}

function words(p: string[], at: string, list: unknown): void {
  if (!Array.isArray(list) || !list.length) return void p.push(`${at}: 应为非空的栏目名列表`)
  list.forEach((s, i) => {
    if (typeof s !== 'string' || !s.trim() || s.length > MAX_WORD || /\s/.test(s)) p.push(`${at}[${i}]: 应为 1–${MAX_WORD} 字、不含空格的栏目名`)
  })
}

/** Every problem of the disclosure data, as "path: problem"; [] when it is well formed. */
export function validateDisclosureData(x: unknown): string[] {
  const p: string[] = []
  if (!isObj(x)) return ['（文件）: 应为对象']
  if (!isObj(x.columns)) p.push('columns: 应为对象（number / party / agency / other → 栏目名的正则表达式）')
  else {
    for (const k of COLUMN_KEYS) patterns(p, `columns.${k}`, x.columns[k])
    for (const k of Object.keys(x.columns)) if (!(COLUMN_KEYS as readonly string[]).includes(k)) p.push(`columns.${k}: 未知的栏目类别（应为 ${COLUMN_KEYS.join(' / ')}）`)
  }
  if (!isObj(x.headerWords)) p.push('headerWords: 应为对象（number / party → 表头用语）')
  else {
    patterns(p, 'headerWords.number', x.headerWords.number)
    patterns(p, 'headerWords.party', x.headerWords.party)
  }
  words(p, 'recordBoxes', x.recordBoxes)
  words(p, 'recordLabels', x.recordLabels)
  patterns(p, 'pageMarks', x.pageMarks)
  if (!isObj(x.announcement)) p.push(`announcement: 应为对象（${ANNOUNCEMENT_KEYS.join(' / ')} → 正则表达式列表）`)
  else {
    for (const k of ANNOUNCEMENT_KEYS) patterns(p, `announcement.${k}`, x.announcement[k])
    for (const k of Object.keys(x.announcement)) if (!(ANNOUNCEMENT_KEYS as readonly string[]).includes(k)) p.push(`announcement.${k}: 未知的类别（应为 ${ANNOUNCEMENT_KEYS.join(' / ')}）`)
  }
  return p
}


/** The data checked and compiled; throws with every problem when it is not well formed. */
export function compileDisclosureData(x: unknown): DisclosureData {
  const problems = validateDisclosureData(x)
  if (problems.length) throw new Error(`公示表格数据（shared/segment/disclosure.json）有误：\n${problems.join('\n')}`)
  const d = x as { columns: Record<DisclosureColumn | 'other', string[]>; headerWords: { number: string[]; party: string[] }; recordBoxes: string[]; recordLabels: string[]; pageMarks: string[]; announcement: Record<AnnouncementWords, string[]> }
  const whole = (list: string[]) => list.map((s) => new RegExp(`^(?:${s})$`))
  const num = d.headerWords.number.join('|')
  const party = d.headerWords.party.join('|')
  return {
    columns: { number: whole(d.columns.number), party: whole(d.columns.party), agency: whole(d.columns.agency), other: whole(d.columns.other) },
    header: new RegExp(`(?:${num})[^\\n]{0,200}(?:${party})|(?:${party})[^\\n]{0,200}(?:${num})`),
    record: new RegExp(`${d.recordBoxes.map(escapeRegExp).join('|')}|^\\s*(?:${d.recordLabels.map(escapeRegExp).join('|')})\\s*[:：|]`),
    page: new RegExp(`^[\\s\u3000]*(?:${d.pageMarks.join('|')})`),
    announcement: Object.fromEntries(ANNOUNCEMENT_KEYS.map((k) => [k, new RegExp(d.announcement[k].join('|'))])) as Record<AnnouncementWords, RegExp>,
  }
}
