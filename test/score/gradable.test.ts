/**
 * 无法评分: a case with no readable document of the rubric's kind is not graded. Before, such a case lost no points on
 * the items nothing could check and came out as 100 / 优秀 with items pending.
 */
import { describe, expect, it } from 'vitest'
import { gradeUnit, rankUnits, scoreCase, UNGRADABLE, ungradableReason } from '../../shared/score'
import type { DocType, ItemResult } from '../../shared/types'
import { rubric } from './fixture'

/** Every item passed: on its findings alone the case is full marks. */
const passed: ItemResult[] = ['V1', 'V2', 'A1', 'A2', 'A3', 'B1', 'B2', 'B3'].map((id) => ({ itemId: id, status: 'pass', findingIds: [] }))
const docs = (...types: DocType[]) => types.map((type) => ({ type }))

describe('a case with no document of the rubric’s kind', () => {
  const table: { name: string; documents: { type: DocType }[]; gradable: boolean }[] = [
    { name: 'nothing read at all', documents: [], gradable: false },
    { name: 'only text that is no enforcement document (其他)', documents: docs('其他', '其他', '其他'), gradable: false },
    { name: 'only documents any file holds (卷内目录, 证据材料, 送达回证, 备考表)', documents: docs('卷内目录', '证据材料', '送达回证', '备考表'), gradable: false },
    { name: 'a 行政许可 file under a 行政处罚 rubric', documents: docs('行政许可申请书', '准予行政许可决定书'), gradable: false },
    { name: 'one 行政处罚决定书 among junk', documents: docs('其他', '行政处罚决定书'), gradable: true },
    { name: 'a 立案审批表', documents: docs('立案审批表'), gradable: true },
  ]
  for (const row of table) {
    it(`${row.name}: ${row.gradable ? 'graded' : '无法评分'}`, () => {
      const s = scoreCase(rubric(), passed, [], [], { documents: row.documents })
      if (row.gradable) {
        expect(s.ungradable).toBeUndefined()
        expect(s.grade).toBe('优秀')
        expect(s.total).toBe(20)
      } else {
        expect(s.grade).toBe(UNGRADABLE)
        expect(s.grade).not.toBe('优秀')
        expect(s.total).toBe(0)
        expect(s.pending).toBe(0)
        expect(s.ungradable).toMatch(/没有可读取的行政处罚文书/)
        expect(s.items.every((i) => i.score === 0 && !i.pending)).toBe(true)
      }
    })
  }

  it('reviewer decisions do not make it gradable', () => {
    const s = scoreCase(rubric(), passed, [], [{ itemId: 'B2', action: 'accept', reviewer: '王评查', at: '2024-05-01T09:00:00Z' }], { documents: [] })
    expect(s.grade).toBe(UNGRADABLE)
  })

  it('the reason says what was read and how many files could not be', () => {
    expect(ungradableReason(rubric(), docs('其他', '其他'), 3)).toBe(
      '案卷中没有可读取的行政处罚文书（读取到的 2 份材料均不是行政处罚文书，3 个文件无法读取；未识别出立案审批表、行政处罚决定书等任何一种），无法按“评分测试标准”评分',
    )
    const license = { ...rubric(), appliesTo: '行政许可' as const }
    expect(ungradableReason(license, docs('行政处罚决定书'))).toMatch(/没有可读取的行政许可文书/)
    expect(ungradableReason(license, docs('准予行政许可决定书'))).toBeNull()
  })

  it('without the documents (a rubric’s own examples) the case is graded as before', () => {
    expect(scoreCase(rubric(), passed, [], []).grade).toBe('优秀')
  })
})

describe('units and rates leave 无法评分 cases out', () => {
  it('neither 优秀 nor counted in the average, the total or the rates', () => {
    const r = rubric()
    const good = scoreCase(r, passed, [], [], { documents: docs('行政处罚决定书') })
    const junk = scoreCase(r, passed, [], [], { documents: docs('其他') })
    const u = gradeUnit(r, [good, junk, junk])
    expect(u).toMatchObject({ cases: 1, average: 20, total: 20, excellent: 1, excellentRate: 1, passed: 1, passRate: 1 })
    const only = gradeUnit(r, [junk])
    expect(only).toMatchObject({ cases: 0, excellent: 0, grade: null })
    expect(rankUnits(r, [{ unit: '甲', scores: [junk] }, { unit: '乙', scores: [good] }]).map((x) => x.unit)).toEqual(['乙', '甲'])
  })
})
