/**
 * 整改台账: one row per problem that stands after review. 整改措施 comes from the rubric item's remediation;
 * 整改时限 / 整改责任人 / 整改情况 from the snapshot's ledger entries, so the ledger can be exported again as
 * rectification proceeds.
 */
import ExcelJS from 'exceljs'
import type { Paragraph, Table, TableCell } from 'docx'
import type { ReviewSnapshot } from '../../../shared/types'
import { allProblems, cnDate, pts, rubricTag, type Problem } from './model'
import { cell, para, renderDocx, run, SIZE, subtitle, table, title } from './style'

export const LEDGER_TITLE = '行政执法案卷评查问题整改台账'
export const LEDGER_COLUMNS = ['序号', '单位', '案号', '问题类别', '问题描述', '依据', '整改措施', '整改时限', '整改责任人', '整改情况'] as const

export interface LedgerRow {
  values: string[]
  caseId: number
  findingId: string
  /** 整改时限 as entered (ISO date or free text such as 2026年底前). */
  deadline: string | null
}

/** Rows in agency order (the project's order), then case, then rubric order of the problems. */
export function ledgerRows(snap: ReviewSnapshot, problems: Problem[] = allProblems(snap)): LedgerRow[] {
  const agencyOrder = (a: string) => {
    const i = snap.project.agencies.indexOf(a)
    return i < 0 ? 1e6 : i
  }
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => agencyOrder(a.p.agency) - agencyOrder(b.p.agency) || a.p.caseIndex - b.p.caseIndex || a.i - b.i)
  return sorted.map(({ p }, i) => ({
    caseId: p.caseId,
    findingId: p.findingId,
    deadline: p.ledger?.deadline ?? null,
    values: [
      String(i + 1),
      p.agency,
      p.caseNumber,
      p.category,
      // Where in the file, so the agency can find the page (点对点 feedback).
      `${p.description.replace(/[。；]$/, '')}${p.veto ? '（一票否决）' : `（扣${pts(p.points)}分）`}${p.evidence ? `；见${p.evidence}` : ''}`,
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

export async function buildLedgerDocx(snap: ReviewSnapshot, rows = ledgerRows(snap)): Promise<Buffer> {
  const r = snap.rubric
  const S = SIZE.wuhao // ten columns on landscape A4: 五号 is the largest size that keeps descriptions readable
  const head = LEDGER_COLUMNS.map((h) => cell(h, { align: 'center', bold: true, shade: true, size: S, font: 'heading' }))
  const body: TableCell[][] = rows.map((row) => row.values.map((v, i) => cell(v, { size: S, align: i === 0 || i === 3 || i === 7 ? 'center' : 'left' })))
  const children: (Paragraph | Table)[] = [
    ...title(LEDGER_TITLE),
    subtitle(`${snap.project.name}　${rubricTag(r)}　导出日期：${cnDate(snap.date)}`),
    table([head, ...body], [3, 8, 12, 5, 26, 12, 19, 7, 7, 6], { landscape: true, headerRows: 1, splitRows: true }),
    para([run(`共${rows.length}个问题（${progressSummary(rows)}）。整改时限、整改责任人、整改情况由各单位填报，台账可随整改进展重新导出。`, { size: SIZE.xiaosi })], { indent: false }),
  ]
  return renderDocx({ title: LEDGER_TITLE, header: `${r.id} v${r.version}`, landscape: true, children })
}

export async function buildLedgerXlsx(snap: ReviewSnapshot, rows = ledgerRows(snap)): Promise<Buffer> {
  const r = snap.rubric
  const wb = new ExcelJS.Workbook()
  wb.creator = '评查助手 Pingcha'
  wb.keywords = `${r.id} v${r.version}`
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
  sub.value = `${rubricTag(r)}　导出日期：${cnDate(snap.date)}`
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

  // 汇总: problems and rectification progress per agency, recomputed at every export.
  const states = progressCounts(rows).map(([k]) => k)
  const sum = wb.addWorksheet('整改进度汇总', { views: [{ state: 'frozen', ySplit: 1 }] })
  sum.columns = [{ width: 22 }, { width: 10 }, ...states.map(() => ({ width: 10 })), { width: 12 }]
  const sh = sum.addRow(['单位', '问题数', ...states, '整改完成率'])
  sh.font = { ...font, bold: true }
  const agencies = [...new Set(rows.map((x) => x.values[1]))]
  for (const a of [...agencies, '合计']) {
    const mine = a === '合计' ? rows : rows.filter((x) => x.values[1] === a)
    const done = mine.filter((x) => x.values[9] === '已整改').length
    const row = sum.addRow([a, mine.length, ...states.map((st) => mine.filter((x) => x.values[9] === st).length), mine.length ? done / mine.length : 0])
    row.font = a === '合计' ? { ...font, bold: true } : font
    row.getCell(states.length + 3).numFmt = '0.0%'
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
