/**
 * Text as readers deliver it: PDF and OCR lines that wrap a sentence at the page width (with boxes), table rows
 * flattened to 「label value」, sentences that run on across a page break with a page number between.
 */
import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import type { CaseDocument, DocType } from '../../shared/types'
import { doc } from './helpers'

/** Lines with boxes: `~` at the end of a line marks it as filling the page width. */
function pdf(lines: string[], type: DocType = '其他', pageBreakAt = -1): CaseDocument {
  return {
    id: '0', index: 0, type, confidence: 1, title: '', parts: [{ file: 'a.pdf', pages: [1, 2] }],
    lines: lines.map((raw, i) => {
      const full = raw.endsWith('~')
      const text = full ? raw.slice(0, -1) : raw
      const page = pageBreakAt >= 0 && i >= pageBreakAt ? 2 : 1
      return { text, file: 'a.pdf', page, line: i, confidence: 1, bbox: { x: 80, y: 100 + i * 18, w: full ? 434 : Math.min(400, text.length * 10), h: 14 } }
    }),
  }
}

describe('wrapped lines', () => {
  it.each([
    [['经查，当事人销售过期食品，你单位的上述行为违~', '反了《中华人民共和国食品安全法》第三十四条第（十）项的规~', '定。'], 'citations', [['中华人民共和国食品安全法', 34, 10, 'violated']]],
    [['依据《中华人民共和国测绘法》第五十二~', '条第七款的规定，本机关决定对当事人作出如下行政处罚：'], 'citations', [['中华人民共和国测绘法', 52, 7, 'penalty']]],
    [['依据《中华人民共和国食品安全法》第一百二十四条第一款第~', '（五）项的规定，决定罚款。'], 'citations', [['中华人民共和国食品安全法', 124, 5, 'penalty']]],
    [['本局拟对你单位作出如下行政处罚：罚~', '款人民币 64000 元。'], 'amounts', [[64000, '罚款']]],
    [['该条款规定的罚款幅度~', '为 0 元至 500000 元，建议从轻处罚。'], 'amounts', [[0, '其他'], [500000, '其他']]],
    [['经初步核查，本局于2021年4月11日~', '立案调查。', '2021年4月12日，本局执法人员对当事人经营场所进行~', '了检查。'], 'dates', [['2021-04-11', '立案'], ['2021-04-12', '检查']]],
  ] as const)('%j', (lines, kind, want) => {
    const f = extractDocFacts(pdf([...lines]))
    const got =
      kind === 'citations' ? f.citations.map((c) => [c.law, c.article, c.item ?? c.paragraph, c.role])
      : kind === 'amounts' ? f.amounts.map((a) => [a.yuan, a.role])
      : f.dates.map((d) => [d.iso, d.role])
    expect(got).toEqual(want)
  })

  it('a line that ends a sentence or precedes a label is not joined', () => {
    const f = extractDocFacts(pdf(['案由：销售过期食品~', '当事人：某某食品有限公司']))
    expect(f.fields.map((x) => [x.label, x.value])).toEqual([['案由', '销售过期食品'], ['当事人', '某某食品有限公司']])
  })

  it('a sentence runs on across a page break, past the page number', () => {
    const f = extractDocFacts(pdf(['依据《中华人民共和国食品安全法》第一百二十四条第一款~', '第 1 页 共 2 页', '第（五）项的规定，决定罚款。'], '行政处罚决定书', 2))
    expect(f.citations.map((c) => [c.article, c.paragraph, c.item, c.role])).toEqual([[124, 1, 5, 'penalty']])
  })

  it('rows of a table that fill the page\'s width are rows, not one sentence wrapped (a 卷内目录)', () => {
    const f = extractDocFacts(pdf(['序号  文件题名          文号                 形成日期      页次~', '1     卷内文件目录                            2023-09-21    1~', '2     消防监督检查记录    兴消检字〔2023〕第0815号    2023-08-15    2-3~', '3     责令改正通知书      兴消责改字〔2023〕第0102号  2023-08-15    4'], '卷内目录'))
    expect(f.dates.map((d) => d.iso)).toEqual(['2023-09-21', '2023-08-15', '2023-08-15'])
    expect(f.dates[0].role).not.toBe('检查')
    expect(f.dates[0].evidence.line).toBe(1)
  })

  it('evidence of a joined fact points at the line it starts on', () => {
    const f = extractDocFacts(pdf(['本局拟对你单位作出如下行政处罚：罚款人民币~', '64000 元。']))
    expect(f.amounts[0].evidence).toMatchObject({ line: 0, page: 1 })
  })
})

describe('table rows exported with bars between cells', () => {
  it('| 检查人员 | 刘某某 | 执法证号 | … |: a label\'s cell and the value after it read as a field, the cells apart', () => {
    const f = extractDocFacts(pdf(['现场检查笔录', '| 法定代表人（负责人） | 邵某某 | 联系电话 | 137****5520 |', '| 检查人员 | 刘某某 | 执法证号 | 豫41160023015 |', '| 记录人 | 刘某某 |'], '现场检查笔录'))
    expect(f.fields.map((x) => [x.label, x.value])).toEqual(expect.arrayContaining([['法定代表人（负责人）', '邵某某'], ['联系电话', '137****5520'], ['检查人员', '刘某某'], ['执法证号', '豫41160023015']]))
    expect(f.officers.map((o) => [o.name, o.certNo])).toEqual([['刘某某', '豫41160023015']])
    // (a box heading sub-boxes keeps its bar: | 当事人 | 名称 | 某公司 | is the 名称 of the 当事人 block, not a blank 当事人)
    const block = extractDocFacts(pdf(['立案审批表', '| 当事人 | 名称 | 天津市西青区恒源日用百货超市有限公司 |', '|        | 统一社会信用代码 | 91120111MALHC4RU4G |'], '立案审批表'))
    expect(block.fields.find((x) => x.label === '当事人')?.value ?? '(none)').not.toBe('')
    // (the evidence still points at the cell as printed)
    const cert = f.fields.find((x) => x.label === '执法证号')!
    expect(cert.evidence.text).toBe('豫41160023015')
  })
})

describe('table rows flattened to 「label value」', () => {
  const lines = [
    '立案（不予立案）审批表',
    '立案编号 晋朔城市监立〔2025〕49 号',
    '案件来源 监督检查（2025 年 2 月 20 日）',
    '当事人名称 朔州汇通网络科技有限公司',
    '统一社会信用代 91140602MA52R4BN4X',
    '码',
    '承办人 林秀英（执法证号：14069646899）、陈娜（执法证号：J147463692）',
    '立案日期 2025 年 2 月 28 日',
  ]
  const f = extractDocFacts({ ...pdf(lines, '立案审批表') })
  it('dates take the role of their row', () => expect(f.dates.map((d) => [d.iso, d.role])).toEqual([['2025-02-20', '案件来源'], ['2025-02-28', '立案']]))
  it('the party and its code', () => expect(f.parties[0]).toMatchObject({ name: '朔州汇通网络科技有限公司', creditCode: '91140602MA52R4BN4X', creditCodeValid: true }))
  it('the own number', () => expect(f.caseNumbers.map((c) => [c.normalized, c.own])).toEqual([['晋朔城市监立〔2025〕49号', true]]))
  it('the officers', () => expect(f.officers.map((o) => [o.name, o.certNo])).toEqual([['林秀英', '14069646899'], ['陈娜', 'J147463692']]))
  it('the fields', () => expect(f.fields.map((x) => x.label)).toEqual(expect.arrayContaining(['立案编号', '案件来源', '当事人名称', '承办人', '立案日期'])))
})

describe('party and officer forms of notices and records', () => {
  it.each([
    [['行政处罚事先告知书', '苏州盛世房地产开发有限公司（统一社会信用代码：9132050678D11R5KXR）：', '经查，……'], '苏州盛世房地产开发有限公司'],
    [['责令改正通知书', '抚州市绿丰农资店：', '经查，……'], '抚州市绿丰农资店'],
    [['当事人（个体工商户）：朔城区丁勇餐馆', '经营者：丁勇'], '朔城区丁勇餐馆'],
    [['被询问人：魏文博', '工作单位及职务：南昌金诺勘测设计有限公司总经理'], '南昌金诺勘测设计有限公司'],
    [['陈述申辩人：魏文博（襄阳鑫源超市有限公司）'], '襄阳鑫源超市有限公司'],
    [['缴款人：苏州安泰建筑工程有限公司'], '苏州安泰建筑工程有限公司'],
    [['当事人（个体工吴中区何永刚食品店', '商户)', '统一社会信用代92320506832Q01H089'], '吴中区何永刚食品店'], // OCR of a table whose label cell wrapped
  ] as const)('%j → %s', (lines, name) => expect(extractDocFacts(pdf([...lines])).parties[0]?.name).toBe(name))

  it.each([
    ['现场核查情况：2024年5月16日，许思远（执法证号：44061707428）、罗军（执法证号：粤4406-85276）对申请人的经营场所进行了现场核查。', [['许思远', '44061707428'], ['罗军', '粤4406-85276']]],
    ['问：我们是某局的执法人员蔡建华、谢磊，这是我们的执法证件，请过目。', [['蔡建华', null], ['谢磊', null]]],
    ['检查情况：执法人员何芳、唐国庆向当事人出示执法证件。', [['何芳', null], ['唐国庆', null]]],
    ['承办人：何芳（执法证号：苏3205-44415）', [['何芳', '苏3205-44415']]],
  ] as const)('%s', (line, want) => expect(extractDocFacts(pdf([line])).officers.map((o) => [o.name, o.certNo ?? null])).toEqual(want))
})

describe('a name broken by a line wrap', () => {
  it('…许浩红（执法证号：41106282512）、郑 / 军宁（执法证号：41108978961） reads 郑军宁', () => {
    const d = pdf(['我们是许昌市生态环境局的执法人员许浩红（执法证号：41106282512）、郑~', '军宁（执法证号：41108978961），现依法进行现场检查。'])
    expect(extractDocFacts(d).officers.map((o) => o.name)).toEqual(['许浩红', '郑军宁'])
  })
})

/** One run-on line with no box: a web copy that lost its line breaks. */
const flat = (text: string, type: DocType = '行政处罚决定书') => extractDocFacts({ id: '0', index: 0, type, confidence: 1, title: type, parts: [{ file: 'a.txt', pages: [1] }], lines: [{ text, file: 'a.txt', page: 1, line: 0, confidence: 1, bbox: { x: 0, y: 0, w: 0, h: 0 } }] })

describe('a copy that lost its line breaks reads as the document it was', () => {
  const body = '经我局2022年6月24日查实,你单位未依法报批建设项目环境影响评价文件,擅自于2022年5月开工建设淀粉制造项目。检查时已安装储米罐2个、过筛机1台等生产设备,尚未投入生产。 依照《建设项目环境影响评价分类管理名录》,你单位建设淀粉制造项目必须报批环境影响报告表。'
  it('the addressee after the number, a label spaced out after it (…14号 某公司: 住   所:…)', () => {
    const f = flat(`某市重点领域信息公开专栏 索引号: 发布时间: 2022-09-05 行政处罚决定书 揭市环(揭东)罚〔2022〕14号 揭阳市恒穗食品有限公司: 住   所:揭阳市揭东区某镇某村 法人代表:林某某 统一社会信用代码:91445221MABNKG5611 ${body}`)
    expect(f.parties.map((p) => p.name)).toEqual(['揭阳市恒穗食品有限公司'])
    expect(f.caseNumbers.filter((c) => c.own).map((c) => c.text)).toEqual(['揭市环(揭东)罚〔2022〕14号'])
  })
  it('the addressee after a page\'s box (信息来源:某分局 某寺: 我局于…)', () => {
    const f = flat(`宁波市自然资源和规划局行政处罚决定书(甬鄞自然资规罚[2023]8号) 发布日期:2023-08-25 10:17 浏览次数: 信息来源:宁波市自然资源和规划局鄞州分局 宁波鄞州某某寺: 我局于2023年5月25日对宁波鄞州某某寺涉嫌未经批准违法占用土地一案立案调查。经查,你(单位)未经依法办理用地手续,于2018年10月开始擅自占用塘溪镇某村的土地建造佛殿,总占地面积178平方米。`)
    expect(f.parties.map((p) => p.name)).toEqual(['宁波鄞州某某寺'])
  })
  it('a table\'s rows run into one line (| 行政相对人名称 | 某公司 | | 法定代表人 | … |)', () => {
    const f = flat(`有疑问、问专家 提问 | 行政相对人名称 | 黑龙江某某大药房有限公司 | | 行政相对人代码(统一社会信用代码) | 91230102MA1CADH32W | | 法定代表人 | 陈某某 | | 行政处罚决定书文号 | 道里市监处罚〔2025〕32号 | | 违法事实 | 经查,黑龙江某某大药房有限公司因执业药师不在岗、无处方销售处方药,已于2024年10月15日被责令立即改正,当事人仍在执业药师不在岗时销售处方药。 |`)
    expect(f.parties.map((p) => p.name)).toEqual(['黑龙江某某大药房有限公司'])
  })
  it('a firm addressed after a table\'s row, the account\'s first date right after its colon (| 某集团有限公司: 2017年7月11日,…)', () => {
    const f = flat('索引号: | 000013338/2020-00171 | 主题信息: | 城市管理 | 发文单位: | 中华人民共和国住房和城乡建设部 | 生成日期: | 2020年04月28日 | 文件名称: | 建督罚字〔2020〕50号 | 有效期: | | 文号: | | 主题词: | | 内蒙古某某建设集团有限公司: 2017年7月11日,某市某文化产业园建设项目在施工过程中,突遇九级大风天气,致使作业面发生整体倒塌,造成8人死亡。你公司作为施工总承包单位,未设立项目管理机构,对事故负有责任。')
    expect(f.parties.map((p) => p.name)).toEqual(['内蒙古某某建设集团有限公司'])
  })
  it('the agency signing at the end of a paragraph that runs on (…强制执行。 某局 2020年2月21日)', () => {
    const f = flat('当事人应当在接到本处罚决定书之日起15日内,履行本处罚决定,并到牟定县住房和城乡建设局城市管理股开具交款发票到建设银行牟定支行缴纳罚款。 如不服本处罚决定,可在接到本处罚决定之日起60日内向牟定县人民政府申请行政复议,也可以在6个月内向元谋县人民法院提起诉讼。 当事人逾期不申请行政复议或提起行政诉讼,也不履行本处罚决定的,本行政机关将依法申请人民法院强制执行。 牟定县城市管理综合行政执法局 2020年2月21日')
    expect(f.agency?.name).toBe('牟定县城市管理综合行政执法局')
  })
  it('a court\'s index with both sides after 当事人 and its 案号 box on the same line: the plaintiff the judgment names', () => {
    const f = extractDocFacts(doc(['网站地图 / 旅游行政处罚', '原告海南某某假日旅行社有限公司与被告海南省旅游发展委员会旅游管理行政处罚一案行政判决书', '结案日期:2014年1月23日 案由:旅游行政处罚 当事人:海南省旅游发展委员会 海南某某假日旅行社有限公司 案号:(2014)海中法行初字第7号 经办法院:海南省海口市中级人民法院', '当事人信息', '原告海南某某假日旅行社有限公司。'], '其他'))
    expect(f.parties.map((p) => p.name)).toEqual(['海南某某假日旅行社有限公司'])
  })
})

describe('a line that joined two of the page\'s lines', () => {
  const own = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).caseNumbers.filter((c) => c.own).map((c) => c.text)
  it('the addressee after the number (…〔2020〕第145号 某机械加工:) is the party, the number the document\'s own', () => {
    const lines = ['新乡县环境保护局', '行政处罚决定书', '新环罚决字〔2020〕第145号 新乡县某镇大华机械加工:', '统一社会信用代码:92410721MA40QRW62N 地址:新乡县某镇某村', '2020年6月2日,我局执法人员现场检查时发现,你单位未经备案登记,擅自建设机械加工项目并投入生产。']
    expect(extractDocFacts(doc(lines, '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['新乡县某镇大华机械加工'])
    expect(own(lines)).toEqual(['新环罚决字〔2020〕第145号'])
  })
  it('the addressee and a box\'s label after it on one line (某煤矿: 企业营业执照注册号:…; 单位/个人:某公司 统一社会信用代码:…)', () => {
    const party = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).parties.map((p) => p.name)
    expect(party(['贵州省环境保护厅行政处罚决定书黔环罚字[2015]03号', '贞丰县挽澜某某煤矿: 企业营业执照注册号:520000000003730', '组织机构代码证:73211352-4 投资人:杨某某', '2015年1月8日,贵州省环境监察局对你单位进行现场检查。'])).toEqual(['贞丰县挽澜某某煤矿'])
    expect(party(['某分局行政处罚决定书某罚〔2023〕07号', '单位/个人:寻甸某某经贸有限公司 统一社会信用代码: 91530129MA6Q05BEXQ法定代表人(负责人):马某某', '经查,你单位未按规定贮存危险废物。'])).toEqual(['寻甸某某经贸有限公司'])
    // (…the page's furniture on the line before, run on into the addressee: …字体:【大】 【中】 【小】某公司: / 统一社会信用代码:…)
    expect(party(['益阳市生态环境局行政处罚决定书益环罚〔2024〕3004号', '发布时间:2024-01-22 14:37 作者: 来源:市环境保护局浏览次数:41 字体:【大】 【中】 【小】益阳市某某汽车城有限公司: 统一社会信用代码:9143090075060310XP  法定代表人:刘某某', '2023年11月8日,某大队对你单位进行现场检查。'])).toEqual(['益阳市某某汽车城有限公司'])
  })
  it('a heading or a page\'s box after the number leaves it the document\'s own (…23号 一、当事人基本信息; …38号 来源:…)', () => {
    expect(own(['重庆市涪陵区文化和旅游发展委员会行政处罚决定书', '(涪)文综罚字〔2025〕23号 一、当事人基本信息', '当事人:重庆市某某文化旅游发展有限公司'])).toEqual(['(涪)文综罚字〔2025〕23号'])
    expect(own(['喀叶市监处罚〔2025〕38号 来源:叶城县市场监督管理局 作者: 发布时间 2025年07月15日', '当事人:叶城县某某调料店 主体资格证照名称:营业执照'])).toEqual(['喀叶市监处罚〔2025〕38号'])
  })
})
