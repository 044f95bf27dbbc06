import { describe, expect, it } from 'vitest'
import { pendingItems, scoreCase } from '../../shared/score'
import type { Decision, Finding, FindingKind, FindingStatus, ItemResult, VetoEffect } from '../../shared/types'
import { rubric } from './fixture'

const MANUAL = new Set(['V2', 'B2'])
/** Every item checked: pass, manual items waiting (unless overridden). */
function results(over: Record<string, ItemResult['status'] | undefined> = {}): ItemResult[] {
  return ['V1', 'V2', 'A1', 'A2', 'A3', 'B1', 'B2', 'B3']
    .filter((id) => !(id in over) || over[id] !== undefined)
    .map((id) => ({ itemId: id, status: over[id] ?? (MANUAL.has(id) ? 'manual' : 'pass'), findingIds: [] }))
}
/** Results where the manual items have been settled by a reviewer (accept = no defect), so only the case under test is pending. */
const settled: Decision[] = [dec({ itemId: 'V2', action: 'reject' }), dec({ itemId: 'B2', action: 'accept' }), dec({ itemId: 'X1', action: 'reject' }), dec({ itemId: 'X2', action: 'reject' })]

let n = 0
function f(itemId: string, deduction: number, status: FindingStatus = 'open', kind: FindingKind = 'missing-field', extra: Partial<Finding> = {}): Finding {
  return { id: `f${++n}-${itemId}`, kind, itemId, docTypes: [], message: '测试问题', deduction, status, evidence: [], ...extra }
}
function dec(d: Partial<Decision> & { action: Decision['action'] }): Decision {
  return { reviewer: '王评查', at: d.at ?? '2024-05-01T09:00:00Z', ...d }
}

interface Row {
  name: string
  effect?: VetoEffect
  results?: ItemResult[]
  findings: Finding[]
  /** Decisions; those built from findings refer to them by index in `findings`. */
  decisions?: (fs: Finding[]) => Decision[]
  total: number
  grade: string
  vetoed?: boolean
  pending?: number
  deducted?: Record<string, number>
  sections?: Record<string, number>
  bonus?: number
  exceedTotal?: boolean
  /** Items whose reviewer settlement is left out, so they stay open. */
  unsettle?: string[]
}

const rows: Row[] = [
  { name: 'clean case, all settled: full marks', findings: [], total: 20, grade: '优秀', pending: 0 },
  { name: '每处扣1分: two occurrences deduct 2', findings: [f('A1', 1), f('A1', 1)], total: 18, grade: '优秀', deducted: { A1: 2 } },
  { name: '每处扣1分 capped at the item (扣完为止): five occurrences deduct 3', findings: [1, 2, 3, 4, 5].map(() => f('A1', 1)), total: 17, grade: '合格', deducted: { A1: 3 }, sections: { S1: 5 } },
  { name: '缺一项扣0.5分: three missing elements deduct 1.5', findings: [f('A2', 0.5), f('A2', 0.5), f('A2', 0.5)], total: 18.5, grade: '优秀', deducted: { A2: 1.5 } },
  { name: 'a finding without a figure takes the form default (per-element 0.5)', findings: [f('A2', 0)], total: 19.5, grade: '优秀', deducted: { A2: 0.5 } },
  { name: '扣全分: one missing 送达回证 loses the whole item', findings: [f('A3', 0, 'open', 'missing-document')], total: 17, grade: '合格', deducted: { A3: 3 } },
  { name: '扣全分 twice is still the whole item', findings: [f('A3', 3), f('A3', 3)], total: 17, grade: '合格', deducted: { A3: 3 } },
  {
    name: 'section floor: every item of 卷面 lost, section 0 not negative',
    findings: [...[1, 2, 3, 4].map(() => f('A1', 1)), ...[1, 2, 3, 4, 5].map(() => f('A2', 0.5)), f('A3', 3)],
    total: 12,
    grade: '合格',
    sections: { S1: 0 },
    deducted: { A1: 3, A2: 2, A3: 3 },
  },
  {
    name: 'nested sections add up: 内容 loses 审查决定 range low end and 送达 per occurrence',
    findings: [f('B1', 0, 'open', 'date-order', { deductionRange: [1, 5] }), f('B3', 2, 'open', 'deadline')],
    total: 17,
    grade: '合格',
    deducted: { B1: 1, B3: 2 },
    sections: { S2a: 6, S2b: 3, S2: 9 },
    pending: 1,
  },
  {
    name: '视情况扣: the machine proposes within the range, a reviewer adjusts to 4',
    findings: [f('B1', 2, 'open', 'date-order')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'adjust', points: 4, comment: '告知程序多处缺陷' })],
    total: 16,
    grade: '合格',
    deducted: { B1: 4 },
    pending: 0,
  },
  {
    name: '视情况扣: an adjust above the item is capped at the item',
    findings: [f('B1', 1, 'open', 'date-order')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'adjust', points: 9 })],
    total: 15,
    grade: '合格',
    deducted: { B1: 5 },
  },
  {
    name: '视情况扣: accepting the proposal settles it',
    findings: [f('B1', 3, 'open', 'date-order')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'accept' })],
    total: 17,
    grade: '合格',
    deducted: { B1: 3 },
    pending: 0,
  },
  {
    name: 'reject removes a finding’s deduction',
    findings: [f('A1', 1), f('A1', 1)],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'reject', comment: '笔录已签名，识别有误' })],
    total: 19,
    grade: '优秀',
    deducted: { A1: 1 },
  },
  {
    name: 'adjust sets a finding’s points',
    findings: [f('B3', 2, 'open', 'deadline')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'adjust', points: 1 })],
    total: 19,
    grade: '优秀',
    deducted: { B3: 1 },
  },
  {
    name: 'the later decision wins over the earlier one',
    findings: [f('B3', 2, 'open', 'deadline')],
    decisions: (fs) => [
      dec({ findingId: fs[0]!.id, action: 'reject', at: '2024-05-01T09:00:00Z' }),
      dec({ findingId: fs[0]!.id, action: 'accept', at: '2024-05-02T09:00:00Z' }),
    ],
    total: 18,
    grade: '优秀',
    deducted: { B3: 2 },
  },
  { name: 'verify finding does not deduct and is pending', findings: [f('A1', 1, 'verify')], total: 20, grade: '优秀', deducted: { A1: 0 }, pending: 1 },
  { name: 'undetermined finding does not deduct and is pending', findings: [f('B3', 0, 'undetermined', 'deadline')], total: 20, grade: '优秀', deducted: { B3: 0 }, pending: 1 },
  {
    name: 'a verify finding deducts once a reviewer accepts it',
    findings: [f('A1', 1, 'verify')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'accept' })],
    total: 19,
    grade: '优秀',
    deducted: { A1: 1 },
    pending: 0,
  },
  {
    name: 'an undetermined finding without a figure deducts the form default once accepted',
    findings: [f('B3', 0, 'undetermined', 'deadline')],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'accept' })],
    total: 18,
    grade: '优秀',
    deducted: { B3: 2 },
    pending: 0,
  },
  {
    name: 'an item decision accept confirms all its undecided findings',
    findings: [f('A1', 1, 'verify'), f('A1', 1, 'undetermined')],
    decisions: () => [dec({ itemId: 'A1', action: 'accept' })],
    total: 18,
    grade: '优秀',
    deducted: { A1: 2 },
    pending: 0,
  },
  {
    name: 'an item decision reject clears every finding of the item',
    findings: [f('A1', 1), f('A1', 1), f('A1', 1)],
    decisions: () => [dec({ itemId: 'A1', action: 'reject' })],
    total: 20,
    grade: '优秀',
    deducted: { A1: 0 },
  },
  {
    name: 'an item decision with points sets the item’s deduction',
    findings: [f('A1', 1)],
    decisions: () => [dec({ itemId: 'A1', action: 'adjust', points: 2.5 })],
    total: 17.5,
    grade: '合格',
    deducted: { A1: 2.5 },
  },
  {
    name: 'manual item is pending until a reviewer scores it',
    findings: [],
    unsettle: ['B2'],
    total: 20,
    grade: '优秀',
    pending: 1,
  },
  {
    name: 'manual item scored by the reviewer deducts',
    findings: [f('B2', 0, 'undetermined', 'manual')],
    decisions: () => [...settled.filter((d) => d.itemId !== 'B2'), dec({ itemId: 'B2', action: 'adjust', points: 1.5, comment: '罚款偏高' })],
    total: 18.5,
    grade: '优秀',
    deducted: { B2: 1.5 },
    pending: 0,
  },
  { name: 'an item with no result and no finding is pending, not silently passed', results: results({ B3: undefined }), findings: [], total: 20, grade: '优秀', pending: 1 },
  { name: 'an undetermined item result is pending', results: results({ B3: 'undetermined' }), findings: [], total: 20, grade: '优秀', pending: 1 },
  { name: 'a not-applicable item is full marks and settled', results: results({ A3: 'not-applicable' }), findings: [], total: 20, grade: '优秀', pending: 0 },
  { name: 'findings for ids not in the rubric are ignored', findings: [f('ZZ', 5)], total: 20, grade: '优秀', pending: 0 },

  // veto layer
  { name: 'veto zero: an open officers finding zeroes the total', findings: [f('V1', 0, 'open', 'officers', { veto: true }), f('A1', 1)], total: 0, grade: '不合格', vetoed: true, deducted: { A1: 1 }, sections: { S1: 7 } },
  { name: 'veto fail: 不合格, points layer not scored', effect: 'fail', findings: [f('V1', 0, 'open', 'officers', { veto: true }), f('A1', 1)], total: 0, grade: '不合格', vetoed: true, deducted: { A1: 0 }, sections: { S1: 0, S2: 0 }, pending: 0 },
  { name: 'veto cap_grade: 19 points but graded 合格 not 优秀', effect: 'cap_grade', findings: [f('V1', 0, 'open', 'officers', { veto: true }), f('A1', 1)], total: 19, grade: '合格', vetoed: true },
  { name: 'veto cap_grade does not lift a lower grade', effect: 'cap_grade', findings: [f('V1', 0, 'open', 'officers'), f('B1', 5, 'open'), f('B3', 5, 'open'), f('A3', 3)], total: 7, grade: '不合格', vetoed: true },
  { name: 'a verify veto finding does not veto yet, it is pending', findings: [f('V1', 0, 'verify', 'officers', { veto: true })], total: 20, grade: '优秀', vetoed: false, pending: 1 },
  {
    name: 'a rejected veto finding does not veto',
    findings: [f('V1', 0, 'open', 'officers', { veto: true })],
    decisions: (fs) => [...settled, dec({ findingId: fs[0]!.id, action: 'reject', comment: '第二名执法人员在续页签名' })],
    total: 20,
    grade: '优秀',
    vetoed: false,
  },
  {
    name: 'a manual veto item confirmed by the reviewer vetoes',
    findings: [],
    decisions: () => [...settled.filter((d) => d.itemId !== 'V2'), dec({ itemId: 'V2', action: 'accept', comment: '主要事实不清' })],
    total: 0,
    grade: '不合格',
    vetoed: true,
    pending: 0,
  },
  { name: 'a manual veto item not yet decided is pending and does not veto', findings: [], unsettle: ['V2'], total: 20, grade: '优秀', vetoed: false, pending: 1 },

  // bonus
  { name: 'bonus awarded by the reviewer, total capped at 20', findings: [], decisions: () => [...settled.filter((d) => d.itemId !== 'X1'), dec({ itemId: 'X1', action: 'accept' })], total: 20, grade: '优秀', bonus: 1.5 },
  { name: 'bonus lifts a lower score', findings: [f('A3', 3)], decisions: () => [...settled.filter((d) => d.itemId !== 'X1'), dec({ itemId: 'X1', action: 'accept' })], total: 18.5, grade: '优秀', bonus: 1.5 },
  {
    name: 'bonus capped at bonus.max (1.5 + 1 → 2)',
    findings: [f('A3', 3)],
    decisions: () => [...settled.filter((d) => !d.itemId?.startsWith('X')), dec({ itemId: 'X1', action: 'accept' }), dec({ itemId: 'X2', action: 'accept' })],
    total: 19,
    grade: '优秀',
    bonus: 2,
  },
  {
    name: 'bonus may exceed the total when the rubric says so',
    exceedTotal: true,
    findings: [],
    decisions: () => [...settled.filter((d) => !d.itemId?.startsWith('X')), dec({ itemId: 'X1', action: 'adjust', points: 1 })],
    total: 21,
    grade: '优秀',
    bonus: 1,
  },
  { name: 'bonus is lost with a zero veto', findings: [f('V1', 0, 'open', 'officers')], decisions: () => [...settled.filter((d) => d.itemId !== 'X1'), dec({ itemId: 'X1', action: 'accept' })], total: 0, grade: '不合格', vetoed: true, bonus: 0 },
  {
    name: 'bonus awarded through a decision on the check’s question (the manual finding of the bonus item)',
    findings: [f('X2', 0, 'undetermined', 'manual')],
    unsettle: ['X2'],
    decisions: (fs) => [dec({ findingId: fs[0]!.id, action: 'accept' })],
    total: 20,
    grade: '优秀',
    bonus: 1,
    pending: 0,
  },
  { name: 'undecided bonus items are pending and award nothing', findings: [], unsettle: ['X1', 'X2'], total: 20, grade: '优秀', bonus: 0, pending: 2 },

  // grade bands at their edges
  { name: 'exactly 18 is 优秀 (inclusive lower bound)', findings: [f('B3', 2, 'open', 'deadline')], total: 18, grade: '优秀' },
  { name: '11.5 is 不合格', findings: [f('A3', 3), f('B3', 5), f('A2', 0.5)], total: 11.5, grade: '不合格' },
]

describe('scoreCase', () => {
  it.each(rows)('$name', (row) => {
    // The row's own decisions come on top of the settled manual items (a decision on the same item replaces it).
    const own = row.decisions ? row.decisions(row.findings) : []
    const base = settled.filter((d) => !row.unsettle?.includes(d.itemId!) && !own.some((o) => o.itemId === d.itemId))
    const fullDecisions = [...base, ...own]
    const s = scoreCase(rubric(row.effect, { exceedTotal: row.exceedTotal }), row.results ?? results(), row.findings, fullDecisions)
    expect(s.total).toBe(row.total)
    expect(s.grade).toBe(row.grade)
    expect(s.vetoed).toBe(row.vetoed ?? false)
    if (row.pending !== undefined) expect(s.pending).toBe(row.pending)
    for (const [id, d] of Object.entries(row.deducted ?? {})) expect(s.items.find((i) => i.itemId === id)?.deducted, id).toBe(d)
    for (const [id, sc] of Object.entries(row.sections ?? {})) expect(s.sections.find((x) => x.id === id)?.score, id).toBe(sc)
    if (row.bonus !== undefined) expect(s.bonus).toBe(row.bonus)
    // invariants of every score
    expect(s.total).toBeGreaterThanOrEqual(0)
    for (const sec of s.sections) expect(sec.score).toBeGreaterThanOrEqual(0)
    for (const i of s.items) {
      expect(i.score).toBeGreaterThanOrEqual(0)
      expect(i.deducted).toBeLessThanOrEqual(i.points)
    }
  })

  it('keeps machine findings and decisions apart: the inputs are not changed', () => {
    const fs = [f('A1', 1, 'verify')]
    const ds = [dec({ findingId: fs[0]!.id, action: 'accept' })]
    const before = JSON.stringify([fs, ds])
    scoreCase(rubric(), results(), fs, ds)
    expect(JSON.stringify([fs, ds])).toBe(before)
  })

  it('reports items with their section path and sections bottom-up', () => {
    const s = scoreCase(rubric(), results(), [], settled)
    expect(s.items.find((i) => i.itemId === 'B1')?.path).toEqual(['内容标准', '审查决定'])
    expect(s.items.find((i) => i.itemId === 'X1')?.bonus).toBe(true)
    expect(s.sections.map((x) => x.id)).toEqual(['S1', 'S2a', 'S2b', 'S2'])
  })

  it('names the veto items that fired and the effect', () => {
    const s = scoreCase(rubric('fail'), results(), [f('V1', 0, 'open', 'officers')], settled)
    expect(s.vetoItems).toEqual(['V1'])
    expect(s.vetoEffect).toBe('fail')
    const p = scoreCase(rubric(), results(), [f('V1', 0, 'undetermined', 'officers')], settled)
    expect(p.vetoPending).toEqual(['V1'])
  })
})

describe('待处理 (pendingItems): one count for every screen', () => {
  it('counts an item once however many findings wait under it, a veto item not settled, and no machine-sure finding', () => {
    const fs = [f('A1', 1, 'verify'), f('A1', 1, 'undetermined'), f('A2', 2), f('V1', 0, 'verify')]
    const s = scoreCase(rubric(), results(), fs, settled)
    expect(pendingItems(s)).toEqual(['A1', 'V1'])
    expect(s.pending).toBe(2)
    // Deciding the waiting findings settles them: nothing left.
    const decided = scoreCase(rubric(), results(), fs, [...settled, dec({ findingId: fs[0].id, action: 'accept' }), dec({ findingId: fs[1].id, action: 'reject' }), dec({ findingId: fs[3].id, action: 'reject' })])
    expect(pendingItems(decided)).toEqual([])
    expect(decided.pending).toBe(0)
  })
})
