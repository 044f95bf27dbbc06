/**
 * Tables the panel imports (the units' 案卷目录 as a sampling frame, reviewers' ratings): CSV text parsed by RFC 4180,
 * and columns found by their header, in English or Chinese. Spreadsheets are read into the same rows by the caller.
 */
import { EngineError } from '../errors'

/** One data row with the 1-based line (CSV) or row (XLSX) it came from, for messages a person can act on. */
export interface SourceRow {
  line: number
  cells: string[]
}

export interface Table {
  header: string[]
  rows: SourceRow[]
}

/**
 * RFC 4180: comma-separated, fields optionally in double quotes, `""` a quote inside quotes, line breaks inside quotes
 * kept; CRLF, LF or CR ends a record. A byte-order mark is dropped; blank lines are skipped. A quote inside an
 * unquoted field is taken literally (as spreadsheets read it); an opening quote never closed is an error.
 */
export function parseCsv(text: string): Table {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const records: SourceRow[] = []
  let field = ''
  let cells: string[] = []
  let line = 1
  let recordLine = 1
  let i = 0
  let quotedAt = 0
  // A record of one empty field is a blank line unless the field was quoted ("").
  let quotedInRecord = false
  const endRecord = () => {
    cells.push(field)
    if (cells.length > 1 || cells[0] !== '' || quotedInRecord) records.push({ line: recordLine, cells })
    cells = []
    field = ''
    quotedInRecord = false
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '"' && field === '' && quotedAt === 0) {
      quotedAt = line
      quotedInRecord = true
      i++
      for (;;) {
        if (i >= text.length) throw new EngineError('unusable-input', `CSV 第 ${quotedAt} 行的引号没有闭合`)
        const q = text[i]
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++
        field += q
        i++
      }
      // Text after the closing quote and before the separator belongs to the field (lenient, as spreadsheets are).
      continue
    }
    if (c === ',') {
      cells.push(field)
      field = ''
      quotedAt = 0
      i++
      continue
    }
    if (c === '\r' || c === '\n') {
      endRecord()
      quotedAt = 0
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      recordLine = line
      continue
    }
    field += c
    i++
  }
  if (field !== '' || cells.length > 0 || quotedInRecord) endRecord()
  const [head, ...rows] = records
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows }
}

/** A column the caller needs: its key and the header names it may carry (compared without case or spaces). */
export interface ColumnSpec<K extends string> {
  key: K
  names: string[]
  /** Shown in messages, e.g. `unit（执法单位）`. */
  label: string
  required: boolean
}

export interface TableRecord<K extends string> {
  line: number
  values: { [P in K]?: string }
}

const headerKey = (h: string) => h.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()

/**
 * Picks the named columns out of a table. A required column that is missing is an error naming the columns there are;
 * each value is trimmed.
 */
export function readColumns<K extends string>(table: Table, specs: ColumnSpec<K>[], what: string): TableRecord<K>[] {
  const index = new Map<K, number>()
  const header = table.header.map(headerKey)
  for (const s of specs) {
    const at = header.findIndex((h) => s.names.some((n) => headerKey(n) === h))
    if (at >= 0) index.set(s.key, at)
    else if (s.required) {
      const present = table.header.filter((h) => h !== '').join('、') || '（无表头）'
      throw new EngineError('unusable-input', `${what}缺少列 ${s.label}；第一行的列为：${present}`)
    }
  }
  return table.rows.map((r) => {
    const values: { [P in K]?: string } = {}
    for (const [k, at] of index) values[k] = (r.cells[at] ?? '').trim()
    return { line: r.line, values }
  })
}
