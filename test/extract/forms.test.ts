import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { doc } from './helpers'

const fields = (lines: string[]) => extractDocFacts(doc(lines)).fields.map((f) => [f.label, f.value])

describe('labelled fields', () => {
  it.each([
    [['案由：销售过期食品'], [['案由', '销售过期食品']]],
    [['案  由：销售过期食品'], [['案由', '销售过期食品']]],
    [['案由:销售过期食品'], [['案由', '销售过期食品']]],
    [['审批意见：'], [['审批意见', '']]],
    [['承办人：张三    执法证号：12345678'], [['承办人', '张三'], ['执法证号', '12345678']]],
    [['案件来源', '投诉举报'], [['案件来源', '投诉举报']]],
    [['审批意见', '承办人', '张三'], [['审批意见', ''], ['承办人', '张三']]],
    [['处罚决定书文号：沪市监处罚〔2024〕12号 | 当事人：某公司'], [['当事人', '某公司']]],
    [['负责人意见：同意立案。'], [['负责人意见', '同意立案。']]],
    [['受送达人签名或盖章：'], []],
    // (the questioned person's box of a record: read, so a blank one is seen)
    [['被询问人签名：', '日期：'], [['被询问人签名', ''], ['日期', '']]],
    [['被询问人签名：何晓雯  2024年4月22日'], [['被询问人签名', '何晓雯  2024年4月22日']]],
    [['经审核，本案事实清楚：证据确凿。'], []],
    // (a box named inline at the end of a line of prose, its value on the next line: …无作弊功能。证据： / 现场笔录、… — br-05)
    [['三、违法事实及证据：当事人使用超过检定周期的电子计价秤2台。经检定合格。证据：', '现场笔录、照片录像、检定证书及鉴定意见、询问笔录。', '四、违法行为性质及依据：违反《中华人民共和国计量法》第九条第一款'], [['证据', '现场笔录、照片录像、检定证书及鉴定意见、询问笔录。']]],
    // a label cell wrapped onto the next line in a PDF table: its halves make the label
    [['机关负责人审', '批意见', '         2024 年 10 月 8 日'], [['机关负责人审批意见', '2024 年 10 月 8 日']]],
    [['承办机构审核   同意立案，由龚宏、詹德承办。', '意见       签名：叶梦娜'], [['承办机构审核意见', '同意立案，由龚宏、詹德承办。']]],
    [['机关负责人审', '批意见', '备注', '无'], [['机关负责人审批意见', ''], ['备注', '无']]],
    // a table's rule kept as a line of its own between label and value
    [['违法事实', '|', '当事人擅自占用耕地建房。', '|'], [['违法事实', '当事人擅自占用耕地建房。']]],
    // two short lines of prose are no label
    [['货值金额', '计算'], []],
    // a table's head row of labels, the values in the row below: wide gaps, or a scan's single space, or the gap lost and the
    // last cell known by its form (a way of service, a date)
    [['送达地点                      送达方式', '青弋市长江路66号             直接送达'], [['送达地点', '青弋市长江路66号'], ['送达方式', '直接送达']]],
    [['送达地点 送达方式', '青弋市长江路66号 直接送达'], [['送达地点', '青弋市长江路66号'], ['送达方式', '直接送达']]],
    [['送达地点 送达方式', '青弋市长江路66号直接送达'], [['送达地点', '青弋市长江路66号'], ['送达方式', '直接送达']]],
    [['收件人 收件日期', '方建华 (法定代表人) 2025年7月29日'], [['收件人', '方建华 (法定代表人)'], ['收件日期', '2025年7月29日']]],
    // (…cells set apart by tabs: bg-05)
    [['送达文件名称及文号\t收件人签名\t送达日期\t送达方式', '行政处罚告知书（樊北应急告〔2025〕17号）\t邓国华\t2025.9.24\t直接送达'], [['送达文件名称及文号', '行政处罚告知书（樊北应急告〔2025〕17号）'], ['收件人签名', '邓国华'], ['送达日期', '2025.9.24'], ['送达方式', '直接送达']]],
    // (…a head cell of two labels, 送达文书名称、文号 or 受送达人签名（盖章）, and a last box of people whose names stand a gap apart: bl-02, bl-04, bl-08)
    [['送达文书名称、文号                                    送达方式', '行政处罚告知书（云市监罚告〔2025〕0156号）            直接送达'], [['送达文书名称、文号', '行政处罚告知书（云市监罚告〔2025〕0156号）'], ['送达方式', '直接送达']]],
    [['受送达人签名（盖章）      送达人', '牛建波（现场负责人）      马振华  郭丽萍'], [['受送达人签名（盖章）', '牛建波（现场负责人）'], ['送达人', '马振华  郭丽萍']]],
    [['受送达人签名或盖章          送达时间', '张德芬                      2025年4月30日10时15分'], [['受送达人签名或盖章', '张德芬'], ['送达时间', '2025年4月30日10时15分']]],
    // (…but extra cells under a box that is no box of people leave the row unread)
    [['受送达人      送达地点', '某公司      长江路66号      三号楼'], []],
    // (…a row that cannot be told apart gives no box a value, not a blank one)
    [['送达地点 送达方式', '青弋市长江路66号由其本人签收'], []],
    // a label after a gap where the scan's reading ran the last value on to it: 长江路66号 送达方式:
    [['送达地点：青弋市长江路66号 送达方式:直接送达'], [['送达地点', '青弋市长江路66号'], ['送达方式', '直接送达']]],
  ] as const)('%j', (lines, want) => expect(fields([...lines])).toEqual(want))

  it('field evidence points at the value', () => {
    const f = extractDocFacts(doc(['案由：销售过期食品'])).fields[0]
    expect(f.evidence.span).toEqual([3, 9])
  })
})

describe('signatures and seals', () => {
  it.each([
    ['被询问人签名：', 1],
    ['（印章）', 1],
    ['受送达人签名或盖章：', 2],
    ['当事人对检查情况无异议。', 0],
  ] as const)('%s → %d markers', (line, n) => expect(extractDocFacts(doc([line])).signatures).toHaveLength(n))
})

describe('a table flattened to lines: a label alone, its value on the next line', () => {
  const value = (lines: string[], label: string) => extractDocFacts(doc(lines)).fields.find((f) => f.label === label)?.value
  it('the next line is the value unless it is the next box (a label and its value, a label and colon)', () => {
    expect(value(['当事人', '雷德胜', '性别', '男'], '当事人')).toBe('雷德胜')
    // (a name running on into the next box, 陈刚　性别：男, is the value)
    expect(value(['被询问人', '陈刚　性别：男　年龄：41岁'], '被询问人')).toMatch(/^陈刚/)
    // (…but the next row's label and value, set apart by a wide gap or run together in a scan's reading, is no value)
    expect(value(['被询问人', '工作单位及职务  某公司总经理'], '被询问人')).toBe('')
    expect(value(['被询问人', '工作单位及职务某公司总经理'], '被询问人')).toBe('')
    expect(value(['勘验时间', '勘验场所  开封市高速公路出口'], '勘验时间')).toBe('')
    expect(value(['被询问人', '与案件关系：当事人'], '被询问人')).toBe('')
  })
  it('a page\'s footer printed on a box\'s line is no value of it', () => {
    expect(value(['承办人意见：        第1页 共2页'], '承办人意见')).toBe('')
  })
})

describe('a known label spaced out to the box\'s width', () => {
  it('地　　址　　浙江省… reads as the 地址 box', () => {
    const f = extractDocFacts(doc(['立案审批表', '当 事 人　　海宁市恒瑞新材料有限公司', '地　　址　　浙江省海宁市尖山新区闻澜路76号'], '立案审批表'))
    expect(f.fields.map((x) => [x.label, x.value])).toEqual(expect.arrayContaining([['地址', '浙江省海宁市尖山新区闻澜路76号']]))
  })
})

describe('a 现场检查记录 written label above value', () => {
  it('检查场所 is a box whose value is the next line', () => {
    const f = extractDocFacts(doc(['现场检查记录', '检查场所', '生产车间、焊接车间、配电室、原料库', '检查时间', '2025.3.4 9时00分至11时10分'], '现场检查笔录'))
    expect(f.fields.map((x) => [x.label, x.value])).toEqual(expect.arrayContaining([['检查场所', '生产车间、焊接车间、配电室、原料库']]))
  })
})

describe('a receipt\'s head rows as a scan reads them', () => {
  const fields = (lines: string[]) => extractDocFacts(doc(lines, '送达回证')).fields.map((x) => [x.label, x.value])
  it('two head cells run together (受送达人签名或盖章送达时间) are split where the row under them then fits', () => {
    expect(fields(['送达回证', '受送达人签名或盖章送达时间', '张德芬 2025年4月30日10时15分'])).toEqual(
      expect.arrayContaining([['受送达人签名或盖章', '张德芬'], ['送达时间', '2025年4月30日10时15分']]),
    )
    expect(fields(['送达回证', '送达文书名称丶文号送达方式', '行政处罚告知书（云市监罚告〔2025〕0156号） 直接送达'])).toEqual(
      expect.arrayContaining([['送达方式', '直接送达']]),
    )
  })
  it('…but one box\'s long label is not split: 执法部门负责人审批意见', () => {
    const f = extractDocFacts(doc(['立案登记表', '执法部门负责人审批意见', '同意立案。宋建平　2025年3月18日'], '立案审批表')).fields
    expect(f.map((x) => x.label)).not.toContain('审批意见')
  })
  it('a bracketed qualifier set a space apart belongs to its cell, in the head and in the row', () => {
    expect(fields(['送达回证', '受送达人签名 (盖章) 送达人', '牛建波 (现场负责人) 马振华郭丽萍'])).toEqual(
      expect.arrayContaining([['受送达人签名(盖章)', '牛建波 (现场负责人)'], ['送达人', '马振华郭丽萍']]),
    )
  })
})
