/**
 * rubric.save: an edited copy of a rubric saved in the app as a new version. It goes into the user's rubric folder
 * (never the app's rubrics/), is refused when invalid or when its id and version exist already, and a project that
 * uses the old version keeps it — its cases are checked with it — while a new project gets the new one.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineError } from '../../shared/errors'
import { withVersion } from '../../shared/rubric'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { ProjectStore } from '../../electron/engine/store'
import { waitJob } from './jobs'

let dir: string
let lib: string
let userLib: string
let service: EngineService
let shipped: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-rubric-save-'))
  lib = join(dir, 'rubrics')
  mkdirSync(lib)
  copyFileSync(join(appPaths().rubricsDir, 'general-penalty.yaml'), join(lib, 'general-penalty.yaml'))
  shipped = readFileSync(join(lib, 'general-penalty.yaml'), 'utf8')
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), join(dir, 'cases', 'a'), { recursive: true })
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data'), rubricsDir: lib } })
  userLib = join(dir, 'data', 'rubrics')
})

afterAll(async () => {
  await service?.close()
  rmSync(dir, { recursive: true, force: true })
})

const refusal = (p: Promise<unknown>) => p.then(() => expect.unreachable('should be refused') as never, (e: unknown) => e as EngineError)
const create = (name: string) => service.call('project.create', { name, rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
const userFiles = () => (existsSync(userLib) ? readdirSync(userLib).sort() : [])
/** The version of the rubric a project's case was checked with. */
async function checkedWith(projectId: string): Promise<string> {
  const { jobId } = await service.call('case.import', { projectId, folders: [join(dir, 'cases', 'a')] })
  const job = await waitJob(service, jobId)
  expect(job.state).toBe('done')
  const detail = await service.call('case.get', { projectId, caseId: job.caseIds[0]! })
  return detail.result!.rubric.version
}

describe('saving an edited rubric as a new version', () => {
  // the app's shipped version (whatever it is now), the next one saved over it, and the one after
  const A = /^version:\s*"([^"]+)"/m.exec(readFileSync(join(appPaths().rubricsDir, 'general-penalty.yaml'), 'utf8'))![1]
  const bump = (v: string, by: number) => v.replace(/\d+$/, (n) => String(Number(n) + by))
  const B = bump(A, 1)
  const N = bump(A, 2)

  it('saves into the user folder, lists both versions, and keeps each project on its own version', async () => {
    const old = await create(`用 ${A} 的项目`)
    expect(old.rubricVersion).toBe(A)

    const edited = withVersion(shipped, B).replace('name: 行政处罚案卷评查标准（通用）', 'name: 行政处罚案卷评查标准（通用，本市修订）')
    const saved = await service.call('rubric.save', { text: edited })
    expect(saved).toMatchObject({ id: 'general-penalty', version: B, builtIn: false, newest: true, name: '行政处罚案卷评查标准（通用，本市修订）' })
    expect(saved.file.startsWith(userLib)).toBe(true)
    expect(readFileSync(saved.file, 'utf8')).toBe(edited)
    // the app's own folder is untouched
    expect(readdirSync(lib)).toEqual(['general-penalty.yaml'])
    expect(readFileSync(join(lib, 'general-penalty.yaml'), 'utf8')).toBe(shipped)

    const list = await service.call('rubric.list', undefined)
    expect(list.rubrics.map((r) => [r.id, r.version])).toEqual([['general-penalty', B]])
    expect(list.versions.map((r) => [r.version, r.builtIn, r.newest])).toEqual([
      [A, true, false],
      [B, false, true],
    ])
    expect(list.invalid).toEqual([])
    expect((await service.call('rubric.get', { id: 'general-penalty' })).source).toBe(edited)
    expect((await service.call('rubric.get', { id: 'general-penalty', version: A })).source).toBe(shipped)
    await expect(service.call('rubric.get', { id: 'general-penalty', version: '9.9' })).rejects.toThrow(/版本 9\.9/)

    // the project made before the save stays on the app's version; a new one gets the saved one
    const fresh = await create(`用 ${B} 的项目`)
    expect(fresh.rubricVersion).toBe(B)
    expect((await service.call('project.open', { dbPath: old.dbPath })).rubricVersion).toBe(A)
    expect(await checkedWith(old.id)).toBe(A)
    expect(await checkedWith(fresh.id)).toBe(B)

    const usage = await service.call('rubric.usage', undefined)
    const names = (v: string) => usage.find((u) => u.id === 'general-penalty' && u.version === v)?.projects.map((p) => p.name)
    expect(names(A)).toEqual([`用 ${A} 的项目`])
    expect(names(B)).toEqual([`用 ${B} 的项目`])
  })

  it('refuses an id and version the library has, suggesting the next version, and writes nothing', async () => {
    const before = userFiles()
    for (const [version, next] of [
      [A, N],
      [B, N],
    ]) {
      const e = await refusal(service.call('rubric.save', { text: withVersion(shipped, version) }))
      expect(e.code).toBe('bad-request')
      expect(e.message).toContain(`已有版本 ${version}`)
      expect(e.message).toContain(`例如 ${next}`)
    }
    expect(userFiles()).toEqual(before)
  })

  it('refuses a text with errors, saying in Chinese where they are, and writes nothing', async () => {
    const before = userFiles()
    const bad = withVersion(shipped, '2.0').replace(/^total: 100$/m, 'total: 一百')
    const line = bad.split('\n').findIndex((l) => l === 'total: 一百') + 1
    const e = await refusal(service.call('rubric.save', { text: bad }))
    expect(e.code).toBe('bad-request')
    expect(e.message).toMatch(/^评查标准有 \d+ 处错误，未保存/)
    expect(e.message).toContain(`第 ${line} 行 total`)
    const yaml = await refusal(service.call('rubric.save', { text: 'id: x\nname: [未闭合\n' }))
    expect(yaml.message).toMatch(/YAML 格式有误/)
    expect(userFiles()).toEqual(before)
  })

  it('keeps a project made before versions were recorded on the rubric that came with the app (its copy of it)', async () => {
    const dbPath = join(dir, '旧项目.pingcha.sqlite')
    const s = await ProjectStore.create(dbPath, { name: '旧项目', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    await s.close()
    const p = await service.call('project.open', { dbPath })
    // on opening it keeps a copy of that rubric, and says it was not recorded
    expect(p.rubricVersion).toBe(A)
    expect(p.rubric).toMatchObject({ version: A, origin: 'fallback' })
    expect(await checkedWith(p.id)).toBe(A)
    const usage = await service.call('rubric.usage', undefined)
    expect(usage.find((u) => u.version === A)?.projects.map((x) => x.name)).toContain('旧项目')
  })

  it('takes a new rubric (a new id) as its first version', async () => {
    const text = withVersion(shipped.replace(/^id: general-penalty$/m, 'id: city-penalty'), '1.0')
    const saved = await service.call('rubric.save', { text })
    expect(saved).toMatchObject({ id: 'city-penalty', version: '1.0', newest: true })
    const list = await service.call('rubric.list', undefined)
    expect(list.rubrics.map((r) => r.id)).toEqual(['general-penalty', 'city-penalty'])
  })
})

describe('rubric.save requests', () => {
  it('takes only a text', async () => {
    await expect(service.call('rubric.save', { text: 'x', file: '../../etc/x.yaml' } as never)).rejects.toThrow(/字段 file 不是此接口的参数/)
    await expect(service.call('rubric.save', { text: 'x'.repeat(1_000_001) })).rejects.toThrow(/不能超过 100 万个字符/)
  })
})
