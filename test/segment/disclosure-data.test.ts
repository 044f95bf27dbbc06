import { describe, expect, it } from 'vitest'
import { compileDisclosureData, validateDisclosureData } from '../../shared/segment/disclosure-data'
import shipped from '../../shared/segment/disclosure.json'
import { DISCLOSURE } from '../../shared/segment/disclosure'

const copy = () => JSON.parse(JSON.stringify(shipped)) as Record<string, any>

describe('disclosure data (disclosure.json)', () => {
  it('the shipped file is well formed and is what the reader uses', () => {
    expect(validateDisclosureData(shipped)).toEqual([])
    expect(DISCLOSURE.columns.party.some((re) => re.test('被处罚单位名称'))).toBe(true)
    expect(DISCLOSURE.columns.number.some((re) => re.test('行政处罚决定书文号'))).toBe(true)
    expect(DISCLOSURE.columns.agency.some((re) => re.test('作出行政处罚决定的行政执法机关名称'))).toBe(true)
    // a column name is matched whole: 当事人名称 is the party's column, 当事人名称及地址 is none of them
    expect(DISCLOSURE.columns.party.some((re) => re.test('当事人名称及地址'))).toBe(false)
  })
  it('a header row names the number and the party in either order; a record is known by its boxes', () => {
    expect(DISCLOSURE.header.test('序号 | 行政处罚决定书文号 | 案件名称 | 被处罚单位名称')).toBe(true)
    expect(DISCLOSURE.header.test('行政相对人名称 | 处罚决定文号')).toBe(true)
    expect(DISCLOSURE.header.test('当事人：某公司')).toBe(false)
    expect(DISCLOSURE.record.test('违法行为类型 | 食品安全')).toBe(true)
    expect(DISCLOSURE.record.test('处罚事由：销售过期食品')).toBe(true)
    // (a label heads its line: a sentence that mentions 处罚金额 is no record)
    expect(DISCLOSURE.record.test('本局决定的处罚金额为五千元')).toBe(false)
  })
  it('a broken pattern, an unknown column kind or a missing list is refused, and loading stops with the reasons', () => {
    const d = copy()
    d.columns.party.push('当事人(')
    d.columns.seal = ['印章']
    delete d.recordLabels
    d.headerWords.number = []
    const p = validateDisclosureData(d)
    expect(p.some((x) => x.startsWith(`columns.party[${d.columns.party.length - 1}]: 正则表达式无效`))).toBe(true)
    expect(p.some((x) => x.startsWith('columns.seal: 未知的栏目类别'))).toBe(true)
    expect(p).toContain('recordLabels: 应为非空的栏目名列表')
    expect(p).toContain('headerWords.number: 应为非空的正则表达式列表')
    expect(() => compileDisclosureData(d)).toThrow(/公示表格数据（shared\/segment\/disclosure\.json）有误/)
  })
})
