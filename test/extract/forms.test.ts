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
    [['经审核，本案事实清楚：证据确凿。'], []],
    // a label cell wrapped onto the next line in a PDF table: its halves make the label
    [['机关负责人审', '批意见', '         2024 年 10 月 8 日'], [['机关负责人审批意见', '2024 年 10 月 8 日']]],
    [['承办机构审核   同意立案，由龚宏、詹德承办。', '意见       签名：叶梦娜'], [['承办机构审核意见', '同意立案，由龚宏、詹德承办。']]],
    [['机关负责人审', '批意见', '备注', '无'], [['机关负责人审批意见', ''], ['备注', '无']]],
    // a table's rule kept as a line of its own between label and value
    [['违法事实', '|', '当事人擅自占用耕地建房。', '|'], [['违法事实', '当事人擅自占用耕地建房。']]],
    // two short lines of prose are no label
    [['货值金额', '计算'], []],
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
