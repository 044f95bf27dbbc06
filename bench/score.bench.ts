/** Rubric loading and case scoring: every shipped rubric parsed and validated, and a case with 60 findings and 20 decisions scored. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Bench } from './harness'
import { timeMedian } from './harness'
import { parseRubric } from '../shared/rubric'
import { scoreCase } from '../shared/score'
import type { Decision, Finding, ItemResult, RubricSection } from '../shared/types'

const dir = join(import.meta.dirname, '..', 'rubrics')

const bench: Bench = {
  name: 'rubric + score',
  async run() {
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const)
    const parse = await timeMedian(9, () => texts.forEach(([f, t]) => parseRubric(t, f)))

    const rubric = parseRubric(readFileSync(join(dir, 'general-penalty.yaml'), 'utf8'), 'general-penalty.yaml').rubric!
    const walk = (ss: RubricSection[]): string[] => ss.flatMap((s) => [...(s.items ?? []).map((i) => i.id), ...walk(s.sections ?? [])])
    const ids = [...rubric.veto.items.map((v) => v.id), ...walk(rubric.sections)]
    const findings: Finding[] = Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, kind: 'missing-field', itemId: ids[i % ids.length]!, docTypes: [], message: '', deduction: 1, status: i % 3 ? 'open' : 'verify', evidence: [] }))
    const items: ItemResult[] = ids.map((itemId) => ({ itemId, status: 'fail', findingIds: [] }))
    const decisions: Decision[] = findings.slice(0, 20).map((f, i) => ({ findingId: f.id, action: i % 2 ? 'reject' : 'accept', reviewer: '评查员', at: `2024-01-01T00:00:${String(i).padStart(2, '0')}Z` }))
    const score = await timeMedian(9, () => {
      for (let i = 0; i < 100; i++) scoreCase(rubric, items, findings, decisions)
    })
    return [
      { metric: `parse + validate ${texts.length} rubrics`, median: Math.round(parse.medianMs * 10) / 10, unit: 'ms', runs: 9 },
      { metric: 'scoreCase (60 findings, 20 decisions)', median: Math.round(score.medianMs * 10) / 1000, unit: 'ms/case', runs: 9 },
    ]
  },
}

export default bench
