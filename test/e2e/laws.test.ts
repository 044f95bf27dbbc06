/**
 * 设置 → 法规库 in the browser: the law data's currency, a law text imported with its parse shown before it is added,
 * the user-imported law listed, and removed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cpSync } from 'node:fs'
import { goTo, openProjectByPath, ROOT, session, shot, type Session } from './harness'
import { waitJob } from '../service/jobs'

let s: Session
let page: Page
let dir: string
const go = (label: string) => goTo(page, label)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-e2e-laws-'))
  writeFileSync(
    join(dir, '条例.txt'),
    ['某某市市容管理条例', '（2026年1月9日某某市人民代表大会常务委员会第八次会议通过　自2026年3月1日起施行）', '第一条　为了加强市容管理，制定本条例。', '第二条　违反本条例规定的，处二百元以上一千元以下罚款。', '第三条　本条例自2026年3月1日起施行。'].join('\n'),
  )
  s = await session()
  page = s.page
  await page.waitForSelector('[data-test="brand"]')
})

afterAll(async () => {
  await s?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('法规库 screen', () => {
  it('shows the data’s currency, previews an import, adds it on confirmation and removes it', async () => {
    await go('设置')
    await page.locator('[data-test="laws-currency"]').waitFor()
    expect(await page.locator('[data-test="laws-stamp"]').innerText()).toMatch(/内置法规库第 2 版（校验码 [0-9a-f]+），无用户导入法规/)
    await page.locator('[data-test="laws-paths"] textarea').fill(join(dir, '条例.txt'))
    await page.locator('[data-test="laws-parse"]').click()
    const preview = page.locator('[data-test="laws-preview"]')
    await preview.waitFor()
    const text = await preview.innerText()
    expect(text).toContain('《某某市市容管理条例》 新增法规')
    expect(text).toContain('3 条')
    expect(text).toContain('施行日期 2026-03-01')
    await shot(page, 'laws-preview')
    await page.locator('[data-test="laws-confirm"]').click()
    await page.locator('[data-test="laws-user"] td').filter({ hasText: '某某市市容管理条例' }).waitFor()
    expect(await page.locator('[data-test="laws-stamp"]').innerText()).toMatch(/另有用户导入法规 1 部/)
    expect(await page.locator('[data-test="laws-currency"]').innerText()).toMatch(/地方性法规[\s\S]*2026-03-01/)
    await shot(page, 'laws-imported')
    await page.locator('[data-test="law-remove"]').click()
    await page.locator('.n-dialog .n-button').filter({ hasText: '删除' }).click()
    await page.locator('[data-test="laws-stamp"]').filter({ hasText: '无用户导入法规' }).waitFor()
    expect(s.problems).toEqual([])
  })

  it('a case checked with a user-imported law states the law data it used', async () => {
    const srv = s.srv
    await srv.api('laws.import', { paths: [join(dir, '条例.txt')] })
    const folder = join(dir, '案卷')
    cpSync(join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt'), folder, { recursive: true })
    const p = await srv.api('project.create', { name: '法规库', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    const job = await waitJob({ call: srv.api }, (await srv.api('case.import', { projectId: p.id, folders: [folder] })).jobId)
    expect(job.state).toBe('done')
    await go('评查项目')
    await openProjectByPath(page, p.dbPath)
    await page.locator('[data-test="case-table"] tr[data-case-id]').first().click()
    const line = page.locator('[data-test="law-data"]')
    await line.waitFor()
    expect(await line.innerText()).toMatch(/^检查所用：内置法规库第 2 版（校验码 [0-9a-f]+），另有用户导入法规 1 部（校验码 [0-9a-f]{8}）$/)
    await shot(page, 'laws-case-data')
    expect(s.problems).toEqual([])
  })
})
