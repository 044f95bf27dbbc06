/**
 * Scoring on the shipped general rubric, end to end: the rubric's own example cases through the real checks, then
 * scored, then settled by a reviewer. Shows the score reflecting machine findings and reviewer decisions together.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exampleDocuments, parseRubric, rubricExamples } from '../../shared/rubric'
import type { RubricExample } from '../../shared/rubric'
import { checkCase } from '../../shared/check'
import type { CheckContext, CheckOutput } from '../../shared/check'
import { scoreCase } from '../../shared/score'
import { createCalendar } from '../../shared/calendar'
import { openLaws } from '../../electron/engine/laws'
import type { Decision, Rubric } from '../../shared/types'

const root = join(__dirname, '..', '..')
const text = readFileSync(join(root, 'rubrics', 'general-penalty.yaml'), 'utf8')
const rubric: Rubric = parseRubric(text, 'general-penalty.yaml').rubric!
const examples = new Map(rubricExamples(text).map((e) => [e.name, e]))

let ctx: CheckContext
beforeAll(async () => {
  ctx = { laws: await openLaws(join(root, 'resources')), calendar: createCalendar() }
})

function run(name: string): CheckOutput {
  const ex: RubricExample = examples.get(name)!
  return checkCase(ex.facts, exampleDocuments(ex), rubric, ctx)
}
const at = '2024-06-01T10:00:00Z'
const manualIds = [...rubric.veto.items, ...rubric.sections.flatMap((s) => s.items ?? [])].filter((i) => i.check.kind === 'manual').map((i) => i.id)

describe('scoring the general rubric’s example cases', () => {
  it('a complete case loses nothing but waits for the reviewer on manual and undecided items', () => {
    const out = run('普通程序案卷齐全、期限和先后顺序无误')
    const s = scoreCase(rubric, out.items, out.findings, [])
    expect(s.total).toBe(100)
    expect(s.grade).toBe('优秀')
    expect(s.vetoed).toBe(false)
    expect(s.pending).toBeGreaterThanOrEqual(manualIds.length)
    // The reviewer answers every open question with "no defect" (reject): nothing is pending, nothing lost.
    const settle: Decision[] = out.findings.filter((f) => f.status !== 'open').map((f) => ({ findingId: f.id, action: 'reject', reviewer: '评查员', at }))
    const settled = scoreCase(rubric, out.items, out.findings, settle)
    expect(settled.pending).toBe(0)
    expect(settled.total).toBe(100)
    // …except 裁量适当, which the reviewer scores at 2 of its 3 points (视情况扣1-3分): 98, still 优秀.
    const e6 = out.findings.find((f) => f.itemId === 'E6')!
    const scored = scoreCase(rubric, out.items, out.findings, [...settle, { findingId: e6.id, action: 'adjust', points: 2, comment: '裁量理由未说明', reviewer: '评查员', at: '2024-06-02T10:00:00Z' }])
    expect(scored.total).toBe(98)
    expect(scored.items.find((i) => i.itemId === 'E6')).toMatchObject({ deducted: 2, pending: false })
    // A veto question answered "yes" (accept): 事实不清 zeroes the case.
    const v04 = out.findings.find((f) => f.itemId === 'V04')!
    const vetoed = scoreCase(rubric, out.items, out.findings, [...settle, { findingId: v04.id, action: 'accept', reviewer: '评查员', at: '2024-06-02T11:00:00Z' }])
    expect(vetoed).toMatchObject({ vetoed: true, total: 0, grade: '不合格', vetoItems: ['V04'] })
  })

  it('late service of the decision costs the whole 4-point item; a reviewer’s reject gives it back', () => {
    const out = run('决定书超过七个工作日送达')
    const s = scoreCase(rubric, out.items, out.findings, [])
    expect(s.items.find((i) => i.itemId === 'F2')?.deducted).toBe(4)
    expect(s.vetoed).toBe(false)
    const f2 = out.findings.find((f) => f.itemId === 'F2')!
    const after = scoreCase(rubric, out.items, out.findings, [{ findingId: f2.id, action: 'reject', comment: '当事人在场，当场交付', reviewer: '评查员', at }])
    expect(after.items.find((i) => i.itemId === 'F2')?.deducted).toBe(0)
    expect(after.total).toBe(s.total + 4)
  })

  it('one officer on the questioning record zeroes the total (veto effect zero) while the items stay scored', () => {
    const out = run('只有一名执法人员询问')
    const s = scoreCase(rubric, out.items, out.findings, [])
    expect(s.vetoed).toBe(true)
    expect(s.vetoItems).toContain('V03')
    expect(s.total).toBe(0)
    expect(s.grade).toBe('不合格')
    expect(s.sections.reduce((a, x) => a + (rubric.sections.some((r) => r.id === x.id) ? x.score : 0), 0)).toBeGreaterThan(0)
  })
})
