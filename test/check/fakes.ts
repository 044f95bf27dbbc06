/**
 * Small in-memory LawLookup and Calendar for the check tests. The provisions are copied from the law corpus
 * (行政处罚法 2017-09-01 and 2021-01-22, 食品安全法 2021-04-29, 广告法 2021-04-29); the calendar holds the State
 * Council's 2024 holiday schedule (国办发明电〔2023〕7号) with its 调休 working weekends.
 */
import type { ArticleMapping, FineRange, LawLookup, LawVersionInfo, ProvisionText } from '../../shared/law/types'
import type { Calendar, DayUnit, PeriodOptions, PeriodResult } from '../../shared/calendar/types'
import { parseFineRanges } from '../../shared/law/fine-range'
import { formatProvision } from '../../shared/law/article'

interface Para {
  text: string
  items?: string[]
}
interface FakeVersion {
  info: LawVersionInfo
  articles: Record<number, Para[]>
}

const CF2017: Record<number, Para[]> = {
  31: [{ text: '行政机关在作出行政处罚决定之前，应当告知当事人作出行政处罚决定的事实、理由及依据，并告知当事人依法享有的权利。' }],
  32: [
    { text: '当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的事实、理由和证据，应当进行复核；当事人提出的事实、理由或者证据成立的，行政机关应当采纳。' },
    { text: '行政机关不得因当事人申辩而加重处罚。' },
  ],
  42: [
    {
      text: '行政机关作出责令停产停业、吊销许可证或者执照、较大数额罚款等行政处罚决定之前，应当告知当事人有要求举行听证的权利；当事人要求听证的，行政机关应当组织听证。当事人不承担行政机关组织听证的费用。听证依照以下程序组织：',
      items: [
        '当事人要求听证的，应当在行政机关告知后三日内提出；',
        '行政机关应当在听证的七日前，通知当事人举行听证的时间、地点；',
        '除涉及国家秘密、商业秘密或者个人隐私外，听证公开举行；',
        '听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害关系的，有权申请回避；',
        '当事人可以亲自参加听证，也可以委托一至二人代理；',
        '举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议；当事人进行申辩和质证；',
        '听证应当制作笔录；笔录应当交当事人审核无误后签字或者盖章。',
      ],
    },
    { text: '当事人对限制人身自由的行政处罚有异议的，依照治安管理处罚法有关规定执行。' },
  ],
}

const CF2021: Record<number, Para[]> = {
  31: [{ text: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗。间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚。尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚。' }],
  32: [
    {
      text: '当事人有下列情形之一，应当从轻或者减轻行政处罚：',
      items: ['主动消除或者减轻违法行为危害后果的；', '受他人胁迫或者诱骗实施违法行为的；', '主动供述行政机关尚未掌握的违法行为的；', '配合行政机关查处违法行为有立功表现的；', '法律、法规、规章规定其他应当从轻或者减轻行政处罚的。'],
    },
    { text: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。' },
  ],
  42: [{ text: '行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。' }, { text: '执法人员应当文明执法，尊重和保护当事人合法权益。' }],
  44: [{ text: '行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。' }],
  45: [
    { text: '当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的事实、理由和证据，应当进行复核；当事人提出的事实、理由或者证据成立的，行政机关应当采纳。' },
    { text: '行政机关不得因当事人陈述、申辩而给予更重的处罚。' },
  ],
  58: [
    {
      text: '有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核；未经法制审核或者审核未通过的，不得作出决定：',
      items: ['涉及重大公共利益的；', '直接关系当事人或者第三人重大权益，经过听证程序的；', '案件情况疑难复杂、涉及多个法律关系的；', '法律、法规规定应当进行法制审核的其他情形。'],
    },
    { text: '行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。' },
  ],
  63: [
    {
      text: '行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利，当事人要求听证的，行政机关应当组织听证：',
      items: ['较大数额罚款；', '没收较大数额违法所得、没收较大价值非法财物；', '降低资质等级、吊销许可证件；', '责令停产停业、责令关闭、限制从业；', '其他较重的行政处罚；', '法律、法规、规章规定的其他情形。'],
    },
    { text: '当事人不承担行政机关组织听证的费用。' },
  ],
  64: [
    {
      text: '听证应当依照以下程序组织：',
      items: [
        '当事人要求听证的，应当在行政机关告知后五日内提出；',
        '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点；',
        '除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行；',
        '听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害关系的，有权申请回避；',
        '当事人可以亲自参加听证，也可以委托一至二人代理；',
        '当事人及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，行政机关终止听证；',
        '举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行申辩和质证；',
        '听证应当制作笔录。笔录应当交当事人或者其代理人核对无误后签字或者盖章。当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明。',
      ],
    },
  ],
}

const FOOD2021: Record<number, Para[]> = {
  34: [
    {
      text: '禁止生产经营下列食品、食品添加剂、食品相关产品：',
      items: [
        '用非食品原料生产的食品或者添加食品添加剂以外的化学物质和其他可能危害人体健康物质的食品，或者用回收食品作为原料生产的食品；',
        '致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂、食品相关产品；',
        '用超过保质期的食品原料、食品添加剂生产的食品、食品添加剂；',
        '超范围、超限量使用食品添加剂的食品；',
        '营养成分不符合食品安全标准的专供婴幼儿和其他特定人群的主辅食品；',
        '腐败变质、油脂酸败、霉变生虫、污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品、食品添加剂；',
        '病死、毒死或者死因不明的禽、畜、兽、水产动物肉类及其制品；',
        '未按规定进行检疫或者检疫不合格的肉类，或者未经检验或者检验不合格的肉类制品；',
        '被包装材料、容器、运输工具等污染的食品、食品添加剂；',
        '标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；',
        '无标签的预包装食品、食品添加剂；',
        '国家为防病等特殊需要明令禁止生产经营的食品；',
        '其他不符合法律、法规或者食品安全标准的食品、食品添加剂、食品相关产品。',
      ],
    },
  ],
  124: [
    {
      text: '违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证：',
      items: [
        '生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂；',
        '用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂；',
        '生产经营超范围、超限量使用食品添加剂的食品；',
        '生产经营腐败变质、油脂酸败、霉变生虫、污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品、食品添加剂；',
        '生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；',
        '生产经营未按规定注册的保健食品、特殊医学用途配方食品、婴幼儿配方乳粉，或者未按注册的产品配方、生产工艺等技术要求组织生产；',
        '以分装方式生产婴幼儿配方乳粉，或者同一企业以同一配方生产不同品牌的婴幼儿配方乳粉；',
        '利用新的食品原料生产食品，或者生产食品添加剂新品种，未通过安全性评估；',
        '食品生产经营者在食品安全监督管理部门责令其召回或者停止经营后，仍拒不召回或者停止经营。',
      ],
    },
    { text: '除前款和本法第一百二十三条、第一百二十五条规定的情形外，生产经营不符合法律、法规或者食品安全标准的食品、食品添加剂的，依照前款规定给予处罚。' },
    { text: '生产食品相关产品新品种，未通过安全性评估，或者生产不符合食品安全标准的食品相关产品的，由县级以上人民政府食品安全监督管理部门依照第一款规定给予处罚。' },
  ],
}

/** 城市市容和环境卫生管理条例 第三十四条: 罚款 without an amount (local rules set it). */
const CITY2017: Record<number, Para[]> = {
  34: [
    {
      text: '有下列行为之一者，城市人民政府市容环境卫生行政主管部门或者其委托的单位除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款：',
      items: ['随地吐痰、便溺，乱扔果皮、纸屑和烟头等废弃物的；', '在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品等的；'],
    },
  ],
}

/** 广告法 (2021-04-29) 第五十八条第一款: two tiers (情节严重), each with a fixed amount for an uncountable 广告费用. */
const AD2021: Record<number, Para[]> = {
  58: [
    {
      text: '有下列行为之一的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款；情节严重的，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请：',
      items: ['违反本法第十六条规定发布医疗、药品、医疗器械广告的；', '违反本法第十七条规定，在广告中涉及疾病治疗功能，以及使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语的；'],
    },
  ],
}

/** 城乡规划法 (2019-04-23) 第六十四条: alternatives (尚可采取改正措施… / 不能拆除的). */
const PLAN2019: Record<number, Para[]> = {
  64: [{ text: '未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上地方人民政府城乡规划主管部门责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款。' }],
}

/** 建设工程质量管理条例 (2019-04-23) 第五十七条: a percent written with %. */
const BUILD2019: Record<number, Para[]> = {
  57: [{ text: '违反本条例规定，建设单位未取得施工许可证或者开工报告未经批准，擅自施工的，责令停止施工，限期改正，处工程合同价款1%以上2%以下的罚款。' }],
}

/** 发票管理办法 (2023-07-20) 第三十五条第一款: tiers by the 虚开金额. */
const INVOICE2023: Record<number, Para[]> = {
  35: [{ text: '违反本办法的规定虚开发票的，由税务机关没收违法所得；虚开金额在1万元以下的，可以并处5万元以下的罚款；虚开金额超过1万元的，并处5万元以上50万元以下的罚款；构成犯罪的，依法追究刑事责任。' }],
}

const CF_TITLE = '中华人民共和国行政处罚法'
const FOOD_TITLE = '中华人民共和国食品安全法'
const CITY_TITLE = '城市市容和环境卫生管理条例'

const VERSIONS: FakeVersion[] = [
  {
    info: { id: '行政处罚法_2017-09-01', title: CF_TITLE, shortTitle: '行政处罚法', category: '法律', versionDate: '2017-09-01', effective: '2018-01-01', status: '已修订', supersededBy: '行政处罚法_2021-01-22', inForceFrom: '2018-01-01', inForceUntil: '2021-07-14', articleCount: 64 },
    articles: CF2017,
  },
  {
    info: { id: '行政处罚法_2021-01-22', title: CF_TITLE, shortTitle: '行政处罚法', category: '法律', versionDate: '2021-01-22', effective: '2021-07-15', status: '有效', inForceFrom: '2021-07-15', articleCount: 86 },
    articles: CF2021,
  },
  {
    info: { id: '食品安全法_2021-04-29', title: FOOD_TITLE, shortTitle: '食品安全法', category: '法律', versionDate: '2021-04-29', effective: '2021-04-29', status: '有效', inForceFrom: '2021-04-29', articleCount: 154 },
    articles: FOOD2021,
  },
  {
    info: { id: '广告法_2021-04-29', title: '中华人民共和国广告法', shortTitle: '广告法', category: '法律', versionDate: '2021-04-29', effective: '2021-04-29', status: '有效', inForceFrom: '2021-04-29', articleCount: 74 },
    articles: AD2021,
  },
  {
    info: { id: '城乡规划法_2019-04-23', title: '中华人民共和国城乡规划法', shortTitle: '城乡规划法', category: '法律', versionDate: '2019-04-23', effective: '2019-04-23', status: '有效', inForceFrom: '2019-04-23', articleCount: 70 },
    articles: PLAN2019,
  },
  {
    info: { id: '建设工程质量管理条例_2019-04-23', title: '建设工程质量管理条例', category: '行政法规', versionDate: '2019-04-23', effective: '2019-04-23', status: '有效', inForceFrom: '2019-04-23', articleCount: 82 },
    articles: BUILD2019,
  },
  {
    info: { id: '发票管理办法_2023-07-20', title: '中华人民共和国发票管理办法', shortTitle: '发票管理办法', category: '行政法规', versionDate: '2023-07-20', effective: '2023-07-20', status: '有效', inForceFrom: '2023-07-20', articleCount: 45 },
    articles: INVOICE2023,
  },
  {
    info: { id: '城市市容和环境卫生管理条例_2017-03-01', title: CITY_TITLE, category: '行政法规', versionDate: '2017-03-01', effective: '2017-03-01', status: '有效', inForceFrom: '2017-03-01', articleCount: 45 },
    articles: CITY2017,
  },
]

/** 行政处罚法 2017 → 2021 (行政处罚法-条文对照.md, the rows used here). */
const MAP: Record<number, [number[], string, string]> = {
  31: [[44], '处罚前告知', '有修改'],
  32: [[45], '陈述申辩', '有修改'],
  38: [[57, 58], '调查终结后的决定、集体讨论、法制审核', '有修改（拆分）'],
  42: [[63, 64], '听证', '有修改（拆分）'],
}

/** Articles the fake knows only by number (text not needed by the tests): they exist, with one plain paragraph. */
function fill(v: FakeVersion, n: number): Para[] | undefined {
  if (v.articles[n]) return v.articles[n]
  if (n >= 1 && n <= (v.info.articleCount ?? 0)) return [{ text: `（${v.info.title}${formatProvision({ article: n })}）` }]
  return undefined
}

export function createFakeLaws(): LawLookup {
  const norm = (t: string) => t.replace(/[《》\s]/g, '').replace(/^中华人民共和国/, '')
  const group = (title: string) => VERSIONS.filter((v) => norm(v.info.title) === norm(title) || (v.info.shortTitle && norm(v.info.shortTitle) === norm(title)))
  const byId = (id: string) => VERSIONS.find((v) => v.info.id === id)
  const locate = (lawId: string, article: number, opts: { articleSub?: number; paragraph?: number; item?: number } = {}) => {
    const v = byId(lawId)
    if (!v || opts.articleSub) return null
    const paras = fill(v, article)
    if (!paras) return null
    let p: number | null = null
    if (opts.paragraph !== undefined) {
      if (opts.paragraph < 1 || opts.paragraph > paras.length) return null
      p = opts.paragraph - 1
    }
    if (opts.item !== undefined) {
      if (p === null) p = paras.findIndex((x) => x.items?.length)
      if (p < 0) return null
      if (opts.item < 1 || opts.item > (paras[p].items?.length ?? 0)) return null
    }
    return { paras, p }
  }
  const paraText = (x: Para) => [x.text, ...(x.items ?? []).map((t, i) => `（${'一二三四五六七八九十'[i] ?? i + 1}）${t}`)].join('\n')
  const laws: LawLookup = {
    version: 'fake-2024',
    resolveTitle(title) {
      const g = group(title)
      return g.length ? { title: g[0].info.title, versions: g.map((v) => v.info) } : null
    },
    versionOn(title, dateIso) {
      let pick: LawVersionInfo | null = null
      for (const v of group(title)) if ((v.info.inForceFrom ?? '') <= dateIso) pick = v.info
      return pick ? { ...pick, dateFit: 'in-force' } : null
    },
    provision(lawId, article, opts = {}): ProvisionText | null {
      const hit = locate(lawId, article, opts)
      if (!hit) return null
      const { paras, p } = hit
      let text: string
      let itemCount: number
      if (p === null) {
        text = paras.map(paraText).join('\n')
        itemCount = paras.reduce((n, x) => n + (x.items?.length ?? 0), 0)
      } else {
        itemCount = paras[p].items?.length ?? 0
        text = opts.item !== undefined ? paras[p].items![opts.item - 1] : paraText(paras[p])
      }
      return { lawId, label: formatProvision({ article, ...opts }), text, paragraphCount: paras.length, itemCount }
    },
    fineRanges(lawId, article, opts = {}): FineRange[] {
      const scope = { ...opts, item: undefined }
      if (opts.item !== undefined && !locate(lawId, article, opts)) return []
      const p = laws.provision(lawId, article, scope)
      return p ? parseFineRanges(p.text) : []
    },
    articleMap(oldLawId, newLawId, article): ArticleMapping | null {
      if (oldLawId !== '行政处罚法_2017-09-01' || newLawId !== '行政处罚法_2021-01-22') return null
      const m = MAP[article]
      return m ? { fromLawId: oldLawId, toLawId: newLawId, article, to: m[0], rule: m[1], change: m[2] } : null
    },
    law(lawId) {
      return byId(lawId)?.info ?? null
    },
  }
  return laws
}

// ---- calendar: 2024 ----

const HOLIDAYS_2024 = [
  '2024-01-01',
  '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17',
  '2024-04-04', '2024-04-05', '2024-04-06',
  '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05',
  '2024-06-10',
  '2024-09-15', '2024-09-16', '2024-09-17',
  '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07',
]
const MAKEUP_2024 = ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export function createFakeCalendar(): Calendar {
  const holidays = new Set(HOLIDAYS_2024)
  const makeup = new Set(MAKEUP_2024)
  const inYear = (iso: string) => iso.startsWith('2024-')
  const isWorkday = (iso: string): boolean | null => {
    if (!inYear(iso)) return null
    if (holidays.has(iso)) return false
    if (makeup.has(iso)) return true
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay()
    return wd !== 0 && wd !== 6
  }
  const version = 'fake-2024'
  return {
    version,
    years: [2024, 2024],
    isWorkday,
    periodEnd(startIso: string, n: number, unit: DayUnit, opts: PeriodOptions = {}): PeriodResult {
      const outside = (): PeriodResult => ({ determined: false, reason: '日期超出节假日数据覆盖的年份（2024）', calendarVersion: version })
      if (unit === 'working') {
        let d = startIso
        let k = 0
        while (k < n) {
          d = addDays(d, 1)
          const w = isWorkday(d)
          if (w === null) return outside()
          if (w) k++
        }
        return { determined: true, due: d, calendarVersion: version }
      }
      if (unit !== 'natural') return { determined: false, reason: `测试日历不支持 ${unit}`, calendarVersion: version }
      let due = addDays(startIso, n)
      const nominal = due
      if (opts.extendPastRestDay ?? true) {
        for (;;) {
          const w = isWorkday(due)
          if (w === null) return outside()
          if (w) break
          due = addDays(due, 1)
        }
      }
      return due === nominal ? { determined: true, due, calendarVersion: version } : { determined: true, due, nominalDue: nominal, calendarVersion: version }
    },
  }
}
