/**
 * Published disclosure tables (行政处罚信息公示, 双公示) laid out as a header row of column names and rows of cells under
 * it: 序号 | 决定文书号 | 处罚单位 | 处罚日期, or the same with wide gaps or single spaces between the cells. The cell
 * under a column names the fact (the decision's number, the party, the deciding agency) as surely as a label does.
 * Cells run together with no separator cannot be told apart and are not read.
 */
import { DISCLOSURE } from '../segment/disclosure'
import { COLUMN_KEYS, type DisclosureColumn } from '../segment/disclosure-data'
import { lineText, type DocText } from './text'

export type TableColumn = DisclosureColumn

export interface TableCell {
  text: string
  /** Offsets in the document's text. */
  start: number
  end: number
}

interface Split {
  cells: TableCell[]
  kind: 'bar' | 'gap' | 'space'
}

function split(dt: DocText, i: number, kind?: Split['kind']): Split {
  const line = lineText(dt, i)
  const base = dt.starts[i]
  // (the text drops a single space between two Chinese characters, which is all that parts the cells of some tables:
  // those are split on the line as printed, and each cell mapped back to the text by its columns)
  const raw = dt.lines[i]?.text ?? line
  const k: Split['kind'] = kind ?? (line.includes('|') ? 'bar' : /\S\s{2,}\S/.test(line) ? 'gap' : 'space')
  const cells: TableCell[] = []
  if (k === 'space') {
    const offsets: number[] = []
    for (let o = base; o < dt.ends[i]; o++) offsets.push(o)
    for (const m of raw.matchAll(/\S+/g)) {
      const inCell = offsets.filter((o) => dt.cols[o] >= m.index && dt.cols[o] < m.index + m[0].length)
      if (!inCell.length) continue
      const start = inCell[0]
      const end = inCell[inCell.length - 1] + 1
      cells.push({ text: dt.text.slice(start, end), start, end })
    }
    return { cells, kind: k }
  }
  const re = k === 'bar' ? /[^|]+/g : /\S+(?:\s\S+)*/g
  for (const m of line.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length
    const text = m[0].trim()
    cells.push({ text, start: base + m.index + lead, end: base + m.index + lead + text.length })
  }
  return { cells, kind: k }
}

/** The fact a column's cells hold, by its name (disclosure.json); 'other' for a known column naming no fact read here. */
const columnOf = (name: string): TableColumn | 'other' | null => {
  const n = name.replace(/\s+/g, '')
  for (const c of COLUMN_KEYS) if (DISCLOSURE.columns[c].some((re) => re.test(n))) return c
  return null
}

/** Rows read under a header: a one-decision record has one, a list of decisions shows it is one with two. */
const MAX_ROWS = 5
/** The rows found in each text (the number, the party and the agency are read from the same table). */
const found = new WeakMap<DocText, Partial<Record<TableColumn, TableCell>>[]>()

/**
 * The rows of the first disclosure table in the text's opening lines, each as the cells under the columns that name a
 * fact. A header is a line of at least three column names, two of them known and one of them the number or the party.
 */
export function disclosureRows(dt: DocText, maxRows = MAX_ROWS): Partial<Record<TableColumn, TableCell>>[] {
  let rows = found.get(dt)
  if (!rows) found.set(dt, (rows = findRows(dt)))
  return rows.slice(0, maxRows)
}

/** The spaces and the bars a copied table leaves at a line's two ends. */
const BAR_ENDS = /^[\s|｜]+|[\s|｜]+$/g

/** A cell that is a whole line of the text (trimmed, and the bar a copied table leaves at its ends dropped), with its offsets. */
function lineCell(dt: DocText, i: number): TableCell {
  const raw = lineText(dt, i)
  const lead = raw.length - raw.replace(/^[\s|｜]+/, '').length
  const text = raw.replace(BAR_ENDS, '')
  return { text, start: dt.starts[i] + lead, end: dt.starts[i] + lead + text.length }
}

/** A column name as a line holds it: the bars at its ends dropped, a space a copy left inside it closed (处罚 文书号 |). */
const headOf = (t: string) => t.replace(BAR_ENDS, '').replace(/(?<=[\u4e00-\u9fa5])[ \u3000](?=[\u4e00-\u9fa5])/g, '')

/**
 * A table set one cell per line (a web page's table copied as text): the column names on lines of their own, then the
 * one row's cells in the same order (案件名称 / 行政相对人名称 / 处罚事由 / … then 某案 / 某卫生站 / …).
 */
function verticalRow(dt: DocText, i: number): Partial<Record<TableColumn, TableCell>> | null {
  const heads: (TableColumn | 'other')[] = []
  let j = i
  for (; j < dt.starts.length && heads.length < 12; j++) {
    const t = headOf(lineText(dt, j))
    if (!t) continue
    const c = /\s/.test(t) ? null : columnOf(t)
    if (!c) break
    heads.push(c)
  }
  if (heads.length < 3 || !heads.some((c) => c === 'number' || c === 'party')) return null
  const got: Partial<Record<TableColumn, TableCell>> = {}
  let k = 0
  for (; j < dt.starts.length && k < heads.length; j++) {
    const cell = lineCell(dt, j)
    if (!cell.text) continue
    // (a value that is itself a column name: not this layout)
    if (columnOf(cell.text)) return null
    const c = heads[k++]
    if (c !== 'other') got[c] = cell
  }
  return k === heads.length && Object.keys(got).length ? got : null
}

function findRows(dt: DocText): Partial<Record<TableColumn, TableCell>>[] {
  const n = Math.min(dt.starts.length, 80)
  for (let i = 0; i < n; i++) {
    const head = split(dt, i)
    if (head.cells.length === 1) {
      const row = verticalRow(dt, i)
      if (row) return [row]
    }
    if (head.cells.length < 3) continue
    const cols = head.cells.map((c) => columnOf(c.text))
    const known = cols.filter((c) => c !== null).length
    if (known < 2 || known < head.cells.length - 2 || !cols.some((c) => c === 'number' || c === 'party')) continue
    const rows: Partial<Record<TableColumn, TableCell>>[] = []
    for (let j = i + 1; j < dt.starts.length && rows.length < MAX_ROWS; j++) {
      const t = lineText(dt, j).trim()
      if (!t || /^[\s|:：\-—]+$/.test(t)) continue
      const row = split(dt, j, head.kind)
      // (a row of the same width as the header, or a '|' row that wraps onto the lines below it)
      // (a row's last cells may wrap onto the lines below it)
      if (row.cells.length < Math.min(3, head.cells.length)) break
      const got: Partial<Record<TableColumn, TableCell>> = {}
      cols.forEach((c, k) => {
        const cell = row.cells[k]
        if (c && c !== 'other' && cell && cell.text) got[c] = cell
      })
      if (!Object.keys(got).length) break
      rows.push(got)
    }
    return rows
  }
  return []
}
