/**
 * First start: no projects yet, the app offers the sample cases; one click creates a project and imports them all
 * (a parent folder of four cases: Word, text PDF, scanned JPG, TXT).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { AppInfo } from '../../shared/api'
import { session, shot, type Served, type Session } from './harness'

let s: Session
let srv: Served
let page: Page
let problems: string[]
let info: AppInfo

beforeAll(async () => {
  s = await session()
  ;({ srv, page, problems, info } = s)
})

afterAll(() => s?.close())

describe('first start', () => {
  it('opens the sample cases in one click', async (ctx) => {
    if (!info.samplesDir) ctx.skip('this installation has no resources/samples')
    const rubrics = (await srv.api('rubric.list', undefined)).rubrics
    if (!rubrics.length) ctx.skip('rubrics/ holds no valid rubric, and a project must name one')
    await page.locator('[data-test="open-samples"]').click()
    await page.waitForSelector('[data-test="import-job"]')
    await page.waitForSelector('[data-test="job-state"]:not(:has-text("进行中"))', { timeout: 170_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已完成')
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('[data-test="case-table"] tr[data-case-id]').length === 4)
    expect(await page.locator('[data-test="case-count"]').innerText()).toContain('共 4 卷')
    await shot(page, '00-first-start-samples')
    const projects = await srv.api('project.list', undefined)
    expect(projects.map((p) => p.name)).toEqual(['示例评查项目'])
    expect(problems).toEqual([])
  })
})
