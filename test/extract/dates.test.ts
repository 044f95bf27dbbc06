import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseDatesIn } from '../../shared/extract/dates'
import { extractDocFacts } from '../../shared/extract'
import type { DocType } from '../../shared/types'
import { doc } from './helpers'

describe('date forms', () => {
  it.each([
    ['2024年3月5日', '2024-03-05', 'day'],
    ['2018 年 2 月 9 日', '2018-02-09', 'day'],
    ['二〇二四年三月五日', '2024-03-05', 'day'],
    ['二零二四年三月十五日', '2024-03-15', 'day'],
    ['二○二三年十二月三十一日', '2023-12-31', 'day'],
    ['二O二四年一月二十日', '2024-01-20', 'day'],
    ['二0二四年三月五日', '2024-03-05', 'day'],
    // (OCR reading a 0 as the letter O)
    ['2O25年4月8日', '2025-04-08', 'day'],
    ['2o24年3月18日', '2024-03-18', 'day'],
    ['2024-03-05', '2024-03-05', 'day'],
    ['2024.3.5', '2024-03-05', 'day'],
    ['2024/3/5', '2024-03-05', 'day'],
    ['2016-08-13', '2016-08-13', 'day'],
    ['2024年3月5日9时30分', '2024-03-05T09:30', 'minute'],
    ['2024年3月5日 9:30', '2024-03-05T09:30', 'minute'],
    ['2024年3月5日下午3时许', '2024-03-05T15:00', 'minute'],
    ['2024年3月5日21时左右', '2024-03-05T21:00', 'minute'],
    ['2024-03-05 14:10', '2024-03-05T14:10', 'minute'],
    ['2018年7月', '2018-07', 'month'],
    ['2016年8月份', '2016-08', 'month'],
    ['2016年上半年', '2016', 'half'],
    ['2012年下半年', '2012', 'half'],
    ['2015年底', '2015', 'year'],
    ['２０２４年３月５日', '2024-03-05', 'day'],
    ['2024年3月5曰', '2024-03-05', 'day'], // OCR reads 日 as 曰
  ] as const)('%s → %s (%s)', (s, iso, precision) => {
    const d = parseDatesIn(s)
    expect(d).toHaveLength(1)
    expect(d[0].iso).toBe(iso)
    expect(d[0].precision).toBe(precision)
  })

  it.each([
    ['2024年3月5日9时30分至10时40分', '2024-03-05T09:30', '2024-03-05T10:40'],
    ['14时10分至14时40分', null, null],
    ['2012年6月至2018年2月', '2012-06', '2018-02'],
    ['2014年至2016年底', '2014', '2016'],
    ['2024年3月5日至2024年3月8日', '2024-03-05', '2024-03-08'],
    ['2024年3月5日至3月8日', '2024-03-05', '2024-03-08'],
  ] as const)('range %s', (s, iso, end) => {
    const d = parseDatesIn(s)
    if (iso === null) return expect(d).toHaveLength(0)
    expect(d[0].iso).toBe(iso)
    expect(d[0].endIso).toBe(end)
  })

  it('a year-less date takes the year of the date before it', () => {
    const d = parseDatesIn('2018年9月4日立案，8月2日发现')
    expect(d.map((x) => x.iso)).toEqual(['2018-09-04', '2018-08-02'])
  })

  it('a month-day after 同年 / 当年 takes the year of the date before', () => {
    expect(parseDatesIn('2024年3月5日立案，同年5月8日作出决定').map((x) => x.iso)).toEqual(['2024-03-05', '2024-05-08'])
    expect(parseDatesIn('2024年12月5日立案，当年12月20日作出决定').map((x) => x.iso)).toEqual(['2024-12-05', '2024-12-20'])
  })

  it.each([
    '身份证号码360424198503051234',
    '批号20160415B117',
    '统一社会信用代码91310115MA1H7XXX1X',
    '2024.3.56元',
    '编号2024-13-45',
    '2024年13月5日',
    '2023年2月30日',
  ])('%s holds no date', (s) => expect(parseDatesIn(s).filter((d) => d.precision === 'day')).toHaveLength(0))
})

describe('dates in context', () => {
  it('a receipt serving several papers, a row each: only the decision\'s row is its service', () => {
    const got = facts(['送达回证', '受送达人：郭润生', '序号　送达文书名称及文号　　　　送达方式　　　送达时间', '1　　行政处罚告知书（长上自然资告〔2024〕3号）　　直接送达　　　2024年1月29日10时15分　郭润生', '3　　行政处罚决定书（长上自然资罚〔2024〕3号）　　直接送达　　　2024年3月1日14时40分　郭润生'], '送达回证').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got).toEqual([['2024-01-29', '其他'], ['2024-03-01', '送达']])
  })
  it('a test\'s result served on the makers and sellers, told in a decision\'s facts, is no service of the case\'s papers', () => {
    // (the opening of a real decision, mkt-6502 of the real corpus)
    const lines = ["当事人:河南鑫峰电缆有限公司", "法定代表人:苗雪菲", "委托代理人:陆洪平", "身份证号码:420323XXXXXXXX6119", "主体资格证照名称:营业执照", "统一社会信用代码:91410102MA444WHW77", "类型:有限责任公司(自然人独资)", "经 营 场 所:武陟县乔庙镇詹郇路与武乔路交叉口东南(有成物流园院内)", "2022年5月25日,本局执法人员根据《2022年全市重点产品质量安全排查治理行动实施方案》要求,对天津三建建筑工程有限公司承建黄石市花湖小学校园改扩建工程(一期)项目中使用的低烟无卤阻燃铜芯电线电缆(规格型号:WDZ-BYJ 2.5㎜2 450/750V,生产单位:鑫峰电缆有限公司;商标:辛丰)进行执法抽检,经塞旺检验检测认证有限公司检验,被判定为不合格。", "2022年7月12日、13日,本局分别向天津三建建筑工程有限公司(黄石市花湖小学校园改扩建工程项目部)、湖北西城建筑工程有限公司、河南鑫峰电缆有限公司,送达《检验结果告知书》(黄市监检鉴结〔2022〕21号、黄市监检鉴结〔2022〕22号)和塞旺检验检测认证有限公司出具的《检验检测报告》(报告编号:SCLG01202200679)1份,3家单位(天津三建建筑工程有限公司、河南鑫峰电缆有限公司、湖北西城建筑工程有限公司),在法定期间内未提出复检申请。", "2022年7月15日,天津三建建筑工程有限公司承建黄石市花湖小学校园改扩建工程(一期)项目部经理刘英杰来本局接受询问调查。"]
    expect(facts(lines, '行政处罚决定书').filter((d) => d.iso.startsWith('2022-07-1')).map((d) => d.role)).toEqual(['其他', '其他', '询问开始'])
  })
  it('the date beside the receiver\'s signature on a 送达回证 is the day of service', () => {
    expect(facts(['送达回证', '送达文书    行政处罚决定书（吉市环罚〔2024〕47号）', '收件人签名    刘慧芳（委托代理人）    2024年10月14日', '送达人    曾志远（36080120152）    彭丽（36080120187）'], '送达回证').map((d) => d.role)).toEqual(['送达'])
  })
  it('the date a 送达回证 gives for the decision it serves (文书签发日期) is the decision\'s', () => {
    const got = facts(['送达回证', '送达文书名称及文号：《行政处罚决定书》（白浑交罚〔2025〕第21号）', '文书签发日期：2025年7月15日', '收件日期：2025年7月11日10时20分'], '送达回证').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got).toEqual([['2025-07-15', '决定'], ['2025-07-11', '送达']])
  })
  it('the day a period ends, in its own box (办案期限届满日), is no event of the case (be-03)', () => {
    const got = facts(['延长办案期限审批表', '立案日期 | 2024年5月15日', '办案期限届满日 | 2024年8月13日（立案之日起九十日）'], '延期审批表').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got).toEqual([['2024-05-15', '立案'], ['2024-08-13', '其他']])
  })
  it('the day a paper the 送达回证 relies on was made (授权委托书, 送达地址确认书) is no service (bh-03)', () => {
    const got = facts(['送达回证', '送达文件 行政处罚决定书（津溪环罚〔2024〕18号）', '收件时间', '2024年4月15日10时30分', '备注 收件人持有当事人2024年3月20日出具的授权委托书（含代为签收法律文书权限）。', '送达方式 电子送达（依据当事人2024年3月21日签署的送达地址确认书）'], '送达回证').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got).toEqual([['2024-04-15', '送达'], ['2024-03-20', '其他'], ['2024-03-21', '其他']])
  })
  it('the day a review body revoked the first decision, told in the decision made again, is none of the case\'s steps (bs-09)', () => {
    const got = facts(['行政处罚决定书', '本局于2024年5月8日对你单位作出的渌农（种子）罚〔2024〕6号行政处罚决定，经株洲市渌口区人民政府于2024年8月26日以渌政复决字〔2024〕第17号行政复议决定撤销，并责令本局重新作出行政处罚决定。'], '行政处罚决定书').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got.find(([iso]) => iso === '2024-08-26')).toEqual(['2024-08-26', '其他'])
  })
  it('元月 is January (二〇二四年元月十日, 元月4日 after a full date); a sum\'s 元 before a month\'s word is none (bt-11)', () => {
    const got = facts(['行政处罚决定书', '本局于二〇二四年元月二日向当事人送达了行政处罚告知书，当事人于元月四日提出陈述申辩。罚款伍佰元月底前缴清。', '二〇二四年元月十日'], '行政处罚决定书').map((d) => d.iso.slice(0, 10))
    expect(got).toEqual(['2024-01-02', '2024-01-04', '2024-01-10'])
  })
  it('a decision made again names the revoked one\'s day: that decision\'s, not its own, though its own number is broken over two lines (bt-05 as a scan)', () => {
    const got = facts(['土默特右旗水利局', '行政处罚决定书', '土右水罚[20', '24]9号', '当事人：包头市鑫垚建材有限公司', '本局于2024年2月26日作出的土右水罚〔2024〕2号行政处罚决定，经', '土默特右旗人民政府撤销，并责令重新作出。', '2024年6月5日'], '行政处罚决定书').map((d) => [d.iso.slice(0, 10), d.role])
    expect(got).toEqual([['2024-02-26', '其他'], ['2024-06-05', '决定']])
  })
  it('a 送达回证\'s 收件时间 is the day it was served', () => {
    expect(facts(['送达回证', '送达文书：行政处罚决定书（拉人防罚〔2024〕3号）', '收件人签名：次仁多吉（单位公章）', '收件时间：2024年10月16日11时00分'], '送达回证').map((d) => d.role)).toEqual(['送达'])
  })
  it('on a line of several boxes the date\'s own box names it, not a box before it (检查人 … 立卷日期)', () => {
    const got = facts(['卷内备考表', '立卷人：孙雅楠          检查人：刘振江          立卷日期：2024年5月22日'], '其他').map((d) => d.role)
    expect(got).not.toContain('检查')
  })
  it('a date in the 案件来源 box followed by 登记 / 受理 is the day the source was registered, however long the box', () => {
    const got = facts(['立案审批表', '案件来源：国家医疗保障局举报投诉平台转办举报线索（线索编号：JB2024-5101-00812），2024年9月10日登记', '案由：涉嫌串换诊疗项目'], '立案审批表').map((d) => [d.iso, d.role])
    expect(got).toEqual([['2024-09-10', '案件来源']])
  })
  const facts = (lines: string[], type: DocType = '其他') => extractDocFacts(doc(lines, type)).dates
  it('a date opening a sentence inside a paragraph is no value of the line above it (the title); the officers who sign a report date it', () => {
    const got = facts(['案件调查终结报告', '', '　　当事人为已备案的粮食收购企业。2024年1月至8月收购玉米约2860吨，未建立粮食经营台账。', '　　建议给予警告。', '　　承办人：孟繁军　于洪涛　　2024年10月8日'], '案件调查终结报告').map((d) => [d.iso, d.role])
    expect(got).toEqual([['2024-01', '违法行为发生'], ['2024-10-08', '调查终结']])
  })
  it('a payment made 通过 a platform on a day is the payment, not a law adopted that day', () => {
    const got = facts(['结案报告', '    2.当事人于2025年5月19日通过宁夏非税收入电子缴款平台缴纳罚款15000元。'], '结案报告')
    expect(got.map((d) => [d.iso, d.role, !!d.quoted])).toEqual([['2025-05-19', '缴款', false]])
    // (…while a law's adoption stays one)
    expect(facts(['依据《某条例》（2020年4月29日通过）的规定'], '行政处罚决定书').map((d) => d.quoted)).toEqual([true])
  })
  it('the account of the facts opens however the decision words it: 现已查明, 经依法查明, 经调查核实, in a table\'s cell', () => {
    const role = (lines: string[]) => facts(lines, '行政处罚决定书').map((d) => d.role)
    expect(role(['现已查明:2008年10月,当事人某液化石油气储配站为独家经营县城散装液化石油气业务,与该县六家经营户达成协议。'])).toEqual(['违法行为发生'])
    expect(role(['经依法查明,2023年5月,当事人某商行为谋取利益,向他人出售过期食品。'])).toEqual(['违法行为发生'])
    expect(role(['行政处罚内容 | 经查明,2021年05月08日上午,某市政园林工程有限公司作为某项目绿化配套工程的施工单位,施工时未采取扬尘防治措施。 |'])).toEqual(['违法行为发生'])
    // (…but the words that close the investigation open no account: 现已调查终结)
    expect(role(['你单位涉嫌违法一案,现已调查终结,2024年5月6日,本局依法向你单位送达了告知书。'])).not.toContain('违法行为发生')
  })
  it('a date in a row of values under a head row of labels has the event its column names (a receipt\'s 送达时间 column)', () => {
    const head = '送达文书名称、文号        受送达人                       送达时间                  送达地点                     送达方式'
    expect(facts([head, '行政处罚决定书            新疆某仓储物流有限公司         2024年5月6日10时20分      当事人办公楼二楼             直接送达'], '送达回证').map((d) => d.role)).toEqual(['送达'])
    // (…a receipt's row serving the notice tells the notice given, as its numbered row does)
    expect(facts([head, '行政处罚告知书            新疆某仓储物流有限公司         2024年4月22日11时05分     当事人办公楼二楼             直接送达'], '送达回证').map((d) => d.role)).toEqual(['告知'])
  })
  it('the agency named in full as the subject is not the party acting', () => {
    const dates = facts(['你擅自在文物保护单位保护范围内进行建设工程一案,经调查,2025年6月3日15时20分至16时20分,淮南市文化和旅游局2名执法人员进行了检查。', '2025年6月4日,淮南市文化和旅游局对张某某涉嫌擅自在文物保护'], '不予行政处罚决定书')
    expect(dates.find((d) => d.iso === '2025-06-04')?.role).not.toBe('违法行为发生')
  })
  it('the inspection that opens the account found the matter, the conduct\'s date told in between', () => {
    const dates = facts(['2022年3月16日,某区生态环境保护综合执法大队执法人员对某公司塑料颗粒生产项目进行现场检查,该项目于2022年2月开工建设并投产,总投资22万元,该项目涉嫌未依法报批环境影响评价文件。'], '行政处罚决定书')
    expect(dates.map((d) => d.role)).toEqual(['案件来源', '违法行为发生'])
  })
  it('the opening inspection found the matter when its account tells what the officers saw was missing or wrong', () => {
    const roles = (lines: string[]) => facts(lines, '行政处罚决定书').map((d) => d.role)
    // (经现场检查：…无法提供…; 检查到你销售的…; 检查现场你单位正在生产…)
    expect(roles(['2025年10月28日15时50分至17时20分,某局执法人员出示执法证件后,对某公司进行执法检查,现场负责人刘某陪同检查。经现场检查:1、该公司持有《营业执照》,但无法提供《旅行社业务经营许可证》。'])).toEqual(['案件来源'])
    expect(roles(['2025年1月6日我局执法人员检查到你销售的某牌沐浴乳每瓶净含量400g,售价78元/瓶,共三瓶。'])).toEqual(['案件来源'])
    expect(roles(['2024年2月26日某大队对你单位的生产现场进行检查。检查现场你单位正在生产,切割机产生的废水呈乳白色。'])).toEqual(['案件来源'])
    // (…a case the agency sent on to the police, told before, is no way the matter came in)
    expect(roles(['某分局在对违法企业进行罚款处罚的同时,将案件及时移送公安处理。', '2021年7月21日,执法人员对某公司进行现场检查时发现,该公司烟气排放口存在旁路烟道。'])).toEqual(['案件来源'])
    // (…but a complaint told before it is)
    expect(roles(['某局接到群众举报。', '2021年7月21日,执法人员对某公司进行现场检查时发现,该公司烟气排放口存在旁路烟道。'])).toEqual(['检查'])
    // (…and a visit that saw nothing wrong found nothing)
    expect(roles(['2024年2月26日某大队对你单位进行检查。你单位持有营业执照。'])).toEqual(['检查'])
  })
  it('a report of several cases, each under its name: each inspection that found its case is its 案件来源, a complaint heading another', () => {
    const dates = facts([
      '以下为典型案例:',
      '江西省某有限公司未按约定及时足额向农民工工资专用账户拨付人工费用案',
      '2020年6月,某区人社局劳动保障监察机构接到农民工投诉,反映某项目工地拖欠其工资。',
      '厦门某建筑劳务有限公司未按月核定农民工工作量案',
      '2020年11月9日,某区人社局劳动保障监察机构对该区某小学工程项目进行日常巡查时发现,该项目劳务分包公司未按月核定农民工工作量,经责令整改但对方逾期未改,依法作出罚款5万元的行政处罚决定。',
    ])
    expect(dates.map((d) => d.role)).toEqual(['案件来源', '案件来源'])
    // (案例2 on its own line, the inspection's finding after a comma: 巡查,发现)
    const two = facts(['案例1', '2025年1月17日,某局接到举报,某公司超量储存烟花爆竹。', '案例2', '2025年2月7日,某县应急管理局执法人员开展第二轮巡查,发现某烟花爆竹店现场存放烟花爆竹73箱。'])
    expect(two.map((d) => d.role)).toEqual(['案件来源', '案件来源'])
    // (one case told day by day, a complaint then the visit it led to: the visit is an inspection)
    const one = facts(['2024年7月18日,接到《投诉单》投诉在某超市购买的小麦粉已过保质期。', '2024年7月19日,我局执法人员对当事人的经营场所进行执法检查时发现货架上摆放有2袋已超过保质期的小麦粉。'])
    expect(one.map((d) => d.role)).toEqual(['案件来源', '检查'])
  })
  it('a date printed on goods or a device (校准日期, 消毒日期, 配制日期) and a law\'s 起实施 date are no facts of the case', () => {
    const quoted = (line: string) => facts([line], '行政处罚决定书').map((d) => d.quoted ?? false)
    expect(quoted('机器上粘有校准证:校准日期:2023年4月11日;校准单位:某校准公司。')).toEqual([true])
    expect(quoted('食品名称:复用餐饮具(碗、筷子);消毒日期:2025年12月04日;不合格项目:阴离子合成洗涤剂。')).toEqual([true])
    expect(quoted('《某市文明行为促进条例》自2020年1月1日起实施,其中第二十三条规定……')).toEqual([true])
    // (…but the party's conduct begun on a day is)
    expect(quoted('当事人自2020年1月1日起实施上述违法行为。')).toEqual([false])
  })
  it('no act of the conduct: a paper\'s own day in brackets, a measure on the goods, an agency speaking of itself as 本单位, a paper someone handed over', () => {
    const roles = (line: string) => facts([line], '行政处罚决定书').map((d) => d.role)
    expect(roles('2.某公司营业执照复印件、法定代表人身份证复印件(2023年10月18日),用于证实违法行为主体某公司的有关信息;')).not.toContain('违法行为发生')
    expect(roles('该局依据《中华人民共和国固体废物污染环境防治法》第二十七条的规定,于2021年4月15日,对该公司收集、贮存废铅蓄电池予以查封、扣押。')).not.toContain('违法行为发生')
    expect(roles('本單位于2024年4月25日對在某河段防洪堤附近從事開挖、填堵行為案調查。')).not.toContain('违法行为发生')
    expect(roles('4、2024年12月18日由某热电有限公司销售专员段**提供的本人身份证复印件1份,证明段**个人身份信息。')).not.toContain('违法行为发生')
    // (…while the party's act on a day still is)
    expect(roles('经查,当事人于2024年4月10日在某养牛场购买黄牛11头,未经检疫即销售。')).toEqual(['违法行为发生'])
  })
  it('a date of eight digits in a table\'s cell or box is read; a serial or a number glued to words is not', () => {
    const got = facts(['作出行政处罚的机关名称和日期 十堰市农业农村局 20201217 备注'], '行政处罚决定书')
    expect(got.map((d) => d.iso)).toEqual(['2020-12-17'])
    expect(facts(['发票号码 20231399 金额 500元'], '行政处罚决定书')).toEqual([])
    expect(facts(['联系电话 13912345678'], '行政处罚决定书')).toEqual([])
  })
  it('the agency named after the date deciding, in whatever words (决定依照…处以, 责令…并作如下处罚), dates the decision', () => {
    const roles = (line: string) => facts([line]).map((d) => d.role)
    expect(roles('2022年5月31日,连城县市场监督管理局责令当事人改正违法行为,并对当事人作如下处罚:罚款5000元。')).toEqual(['决定'])
    expect(roles('1998年7月10日,区卫生局决定依照《某条例》规定对胡某未经批准擅自开业处以罚款。')).toEqual(['决定'])
    // (an order to correct alone is no decision of a penalty)
    expect(roles('2022年5月31日,连城县市场监督管理局责令当事人限期改正违法行为。')).not.toContain('决定')
  })
  it('a date told as what an inspection found is a fact found, never the day of finding', () => {
    const roles = (line: string) => facts([line], '行政处罚决定书').map((d) => [d.iso, d.role])
    expect(roles('2025年8月12日,我局执法人员检查发现你公司于2023年12月份新增设的1台8吨生物质燃料锅炉建设项目未重新报批环境影响评价文件。')).toEqual([['2025-08-12', '案件来源'], ['2023-12', '违法行为发生']])
    expect(roles('我局于2024年9月24日对你单位进行了调查,发现你单位2024年9月13日-9月19日废水总排口在线监测设施故障期间由你单位工作人员采样。')[1]).toEqual(['2024-09-13', '违法行为发生'])
    expect(roles('执法人员检查发现2024年7月份以来对矿长等人的考核,存在的问题基本一致。')).toEqual([['2024-07', '违法行为发生']])
    // (…an approval or a licence applied for is the party's record)
    expect(roles('执法人员开展检查发现:该项目于2025年3月24日申请办理了基坑部分施工许可证。')).toEqual([['2025-03-24', '其他']])
  })
  it('an inspection made under a campaign notice a higher body handed down found the matter; a hotline order or a work order brought it in', () => {
    const roles = (line: string) => facts([line], '行政处罚决定书').map((d) => d.role)
    expect(roles('2021年3月23日,我局执法人员根据益阳市市场监督管理局下发的“关于深入开展洗涤用品专项整治行动”开展市场专项检查,发现某南货店货架上摆放销售过期蚝油。')).toEqual(['案件来源'])
    expect(roles('2022年11月18日,在执行市局下发的《关于对近期药店疫情防控专项整治的通知》文件精神时,在某大药房进行现场检查时,发现该店未凭处方销售处方药。')).toEqual(['案件来源'])
    // (…while a paper served on the party is its service, no finding)
    expect(roles('2024年5月6日,我局向当事人下发了《责令改正通知书》。')).toEqual(['其他'])
    expect(roles('2024年5月26日14时58分,接株洲市12345市长热线派单,要求对某餐馆油烟扰民问题进行调查处理。')).toEqual(['案件来源'])
    // (a ride platform dispatching an order is the conduct's course, no complaint)
    expect(roles('2024年8月16日15时10分,市交通运输局执法人员在长江大道检查时发现,某公司通过某网约车平台派单形式为乘客提供网约车服务。')).toEqual(['案件来源'])
  })
  it('a visit that served a test\'s report and inspected the premises is an inspection; a report served alone is no step of the case', () => {
    const roles = (line: string) => facts([line], '行政处罚决定书').map((d) => d.role)
    expect(roles('2025年11月18日本局执法人员将《检验报告》送达当事人,并对当事人的经营场所进行现场检查。')).toEqual(['检查'])
    expect(roles('2024年11月12日,我局执法人员对当事人进行现场核查并送达检验报告,当事人现场未提出异议。')).toEqual(['检查'])
    expect(roles('2025年11月18日本局执法人员将《检验报告》送达当事人。')).toEqual(['其他'])
  })
  it('a record of the evidence list named before its dates, or after them behind 的, gives them its step', () => {
    const got = facts(['证据如下:', '2.证据名称:《调查询问笔录》4份,作出时间:2025年9月10日、9月12日、10月10日;作出单位:某局;证明内容:执法人员对你养殖场进行现场检查。'], '行政处罚决定书')
    expect(got.map((d) => d.role)).toEqual(['询问开始', '询问开始', '询问开始'])
    // (…on the line as the text runs, a scanned page's wrapped lines joined: 作出时间：2025年9月10日、9月 / 12日)
    const scanned = extractDocFacts(doc(['2.证据名称:《调查询问笔录》4份,作出时间:2025年9月10日、', '9月12日、10月10日;作出单位:某局。'], '行政处罚决定书')).dates
    expect(scanned.map((d) => d.role)).toEqual(['询问开始', '询问开始', '询问开始'])
    const behind = facts(['以上事实有2022年7月27日的《某局现场检查(勘察)笔录》,2022年8月4日的《某局调查询问笔录》等证据为证。'], '行政处罚决定书')
    expect(behind.map((d) => d.role)).toEqual(['检查', '询问开始'])
  })
  it('a date reads the words of its own clause, not those of a later date in the sentence', () => {
    const dates = facts(['原告某公司不服行政处罚一案,于2013年12月4日向本院提起行政诉讼,本院于2013年12月13日受理后,于2013年12月17日向被告送达了起诉状副本及应诉通知书。'])
    expect(dates.map((d) => d.role)).toEqual(['其他', '其他', '其他'])
    // (dates listed together share the words after the last)
    expect(facts(['2020年4月17日,执法人员对某加油站进行检查。4月20日和5月6日,执法人员对该站主要负责人夏某进行了两次询问。'], '其他').slice(1, 3).map((d) => d.role)).toEqual(['询问开始', '询问开始'])
  })
  it('a sentence opening on its date that tells someone\'s act and the law it broke dates the violation', () => {
    const dates = facts(['近期，某市已有多人被处罚。', '2025年1月12日，某乡某村村民曾某华在田里做事抽烟将烟头丢在杂草中引发火警，违反了《森林防火条例》第五十条的规定，被处以3000元罚款。'], '其他')
    expect(dates.map((d) => d.role)).toEqual(['违法行为发生'])
    // …but not the agency's step, nor a suspected breach it filed a case on
    expect(facts(['2024年8月9日，执法人员检查发现你单位未取得排污许可证排放污染物，违反了《排污许可管理条例》第二条。'], '行政处罚决定书').map((d) => d.role)).not.toContain('违法行为发生')
    expect(facts(['2017年8月22日，我部根据《反垄断法》，对某公司涉嫌违反《公告》立案调查。'], '其他').map((d) => d.role)).toEqual(['立案'])
  })
  it('a short sentence near the foot is no foot date, and the party\'s own steps are no conduct', () => {
    const roles = (line: string) => facts(['行政处罚决定书', '当事人：某公司', line, '以上事实有现场检查笔录等证据证明。', '依据《中华人民共和国食品安全法》第一百二十四条，本局决定罚款五万元。', '如不服本决定，可以申请行政复议。'], '行政处罚决定书').map((d) => d.role)
    expect(roles('当事人于2024年3月10日已整改完毕。')).toEqual(['其他'])
    expect(roles('经批准，本案办案期限延长至2024年6月30日。')).toEqual(['其他'])
    expect(roles('当事人于2024年3月6日收到检验报告，未提出复检申请。')).toEqual(['其他'])
    // (…the laboratory named between, 收到北京市某检验研究院邮送的复检报告: no service of the decision)
    expect(roles('当事人于2025年11月21日收到北京市某某器械检验研究院邮送的复检报告，复检结论为不合格。')).toEqual(['其他'])
    expect(roles('当事人于2024年3月15日将违法所得上缴。')).toEqual(['其他'])
    // (…while the agency's signature with its date, a full stop after it, is the decision's date)
    expect(facts(['行政处罚决定书', '当事人：某公司', '依据《中华人民共和国食品安全法》第一百二十四条，本局决定罚款五万元。', '某市农业农村局2025年6月4日。'], '行政处罚决定书').map((d) => d.role)).toEqual(['决定'])
  })
  it('the period an inspection looked at is no event of the case', () => {
    const roles = (line: string) => facts(['税务行政处罚事项告知书', line, '你单位有陈述、申辩的权利。'], '行政处罚事先告知书').map((d) => d.role)
    expect(roles('对你（单位）2023年1月1日至2023年12月31日期间的纳税情况检查发现的税收违法行为，拟于近期作出税务行政处罚决定。')).toEqual(['其他'])
  })
  it('a business\'s own takings (销售收款记录) are no payment of the fine', () => {
    const roles = (line: string) => facts(['现场检查笔录', '检查时间：2024年9月3日', line], '现场检查笔录').filter((d) => d.text !== '2024年9月3日').map((d) => d.role)
    expect(roles('经查，该公司仅有2024年2月至8月磅单27张及销售收款记录。')).not.toContain('缴款')
    expect(roles('答：2024年3月8日进的，一共25公斤，有收款收据。')).not.toContain('缴款')
    expect(roles('当事人于2024年9月30日缴纳罚款60000元。')).toEqual(['缴款'])
    // (…nor a tax the inspection looked at)
    expect(roles('经我局于2024年7月9日至2024年8月5日对你单位增值税及附加税费缴纳情况进行检查。')).not.toContain('缴款')
  })
  it('a firm\'s act unlawful in its own words right after the date is the conduct (某公司于2015年8月，未经政府批准，擅自占用…)', () => {
    const roles = (line: string) => facts(['行政处罚决定书', line], '行政处罚决定书').map((d) => d.role)
    expect(roles('海南某农业科技股份有限公司于2015年8月，未经政府批准，擅自占用某农场国有土地636平方米。')).toEqual(['违法行为发生'])
    expect(roles('广西某港务有限公司未经依法批准，于2011年12月非法占用某村的国有存量建设用地。')).toEqual(['违法行为发生'])
    // (…not a firm's lawful step on that day)
    expect(roles('某公司于2015年8月取得营业执照。')).not.toContain('违法行为发生')
  })
  it('a record made before the decision tells no payment of its fine (cg-01: the party\'s takings in an answer)', () => {
    const roles = (line: string) => facts(['询问笔录', '询问时间：2024年7月24日9时00分至10时20分', line], '询问笔录').filter((d) => !d.text.startsWith('2024年7月24日')).map((d) => d.role)
    expect(roles('答：5月9日到7月21日一共卖了48瓶，零售价12.50元，收款600元。')).not.toContain('缴款')
  })
  it('a day the agency plans a step for (拟于…之后作出) is not the step', () => {
    const roles = (line: string) => facts(['税务行政处罚事项告知书', line, '你单位有陈述、申辩的权利。'], '行政处罚事先告知书').map((d) => d.role)
    expect(roles('对你单位的税收违法行为拟于2024年8月26日之后作出税务行政处罚决定，现将有关事项告知如下：')).toEqual(['其他'])
    expect(roles('我局将于2024年9月3日后依法作出行政处罚决定。')).toEqual(['其他'])
    expect(roles('我局于2024年9月3日依法作出行政处罚决定。')).toEqual(['决定'])
  })
  it('a report of several cases: each paragraph’s inspection that found its case is that case’s 案件来源', () => {
    const dates = facts([
      '2022年4月25日,市住建局检查发现,某项目施工单位甲建设有限公司在施工过程中未采取覆盖等防尘措施,市住建局对其罚款2万元。',
      '2022年5月10日,市住建局检查发现,某花园项目施工单位乙建设集团有限公司未采取冲洗地面等防尘措施,市住建局对其罚款3万元。',
      '2022年5月11日,市住建局检查发现,某广场项目施工单位丙建筑工程集团有限公司存在未采取裸土覆盖等措施的问题。',
    ])
    expect(dates.map((d) => d.role)).toEqual(['案件来源', '案件来源', '案件来源'])
    // (one case told day by day: a later visit is an inspection)
    const one = facts(['2022年4月25日,市住建局检查发现,某项目施工单位甲公司未采取覆盖等防尘措施。', '2022年5月10日,市住建局再次检查发现,该单位仍未整改。'])
    expect(one.map((d) => d.role)).toEqual(['案件来源', '检查'])
  })
  it('an order not obeyed: the re-check that found it so is the 案件来源, the visit that gave the order an inspection', () => {
    const lines = ['行政处罚决定书', '当事人:某药房', '调查认定的事实:', '2024年8月10日,我局执法人员对某药房进行日常检查,检查发现当事人未凭处方销售处方药,我局下达了责令改正通知书,责令当事人改正违法行为。2024年9月3日,我局执法人员对该药房进行复查,发现当事人于2024年9月1日仍未凭处方销售处方药。']
    const roles = (tail: string) => facts([...lines, tail], '行政处罚决定书').map((d) => [d.iso, d.role])
    expect(roles('当事人存在未凭处方销售处方药逾期不改的行为。')).toEqual([['2024-08-10', '检查'], ['2024-09-03', '案件来源'], ['2024-09-01', '违法行为发生']])
    // (…but where the offence is the conduct itself, the first visit found it)
    expect(roles('当事人存在未凭处方销售处方药的行为。')[0]).toEqual(['2024-08-10', '案件来源'])
  })
  it('a decision the party itself made, told among the facts, is an act of the conduct, not the agency\'s decision', () => {
    const got = facts(['经查，当事人2011年3月7日作出决定，对超计划1.5%以上的三家产险公司停止新车出单。', '本局于2012年12月3日作出本决定。'], '行政处罚决定书')
    expect(got.map((d) => [d.iso, d.role])).toEqual([['2011-03-07', '违法行为发生'], ['2012-12-03', '决定']])
  })
  it('the day a file was bound, on its cover or contents (立卷人…审核人…), is no step of the case', () => {
    const got = facts(['卷内目录', '立卷人：邵明远    审核人：韩志刚    二〇二五年四月二十一日'], '卷内目录')
    expect(got.map((d) => d.role)).toEqual(['其他'])
  })
  it('the day the party confirmed the address a decision was posted to is no service', () => {
    const got = facts(['送达回证（邮寄送达）', '送达地址：吉林省长春市某区某路××号（受送达人二○二五年四月十八日确认的送达地址）', '签收情况：二○二五年五月二十八日本人签收'], '送达回证')
    expect(got.map((d) => [d.iso, d.role])).toEqual([['2025-04-18', '其他'], ['2025-05-28', '送达']])
  })
  it('the day the party confirmed its address for service is no service, whatever box it stands in', () => {
    const got = facts(['电子送达记录', '送达文书：行政处罚告知书', '送达方式：电子邮件（依据2024年3月21日送达地址确认书）', '发送时间：2024年4月22日10时16分'], '行政处罚事先告知书')
    expect(got.find((d) => d.iso === '2024-03-21')?.role).toBe('其他')
  })
  it('a visit following up a finding is no finding', () => {
    const dates = facts(['2022年9月23日,某市生态环境局某分局对某公司进行执法检查。在现场检查中,发现你公司场地内堆存的磷矿石未采取密闭措施。2022年12月21日,某县生态环境综合执法大队针对某市生态环境局执法检查发现某经贸有限公司的环境违法行为进行现场核实。'], '行政处罚决定书')
    expect(dates.map((d) => d.role)).toEqual(['案件来源', '检查'])
  })
  it.each([
    ['立案日期：2024年3月5日', '立案'],
    // the party the clause before names, the act unlawful in its own words
    ['经调查,你在未经林业主管部门批准的情况下,于2024年擅自在某镇某村委会某农场林地上滥伐林木。', '违法行为发生'],
    // a paper the party handed over that day
    ['4、2024年7月30日当事人提供的超市证件及经营者身份证复印件各一份,证明了当事人经营资质;', '其他'],
    // where the conduct had got to; a child taken on
    ['在其店内作为称量工具在粮食收购中使用。至2024年10月8日被我执法人员查获时止,该地磅还在继续使用中。', '违法行为发生'],
    ['童工肖*玉于2025年7月9日入职工作至2025年7月21日止,共计工作13天。', '违法行为发生'],
    // a public works project (工程) built without its approvals
    ['现场检查发现城口县某农村公路联网工程已于2024年11月开工建设,截止2025年5月已完成80%的基础路面开挖。', '违法行为发生'],
    // a request for a hearing is no hearing; a case review board meets as a collective discussion; a decision carried out
    ['2024年3月14日，当事人申请听证。本局于2024年3月20日举行听证。', '其他'],
    ['本案于2024年5月10日经本局案件审理委员会审理。', '集体讨论'],
    ['当事人于2024年5月15日履行了行政处罚决定。', '缴款'],
    // the agency's own monitoring, the agency named before the date, nothing having brought the matter in before
    ['本机关于2024年2月1日委托某检测公司对当事人排放的废水进行采样监测。', '案件来源'],
    // the decision served that day, though the words before or after name the decision
    ['该《行政处罚决定书》于2024年4月22日直接送达当事人。', '送达'],
    ['2024年4月22日，本局将行政处罚决定书邮寄送达当事人。', '送达'],
    ['该《行政处罚事先告知书》于2024年4月2日送达当事人。', '告知'],
    // the party came to be questioned (谈话, not a 谈话通知书); the reasoning opening on the facts
    ['2019年8月2日,当事人来队谈话接受调查,并承认其违法事实。', '询问开始'],
    ['2019年7月31日,执法人员向当事人发放谈话通知书。', '其他'],
    ['本机关认为:2021年3月11日,被处罚人安排2名未获得有效健康合格证明的从业人员从事保洁服务。', '违法行为发生'],
    // the day the agency found the matter out: 经查 after the date, what the officers seized
    ['2018年7月6日上午,经查你单位100MW项目环境影响评价文件未经批准,已擅自开工建设部分主体工程。', '案件来源'],
    ['经查,当事人开设医疗点。2024年10月17日执法人员在当事人中医治疗室内查获4批超过有效期的药品。', '案件来源'],
    // an order to correct made that day is no decision of the penalty
    ['2024年3月8日，本机关对当事人作出了责令改正违法行为决定书。', '其他'],
    // the decision's date in a notice of its service by publication
    ['本局于2025年8月21日依法对你单位作出《行政处罚决定书》(中市监处罚〔2025〕5号),因采取其他送达方式无法送达,依据《中华人民共和国行政处罚法》第六十一条的规定公告送达。', '决定'],
    // the agency, named right after the date, deciding under the provisions it cites; a record's 处罚时间 or 下达日期
    ['当事人的上述行为构成销售不合格产品的违法行为。2023年4月24日，某县市场监管局依据《中华人民共和国产品质量法》第四十九条的规定，责令当事人停止违法行为，作出：1.没收不合格产品；2.罚款5000元。', '决定'],
    ['2025年3月20日，执法机关依据《中华人民共和国行政处罚法》第三十三条第一款的规定，决定不予行政处罚。', '决定'],
    ['该公司的行为被某区自然资源局立案调查。处罚时间为2022年11月23日。', '决定'],
    ['行政处罚下达日期：2021年2月2日，某环罚字〔2021〕2号。', '决定'],
    // the unlawful word before the date, the party (a public body here) named in the clause before
    ['当事人某县某镇人民政府在未经取得合法用地审批手续的情况下，擅自于2018年7月25日开始动工，在某村非法占用土地植树造林。', '违法行为发生'],
    // …or named by no word of the party's at all; and the day a write-up says the matter happened
    ['西安某旅行社在未取得《营业性演出许可证》的情况下,于2024年6月份开始在网络平台出售《驼铃传奇》演出门票。', '违法行为发生'],
    ['该案事发于2023年6月24日。当天,某区应急指挥中心接群众匿名举报称某项目工地存在夜间施工。', '违法行为发生'],
    // a sentence opening on its date whose subject is a driver or a villager acting; an officer acting is no such subject
    ['2026年1月19日16时12分,某捷出租汽车公司闽CD**30号驾驶员从中闽百汇商场载客至丰泽区南少林,未按规定使用计价器。', '违法行为发生'],
    ['2025年1月10日,云石山乡石背村某小组村民刘某秀在田里烧田埂草。', '违法行为发生'],
    ['2025年7月9日下午,我局执法人员到达位于某区某街道的某公司进行检查。', '检查'],
    // …or a firm or a masked person, the sentence perhaps opening on its box's label; a firm's paper is no act of it
    ['行政处罚决定书显示,2025年2月2日,天津某剧院有限公司在某区某道104号擅自举办评剧演出。', '违法行为发生'],
    ['2023年5月10日,吝某某连续在渭河大坝实施采砂活动,多次利用农用三轮拉运。', '违法行为发生'],
    ['处罚事由:2023年4月26日,某金属结构有限公司组织人员在进行高炉煤气管道开人孔作业时未落实安全措施。', '违法行为发生'],
    ['2024年3月6日,某检测有限公司出具检验报告,结论为不合格。', '其他'],
    // a court's proceedings on the penalty: the application to it, the suit, its own steps
    ['申请执行人某市环境保护局于2016年4月13日向本院申请强制执行某环罚字[2015]31号行政处罚决定。', '其他'],
    ['原告不服,于2014年2月7日向本院提起行政诉讼,请求撤销上述行政处罚决定。', '其他'],
    ['本院于2018年8月3日受理后,依法组成合议庭,对某县国土资源局作出的行政处罚决定进行审查。', '其他'],
    // what the officers told the party of is its own sale, no notice of a penalty
    ['现场未发现该批次豇豆,执法人员告知当事人其2021年7月13日销售给某农业有限公司的长豆角(豇豆)检验不合格。', '违法行为发生'],
    // a term the agency sets: an order to stop from a day on, a testing period served on the party
    ['责令某煤业有限公司,从2023年2月9日起停止生产,按规定进行整顿。', '其他'],
    ['并向当事人送达了检验期间告知书一份,检验期间为2024 年10月9日至2024 年10月31日,因案件正在进一步调查中,未能在检验期间结束之日起三十日内作出处理决定。', '其他'],
    // the days of a term the decision sets, in brackets after it
    ['某局依法对某煤矿作出责令停产整顿5日（2024年5月4日至2024年5月8日）的行政处罚决定。', '其他'],
    // …but not the agency serving the notice of what it intends
    ['2024年2月26日，某县水利局对郑某作出《行政处罚事先告知书》，告知其依法享有陈述、申辩的权利。', '告知'],
    ['检查时间：2024年3月6日9时30分', '检查'],
    ['询问时间：2024年3月7日14时10分至15时20分', '询问开始'],
    ['送达时间：2024年3月12日', '送达'],
    ['缴款日期：2024年3月20日', '缴款'],
    ['结案日期：2024年4月2日', '结案'],
    ['审核日期：2024年3月9日', '法制审核'],
    ['讨论时间：2024年3月10日', '集体讨论'],
    ['听证时间：2024年3月15日9时', '听证'],
    ['本局于2024年3月1日接到举报', '案件来源'],
    ['本局于2024年3月5日立案调查。', '立案'],
    // a matter an inspection team handed on; an inspection whose finding the next sentence tells
    ['2023年10月23日省生态环境交叉执法检查组交办问题,某汽车城有限公司(以下简称:你单位)存在危险废物暂存间设置不规范等问题。', '案件来源'],
    ['2024年2月26日某市生态环境保护综合行政执法支队某大队对某建材有限公司(以下简称:你单位)位于某区某路的生产现场进行检查。检查现场你单位正在生产,废水经简单沉淀后流入地下管网。', '案件来源'],
    ['2024年3月6日，本局执法人员对当事人经营场所进行了检查。', '检查'],
    ['本局于2024年3月11日向当事人送达了《行政处罚事先告知书》。', '告知'],
    // a 告知书 of something else than the intended penalty: its service is no 告知
    ['2024年3月1日，本局向当事人送达了《延长扣押期限告知书》。', '其他'],
    ['2024年3月1日，本局向当事人送达《检测期间告知书》。', '其他'],
    // …nor is a test report served on the makers and sellers, before the case
    ['经查，当事人于2024年1月至2024年2月期间销售过期食品。', '违法行为发生'],
    // the opener of the account is no subject; a named person's conduct; the party right before the date
    ['经本机关调查,白孟居于2024年10月在新平漠沙农场种植了20亩左右的无筋豆。', '违法行为发生'],
    ['经调查，韩某，女，某村村民，于2020年10月24日晚五点左右在南墙外自留地焚烧秸秆。', '违法行为发生'],
    ['推送显示你公司2023年12月3日出水口超标因子总氮日均值为15.14mg/L。', '违法行为发生'],
    // …the span it acted over, opened by the date; its activity further on the clause; a purchase told from its seller
    ['经依法查明,你单位 2022年10月开始到2022年12月期间,因铁路东环线银花火车站配套工程一标段项目,在未经县级以上人民政府批准的情况下擅自占用林地。', '违法行为发生'],
    ['经核实,你单位2024年8月租赁株洲市经开区龙头铺街道龙头社区场地建设碎石场,9月2日开始调试。', '违法行为发生'],
    ['(三)调查情况。2025年7月7日,当事人从贵阳市修文县扎佐农产品市场某蔬菜批发部以7.5元/kg的价格购进该批次豇豆。', '违法行为发生'],
    // (…not a step of its own in the case)
    // the party's act right after the date and its time, no comma between (…2023年5月24日16时30分你在某路驾驶…遗撒水泥浆)
    ['经查,43岁的驾驶人徐某某,2023年5月24日16时30分你在北海大道与科前路交汇处驾驶车牌号为桂E30388的车辆遗撒水泥浆造成城市道路被污染。', '违法行为发生'],
    // …but not what it did to put the matter right once found
    ['2021年3月11日当事人在经营场所处张贴了召回公告对其经营的超过保质期食品采取了召回措施。', '其他'],
    ['你单位2024年8月5日向我局提交了陈述申辩书。', '陈述申辩'],
    // the agency acting, wherever it stands and however it is named; a paper the party handed over
    ['我局已于2023年4月13日责令你公司改正违法行为。', '其他'],
    ['6.营业执照(2023年10月8日由你单位的史家胜提供,证明违法主体);', '其他'],
    ['5.由你单位于2025年4月22日提供的《营业执照》复印件,证明违法主体;', '其他'],
    // the party issuing a false report is the conduct, a report to the agency is not
    ['你单位于2023年2月14日为天津泰达能源发展有限责任公司出具《DA001烟气排放连续监测系统比对测试报告》。', '违法行为发生'],
    // the day the agency found the matter out; its own monitoring that found it, before any filing or complaint
    ['经我局2023年5月31日查实,你单位《辐射安全许可证》许可种类和范围是使用IV类放射源。', '案件来源'],
    ['2022年6月23日,汨罗分局委托岳阳市汨罗生态环境监测站对你公司生产时的噪声进行了监测。根据《监测报告》你公司厂界东侧噪声超标。', '案件来源'],
    ['2016年5月24日我局执法人员联同江门市环境监测中心站工作人员对你单位的边界环境噪声进行监督监测,根据监测结果显示,你单位超标排放。', '案件来源'],
    // the service of a paper other than the decision, however far into the sentence
    ['2024年9月2日,本机关对当事人使用的涉案渔具作出继续保存处置,并向当事人送达了《先行登记保存物品处理通知书》。', '其他'],
    ['3.由石河子市生态环境局执法人员于2025年4月28日下达的《责令改正违法行为决定书》(石环责改〔2025〕2030号)及《送达回证》', '其他'],
    ['2、2024年7月26日当事人签收的询问通知书一份,证明当事人接受我局询问的事实;', '其他'],
    ['2023年10月9日,香格里拉市水务局下发《责令停止违法行为通知书》《调查询问通知书》。', '其他'],
    // a paper the party handed over, a correction it made after the order: steps of the procedure, no conduct
    ['1.当事人于2021年10月8日向本局提供的《营业执照》副本复印件和经营者身份证复印件各一份,证明当事人的主体资格。', '其他'],
    ['本局下达《责令改正通知书》,责令当事人改正上述违法行为,当事人于2024年12月10日建立食品进货查验台账。', '其他'],
    // a day the agency set for the party
    ['我局向你下达了《调查询问通知书》,要求你于2023年7月17日到我单位接受调查询问。', '其他'],
    // the sale the re-inspection found; a test the party did and reported on
    ['本局执法人员在复查时,查到该店2023年11月10日出售了处方药“护肝片”。', '违法行为发生'],
    ['2.经调阅历史检测报告,你公司于2023年12月8日对车牌号为闽GMF128的轻型货车进行检测,并出具检测报告(报告编号为:350402342312081039)。', '违法行为发生'],
    // the project the clause before names, built that month
    ['该项目未依法报批环境影响报告表,于2024年12月开工建设。', '违法行为发生'],
    ['当事人已于2024年3月20日缴纳罚款。', '缴款'],
    ['调查终结时间：2024年3月8日', '调查终结'],
    ['陈述申辩时间：2024年3月13日', '陈述申辩'],
    ['违法行为发生时间：2023年12月1日', '违法行为发生'],
    ['受送达人签收：张三 2024年3月12日', '送达'],
    ['本局于2024年3月18日作出行政处罚决定。', '决定'],
    // the party named after 当事人, a project as the subject, the facts' opener before a comma on the same line
    ['经调查，当事人重庆市某饲料有限公司于2023年2月27日生产的饲料产品共计2吨', '违法行为发生'],
    ['该项目于2022年2月开工建设并投产', '违法行为发生'],
    ['经调查，2025年2月15日，当事人将未取得登记证的肥料卖给某某', '违法行为发生'],
    // inside the account of the facts, a date no word gives a role to is the party's conduct; not the agency's act,
    // a third party's, an accident or a document's date
    ['经调查，2020年4月16日，当事人从某肥业有限公司进货7箱。以上事实有询问笔录为证。', '违法行为发生'],
    ['经查，某公司推销员上门推销，2022年4月27日售出8小袋计16斤，违法所得200元。', '违法行为发生'],
    ['当事人田某友于2025年5月5日15时许，在某停靠点泵船使用抛竿进行违规垂钓。', '违法行为发生'],
    ['执法人员现场检查，该塑料颗粒生产项目于2022年2月开工建设并投产。', '违法行为发生'],
    // the facts opener, then the person it names (masked or not) acting on the date; the agency named there is no party
    ['经依法查明,陈**于2020年3月在某村委会自家林地上擅自开垦林地种植板栗树。', '违法行为发生'],
    ['经依法查明,朱**于2024年4月12日13时左右从家里出发到某山林处上坟烧纸。', '违法行为发生'],
    ['经查明,执法人员于2024年4月12日到现场进行检查。', '检查'],
    // a write-up's 基本案情 / 案情简介 heading opens the account as 经查明 does
    ['二、基本案情 2023年5月，某石材厂在某村河道内堆放石料。', '违法行为发生'],
    ['案情简介：2021年9月，某公司在某街道厂区内开始打井抽取地热水。', '违法行为发生'],
    // what a court says the decision found (认定…于…): the conduct's date
    ['被告认定蔡某龙于2014年11月18日占用某村耕地挖土准备采砂。', '违法行为发生'],
    ['出版局认定某书刊印装厂(以下简称印装厂)于1998年5月至6月在无任何印刷手续的情况下,以印制教具的名义印制字帖。', '违法行为发生'],
    ['该项目于2024年5月16日前建成。', '其他'],
    // a record named after its date, in the evidence list above all; 调查询问 is a questioning
    ['以上事实,有2022年3月16日《某分局现场检查(勘察)笔录》1份、2022年3月22日《某分局调查询问笔录》1份为证。', '检查'],
    ['4、2024年4月1日由福州市某执法大队执法人员制作的《现场照片》,证明现场情况;', '检查'],
    ['3.2025年11月24日现场照片证据4张,证明该公司项目正在施工;', '检查'],
    ['2025年7月1日,局执法人员对你单位受委托人进行调查询问。', '询问开始'],
    // the agency receiving another body's report or notice before any filing; the sale an inspection found
    ['2025年3月26日,本局收到萍乡市产品质量检验所出具的检验报告。', '案件来源'],
    ['1.2018年1月10日,本机关收到三明市大田县农业局的肥料抽查协查通知书。', '案件来源'],
    ['本局于2024年3月1日立案。2024年3月20日，本局收到当事人提交的陈述申辩材料。', '立案'],
    ['执法人员检查中发现该药店2024年9月1日售出诺氟沙星胶囊一盒。', '违法行为发生'],
    // other papers served; the report or the assignment that brought the matter in
    ['我局于2024年12月16日向当事人送达了上述产品的《产品质量监督抽查结果通知书》。', '其他'],
    ['2020年4月26日，向某种业有限公司送达“产品确认通知书”。', '其他'],
    ['当事人于2025年3月27日签收了检验报告。', '其他'],
    ['本局于2024年3月12日向当事人送达了《行政处罚决定书》和《缴款通知书》。', '送达'],
    ['依据2023年9月22日接收的监测报告，你单位噪声超标。', '案件来源'],
    ['2021年1月12日，登封市控尘办督查问题交办通知单编号：登控(2021)002号。', '案件来源'],
    ['经查，2025年1月7日赣州市市场监督管理局委托某检验所对当事人生产的烟花进行质量检验。', '其他'],
    ['经查明，2022年10月14日，你单位承建的某项目发生一起死亡1人的生产安全事故。', '其他'],
    ['经查，该地块在2003年2月12日《关于某市建设用地的批复》中批准为建设用地。', '其他'],
    ['以上事实有以下证据证实：2024年4月1日的监测日报表。', '其他'],
    // the agency's own inspections by their other names
    ['《现场勘察平面图》（2023年9月11日提取）', '检查'],
    ['2024年9月30日，根据责改要求，我局对你单位整改情况进行复查', '检查'],
    // another act than the decision, another notice than the penalty's
    ['2024年9月2日，本机关对当事人使用的涉案渔具作出继续保存处置', '其他'],
    ['由执法人员于2025年4月23日下达的《检测结果告知书》', '其他'],
    // a day the agency set for the party (要求你单位于…), not the party's act
    ['要求你单位于2024年11月14日对施工工地的建筑垃圾进行清运。', '其他'],
    // an accident, a contract signed: no act the document holds to be the violation
    ['经查明，2020年6月5日，你公司在安庆市某还建房项目施工时发生一起高处坠落事故。', '其他'],
    ['经调查，你单位于2024年6月与南通某塑胶有限公司签订租赁合同。', '其他'],
  ] as const)('%s → %s', (line, role) => expect(facts([line])[0].role).toBe(role))
  it('a step\'s time a box names keeps its role though written as a stamp', () => {
    expect(facts(['检查时间：2024-03-05 10:30'], '行政处罚决定书').map((d) => [d.role, Boolean(d.quoted)])).toEqual([['检查', false]])
  })
  it('the notice of an intended penalty 作出 is the notice, not the decision (its title broken by a space)', () => {
    const d = facts(['2019年3月1日起调查。某公司称该单位没有资金。同年5月21日,某区人社局向某公司作出《行政 处罚事先告知书》。'])
    expect(d.map((x) => x.role)).toEqual(['其他', '告知'])
  })
  it('telling someone to come in is no 告知 of the penalty', () => {
    const [d] = facts(['经了解，2024年9月5日是车主宋某的丈夫阳某驾驶小货车前往荒山弃置病死猪，执法人员立即通知宋某告知其丈夫阳某迅速前来本机关配合调查。'])
    expect(d.role).not.toBe('告知')
  })
  it('the agency discussing the case before it decides is no decision', () => {
    expect(facts(['2023年6月1日，我局根据现场核实情况和《中华人民共和国土地管理法》第七十六条的规定进行了讨论，决定处罚如下：'])[0].role).not.toBe('决定')
  })

  it('the receipt of the notice the account tells is the 告知, not the decision’s service', () => {
    const signed = facts(['我部于2019年7月8日向你单位发出《住房和城乡建设部行政处罚意见告知书》（建督罚告字〔2019〕38号），你单位于2019年10月14日签收，并提出书面陈述。'])
    expect(signed.map((d) => [d.iso, d.role])).toEqual([['2019-07-08', '告知'], ['2019-10-14', '告知']])
    const above = facts(['我局向你单位发出《行政处罚事先告知书》，告知你单位拟作出的处罚决定。我局于2023年8月24日向你单位送达上述文件，你单位于当日签收。'])
    expect(above.map((d) => [d.iso, d.role])).toEqual([['2023-08-24', '告知']])
    // a notice of the testing period is no notice of the penalty
    const testing = facts(['2024年10月9日，我局对加油机采取了扣押措施，并向当事人送达了检验期间告知书一份。'])
    expect(testing.map((d) => d.role)).not.toContain('告知')
  })

  it('a visit made to take samples is no discovery; one that found the matter on site and then sampled is', () => {
    const sampled = facts(['现查明：2023年7月26日，在河南省2023年农药产品质量监督抽检工作中，对你单位经营的杀蚁饵剂进行抽样检测，经检测，检验结论为不合格。2024年2月1日，我局依法对当事人立案。'])
    expect(sampled.map((d) => [d.iso, d.role])).toEqual([['2023-07-26', '检查'], ['2024-02-01', '立案']])
    const found = facts(['我局于2025年9月1日对你单位进行了检查，现场检查时你单位污水通过管道排向厂区外，经采样监测，pH超过排放标准。'])
    expect(found.map((d) => [d.iso, d.role])).toEqual([['2025-09-01', '案件来源']])
  })

  it('the account the ecology template opens with 发现你单位实施了以下环境违法行为： tells the conduct', () => {
    const ds = facts(['昌吉州生态环境局于2023年10月18日对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位在2023年2月17日至2月27日重污染天气橙色预警响应期间，未落实减排措施。以上事实，有下列证据为凭。'])
    expect(ds.map((d) => [d.iso, d.role, d.endIso ?? null])).toEqual([['2023-10-18', '案件来源', null], ['2023-02-17', '违法行为发生', '2023-02-27']])
  })

  it.each([
    ['生产日期为2023年10月14日', '2023-10-14'],
    ['成立日期：2012年5月21日', '2012-05-21'],
    ['经查，当事人于2020年1月13日注册登记取得营业执照', '2020-01-13'],
    ['当事人:白某居,男,哈尼族,1963年06月14日出生', '1963-06-14'],
    ['备案编号:PDY00057065232717D2132,备案日期:2023年01月31日。', '2023-01-31'],
    ['经营范围:汽油、柴油带储存设施(限2023年1月16日前有效)', '2023-01-16'],
    ['标注“2024年07月13前食用”的小麦粉预拌粉已超过保质期。', '2024-07-13'],
    ['生產日期2024年3月3日,保質期120天。', '2024-03-03'],
    ['经查，你公司于2013年10月24日办理了《国有土地使用证》。', '2013-10-24'],
    ['在食堂冰柜内发现一袋鲜饵丝,生产日期标注2025年5月11日,保质期为24小时。', '2025-05-11'],
    ['生产商为保山双云食品有限公司,保质期限到2025年5月12日为止。', '2025-05-12'],
    ['生产批号:20241015A,限期使用日期:2024.10.14,零售价:15元/2瓶。', '2024-10-14'],
    ['药品鹿角胶,有效期截止2020年5月,保质期5年。', '2020-05'],
    ['CCC证书版本号:00,车辆制造日期:2025-06-16;', '2025-06-16'],
    ['经查,当事人系2021年1月4日在本局登记的个体工商户,主要从事食品销售。', '2021-01-04'],
    ['经查,城口县苟**百货经营部开办于2015年6月15日,主要经营日用百货。', '2015-06-15'],
    ['广汇宝信于2011年11月在英属开曼群岛注册成立,主要业务包括汽车销售。', '2011-11'],
    ['扩能后的项目环境影响报告表于2021年2月22日获得贵阳市生态环境局批复。', '2021-02-22'],
    ['招用未满16周岁的未成年人黄某某(2006年3月11日生,入职后一周离职)。', '2006-03-11'],
    ['负责人***,男,1962年9月26日生人,汉族,农民,住某市某区。', '1962-09-26'],
    // (a web page's 公开日期 is the page's)
    ['公开日期: 2017-09-30', '2017-09-30'],
    // (…and so is a time stamp with a colon on the page's furniture line)
    ['时间: 2021年09月17日 16:31 | 作者:某制药 | 来源: 医药资讯| 阅读: 128次', '2021-09-17T16:31'],
  ] as const)('a date on goods or of the party’s own record is no fact of the case: %s', (line, iso) => {
    expect(facts([line]).map((d) => [d.iso, d.role, d.quoted])).toEqual([[iso, '其他', true]])
  })

  it('the dates on a gas cylinder\'s inspection ring (本次检验…、有效日期…) are no facts of the case', () => {
    expect(facts(['其中有20个液化石油气钢瓶的检验环均标注“广西某钢瓶检验站、本次检验2021年3月、有效日期2025年3月”等信息。']).map((d) => [d.iso, d.role, d.quoted])).toEqual([['2021-03', '其他', true], ['2025-03', '其他', true]])
  })

  it('the signatures under a form’s 简要案情 are no conduct of the party', () => {
    const d = facts(['简要案情及立案理由', '2024年5月20日，执法人员现场检查时发现当事人货架上摆放超过保质期的火腿肠。经查，上述食品系当事人于2024年2月25日购进。涉嫌违反《中华人民共和国食品安全法》第三十四条的规定，建议立案。', '办案机构负责人意见', '同意立案。', '签名：汪某', '2024年5月22日', '负责人意见', '同意立案。', '签名：沈某', '2024年5月22日', '备注', ...Array.from({ length: 12 }, () => '')], '立案审批表')
    expect(d.filter((x) => x.iso === '2024-05-22').map((x) => x.role)).not.toContain('违法行为发生')
  })

  it('an inspection told after the filing it follows is a step of the investigation, not the discovery', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '2024年3月10日，本局依法对当事人立案调查。2024年3月12日，执法人员对当事人经营场所进行检查，发现当事人销售过期食品。', '以上事实有现场检查笔录为证。'])).toEqual([['2024-03-10', '立案'], ['2024-03-12', '检查']])
    // told as the discovery that led to the filing, it keeps its role whatever its date (an inconsistency to show)
    expect(roles(['当事人：某公司', '2024年3月12日，执法人员对当事人进行检查，发现当事人涉嫌销售过期食品，于2024年3月10日立案调查。', '以上事实有现场检查笔录为证。'])).toEqual([['2024-03-12', '案件来源'], ['2024-03-10', '立案']])
    // the discovery told after the filing sentence but dated before it stays the discovery
    expect(roles(['当事人：某公司', '本局于2024年3月10日对当事人立案调查。经查明：2024年3月5日，执法人员对当事人经营场所进行检查，发现当事人销售过期食品。'])).toEqual([['2024-03-10', '立案'], ['2024-03-05', '案件来源']])
  })

  it('a paper the agency receives after filing is no source of the case, nor the service of the decision', () => {
    expect(facts(['本局于2024年3月1日立案调查。2024年3月20日，本局收到某检测公司出具的检验报告。']).map((d) => d.role)).toEqual(['立案', '其他'])
  })

  it('a higher body handing the matter down, or the report the text told reaching the agency, before any filing: the source', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '2019年6月20日,广东省生态环境厅向我局下达《环境监察通知书》(粤环函〔2019〕1061号)并附有关材料。'])).toEqual([['2019-06-20', '案件来源']])
    expect(roles(['当事人：某公司', '检验结论判定为不合格。我局于2024年12月13日收到上述报告,并于2024年12月16日向当事人送达了上述检验报告。'])).toEqual([['2024-12-13', '案件来源'], ['2024-12-16', '其他']])
  })

  it('the day a report was issued is neither the conduct it measured nor the day it reached the agency', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '根据某某环境监测站2024年3月5日出具的监测报告，你单位排放的废气超过排放标准。'])).toEqual([['2024-03-05', '其他']])
    expect(roles(['当事人：某公司', '某某检测中心于2024年3月5日出具检验报告，结论为不合格。'])).toEqual([['2024-03-05', '其他']])
    expect(roles(['当事人：某公司', '2024年3月5日，本局收到某某检测中心出具的检验报告，检验结论为不合格。'])).toEqual([['2024-03-05', '案件来源']])
  })

  it('the party\'s business from when it began (自…开始，在某地从事…) and until the agency looked into it (截至…调查时止) is the conduct', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某便利店', '经查，当事人系2019年12月本局核准登记的个体工商户，自2024年9月开始，在某街道某组1号从事食品、烟草制品销售。截至2024年11月20日我局调查时止，当事人经营烟草制品零售业务未取得烟草专卖零售许可证。'])).toEqual([['2019-12', '其他'], ['2024-09', '违法行为发生'], ['2024-11-20', '违法行为发生']])
    // (the agency's own step from a day on is no conduct: 我局自2024年9月起开展专项检查)
    expect(roles(['当事人：某便利店', '我局自2024年9月开始，在全县开展烟草市场专项检查。'])).not.toContainEqual(['2024-09', '违法行为发生'])
  })

  it('a title with its number run into the date\'s line (处罚决定书:某罚[2024]6号 我局于…对你单位进行了调查) does not make the date the decision\'s', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['某宠物医院 被重罚 处罚决定书:陕A阎良环罚[2024]6号 我局于2024年4月8日对你单位进行了调查，发现你单位实施了以下环境违法行为。'])).toEqual([['2024-04-08', '案件来源']])
  })

  it('the day the agency told the party of the decision it intended (告知…拟作出的行政处罚决定) is the notice, not the decision', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某建材厂', '2022年10月25日告知你厂违法事实、处罚依据和拟作出的行政处罚决定,并告知你厂有提出陈述、申辩和要求听证的权利。'])).toEqual([['2022-10-25', '告知']])
    expect(roles(['当事人：某建材厂', '本局于2022年11月8日作出行政处罚决定。'])).toEqual([['2022-11-08', '决定']])
  })

  it('经我局某日现场检查，你单位存在…: the inspection the finding is told of is the discovery, unless the case was filed before', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '经我局2024年3月1日现场检查，你单位存在以下违法行为：'])).toEqual([['2024-03-01', '案件来源']])
    expect(roles(['当事人：某公司', '本局于2024年2月1日立案。经我局2024年3月1日现场检查，你单位存在以下违法行为：'])).toEqual([['2024-02-01', '立案'], ['2024-03-01', '检查']])
  })

  it('the inspection that found the party\'s act: the act after 发现：当事人于 / 发现该公司 is the violation, the visit the discovery', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '2023年9月10日,我局执法人员现场检查发现:当事人于2023年7月在广州市番禺区某街道某村某巷10号201租用厂房建成一个服装布料印花工场。'])).toEqual([['2023-09-10', '案件来源'], ['2023-07', '违法行为发生']])
    expect(roles(['当事人：某公司', '2021年11月,某市统计局对某投资有限公司进行统计执法检查,发现该公司2021年8月连续两月未报送统计报表。'])).toEqual([['2021-11', '案件来源'], ['2021-08', '违法行为发生']])
    // the day a summary above gives as the discovery, told again as the visit; its record in the evidence stays 检查
    expect(roles(['当事人：某公司', '我局于2024年9月23日至24日对你公司进行了调查,发现你公司实施了以下生态环境违法行为:', '2024年9月23日至24日期间,某执法大队执法人员对你公司进行现场检查和调查询问。执法人员现场检查时,你公司正在生产,皮带输送在下料过程中扬尘较重。', '以上违法事实,有下列证据为凭:', '1.我局于2024年9月23日—2024年9月24日期间所作的现场检查笔录1份。']).map(([iso, role]) => [iso.slice(0, 10), role])).toEqual([['2024-09-23', '案件来源'], ['2024-09-23', '案件来源'], ['2024-09-23', '检查']])
    // goods found in place are what the visit found
    expect(roles(['当事人：某蛋糕店', '2023年3月2日,我局执法人员到当事人经营的蛋糕店进行执法检查,进入作坊在操作间冰柜中摆放有如下产品:烘焙专用牛奶调制乳,共计2瓶。'])).toEqual([['2023-03-02', '案件来源']])
  })

  it('某日经局领导批准，对当事人…的行为决定予以立案调查: the filing approved that day, whatever conduct the sentence names', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某食品店', '2025年4月17日经局领导批准,对当事人未取得食品经营许可从事食品经营活动和经营超过保质期的食品的行为决定予以立案调查。'])).toEqual([['2025-04-17', '立案']])
  })

  it('a court database\'s header line (结案日期 … 案号:(2013)汀行初字第2号 经办法院:…) dates the court\'s closing of the suit, no step of the penalty', () => {
    const d = extractDocFacts(doc(['原告某经营部与被告某县农业局农业行政处罚一审行政判决书', '', '结案日期:2013年3月20日 案由:农业行政处罚 当事人:某经营部 某县农业局 案号:(2013)汀行初字第2号 经办法院:福建省长汀县人民法院'], '其他')).dates
    expect(d.map((x) => [x.iso, x.role])).toEqual([['2013-03-20', '其他']])
  })

  it('what a decision or a court below found, told by a court (该决定书查明如下事实：… / 原判查明，…): the person told acting does the conduct', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '其他')).dates.map((d) => [d.iso, d.role])
    expect(roles(['被告市运管局于2018年3月30日作出筑运政罚(2018)第0045883号行政处罚决定书,该决定书查明如下事实:2018年1月16日,陈国坤驾驶车辆贵J×××××在贵阳市金阳世纪城装载壹名乘客,准备到都匀。'])).toEqual([['2018-03-30', '决定'], ['2018-01-16', '违法行为发生']])
    expect(roles(['原判查明,2018年1月16日上午10:40分,陈国坤驾驶车辆贵J×××××在贵阳市金阳世纪城装载壹名乘客。'])).toEqual([['2018-01-16T10:40', '违法行为发生']])
  })

  it('a review body\'s own steps in its decision (本机关于…收到, …组织听证) are none of the penalty\'s; a customs declaration the party made is its conduct', () => {
    const roles = (lines: string[], type: DocType) => extractDocFacts(doc(lines, type)).dates.map((d) => [d.iso, d.role])
    expect(roles(['行政复议决定书', '渝中府复〔2024〕377号', '申请人:重庆市某某公司。', '被申请人:重庆市渝中区应急管理局。', '申请人不服被申请人作出的《行政处罚决定书(单位)》不服提出的行政复议申请,本机关于2024年12月27日收到,于2025年1月6日予以受理。本机关于2025年3月6日依法组织听证。'], '其他')).toEqual([['2024-12-27', '其他'], ['2025-01-06', '其他'], ['2025-03-06', '其他']])
    expect(roles(['经我关调查,当事人有以下违法行为:2023年11月14日,当事人以一般贸易方式申报出口两票货物,申报品名均为干制黑木耳。'], '行政处罚决定书')).toEqual([['2023-11-14', '违法行为发生']])
    // (…but a decision that tells its party to apply to 本机关 for review is the agency's own paper: 本机关于…立案 is the filing)
    expect(roles(['行政处罚决定书', '当事人：某公司', '本机关于2024年3月1日立案调查。经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定罚款人民币二万元。', '如不服本决定，可以在收到本决定书之日起六十日内向本机关提出行政复议申请。'], '行政处罚决定书')).toEqual([['2024-03-01', '立案']])
  })

  it('我局于某日对你单位进行了立案调查，发现…: the day of the filing, whatever it found', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => [d.iso, d.role])
    expect(roles(['当事人：某公司', '我局于2023年10月8日对你单位进行了立案调查,发现你单位实施了以下环境违法行为:'])).toEqual([['2023-10-08', '立案']])
  })

  it('a team of officials as the subject after the date (省大气执法帮扶组通过…) does no act of the party', () => {
    const d = extractDocFacts(doc(['当事人：某公司', '2024年11月25日9时30分,省大气执法帮扶组通过查看企业生产台账和分表计电系统该公司停产期间有生产电量。'], '行政处罚决定书')).dates
    expect(d.map((x) => x.role)).not.toContain('违法行为发生')
  })

  it('a birth month (出生年月) and the day the party obtained a permit (办理了…手续) are the party\'s record, no fact of the case', () => {
    const own = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.filter((d) => !d.quoted).map((d) => [d.iso, d.role])
    expect(own(['当事人:潘*良,性别:男,出生年月:1974年06月,住址:某地。'])).toEqual([])
    expect(own(['经查，当事人于2020年1月15日办理了草原临占手续，此手续为期二年。'])).toEqual([])
    // (…registered or approved by the bureau; goods whose production dates were all that day)
    expect(own(['本局查明:当事人于2020年12月16日经本局依法登记取得《营业执照》。'])).toEqual([])
    expect(own(['现查明:当事人于2001年7月13日经核准开展电梯维保业务。'])).toEqual([])
    expect(own(['当事人各销售1件三丁包,生产日期均为2020年10月13日,保质期12个月,已超出保质期。'])).toEqual([])
    expect(own(['经查，当事人于2020年1月15日未办理用地手续即擅自建设。'])).toEqual([['2020-01-15', '违法行为发生']])
  })

  it('each record of an evidence list takes its own event', () => {
    expect(facts(['以上事实,有2022年3月16日《某分局现场检查(勘察)笔录》1份、2022年3月22日《某分局调查询问笔录》1份为证。']).map((d) => d.role)).toEqual(['检查', '询问开始'])
  })

  it('a list of production dates: each is the goods’', () => {
    expect(facts(['没收超过保质期的月饼4盒(生产日期为2023年8月15日和2023年9月12日各2盒);']).map((d) => [d.iso, Boolean(d.quoted)])).toEqual([['2023-08-15', true], ['2023-09-12', true]])
  })

  it.each([
    ['现场检查笔录', '检查'],
    ['询问笔录', '询问开始'],
    ['听证笔录', '听证'],
  ] as const)('起止时间 on a %s means %s', (type, role) => {
    const d = facts(['起止时间：2024年3月6日9时30分至10时40分'], type)
    expect([d[0].role, d[0].endIso]).toEqual([role, '2024-03-06T10:40'])
  })

  it('询问 ranges also give the end of the questioning', () => {
    const d = facts(['询问时间：2024年3月7日14时10分至15时20分'])
    expect(d.map((x) => [x.role, x.iso])).toEqual([['询问开始', '2024-03-07T14:10'], ['询问结束', '2024-03-07T15:20']])
  })

  it.each([
    ['行政处罚决定书', '决定'],
    ['立案审批表', '立案'],
    ['行政处罚事先告知书', '告知'],
    ['送达回证', '送达'],
    ['结案报告', '结案'],
    ['备考表', '文书落款'],
    ['其他', '文书落款'],
  ] as const)('the foot date of a %s means %s', (type, role) => {
    const d = facts(['正文第一行。', '正文第二行。', '上海市市场监督管理局', '二〇二四年三月十八日'], type)
    expect(d).toHaveLength(1)
    expect(d[0].role).toBe(role)
  })

  it('the foot date of a court\'s ruling on enforcing a penalty is the court\'s step, none of the penalty\'s', () => {
    const ruling = ['申请执行人某县国土资源局。', '被执行人某县某砖厂。', '本裁定送达后即产生法律效力。', '审判长杨某', '审判员刘某', '二O一二年一月六日', '书记员申某']
    expect(facts(ruling, '其他').map((x) => x.role)).toEqual(['其他'])
  })

  it.each([
    ['在2024年专项执法检查中发现', 0],
    ['依据《抚州市2016年种子市场整治方案》', 0],
    ['(2015年版)', 0],
    ['2016年-2030年规划', 0],
    ['身份证号：110105194912310021', 0],
  ] as const)('%s: no case date', (line, n) => expect(facts([line])).toHaveLength(n))
  it('a company’s history (founded, listed) holds no date of the case', () => {
    expect(facts(['华域汽车于1992年成立,2009年在上海证券交易所上市。']).map((d) => [d.iso, d.quoted])).toEqual([['1992', true], ['2009', true]])
  })

  it.each([
    ['《中华人民共和国固体废物污染环境防治法》(2020年4月29日修订)第一百零二条', '2020-04-29'],
    ['该条例自2018年1月1日起施行', '2018-01-01'],
    ['自2017年3月1日《中华人民共和国电影产业促进法》颁布实施后,执法部门对电影院加大了检查力度', '2017-03-01'],
  ])('a law version date in %s is a date, not a fact of the case', (line, iso) => {
    expect(facts([line]).map((d) => [d.iso, d.role, d.quoted])).toEqual([[iso, '其他', true]])
  })

  it.each([
    ['发布时间:2020-06-22 09:26:10', true, '其他'],
    ['[ 成文日期 ] | 2023-08-11 | [ 发布日期 ] | 2023-08-17 |', false, '决定'],
    ['发表日期:2025-09-19    文章来源:大冶市自然资源和规划局', true, '其他'],
    ['來源:呂梁市生態環境局 更新時間:2025-03-28', true, '其他'],
    ['日期:2024-11-06', true, '其他'],
    ['2026-02-12  来源:  浏览次数:1', true, '其他'],
    ['湖南省住房和城乡建设厅 时间: 2023-03-01 15:08', true, '其他'],
    ['来自:襄阳市环境监测站 时间:2025-08-08', true, '其他'],
    ['新黄河 2024-05-26 19:40:24', true, '其他'],
    ['  • 2021-01-21 15:14', true, '其他'],
    // a newspaper's issue the text came from; a site's name after the date; the editor's line
    ['(文章来源环球游报2019年3月8日第1179期A5版)', true, '其他'],
    ['2025-05-21云南民族旅游网', true, '其他'],
    ['编辑 举报 2023-12-20 12:25', true, '其他'],
  ])('a web page’s date in %s', (line, quoted, role) => {
    const d = extractDocFacts(doc(['行政处罚决定书', line], '行政处罚决定书')).dates[0]
    expect([Boolean(d.quoted), d.role]).toEqual([quoted, role])
  })

  it('a bulleted list of the page’s boxes: the value under its label', () => {
    const d = extractDocFacts(doc(['行政处罚决定书', '  • [ 成文日期 ]', '  • 2025-12-03', '  • [ 发布日期 ]', '  • 2025-12-05'], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, Boolean(x.quoted), x.role])).toEqual([['2025-12-03', false, '决定'], ['2025-12-05', true, '其他']])
  })

  it('two bare dates in a page’s header whose labels were lost: the second is the page’s, the first may be the 成文日期', () => {
    const d = extractDocFacts(doc(['  • 铜农(饲料)罚〔2023〕8号', '  • 有效', '  • 2023-04-23', '  • 2023-05-08', '重庆市铜梁区农业农村委员会行政处罚决定书', ...Array.from({ length: 12 }, (_, i) => `经查，你单位第${i + 1}项违法事实清楚。`)], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, Boolean(x.quoted), x.role])).toEqual([['2023-04-23', false, '决定'], ['2023-05-08', true, '其他']])
  })

  it('成文日期 then 发布日期 on one line: the first is the document’s, the second the page’s; a news page dates only itself', () => {
    const d = extractDocFacts(doc(['行政处罚决定书', '成文日期: 2023-08-29 发布日期: 2023-08-31'], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, Boolean(x.quoted), x.role])).toEqual([['2023-08-29', false, '决定'], ['2023-08-31', true, '其他']])
    const news = extractDocFacts(doc(['【以案释法】从业人员安全教育培训记录不实将被处罚', '发文日期: 2023-08-07 发布日期: 2023-08-07'], '其他')).dates
    expect(news.every((x) => x.quoted)).toBe(true)
  })
  it('a 生成日期 is the document’s own, its label across a table’s rule', () => {
    const d = extractDocFacts(doc(['行政处罚决定书', '生成日期:', '|', '2020年04月28日', '|', '文件名称:', ...Array.from({ length: 12 }, (_, i) => `经查，你单位第${i + 1}项违法事实清楚。`)], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, Boolean(x.quoted), x.role])).toEqual([['2020-04-28', false, '决定']])
  })

  it('a date alone on a line after the body’s sentences is the foot’s, not the page header’s', () => {
    const d = extractDocFacts(doc(['某某公司:', '经查，你单位未批先建。', '你单位如不服本决定，可以申请行政复议。', '某县水利局', '2026-01-21', '(此件主动公开发布)'], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, Boolean(x.quoted), x.role])).toEqual([['2026-01-21', false, '决定']])
  })

  it('the matter comes to light once: a later inspection listed with the first, or a repeat, is an inspection', () => {
    const listed = facts(['我局于2024年6月2日、6月19日、7月16日对你砖厂进行了检查调查,发现你砖厂实施了以下生态环境违法行为:'], '行政处罚决定书')
    expect(listed.map((d) => [d.iso, d.role])).toEqual([['2024-06-02', '案件来源'], ['2024-06-19', '检查'], ['2024-07-16', '检查']])
    const repeat = facts(['2022年8月3日,我厅在开展房屋市政工程安全专项巡查中,发现你单位施工的项目存在较多安全隐患。2022年10月14日,我厅组织对此项目进行“回头看”检查,发现施工现场仍存在以下问题:'], '行政处罚决定书')
    expect(repeat.map((d) => [d.iso, d.role])).toEqual([['2022-08-03', '案件来源'], ['2022-10-14', '检查']])
  })

  it('a form’s own 时间 box in ISO form stays the form’s', () => {
    const d = extractDocFacts(doc(['询问笔录', '时间:2023-06-27 14:10'], '询问笔录')).dates[0]
    expect([Boolean(d.quoted), d.role]).toEqual([false, '询问开始'])
  })

  it('a speaker’s words in a record are no box of its own: the day they speak of is not the questioning’s (template r-02)', () => {
    const d = facts(['询问笔录', '询问时间：2024年05月24日14时10分至15时20分', '被询问人：到5月16日一共412单，其中37单顾客要求退了延保，已经退款。', '询问人：你对5月16日现场笔录和提取的电子数据有无异议？', '被询问人：陈某某  2024年5月24日'], '询问笔录')
    expect(d.map((x) => [x.iso.slice(0, 10), x.role])).toEqual([['2024-05-24', '询问开始'], ['2024-05-24', '询问结束'], ['2024-05-16', '其他'], ['2024-05-16', '检查'], ['2024-05-24', '询问开始']])
  })

  it('the day the party confirmed its address for service is no service; the 备案 review of an on-the-spot decision is no 法制审核 (templates t-02, t-09)', () => {
    expect(facts(['送达回证', '送达方式 | 电子邮件送达（依据2025-07-24送达地址确认书） |', '送达时间 | 2025-08-05 10:12 |'], '送达回证').map((x) => [x.iso.slice(0, 10), x.role])).toEqual([['2025-07-24', '其他'], ['2025-08-05', '送达']])
    expect(facts(['当场行政处罚决定备案登记表', '报备时间：2025年4月10日', '审核人意见：☑程序合法，同意备案　□需纠正　　审核人：刘某　2025年4月10日'], '其他').map((x) => x.role)).not.toContain('法制审核')
  })

  it('a measure decided on the spot (作出现场处理措施决定) is no penalty decision (template u-07)', () => {
    expect(facts(['上述事实有现场检查记录为证。2025年1月14日本局作出现场处理措施决定，经1月24日复查，你单位已整改完毕。'], '行政处罚决定书').map((x) => [x.iso.slice(0, 10), x.role])[0]).not.toEqual(['2025-01-14', '决定'])
  })

  it('a date opening the sentence takes the next clause’s event', () => {
    const d = facts(['2025年1月13日,本机关依法向你单位送达了《行政处罚事先告知书》(湘建执罚先告字〔2025〕1号)。'])
    expect(d.map((x) => x.role)).toEqual(['告知'])
  })

  it.each([
    '类型:个体工商户,经营者:付某某,注册日期:2012年05月21日,登记经营场所:新疆昌吉吉木萨尔县北庭路。',
    '成立日期：2015年3月2日，经营范围：食品销售。',
    '男，汉族，出生于1980年6月1日，住某县某村。',
  ])('a date of the party’s own record is no event of the case: %s', (line) => {
    expect(facts([line], '行政处罚决定书').map((d) => d.role)).toEqual(['其他'])
  })

  it.each([
    ['经本机关依法调查，现查明：2024年12月27日9时15分，当事人在南县华阁镇藕池河东支华东村段准备将锚杆抽出时，被我局执法人员当场查获。', '违法行为发生'],
    ['你单位于2024年1月以来在赫山区凤山路北侧的“益阳嘉福城”项目建设过程中，未按规定设置围挡。', '违法行为发生'],
    ['当事人于2024年3月5日向本局提交了陈述申辩材料。', '陈述申辩'],
    // the inspection that found the violation is the day the agency learned of it; one after a report is an inspection
    ['我局于2025年2月24日对你(单位)进行了调查,发现你(单位)实施了以下环境违法行为:', '案件来源'],
    ['根据群众举报，我局于2025年2月24日对你单位进行现场检查，发现你单位未采取防尘措施。', '检查'],
    ['我局于2023年10月8日对你单位进行了立案调查。', '立案'],
    ['你单位于2024年3月5日签收了《行政处罚事先告知书》。', '告知'],
    ['责令你单位于2024年5月16日前拆除违法建筑物。', '其他'],
    ['经查明2015年10月9日,当事人向祚力在自己买来的青山上砍伐杉树。', '违法行为发生'],
    ['经调查,2024年5月2日,本局执法人员对当事人进行检查。', '检查'],
    ['当事人于2023年6月1日之前改正违法行为。', '其他'],
    // (the end of the period the text counts, no step taken that day)
    ['当事人在收到告知书后五个工作日内（至2024年6月28日）未提出陈述、申辩。', '其他'],
    ['你单位陈述申辩期限至2024年6月28日。', '其他'],
    // (giving up the hearing is the party's answer to the notice, no hearing held)
    ['本委于2024年6月12日送达事先告知书，你于2024年6月13日书面表示无异议并放弃听证。', '告知', '陈述申辩'],
  ])('the party’s act or the party’s step in the procedure: %s', (line, ...roles) => {
    expect(facts([line], '行政处罚决定书').map((x) => x.role)).toEqual(roles)
  })

  it('现查明： on the line above, then the actor by name: the conduct’s date', () => {
    expect(facts(['现查明:', '2024年12月9日,贾某某携带可视化锚鱼器工具到某水域进行捕捞。'], '行政处罚决定书').map((x) => x.role)).toEqual(['违法行为发生'])
    expect(facts(['现查明:', '2024年12月9日,执法人员在某水域进行检查。'], '行政处罚决定书').map((x) => x.role)).toEqual(['检查'])
  })

  it('a narrative box’s label in the cell before, a space apart (简要案情及立案理由 2024年6月19日，…)', () => {
    const d = facts(['简要案情及立案理由 2024年6月19日，执法人员检查时发现当事人采购调味品未查验供货者的许可证。'], '立案审批表')
    expect(d.map((x) => x.role)).toEqual(['案件来源'])
  })

  it('a narrative box (案情简介及立案理由) tells an earlier event: its label is not the date’s role', () => {
    const d = facts(['立 案 审 批 表', '法定代表人（负责人）：何俊娜', '案情简介及立案理由：二〇二四年六月三日，执法人员对当事人进行现场检查时发现，当事人厂区露天堆放砂土。'], '立案审批表')
    expect(d.map((x) => [x.iso, x.role])).toEqual([['2024-06-03', '案件来源']])
  })

  it('an item of the evidence list or a table cell near the foot is no foot date; a table’s label cell names its date', () => {
    const end = ['如不服本决定，可以申请行政复议。', '某区生态环境局']
    const d = facts(['行政处罚决定书', '以上事实有以下证据为证：', '1.2025年12月5日对某公司法定代表人高某所作的《调查询问笔录》。', '2.2025年12月5日营业执照复印件。', ...end], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['询问开始', '其他'])
    expect(facts(['行政处罚决定书', '某公司排污许可证副本 |', '2024年 8月15日 |', ...end], '行政处罚决定书').map((x) => x.role)).toEqual(['其他'])
    expect(facts(['行政处罚信息公示', '作出行政处罚决定机关名称 |', '某县市场监督管理局 |', '作出行政处罚决定日期 |', '2023年2月27日 |', '行政处罚决定书', '当事人:某农资经营部', '经查,当事人销售不合格化肥。'], '行政处罚决定书').map((x) => x.role)).toEqual(['决定'])
  })

  it('a title run into the same line far before the date names no event of it', () => {
    const line = '某县市场监督管理局 行政处罚决定书 某市监罚〔2024〕15号 当事人:某宠物店 主体资格证照名称:营业执照 经营者:刘某 联系方式:1517372**** 2023年10月11日本局接到举报'
    expect(facts([line], '行政处罚决定书').map((x) => x.role)).toEqual(['案件来源'])
  })

  it('the criminal proceedings of the same facts are none of the penalty’s steps; a referral to the agency is its source', () => {
    const d = facts(['2024年12月17日,某县公安局对贾某某非法捕捞水产品案刑事立案侦查,2025年1月17日,某县公安局将此案移送某县人民检察院审查起诉。2025年3月25日,某县人民检察院对贾某某作出不起诉决定。'], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['其他', '其他', '其他'])
    expect(facts(['2025年10月22日某县公安局刑事侦查大队将案件移送至某县市场监督管理局后,执法人员经局领导审批立案。', '2025年10月30日,执法人员询问了当事人。'], '行政处罚决定书')[0].role).toBe('案件来源')
  })

  it('a test report handed to the party is no service of the decision; a request to help or flagged patches received bring the matter in', () => {
    const role = (line: string) => facts([line], '行政处罚决定书')[0].role
    expect(role('2022年4月15日,某县农业综合行政执法大队将编号为2721017150的检测报告送达当事人。')).toBe('其他')
    expect(role('1.2018年1月10日,本机关收到某县农业局的肥料抽查协查通知书,根据该通知书上提供的线索,当事人销售的肥料不合格。')).toBe('案件来源')
    expect(role('我局于2022年11月11日收到国家下发的6527222022****1104****号图斑,经现场初步核查,明确某农场存在违法占地的行为。')).toBe('案件来源')
    // (the agency's own check of such patches finding the matter is its own finding)
    expect(role('申请执行人某区国土资源局于2016年10月在2016年度土地预警卫片图斑核查工作中发现,某公司占用集体土地进行地面硬化。')).toBe('案件来源')
  })

  it('a step told before a paper served the same day is that day’s event', () => {
    const d = facts(['2022年11月1日,对当事人进行询问调查,并对当事人下达了《某市市场监督管理局限期提供材料通知书》。'], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['询问开始'])
    // (a paper served alone stays no step of the procedure)
    expect(facts(['2022年11月1日,本局向当事人下达了《某市市场监督管理局限期提供材料通知书》。'], '行政处罚决定书').map((x) => x.role)).toEqual(['其他'])
  })

  it('a news item’s dateline and a date a permit or goods expired on are no events of the case', () => {
    const d = facts(['东南网漳州7月30日讯(通讯员 蓝某)近日,漳州市交通运输综合执法支队对某运输有限公司作出处罚。'])
    expect(d.every((x) => x.quoted)).toBe(true)
    const n = facts(['2024年7月15日', '央广网临沂7月14日消息(记者 程某)近日,临沂市某区市场监管局对一家超市作出处罚。'])
    expect(n.filter((x) => x.iso === '2024-07-14').map((x) => x.quoted)).toEqual([true])
    const e = facts(['某某自来水公司取水许可证于2021年5月4日过期,在未重新取得批准的情况下,从2022年4月开始重启取水。', '该食品原料于2022年12月10日超过保质期,当事人仍用于制作蛋糕。'], '行政处罚决定书')
    expect(e.filter((x) => !x.quoted).map((x) => x.iso)).toEqual(['2022-04'])
  })

  it('the agency’s on-site records dated in the evidence list, in a sentence or in a table’s row, are its inspection’s', () => {
    const d = facts(['行政处罚决定书', '以上事实有以下证据为证：', '3.2025年12月5日视听资料。', '4.执法人员于2024年9月20日制作的《现场监察记录》。', '如不服本决定，可以申请行政复议。', '某区生态环境局'], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['检查', '检查'])
    const t = facts(['行政处罚决定书', '1 |', '《某市生态环境局现场检查(勘察)笔录》 |', '2024年 7月18日 |', '3 |', '《调查询问笔录》(张某) |', '2024年 8月28日 |', '如不服本决定，可以申请行政复议。'], '行政处罚决定书')
    expect(t.map((x) => x.role)).toEqual(['检查', '询问开始'])
  })

  it('a check on the spot (现场核实, 实地核实) is an inspection; a discussion held is the collective discussion', () => {
    const d = facts(['5月17日前,你单位提出陈述申请。2023年5月23日,我局实地进行了面积核实,6月1日,我局根据现场核实情况和《中华人民共和国土地管理法》第七十六条第一款的规定进行了讨论。'], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['检查', '集体讨论'])
  })

  it('the day a complainant bought from the party, told in the complaint, is the conduct complained of', () => {
    const d = facts(['2025年4月16日,本局收到投诉举报平台投诉单,投诉单内容为:“2025年4月13日在某村卫生室购买延时药,使用期间发现是三无产品。”'], '行政处罚决定书')
    expect(d.map((x) => x.role)).toEqual(['案件来源', '违法行为发生'])
    expect(facts(['2025年5月30日,我局接12345热线平台工单,举报人称于2025年5月29号在某超市购买了一款泡泡枪补充液。'], '行政处罚决定书').map((x) => x.role)).toEqual(['案件来源', '违法行为发生'])
  })

  it('the agency head’s approval box dates the filing or the closing; the handling unit’s agreement or a proposal does not', () => {
    const role = (line: string, type: DocType) => facts([line], type)[0]?.role
    expect(role('负责人意见 同意立案。 签名：傅某 2024年8月1日', '立案审批表')).toBe('立案')
    expect(role('执法部门负责人意见 同意结案。 阮某 2024年11月6日', '结案报告')).toBe('结案')
    expect(role('办案机构负责人意见 同意立案，由萧某、符某承办。 签名：彭某 2024年8月1日', '立案审批表')).not.toBe('立案')
    expect(role('承办人意见 建议结案。 萧某 2024年9月27日', '结案报告')).not.toBe('结案')
  })

  it('a register’s 受案时间 is the day the case came in', () => {
    expect(facts(['受案时间 2025年4月23日'], '案件来源登记表')[0].role).toBe('案件来源')
  })

  it('交通运输’s 《违法行为通知书》 served is the notice of the intended penalty; an order to stop is not', () => {
    expect(facts(['本机关于2024年9月5日向当事人送达了《违法行为通知书》（通交违通〔2024〕368号），告知当事人拟作出行政处罚的事实、理由、依据。'], '行政处罚决定书')[0].role).toBe('告知')
    expect(facts(['本机关于2024年11月14日对你单位送达了《责令停止(改正)违法行为通知书》(益执责停(改)通字〔2024〕60033号)。'], '行政处罚决定书')[0].role).toBe('其他')
  })

  it('dates inside quoted statute text are marked quoted', () => {
    const d = facts(['依据《某某条例》第十条规定：“本条例自2020年1月1日起实施，违反本条例的，处一万元罚款。”'])
    expect(d.every((x) => x.quoted === true)).toBe(true)
  })

  it('evidence points at the line and span, with the OCR confidence', () => {
    const f = extractDocFacts(doc(['标题', '立案日期：2024年3月5日'], '立案审批表', [1, 0.82])).dates[0]
    expect(f.evidence).toMatchObject({ file: 'a.pdf', page: 1, line: 1, span: [5, 14], text: '2024年3月5日', confidence: 0.82 })
  })

  it('spans survive OCR spaces between characters', () => {
    const f = extractDocFacts(doc(['立 案 日 期：2024 年 3 月 5 日'])).dates[0]
    expect(f.role).toBe('立案')
    expect(f.evidence.text).toBe('2024 年 3 月 5 日')
  })
})

describe('date parser never throws', () => {
  it('on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => { parseDatesIn(s) }), { numRuns: 1500 })
  })
  it('on date-like input', () => {
    const unit = fc.constantFrom(...'0123456789年月日时分至〇零○一二三四五六七八九十.-/: 上午下午许'.split(''))
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      for (const d of parseDatesIn(s)) expect(d.iso).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/)
    }), { numRuns: 2000 })
  })
})

describe('OCR joins', () => {
  it('a date and a time run together (2024-09-1013:15) are the date at that time', () => {
    expect(parseDatesIn('检查时间：2024-09-1013:15').map((d) => d.iso)).toEqual(['2024-09-10T13:15'])
  })
})

describe('dates a copy lost characters of', () => {
  it.each([
    ['2024年 8月15，', '2024-08-15'],
    ['2023年1121日', '2023-11-21'],
    ['20251119日', '2025-11-19'],
    ['2025523日', '2025-05-23'],
    ['202572日', '2025-07-02'],
    // an item number run onto the date at a line's start
    ['120251119日对重庆恒嘉再生资源综合利用有限公司现场检查时制作的《现场检查笔录》', '2025-11-19'],
    ['2.20251010日我局对重庆市綦江区建新建筑劳务有限公司现场调查', '2025-10-10'],
    // 日 lost as well, where the sentence goes on
    ['20231025本局执法人员经出示执法证后依法检查', '2023-10-25'],
    ['经我局2023531查实', '2023-05-31'],
    // 年 lost before a month
    ['擅自于20225月开工建设淀粉制造项目', '2022-05'],
    // 1 then 0 is October
    ['我局已于2024109日依法向你进行了告知', '2024-10-09'],
  ])('%s', (s, iso) => expect(parseDatesIn(s).map((d) => d.iso)).toEqual([iso]))
  it('a month of the same year (同年9月) takes the year before it', () => {
    expect(parseDatesIn('于2020年3月未经批准占用耕地建房,同年9月竣工。').map((d) => d.iso)).toEqual(['2020-03', '2020-09'])
  })
  it('a range whose end is told without its year or month', () => {
    expect(parseDatesIn('2024年1月至2月期间，当事人共销售上述产品').map((d) => [d.iso, d.endIso])).toEqual([['2024-01', '2024-02']])
    expect(parseDatesIn('当事人于2024年8月25日至30日间在某村建房').map((d) => [d.iso, d.endIso])).toEqual([['2024-08-25', '2024-08-30']])
    // (a period to correct in, or an end before the start, is no range)
    expect(parseDatesIn('责令你单位于2024年3月5日至10日内改正').map((d) => [d.iso, d.endIso])).toEqual([['2024-03-05', undefined]])
    expect(parseDatesIn('2024年3月至2月').map((d) => [d.iso, d.endIso])).toEqual([['2024-03', undefined]])
  })
  it('a span of months, and months listed (the first, where the list opens)', () => {
    expect(parseDatesIn('仅能提供2024年1-10月自行监测报告').map((d) => [d.iso, d.endIso])).toEqual([['2024-01', '2024-10']])
    expect(parseDatesIn('未公开2024年1-3月份自行监测数据').map((d) => [d.iso, d.endIso])).toEqual([['2024-01', '2024-03']])
    expect(parseDatesIn('你公司于2023年1、2、3、6、7、8月没有使用高浓度标准气体').map((d) => [d.iso, d.endIso])).toEqual([['2023-01', undefined]])
    expect(parseDatesIn('2024年3-1月')).toEqual([])
  })
  it('a year alone where a clause tells an act', () => {
    expect(parseDatesIn('于2024年擅自在某村林地上滥伐林木').map((d) => [d.iso, d.precision])).toEqual([['2024', 'year']])
    expect(parseDatesIn('你单位2024年处于正常生产状态').map((d) => d.iso)).toEqual(['2024'])
    expect(parseDatesIn('该电子汽车衡是2016年购买安装并投入使用的').map((d) => d.iso)).toEqual(['2016'])
    // (a year of a name, a report or a plan is none; nor the year of a month told after it)
    expect(parseDatesIn('于2023年度报告中').map((d) => d.iso)).toEqual([])
    expect(parseDatesIn('在2023年第9批审批结果中').map((d) => d.iso)).toEqual([])
    expect(parseDatesIn('于2024年 3月开工').map((d) => d.iso)).toEqual(['2024-03'])
  })
  it('months listed after a month of a year are months of that year', () => {
    expect(parseDatesIn('当事人的37名员工从业健康证明于2020年4月、5月、6月到期').map((d) => d.iso)).toEqual(['2020-04', '2020-05', '2020-06'])
    // (…not a span told after it: 、5月内)
    expect(parseDatesIn('2020年4月、5月内完成整改').map((d) => d.iso)).toEqual(['2020-04'])
  })
  it('days listed after a date are dates of the same month', () => {
    expect(parseDatesIn('于2022年8月13日及16日将上述药品销售给了个人').map((d) => d.iso)).toEqual(['2022-08-13', '2022-08-16'])
    expect(parseDatesIn('证据一:2024年4月1日、2日、3日的《烟气排放连续监测小时平均值日报表》').map((d) => d.iso)).toEqual(['2024-04-01', '2024-04-02', '2024-04-03'])
    // (a period or a building's number is no day)
    expect(parseDatesIn('于2024年4月1日、15日内改正').map((d) => d.iso)).toEqual(['2024-04-01'])
  })
  it('a part of a month told without its year takes the year of the date before', () => {
    expect(parseDatesIn('2025年3月初开始采摘售卖,3月底采摘结束。').map((d) => d.iso)).toEqual(['2025-03', '2025-03'])
    expect(parseDatesIn('抽检后未进行销售,8月初知道该两种产品不合格').map((d) => d.iso)).toEqual([])
    expect(parseDatesIn('2024年5月3日检查，责令3个月底前整改').map((d) => d.iso)).toEqual(['2024-05-03'])
  })
  it('month-days run together after such a date take its year', () => {
    expect(parseDatesIn('1.2025715日、722日、86日《普洱市生态环境局澜沧分局现场检查(勘察)笔录》').map((d) => d.iso)).toEqual(['2025-07-15', '2025-07-22', '2025-08-06'])
  })
  it.each(['产品批号:20221101,生产日期', '报告编号20231025001号', '罚款金额202441元', '编号:2023531号'])('%s holds no date', (s) => expect(parseDatesIn(s)).toEqual([]))
  it('a span of years written with 年 once is one date with its end; a plan named by its years is none', () => {
    expect(parseDatesIn('CH公司2021~2022年234.77万美元未申报').map((d) => [d.iso, d.endIso])).toEqual([['2021', '2022']])
    expect(parseDatesIn('当事人2021至2022年擅自经营').map((d) => [d.iso, d.endIso])).toEqual([['2021', '2022']])
    expect(parseDatesIn('根据2006-2020年土地利用总体规划图').map((d) => d.iso)).not.toContain('2006')
  })
  it.each(['2025111日', '2024年8月15日', '2024年8月1500元'])('%s is ambiguous or already whole', (s) => {
    expect(parseDatesIn(s).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.iso) && d.iso !== '2024-08-15')).toEqual([])
  })
})

describe('a record of questioning (round ae)', () => {
  const rec = (lines: string[], type: DocType = '询问笔录') => extractDocFacts(doc(lines, type)).dates.map((d) => [d.iso.slice(0, 10), d.role])
  it('a day told without its year in a turn of its own is the latest such day up to the record, not the year another turn told', () => {
    const d = rec(['询问笔录', '时间：2025年4月24日9时00分至9时50分', '问：灯具是什么时候购买的？', '答：2024年10月装修时从网上买的，64只。', '问：4月3日收到通知书后为什么没有全部更换？', '答：资金紧张。'])
    expect(d.find(([iso]) => iso.endsWith('-04-03'))).toEqual(['2025-04-03', '其他'])
    // (…a day after the record's date in its year is the year before: 10月5日 in a record of 2025-04-24)
    const e = rec(['询问笔录', '时间：2025年4月24日9时00分', '问：你什么时候开始经营的？', '答：2024年9月开始。', '问：10月5日那天卖了多少？', '答：二十只。'])
    expect(e.find(([iso]) => iso.endsWith('-10-05'))?.[0]).toBe('2024-10-05')
  })
  it('the receipt of an order to correct is no service of the decision; a head\'s bare 同意 under a 结案报告 closes the case', () => {
    const d = rec(['询问笔录', '时间：2025年4月24日9时00分', '问：2025年4月3日收到通知书后为什么没有全部更换？'])
    expect(d.find(([iso]) => iso === '2025-04-03')?.[1]).toBe('其他')
    const c = rec(['结 案 报 告', '承办人：赵明远、何丽　　2024年12月3日', '机关负责人意见：同意。　签名：冯**　2024年12月4日'], '结案报告')
    expect(c.find(([iso]) => iso === '2024-12-04')?.[1]).toBe('结案')
  })
  it('a case review board’s 审议时间 is its collective discussion', () => {
    expect(rec(['案件审查委员会集体审议记录', '审议时间：2025年7月31日9时00分至9时50分', '审议地点：本局五楼会议室'], '集体讨论记录').map(([, role]) => role)).toEqual(['集体讨论'])
  })
  it('a paper filed as evidence (责令改正通知书（复印件）) tells its own service, no step of this case’s decision', () => {
    const copy = rec(['责令改正通知书（复印件）', '珠岭市市场监督管理局西江市场监管所（印章）', '2025年5月20日', '当事人签收：黄慧珊  2025年5月20日'], '证据材料')
    expect(copy.map(([, role]) => role).filter((r) => r === '送达' || r === '决定')).toEqual([])
  })
})

describe('dates of what was found, of a served decision, of an on-the-spot decision (round ag, ah)', () => {
  const roles = (type: DocType, lines: string[]) => extractDocFacts(doc(lines, type)).dates.map((d) => [d.text, d.role])
  it('a date inside what an inspection found (…发现你公司排污许可证有效期于2025年3月31日届满) is not the discovery', () => {
    expect(roles('行政处罚决定书', ['行政处罚决定书', '经查，发现你公司排污许可证有效期于2025年3月31日届满，未申请延续。', '本局决定罚款。', '2025年7月14日'])[0]).toEqual(['2025年3月31日', '其他'])
  })
  it('a 送达回证 naming the decision with its date: that date is the decision\'s; the form\'s 填发日期 is no service', () => {
    const r = roles('送达回证', ['送 达 回 证', '│送达文书名称  │行政处罚决定书（牡爱消行罚决字〔2024〕第0042号，2024年8月8日作出）│', '│受送达人签收  │收到日期：2024年8月6日│', '填发日期：2024年8月9日'])
    expect(r).toEqual([['2024年8月8日', '决定'], ['2024年8月6日', '送达'], ['2024年8月9日', '其他']])
  })
  it('an on-the-spot decision\'s 时间 beside its 处罚地点 is the decision\'s', () => {
    expect(roles('行政处罚决定书', ['当场行政处罚决定书', '决定：罚款人民币壹仟元整（1000元）。', '处罚地点：江门市蓬江区建设路112号　时间：2025年7月15日20时35分']).pop()).toEqual(['2025年7月15日20时35分', '决定'])
  })
})

describe('a filing for the record after an on-the-spot decision', () => {
  it('法制审核备案意见：…予以备案。审核人：… is no review before the decision', () => {
    const r = extractDocFacts(doc(['当场行政处罚决定书备案表', '决定书编号：播交当罚〔2025〕№0006183', '法制审核备案意见：文书要素齐全，予以备案。　审核人：袁丽　2025.8.22'], '其他')).dates.map((d) => [d.text, d.role])
    expect(r).toEqual([['2025.8.22', '其他']])
  })
})

describe("a date the page's width broke over two lines", () => {
  // (a longer line above: the broken line is not full-width, so only the date shows it runs on)
  const LONG = '当事人某公司销售过期食品一案，经本机关依法调查，现已查明如下事实与证据材料。'
  const isos = (lines: string[]) => extractDocFacts(doc([LONG, ...lines], '行政处罚决定书')).dates.filter((d) => !d.quoted).map((d) => d.iso)
  it.each([
    [['经查，当事人于2023年4月2', '4日在某市场销售过期食品。'], '2023-04-24'],
    [['本机关于2022年10月', '11日立案调查。'], '2022-10-11'],
    [['执法人员于2024年', '3月5日进行现场检查。'], '2024-03-05'],
  ])('%j', (lines, iso) => expect(isos(lines)).toContain(iso))
  it('a line ending on a whole date does not join the next', () => {
    expect(isos(['本机关于2023年4月2日立案', '4日后送达。'])).toContain('2023-04-02')
  })
})

describe('the agency deciding, told in a report or a judgment', () => {
  const roleOf = (line: string, text: string) => extractDocFacts(doc([line], '其他')).dates.find((d) => d.text.startsWith(text))?.role
  it.each([
    // the agency named right before the date, then its penalty
    ['根据《中华人民共和国森林法实施条例》第四十三条的规定，腾冲市林业局于2018年2月6日以腾林罚决字[2018]第11号给予张××如下处罚：责令限期恢复原状。', '2018年2月6日'],
    // the agency right after the date, giving the penalty in other words
    ['2021年12月13日，市卫生健康局依法对王某予以没收药品，罚款100000元的行政处罚。', '2021年12月13日'],
    ['2019年3月，某市警方依据《网络安全法》第六十一条对该公司予以警告并处罚款。', '2019年3月'],
    // the decision a court or a review body is asked about, its number between the verb and its title
    ['请求依法强制执行某县森林公安局于2015年8月13日作出的某森公林罚决字[2015]第37号《林业行政处罚决定书》。', '2015年8月13日'],
    ['申请人请求：撤销被申请人某区卫生健康局于2020年8月25日做出的《行政处罚书》。', '2020年8月25日'],
  ])('%s', (line, text) => expect(roleOf(line, text)).toBe('决定'))
  it('not the agency inspecting or finding first', () => {
    expect(extractDocFacts(doc(['2021年12月13日，市卫生健康局依法对王某诊所进行检查，发现其予以注射玻尿酸。'], '其他')).dates[0]?.role).not.toBe('决定')
  })
})

describe('the conduct told in a customs decision, a judgment or a review', () => {
  const roleOf = (line: string, text: string, type: DocType = '其他') => extractDocFacts(doc([line], type)).dates.find((d) => d.text.startsWith(text))?.role
  it.each([
    ['2018年6月20日，当事人向马尾海关申报以一般贸易方式从福州新港进口一票货物。', '2018年6月20日'],
    ['2020年4月19日,当事人单位向天津滨海机场海关申报出口“某牌”口罩一批。', '2020年4月19日'],
    ['2012年10月17日，被告向原告作出行政处罚决定，认定原告于2012年9月5日下午在某区某路106号2楼内承办的营业性演出中，变更演员未重新报批。', '2012年9月5日'],
    ['申请人称：申请人于2023年1月11日驾驶车牌号为皖XXX的小型普通客车途经某桥。', '2023年1月11日'],
    ['经查，某推广中心分析检测中心于2022年10月开工建设，2023年5月实验室装修完工。', '2022年10月'],
    // (the side telling its own account: what it did that day is what it was penalised for)
    ['原告某某诉称，2016年7月5日下午约15时左右，原告驾驶粤S×××××号牌小汽车前往某小区接送朋友。', '2016年7月5日'],
    ['申请人称：2017年3月6日上午，患者李某来到某诊所，恳求申请人为其终止妊娠。', '2017年3月6日'],
    ['具体情况和理由：申请人称“本人于2019年12月29日晚8点半左右，接到公司电话，有三个游客出行联系好后没有司机接机', '2019年12月29日'],
    // (a period of the firm's unlawful conduct, told as such)
    ['反映宁波某包装有限公司于2022年11月期间，在某工业园区实施用人单位违法延长劳动者工作时间的违法行为。', '2022年11月'],
    ['经查，某咨询管理有限公司，在2022年11月至12月期间，对外虚开增值税普通发票50份。', '2022年11月'],
    ['惠安县人社局接到群众投诉，某工程局集团有限公司拖欠37名工人2019年2月至8月工资。', '2019年2月'],
    ['行政处罚决定书显示，2017年8月至2018年7月，某银行某支行发生违反外汇账户管理规定的行为。', '2017年8月'],
  ])('%s', (line, text) => expect(roleOf(line, text)).toBe('违法行为发生'))
  it.each([
    ['本机关通知申请人补正，申请人于2024年5月13日提交补正材料。', '2024年5月13日'],
    ['原告于2015年12月1日向本院提起行政诉讼。', '2015年12月1日'],
    // (…but not the officers' visit, nor the side's application, told in its account)
    ['原告诉称：2015年4月27日，被告的执法人员到原告住所进行执法，声称有人投诉原告非法行医。', '2015年4月27日'],
    ['原告诉称：2011年8月10日，原告向被告递交了关于设立互联网上网服务营业场所的申请书。', '2011年8月10日'],
    ['我局于2025年10月22日至2025年11月28日对你公司2021年1月1日至2021年12月31日期间涉税情况进行了检查。', '2025年10月22日'],
  ])('not: %s', (line, text) => expect(roleOf(line, text)).not.toBe('违法行为发生'))
})

describe('a service tried and failed', () => {
  it('is no service of the decision (2023年9月26日、27日两次上门送达，受送达人外出务工未遇, cs-02)', () => {
    const roles = extractDocFacts(doc(['送达回证', '送达文书｜行政处罚决定书', '受送达人签名｜王某某　2023年10月12日9时30分', '备注｜2023年9月26日、27日两次上门送达，受送达人外出常州务工未遇；10月12日受送达人返乡后直接送达。'], '送达回证')).dates.map((d) => `${d.iso.slice(0, 10)}|${d.role}`)
    expect(roles).toContain('2023-10-12|送达')
    expect(roles).toContain('2023-09-26|其他')
    expect(roles).not.toContain('2023-09-27|送达')
  })
  it('…but the notice sent that day is still its 告知', () => {
    expect(extractDocFacts(doc(['本机关于2024年8月6日向当事人邮寄送达《行政处罚告知书》的投递流程截图，显示文书“收件人不在拒收”，无法送达当事人。'], '行政处罚决定书')).dates[0]?.role).toBe('告知')
  })
})

describe('an antitrust notice of a suspended case', () => {
  const rolesOf = (lines: string[]) => extractDocFacts(doc(lines, '其他')).dates.map((d) => `${d.iso}|${d.role}`)
  it('dates its decision by the end of the case when it tells both the suspension and the end', () => {
    const roles = rolesOf(['江苏省市场监督管理局于2015年12月对当事人涉嫌垄断行为立案调查。', '在调查期间，当事人提交了中止调查申请书并承诺采取整改措施，江苏省市场监督管理局于2019年2月20日对本案作出了中止调查决定。经查，当事人在规定时限内履行了整改承诺，江苏省市场监督管理局于2020年7月8日对本案作出终止调查决定。现予公告。'])
    expect(roles).toContain('2019-02-20|其他')
    expect(roles).toContain('2020-07-08|决定')
  })
  it('dates it by the suspension when the suspension is what it publishes', () => {
    expect(rolesOf(['经国家工商行政管理总局授权，宁夏回族自治区工商行政管理局于2013年6月对某公司涉嫌垄断行为进行立案调查，于2015年5月14日对该公司作出中止调查决定，现予公告。'])).toContain('2015-05-14|决定')
  })
})

describe('a record named before its date in a list of evidence', () => {
  it('takes the record\'s step across a semicolon (《现场检查记录》1份;作出时间:…)', () => {
    const roles = extractDocFacts(doc(['以上事实有下列证据证明:', '2.证据名称:《现场检查记录》1份;作出时间:2025年3月26日;作出单位:某县分局;《调查询问笔录》1份;作出时间:2025年3月27日;作出单位:某县分局;'], '行政处罚决定书')).dates.map((d) => `${d.iso}|${d.role}`)
    expect(roles).toEqual(['2025-03-26|检查', '2025-03-27|询问开始'])
  })
})

describe('the investigation formula of an environment decision', () => {
  const rolesOf = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).dates.map((d) => `${d.iso}|${d.role}`)
  it('is the investigation\'s visit when the account after it tells an earlier visit that found the matter', () => {
    const roles = rolesOf(['我局于2020年9月15日对你单位进行了调查，发现你单位实施了以下环境违法行为：', '2020年9月8日，东丽区生态环境保护综合行政执法支队会同东丽区环境监测中心对你单位进行现场检查，发现你单位污水处理设施未正常运行。'])
    expect(roles).toContain('2020-09-15|检查')
    expect(roles).toContain('2020-09-08|案件来源')
  })
  it('is the day the matter was found when the account tells only the conduct, or an earlier notice', () => {
    expect(rolesOf(['我局于2024年6月3日对你单位进行了调查，发现你单位实施了以下环境违法行为：', '你单位分别于2024年4月1日对柴油车（车牌号：湘F577F9）采用加载减速法进行检测时，未按规定检测。'])).toContain('2024-06-03|案件来源')
    expect(rolesOf(['我局于2024年12月26日对你公司进行了调查，发现你公司实施了以下生态环境违法行为：', '我区已自2024年12月19日10时起启动重污染天气应急预案暨黄色预警，检查当日为黄色预警期间，你公司未执行减排措施。'])).toContain('2024-12-26|案件来源')
  })
})

describe('dates of papers written after other templates', () => {
  const roleOf = (lines: string[], text: string, type: DocType = '行政处罚决定书') => extractDocFacts(doc(lines, type)).dates.find((d) => d.text.startsWith(text))?.role
  it('a period a form names as the one the case looks into is no step of it (所属期间：…至…)', () => {
    expect(roleOf(['税务稽查立案审批表', '所属期间：2022年1月1日至2022年12月31日', '稽查局局长审批：同意立案。　赵卫国　2024年4月8日'], '2022年1月1日', '立案审批表')).toBe('其他')
  })
  it('a date in a list of evidence takes no step from the item before it (…询问笔录、贴片车间2023年8月至9月排班表)', () => {
    expect(roleOf(['以上事实有举报材料、对3名女职工的询问笔录、贴片车间2023年8月至9月排班表及考勤记录等证据证明。'], '2023年8月')).toBe('其他')
    // (…but a paper's day in brackets after its name is that paper's: 现场照片(2024年5月21日))
    expect(roleOf(['现场检查笔录(2024年5月21日)、现场照片(2024年5月21日)、调查询问笔录(2024年5月22日)等证据为凭。'], '2024年5月21日')).toBe('检查')
  })
  it('the day a complainant was served, told in the complaint, is the conduct (投诉人称于…在该诊所接受手术)', () => {
    expect(roleOf(['案情摘要：', '投诉人称于2024年6月12日在该诊所接受“双眼皮（重睑）手术”，收费2800元，术后双眼不对称。'], '2024年6月12日', '案件来源登记表')).toBe('违法行为发生')
  })
  it('a period of wage records the party is asked for, beside a social insurance slip, is no payment', () => {
    expect(roleOf(['☑劳动合同  ☑2024年10月至2025年1月工资支付台账及考勤记录  □社会保险缴费凭证  □其他'], '2024年10月', '其他')).not.toBe('缴款')
  })
})

describe('a remark’s own day', () => {
  it('（梁晓峰7月18日注）under a receipt, the name cut at the line’s end, is the note’s writing, not a service', () => {
    const lines = ['文书送达回执', '送达文书名称丶文号丨行政处罚告知书（（岚）应急罚告〔2025〕第005', '9号）；听证告知书（（岚）应急听告〔2025〕第0059号）', '受送达人丨岚河县鑫晟化工有限公司', '送达时间丨2025年7月10日14时30分', '送达地点丨岚河县经济开发区化工园区纬三路8号', '送达方式丨直接送达', '收件人签名丨贺振东', '送达人签名丨梁晓峰赵婧', '备注丨截至2025年7月17日，当事人未提出陈述、申辩和听证要求。（梁', '晓峰7月18日注)']
    const d = extractDocFacts(doc(lines, '送达回证', lines.map(() => 0.97))).dates
    expect(d.find((x) => x.text === '7月18日')?.role).toBe('其他')
  })
})

describe('dates on scanned forms (round bl)', () => {
  const roles = (lines: string[], type: DocType) => extractDocFacts(doc(lines, type)).dates.filter((d) => !d.quoted).map((d) => `${d.iso.slice(0, 10)} ${d.role}`)
  it('a date in Chinese numerals broken inside its month under a signature: 二〇二三年十 / 一月三日', () => {
    expect(roles(['上海市交通', '委员会', '(印章', '二〇二三年十', '一月三日'], '行政处罚决定书')).toEqual(['2023-11-03 决定'])
    expect(parseDatesIn('二〇二四年五月二十\n四日').map((p) => p.iso)).toEqual(['2024-05-24'])
  })
  it('a label the line broke before its 时间 (…决定时间：… 送达 / 时间：…) is the whole label', () => {
    expect(roles(['结案报告', '立案时间：2025年3月17日 决定时间：2025年3月21日 送达', '时间：2025年3月21日', '执行情况：当事人已于2025年3月26日缴纳罚款'], '结案报告')).toEqual([
      '2025-03-17 立案',
      '2025-03-21 决定',
      '2025-03-21 送达',
      '2025-03-26 缴款',
    ])
  })
  it('a date on goods whose label the width broke (生产日 / 期2022年11月3日) is no date of the case', () => {
    const lines = ['违法事实：当事人持有农药经营许可证。其经营部销售、存放的10%吡虫', '啉可湿性粉剂（生产日期2022年9月10日）、1.8%阿维菌素乳油（生产日', '期2022年11月3日）均已超过标签标注的两年质量保证期。当事人在上述农药过']
    expect(extractDocFacts(doc(lines, '案件调查终结报告')).dates.filter((d) => !d.quoted).map((d) => d.iso)).toEqual([])
  })
  it('the day of the authority an agent signs by is none of the service (签收人：某（委托代理人，依据2024年5月6日授权委托书）)', () => {
    expect(roles(['送达回证', '送达文书：行政处罚决定书（三旅文罚〔2024〕12号）', '签收人：符明哲（委托代理人，依据2024年5月6日授权委托书）   2024年5月20日9时45分'], '送达回证')).toEqual([
      '2024-05-06 其他',
      '2024-05-20 送达',
    ])
  })
  it('the day a paper named before it was signed, in brackets (送达依据：送达地址确认书（2024年4月8日签署）) is no service', () => {
    expect(roles(['送达回证', '送达文书：行政处罚意见告知书', '送达依据：送达地址确认书（2024年4月8日签署）', '送达日期：2024年4月24日'], '送达回证')).toEqual(['2024-04-08 其他', '2024-04-24 送达'])
  })
  it('a receipt of head and value rows serving a 告知书: its 送达时间 is the notice served', () => {
    const lines = ['送达回证', '送达文书名称丶文号 送达方式', '行政处罚告知书（云市监罚告〔2025〕0156号） 直接送达', '受送达人 送达地点', '云岩区张记卤味店 贵阳市云岩区枣山路118号', '受送达人签名或盖章送达时间', '张德芬 2025年4月30日10时15分']
    expect(roles(lines, '送达回证')).toEqual(['2025-04-30 告知'])
  })
})

describe('the decision\'s date after its seal on the closing line (bu-03, bu-04)', () => {
  it('（某局印章）　2024年1月22日 is the decision date', () => {
    const d = extractDocFacts(doc(['三亚市旅游和文化广电体育局', '行政处罚决定书', '三旅文罚〔2024〕第003号', '当事人：黄某平。', '经查，当事人于2023年12月27日为15名游客提供导游讲解服务。', '决定：罚款人民币2000元。', '如不服本决定，可于收到本决定书之日起六十日内申请行政复议。', '（三亚市旅游和文化广电体育局印章）　2024年1月22日'], '行政处罚决定书')).dates
    expect(d.map((x) => [x.iso, x.role]).pop()).toEqual(['2024-01-22', '决定'])
  })
})

describe('a seal\'s ring read as 〇 before a year in Chinese numerals (bx-09, a scan)', () => {
  it('税务稽查专用章〇二〇二四年九月十日 is 2024-09-10; a longer run of numerals stays no date', () => {
    expect(parseDatesIn('税务稽查专用章〇二〇二四年九月十日').map((d) => d.iso)).toEqual(['2024-09-10'])
    expect(parseDatesIn('一〇二〇二四年九月十日')).toEqual([])
  })
})

describe("a notice publishing decisions held in its attachments dates itself (real tune copies, LABELS.md 文书落款)", () => {
  it("the date at the notice's foot is its own signature's, not the decision's it publishes; the decision's date in its sentence stays 决定", () => {
    const text = readFileSync(join(__dirname, '../fixtures/real/docs/mkt-2818.txt'), 'utf8')
    const d = extractDocFacts(doc(text.split('\n'), '行政处罚决定书')).dates.map((x) => [x.iso, x.role])
    expect(d).toContainEqual(['2016-12-12', '文书落款'])
    expect(d).toContainEqual(['2016-11-24', '决定'])
    expect(d).toContainEqual(['2016-06-07', '立案'])
  })
})

describe("a date in brackets after words is a sentence's aside, not the paper's own date (ck-06 as scanned)", () => {
  it('动物已补检合格（2024年10月12日）。 on a short line near a 结案报告\'s foot is no 结案 date; the sign-off dates are', () => {
    const lines = ['湟源县农业农村局', '行政处罚结案报告', '当事人：多杰才让', '处罚决定：罚款8000元（2024年10月28日作出并当场送达）', '执行情况：2024年11月6日缴清罚款8000元（收到决定书后第9日）；违法', '动物已补检合格（2024年10月12日）。', '承办人意见：建议结案。李永福祁玉兰 2024年11月13日', '负责人意见：同意结案。杨晓东 2024年11月13日']
    const d = extractDocFacts(doc(lines, '结案报告')).dates.map((x) => [x.iso, x.role])
    expect(d).not.toContainEqual(['2024-10-12', '结案'])
    expect(d).toContainEqual(['2024-11-13', '结案'])
  })
})

describe('money received is no service, a receipt filed as evidence no payment of the fine (cm-06, cn-01)', () => {
  it('按季度收，已经收到2025年5月底，共45,000元: no 送达; 我于2024年3月5日收到了处罚决定书 still is', () => {
    const roles = (lines: string[], type: DocType) => extractDocFacts(doc(lines, type)).dates.map((x) => [x.text, x.role])
    expect(roles(['询问笔录', '答：2024年3月1日起租给周丽开生鲜店，月租3,000元，按季度收，已经收到2025年5月底，共45,000元。'], '询问笔录')).toEqual([['2024年3月1日', '其他'], ['2025年5月底', '其他']])
    expect(roles(['询问笔录', '答：我于2024年3月5日收到了处罚决定书。'], '询问笔录')).toEqual([['2024年3月5日', '送达']])
  })
  it('收　据 / 今收到…工程款 / 收款人：马永胜　2022年4月12日, filed as evidence: no 缴款; a fine\'s receipt filed so still is', () => {
    const roles = (lines: string[]) => extractDocFacts(doc(lines, '证据材料')).dates.map((x) => x.role)
    expect(roles(['收  据', '今收到 天津瑞丰顺达商贸有限公司 人防地下室2号口墙体开洞、拆门工程款', '人民币（大写）陆仟伍佰元整   ¥6500.00', '收款人：马永胜    2022年4月12日'])).not.toContain('缴款')
    expect(roles(['收  据', '今收到 某公司 罚款', '人民币（大写）陆仟伍佰元整   ¥6500.00', '收款人：马永胜    2022年4月12日'])).toContain('缴款')
  })
})

describe('a contents list ruled into cells (cz-03)', () => {
  it('the date of a row naming a voucher is that paper\'s, no payment of the case', () => {
    const roles = extractDocFacts(doc(['序号丨文件材料名称丨日期丨页次', '7丨海关专用缴款书（补征税款）丨2023.04.26丨13', '8丨查问笔录（林某）丨2023.05.16丨14-16'], '其他')).dates.map((d) => d.role)
    expect(roles).not.toContain('缴款')
  })
})
