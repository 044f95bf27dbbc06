import { describe, expect, it } from 'vitest'
import { segmentPages, typeFromHead, partyHeaded } from '../../shared/segment'
import type { Page } from '../../shared/types'
import { classifyBody } from '../../shared/segment/doctypes'

const page = (lines: string[]): Page => ({
  file: 'a.txt', page: 1, width: 595, height: 842, unit: 'pt', source: 'text',
  lines: lines.map((text, i) => ({ text, bbox: { x: 72, y: 72 + i * 18, w: Math.min(text.length, 36) * 12, h: 12 }, confidence: 1 })),
})
const typeOf = (lines: string[]) => segmentPages([page(lines)])[0].type

describe('published documents typed by what they say', () => {
  it.each([
    // the title carrying its number, or below a web page's header
    [['文山市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号)', '某公司:'], '行政处罚决定书'],
    [['新密市基层政务公开', '新密市文化广电旅游体育局 县级', '2022-07-07 2022-07-07', '新密市某网吧未按规定核对、登记上网消费者的有效身份证件', '行政处罚决定书', '(新密)文综罚字〔2022〕6号'], '行政处罚决定书'],
    // no title: the own number's case-type word, in a page's metadata too
    [['濮农(种子)罚〔2022〕8号', '当事人:濮阳市**种业有限公司'], '行政处罚决定书'],
    [['[ 索引号 ] | 115000005567784755/2025-00178 | [ 发文字号 ] | 渝两江市监处字〔2024〕579 号 |'], '行政处罚决定书'],
    [['仁环违改字[2018]19号', '仁化县某某有限公司:'], '责令改正通知书'],
    // an item of a published list of decisions, its number first
    [['1、(徐铜自然资规罚字〔2024〕46号)徐州市某生态园有限责任公司自2015年3月至2019年3月未办理用地手续即擅自建设公墓项目,违反了《中华人民共和国土地管理法》第二条第三款的规定。'], '行政处罚决定书'],
    [['豫0724环不罚决字〔2024〕1号', '某某有限公司:'], '不予行政处罚决定书'],
    [['晋江市人力资源和社会保障局关于给予晋江某某食品有限公司行政处罚的决定'], '行政处罚决定书'],
    // a body that opens with the party and tells what was found
    [['当事人:咸安区某百货店', '经营者:刘某', '2024年1月29日,我局执法人员对该店进行现场检查时,发现货架摆放过期调味料。', '以上事实有现场检查笔录、照片等证据证实。'], '行政处罚决定书'],
    // a decision telling its 违法事实 under that heading is no investigation report for the word
    // a published account of the decision: 依法对其作出行政处罚决定, 决定给予当事人以下行政处罚 with its reasoning
    [['2016年，某石材有限公司擅自超越批准的矿区范围开采，违反了《中华人民共和国矿产资源法》第三条的规定。', '2017年6月8日，某市国土资源局立案查处，于2018年4月16日依法对其作出行政处罚决定：', '1.责令退回合法矿区范围内开采；', '2.处以罚款10万元。'], '行政处罚决定书'],
    [[...Array.from({ length: 14 }, (_, i) => `0${i}`), '当事人的上述行为违反了《医疗器械监督管理条例》第五十五条，依据《医疗器械监督管理条例》第八十六条第一款第(三)项，本局决定给予当事人以下行政处罚：', '一、没收上述纱布绷带；'], '行政处罚决定书'],
    [['一、违法事实及证据', '经查明，你单位未批先建，违法事实清楚。', '上述违法事实有现场检查笔录等证据证实。', '二、处罚决定', '依据《某条例》第十条，本局决定罚款人民币伍万元。'], '行政处罚决定书'],
    // the party first and 行政处罚法 第三十三条 applied: no penalty
    [['当事人名称:某某节水有限公司', '我局于2024年5月21日对你单位进行了调查,发现你单位实施了以下环境违法行为:未批先建。', '鉴于你单位违法情节轻微,依据《中华人民共和国行政处罚法》第三十三条“违法行为轻微并及时改正,没有造成危害后果的,不予行政处罚。'], '不予行政处罚决定书'],
    // no title and no form words: a finding of a violation and a penalty under a named basis
    [['2025年8月5日10时某旗交通运输综合行政执法大队执法人员当场查获当事人姚某。经调查当事人驾驶无道路运输证的重型自卸货车擅自从事道路普通货物运输经营。当事人违反了《中华人民共和国道路运输条例》第二十四条的规定。依据《中华人民共和国道路运输条例》第六十三条的规定,处罚款3000元。'], '行政处罚决定书'],
    // …but the statute's words quoted after the basis are no penalty of the document
    [['依据《中华人民共和国行政处罚法》第二十八条第一款“行政机关实施行政处罚时,应当责令当事人改正或者限期改正违法行为”、《中华人民共和国环境影响评价法》第三十一条第一款“…处建设项目总投资额百分之一以上百分之五以下的罚款”的规定,你单位上述行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。'], '其他'],
    // a report calling the agency 该局 retells the decision
    [['2023年3月6日,某县市场监管局依法委托检测机构对某农资服务部销售的肥料进行监督抽查。剩余4.55吨被该局依法予以查封扣押。当事人的上述行为违反了《中华人民共和国产品质量法》第十三条的规定。依据《中华人民共和国产品质量法》第四十九条的规定,作出:1.没收不合格肥料;2.罚款5000元。'], '其他'],
  ] as const)('%j', (lines, want) => expect(typeOf([...lines])).toBe(want))

  it.each([
    // an order to correct without its title: 现责令你单位限期整改, 逾期未按要求报批的
    [['甘肃省张掖公路事业发展中心:', '你单位组织实施的桥梁改造养护工程,在建设过程中未严格落实水土保持相关要求。经我局执法人员现场核查复核该工程建设已扰动地表面积达12950平方米,你单位未依法编报该项目水土保持方案。', '根据《中华人民共和国水土保持法》第二十五条、二十六条和《甘肃省水土保持条例》第二十四条之规定,现责令你单位限期整改。请于2025年12月4日之前,向我局报批该项目符合要求的水土保持方案。逾期未按要求报批的,我局将依据相关法律法规依法予以处理。', '民乐县水务局', '2025年11月3日'], '责令改正通知书'],
    // a decision orders the correction too: its 责令 line does not make it an order
    [['当事人:某某药店', '经查,当事人销售过期药品。', '依据《中华人民共和国药品管理法》第一百一十九条的规定,决定给予当事人以下行政处罚:罚款5000元。', '现责令当事人立即改正上述违法行为。'], '行政处罚决定书'],
    // a newspaper's item and a case write-up tell the case in the words of a decision
    [['东南网漳州7月30日讯(通讯员 蓝颖)近日,漳州市交通运输综合执法支队龙文大队对漳州某运输有限公司未建立交通违法动态信息处理制度的违法行为依法下发《行政处罚决定书》,作出罚款人民币1000元的行政处罚。'], '其他'],
    [['阳新消防开出全市首张罚单', '发布时间:2021/08/17  |  来源:黄石日报  |  专栏:黄石动态', '12日,阳新消防救援大队依据《高层民用建筑消防安全管理规定》,对辖区内一公众聚集场所违反《规定》第二十八条第一款的违法行为给予行政处罚。'], '其他'],
    [['以案释法|温州鹿城某科技公司未按照规定对从业人员进行安全生产教育和培训案例警示', '【基本案情】', '2023年7月18日,执法人员对该公司进行执法检查,当场下达《责令限期整改指令书》,责令其逾期未整改的依法处理。'], '其他'],
    // an account that tells the fine paid and the case closed was written after the decision
    [['2023年8月23日,建设单位仍未完成水土保持方案变更审批手续,迪庆州水务局决定依法对该项目建设单位“未批先变”违法行为进行立案查处。', '该行为违反了《中华人民共和国水土保持法》第二十五条规定。依据《中华人民共和国水土保持法》第五十三条的规定,对建设单位处罚款5万元。', '当事人自愿放弃陈述申辩、听证权利,于2023年11月8日足额缴纳罚款,11月13日该案结案。'], '其他'],
  ] as const)('an order to correct, or an account of a decision, read from its body: %j', (lines, want) => expect(typeOf([...lines])).toBe(want))

  it('a publicity record headed by the decision\'s number, with its 执行情况 box, is not the decision', () => {
    const lines = ['清环清新罚字〔2021〕2号', '一、当事人:清远市清新区某建材厂', '二、违法事实:你厂超标排放大气污染物,违反了《中华人民共和国大气污染防治法》第十八条的规定。', '三、处罚依据:依据《中华人民共和国大气污染防治法》第九十九条,处罚款十万元。', '四、行政处罚机关:清远市生态环境局']
    expect(typeOf(lines)).toBe('行政处罚决定书')
    expect(typeOf([...lines, '五、执行情况:未缴交罚款'])).not.toBe('行政处罚决定书')
  })

  it('罚款金额 in a sentence is not a receipt\'s field', () => {
    expect(classifyBody(['上述罚款共计人民币478710.6元,罚款金额为人民币478710.6元。'])).toBe(null)
    expect(classifyBody(['缴款人：某公司', '罚款金额：500元'])).toEqual({ type: '罚没款缴款凭证', score: 2 })
  })

  it('a form that opens with the party is not read as a decision', () => {
    expect(partyHeaded(['当事人：某公司', '调查经过：2024年3月5日立案调查', '处理意见：建议罚款'])).toBe(false)
    expect(typeFromHead(['依据《某某条例》（2020年修订）第十条'])).toBe(null)
  })
})

describe('titles with a remark inside or of no canonical type', () => {
  it.each([
    [['现场照片（图片、影像资料）证据', '1. 当事人营业执照复印件'], '证据材料'],
    [['许昌市生态环境局', '行政处罚事先（听证）告知书', '许环罚告﹝2024﹞258 号'], '行政处罚事先告知书'],
    [['案件处理内部审批表', '审批事项 拟作出行政处罚并告知当事人', '承办机构意见 建议罚款'], '其他'],
    // a web page's furniture runs long; deeper down, the agency and the title with the party in brackets
    [['您当前的位置:', '首页', '>', '法定主动公开内容', '>', '处罚/强制', '- [ 索引号 ]', '- 11500222MB1959811F/2026-00037', '- [ 发文字号 ]', '- 綦环改〔2026〕 3号', '- [ 主题分类 ]', '- 城乡建设、环境保护', '- [ 发布机构 ]', '- 綦江区生态环境局', '- [ 成文日期 ]', '- 2026-01-20', '重庆市綦江区生态环境局责令改正违法行为决定书(遵义高原建筑工程有限公司重庆分公司)', '被责令改正单位: 遵义高原建筑工程有限公司重庆分公司', '1.营业执照复印件1份;', '2.身份证复印件1份;', '3.合同复印件1份;'], '责令改正通知书'],
    // a page's metadata cell reading 其他 (体裁分类) is no title; the sentence title says what the document is
    [['| [ 主题分类 ] | 水利、水务 | [ 体裁分类 ] | 其他 |', '| [ 成文日期 ] | 2026-01-23 |', '****关于****水库工程水土保持方案不予行政许可的决定', '**市**区弘禹****公司:', '你单位提交的水土保持方案审批申请收悉。'], '不予行政许可决定书'],
    // a number printed in traditional characters names its type too
    [['惠仲社管監罰決字〔2025〕第14號', '當事人:', '名稱:惠州市仲愷高新區潤東電子加工店', '我局于2025年7月21日對你單位違法招用童工一案立案調查。'], '行政处罚决定书'],
    // the hearing officer's report is not the hearing's record, though it names the 听证主持人
    [['听证报告', '本机关于2024年6月3日就某公司经营超过保质期的食品一案举行了听证。', '听证主持人：祖永', '2024年6月4日'], '其他'],
    [['听证笔录', '听证时间：2024年6月3日9时', '听证主持人：祖永'], '听证笔录'],
    // a notice serving a decision by publication reproduces the decision but is not it
    [['中山市市场监督管理局', '行政处罚文书送达公告', '中市监罚送告〔2025〕1号', '中山市信袖晟新型材料有限公司:', '本局于2025年8月21日依法对你单位作出《行政处罚决定书》(中市监处罚〔2025〕5号),因采取其他送达方式无法送达,本局决定依法向你单位公告送达,内容是:', '当事人:中山市信袖晟新型材料有限公司'], '其他'],
    [['下列交通违法行为人因交通违法行为,逾期未到公安机关交通管理部门接受处理,依据《公安机关办理行政案件程序规定》第三十六条等相关规定,现将已裁决案件的行政处罚决定书公告如下,公告期限为六十天。', '违法行为人张某某违反了《中华人民共和国道路交通安全法》第九十条的规定,依据《中华人民共和国道路交通安全法》第九十条处罚款200元。'], '其他'],
  ] as const)('%j', (lines, want) => expect(typeOf([...lines])).toBe(want))
})
