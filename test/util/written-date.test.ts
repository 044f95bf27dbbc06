import { describe, expect, it } from 'vitest'
import { WRITTEN_DATE, writtenDate } from '../../shared/util/written-date'

describe('a date written out in full', () => {
  const whole = new RegExp(`^${WRITTEN_DATE}$`)
  it.each(['2024年3月18日', '2024 年 3 月 18 日', '二〇二四年三月十八日', '二○二四年三月十八日', '二O一二年一月六日', '二零二五年十二月三十一日'])('%s', (s) =>
    expect(whole.test(s)).toBe(true),
  )
  it.each(['2024年3月', '2024-03-18', '24年3月18日', '二〇二四年三月'])('not %s', (s) => expect(whole.test(s)).toBe(false))
  it('with the spaces of one line only, a date broken over two lines is none', () => {
    const oneLine = new RegExp(`^${writtenDate('[ \\t\\u3000]*')}$`)
    expect(oneLine.test('2024年 3月 18日')).toBe(true)
    expect(oneLine.test('2024年\n3月18日')).toBe(false)
    expect(whole.test('2024年\n3月18日')).toBe(true)
  })
})
