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
    // the decision's own measures quoted after 作出 are no statute's words
    ['2025年8月23日，某县应急管理局依法对该公司作出“责令限期改正，处4万元罚款”的行政处罚。', [[40000, '罚款', false]]],
    ['依据《中华人民共和国安全生产法》第一百零一条：“处十万元以下的罚款”', [[100000, '其他', true]]],
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
    // a round sum the text gives as about or over (左右, 余)
    ['宁南县牧渔综合执法大队给予货主6000元左右的罚款处罚', [[6000, '罚款', false]]],
    ['查获涉案卷烟，货值5万余元', [[50000, '货值金额', false]]],
  ] as const)('%s', (line, want) => expect(amounts(line)).toEqual(want))
  it('a headline\'s sum before a line that opens with 每 (每日经济新闻) is no rate', () => {
    const facts = extractDocFacts(doc(['酒店惊现布满血迹的浴巾!山东成武通报:处罚1800元', '', '每日经济新闻 2020-12-16 13:31:58'])).amounts
    expect(facts.map((a) => [a.yuan, a.role])).toEqual([[1800, '罚款']])
  })
})

describe('amounts as real decisions write them', () => {
  const got = (line: string) => extractDocFacts(doc([line])).amounts.filter((a) => !a.quoted).map((a) => [a.yuan, a.role])
  it.each([
    ['2.处以人民币伍仟柒佰捌拾元整(¥5780.00)的罚款。', [[5780, '罚款'], [5780, '罚款']]],
    ['处违法购进药品货值金额两倍即100000元的罚款', [[100000, '罚款']]],
    ['均为超过有效期饲料，其价值总计4465元。', [[4465, '货值金额']]],
    ['三明市三元区农业局', []],
    ['处罚标准:基本农田每平方米处以20元罚款，本局决定罚款人民币9880元。', [[20, '其他'], [9880, '罚款']]],
    // …but a fine per person is a fine (每人处罚2000元)
    ['下达了《环境保护行政处罚决定书》(大环罚字【2017】第07号),对李某等5人每人处罚2000元。', [[2000, '罚款']]],
    // the decision's measures quoted after 处以, right after the article: the case's fine, not the statute's words
    ['马街市场监督管理所依据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项对当事人处以“责令停止销售超过保质期大米的行为;没收超过保质期的预包装大米共计8袋;处以罚款20000元(贰万元整),上缴财政。”的行政处罚。', [[20000, '罚款'], [20000, '罚款']]],
    // a fine of an earlier case told among the facts is not this case's
    ['2021年11月25日,当事人曾因进口硅电钢,以违反《中华人民共和国固体废物污染环境防治法》第一百一十五条第一款之规定,被番禺海关作出行政处罚,处罚款人民币405000元。本关决定对当事人处罚款人民币500000元。', [[405000, '其他'], [500000, '罚款']]],
    ['该批次共购进30盒,货值金额990元,已销售7盒,共计获利35元。', [[990, '货值金额'], [35, '违法所得']]],
    ['当事人销售了2袋超过保质期的饲料，销售总价340元。', [[340, '其他']]],
    // a disclosure table's heading carries the unit; the unit alone is no sum
    ['罚款金额(万元) | 10 |', [[100000, '罚款']]],
    ['没收违法所得、没收非法财物的金额(万元) | 0.5 |', [[5000, '没收违法所得']]],
    ['罚款人民币十元整。', [[10, '罚款']]],
    // the confiscation naming whose takings; 销售所得 as the takings; a goods value of an earlier sentence on the line is no
    // label of this amount; 亿元
    ['2.没收某石材有限公司越界开采矿场资源的违法所得3777150.00元', [[3777150, '没收违法所得']]],
    ['产品货值60元。截至调查时间，已销售19袋，销售所得共计人民币21元。', [[60, '货值金额'], [21, '违法所得']]],
    // the money the party took for the conduct found, where the decision holds it to be the gains — confiscates that sum, or
    // speaks of gains it gives no other sum for; else a sum of the facts like a price; never money it did not take
    ['当事人未经旅行社委派，持导游证进入景区为客人提供导游服务，收取服务费50元。依据…决定：没收违法所得50元，罚款1000元。', [[50, '违法所得'], [50, '没收违法所得'], [1000, '罚款']]],
    ['对上述6辆车出具了合格检验报告，共收取费用2550元，所得费用即为违法所得。', [[2550, '违法所得']]],
    ['宋某通过微信收取乘客车费15元，执法人员现场多次劝告其退还违法所得。', [[15, '违法所得']]],
    ['从某商场载客至某演武厅，全程4.2公里，收取乘客25元，该驾驶员存在提前打表的违法行为。某局依法对其处以200元罚款。', [[25, '其他'], [200, '罚款']]],
    ['当事人共组织34名学生开展学科类培训，共收取培训费46580元。', [[46580, '其他']]],
    ['截至2022年9月20日，被处罚人营业性收入9600元。', [[9600, '违法所得']]],
    ['该项目广告费用为3000元，当事人未收取费用。', [[3000, '其他']]],
    // …and the profit it made, by the same rule: gains where the decision speaks of gains, else a sum of the facts
    ['垄断协议期间共收取交易服务费532570.22元，扣除合理费用后，利润为139978.87元。没收违法所得139978.87元。', [[532570.22, '其他'], [139978.87, '违法所得'], [139978.87, '没收违法所得']]],
    ['当事人销售两辆电动自行车共获得利润1640元。当天下午当事人进行清点。', [[1640, '其他']]],
    ['当事人违规收取的费用83789元应视作违法所得。', [[83789, '违法所得']]],
    // 处 right before the amount, a 罚单 right after it
    ['该区一工地擅自处置工程渣土被该局处以5万元的行政处罚。', [[50000, '罚款']]],
    ['这是该局今年开出的第二笔5万元的罚单。', [[50000, '罚款']]],
    ['当事人营业额超过1亿元人民币', [[100000000, '其他']]],
    // the fine and the confiscation added up is neither; 非法所得 is 违法所得; 5千元 is five thousand
    ['2.罚款5000元；3.没收违法所得300元。罚没款合计5300元。', [[5000, '罚款'], [300, '没收违法所得'], [5300, '其他']]],
    // a surcharge for paying late is no fine of the penalty (行政强制法 第四十五条)
    ['请求法院强制执行被执行人:缴纳罚款8万元,并按逾期未缴纳罚款的1倍计算加处罚款8万元。', [[80000, '罚款'], [80000, '其他']]],
    ['某俱乐部于2021年11月23日缴纳罚没款及加处罚款324元,本案以完全履行结案。', [[324, '其他']]],
    // money paid back or made good is no fine, even in a box named for the penalty
    ['处理处罚内容：责令改正，退回医保基金28,463.50元；罚款34,516.20元。', [[28463.5, '其他'], [34516.2, '罚款']]],
    ['责令当事人补缴税款39000元，并处罚款20865元。', [[39000, '其他'], [20865, '罚款']]],
    ['没收非法所得2000元', [[2000, '没收违法所得']]],
    ['罚款5千元', [[5000, '罚款']]],
    // a sum in words a scan's line broke before its 元, and the figure after it with the sign but no 元 (bt-03 as a scan)
    ['给予你罚款人民币陆万\n元整（￥60000）的行政处罚。', [[60000, '罚款'], [60000, '罚款']]],
    // a notice's measures after its colon, the confiscated sum first, the fine's word broken over two lines (br-03 as a scan)
    ['本机关拟对你作出如下处罚：1.没收渔获物（先行变卖款人民币5172\n元）；2.罚\n款人民币12000元。', [[5172, '其他'], [12000, '罚款']]],
    // (…but not a whole number after 人民币 with no 元 and no sign: 人民币3笔)
    ['收取人民币3笔。', []],

    // a sum in 万 told to more than two places (39.5026万元 is 395026 yuan); a figure in yuan keeps two
    ['处建筑工程造价8%的罚款,计人民币39.5026万元的罚款;', [[395026, '罚款']]],
    ['同时责令该厂立即停止违法排污行为,并罚款2.625萬元。', [[26250, '罚款']]],
    // a report's fine: 处以…的行政罚款, 各罚…
    ['某仲裁庭决定对某公司依法处以6万元的行政罚款。', [[60000, '罚款']]],
    ['曝光!某市三人被查!各罚5000元!', [[5000, '罚款']]],
    // the operands of the sum the decision writes out are not the fine
    ['处以罚款16331.04元(2721.84平方米*2倍*3元=16331.04元)。', [[16331.04, '罚款'], [3, '其他'], [16331.04, '罚款']]],
    ['2.罚款人民币18504元(壹万捌仟伍佰零肆元整)即:9252元*2倍=18504元。', [[18504, '罚款'], [18504, '罚款'], [9252, '其他'], [18504, '罚款']]],
    // the sum a fine's reckoning comes to, and its words in 大写, are the fine; a statistic's 营业收入数据 is no takings
    ['其行为违反了《中华人民共和国土地管理法》第三十六条之规定。作出行政处罚决定:2、对非法占用的13355平方米土地处以5元/平方米的罚款,计:13355平方米×5元/平方米=66775.00元,人民币大写:陆万陆仟柒佰柒拾伍元整。', [[5, '其他'], [5, '其他'], [66775, '罚款'], [66775, '罚款']]],
    ['该公司上报的营业收入数据为15310千元,与检查数18888千元存在差异。', [[15310000, '其他'], [18888000, '其他']]],
    // a threshold a rule sets (货值金额不超过500元) is no amount of the case
    ['鉴于当事人系首次违法、违法货值金额不超过500元、立即主动整改，决定不予行政处罚。', []],
    ['当事人违法所得不足1万元，决定罚款3000元。', [[3000, '罚款']]],
    // (…but the decision's own words after a citation are not: 之规定，依据本条例…)
    ['违反了《中华人民共和国道路运输条例》第二十四条之规定，依据本条例第六十三条第（一）项的规定，处罚款5000元。', [[5000, '罚款']]],
    // the article's text run on after its number without quotation marks is the statute's, not the case's
    ['依据《中华人民共和国道路运输条例》第六十三条违反本条例的规定,有下列情形之一的,由县级以上地方人民政府交通运输主管部门责令停止经营,并处罚款;(一)未取得道路运输经营许可,擅自从事道路普通货物运输经营,违法所得超过1万元的,没收违法所得,处违法所得1倍以上5倍以下的罚款;没有违法所得或者违法所得不足1万元的,处3000元以上1万元以下的罚款的规定,决定罚款人民币5000元。', [[5000, '罚款']]],
    // the sum of a fine the clause before names, and of the fines told before it (两项共计)
    ['处擅自改变林地用途面积5598平方米一般商品林地每平方米10元恢复植被所需费用3倍的罚款,计167940元。并处11.72元每平方米恢复林业生产条件所需费用3倍的罚款,计196813元。两项共计364753元。', [[10, '其他'], [167940, '罚款'], [11.72, '其他'], [196813, '罚款'], [364753, '罚款']]],
    // …but a sum of what the party bought is no fine
    ['当事人购进该产品50件，进价每件20元，计1000元。', [[20, '其他'], [1000, '其他']]],
    // the goods' worth the clause before opens on (货值金额按照…计，共计…; 货值金额以…为准，6盒合计为…), or a 总价值
    ['本案货值金额按照当事人购进的食品原料价格计,共计31.7元,无违法所得。', [[31.7, '货值金额']]],
    ['综上,货值金额以现场调查发现的为准,6盒合计为18元,违法所得无法计算。', [[18, '货值金额']]],
    ['发现该店有从事销售无中文标识化妆品行为,共6种化妆品,总价值395元。', [[395, '货值金额']]],
    // money a penalty is in is a fine
    ['对其进行了2.3万元的行政处罚。', [[23000, '罚款']]],
    ['对刘某给予人民币贰佰元整的处罚。', [[200, '罚款']]],
    // a ticket's kind in quotes, fines that vary by person
    ['某公司被某市公安局开出一张五万元的“反恐罚单”。', [[50000, '罚款']]],
    ['并对主管人员和直接责任人处三千到一千元不等的罚款。', [[1000, '罚款']]],
  ])('%s', (line, want) => expect(got(line)).toEqual(want))
})

describe('a sum whose line the clause before left open', () => {
  it('决定对当事人处以罚款 / 人民币壹万贰仟元整（￥12,000.00）, a scan breaking the line there: the fine (cx-03 as a scan)', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines)).amounts.map((a) => [a.yuan, a.role])
    const wide = '本局认为，当事人的行为违反了《公路安全保护条例》第四十条第二款的规定，依据该条例第六十七条第（一）项的规定，'
    expect(roles([wide, '决定对当事人处以罚款', '人民币壹万贰仟元整（￥12,000.00）'])[0]).toEqual([12000, '罚款'])
    // (…but a line closed by its stop is not left open)
    expect(roles([wide, '决定对当事人处以罚款。', '人民币壹万贰仟元整（￥12,000.00）'])[0]).toEqual([12000, '其他'])
  })
})

describe('a fine the party itself imposed, told among the facts', () => {
  it('an association fining its member, a contract\'s 违约金: no penalty of the case', () => {
    expect(amounts('2011年上半年，当事人对长安公司超计划比例罚款53911元，其罚款还是从结余手续费中抵扣的。').map((a) => a[1])).toEqual(['其他'])
    expect(amounts('对超计划的公司处以违约金罚款5000元。').map((a) => a[1])).toEqual(['其他'])
  })
  it('…but the agency telling the party of the fine it intends is', () => {
    expect(amounts('本局向当事人送达了《行政处罚听证告知书》，告知当事人拟对其罚款45万元的事实、理由和依据。').map((a) => a[1])).toEqual(['罚款'])
  })
})

describe('money taken in besides the fine (治安管理处罚法 第十一条)', () => {
  // (壹仟元 and its figures in brackets are one fine written twice)
  it('收缴赌资 is no second fine; 追缴违法所得 is the gains taken back', () => {
    expect(amounts('现决定对陈国平处以罚款人民币壹仟元（1000元），收缴赌资人民币陆佰捌拾元（680元）。').filter((a) => a[1] === '罚款').map((a) => a[0])).toEqual([1000, 1000])
    expect(amounts('追缴违法所得人民币3000元。').map((a) => a[1])).toEqual(['没收违法所得'])
  })
})

describe('a payment slip\'s money', () => {
  const slip = (lines: string[]) => extractDocFacts(doc(lines, '罚没款缴款凭证')).amounts.map((a) => [a.yuan, a.role])
  it('is the fine paid, unless the line says it returns a fund the party drew (退回医保基金 — br-12)', () => {
    expect(slip(['海南省非税收入一般缴款书（电子）', '缴款人：某康复医院有限公司', '金额：23191.20元'])).toEqual([[23191.2, '罚款']])
    expect(slip(['海口市医疗保障基金财政专户收款凭证', '摘要：退回医保基金（海医保罚〔2024〕第012号）   金额：46382.40元'])).toEqual([[46382.4, '其他']])
  })
})

describe('a slip of a payment voucher that pays taxes and no fine (cz-01)', () => {
  it('its total is no fine; the next slip\'s is', () => {
    const got = extractDocFacts(doc(['电子缴税付款凭证（一）', '| 税（费）种 | 所属时期 | 实缴金额 |', '| 增值税 | 20220101-20231231 | 162,500.00 |', '| 滞纳金 | 20220101-20231231 | 113,946.27 |', '金额合计：（小写）¥276,446.27', '电子缴税付款凭证（二）', '| 税（费）种 | 实缴金额 |', '| 罚没收入—罚款 | 240,750.00 |', '金额合计：（小写）¥240,750.00'], '罚没款缴款凭证')).amounts.filter((a) => a.role === '罚款').map((a) => a.yuan)
    expect(got).not.toContain(276446.27)
    expect(got).toContain(240750)
  })
})
