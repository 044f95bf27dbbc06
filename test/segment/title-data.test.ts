import { describe, expect, it } from 'vitest'
import { compileTitleData, validateTitleData } from '../../shared/segment/title-data'
import shipped from '../../shared/segment/titles.json'
import { DOC_TYPE_ALIASES, STANDS_FOR } from '../../shared/segment/doctypes'

const copy = () => JSON.parse(JSON.stringify(shipped)) as { titles: Record<string, string[]>; standsFor: Record<string, unknown>[] }

describe('title data (titles.json)', () => {
  it('the shipped file is well formed and is what the reader uses', () => {
    expect(validateTitleData(shipped)).toEqual([])
    expect(DOC_TYPE_ALIASES.行政处罚决定书[0]).toBe('行政处罚决定书')
    expect(STANDS_FOR.every((s) => s.when instanceof RegExp)).toBe(true)
  })
  it('a title listed under two types, a type missing, a canonical name not first: each is said', () => {
    const d = copy()
    d.titles.听证笔录.push('听证报告')
    delete (d.titles as Record<string, unknown>).备考表
    d.titles.送达回证 = ['送达回执', '送达回证']
    const p = validateTitleData(d)
    expect(p.some((x) => /“听证报告”已列在“(?:其他|听证笔录)”下/.test(x))).toBe(true)
    expect(p).toContain('titles: 缺少文书类型“备考表”')
    expect(p).toContain('titles.送达回证: 第一个写法应为规范名称“送达回证”')
  })
  it('a stand-in with an unknown type or a broken pattern is refused, and loading stops with the reasons', () => {
    const d = copy()
    const at = `standsFor[${d.standsFor.push({ type: '告知单', by: '听证告知书', when: '陈述(', note: '', requirementOnly: 'yes' }) - 1}]`
    const p = validateTitleData(d)
    expect(p.some((x) => x.startsWith(`${at}.type`))).toBe(true)
    expect(p.some((x) => x.startsWith(`${at}.when: 正则表达式无效`))).toBe(true)
    expect(p.some((x) => x.startsWith(`${at}.note`))).toBe(true)
    expect(p).toContain(`${at}.requirementOnly: 应为 true 或 false`)
    expect(() => compileTitleData(d)).toThrow(/文书标题数据（shared\/segment\/titles\.json）有误/)
  })
})
