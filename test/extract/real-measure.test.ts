import { describe, expect, it } from 'vitest'
import { citeKey, findingTrue, sameAgency, sameMasked } from '../fixtures/real/measure'
import { LAYOUTS, isLayout, layoutOf } from '../fixtures/real/layouts'

describe('real-corpus scorer: one party however its mask is written', () => {
  it.each([
    ['蔡XX', '蔡xx', true],
    ['北海市银海区xxxxxx农场', '北海市银海区xxxxx农场', true],
    ['**********', '***', true],
    ['王**', '王*', true],
    ['王**', '李**', false],
    ['益阳市资阳区**家庭农场', '益阳市资阳区**养殖场', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameMasked(a, b)).toBe(same))
})

describe('real-corpus scorer: one law however its title\'s brackets are printed', () => {
  it('（一） and (一), 〈〉 or none: one title', () => {
    expect(citeKey('中华人民共和国海关行政处罚裁量基准（一）', 9, null, 2)).toBe(citeKey('中华人民共和国海关行政处罚裁量基准(一)', 9, null, 2))
    expect(citeKey('山东省实施〈中华人民共和国人民防空法〉办法', 3)).toBe(citeKey('山东省实施中华人民共和国人民防空法办法', 3))
    expect(citeKey('中华人民共和国海关行政处罚裁量基准(一)', 9)).not.toBe(citeKey('中华人民共和国海关行政处罚裁量基准(二)', 9))
  })
})

describe('real-corpus scorer: one agency however its place is printed', () => {
  it.each([
    ['温州市鹿城区卫生健康局', '鹿城区卫生健康局'],
    ['浙江省温州市鹿城区应急管理局', '温州市鹿城区应急管理局'],
    ['江苏省淮安市涟水县应急管理局', '涟水县应急管理局'],
    ['北京市顺义区消防救援支队', '顺义区消防救援支队'],
    // a short form that stands for one name only
    ['平邑县卫健局', '平邑县卫生健康局'],
    ['朝阳区环保局', '朝阳区环境保护局'],
    ['北京市环境保护局', '北京市环保局'],
    ['鹿寨县市场监管局', '鹿寨县市场监督管理局'],
    ['恩施土家族苗族自治州巴东县市场监督管理局', '巴东县市场监督管理局'],
    // a ministry with or without the state's name
    ['中华人民共和国农业农村部', '农业农村部'],
  ])('%s = %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true)
    expect(sameAgency(b, a)).toBe(true)
  })

  it.each([
    // a city's agency is not its district's, nor a bare agency kind any agency
    ['上海市浦东新区市场监管局', '上海市市场监管局'],
    ['广东省住房和城乡建设厅', '住房和城乡建设厅'],
    ['温州市鹿城区卫生健康局', '卫生健康局'],
    // one district's agency is not another's, nor a differently named one
    ['温州市鹿城区卫生健康局', '温州市瓯海区卫生健康局'],
    ['揭阳市生态环境局揭东分局', '揭阳市生态环境局'],
    ['中华人民共和国农业农村部', '中华人民共和国商务部'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(false)
    expect(sameAgency(b, a)).toBe(false)
  })
})

describe('real-corpus scorer: an asserted finding is true when the label lists it', () => {
  const defects = [{ kind: 'missing-field' as const, note: 'No fine amount is stated (处罚种类:罚款 only), and the violated provision is not cited.' }]
  it('a missing field the note names', () => {
    expect(findingTrue(defects, { kind: 'missing-field', field: '处罚依据' })).toBe(true)
    expect(findingTrue(defects, { kind: 'missing-field', field: '处罚内容' })).toBe(true)
  })
  it('not another missing field of the same kind', () => {
    expect(findingTrue(defects, { kind: 'missing-field', field: '救济途径' })).toBe(false)
    expect(findingTrue([{ kind: 'missing-field', note: '公示的处罚内容未载明罚款数额，也未载明违反的条款' }], { kind: 'missing-field', field: '救济途径' })).toBe(false)
    expect(findingTrue([{ kind: 'missing-field', note: 'As posted, the decision gives no review or suit rights.' }], { kind: 'missing-field', field: '救济途径' })).toBe(true)
  })
  it('other kinds by their kind', () => {
    expect(findingTrue([{ kind: 'inconsistency', note: '文号前后不一致' }], { kind: 'inconsistency', field: '文号' })).toBe(true)
    expect(findingTrue(defects, { kind: 'date-order' })).toBe(false)
  })
})

describe('layouts copies come in', () => {
  it('join, space out, wrap and cut a text as web pages, text layers and scans do', () => {
    expect(LAYOUTS.pairs('甲\n乙\n\n丙')).toBe('甲 乙\n丙')
    expect(LAYOUTS.head(['一', '二', '三', '四', '五', '六', '七', '八', '九'].join('\n'))).toBe('一 二 三 四 五 六 七 八\n九')
    expect(LAYOUTS.spaced('行政处罚 2024年')).toBe('行 政 处 罚 2024年')
    const wrapped = LAYOUTS.wrapped('当'.repeat(40) + 'ab').split('\n')
    expect(wrapped.map((l) => l.length)).toEqual([34, 8])
    expect(LAYOUTS.cut(['1', '2', '3', '4', '5'].join('\n'))).toBe('1\n2\n3')
    expect(LAYOUTS.opening(['1', '2', '3', '4', '5'].join('\n'))).toBe('2\n3\n4\n5')
    expect(isLayout('pairs') && !isLayout('toString')).toBe(true)
  })
  it('applies several in turn, the last named first', () => {
    expect(layoutOf('spaced+pairs')!('甲乙\n丙丁')).toBe('甲 乙 丙 丁')
    // (cut to 6 of 10 lines, then the first of those 6 lost)
    expect(layoutOf('opening+cut')!(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n'))).toBe('2\n3\n4\n5\n6')
    expect(layoutOf('pairs')!('甲\n乙')).toBe(LAYOUTS.pairs('甲\n乙'))
    expect(layoutOf('pairs+toString')).toBe(null)
  })
})
