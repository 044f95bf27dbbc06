/**
 * The engine host (electron/engine/host/) in plain Node: the same host script and protocol Electron runs in a utility
 * process, here under `child_process.fork`. Calls round-trip, progress events arrive, a call that throws is an error
 * object, and a host that dies ends every waiting call with an error and is started again — nothing waits forever.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EngineEvent } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import { EngineHostClient } from '../../electron/engine/host/client'
import { forkHost } from '../../electron/engine/host/node'
import { appPaths } from '../../electron/engine/paths'
import { waitJob } from '../service/jobs'

const ROOT = join(__dirname, '..', '..')
const TSX = { execArgv: ['--import', 'tsx'], cwd: ROOT }
const realHost = () => forkHost(join(ROOT, 'electron', 'engine', 'host', 'main.ts'), TSX)
const fakeHost = () => forkHost(join(__dirname, 'fake-host.ts'), TSX)

let dir: string
const clients: EngineHostClient[] = []
function client(spawn = realHost, more: Partial<ConstructorParameters<typeof EngineHostClient>[0]> = {}) {
  const c = new EngineHostClient({ spawn, init: { transport: 'ipc', paths: { dataDir: join(dir, `data${clients.length}`) } }, ...more })
  clients.push(c)
  return c
}
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as EngineError)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-host-'))
})
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the real engine in a host process', () => {
  it('answers calls and passes progress events, in another process', async () => {
    const c = client()
    const events: EngineEvent[] = []
    c.onEvent((e) => events.push(e))
    const info = await c.call('app.info', null)
    expect(info).toMatchObject({ name: '评查助手', transport: 'ipc', dataDir: join(dir, 'data0') })
    expect(c.pid).toEqual(expect.any(Number))
    expect(c.pid).not.toBe(process.pid)
    expect(await c.call('settings.set', { reviewer: '张三' })).toMatchObject({ reviewer: '张三' })
    expect(await c.call('settings.get', null)).toMatchObject({ reviewer: '张三' })

    cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), join(dir, 'cases', 'case1'), { recursive: true })
    const p = await c.call('project.create', { name: '宿主进程', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    const { jobId } = await c.call('case.import', { projectId: p.id, folders: [join(dir, 'cases', 'case1')] })
    const job = await waitJob(c, jobId)
    expect(job.state).toBe('done')
    expect(events.some((e) => e.type === 'progress' && e.progress.jobId === jobId)).toBe(true)
    expect(events.some((e) => e.type === 'job' && e.status.jobId === jobId && e.status.state === 'done')).toBe(true)
    const rows = await c.call('case.list', { projectId: p.id })
    expect(rows).toHaveLength(1)
  }, 120_000)

  it('answers a call that fails with an error object of the contract', async () => {
    const c = client()
    const missing = await failure(c.call('project.open', { dbPath: join(dir, 'nope.sqlite') }))
    expect(missing).toBeInstanceOf(EngineError)
    expect(missing!.code).toBe('not-found')
    const bad = await failure(c.call('settings.set', { recentProjects: 'notalist' } as never))
    expect(bad!.code).toBe('bad-request')
    expect(bad!.message).toContain('recentProjects')
    // and goes on answering
    expect(await c.call('app.info', null)).toMatchObject({ name: '评查助手' })
  }, 60_000)
})

describe('a host that fails', () => {
  it('turns a thrown error into an error object, and an unknown error into internal', async () => {
    const c = client(fakeHost)
    expect(await failure(c.call('project.open', { dbPath: '/x.sqlite' }))).toMatchObject({ code: 'not-found', message: '找不到项目文件：/x.sqlite' })
    expect(await failure(c.call('settings.set', {}))).toMatchObject({ code: 'internal', message: 'boom' })
  }, 60_000)

  it('ends every waiting call with an error when it dies, fails its running import, and is started again', async () => {
    const crashes: (number | null)[] = []
    const c = client(fakeHost, { onCrash: (code) => crashes.push(code) })
    const events: EngineEvent[] = []
    c.onEvent((e) => events.push(e))
    const first = ((await c.call('app.info', null)) as unknown as { pid: number }).pid
    await c.call('case.import', { projectId: 'p', folders: ['/cases/a'] })
    await new Promise((r) => setTimeout(r, 200))
    expect(events.map((e) => e.type)).toEqual(['progress', 'job'])

    const waiting = failure(c.call('settings.get', null)) // never answered by this host
    const dying = failure(c.call('cache.clear', null)) // kills it
    const [w, d] = await Promise.all([waiting, dying])
    for (const e of [w, d]) {
      expect(e).toBeInstanceOf(EngineError)
      expect(e!.code).toBe('internal')
      expect(e!.message).toMatch(/评查引擎进程意外退出（退出码 7）.*重新启动/)
    }
    expect(crashes).toEqual([7])
    const failed = events.find((e) => e.type === 'job' && e.status.state === 'failed')
    expect(failed).toMatchObject({ status: { jobId: 'job-1', caseIds: [4], message: expect.stringContaining('导入已中断') } })

    const second = ((await c.call('app.info', null)) as unknown as { pid: number }).pid
    expect(second).not.toBe(first)
  }, 60_000)

  it('a host killed from outside is the same: the waiting call ends, the next one is answered', async () => {
    const c = client(fakeHost)
    await c.call('app.info', null)
    const waiting = failure(c.call('settings.get', null))
    process.kill(c.pid!, 'SIGKILL')
    expect((await waiting)!.message).toMatch(/被系统终止/)
    expect(await c.call('app.info', null)).toMatchObject({ pid: expect.any(Number) })
  }, 60_000)

  it('stops restarting a host that keeps dying at once, and says so at the next call instead of hanging', async () => {
    let spawned = 0
    const c = client(
      () => {
        spawned++
        return forkHost(join(__dirname, 'no-such-host.ts'), { ...TSX, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
      },
      { maxRestarts: 2 },
    )
    const e = await failure(c.call('app.info', null))
    expect(e!.message).toMatch(/意外退出/)
    await new Promise((r) => setTimeout(r, 3000))
    expect(spawned).toBe(3) // the first and two restarts
    // a later call starts a host again, and ends with an error rather than waiting
    expect((await failure(c.call('app.info', null)))!.code).toBe('internal')
  }, 60_000)

  it('after close, calls end at once', async () => {
    const c = client(fakeHost)
    const waiting = failure(c.call('settings.get', null))
    c.close()
    expect((await waiting)!.message).toBe('评查引擎已关闭')
    expect((await failure(c.call('app.info', null)))!.message).toBe('评查引擎已关闭')
  })
})
