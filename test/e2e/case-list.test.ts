/**
 * The case list with 500 cases: time to show the list after opening the project, time to scroll it through
 * (virtual scrolling keeps the DOM small), and search. Figures go to test-output/e2e/case-list-500.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { SHOTS, session, shot, type Session } from './harness'
import { seedBigProject } from './seed'

const N = 500
// Code passed to page.evaluate runs in the browser; these module-local declarations keep the DOM lib out of the Node program.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any
declare const requestAnimationFrame: (cb: () => void) => number
type HTMLElement = any

let s: Session
let page: Page
let problems: string[]
let dbPath: string

beforeAll(async () => {
  s = await session(async (served) => {
    const t0 = performance.now()
    dbPath = await seedBigProject(join(served.dataDir, 'fixtures'), N)
    console.log(`seeded ${N} cases in ${Math.round(performance.now() - t0)} ms`)
  })
  ;({ page, problems } = s)
})

afterAll(() => s?.close())

describe(`case list with ${N} cases`, () => {
  it('renders, scrolls, sorts and searches smoothly', async () => {
    await page.locator('[data-test="open-path"] input').fill(dbPath)
    const t0 = Date.now()
    await page.locator('[data-test="open-submit"]').click()
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    const openMs = Date.now() - t0
    await expect(page.locator('[data-test="case-count"]').innerText()).resolves.toContain(`共 ${N} 卷`)
    const domRows = await page.locator('[data-test="case-table"] tr[data-case-id]').count()
    expect(domRows).toBeLessThan(80) // virtual scrolling: only the visible rows exist

    // Scroll through the whole list in steps, waiting for a frame each time; then check the last case is shown.
    const scroll = await page.evaluate(async () => {
      const el = [...document.querySelectorAll('[data-test="case-table"] .v-vl, [data-test="case-table"] .n-scrollbar-container')].find((e) => e.scrollHeight > e.clientHeight + 10) as HTMLElement | undefined
      if (!el) return { ms: -1, frames: 0, worst: 0 }
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))
      const t = performance.now()
      let last = t
      let worst = 0
      let frames = 0
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 2) {
        el.scrollTop += el.clientHeight / 2
        el.dispatchEvent(new Event('scroll'))
        const now = await frame()
        worst = Math.max(worst, now - last)
        last = now
        frames++
      }
      await frame()
      return { ms: performance.now() - t, frames, worst }
    })
    expect(scroll.ms).toBeGreaterThan(0)
    const lastRowText = await page.locator('[data-test="case-table"] tr[data-case-id]').last().innerText()
    await shot(page, '08-case-list-500-bottom')

    // sort by score (click the header twice: ascending then descending)
    const ts = Date.now()
    await page.locator('[data-test="case-table"] th').filter({ hasText: '得分' }).click()
    await page.waitForTimeout(50)
    const sortMs = Date.now() - ts
    // search narrows the list
    await page.locator('[data-test="case-search"] input').fill('〔2024〕42')
    await page.waitForFunction(() => /显示 \d+ 卷/.test(document.querySelector('[data-test="case-count"]')?.textContent ?? ''))
    const shown = await page.locator('[data-test="case-count"]').innerText()
    await shot(page, '08-case-list-500-search')

    const figures = { cases: N, openToFirstRowsMs: openMs, domRows, scroll: { totalMs: Math.round(scroll.ms), steps: scroll.frames, worstFrameMs: Math.round(scroll.worst) }, sortClickMs: sortMs, lastRowText, search: shown }
    mkdirSync(SHOTS, { recursive: true })
    writeFileSync(join(SHOTS, 'case-list-500.json'), JSON.stringify(figures, null, 2))
    console.log('case list figures', figures)
    expect(shown).toMatch(/显示 \d+ 卷/)
    // Timing is reported, not asserted (it depends on the machine's load); virtual scrolling and reaching the end are.
    expect(lastRowText).toContain('罗某499有限公司')
    expect(problems).toEqual([])
  })
})
