/** Every shipped rubric (rubrics/*.yaml) exports: its items, sections, veto and remediation texts reach the documents. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDocuments } from '../../electron/engine/export'
import { allProblems, itemIndex } from '../../electron/engine/export/model'
import { parseRubric } from '../../shared/rubric'
import { snapshotForRubric } from './fixture'
import { docxText } from './pdf'

const dir = mkdtempSync(join(tmpdir(), 'pingcha-export-rubrics-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const RUBRICS = join(process.cwd(), 'rubrics')
const files = (() => {
  try {
    return readdirSync(RUBRICS).filter((f) => f.endsWith('.yaml'))
  } catch {
    return []
  }
})()


describe.runIf(files.length > 0)('exports over the shipped rubrics', () => {
  it.each(files)('%s', async (file) => {
    const { rubric, validation } = parseRubric(readFileSync(join(RUBRICS, file), 'utf8'), file)
    expect(validation.errors).toEqual([])
    const snap = snapshotForRubric(rubric!)
    const out = join(dir, file)
    const sheet = await docxText((await exportDocuments(snap, 'score-sheet', out))[1])
    const r = rubric!
    expect(sheet).toContain(`${r.name}（版本 ${r.version}）`)
    expect(sheet).not.toContain(r.id)
    for (const [, info] of itemIndex(r)) if (!info.veto) expect(sheet).toContain(info.item.title)
    for (const s of r.sections) expect(sheet).toContain(s.title)
    // The second case carries a confirmed veto finding.
    expect(snap.cases[1].score!.vetoed).toBe(true)
    expect(sheet).toContain('存在，一票否决')

    const problems = allProblems(snap)
    expect(problems.length).toBeGreaterThan(3)
    const opinion = await docxText((await exportDocuments(snap, 'opinion', out))[0])
    for (const p of problems.filter((x) => x.caseIndex === 0)) if (p.remediation) expect(opinion).toContain(p.remediation.replace(/[。；]$/, ''))
    // The rejected finding of the first case is not a problem.
    const rejected = snap.cases[0].decisions.find((d) => d.action === 'reject')!.findingId!
    expect(problems.some((p) => p.caseIndex === 0 && p.findingId === rejected)).toBe(false)

    const report = await docxText((await exportDocuments(snap, 'report', out))[0])
    expect(report).toContain(`计入扣分（含一票否决）的问题共${problems.length}个`)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync((await exportDocuments(snap, 'ledger-xlsx', out))[0]) as unknown as ArrayBuffer)
    expect(wb.getWorksheet('整改台账')!.rowCount).toBe(3 + problems.length)
  })
})
