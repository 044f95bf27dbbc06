import { describe, expect, it } from 'vitest'
import { compileDisclosureData, validateDisclosureData } from '../../shared/segment/disclosure-data'
import shipped from '../../shared/segment/disclosure.json'
import { DISCLOSURE, isPublishedCopy } from '../../shared/segment/disclosure'

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
  it('a published copy is known by a web page\'s furniture or a publication note, at the head of a line', () => {
    const lines = (...t: string[]) => t.map((text) => ({ text }))
    // (as the pages of agencies' sites print them)
    for (const l of [
      '发布时间：2024-04-25 信息来源：溧水县市场监督管理局',
      '发布日期:2023-11-02  浏览次数：35',
      '  来源： 县应急管理局    字号：[ 大 中 小 ]',
      '索引号 11430600MB1A23456X/2024-00012',
      '当前位置：首页 > 政务公开 > 行政执法公示',
      '您当前的位置：首页 > 信息公开',
      '首页 > 政务公开 > 行政执法公示 > 处罚决定',
      '【打印本页】 【关闭窗口】',
      '【字体：大 中 小】',
      '分享到：',
      '（此件主动公开）',
      '公开方式：主动公开',
    ]) expect(isPublishedCopy(lines('行政处罚决定书', l)), l).toBe(true)
    // (an original's own words: the case's 来源, a date in a box, a decision's 公开 sentence)
    for (const l of [
      '案件来源：现场检查',
      '检查时间：2024年4月25日',
      '本决定将依法在本局门户网站予以公开。',
      '送达日期：2024年4月26日',
      '首页共三页',
    ]) expect(isPublishedCopy(lines('行政处罚决定书', l)), l).toBe(false)
  })
  it('a broken pattern, an unknown column kind or a missing list is refused, and loading stops with the reasons', () => {
    const d = copy()
    d.columns.party.push('当事人(')
    d.columns.seal = ['印章']
    delete d.recordLabels
    d.headerWords.number = []
    d.announcement.tables = ['附表']
    delete d.announcement.several
    const p = validateDisclosureData(d)
    expect(p).toContain('announcement.tables: 未知的类别（应为 publishes / reports / attached / several / noPenalty）')
    expect(p).toContain('announcement.several: 应为非空的正则表达式列表')
    expect(p.some((x) => x.startsWith(`columns.party[${d.columns.party.length - 1}]: 正则表达式无效`))).toBe(true)
    expect(p.some((x) => x.startsWith('columns.seal: 未知的栏目类别'))).toBe(true)
    expect(p).toContain('recordLabels: 应为非空的栏目名列表')
    expect(p).toContain('headerWords.number: 应为非空的正则表达式列表')
    expect(() => compileDisclosureData(d)).toThrow(/公示表格数据（shared\/segment\/disclosure\.json）有误/)
  })
})
