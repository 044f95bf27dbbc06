/**
 * rubric.list with bad files in the library: the result lists each file that cannot be used with its errors (line
 * numbers where known), and such a file is used nowhere else — no project can name it, the good rubrics work on.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineError } from '../../shared/errors'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { yamlAliasBomb } from '../hostile/files'

let dir: string
let service: EngineService

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-rubrics-'))
  const lib = join(dir, 'rubrics')
  mkdirSync(lib)
  copyFileSync(join(appPaths().rubricsDir, 'general-penalty.yaml'), join(lib, 'general-penalty.yaml'))
  writeFileSync(join(lib, 'broken.yaml'), 'id: broken\nname: 坏标准\nsections: [unclosed\n')
  // Well-formed YAML, but points in words: a validation error on its own line.
  const good = 'id: semantic\nname: 分值写成汉字\nversion: "1"\nsector: 通用\nsource: 测试\nappliesTo: 行政处罚\n'
  writeFileSync(join(lib, 'semantic.yaml'), `${good}total: 100\nsections:\n  - id: S1\n    title: 程序\n    points: 十\n`)
  writeFileSync(join(lib, 'bomb.yaml'), yamlAliasBomb())
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data'), rubricsDir: lib } })
})

afterAll(async () => {
  await service?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('rubric.list with invalid files in the library', () => {
  it('lists the usable rubrics, and every other file with its errors and their lines', async () => {
    const { rubrics, invalid } = await service.call('rubric.list', null)
    expect(rubrics.map((r) => r.id)).toEqual(['general-penalty'])
    const byName = new Map(invalid.map((i) => [i.file.split(/[\\/]/).pop()!, i.errors]))
    expect([...byName.keys()].sort()).toEqual(['bomb.yaml', 'broken.yaml', 'semantic.yaml'])
    for (const [name, errors] of byName) {
      expect(errors.length, name).toBeGreaterThan(0)
      expect(errors[0]!.line, name).toBeGreaterThan(0)
      expect(errors[0]!.message, name).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(byName.get('semantic.yaml')!.some((e) => e.line === 11 && /points/.test(e.field))).toBe(true)
    expect(byName.get('bomb.yaml')![0]!.message).toMatch(/别名/)
  })

  it('shows an invalid file by its name, and uses it nowhere else', async () => {
    const got = await service.call('rubric.get', { id: 'semantic.yaml' })
    expect(got.rubric).toBeNull()
    expect(got.validation.ok).toBe(false)
    const refused = await service
      .call('project.create', { name: '用无效标准', rubricId: 'semantic', agencies: [], reviewers: [], samplingRatio: null })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(EngineError)
    expect((refused as EngineError).code).toBe('unusable-input')
    expect((refused as EngineError).message).toMatch(/可用：general-penalty$/)
    const p = await service.call('project.create', { name: '用有效标准', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    expect(p.rubricId).toBe('general-penalty')
  })
})
