import { citationRole } from '../../shared/extract/citations'
import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { fullLawTitle } from '../../shared/extract/lawtitles'
import { doc } from './helpers'

const FOOD = '中华人民共和国食品安全法'
const CF = '中华人民共和国行政处罚法'
type Row = [string, number, number | null, number | null, string, boolean?]
const cites = (line: string): Row[] =>
  extractDocFacts(doc([line])).citations.map((c) => {
    const r: Row = [c.law, c.article, c.paragraph ?? null, c.item ?? null, c.role]
    if (c.quoted) r.push(true)
    return r
  })

describe('citation forms', () => {
  it.each([
    ['违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定', [[FOOD, 34, null, 10, 'violated']]],
    ['依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定给予罚款', [[FOOD, 124, 1, 5, 'penalty']]],
    ['依据《行政处罚法》第五十七条第一款第一项的规定，决定如下', [[CF, 57, 1, 1, 'penalty']]],
    ['《中华人民共和国固体废物污染环境防治法》(2020年4月29日修订)第一百零二条', [['中华人民共和国固体废物污染环境防治法', 102, null, null, 'other']]],
    ['违反《中华人民共和国大气污染防治法》第十二条第2款', [['中华人民共和国大气污染防治法', 12, 2, null, 'violated']]],
    ['违反《某某条例》第十五条、第十六条的规定', [['某某条例', 15, null, null, 'violated'], ['某某条例', 16, null, null, 'violated']]],
    // a statute's text under the heading that cites it, without quotation marks: its 本法 is the statute's own word
    ['1、《中华人民共和国旅游法》第九十五条规定:旅行社违反本法规定,未经许可经营本法第二十九条第一款第二项、第三项业务的,并责令停业整顿', [['中华人民共和国旅游法', 95, null, null, 'other'], ['中华人民共和国旅游法', 29, 1, 2, 'other', true], ['中华人民共和国旅游法', 29, 1, 3, 'other', true]]],
    // a dash typed for 一 in a paragraph (第-款)
    ['违反了《公共场所卫生管理条例》第三条第-款第(五)项,已构成违法', [['公共场所卫生管理条例', 3, 1, 5, 'violated']]],
    // a title inside a title, its inner 〈 read off a scan as 《
    ['已违反了《广东省实施《中华人民共和国土地管理法〉办法》第二十条的规定', [['广东省实施中华人民共和国土地管理法办法', 20, null, null, 'violated']]],
    ['违反《某某条例》第三十四条、三十五条的规定', [['某某条例', 34, null, null, 'violated'], ['某某条例', 35, null, null, 'violated']]],
    // …and a list of items that carries 项 once (第一、二项)
    ['违反《某某条例》第十条第一款第一、二项的规定', [['某某条例', 10, 1, 1, 'violated'], ['某某条例', 10, 1, 2, 'violated']]],
    // a national law's title whose 《》 a scan or a table lost, after 依据 / 违反 / 处罚依据：
    ['依据中华人民共和国食品安全法第一百二十四条第一款第五项的规定，处罚款', [['中华人民共和国食品安全法', 124, 1, 5, 'penalty']]],
    ['学习中华人民共和国食品安全法第三十四条', []],
    // …and a national law's short title with no 《》 after the same words (news items, complaints); not without them
    ['你公司积极取得合法手续；根据行政处罚法第三十二条规定，应当从轻或者减轻处罚。', [[CF, 32, null, null, 'penalty']]],
    ['投诉人称其购买的补充液不符合产品质量法第27条，同时也违反条码管理办法。', [['中华人民共和国产品质量法', 27, null, null, 'other']]],
    ['学习行政处罚法第三十二条', []],
    // a list of paragraphs that carries 款 once (第一、二款), then another article
    ['违反《某某条例》第十六条第一、二款和第十七条的规定', [['某某条例', 16, 1, null, 'violated'], ['某某条例', 16, 2, null, 'violated'], ['某某条例', 17, null, null, 'violated']]],
    ['违反《某某条例》第二十六条第三款第二项、第五项', [['某某条例', 26, 3, 2, 'violated'], ['某某条例', 26, 3, 5, 'violated']]],
    // …but the paper's own list after a comma is none of the statute's (第一项行为违反了…第二十二条，第二项行为违反了…)
    ['当事人的第一项行为违反了《某某条例》第二十二条，第二项行为违反了该条例第二十三条。', [['某某条例', 22, null, null, 'violated'], ['某某条例', 23, null, null, 'violated']]],
    // …but one with no law cited before it is a statute's words quoted without quotation marks
    ['《嘉兴市文明行为促进条例》自2020年1月1日起实施，其中第二十三条规定：违反本条例第十条第（七）项规定，在禁止吸烟区域吸烟的，由卫生健康主管部门责令改正。', [['本条例', 10, null, 7, 'other', true]]],
    // the article's lead quoted, then the item it cites, quoted too: one citation of that item
    ['依据《中华人民共和国大气污染防治法》第一百零八条“违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正：”第(一)项“产生含挥发性有机物废气的生产和服务活动，未在密闭空间中进行的”的规定，决定处罚款。', [['中华人民共和国大气污染防治法', 108, null, 1, 'penalty']]],
    // a back-reference in the decision's own sentence after a citation is no statute text
    ['违反了《某某条例》第二十四条之规定，依据本条例第六十三条第（一）项的规定，处罚款5000元。', [['某某条例', 24, null, null, 'violated'], ['某某条例', 63, null, 1, 'penalty']]],
    // items sharing one 项 at the end of the list
    ['违反《某某条例》第二十六条第（一）、（五）项', [['某某条例', 26, null, 1, 'violated'], ['某某条例', 26, null, 5, 'violated']]],
    ['违反《某某条例》第二十六条第三款第（一）（二）项', [['某某条例', 26, 3, 1, 'violated'], ['某某条例', 26, 3, 2, 'violated']]],
    ['违反《某某办法》第九条和第十条第二款', [['某某办法', 9, null, null, 'violated'], ['某某办法', 10, 2, null, 'violated']]],
    ['依据《某某规定》第十四条第二款第三项', [['某某规定', 14, 2, 3, 'other']]],
    ['违反《某某条例》第十条之一的规定', [['某某条例', 10, null, null, 'violated']]],
    ['依据《抚州市农业执法裁量标准》第三章第五条第(一)项的规定，从轻处罚', [['抚州市农业执法裁量标准', 5, null, 1, 'penalty']]],
    ['违反GB50140-2005《建筑灭火器配置设计规范》第 6.1.2 条', []],
    ['依据《中华人民共和国海关总署公告第31号》', []],
    ['根据《中华人民共和国行政处罚法》的有关规定', []],
    ['1.《旅行社条例》第四十六条、2.《旅行社条例实施细则》第五十七条', [['旅行社条例', 46, null, null, 'other'], ['旅行社条例实施细则', 57, null, null, 'other']]],
    ['根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有陈述、申辩的权利', [[CF, 44, null, null, 'procedure'], [CF, 45, null, null, 'procedure']]],
    ['依据《中华人民共和国行政复议法》第二十条的规定申请行政复议', [['中华人民共和国行政复议法', 20, null, null, 'procedure']]],
    ['违反《食品安全法》第三十四条，依据同法第一百二十四条的规定，决定罚款', [[FOOD, 34, null, null, 'violated'], [FOOD, 124, null, null, 'penalty']]],
    ['违反《食品安全法》第三十四条，依据该法第一百二十四条的规定，决定罚款', [[FOOD, 34, null, null, 'violated'], [FOOD, 124, null, null, 'penalty']]],
    // an article with no title after a citation in the same sentence: the same law
    ['违反《食品安全法》第三十四条，依据第一百二十四条的规定，决定罚款', [[FOOD, 34, null, null, 'violated'], [FOOD, 124, null, null, 'penalty']]],
    // (…but not across a sentence, nor with nothing cited before)
    ['违反《食品安全法》第三十四条。依据第一百二十四条的规定，决定罚款', [[FOOD, 34, null, null, 'violated']]],
    ['经查，依据第一百二十四条的规定，决定罚款', []],
    ['《中华人民共和国广告法》第五十五条规定：“违反本法第二十八条规定，处二十万元以上一百万元以下罚款”', [['中华人民共和国广告法', 55, null, null, 'other'], ['中华人民共和国广告法', 28, null, null, 'other', true]]],
    ['违反《中华人民共和**大气污染防治法》第十八条', [['中华人民共和国大气污染防治法', 18, null, null, 'violated']]],
    ['违反《江西省林业厅关于印发<林木种苗质量抽查办法>的通知》第五条', [['江西省林业厅关于印发林木种苗质量抽查办法的通知', 5, null, null, 'violated']]],
    ['违反《中华人民共和国产品质量法》》第四十九条', [['中华人民共和国产品质量法', 49, null, null, 'violated']]],
    ['违反《中华人民共和国产品质量法第四十九条的规定', [['中华人民共和国产品质量法', 49, null, null, 'violated']]],
    ['依据《行政处罚法》第三十二条第（一）项的规定，从轻处罚', [[CF, 32, null, 1, 'penalty']]],
    ['依照《治安管理处罚法》第二十三条第一款第（二）项之规定，给予警告', [['中华人民共和国治安管理处罚法', 23, 1, 2, 'penalty']]],
  ] as const)('%s', (line, want) => expect(cites(line)).toEqual(want))
})

describe('title normalisation', () => {
  it.each([
    ['行政处罚法', CF], ['《行政处罚法》', CF], ['中华人民共和国行政处罚法', CF], ['《中华人民共和国行政处罚法》（2021年修订）', CF],
    ['食品安全法', FOOD], ['消法', '中华人民共和国消费者权益保护法'], ['食品安全法实施条例', '中华人民共和国食品安全法实施条例'],
    ['上海市食品安全条例', '上海市食品安全条例'], ['行 政 处 罚 法', CF],
    // OCR dropped or changed a character
    ['中华人民共和国品安全法', FOOD], ['中华人民共和国行政罚法', CF], ['中华民共和国行政处罚法', CF], ['行政処罚法', CF],
    ['中华人民共和**大气污染防治法', '中华人民共和国大气污染防治法'], ['上海市市容条例', '上海市市容条例'],
    // the provisional edition is another instrument, not a slip of the later one's title
    ['市场监督管理行政处罚程序暂行规定', '市场监督管理行政处罚程序暂行规定'],
  ] as const)('%s → %s', (t, full) => expect(fullLawTitle(t)).toBe(full))

  it('keeps the title as written', () => {
    const c = extractDocFacts(doc(['依据《行政处罚法》第五十七条'])).citations[0]
    expect(c.lawAsWritten).toBe('行政处罚法')
    expect(c.law).toBe(CF)
    expect(c.evidence.text).toBe('《行政处罚法》第五十七条')
  })
  it('a short name the document defines stands for the title it defines (以下简称：《条例》), not for a title of its own', () => {
    const cs = extractDocFacts(doc(['违反了《营业性演出管理条例》(以下简称:《条例》)第十七条第三款之规定,依据《条例》第四十四条第二款之规定'])).citations
    expect(cs.map((c) => c.lawAsWritten)).toEqual(['营业性演出管理条例', '营业性演出管理条例'])
  })
  it('同法 after a law cited before and named again bare, past another law\'s citation, is that law (co-01 as scanned, its sentence\'s 。 lost)', () => {
    const cs = extractDocFacts(doc(['当事人的行为违反了《中华人民共和国畜牧法》第二十七条第二款的规定，依照《中华人民共和国行政处罚法》第三十六条第二款、第三十七条的规定，适用修订后畜牧法；修订前畜牧法第六十二条与修订后第八十二条的罚款幅度相同，适用新法并不加重当事人责任当事人违法所得18600元，应依同法第八十二条并处三千元以上三万元以下罚款。'])).citations
    expect(cs.map((c) => [c.law, c.article, c.refersTo ?? null])).toEqual([['中华人民共和国畜牧法', 27, null], ['中华人民共和国行政处罚法', 36, null], ['中华人民共和国行政处罚法', 37, null], ['中华人民共和国畜牧法', 82, '中华人民共和国畜牧法']])
    // (…but with no law named after the last citation, 同法 is that citation's)
    expect(extractDocFacts(doc(['违反《食品安全法》第三十四条，依照《中华人民共和国行政处罚法》第三十二条，依据同法第二十八条'])).citations.map((c) => c.law).pop()).toBe('中华人民共和国行政处罚法')
  })
  it('同法 keeps its word as written', () => {
    const c = extractDocFacts(doc(['违反《食品安全法》第三十四条，依据同法第一百二十四条'])).citations[1]
    expect(c.lawAsWritten).toBe('同法')
  })
})

describe('citations as real decisions write them', () => {
  const cites = (line: string) =>
    extractDocFacts(doc([line])).citations.filter((c) => !c.quoted).map((c) => `${c.law}|${c.article}|${c.paragraph ?? '-'}|${c.item ?? '-'}`)
  it.each([
    // an item's sub-item (第3目) before the list goes on
    ['依照《中华人民共和国海关行政处罚裁量基准(一)》(海关总署公告2023年第182号)第八条第(七)项第3目、第九条第(二)项和第十六条之规定,决定对当事人处罚款人民币1万元。', ['中华人民共和国海关行政处罚裁量基准（一）|8|-|7', '中华人民共和国海关行政处罚裁量基准（一）|9|-|2', '中华人民共和国海关行政处罚裁量基准（一）|16|-|-']],
    // a decision's words a judgment quotes (该处罚决定书载明“…违反了《…》第十八条第一款规定…作出如下行政处罚:一,罚款…”): its citations, no statute's
    ['2016年12月20日,被告作出了《行政处罚决定书》,该处罚决定书载明“当事人因销售走私烟草专卖品的行为,违反了《重庆市烟草专卖管理条例》第十八条第一款规定,根据《重庆市烟草专卖管理条例》第三十五条第一款的规定,对当事人作出如下行政处罚:一,罚款人民币4652.4元。”', ['重庆市烟草专卖管理条例|18|1|-', '重庆市烟草专卖管理条例|35|1|-']],
    // a short name the document defines for itself
    ['依据《未依法申报经营者集中调查处理暂行办法》（以下简称《暂行办法》）第十三条及《暂行办法》第十六条的规定', ['未依法申报经营者集中调查处理暂行办法|13|-|-', '未依法申报经营者集中调查处理暂行办法|16|-|-']],
    // a national law's short title, and a well-formed title not corrected into another (森林法实施条例 is no 商标法实施条例)
    ['违反了《反垄断法》第二十一条的规定', ['中华人民共和国反垄断法|21|-|-']],
    ['违反了《中华人民共和国森林法实施条例》第二十一条的规定', ['中华人民共和国森林法实施条例|21|-|-']],
    // an item written as a bracketed numeral straight after the paragraph
    ['依据《中华人民共和国大气污染防治法》第一百一十五条第一款(一)的规定', ['中华人民共和国大气污染防治法|115|1|1']],
    // OCR's slip in a well-formed title is still read
    ['违反了《中华人民共和国品安全法》第三十四条的规定', ['中华人民共和国食品安全法|34|-|-']],
    // the order that issued a rule, between its title and its article
    ['依据《中华人民共和国行政许可法》第六十九条和《建筑业企业资质管理规定》(住房城乡建设部令第22号)第二十九条、第三十六条规定', ['中华人民共和国行政许可法|69|-|-', '建筑业企业资质管理规定|29|-|-', '建筑业企业资质管理规定|36|-|-']],
    // each article's text quoted after it, and the list going on
    ['违反了《中华人民共和国土地管理法》第四十三条“任何单位和个人进行建设,需要使用土地的必须依法申请使用国有土地”和第四十四条“建设占用土地,应当办理农用地转用审批手续”的规定', ['中华人民共和国土地管理法|43|-|-', '中华人民共和国土地管理法|44|-|-']],
    // the article's text after a colon, then the list goes on
    ['违反了《中华人民共和国环境影响评价法》第十六条第二款:“建设单位应当按照下列规定组织编制环境影响评价文件:(三)对环境影响很小的,应当填报环境影响登记表”、第二十二条第四款“国家对环境影响登记表实行备案管理”之规定', ['中华人民共和国环境影响评价法|16|2|-', '中华人民共和国环境影响评价法|22|4|-']],
    // a version remark whose bracket was lost between the title and the article
    ['1、根据《中华人民共和国土地管理法》2004年修正)第七十条:“未经批准', ['中华人民共和国土地管理法|70|-|-']],
    ['1、《中华人民共和国土地管理法》2004修正第七十条:“未经批准', ['中华人民共和国土地管理法|70|-|-']],
    // the article without its 第 straight after the title
    ['违反了《中华人民共和国森林法》三十九条的规定,依据《中华人民共和国森林法》七十四条第一款的规定', ['中华人民共和国森林法|39|-|-', '中华人民共和国森林法|74|1|-']],
    // a court's interpretation whose own 《》 the writer left out, mistyped or masked, not an article of the law it names
    ['依照最**法院关于执行《中华人民共和国行政诉讼法》若干问题的解释第九十三条之规定,裁定如下:', ['最高人民法院关于执行中华人民共和国行政诉讼法若干问题的解释|93|-|-']],
    ['依据最高人民法院关于执行《中华人民共和国行政诉讼法》若干问题的解释:第六十三条第一款', ['最高人民法院关于执行中华人民共和国行政诉讼法若干问题的解释|63|1|-']],
    ['依照《最**法院关于执行﹤中华人民共和国行政诉讼法﹥若干问题的解释》第九十三条之规定,裁定', ['最高人民法院关于执行中华人民共和国行政诉讼法若干问题的解释|93|-|-']],
    // a court record's list of the law applied: a colon between the title and its articles
    ['《农药管理条例(2001年修订)》:第五条第一款,第三十一条第一款,第四十三条;《中华人民共和国行政诉讼法》:第八十九条', ['农药管理条例|5|1|-', '农药管理条例|31|1|-', '农药管理条例|43|-|-', '中华人民共和国行政诉讼法|89|-|-']],
    // an article whose 条 the writer dropped before 的规定 / 之规定
    ['依据《中华人民共和国森林法实施条例》第四十一的规定“擅自开垦林地…”', ['中华人民共和国森林法实施条例|41|-|-']],
    ['违反了《中华人民共和国消防法》第二十八之规定', ['中华人民共和国消防法|28|-|-']],
  ])('%s', (line, want) => expect(cites(line)).toEqual(want))

  const citesOf = (lines: string[]) =>
    extractDocFacts(doc(lines)).citations.filter((c) => !c.quoted).map((c) => `${c.law}|${c.article}`)
  it('a quotation the copy never closes ends before the next citation opens its own', () => {
    expect(citesOf(['该行为违反了《兽药管理条例》第二十二条:“经营兽药的企业,应当具备下列条件:(一)与所经营的兽药相适应的', '行政处罚的种类和依据', '依据《兽药管理条例》第五十六条:“违反本条例规定,……并处货值金额2倍以上5倍以下罚款。”'])).toEqual(['兽药管理条例|22', '兽药管理条例|56'])
  })
  it('a quotation cut by the copy, or whose closing mark was lost, holds no citation of the document', () => {
    // the copy stops inside the article's words: 本法第二十四条 is the statute's
    expect(citesOf(['依据《中华人民共和国环境影响评价法》第三十一条第一款:“建设单位未依法报批建设项目环境影响报告书、报告表,或者未依照本法第二十四条的规定重新报批或者报请重新审核环境影响报告书、报告表,擅自开工建设的,由县级以上生态环境主管部门责令停止建设,根'])).toEqual(['中华人民共和国环境影响评价法|31'])
    // a closing mark lost to mojibake: the document's own words go on at the next book title
    expect(citesOf(['违反了《中华人民共和国环境影响评价法》第二十五条“建设项目的环境影响评价文件未依法经审批部门审查或者审查后未予批准的,建设单位不得开工建设?!?/span>的相关规定,我局依据《中华人民共和国环境影响评价法》第三十一条“建设单位未依法报批建设项目环境影响报告书、报告表,或者未依照本法第二十四条'])).toEqual(['中华人民共和国环境影响评价法|25', '中华人民共和国环境影响评价法|31'])
  })
  it('a term quoted inside quoted statute text does not end the statute text', () => {
    const amounts = extractDocFacts(doc(['依据《中华人民共和国食品安全法》第一百五十条:“本法下列用语的含义:“食品”,指各种供人食用的物品,违者处五万元以上十万元以下罚款。”'])).amounts.filter((a) => !a.quoted)
    expect(amounts).toEqual([])
  })
})

describe('masked titles', () => {
  it('a title masked by the publisher is read as the one known law it can be', () => {
    expect(fullLawTitle('中华人民共和**大气污染防治法')).toBe('中华人民共和国大气污染防治法')
  })
})

describe('the role of a citation is read from its whole sentence', () => {
  it('a line that breaks mid-sentence (…本局决 / 定对当事人作出如下行政处罚) is a wrap, not the sentence’s end', () => {
    const text = '本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第五十三条\n第一款的规定。依据《中华人民共和国药品管理法》第一百二十六条的规定，本局决\n定对当事人作出如下行政处罚：\n罚款人民币肆万元整。'
    expect(citationRole(text, text.indexOf('依据') + 2, '中华人民共和国药品管理法')).toBe('penalty')
    // a line ending on its punctuation does end the sentence
    const ended = '依据《中华人民共和国药品管理法》第一百二十六条。\n本局决定对当事人作出如下行政处罚：罚款。'
    expect(citationRole(ended, 2, '中华人民共和国药品管理法')).toBe('other')
  })

  it('a form\'s next box on the next line ends the sentence (拟适用依据：… / 经办人意见：建议立案调查…, bs-03); a wrapped 规定： or 处罚： does not', () => {
    const form = '拟适用依据：《中华人民共和国税收征收管理法》第六十二条\n经办人意见：建议立案调查，由程磊、韦晓丹承办。'
    expect(citationRole(form, form.indexOf('《'), '中华人民共和国税收征收管理法')).toBe('other')
    const wrapped = '依据《中华人民共和国行政处罚法》第五十七条的\n规定：本局决定对当事人罚款五千元。'
    expect(citationRole(wrapped, wrapped.indexOf('《'), '中华人民共和国行政处罚法')).toBe('penalty')
    // (…nor a line of prose whose next line opens with a word and a colon: …作出如下行政 / 处罚：, ab-17 as a scan)
    const prose = '依据《中华人民共和国食品安全法\n》第一百二十四条第一款第（十）项的规定，本局拟对你店作出如下行政\n处罚：\n一没收超过保质期的食品；'
    expect(citationRole(prose, prose.indexOf('《'), '中华人民共和国食品安全法')).toBe('penalty')
  })

  it('a province’s rules of the procedure cited for the hearing right are procedure, not the penalty’s basis', () => {
    const text = '根据《中华人民共和国行政处罚法》第六十三条第一款第（一）项、第六十四条及《广东省行政处罚听证程序实施办法》第六条第（一）项的规定，你单位有要求举行听证的权利。'
    expect(citationRole(text, text.indexOf('《广东省'), '广东省行政处罚听证程序实施办法')).toBe('procedure')
  })

  it('the article the agency will act under if the decision is not carried out is no basis of the penalty', () => {
    // (行政处罚法 第五十一条 of 2017 and 第七十二条 of 2021: 加处罚款 and enforcement, not the fine's range)
    const late = '若逾期不履行本行政处罚决定，我部将根据《行政处罚法》第五十一条的规定采取相应法律措施。'
    expect(citationRole(late, late.indexOf('《'), '中华人民共和国行政处罚法')).toBe('procedure')
    const extra = '到期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款。'
    expect(citationRole(extra, extra.indexOf('《'), '中华人民共和国行政处罚法')).toBe('procedure')
    // the fine itself under the same law stays the penalty's basis
    const fine = '依据《中华人民共和国行政处罚法》第三十二条的规定，决定对当事人从轻处罚，罚款五千元。'
    expect(citationRole(fine, fine.indexOf('《'), '中华人民共和国行政处罚法')).toBe('penalty')
  })
})


describe('a citation a PDF\'s lines cut twice (《中华人民共和国 / 环境噪声污染防治法》第二十 / 三条)', () => {
  it('is read whole, however short the lines; a case number\'s 第045 at a line\'s end does not join the next', () => {
    const cites = extractDocFacts(doc(['行政处罚决定书', '你单位上述行为违反了《中华人民共和国', '环境噪声污染防治法》第二十', '三条的规定。'], '行政处罚决定书')).citations.map((c) => [c.law, c.article, c.role])
    expect(cites).toEqual([['中华人民共和国环境噪声污染防治法', 23, 'violated']])
    const party = extractDocFacts(doc(['林业行政处罚决定书', '  林罚决字[2024]第045', '', '被处罚人姓名  邓*  性别'], '行政处罚决定书')).parties.map((p) => p.name)
    expect(party).toEqual(['邓*'])
  })
})

describe('a law title a table\'s cell rules split', () => {
  it('《中华人民共和国道路|||运输条例》 is the 道路运输条例', () => {
    const cites = extractDocFacts(doc(['立案审批表', '涉嫌违反《中华人民共和国道路|||运输条例》第三十条的规定'], '立案审批表')).citations.map((c) => [c.law, c.article])
    expect(cites).toEqual([['中华人民共和国道路运输条例', 30]])
  })
})

describe('the revision a paper names beside the title', () => {
  const revised = (line: string) => extractDocFacts(doc([line], '法制审核意见书')).citations.map((c) => [c.article, c.revisedIn ?? null])
  it('(2022年修订), (2019年第二次修正) are kept with the citation; an order that issued a rule is no revision', () => {
    expect(revised('适用《医疗机构管理条例》（2022年修订）第二十六条、第四十六条正确。')).toEqual([[26, 2022], [46, 2022]])
    expect(revised('违反了《中华人民共和国土地管理法》（2019年第三次修正）第四十四条第一款的规定。')).toEqual([[44, 2019]])
    expect(revised('依据《建筑业企业资质管理规定》（住房城乡建设部令第22号）第二十九条。')).toEqual([[29, null]])
  })
})

describe('a back-reference to the law the text says was revised (修订前该法)', () => {
  const laws = (line: string) => extractDocFacts(doc([line], '案件调查终结报告')).citations.map((c) => [c.law, c.article, c.refersTo ?? null])
  it('is that law, not the 行政处罚法 whose 第三十七条 stands between; its list goes on under it', () => {
    const AGRI = '中华人民共和国农产品质量安全法'
    expect(laws('违法行为发生于2022年12月，修订后的《中华人民共和国农产品质量安全法》自2023年1月1日起施行。依照《中华人民共和国行政处罚法》第三十七条，应当适用违法行为发生时的规定，故适用修订前该法第三十三条第（二）项、第五十条第一款的规定。'))
      .toEqual([[CF, 37, null], [AGRI, 33, '中华人民共和国农产品质量安全法'], [AGRI, 50, '中华人民共和国农产品质量安全法']])
    // (…while a plain 该法 is still the law cited just before)
    expect(laws('违反《食品安全法》第三十四条，依据该法第一百二十四条的规定，决定罚款')).toEqual([[FOOD, 34, null], [FOOD, 124, null]])
  })
})
