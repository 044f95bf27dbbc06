/**
 * A project keeps its own copy of the rubric it uses (migration 8): kept at creation in the same transaction, never
 * changed afterwards, the newest copy being the one in use; a project database of schema 7 (before copies) opens
 * with its rows intact and no copy yet, for the service to keep one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS, ProjectStore, migrate, openDb, sha256Of } from '../../electron/engine/store'

const dirs: string[] = []
function tmpDb() {
  const d = mkdtempSync(join(tmpdir(), 'pingcha-copy-'))
  dirs.push(d)
  return join(d, 'p.pingcha.sqlite')
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const TEXT = 'id: general-penalty\nname: 通用标准\nversion: "1.3"\n'

describe('the rubric copy of a project', () => {
  it('is kept at creation with its hash, and read back on opening', async () => {
    const path = tmpDb()
    const s = await ProjectStore.create(path, { name: '甲', rubricId: 'general-penalty', rubricVersion: '1.3', rubricSource: TEXT, agencies: [], reviewers: [], samplingRatio: null })
    expect(s.rubric).toMatchObject({ rubricId: 'general-penalty', version: '1.3', source: TEXT, sha256: sha256Of(TEXT), origin: 'created', note: null })
    await s.close()
    const again = await ProjectStore.open(path)
    expect(again.rubric?.source).toBe(TEXT)
    expect(again.info.rubricVersion).toBe('1.3')
    await again.close()
  })

  it('is never changed in place; a switch adds a copy, the newest is the one used, and the audit trail says who switched', async () => {
    const path = tmpDb()
    const s = await ProjectStore.create(path, { name: '乙', rubricId: 'general-penalty', rubricVersion: '1.3', rubricSource: TEXT, agencies: [], reviewers: [], samplingRatio: null })
    await expect(s.db.run("UPDATE rubric_copies SET source='id: x'")).rejects.toThrow(/副本不可修改/)
    const next = TEXT.replace('1.3', '1.4')
    await s.keepRubric({ rubricId: 'general-penalty', version: '1.4', source: next, origin: 'switched', note: null, storedBy: '张组长' })
    expect(s.rubric).toMatchObject({ version: '1.4', origin: 'switched', storedBy: '张组长' })
    expect(s.info.rubricVersion).toBe('1.4')
    expect(s.rubricCopyOf('general-penalty', '1.3')?.source).toBe(TEXT)
    const row = await s.db.get<{ actor: string; detail_json: string }>("SELECT actor, detail_json FROM audit_log WHERE action='project.setRubric'")
    expect(row?.actor).toBe('张组长')
    expect(JSON.parse(row!.detail_json)).toMatchObject({ from: { version: '1.3', sha256: sha256Of(TEXT) }, to: { version: '1.4', sha256: sha256Of(next) }, origin: 'switched' })
    // a copy kept on opening never replaces one the project has (another process kept it first)
    await s.keepRubric({ rubricId: 'general-penalty', version: '1.2', source: TEXT, origin: 'recorded', note: null, storedBy: 'system' })
    expect(s.rubric?.version).toBe('1.4')
    await s.close()
  })

  it('an old project database (schema 7) opens with its rows and without a copy', async () => {
    const path = tmpDb()
    const db = await openDb(path)
    await migrate(db, MIGRATIONS.filter((m) => m.version <= 7))
    await db.run("INSERT INTO projects (id, name, rubric_id, rubric_version, created_at) VALUES ('p1', '2025年度评查', 'general-penalty', '1.3', '2025-03-01')")
    await db.run("INSERT INTO cases (project_id, folder, created_at) VALUES ('p1', '/cases/1', '2025-03-02')")
    await db.close()
    const s = await ProjectStore.open(path)
    expect(s.rubric).toBeNull()
    expect(s.info).toMatchObject({ name: '2025年度评查', rubricVersion: '1.3' })
    expect((await s.listCases()).map((c) => c.folder)).toEqual(['/cases/1'])
    const kept = await s.keepRubric({ rubricId: 'general-penalty', version: '1.3', source: TEXT, origin: 'recorded', note: null, storedBy: 'system' })
    expect(kept.origin).toBe('recorded')
    expect((await s.auditLog()).map((a) => a.action)).toContain('project.keepRubric')
    await s.close()
  })
})
