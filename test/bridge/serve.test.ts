import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineService } from '../../electron/engine/service'
import { createBridge, listen, assertLoopback, type Bridge } from '../../electron/serve'
import { waitJob } from '../service/jobs'

const SAMPLES = join(__dirname, '..', '..', 'resources', 'samples')

let dir: string
let server: Bridge
let service: EngineService
let base: string

function raw(path: string, opts: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  const u = new URL(path, base)
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((res, rej) => {
    const r = request({ host: u.hostname, port: u.port, path: u.pathname, method: opts.method ?? 'GET', headers: opts.headers }, (resp) => {
      let b = ''
      resp.setEncoding('utf8')
      resp.on('data', (c) => (b += c))
      resp.on('end', () => res({ status: resp.statusCode!, headers: resp.headers, body: b }))
    })
    r.on('error', rej)
    r.end(opts.body)
  })
}
const api = (method: string, body?: unknown) =>
  raw(`/api/${method}`, { method: 'POST', body: body === undefined ? '' : JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-pingcha-token': server.token } }).then((r) => ({
    status: r.status,
    json: JSON.parse(r.body),
  }))

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-serve-'))
  mkdirSync(join(dir, 'web'))
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>评查助手</title>')
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
  server = createBridge(service, { staticDir: join(dir, 'web') })
  base = await listen(server, { port: 0 })
})
afterAll(async () => {
  server.close()
  await service.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('pingcha serve (loopback HTTP bridge)', () => {
  it('refuses to bind anything but loopback', async () => {
    expect(() => assertLoopback('0.0.0.0')).toThrow(/只允许绑定本机回环地址/)
    expect(() => assertLoopback('192.168.1.10')).toThrow()
    await expect(listen(createBridge(service), { host: '0.0.0.0' })).rejects.toThrow(/回环/)
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('answers contract calls with {ok, result}', async () => {
    const r = await api('app.info')
    expect(r.status).toBe(200)
    expect(r.json.ok).toBe(true)
    expect(r.json.result).toMatchObject({ name: '评查助手', transport: 'http' })
    expect(r.json.result).not.toHaveProperty('capabilities')
    const s = await api('settings.set', { reviewer: '张三' })
    expect(s.json.result.reviewer).toBe('张三')
    expect((await api('settings.get')).json.result.reviewer).toBe('张三')
    const cacheDir = (await api('settings.get')).json.result.cacheDir as string
    mkdirSync(join(cacheDir, 'files', 'ab'), { recursive: true })
    writeFileSync(join(cacheDir, 'files', 'ab', `ab${'0'.repeat(62)}.0123456789.json`), '0123456789')
    expect((await api('cache.info')).json.result).toEqual({ dir: cacheDir, bytes: 10, files: 1 })
    expect((await api('cache.clear')).json.result).toEqual({ dir: cacheDir, bytes: 0, files: 0 })
  })

  it('reports errors with a code and a Chinese message', async () => {
    expect(await api('no.such')).toMatchObject({ status: 404, json: { ok: false, error: { code: 'not-found' } } })
    expect(await api('project.open', { dbPath: join(dir, 'missing.sqlite') })).toMatchObject({ status: 404, json: { ok: false, error: { code: 'not-found', message: expect.stringContaining('找不到项目文件') } } })
    const bad = await raw('/api/app.info', { method: 'POST', body: '{not json', headers: { 'x-pingcha-token': server.token } })
    expect(bad.status).toBe(400)
    expect((await raw('/api/app.info')).status).toBe(405)
    expect(await api('settings.set', { ocrThreads: 0 })).toMatchObject({ status: 400 })
  })

  it('rejects foreign Host headers (DNS rebinding) and cross-site origins', async () => {
    expect((await raw('/', { headers: { host: 'evil.example:80' } })).status).toBe(403)
    const r = await raw('/api/app.info', { method: 'POST', headers: { origin: 'http://evil.example', 'x-pingcha-token': server.token } })
    expect(r.status).toBe(403)
  })

  it('gives the page it serves this launch’s token, and wants it on every API call', async () => {
    const page = await raw('/')
    expect(page.body).toContain(`<meta name="pingcha-token" content="${server.token}" />`)
    expect(String(page.headers['cache-control'])).toBe('no-store')
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    const without = await raw('/api/app.info', { method: 'POST', body: 'null', headers: { 'content-type': 'application/json' } })
    expect(without.status).toBe(403)
    expect(JSON.parse(without.body).error.message).toContain('访问令牌')
    const wrong = await raw('/api/app.info', { method: 'POST', body: 'null', headers: { 'content-type': 'application/json', 'x-pingcha-token': 'x'.repeat(43) } })
    expect(wrong.status).toBe(403)
    // The page's own origin is welcome, on both loopback names.
    const port = new URL(base).port
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const ok = await raw('/api/app.info', { method: 'POST', body: 'null', headers: { 'content-type': 'application/json', 'x-pingcha-token': server.token, origin } })
      expect(ok.status, origin).toBe(200)
    }
    // A second server has its own token.
    const other = createBridge(service)
    expect(other.token).not.toBe(server.token)
  })

  it('serves the renderer with a strict Content-Security-Policy and no path traversal', async () => {
    const r = await raw('/')
    expect(r.status).toBe(200)
    expect(r.body).toContain('评查助手')
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'")
    const t = await raw('/../../etc/passwd')
    expect(t.body).not.toContain('root:')
  })

  it('streams engine events over Server-Sent Events', async () => {
    const u = new URL('/api/events', base)
    const got = await new Promise<string>((res, rej) => {
      const r = request({ host: u.hostname, port: u.port, path: `${u.pathname}?token=${server.token}` }, (resp) => {
        let b = ''
        resp.setEncoding('utf8')
        resp.on('data', (c: string) => {
          b += c
          if (b.includes('data:')) {
            r.destroy()
            res(b)
          }
        })
        setTimeout(() => (service as unknown as { emit: (e: unknown) => void }).emit({ type: 'progress', progress: { jobId: 'j', stage: 'ocr', done: 1, total: 2 } }), 50)
      })
      r.on('error', rej)
      r.end()
    })
    expect(got).toContain('"stage":"ocr"')
  })

  it('answers a decision the review declines with its reason as a normal answer (200), a malformed one with 400', async () => {
    const p = (await api('project.create', { name: '拒绝与校验', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })).json.result
    const { jobId } = (await api('case.import', { projectId: p.id, folders: [join(SAMPLES, '04-simple-inconsistent-txt')] })).json.result
    expect((await waitJob({ call: (m, r) => api(m, r).then((x) => x.json.result) }, jobId)).state).toBe('done')
    const caseId = (await api('case.list', { projectId: p.id })).json.result[0].id
    const findingId = (await api('case.get', { projectId: p.id, caseId })).json.result.findings[0].id
    // no reviewer named anywhere: declined, with the reason for the person
    await api('settings.set', { reviewer: '' })
    const declined = await api('finding.decide', { projectId: p.id, caseId, decision: { findingId, action: 'reject', reviewer: '' } })
    expect(declined).toEqual({ status: 200, json: { ok: false, error: { code: 'refused', message: expect.stringContaining('评查人') } } })
    // a request that does not fit the contract stays a 400
    const malformed = await api('finding.decide', { projectId: p.id, caseId, decision: { findingId, action: 'shrug', reviewer: '张三' } })
    expect(malformed.status).toBe(400)
    expect(malformed.json.error.code).toBe('bad-request')
  })

  it('lets go of every event-stream connection: listeners and the connection count return to where they were', async () => {
    const engine = service as unknown as { listeners: Set<unknown> }
    const counts = () => ({
      engine: engine.listeners.size,
      server: server.eventNames().map((n) => server.listenerCount(n)),
      process: process.eventNames().map((n) => process.listenerCount(n)),
    })
    // the server sees a close a moment after the client: wait for it (the stream of the test before), at most a few seconds
    const settled = async () => {
      for (let i = 0; i < 100 && engine.listeners.size > 0; i++) await new Promise((r) => setTimeout(r, 50))
    }
    await settled()
    const before = counts()
    expect(before.engine).toBe(0)
    const u = new URL('/api/events', base)
    const open = () =>
      new Promise<number>((res, rej) => {
        const r = request({ host: u.hostname, port: u.port, path: `${u.pathname}?token=${server.token}` }, (resp) => {
          if (resp.statusCode !== 200) return res(resp.statusCode!)
          resp.once('data', () => {
            r.destroy()
            res(200)
          })
        })
        r.on('error', rej)
        r.end()
      })
    // more than the server takes at once (32): each closed connection must give its place back
    for (let round = 0; round < 3; round++) expect(await Promise.all(Array.from({ length: 20 }, open))).toEqual(Array(20).fill(200))
    await settled()
    expect(counts()).toEqual(before)
  })
})
