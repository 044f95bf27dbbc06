/**
 * Two states the review screens must show plainly: a case of junk only is 无法评分 with its reason (in the case list
 * and the case), and a 整改台账 edit based on an entry someone else saved meanwhile is refused with a message while
 * the row shows the stored entry again.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { goTo, openProjectByPath, ROOT, session, shot, type Served, type Session } from './harness'
import { waitJob } from '../service/jobs'

// Code passed to page.waitForFunction runs in the browser; this declaration keeps the DOM lib out of the Node program.
declare const document: { querySelector(s: string): { value: string; textContent: string | null } | null }

let s: Session
let srv: Served
let page: Page
let problems: string[]
let dbPath: string
let projectId: string

const go = (label: string) => goTo(page, label)

beforeAll(async () => {
  s = await session(async (served) => {
    const junk = join(served.dataDir, 'fixtures', '杂乱材料')
    mkdirSync(junk, { recursive: true })
    for (let i = 0; i < 20; i++) writeFileSync(join(junk, i % 2 ? `${i}.txt` : `${i}.jpg`), i % 2 ? `第${i}页` : Buffer.from([0xff, 0xd8, i]))
    const good = join(served.dataDir, 'fixtures', '正常案卷')
    cpSync(join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt'), good, { recursive: true })
    await served.api('settings.set', { reviewer: '张三' })
    const p = await served.api('project.create', { name: '状态', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    ;({ dbPath, id: projectId } = p)
    const job = await waitJob({ call: served.api }, (await served.api('case.import', { projectId, folders: [junk, good] })).jobId)
    expect(job.state).toBe('done')
  })
  ;({ srv, page, problems } = s)
  await openProjectByPath(page, dbPath)
})

afterAll(() => s?.close())

describe('review states', () => {
  it('shows a case of junk only as 无法评分 with the reason, in the list and in the case', async () => {
    const mark = page.locator('[data-test="case-table"] [data-test="ungradable"]')
    await mark.waitFor()
    expect(await mark.count()).toBe(1)
    expect(await mark.innerText()).toBe('无法评分')
    expect(await mark.getAttribute('title')).toMatch(/没有可读取的行政处罚文书/)
    // the other case is graded
    expect(await page.locator('[data-test="case-table"] tr[data-case-id]').count()).toBe(2)
    await shot(page, '08-case-list-ungradable')
    await page.locator('[data-test="case-table"] tr[data-case-id]', { has: page.locator('[data-test="ungradable"]') }).click()
    const alert = page.locator('[data-test="score"] [data-test="ungradable"]')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/没有可读取的行政处罚文书.*无法按/)
    expect(await page.locator('[data-test="score-grade"]').innerText()).toBe('无法评分')
    await shot(page, '08-case-ungradable')
    expect(problems).toEqual([])
  })

  it('shows the same 待处理 count in the case list and in the case, before and after a decision', async () => {
    const listCount = async () => {
      await go('案卷')
      const row = page.locator('[data-test="case-table"] tr[data-case-id]', { hasNot: page.locator('[data-test="ungradable"]') })
      await row.waitFor()
      return { row, n: Number(await row.locator('[data-test="pending"]').innerText()) }
    }
    const caseCount = async () => {
      await page.locator('[data-test="score-pending"]').waitFor()
      return { n: Number(await page.locator('[data-test="score-pending"]').innerText()), marked: await page.locator('[data-test="item-pending"]').count() }
    }
    const before = await listCount()
    expect(before.n).toBeGreaterThan(0)
    await before.row.click()
    const inCase = await caseCount()
    // the count, and the items marked 待处理 where the case lists them
    expect(inCase).toEqual({ n: before.n, marked: before.n })
    await shot(page, '08-case-pending')
    // settle one item: accept every finding waiting under the first marked item
    const itemId = await page.locator('.fgroup', { has: page.locator('[data-test="item-pending"]') }).first().getAttribute('data-item-id')
    const group = page.locator(`.fgroup[data-item-id="${itemId}"]`)
    for (const card of await group.locator('[data-test="finding"]').all()) {
      await card.click()
      await card.locator('[data-test="accept"]').click()
      await card.locator('[data-test="decision"]').waitFor()
    }
    await page.waitForFunction((n: number) => document.querySelector('[data-test="score-pending"]')?.textContent === String(n), before.n - 1)
    expect(await caseCount()).toEqual({ n: before.n - 1, marked: before.n - 1 })
    const after = await listCount()
    expect(after.n).toBe(before.n - 1)
    await shot(page, '08-case-list-pending')
    expect(problems).toEqual([])
  })

  it('names the case whose 执法单位 was not read before export, and lets the reviewer fill it in the case header', async () => {
    await go('导出')
    const alert = page.locator('[data-test="export-no-agency"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('杂乱材料')
    await shot(page, '08-export-no-agency')
    await go('案卷')
    await page.locator('[data-test="case-table"] tr[data-case-id]', { has: page.locator('[data-test="ungradable"]') }).click()
    await page.locator('[data-test="case-agency"]').waitFor()
    expect(await page.locator('[data-test="case-agency"]').innerText()).toBe('执法单位未识别')
    // the name of 设置 decides here (the project names no reviewers)
    expect(await page.locator('[data-test="reviewer-select"]').innerText()).toContain('张三')
    await page.locator('[data-test="agency-edit"]').click()
    await page.locator('[data-test="agency-input"] input').fill('某县综合行政执法局')
    await shot(page, '08-case-agency-edit')
    await page.locator('[data-test="agency-save"]').click()
    await page.waitForFunction(() => document.querySelector('[data-test="case-agency"]')?.textContent === '某县综合行政执法局')
    await shot(page, '08-case-agency-set')
    expect((await srv.api('case.list', { projectId })).map((r) => r.agency)).toContain('某县综合行政执法局')
    await go('导出')
    await page.locator('[data-test="export"]').waitFor()
    expect(await alert.count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('refuses a 整改台账 edit someone else overtook, says so, and shows the stored entry', async () => {
    await go('整改台账')
    await page.locator('[data-test="ledger-table"]').waitFor()
    const first = (await srv.api('ledger.table', { projectId })).rows[0]!
    const owner = () => page.locator('[data-test="ledger-table"] [data-test="ledger-owner"] input').first()
    await owner().fill('法制科 甲某')
    await owner().press('Tab')
    await page.getByText('已保存').first().waitFor()
    // another window saves the same entry meanwhile
    // (read once this window's save has landed: a 已保存 of an earlier save may already be on the page)
    const entry = async () => (await srv.api('ledger.list', { projectId })).find((e) => e.caseId === first.caseId && e.findingId === first.findingId)
    await expect.poll(async () => (await entry())?.owner, { timeout: 10_000 }).toBe('法制科 甲某')
    const stored = (await entry())!
    expect(stored).toMatchObject({ owner: '法制科 甲某', version: 1 })
    await srv.api('ledger.update', { projectId, entry: { ...stored, owner: '另一窗口 乙某' } })
    // this window still holds version 1
    await owner().fill('法制科 丙某')
    await owner().press('Tab')
    await page.getByText(/未能保存：该条整改台账已被他人/).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-test="ledger-table"] [data-test="ledger-owner"] input')?.value === '另一窗口 乙某')
    await shot(page, '08-ledger-stale')
    const now = (await srv.api('ledger.list', { projectId })).find((e) => e.caseId === first.caseId && e.findingId === first.findingId)!
    expect(now).toMatchObject({ owner: '另一窗口 乙某', version: 2 })
    // a refusal is an answer with its reason, not a failed request: nothing in the console
    expect(problems).toEqual([])
  })
})
