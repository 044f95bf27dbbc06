/**
 * When engine stages are not built (app.info capabilities false), the UI says so plainly and shows no result
 * as if it were a pass. The capabilities are set by intercepting app.info; the case is stored as a build without
 * segment/check/score would store it: files and pages read, no documents, no result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ingest } from '../../electron/engine/ingest'
import { ProjectStore } from '../../electron/engine/store'
import { ROOT, session, shot, viewerIdle, type Session } from './harness'

const TXT_CASE = join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt')
let s: Session
let page: Page
let problems: string[]
let dbPath: string

beforeAll(async () => {
  s = await session(async (served) => {
    mkdirSync(join(served.dataDir, 'fixtures'), { recursive: true })
    dbPath = join(served.dataDir, 'fixtures', 'unchecked.pingcha.sqlite')
    const store = await ProjectStore.create(dbPath, { name: '未评查项目', rubricId: 'none', agencies: [], reviewers: [], samplingRatio: null })
    await store.saveCase(TXT_CASE, { ingest: await ingest(TXT_CASE), documents: [], facts: null, result: null })
    await store.close()
  })
  ;({ page, problems } = s)
  await page.route('**/api/app.info', async (route) => {
    const res = await route.fetch()
    const body = (await res.json()) as { ok: true; result: { capabilities: Record<string, boolean> } }
    Object.assign(body.result.capabilities, { segment: false, check: false, score: false })
    await route.fulfill({ response: res, json: body })
  })
  await page.reload()
  await page.waitForSelector('[data-test="brand"]')
  problems.length = 0 // requests of the first load are aborted by the reload
})

afterAll(() => s?.close())

describe('stages not built yet', () => {
  it('names the missing stages and shows a stored case without pretending it passed', async () => {
    const banner = await page.locator('[data-test="missing-stages"]').innerText()
    for (const stage of ['文书切分与分类', '规则检查', '计分']) expect(banner).toContain(stage)
    await page.locator('[data-test="open-path"] input').fill(dbPath)
    await page.locator('[data-test="open-submit"]').click()
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    expect(await page.locator('[data-test="case-table"] tr[data-case-id]').first().innerText()).toContain('未评分')
    await page.locator('[data-test="case-table"] tr[data-case-id]').first().click()
    const note = await page.locator('[data-test="not-checked"]').innerText()
    expect(note).toContain('尚未实现')
    expect(note).toContain('规则检查')
    expect(await page.locator('[data-test="outline"]').innerText()).toContain('文书切分环节尚未实现')
    expect(await page.locator('[data-test="finding"]').count()).toBe(0)
    // the files are still readable: a text source shows its text
    await page.locator('[data-test="file-link"]').first().click()
    await page.waitForSelector('[data-test="text-page"]')
    await viewerIdle(page)
    await shot(page, '09-stages-not-built')
    expect(problems).toEqual([])
  })
})
