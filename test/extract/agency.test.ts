import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractCase, extractDocFacts } from '../../shared/extract'
import { agencyName } from '../../shared/extract/agency'
import { doc } from './helpers'

const agencyOf = (lines: string[]) => extractDocFacts(doc(lines)).agency?.name ?? null

describe('issuing agency', () => {
  it.each([
    // the title line's head, with the number on the same line
    [['文山市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号)', '当事人：某公司'], '文山市自然资源局'],
    [['昆明市生态环境局晋宁分局 行政处罚决定书 昆生环晋罚字〔2022〕4号', '昆明昆航塑业有限公司'], '昆明市生态环境局晋宁分局'],
    // the title nearest the line's start, where a page ran the whole opening onto its line and names another document
    // further on (…下达查封扣押决定书)
    [['乌恰县农业农村局行政处罚决定书恰农罚〔2024〕1号 当事人:塔某 主体资格证照名称:/ 当事人塔某车辆未经备案一案,经本机关依法调查,现查明:2024年2月19日,执法人员当场下达查封扣押决定书(恰农封(扣)〔2024〕1号)。'], '乌恰县农业农村局'],
    // a page's header run into one line: the agency after the metadata's last value or a date, or heading the title printed a
    // second time after the page's furniture
    [['首页 > 行政执法公示 > 事后公示 张某经营按照假兽药处理的兽药案 发布时间: 2023-03-20 文号:抚农(兽药)罚〔2023〕1号 索引号:fnqnmscj/1679279511338 秦皇岛市抚宁区农业农村局 行政处罚决定书 抚农(兽药)罚〔2023〕1号'], '秦皇岛市抚宁区农业农村局'],
    [['竞争执法公告 2013年第2号 经授权，江西省工商行政管理局于2010年8月对某垄断协议行为进行立案调查，现予公告。 二○一三年七月二十九日 江西省工商行政管理局 行政处罚决定书 赣工商公处字[2010]01号'], '江西省工商行政管理局'],
    [['首页/ 政府信息公开 / 行政处罚 / 正文 行政处罚决定书(陕西某煤业有限责任公司) 渭南市生态环境局 行政处罚决定书 陕E白水环罚〔2024〕1号 陕西某煤业有限责任公司: 统一社会信用代码:916100007588081857'], '渭南市生态环境局'],
    // a listed company's announcement of a penalty its subsidiary received, the title over two lines: the body named as deciding
    [['江苏某仪器股份有限公司关于控股子公司收到晋城市生态环境局沁水分局', '《行政处罚决定书》的公告', '本公司及董事会全体成员保证信息披露的内容真实、准确、完整。'], '晋城市生态环境局沁水分局'],
    // a header line above the title, spaced out
    [['铜 仁 市 生 态 环 境 局', '行政处罚决定书', '铜环高罚字〔2022〕3号'], '铜仁市生态环境局'],
    // the closing signature block, with the seal remark or the date on the same line
    [['行政处罚决定书', '当事人：张三', '……', '如不服本决定，可以申请行政复议。', '岳阳市生态环境局（盖章）', '2021年8月2日'], '岳阳市生态环境局'],
    [['行政处罚决定书', '当事人：张三', '某县市场监督管理局  2024年3月5日'], '某县市场监督管理局'],
    // the agency the narrative has acting on the party (no header, no signature)
    [['当事人贾某某，男。', '2025年4月3日，西乡县农业农村局对贾某某使用禁用的渔具捕捞案予以立案。'], '西乡县农业农村局'],
    // a branch named without its parent is a short form
    [['行政处罚决定书', '2022年10月27日，岳阳县分局对你医院进行检查。'], null],
    // a short form (市场局, 市场监管局) where the text also prints the full name: the full name
    [['| 处罚机关 | 南岗区市场局 |', '| 违法事实 | 经查，当事人已于2024年5月5日被南岗区市场监督管理局责令改正。 |'], '南岗区市场监督管理局'],
    [['近日，记者从长沙市岳麓区市场监管局获悉，该局查处一起案件。', '《长沙市岳麓区市场监督管理局不予行政处罚决定书》显示，当事人…'], '长沙市岳麓区市场监督管理局'],
    // (…not a different body's full name: the short form, which stands for one name only, is written in full with its own
    // evidence)
    [['近日，记者从长沙市岳麓区市场监管局获悉，该局查处一起案件。', '长沙市市场监督管理局发布通报。'], '长沙市岳麓区市场监督管理局'],
    // a short form that stands for one name only, the full name printed nowhere: the full name (one agency is one name in
    // the case list); a short form that may stand for several names stays as printed
    [['平邑县卫健局根据《基本医疗卫生与健康促进法》作出行政处罚决定。'], '平邑县卫生健康局'],
    [['重庆市涪陵区医保局对该药店作出行政处罚。'], '重庆市涪陵区医疗保障局'],
    [['鄂城区住建局对该公司作出行政处罚。'], '鄂城区住建局'],
    // a news item: the agency it has penalise the party, not the body its 来源 line names
    [['华声5月6日电 据某省市场监管局消息，某餐饮公司因发布违法广告，被某市某区市场监督管理局罚款3万元。', '来源：某省市场监管局'], '某市某区市场监督管理局'],
    // two agencies signing together: the first; a central body heading its local bureau's name is one name
    [['晋应急函〔2023〕9号', '现作出以下处理决定：责令某公司停产整顿。', '山西省应急管理厅 山西省地方煤矿安全监督管理局', '2023年1月5日'], '山西省应急管理厅'],
    [['税务行政处罚决定书', '当事人：某公司', '国家税务总局广汉市税务局', '2024年1月5日'], '国家税务总局广汉市税务局'],
    // a news item: the police whose officers acted, the province before the city dropped (江苏镇江市 → 镇江市)
    [['近日，一份行政处罚决定书引发关注。2023年8月20日，江苏镇江市公安局丹徒分局民警接报警，发现一家店铺的无线网络未记录用户。'], '镇江市公安局丹徒分局'],
    [['浙江省温州市鹿城区应急管理局', '行政处罚决定书'], '浙江省温州市鹿城区应急管理局'],
    // the document's number printed before the agency on the title line
    [['喀叶市监处罚〔2025〕20号 叶城县市场监督管理局行政处罚决定书', '当事人：叶城县某某家用电器店'], '叶城县市场监督管理局'],
    // a report's 被某大队共处以…罚款; a source note naming its writer after the agency
    [['近日，某县某烟花爆竹有限公司业主无视消防法，消防设施未保持完好有效，被丹寨县消防大队共处以34000元的罚款。'], '丹寨县消防大队'],
    [['本案件相关行政处罚已执行完毕，于十月份结案。', '', '(信息来源:潮州市农业局 郑璐)'], '潮州市农业局'],
    // a bare title and no signature: none
    [['行政处罚决定书', '当事人：张三', '经查，你于2024年3月5日在某县市场监督管理局门前摆摊。'], null],
    // a write-up that tells an agency's case in words no rule above reads: the body it names most, twice at least
    [['2018年1月，张××在某社区林地内探采硅石。腾冲市林业局于2018年1月30日接到群众举报。', '腾冲市林业局立即安排人员前往调查，次日立案。', '根据《中华人民共和国森林法实施条例》第四十三条的规定，腾冲市林业局于2018年2月6日给予张××如下处罚：责令限期恢复原状。'], '腾冲市林业局'],
    // (…not a body the text names once, nor the party's own office, a law's words, a title, or the review body of the
    // remedies)
    [['某公司在腾冲市林业局门前堆放石料。'], null],
    [['被处罚单位：重庆市涪陵区人民政府江东街道办事处', '机构地址：重庆市涪陵区人民政府江东街道建陶一路86号', '该单位擅自改变林地用途。'], null],
    [['违反了《中华人民共和国森林法》第七十三条“由县级以上人民政府林业主管部门责令…”，依照《某省人民代表大会常务委员会关于…的决定》和《某省人民代表大会常务委员会关于…的决定》处理。由县级以上人民政府林业主管部门处理。'], null],
    [['当事人擅自改变林地用途。', '如不服，可向溧水县人民政府申请行政复议。', '也可向溧水县人民政府申请行政复议或者提起行政诉讼。'], null],
  ] as const)('%j', (lines, want) => expect(agencyOf([...lines])).toBe(want))

  it.each([
    ['我局', null],
    ['经某市生态环境局调查', null],
    ['联系电话：某市市场监督管理局', null],
    ['收款单位：某市财政局', null],
    ['国家税务总局某市税务局第一稽查局', '国家税务总局某市税务局第一稽查局'],
    ['某市城市管理综合行政执法局', '某市城市管理综合行政执法局'],
    // 贵州 is a place; 贵单位 a way of address
    ['贵州省环境保护厅', '贵州省环境保护厅'],
    ['贵单位', null],
    // a respondent's refusal run onto the applicant for enforcement is no name
    ['执行人美兰区某家具加工厂拒不履行申请执行人美兰区环境保护局', null],
    // bodies working together: the first where it is an agency, else the one it works with; a statute's 县级以上人民政府
    ['常宁市委巡察组会同常宁市环境保护局', '常宁市环境保护局'],
    ['大名县市场监督管理局会同大名县公安局', '大名县市场监督管理局'],
    ['由县级以上人民政府', null],
    ['最终北海市综合行政执法局', '北海市综合行政执法局'],
  ])('agencyName(%s)', (s, want) => expect(agencyName(s)).toBe(want))

  it('the case takes the decision’s agency, with evidence', () => {
    const f = extractDocFacts(doc(['某市应急管理局', '行政处罚决定书', '当事人：某公司']))
    expect(f.agency?.evidence.text).toContain('某市应急管理局')
    const c = extractCase('x', [{ ...doc(['某市应急管理局', '行政处罚决定书', '当事人：某公司']), type: '行政处罚决定书' }])
    expect(c.agency).toBe('某市应急管理局')
  })
})

describe('agency names that are not', () => {
  it.each(['市场监督管理局', '市农业综合行政执法支队', '市水利局'])('%s names no place', (s) => expect(agencyName(s)).toBe(null))
  it('a label glued to the name is left out', () => expect(agencyName('名称普洱市生态环境局')).toBe('普洱市生态环境局'))
  it('the national market regulator by its short forms is named in full; a body named as the one before a reform (原…) is none, a place opening with 原 is', () => {
    expect(agencyName('市场监管总局')).toBe('国家市场监督管理总局')
    expect(agencyName('国家市场监管总局')).toBe('国家市场监督管理总局')
    expect(agencyName('原江苏省工商局')).toBe(null)
    expect(agencyName('原平市市场监督管理局')).toBe('原平市市场监督管理局')
    expect(agencyName('原阳县农业农村局')).toBe('原阳县农业农村局')
  })
  it("a notice's agency: the successor of a body named as before a reform, the national regulator by its short form (real tune copies)", () => {
    const ofId = (id: string) => agencyOf(readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8').split('\n'))
    expect(ofId('mkt-2707')).toBe('江苏省市场监督管理局')
    expect(ofId('mkt-2702')).toBe('国家市场监督管理总局')
  })
  it('a side of a suit in brackets before the name is left out', () => expect(agencyName('(上诉人)威信县水务局')).toBe('威信县水务局'))
  it('a page\'s heading of its kind in brackets, or the 过 of a cut 经过, before the name is left out', () => {
    expect(agencyName('(典型执法案例)汕尾市交通运输局')).toBe('汕尾市交通运输局')
    expect(agencyName('【执法动态】宜都市交通运输局')).toBe('宜都市交通运输局')
    expect(agencyName('过青岛市环保局李沧分局')).toBe('青岛市环保局李沧分局')
  })
  it('a side of a suit with the side it had below, or a court’s sentence naming the applicant first, is left out', () => {
    expect(agencyName('上诉人(原审被告)大连市自然资源局')).toBe('大连市自然资源局')
    expect(agencyName('申请人周军对被申请人长沙市交通运输综合行政执法局')).toBe('长沙市交通运输综合行政执法局')
  })
  it('a word of time carried in before the name is left out', () => expect(agencyName('近日新区综合行政执法局辛安大队')).toBe('新区综合行政执法局辛安大队'))
  it.each([
    ['登封市基层政务公开登封市城市管理局', '登封市城市管理局'],
    ['行政处罚贵阳市生态环境局', '贵阳市生态环境局'],
    ['环境保护执法监管结果南宁市生态环境局', '南宁市生态环境局'],
    ['某加油站擅自改动、拆装燃油加油机,使用不合格计量器具案正定县市场监督管理局', '正定县市场监督管理局'],
    // (a name that holds a place inside it is one name, and an autonomous prefecture's is whole)
    ['国家税务总局广汉市税务局', '国家税务总局广汉市税务局'],
    ['大理白族自治州生态环境局', '大理白族自治州生态环境局'],
    ['湖南省住房和城乡建设厅', '湖南省住房和城乡建设厅'],
  ])('a page\'s words run onto the name are left out: %s', (s, want) => expect(agencyName(s)).toBe(want))
  it('a header run into one line: a page\'s metadata before the agency, a document named in 《》 further on', () => {
    expect(extractDocFacts(doc(['定市监处罚〔2025〕95号 发布时间:2025年04月17日 信息来源: 字体: 定州市 市场监督管理局 行政处罚决定书 定市监处罚〔2025〕95号 当事人:某卫生服务站', '经查，当事人未凭处方销售处方药。'])).agency?.name).toBe('定州市市场监督管理局')
    expect(extractDocFacts(doc(['石家庄市生态环境局 行政处罚决定书 石环罚〔2024〕16号 某化工有限公司: 你单位上述行为违反了规定。以上事实，有《行政处罚事先告知书》(石环罚告字〔2024〕28号)及《送达回证》等为证。'])).agency?.name).toBe('石家庄市生态环境局')
  })
  it('a title line the party\'s box runs onto still names its agency', () =>
    expect(extractDocFacts(doc(['天津市宁河区市场监督管理局行政处罚决定书 当事人姓名或者单位名称:某药房', '经查，当事人未凭处方销售处方药。'])).agency?.name).toBe('天津市宁河区市场监督管理局'))
  it('我街道综合行政执法队 is the text speaking of itself, not a name', () => expect(agencyName('我街道综合行政执法队')).toBe(null))
  it('镇执法大队 names no town; 镇雄县 and 镇江市 are places', () => {
    expect(agencyName('镇执法大队')).toBe(null)
    expect(agencyName('镇综合行政执法大队')).toBe(null)
    expect(agencyName('镇雄县公安局交通警察大队')).toBe('镇雄县公安局交通警察大队')
    expect(agencyName('镇江市公安局丹徒分局')).toBe('镇江市公安局丹徒分局')
  })
  // the party's box of a form (a town government penalised): its label names the party, not the agency
  it('被处罚单位名称 before a government\'s name is the party\'s box', () => expect(agencyName('被处罚单位名称  重庆市渝北区石船镇人民政府')).toBe(null))
  it.each([
    ['提交给广州市天河区市场监督管理局', '广州市天河区市场监督管理局'],
    ['并由广州市天河区市场监督管理局', '广州市天河区市场监督管理局'],
    ['被告龙岩市地方税务局稽查局', '龙岩市地方税务局稽查局'],
    // a court's ruling on an application to enforce a penalty: the agency applying (申请执行人, no colon)
    ['申请执行人九台市国土资源局', '九台市国土资源局'],
    ['经济技术开发区管理委员会', '经济技术开发区管理委员会'],
  ])('the sentence\'s words before a name are no part of it: %s → %s', (s, want) => expect(agencyName(s)).toBe(want))
})

describe('more agencies as published', () => {
  it.each([
    // a suit's name, the plaintiff suing the agency, as a title or inside a news item's sentence; a 兵团 division's bureau
    [['董海浪诉宁波市国土资源局', '[案情简介]2016年8月4日,原奉化市国土资源局作出行政处罚决定。'], '宁波市国土资源局'],
    [['大西北网3月22日讯 兰州铁路运输中级法院审理甘肃“专车第一案”——张某诉兰州市城市交通运输管理处交通行政处罚、兰州市交通运输委员会行政复议案昨日宣判。'], '兰州市城市交通运输管理处'],
    [['当事人名称:某化妆品店', '作出行政处罚决定机关名称:第十四师市场监督管理局'], '第十四师市场监督管理局'],
    // a news item's dateline run onto the name, the case it seized (日前依法查获一起…案); a bureau's control room on its patrol
    [['中国网·滨海高新讯 焦作新区动物卫生监督所日前依法查获一起经营依法应当检疫而未经检疫羊案,对当事人金某处罚款6344元。'], '焦作新区动物卫生监督所'],
    [['2023年8月29日1620时,梧州海事局指挥中心在梧州中储粮码头开展电子巡航时发现某船船头甲板上有4人开展临水作业,有人未穿着救生衣。'], '梧州海事局'],
    // a 公文's title ending 的处罚决定 (a customs office's decision)
    [['娄底海关关于湖南某公司擅自处置边角料及未向海关申报内销循环使用的保税料件案的处罚决定', '娄关缉违字〔2024〕2号', '当事人:湖南某公司'], '娄底海关'],
    [['(贺农屠宰罚〔2022〕1号)贺州市农业农村局行政处罚决定书', '当事人:欧**'], '贺州市农业农村局'],
    [['重庆市万盛经开区生态环境局行政处罚决定书万盛经开环罚〔2026〕3号(重庆某公司)'], '重庆市万盛经开区生态环境局'],
    [['晋城市市场监督管理局', '行政处罚决定书'], '晋城市市场监督管理局'],
    // a report of the penalty: the agency acting on the party, or the one it was penalised by
    [['东南网漳州7月30日讯(通讯员 蓝颖)近日,漳州市交通运输综合执法支队龙文大队对漳州某运输有限公司未建立交通违法动态信息处理制度的违法行为依法下发《行政处罚决定书》,作出罚款人民币1000元的行政处罚。'], '漳州市交通运输综合执法支队龙文大队'],
    [['近日,衡阳市石鼓区一美容院因消防设施未保持完好有效,被衡阳市石鼓区消防救援大队依法处罚款5000元的行政处罚。'], '衡阳市石鼓区消防救援大队'],
    [['据悉,某超市因销售过期食品被上海市徐汇区市场监督管理局罚款1万元。'], '上海市徐汇区市场监督管理局'],
    [['晋江市人力资源和社会保障局关于给予晋江某食品有限公司行政处罚的决定'], '晋江市人力资源和社会保障局'],
    // …a matter passed on to it, a campaign it runs, a case it opened on the party, an inspectorate's decision
    [['6月3日西吉县文化旅游广电局接到上级部门转办的关于某娱乐场所接纳未成年人的线索。'], '西吉县文化旅游广电局'],
    [['近期,三亚市综合执法局持续开展禁塑专项整治行动,对某商户销售不可降解塑料袋的行为作出处罚。'], '三亚市综合执法局'],
    [['该公司在未取得采矿手续的情况下打井采热水的行为被毕节市七星关区自然资源局立案调查。'], '毕节市七星关区自然资源局'],
    [['10月23日,上海市环境监察总队对其作出罚款2.5万元的行政处罚决定。'], '上海市环境监察总队'],
    // (…进行了处罚; an inspection that found the matter; a 送达公告 published; a case write-up's 案例报送单位)
    [['日前,内蒙古自治区呼和浩特市应急管理局对三联金山化工有限责任公司进行了处罚,约谈了该公司主要负责人。'], '内蒙古自治区呼和浩特市应急管理局'],
    [['2025年6月17日,卫滨区应急管理局检查某企业时发现现场一名叉车工作业人员未取得相应资格。'], '卫滨区应急管理局'],
    [['2024年9月19日,国家税务总局温州市税务局第二稽查局发布二则送达公告,根据《中华人民共和国税收征收管理法实施细则》第一百零六条之规定。'], '国家税务总局温州市税务局第二稽查局'],
    [['一、案例基本信息采集', '案例类型:行政执法案例', '案例报送单位:玛纳斯县水利局'], '玛纳斯县水利局'],
    // (…the body a party received the decision from; the body that weighed the case and did not penalise)
    [['3月20日,王女士收到了戚区卫生局发来的行政处罚决定。认定王女士经营的养生中心擅自从事拔罐行为。'], '戚区卫生局'],
    [['当事人系初次违法、主动停止行为。鹤城区市场监督管理局综合考量其违法情节轻微、风险可控等因素,依法不予处罚。'], '鹤城区市场监督管理局'],
    [['2024年11月21日,某县人民政府官网公开了保定市生态环境局对某矿业有限公司出具的行政处罚决定书。'], '保定市生态环境局'],
    // a 公文 title ending with the decision or a notice it publishes (某厅关于暂扣…的行政处罚决定书, 某局关于…情况的公示)
    [['贵州省住房和城乡建设厅关于暂扣贵州天昊亨通建筑工程有限公司安全生产许可证的行政处罚决定书', '贵州天昊亨通建筑工程有限公司:'], '贵州省住房和城乡建设厅'],
    [['天柱县市场监督管理局关于抽检不合格食品核查处置情况的公示(2025年第7期)', '一、天柱县罗巧蔬菜销售店销售不合格豇豆案'], '天柱县市场监督管理局'],
    // a township's market supervision office, its place a town's name
    [['为认真贯彻落实《宜良县市场监督管理局关于印发粮食市场秩序专项整治工作方案的通知》文件精神,马街市场监督管理所立足市场监管职能职责,持续开展辖区粮食市场专项整治,并查处了一起食品安全案件。', '当事人于2022年1月18日从滇中粮贸公司购进生产日期均为:2021年7月23日,保质期:六个月的“彩云之南稻花香”大米10袋(25kg每袋)和“超级小町王”大米20袋(10kg每袋)放置在自己经营的超市中售卖。至2022年的1月22日,“彩云之南稻花香”大米还剩4袋(25kg每袋)、“超级小町王”大米还剩4袋(10kg每袋)仍在货架上对外售卖。其行为被我局执法人员在2022年1月28日持续开展的粮食市场秩序专项整治检查中现场查获。当事人售卖超过保质期的预包装大米的行为违反了《中华人民共和国食品安全法》第三十四条第(十)项的规定,马街市场监督管理所依据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项对当事人处以“责令停止销售超过保质期大米的行为;没收超过保质期的预包装大米共计8袋;处以罚款20000元(贰万元整),上缴财政。”的行政处罚。'], '马街市场监督管理所'],
    // the agency's staff named as 监察人员; the penalty it gives told as 作出如下处罚 or 责令…并予以行政处罚
    [['2018年11月29日,常宁市委巡察组会同常宁市环境保护局环境监察人员对你塑料回收加工厂进行现场检查时,发现你厂在未依法办理环境影响评价文件的情况下擅自动工建设。'], '常宁市环境保护局'],
    [['鉴于该加油站开业时间短、属初次违法、未造成实际危害后果,且配合调查,德州市市场监督管理局依法作出如下处罚:'], '德州市市场监督管理局'],
    [['依据《中华人民共和国计量法》《无证无照经营查处办法》有关规定,仙游县市场监管局责令张某改正该违法行为并予以行政处罚。'], '仙游县市场监督管理局'],
    // a sentence's conjunction before 该区 is no agency's name
    [['所以该区卫生健康委员会对某诊所作出了处罚。'], null],
    // 卫生健康委 is the 卫生健康委员会
    [['近日,梁平区卫生健康委对某卫生室作出行政处罚。'], '梁平区卫生健康委员会'],
    // a 公文 title over two lines (某分局关于送达 / 《…通知书》的公告)
    [['海南省交通规费征稽局保亭分局关于送达', '《限期补缴机动车辆通行附加费通知书》、《违法行为通知书》的公告', '各欠缴机动车辆通行附加费当事人:'], '海南省交通规费征稽局保亭分局'],
    [['近日,国家矿山安全监察局陕西局发布了对陕西某某煤业有限责任公司的行政处罚决定书。'], '国家矿山安全监察局陕西局'],
    [['近日,泸州市纳溪区人民政府网站披露了泸州市纳溪区市场监督管理局对四川某某电梯工程有限公司的行政处罚决定书。'], '泸州市纳溪区市场监督管理局'],
    // a news site's 来源 (融媒体中心, 报社) is no agency
    [['来源:攸县融媒体中心', '近日,攸县城管局对一未经审批设置大型户外广告的行为作出罚款1000元的行政处罚。'], '攸县城管局'],
    // a short name the text defines stands for the full one
    [['2020年1月8日,根据举报投诉,云浮市烟草专卖局(以下简称云浮市局)联合公安机关对当事人的车辆进行检查。', '云浮市局依法对当事人作出行政处罚。'], '云浮市烟草专卖局'],
    // a district's unit named without its city, the city given with the district elsewhere in the text (not a county's:
    // its bureau's name has no city); 鄞州区 is no city yet
    [['近期益阳市资阳区某幼儿园消防设施未保持完好有效。', '资阳区消防救援大队对益阳市资阳区某幼儿园进行检查，依法对其处罚款5000元。'], '益阳市资阳区消防救援大队'],
    [['近日,固原市西吉县某歌舞娱乐场所被处罚。', '6月3日西吉县文化旅游广电局接到上级部门转办的线索。'], '西吉县文化旅游广电局'],
    [['2024年2月27日,鄞州区应急管理局对某附件厂进行检查。', '宁波市鄞州区应急管理局依法对某附件厂作出罚款叁万元整的行政处罚。'], '宁波市鄞州区应急管理局'],
    // (…an inspection 开展 as well as 进行)
    [['【基本案情】2024年4月25日,曲阜市应急管理局对山东某机械有限公司开展执法检查,检查发现该公司存在特种作业人员未持证上岗。'], '曲阜市应急管理局'],
    // (the 市 of 市场 is no city)
    [['近日,益阳市资阳区某超市因销售过期食品被处罚。', '资阳区市场监督管理局对益阳市资阳区某超市作出罚款5000元的行政处罚。'], '益阳市资阳区市场监督管理局'],
    // (…but not from an address: a namesake district of another city)
    [['当事人:某商贸有限公司', '住所:长春市朝阳区某路1号', '朝阳区市场监督管理局对当事人销售过期食品的行为作出罚款5000元的行政处罚。'], '朝阳区市场监督管理局'],
    [['当事人:白某居', '某某一案,经新平县农业农村局(以下简称本机关)依法调查,现已查明。'], '新平县农业农村局'],
    [['当事人:某公司', '上述事实,有以下证据为凭:', '1.《西安市生态环境局现场检查(勘察)笔录》(2023年7月1日)'], '西安市生态环境局'],
    [['以上事实有《中山市横栏镇人民政府现场勘验笔录》、《影像资料证据》、《中山市横栏镇人民政府询问笔录》为证。'], '中山市横栏镇人民政府'],
    // a web page's furniture pushing the title below the first fifteen lines
    [[...Array.from({ length: 18 }, (_, i) => `- [ 栏目${i} ]`), '重庆市綦江区生态环境局责令改正违法行为决定书(遵义高原建筑工程有限公司重庆分公司)', '被责令改正单位: 遵义高原建筑工程有限公司重庆分公司'], '重庆市綦江区生态环境局'],
    // a page's source with its next label on the same line; a row of labels before the value
    [['发布时间 : 2025-09-12 来源:浏阳市市场监督管理局 字体大小:', '当事人:某商行'], '浏阳市市场监督管理局'],
    [['发布时间:2024-08-27    来源:河东街道办事处    发文字号:', '2024年8月11日上午，执法人员巡查时发现某公司施工现场未采取防尘措施。'], '河东街道办事处'],
    [['关键词 发布机构 民乐县水务局', '某公司:'], '民乐县水务局'],
    // a disclosure table's 作出行政处罚的机关名称和日期, the date in the same cell
    [['行政处罚决定书文号 | 某市监处罚〔2024〕15号 |', '作出行政处罚的机关名称和日期 | 某市市场监督管理局 2024年3月5日 |'], '某市市场监督管理局'],
    // a case write-up's 承办单位; the agency acting 依法对…作出处罚决定; the defendant of a court's judgment on a penalty
    [['温州市瓯海区查办某集团股份有限公司未经批准擅自取水案', '承办单位:温州市瓯海区综合行政执法局'], '温州市瓯海区综合行政执法局'],
    [['近日,广元市朝天区应急管理局依法对广元某建设工程有限公司无证电焊作业案作出处罚决定。'], '广元市朝天区应急管理局'],
    [['原告某旅行社有限公司(以下简称某公司)因与被告海南省旅游发展委员会(以下简称省旅游委)不服旅游管理行政处罚一案,向本院提起行政诉讼。'], '海南省旅游发展委员会'],
    // the officers' unit inside the bureau that decided
    [['2020年9月8日11时5分,灵宝市文化广电和旅游局文化市场综合执法大队执法人员出示执法证件后依法对某网吧进行检查。2020年9月9日灵宝市文化广电和旅游局依法批准对某网吧开始立案调查。'], '灵宝市文化广电和旅游局'],
    [['2020年9月8日,某县文化广电和旅游局文化市场综合执法大队执法人员对某网吧进行检查。'], '某县文化广电和旅游局文化市场综合执法大队'],
    // the body that published the penalty, when no body is told acting; one told acting comes first
    [['近日,国家统计局公示了一则行政处罚信息:湖南某纸品有限公司因提供不真实统计资料,被警告并处罚款20万元。'], '国家统计局'],
    [['近日,上海市市场监督管理局公布一则行政处罚决定书。', '行政处罚信息显示,2022年4月28日,上海市长宁区市场监督管理局接举报反映,当事人所销售部分商品价格较高。'], '上海市长宁区市场监督管理局'],
    // a scan run into one line: the title's head though the number's year is garbled
    [['海南区市场监督管理局 行政处罚决定书 海南市监处罚 E⒛ 23〕 ェ号 当事人 :某中学 主体资格 证 照名称 :民 办非企 业单位登记证'], '海南区市场监督管理局'],
    // a page's box as a bulleted list (• 发布机构 / • 某区林业局); a publicity page's heading 行政案件公示
    [['  • 主题分类', '  • 林业', '  • 发布机构', '  • 涪陵区林业局', '  • 成文日期', '  • 2025-12-29'], '涪陵区林业局'],
    [['永仁县林业和草原局行政案件公示', '', '林业行政处罚决定书'], '永仁县林业和草原局'],
    // an applicant's name in a bracket's label or going on into its sentence
    [['行 政 裁 定 书 (2015)海中法行复字第4号 复议申请人(原申请执行人)海口市国土资源局。 法定代表人盛林,局长。'], '海口市国土资源局'],
    [['行 政 裁 定 书', '申请人驻马店市驿城区人民政府就被申请人某某养殖有限公司在禁养区内建设养殖厂的行为作出决定。'], '驻马店市驿城区人民政府'],
    // …but a squad is no body of its own; units listed together, the first; 执法队员 and 执法员 are staff too
    [['当日,兰溪市综合行政执法局兰江中队执法队员巡查至金澜路时,发现有人正在挖掘人行道。'], '兰溪市综合行政执法局'],
    [['2016年1月30日,寒风刺骨,某市水务局水政支队、某区水政大队执法员及时处理一水事违法案件。'], '某市水务局水政支队'],
    // the agency whose staff acted; the agency inspecting, however the inspection is named
    [['2023年第一季度,始兴县水务局工作人员在统计冷水水量时发现,始兴县某温泉度假有限公司已超本年度许可量。'], '始兴县水务局'],
    [['10日,阳新县消防救援大队在对辖区一公众聚集场所进行消防安全检查时,发现该单位消防设施未保持完好有效。'], '阳新县消防救援大队'],
    // the agency whose officers acted, named before 行政执法人员
    // a ministry named alone at the head or the foot: its full name
    [['商务部', '行政处罚决定书', '商法函〔2016〕681号'], '中华人民共和国商务部'],
    [['当事人：某公司', '……', '住房城乡建设部', '2020年5月6日'], '中华人民共和国住房和城乡建设部'],
    // a case's title naming the agency; a page's 来源 run into its 更新时间
    [['大埔县应急管理局对某烟花爆竹专营店行政处罚案', '2024年1月12日，县应急管理局执法人员对某烟花爆竹专营店开展检查。'], '大埔县应急管理局'],
    [['来源:吕梁市生态环境局更新时间:2025-03-28', '吕环罚〔2025〕4号'], '吕梁市生态环境局'],
    // more labels of disclosure pages, and the agency naming itself in brackets
    [['处罚决定机关 | 郑州市市场监督管理局 |'], '郑州市市场监督管理局'],
    [['实施机关：郑州市市场监督管理局'], '郑州市市场监督管理局'],
    [['数据来源单位：郑州市市场监督管理局'], '郑州市市场监督管理局'],
    [['当事人：某公司', '本机关（郑州市市场监督管理局）于2024年3月1日对当事人立案调查。'], '郑州市市场监督管理局'],
    // (…and before 环境执法人员; a word of the sentence before the name is no part of it)
    [['某某有限公司:', '黔东南州生态环境局环境执法人员于2023年7月20日对你公司建设的项目进行现场检查。'], '黔东南州生态环境局'],
    [['当事人王*超范围经营限制使用农药案一案,经本机关依法调查,现查明:2024年6月5日11时抚远市农业农村局执法人员到前锋农场市场检查时发现一瓶农药。'], '抚远市农业农村局'],
    [['当事人:伊宁市某车行', '根据群众举报线索,2025年8月27日伊犁州市场监督管理局行政执法人员依法对当事人销售的电动自行车产品进行执法检查。'], '伊犁州市场监督管理局'],
    // a report's agency as the subject of the investigation, the decision or the fine; a fire brigade named by its
    // county's short name; its 监督人员; the signature in the cell that ends the closing sentence
    [['经某市林业局调查,位于某林场的林地被擅自改变用途。'], '某市林业局'],
    [['该文号的行政处罚决定书显示,某市生态环境局于2022 年 5月 17日对某水泥厂进行调查,发现该企业上料皮带密闭不严。'], '某市生态环境局'],
    [['新闻发布会称,针对某化纤公司的偷排行为,某市环保局依法作出处理决定:责令限期治理。'], '某市环境保护局'],
    [['最终,某市住房和城乡建设局对该单位罚款玖仟元人民币。'], '某市住房和城乡建设局'],
    [['12日,阳新消防救援大队依据《高层民用建筑消防安全管理规定》,对辖区内一公众聚集场所给予行政处罚。'], '阳新消防救援大队'],
    [['近日,某市消防救援大队消防监督人员在开展专项检查时,发现一托管中心堵塞疏散通道。'], '某市消防救援大队'],
    [['当事人:某公司', '| 逾期不履行的,本行政机关将依法申请人民法院强制执行。 某县城市管理综合行政执法局 2020年2月21日 |'], '某县城市管理综合行政执法局'],
    // a sector word the title carries before it; a party's complaint is no agency; a role word before the name is no part of it
    [['国家税务总局某市税务局第三稽查局税务行政处罚事项告知书', '某某有限公司:'], '国家税务总局某市税务局第三稽查局'],
    [['申请人广州市增城某达民宿店不服市公安局增城区分局作出的行政处罚决定,向本府申请行政复议。'], null],
    [['原告某公司诉被告龙岩市地方税务局稽查局税务行政处罚一案,被告龙岩市地方税务局稽查局依据《中华人民共和国税收征收管理法》作出处罚。'], '龙岩市地方税务局稽查局'],
    // a case's title names the agency before a site's 来源 line; a maritime bureau placed by its port; 开出…罚单
    [['某省公布安全生产行政执法典型案例(五)', '发布时间 : 2023-11-17 16:56来源 : 某省应急管理厅', '江门市新会区应急管理局对江门市新会区某金属制品有限公司行政处罚案', '基本案情'], '江门市新会区应急管理局'],
    [['福州海事局开出单船处罚最大罚单 罚款22.5万元', '近日,某轮因超过核定航区航行被罚款。'], '福州海事局'],
    // (…or its visit to the place: 某局到某村某经营部进行检查)
    [['20211110日晚19时左右,赤壁市应急管理局到赤壁市公安泉村八组某烟花爆竹经营部进行检查,发现经营店内存储的烟花爆竹数量比较多。'], '赤壁市应急管理局'],
    // a news item's source: 记者从某局获悉, 某局网站消息
    [['4月10日,记者从南昌红谷滩新区城管执法局获悉,该区一工地擅自处置工程渣土被该局处以5万元的行政处罚。'], '南昌红谷滩新区城管执法局'],
    [['近日惠州市惠阳区卫生健康局网站消息,一公司未向职业健康检查机构提供检测报告。'], '惠州市惠阳区卫生健康局'],
    [['日前,据北京市文化市场行政执法总队通报,2017年北京3家影院存在偷、漏、瞒报票房收入的行为,被处以5万元以上的行政处罚。'], '北京市文化市场行政执法总队'],
    // a court's ruling on enforcing a penalty: the agency that applies (申请执行人), its address after it
    [['吉林省某县人民法院', '行政裁定书', '申请执行人通化县国土资源局。住所通化县快大茂镇同德路237号。', '法定代表人胡某某,局长。', '被执行人周某某,男,满族,住通化县'], '通化县国土资源局'],
    [['审查终结。申请执行人:西宁市城东区国土资源局。负责人马某某,该局局长。被执行人某某公司。'], '西宁市城东区国土资源局'],
    // (…its decision in other words, 决定对当事人处以…; its reasoning on the conduct, 某局认为，当事人…违反了《…》)
    [['当事人的行为违反了《中华人民共和国食品安全法》第五十条的规定,依据《中华人民共和国食品安全法》第一百二十四条,枝江市市场监督管理局决定对当事人处以没收违法所得111元和罚款3000元行政处罚。'], '枝江市市场监督管理局'],
    [['基本案情', '上海同晶公司为提升公司知名度,在网页上进行广告宣传。', '上海市虹口区市场监督管理局认为,当事人利用网站进行上述宣传的行为,违反了《广告法》第九条第(三)项的规定。'], '上海市虹口区市场监督管理局'],
    // a report's agency acting: 接举报 without 到; a ticket written out to the person (给他开出…罚单)
    [['行政处罚信息显示,2022年4月28日,上海市长宁区市场监督管理局接举报反映,当事人在疫情期间哄抬价格。'], '上海市长宁区市场监督管理局'],
    [['10月21日上午,河北石家庄市消防救援支队裕华消防救援大队给他开出了900元的罚单。'], '石家庄市消防救援支队裕华消防救援大队'],
    // a report's agency ordering the party, cracking a case, deciding under a law it cites (按照《…》), taking a report
    [['公司存在违反外汇账户管理规定的行为。依据《中华人民共和国外汇管理条例》第四十八条规定,国家外汇管理局某市中心支局责令其改正,并给予警告,处5万元罚款。'], '国家外汇管理局某市中心支局'],
    [['案例一:某市某区卫生健康局查处某实业有限公司安排未经上岗前职业健康检查的劳动者从事接触职业病危害作业案'], '某市某区卫生健康局'],
    [['当事人获得违法所得为400元。某市市场监督管理局按照《中华人民共和国食品安全法》的相关规定对当事人作出没收违法所得和罚款的行政处罚。'], '某市市场监督管理局'],
    [['12月2日凌晨1时57分,某市交通运输综合行政执法总队高速公路第二支队七大队接某高速公路监控中心报案,称一辆大件运输车辆经过收费站。'], '某市交通运输综合行政执法总队高速公路第二支队七大队'],
    // a review decision is the review body's: the government heading it, or the one the applicant turned to — not the
    // office publishing it nor the agency reviewed
    [['来源:某市司法局发布时间:2020-11-04', '', '张家港市人民政府', '', '行政复议决定书', '申请人:某机械制造有限公司', '被申请人:张家港市杨舍镇人民政府', '申请人不服被申请人作出的责令整改通知书,向本府申请行政复议。'], '张家港市人民政府'],
    [['申请人: 宁夏某公司', '被申请人:灵武市自然资源局', '因申请人宁夏某公司不服被申请人灵武市自然资源局作出的行政处罚决定书,向灵武市人民政府申请行政复议,本机关依法予以受理。'], '灵武市人民政府'],
    // a unit named without its city where the text also names it in full
    [['某州市公安消防支队开发区大队办理首起阻碍消防车通行案件', '火灾发生后,经开发区大队核查,此物业安装铁桩占用消防车道。'], '某州市公安消防支队开发区大队'],
    // (…only a place, perhaps with the parent unit, is added: not the words of the sentence before it)
    [['2020年9月8日,提交给益阳市资阳区消防救援大队的材料。', '资阳区消防救援大队执法人员对当事人进行检查。'], '益阳市资阳区消防救援大队'],
    // a disclosure table's 执法主体名称 row
    [['行政相对人名称 某林场', '执法主体名称 鄂温克族自治旗林业和草原局'], '鄂温克族自治旗林业和草原局'],
    // the agency deciding under the provisions it cites
    [['1、(徐铜自然资规罚字〔2024〕46号)某公司未办理用地手续即擅自建设公墓项目,构成违法占用土地。徐州市铜山区自然资源和规划局依据《中华人民共和国土地管理法》第七十七条第一款,责令退还土地。'], '徐州市铜山区自然资源和规划局'],
    // the agency's own coercive-measure decision listed in the account
    [['当事人:某养生馆', '详见《开江县市场监督管理局实施行政强制措施决定书》(开市监强制〔2021〕172号)。'], '开江县市场监督管理局'],
    // a web page's or a disclosure table's other names for the agency's box
    [['发布单位：某县自然资源局', '当事人：某公司', '经查，当事人擅自占用土地。'], '某县自然资源局'],
    [['所属机构：某县自然资源局', '当事人：某公司'], '某县自然资源局'],
    [['公开主体：某县自然资源局', '当事人：某公司'], '某县自然资源局'],
    [['实施主体：某县自然资源局', '当事人：某公司'], '某县自然资源局'],
    [['行政执法主体：某县自然资源局', '当事人：某公司'], '某县自然资源局'],
    // a report's agency at its work, perhaps through one of its offices
    [['某房地产开发有限公司在项目中存在农民工工资拨付不到位等问题。为此,中卫市劳动保障监察支队下发了《限期整改指令书》,要求其限期整改。'], '中卫市劳动保障监察支队'],
    [['2020年6月,南昌市西湖区人社局劳动保障监察机构接到农民工投诉,反映某项目工地拖欠其工资。'], '南昌市西湖区人力资源和社会保障局'],
    [['2022年3月22日,沈阳市市场监督管理局价格监督检查和反不正当竞争处组织开展疫情防控期间市场价格巡查时发现某大药房哄抬价格。'], '沈阳市市场监督管理局'],
    // the seal's placeholder in brackets above the date
    [['行政处罚决定书', '当事人：某某有限公司', '经查，当事人销售过期食品。', '（某某县市场监督管理局印章）', '2024年5月1日'], '某某县市场监督管理局'],
    // in an appeal, the side that was the defendant at first instance (上诉人 or 被上诉人（原审被告）)
    [['上诉人(原审被告)某市交通委员会,住所地某市某路1号。', '被上诉人(原审原告)蔡某,男,汉族,住所地某省某市。'], '某市交通委员会'],
    [['上诉人(原审原告)某生物有机肥有限公司,住所地某市某路1号。', '被上诉人(原审被告)某市某区生态环境局,住所地某市某路2号。'], '某市某区生态环境局'],
    // a 公文 title names its issuer before 关于; a page of typical cases names its agency before 典型案例公示
    [['某区市场监督管理局某分局关于抽样单DC22610100750836959不合格食品核查处置情况的公告(2022年第29号)', '现将核查处置情况公告如下：'], '某区市场监督管理局某分局'],
    [['某市应急管理局典型案例公示(某新型材料有限公司行政处罚案 )', '【标题】', '某新型材料有限公司行政处罚案'], '某市应急管理局'],
    // a publicity page's heading: the agency and what the page publishes
    [['某县环境保护局行政处罚信息公开', '序号 案件名称 当事人 处罚依据'], '某县环境保护局'],
    [['某县自然资源局行政处罚结果公示', '当事人：某公司'], '某县自然资源局'],
    // a municipality's unit named without 市; an agency's inspection team at work (督查组, 检查组)
    [['近日,重庆交通执法总队直属支队执法人员在两江新区楠竹路路段查出一起非法营运行为。'], '重庆交通执法总队直属支队'],
    [['近日,山西省应急管理厅督查组在山西某物资储备库检查时,发现库区内暗藏一家不具备安全生产条件的化工企业。'], '山西省应急管理厅'],
    // the officers of an agency named with the bodies it worked with; an agency publishing its typical cases
    [['东北网哈尔滨11月25日电 24日,记者随同哈尔滨市南岗区劳动局等部门的执法人员对辖区的3家手机商城进行了检查。'], '哈尔滨市南岗区劳动局'],
    [['据“广元市场监管”官方微信公众号消息,2024年,四川省广元市市场监督管理局公布一批虚假违法广告典型案例,包括某经营部发布虚假违法酒类广告案。'], '四川省广元市市场监督管理局'],
    // 做出, as often written for 作出
    [['5月6日,某区卫生监督所对某餐厅做出了罚款五千元、限期整改的行政处罚决定。'], '某区卫生监督所'],
    // a page's bracketed metadata row, the next label on the same line; a report's agency deciding on a day
    [['[索 引 号] 1150038200932575XF/2025-00347 [发文字号]', '[发布机构] 合川区生态环境局 [有 效 性]', '行政处罚决定书'], '合川区生态环境局'],
    [['1.某公司发布违法广告案', '当事人发布保健食品户外广告未标明不适宜人群,违反了《广告法》第十八条规定,依据《广告法》第五十八条,宜章县市场监督管理局于2020年4月28日作出行政处罚,罚款25180元。'], '宜章县市场监督管理局'],
    // a word of time or a news item's passive run into the name
    [['2025年3月19日察布查尔县水利局接到举报称有人凿井,随后县水利局执法人员迅速赶往现场。'], '察布查尔县水利局'],
    [['日前,福建省汽车运输有限公司平潭分公司被平潭综合实验区公安局开出一张五万元的“反恐罚单”。'], '平潭综合实验区公安局'],
    // a web page's trail of columns names the department that publishes a text speaking only as 我局; a page's own body first
    [['首页 > 政务公开 > 政府信息公开平台 > 某市市场监督管理局 > 行政执法', '行政处罚决定书(某诊所有限公司)', '当事人:某诊所有限公司', '2024年5月20日，我局执法人员对当事人进行检查，发现其存放过期医疗器械。'], '某市市场监督管理局'],
    [['首页 > 政务公开 > 某市市场监督管理局 > 行政执法', '某县市场监督管理局', '行政处罚决定书', '当事人:某诊所'], '某县市场监督管理局'],
    // …but two bodies acting together are no one name
    [['5月23日,某市公安局某公安分局元坝派出所会同情报大队查处一起未按规定核对登记上网消费者有效身份证件案。'], null],
  ] as const)('%j', (lines, want) => expect(agencyOf([...lines])).toBe(want))
})

describe('a customs case\'s title names the customs office last', () => {
  it('…违反海关监管规定邵阳海关行政处罚案', () => {
    const f = extractDocFacts(doc(['海关行政处罚信息', '保税料件未经海关许可擅自外发加工违反海关监管规定邵阳海关行政处罚案', '发布时间:2023-03-06  来源:海关总署网站', '当事人:某电子有限公司'], '其他'))
    expect(f.agency?.name).toBe('邵阳海关')
  })
})

describe('a police station under its county bureau', () => {
  it('霍邱县公安局城关派出所 heading the papers is the agency', () => {
    expect(agencyOf(['霍邱县公安局城关派出所', '受案登记表', '案件来源：110指令'])).toBe('霍邱县公安局城关派出所')
  })
})

describe('places whose first character is also a word read in before a name', () => {
  it.each([
    ['和平区市场监督管理局', '和平区市场监督管理局'],
    ['和田地区生态环境局', '和田地区生态环境局'],
    ['向阳区市场监督管理局', '向阳区市场监督管理局'],
    ['日照市市场监督管理局', '日照市市场监督管理局'],
    ['日喀则市公安局桑珠孜区分局', '日喀则市公安局桑珠孜区分局'],
    // (…a date's 日 run onto the name is still no part of it)
    ['日塔城市市场监督管理局', '塔城市市场监督管理局'],
    // (…nor a year's 年 or a month's 月: 2021年中山市…; 月湖区 is a place)
    ['年中山市横栏镇卫生监督所', '中山市横栏镇卫生监督所'],
    ['月湖区市场监督管理局', '月湖区市场监督管理局'],
  ])('%s → %s', (raw, want) => expect(agencyName(raw)).toBe(want))
})

describe("a record's officers with their unit", () => {
  it('询问人… 工作单位：某分局某派出所 → the bureau the station belongs to', () => {
    const a = extractDocFacts(doc(['询 问 笔 录', '时间：2024年3月18日15时10分', '询问人（签名）：边巴次仁　工作单位：日喀则市公安局桑珠孜区分局城北派出所', '被询问人：次仁旺堆　性别：男'], '询问笔录')).agency
    expect(a?.name).toBe('日喀则市公安局桑珠孜区分局')
  })
})

describe('the agency a news item has act', () => {
  it('a station clearing rented rooms, a customs office inspecting and ruling', () => {
    expect(agencyOf(['出租房屋不登记 房东被罚三百元', '　　近日，北京市公安局丰台分局新村派出所在对辖区出租房屋开展集中清查时发现，房东刘某未按规定登记承租人。'])).toBe('北京市公安局丰台分局新村派出所')
    expect(agencyOf(['案例四：出口货物申报数量不实', '　　【处理结果】黄埔海关认定当事人上述行为违反海关监管规定。'])).toBe('黄埔海关')
  })
  it('not bodies acting together: whose case it is the text says elsewhere', () => {
    expect(agencyOf(['为加强安全监管，各地采取联合执法。', '2024年11月19日,根据群众举报线索,曹县应急管理局联合曹县公安局苏集派出所对某处民房进行核查。'])).not.toBe('曹县应急管理局联合曹县公安局苏集派出所')
    // (…a working group joined by a bureau: the bureau the text has penalise the party later)
    expect(agencyOf(['某某督导帮扶组联合贵阳市应急管理局对某钢铁公司进行检查时，发现该单位存在多项重大安全隐患。', '依据有关法律法规，贵阳市应急管理局对该单位作出罚款人民币8万元的行政处罚。'])).toBe('贵阳市应急管理局')
  })
  it('a unit organising a patrol, acting with others on site, or named short for the rest of the item', () => {
    expect(agencyOf(['9月17日5点30分，临沂市交通运输执法支队兰山大队组织两个城区中队在辖区重点路段进行巡查，查获一辆非法营运车辆。'])).toBe('临沂市交通运输执法支队兰山大队')
    expect(agencyOf(['7月16日，南安市卫生计生执法大队协同镇卫计办、镇卫生院到镇区某街对一家牙科诊所“非法行医”进行查处。'])).toBe('南安市卫生计生执法大队')
    expect(agencyOf(['近日，重庆市交通运输综合行政执法总队高速公路第五支队七大队(以下简称“高五支七大队”)在某收费站开展专项整治行动时，查处一起非法营运案件。'])).toBe('重庆市交通运输综合行政执法总队高速公路第五支队七大队')
    expect(agencyOf(['河南省三门峡市公安消防支队防火监督人员近日在进行消防安全检查时，发现该市某酒店消防设施不能正常使用。'])).toBe('河南省三门峡市公安消防支队')
  })
  it('a campaign a city runs is not the case of the district that acts', () => {
    expect(agencyOf(['近日，三亚市综合行政执法局在全市开展集中整治不文明行为大行动，发布了倡议书，吉阳区综合行政执法局加强对不文明行为的整治。'])).not.toBe('三亚市综合行政执法局')
  })
})

describe('a page\'s furniture, a number or a firm run onto the agency\'s name where a copy lost the gap', () => {
  it.each([
    ['打印保存收藏铜川市王益区市场监督管理局', '铜川市王益区市场监督管理局'],
    ['12次蚌埠市淮上区市场监督管理局', '蚌埠市淮上区市场监督管理局'],
    ['汕环违改字〔2017〕11号揭阳市生态环境局', '揭阳市生态环境局'],
    ['台前县某某电器厂濮阳市生态环境局', '濮阳市生态环境局'],
    // (a disclosure's box label run onto the value: 决定机关 | 某局)
    ['决定机关乌鲁木齐市城乡规划管理局', '乌鲁木齐市城乡规划管理局'],
    ['处罚部门天津市滨海新区农业农村委员会', '天津市滨海新区农业农村委员会'],
    // (…but a city before its district's bureau, and the central body before its local bureau, are the name)
    ['北京市海淀区市场监督管理局', '北京市海淀区市场监督管理局'],
    ['国家税务总局广汉市税务局', '国家税务总局广汉市税务局'],
    ['大理白族自治州生态环境局', '大理白族自治州生态环境局'],
  ])('%s → %s', (raw, want) => expect(agencyName(raw)).toBe(want))
})

describe('the agency a listed company says it heard from', () => {
  it('收到某局出具的《行政处罚决定书》 in an announcement', () => {
    const f = extractCase('x', [doc(['公司全资子公司淮安某化工有限公司(“淮安某化”)于近日收到淮安市生态环境局出具的《行政处罚决定书》,现将相关情况公告如下:', '一、行政处罚决定书的主要内容', '当事人违反了《中华人民共和国大气污染防治法》第四十八条第一款的规定。'], '其他')])
    expect(f.agency).toBe('淮安市生态环境局')
  })
})

describe('a scanned page\'s lines joined or wrapped', () => {
  const scanned = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书', lines.map(() => 0.95))).agency?.name ?? null
  it('a labelled value with the next line run onto it is the name that ends the label\'s line', () => {
    expect(scanned(['行政处罚决定书夏自然资规罚〔2023〕017号', '发布日期:2023-04-27 17:05文章来源：江夏区自然资源和规划局', '武汉市江夏佳顺铝粉厂'])).toBe('江夏区自然资源和规划局')
    // (…but a site named in the label is no agency: 海关总署网站)
    expect(scanned(['发布时间:2023-03-06 来源:海关总署网站浏览:583次', '2018年6月20日,当事人向马尾海关申报进口一票货物。'])).not.toBe('海关总署')
  })
  it('the signature above a page of the site\'s notes, wrapped over many lines, is still the signature', () => {
    const notes = Array.from({ length: 14 }, (_, i) => `本站声明第${i + 1}行:转载使用时必须注明来源并自负法律责任`)
    const lines = ['当事人:某电机股份有限公司', '如不服本处罚决定,可以自收到本决定书之日起60日内申请行政复议。', '商务部', '2016年8月31日', ...notes]
    expect(scanned(lines)).toBe('中华人民共和国商务部')
  })
})

describe('the heading over the title, not the site\'s 发布机构 above it (hlth-2209)', () => {
  it('a county branch posting a city bureau\'s decision', () => {
    expect(agencyOf(['益市监(2)处〔2022〕99号', '浏览量:', '索引号 4309000032/2022-1700946', '发布机构 大通湖区市场监督管理局', '发文日期 2022-12-29', '', '益阳市市场监督管理局', '', '行政处罚决定书', '', '益市监(2)处〔2022〕99号', '当  事  人:千山红镇某某口腔诊所'])).toBe('益阳市市场监督管理局')
    // (…while a page whose only word of its agency is that field still gives it)
    expect(agencyOf(['发布机构 大通湖区市场监督管理局', '发文日期 2022-12-29', '当事人:某某诊所', '经查，当事人使用过期医疗器械。'])).toBe('大通湖区市场监督管理局')
  })
})

describe('published pages read by OCR off their print', () => {
  it('a table\'s rule read as 丨 after the signature\'s name is no part of it', () => {
    expect(agencyOf(['行政处罚决定书', '当事人：某公司', '经查，当事人擅自改变林地用途。', '决定处以罚款人民币陆佰叁拾元整。丨', '重庆市潼南区林业局丨', '2024年11月20日丨'])).toBe('重庆市潼南区林业局')
  })
  it('a page\'s next bracketed box run onto the 发布机构\'s value is no part of it', () => {
    expect(agencyOf(['[发布机构 合川区生态环境局[有 效 性]', '行政处罚决定书', '当事人：某劳务服务部', '经查，当事人施工未采取扬尘防治措施。'])).toMatch(/合川区生态环境局$/)
  })
  it('a 公文\'s printing note under the signature names the office that printed it, not the agency', () => {
    // (a procurement decision as OCR read its page: its date above the number, the signature, then the note)
    const page = ["[2022-08-11]", "高财购罚〔2022〕1号", "当事人：某照明集团有限公司", "地址：江苏省高邮市某镇工业集中区", "当事人于2022年6月8日参与“高安市瑞泰投资有限责任公司高铁片区路灯", "工程、华林北路及赤土板北路部分路段和路灯电缆修复工程采购项目（项", "目编号：高安中心-GA2022-018），经评审委员会评审，被确定为该项目中标", "人。6月30日，江苏奥特斯建设集团有限公司向本机关提起投诉。本机关在", "依法处理投诉过程中，对发现的问题依法启动监督检查程序。", "经查证，你公司对投标文件中提交的由美欧国际检测认证(中国)有限公司", "出具的“质量管理体系认证证书”和“企业诚信管理体系认证证书”，不", "能提供合法证据证明其真实性，你公司的行为违反了《中华人民共和国政", "府采购法》第三条、第七十七条第一款的规定，属于提供虚假材料谋取中", "标丶成交的行为。", "根据《中华人民共和国政府采购法》第七十七条规定，本机关做出如下处", "罚决定：", "1.取消本项目中标资格；", "2.处以采购金额千分之五的罚款（人民币23340元）；", "3.列入不良行为记录名单，一年内禁止参加政府采购活动。", "请当事人自收到本决定书之日起十五日内，凭缴款码360983220007181413", "00,通过赣服通或非税收入代收银行核缴。缴款完成后可自行通过江西省", "财政厅官网“非税收入收缴门户网站”打印电子票据，也可到高安市财政", "局打印电子票据。", "当事人如不服本处罚决定，可以在接到本决定书之日起60日内，依法向高安", "市人民政府申请行政复议；也可在6个月内直接向人民法院提起行政诉讼。", "高安市财政局", "2022年8月5日", "高安市财政局办公室2022年8月5日印发"]
    expect(agencyOf(page)).toBe('高安市财政局')
  })
})
