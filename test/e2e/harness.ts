/**
 * End-to-end harness: starts `pingcha serve` on a free loopback port with a fresh data folder, drives the built
 * web renderer (out/web, made by `npm run build:web`) in Debian Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { ApiMethod, ApiReq, ApiRes } from '../../shared/api'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SHOTS = join(ROOT, 'test-output', 'e2e')
export const WEB = join(ROOT, 'out', 'web')

export interface Served {
  url: string
  dataDir: string
  proc: ChildProcess
  api<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>>
  stop(): Promise<void>
}

export async function serve(dataDir = mkdtempSync(join(tmpdir(), 'pingcha-e2e-'))): Promise<Served> {
  if (!existsSync(join(WEB, 'index.html'))) throw new Error('out/web/index.html is missing: run `npm run e2e` (it builds the web bundle first)')
  // Its own process group, so stopping it also stops the node process tsx starts.
  const proc = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['electron/cli.ts', 'serve', '--port', '0', '--static', 'out/web', '--data', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let stderr = ''
  proc.stderr!.on('data', (c) => (stderr += String(c)))
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`pingcha serve did not start in 60 s\n${stderr}`)), 60_000)
    proc.stdout!.on('data', (c) => {
      out += String(c)
      const m = /listening on (http:\/\/\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[1].replace(/\/$/, ''))
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`pingcha serve exited with ${code}\n${stderr}`))
    })
  })
  // The API wants this launch's token, which the server gives the page it serves (as a browser gets it).
  const token = /<meta name="pingcha-token" content="([^"]+)"/.exec(await (await fetch(url)).text())?.[1]
  if (!token) throw new Error('pingcha serve gave its page no token')
  const api = async <M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> => {
    const r = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pingcha-token': token }, body: JSON.stringify(req ?? null) })
    const body = (await r.json()) as { ok: boolean; result: ApiRes<M>; error?: { code: string; message: string } }
    if (!body.ok) throw Object.assign(new Error(body.error!.message), { code: body.error!.code })
    return body.result
  }
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, sig)
    } catch {
      // already gone
    }
  }
  const stop = async () => {
    if (proc.exitCode === null) {
      const done = new Promise((r) => proc.once('exit', r))
      signal('SIGTERM')
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))])
      signal('SIGKILL')
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { url, dataDir, proc, api, stop }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  })
}

/** A page that records console errors, page errors and failed requests. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const page = await ctx.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('requestfailed', (r) => {
    // The SSE stream is aborted when the page goes away, and so is an API call still in flight when a test reloads
    // the page: neither is a failure of the app. Every other failed request is.
    const aborted = /ERR_ABORTED/.test(r.failure()?.errorText ?? '') && new URL(r.url()).pathname.startsWith('/api/')
    if (!r.url().endsWith('/api/events') && !aborted) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`)
  })
  await page.goto(url)
  return { page, problems }
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true })
  const file = join(SHOTS, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}

/** A served engine with a browser page on it, for one test file. */
export interface Session {
  srv: Served
  browser: Browser
  page: Page
  problems: string[]
  info: import('../../shared/api').AppInfo
  close(): Promise<void>
}

export async function session(before?: (srv: Served) => Promise<void>): Promise<Session> {
  const srv = await serve()
  const info = await srv.api('app.info', undefined)
  if (before) await before(srv)
  const browser = await launch()
  const { page, problems } = await openPage(browser, srv.url)
  await page.waitForSelector('[data-test="brand"]')
  return {
    srv,
    browser,
    page,
    problems,
    info,
    async close() {
      await browser.close()
      await srv.stop()
    },
  }
}

/** Wait until the file viewer has loaded its page and its spinner has gone (for screenshots). */
export async function viewerIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-test="viewer"][data-loading="false"]')
  await page.waitForSelector('[data-test="viewer"] .n-spin-body', { state: 'detached' })
}

/** The screen of the left menu whose label starts with `label` (评查项目, 案卷, 评查组 …). */
export function goTo(page: Page, label: string): Promise<void> {
  return page.locator('[data-test="nav"] .n-menu-item-content').filter({ hasText: new RegExp(`^${label}`) }).click()
}

/**
 * Open a project by the path of its file, as a user types it on the projects screen, and wait for its case list.
 * (After a reload the tab's project may already be open again: the projects screen is reached from the menu.)
 */
export async function openProjectByPath(page: Page, dbPath: string): Promise<void> {
  if (!(await page.locator('[data-test="open-path"] input').count())) await goTo(page, '评查项目')
  await page.locator('[data-test="open-path"] input').fill(dbPath)
  await page.locator('[data-test="open-submit"]').click()
  await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
}
