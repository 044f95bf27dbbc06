/**
 * The renderer on its Electron transport: a stand-in for the preload's window.pingcha (same shape: call rejects
 * with an Error carrying `code`) forwards to the engine over HTTP, answers dialog.pickFolders as the native
 * dialog would, and reports transport 'ipc'. Checks the desktop-only folder picker and that the IPC client is used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT, launch, openPage, serve, shot, type Served } from './harness'
import type { Browser } from 'playwright-core'

const PICKED = join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt')
let srv: Served
let browser: Browser
let page: Page
let problems: string[]

beforeAll(async () => {
  srv = await serve()
  browser = await launch()
  ;({ page, problems } = await openPage(browser, 'about:blank'))
  await page.addInitScript((picked: string) => {
    const calls: string[] = []
    const w = globalThis as unknown as Record<string, unknown>
    w.__ipcCalls = calls
    // The stand-in forwards with the token `pingcha serve` put into the page.
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }).document
    const token = () => doc.querySelector('meta[name="pingcha-token"]')?.getAttribute('content') ?? ''
    w.pingcha = {
      async call(method: string, req: unknown) {
        calls.push(method)
        if (method === 'dialog.pickFolders') return [picked]
        const r = await fetch(`./api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pingcha-token': token() }, body: JSON.stringify(req ?? null) })
        const body = (await r.json()) as { ok: boolean; result: Record<string, unknown>; error: { code: string; message: string } }
        if (!body.ok) throw Object.assign(new Error(body.error.message), { code: body.error.code })
        return method === 'app.info' ? { ...body.result, transport: 'ipc' } : body.result
      },
      onEvent(listener: (e: unknown) => void) {
        const es = new EventSource(`./api/events?token=${encodeURIComponent(token())}`)
        es.onmessage = (m) => listener(JSON.parse(m.data))
        return () => es.close()
      },
    }
  }, PICKED)
  await page.goto(srv.url)
  await page.waitForSelector('[data-test="brand"]')
})

afterAll(async () => {
  await browser?.close()
  await srv?.stop()
})

describe('Electron transport (preload bridge stand-in)', () => {
  it('uses window.pingcha, offers the native folder picker and imports what it returns', async (ctx) => {
    expect(await page.locator('.n-layout-header').innerText()).toContain('桌面版')
    const rubrics = (await srv.api('rubric.list', undefined)).rubrics
    if (!rubrics.length) ctx.skip('rubrics/ holds no valid rubric, and a project must name one')
    await page.locator('[data-test="project-name"] input').fill('桌面版评查项目')
    await page.locator('[data-test="project-rubric"]').click()
    await page.locator('.n-base-select-option').first().click()
    await page.locator('[data-test="create-submit"]').click()
    await page.getByText('选择文件夹…').click()
    expect(await page.locator('[data-test="import-paths"] textarea').inputValue()).toBe(PICKED)
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector('[data-test="import-job"] [data-test="job-state"]:not(:has-text("进行中"))', { timeout: 120_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已完成')
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    await shot(page, '10-ipc-transport')
    const calls = (await page.evaluate('globalThis.__ipcCalls')) as string[]
    for (const m of ['app.info', 'project.create', 'dialog.pickFolders', 'case.import', 'case.list']) expect(calls).toContain(m)
    // an engine error keeps its Chinese message through the bridge
    await page.locator('.n-menu-item-content').filter({ hasText: /^评查项目/ }).click()
    await page.locator('[data-test="open-path"] input').fill('/nonexistent/项目.pingcha.sqlite')
    await page.locator('[data-test="open-submit"]').click()
    await page.getByText('找不到项目文件').waitFor()
    // Chromium logs the stand-in's HTTP 404 for the missing file; in Electron the bridge is IPC and logs nothing.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([])
  })
})
