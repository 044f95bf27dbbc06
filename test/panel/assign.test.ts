/** Reviewer assignment: recusal and conflicts never broken, load balanced, reproducible, overrides with reasons, clear refusals. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignReviewers, drawSample, ineligibility, rankKey, sameName, type CaseToAssign, type RosterMember } from '../../shared/panel'

const AGENCIES = ['甲市场监督管理局', '乙生态环境局', '丙交通运输局']
const roster: RosterMember[] = [
  { name: '赵一', agency: '甲市场监督管理局', role: '评查员' },
  { name: '钱二', agency: '甲市场监督管理局', role: '评查员' },
  { name: '孙三', agency: '乙生态环境局', role: '评查员', conflicts: ['丙交通运输局'] },
  { name: '李四', agency: '乙生态环境局', role: '评查员' },
  { name: '周五', agency: '丙交通运输局', role: '评查员' },
  { name: '吴六', agency: '丙交通运输局', role: '组长' },
]
const cases: CaseToAssign[] = Array.from({ length: 60 }, (_, i) => ({ case: `第${i + 1}号`, unit: AGENCIES[i % 3] }))

describe('assignReviewers', () => {
  const r = assignReviewers(cases, roster, { seed: '种子' })

  it('gives every case two different eligible reviewers, never of its own agency, never a declared conflict', () => {
    for (const a of r.assignments) {
      expect(a.reviewers).toHaveLength(2)
      expect(new Set(a.reviewers).size).toBe(2)
      for (const name of a.reviewers) {
        const m = roster.find((x) => x.name === name)!
        expect(m.agency).not.toBe(a.unit)
        expect(m.role).toBe('评查员')
        if (name === '孙三') expect(a.unit).not.toBe('丙交通运输局')
      }
    }
  })

  it('lists every eligible reviewer’s load; with a conflict, the best balance there is', () => {
    expect(r.load.map((l) => l.name).sort()).toEqual(['周五', '孙三', '李四', '赵一', '钱二'].sort())
    expect(r.load.reduce((s, l) => s + l.cases, 0)).toBe(120)
    // 孙三 may review only the 20 cases of 甲 (own agency 乙, conflict with 丙): at most 20; the other four share 100.
    const load = Object.fromEntries(r.load.map((l) => [l.name, l.cases]))
    expect(load['孙三']).toBe(20)
    for (const n of ['周五', '李四', '赵一', '钱二']) expect(Math.abs(load[n] - 25)).toBeLessThanOrEqual(1)
  })

  it('keeps loads within one case of each other when every reviewer is eligible for as many cases', () => {
    const even: RosterMember[] = AGENCIES.flatMap((agency, i) => [1, 2].map((j) => ({ name: `评查员${i}${j}`, agency, role: '评查员' as const })))
    for (const seed of ['a', 'b', 'c']) {
      const loads = assignReviewers(cases, even, { seed }).load.map((l) => l.cases)
      expect(loads.reduce((s, x) => s + x, 0)).toBe(120)
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
    }
  })

  it('is reproducible and independent of the order of the cases and of the roster; changes with the seed', () => {
    const again = assignReviewers([...cases].reverse(), roster, { seed: '种子' })
    const byCase = (x: typeof r) => Object.fromEntries(x.assignments.map((a) => [a.case, a.reviewers]))
    expect(byCase(again)).toEqual(byCase(r))
    expect(byCase(assignReviewers(cases, [...roster].reverse(), { seed: '种子' }))).toEqual(byCase(r))
    expect(byCase(assignReviewers(cases, roster, { seed: '另一种子' }))).not.toEqual(byCase(r))
  })

  it('breaks a tie on load by rankKey(seed, unit, case, name)', () => {
    // One case, everyone at load 0: the two smallest keys among the eligible.
    const c = { case: 'X', unit: '甲市场监督管理局' }
    const eligible = ['孙三', '李四', '周五']
    const want = [...eligible].sort((a, b) => (rankKey('s', c.unit, c.case, a) < rankKey('s', c.unit, c.case, b) ? -1 : 1)).slice(0, 2)
    expect(assignReviewers([c], roster, { seed: 's' }).assignments[0].reviewers).toEqual(want)
  })

  it('never picks a recused or conflicted reviewer, for any roster and any cases (property)', () => {
    const member = fc.record({
      name: fc.string({ minLength: 1, maxLength: 3 }).filter((s) => s.trim() !== ''),
      agency: fc.constantFrom(...AGENCIES),
      role: fc.constantFrom('评查员' as const, '组长' as const),
      conflicts: fc.array(fc.constantFrom(...AGENCIES, '第1号', '第2号'), { maxLength: 2 }),
    })
    fc.assert(
      fc.property(fc.uniqueArray(member, { minLength: 1, maxLength: 9, selector: (m) => sameName(m.name) }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }), (people, k, count) => {
        const cs = cases.slice(0, count)
        let res
        try {
          res = assignReviewers(cs, people, { seed: 'p', perCase: k })
        } catch (e) {
          // Refused only when some case truly has fewer than k eligible reviewers.
          expect(cs.some((c) => people.filter((m) => ineligibility(m, c) === null).length < k)).toBe(true)
          expect(String(e)).toMatch(/需要 \d 名评查人，可选的只有/)
          return
        }
        for (const a of res.assignments) {
          expect(a.reviewers).toHaveLength(k)
          for (const n of a.reviewers) expect(ineligibility(people.find((m) => m.name === n)!, a)).toBeNull()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('refuses, one line per case, when a case has too few eligible reviewers', () => {
    const small = roster.filter((m) => m.agency !== '乙生态环境局')
    expect(() => assignReviewers(cases.slice(0, 3), small, { seed: 's', perCase: 3 })).toThrow(/第1号（甲市场监督管理局）：需要 3 名评查人，可选的只有 1 名[\s\S]*第3号（丙交通运输局）：需要 3 名评查人，可选的只有 2 名/)
    expect(() => assignReviewers(cases.slice(0, 3), small, { seed: 's', perCase: 3 })).not.toThrow(/第2号/)
  })

  it('takes the organiser’s choice with its reason, counts it in the load, and refuses one that breaks recusal', () => {
    const withOverride = assignReviewers(cases.slice(0, 6), roster, { seed: 's', overrides: [{ case: '第2号', reviewers: ['赵一', '周五'], reason: '熟悉生态环境领域' }] })
    expect(withOverride.assignments[1]).toEqual({ case: '第2号', unit: '乙生态环境局', reviewers: ['赵一', '周五'], override: { reason: '熟悉生态环境领域' } })
    expect(() => assignReviewers(cases.slice(0, 6), roster, { seed: 's', overrides: [{ case: '第1号', reviewers: ['赵一'], reason: '指定' }] })).toThrow(/不能指定 赵一（与案卷同属 甲市场监督管理局，应回避）/)
    expect(() => assignReviewers(cases.slice(0, 6), roster, { seed: 's', overrides: [{ case: '第2号', reviewers: ['赵一'], reason: ' ' }] })).toThrow(/须写明理由/)
    expect(() => assignReviewers(cases.slice(0, 6), roster, { seed: 's', overrides: [{ case: '第2号', reviewers: ['王某'], reason: '指定' }] })).toThrow(/王某 不在评查人员名单中/)
  })

  it('compares agency names without white space or full-width forms', () => {
    expect(ineligibility({ name: 'a', agency: '甲市 市场监督管理局（城区）', role: '评查员' }, { case: '1', unit: '甲市市场监督管理局(城区)' })).toMatch(/回避/)
  })

  it('refuses a roster with a name twice, a member without agency, k outside 1–3, an empty seed', () => {
    expect(() => assignReviewers(cases, [...roster, { ...roster[0] }], { seed: 's' })).toThrow(/出现两次/)
    expect(() => assignReviewers(cases, [{ name: 'a', agency: ' ', role: '评查员' }], { seed: 's' })).toThrow(/所在单位/)
    expect(() => assignReviewers(cases, roster, { seed: 's', perCase: 4 })).toThrow(/1 至 3 人/)
    expect(() => assignReviewers(cases, roster, { seed: '' })).toThrow(/随机种子/)
  })

  it('assigns the picks of a draw', () => {
    const frame = cases.map((c) => ({ case: c.case, unit: c.unit }))
    const d = drawSample(frame, { rate: 0.2, min: 3, seed: '种子' })
    const picks = d.strata.flatMap((s) => s.picks.map((p) => ({ case: p.case, unit: s.unit, rank: p.rank })))
    const res = assignReviewers(picks, roster, { seed: '种子' })
    expect(res.assignments.map((a) => a.case)).toEqual(picks.map((p) => p.case))
    expect(res.rosterSha256).toMatch(/^[0-9a-f]{64}$/)
  })
})
