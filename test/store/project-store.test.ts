import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ProjectStore } from '../../electron/engine/store'
import type { CaseResult, Finding, IngestResult } from '../../shared/types'

const dirs: string[] = []
function tmpPath() {
  const d = mkdtempSync(join(tmpdir(), 'pingcha-store-'))
  dirs.push(d)
  return join(d, '评查 项目(1).pingcha.sqlite')
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const ingest: IngestResult = {
  root: '/cases/A',
  files: [{ file: '01 立案审批表.pdf', bytes: 10, sha256: 'ab', kind: 'pdf', pages: 1 }],
  pages: [{ file: '01 立案审批表.pdf', page: 1, width: 595, height: 842, unit: 'pt', source: 'text', lines: [{ text: '立案审批表', bbox: { x: 1, y: 2, w: 3, h: 4 }, confidence: 1 }] }],
  errors: [{ file: '02.doc', code: 'legacy-format', message: '旧版 Word 文件，请另存为 .docx' }],
}
const finding = (id: string, deduction: number): Finding => ({
  id,
  kind: 'officers',
  itemId: 'i1',
  docTypes: ['询问笔录'],
  message: '执法人员少于两名',
  deduction,
  status: 'open',
  evidence: [{ file: '01 立案审批表.pdf', page: 1, text: '执法人员：张三' }],
})
const result = (findings: Finding[]): CaseResult => ({
  case: { folder: '/cases/A', caseNumber: '京朝市监罚字[2023]第101号', party: '某某公司', procedure: '普通程序' },
  rubric: { id: 'general-penalty', version: '1' },
  score: 95,
  grade: '优秀',
  vetoed: false,
  documents: [],
  findings,
  items: [],
  scoreDetail: { total: 95, grade: '优秀', vetoed: false, vetoItems: [], sections: [], items: [], bonus: 0, pending: 0 },
  errors: [],
  provenance: { engine: 'test', checkedAt: '2024-05-01T00:00:00Z' },
})

describe('ProjectStore', () => {
  it('keeps a project, its cases, findings and reviewer decisions across re-checks and re-opening', async () => {
    const path = tmpPath()
    const s = await ProjectStore.create(path, { name: '2024 评查', rubricId: 'general-penalty', agencies: ['朝阳区市场监管局'], reviewers: ['李四'], samplingRatio: 0.1 })
    const id = await s.saveCase('/cases/A', { ingest, documents: [], facts: null, result: result([finding('f1', 2), finding('f2', 1)]), agency: '朝阳区市场监管局' })
    await s.addDecision(id, { findingId: 'f1', action: 'reject', reviewer: '李四', comment: '有两名执法人员签名', at: '2024-05-02T00:00:00Z' }, (r) => r.scoreDetail)
    let rows = await s.listCases()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ caseNumber: '京朝市监罚字[2023]第101号', agency: '朝阳区市场监管局', status: '已完成', pending: 0 })
    // A decision that leaves items for a reviewer keeps the case provisional.
    await s.addDecision(id, { itemId: 'i9', action: 'adjust', points: 1, reviewer: '李四', at: '2024-05-02T01:00:00Z' }, (r) => ({ ...r.scoreDetail, total: 94, pending: 2 }))
    expect((await s.listCases())[0]).toMatchObject({ score: 94, pending: 2, status: '评查中' })

    // Re-check: findings replaced, decision kept, same case row.
    const id2 = await s.saveCase('/cases/A', { ingest, documents: [], facts: null, result: result([finding('f1', 2)]) })
    expect(id2).toBe(id)
    expect((await s.findings(id)).map((f) => f.id)).toEqual(['f1'])
    expect((await s.decisions(id))[0]).toEqual({ findingId: 'f1', action: 'reject', reviewer: '李四', comment: '有两名执法人员签名', at: '2024-05-02T00:00:00Z' })
    expect(await s.caseFileErrors(id)).toEqual([{ file: '02.doc', code: 'legacy-format', message: '旧版 Word 文件，请另存为 .docx' }])
    await s.close()

    const s2 = await ProjectStore.open(path)
    expect(s2.info).toMatchObject({ name: '2024 评查', agencies: ['朝阳区市场监管局'], reviewers: ['李四'], samplingRatio: 0.1 })
    rows = await s2.listCases()
    expect(rows[0].pending).toBe(0) // the re-check's result, with no item left to a reviewer
    expect((await s2.casePages(id))[0].lines[0].text).toBe('立案审批表')
    const log = await s2.auditLog()
    expect(log.map((l) => l.action)).toEqual(['case.recheck', 'finding.adjust', 'finding.reject', 'case.import', 'project.create'])
    await s2.close()
  })

  it('refuses to create a project over an existing one, and to open a file that is not a project', async () => {
    const path = tmpPath()
    const s = await ProjectStore.create(path, { name: 'x', rubricId: 'r', agencies: [], reviewers: [], samplingRatio: null })
    await s.close()
    await expect(ProjectStore.create(path, { name: 'y', rubricId: 'r', agencies: [], reviewers: [], samplingRatio: null })).rejects.toThrow(/已经是一个评查项目/)
    await expect(ProjectStore.open(tmpPath())).rejects.toThrow(/不是评查项目文件/)
  })

  it('keeps ledger edits', async () => {
    const s = await ProjectStore.create(tmpPath(), { name: 'x', rubricId: 'r', agencies: [], reviewers: [], samplingRatio: null })
    const id = await s.saveCase('/cases/B', { ingest, documents: [], facts: null, result: result([finding('f9', 1)]) })
    const e = await s.updateLedger({ id: 0, caseId: id, findingId: 'f9', deadline: '2024-12-31', owner: '王五', progress: null }, '李四')
    expect(e.version).toBe(1)
    await s.updateLedger({ ...e, progress: '已整改' }, '李四')
    expect(await s.ledger()).toEqual([{ id: e.id, caseId: id, findingId: 'f9', deadline: '2024-12-31', owner: '王五', progress: '已整改', version: 2 }])
    await s.close()
  })
})
