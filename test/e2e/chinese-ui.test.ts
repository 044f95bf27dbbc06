/**
 * Every screen speaks Chinese: with seeded projects (a review project, and one with real imported cases, a roster, a
 * draw and its assignment) and a rubric file that cannot be used, each screen is visited — 评查标准 with every rubric,
 * the bad file and the editor on a broken copy — and its visible text — text nodes, placeholders and tooltips — must
 * hold no Latin letters, except
 * - what the reviewer or the case brought: elements marked `data-raw` (case numbers, parties, file names and paths,
 *   names typed by a person, a document's own text, a rubric file's own words quoted in its errors, the web address
 *   and codes a rubric's note cites), and `<kbd>` key names;
 * - the allowed tokens below, each with why it stays.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { goTo, openProjectByPath, ROOT, session, shot, viewerIdle, type Session } from './harness'
import { seedReviewProject } from './seed'
import { waitJob } from '../service/jobs'
import { RULE_IDS } from '../../shared/rubric/vocab'

// Code passed to page.evaluate runs in the browser; these declarations keep the DOM lib out of the Node program.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any
declare const getComputedStyle: (el: any) => { visibility: string; display: string }
declare const NodeFilter: { SHOW_TEXT: number }

/** Latin letters that are not words of the interface. */
const ALLOWED: [RegExp, string][] = [
  // before the item codes, which would take CF-57 out of CF-57a and leave the a
  [new RegExp(`(?<![A-Za-z])(?:${[...RULE_IDS].sort((a, b) => b.length - a.length).map((id) => id.replace(/[/-]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`, 'g'), 'procedure-rule codes a rubric item cites (CF-57a, QZ-27/28): codes like item codes, the rule table has no Chinese names'],
  [/(?<![A-Za-z])[A-Z]{1,3}-?\d{1,3}(?:-\d{1,3})?(?![A-Za-z])/g, 'rubric item codes (V03, A1, SJ-60)'],
  [/(?<![A-Za-z])(?:PDF|DOCX|XLSX|TXT|OFD|HTML|Word)(?![A-Za-z])/g, 'file formats the reviewer picks and gets files by'],
  [/(?<![A-Za-z])YAML(?![A-Za-z])/g, 'the format rubric files are written in, which the 评查标准 editor edits'],
  [/(?<![A-Za-z])(?:KB|MB|GB|B)(?![A-Za-z])/g, 'units'],
  [/\*?\.(?:pingcha\.sqlite|csv|xlsx|docx|json)(?![A-Za-z])/gi, 'file name patterns'],
  [/(?<![A-Za-z])[A-Z]:\\/g, 'a Windows drive in an example path'],
  [/校验码 [0-9a-f]{6,}/g, 'a checksum naming the exact data used (law data, the review frame)'],
]

interface Hit {
  screen: string
  text: string
  where: string
}

/** Visible text of the page outside data-raw, with what is left of it once the allowed tokens are taken out. */
async function latin(page: Page, screen: string): Promise<Hit[]> {
  const raw: { text: string; where: string }[] = await page.evaluate(() => {
    const out: { text: string; where: string }[] = []
    const visible = (el: any) => {
      const r = el.getBoundingClientRect()
      const cs = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
    }
    const skip = (el: any) => !el || el.closest('[data-raw], kbd, script, style, noscript, svg') || !visible(el)
    const where = (el: any) => {
      const parts: string[] = []
      for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const dt = e.getAttribute('data-test')
        parts.unshift(dt ? `[data-test=${dt}]` : `${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''}`)
      }
      return parts.join(' > ')
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = (n.textContent ?? '').trim()
      if (t && /[A-Za-z]/.test(t) && !skip(n.parentElement)) out.push({ text: t, where: where(n.parentElement) })
    }
    for (const el of document.querySelectorAll('[placeholder], [title]')) {
      for (const a of ['placeholder', 'title']) {
        const t = el.getAttribute(a) ?? ''
        // a tooltip holding a whole message with the case's words in it is marked data-raw-title
        if (/[A-Za-z]/.test(t) && !skip(el) && !(a === 'title' && el.hasAttribute('data-raw-title'))) out.push({ text: t, where: `${where(el)} @${a}` })
      }
    }
    return out
  })
  return raw
    .map((h) => ({ screen, where: h.where, text: h.text, left: ALLOWED.reduce((t, [re]) => t.replace(re, ''), h.text) }))
    .filter((h) => /[A-Za-z]/.test(h.left))
    .map(({ screen: s, text, where }) => ({ screen: s, text, where }))
}

let s: Session
let page: Page
let problems: string[]
let reviewDb: string
let panelDb: string
let rubricSource: string
const hits: Hit[] = []

async function sweep(screen: string, shotName?: string) {
  // each place once: the frame's header is on every screen
  for (const h of await latin(page, screen)) if (!hits.some((x) => x.text === h.text && x.where === h.where)) hits.push(h)
  if (shotName) await shot(page, shotName)
}

beforeAll(async () => {
  s = await session(async (served) => {
    const got = await served.api('rubric.get', { id: 'general-penalty' })
    const rubric = got.rubric
    rubricSource = got.source
    // a file of the library that cannot be used, listed as 无效 with its first error
    mkdirSync(join(served.dataDir, 'rubrics'), { recursive: true })
    writeFileSync(join(served.dataDir, 'rubrics', '坏标准.yaml'), 'id: broken\nname: 坏标准\nsections:\n  - id: S1\n    title: 程序\n    points: 十\n')
    reviewDb = (await seedReviewProject(join(served.dataDir, 'fixtures', 'review'), rubric)).dbPath
    const own = '某区市场监督管理局'
    const cases = join(served.dataDir, 'fixtures', own)
    cpSync(join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt'), join(cases, '案卷A'), { recursive: true })
    cpSync(join(ROOT, 'resources', 'samples', '01-clean-ordinary-docx'), join(cases, '案卷B'), { recursive: true })
    const p = await served.api('project.create', { name: '二〇二五年度交叉评查', rubricId: 'general-penalty', agencies: [own], reviewers: ['张三', '李四'], samplingRatio: 0.1 })
    panelDb = p.dbPath
    const job = await waitJob({ call: served.api }, (await served.api('case.import', { projectId: p.id, folders: [cases] })).jobId)
    expect(job.state).toBe('done')
    const lead = await served.api('panel.member.save', { projectId: p.id, member: { name: '王组长', agency: '市司法局', role: '组长', conflicts: [] } })
    for (const [name, agency] of [['李评', '县交通运输局'], ['赵评', '县生态环境局'], ['孙评', '县应急管理局']])
      await served.api('panel.member.save', { projectId: p.id, member: { name, agency, role: '评查员', conflicts: [] } })
    const draw = await served.api('panel.draw', { projectId: p.id, memberId: lead.id, seed: '20251201', frame: null })
    await served.api('panel.assign', { projectId: p.id, drawId: draw.id, memberId: lead.id, overrides: [] })
  })
  ;({ page, problems } = s)
})

afterAll(() => s?.close())

describe('the interface speaks Chinese', () => {
  it('on every screen, outside case data, codes, file names and units', async () => {
    await sweep('首次启动', 'zh-01-first-start')

    // a review project with hand-written findings on a real PDF case
    await openProjectByPath(page, reviewDb)
    await sweep('案卷列表', 'zh-02-cases')
    await page.locator('[data-test="show-import"]').click()
    await page.locator('[data-test="import-panel"]').waitFor()
    await sweep('导入案卷')
    // a text case, then a scanned one: the first reads 完成 while the second is still being recognised
    const samples = join(ROOT, 'resources', 'samples')
    await page.locator('[data-test="import-paths"] textarea').fill([join(samples, '04-simple-inconsistent-txt'), join(samples, '03-scanned-simple-jpg')].join('\n'))
    await page.locator('[data-test="import-start"]').click()
    await page.locator('[data-test="job-cases"] tr[data-finished="true"]').first().waitFor({ timeout: 60_000 })
    if ((await page.locator('[data-test="job-state"]').innerText()) === '进行中') {
      const lines = await page.locator('[data-test="job-cases"] tbody tr').allInnerTexts()
      expect(lines[0]).toMatch(/完成$/)
      if (lines[1]) expect(lines[1]).not.toMatch(/完成$/)
      expect(Number(await page.locator('[data-test="job-progress"]').getAttribute('data-percent'))).toBeGreaterThanOrEqual(50)
      await sweep('导入进行中', 'zh-03-import-running')
    }
    await page.waitForSelector('[data-test="job-state"]:not(:has-text("进行中"))', { timeout: 170_000 })
    await sweep('导入完成', 'zh-03-import-done')
    await page.locator('[data-test="case-table"] tr[data-case-id]').first().click()
    await viewerIdle(page)
    await sweep('案卷工作台（样例）', 'zh-04-workspace-seeded')
    await page.locator('[data-test="finding"]').first().click()
    await sweep('案卷工作台（选中问题）')
    await goTo(page, '案卷')
    await page.locator('[data-test="case-table"] tr[data-case-id]').nth(2).click()
    await viewerIdle(page)
    await sweep('案卷工作台（导入的案卷）', 'zh-05-workspace-imported')

    // a project with a roster, a draw and its assignment, and real imported cases
    await openProjectByPath(page, panelDb)
    await goTo(page, '评查项目')
    await page.locator('[data-test="project-list"]').waitFor()
    await sweep('评查项目', 'zh-06-projects')
    await goTo(page, '案卷')
    await page.locator('[data-test="case-table"] tr[data-case-id]').first().click()
    await viewerIdle(page)
    await sweep('案卷工作台（评查组项目）', 'zh-07-workspace-panel')
    await goTo(page, '评查组')
    await page.locator('[data-test="panel"]').waitFor()
    const tabs = page.locator('[data-test="panel"] .n-tabs-tab')
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click()
      await page.waitForTimeout(100)
      await sweep(`评查组 · ${await tabs.nth(i).innerText()}`, `zh-08-panel-${i}`)
    }
    await goTo(page, '整改台账')
    await page.locator('[data-test="ledger-open-case"]').first().waitFor()
    await sweep('整改台账', 'zh-09-ledger')
    await goTo(page, '导出')
    await page.locator('[data-test="export"]').waitFor()
    await sweep('导出', 'zh-10-export')
    await page.locator('[data-test="export-run"]').click()
    await page.locator('[data-test="export-files"], [data-test="export-error"]').first().waitFor()
    await sweep('导出完成')
    await goTo(page, '设置')
    await page.locator('[data-test="laws"]').waitFor()
    await sweep('设置与法规库', 'zh-11-settings')

    // 评查标准: the library with a file that cannot be used, each rubric's newest version, and the editor on a broken
    // copy — text the YAML parser cannot read, then a rubric with wrong values — with every error listed
    await goTo(page, '评查标准')
    const groups = page.locator('[data-test="rubric-group"]')
    await groups.first().waitFor()
    for (let i = 0; i < (await groups.count()); i++) {
      const id = await groups.nth(i).getAttribute('data-id')
      await groups.nth(i).locator('[data-test="rubric-version"]').first().click()
      await page.locator(`[data-test="rubric-descriptions"][data-id="${id}"]`).waitFor()
      await sweep(`评查标准 · ${id}`, i === 0 ? 'zh-12-rubric' : undefined)
    }
    await page.locator('[data-test="rubric-invalid"]').click()
    await page.locator('[data-test="rubric-errors"]').waitFor()
    await sweep('评查标准 · 无效的文件', 'zh-13-rubric-invalid')
    await page.locator('[data-test="rubric-version"][data-id="general-penalty"]').first().click()
    await page.locator('[data-test="rubric-descriptions"][data-id="general-penalty"]').waitFor()
    await page.locator('[data-test="rubric-edit"]').click()
    const text = page.locator('[data-test="rubric-text"]')
    await text.waitFor()
    await page.waitForSelector('[data-test="rubric-check-status"][data-state="ok"]')
    await sweep('评查标准 · 编辑副本')
    await text.fill(rubricSource.replace(/^(veto:\n)/m, '$1  items: [未闭合\n').replace(/^name: (.*)$/m, 'name: "$1').replace(/^sector: .*$/m, '$&\n\tnote: 缩进用了制表符'))
    await page.waitForSelector('[data-test="rubric-check-status"][data-state="errors"]')
    await sweep('评查标准 · YAML 格式错误', 'zh-14-rubric-yaml-errors')
    const broken = rubricSource
      .replace(/^source:/m, 'sourse:')
      .replace(/effect: zero/, 'effect: nullify')
      .replace(/kind: deadline\b/, 'kind: deadlines')
      .replace(/unit: working/, 'unit: month')
      .replace(/^(\s+)points: (\d+)$/m, '$1points: 四')
      .replace(/deduction: 扣全分/, 'deduction: { form: per-page, each: 1 }')
    await text.fill(broken)
    await page.waitForSelector('[data-test="rubric-check-status"][data-state="errors"]')
    expect(await page.locator('[data-test="rubric-draft-errors"]').innerText()).toMatch(/第1部分「[^」]+」第\d+项「[^」]+」的/)
    await sweep('评查标准 · 标准内容错误', 'zh-15-rubric-errors')
    await page.locator('[data-test="rubric-cancel"]').click()
    await page.locator('.n-dialog').waitFor()
    await sweep('评查标准 · 放弃修改')

    expect(hits).toEqual([])
    expect(problems).toEqual([])
  })
})
