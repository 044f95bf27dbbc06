import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { doc } from './helpers'

const amounts = (line: string) => extractDocFacts(doc([line])).amounts.map((a) => [a.yuan, a.role, a.quoted ?? false])

describe('amounts and roles', () => {
  it.each([
    ['决定对当事人罚款人民币伍万元整。', [[50000, '罚款', false]]],
    ['罚款人民币叁万柒仟肆佰伍拾元', [[37450, '罚款', false]]],
    ['罚款人民币三千元', [[3000, '罚款', false]]],
    ['处5万元罚款', [[50000, '罚款', false]]],
    ['罚款5.00万元', [[50000, '罚款', false]]],
    ['罚款50000元（大写：伍万元整）', [[50000, '罚款', false]]],
    // the bounds of a range are not the case's amounts, quoted or not
    ['罚款幅度为10000元至100000元', [[10000, '其他', true], [100000, '其他', true]]],
    ['由县级以上人民政府环境保护主管部门责令改正，并处十万元以上一百万元以下的罚款', [[100000, '其他', true], [1000000, '其他', true]]],
    ['3. 货值金额证明材料：合同及票据，金额3000元', [[3000, '货值金额', false]]],
    ['没收违法所得1200元', [[1200, '没收违法所得', false]]],
    ['没收违法所得人民币3650.50元', [[3650.5, '没收违法所得', false]]],
    ['违法所得共计867元', [[867, '违法所得', false]]],
    ['货值金额27万元', [[270000, '货值金额', false]]],
    ['货值金额约86.4万元', [[864000, '货值金额', false]]],
    ['罚款金额：人民币5000元', [[5000, '罚款', false]]],
    ['销售额4500元', [[4500, '其他', false]]],
    ['单价8.50元/kg，3元/瓶', [[8.5, '其他', false], [3, '其他', false]]],
    ['处以商品林3259㎡×1元/㎡=3259', [[1, '其他', false]]],
    ['处一倍以上三倍以下罚款', []],
    ['处货值金额百分之二以上百分之十以下罚款', []],
    ['联系电话13800138000，邮编200001', []],
    ['依据该条“处五万元以上十万元以下罚款”之规定', [[50000, '其他', true], [100000, '其他', true]]],
    ['没收违法所得860元，并处罚款人民币壹拾贰万元整', [[860, '没收违法所得', false], [120000, '罚款', false]]],
    ['罚款人民币 4500 元', [[4500, '罚款', false]]],
    ['罚款￥5,000.00', [[5000, '罚款', false]]],
    ['罚款人民币壹万陆仟元正', [[16000, '罚款', false]]],
  ] as const)('%s', (line, want) => expect(amounts(line)).toEqual(want))
})

describe('amounts as real decisions write them', () => {
  const got = (line: string) => extractDocFacts(doc([line])).amounts.filter((a) => !a.quoted).map((a) => [a.yuan, a.role])
  it.each([
    ['2.处以人民币伍仟柒佰捌拾元整(¥5780.00)的罚款。', [[5780, '罚款'], [5780, '罚款']]],
    ['处违法购进药品货值金额两倍即100000元的罚款', [[100000, '罚款']]],
    ['均为超过有效期饲料，其价值总计4465元。', [[4465, '货值金额']]],
    ['三明市三元区农业局', []],
  ])('%s', (line, want) => expect(got(line)).toEqual(want))
})
