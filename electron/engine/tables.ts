/**
 * Tables the review panel imports — the units' 案卷目录 (sampling frame) and ratings — read the same way by the
 * command line and the engine service: CSV (UTF-8, or GB18030 as Chinese Excel and WPS save it) or the first sheet
 * of an XLSX.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { EngineError } from '../../shared/errors'
import { parseCsv, readColumns, type FrameRow, type Table } from '../../shared/panel'
import { decodeText } from './ingest/txt'

export const FRAME_COLUMNS = {
  case: ['case', '案号', '案卷编号', '案卷号', '编号'],
  unit: ['unit', '单位', '执法单位', '执法机关', '执法部门'],
  type: ['type', '类型', '案件类型'],
}

/** A table the panel imports: CSV (UTF-8, or GB18030 as Chinese Excel and WPS save it) or the first sheet of an XLSX. */
export async function readTableFile(path: string, what: string): Promise<Table> {
  const file = resolve(path)
  if (!existsSync(file)) throw new EngineError('unusable-input', `找不到${what}：${path}`)
  if (statSync(file).isDirectory()) throw new EngineError('unusable-input', `${what}应为 .csv 或 .xlsx 文件，${path} 是文件夹`)
  const ext = extname(file).toLowerCase()
  if (ext === '.xlsx') {
    const wb = new ExcelJS.Workbook()
    try {
      await wb.xlsx.readFile(file)
    } catch (e) {
      throw new EngineError('unusable-input', `无法读取 Excel 文件 ${path}：${e instanceof Error ? e.message : String(e)}`)
    }
    const ws = wb.worksheets[0]
    if (!ws) throw new EngineError('unusable-input', `${path} 中没有工作表`)
    const rows: Table['rows'] = []
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const cells = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).text)
      if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells })
    })
    const [head, ...body] = rows
    return { header: (head?.cells ?? []).map((h) => h.trim()), rows: body }
  }
  if (ext === '.xls') throw new EngineError('unusable-input', `不支持旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv`)
  if (ext !== '.csv' && ext !== '.txt') throw new EngineError('unusable-input', `${what}应为 .csv 或 .xlsx 文件：${path}`)
  return parseCsv(decodeText(readFileSync(file)).text)
}

/** The sampling frame of a 案卷目录: columns case and unit (type required when strata are unit and type). */
export async function readFrame(path: string, byType: boolean): Promise<FrameRow[]> {
  const table = await readTableFile(path, '评查范围文件')
  const records = readColumns(
    table,
    [
      { key: 'case', names: FRAME_COLUMNS.case, label: '“案号”', required: true },
      { key: 'unit', names: FRAME_COLUMNS.unit, label: '“执法单位”', required: true },
      { key: 'type', names: FRAME_COLUMNS.type, label: '“案件类型”', required: byType },
    ],
    '评查范围文件',
  )
  return records.map((r) => ({ case: r.values.case ?? '', unit: r.values.unit ?? '', type: r.values.type, line: r.line }))
}
