/**
 * The 评查项目 screen names the rubric each project uses (its name and the version of the copy it keeps), says when the
 * library has a newer version (有新版本 …), and switches to it only when asked, after a confirmation: the project's
 * cases are then checked again with the new version, and the card shows it.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ProjectInfo } from '../../shared/types'
import { withVersion } from '../../shared/rubric'
import { goTo, session, shot, type Session } from './harness'
import { waitJob } from '../service/jobs'
import { MIGRATIONS, migrate, openDb } from '../../electron/engine/store'

let s: Session
let page: Page
let project: ProjectInfo
let oldVersion: string
let newVersion: string

const ID = 'general-penalty'
const PROJECT = '2026 年度集中评查（标准版本）'
const card = () => page.locator('[data-test="project-list"] .n-list-item', { hasText: PROJECT })

beforeAll(async () => {
  s = await session(async (srv) => {
    project = await srv.api('project.create', { name: PROJECT, rubricId: ID, agencies: [], reviewers: ['王评查'], samplingRatio: null })
    oldVersion = project.rubricVersion!
    const info = await srv.api('app.info', undefined)
    const { jobId } = await srv.api('case.import', { projectId: project.id, folders: [join(info.samplesDir!, '04-simple-inconsistent-txt')] })
    expect((await waitJob({ call: srv.api }, jobId)).state).toBe('done')
    // a newer version saved in the app after the project was made
    const { source } = await srv.api('rubric.get', { id: ID, version: oldVersion })
    newVersion = oldVersion.replace(/\d+$/, (n) => String(Number(n) + 1))
    await srv.api('rubric.save', { text: withVersion(source, newVersion) })
  })
  ;({ page } = s)
})

afterAll(async () => {
  await s?.close()
})

describe('the rubric of a project on the 评查项目 screen', () => {
  it('shows the name and version the project uses and that a newer version exists', async () => {
    await goTo(page, '评查项目')
    const rubric = card().locator('[data-test="project-rubric"]')
    await rubric.waitFor()
    expect(await rubric.getAttribute('data-version')).toBe(oldVersion)
    expect(await rubric.innerText()).toBe(`评查标准 行政处罚案卷评查标准（通用）（${oldVersion} 版）`)
    expect(await card().locator('[data-test="project-rubric-newer"]').innerText()).toBe(`有新版本 ${newVersion}`)
    expect(await card().locator('[data-test="project-rubric-switch"]').innerText()).toBe(`改用 ${newVersion} 版`)
    await shot(page, '09-project-rubric-newer')
  })

  it('switches only after a confirmation, checks the cases again, and then shows the new version', async () => {
    await card().locator('[data-test="project-rubric-switch"]').click()
    const confirm = page.locator('[data-test="project-rubric-confirm"]')
    await confirm.waitFor()
    expect(await confirm.innerText()).toContain('重新评查')
    await shot(page, '09-project-rubric-confirm')
    // nothing changed yet
    expect((await s.srv.api('project.open', { dbPath: project.dbPath })).rubricVersion).toBe(oldVersion)

    await page.locator('.n-popconfirm__action button', { hasText: '改用' }).click()
    await card().locator('[data-test="project-rubric-status"]', { hasText: `${newVersion} 版）重新评查 1 卷` }).waitFor()
    await card().locator(`[data-test="project-rubric"][data-version="${newVersion}"]`).waitFor()
    expect(await card().locator('[data-test="project-rubric-newer"]').count()).toBe(0)
    await shot(page, '09-project-rubric-switched')

    const opened = await s.srv.api('project.open', { dbPath: project.dbPath })
    expect(opened.rubric).toMatchObject({ version: newVersion, origin: 'switched', newer: [] })
    const [row] = await s.srv.api('case.list', { projectId: project.id })
    expect((await s.srv.api('case.get', { projectId: project.id, caseId: row!.id })).result?.rubric.version).toBe(newVersion)
    expect(s.problems).toEqual([])
  })

  it('says so when an older project got the rubric it was in fact checked with, its recorded version being gone', async () => {
    // a project file of the previous app version (schema 7, no copy), which recorded a version the library no longer has
    const dbPath = join(s.srv.dataDir, '2024 年度评查（旧项目）.pingcha.sqlite')
    const db = await openDb(dbPath)
    await migrate(db, MIGRATIONS.filter((m) => m.version <= 7))
    await db.run("INSERT INTO projects (id, name, rubric_id, rubric_version, created_at) VALUES ('old-2024', '2024 年度评查（旧项目）', ?, '1.2', '2024-05-01')", [ID])
    await db.close()
    await s.srv.api('project.open', { dbPath })
    await page.reload()
    await page.waitForSelector('[data-test="brand"]')
    await goTo(page, '评查项目')
    const old = page.locator('[data-test="project-list"] .n-list-item', { hasText: '2024 年度评查（旧项目）' })
    const note = old.locator('[data-test="project-rubric-note"]')
    await note.waitFor()
    expect(await note.innerText()).toContain('本项目记录的版本 1.2 已不在评查标准库中；已保存此前评查实际使用的程序自带版本')
    await shot(page, '09-project-rubric-old-project')
    expect(s.problems).toEqual([])
  })
})
