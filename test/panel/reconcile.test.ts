/** Flags for reconciliation, as the issue states them: grades differ, totals differ by more than T, veto upheld by one only. */
import { describe, expect, it } from 'vitest'
import { designKappa, disagreementFlags } from '../../shared/panel'

const a = { reviewer: '张三', score: 86, grade: '良好', vetoed: false }

describe('disagreementFlags', () => {
  it('none when grades, vetoes agree and the totals are within T', () => {
    expect(disagreementFlags([a, { ...a, reviewer: '李四', score: 81 }])).toEqual([])
  })
  it('the score gap must exceed T: 5 points is within, 5.5 is not', () => {
    expect(disagreementFlags([a, { ...a, reviewer: '李四', score: 80.5 }]).map((f) => f.kind)).toEqual(['score'])
    expect(disagreementFlags([a, { ...a, reviewer: '李四', score: 80.5 }], 6)).toEqual([])
  })
  it('names each reason with the reviewers', () => {
    const flags = disagreementFlags([a, { reviewer: '李四', score: 0, grade: '不合格', vetoed: true }])
    expect(flags).toEqual([
      { kind: 'grade', message: '等次不同：张三 良好，李四 不合格' },
      { kind: 'score', message: '总分相差 86 分，超过 5 分：张三 86 分，李四 0 分' },
      { kind: 'veto', message: '一票否决认定不一致：张三 未认定否决，李四 认定否决' },
    ])
  })
  it('a single review, or a negative threshold', () => {
    expect(disagreementFlags([a])).toEqual([])
    expect(() => disagreementFlags([a, a], -1)).toThrow(/分差阈值/)
  })
})

describe('designKappa on item decisions (deducted or not)', () => {
  it('two reviewers on every item: the textbook 2 × 2 example (yes/yes 20, yes/no 5, no/yes 10, no/no 15) gives κ = 0.4', () => {
    // The worked example of the Wikipedia article "Cohen's kappa": p_o = 0.7, p_e = 0.5.
    const cells: [number, number, number][] = [
      [1, 1, 20],
      [1, 0, 5],
      [0, 1, 10],
      [0, 0, 15],
    ]
    const perCase = cells.flatMap(([x, y, n]) => Array.from({ length: n }, () => [x, y]))
    const k = designKappa(perCase, 2, true)
    expect(k.method).toBe('cohen')
    expect(k.value!).toBeCloseTo(0.4, 12)
    expect(k.observed).toBeCloseTo(0.7, 12)
    expect(k.expected).toBeCloseTo(0.5, 12)
  })
})
