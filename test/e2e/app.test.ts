/**
 * The renderer end to end, in Chromium against `pingcha serve`: frame, project creation, import of a scanned case,
 * the case workspace (evidence highlight, keyboard navigation, decisions), settings, rubric view and export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { AppInfo } from '../../shared/api'
import type { Rubric } from '../../shared/types'
import { ROOT, session, shot, viewerIdle as waitViewer, type Served, type Session } from './harness'
import { seedReviewProject, type SeededCase } from './seed'
import { ingest } from '../../electron/engine/ingest'
import { buildPdf, jpegSize } from '../fixtures/scans/pdf'

// Code passed to page.evaluate runs in the browser; these module-local declarations keep the DOM lib out of the Node program.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any
declare const requestAnimationFrame: (cb: () => void) => number
type HTMLImageElement = any

let s: Session
let srv: Served
let page: Page
let problems: string[]
let info: AppInfo
let rubric: Rubric | null = null
let seeded: SeededCase
let createdProject = false

const SCAN_CASE = join(ROOT, 'resources', 'samples', '03-scanned-simple-jpg')

const viewerIdle = () => waitViewer(page)
const navItem = (label: string) => page.locator('[data-test="nav"] .n-menu-item-content').filter({ hasText: new RegExp(`^${label}`) })
async function go(label: string) {
  await navItem(label).click()
}

beforeAll(async () => {
  s = await session(async (served) => {
    const rubrics = (await served.api('rubric.list', undefined)).rubrics
    if (rubrics[0]) rubric = (await served.api('rubric.get', { id: rubrics[0].id })).rubric
    seeded = await seedReviewProject(join(served.dataDir, 'fixtures'), rubric)
  })
  ;({ srv, page, problems, info } = s)
})

afterAll(() => s?.close())

describe('renderer end to end', () => {
  it('renders the frame in Chinese with no console errors, offering the samples on first start', async () => {
    await page.waitForSelector('[data-test="brand"]')
    for (const label of ['评查项目', '案卷', '评查标准', '导出', '设置']) await expect(navItem(label).count()).resolves.toBe(1)
    // the project list answers after the rubric library is read: wait for it, then count
    await page.getByText('还没有评查项目').waitFor()
    await expect(page.getByText('还没有评查项目').count()).resolves.toBe(1)
    if (info.samplesDir) await expect(page.locator('[data-test="open-samples"]').count()).resolves.toBe(1)
    await shot(page, '01-frame')
    expect(problems).toEqual([])
  })

  it('creates a review project and shows its database file', async (ctx) => {
    if (!rubric) ctx.skip('rubrics/ holds no valid rubric, and a project must name one (project.create refuses otherwise)')
    await page.locator('[data-test="project-name"] input').fill('二〇二四年度行政处罚案卷评查')
    // the general rubric is the default, not whichever file sorts first
    await expect(page.locator('[data-test="project-rubric"]').innerText()).resolves.toContain('通用')
    await page.locator('[data-test="project-rubric"]').click()
    await page.locator('.n-base-select-option').first().click()
    await page.locator('[data-test="create-submit"]').click()
    await page.waitForSelector('[data-test="import-panel"]')
    await expect(page.locator('header, .n-layout-header').first().innerText()).resolves.toContain('二〇二四年度行政处罚案卷评查')
    await go('评查项目')
    const path = await page.locator('[data-test="project-path"]').first().innerText()
    expect(path).toMatch(/\.pingcha\.sqlite$/)
    expect(existsSync(path)).toBe(true)
    await shot(page, '02-projects')
    createdProject = true
    expect(problems).toEqual([])
  })

  it('imports a case folder with scanned pages, showing progress, and lists the case', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    expect(existsSync(SCAN_CASE)).toBe(true)
    await go('案卷')
    await page.locator('[data-test="import-paths"] textarea').fill(SCAN_CASE)
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector('[data-test="import-job"]')
    // for the screenshot, catch the per-page OCR progress if it is still running
    await page.waitForSelector('[data-test="import-job"] td:has-text("识别扫描页")', { timeout: 30_000 }).catch(() => undefined)
    await shot(page, '03-import-progress')
    await page.waitForSelector('[data-test="job-state"]:not(:has-text("进行中"))', { timeout: 170_000 })
    const state = await page.locator('[data-test="job-state"]').innerText()
    const msg = await page.locator('[data-test="job-message"]').innerText()
    expect(state, msg).toBe('已完成')
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    await shot(page, '03-import-done')
    expect(await page.locator('[data-test="case-table"] tr[data-case-id]').count()).toBe(1)
    // The scanned case opens: its scan pages are shown as images.
    await page.locator('[data-test="case-table"] tr[data-case-id]').first().click()
    await page.waitForSelector('[data-test="page-image"]')
    await page.waitForFunction(() => (document.querySelector('[data-test="page-image"]') as HTMLImageElement | null)?.complete)
    await viewerIdle()
    await shot(page, '03-scanned-case')

    // A finding whose evidence lies on a scan (OCR box in image pixels) is highlighted at the right place of the image.
    const project = (await srv.api('project.list', undefined)).find((p) => p.name === '二〇二四年度行政处罚案卷评查')!
    const caseId = (await srv.api('case.list', { projectId: project.id }))[0].id
    const detail = await srv.api('case.get', { projectId: project.id, caseId })
    const onScan = detail.findings.find((f) => f.evidence[0]?.bbox && /\.jpe?g$/i.test(f.evidence[0].file))
    if (!onScan) {
      console.warn('no finding with evidence on a scan: the scan highlight is not checked', { findings: detail.findings.length })
    } else {
      await page.locator(`[data-finding-id="${onScan.id}"]`).click()
      await page.waitForFunction((file: string) => document.querySelector('[data-test="viewer-file"]')?.textContent === file, onScan.evidence[0].file)
      const box = page.locator('[data-test="evidence-box"]')
      await box.waitFor()
      const img = page.locator('[data-test="page-image"]')
      const natural = await img.evaluate((el: { naturalWidth: number; naturalHeight: number }) => ({ w: el.naturalWidth, h: el.naturalHeight }))
      const [b, i] = [await box.boundingBox(), await img.boundingBox()]
      const bb = onScan.evidence[0].bbox!
      expect(Math.abs((b!.x - i!.x + 2) / i!.width - bb.x / natural.w)).toBeLessThan(0.01)
      expect(Math.abs((b!.y - i!.y + 2) / i!.height - bb.y / natural.h)).toBeLessThan(0.01)
      await viewerIdle()
      await shot(page, '03-scan-evidence')
    }
    expect(problems).toEqual([])
  })

  it('highlights evidence on a scanned PDF page (OCR boxes in 200 dpi pixels)', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    const dir = join(srv.dataDir, 'fixtures', '扫描版PDF案卷')
    mkdirSync(dir, { recursive: true })
    const jpeg = readFileSync(join(SCAN_CASE, '扫描件_004.jpg'))
    writeFileSync(join(dir, '行政处罚决定书（扫描）.pdf'), buildPdf([{ jpeg, ...jpegSize(jpeg) }]))
    await go('案卷')
    await page.locator('[data-test="import-paths"] textarea').fill(dir)
    const before = await page.locator('[data-test="import-job"]').getAttribute('data-job-id')
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector(`[data-test="import-job"]:not([data-job-id="${before}"]) [data-test="job-state"]:not(:has-text("进行中"))`, { timeout: 170_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已完成')
    const project = (await srv.api('project.list', undefined)).find((p) => p.name === '二〇二四年度行政处罚案卷评查')!
    const row = (await srv.api('case.list', { projectId: project.id })).find((r) => r.folder === dir)!
    const detail = await srv.api('case.get', { projectId: project.id, caseId: row.id })
    const f = detail.findings.find((x) => x.evidence[0]?.bbox && x.evidence[0].file.endsWith('.pdf'))
    if (!f) ctx.skip(`no finding with a located evidence on the scanned PDF (findings: ${detail.findings.length})`)
    await page.locator(`[data-test="case-table"] tr[data-case-id="${row.id}"]`).click()
    await page.locator(`[data-finding-id="${f!.id}"]`).click()
    const box = page.locator('[data-test="evidence-box"]')
    await box.waitFor()
    await viewerIdle()
    const [b, c] = [await box.boundingBox(), await page.locator('[data-test="pdf-canvas"]').boundingBox()]
    const bb = f!.evidence[0].bbox!
    const px = { w: (595 * 200) / 72, h: (842 * 200) / 72 } // the A4 page rendered for OCR at 200 dpi
    expect(Math.abs((b!.x - c!.x + 2) / c!.width - bb.x / px.w)).toBeLessThan(0.01)
    expect(Math.abs((b!.y - c!.y + 2) / c!.height - bb.y / px.h)).toBeLessThan(0.01)
    await shot(page, '03-scanned-pdf-evidence')
    expect(problems).toEqual([])
  })

  it('shows a scan fed sideways upright, as OCR read it, with the evidence box on the upright page', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    const dir = join(srv.dataDir, 'fixtures', '横放扫描件案卷')
    mkdirSync(dir, { recursive: true })
    // The decision page turned a quarter clockwise, as a scanner fed it sideways.
    const { loadImage, createCanvas } = await import('@napi-rs/canvas')
    const img = await loadImage(readFileSync(join(SCAN_CASE, '扫描件_004.jpg')))
    const c = createCanvas(img.height, img.width)
    const g = c.getContext('2d')
    g.translate(img.height, 0)
    g.rotate(Math.PI / 2)
    g.drawImage(img, 0, 0)
    writeFileSync(join(dir, '行政处罚决定书（横放）.jpg'), c.toBuffer('image/jpeg', 90))
    await go('案卷')
    await page.locator('[data-test="show-import"]').click().catch(() => undefined)
    await page.locator('[data-test="import-paths"] textarea').fill(dir)
    const before = await page.locator('[data-test="import-job"]').getAttribute('data-job-id')
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector(`[data-test="import-job"]:not([data-job-id="${before}"]) [data-test="job-state"]:not(:has-text("进行中"))`, { timeout: 170_000 })
    const project = (await srv.api('project.list', undefined)).find((p) => p.name === '二〇二四年度行政处罚案卷评查')!
    const row = (await srv.api('case.list', { projectId: project.id })).find((r) => r.folder === dir)!
    const detail = await srv.api('case.get', { projectId: project.id, caseId: row.id })
    const meta = detail.pages!.find((p) => p.file.endsWith('.jpg'))!
    expect(meta.rotation).not.toBe(0)
    expect([meta.width, meta.height]).toEqual([img.width, img.height]) // the upright page
    const f = detail.findings.find((x) => x.evidence[0]?.bbox && x.evidence[0].file.endsWith('.jpg'))
    if (!f) ctx.skip(`no finding with a located evidence on the sideways scan (findings: ${detail.findings.length})`)
    await page.locator(`[data-test="case-table"] tr[data-case-id="${row.id}"]`).click()
    await page.locator(`[data-finding-id="${f!.id}"]`).click()
    const box = page.locator('[data-test="evidence-box"]')
    await box.waitFor()
    await viewerIdle()
    const shown = page.locator('[data-test="page-image"]')
    await page.waitForFunction(() => (document.querySelector('[data-test="page-image"]') as HTMLImageElement | null)?.complete)
    const natural = await shown.evaluate((el: { naturalWidth: number; naturalHeight: number }) => ({ w: el.naturalWidth, h: el.naturalHeight }))
    expect(natural).toEqual({ w: meta.width, h: meta.height })
    const [b, i] = [await box.boundingBox(), await shown.boundingBox()]
    const bb = f!.evidence[0].bbox!
    expect(Math.abs((b!.x - i!.x + 2) / i!.width - bb.x / natural.w)).toBeLessThan(0.01)
    expect(Math.abs((b!.y - i!.y + 2) / i!.height - bb.y / natural.h)).toBeLessThan(0.01)
    await shot(page, '03-sideways-scan-evidence')
    expect(problems).toEqual([])
  })

  it('lists unreadable files plainly and still imports the rest of the folder', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    const dir = join(srv.dataDir, 'fixtures', '坏文件案卷')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, '1 行政处罚决定书.txt'), '行政处罚决定书\n成武市监处罚〔2024〕88号\n当事人：成都某某商贸有限公司\n')
    writeFileSync(join(dir, '2 询问笔录.pdf'), '%PDF-1.7\n1 0 obj<<>>\n% truncated')
    writeFileSync(join(dir, '3 旧版文书.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    await go('案卷')
    await page.locator('[data-test="show-import"]').click().catch(() => undefined)
    await page.locator('[data-test="import-paths"] textarea').fill(dir)
    const casesBefore = await page.locator('[data-test="case-table"] tr[data-case-id]').count()
    const before = await page.locator('[data-test="import-job"]').getAttribute('data-job-id')
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector(`[data-test="import-job"]:not([data-job-id="${before}"]) [data-test="job-state"]:not(:has-text("进行中"))`, { timeout: 60_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已完成')
    const errors = await page.locator('[data-test="import-file-errors"] tbody tr').allInnerTexts()
    expect(errors.length).toBe(2)
    expect(errors.join('\n')).toContain('2 询问笔录.pdf')
    expect(errors.join('\n')).toContain('3 旧版文书.doc')
    await page.locator('[data-test="import-file-errors"]').scrollIntoViewIfNeeded()
    await shot(page, '03-import-file-errors')
    await page.waitForFunction((n: number) => document.querySelectorAll('[data-test="case-table"] tr[data-case-id]').length === n, casesBefore + 1)
    expect(problems).toEqual([])
  })

  it('imports several folders at once and shows Word and text sources as text with the evidence line marked', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    const folders = ['01-clean-ordinary-docx', '04-simple-inconsistent-txt'].map((f) => join(ROOT, 'resources', 'samples', f))
    await page.locator('[data-test="import-paths"] textarea').fill(folders.join('\n'))
    const before = await page.locator('[data-test="import-job"]').getAttribute('data-job-id')
    await page.locator('[data-test="import-start"]').click()
    await page.waitForSelector(`[data-test="import-job"]:not([data-job-id="${before}"]) [data-test="job-state"]:not(:has-text("进行中"))`, { timeout: 120_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已完成')
    const project = (await srv.api('project.list', undefined)).find((p) => p.name === '二〇二四年度行政处罚案卷评查')!
    const rows = await srv.api('case.list', { projectId: project.id })
    for (const [folder, ext] of [
      [folders[1], /\.txt$/i],
      [folders[0], /\.docx$/i],
    ] as const) {
      const row = rows.find((r) => r.folder === folder)!
      expect(row, folder).toBeTruthy()
      const detail = await srv.api('case.get', { projectId: project.id, caseId: row.id })
      await go('案卷')
      await page.locator(`[data-test="case-table"] tr[data-case-id="${row.id}"]`).click()
      await page.waitForSelector('[data-test="outline"]')
      const withEvidence = detail.findings.find((f) => f.evidence[0] && ext.test(f.evidence[0].file) && f.evidence[0].text.length >= 2)
      if (!withEvidence) {
        // no finding to point at: the text page itself must still show
        await page.locator('[data-test="file-link"]').first().click()
        await page.waitForSelector('[data-test="text-page"]')
        console.warn(`no finding with evidence in a ${ext} file of ${folder}; text view checked without a marked line`)
        continue
      }
      await page.locator(`[data-finding-id="${withEvidence.id}"]`).click()
      const mark = page.locator('[data-test="evidence-line"]')
      await mark.waitFor()
      expect(await mark.innerText()).toContain(withEvidence.evidence[0].text.trim().slice(0, 6))
      await viewerIdle()
      await shot(page, `03-text-evidence-${ext.source.includes('txt') ? 'txt' : 'docx'}`)
    }
    expect(problems).toEqual([])
  })

  it('cancels an import of a parent folder of several cases', async (ctx) => {
    if (!createdProject) ctx.skip('no project could be created (no valid rubric in rubrics/)')
    await go('案卷')
    await page.locator('[data-test="import-paths"] textarea').fill(join(ROOT, 'resources', 'samples'))
    await page.locator('[data-test="import-start"]').click()
    await page.locator('[data-test="import-cancel"]').click()
    await page.waitForSelector('[data-test="job-state"]:not(:has-text("进行中"))', { timeout: 120_000 })
    expect(await page.locator('[data-test="job-state"]').innerText()).toBe('已取消')
    expect(await page.locator('[data-test="job-message"]').innerText()).toContain('已取消')
    await shot(page, '03-import-cancelled')
    // the finished import's panel can be put away: the case list comes up
    await page.locator('[data-test="import-close"]').click()
    await page.locator('[data-test="import-panel"]').waitFor({ state: 'detached' })
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    expect(problems).toEqual([])
  })

  it('opens a case, highlights the evidence of the selected finding on the PDF page, and moves with j/k', async () => {
    await go('评查项目')
    await page.locator('[data-test="open-path"] input').fill(seeded.dbPath)
    await page.locator('[data-test="open-submit"]').click()
    await page.waitForSelector('[data-test="case-table"] tr[data-case-id]')
    await page.getByText(seeded.caseNumber).click()
    await page.waitForSelector('[data-test="findings"] [data-test="finding"]')
    expect(await page.locator('[data-test="missing-doc"]').innerText()).toContain('陈述申辩笔录')

    const f = seeded.findings[0]
    await page.locator(`[data-finding-id="${f.id}"]`).click()
    const box = page.locator('[data-test="evidence-box"]')
    await box.waitFor()
    const canvas = page.locator('[data-test="pdf-canvas"]')
    const [b, c] = [await box.boundingBox(), await canvas.boundingBox()]
    expect(b && c).toBeTruthy()
    // The box sits where the evidence line is on the page: compare relative positions with the ingested page geometry.
    const pages = (await ingest(join(ROOT, 'resources', 'samples', '02-defects-ordinary-pdf'), { cacheDir: join(srv.dataDir, 'fixtures', 'cache') })).pages
    const pg = pages.find((p) => p.page === f.evidence[0].page)!
    const bb = f.evidence[0].bbox!
    expect(Math.abs((b!.y - c!.y + 2) / c!.height - bb.y / pg.height)).toBeLessThan(0.01)
    expect(Math.abs((b!.x - c!.x + 2) / c!.width - bb.x / pg.width)).toBeLessThan(0.01)
    expect(b!.width).toBeGreaterThan(10)
    await viewerIdle()
    await shot(page, '04-workspace-evidence')

    // keyboard: j → next finding, k → back
    await page.keyboard.press('j')
    await expect(page.locator('[data-test="finding"].selected').getAttribute('data-finding-id')).resolves.toBe(seeded.findings[1].id)
    await box.waitFor()
    await page.keyboard.press('k')
    await expect(page.locator('[data-test="finding"].selected').getAttribute('data-finding-id')).resolves.toBe(f.id)

    // a reload brings back the open project and case, not the project list
    await page.reload()
    await page.waitForSelector('[data-test="findings"] [data-test="finding"]')
    await expect(page.locator('header, .n-layout-header').first().innerText()).resolves.toContain(seeded.dbPath)
    expect(await page.locator('[data-test="missing-doc"]').innerText()).toContain('陈述申辩笔录')
    expect(problems).toEqual([])
  })

  it('records the reviewer in settings, rejects a finding and the score goes up', async (ctx) => {
    if (!seeded.realRubric) ctx.skip('rubrics/ holds no valid rubric, so a decision cannot be scored against one')
    await go('设置')
    await page.locator('[data-test="reviewer"] input').fill('李评查')
    await page.locator('[data-test="settings-save"]').click()
    await page.getByText('设置已保存').waitFor()
    await shot(page, '05-settings')
    await go('案卷')
    await page.getByText(seeded.caseNumber).click()
    await page.waitForSelector('[data-test="score-total"]')
    const before = Number(await page.locator('[data-test="score-total"]').innerText())
    await page.locator(`[data-finding-id="${seeded.findings[0].id}"]`).click()
    await page.locator(`[data-finding-id="${seeded.findings[0].id}"] [data-test="reject"]`).click()
    await page.locator(`[data-finding-id="${seeded.findings[0].id}"] [data-test="decision"]`).waitFor()
    await page.waitForFunction((b) => Number(document.querySelector('[data-test="score-total"]')?.textContent) !== b, before)
    const after = Number(await page.locator('[data-test="score-total"]').innerText())
    expect(after).toBeGreaterThan(before)
    await viewerIdle()
    await shot(page, '05-finding-rejected')

    // 整改台账 columns of a finding are saved with it
    const second = `[data-finding-id="${seeded.findings[1].id}"]`
    await page.locator(second).click()
    await page.locator(`${second} [data-test="ledger-toggle"]`).click()
    await page.locator(`${second} [data-test="ledger-owner"] input`).fill('法制科 王某')
    await page.locator(`${second} [data-test="ledger-progress"] input`).fill('已重新制作告知书')
    await page.locator(`${second} [data-test="ledger-save"]`).click()
    await page.getByText('整改台账已保存').waitFor()
    const project = (await srv.api('project.list', undefined)).find((p) => p.dbPath === seeded.dbPath)!
    const ledger = await srv.api('ledger.list', { projectId: project.id })
    expect(ledger.find((e) => e.findingId === seeded.findings[1].id)).toMatchObject({ owner: '法制科 王某', progress: '已重新制作告知书' })
    expect(problems).toEqual([])
  })

  it('keeps the project-wide 整改台账: every standing problem, edited in place', async (ctx) => {
    if (!seeded.realRubric) ctx.skip('rubrics/ holds no valid rubric')
    const project = (await srv.api('project.list', undefined)).find((p) => p.dbPath === seeded.dbPath)!
    const want = await srv.api('ledger.table', { projectId: project.id })
    await go('整改台账')
    await page.locator('[data-test="ledger-table"]').waitFor()
    await page.getByText(`共 ${want.rows.length} 个问题`).waitFor()
    expect(want.rows.length).toBeGreaterThan(0)
    // the rejected finding is not listed; the one given an owner in the workspace shows it
    expect(want.rows.some((r) => r.findingId === seeded.findings[0].id)).toBe(false)
    const owners = await page.locator('[data-test="ledger-table"] [data-test="ledger-owner"] input').evaluateAll((xs) => xs.map((x) => (x as { value: string }).value))
    expect(owners).toContain('法制科 王某')
    // a new owner on the first row without one is saved when the field is left
    const i = owners.findIndex((o) => o !== '法制科 王某')
    if (i >= 0) {
      const cell = page.locator('[data-test="ledger-table"] [data-test="ledger-owner"] input').nth(i)
      await cell.fill('执法大队 赵某')
      await cell.press('Tab')
      await page.getByText('已保存').first().waitFor()
      const after = await srv.api('ledger.table', { projectId: project.id })
      expect(after.rows.some((r) => r.entry?.owner === '执法大队 赵某' && r.values[8] === '执法大队 赵某')).toBe(true)
    }
    await shot(page, '06-ledger')
    // the case number opens the case
    await page.locator('[data-test="ledger-open-case"]').first().click()
    await page.waitForSelector('[data-test="score-total"]')
    expect(problems).toEqual([])
  })

  it('shows the rubric library', async () => {
    await go('评查标准')
    if (rubric) await page.locator('[data-test="rubric-tree"]').waitFor()
    else await page.getByText('没有可用的评查标准').waitFor()
    await shot(page, '06-rubrics')
    // a rubric text with errors: each error is listed with its line
    await page.locator('[data-test="rubric-new"]').click()
    await page.locator('[data-test="rubric-text"]').fill('id: draft\nname: 草稿标准\nversion: 1\nsections:\n  - id: S1\n    title: 程序\n    points: 十\n')
    const errs = page.locator('[data-test="rubric-draft-errors"]')
    await errs.waitFor()
    expect(await errs.innerText()).toContain('第 7 行') // points: 十 is on line 7
    await errs.scrollIntoViewIfNeeded()
    await shot(page, '06-rubric-validation')
    expect(problems).toEqual([])
  })

  it('exports a DOCX score sheet and shows the written paths', async (ctx) => {
    if (!seeded.realRubric) ctx.skip('rubrics/ holds no valid rubric, and exports render the project rubric')
    await go('导出')
    await page.locator('[data-kind="score-sheet"]').click()
    await page.locator('[data-test="export-run"]').click()
    await page.waitForSelector('[data-test="export-files"], [data-test="export-error"]', { timeout: 60_000 })
    const err = await page.locator('[data-test="export-error"]').count()
    expect(err ? await page.locator('[data-test="export-error"]').innerText() : '').toBe('')
    const files = (await page.locator('[data-test="export-files"] .mono').allInnerTexts()).map((s) => s.trim())
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true)
    for (const f of files) expect(readFileSync(f).subarray(0, 2).toString()).toBe('PK')
    await shot(page, '07-export')

    // the 整改台账 as XLSX, for a chosen case
    await page.locator('[data-kind="ledger-xlsx"]').click()
    await page.getByText('选择案卷', { exact: true }).click()
    await page.locator('.n-select').last().click()
    await page.locator('.n-base-select-option').first().click()
    await page.keyboard.press('Escape')
    await page.locator('[data-test="export-run"]').click()
    await page.waitForFunction(() => [...document.querySelectorAll('[data-test="export-files"] .mono')].some((e: { textContent: string }) => e.textContent.trim().endsWith('.xlsx')))
    const xlsx = (await page.locator('[data-test="export-files"] .mono').allInnerTexts()).map((s) => s.trim())
    expect(xlsx.length).toBe(1)
    expect(readFileSync(xlsx[0]).subarray(0, 2).toString()).toBe('PK')
    expect(problems).toEqual([])
  })
})
