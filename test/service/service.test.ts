/** The engine service as the desktop app and the browser bridge use it: a project from creation to export, on real sample cases. */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EngineEvent } from '../../shared/api'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { waitJob as waitJobOf } from './jobs'
import { docxText } from '../export/pdf'

let dir: string
let service: EngineService
const events: EngineEvent[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-service-'))
  // Copies, so a case folder name with spaces and brackets is exercised too.
  const samples = appPaths().samplesDir
  cpSync(join(samples, '01-clean-ordinary-docx'), join(dir, 'cases', '某区市场监管局', '案卷 (1)'), { recursive: true })
  cpSync(join(samples, '04-simple-inconsistent-txt'), join(dir, 'cases', '某区市场监管局', '案卷 (2)'), { recursive: true })
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
  service.onEvent((e) => events.push(e))
})
afterAll(async () => {
  await service.close()
  rmSync(dir, { recursive: true, force: true })
})

const waitJob = (jobId: string) => waitJobOf(service, jobId)

describe('engine service: project → import → review → export', () => {
  it('runs a review project end to end and keeps every decision', async () => {
    const { rubrics, invalid } = await service.call('rubric.list', undefined)
    expect(rubrics.map((r) => r.id)).toContain('general-penalty')
    expect(invalid).toEqual([])
    await expect(service.call('project.create', { name: ' ', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })).rejects.toThrow(/项目名称/)
    await expect(service.call('project.create', { name: 'x', rubricId: 'no-such', agencies: [], reviewers: [], samplingRatio: null })).rejects.toThrow(/没有编号为 no-such/)

    const p = await service.call('project.create', { name: '2025 年度集中评查', rubricId: 'general-penalty', agencies: ['某区市场监管局'], reviewers: ['张三'], samplingRatio: 0.1 })
    expect(existsSync(p.dbPath)).toBe(true)
    expect((await service.call('project.list', undefined)).map((x) => x.id)).toContain(p.id)

    // A parent folder of several cases imports each case.
    const { jobId } = await service.call('case.import', { projectId: p.id, folders: [join(dir, 'cases')] })
    const job = await waitJob(jobId)
    expect(job.state).toBe('done')
    expect(job.caseIds).toHaveLength(2)
    expect(events.some((e) => e.type === 'progress' && e.progress.jobId === jobId)).toBe(true)
    // Each progress line names its case in the import, and each case is saved before the next is read.
    const lines = events.flatMap((e) => (e.type === 'progress' && e.progress.jobId === jobId ? [e.progress] : []))
    expect(lines.every((l) => l.caseCount === 2 && (l.caseIndex === 0 || l.caseIndex === 1) && l.caseName)).toBe(true)
    expect(lines.filter((l) => l.stage === 'store').map((l) => l.caseIndex)).toEqual([0, 1])
    expect(lines.map((l) => l.caseIndex)).toEqual([...lines.map((l) => l.caseIndex)].sort())

    const rows = await service.call('case.list', { projectId: p.id })
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r.agency === '某区市场监管局' && r.score !== null && r.grade)).toBe(true)
    expect(rows.map((r) => r.caseNumber)).toEqual(['杭西自然资测罚〔2025〕174号', '朔城综执罚〔2025〕073号'])

    const detail = await service.call('case.get', { projectId: p.id, caseId: rows[1].id })
    expect(detail.documents.length).toBeGreaterThan(2)
    expect(detail.result!.rubric.id).toBe('general-penalty')
    for (const f of detail.findings) expect(f.evidence.length).toBeGreaterThan(0)

    // Rejecting a deducting finding gives back its points (or leaves the score where a veto or a floor holds it).
    const deducting = detail.findings.find((f) => f.deduction > 0 && f.status === 'open' && !f.veto)!
    expect(deducting).toBeTruthy()
    // Standing, it is a row of the project-wide 整改台账, in the exported columns, not yet rectified.
    const table = await service.call('ledger.table', { projectId: p.id })
    expect(table.columns).toEqual(['序号', '单位', '案号', '问题类别', '问题描述', '依据', '整改措施', '整改时限', '整改责任人', '整改情况'])
    const row = table.rows.find((r) => r.caseId === rows[1].id && r.findingId === deducting.id)!
    expect(row.entry).toBeNull()
    expect(row.values.length).toBe(table.columns.length)
    expect(row.values.slice(7)).toEqual(['', '', '未整改'])
    // No name sent and none in 设置: the decision is the project's one reviewer's, named when it was created.
    const unnamed = await service.call('finding.decide', { projectId: p.id, caseId: rows[1].id, decision: { findingId: deducting.id, action: 'accept', reviewer: '' } })
    expect(unnamed.decisions.at(-1)).toMatchObject({ action: 'accept', reviewer: '张三' })
    const before = detail.score!
    const after = await service.call('finding.decide', { projectId: p.id, caseId: rows[1].id, decision: { findingId: deducting.id, action: 'reject', reviewer: '张三', comment: '经核对无误' } })
    const item = (s: typeof before) => s.items.find((i) => i.itemId === deducting.itemId)!
    expect(item(after.score).deducted).toBeLessThan(item(before).deducted)
    expect(after.decisions.at(-1)).toMatchObject({ findingId: deducting.id, action: 'reject', reviewer: '张三', comment: '经核对无误' })
    expect((await service.call('case.get', { projectId: p.id, caseId: rows[1].id })).score).toEqual(after.score)

    // The file of a piece of evidence is served for the viewer; paths outside the case folder are refused.
    const ev = detail.findings.flatMap((f) => f.evidence).find((e) => e.file && !e.file.startsWith('/'))!
    const file = await service.call('case.file', { projectId: p.id, caseId: rows[1].id, path: ev.file })
    expect(file.base64.length).toBeGreaterThan(10)
    await expect(service.call('case.file', { projectId: p.id, caseId: rows[1].id, path: '../../../etc/passwd' })).rejects.toThrow(/不在案卷文件夹内/)

    // Ledger edits persist, and the project re-opens with everything in it.
    const entry = await service.call('ledger.update', { projectId: p.id, entry: { id: 0, caseId: rows[1].id, findingId: deducting.id, deadline: '2026-12-31', owner: '李四', progress: '整改中' } })
    expect((await service.call('ledger.list', { projectId: p.id }))[0]).toEqual(entry)
    // Once rejected the finding is no problem any more: the project-wide 整改台账 leaves it out, its entry notwithstanding.
    expect((await service.call('ledger.table', { projectId: p.id })).rows.some((r) => r.findingId === deducting.id)).toBe(false)

    const exported = await service.call('export.run', { projectId: p.id, kind: 'score-sheet', caseIds: [rows[1].id], outDir: join(dir, 'out') })
    expect(exported.files).toHaveLength(1)
    expect(existsSync(exported.files[0])).toBe(true)

    const again = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
    const reopened = await again.call('project.open', { dbPath: p.dbPath })
    const rows2 = await again.call('case.list', { projectId: reopened.id })
    expect(rows2.find((r) => r.id === rows[1].id)!.score).toBe(after.score.total)
    await again.close()
  })

  it('with several reviewers asks who decides; a case without its 执法单位 gets one from the reviewer, and the 意见书 is addressed to it', async () => {
    const p = await service.call('project.create', { name: '两人评查', rubricId: 'general-penalty', agencies: [], reviewers: ['张三', '李四'], samplingRatio: null })
    const job = await waitJob((await service.call('case.import', { projectId: p.id, folders: [join(dir, 'cases', '某区市场监管局', '案卷 (2)')] })).jobId)
    expect(job.state).toBe('done')
    const [row] = await service.call('case.list', { projectId: p.id })
    const { findings } = await service.call('case.get', { projectId: p.id, caseId: row.id })
    const decide = (reviewer: string) => service.call('finding.decide', { projectId: p.id, caseId: row.id, decision: { findingId: findings[0].id, action: 'accept', reviewer } })
    await expect(decide('')).rejects.toMatchObject({ code: 'refused', message: '请先选择本次评查人（本项目的评查人员：张三、李四）' })
    expect((await decide('李四')).decisions.at(-1)!.reviewer).toBe('李四')

    await expect(service.call('case.setAgency', { projectId: p.id, caseId: row.id, agency: '  ' })).rejects.toThrow(/请填写执法单位/)
    const set = await service.call('case.setAgency', { projectId: p.id, caseId: row.id, agency: ' 某县综合行政执法局 ' })
    expect(set.agency).toBe('某县综合行政执法局')
    expect((await service.call('case.list', { projectId: p.id }))[0].agency).toBe('某县综合行政执法局')
    const [opinion] = (await service.call('export.run', { projectId: p.id, kind: 'opinion', caseIds: [row.id], outDir: join(dir, 'out-agency') })).files
    const text = await docxText(opinion)
    expect(text).toContain('某县综合行政执法局：')
    expect(text).not.toContain('未识别出执法单位')
  })

  it('says plainly when an import folder holds no case files, and lets a running job be cancelled', async () => {
    const p = await service.call('project.create', { name: '空文件夹', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    const empty = mkdtempSync(join(dir, 'empty-'))
    const job = await waitJob((await service.call('case.import', { projectId: p.id, folders: [empty] })).jobId)
    expect(job).toMatchObject({ state: 'failed', message: expect.stringContaining('没有可读取的案卷文件') })
    await expect(service.call('case.import', { projectId: p.id, folders: [join(dir, 'nope')] })).rejects.toThrow(/找不到文件夹/)

    const { jobId } = await service.call('case.import', { projectId: p.id, folders: [join(dir, 'cases')] })
    expect(await service.call('job.cancel', { jobId })).toEqual({ cancelled: true })
    const done = await waitJob(jobId)
    expect(done.state).toBe('cancelled')
  })
})
