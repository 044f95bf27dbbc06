import { describe, expect, it } from 'vitest'
import { extractCase, extractDocFacts, printedNumber, toExtractOutput } from '../../shared/extract'
import { segmentPages } from '../../shared/segment'
import { generateCase } from '../segment/gen'
import { doc } from './helpers'

describe('case facts', () => {
  it('a generated case gives its procedure, decision number and party', () => {
    const c = generateCase(42, { layout: 'combined', noise: 0 })
    const facts = extractCase('/cases/42', segmentPages(c.pages))
    const decision = c.docs.find((d) => d.type === '行政处罚决定书')!
    const own = facts.documents.find((d) => d.docType === '行政处罚决定书')!.caseNumbers.find((n) => n.own)!
    expect(own.normalized).toBe(decision.caseNumbers.find((n) => n.own)!.normalized)
    // the case shows the number as printed: leading zeros kept, spaces and a mixed OCR bracket pair tidied
    expect(facts.caseNumber).toBe(printedNumber(own))
    expect(facts.caseNumber).not.toMatch(/\s/)
    expect(facts.party).toBe(decision.party)
    expect(['普通程序', '听证程序']).toContain(facts.procedure)
    expect(facts.procedure === '听证程序').toBe(c.docs.some((d) => d.type === '听证笔录'))
    expect(facts.documents).toHaveLength(c.docs.length)
  })
  it.each([
    ['(沪嘉)安监罚〔2021]081号', '(沪嘉)安监罚〔2021〕081号'],
    ['铁 税 一 稽 罚 〔 2026〕 17 号', '铁税一稽罚〔2026〕17号'],
    ['湘(岳)文执罚网字〔2021〕第012号', '湘(岳)文执罚网字〔2021〕第012号'],
  ])('printedNumber(%s) = %s', (text, want) => expect(printedNumber({ text })).toBe(want))
  it('a 当场 decision alone is 简易程序; nothing typed is 未知', () => {
    const d = { ...doc(['当场行政处罚决定书', '罚款100元']), type: '行政处罚决定书' as const, title: '当场行政处罚决定书' }
    expect(extractCase('x', [d]).procedure).toBe('简易程序')
    expect(extractCase('x', [doc(['一些文字'])]).procedure).toBe('未知')
  })
  it('an application paper in a penalty file (复检申请书 read as 行政许可申请书) does not make it a licensing case (bt-06, bt-09)', () => {
    const typed = (type: '立案审批表' | '行政许可申请书' | '行政处罚决定书' | '准予行政许可决定书', lines: string[]) => ({ ...doc(lines), type, title: lines[0] })
    const penalty = [typed('立案审批表', ['立案审批表', '立案日期：2024年4月7日']), typed('行政许可申请书', ['复检申请书', '我单位对检验结果有异议，申请复检。']), typed('行政处罚决定书', ['行政处罚决定书', '罚款5000元'])]
    expect(extractCase('x', penalty).procedure).toBe('普通程序')
    const licence = [typed('行政许可申请书', ['行政许可申请书', '申请事项：食品经营许可']), typed('准予行政许可决定书', ['准予行政许可决定书', '准予许可'])]
    expect(extractCase('x', licence).procedure).toBe('行政许可')
  })
})

describe('the extract --json shape', () => {
  it('holds the own number, the party, case facts only (no quoted statute text), integer article numbers', () => {
    const f = extractDocFacts(doc([
      '行政处罚决定书',
      '沪市监处罚〔2024〕12号',
      '当事人：上海鑫源食品有限公司',
      '统一社会信用代码：91440300708461136T',
      '执法人员：王立（执法证号：31010023001）、李明（执法证号：31010023002）',
      '本局于2024年3月11日向当事人送达了沪市监罚告〔2024〕8号《行政处罚事先告知书》。',
      '《中华人民共和国广告法》第五十五条规定：“违反本法第二十八条规定，处二十万元以上一百万元以下罚款”。',
      '依据《广告法》第五十五条第一款的规定，决定罚款人民币伍万元整。',
      '上海市市场监督管理局',
      '二〇二四年三月十八日',
    ], '行政处罚决定书'))
    const o = toExtractOutput(f)
    expect(o.docType).toBe('行政处罚决定书')
    expect(o.caseNumber).toBe('沪市监处罚〔2024〕12号')
    expect(o.party).toEqual({ name: '上海鑫源食品有限公司', creditCode: '91440300708461136T' })
    expect(o.dates.map((d) => [d.iso, d.role])).toEqual([['2024-03-11', '告知'], ['2024-03-18', '决定']])
    expect(o.citations.map((c) => [c.law, c.article, c.paragraph, c.item])).toEqual([
      ['中华人民共和国广告法', 55, null, null],
      ['中华人民共和国广告法', 55, 1, null],
    ])
    expect(o.amounts).toEqual([{ text: '人民币伍万元整', yuan: 50000, role: '罚款' }])
    expect(o.officers).toEqual([{ name: '王立', certNo: '31010023001' }, { name: '李明', certNo: '31010023002' }])
    expect(JSON.parse(JSON.stringify(o))).toEqual(o)
  })
})
