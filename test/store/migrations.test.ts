import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS, SCHEMA_VERSION, migrate, openDb } from '../../electron/engine/store'

const dirs: string[] = []
function tmpDb() {
  const d = mkdtempSync(join(tmpdir(), 'pingcha-db-'))
  dirs.push(d)
  return join(d, 'p.sqlite')
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('schema migrations', () => {
  it('creates every table of schema v1 on an empty database, with WAL on', async () => {
    const db = await openDb(tmpDb())
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    const tables = (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")).map((r) => r.name)
    for (const t of ['projects', 'agencies', 'cases', 'files', 'pages', 'documents', 'facts', 'findings', 'decisions', 'audit_log', 'ledger'])
      expect(tables).toContain(t)
    expect((await db.get<{ journal_mode: string }>('PRAGMA journal_mode'))!.journal_mode).toBe('wal')
    expect((await db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version).toBe(SCHEMA_VERSION)
    await db.close()
  })

  it('upgrades an existing v1 database without losing its rows, and a second run changes nothing', async () => {
    const path = tmpDb()
    let db = await openDb(path)
    expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1])
    await db.run("INSERT INTO projects (id, name, rubric_id, created_at) VALUES ('p1', '2024年度评查', 'general-penalty', '2024-01-01')")
    await db.run("INSERT INTO cases (project_id, folder, case_number, created_at) VALUES ('p1', '/cases/1', '沪市监处罚〔2024〕12号', '2024-01-02')")
    await db.run("INSERT INTO decisions (case_id, finding_id, action, reviewer, at) VALUES (1, 'f1', 'reject', '张三', '2024-01-03')")
    await db.close()

    db = await openDb(path)
    expect(await migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version))
    expect(await migrate(db)).toEqual([])
    expect(await db.get('SELECT name FROM projects')).toEqual({ name: '2024年度评查' })
    expect(await db.get('SELECT case_number FROM cases')).toEqual({ case_number: '沪市监处罚〔2024〕12号' })
    expect(await db.get('SELECT reviewer, action FROM decisions')).toEqual({ reviewer: '张三', action: 'reject' })
    await db.run("INSERT INTO ledger (case_id, finding_id, updated_at) VALUES (1, 'f1', '2024-02-01')")
    expect((await db.all('SELECT * FROM ledger')).length).toBe(1)
    await db.close()
  })

  it('rolls back a failing migration and leaves the version unchanged', async () => {
    const db = await openDb(tmpDb())
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE t (x INTEGER); INSERT INTO nosuch VALUES (1);' }]
    await expect(migrate(db, broken)).rejects.toThrow()
    expect((await db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version).toBe(1)
    expect(await db.get("SELECT name FROM sqlite_master WHERE name='t'")).toBeUndefined()
    await db.close()
  })

  it('refuses a database made by a newer version of the program', async () => {
    const db = await openDb(tmpDb())
    await db.exec('PRAGMA user_version = 99')
    await expect(migrate(db)).rejects.toThrow(/高于本程序支持的版本/)
    await db.close()
  })
})
