/**
 * Two processes on one project file (issue: "Concurrent decisions on one case from two processes left the stored row
 * (score 99, 13 pending) disagreeing with the recomputed case (92, 6 pending); ledger edits from two tabs lose each
 * other's fields"). Two engine services, each with its own connection to the same SQLite file, decide and edit at
 * the same time.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineError } from '../../shared/errors'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { STALE_LEDGER } from '../../electron/engine/store/project-store'
import { waitJob } from '../service/jobs'

let dir: string
let a: EngineService
let b: EngineService
let projectId: string
let caseId: number

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-two-'))
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), join(dir, 'cases', 'case1'), { recursive: true })
  a = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'a') } })
  b = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'b') } })
  const p = await a.call('project.create', { name: '并发', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null, dbPath: join(dir, '并发.pingcha.sqlite') })
  projectId = p.id
  const job = await waitJob(a, (await a.call('case.import', { projectId, folders: [join(dir, 'cases', 'case1')] })).jobId)
  ;[caseId] = job.caseIds
  expect((await b.call('project.open', { dbPath: p.dbPath })).id).toBe(projectId)
}, 120_000)

afterAll(async () => {
  await a?.close()
  await b?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('decisions from two services on one case', () => {
  it('leave the stored row equal to the case scored again from every decision', async () => {
    const d = await a.call('case.get', { projectId, caseId })
    const findings = d.findings.map((f) => f.id)
    const items = d.result!.items.filter((i) => i.status === 'manual' || i.status === 'undetermined').map((i) => i.itemId)
    expect(findings.length + items.length).toBeGreaterThan(4)
    // Every decision at once, alternating between the two services.
    const calls = [
      ...findings.map((findingId, i) => ({ findingId, action: i % 3 === 0 ? ('reject' as const) : ('accept' as const) })),
      ...items.map((itemId) => ({ itemId, action: 'adjust' as const, points: 1 })),
    ].map((decision, i) => (i % 2 ? a : b).call('finding.decide', { projectId, caseId, decision: { ...decision, reviewer: i % 2 ? '甲' : '乙' } }))
    await Promise.all(calls)

    for (const svc of [a, b]) {
      const row = (await svc.call('case.list', { projectId })).find((r) => r.id === caseId)!
      const again = await svc.call('case.get', { projectId, caseId })
      expect(again.decisions).toHaveLength(calls.length)
      expect({ score: row.score, grade: row.grade, pending: row.pending }).toEqual({ score: again.score!.total, grade: again.score!.grade, pending: again.score!.pending })
    }
  })

  it('a case checked again keeps its row scored with the decisions it has', async () => {
    await b.call('case.recheck', { projectId, caseId })
    const row = (await a.call('case.list', { projectId })).find((r) => r.id === caseId)!
    const again = await a.call('case.get', { projectId, caseId })
    expect({ score: row.score, pending: row.pending }).toEqual({ score: again.score!.total, pending: again.score!.pending })
  })
})

describe('ledger edits from two services', () => {
  it('refuse a write based on an entry someone else saved meanwhile, and keep the other’s fields', async () => {
    const findingId = (await a.call('case.get', { projectId, caseId })).findings[0]!.id
    const first = await a.call('ledger.update', { projectId, entry: { id: 0, caseId, findingId, deadline: '2026-12-31', owner: null, progress: null, version: 0 } })
    expect(first.version).toBe(1)
    // Both windows show version 1.
    const seenByB = (await b.call('ledger.list', { projectId })).find((e) => e.findingId === findingId)!
    expect(seenByB.version).toBe(1)
    const saved = await a.call('ledger.update', { projectId, entry: { ...first, owner: '王五' } })
    expect(saved.version).toBe(2)
    const stale = await b.call('ledger.update', { projectId, entry: { ...seenByB, progress: '已整改' } }).catch((e: unknown) => e)
    expect(stale).toBeInstanceOf(EngineError)
    expect((stale as EngineError).code).toBe('refused')
    expect((stale as EngineError).message).toBe(STALE_LEDGER)
    const now = (await b.call('ledger.list', { projectId })).find((e) => e.findingId === findingId)!
    expect(now).toMatchObject({ deadline: '2026-12-31', owner: '王五', progress: null, version: 2 })
    // Written again on top of what is stored now, it goes through.
    expect(await b.call('ledger.update', { projectId, entry: { ...now, progress: '已整改' } })).toMatchObject({ owner: '王五', progress: '已整改', version: 3 })
  })

  it('two first entries for one problem at once: one is saved, the other refused', async () => {
    const findingId = (await a.call('case.get', { projectId, caseId })).findings[1]!.id
    const entry = (owner: string) => ({ id: 0, caseId, findingId, deadline: null, owner, progress: null, version: 0 })
    const out = await Promise.allSettled([a.call('ledger.update', { projectId, entry: entry('甲') }), b.call('ledger.update', { projectId, entry: entry('乙') })])
    expect(out.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected'])
    const winner = out.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ owner: string | null }>
    expect((await a.call('ledger.list', { projectId })).find((e) => e.findingId === findingId)!.owner).toBe(winner.value.owner)
  })
})
