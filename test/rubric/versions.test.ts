/** Rubric versions: ordering, the version an edited copy gets, and setting it in the text without touching the rest. */
import { describe, expect, it } from 'vitest'
import { compareVersions, newestVersion, nextVersion, parseRubric, withVersion } from '../../shared/rubric'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

describe('compareVersions', () => {
  it.each([
    ['1.3', '1.4', -1],
    ['1.10', '1.9', 1],
    ['2', '1.9', 1],
    ['1.3', '1.3', 0],
    ['1.3', '1.3.1', -1],
    ['2024版', '2024版.1', -1],
  ])('%s against %s', (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want)
    expect(compareVersions(b, a)).toBe(-want || 0)
  })

  it('finds the newest of several', () => {
    expect(newestVersion(['1.9', '1.10', '1.2'])).toBe('1.10')
    expect(newestVersion([])).toBeNull()
  })
})

describe('nextVersion', () => {
  it.each([
    [['1.3'], '1.4'],
    [['1.3', '1.4'], '1.5'],
    [['2.9'], '2.10'],
    [['1.0', '1.3', '1.2'], '1.4'],
    [['1'], '2'],
    [['2024版'], '2024版.1'],
    [[], '1'],
  ])('after %j comes %s', (taken, want) => {
    expect(nextVersion(taken)).toBe(want)
  })
})

describe('withVersion', () => {
  it('sets the top-level version line and keeps every other line, comments included', () => {
    const text = '# 评查标准\nid: x\nversion: "1.3" # 旧版本\nname: 标准\nsections:\n  - id: S1\n    version: 9\n'
    expect(withVersion(text, '1.4')).toBe('# 评查标准\nid: x\nversion: "1.4"\nname: 标准\nsections:\n  - id: S1\n    version: 9\n')
  })

  it('adds the version after the id when the text has none, or first', () => {
    expect(withVersion('id: x\nname: 标准\n', '2')).toBe('id: x\nversion: "2"\nname: 标准\n')
    expect(withVersion('id: x', '2')).toBe('id: x\nversion: "2"\n')
    expect(withVersion('name: 标准\n', '2')).toBe('version: "2"\nname: 标准\n')
  })

  it('gives a shipped rubric the new version and nothing else', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'rubrics', 'general-penalty.yaml'), 'utf8')
    const before = parseRubric(text, 'a.yaml').rubric!
    const after = parseRubric(withVersion(text, nextVersion([before.version])), 'a.yaml').rubric!
    expect(after.version).toBe(nextVersion([before.version]))
    expect({ ...after, version: before.version }).toEqual(before)
  })
})
