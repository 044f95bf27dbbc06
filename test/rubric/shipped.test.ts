/** Every shipped rubric (rubrics/*.yaml) is valid data: parsed, validated, its examples loadable, its sources named. */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRubric, rubricExamples } from '../../shared/rubric'
import type { Rubric, RubricItem, RubricSection } from '../../shared/types'

const dir = join(__dirname, '..', '..', 'rubrics')
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()

function leaves(s: RubricSection[]): RubricItem[] {
  return s.flatMap((x) => [...(x.items ?? []), ...leaves(x.sections ?? [])])
}

function load(file: string): Rubric {
  const { rubric, validation } = parseRubric(readFileSync(join(dir, file), 'utf8'), file)
  expect(validation.errors, validation.errors.map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`).join('\n')).toEqual([])
  expect(validation.ok).toBe(true)
  return rubric!
}

describe('shipped rubrics', () => {
  it('ships the general, licence and at least three sector rubrics', () => {
    const rubrics = files.map(load)
    expect(rubrics.find((r) => r.id === 'general-penalty')?.appliesTo).toBe('行政处罚')
    expect(rubrics.find((r) => r.id === 'license')?.appliesTo).toBe('行政许可')
    const sectors = new Set(rubrics.filter((r) => r.appliesTo === '行政处罚' && r.sector !== '通用').map((r) => r.sector))
    expect(sectors.size).toBeGreaterThanOrEqual(3)
    expect(new Set(rubrics.map((r) => r.id)).size).toBe(rubrics.length)
  })

  it.each(files)('%s is valid, names its source and departures, and every item its source and remediation', (file) => {
    const r = load(file)
    expect(r.id).toBe(basename(file).replace(/\.ya?ml$/, ''))
    expect(r.total).toBe(100)
    expect(r.source.length).toBeGreaterThan(20)
    expect(r.departures?.length ?? 0).toBeGreaterThan(20)
    const items = leaves(r.sections)
    expect(items.length).toBeGreaterThanOrEqual(10)
    for (const it of [...items, ...r.veto.items]) {
      expect(it.source, `${it.id} source`).toBeTruthy()
      expect(it.remediation, `${it.id} remediation`).toBeTruthy()
    }
    // Machine checks, not only manual questions: at least a third of the points must rest on automatic checks.
    const auto = items.filter((i) => i.check.kind !== 'manual').reduce((a, i) => a + i.points, 0)
    expect(auto).toBeGreaterThanOrEqual(r.total / 3)
  })

  it.each(files)('%s carries example cases that load and name its items', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const r = load(file)
    const ids = new Set([...r.veto.items.map((v) => v.id), ...leaves(r.sections).map((i) => i.id), ...(r.bonus?.items ?? []).map((i) => i.id)])
    const examples = rubricExamples(text)
    expect(examples.length).toBeGreaterThanOrEqual(1)
    for (const ex of examples) {
      expect(ex.facts.documents.length).toBeGreaterThan(0)
      expect(ex.expect.findings.length + ex.expect.clean.length).toBeGreaterThan(0)
      for (const f of ex.expect.findings) expect(ids.has(f.itemId), f.itemId).toBe(true)
      for (const c of ex.expect.clean) expect(ids.has(c), c).toBe(true)
    }
  })
})
