/**
 * The rubric library under bad files: one malformed, oversized, unreadable or duplicate rubric is listed as invalid
 * with its error and skipped, never breaking the listing or the other rubrics; a YAML alias bomb is a validation error
 * with a line number; an oversized file is refused before it is parsed.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_RUBRIC_BYTES, parseRubric, rubricExamples, withVersion } from '../../shared/rubric'
import { pickRubric, resolveRubric, rubricLibrary } from '../../electron/engine/rubrics'
import { yamlAliasBomb } from '../hostile/files'

const shipped = join(__dirname, '..', '..', 'rubrics')
const lib = join(__dirname, '..', 'fixtures', 'generated', 'rubric-library')

beforeEach(() => {
  rmSync(lib, { recursive: true, force: true })
  mkdirSync(lib, { recursive: true })
  copyFileSync(join(shipped, 'general-penalty.yaml'), join(lib, 'general-penalty.yaml'))
  copyFileSync(join(shipped, 'license.yaml'), join(lib, 'license.yaml'))
})

describe('a library with bad files', () => {
  it('lists the good rubrics and each bad file as invalid with its error', () => {
    writeFileSync(join(lib, 'broken.yaml'), 'id: broken\nname: [unclosed\n')
    writeFileSync(join(lib, 'bomb.yaml'), yamlAliasBomb())
    writeFileSync(join(lib, 'huge.yaml'), `id: huge\nname: ${'长'.repeat(MAX_RUBRIC_BYTES)}\n`)
    writeFileSync(join(lib, 'copy.yaml'), 'placeholder')
    copyFileSync(join(shipped, 'license.yaml'), join(lib, 'z-license-copy.yaml'))
    mkdirSync(join(lib, 'folder.yaml'))
    symlinkSync(join(lib, 'nowhere.yaml'), join(lib, 'dangling.yaml'))
    writeFileSync(join(lib, 'notes.txt'), 'not a rubric')

    const t0 = performance.now()
    const { summaries, invalid } = rubricLibrary(lib)
    expect(performance.now() - t0).toBeLessThan(3000)
    expect(summaries.map((s) => s.id).sort()).toEqual(['general-penalty', 'license'])
    const why = Object.fromEntries(invalid.map((i) => [i.file.slice(lib.length + 1), i.errors[0]]))
    expect(Object.keys(why).sort()).toEqual(['bomb.yaml', 'broken.yaml', 'copy.yaml', 'dangling.yaml', 'folder.yaml', 'huge.yaml', 'z-license-copy.yaml'])
    expect(why['broken.yaml'].line).toBeGreaterThanOrEqual(2)
    expect(why['bomb.yaml'].line).toBeGreaterThan(3)
    expect(why['bomb.yaml'].message).toMatch(/别名/)
    expect(why['huge.yaml'].message).toMatch(/过大.*1 MB 的上限/)
    expect(why['folder.yaml'].message).toMatch(/不是普通文件/)
    expect(why['dangling.yaml'].message).toMatch(/无法读取|ENOENT/)
    expect(why['z-license-copy.yaml'].message).toMatch(/license.*license\.yaml/)
    expect(why['broken.yaml'].field).toBe('（YAML 语法）')
    // the good rubrics still resolve by id
    expect(resolveRubric('general-penalty', lib).rubric.id).toBe('general-penalty')
  })

  it('a library folder that is missing lists nothing, and does not throw', () => {
    expect(rubricLibrary(join(lib, 'missing'))).toMatchObject({ summaries: [], invalid: [] })
  })
})

describe('versions of a rubric', () => {
  const user = join(lib, '..', 'rubric-library-user')
  beforeEach(() => {
    rmSync(user, { recursive: true, force: true })
    mkdirSync(user, { recursive: true })
  })
  // the version the app ships (whatever it is now): a saved copy of it is refused, a lost version falls back to it
  const APP = /^version:\s*"([^"]+)"/m.exec(readFileSync(join(shipped, 'general-penalty.yaml'), 'utf8'))![1]
  const saveAs = (name: string, version: string, edit = (t: string) => t) =>
    writeFileSync(join(user, name), edit(withVersion(readFileSync(join(shipped, 'general-penalty.yaml'), 'utf8'), version)))

  it('lists each version of an id once, the newest as the rubric a new project uses; a copy of a taken version is invalid', () => {
    saveAs('a.yaml', '2.10')
    saveAs('b.yaml', '2.9')
    saveAs('c.yaml', APP) // the app's own version: the app's file keeps it
    const { summaries, versions, invalid } = rubricLibrary(lib, user)
    expect(summaries.map((s) => [s.id, s.version])).toEqual([
      ['general-penalty', '2.10'],
      ['license', '1.0'],
    ])
    expect(versions.map((v) => [v.id, v.version, v.builtIn, v.newest])).toEqual([
      ['general-penalty', APP, true, false],
      ['general-penalty', '2.9', false, false],
      ['general-penalty', '2.10', false, true],
      ['license', '1.0', true, true],
    ])
    expect(invalid.map((i) => [i.file.slice(user.length + 1), i.errors[0]!.message])).toEqual([['c.yaml', `评查标准 general-penalty 版本 ${APP} 已由 general-penalty.yaml 使用，本文件未载入`]])
  })

  it('picks the version asked for; a version gone, or none recorded, falls back to the app’s own; no version means the newest', () => {
    saveAs('a.yaml', '2.0')
    const { loaded } = rubricLibrary(lib, user)
    const pick = (version?: string | null) => pickRubric(loaded, 'general-penalty', version)?.rubric.version
    expect(pick('2.0')).toBe('2.0')
    expect(pick(APP)).toBe(APP)
    expect(pick('1.1')).toBe(APP)
    expect(pick(null)).toBe(APP)
    expect(pick()).toBe('2.0')
    expect(pickRubric(loaded, 'no-such')).toBeUndefined()
  })

  it('a saved rubric of a new id is picked even without an app file of that id', () => {
    saveAs('a.yaml', '1.0', (t) => t.replace(/^id: general-penalty$/m, 'id: city-penalty'))
    const { loaded } = rubricLibrary(lib, user)
    expect(pickRubric(loaded, 'city-penalty', null)?.rubric.version).toBe('1.0')
    expect(pickRubric(loaded, 'city-penalty', '0.9')?.rubric.version).toBe('1.0')
  })
})

describe('hostile rubric text', () => {
  it('an alias bomb is a validation error naming the line of the alias that multiplies, quickly', () => {
    const t0 = performance.now()
    const { rubric, validation } = parseRubric(yamlAliasBomb(), 'bomb.yaml')
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(rubric).toBeNull()
    expect(validation.ok).toBe(false)
    // *a1 (line 5) is the first alias of a node that is itself made of aliases
    expect(validation.errors).toMatchObject([{ file: 'bomb.yaml', line: 5, field: '（YAML 别名）' }])
    expect(() => rubricExamples(yamlAliasBomb())).toThrow(/别名|alias/i)
  })

  it('aliases a real rubric might use stay allowed', () => {
    const text = ['base: &law { law: 中华人民共和国行政处罚法 }', ...Array.from({ length: 200 }, (_, i) => `k${i}: *law`)].join('\n')
    const { validation } = parseRubric(text, 'aliases.yaml')
    expect(validation.errors.some((e) => e.field === '（YAML 别名）')).toBe(false)
  })

  it('text over the size cap is refused before it is parsed', () => {
    const t0 = performance.now()
    const { validation } = parseRubric(`id: x\nname: "${'a'.repeat(3 * MAX_RUBRIC_BYTES)}"\n`, 'big.yaml')
    expect(performance.now() - t0).toBeLessThan(500)
    expect(validation.errors).toMatchObject([{ file: 'big.yaml', line: null, field: '（文件）' }])
    expect(validation.errors[0].message).toMatch(/3\.0 MB.*1 MB 的上限/)
  })

  it('deep nesting is a validation error, not a crash', () => {
    const deep = `id: deep\nname: ${'['.repeat(20000)}${']'.repeat(20000)}\n`
    const { rubric, validation } = parseRubric(deep, 'deep.yaml')
    expect(rubric).toBeNull()
    expect(validation.ok).toBe(false)
  })
})
