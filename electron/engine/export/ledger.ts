/**
 * 整改台账: one row per problem that stands after review. 整改措施 comes from the rubric item's remediation;
 * 整改时限 / 整改责任人 / 整改情况 from the snapshot's ledger entries, so the ledger can be exported again as
 * rectification proceeds.
 */
import ExcelJS from 'exceljs'
import type { Paragraph, Table, TableCell } from 'docx'
import type { ReviewSnapshot } from '../../../shared/types'
import { allProblems, cnDate, NO_AGENCY, pts, rubricHeader, rubricKeywords, rubricTag, type Problem } from './model'
import { cell, para, renderDocx, run, SIZE, subtitle, table, title } from './style'

export const LEDGER_TITLE = '行政执法案卷评查问题整改台账'
export const LEDGER_COLUMNS = ['序号', '单位', '案号', '问题类别', '问题描述', '依据', '整改措施', '整改时限', '整改责任人', '整改情况'] as const
/** The states 整改情况 takes in the app (the 整改台账 page offers these; an entry without one is 未整改). */
export const LEDGER_STATES = ['未整改', '整改中', '已整改'] as const
/** How a row that stands only as the machine's check result is marked in 问题描述. */
export const UNREVIEWED_MARK = '【未复核】'

export interface LedgerRow {
  values: string[]
  caseId: number
  findingId: string
  /** 整改时限 as entered (ISO date or free text such as 2026年底前). */
  deadline: string | null
  /** A reviewer decided on the problem; false for a machine result nobody has reviewed (marked 未复核). */
  reviewed: boolean
}

/** Rows in agency order (the project's order), then case, then rubric order of the problems. */
export function ledgerRows(snap: ReviewSnapshot, problems: Problem[] = allProblems(snap)): LedgerRow[] {
  // Project agencies in their order, then agencies read from the files, then the 执法单位未识别 group.
  const agencyOrder = (a: string) => {
    const i = snap.project.agencies.indexOf(a)
    return a === NO_AGENCY ? 2e6 : i < 0 ? 1e6 : i
  }
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => agencyOrder(a.p.agency) - agencyOrder(b.p.agency) || a.p.caseIndex - b.p.caseIndex || a.i - b.i)
  return sorted.map(({ p }, i) => ({
    caseId: p.caseId,
    findingId: p.findingId,
    deadline: p.ledger?.deadline ?? null,
    reviewed: p.reviewed,
    values: [
      String(i + 1),
      p.agency,
      p.caseNumber,
      p.category,
      // Where in the file, so the agency can find the page (点对点 feedback).
      `${p.reviewed ? '' : UNREVIEWED_MARK}${p.description.replace(/[。；]$/, '')}${p.veto ? '（一票否决）' : `（扣${pts(p.points)}分）`}${p.evidence ? `；见${p.evidence}` : ''}`,
      p.basis || `评查标准${p.itemId}项`,
      p.remediation || '按评查意见整改',
      p.ledger?.deadline ? cnDate(p.ledger.deadline) : '',
      p.ledger?.owner ?? '',
      p.ledger?.progress ?? '未整改',
    ],
  }))
}

/** Progress states and their counts, e.g. "已整改3个、整改中2个、未整改41个". */
export function progressCounts(rows: LedgerRow[]): [string, number][] {
  const m = new Map<string, number>()
  for (const r of rows) m.set(r.values[9], (m.get(r.values[9]) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1])
}

function progressSummary(rows: LedgerRow[]): string {
  return progressCounts(rows).map(([k, n]) => `${k}${n}个`).join('、') || '无'
}

/** The closing lines under the table: counts by state, what 未复核 means, which cases lack an agency. */
function ledgerNotes(rows: LedgerRow[]): string[] {
  const out = [`共${rows.length}个问题（${progressSummary(rows)}）。整改时限、整改责任人、整改情况由各单位填报，台账可随整改进展重新导出。`]
  const machine = rows.filter((r) => !r.reviewed).length
  if (machine) out.push(`标注“${UNREVIEWED_MARK}”的${machine}个问题为机器检查结果，尚未经评查人复核。`)
  const loose = [...new Set(rows.filter((r) => r.values[1] === NO_AGENCY).map((r) => r.values[2]))]
  if (loose.length) out.push(`${loose.join('、')}案卷未识别出执法单位，其问题列于“${NO_AGENCY}”一组，请核实办案单位。`)
  return out
}

export async function buildLedgerDocx(snap: ReviewSnapshot, rows = ledgerRows(snap)): Promise<Buffer> {
  const r = snap.rubric
  const S = SIZE.wuhao // ten columns on landscape A4: 五号 is the largest size that keeps descriptions readable
  const head = LEDGER_COLUMNS.map((h) => cell(h, { align: 'center', bold: true, shade: true, size: S, font: 'heading' }))
  const body: TableCell[][] = []
  rows.forEach((row, k) => {
    // The rows whose agency was not read open with a group line of their own.
    if (row.values[1] === NO_AGENCY && rows[k - 1]?.values[1] !== NO_AGENCY)
      body.push([cell(`${NO_AGENCY}（以下案卷未能从案卷材料中读出执法单位）`, { span: LEDGER_COLUMNS.length, bold: true, font: 'heading', size: S, keepNext: true })])
    body.push(row.values.map((v, i) => cell(v, { size: S, align: i === 0 || i === 3 || i === 7 ? 'center' : 'left' })))
  })
  const children: (Paragraph | Table)[] = [
    ...title(LEDGER_TITLE),
    subtitle(`${snap.project.name}　${rubricTag(r)}　导出日期：${cnDate(snap.date)}`),
    table([head, ...body], [3, 8, 12, 5, 26, 12, 19, 7, 7, 6], { landscape: true, headerRows: 1, splitRows: true }),
    ...ledgerNotes(rows).map((t) => para([run(t, { size: SIZE.xiaosi })], { indent: false })),
  ]
  return renderDocx({ title: LEDGER_TITLE, header: rubricHeader(r), keywords: rubricKeywords(r), landscape: true, children })
}

export async function buildLedgerXlsx(snap: ReviewSnapshot, rows = ledgerRows(snap)): Promise<Buffer> {
  const r = snap.rubric
  const wb = new ExcelJS.Workbook()
  wb.creator = '评查助手 Pingcha'
  wb.keywords = rubricKeywords(r)
  wb.created = new Date(`${snap.date}T00:00:00Z`)
  const ws = wb.addWorksheet('整改台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  })
  const widths = [6, 18, 20, 10, 48, 28, 40, 14, 14, 16]
  ws.columns = [...widths.map((width) => ({ width })), { width: 8, hidden: true }, { width: 16, hidden: true }]
  const font = { name: '宋体', size: 11 }
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length)
  const t = ws.getCell(1, 1)
  t.value = `${snap.project.name}　${LEDGER_TITLE}`
  t.font = { name: '宋体', size: 16, bold: true }
  t.alignment = { horizontal: 'center', vertical: 'middle' }
  ws.getRow(1).height = 30
  ws.mergeCells(2, 1, 2, LEDGER_COLUMNS.length)
  const sub = ws.getCell(2, 1)
  const machine = rows.filter((x) => !x.reviewed).length
  sub.value = `${rubricTag(r)}　导出日期：${cnDate(snap.date)}${machine ? `　问题描述标注“${UNREVIEWED_MARK}”的${machine}个为机器检查结果，尚未经评查人复核` : ''}`
  sub.font = font
  sub.alignment = { horizontal: 'center' }
  // The two hidden key columns let an edited sheet be matched back to its cases and findings.
  const header = ws.getRow(3)
  header.values = [...LEDGER_COLUMNS, '案卷ID', '问题ID']
  header.font = { ...font, bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
  })
  const border = { style: 'thin' as const }
  for (const row of rows) {
    const x = ws.addRow([Number(row.values[0]), ...row.values.slice(1), row.caseId, row.findingId])
    x.font = font
    x.alignment = { vertical: 'top', wrapText: true }
    // An ISO deadline becomes a real date cell, so the sheet can be sorted and filtered by it.
    const iso = row.deadline && /^(\d{4})-(\d{2})-(\d{2})$/.exec(row.deadline)
    if (iso) {
      const c = x.getCell(8)
      c.value = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])))
      c.numFmt = 'yyyy"年"m"月"d"日"'
    } else if (row.deadline) x.getCell(8).value = row.deadline
  }
  for (let i = 3; i <= ws.rowCount; i++) {
    for (let j = 1; j <= LEDGER_COLUMNS.length; j++) ws.getCell(i, j).border = { top: border, bottom: border, left: border, right: border }
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: LEDGER_COLUMNS.length } }
  const first = 4
  const last = 3 + rows.length
  const stateCol = LEDGER_COLUMNS.indexOf('整改情况') + 1
  const colLetter = (n: number) => String.fromCharCode(64 + n)
  // 整改情况 offers the app's states as a list; the app also takes a free description, so another entry only warns.
  if (rows.length) {
    // exceljs keeps range validations in ws.dataValidations (written as one <dataValidation sqref="J4:Jn">), untyped in its d.ts.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${colLetter(stateCol)}${first}:${colLetter(stateCol)}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${LEDGER_STATES.join(',')}"`],
      showInputMessage: true,
      promptTitle: '整改情况',
      prompt: `请选择${LEDGER_STATES.join('、')}，或填写具体整改情况`,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: '整改情况',
      error: `整改情况一般为${LEDGER_STATES.join('、')}之一；确需填写其他内容请选“是”`,
    })
  }

  // 汇总: problems and rectification progress per agency. Formulas over the ledger sheet, so the counts follow the
  // agency's edits; the values computed at export are stored with them.
  const others = [...new Set(rows.map((x) => x.values[9]))].filter((v) => !(LEDGER_STATES as readonly string[]).includes(v))
  const sum = wb.addWorksheet('整改进度汇总', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  const heads = ['单位', '问题数', '其中未复核', ...LEDGER_STATES, ...(others.length ? ['其他情况'] : []), '整改完成率']
  sum.columns = heads.map((_, i) => ({ width: i === 0 ? 24 : 12 }))
  const sh = sum.addRow(heads)
  sh.font = { ...font, bold: true }
  const ref = (col: number) => `'整改台账'!$${colLetter(col)}$${first}:$${colLetter(col)}$${Math.max(first, last)}`
  const agencyRef = ref(2)
  const stateRef = ref(stateCol)
  const descRef = ref(5)
  const agencies = [...new Set(rows.map((x) => x.values[1]))]
  for (const a of [...agencies, '合计']) {
    const total = a === '合计'
    const mine = total ? rows : rows.filter((x) => x.values[1] === a)
    const n = sum.rowCount + 1
    const where = total ? '' : `${agencyRef},$A${n},`
    const count = (range: string, crit: string) => (total ? `COUNTIF(${range},${crit})` : `COUNTIFS(${where}${range},${crit})`)
    const cells: ExcelJS.CellValue[] = [
      a,
      { formula: total ? `SUM(B2:B${n - 1})` : `COUNTIF(${agencyRef},$A${n})`, result: mine.length },
      { formula: count(descRef, `"${UNREVIEWED_MARK}*"`), result: mine.filter((x) => !x.reviewed).length },
      ...LEDGER_STATES.map((st) => ({ formula: count(stateRef, `"${st}"`), result: mine.filter((x) => x.values[9] === st).length })),
    ]
    const stateCells = `${colLetter(4)}${n}:${colLetter(3 + LEDGER_STATES.length)}${n}`
    if (others.length) cells.push({ formula: `B${n}-SUM(${stateCells})`, result: mine.filter((x) => others.includes(x.values[9])).length })
    const doneCol = colLetter(4 + LEDGER_STATES.indexOf('已整改'))
    const done = mine.filter((x) => x.values[9] === '已整改').length
    cells.push({ formula: `IF(B${n}=0,0,${doneCol}${n}/B${n})`, result: mine.length ? done / mine.length : 0 })
    const row = sum.addRow(cells)
    row.font = total ? { ...font, bold: true } : font
    row.getCell(heads.length).numFmt = '0.0%'
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
