import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportKind } from '../../../shared/api'
import type { ReviewSnapshot } from '../../../shared/types'
import { buildLedgerDocx, buildLedgerXlsx, LEDGER_TITLE, ledgerRows } from './ledger'
import { caseLabel } from './model'
import { buildOpinion, OPINION_TITLE } from './opinion'
import { buildReport, REPORT_TITLE_SUFFIX } from './report'
import { buildScoreSheet, SCORE_SHEET_TITLE } from './score-sheet'
import { safeName } from './style'


/**
 * Write the documents of one kind for the chosen cases of a review project; returns the files written.
 * score-sheet and opinion: one DOCX per case; report: one DOCX with charts; ledger-docx / ledger-xlsx: one file.
 */
export async function exportDocuments(snapshot: ReviewSnapshot, kind: ExportKind, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true })
  const files: string[] = []
  const write = (name: string, data: Buffer) => {
    const f = join(outDir, name)
    writeFileSync(f, data)
    files.push(f)
  }
  // Two cases may share a label (no case number yet): keep their file names apart.
  const used = new Set<string>()
  const unique = (base: string, id: number) => {
    const name = used.has(base) ? `${base}_${id}` : base
    used.add(name)
    return name
  }
  switch (kind) {
    case 'score-sheet':
      for (const c of snapshot.cases) write(`${SCORE_SHEET_TITLE}_${unique(safeName(caseLabel(c)), c.row.id)}.docx`, await buildScoreSheet(snapshot, c))
      break
    case 'opinion':
      for (const [i, c] of snapshot.cases.entries()) write(`${OPINION_TITLE}_${unique(safeName(caseLabel(c)), c.row.id)}.docx`, await buildOpinion(snapshot, c, i))
      break
    case 'report':
      write(`${safeName(snapshot.project.name)}${REPORT_TITLE_SUFFIX}.docx`, await buildReport(snapshot))
      break
    case 'ledger-docx':
      write(`${LEDGER_TITLE}.docx`, await buildLedgerDocx(snapshot, ledgerRows(snapshot)))
      break
    case 'ledger-xlsx':
      write(`${LEDGER_TITLE}.xlsx`, await buildLedgerXlsx(snapshot, ledgerRows(snapshot)))
      break
    default:
      throw new Error(`未知的导出类型：${String(kind satisfies never)}`)
  }
  return files
}
