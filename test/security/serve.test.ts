/**
 * A real `pingcha serve` (the CLI, on a free loopback port) attacked as the "Loopback server and engine API"
 * section did: malformed URLs, foreign origins and hosts, no or a wrong token, bad bodies, and the engine API
 * attacks with a valid token. Every attack gets a 4xx (or a refused connection for what the HTTP parser rejects),
 * and the server still answers afterwards, with no warning or crash on its stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import sqlite3 from 'sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SECRET = 'TOPSECRET-serve-7f3a'
let dir: string
let proc: ChildProcess
let stderr = ''
let base: URL
let port: number
let token: string

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function raw(path: string, opts: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((res, rej) => {
    const r = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (resp) => {
      let b = ''
      resp.setEncoding('utf8')
      resp.on('data', (c) => (b += c))
      resp.on('end', () => res({ status: resp.statusCode!, headers: resp.headers, body: b }))
    })
    r.on('error', rej)
    r.end(opts.body)
  })
}

/** Bytes straight onto the socket, for what an HTTP client library would not send. */
function socket(text: string): Promise<string> {
  return new Promise((res, rej) => {
    const s = connect(port, '127.0.0.1', () => s.write(text))
    let got = ''
    s.setEncoding('latin1')
    s.on('data', (c) => {
      got += c
      if (/^HTTP\/1\.1 \d{3}/.test(got)) s.destroy() // the status line is all a test reads
    })
    s.on('end', () => res(got))
    s.on('close', () => res(got))
    s.on('error', rej)
    setTimeout(() => s.destroy(), 3000)
  })
}

const json = { 'content-type': 'application/json' }
const withToken = (h: Record<string, string> = {}) => ({ ...json, 'x-pingcha-token': token, ...h })

async function api(method: string, body: unknown, headers: Record<string, string> = withToken()): Promise<{ status: number; json: { ok: boolean; result?: any; error?: { code: string; message: string } } }> {
  const r = await raw(`/api/${method}`, { method: 'POST', body: JSON.stringify(body), headers })
  return { status: r.status, json: JSON.parse(r.body) }
}

/** After every attack: the server is alive and answers its own page's calls. */
async function stillAnswers() {
  expect(proc.exitCode, `pingcha serve died:\n${stderr}`).toBeNull()
  const r = await api('app.info', null)
  expect(r.status).toBe(200)
  expect(r.json.result.name).toBe('评查助手')
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-serve-attack-'))
  mkdirSync(join(dir, 'web'))
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><html><head><title>评查助手</title></head><body></body></html>')
  mkdirSync(join(dir, 'secret'))
  writeFileSync(join(dir, 'secret', 'passwd'), `root:x:0:0:${SECRET}\n`)
  cpSync(join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt'), join(dir, 'case'), { recursive: true })
  proc = spawn(process.execPath, [join(ROOT, 'bin', 'pingcha.js'), 'serve', '--port', '0', '--static', join(dir, 'web'), '--data', join(dir, 'data')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stderr!.on('data', (c) => (stderr += String(c)))
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`pingcha serve did not start\n${stderr}`)), 60_000)
    proc.stdout!.on('data', (c) => {
      out += String(c)
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[1])
      }
    })
    proc.on('exit', (code) => fail(new Error(`pingcha serve exited with ${code}\n${stderr}`)))
  })
  base = new URL(url)
  port = Number(base.port)
  // The token, as the served page receives it.
  const page = await raw('/')
  token = /<meta name="pingcha-token" content="([^"]+)"/.exec(page.body)![1]
  expect(token.length).toBeGreaterThanOrEqual(40)
})

afterAll(async () => {
  if (proc && proc.exitCode === null) {
    const gone = new Promise((r) => proc.once('exit', r))
    proc.kill('SIGTERM')
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))])
    if (proc.exitCode === null) proc.kill('SIGKILL')
  }
  rmSync(dir, { recursive: true, force: true })
})

describe('pingcha serve under attack: the bridge', () => {
  it('a malformed URL (an <img src="/%E0"> is enough) is a 400, not a dead server', async () => {
    for (const path of ['/%E0', '/api/%E0', '/%', '/api/%ZZ', '/%00', '/api/app.info%00']) {
      const r = await raw(path, { method: path.startsWith('/api/') ? 'POST' : 'GET', headers: withToken() })
      expect(r.status, path).toBe(400)
    }
    await stillAnswers()
  })

  it('Origin: null (a sandboxed iframe) and pages on other local ports are refused, even carrying the token', async () => {
    for (const origin of ['null', 'http://localhost:9999', 'http://127.0.0.1:9999', `http://127.0.0.1:${port}.evil.example`, 'http://evil.example', `https://127.0.0.1:${port}`, 'file://']) {
      const r = await api('settings.set', { reviewer: 'attacker' }, withToken({ origin }))
      expect(r.status, origin).toBe(403)
    }
    // The no-cors POST of the issue: text/plain, no token, from another local port.
    const nocors = await raw('/api/settings.set', { method: 'POST', body: JSON.stringify({ reviewer: 'attacker' }), headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'http://127.0.0.1:8670' } })
    expect(nocors.status).toBe(403)
    // A browser's own word that the request is cross-site.
    expect((await api('settings.set', { reviewer: 'attacker' }, withToken({ 'sec-fetch-site': 'cross-site' }))).status).toBe(403)
    expect((await api('settings.set', { reviewer: 'attacker' }, withToken({ 'sec-fetch-site': 'same-site' }))).status).toBe(403)
    expect((await api('settings.get', null)).json.result.reviewer).not.toBe('attacker')
    await stillAnswers()
  })

  it('its own origin is accepted on both loopback names', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) expect((await api('app.info', null, withToken({ origin }))).status, origin).toBe(200)
  })

  it('without this launch’s token, no API call and no event stream', async () => {
    expect((await api('settings.set', { reviewer: 'attacker' }, json)).status).toBe(403)
    expect((await api('settings.set', { reviewer: 'attacker' }, { ...json, 'x-pingcha-token': `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` })).status).toBe(403)
    expect((await api('settings.set', { reviewer: 'attacker' }, { ...json, 'x-pingcha-token': '' })).status).toBe(403)
    expect((await raw(`/api/settings.get?token=${token}`, { method: 'POST', body: 'null', headers: json })).status).toBe(403)
    expect((await raw('/api/events')).status).toBe(403)
    expect((await raw('/api/events?token=wrong')).status).toBe(403)
    expect((await api('settings.get', null)).json.result.reviewer).not.toBe('attacker')
    await stillAnswers()
  })

  it('bad Host headers (DNS rebinding, another port, none at all) are refused', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `localhost:${port + 1}`, '127.0.0.1.nip.io', `[::2]:${port}`]) {
      const r = await raw('/', { headers: { host } })
      expect(r.status, host).toBe(403)
      expect(r.body).not.toContain(token)
      expect((await api('app.info', null, withToken({ host }))).status, host).toBe(403)
    }
    expect(await socket('GET / HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
    expect(await socket(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example\r\n\r\n`)).toMatch(/^HTTP\/1\.1 4\d\d/)
    await stillAnswers()
  })

  it('malformed requests and bodies: 4xx, and the server answers the next request', async () => {
    expect(await socket('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/)
    expect(await socket(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: abc\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/)
    expect(await socket(`GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX: ${'b'.repeat(20000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 4\d\d/)
    expect((await raw('/api/app.info', { method: 'POST', body: '{not json', headers: withToken() })).status).toBe(400)
    expect((await raw('/api/settings.set', { method: 'POST', body: '{"reviewer":"x"}', headers: withToken({ 'content-type': 'text/plain' }) })).status).toBe(415)
    expect((await raw('/api/app.info', { method: 'POST', body: 'x'.repeat(5 * 1024 * 1024), headers: withToken() })).status).toBe(413)
    expect((await raw('/api/app.info', { method: 'GET', headers: withToken() })).status).toBe(405)
    expect((await raw('/api/no.such', { method: 'POST', body: 'null', headers: withToken() })).status).toBe(404)
    expect((await raw('/api/constructor', { method: 'POST', body: 'null', headers: withToken() })).status).toBe(404)
    expect((await raw('/api/__proto__', { method: 'POST', body: 'null', headers: withToken() })).status).toBe(404)
    expect((await raw('/', { method: 'DELETE' })).status).toBe(405)
    const traversal = await raw('/..%2f..%2f..%2f..%2fetc%2fpasswd')
    expect(traversal.body).not.toContain('root:')
    await stillAnswers()
  })

  it('event streams come and go without leaking listeners (no MaxListenersExceededWarning)', async () => {
    const open = () =>
      new Promise<() => void>((res, rej) => {
        const r = request({ host: '127.0.0.1', port, path: `/api/events?token=${encodeURIComponent(token)}` }, (resp) => {
          expect(resp.statusCode).toBe(200)
          resp.once('data', () => res(() => r.destroy()))
        })
        r.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : rej(e)))
        r.end()
      })
    for (let round = 0; round < 3; round++) {
      const closers = await Promise.all(Array.from({ length: 15 }, open))
      for (const c of closers) c()
      await new Promise((r) => setTimeout(r, 100))
    }
    await new Promise((r) => setTimeout(r, 200))
    expect(stderr).not.toContain('MaxListenersExceededWarning')
    await stillAnswers()
  })
})

describe('pingcha serve under attack: the engine API (with a valid token)', () => {
  it('settings.set {cacheDir: any folder} then cache.clear deletes nothing of that folder', async () => {
    const victim = join(dir, 'victim')
    mkdirSync(join(victim, 'deep'), { recursive: true })
    writeFileSync(join(victim, 'deep', 'thesis.docx'), 'thesis')
    const r = await api('settings.set', { cacheDir: victim })
    expect(r.status).toBe(400)
    expect(r.json.error!.message).toContain(victim)
    expect((await api('cache.clear', null)).status).toBe(200)
    expect(readFileSync(join(victim, 'deep', 'thesis.docx'), 'utf8')).toBe('thesis')
    await stillAnswers()
  })

  it('project.create {rubricId: "/etc/passwd"} is a 4xx that quotes no file', async () => {
    for (const rubricId of ['/etc/passwd', join(dir, 'secret', 'passwd')]) {
      const r = await api('project.create', { name: 'x', rubricId, agencies: [], reviewers: [], samplingRatio: null })
      expect(r.status, rubricId).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
      expect(JSON.stringify(r.json)).not.toMatch(/root:|TOPSECRET/)
    }
    await stillAnswers()
  })

  it('export.run {outDir} and project.create {dbPath} cannot write into system folders', async () => {
    const p = await api('project.create', { name: '安全测试', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    expect(p.status).toBe(200)
    const projectId = p.json.result.id as string
    for (const outDir of ['/etc/pingcha-x', '/usr/local/pingcha-x', '/proc/self/x']) expect((await api('export.run', { projectId, kind: 'report', caseIds: 'all', outDir })).status, outDir).toBe(400)
    for (const dbPath of ['/etc/pingcha-x.sqlite', '/usr/pingcha-x.sqlite', '/bin/x.sqlite']) {
      expect((await api('project.create', { name: 'x', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null, dbPath })).status, dbPath).toBe(400)
    }
    expect(existsSync('/etc/pingcha-x')).toBe(false)
    expect(existsSync('/etc/pingcha-x.sqlite')).toBe(false)
    await stillAnswers()
  })

  it('project.open on a foreign SQLite file refuses it without migrating it', async () => {
    const foreign = join(dir, 'foreign.sqlite')
    await new Promise<void>((res, rej) => {
      const db = new sqlite3.Database(foreign, (err) => (err ? rej(err) : db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);', (e) => db.close(() => (e ? rej(e) : res())))))
    })
    const before = readFileSync(foreign)
    const r = await api('project.open', { dbPath: foreign })
    expect(r.status).toBe(422)
    expect(readFileSync(foreign).equals(before)).toBe(true)
    expect(existsSync(`${foreign}-wal`)).toBe(false)
    await stillAnswers()
  })

  it('settings.set {recentProjects: "notalist"} is refused and project creation keeps working', async () => {
    const r = await api('settings.set', { recentProjects: 'notalist' })
    expect(r.status).toBe(400)
    expect(r.json.error).toMatchObject({ code: 'bad-request', message: expect.stringContaining('recentProjects') })
    expect((await api('project.create', { name: '之后', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })).status).toBe(200)
    await stillAnswers()
  })

  it('finding.decide refuses unknown finding ids and a reviewer object; case.file refuses paths outside the recorded files', async () => {
    const p = await api('project.create', { name: '决定测试', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    const projectId = p.json.result.id as string
    const { jobId } = (await api('case.import', { projectId, folders: [join(dir, 'case')] })).json.result
    let job: { state: string; caseIds: number[] } = { state: 'running', caseIds: [] }
    for (let i = 0; i < 1200 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      job = (await api('job.status', { jobId })).json.result
    }
    expect(job.state).toBe('done')
    const caseId = job.caseIds[0]
    const unknown = await api('finding.decide', { projectId, caseId, decision: { findingId: 'no-such', action: 'reject', reviewer: '张三' } })
    expect(unknown.status).toBe(404)
    const obj = await api('finding.decide', { projectId, caseId, decision: { findingId: 'no-such', action: 'reject', reviewer: { a: 1 } } })
    expect(obj.status).toBe(400)
    expect(obj.json.error!.message).toContain('decision.reviewer')
    expect((await api('case.get', { projectId, caseId })).json.result.decisions).toEqual([])
    for (const path of ['../secret/passwd', '/etc/passwd', '../../../../etc/passwd']) {
      const r = await api('case.file', { projectId, caseId, path })
      expect(r.status, path).toBe(400)
      expect(JSON.stringify(r.json)).not.toMatch(/root:|TOPSECRET/)
    }
    await stillAnswers()
  })

  it('after everything: still alive, nothing uncaught on stderr', async () => {
    await stillAnswers()
    expect(stderr).not.toMatch(/MaxListenersExceededWarning|Uncaught|URIError|TypeError: Invalid URL/)
  })
})
