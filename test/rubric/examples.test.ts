/**
 * The example cases the shipped rubrics carry, run through the real checks (law data and holiday calendar included):
 * each must report the findings it expects and nothing on the items it expects clean. This is what
 * `pingcha rubric test <file>` runs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkExample, exampleDocuments, parseRubric, rubricExamples } from '../../shared/rubric'
import { checkCase } from '../../shared/check'
import type { CheckContext } from '../../shared/check'
import { createCalendar } from '../../shared/calendar'
import { openLaws } from '../../electron/engine/laws'

const root = join(__dirname, '..', '..')
const dir = join(root, 'rubrics')
const cases = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    return rubricExamples(text).map((example) => ({ file, name: example.name, text, example }))
  })

let ctx: CheckContext
beforeAll(async () => {
  ctx = { laws: await openLaws(join(root, 'resources')), calendar: createCalendar() }
})

describe('rubric example cases', () => {
  it('there are examples in every shipped rubric', () => {
    expect(new Set(cases.map((c) => c.file)).size).toBe(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).length)
  })

  it.each(cases)('$file: $name', ({ file, text, example }) => {
    const rubric = parseRubric(text, file).rubric!
    const out = checkCase(example.facts, exampleDocuments(example), rubric, ctx)
    const outcome = checkExample(example, out.findings)
    expect(outcome.missing, 'expected findings not reported').toEqual([])
    expect(
      outcome.unexpected.map((u) => ({ item: u.itemId, found: u.findings.map((f) => `${f.kind}/${f.status}: ${f.message}`) })),
      'findings on items expected clean',
    ).toEqual([])
  })

  it('checkExample reports what is missing and what is unexpected', () => {
    const ex = { name: 't', facts: { folder: 't', procedure: '普通程序' as const, documents: [] }, expect: { findings: [{ itemId: 'A', kind: 'deadline' as const }], clean: ['B'] } }
    const f = (itemId: string, kind: 'deadline' | 'date-order') => ({ id: itemId, kind, itemId, docTypes: [], message: '', deduction: 1, status: 'open' as const, evidence: [] })
    expect(checkExample(ex, [f('A', 'deadline')]).ok).toBe(true)
    expect(checkExample(ex, [f('A', 'date-order')]).missing).toEqual([{ itemId: 'A', kind: 'deadline' }])
    expect(checkExample(ex, [f('A', 'deadline'), f('B', 'date-order')]).unexpected.map((u) => u.itemId)).toEqual(['B'])
  })
})
