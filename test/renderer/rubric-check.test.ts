/** The rubric editor's check: run once typing pauses, on the latest text only; a failed check never reads as valid. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { debouncedCheck, CHECK_DELAY_MS, type RubricCheck } from '../../renderer/src/lib/rubric-check'

const valid = (text: string): RubricCheck => ({ validation: { ok: true, errors: [] }, rubric: { id: 'x', version: text, name: '标准' } })

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('debouncedCheck', () => {
  it('checks the last text once typing pauses, and says at once that a check is pending', async () => {
    const check = vi.fn(async (t: string) => valid(t))
    const reports: (RubricCheck | null)[] = []
    const c = debouncedCheck(check, (r) => reports.push(r))
    c.schedule('1')
    c.schedule('12')
    c.schedule('123')
    expect(reports).toEqual([null, null, null])
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS - 1)
    expect(check).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(check.mock.calls).toEqual([['123']])
    expect(reports.at(-1)?.rubric?.version).toBe('123')
  })

  it('drops the answer for a text changed since', async () => {
    let answer!: (r: RubricCheck) => void
    const check = vi.fn((t: string) => (t === 'old' ? new Promise<RubricCheck>((r) => (answer = r)) : Promise.resolve(valid(t))))
    const reports: (RubricCheck | null)[] = []
    const c = debouncedCheck(check, (r) => reports.push(r))
    c.schedule('old')
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    c.schedule('new') // typed while 'old' was being checked
    answer(valid('old'))
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    expect(reports.filter(Boolean).map((r) => r!.rubric!.version)).toEqual(['new'])
  })

  it('reports a check that failed as an error of the text', async () => {
    const reports: (RubricCheck | null)[] = []
    const c = debouncedCheck(() => Promise.reject(new Error('校验线程已停止')), (r) => reports.push(r))
    c.schedule('x')
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS)
    expect(reports.at(-1)?.validation).toEqual({ ok: false, errors: [{ file: '', line: null, field: '（校验）', message: '无法校验：校验线程已停止' }] })
  })

  it('reports nothing more once disposed', async () => {
    const reports: (RubricCheck | null)[] = []
    const c = debouncedCheck(async (t) => valid(t), (r) => reports.push(r))
    c.schedule('x')
    c.dispose()
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS * 2)
    expect(reports).toEqual([null])
  })
})
