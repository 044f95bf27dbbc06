/** Exports of unusual projects: nothing to report, unscored cases, nested sections, bonus items, other veto effects. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportKind } from '../../shared/api'
import type { ReviewSnapshot } from '../../shared/types'
import { exportDocuments } from '../../electron/engine/export'
import { scoreCase } from '../../shared/score'
import { fixtureSnapshot } from './fixture'
import { docxText } from './pdf'

const dir = mkdtempSync(join(tmpdir(), 'pingcha-export-edge-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))


const KINDS: ExportKind[] = ['score-sheet', 'opinion', 'report', 'ledger-docx', 'ledger-xlsx']

async function exportAll(snap: ReviewSnapshot, name: string): Promise<Record<ExportKind, string[]>> {
  const out = {} as Record<ExportKind, string[]>
  for (const k of KINDS) out[k] = await exportDocuments(snap, k, join(dir, name))
  return out
}

describe('edge cases', () => {
  it('an empty project still gives a report and an empty ledger', async () => {
    const snap = { ...fixtureSnapshot(), cases: [], ledger: [] }
    const f = await exportAll(snap, 'empty')
    expect(f['score-sheet']).toHaveLength(0)
    expect(f.opinion).toHaveLength(0)
    const t = await docxText(f.report[0])
    expect(t).toContain('本次评查范围为导入的全部案卷（共0卷）')
    expect(t).toContain('本次评查未发现扣分问题')
    expect(t).toContain('平均得分—分')
    expect(t).toContain('行政处罚案卷评查标准（通用）（版本 2026.1）')
    // The listed agencies have no case here: said plainly, not that they did not send any.
    expect(t).toContain('本次没有案卷参加评查')
    expect(t).not.toContain('未报送')
    expect(await docxText(f['ledger-docx'][0])).toContain('共0个问题')
  })

  it('a case not yet checked says so instead of inventing a score', async () => {
    const snap = fixtureSnapshot({ cases: 2 })
    snap.cases[1] = { ...snap.cases[1], result: null, score: null, decisions: [], row: { ...snap.cases[1].row, score: null, grade: null, agency: null, caseNumber: null } }
    const f = await exportAll(snap, 'unchecked')
    const sheet = await docxText(f['score-sheet'][1])
    expect(sheet).toContain('总分 未评分 分')
    expect(sheet).toContain('未识别（案卷中未读出执法单位）')
    expect(sheet).not.toContain('未指定单位')
    expect(await docxText(f.opinion[1])).toContain('尚未评分')
    const report = await docxText(f.report[0])
    expect(report).toContain('其中已评分1件')
    expect(report).toContain('本次评查范围为导入的全部案卷（共2卷），涉及市市场监督管理局1卷，共1个执法单位，另有1卷未识别出执法单位')
    expect(f['score-sheet'][1]).toMatch(/评分表_.+\.docx$/)
  })

  it('nested sections and bonus items appear in the score sheet; a cap_grade veto is worded as such', async () => {
    const snap = fixtureSnapshot({ cases: 6 })
    const r = snap.rubric
    const [a, b] = r.sections.splice(0, 2)
    r.sections.unshift({ id: 'S-CX', title: '程序标准', points: a.points + b.points, sections: [a, b] })
    r.bonus = { max: 3, items: [{ id: 'X1', title: '执法全过程记录资料完整入卷', points: 2, deduction: { form: 'whole' }, check: { kind: 'manual' } }] }
    r.veto = { ...r.veto, effect: 'cap_grade', capGrade: '合格' }
    for (const c of snap.cases) c.score = scoreCase(r, c.result!.items, c.result!.findings, c.decisions)
    const vi = snap.cases.findIndex((c) => c.score?.vetoed)
    expect(vi).toBeGreaterThanOrEqual(0)
    const f = await exportAll(snap, 'nested')
    const sheet = await docxText(f['score-sheet'][vi])
    expect(sheet).toContain('一、程序标准')
    expect(sheet).toContain(`${a.title}（${a.points}分`)
    expect(sheet).toContain(`${b.title}（${b.points}分`)
    expect(sheet).toContain('加分项（最高加3分')
    expect(sheet).toContain('执法全过程记录资料完整入卷')
    expect(sheet).toContain('等级不高于合格')
    expect(snap.cases[vi].score!.grade).toBe('合格')
    expect(sheet).toContain(`总分 ${snap.cases[vi].score!.total} 分　等级：合格`)
    // The opinion groups problems by top-level section, and names the sub-section.
    const op = await docxText(f.opinion[vi])
    expect(op).toContain('一票否决问题')
  })

  it('a veto item resting on an unconfirmed finding is shown as 待核实, not as passed', async () => {
    const snap = fixtureSnapshot({ cases: 1 })
    const c = snap.cases[0]
    c.result!.findings.push({ id: 'V1-x', kind: 'manual', itemId: 'V1', docTypes: [], message: '决定书加盖内设机构印章', deduction: 0, status: 'verify', veto: true, evidence: [{ file: '08行政处罚决定书.pdf', page: 2, text: '（印章）' }] })
    c.score = scoreCase(snap.rubric, c.result!.items, c.result!.findings, c.decisions)
    expect(c.score.vetoPending).toEqual(['V1'])
    const f = await exportDocuments(snap, 'score-sheet', join(dir, 'veto-pending'))
    const t = await docxText(f[0])
    expect(t).toContain('待核实：1. 决定书加盖内设机构印章（08行政处罚决定书.pdf 第2页）【待核实，暂不扣分】')
    expect(t).not.toContain('一票否决：1. 决定书加盖')
  })

  it('a clean case gets an opinion without problems and a full score sheet', async () => {
    const snap = fixtureSnapshot({ cases: 1 })
    const c = snap.cases[0]
    c.result!.findings = []
    c.decisions = []
    c.result!.items = c.result!.items.map((i) => ({ ...i, status: 'pass', findingIds: [] }))
    c.score = scoreCase(snap.rubric, c.result!.items, [], [])
    expect(c.score.total).toBe(100)
    const op = await docxText((await exportDocuments(snap, 'opinion', join(dir, 'clean')))[0])
    expect(op).toContain('得分100分，等级为“优秀”。未发现扣分问题。')
    expect(op).toContain('一、整改要求')
    expect(op).not.toContain('方面的问题')
    const sheet = await docxText((await exportDocuments(snap, 'score-sheet', join(dir, 'clean')))[0])
    expect(sheet).toContain('总分 100 分　等级：优秀')
    expect((await exportDocuments(snap, 'ledger-docx', join(dir, 'clean'))).length).toBe(1)
  })

  it('two cases with the same label get distinct files', async () => {
    const snap = fixtureSnapshot({ cases: 2 })
    snap.cases[1].row = { ...snap.cases[1].row, caseNumber: snap.cases[0].row.caseNumber }
    const f = await exportDocuments(snap, 'score-sheet', join(dir, 'dup'))
    expect(new Set(f).size).toBe(2)
  })
})
