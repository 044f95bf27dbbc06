/** The panel's tables in the project file: write-once records, a roster the records keep, blind decisions kept apart. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ProjectStore } from '../../electron/engine/store'
import { drawSample } from '../../shared/panel'
import type { AssignmentRecord } from '../../shared/types/panel'

const dirs: string[] = []
async function project(samplingRatio: number | null = null) {
  const d = mkdtempSync(join(tmpdir(), 'pingcha-panel-store-'))
  dirs.push(d)
  return ProjectStore.create(join(d, 'p.sqlite'), { name: '评查', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio })
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const draw = () => drawSample([{ case: 'A1', unit: '甲局' }, { case: 'A2', unit: '甲局' }], { seed: 's', rate: 0.5, min: 1 })

describe('panel store', () => {
  it('defaults to 10 %, 3 per unit, T = 5, 2 reviewers; the project’s 抽查比例 is the default rate', async () => {
    const a = await project()
    expect(await a.panel.settings()).toEqual({ rate: 0.1, min: 3, by: 'unit', threshold: 5, perCase: 2 })
    expect((await a.panel.setSettings({ min: 5 }, 'x')).min).toBe(5)
    expect((await a.panel.settings()).min).toBe(5)
    await a.close()
    const b = await project(0.3)
    expect((await b.panel.settings()).rate).toBe(0.3)
    await b.close()
  })

  it('keeps the 抽取记录 and its assignment write-once, also against SQL on the file', async () => {
    const s = await project()
    const li = await s.panel.saveMember({ name: '李评', agency: '乙局', role: '评查员', conflicts: [] }, 'x')
    const rec = await s.panel.addDraw({ drawnBy: '王组长', drawnAt: '2026-01-01T00:00:00Z', frameSource: '已导入的案卷', appVersion: '0', draw: draw() })
    const a: AssignmentRecord = { seed: 's', perCase: 1, rosterSha256: 'h', assignedBy: '王组长', assignedAt: 't', assignments: [{ case: 'A1', unit: '甲局', reviewers: [{ memberId: li.id, name: '李评', agency: '乙局' }] }] }
    await s.panel.setAssignment(rec.id, a)
    await expect(s.panel.setAssignment(rec.id, a)).rejects.toThrow(/不可更改/)
    await expect(s.db.run("UPDATE assignments SET assigned_by='x'")).rejects.toThrow(/分配记录不可修改/)
    await expect(s.db.run('DELETE FROM assignments')).rejects.toThrow(/分配记录不可删除/)
    expect((await s.panel.draws())[0].assignment).toEqual(a)
    // A person the record names stays on the roster under that name.
    await expect(s.panel.removeMember(li.id, 'x')).rejects.toThrow(/不能从名单中删除/)
    await expect(s.panel.saveMember({ ...li, name: '李四' }, 'x')).rejects.toThrow(/姓名不能再改/)
    expect((await s.panel.saveMember({ ...li, agency: '丙局' }, 'x')).agency).toBe('丙局')
    await s.close()
  })

  it('sees a draw another connection wrote, though it read the draws before', async () => {
    const s = await project()
    expect(await s.panel.draws()).toEqual([])
    const other = await ProjectStore.open(s.info.dbPath)
    await other.panel.addDraw({ drawnBy: '王组长', drawnAt: 't', frameSource: '已导入的案卷', appVersion: '0', draw: draw() })
    expect((await s.panel.draws()).map((d) => d.drawnBy)).toEqual(['王组长'])
    await other.close()
    await s.close()
  })

  it('refuses a second 提交 of one reviewer on one case', async () => {
    const s = await project()
    const m = await s.panel.saveMember({ name: '李评', agency: '乙局', role: '评查员', conflicts: [] }, 'x')
    const { lastID: caseId } = await s.db.run("INSERT INTO cases (project_id, folder, created_at) VALUES (?, '/c', 't')", [s.info.id])
    await s.panel.submit(caseId, m.id, async () => ({ score: 90, grade: '优秀', vetoed: false }), '李评')
    await expect(s.panel.submit(caseId, m.id, async () => ({ score: 80, grade: '合格', vetoed: false }), '李评')).rejects.toThrow(/已提交过/)
    expect(await s.panel.reviews(caseId)).toEqual([expect.objectContaining({ memberId: m.id, score: 90, grade: '优秀', vetoed: false })])
    await s.close()
  })
})
