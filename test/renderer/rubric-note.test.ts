/** A rubric's notes on the 评查标准 screen: the format's own words by their Chinese names, cited addresses and codes set apart. */
import { describe, expect, it } from 'vitest'
import { noteParts } from '../../renderer/src/lib/rubric'

describe('noteParts', () => {
  it.each([
    ['否决效果取 fail（不合格卷，不再评分）', [{ text: '否决效果取 评为不合格（不合格卷，不再评分）', kind: 'text' }]],
    ['只能人工判断（manual）', [{ text: '只能人工判断（人工评查）', kind: 'text' }]],
    ['依 procedure-rules §7 第3条', [{ text: '依 程序规则表 §7 第3条', kind: 'text' }]],
    [
      '川建监〔2011〕12号；https://m.wenku365.com/d-18843329.html）：',
      [
        { text: '川建监〔2011〕12号；', kind: 'text' },
        { text: 'https://m.wenku365.com/d-18843329.html', kind: 'url' },
        { text: '）：', kind: 'text' },
      ],
    ],
    [
      'DB32/T 4181-2021 行政执法案卷制作及评查规范',
      [
        { text: 'DB32/T 4181-2021', kind: 'code' },
        { text: ' 行政执法案卷制作及评查规范', kind: 'text' },
      ],
    ],
    [
      '简易程序（SJ 66—69）；CF-57a',
      [
        { text: '简易程序（', kind: 'text' },
        { text: 'SJ 66—69', kind: 'code' },
        { text: '）；', kind: 'text' },
        { text: 'CF-57a', kind: 'code' },
      ],
    ],
  ])('%s', (text, parts) => {
    expect(noteParts(text)).toEqual(parts)
  })

  it('leaves words that only contain a format word alone', () => {
    expect(noteParts('failure manually')).toEqual([{ text: 'failure manually', kind: 'text' }])
  })
})
