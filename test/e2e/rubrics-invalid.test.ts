/**
 * The 评查标准 screen with bad files in the library: each is listed as 无效 with the reason and its line, and picking
 * it shows its errors and text; the project form never offers it. The served library is the shipped one, so the
 * page's rubric.list and rubric.get answers come from the engine's own reading of a library with bad files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { session, shot, type Session } from './harness'

let s: Session
let page: Page
let problems: string[]
let dir: string
let engine: EngineService

const go = (label: string) => page.locator('[data-test="nav"] .n-menu-item-content').filter({ hasText: new RegExp(`^${label}`) }).click()

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-e2e-rubrics-'))
  const lib = join(dir, 'rubrics')
  mkdirSync(lib)
  copyFileSync(join(appPaths().rubricsDir, 'general-penalty.yaml'), join(lib, 'general-penalty.yaml'))
  writeFileSync(join(lib, '坏标准.yaml'), 'id: broken\nname: 坏标准\nsections:\n  - id: S1\n    title: 程序\n    points: 十\n')
  engine = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data'), rubricsDir: lib } })
  s = await session()
  ;({ page, problems } = s)
  // The page asks the served engine; these two answers come from the engine reading the library above.
  for (const method of ['rubric.list', 'rubric.get'] as const) {
    await page.route(`**/api/${method}`, async (route) => {
      const req = JSON.parse(route.request().postData() ?? 'null')
      const result = await engine.call(method, req).then(
        (r) => ({ ok: true, result: r }),
        (e: Error & { code?: string }) => ({ ok: false, error: { code: e.code ?? 'internal', message: e.message } }),
      )
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(result) })
    })
  }
  await page.reload()
  await page.waitForSelector('[data-test="brand"]')
})

afterAll(async () => {
  await s?.close()
  await engine?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('invalid rubric files', () => {
  it('are listed as 无效 with the reason, shown with their errors, and never offered for a project', async () => {
    await go('评查标准')
    const bad = page.locator('[data-test="rubric-invalid"]')
    await bad.waitFor()
    const text = await bad.innerText()
    expect(text).toContain('坏标准.yaml')
    expect(text).toContain('无效')
    expect(text).toMatch(/第 \d+ 行 · \S+：/)
    expect(text).toMatch(/另有 \d+ 处错误/)
    await bad.click()
    const errs = page.locator('[data-test="rubric-errors"]')
    await errs.waitFor()
    expect(await errs.innerText()).toMatch(/第 6 行 · \S*points/) // points: 十 is on line 6
    await shot(page, '06-rubric-invalid')
    // the project form offers the usable rubric only
    await go('评查项目')
    await page.locator('[data-test="project-rubric"]').click()
    const options = await page.locator('.n-base-select-option').allInnerTexts()
    expect(options.length).toBe(1)
    expect(options.join()).not.toContain('坏标准')
    expect(problems).toEqual([])
  })
})
