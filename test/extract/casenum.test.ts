import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractCase, extractDocFacts } from '../../shared/extract'
import { segmentPages } from '../../shared/segment'
import { readTxt } from '../../electron/engine/ingest/txt'
import { doc } from './helpers'

const nums = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers

describe("a party's name a scan's reading joined onto a number is no part of its prefix", () => {
  it.each([
    ['云浮市某矿业有限公司云环(云城)罚〔2023〕7号', '云环(云城)罚〔2023〕7号'],
    ['罗某明养鸭场（丰堆村）云环(云城)罚〔2025〕21号', '云环(云城)罚〔2025〕21号'],
    // (…but 工商行政 and a place's 新厂 stay in the prefix)
    ['遵市工商行处字〔2014〕22号', '遵市工商行处字〔2014〕22号'],
    ['西市监新厂询通〔2023〕003号', '西市监新厂询通〔2023〕003号'],
    // (…nor is a 兵团 division's ordinal, 第十四师, a 第 before a serial)
    ['行政处罚决定书文号 :第十四师市监处罚〔2023〕55号', '第十四师市监处罚〔2023〕55号'],
  ])('%s', (line, want) => expect(nums([line]).map((n) => n.text)).toEqual([want]))
})

describe('case number forms', () => {
  it.each([
    ['沪市监处罚〔2024〕12号', '沪市监处罚〔2024〕12号', '沪市监处罚', 2024, 12],
    ['京朝市监罚字[2023]第101号', '京朝市监罚字〔2023〕101号', '京朝市监罚字', 2023, 101],
    ['晋朔环罚〔2018〕41号', '晋朔环罚〔2018〕41号', '晋朔环罚', 2018, 41],
    ['锡03环监罚﹝2016﹞58号', '锡03环监罚〔2016〕58号', '锡03环监罚', 2016, 58],
    ['(沪嘉)安监罚[2018]m-07号', '（沪嘉）安监罚〔2018〕m-07号', '(沪嘉)安监罚', 2018, 7],
    ['桂柳环罚字 [2016]5号', '桂柳环罚字〔2016〕5号', '桂柳环罚字', 2016, 5],
    ['晋0724环罚决字〔 2016 〕318 号', '晋0724环罚决字〔2016〕318号', '晋0724环罚决字', 2016, 318],
    ['沪市监处罚（2024）12号', '沪市监处罚〔2024〕12号', '沪市监处罚', 2024, 12],
    ['沪市监处罚【2024】12号', '沪市监处罚〔2024〕12号', '沪市监处罚', 2024, 12],
    ['沪市监处罚〔2024]12号', '沪市监处罚〔2024〕12号', '沪市监处罚', 2024, 12],
    ['沪市监处罚[2024〕12号', '沪市监处罚〔2024〕12号', '沪市监处罚', 2024, 12],
    ['抚规罚决〔2016〕06号', '抚规罚决〔2016〕6号', '抚规罚决', 2016, 6],
    ['闽泉农(兽药)罚〔2024〕3号', '闽泉农（兽药）罚〔2024〕3号', '闽泉农(兽药)罚', 2024, 3],
    ['黔毕资规执(矿)罚字〔2019〕第031号', '黔毕资规执（矿）罚字〔2019〕31号', '黔毕资规执(矿)罚字', 2019, 31],
    ['抚农罚〔2018〕规划第15号', '抚农罚〔2018〕规划15号', '抚农罚', 2018, 15],
    ['京朝市监罚字［２０２３］第１０１号', '京朝市监罚字〔2023〕101号', '京朝市监罚字', 2023, 101],
    ['陕(咸)环罚〔2017〕3-218号', '陕（咸）环罚〔2017〕3-218号', '陕(咸)环罚', 2017, 218],
    // a serial that carries the agency's code (上海, 河北), a township office's name before the serial
    ['沪市监嘉处〔2020〕142020001037号', '沪市监嘉处〔2020〕142020001037号', '沪市监嘉处', 2020, 142020001037],
    ['冀市监石处〔2025〕13012325000098号', '冀市监石处〔2025〕13012325000098号', '冀市监石处', 2025, 13012325000098],
    ['(湘长浏)应急罚〔2023〕古港应急办-4号', '（湘长浏）应急罚〔2023〕古港应急办-4号', '(湘长浏)应急罚', 2023, 4],
    // the number in brackets after the title: the opening bracket is the sentence's, the inner pair the prefix's
    ['重庆市铜梁区农业农村委员会行政处罚决定书(铜农(饲料)罚〔2023〕8号)', '铜农（饲料）罚〔2023〕8号', '铜农(饲料)罚', 2023, 8],
    // a table's rule a scan's reading gives as the radical 丨 before the number's cell
    ['决定书文号丨隆农(农药)罚〔2024〕22号', '隆农（农药）罚〔2024〕22号', '隆农(农药)罚', 2024, 22],
    ['丨嘉海综执〔2021〕罚决字10-0326号', '嘉海综执〔2021〕罚决字10-0326号', '嘉海综执', 2021, 326],
  ] as const)('%s', (s, normalized, prefix, year, serial) => {
    const n = nums([s])
    expect(n).toHaveLength(1)
    expect(n[0]).toMatchObject({ normalized, prefix, year, serial, own: true })
  })
})

describe('own number or a reference', () => {
  it('the header number is own; the 告知书 number in the body is a reference', () => {
    const n = nums(['上海市市场监督管理局', '行政处罚决定书', '沪市监处罚〔2024〕12号', '当事人：某公司', '本局于2024年3月1日向当事人送达了沪市监罚告〔2024〕8号《行政处罚事先告知书》。'])
    expect(n.map((x) => [x.normalized, x.own])).toEqual([['沪市监处罚〔2024〕12号', true], ['沪市监罚告〔2024〕8号', false]])
  })
  it.each([
    ['案号：沪市监处罚〔2024〕12号', true],
    ['文号:沪市监处罚〔2024〕12号', true],
    ['送达文书名称及文号：行政处罚决定书 沪市监处罚〔2024〕12号', false],
    ['根据沪市监责改〔2024〕3号责令改正通知书，当事人应当改正。', false],
    ['依据{抚规责改〔2016〕12号}的要求', false],
  ] as const)('%s → own %s', (line, own) => {
    const n = nums(['正文', '正文', '正文', '正文', '正文', '正文', '正文', '正文', '正文', '正文', '正文', line])
    expect(n[0].own).toBe(own)
  })
  it('not a case number: a version remark or a bare year', () => {
    expect(nums(['《中华人民共和国行政处罚法》（2021年修订）第五十七条'])).toHaveLength(0)
    expect(nums(['2024年度'])).toHaveLength(0)
  })
})

describe('numbers as real documents print them', () => {
  const own = (lines: string[], type: import('../../shared/types').DocType = '行政处罚决定书') =>
    extractDocFacts(doc(lines, type)).caseNumbers.filter((c) => c.own).map((c) => c.text.replace(/\s+/g, ''))
  it.each([
    // the number on the title line, after the title
    [['林业行政处罚决定书 寻林罚决字〔2023〕第95号', '被处罚人姓名:李某'], ['寻林罚决字〔2023〕第95号']],
    [['常德市文化市场综合执法局行政处罚决定书(湘常)文综罚字〔2020〕第F-000069号'], ['(湘常)文综罚字〔2020〕第F-000069号']],
    [['宁波市自然资源和规划局行政处罚决定书(甬鄞自然资规罚〔2023〕6号) 某公司非法占地案', '某公司:'], ['甬鄞自然资规罚〔2023〕6号']],
    [['标  题: 铁岭市生态环境局 行政处罚决定书 铁市环罚〔2025〕05-09号'], ['铁市环罚〔2025〕05-09号']],
    // a label naming the document's own kind; a disclosure table row
    [['行政处罚决定书 编号:信自然资罚决字〔2024〕第006号'], ['信自然资罚决字〔2024〕第006号']],
    [['行政处罚决定书文号 | 粤药监药罚〔2023〕5001号 |'], ['粤药监药罚〔2023〕5001号']],
    [['行政处罚决定书文号: | 穗云市监处罚〔2026〕325号 |'], ['穗云市监处罚〔2026〕325号']],
    // a serial masked by the publisher
    [['行政处罚决定书', '石新市监 处罚〔 2025 〕xxx号'], ['石新市监处罚〔2025〕xxx号']],
    // the agency's name before the number on a line of the head (a 厅 as a 局)
    [['行政处罚决定书', '云南省文化和旅游厅 云文旅罚决〔2024〕1号', '当事人:某公司'], ['云文旅罚决〔2024〕1号']],
    // a page telling the decision, the decision itself its attachment
    [['2017年6月8日,某市国土资源局对某公司越界开采的行为进行立案查处,于2018年4月16日依法对其作出行政处罚决定。', '附件:防国土资监罚字〔2018〕第7号 行政处罚决定书', '文件下载:'], ['防国土资监罚字〔2018〕第7号']],
  ] as const)('%j', (lines, want) => expect(own([...lines])).toEqual(want))
  it('an attachment of another kind is no number of the document', () => {
    expect(own(['某某公司:', '附件:某环罚告〔2018〕7号 行政处罚事先告知书'])).toEqual([])
  })

  it('a decision named in a 送达回证 is not the 送达回证’s own number', () => {
    expect(own(['送达回证', '行政处罚决定书 沪浦市监处罚〔2021〕232号'], '送达回证')).toEqual([])
    expect(own(['送达回证', '送达文书名称及文号：行政处罚决定书文号：沪浦市监处罚〔2021〕232号'], '送达回证')).toEqual([])
  })
})

describe('more numbers as published', () => {
  const own = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers.filter((c) => c.own).map((c) => c.text.replace(/\s+/g, ''))
  it.each([
    [['洛阳某水务有限公司行政处罚决定书豫 0329 环罚决字〔2023〕2 号'], ['豫0329环罚决字〔2023〕2号']],
    [['(贺农屠宰罚〔2022〕1号)贺州市农业农村局行政处罚决定书'], ['贺农屠宰罚〔2022〕1号']],
    [['石鹿市监处罚〔2026〕8号 石家庄某商贸有限公司销售不符合食品安全标准的食用农产品案'], ['石鹿市监处罚〔2026〕8号']],
    // (…alone under the title however far down a page's furniture pushed it — a site's style sheet read as text)
    [[...Array.from({ length: 30 }, (_, k) => `.TRS_Editor P${k},.TRS_Editor DIV{margin-top:0;}`), '江西省工商行政管理局', '行政处罚决定书', '赣工商公处字[2010]01号', '当事人：泰和县某储配站'], ['赣工商公处字[2010]01号']],
    // (…the case's name run onto the number and wrapped onto the next line, as a scanned page prints a long headline)
    [['石鹿市监处罚〔2026〕8号石家庄某商贸有限公司销售不符合食品安全', '标准的食用农产品案', '行政处罚决定书'], ['石鹿市监处罚〔2026〕8号']],
    [['行政处罚', '决定书北银综执福成罚〔2025〕75号'], ['北银综执福成罚〔2025〕75号']],
    // a table's cell of its own near the top, in a row with no header above it
    [['1 | 东农(农药)罚〔2024〕1 号 | 不按照农药的标签标注的安全间隔期使用农药行为一案 | 廖某 | / |'], ['东农(农药)罚〔2024〕1号']],
    // a series heading the template prints before the title, on the title's line
    [['煤矿安全监管行政执法文书 行政处罚决定书 豫(三)煤安罚〔2025〕7号'], ['豫(三)煤安罚〔2025〕7号']],
    [['[ 索引号 ] | 1150/2025-00178 | [ 发文字号 ] | 渝两江市监处字〔2024〕579 号 |'], ['渝两江市监处字〔2024〕579号']],
    // a page's header run into one line: a bulleted 发文字号, a row's cell opening the line, the title and a dash before the
    // number, a field's words before it with their space dropped in the joining — but not a space a text layer prints inside
    // the prefix (醴 林罚决字, 石新市监 处罚)
    [['您当前的位置: 首页 > 法定主动公开内容 > 处罚/强制 > 办理结果 • [ 索引号 ] • 11500222MB1959811F/2025-00431 • [ 发文字号 ] • 綦环罚〔2025〕46号 • [ 主题分类 ] • 城乡建设、环境保护'], ['綦环罚〔2025〕46号']],
    [['铜农(渔业)罚〔2025〕32号 | 违反规定在长江流域重点水域进行垂钓案 | 田某友 | / | 2025年5月5日 | 铜仁市农业农村局 | 警告并处罚款'], ['铜农(渔业)罚〔2025〕32号']],
    [['首页 >> 部门目录 >> 南华县一街乡 索  引  号:nhxyxj-/2025-0430001 公开范围:公开 发布机关:南华县一街乡 标      题:南华县一街乡人民政府行政处罚决定书—一政罚决〔2025〕04号 生效日期: 姓名:鲁某清'], ['一政罚决〔2025〕04号']],
    [['您当前的位置: 首页 > 政务 > 信息公开目录 > 行政处罚 林业行政处罚决定书 醴 林罚决字[2024]第045号 发布时间: 2024-06-01 当事人:邓某'], ['醴林罚决字[2024]第045号']],
    [['石家庄市新华区市场监督管理局 行政处罚决定书 石新市监 处罚〔 2025 〕xxx号 当事人:石家庄某商贸有限公司 统一社会信用代码:911301050000000000'], ['石新市监处罚〔2025〕xxx号']],
    // a label spaced out, an empty bracket pair before the number, a prefix the publisher masked
    [['文        号 〔〕克乌市监处罚〔2023〕25号 有  效  性'], ['克乌市监处罚〔2023〕25号']],
    // (…as a scan reads it: the empty pair's two brackets unlike, 〔] or 【〕)
    [['文 号〔]陶农(种子)罚[2022]1号发布日期2022-05-2919:21'], ['陶农(种子)罚[2022]1号']],
    [['文 号【〕克乌市监处罚〔2023〕25号有效性'], ['克乌市监处罚〔2023〕25号']],
    [['| [ 索引号 ] | 115********276433Y/2026-00016 | [ 发文字号 ] | **许可〔2026〕4号 |'], ['**许可〔2026〕4号']],
    // (…a page's field list, each label and its value a bulleted line of its own)
    // (the title's field before it, and the number under the title printed broken: 彭水市监处罚〔2022215)
    [['• 索引号', '  • 11500243MB1584028Y/2022-00074', '  • 主题分类', '  • 市场监管、安全生产监管', '  • 体裁分类', '  • 行政处罚', '  • 发布机构', '  • 彭水县市场监管局', '  • 成文日期', '  • 2022-11-07', '  • 发布日期', '  • 2022-11-07', '  • 标题', '  • 彭水苗族土家族自治县市场监督管理局行政处罚决定书', '  • 发文字号', '  • 彭水市监处罚〔2022〕215号', '  • 有 效 性', '语音播报', '分享:', '字号 :', '', '彭水苗族土家族自治县市场监督管理局', '', '行政处罚决定书', '', '彭水市监处罚〔2022215', '', '      ', '', '当事人:彭水县某某加工厂'], ['彭水市监处罚〔2022〕215号']],
    // a title naming the matter in a 公文's words before the number
    [['关于校外培训监管行政处罚决定书 潭县教罚字〔2025〕第2号', '当事人(名称/姓名):湘潭县***托管中心'], ['潭县教罚字〔2025〕第2号']],
    // the page's 标题 field, below its other fields, carries the title with the number
    [['- 索引号: 11370100004188661G/2022-00389 组配分类: 执法决定结果信息', '- 成文日期: 2022-11-11 发布日期: 2022-11-17', '- 发布机构: 济南市教育局', '- 标题: 校外培训监管行政处罚决定书(济教罚字〔2022〕第1号)', '- 发文字号:', '当事人名称或姓名:济南某教育咨询有限公司'], ['济教罚字〔2022〕第1号']],
    // a number ending a line near the top after the page's date stamp (the stamp's day or hour no part of the prefix),
    // after the page's breadcrumbs, or after the title the page's lines ran into further down
    [['首页 > 政务公开', '[2022-08-11] 高财购罚〔2022〕1号', '当事人:某照明集团有限公司'], ['高财购罚〔2022〕1号']],
    [['来源:吕梁市生态环境局 更新时间:2025-03-28 吕环罚〔2025〕4号', '当事人名称:吕梁市离石区某洗煤厂'], ['吕环罚〔2025〕4号']],
    [['索引号: 文号: 目录组配分类: 行政处罚信息 发布时间: 2025-08-25 15 揭市环罚〔2025〕26号', '普宁市某纺织有限公司:'], ['揭市环罚〔2025〕26号']],
    [['首页 > 政务公开 > 政府部门信息公开目录 > 区市场监管局 长天市监罚字〔2023〕457号', '当事人:长沙某贸易有限公司'], ['长天市监罚字〔2023〕457号']],
    [['建设工程教育网 > 资讯中心 > 通知公告 > 正文 建市罚字[2012]第21号', '被处罚单位:某工程有限公司'], ['建市罚字[2012]第21号']],
    [['重庆市城口县市场监督管理局', '首页', '政务公开', '行政处罚', '行政处罚决定书 渝城口市监处字〔2023〕31号', '当事人:某公司'], ['渝城口市监处字〔2023〕31号']],
    // the case's 立案 number an archive prints over each of its papers, with the archive's page, is not the decision's own
    [['旌应急立〔2023〕29号　　　　　　　　　　　　　　第48页', '德阳市旌阳区应急管理局', '行政处罚决定书', '旌应急罚〔2023〕29号', '当事人：某汽车修理厂'], ['旌应急罚〔2023〕29号']],
    // 和 inside a prefix (津和 for 天津市和平区)
    [['天津市和平区生态环境局行政处罚决定书(津和环罚字[2022]004号)'], ['津和环罚字[2022]004号']],
  ] as const)('%j', (lines, want) => expect(own([...lines])).toEqual(want))
  it('an agency or a referral letter named before a number is not part of it; 函 as the type word is', () => {
    const all = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers.map((c) => c.text.replace(/\s+/g, ''))
    expect(all(['长沙市天心区市场监管局长天市监罚字〔2023〕457号'])).toEqual(['长天市监罚字〔2023〕457号'])
    expect(all(['2025年3月5日,我局收到醴陵市烟草专卖局案件移送函醴烟移(2025)4号。'])).toEqual(['醴烟移(2025)4号'])
    // (a title ending 的处罚决定 with no 书, its number on the line under it, the two lines run together)
    expect(all(['娄底海关关于某进出口有限公司擅自处置边角料案的处罚决定娄关缉违字〔2024〕2号'])).toEqual(['娄关缉违字〔2024〕2号'])
    // (…but 决定 as the prefix's type word is the prefix's)
    expect(all(['江海自然(执法)决定字〔2019〕17号'])).toEqual(['江海自然(执法)决定字〔2019〕17号'])
    // a court's ruling: its title run onto its number, the sentence that applies to enforce a decision
    expect(all(['行政裁定书(2015)梨行非执字第64号'])).toEqual(['(2015)梨行非执字第64号'])
    // (…a court's name before its case number, a web page's link run onto a number)
    expect(all(['福建省龙岩市新罗区人民法院(2004)龙新行初字第16号'])).toEqual(['(2004)龙新行初字第16号'])
    expect(all(['跳转到主要内容(2015)佛南法行初字第376号'])).toEqual(['(2015)佛南法行初字第376号'])
    expect(all(['于2015年4月21日向本院提出强制执行九国土资执罚字[2014]9号行政处罚决定的申请。'])).toEqual(['九国土资执罚字[2014]9号'])
    expect(all(['根据《关于某项目的复函》(益建移函〔2024〕25号),'])).toEqual(['益建移函〔2024〕25号'])
    // (…nor is a 和 joining two numbers)
    expect(all(['依据鄂州政发〔2020〕11号和鄂州政办函〔2020〕64号的规定'])).toEqual(['鄂州政发〔2020〕11号', '鄂州政办函〔2020〕64号'])
    // (a document named right before the bracket that opens its number, a word of the sentence, a provincial department)
    expect(all(['依据某市林业局关于印发林业行政处罚裁量基准的通知(渝林生〔2021〕19号)的规定,'])).toEqual(['渝林生〔2021〕19号'])
    expect(all(['2025年3月25日,某县人民检察院作出不起诉决定(西乡检刑不诉〔2024〕57号)。'])).toEqual(['西乡检刑不诉〔2024〕57号'])
    expect(all(['参照湘农发〔2023〕11号文件的规定,'])).toEqual(['湘农发〔2023〕11号'])
    expect(all(['该产品持有福建省农业厅闽农肥(2009)临字0099号肥料临时登记证。'])).toEqual(['闽农肥(2009)临字0099号'])
    // (…but a bracket closed inside the prefix is part of it)
    expect(all(['南农(渔政)罚〔2024〕108号'])).toEqual(['南农(渔政)罚〔2024〕108号'])
  })
  it('a court\'s case number: the judgment\'s own under its title, another judgment\'s where the text refers to it', () => {
    const nums = (lines: string[]) => extractDocFacts(doc(lines, '其他')).caseNumbers.map((c) => `${c.text}${c.own ? '*' : ''}`)
    expect(nums(['某某公司诉某局税务行政处罚一案判决书', '', '行 政 判 决 书', '', '(2018)川0682行初17号', '', '原告某某公司。'])).toEqual(['(2018)川0682行初17号*'])
    expect(nums(['上诉人因不服上海市青浦区人民法院(2024)沪0118行初4号行政判决,向本院提起上诉。'])).toEqual(['(2024)沪0118行初4号'])
    expect(nums(['案号:(2014)海中法行初字第7号 经办法院:海南省海口市中级人民法院'])).toEqual(['(2014)海中法行初字第7号*'])
    // (…after its court's spaced title on the same line, a number the agencies' pattern reads too: 甬镇行初字 is a type word there)
    expect(nums(['宁某市镇海区人民法院 行 政 判 决 书 (2013)甬镇行初字第19号 原告宁波市某公司,住所地浙江省宁波市某区。 被告宁波市某区安全生产监督管理局。'])).toEqual(['(2013)甬镇行初字第19号*'])
    // (…and a ruling's operative line opening with the agency's number after 对 keeps the 对 out of it, and the ruling its own)
    expect(nums(['某某区人民法院', '行政裁定书', '（2025）陕0112行审21号', '申请执行人：某区卫生健康局。', '对未卫职罚〔2024〕第019号行政处罚决定书中罚款50000元的内容准予强制执行。'])).toEqual(['未卫职罚〔2024〕第019号', '（2025）陕0112行审21号*'])
    // a copied ruling page: the number alone atop its header (裁判日期, 案件名称 …), again under the title far below
    const header = ['(2016)苏1291行审50号', '裁判日期: 2016-04-28', '公开日期: 2016-07-07', '案件名称', '泰兴市环境保护局与某公司非诉执行审查裁定书', ...Array.from({ length: 14 }, (_, k) => `栏目${k + 1}`), '某某人民法院行 政 裁 定 书(2016)苏1291行审50号申请执行人泰兴市环境保护局。']
    expect(nums(header)).toEqual(['(2016)苏1291行审50号*', '(2016)苏1291行审50号*'])
    // (…but a number alone atop a text that is no court's document is not its own)
    expect(nums(['(2016)苏1291行审50号', '某局公告：上述案件已审结。'])).toEqual(['(2016)苏1291行审50号'])
  })
})

describe('a page run into one line', () => {
  it("a field's words before a number, their space dropped in the joining, are no part of its prefix", () => {
    const line = '关于我们 在线客服 帮助 24小时客服:010-82326699 建设工程教育网 > 资讯中心 > 通知公告 > 正文 建市罚字[2012]第21号 2012-04-20 14:19  中华人民共和国住房和城乡建设部  【打印】【我要纠错】 被处罚单位:某交通工程有限公司'
    expect(extractDocFacts(doc([line], '行政处罚决定书')).caseNumbers.map((c) => c.text)).toEqual(['建市罚字[2012]第21号'])
  })
})

describe('a number whose line runs on into the next line', () => {
  const own = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers.filter((c) => c.own).map((c) => c.text.replace(/\s+/g, ''))
  it('the party\'s box or the addressee after the number that opens the line (…93号 当事人:文*富,…) leaves it the document\'s own', () => {
    expect(own(['重庆市涪陵区农业农村委员会 行政处罚决定书', '涪农(渔业)罚〔2024〕93号 当事人:文*富,男,汉族,住址重庆市涪陵区某路。', '经查，当事人在禁渔期使用禁用渔具捕捞。'])).toEqual(['涪农(渔业)罚〔2024〕93号'])
    expect(own(['某市生态环境局', '行政处罚决定书', '闽榕环罚〔2024〕74号 某科技集团有限公司:', '我局于2023年12月19日对你单位进行现场检查。'])).toEqual(['闽榕环罚〔2024〕74号'])
  })
  it('the title right before the number at the end of a header run into one line makes it the document\'s own; a document a sentence names does not', () => {
    expect(own(['欢迎来到 某网!! 当前位置: 网站首页 > 时政焦点 南宁市农业农村局行政处罚决定书 南农(农药)罚〔2023〕13号 发布时间:2023-06-05 作者:佚名 来源:南宁市农业农村局 当事人:某农资连锁经营有限公司', '经查，当事人经营假农药。'])).toEqual(['南农(农药)罚〔2023〕13号'])
    expect(own(['某局于2023年6月5日对当事人作出的行政处罚决定书 南农(农药)罚〔2023〕13号已送达。'])).toEqual([])
  })
  it('a document\'s name run onto a number whose bracket the page lost is no part of its prefix (…行政处罚决定书环罚〔202562)', () => {
    const nums = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers.map((c) => c.prefix)
    expect(nums(['合肥市生态环境局 行政处罚决定书 合环罚〔2025〕62号', '某某公司 行政处罚决定书环罚〔202562', '经查，当事人未批先建。']).filter((p) => p.includes('决定书'))).toEqual([])
  })
  it('a page\'s footer giving the number and the page\'s mark is the document\'s own, however far down (津滨环罚〔2024〕88号　第2页/共2页)', () => {
    const body = Array.from({ length: 20 }, (_, k) => `第${k + 1}段：经查，当事人未按规定建立危险废物管理台账。`)
    expect(own([...body, '某区生态环境局', '2024年9月12日', '津滨环罚〔2024〕88号　　　　　第2页/共2页'])).toEqual(['津滨环罚〔2024〕88号'])
    expect(own([...body, '津滨环罚〔2024〕88号 — 2 —'])).toEqual(['津滨环罚〔2024〕88号'])
    // (…but a number a sentence gives, far down, stays another's)
    expect(own([...body, '我局于2024年8月13日向你公司送达了《行政处罚事先（听证）告知书》（津滨环罚告〔2024〕88号）。'])).toEqual([])
  })
  it('…and so does the agency\'s name after it (闽榕环罚〔2024〕74号 福州市生态环境局)', () => {
    expect(own(['闽榕环罚〔2024〕74号 福州市生态环境局', '行政处罚决定书 某科技集团有限公司:', '我局于2023年12月19日对你单位进行现场检查。'])).toEqual(['闽榕环罚〔2024〕74号'])
    // (a number opening a sentence of the body stays a reference)
    expect(own(['行政处罚决定书', '当事人:某公司', '经查，当事人违反了规定。', '闽环评〔2020〕5号 文件要求你单位落实防治措施。'])).not.toContain('闽环评〔2020〕5号')
  })
})

describe('two numbers for itself', () => {
  it('石环罚〔2024〕经开404号 then 石环罚决〔2024〕经开404号: the second is marked as a conflicting own number', () => {
    const ns = extractDocFacts(doc(['石环罚〔2024〕经开404号', '行政处罚决定书', '石环罚决〔2024〕经开404号'], '行政处罚决定书')).caseNumbers
    expect(ns.map((n) => [n.text, n.own, n.ownConflict ?? false])).toEqual([
      ['石环罚〔2024〕经开404号', true, false],
      ['石环罚决〔2024〕经开404号', false, true],
    ])
  })
  it('a number the text calls its own (本通知书（…）, 缴款时请注明决定书文号…) with another serial under the same prefix is a conflicting own number', () => {
    const notice = extractDocFacts(doc(['荆州市水利局', '责令停止水事违法行为通知书', '荆水责改〔2024〕17号', '某公司：', '你单位如对本通知书（荆水责改〔2024〕71号）不服，可以在收到本通知书之日起六十日内申请行政复议。'], '责令改正通知书')).caseNumbers
    expect(notice.map((n) => [n.text, n.own, n.ownConflict ?? false])).toEqual([
      ['荆水责改〔2024〕17号', true, false],
      ['荆水责改〔2024〕71号', false, true],
    ])
    const decision = extractDocFacts(doc(['某区城市管理局 渝北城管罚〔2024〕第1036号', '行政处罚决定书', '本局于2024年4月12日送达了《行政处罚告知书》（渝北城管告〔2024〕第1036号）。', '缴款时请注明决定书文号渝北城管罚〔2024〕第1063号。'], '行政处罚决定书')).caseNumbers
    expect(decision.filter((n) => n.ownConflict).map((n) => n.text)).toEqual(['渝北城管罚〔2024〕第1063号'])
    // (…本通知书（编号：…）, its type word's 字 left out there)
    const order = extractDocFacts(doc(['北京市朝阳区城市管理综合行政执法局', '责令改正通知书', '京朝城管责改字〔2024〕第0317号', '某物业服务有限公司：', '改正完毕后，请持本通知书（编号：京朝城管责改〔2024〕0371号）到本局办理复查手续。'], '责令改正通知书')).caseNumbers
    expect(order.filter((n) => n.ownConflict).map((n) => n.text)).toEqual(['京朝城管责改〔2024〕0371号'])
    // (…the number in quotation marks after the words naming it)
    const quoted = extractDocFacts(doc(['闵医保罚〔2024〕7号', '行政处罚决定书', '缴款时请在备注栏注明本决定书文号“闵医保罚〔2024〕17号”。'], '行政处罚决定书')).caseNumbers
    expect(quoted.filter((n) => n.ownConflict).map((n) => n.text)).toEqual(['闵医保罚〔2024〕17号'])
    // (another decision of the same agency and year, told as another's, is no second number for itself)
    const other = extractDocFacts(doc(['渝北城管罚〔2024〕第1036号', '行政处罚决定书', '当事人曾因同一违法行为被本局处罚（渝北城管罚〔2024〕第512号）。', '缴款时请注明决定书文号渝北城管罚〔2024〕第1036号。'], '行政处罚决定书')).caseNumbers
    expect(other.some((n) => n.ownConflict)).toBe(false)
  })
})

describe('a web page\'s title line', () => {
  it('the number on the line above the page\'s 发布时间 / 作者 line is marked as the page title\'s; the heading\'s is not', () => {
    const ns = extractDocFacts(doc(['安化县市场监督管理局行政处罚决定书安市监罚[2023]144号', '作者: 发布时间:2023-10-10 11:05 信息来源: 安化县市场监督管理局', '安化县市场监督管理局 行政处罚决定书 安市监处罚〔2023〕144号', '当事人:安化县某美容店'], '行政处罚决定书')).caseNumbers
    expect(ns.map((n) => [n.text, n.pageTitle ?? false, n.ownConflict ?? false])).toEqual([
      ['安市监罚[2023]144号', true, false],
      ['安市监处罚〔2023〕144号', false, true],
    ])
  })
})

describe('one number read twice', () => {
  it('a prefix with 经开 (economic development zone) is read whole, not cut at 经', () => {
    const ns = extractDocFacts(doc(['行政处罚决定书', '万盛经开环罚〔2026〕3号'], '行政处罚决定书')).caseNumbers
    expect(ns.map((n) => [n.text, n.own])).toEqual([['万盛经开环罚〔2026〕3号', true]])
  })
  it('the same number with its prefix cut short at one place is no second number for itself', () => {
    const ns = extractDocFacts(doc(['文号：万盛经开环罚〔2026〕3号', '行政处罚决定书', '开环罚〔2026〕3号'], '行政处罚决定书')).caseNumbers
    expect(ns.some((n) => n.ownConflict)).toBe(false)
  })
  it('a headline\'s bare number, then the full one under the title: the full one is the document\'s own', () => {
    const ns = extractDocFacts(doc(['天津市环境保护局责令改正违法行为决定书[2014]20号', '天津市环境保护局', '责令改正违法行为决定书', '津市环改字[2014]20号', '天津某机车有限公司:'], '责令改正通知书')).caseNumbers
    expect(ns.filter((n) => n.own).map((n) => n.text)).toEqual(['津市环改字[2014]20号'])
    expect(ns.some((n) => n.ownConflict)).toBe(false)
  })
})

describe('numbers as damaged or traditional copies print them', () => {
  it('a number alone on its line that lost its closing bracket and 号 is read as printed', () => {
    const n = nums(['重庆市城口县市场监督管理局', '行政处罚决定书', '   渝城口市监处字〔202331', '当事人：某公司'])
    expect(n.map((x) => [x.text, x.normalized, x.own])).toEqual([['渝城口市监处字〔202331', '渝城口市监处字〔2023〕31号', true]])
  })
  it('a damaged repeat of a number read in full adds nothing; a run inside a sentence is no number', () => {
    const n = nums(['行政处罚决定书', '醴市监处罚字〔2024〕266号', '当事人：某公司', '醴市监处罚字〔2024266', '货款共计〔202331元'])
    expect(n.map((x) => x.normalized)).toEqual(['醴市监处罚字〔2024〕266号'])
  })
  it('a traditional-script number (號)', () => {
    const n = nums(['惠仲社管監罰決字〔2025〕第14號', '當事人:惠州市某電子加工店'])
    expect(n.map((x) => [x.year, x.serial, x.own])).toEqual([[2025, 14, true]])
  })
})

describe('numbers printed without a year', () => {
  it('第22号 alone under the title is the own number, as printed', () => {
    const n = nums(['某市市场监督管理局', '行政处罚决定书', '第22号', '当事人：张某'])
    expect(n.map((x) => [x.text, x.normalized, x.year, x.serial, x.own])).toEqual([['第22号', '第22号', 0, 22, true]])
  })
  it('编号：第4-546号 and a prefix with 字第 (京工商海处字第123号)', () => {
    expect(nums(['行政处罚决定书', '编号：第4-546号', '当事人：李某']).map((x) => [x.text, x.serial, x.own])).toEqual([['第4-546号', 546, true]])
    expect(nums(['行政处罚决定书', '京工商海处字第123号', '当事人：某公司']).map((x) => [x.text, x.prefix, x.own])).toEqual([['京工商海处字第123号', '京工商海处字', true]])
  })
  it('an empty year bracket a publishing system left (〔〕45号) is read as the number printed', () => {
    expect(nums(['责令改正通知书', '〔〕45号', '某公司：']).map((x) => [x.text, x.normalized])).toEqual([['〔〕45号', '45号']])
  })
  it('never from a sentence, never below the top without a label, never beside a full number', () => {
    expect(nums(['行政处罚决定书', '当事人：某公司', '依据《某条例》（国务院令第397号）第三条第22号的规定'])).toEqual([])
    expect(nums(['行政处罚决定书', ...Array.from({ length: 20 }, (_, k) => `第${k + 1}行正文。`), '第22号'])).toEqual([])
    expect(nums(['行政处罚决定书', '沪市监罚〔2024〕12号', '第22号']).map((x) => x.text)).toEqual(['沪市监罚〔2024〕12号'])
  })
})

describe('a bare serial alone on a line', () => {
  it('is the end of a wrapped address (花园路 / 273 号), not a number, unless a label says so', () => {
    expect(nums(['案件来源登记表', '地址     苏州市吴江区花园路', '       273 号', '登记人    冯伟'])).toEqual([])
    expect(nums(['行政处罚决定书', '文号：273号']).map((x) => x.text)).toEqual(['273号'])
  })
})

describe('the verb before a number', () => {
  it('开出 / 签发 end the text before the prefix (某局网站开出某罚字〔2017〕28号)', () => {
    expect(nums(['近日，北京市环保局网站开出京环保监察罚字〔2017〕28号行政处罚决定书。']).map((x) => x.text)).toEqual(['京环保监察罚字〔2017〕28号'])
  })
})

describe("a 公文's number after its title", () => {
  it('( 2022 年第 29 号) and (2025年第8期) at the end of a notice\'s title line are its own number', () => {
    const n = extractDocFacts(doc(['某分局关于不合格食品核查处置情况的公告( 2022 年第 29 号)', '现将核查处置情况公告如下：'], '其他')).caseNumbers
    expect(n.map((x) => [x.text, x.own])).toEqual([['2022 年第 29 号', true]])
    expect(extractDocFacts(doc(['某县市场监督管理局关于不合格食品核查处置情况的通告(2025年第8期)', '正文'], '其他')).caseNumbers.map((x) => x.text)).toEqual(['2025年第8期'])
    // (…not a year's count in a sentence, nor beside a number that is the document's own)
    expect(extractDocFacts(doc(['某局关于某事项的通知', '依据《某条例》(2019年第3号)的规定'], '其他')).caseNumbers).toEqual([])
  })
})

describe('numbers as other provinces print them (round af)', () => {
  it('a kind of case in brackets after the year: 夷水罚〔2024〕(水保)第4号, 石交罚〔2024〕（路政）第052号', () => {
    expect(nums(['宜昌市夷陵区水利和湖泊局行政处罚决定书（夷水罚〔2024〕(水保)第4号）', '当事人：某公司']).map((x) => [x.text, x.own])).toEqual([['夷水罚〔2024〕(水保)第4号', true]])
    expect(nums(['行政处罚决定书文号　　石交罚〔2024〕（路政）第052号']).map((x) => [x.text, x.serial])).toEqual([['石交罚〔2024〕（路政）第052号', 52]])
  })
  it('a serial a page broke over two lines is one number, printed whole', () => {
    // (as a text file's lines: the layout of a PDF's text layer copied out)
    const text = ['唐山市路北区应急管理局', '行政处罚决定书', '路北应急罚〔2024〕3-1', '12号', '被处罚人（单位）：唐山众联重工机械制造有限公司', '    经查，你单位未按规定对从业人员进行安全生产教育和培训。'].join('\n')
    const facts = extractCase('x', segmentPages(readTxt(new TextEncoder().encode(text), 'x.txt')))
    const n = facts.documents.flatMap((d) => d.caseNumbers)
    expect(n.map((x) => [x.text, x.serial, x.own])).toEqual([['路北应急罚〔2024〕3-112号', 112, true]])
  })
  it('a county whose name opens with 于 or 即 keeps it where the number opens its line, not after a verb', () => {
    expect(nums(['于都县林业局', '行政处罚决定书', '于林罚决字〔2024〕第036号']).map((x) => x.text)).toEqual(['于林罚决字〔2024〕第036号'])
    expect(nums(['即墨区市场监督管理局', '即市监罚〔2025〕7号']).map((x) => x.text)).toEqual(['即市监罚〔2025〕7号'])
    expect(nums(['本局已送达于林罚决字〔2024〕第036号决定书。']).map((x) => x.prefix)).toEqual(['林罚决字'])
  })
})

describe('a notice publishing decisions held in its attachments (real tune copies)', () => {
  const own = (id: string) => {
    const text = readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8')
    return extractDocFacts(doc(text.split('\n'), '行政处罚决定书')).caseNumbers.filter((c) => c.own).map((c) => c.text)
  }
  it("one decision's number, named in the attachment's link, is the notice's own (渝工商经处字: 经处 is the bureau's office, not 经 of a sentence)", () => {
    expect(own('mkt-2818')).toEqual(['渝工商经处字〔2016〕15号'])
    expect(own('mkt-2819')).toEqual(['湘工商竞处字〔2016〕2号'])
    // (…one decision to end an investigation too)
    expect(own('mkt-2905')).toEqual(['宁工商竞争处字〔2017〕第1号'])
  })
  it('several decisions published at once leave the notice with no number of its own (附件：…（鄂市监处字〔2020〕2号-4号）)', () => {
    expect(own('mkt-3007')).toEqual([])
    expect(own('mkt-2815')).toEqual([])
  })
})
