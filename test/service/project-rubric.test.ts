/**
 * A rubric in use by a project never changes under it. The project keeps a copy of its rubric; checking, scoring and
 * exports use that copy whatever the library holds: the app's file replaced by a newer version, the file changed
 * without a version bump, a saved version deleted. Older projects get a copy the first time they are opened. Only
 * project.setRubric changes it: recorded in the audit trail, the cases checked again, decisions kept.
 *
 * The two versions crafted here differ in one item: 1.3 takes 2 points per inconsistency (C7), 1.4 the shipped 1 point;
 * the sample case has one inconsistency, so it scores 98 under 1.3 and 99 under 1.4.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EngineError } from '../../shared/errors'
import { withVersion } from '../../shared/rubric'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { MIGRATIONS, migrate, openDb, sha256Of } from '../../electron/engine/store'
import { waitJob } from './jobs'

const ID = 'general-penalty'
const shipped = readFileSync(join(appPaths().rubricsDir, `${ID}.yaml`), 'utf8')
const C7 = /(- id: C7\n(?:.*\n){2}\s+deduction: )每处扣1分/
if (!C7.test(shipped)) throw new Error('the shipped rubric no longer has C7 with 每处扣1分: craft the two versions anew')
/** 1.3: 2 points per inconsistency. 1.4: as shipped. */
const V13 = withVersion(shipped, '1.3').replace(C7, '$1每处扣2分')
const V14 = withVersion(shipped, '1.4')

let dir: string
let lib: string
let dataDir: string
let caseDir: string
const services: EngineService[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-project-rubric-'))
  caseDir = join(dir, 'cases', 'a')
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), caseDir, { recursive: true })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

afterEach(async () => {
  for (const s of services.splice(0)) await s.close()
})

/** A fresh app (a new start of the program) over the given library folder and data folder. */
function app(): EngineService {
  const s = new EngineService({ transport: 'http', paths: { dataDir, rubricsDir: lib } })
  services.push(s)
  return s
}
/** The app's own library holds exactly this rubric text. */
function ship(text: string) {
  rmSync(lib, { recursive: true, force: true })
  mkdirSync(lib, { recursive: true })
  writeFileSync(join(lib, `${ID}.yaml`), text)
}
function fresh(name: string) {
  lib = join(dir, name, 'rubrics')
  dataDir = join(dir, name, 'data')
}
async function importCase(s: EngineService, projectId: string) {
  const { jobId } = await s.call('case.import', { projectId, folders: [caseDir] })
  const job = await waitJob(s, jobId)
  expect(job.state, job.message).toBe('done')
  return (await s.call('case.get', { projectId, caseId: job.caseIds[0]! }))
}
const refusal = (p: Promise<unknown>) => p.then(() => expect.unreachable('should be refused') as never, (e: unknown) => e as EngineError)
const create = (s: EngineService, name: string) => s.call('project.create', { name, rubricId: ID, agencies: [], reviewers: [], samplingRatio: null })
/** The snapshot the exports are written from. */
async function exported(s: EngineService, projectId: string) {
  const store = s['stores'].get(projectId)!
  return s.snapshot(store, 'all')
}

describe('the project checks with its own copy of its rubric', () => {
  it('the two crafted versions give the case different scores', async () => {
    fresh('crafted')
    ship(V13)
    const s = app()
    const p = await create(s, '按 1.3')
    expect((await importCase(s, p.id)).result).toMatchObject({ rubric: { version: '1.3' }, score: 98 })
    ship(V14)
    const t = app()
    const q = await create(t, '按 1.4')
    expect((await importCase(t, q.id)).result).toMatchObject({ rubric: { version: '1.4' }, score: 99 })
  })

  it('keeps checking, scoring and exporting with 1.3 after an update replaced the app’s 1.3 by 1.4', async () => {
    fresh('replaced')
    ship(V13)
    const before = app()
    const p = await create(before, '2026 年度评查')
    expect(p.rubric).toMatchObject({ id: ID, version: '1.3', sha256: sha256Of(V13), origin: 'created', library: 'same', newer: [] })
    const first = await importCase(before, p.id)
    expect(first.result?.score).toBe(98)
    await before.close()

    ship(V14) // the app is updated: its rubrics/ now holds 1.4 only
    const s = app()
    const opened = await s.call('project.open', { dbPath: p.dbPath })
    expect(opened.rubricVersion).toBe('1.3')
    expect(opened.rubric).toMatchObject({ version: '1.3', name: '行政处罚案卷评查标准（通用）', library: 'absent', newer: ['1.4'] })
    const again = await s.call('case.recheck', { projectId: p.id, caseId: first.row.id })
    expect(again.result).toMatchObject({ rubric: { version: '1.3' }, score: 98 })
    expect((await importCase(s, p.id)).result?.score).toBe(98)
    const snap = await exported(s, p.id)
    expect(snap.rubric.version).toBe('1.3')
    expect(snap.cases[0]!.score?.total).toBe(98)
    // a new project gets the library's newest
    expect((await create(s, '新项目')).rubric?.version).toBe('1.4')
    const usage = await s.call('rubric.usage', undefined)
    expect(usage.find((u) => u.version === '1.3')?.projects.map((x) => x.name)).toEqual(['2026 年度评查'])
  })

  it('keeps its copy when the app’s file of the same version changed without a version bump', async () => {
    fresh('changed')
    ship(V13)
    const before = app()
    const p = await create(before, '同号不同文')
    await before.close()
    ship(V14.replace('version: "1.4"', 'version: "1.3"')) // 1.3 by name, 1 point per inconsistency
    const s = app()
    const opened = await s.call('project.open', { dbPath: p.dbPath })
    expect(opened.rubric).toMatchObject({ version: '1.3', sha256: sha256Of(V13), library: 'changed' })
    expect((await importCase(s, p.id)).result?.score).toBe(98)
  })

  it('keeps a saved version of the user after its file was deleted', async () => {
    fresh('deleted')
    ship(V14)
    const s = app()
    const saved = await s.call('rubric.save', { text: withVersion(V13, '1.5') })
    const p = await create(s, '用自建 1.5')
    expect(p.rubric).toMatchObject({ version: '1.5', library: 'same' })
    unlinkSync(saved.file)
    await s.close()
    const t = app()
    const opened = await t.call('project.open', { dbPath: p.dbPath })
    expect(opened.rubric).toMatchObject({ version: '1.5', library: 'absent', newer: [] })
    expect((await importCase(t, p.id)).result).toMatchObject({ rubric: { version: '1.5' }, score: 98 })
  })
})

describe('a project made before copies were kept', () => {
  /** A project database of schema 7, as the previous version of the app wrote it. */
  async function oldProject(name: string, version: string | null): Promise<string> {
    const dbPath = join(dataDir, `${name}.pingcha.sqlite`)
    mkdirSync(dataDir, { recursive: true })
    const db = await openDb(dbPath)
    await migrate(db, MIGRATIONS.filter((m) => m.version <= 7))
    await db.run('INSERT INTO projects (id, name, rubric_id, rubric_version, created_at) VALUES (?,?,?,?,?)', [`old-${name}`, name, ID, version, '2025-06-01'])
    await db.close()
    return dbPath
  }

  it('gets a copy of the version it records the first time it is opened', async () => {
    fresh('old-recorded')
    ship(V13)
    const dbPath = await oldProject('记录了 1.3', '1.3')
    const s = app()
    const p = await s.call('project.open', { dbPath })
    expect(p.rubric).toMatchObject({ version: '1.3', origin: 'recorded', note: null, library: 'same' })
    await s.close()
    ship(V14)
    const t = app()
    expect((await t.call('project.open', { dbPath })).rubric).toMatchObject({ version: '1.3', library: 'absent', newer: ['1.4'] })
  })

  it('without a recorded version, or with one gone from the library, gets the rubric it was in fact checked with, and says so', async () => {
    fresh('old-fallback')
    ship(V14)
    const none = await oldProject('未记录版本', null)
    const gone = await oldProject('记录的版本已删除', '1.2')
    const s = app()
    const a = await s.call('project.open', { dbPath: none })
    expect(a.rubric).toMatchObject({ version: '1.4', origin: 'fallback', library: 'same' })
    expect(a.rubric?.note).toBe('本项目创建时未记录评查标准的版本；已保存此前评查实际使用的程序自带版本 1.4。')
    expect(a.rubricVersion).toBe('1.4')
    const b = await s.call('project.open', { dbPath: gone })
    expect(b.rubric).toMatchObject({ version: '1.4', origin: 'fallback' })
    expect(b.rubric?.note).toContain('本项目记录的版本 1.2 已不在评查标准库中')
    await s.close()
    // kept once: a later library does not change it
    ship(V13.replace('version: "1.3"', 'version: "1.6"'))
    const t = app()
    expect((await t.call('project.open', { dbPath: none })).rubric).toMatchObject({ version: '1.4', origin: 'fallback', library: 'absent' })
    expect((await importCase(t, a.id)).result).toMatchObject({ rubric: { version: '1.4' }, score: 99 })
  })
})

describe('project.setRubric', () => {
  it('refuses malformed requests at the boundary, in Chinese', async () => {
    fresh('requests')
    ship(V13)
    const s = app()
    const p = await create(s, '校验')
    const bad = async (req: unknown, msg: RegExp) => {
      const e = await refusal(s.call('project.setRubric', req as never))
      expect(e.code).toBe('bad-request')
      expect(e.message).toMatch(msg)
    }
    await bad(null, /./)
    await bad({ projectId: p.id, rubricId: ID }, /version/)
    await bad({ projectId: p.id, rubricId: ID, version: '' }, /不能为空/)
    await bad({ projectId: p.id, rubricId: ID, version: 1.4 }, /应为文字/)
    await bad({ projectId: p.id, rubricId: `${ID}\0`, version: '1.4' }, /空字符/)
    await bad({ projectId: p.id, rubricId: ID, version: '1.4', file: '/etc/passwd' }, /字段 file 不是此接口的参数/)
    expect((await refusal(s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '9.9' }))).code).toBe('not-found')
    expect((await refusal(s.call('project.setRubric', { projectId: 'nope', rubricId: ID, version: '1.3' }))).code).toBe('not-found')
    const same = await refusal(s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '1.3' }))
    expect(same.code).toBe('refused')
    expect(same.message).toContain('已在使用')
  })

  it('switches to 1.4: recorded with who and when, the cases checked again, decisions kept where their finding is found again', async () => {
    fresh('switch')
    ship(V13)
    const s = app()
    const p = await create(s, '改用新版')
    const before = await importCase(s, p.id)
    expect(before.result?.score).toBe(98)
    const c7 = before.findings.find((f) => f.itemId === 'C7')!
    await s.call('finding.decide', { projectId: p.id, caseId: before.row.id, decision: { findingId: c7.id, action: 'reject', comment: '名称系简写', reviewer: '李评查' } })
    expect((await s.call('case.get', { projectId: p.id, caseId: before.row.id })).score?.total).toBe(100)

    writeFileSync(join(lib, `${ID}-1.4.yaml`), V14) // an update adds 1.4 beside 1.3
    const listed = (await s.call('project.list', undefined)).find((x) => x.id === p.id)!
    expect(listed.rubric).toMatchObject({ version: '1.3', newer: ['1.4'] })

    const r = await s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '1.4', reviewer: '张组长' })
    expect(r.project.rubric).toMatchObject({ version: '1.4', origin: 'switched', newer: [], library: 'same' })
    expect(r.project.rubricVersion).toBe('1.4')
    expect(r.cases).toBe(1)
    const job = await waitJob(s, r.jobId!)
    expect(job.state).toBe('done')
    expect(job.message).toContain('1.4 版')
    const after = await s.call('case.get', { projectId: p.id, caseId: before.row.id })
    expect(after.result).toMatchObject({ rubric: { version: '1.4' }, score: 99 })
    // the reviewer's rejection of the same inconsistency still counts
    expect(after.findings.some((f) => f.id === c7.id)).toBe(true)
    expect(after.decisions.map((d) => [d.findingId, d.action, d.reviewer])).toContainEqual([c7.id, 'reject', '李评查'])
    expect(after.score?.total).toBe(100)
    expect((await exported(s, p.id)).rubric.version).toBe('1.4')

    const store = s['stores'].get(p.id)!
    const log = await store.db.all<{ actor: string; action: string; at: string; detail_json: string }>("SELECT actor, action, at, detail_json FROM audit_log WHERE action='project.setRubric'")
    expect(log).toHaveLength(1)
    expect(log[0]!.actor).toBe('张组长')
    expect(log[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(JSON.parse(log[0]!.detail_json)).toMatchObject({ from: { rubricId: ID, version: '1.3', sha256: sha256Of(V13) }, to: { rubricId: ID, version: '1.4', sha256: sha256Of(V14) } })

    // the old copy stays in the project: the switch back is to the very text it had
    const back = await s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '1.3' })
    await waitJob(s, back.jobId!)
    expect((await s.call('case.get', { projectId: p.id, caseId: before.row.id })).result?.score).toBe(98)
  })

  it('leaves a case whose folder is gone as it was, and says so', async () => {
    fresh('gone')
    ship(V13)
    writeFileSync(join(lib, `${ID}-1.4.yaml`), V14)
    const s = app()
    const p = await s.call('project.create', { name: '文件夹已移走', rubricId: ID, agencies: [], reviewers: [], samplingRatio: null })
    expect(p.rubric?.version).toBe('1.4')
    await s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '1.3' })
    const moved = join(dir, 'gone', 'case')
    cpSync(caseDir, moved, { recursive: true })
    const { jobId } = await s.call('case.import', { projectId: p.id, folders: [moved] })
    const caseId = (await waitJob(s, jobId)).caseIds[0]!
    rmSync(moved, { recursive: true })
    const r = await s.call('project.setRubric', { projectId: p.id, rubricId: ID, version: '1.4' })
    const job = await waitJob(s, r.jobId!)
    expect(job.errors.map((e) => e.message).join()).toContain('案卷文件夹已不存在，未重新评查')
    const kept = await s.call('case.get', { projectId: p.id, caseId })
    expect(kept.result).toMatchObject({ rubric: { version: '1.3' }, score: 98 })
    expect(kept.documents.length).toBeGreaterThan(0)
  })
})
