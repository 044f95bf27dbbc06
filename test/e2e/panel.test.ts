/**
 * The review panel end to end in Chromium: the organiser enters a roster of 6 from 3 agencies, draws from a 案卷目录 of
 * 60 cases from 4 units, assigns; two reviewers review one case blind (each sees only their own decisions); the case is
 * flagged; the 组长 reconciles it; the agreement and the bulletin show κ and ICC. The 抽取记录 DOCX is rendered to PNG.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { goTo, openProjectByPath, ROOT, SHOTS, session, shot, type Served, type Session } from './harness'
import { waitJob } from '../service/jobs'
import { docxText } from '../export/pdf'
import { compareCodePoints, rankKey } from '../../shared/panel'
import type { PanelOverview } from '../../shared/types/panel'

// The converters run without blocking this process: a blocked event loop keeps the API client's idle connection
// past the server's keep-alive timeout, and the next request meets a closed socket.
const run = promisify(execFile)

let s: Session
let srv: Served
let page: Page
let problems: string[]
let projectId: string
let dbPath: string
let frame: string
let seed: string
const OWN = '某区市场监管局'
const CASE_A = '朔城综执罚〔2025〕073号'
const CASE_B = '杭西自然资测罚〔2025〕174号'
const ROSTER = [
  ['王组长', '市司法局', '组长'],
  ['李评', '县交通局', '评查员'],
  ['赵评', '县生态环境局', '评查员'],
  ['周评', '市司法局', '评查员'],
  ['吴评', '县交通局', '评查员'],
  ['郑复', '县生态环境局', '复核人'],
] as const

const go = (label: string) => goTo(page, label)
const tab = (label: string) => page.locator('.n-tabs-tab').filter({ hasText: label }).click()
async function asMember(name: string) {
  await go('评查组')
  await page.locator('[data-test="session-member"]').click()
  await page.locator('.n-base-select-option:visible').filter({ hasText: new RegExp(`^${name}（`) }).click()
}
const overview = (): Promise<PanelOverview> => srv.api('panel.get', { projectId })

beforeAll(async () => {
  s = await session(async (served) => {
    const cases = join(served.dataDir, 'fixtures', OWN)
    cpSync(join(ROOT, 'resources', 'samples', '04-simple-inconsistent-txt'), join(cases, '案卷A'), { recursive: true })
    cpSync(join(ROOT, 'resources', 'samples', '01-clean-ordinary-docx'), join(cases, '案卷B'), { recursive: true })
    const p = await served.api('project.create', { name: '2025年度交叉评查', rubricId: 'general-penalty', agencies: [OWN], reviewers: [], samplingRatio: null })
    ;({ id: projectId, dbPath } = p)
    const job = await waitJob({ call: served.api }, (await served.api('case.import', { projectId, folders: [cases] })).jobId)
    expect(job.state).toBe('done')
    // The units' 案卷目录: 60 cases of 4 units, the two imported cases among 某区市场监管局's 15.
    const units = [OWN, '甲县农业农村局', '乙县应急管理局', '丙县城市管理局']
    const rows = ['案号,执法单位,案件类型']
    for (const [u, unit] of units.entries()) {
      for (let i = 1; i <= 15; i++) {
        const id = u === 0 && i === 1 ? CASE_A : u === 0 && i === 2 ? CASE_B : `${unit.slice(0, 2)}罚〔2025〕${100 + i}号`
        rows.push(`${id},${unit},行政处罚`)
      }
    }
    frame = join(served.dataDir, 'fixtures', '案卷目录.csv')
    writeFileSync(frame, rows.join('\n'))
    // The meeting's 摇号 result: a seed that draws both imported cases (3 of 15 at 10 %, at least 3).
    const ids = rows.slice(1).map((r) => r.split(',')).filter((r) => r[1] === OWN).map((r) => r[0])
    for (let n = 1; ; n++) {
      const top = [...ids].sort((a, b) => compareCodePoints(rankKey(`摇号${n}`, OWN, a), rankKey(`摇号${n}`, OWN, b))).slice(0, 3)
      if (top.includes(CASE_A) && top.includes(CASE_B)) {
        seed = `摇号${n}`
        break
      }
    }
  })
  ;({ srv, page, problems } = s)
  await openProjectByPath(page, dbPath)
})

afterAll(() => s?.close())

describe('review panel', () => {
  it('enters a roster of 6 from 3 agencies', async () => {
    await go('评查组')
    await page.waitForSelector('[data-test="panel"]')
    for (const [name, agency, role] of ROSTER) {
      await page.locator('[data-test="member-name"] input').fill(name)
      await page.locator('[data-test="member-agency"] input').fill(agency)
      await page.locator('[data-test="member-role"]').click()
      await page.locator('.n-base-select-option').filter({ hasText: new RegExp(`^${role}$`) }).click()
      await page.locator('[data-test="member-save"]').click()
      await page.locator(`[data-test="roster"] tr[data-member="${name}"]`).waitFor()
    }
    expect(await page.locator('[data-test="roster"] tbody tr').count()).toBe(6)
    expect(new Set((await overview()).members.map((m) => m.agency)).size).toBe(3)
    await shot(page, 'panel-01-roster')
    expect(problems).toEqual([])
  })

  it('draws from the 案卷目录 of 60 cases from 4 units and assigns two reviewers per case', async () => {
    await asMember('王组长')
    await tab('抽取与分配')
    // T = 0: any difference of totals goes to the 组长 (a project setting).
    const t = page.locator('.n-form-item').filter({ hasText: '分差阈值' }).locator('input')
    await t.fill('0')
    await page.locator('[data-test="settings-save"]').click()
    await expect.poll(async () => (await overview()).settings.threshold).toBe(0)
    await page.locator('[data-test="draw-seed"] input').fill(seed)
    await page.locator('[data-test="draw-frame"] input').fill(frame)
    await page.locator('[data-test="draw-run"]').click()
    await page.locator('[data-test="draw-record"]').waitFor()
    expect(await page.locator('[data-test="stratum"]').count()).toBe(4)
    const d = (await overview()).draws[0]
    expect(d.draw.frameSize).toBe(60)
    expect(d.draw.strata.map((x) => x.n)).toEqual([3, 3, 3, 3])
    // One case assigned by the 组长, with the reason recorded.
    const box = page.locator('[data-test="override"]')
    await box.locator('.n-base-selection').nth(0).click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: CASE_A }).click()
    await box.locator('.n-base-selection').nth(1).click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: /^李评（/ }).click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: /^赵评（/ }).click()
    await page.keyboard.press('Escape')
    await box.getByPlaceholder('理由').fill('熟悉城管执法领域')
    await box.getByRole('button', { name: '加入指定' }).click()
    await box.getByText('熟悉城管执法领域').waitFor()
    await page.locator('[data-test="assign-run"]').click()
    await page.locator('[data-test="assignments"] tbody tr').first().waitFor()
    expect(await page.locator('[data-test="assignments"] tbody tr').count()).toBe(12)
    const o = await overview()
    for (const a of o.draws[0].assignment!.assignments) {
      expect(a.reviewers).toHaveLength(2)
      expect(a.reviewers.every((r) => r.agency !== a.unit)).toBe(true)
    }
    expect(o.cases.map((c) => c.caseKey).sort()).toEqual([CASE_A, CASE_B].sort())
    const chosen = o.draws[0].assignment!.assignments.find((a) => a.case === CASE_A)!
    expect(chosen.reviewers.map((r) => r.name)).toEqual(['李评', '赵评'])
    expect(chosen.override).toEqual({ reason: '熟悉城管执法领域' })
    await shot(page, 'panel-02-draw')
    await page.locator('[data-test="draw-export"]').click()
    const file = (await page.locator('[data-test="draw-file"]').innerText()).replace(/^已导出：/, '')
    expect(file).toMatch(/评查案卷抽取记录_摇号\d+\.docx$/)
    const text = await docxText(file)
    for (const x of ['随机种子', seed, '王组长', CASE_A, '见证人（签名）']) expect(text).toContain(x)
    // The page as printed: LibreOffice and poppler are on the CI image.
    mkdirSync(SHOTS, { recursive: true })
    await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', SHOTS, file], { timeout: 120_000 })
    const pdf = join(SHOTS, file.split('/').pop()!.replace(/\.docx$/, '.pdf'))
    expect(existsSync(pdf)).toBe(true)
    await run('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'panel-draw-record')])
    expect(problems).toEqual([])
  })

  it('lets two reviewers review a case blind; the case is flagged', async () => {
    const o = await overview()
    const c = o.cases.find((x) => x.caseKey === CASE_A)!
    const [first, second] = c.reviewers.map((r) => r.name)

    // The first reviewer rejects the deducting finding and submits.
    await asMember(first)
    await tab('双人评查')
    await page.locator(`[data-test="panel-cases"] tr[data-case-key="${CASE_A}"] [data-test="open-case"]`).click()
    await page.locator('[data-test="blind"]').waitFor()
    const card = page.locator('[data-test="finding"]').filter({ hasText: '不一致' }).first()
    await card.click()
    await card.locator('[data-test="reject"]').click()
    await card.locator('[data-test="decision"]').waitFor()
    await shot(page, 'panel-03-first-reviewer')
    await page.locator('[data-test="blind-submit"]').click()
    await page.locator('[data-test="blind"]').filter({ hasText: '您已提交' }).waitFor()

    // The second reviewer sees none of it, accepts the finding and submits.
    await asMember(second)
    await tab('双人评查')
    await page.locator(`[data-test="panel-cases"] tr[data-case-key="${CASE_A}"] [data-test="open-case"]`).click()
    await page.locator('[data-test="blind"]').waitFor()
    expect(await page.locator('[data-test="decision"]').count()).toBe(0)
    const card2 = page.locator('[data-test="finding"]').filter({ hasText: '不一致' }).first()
    await card2.click()
    await card2.locator('[data-test="accept"]').click()
    await card2.locator('[data-test="decision"]').waitFor()
    expect(await page.locator('[data-test="decision"]').count()).toBe(1)
    await shot(page, 'panel-04-second-reviewer-blind')
    await page.locator('[data-test="blind-submit"]').click()
    await page.locator('[data-test="blind"]').filter({ hasText: '您已提交' }).waitFor()

    await go('评查组')
    await tab('双人评查')
    // The other 10 picks are listed as still to be imported.
    expect(await page.locator('[data-test="pending"]').innerText()).toMatch(/尚未导入的案卷 10 卷/)
    const flags = page.locator(`[data-test="panel-cases"] tr[data-case-key="${CASE_A}"] [data-test="flags"]`)
    await flags.filter({ hasText: '总分相差' }).waitFor()
    await shot(page, 'panel-05-flagged')
    expect(problems).toEqual([])
  })

  it('has the 组长 reconcile the flagged case item by item, the reviews kept', async () => {
    await asMember('王组长')
    await tab('双人评查')
    await page.locator(`[data-test="panel-cases"] tr[data-case-key="${CASE_A}"] [data-test="compare"]`).click()
    await page.locator('[data-test="comparison"]').waitFor()
    const differing = page.locator('[data-test="comparison"] tr[data-agree="false"]')
    expect(await differing.count()).toBe(1)
    await differing.locator('[data-test="final-choice"]').click()
    await page.locator('.n-base-select-option:visible').filter({ hasText: '组长认定：采纳' }).click()
    await differing.locator('[data-test="final-reason"] input').fill('两份文书名称确有差异，应扣分')
    await page.locator('[data-test="method"]').getByText('集体评议').click()
    await page.locator('[data-test="reason"] textarea').fill('经评查组集体评议，名称不一致属实')
    await page.locator('[data-test="dissent"] textarea').fill('一名评查人认为属笔误，不应扣分')
    await page.locator('[data-test="reconcile"]').click()
    await page.locator('[data-test="final"]').waitFor()
    expect(await page.locator('[data-test="final"]').innerText()).toContain('集体评议')
    await shot(page, 'panel-06-reconciled')
    const c = (await overview()).cases.find((x) => x.caseKey === CASE_A)!
    expect(c.reconciliation).toMatchObject({ method: '集体评议', leader: '王组长', dissent: '一名评查人认为属笔误，不应扣分' })
    expect(c.reconciliation!.items).toEqual([expect.objectContaining({ action: 'accept', reviewer: '王组长', comment: '两份文书名称确有差异，应扣分' })])
    const cmp = await srv.api('panel.compare', { projectId, caseId: c.caseId })
    expect(cmp.reviews.map((r) => r.decisions.map((d) => d.action)).sort()).toEqual([['accept'], ['reject']])
    expect(problems).toEqual([])
  })

  it('shows κ and ICC in the project and in the bulletin', async () => {
    // The second case, reviewed through the API: one reviewer scores the manual items strictly (a lower grade).
    const o = await overview()
    const b = o.cases.find((x) => x.caseKey === CASE_B)!
    const [strict, mild] = b.reviewers.map((r) => r.memberId)
    const detail = await srv.api('case.get', { projectId, caseId: b.caseId, memberId: strict })
    let total = detail.score!.total
    for (const it of detail.score!.items.filter((i) => i.pending && i.points > 0)) {
      if (total < 85) break
      total = (await srv.api('finding.decide', { projectId, caseId: b.caseId, memberId: strict, decision: { itemId: it.itemId, action: 'adjust', points: it.points, reviewer: '' } })).score.total
    }
    await srv.api('panel.submit', { projectId, caseId: b.caseId, memberId: strict })
    await srv.api('panel.submit', { projectId, caseId: b.caseId, memberId: mild })

    await page.reload()
    await page.waitForSelector('[data-test="brand"]')
    await openProjectByPath(page, dbPath)
    await go('评查组')
    await tab('一致性')
    await page.locator('[data-test="agreement"]').waitFor()
    expect(await page.locator('[data-test="kappa"]').innerText()).toMatch(/κ.*-?\d\.\d{3}.*Landis–Koch（1977）分级/s)
    expect(await page.locator('[data-test="icc"]').innerText()).toMatch(/ICC\(A,1\).*-?\d\.\d{3}.*95% 置信区间.*Koo–Li（2016）分级/s)
    await shot(page, 'panel-07-agreement')

    const out = await srv.api('export.run', { projectId, kind: 'report', caseIds: 'all' })
    const t = (await docxText(out.files[0])).replace(/\s+/g, '')
    expect(t).toContain('本次评查案卷经随机抽取产生')
    expect(t).toContain(`以随机种子“${seed}”，从单位报送的案卷目录（案卷目录.csv）中按执法单位分层抽取（评查范围共60行、4个执法单位），抽取比例10%、每层不少于3卷，共抽取12卷`)
    expect(t).toContain('组长复核定分1件（集体评议1件，其中1件记录了不同意见）')
    expect(t).toMatch(/κ(（[^）]*）)?为-?\d\.\d\d（Landis–Koch（1977）分级：/)
    expect(t).toMatch(/ICC\(A,1\)为-?\d\.\d\d（95%置信区间/)
    await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', SHOTS, out.files[0]], { timeout: 120_000 })
    const pdf = join(SHOTS, out.files[0].split('/').pop()!.replace(/\.docx$/, '.pdf'))
    await run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, join(SHOTS, 'panel-bulletin')])
    expect(problems).toEqual([])
  })
})
