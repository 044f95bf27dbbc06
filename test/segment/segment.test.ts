import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyTitle, docTypeNamed, findTitle, segmentPages } from '../../shared/segment'
import { classifyBody } from '../../shared/segment/doctypes'
import { announcesAttached } from '../../shared/segment/disclosure'
import type { Page } from '../../shared/types'
import { pageAccuracy, corpus } from './accuracy'
import { generateCase } from './gen'
import { readTxt } from '../../electron/engine/ingest/txt'

const TEMPLATES = join(import.meta.dirname, '..', 'fixtures', 'templates')

describe('body classification', () => {
  it('a published table of decisions (序号 案件名称 … 处罚决定文号) is no contents of a file', () => {
    const table = ['东宁市环境保护局行政处罚信息公开', ' 序号  案件名称  被处罚对象名称  案件简要情况  处罚依据  处罚决定文号', ' 1  涉嫌违反环评制度案  东宁某砼业有限公司  该公司建设项目未履行环评审批手续  依据《中华人民共和国环境影响评价法》第三十一条第一款  东环罚[2018]13号']
    expect(classifyBody(table)?.type).toBe('行政处罚决定书')
    expect(classifyBody(['卷内文件目录', '序号  文件名称  页号', '1  立案审批表  1'])?.type).toBe('卷内目录')
    // a disclosure row's 罚款金额(万元) is no payment slip when the rows say 处罚类别 and the decision's number
    expect(classifyBody(['行政处罚决定书文号: | 穗云市监处罚〔2026〕325号 |', '处罚类别: | 罚款 |', '罚款金额(万元): | 2 |'])?.type).toBe('行政处罚决定书')
  })
})

describe('title classification', () => {
  it.each([
    ['行政处罚决定书', '行政处罚决定书'],
    ['上海市市场监督管理局行政处罚决定书', '行政处罚决定书'],
    ['不予行政处罚决定书', '不予行政处罚决定书'],
    ['立案审批表', '立案审批表'],
    ['立案登记表', '立案审批表'],
    ['立案登记审批表', '立案审批表'],
    // (the approval form of the decision is no 立案审批表)
    ['行政处罚决定审批表', '其他'],
    // (an internal approval of a seizure, filed among the case's papers: its own paper, none of the decisions — cq-01)
    ['实施行政强制措施审批表', '其他'],
    ['没收物品处理记录', '其他'],
    ['授权委托书', '证据材料'],
    ['行政处罚告知书', '行政处罚事先告知书'],
    ['行政处罚事先告知书', '行政处罚事先告知书'],
    ['违法行为通知书', '行政处罚事先告知书'],
    ['送达回执', '送达回证'],
    ['送 达 回 证', '送达回证'],
    // the document a title is about, named before it, is not the title (a notice serving a decision by publication)
    ['南宁市交通运输局行政处罚决定书送达公告', '其他'],
    ['行政处罚决定书送达回证', '送达回证'],
    // an order to stop and put right is an order to correct; a notice of an inspection or a summons is no penalty paper
    ['鄂尔多斯市生态环境局责令停产整治决定书', '责令改正通知书'],
    ['责令限期改正决定书', '责令改正通知书'],
    // (…not a 违法行为通知书, the 交通 告知书, its words at the end)
    ['责令停止水事违法行为通知书', '责令改正通知书'],
    ['责令停止违法行为并限期清理通知书', '责令改正通知书'],
    ['案件办理期限延长审批表', '延期审批表'],
    ['行政执法检查通知书', '其他'],
    ['询问通知书', '其他'],
    // (…and the 呈批表 and 线索 forms of other templates)
    ['结案呈批表', '结案报告'],
    ['违法线索登记表', '案件来源登记表'],
    ['案件处理呈批表', '其他'],
    // (…nor is a review of the correction a licence's 审查意见书, one character off)
    ['整改复查意见书', '其他'],
    ['听 证 告 知 书', '听证告知书'],
    ['林业行政处罚听证权利告知书', '听证告知书'],
    // the notice of the hearing's time and place is another document than the notice of the right to one (CF-64)
    ['行政处罚听证通知书', '听证通知书'],
    ['听证通知书', '听证通知书'],
    ['现场笔录', '现场检查笔录'],
    ['调查询问笔录', '询问笔录'],
    ['案件调查终结报告', '案件调查终结报告'],
    ['法制审核意见书', '法制审核意见书'],
    // 自然资源行政处罚办法 第二十五条: the 审理 of the investigation report is the legal review of the case (bp-05)
    ['案件审理意见书（法制审核）', '法制审核意见书'],
    ['案件审理意见书', '法制审核意见书'],
    ['案件审理表', '法制审核意见书'],
    // the decision on evidence kept (先行登记保存, 行政处罚法 第五十六条) is no decision on the penalty (br-09)
    ['先行登记保存证据处理决定书', '其他'],
    ['登记保存物品处理决定书', '其他'],
    // a record of service by e-mail is the paper's receipt (ay-11); one of service by publication, whose day served is a
    // day deemed, is not read as one (bq-06)
    ['电子送达记录', '送达回证'],
    // the approval of a change of the case's officers is no approval to open the case (bq-01 as a scan)
    ['执法人员变更审批表', '其他'],
    ['办案人员变更审批表', '其他'],
    ['公告送达记录', '其他'],
    ['案件集体讨论记录', '集体讨论记录'],
    ['结案审批表', '结案报告'],
    ['卷内备考表', '备考表'],
    ['卷内文件目录', '卷内目录'],
    ['非税收入一般缴款书', '罚没款缴款凭证'],
    ['责令改正通知书', '责令改正通知书'],
    ['查封（扣押）决定书', '行政强制措施决定书'],
    ['延长办案期限审批表', '延期审批表'],
    // a 呈批表 of an extension is no filing form (bp-05: 延期办案呈批表 had been read as a 立案审批表)
    ['延期办案呈批表', '延期审批表'],
    ['准予行政许可决定书', '准予行政许可决定书'],
    // a sector's name before the form's qualifier, and a tax case's papers
    ['统计违法案件结案审批表', '结案报告'],
    ['统计执法现场检查笔录', '现场检查笔录'],
    ['林业行政案件立案登记表', '立案审批表'],
    ['税务处理决定书', '其他'],
    ['电子缴税付款凭证', '罚没款缴款凭证'],
    ['税务稽查执行报告', '结案报告'],
    ['重大行政执法决定集体讨论记录', '集体讨论记录'],
    ['没收物品清单', '其他'],
    ['案件受理记录', '案件来源登记表'],
    ['陈述申辩复核表', '陈述申辩笔录'],
    ['安徽省非税收入一般缴款书（电子）', '罚没款缴款凭证'],
    ['行 政 处 罚 案 卷', '其他'],
    // OCR noise: substituted, dropped characters and spaces
    ['行政处罚吿知书', '行政处罚事先告知书'],
    ['现场检査笔录', '现场检查笔录'],
    ['询问笔彔', '询问笔录'],
    ['行政处罚决定', '行政处罚决定书'],
    ['集体讨记录', '集体讨论记录'],
    ['案件调查终结报吿', '案件调查终结报告'],
    ['行政処罚决定书', '行政处罚决定书'],
    ['送达回証', '送达回证'],
    ['立案审批衣', '立案审批表'],
    // a report and the form approving it on one paper; the list of evidence taken
    ['案件调查报告及处理呈批表', '案件调查终结报告'],
    // the legal review written under the report on one paper (bu-04)
    ['案件调查终结报告及法制审核', '案件调查终结报告'],
    ['调取证据材料清单', '证据材料'],
    // a notice serving a decision by publication
    ['关于公告送达税务行政处罚决定书的公告', '其他'],
    // the party's written answer to the notice; a record of how a paper was served (by post, then by publication)
    ['陈述申辩及放弃听证书面意见', '陈述申辩笔录'],
    ['送达情况记录（决定书）', '送达回证'],
    // a web headline naming the party before the title; the notice before a decision not to punish
    ['霍岭县鲜丰果蔬超市有限公司不予行政处罚决定书', '不予行政处罚决定书'],
    ['不予行政处罚告知书', '行政处罚事先告知书'],
    // a monitoring body's report in the file; a case review board's minutes (not an approval form)
    ['监 测 报 告', '证据材料'],
    ['某市生态环境局案件审查委员会审议记录', '集体讨论记录'],
    // a bare form's name with the matter it approves in brackets (a 卷内目录's entry, bg-08): that form, not the matter
    ['审批表（行政处罚决定）', '其他'],
    ['审批表（立案）', '立案审批表'],
    // (a waiver of statement and hearing joined by 和, bl-09: not the notice it answers)
    ['放弃陈述申辩和听证权利声明书', '陈述申辩笔录'],
  ] as const)('%s → %s', (line, type) => expect(classifyTitle(line)?.type).toBe(type))

  it.each(['税务稽查案件延期审批表', '税务行政处罚案件结案报告', '统计违法案件结案审批表', '统计执法现场检查笔录', '林业行政案件立案登记表', '税务处理决定书', '重大行政执法决定集体讨论记录', '西藏自治区非税收入一般缴款书', '统计行政处罚案件结案报告', '放弃陈述申辩和听证权利声明书', '查封丶扣押决定书', '放弃陈述申辩和听证声明'])('%s is read surely (the body does not retype it)', (line) => {
    expect(classifyTitle(line)!.confidence).toBeGreaterThanOrEqual(0.95)
  })

  it.each(['当事人：某某公司', '本局认为当事人的行为违反了法律规定并处以罚款', '第 1 页 共 2 页', ''])('%s is no title', (line) => {
    const m = classifyTitle(line)
    expect(m === null || m.confidence < 0.75).toBe(true)
  })
})

const page = (file: string, n: number, lines: string[]): Page => ({
  file, page: n, width: 595, height: 842, unit: 'pt', source: 'text',
  lines: lines.map((text, i) => ({ text, bbox: { x: 0, y: i * 20, w: 100, h: 12 }, confidence: 1 })),
})

describe('splitting', () => {
  it('a combined scan splits at titles and keeps continuation pages', () => {
    const docs = segmentPages([
      page('案卷.pdf', 1, ['立案审批表', '案由：销售过期食品', '第 1 页 共 1 页']),
      page('案卷.pdf', 2, ['询问笔录', '询问时间：2024年3月6日', '第 1 页 共 2 页']),
      page('案卷.pdf', 3, ['问：还有补充吗？', '答：没有。', '第 2 页 共 2 页']),
      page('案卷.pdf', 4, ['询问笔录', '询问时间：2024年3月7日', '第 1 页 共 1 页']),
      page('案卷.pdf', 5, ['上海市市场监督管理局', '行政处罚决定书', '沪市监处罚〔2024〕12号']),
    ])
    expect(docs.map((d) => [d.type, d.parts[0].pages])).toEqual([
      ['立案审批表', [1]], ['询问笔录', [2, 3]], ['询问笔录', [4]], ['行政处罚决定书', [5]],
    ])
    expect(docs[3].title).toBe('行政处罚决定书')
    expect(docs[1].lines[3]).toMatchObject({ file: '案卷.pdf', page: 3, line: 0, text: '问：还有补充吗？' })
  })

  it('a decision\'s list of evidence going on from the page before, its next item first, continues the decision', () => {
    const docs = segmentPages([
      page('公告.txt', 1, ['湖南省工商行政管理局', '行政处罚决定书', '湘工商竞处字〔2012〕4号', '当事人：某行业协会', '上述事实，由以下证据证实：', '（9）2011年3月3日，常保协发〔2011〕1号《关于…的通知》复印件1份，证明当事人组织实施《合作协议》的事实。', '（10）当事人传真电报，常保协传〔2011〕1号《关于…的回复建议》复印件1份，证明当事人组织实行《合作协议》的事实。']),
      page('公告.txt', 2, ['（11）当事人传真电报，常保协传〔2011〕2号《关于…的有关要求》复印件1份，证明当事人组织实施《合作协议》的事实。', '（12）当事人会议纪要复印件1份，证明当事人组织实施《合作协议》的事实。', '（13）《新车中心工作会议纪要》复印件1份。', '（14）新车中心员工工资发放标准复印件1份。', '（15）会计报表复印件1份。', '（16）统计表复印件1份。']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })
  it('a notice serving a decision by publication, its title naming the decision in 《》, is no decision', () => {
    const docs = segmentPages([page('公告.txt', 1, ['国家税务总局某区税务局', '关于公告送达《税务行政处罚决定书》的公告', '某商贸有限公司：', '我局于2024年9月20日对你单位作出《税务行政处罚决定书》（某税罚〔2024〕38号），因无法直接送达，现公告送达。', '决定对你单位处以罚款人民币叁仟元整。'])])
    expect(docs.map((d) => d.type)).toEqual(['其他'])
  })
  it('a decision\'s heading deeper in a page that opens with the announcement publishing it (agency / title / number)', () => {
    const docs = segmentPages([
      page('公告.txt', 1, ['竞争执法公告', '2013年第1号', ' 经国家工商行政管理总局授权，江苏省工商行政管理局于2009年11月对某委员会组织本行业经营者从事垄断协议案进行了立案调查，现予公告。', '二○一三年七月二十九日', '江苏省工商行政管理局', '行政处罚决定书', '苏工商案字【2010】第00037号', ' 当事人：某市某行业协会混凝土委员会', ' 2009年11月16日，本局对当事人的涉嫌垄断行为予以立案调查。']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })

  it('a page that opens inside a decision\'s list of evidence, on a line naming a record in 《》, continues the decision', () => {
    const docs = segmentPages([
      page('决定书.txt', 1, ['某区生态环境局', '行政处罚决定书', '某环罚〔2025〕62号', '被处罚单位：某劳务服务部', '以上事实有以下证据为凭', '1.2025年8月13日《某区生态环境现场检查（勘察）笔录》']),
      page('决定书.txt', 2, ['2.2025年8月28日《某区生态环境调查询问笔录》', '3.现场拍摄的《执法现场视听资料》']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })

  it('a published table of several decisions is a list, not a decision: its rows run onto the header\'s line, long serials, a 企业名称 column', () => {
    const header = '序号 | 行政处罚决定书文号 | 当事人名称 | 违法行为类型 | 处罚内容'
    const rows = ['1 | 沪市监浦处〔2024〕152024000318号 | 上海某贸易有限公司 | 销售不合格产品 | 罚款20000元', '2 | 沪市监浦处〔2024〕152024000356号 | 上海某餐饮管理有限公司 | 未明码标价 | 警告']
    for (const lines of [[header, ...rows], [`${header} ${rows.join(' ')}`]]) {
      const docs = segmentPages([page('公示.txt', 1, ['某区市场监督管理局行政处罚结果公示（2024年第9期）', '根据有关规定，现将行政处罚结果公示如下：', ...lines])])
      expect(docs.map((d) => d.type), lines[0]).toEqual(['其他'])
    }
    // (a notice serving decisions by publication, 行政处罚决定书送达公告, is no decision, though it tells what they decided)
    const served = segmentPages([page('公告.txt', 1, ['南宁市交通运输局行政处罚决定书送达公告', '（2024年第7号）', '因下列当事人下落不明，本局采用直接送达、邮寄送达等方式均无法送达，现依法向其公告送达行政处罚决定书。', '本局决定对其处以罚款人民币五千元。如不服本决定，可以在六十日内申请行政复议。'])])
    expect(served.map((d) => d.type)).toEqual(['其他'])
    // (…as sure as any title: the decision named before 送达公告 is what it serves, not words of a sentence)
    expect(classifyTitle('南宁市交通运输局行政处罚决定书送达公告')).toMatchObject({ type: '其他', confidence: 0.97 })
    // (…and so is a 催告书 for a decision, sure enough that the body's words of the decision it tells of do not retype it)
    expect(classifyTitle('履行行政处罚决定催告书')!.confidence).toBeGreaterThanOrEqual(0.95)
    const credit = segmentPages([page('公告.txt', 1, ['关于第三批行政处罚信息信用修复情况的公告', '经企业申请，现将信用修复情况公告如下：', '序号 | 企业名称 | 原行政处罚决定书文号 | 处罚决定日期', '1 | 哈尔滨某化工有限公司 | （黑）应急罚〔2023〕17号 | 2023-05-19', '2 | 大庆某石油技术服务有限公司 | 庆应急罚〔2023〕42号 | 2023-08-24'])])
    expect(credit.map((d) => d.type)).toEqual(['其他'])
    // (rows as blocks of label：value lines, each with its own 行政处罚决定书文号：, under a page's title and trail)
    const block = (n: number, no: string, party: string) => [`序号：${n}`, `行政处罚决定书文号：${no}`, `当事人名称：${party}`, '处罚内容：罚款3000元', '作出处罚决定日期：2024-10-14']
    const blocks = segmentPages([page('公示.txt', 1, ['某区人民政府 > 政务公开 > 双公示 > 行政处罚', '某区市场监督管理局行政处罚信息公示（2024年第41期）', '发布日期：2024-10-25', '现将本局作出的一般程序行政处罚决定信息公示如下：', ...block(1, '京朝市监处罚〔2024〕2231号', '某便利店'), ...block(2, '京朝市监处罚〔2024〕2236号', '某电子商务有限公司')])])
    expect(blocks.map((d) => d.type)).toEqual(['其他'])
    // (…but one record's number field, its facts run on after it on the same line, is one decision's record)
    const one = segmentPages([page('公示.txt', 1, ['行政处罚决定书文号：道里市监处罚〔2025〕32号 违法事实：已于2024年10月15日收到责令改正通知书(哈里市监药械责改字[2024]64号)', '行政相对人名称：某大药房有限公司', '处罚依据：《药品经营和使用质量监督管理办法》第七十二条', '处罚内容：罚款10000元'])])
    expect(one.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })

  it('the same titled header with the same number at the top of the next page continues the document; a bulleted link names another page', () => {
    const head = '宜城市自然资源和规划局行政处罚决定书（宜自然资规罚〔2023〕23号）'
    const docs = segmentPages([
      page('决定书.txt', 1, [head, '发布时间：2023-10-30', '被处罚人：宜城市某建材有限公司', '经查：2023年3月，被处罚人未经批准占用集体土地建设砂石堆场。']),
      page('决定书.txt', 2, [head, '本局于2023年9月18日向被处罚人送达《行政处罚听证告知书》。', '相关文章：', '· 宜城市自然资源和规划局行政处罚决定书（宜自然资规罚〔2023〕22号）', '宜城市自然资源和规划局', '2023年10月26日']),
    ])
    expect(docs.map((d) => [d.type, d.parts[0].pages])).toEqual([['行政处罚决定书', [1, 2]]])
    expect(classifyTitle('· 宜城市自然资源和规划局行政处罚决定书（宜自然资规罚〔2023〕22号）')).toBeNull()
  })

  it('a running header naming the document by its own number continues it, though its first page printed a shorter title', () => {
    const docs = segmentPages([
      page('决定书.txt', 1, ['西宁市生态环境局', '行政处罚决定书', '宁环罚〔2024〕41号', '当事人名称：某商品混凝土有限公司', '一、环境违法事实和证据']),
      page('决定书.txt', 2, ['西宁市生态环境局行政处罚决定书（宁环罚〔2024〕41号）', '二、行政处罚的依据、种类及其履行方式、期限', '本局决定：罚款人民币五万元。']),
    ])
    expect(docs.map((d) => [d.type, d.parts[0].pages])).toEqual([['行政处罚决定书', [1, 2]]])
    // (…but another decision's number in such a title starts a document)
    const two = segmentPages([
      page('决定书.txt', 1, ['西宁市生态环境局', '行政处罚决定书', '宁环罚〔2024〕41号', '当事人名称：某商品混凝土有限公司']),
      page('决定书.txt', 2, ['西宁市生态环境局行政处罚决定书（宁环罚〔2024〕42号）', '当事人名称：某建材有限公司', '本局决定：罚款人民币五万元。']),
    ])
    expect(two.map((d) => d.type)).toEqual(['行政处罚决定书', '行政处罚决定书'])
  })

  it('a web page\'s link to the previous or next page (上一篇：某局行政处罚决定书（…号）) starts no document', () => {
    expect(classifyTitle('上一篇：长春市医疗保障局行政处罚决定书（长医保罚〔2024〕2号）')).toBeNull()
    expect(classifyTitle('下一篇：关于公布2024年第二季度定点医药机构违规问题处理情况的通告')).toBeNull()
    const docs = segmentPages([
      page('决定书.txt', 1, ['长春市医疗保障局行政处罚决定书（长医保罚〔2024〕3号）', '发布时间：2024-06-21', '长春市医疗保障局', '行政处罚决定书', '长医保罚〔2024〕3号', '当事人：长春某综合医院有限公司']),
      page('决定书.txt', 2, ['依据《医疗保障基金使用监督管理条例》第三十八条第（六）项的规定，本局决定：', '一、责令当事人改正违法行为；', '长春市医疗保障局', '2024年6月14日', '【打印本页】  【关闭窗口】', '上一篇：长春市医疗保障局行政处罚决定书（长医保罚〔2024〕2号）', '下一篇：关于公布2024年第二季度定点医药机构违规问题处理情况的通告']),
    ])
    expect(docs.map((d) => [d.type, d.parts[0].pages])).toEqual([['行政处罚决定书', [1, 2]]])
  })

  it('a page run into one line keeps its title though the line names an order in 《》 further on', () => {
    const docs = segmentPages([
      page('决定书.txt', 1, ['某县市场监督管理局 行政处罚决定书 某市监罚〔2024〕265号 当事人:某食品批发部 主体资格证照名称:营业执照 经查，当事人经营超过保质期的食品。本局于2024年11月12日对当事人下达《某县市场监督管理局责令改正通知书》(某市监责改〔2024〕15208号)，责令当事人改正。']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })

  it('a scan run into one line whose number the OCR garbled keeps its title: the agency, the title, a space', () => {
    const docs = segmentPages([
      page('某中学.pdf', 1, ['某区市场监督管理局 行政处罚决定书 某市监处罚 E⒛ 23〕 ェ号 当事人 :某市某高级中学 主体资格 证 照名称 :民 办非企 业单位登记证 统一社会信用代码 住所 (住 址 ) :某镇']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })

  it('a title with the party\'s box or a web page\'s trail of columns run onto its line is still the title', () => {
    const boxed = segmentPages([page('a.txt', 1, ['天津市宁河区市场监督管理局行政处罚决定书 当事人姓名或者单位名称:某药房', '主体资格证件名称及号码:营业执照 住所:某镇', '法定代表人:于某 2024年9月3日，我局执法人员对当事人进行检查，发现其未凭处方销售处方药。'])])
    expect(boxed.map((d) => d.type)).toEqual(['行政处罚决定书'])
    const trailed = segmentPages([page('b.txt', 1, ['您现在的位置:首页 > 正文 行政处罚决定书(信)文综罚字〔2023〕48号', '发布时间:2023-08-01 当 事 人:王**', '一、案件来源及事实 2023年7月7日，执法人员依法对该场所进行执法检查。'])])
    expect(trailed.map((d) => d.type)).toEqual(['行政处罚决定书'])
    // (a trail whose last column is named like a document, with no number of its own, is no title)
    const column = segmentPages([page('c.txt', 1, ['首页 > 信息公开 > 行政处罚决定书', '近日，某县市场监管局对一家超市作出罚款五千元的行政处罚。', '据悉，该超市销售过期食品。'])])
    expect(column.map((d) => d.type)).not.toEqual(['行政处罚决定书'])
  })

  it('news and case write-ups by their own marks: 来源：某某新闻, 7月25讯, 指导案例, a 案情： heading (real tune copies)', () => {
    for (const id of ['env-7602', 'env-7634', 'cul-7626', 'mkt-7604']) {
      const text = readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8')
      expect(segmentPages([page(`${id}.txt`, 1, text.split('\n'))]).map((d) => d.type), id).toEqual(['其他'])
    }
  })

  it('a notice publishing decisions held in its attachments (现予公告。附件：…决定书.pdf): one penalty stands for its decision, several or none are 其他 (real tune copies)', () => {
    const typeOf = (id: string) => {
      const text = readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8')
      return segmentPages([page(`${id}.txt`, 1, text.split('\n'))]).map((d) => d.type)
    }
    // (one decision, its number only in the attachment's name; one with the sum of the fine told)
    expect(typeOf('mkt-2714')).toEqual(['行政处罚决定书'])
    expect(typeOf('mkt-2704')).toEqual(['行政处罚决定书'])
    // (five decisions 第1号至第5号, seven numbers listed, an investigation suspended)
    for (const id of ['mkt-2717', 'mkt-2719', 'mkt-2707']) expect(typeOf(id), id).toEqual(['其他'])
    // (…the same when a copy runs the whole page into one line, its links inside)
    const flat = (id: string) => readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8').replace(/\s*\n\s*/g, ' ')
    expect(segmentPages([page('a.txt', 1, [flat('mkt-2717')])]).map((d) => d.type)).toEqual(['其他'])
    expect(announcesAttached([{ text: flat('mkt-2714') }])).toBe('one')
    // (a summary in the agency's third person — …于2018年4月16日依法对其作出行政处罚决定：1.… 附件：…行政处罚决定书 — stands
    // for the decision it sums up; a news item telling a decision, with no attachment, does not)
    for (const id of ['nr-106', 'nr-107', 'nr-2201']) expect(typeOf(id), id).toEqual(['行政处罚决定书'])
    expect(announcesAttached(readFileSync(join(__dirname, '../fixtures/real/docs/nr-106.txt'), 'utf8').split('\n').map((text) => ({ text })))).toBe('one')
    expect(typeOf('mkt-5505')).toEqual(['其他'])
    // (…its list of attachments one notice still where the last link ran onto a page of its own)
    const paged = (id: string) => {
      const lines = readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8').split('\n')
      return segmentPages([page(`${id}.txt`, 1, lines.slice(0, -2)), page(`${id}.txt`, 2, lines.slice(-2))]).map((d) => d.type)
    }
    for (const id of ['mkt-3008', 'mkt-2907']) expect(paged(id), id).toEqual(['其他'])
    // (…not a notice of a case's clues with a map attached, nor a notice serving a decision by publication)
    expect(typeOf('agr-8668')).toEqual(['其他'])
    const served = ['关于送达行政处罚决定书的公告', '某某：', '因无法直接送达，现将某市监罚〔2024〕12号行政处罚决定书公告送达，自公告之日起满三十日视为送达。特此公告。', '附件：行政处罚决定书.pdf']
    expect(announcesAttached(served.map((text) => ({ text })))).toBe(null)
  })

  it('a page whose header ran into one long line keeps the title standing between spaces before its number', () => {
    const long = '新密市基层政务公开 新密市文化广电旅游体育局 县级 2022-07-07 新密市某网吧未按规定核对上网消费者的有效身份证件 行政处罚决定书 (新密)文综罚字〔2022〕6号 当事人:新密市某网吧 证照名称及编号:营业执照'
    expect(segmentPages([page('a.txt', 1, [long, '经查，当事人未核对上网消费者有效身份证件。'])]).map((d) => d.type)).toEqual(['行政处罚决定书'])
    // (…not a decision a news item names, nor its number given as such)
    const news = '近日，某县卫生健康局对某门诊部作出了行政处罚决定书 某卫放罚字〔2025〕001号，给予警告并罚款1000元。'
    expect(segmentPages([page('b.txt', 1, [news, '据悉，该门诊部未取得放射诊疗许可。'])]).map((d) => d.type)).toEqual(['其他'])
    const named = '某公司收到 《行政处罚决定书 某罚〔2024〕1号》 后缴纳了罚款'
    expect(segmentPages([page('d.txt', 1, [named, '该公司已整改。'])]).map((d) => d.type)).not.toContain('行政处罚决定书')
    const numbered = '青岛某口腔门诊部被处罚。 行政处罚决定书文号为某卫放罚字[2025]001号。'
    expect(segmentPages([page('c.txt', 1, [numbered, '记者了解到，该门诊部已整改。'])]).map((d) => d.type)).toEqual(['其他'])
  })

  it('a title under an agency’s header line (某局　　行政执法文书 / 结 案 审 批 表) is the title, not the two lines run together (template t-07)', () => {
    const lines = ['临猗县发展和改革局　　　　　　　　　　行政执法文书', '结 案 审 批 表', '', '案件编号：临发改粮立〔2024〕2号', '当事人：某粮贸有限公司', '立案日期：2024年3月15日', '处罚决定：临发改粮罚〔2024〕2号（2024年6月24日）：警告，罚款10000元', '承办人意见：处罚决定已执行完毕，建议结案。']
    expect(segmentPages([page('a.txt', 1, lines)]).map((d) => d.type)).toEqual(['结案报告'])
  })

  it('papers of other templates are split at their titles (templates n, p, t): 立案报告表, 行政处罚告知笔录, 呈请行政处罚报告书, 协助调查函, 邮件详情单', () => {
    const pages = [
      page('a.txt', 1, ['某局', '立案报告表', '立案编号：某烟立〔2024〕第021号', '案由：某便利店未在当地烟草专卖批发企业进货案']),
      page('a.txt', 2, ['某大队', '呈请行政处罚报告书', '案由：某公司消防设施未保持完好有效案', '一、违法事实', '二、证据', '三、处罚意见']),
      page('a.txt', 3, ['行政处罚告知笔录', '告知时间：2023年8月31日14时30分', '告知人：张某（宁消执64010417）  王某（宁消执64010422）']),
      page('a.txt', 4, ['某局', '协助调查函', '某市监协函〔2024〕6号', '某区市场监督管理局：', '我局在查办某公司涉嫌违法一案中，请协助核实。']),
      page('a.txt', 5, ['中国邮政EMS 邮件详情单（回执联）', '内件品名：行政处罚决定书（某罚决字〔2025〕第0042号）', '签收日期：2025-04-25']),
    ]
    pages.push(
      page('a.txt', 6, ['陈述申辩及放弃听证申明', '本公司对拟作出的行政处罚无异议，放弃陈述申辩和听证。']),
      page('a.txt', 7, ['中国邮政EMS邮件全程跟踪单', '内件：某罚字〔2025〕第031号行政处罚决定书', '2025-10-29 10:05　已妥投，签收人：孙某（本人）']),
      page('a.txt', 8, ['中国邮政EMS邮件详情单（回执联）', '内件品名：某交执罚〔2025〕16号行政处罚决定书', '投递结果：2025年7月7日 10:22 已签收']),
    )
    expect(segmentPages(pages).map((d) => d.type)).toEqual(['立案审批表', '案件调查终结报告', '行政处罚事先告知书', '其他', '送达回证', '陈述申辩笔录', '送达回证', '送达回证'])
  })

  it('a record’s page numbered at its head (询问笔录 第3页 共3页) goes on from its page 2, whatever the file’s own count at the foot says', () => {
    const pages = [
      page('a.txt', 5, ['某旗自然资源局', '询 问 笔 录', '时间：2024年8月26日 9时00分至10时25分        第1页 共3页', '询问人：包海龙   执法证号：蒙执字第150721-0093号', '问：你公司是否取得了采矿许可证？', '答：没有。', '第 4 页']),
      page('a.txt', 6, ['询问笔录（续页）                                       第2页 共3页', '问：从什么时候开始开采？', '答：2024年6月3日开始挖的。']),
      page('a.txt', 7, ['询问笔录 第3页 共3页', '问：以上笔录你核对一下，是否与你所说一致？', '答：我看过了，和我说的一致。', '被询问人：王振海    2024年8月26日', '第 6 页']),
    ]
    expect(segmentPages(pages).map((d) => d.type)).toEqual(['询问笔录'])
  })

  it('a title with its page number after it and the case number before it as a running header is the title; its page 2 goes on', () => {
    const pages = [
      page('a.txt', 3, ['某区文化和旅游局', '立案审批表', '                     津沽文旅立〔2024〕11号', '案由：涉嫌安排未取得导游证的人员提供导游服务', '负责人意见：同意立案。']),
      page('a.txt', 4, ['津沽文旅立〔2024〕11号                                  某区文化和旅游局', '询 问 笔 录                                                 第1页 共2页', '时间：2024年4月23日9时10分至10时20分', '问：你社是否安排赵欣然担任导游？', '答：是的。']),
      page('a.txt', 5, ['津沽文旅立〔2024〕11号                                  询问笔录 第2页 共2页', '问：该团多少人？', '答：32人。', '被询问人签名：贺立群    2024年4月23日']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.title])).toEqual([['立案审批表', '立案审批表'], ['询问笔录', '询 问 笔 录']])
  })

  it('a record\'s title repeated over its next page with the count of pages under it, （第2页，共3页）, the page before printing none, goes on (bi-11 as a scan)', () => {
    const pages = [
      page('p08.jpg', 1, ['询问笔录', '(第1页，共3页）', '询问时间：2024年7月19日9时30分至11时00分', '问：我们是执法人员，这是我们的执法证件。你有权申请回避。', '答：不申请。']),
      page('p09.jpg', 1, ['问：你的游泳馆什么时候开始营业？', '答：6月15日。']),
      page('p10.jpg', 1, ['询问笔录', '(第2页，共3页）', '问：7月13日我局向你送达了责令限期关闭通知书，你收到了吗？', '答：收到了。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['询问笔录', 3]])
  })

  it('…or the count itself broken over two lines by the reading, 第2 / 页 (共2页), under the repeated title (bl-02 as a scan)', () => {
    const pages = [
      page('p21.jpg', 1, ['贵阳市云岩区市场监督管理局', '行政处罚决定书', '云市监处罚〔20', '25〕0156号', '当事人：云岩区张记卤味店', '经查，当事人未取得食品经营许可证销售散装卤制品。']),
      page('p22.jpg', 1, ['贵阳市云岩区市场监督管理局', '行政处罚决定书', '第2', '页 (共2页)', '2025年5月8日书面声明放弃陈述、申辩和听证权利，本局对此予以确认。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['行政处罚决定书', 2]])
  })

  it('a page whose first line is a character or two the line before left, the sentence going on under it, continues (bn-12 as a scan)', () => {
    const pages = [
      page('p10.jpg', 1, ['锦州市住房和城乡建设局', '案件调查终结报告', '第1页共2页', '案由：锦州市福源燃气有限公司在不具备安全条件的场所储存燃气案', '一、当事人基本情况', '三、证据：现场检查笔录、询问笔录2份、现场照片12张、营业执']),
      page('p11.jpg', 1, ['执', '照复印件、法定代表人身份证明；租房协议及解除协议复印件；气瓶配送', '台', '账复印件。', '四、违法性质及法律依据', '当事人的行为违反了《城镇燃气管理条例》第十八条第（五）项的规定。依', '据', '该条例第四十六条第（五）项，由燃气管理部门责令限期改正，处1万元', '以', '上10万元以下罚款；有违法所得的，没收违法所得。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['案件调查终结报告', 2]])
  })

  it('a contents list run onto the next image as ruled rows a scan read with bars (|11 听证告知书 丨2024年9月26日) is still the contents (bn-09 as a scan)', () => {
    const pages = [
      page('p01.jpg', 1, ['安顺市平坝区应急管理局', '卷内目录', '|序号|文件名称|日期|页号|', '|1|立案审批表|2024年9月11日|1|', '|10|行政处罚告知书|2024年9月26日|11|']),
      page('p02.jpg', 1, ['|12 L', '|11 听证告知书 丨2024年9月26日', '|13', '12丨文书送达回执 |2024年9月26日', '|14', '|13丨陈述申辩笔录 丨2024年9月27日', '|15', '|14|案件处理呈批表 (处罚决定) 丨2024年10月9日', '|16', '|15|行政处罚决定书 (单位) |2024年10月10日', '|17-18', '|16 文书送达回执 2024年10月22日', '|19']),
      page('p03.jpg', 1, ['安顺市平坝区应急管理局', '立案审批表', '（黔安平）应急立〔2024〕0215号', '案由：安顺市平坝区永盛石料有限公司特种作业人员未取得相应资格上岗作业案']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['卷内目录', 2], ['立案审批表', 1]])
  })

  it('a contents row whose number the reading ran onto its title (11法制审核意见书 / 2024.05.29 20) is no title (bm-07 as a scan)', () => {
    const pages = [
      page('p01.jpg', 1, ['佛山市南海区消防救援大队', '卷内文件目录', '序号 文件名称 文号 日期 页号', '1 消防监督检查记录 南海消监检字〔2024〕第0583号', '2024.05.14 1-2']),
      page('p02.jpg', 1, ['11法制审核意见书', '2024.05.29 20', '12 行政处罚审批表', '2024.05.30 21', '16 行政案件结案报告', '2024.06.07 26', '立卷人：黄俊杰 审核人：邓志明 立卷日期：2024年6月11日']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['卷内目录', 2]])
  })

  it('a 消防 order to put right at once (责令立即改正通知书) after the inspection record is an order of its own (bm-07)', () => {
    const file = 'bm-07-guangdong-foshan-fire-exit-locked.txt'
    const docs = segmentPages(readTxt(new Uint8Array(readFileSync(join(TEMPLATES, file))), file))
    expect(docs.filter((d) => d.title === '责令立即改正通知书').map((d) => d.type)).toEqual(['责令改正通知书'])
  })

  it('…or broken after its 第, 第 / 2页共2页, under the repeated title (bl-03 as a scan)', () => {
    const pages = [
      page('p05.jpg', 1, ['简阳市交通运输局', '询问笔录', '第', '1页共2页', '询问时间：2024年11月16日15时20分至15时50分', '问：你有申请执法人员回避的权利，你是否申请我们回避？', '答：不申请。']),
      page('p06.jpg', 1, ['简阳市交通运输局', '询问笔录', '第', '2页共2页', '(以下空白)', '被询问人核对意见：以上笔录我已看过，和我说的一样。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['询问笔录', 2]])
  })

  it('a contents list run onto the next image, a title\'s end there with the paper\'s date and page, is still the contents (bl-07 as a scan)', () => {
    const pages = [
      page('p01.jpg', 1, ['准格尔旗林业和草原局', '卷内目录', '序号 文号 责任者 文件题名', '日期 页号', '1 准林草立〔2024〕21号 执法大队 立案审批表', '2024.05.20 1', '12 准林草罚告〔2024〕21号 本局 行政处罚告知']),
      page('p02.jpg', 1, ['书 2024.06.11 16', '13 张俊峰 送达回证（', '行政处罚告知书) 2024.06.11 17', '14 张俊峰 其木格 陈述申辩笔', '录 2024.06.14 18', '15 执法大队 行政处罚审', '批表 2024.06.19 19', '16 准林草罚决〔2024］21号 本局 行政处罚决定', '书 2024.06.20 20-21', '17 张俊峰 送达回证(', '行政处罚决定书) 2024.06.20 22', '18 No.150622241107386 旗财政局 内蒙古自治区', '非税收入一般缴款书 2024.07.02 23', '19 张俊峰 其木格 现场检查（', '勘验）笔录 (复查) 2024.10.09 24', '20 执法大队 结案报告', '2024.10.12 25', '本卷共25 页']),
      page('p03.jpg', 1, ['准格尔旗林业和草原局', '立案审批表', '准林草立〔2024〕21号', '案件名称', '准格尔旗兴旺达砂石料经销部擅自改变林地用途案']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['卷内目录', 2], ['立案审批表', 1]])
  })

  it('…or its halves a line apart, 共3页 / 第2页, on the next image of a sequence whose body reads as another paper (bl-04 as a scan)', () => {
    const pages = [
      page('p23.jpg', 1, ['伊川县住房和城乡建设局', '行政处罚决定书', '伊建罚决〔2023〕第017号', '共3页', '第1页', '当事人：洛阳恒鑫钢结构工程有限公司', '经查明：你公司未取得建筑业企业资质证书承揽工程。']),
      page('p24.jpg', 1, ['合同价款人民币1268000元，并于2023年4月20日进场施工，至2023年6月7日经我局责令停工。']),
      page('p25.jpg', 1, ['伊川县住房和城乡建设局', '行政处罚决定书', '共3页', '第2页', '我局于2023年6月21日向你公司送达了《行政处罚告知书》，告知你公司拟作出行政处罚的事实、理由、依据和处罚内容，以及享有的陈述、申辩和要求听证的权利。你公司于2023年6月27日提交了书面陈述申辩意见，未要求听证。经复核，对你公司陈述申辩意见予以部分采纳。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['行政处罚决定书', 3]])
  })

  it('a title a scan read glued to its page number (行政处罚决定书第1页共2页), under a running header with the case number, is the title (bj-08 as a scan)', () => {
    const pages = [
      page('p16.jpg', 1, ['东皋市临江区城市管理局', '行政处罚决定审批表', '案号临城管罚〔2024］第0231号', '当事人 东皋市悦禾餐饮管理有限公司', '负责人意见 同意。']),
      page('p17.jpg', 1, ['案卷号：临城管罚〔2024〕第0231号', '东皋市临江区城市管理局', '行政处罚决定书第1页共2页', '临城管罚〔2024〕第0231号', '当事人：东皋市悦禾餐饮管理有限公司']),
      page('p18.jpg', 1, ['案卷号：临城管罚〔2024〕第0231号', '行政处罚决定书（续）第2页共2页', '本局认为，你单位的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.parts.length])).toEqual([['其他', 1], ['行政处罚决定书', 2]])
  })

  it('a paper titled 不予行政处罚告知书 whose words decide not to punish (本局决定对你公司不予行政处罚) is the decision not to punish', () => {
    const lines = ['嫩溪市恒通商砼有限公司不予行政处罚告知书', '发布日期：2024-08-23　　来源：嫩溪市生态环境局', '嫩溪市生态环境局', '不予行政处罚告知书', '嫩环不罚告〔2024〕4号', '嫩溪市恒通商砼有限公司：', '2024年8月7日，本局执法人员对你公司进行现场检查，发现你公司砂土料堆未采取覆盖措施。', '鉴于你公司违法行为轻微，并已及时改正，本局决定对你公司不予行政处罚。', '你公司如对本决定不服，可以自收到本告知书之日起六十日内申请行政复议，也可以六个月内提起行政诉讼。', '嫩溪市生态环境局', '2024年8月20日']
    expect(segmentPages([page('a.txt', 1, lines)]).map((d) => d.type)).toEqual(['不予行政处罚决定书'])
  })

  it('a title marked as going on (询问笔录（续）, 现场勘验笔录（续）) is the same record’s next page, not a new record', () => {
    const pages = [
      page('a.txt', 1, ['某县水利局', '询问笔录', '询问人：张立军  执法证号：41072300218', '问：你是否取得了河道采砂许可证？', '答：没有。']),
      page('a.txt', 2, ['某县水利局', '询问笔录（续）                                        第2页共3页', '问：采出的砂子去哪里了？', '答：卖给村民了。']),
      page('a.txt', 3, ['某县水利局', '询问笔录(续页)', '问：请你核对以上笔录。', '答：属实。', '被询问人：王德顺  2024年10月21日']),
      page('a.txt', 4, ['某县水利局', '现场勘验笔录', '勘验人：张立军  执法证号：41072300218', '勘验情况：现场有采砂坑两处。']),
      page('a.txt', 5, ['某县水利局', '现场勘验笔录（续）', '以上笔录经当事人阅看，无异议。', '当事人签名：王德顺']),
    ]
    expect(segmentPages(pages).map((d) => [d.type, d.lines.length])).toEqual([['询问笔录', 14], ['现场检查笔录', 8]])
  })

  it('a review decision\'s page marked as going on, its title read weakly, stays the review\'s, though its body revokes a decision (bt-05 as a scan)', () => {
    const pages = [
      page('p13.jpg', 1, ['土默特右旗人民政府', '行政复议决定书', '土右政复决字〔2024〕11号', '申请人：包头市鑫垚建材有限公司', '被申请人：土默特右旗水利局', '申请人不服被申请人作出的土右水罚〔2024〕2号行政处罚决定，向本机关申请行政复议。']),
      page('p14.jpg', 1, ['行政复议决定书 (续) 第2', '页共2页', '经审理查明：被申请人送达告知书时，由门卫张二虎签收，张二虎不', '是申请人的法定代表人、主要', '负责人或者负责收件的人，申请人亦未指定其为代收人。申请人未取得取', '水许可擅自取水的事实，有现', '场检查（勘验）笔录、询问笔录等证据证实，申请人对此无异议。', '本机关认为：被申请人的告知书未依法送达申请人，致使申请人未能', '行使陈述、申辩等权利，被申', '请人即作出处罚决定，违反法定程序。依据《中华人民共和国行政复议法', '》第六十四条第一款第（二)', '项的规定，本机关决定：', '一、撤销被申请人作出的土右水罚〔2024〕2号行政处罚决定；', '二、责令被申请人自收到本决定书之日起六十日内重新作出行政行为', '申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法', '院提起行政诉讼。', '土默特右旗人民政', '府 (行政复议专用章)', '2024年5月17日']),
    ]
    expect(segmentPages(pages).map((d) => d.type)).toEqual(['其他'])
  })

  it('an agency’s notice serving a decision by publication (…关于公告送达行政处罚决定书的公告) is no decision (template v-30)', () => {
    const lines = ['某区人民政府', '首页 > 政务公开 > 区市场监管局 > 通知公告', '', '某区市场监督管理局关于公告送达行政处罚决定书的公告', '谭某某：', '本局于2025年9月1日作出某市监处罚〔2025〕318号《行政处罚决定书》，决定对你罚款人民币10000元。现依法向你公告送达。']
    expect(segmentPages([page('a.txt', 1, lines)]).map((d) => d.type)).toEqual(['其他'])
  })

  it('an entry of a list of evidence among the first lines (3、调查询问笔录) is no title', () => {
    const docs = segmentPages([page('a.txt', 1, ['某某建筑工程有限公司: 统一社会信用代码:91420704MA49PHRD39 法定代表人:宋某春 以上事实有以下证据为证:', '1、现场检查笔录', '3、调查询问笔录', '你单位的上述行为违反了《中华人民共和国大气污染防治法》第六十九条的规定。'])])
    expect(docs.map((d) => d.type).filter((t) => t === '询问笔录' || t === '现场检查笔录')).toEqual([])
  })

  it('a title repeated on every page of one document does not split it when the page numbers run on', () => {
    const docs = segmentPages([
      page('a.pdf', 1, ['询问笔录', '询问时间：2024年3月6日', '第1页 共2页']),
      page('a.pdf', 2, ['询问笔录', '问：……', '第2页 共2页']),
    ])
    expect(docs).toHaveLength(1)
  })

  it('a page-number restart starts a document even when its title was not read', () => {
    const docs = segmentPages([
      page('a.pdf', 1, ['询问笔录', '问：……', '- 1 -']),
      page('a.pdf', 2, ['答：……', '- 2 -']),
      page('a.pdf', 3, ['（污损）', '内容', '- 1 -']),
    ])
    expect(docs).toHaveLength(2)
    expect(docs[1].type).toBe('其他')
  })

  it('a page headed by a paper of no known kind (某局 / 产品确认通知书) starts a paper of its own, typed 其他; one marked as going on does not', () => {
    const docs = segmentPages([
      page('a.txt', 1, ['某县农业农村局', '询问笔录', '询问人：马军　执法证号：64030224012', '问：……']),
      page('a.txt', 2, ['某县农业农村局', '产品确认通知书', '某生物科技有限公司：', '本局在办理案件中查见标称你公司生产的产品……', '联系人：马军']),
      page('a.txt', 3, ['某县农业农村局', '产品确认通知书（续）', '附：产品标签照片4张']),
      page('a.txt', 4, ['答：……', '以上笔录我已看过']),
    ])
    expect(docs.map((d) => [d.type, d.title])).toEqual([['询问笔录', '询问笔录'], ['其他', '产品确认通知书']])
  })

  it('…whatever type the contents list puts on that page, unless the heading ends as that type’s name does (cw-06)', () => {
    const docs = segmentPages([
      page('a.txt', 1, ['卷内目录', '1  询问笔录  1', '2  询问笔录  2', '3  立案报告表  3']),
      page('a.txt', 2, ['某县烟草专卖局', '询问笔录', '问：……', '答：……']),
      page('a.txt', 3, ['某县烟草专卖局', '涉案物品入库单', '入库编号：某〔2024〕0911-01', '卷烟160条']),
      page('a.txt', 4, ['某县烟草专卖局', '立案报告表', '案由：……']),
    ])
    expect(docs.map((d) => [d.type, d.title])).toEqual([['卷内目录', '卷内目录'], ['询问笔录', '询问笔录'], ['其他', '涉案物品入库单'], ['立案审批表', '立案报告表']])
  })

  it('an image of a sequence headed by a paper of no known kind is that paper, not the record before going on (cv-05 as a scan)', () => {
    const docs = segmentPages([
      page('p11.jpg', 1, ['某县农业农村局', '询问笔录', '询问人：马军执法证号：64030224012', '问：……']),
      page('p12.jpg', 1, ['问：……', '答：……']),
      page('p13.jpg', 1, ['某县农业农村局', '产品确认通知书', '某生物科技有限公司：', '联系人：马军']),
    ])
    expect(docs.map((d) => [d.type, d.title])).toEqual([['询问笔录', '询问笔录'], ['其他', '产品确认通知书']])
  })

  it('a decision extending a seizure (延长查封（扣押）期限决定书) is another paper, not the receipt filed under it', () => {
    const docs = segmentPages([page('a.txt', 1, ['某区文化和旅游局', '延长查封（扣押）期限决定书', '某某号', '陈某：', '本局于2025年6月17日……决定将上述查封、扣押期限延长三十日。', '送达回证', '送达文书：延长查封（扣押）期限决定书', '受送达人签名：陈某　　收到时间：2025年7月15日'])])
    expect(docs.map((d) => d.type)).toEqual(['其他'])
  })

  it('one file per document: each file is a document, typed by title or by file name', () => {
    const docs = segmentPages([
      page('01_立案审批表.pdf', 1, ['案由：销售过期食品']),
      page('02.pdf', 1, ['送达回证', '受送达人：某公司']),
      page('03_照片.jpg', 1, ['货架照片']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['立案审批表', '送达回证', '其他'])
    expect(docs[0].confidence).toBeLessThan(docs[1].confidence)
  })

  it('the 卷内目录 types a document whose title was not read', () => {
    const docs = segmentPages([
      page('v.pdf', 1, ['卷内目录', '1  立案审批表  2', '2  现场检查笔录  3', '3  行政处罚决定书  4']),
      page('v.pdf', 2, ['立案审批表', '案由：某']),
      page('v.pdf', 3, ['(字迹不清)', '被检查单位：某公司']),
      page('v.pdf', 4, ['行政处罚决定书', '当事人：某公司']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['卷内目录', '立案审批表', '现场检查笔录', '行政处罚决定书'])
  })

  it('a 卷内目录 ruled with bars types its pages by the titles in its cells (12 | 审批表（行政处罚决定） | 2023.08.07 | 13)', () => {
    const docs = segmentPages([
      page('v.pdf', 1, ['卷 内 目 录', '序号 | 文件名称 | 日期 | 页号', '1 | 立案审批表 | 2023.07.24 | 2', '2 | 审批表（行政处罚决定） | 2023.08.07 | 3', '3 | 行政处罚决定书 | 2023.08.07 | 4']),
      page('v.pdf', 2, ['立案审批表', '案由：某']),
      page('v.pdf', 3, ['审批表', '事项：行政处罚决定', '拟处理意见：给予警告，并处罚款人民币20000元。', '负责人意见：同意，作出行政处罚决定。']),
      page('v.pdf', 4, ['行政处罚决定书', '当事人：某公司']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['卷内目录', '立案审批表', '其他', '行政处罚决定书'])
  })

  it('a page whose own words read as the document going on is not retyped by the 卷内目录\'s numbering (a decision\'s 救济途径 on a page of its own)', () => {
    const docs = segmentPages([
      page('v.pdf', 1, ['卷内目录', '1  行政处罚决定书  2', '2  行政处罚事先告知书  3']),
      page('v.pdf', 2, ['行政处罚决定书', '当事人：某公司', '经查，当事人未按规定明码标价。', '本局决定：罚款人民币1500元。']),
      page('v.pdf', 3, ['当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。', '某市场监督管理局', '2024年4月24日']),
      page('v.pdf', 4, ['行政处罚事先告知书', '某公司：', '本局拟对你单位作出罚款的行政处罚。']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['卷内目录', '行政处罚决定书', '行政处罚事先告知书'])
  })

  it('a page opening inside a paragraph continues the document, whatever the 卷内目录\'s numbering lands on; papers of evidence are their own', () => {
    const docs = segmentPages([
      page('v.pdf', 1, ['卷内目录', '1  案件调查终结报告  2', '2  证据材料  3', '3  价格认定结论书  4']),
      page('v.pdf', 2, ['案件调查终结报告', '一、当事人基本情况', '当事人：某便利店', '六、自由裁量的理由']),
      page('v.pdf', 3, ['当事人违法经营的食品货值金额不足一万元，法定罚款幅度为五万元以上十万元以下，建议按下限处罚。', '办案人员：刘振国  王雪']),
      page('v.pdf', 4, ['价格认定结论书', '价格认定结论：标的价格为每吨65元，合计人民币8840元。']),
    ])
    expect(docs.map((d) => [d.type, d.parts[0].pages])).toEqual([['卷内目录', [1]], ['案件调查终结报告', [2, 3]], ['证据材料', [4]]])
  })

  it('questions and answers going on from a page of them continue the record, though they read like a 询问笔录', () => {
    const qa = ['问：你还有什么需要补充的吗？', '答：没有了。', '问：以上笔录请你核对。', '答：以上笔录我已看过，与我陈述的一致。', '陈述申辩人签名：王志勇']
    const docs = segmentPages([
      page('笔录.txt', 1, ['陈述申辩笔录', '时间：2024年9月12日9时00分至9时45分', '陈述申辩人：王志勇', '问：你今天来是要进行陈述申辩吗？', '答：是的。']),
      page('笔录.txt', 2, qa),
    ])
    expect(docs.map((d) => d.type)).toEqual(['陈述申辩笔录'])
  })

  it('a 卷内目录 whose page numbers drift does not retype a page whose own title names its type (现场照片及证据材料)', () => {
    const docs = segmentPages([
      page('v.pdf', 1, ['卷内目录', '1  立案登记表  1', '2  勘验笔录  2', '3  询问笔录  3', '4  现场照片及证据材料  5', '5  责令改正违法行为通知书  6', '6  案件调查报告  7', '7  法制审核意见书  9', '8  违法行为通知书  10', '9  送达回证  11', '10  陈述申辩书  12', '11  行政处罚决定书  13']),
      page('v.pdf', 2, ['立案登记表', '案由：某']),
      page('v.pdf', 3, ['勘验笔录', '勘验时间：2024年7月22日']),
      page('v.pdf', 4, ['询问笔录', '询问时间：2024年7月31日']),
      page('v.pdf', 5, ['现场照片及证据材料', '序号  证据名称  数量  来源']),
      page('v.pdf', 6, ['责令改正违法行为通知书', '现责令你（单位）立即改正上述违法行为。']),
      page('v.pdf', 7, ['案件调查报告', '一、当事人基本情况']),
      page('v.pdf', 8, ['法制审核意见书', '审核意见：同意']),
      page('v.pdf', 9, ['违法行为通知书', '当事人：某公司']),
      page('v.pdf', 10, ['送达回证', '受送达人：某公司']),
      page('v.pdf', 11, ['陈述申辩书', '陈述申辩意见：无']),
      page('v.pdf', 12, ['行政处罚决定书', '当事人：某公司']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['卷内目录', '立案审批表', '现场检查笔录', '询问笔录', '证据材料', '责令改正通知书', '案件调查终结报告', '法制审核意见书', '行政处罚事先告知书', '送达回证', '陈述申辩笔录', '行政处罚决定书'])
  })

  it('a noisy title is checked against the body of the page', () => {
    const docs = segmentPages([page('x.pdf', 1, ['案登记表', '案由：某', '承办人意见：建议立案', '审批意见：同意', '立案日期：2024年3月5日'])])
    expect(docs[0].type).toBe('立案审批表')
  })

  it('every page lands in exactly one document, in order', () => {
    const c = generateCase(7, { layout: 'combined', noise: 2 })
    const docs = segmentPages(c.pages)
    const seen = docs.flatMap((d) => d.parts.flatMap((p) => p.pages.map((n) => `${p.file}#${n}`)))
    expect(seen).toEqual(c.pages.map((p) => `${p.file}#${p.page}`))
    expect(docs.map((d) => d.index)).toEqual(docs.map((_, i) => i))
  })
})

describe('page-type accuracy on the generated corpus', () => {
  it('≥ 97 % of pages get the right type across layouts and noise levels', () => {
    const cases = corpus(120)
    const a = pageAccuracy(cases)
    const byNoise = [0, 1, 2].map((n) => pageAccuracy(cases.filter((c) => c.noise === n)))
    const byLayout = (['combined', 'combined-toc', 'split-named', 'split-anon', 'images'] as const).map((l) => [l, pageAccuracy(cases.filter((c) => c.layout === l))] as const)
    console.log(`segment: ${cases.length} cases, ${a.pages} pages, accuracy ${(100 * a.right / a.pages).toFixed(2)} %; documents ${a.docsFound} found / ${a.docsTruth} true`)
    console.log(`  by noise: ${byNoise.map((x, i) => `${i}: ${(100 * x.right / x.pages).toFixed(2)} %`).join(', ')}`)
    console.log(`  by layout: ${byLayout.map(([l, x]) => `${l}: ${(100 * x.right / x.pages).toFixed(2)} %`).join(', ')}`)
    if (a.misses.length) console.log('  misses:\n  ' + a.misses.slice(0, 10).join('\n  '))
    expect(a.right / a.pages).toBeGreaterThanOrEqual(0.97)
    expect(byNoise[2].right / byNoise[2].pages).toBeGreaterThanOrEqual(0.95)
  })
})

describe('a running header as wide as the page, the title under it (cf-02, cf-04, cf-06)', () => {
  const wrapped = (header: string, title: string) => {
    const body = ['案情摘要：2023年4月11日日常巡查发现，当事人建设的商业综合楼项目未取得建筑工程施工许可证即进行基坑开', '挖和桩基施工，涉嫌违反《中华人民共和国建筑法》第七条第一款。经核查有初步证据证明存在违法行为，属本', '局管辖，未超过行政处罚时效，符合《住房和城乡建设行政处罚程序规定》第十五条第二款规定的立案条件。', '承办人意见：建议立案。']
    return segmentPages([page('a.txt', 1, ['送达回证', '受送达人：某某公司', '送达人：任某某  王某']), page('a.txt', 2, [header, title, '案件编号', '某住建立〔2023〕第016号', ...body])])
  }
  it.each([
    ['某区住建局行政处罚案卷                                   第5页', '立 案 审 批 表', '立案审批表'],
    ['某市林业和草原局林业行政处罚案卷                               7', '立 案 审 批 表', '立案审批表'],
    ['某市某区应急管理局                                  第 14 页 共 25 页', '案件调查终结报告', '案件调查终结报告'],
    // (as a scan reads the header: its 页 lost, or its number too, set on a line of their own)
    ['某区住建局行政处罚案卷 第10', '立案审批表', '立案审批表'],
    ['某县交通运输局行政处罚案卷 第', '立案审批表', '立案审批表'],
  ])('%s / %s', (header, title, type) => expect(wrapped(header, title).map((d) => d.type)).toEqual(['送达回证', type]))
})

describe('a folder of page images', () => {
  it('an untitled page in the next image of the sequence continues the document', () => {
    const docs = segmentPages([
      page('扫描件_001.jpg', 1, ['询问笔录', '询问时间：2024年3月6日', '第1页 共2页']),
      page('扫描件_002.jpg', 1, ['问：还有补充吗？', '答：没有。', '第2页 共2页']),
      page('扫描件_003.jpg', 1, ['行政处罚决定书', '沪市监处罚〔2024〕12号']),
      page('扫描件_004.jpg', 1, ['如不服本处罚决定，可以申请行政复议。']),
      page('扫描件_005.jpg', 1, ['送达回证', '受送达人：某公司']),
    ])
    expect(docs.map((d) => [d.type, d.parts.map((p) => p.file)])).toEqual([
      ['询问笔录', ['扫描件_001.jpg', '扫描件_002.jpg']],
      ['行政处罚决定书', ['扫描件_003.jpg', '扫描件_004.jpg']],
      ['送达回证', ['扫描件_005.jpg']],
    ])
  })
  it('a sentence the sheet\'s edge broke inside a word goes on in the next image, whatever its body reads as (cd-01)', () => {
    const docs = segmentPages([
      page('s_001.jpg', 1, ['案件调查终结报告', '三、违法所得', '涉案产品货值金额为36盒×45元=1620元。因已售产品款项已全部退还购']),
      page('s_002.jpg', 1, ['买者，当事人无违法所得。', '当事人的行为违反了《中华人民共和国食品安全法》第九十七条的规定。', '依据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项的规定，建议对当事人作出如下行政处罚：', '没收违法所得，罚款人民币3000元。', '如不服本决定，可以申请行政复议。']),
    ])
    expect(docs.map((d) => [d.type, d.parts.length])).toEqual([['案件调查终结报告', 2]])
  })
  it('a running header whose number a scan broke over two lines is the same document\'s next page (cd-02)', () => {
    const docs = segmentPages([
      page('h_001.jpg', 1, ['遂宁市生态环境局', '行 政 处 罚 决 定 书', '遂环罚〔2023〕5号', '当事人：某某食品有限公司', '一、环境违法事实和证据', '我局于2022年11月10日对你公司进行了检查，发现你公司实施了以下环境违法行为：']),
      page('h_002.jpg', 1, ['1', '遂宁市生态环境局行政处罚决定书 遂环罚[2', '023〕5号', '4.营业执照复印件，证明你公司主体资格。', '二、行政处罚的依据、种类及其履行方式、期限', '如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议。']),
    ])
    expect(docs.map((d) => [d.type, d.parts.length])).toEqual([['行政处罚决定书', 2]])
  })
  it('an untitled image whose body reads as another document starts one', () => {
    const docs = segmentPages([
      page('p1.jpg', 1, ['询问笔录', '询问时间：2024年3月6日']),
      page('p2.jpg', 1, ['（标题污损）', '受送达人：某公司', '送达时间：2024年3月12日', '送达方式：直接送达']),
    ])
    expect(docs.map((d) => d.type)).toEqual(['询问笔录', '送达回证'])
  })
  it("a decision's evidence list carried over to the next image is the decision's, not a 证据材料 of its own", () => {
    const docs = segmentPages([
      page('p01.jpg', 1, ['保山市生态环境局', '行政处罚决定书', '保环罚〔2026〕3号', '当事人：某石化有限公司', '经查，你公司未依法报批建设项目环境影响报告表，擅自开工建设。', '以上事实，有以下证据为凭：']),
      page('p02.jpg', 1, ['1.你公司提供的《营业执照》复印件1份；', '2.公司法定代表人身份证复印件1份；', '3.2025年12月31日现场检查笔录1份。', '以上行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。']),
    ])
    expect(docs.map((d) => [d.type, d.parts.map((p) => p.file)])).toEqual([['行政处罚决定书', ['p01.jpg', 'p02.jpg']]])
  })
  it("a sentence the page's width broke inside a paper's mention is no title (我局于…作出…罚告〔2023〕38号《行政处罚告知书)", () => {
    // (the lines and boxes the OCR read off a published decision printed as a scan, the party's name masked)
    const rows: [string, number, number, number, number][] = [
          ["当事人：曹某华", 186, 198, 260, 47],
          ["身份证号码：4127241986XXXXXXXX", 181, 264, 587, 58],
          ["户籍地址：河南省太康县朱口镇曹店行政村西小店村", 182, 335, 904, 60],
          ["项目住址：广州市番禺区桥南街陈涌村陈涌东五巷10号201", 182, 405, 1001, 60],
          ["一、当事人基本情况及违法事实情况", 185, 476, 638, 56],
          ["2023年9月10日，我局执法人员现场检查发现：当事人于2023年7月在广州", 176, 543, 1287, 67],
          ["市番禺区桥南街陈涌村陈涌东五巷10号201租用厂房建成一个服装布", 179, 614, 1261, 64],
          ["料印花(不属于喷墨印花和数码印花)项目(该项目未办理工商营业执照)，", 177, 685, 1267, 65],
          ["项目建成后投入生产，主要从事服装布料印花(不属于喷墨印花和数码印花", 177, 756, 1283, 63],
          [")生产。主要生产设备：调色桶丶35米长2米宽印花生产线(5条）丶21米长2", 172, 826, 1290, 62],
          ["米宽印花生产线(2条）丶印花用网板丶网板清洁槽1个等，现场没有发现", 174, 895, 1266, 65],
          ["喷墨印花设备和数码印花设备。主要采用生产工艺流程为：各类服装布料", 172, 966, 1266, 63],
          ["油墨丶颜料等→用网板进行人工印花(不是喷墨印花和数码印花)→晾干", 185, 1036, 1273, 62],
          ["(→清洗印花网板)→成品。当事人在服装布料印花生产过程中主要产生挥", 175, 1107, 1283, 61],
          ["发性有机废气丶危险废物（废油墨桶）丶清洗废水丶噪声等污染物；上述污", 175, 1176, 1261, 63],
          ["染物均没有配套污染治理设施。", 172, 1245, 556, 57],
          ["当事人经营的无证印花厂的建设项目属于《建设项目环境影响评价分类管", 172, 1315, 1283, 63],
          ["理名录》第28项中需要报批环境影响评价报告书的类别。当事人存在需要", 170, 1385, 1286, 64],
          ["配套建设的环境保护设施未建成、未经验收，建设项目即投入生产的违法", 167, 1456, 1266, 62],
          ["行为。2023年9月21日，我局执法人员现场核实，当事人已清空厂房。", 169, 1523, 1175, 66],
          ["以上事实，有现场检查(勘察)笔录、调查询问笔录、现场照片、租赁合同", 169, 1594, 1262, 66],
          ["、执法音频等证据证实。", 174, 1662, 430, 60],
          ["二、规范依据丶拟处罚告知丶意见采纳情况及处罚内容", 167, 1734, 964, 63],
          ["当事人上述行为违反了《建设项目环境保护管理条例》第十五条、第十九", 167, 1805, 1282, 64],
          ["条第一款的有关规定。", 164, 1873, 400, 59],
          ["我局于2023年10月23日作出穗环（番）罚告〔2023〕38号《行政处罚告知书", 161, 1944, 1287, 66],
          ["》", 155, 2013, 65, 49],
    ]
    const scan: Page = { file: 'p01.jpg', page: 1, width: 1680, height: 2359, unit: 'px', source: 'ocr', lines: rows.map(([text, x, y, w, h]) => ({ text, bbox: { x, y, w, h }, confidence: 0.95 })) }
    expect(findTitle(scan)).toBeUndefined()
    expect(segmentPages([scan]).map((d) => d.type)).toEqual(['行政处罚决定书'])
  })
  it('a decision on evidence kept (先行登记保存证据处理决定书), with its own 复议 notice, is no decision on the penalty (br-09)', () => {
    const docs = segmentPages([page('f.txt', 9, ['贵阳市白云区应急管理局', '先行登记保存证据处理决定书', '（筑白）应急先处〔2024〕第014号', '某公司白云分公司：', '本局于2024年9月26日对你单位乙酸乙酯14桶先行登记保存。经审查，作出如下处理决定：', '1.乙酸乙酯14桶依据《中华人民共和国安全生产法》第六十五条第一款第（四）项的规定予以扣押。', '如不服本决定，可以自收到本决定书之日起六十日内向贵阳市白云区人民政府申请行政复议，或者六个月内依法向人民法院提起行政诉讼。', '贵阳市白云区应急管理局（印章）', '2024年10月16日'])])
    expect(docs.map((d) => d.type)).toEqual(['其他'])
  })
  it('an untitled decision over several images is typed by all of them, not by its first image alone', () => {
    const docs = segmentPages([
      page('p01.jpg', 1, ['违法当事人：某水源空调公司', '法定代表人：夏某', '一、违法事实和证据', '你公司2022年实际取水量超出核定取水量166万立方米，并有下列证据为证：', '1.询问笔录；', '2.取水许可证复印件；', '3.取水统计表复印件。', '你公司双倍补缴了水资源费，弥补了国家受损法益；根据行政处罚法第三十二条规定，应当从']),
      page('p02.jpg', 1, ['轻处罚。依据《取水许可和水资源费征收管理条例》第五十一条的规定，本机关决定对你公司处以罚款人民币2万元。', '如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议。']),
    ])
    expect(docs.map((d) => [d.type, d.parts.length])).toEqual([['行政处罚决定书', 2]])
  })
})

describe('a number box as a scan reads its brackets', () => {
  const typeOf = (lines: string[]) => segmentPages([page('a.txt', 1, lines)]).map((d) => d.type)
  it.each([
    // an empty pair's two brackets unlike (〔〕 read as 〔]), a full-width bracket closing the year (〔2025］)
    [['1.当前位置:', '2.首页〉政务公开〉农业农村局〉行政执法', '某公司涉嫌经营未按规定备案种子案', '索引号K45893645/2022-01398主题分类', '文 号〔]陶农(种子)罚[2022]1号发布日期2022-05-2919:21', '当事人：某公司，法人代表：某某', '经查，当事人销售未备案种子。']],
    [['·标题', '·某卫生院行政处罚决定书', '·发文字号', '·涪陵医保处罚字〔2025］第31号', '·有效性', '当事人:某卫生院', '经查,当事人存在违规收费的行为。']],
  ])('%j is typed by its number', (lines) => expect(typeOf(lines)).toEqual(['行政处罚决定书']))
})

describe('an untitled body that penalises in words only a decision uses of itself', () => {
  const typeOf = (lines: string[]) => segmentPages([page('a.txt', 1, lines)]).map((d) => d.type)
  it('a customs decision that finds no 违反 in words but surcharges the fine paid late is a decision', () => {
    expect(typeOf([
      '2023年4月23日,当事人以跨境电商B2B直接出口的贸易方式向海关申报出口货物一批。经查验后发现,该票货物部分未申报。当事人前述行为影响海关统计准确性。',
      '依据《中华人民共和国海关行政处罚实施条例》第十五条(一)项的规定:合计科处罚款人民币11000元。',
      '依照《中华人民共和国行政处罚法》第七十二条之规定,当事人到期不缴纳罚款的,每日可以按罚款数额的百分之三加处罚款,加处罚款的数额不超出罚款数额。',
    ])).toEqual(['行政处罚决定书'])
  })
  it('findings and basis set out as boxes (违法事实：… 处罚依据：…) are a decision\'s', () => {
    expect(typeOf(['某镇张*商店', '违法事实:当事人店内的食品已超过保质期,仍摆放在货架上对外出售。处罚依据:根据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项的规定,没收超过保质期的食品并处罚款五万元。'])).toEqual(['行政处罚决定书'])
  })
  it('a news item that tells a fine under a named basis without those words stays 其他', () => {
    expect(typeOf(['近日,某县市场监管局查处一起销售过期食品案。', '该局依据《中华人民共和国食品安全法》第一百二十四条的规定,对该商店处以罚款五万元。'])).toEqual(['其他'])
  })
})

describe('docTypeNamed: the document a 送达回证 served', () => {
  it.each([
    ['行政处罚事先告知书（洪青环罚告〔2024〕58号）', '行政处罚事先告知书'],
    ['行政处罚决定书（杭西市监处罚〔2024〕12号）', '行政处罚决定书'],
    ['《不予行政处罚决定书》', '不予行政处罚决定书'],
    ['听证告知书 X环听告〔2024〕3号', '听证告知书'],
    ['责令改正通知书', '责令改正通知书'],
    ['送达回证', null],
    ['', null],
    ['2024年3月5日', null],
  ] as const)('%s → %s', (phrase, type) => expect(docTypeNamed(phrase)).toBe(type))
})

describe('a list item a page\'s width wrapped onto a line of its own', () => {
  it('ends in an enumeration comma or a comma: no title, however like one it reads', () => {
    expect(classifyTitle('实有现场勘验笔录、')).toBeNull()
    expect(classifyTitle('实 有 现 场 勘 验 笔 录、')).toBeNull()
    expect(classifyTitle('询问笔录，')).toBeNull()
    expect(classifyTitle('现场勘验笔录')?.type).toBe('现场检查笔录')
  })
  it('does not split a decision where its evidence list wraps', () => {
    const docs = segmentPages([page('决定.txt', 1, ['某县综合执法局行政处罚决定书', '当事人：某劳务有限公司', '经调查，你单位超出审批范围非法使用林地，以上事', '实有现场勘验笔录、', '询问笔录等证据证实。', '依据《中华人民共和国森林法》第七十三条的规定，本局决定罚款人民币一万元。', '如不服本决定，可以在六十日内申请行政复议。'])])
    expect(docs.map((d) => d.type)).toEqual(['行政处罚决定书'])
  })
})

describe('a decision\'s second page whose list of evidence ends in a paper\'s name (bw-11, a scan)', () => {
  it('上述事实有现场检查（勘验）笔录、现场照片及航拍影像、询问笔录 is no title of a 询问笔录', () => {
    const p = page('d.pdf', 2, ['第2页', '共3页', '经查，当事人“鼎泰西部物流园一期”项目位于兰州市七里河区黄峪', '镇黄土丘陵区，依法应当编制水土保持方案。当事人未编制水土保持方案', '报经批准，于2025年3月3日开工进行场地平整，扰动地表约4.6公顷。经', '本局责令，当事人已停止施工，但至2025年5月20日期限届满未补办水土', '保持方案审批手续。', '上述事实有现场检查（勘验）笔录、现场照片及航拍影像、询问笔录', '、复查笔录、行政审批系统查询记录等证据证实。'])
    expect(findTitle(p)?.type).not.toBe('询问笔录')
  })
})

describe("a bank's receipt of a payment is a paper of its own (cn-02)", () => {
  it('中国建设银行 客户回单 after a decision is a payment slip, not a page of the decision', () => {
    const segs = segmentPages([
      page('a.txt', 1, ['株洲市芦淞区医疗保障局', '行 政 处 罚 决 定 书', '芦医保罚〔2024〕3号', '当事人：株洲康顺堂大药房有限公司', '经查，当事人串换药品。', '罚款12,960.00元。', '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。', '株洲市芦淞区医疗保障局', '2024年5月6日']),
      page('a.txt', 2, ['中国建设银行 客户回单', '日期：2024-05-13', '付款人：株洲康顺堂大药房有限公司', '金额：¥8,640.00']),
    ])
    expect(segs.map((d) => d.type)).toEqual(['行政处罚决定书', '罚没款缴款凭证'])
  })
})
