import { describe, expect, it } from 'vitest'
import { caseFraction, importView } from '../../renderer/src/lib/import-progress'
import type { Progress } from '../../shared/types'

const line = (caseIndex: number, stage: Progress['stage'], done: number, total: number, caseCount = 3): Progress => ({
  jobId: 'j',
  stage,
  done,
  total,
  caseIndex,
  caseCount,
  caseName: `案卷${caseIndex + 1}`,
})

describe('import progress', () => {
  it('one case goes forward through its stages and never past its end', () => {
    const steps = [line(0, 'ingest', 0, 4), line(0, 'ingest', 4, 4), line(0, 'ocr', 1, 10), line(0, 'ocr', 10, 10), line(0, 'segment', 0, 1), line(0, 'extract', 0, 1), line(0, 'check', 0, 1), line(0, 'store', 0, 1)]
    const fractions = steps.map(caseFraction)
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1])
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBeLessThan(1)
  })

  it('the bar runs over the whole import: it does not start again at each case', () => {
    const seen = new Map<number, Progress>()
    seen.set(0, line(0, 'check', 0, 1))
    const first = importView(seen, 0, 'running').percent
    seen.set(1, line(1, 'ingest', 0, 5))
    const second = importView(seen, 1, 'running').percent
    expect(second).toBeGreaterThanOrEqual(first)
    expect(second).toBe(33)
    seen.set(2, line(2, 'ocr', 5, 10))
    // two cases done and the third half through its OCR: (2 + 0.6) / 3
    expect(importView(seen, 2, 'running').percent).toBe(87)
  })

  it('a finished case reads 完成, not its last stage, while the next one is read', () => {
    const seen = new Map<number, Progress>([
      [0, line(0, 'check', 0, 1)],
      [1, line(1, 'ocr', 3, 12)],
    ])
    const v = importView(seen, 1, 'running')
    expect(v.summary).toBe('已完成 1/3 卷')
    expect(v.lines).toEqual([
      { index: 0, name: '案卷1', text: '完成', finished: true },
      { index: 1, name: '案卷2', text: '识别扫描页 3/12 页', finished: false },
    ])
  })

  it('when the import ends: all done, or the unfinished case stopped', () => {
    const seen = new Map<number, Progress>([
      [0, line(0, 'store', 0, 1, 2)],
      [1, line(1, 'ingest', 2, 7, 2)],
    ])
    expect(importView(seen, 2, 'done')).toMatchObject({ percent: 100, summary: '已完成 2/2 卷' })
    expect(importView(seen, 1, 'cancelled').lines.map((l) => l.text)).toEqual(['完成', '已停止'])
    expect(importView(seen, 1, 'failed').lines.map((l) => l.text)).toEqual(['完成', '失败'])
    expect(importView(seen, 1, 'running').lines[1].text).toBe('读取文件 2/7 个文件')
  })
})
