import { describe, expect, it } from 'vitest'
import { formatChineseNumber, parseNumber } from '../../shared/law/numerals'
import { formatArticle, formatProvision, parseProvision } from '../../shared/law/article'
import { normalizeTitle, titleKeys } from '../../shared/law/title'
import { citationFits } from '../../shared/law/topic-match'

describe('Chinese numerals', () => {
  it.each([
    ['一百二十四', 124], ['二十万', 200000], ['一万', 10000], ['五千', 5000], ['十万', 100000], ['十二', 12],
    ['一千零五', 1005], ['两千', 2000], ['伍万', 50000], ['六万八千三百', 68300], ['一亿零三百万', 103000000],
    ['一百五十万', 1500000], ['一千二百六十', 1260], ['二百零五', 205], ['5000', 5000], ['5,000', 5000], ['1.5万', 15000],
    ['３０００', 3000], ['十', 10], ['一万二千', 12000],
  ])('%s = %d', (s, n) => {
    expect(parseNumber(s)).toBe(n)
  })
  it.each(['', '元', '五x'])('%j is not a number', (s) => {
    expect(parseNumber(s)).toBeNull()
  })
  it.each([
    [58, '五十八'], [124, '一百二十四'], [10, '十'], [110, '一百一十'], [205, '二百零五'], [1260, '一千二百六十'],
    [1001, '一千零一'], [15, '十五'], [100, '一百'], [10010, '一万零一十'],
  ])('%d → %s', (n, s) => {
    expect(formatChineseNumber(n)).toBe(s)
    expect(parseNumber(s)).toBe(n)
  })
})

describe('article labels', () => {
  it('formats as statutes write them', () => {
    expect(formatArticle(58)).toBe('第五十八条')
    expect(formatArticle(120, 1)).toBe('第一百二十条之一')
    expect(formatProvision({ article: 58, paragraph: 1, item: 2 })).toBe('第五十八条第一款第（二）项')
    expect(formatProvision({ article: 64, item: 1 })).toBe('第六十四条第（一）项')
  })
  it.each([
    ['第五十八条', { article: 58 }],
    ['第58条', { article: 58 }],
    ['第一百二十条之一', { article: 120, articleSub: 1 }],
    ['第六十四条第一款第（一）项', { article: 64, paragraph: 1, item: 1 }],
    ['第一百二十四条第一款第(三)项', { article: 124, paragraph: 1, item: 3 }],
    ['第十条第2项', { article: 10, item: 2 }],
    ['第 五十一 条', { article: 51 }],
  ])('%s', (label, ref) => {
    expect(parseProvision(label)).toEqual(ref)
  })
  it.each(['第零条', '五十八条', '第五十八款', ''])('%j is not an article label', (label) => {
    expect(parseProvision(label)).toBeNull()
  })
})

describe('title normalisation', () => {
  it.each([
    ['《中华人民共和国行政处罚法》', '中华人民共和国行政处罚法'],
    ['中华人民共和国行政处罚法（2021年修订）', '中华人民共和国行政处罚法'],
    ['《中华人民共和国食品安全法》(2021修正)', '中华人民共和国食品安全法'],
    ['人民检察院刑事诉讼规则(试行)', '人民检察院刑事诉讼规则（试行）'],
    ['最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）', '最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）'],
    [' 行政处罚法 ', '行政处罚法'],
    // the remark's opening bracket lost by the publisher
    ['中华人民共和国土地管理法实施条例2014年8月15日第二次修订）', '中华人民共和国土地管理法实施条例'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeTitle(raw)).toBe(key)
  })
  it('national laws are also known without 中华人民共和国', () => {
    expect(titleKeys('中华人民共和国行政处罚法')).toEqual(['中华人民共和国行政处罚法', '行政处罚法'])
    expect(titleKeys('上海市养犬管理条例')).toEqual(['上海市养犬管理条例'])
  })
})

// Provision texts copied from the corpus (行政处罚法 2017 and 2021 texts).
const XZCF2017_31 = '行政机关在作出行政处罚决定之前，应当告知当事人作出行政处罚决定的事实、理由及依据，并告知当事人依法享有的权利。'
const XZCF2021_31 =
  '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗。间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚。尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚。'
const XZCF2021_44 = '行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。'
const XZCF2021_64_1 = '当事人要求听证的，应当在行政机关告知后五日内提出；'
const XZCF2021_36 =
  '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。'
const SPAQ2021_124_1_3 = '（三）生产经营超范围、超限量使用食品添加剂的食品；'
const SPAQ2021_124_LEAD =
  '违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证：'
const XZCF2021_51 =
  '违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。'
const XZCF2021_28_1 = '行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。'
const SPAQ2021_34_10 = '（十）标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；'

describe('citationFits: does the provision speak of what it is cited for?', () => {
  it.each([
    ['2022 告知书 citing 2021 第三十一条 for 告知 (now 精神病人)', XZCF2021_31, '根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出行政处罚的事实、理由及依据告知如下，你单位享有陈述、申辩的权利。', false],
    ['2019 告知书 citing 2017 第三十一条 for 告知', XZCF2017_31, '根据《中华人民共和国行政处罚法》第三十一条的规定，现将拟作出行政处罚的事实、理由及依据告知如下，你单位享有陈述、申辩的权利。', true],
    ['2022 告知书 citing 第四十四条 for 告知', XZCF2021_44, '依据《中华人民共和国行政处罚法》第四十四条、第四十五条之规定，你单位可在收到本告知书之日起五日内进行陈述、申辩。', true],
    ['hearing request period cited from 第六十四条第（一）项', XZCF2021_64_1, '你单位如要求听证，应当在收到本告知书之日起五日内提出，逾期视为放弃听证权利（《中华人民共和国行政处罚法》第六十四条第（一）项）。', true],
    ['时效 cited from 第三十六条', XZCF2021_36, '当事人的违法行为发生于2023年3月，依据《行政处罚法》第三十六条，未超过二年追责时效。', true],
    // (ci-01: the clause after it names the agency's jurisdiction; the citation's own clause says the limit is kept)
    ['时效 cited as a limit not passed (未超过…第三十六条规定的期限，属本局管辖)', XZCF2021_36, '违法行为发生于2024年7月16日，未超过《中华人民共和国行政处罚法》第三十六条规定的期限，属本局管辖。', true],
    ['时效 article cited for 听证', XZCF2021_36, '根据《行政处罚法》第三十六条，你单位有要求举行听证的权利。', false],
    ['conduct described in the words of the violated item', SPAQ2021_34_10, '当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。', true],
    ['conduct not described in the item\'s words', SPAQ2021_124_1_3, '当事人的上述行为违反了《中华人民共和国食品安全法》第一百二十四条第一款第（三）项。', null],
    ['sentence with no purpose stated', XZCF2021_31, '依据《中华人民共和国行政处罚法》第三十一条。', null],
    ['penalty basis: kinds of penalty only', SPAQ2021_124_LEAD, '依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，决定没收违法所得，并处罚款50000元。', true],
    ['责令改正 with the party named between (责令当事人立即改正) fits the 2021 第二十八条', XZCF2021_28_1, '根据《中华人民共和国行政处罚法》第二十八条第一款的规定，责令当事人立即改正违法行为，并决定处罚如下：一、没收超过保质期的食品4盒；二、处以罚款5000元。', true],
    ['education cited from 第三十三条第三款, the sentence speaking of 审核 only in what the party must do', '对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。', '依据《中华人民共和国行政处罚法》第三十三条第三款的规定，本局对当事人进行如下教育：当事人应当加强对自媒体发布内容的审核。', true],
    ['责令改正 with the day set between (责令你单位于…前改正), the training the order asks is no 教育: the 2017 第二十三条 fits', '行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。', '依据《中华人民共和国行政处罚法》第二十三条的规定，责令你单位于2024年7月1日前改正上述违法行为，对上述12名从业人员进行安全生产教育和培训。', true],
    ['a province’s hearing rule cited for the amount that calls for a hearing (较大数额)', '第六条所称较大数额罚款、较大数额违法所得、较大价值非法财物，是指对公民的违法行为处以5000元以上罚款，对法人或者其他组织的违法行为处以10万元以上罚款。', '拟罚款数额未达到《广东省行政处罚听证程序实施办法》第七条规定的较大数额标准，告知陈述申辩权利。', true],
    ['…and the 2021 第二十三条 (管辖) does not', '行政处罚由县级以上地方人民政府具有行政处罚权的行政机关管辖。法律、行政法规另有规定的，从其规定。', '依据《中华人民共和国行政处罚法》第二十三条的规定，责令你单位于2024年7月1日前改正上述违法行为，对上述12名从业人员进行安全生产教育和培训。', false],
    ['the 从轻 article cited where the sentence decides the fine, a 集体讨论 named on the way (bl-11)', '当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；', '依据该款规定及《中华人民共和国行政处罚法》第三十二条第（一）项的规定，经本局负责人集体讨论，决定对当事人处以罚款人民币贰万元整（¥20000.00）。', true],
    ['…but not where the sentence cites it for a hearing', '当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；', '根据《中华人民共和国行政处罚法》第三十二条，你单位有要求举行听证的权利。', false],
    // (bq-02: the time a testing took, told to the party and left out of the case's period)
    ['the 市场监管 rule on time not counted cited where the sentence leaves a testing out of the period', '案件处理过程中，中止、听证、公告和检测、检验、检疫、鉴定、权利人辨认或者鉴别、责令退还多收价款等时间不计入前款所指的案件办理期限。', '4.程序合法。立案至今经过的日数中，2024年3月13日至4月19日为检测期间，已依《市场监督管理行政处罚程序规定》第六十四条第二款书面告知当事人，不计入办案期限；', true],
    // (bt-09: the order the citation governs, right after it, whatever the sentence goes on to tell the party to do)
    ['责令改正 the clause right after the citation orders (责令你单位立即停止经营…), the sentence going on to 告知 buyers', XZCF2021_28_1, '依据《中华人民共和国行政处罚法》第二十八条第一款的规定，责令你单位立即停止经营该批次化妆品，对库存22瓶妥善保存、不得转移，并向已知购买者告知停止使用。', true],
    ['加处罚款 cited from the 简易程序 article (both mention 罚款)', XZCF2021_51, '逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第五十一条的规定，每日按罚款数额的百分之三加处罚款。', false],
    // (cs-04: the 2023 行政复议法 第十三条, on reviewing a normative document, shares only 申请行政复议 with the sentence)
    ['the review route cited from 2023 第十三条 (附带审查)', '公民、法人或者其他组织认为行政机关的行政行为所依据的下列规范性文件不合法，在对行政行为申请行政复议时，可以一并向行政复议机关提出对该规范性文件的附带审查申请：', '如不服本决定，依据《中华人民共和国行政复议法》第十三条第一款的规定，可以自收到本决定书之日起六十日内向沂南县人民政府申请行政复议。', false],
    ['…and from 2017 第十三条 (向上一级地方人民政府申请)', '对地方各级人民政府的具体行政行为不服的，向上一级地方人民政府申请行政复议。', '如不服本决定，依据《中华人民共和国行政复议法》第十三条第一款的规定，可以自收到本决定书之日起六十日内向沂南县人民政府申请行政复议。', true],
  ])('%s', (_name, provision, sentence, fits) => {
    const r = citationFits(provision, sentence)
    expect(r.fits).toBe(fits)
    expect(r.reason.length).toBeGreaterThan(0)
  })
  it('the cited law title does not count as a purpose', () => {
    // 行政处罚法 is in the title; with nothing else the sentence states no purpose.
    expect(citationFits(XZCF2021_44, '《中华人民共和国行政处罚法》第四十四条').fits).toBeNull()
  })
})

describe('citationFits: the party\'s truthful account is no statement and defence', () => {
  it('如实陈述违法事实 names no 陈述申辩 topic', () => {
    const r = citationFits('当事人有违法所得，除依法应退赔的外，应当予以没收。', '考虑当事人系初次被查处、如实陈述违法事实，本局决定给予当事人以下行政处罚：')
    expect(r.sentenceTopics).not.toContain('陈述申辩')
    expect(citationFits('当事人有权进行陈述和申辩。', '告知当事人依法享有陈述、申辩的权利').fits).toBe(true)
  })
})

describe('citationFits: a province\'s hearing threshold cited where a hearing is offered (bo-01)', () => {
  it('the amounts that call for a hearing fit a sentence offering one', () => {
    // (广东省行政处罚听证程序实施办法 第七条第一款, as the law data holds it)
    const provision = '第六条所称较大数额罚款、较大数额违法所得、较大价值非法财物，是指对公民的违法行为处以5000元以上罚款（等价值违法所得或者非法财物），对法人或者其他组织的违法行为处以10万元以上罚款（等价值违法所得或者非法财物）。'
    expect(citationFits(provision, '拟处罚没款合计6300元，虽未达到《广东省行政处罚听证程序实施办法》第七条第一款规定的数额，为充分保障当事人权利，建议在告知书中一并告知要求听证的权利。').fits).toBe(true)
  })
})

describe('citation purposes: the review a body is told to set up is no 法制审核', () => {
  it('建立健全信息发布审核制度 in a sentence citing 第三十三条第三款 (教育) gives it no purpose of 法制审核', () => {
    const fit = citationFits('对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。', '根据《中华人民共和国行政处罚法》第三十三条第三款的规定，本局已对当事人进行了教育，当事人应当建立健全信息发布审核制度。')
    expect(fit.sentenceTopics).not.toContain('法制审核')
    expect(fit.fits).not.toBe(false)
  })
})
