/**
 * The engine API as an attacker calls it (issue: "Loopback server and engine API"), straight against the engine
 * service that IPC and `pingcha serve` share: each attack is refused with a 4xx-class error, nothing outside what
 * the user chose is read, written or deleted, and the service keeps working afterwards.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS, type ApiMethod } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { waitJob as waitJobOf } from '../service/jobs'

const SECRET = 'TOPSECRET-5b1e-not-for-the-engine'
let dir: string
let dataDir: string
let service: EngineService
let projectId: string
let caseId: number
let singleId: number

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')
const mode = (f: string) => statSync(f).mode & 0o777
const posix = process.platform !== 'win32'

/** The error a call ends with (it must end with one). */
async function refusal(p: Promise<unknown>): Promise<EngineError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  )
  expect(e, 'the call must be refused').toBeInstanceOf(EngineError)
  return e as EngineError
}
const FOUR_XX = ['bad-request', 'not-found', 'unusable-input']

const waitJob = (jobId: string) => waitJobOf(service, jobId)

function sqliteFile(path: string, sql: string): Promise<void> {
  return new Promise((res, rej) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return rej(err)
      db.exec(sql, (e) => db.close(() => (e ? rej(e) : res())))
    })
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-attack-'))
  dataDir = join(dir, 'data')
  mkdirSync(join(dir, 'secret'))
  writeFileSync(join(dir, 'secret', 'passwd.txt'), `root:x:0:0:${SECRET}\n`)
  writeFileSync(join(dir, 'secret', 'rubric.yaml'), `id: ${SECRET}\n: : bad yaml ${SECRET}\n`)
  // A case folder with a symlink leading out of it, and a case imported as one file with a sibling beside it.
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), join(dir, 'cases', 'case1'), { recursive: true })
  symlinkSync(join(dir, 'secret', 'passwd.txt'), join(dir, 'cases', 'case1', 'zz_link.txt'))
  mkdirSync(join(dir, 'single'))
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt', '04_行政处罚决定书当场.txt'), join(dir, 'single', '决定书.txt'))
  writeFileSync(join(dir, 'single', 'sibling-secret.txt'), SECRET)

  service = new EngineService({ transport: 'http', paths: { dataDir } })
  await service.call('settings.set', { reviewer: '张三' })
  const p = await service.call('project.create', { name: '安全测试', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
  projectId = p.id
  const job = await waitJob((await service.call('case.import', { projectId, folders: [join(dir, 'cases', 'case1'), join(dir, 'single', '决定书.txt')] })).jobId)
  expect(job.state).toBe('done')
  ;[caseId, singleId] = job.caseIds
})

afterAll(async () => {
  await service?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('one validated boundary', () => {
  it('refuses a request of the wrong shape for every method, naming the field in Chinese', async () => {
    for (const m of API_METHODS) {
      const e = await refusal(service.call(m as ApiMethod, 42 as never))
      expect(e.code, m).toBe('bad-request')
      expect(e.message, m).toMatch(/[\u4e00-\u9fff]/)
    }
    const e = await refusal(service.call('case.get', { projectId, caseId: '1 OR 1=1' } as never))
    expect(e.message).toContain('caseId')
    expect((await refusal(service.call('case.get', { projectId, caseId: 1, extra: true } as never))).message).toContain('extra')
    expect((await refusal(service.call('constructor' as ApiMethod, null as never))).code).toBe('bad-request')
    expect((await refusal(service.call('__proto__' as ApiMethod, null as never))).code).toBe('bad-request')
  })

  it('settings.set refuses wrong types: recentProjects must be a list of paths, and project creation keeps working', async () => {
    for (const bad of [{ recentProjects: 'notalist' }, { recentProjects: [1, 2] }, { ocrThreads: '4' }, { ocrThreads: 1000 }, { reviewer: { name: 'x' } }, { cacheDir: 42 }, { theme: 'dark' }]) {
      const e = await refusal(service.call('settings.set', bad as never))
      expect(e.code).toBe('bad-request')
      expect(e.message).toContain(Object.keys(bad)[0])
    }
    expect(Array.isArray((await service.call('settings.get', undefined)).recentProjects)).toBe(true)
    const p = await service.call('project.create', { name: '设置之后', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    expect(existsSync(p.dbPath)).toBe(true)
  })

  it('a settings file edited by hand with a wrong type falls back to the default instead of breaking the app', async () => {
    const other = join(dir, 'data-hand')
    mkdirSync(other)
    writeFileSync(join(other, 'settings.json'), JSON.stringify({ reviewer: '李四', recentProjects: 'notalist', ocrThreads: 'many' }))
    const s = new EngineService({ transport: 'http', paths: { dataDir: other } })
    try {
      const got = await s.call('settings.get', undefined)
      expect(got).toMatchObject({ reviewer: '李四', recentProjects: [] })
      expect(got.ocrThreads).toBeGreaterThanOrEqual(1)
      expect(await s.call('project.list', undefined)).toEqual([])
      await s.call('project.create', { name: '手改设置之后', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    } finally {
      await s.close()
    }
  })

  it('finding.decide refuses unknown finding ids and a reviewer that is not a string', async () => {
    const before = (await service.call('case.get', { projectId, caseId })).decisions.length
    const unknown = await refusal(service.call('finding.decide', { projectId, caseId, decision: { findingId: 'no-such-finding', action: 'reject', reviewer: '张三' } }))
    expect(unknown.code).toBe('not-found')
    expect((await refusal(service.call('finding.decide', { projectId, caseId, decision: { itemId: 'no-such-item', action: 'accept', reviewer: '张三' } }))).code).toBe('not-found')
    const obj = await refusal(service.call('finding.decide', { projectId, caseId, decision: { findingId: 'x', action: 'reject', reviewer: { toString: 'x' } } } as never))
    expect(obj).toMatchObject({ code: 'bad-request', message: expect.stringContaining('decision.reviewer') })
    expect((await refusal(service.call('finding.decide', { projectId, caseId, decision: { findingId: 'x', action: 'delete', reviewer: '张三' } } as never))).message).toContain('decision.action')
    expect((await refusal(service.call('finding.decide', { projectId, caseId, decision: { findingId: 'x', action: 'adjust', points: -5, reviewer: '张三' } }))).message).toContain('decision.points')
    expect((await service.call('case.get', { projectId, caseId })).decisions.length).toBe(before)
    // A real finding is still decided, with the reviewer as a name.
    const f = (await service.call('case.get', { projectId, caseId })).findings[0]
    const ok = await service.call('finding.decide', { projectId, caseId, decision: { findingId: f.id, action: 'accept', reviewer: '张三' } })
    expect(ok.decisions.at(-1)!.reviewer).toBe('张三')
  })

  it('ledger.update refuses an entry of another case or an unknown finding', async () => {
    const e = await refusal(service.call('ledger.update', { projectId, entry: { id: 0, caseId: 999, findingId: 'x', deadline: null, owner: null, progress: null } }))
    expect(e.code).toBe('not-found')
    expect((await refusal(service.call('ledger.update', { projectId, entry: { id: 0, caseId, findingId: 'no-such', deadline: null, owner: null, progress: null } }))).code).toBe('not-found')
    expect((await refusal(service.call('ledger.update', { projectId, entry: { id: 0, caseId, findingId: 'x', deadline: 5, owner: null, progress: null } } as never))).message).toContain('entry.deadline')
  })
})

describe('paths: only what the user chose and the app’s own data folder', () => {
  it('settings.set {cacheDir} cannot name a folder that holds other files, nor a system folder', async () => {
    const victim = join(dir, 'victim')
    mkdirSync(join(victim, 'sub'), { recursive: true })
    writeFileSync(join(victim, 'sub', 'important.docx'), 'important')
    for (const cacheDir of [victim, '/etc', '/usr/lib', '/', 'relative/cache']) {
      const e = await refusal(service.call('settings.set', { cacheDir }))
      expect(e.code, cacheDir).toBe('bad-request')
    }
    await service.call('cache.clear', undefined)
    expect(readFileSync(join(victim, 'sub', 'important.docx'), 'utf8')).toBe('important')
    expect((await service.call('settings.get', undefined)).cacheDir).toBe(join(dataDir, 'cache'))
    // A folder inside the data folder, or a new or empty one, is fine.
    expect((await service.call('settings.set', { cacheDir: join(dataDir, 'ocr-cache') })).cacheDir).toBe(join(dataDir, 'ocr-cache'))
    const fresh = join(dir, 'new-cache')
    expect((await service.call('settings.set', { cacheDir: fresh })).cacheDir).toBe(fresh)
    if (posix) expect(mode(fresh)).toBe(0o700)
    // Chosen before, it may be chosen again although the cache now holds entries.
    mkdirSync(join(fresh, 'ocr', 'ab'), { recursive: true })
    writeFileSync(join(fresh, 'ocr', 'ab', `ab${'1'.repeat(62)}.p1.0123456789.json`), '{}')
    await service.call('settings.set', { cacheDir: join(dataDir, 'cache') })
    expect((await service.call('settings.set', { cacheDir: fresh })).cacheDir).toBe(fresh)
  })

  it('cache.clear deletes the cache’s own entries only, never another file or a symlink’s target', async () => {
    const cache = join(dir, 'cache-under-test')
    await service.call('settings.set', { cacheDir: cache })
    const entry = join(cache, 'files', 'cd', `cd${'2'.repeat(62)}.0123456789.json`)
    mkdirSync(join(cache, 'files', 'cd'), { recursive: true })
    writeFileSync(entry, '[]')
    // Files that are not the cache's: the user's, a symlink to a secret, a folder linked in.
    writeFileSync(join(cache, 'notes.txt'), 'mine')
    writeFileSync(join(cache, 'files', 'cd', 'report.docx'), 'mine too')
    symlinkSync(join(dir, 'secret', 'passwd.txt'), join(cache, 'files', 'cd', `cd${'3'.repeat(62)}.0123456789.json`))
    symlinkSync(join(dir, 'secret'), join(cache, 'ocr'))
    expect(await service.call('cache.info', undefined)).toEqual({ dir: cache, bytes: 2, files: 1 })
    expect(await service.call('cache.clear', undefined)).toEqual({ dir: cache, bytes: 0, files: 0 })
    expect(existsSync(entry)).toBe(false)
    expect(readFileSync(join(cache, 'notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(cache, 'files', 'cd', 'report.docx'), 'utf8')).toBe('mine too')
    expect(readFileSync(join(dir, 'secret', 'passwd.txt'), 'utf8')).toContain(SECRET)
    expect(readdirSync(join(dir, 'secret')).sort()).toEqual(['passwd.txt', 'rubric.yaml'])
    await service.call('settings.set', { cacheDir: join(dataDir, 'cache') })
  })

  it('a cacheDir written into the settings file by hand still only loses cache entries on cache.clear', async () => {
    const other = join(dir, 'data-hand-cache')
    const victim = join(dir, 'victim2')
    mkdirSync(join(victim, 'files', 'ab'), { recursive: true })
    writeFileSync(join(victim, 'files', 'ab', 'thesis.docx'), 'thesis')
    mkdirSync(other)
    writeFileSync(join(other, 'settings.json'), JSON.stringify({ cacheDir: victim }))
    const s = new EngineService({ transport: 'http', paths: { dataDir: other } })
    try {
      await s.call('cache.clear', undefined)
    } finally {
      await s.close()
    }
    expect(readFileSync(join(victim, 'files', 'ab', 'thesis.docx'), 'utf8')).toBe('thesis')
  })

  it('project.create {rubricId} resolves inside the rubric library only and never quotes a file', async () => {
    for (const rubricId of ['/etc/passwd', join(dir, 'secret', 'passwd.txt'), join(dir, 'secret', 'rubric.yaml'), '../rubrics/general-penalty.yaml', 'general-penalty.yaml']) {
      const e = await refusal(service.call('project.create', { name: 'x', rubricId, agencies: [], reviewers: [], samplingRatio: null }))
      expect(FOUR_XX, rubricId).toContain(e.code)
      expect(e.message).not.toContain(SECRET)
      expect(e.message).not.toMatch(/root:/)
    }
  })

  it('project.create {dbPath} writes only where the user chose: no system folder, no existing file, no symlink into /etc', async () => {
    const existing = join(dir, 'existing.sqlite')
    writeFileSync(existing, 'precious')
    symlinkSync('/etc', join(dir, 'etc-link'))
    const targets = ['/etc/pingcha-attack.sqlite', '/usr/pingcha-attack.sqlite', '/proc/pingcha.sqlite', '/sys/pingcha.sqlite', join(dir, 'etc-link', 'pingcha-attack.sqlite'), existing, 'relative.sqlite']
    for (const dbPath of targets) {
      const e = await refusal(service.call('project.create', { name: 'x', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null, dbPath }))
      expect(e.code, dbPath).toBe('bad-request')
    }
    expect(existsSync('/etc/pingcha-attack.sqlite')).toBe(false)
    expect(readFileSync(existing, 'utf8')).toBe('precious')
    // An explicit absolute path of the user's is accepted, created owner-only.
    const chosen = join(dir, 'chosen', 'deeper', '项目.pingcha.sqlite')
    const p = await service.call('project.create', { name: '自选位置', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null, dbPath: chosen })
    expect(p.dbPath).toBe(chosen)
    if (posix) {
      expect(mode(chosen)).toBe(0o600)
      expect(mode(join(dir, 'chosen', 'deeper'))).toBe(0o700)
      if (existsSync(`${chosen}-wal`)) expect(mode(`${chosen}-wal`)).toBe(0o600)
    }
  })

  it('export.run {outDir} writes only under a folder the user chose and never overwrites a file', async () => {
    for (const outDir of ['/etc/pingcha-export', '/usr/share/pingcha-export', '/bin', join(dir, 'etc-link', 'x'), 'out']) {
      const e = await refusal(service.call('export.run', { projectId, kind: 'score-sheet', caseIds: 'all', outDir }))
      expect(e.code, outDir).toBe('bad-request')
    }
    expect(existsSync('/etc/pingcha-export')).toBe(false)
    expect((await refusal(service.call('export.run', { projectId, kind: 'score-sheet', caseIds: [987654], outDir: join(dir, 'out') }))).code).toBe('not-found')
    const out = join(dir, 'out')
    const first = await service.call('export.run', { projectId, kind: 'report', caseIds: 'all', outDir: out })
    const before = sha(first.files[0])
    const second = await service.call('export.run', { projectId, kind: 'report', caseIds: 'all', outDir: out })
    expect(second.files[0]).not.toBe(first.files[0])
    expect(second.files[0]).toMatch(/\(2\)\.docx$/)
    expect(sha(first.files[0])).toBe(before)
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]) // no staging folder left behind
  })

  it('project.open refuses a foreign SQLite file before migrating it, leaving it untouched', async () => {
    const foreign = join(dir, 'foreign.sqlite')
    await sqliteFile(foreign, 'CREATE TABLE accounts (id INTEGER PRIMARY KEY, secret TEXT); INSERT INTO accounts (secret) VALUES (\'x\');')
    const before = sha(foreign)
    const e = await refusal(service.call('project.open', { dbPath: foreign }))
    expect(e.code).toBe('unusable-input')
    expect(e.message).toContain('不是评查项目文件')
    expect(sha(foreign)).toBe(before)
    expect(existsSync(`${foreign}-wal`)).toBe(false)
    // Neither a text file, an empty file, a device nor a folder.
    writeFileSync(join(dir, 'notes.sqlite'), SECRET)
    writeFileSync(join(dir, 'empty.sqlite'), '')
    for (const dbPath of [join(dir, 'notes.sqlite'), join(dir, 'empty.sqlite'), '/dev/zero', dir]) {
      const r = await refusal(service.call('project.open', { dbPath }))
      expect(FOUR_XX, dbPath).toContain(r.code)
      expect(r.message).not.toContain(SECRET)
    }
    expect(readFileSync(join(dir, 'empty.sqlite')).length).toBe(0)
    // …and the foreign file does not sneak in through the list of recent projects.
    await service.call('settings.set', { recentProjects: [foreign] })
    expect(await service.call('project.list', undefined)).toEqual([])
    expect(sha(foreign)).toBe(before)
  })

  it('case.file serves only files recorded at ingest, inside the case folder: no traversal, no symlink out, no sibling of a single-file case', async () => {
    const files = (await service.call('case.get', { projectId, caseId })).files.map((f) => f.path)
    const own = files.find((f) => f.endsWith('.txt') && !f.includes('zz_link'))!
    expect((await service.call('case.file', { projectId, caseId, path: own })).base64.length).toBeGreaterThan(10)
    for (const path of ['../../secret/passwd.txt', '/etc/passwd', 'zz_link.txt', '../single/sibling-secret.txt', 'not-recorded.txt', '.']) {
      const e = await refusal(service.call('case.file', { projectId, caseId, path }))
      expect(FOUR_XX, path).toContain(e.code)
      expect(e.message).not.toContain(SECRET)
    }
    const single = await service.call('case.get', { projectId, caseId: singleId })
    expect(single.files.map((f) => f.path)).toEqual(['决定书.txt'])
    expect((await service.call('case.file', { projectId, caseId: singleId, path: '决定书.txt' })).base64.length).toBeGreaterThan(10)
    for (const path of ['sibling-secret.txt', '../secret/passwd.txt']) {
      const e = await refusal(service.call('case.file', { projectId, caseId: singleId, path }))
      expect(FOUR_XX, path).toContain(e.code)
    }
    // A recorded file swapped for a symlink to somewhere else after ingest is refused too.
    const swapped = join(dir, 'cases', 'case1', own)
    unlinkSync(swapped)
    symlinkSync(join(dir, 'secret', 'passwd.txt'), swapped)
    const e = await refusal(service.call('case.file', { projectId, caseId, path: own }))
    expect(FOUR_XX).toContain(e.code)
    expect(e.message).not.toContain(SECRET)
  })

  it('case.import refuses device folders', async () => {
    for (const f of ['/dev', '/proc/self', '/sys']) expect((await refusal(service.call('case.import', { projectId, folders: [f] }))).code).toBe('bad-request')
  })
})

describe('files the app creates are owner-only', () => {
  it.skipIf(!posix)('data folder, settings, project files and the OCR cache folder', async () => {
    expect(mode(dataDir)).toBe(0o700)
    expect(mode(join(dataDir, 'settings.json'))).toBe(0o600)
    expect(mode(join(dataDir, 'projects'))).toBe(0o700)
    for (const f of readdirSync(join(dataDir, 'projects'))) expect(mode(join(dataDir, 'projects', f)), f).toBe(0o600)
    expect(mode(join(dataDir, 'cache'))).toBe(0o700)
  })
})
