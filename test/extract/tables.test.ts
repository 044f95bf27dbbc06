import { describe, expect, it } from 'vitest'
import { docText } from '../../shared/extract/text'
import { disclosureRows } from '../../shared/extract/tables'
import { extractDocFacts } from '../../shared/extract'
import { doc } from './helpers'

const rows = (lines: string[]) => disclosureRows(docText(doc(lines))).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v!.text])))

describe('disclosure tables: a header row of column names and the rows under it', () => {
  it('cells parted by |, by wide gaps, or by single spaces', () => {
    expect(rows(['序号 | 决定文书号 | 处罚单位 | 处罚结果/内容 | 处罚日期 | 操作 |', '---|---|---|---|---|---|', '1 | 合市监 处〔 2021 〕 1 号 | 合浦县市场监督管理局 |', '当事人生产的凉粉菌落总数项目不符合标准。'])).toEqual([{ number: '合市监处〔 2021 〕 1 号', agency: '合浦县市场监督管理局' }])
    expect(rows([' 序号  案件名称  被处罚对象名称  案件简要情况  处罚依据  处罚决定文号', ' 1  涉嫌违反环评制度案  东宁某砼业有限公司  该公司建设项目未履行环评审批手续,擅自开工建设。  依据《中华人民共和国环境影响评价法》第三十一条  东环罚[2018]13号'])).toEqual([{ party: '东宁某砼业有限公司', number: '东环罚[2018]13号' }])
    expect(rows(['被处罚单位名称 统一社会信用代码 被处罚单位法定代表人姓名 行政处罚决定书文号 案件名称 作出行政处罚决定的日期', '广德县某某超市 92341822MA2RFB9F7J 李某燕 广市监处罚〔2024〕03033号 广德县某某超市经营超过保质期的食品案 2024-11-20'])).toEqual([{ party: '广德县某某超市', number: '广市监处罚〔2024〕03033号' }])
  })
  it('a table copied one cell per line: the column names, then the one row\'s cells in the same order', () => {
    const lines = ['某区卫生健康局行政处罚公示', '', '案件名称', '', '行政相对人名称', '', '处罚事由', '', '处罚内容', '', '处罚机关', '', '某村第三卫生站未将医疗废物按照类别分置于专用容器案', '', '某村第三卫生站', '', '2024年6月19日在卫生监督管理中发现该卫生站未将医疗废物分置于专用容器,违反了《医疗废物管理条例》第十六条。', '', '警告、罚款2100.00元人民币', '', '某区卫生健康局']
    expect(rows(lines)).toEqual([{ party: '某村第三卫生站', agency: '某区卫生健康局' }])
    expect(extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)).toEqual(['某村第三卫生站'])
    // (column names with fewer cells after them than names: not this layout)
    expect(rows(['案件名称', '行政相对人名称', '处罚机关', '某村第三卫生站'])).toEqual([])
  })
  it('a label and its value, or prose, is no header', () => {
    expect(rows(['行政处罚决定书文号 | 某罚〔2024〕1号 |', '当事人 | 某公司 |'])).toEqual([])
    expect(rows(['经查，当事人销售过期食品，违反了《中华人民共和国食品安全法》第三十四条的规定。'])).toEqual([])
  })
  it('the first row names the party, the agency and the decision\'s own number', () => {
    const f = extractDocFacts(doc(['被处罚单位名称 统一社会信用代码 被处罚单位法定代表人姓名 行政处罚决定书文号 案件名称 作出行政处罚决定的行政执法机关名称', '广德县某某超市 92341822MA2RFB9F7J 李某燕 广市监处罚〔2024〕03033号 广德县某某超市经营超过保质期的食品案 广德市市场监督管理局'], '行政处罚决定书'))
    expect(f.parties.map((p) => p.name)).toEqual(['广德县某某超市'])
    expect(f.agency?.name).toBe('广德市市场监督管理局')
    expect(f.caseNumbers.map((c) => [c.text, c.own])).toEqual([['广市监处罚〔2024〕03033号', true]])
  })
})
