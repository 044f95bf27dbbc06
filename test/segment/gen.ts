/**
 * A seeded generator of whole case files as text pages, with the truth for every page (its document type) and for
 * every document (dates with roles, citations, amounts, case numbers). Layouts: one combined scan with or without a
 * 卷内目录, or one file per document (named or anonymous). Wordings: title aliases, agency lines, padded titles, six date
 * styles, four bracket styles, table-flattened forms. OCR noise: 0 none, 1 spacing and punctuation width only,
 * 2 dropped and substituted characters as well.
 */
import type { AmountRole, CitationRole, DateRole, DocType, Page } from '../../shared/types'
import { creditCodeCheckChar, idCheckDigit } from '../../shared/extract/ids'

export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  }
}
export type Rng = ReturnType<typeof rng>

export interface TruthDate { iso: string; role: DateRole; endIso?: string; quoted?: boolean }
export interface TruthCite { law: string; article: number; paragraph?: number; item?: number; role: CitationRole; quoted?: boolean }
export interface TruthAmount { yuan: number; role: AmountRole; quoted?: boolean }
export interface TruthNumber { normalized: string; own: boolean }
export interface TruthDoc {
  type: DocType
  pages: { file: string; page: number }[]
  dates: TruthDate[]
  citations: TruthCite[]
  amounts: TruthAmount[]
  caseNumbers: TruthNumber[]
  party?: string
  creditCode?: string
  officers: { name: string; certNo?: string }[]
}
export interface GenCase {
  seed: number
  layout: 'combined' | 'combined-toc' | 'split-named' | 'split-anon' | 'images'
  noise: 0 | 1 | 2
  pages: Page[]
  docs: TruthDoc[]
}

const CN_D = '〇一二三四五六七八九'
function cnSmall(n: number): string {
  if (n < 10) return CN_D[n]
  if (n < 20) return '十' + (n % 10 ? CN_D[n % 10] : '')
  return CN_D[Math.floor(n / 10)] + '十' + (n % 10 ? CN_D[n % 10] : '')
}
function cnNum(n: number): string {
  if (n < 100) return cnSmall(n)
  const h = Math.floor(n / 100)
  const r = n % 100
  return CN_D[h] + '百' + (r === 0 ? '' : r < 10 ? '零' + CN_D[r] : r < 20 ? '一' + cnSmall(r) : cnSmall(r))
}
const UPPER = '零壹贰叁肆伍陆柒捌玖'
function upperMoney(n: number): string {
  // integer yuan up to 99,999,999
  const parts: string[] = []
  const units = ['仟', '佰', '拾', '']
  const sec = (x: number) => {
    let s = ''
    let zero = false
    const ds = [Math.floor(x / 1000) % 10, Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10]
    let started = false
    ds.forEach((d, i) => {
      if (d === 0) { if (started) zero = true; return }
      if (zero) s += '零'
      zero = false
      s += UPPER[d] + units[i]
      started = true
    })
    return s
  }
  const hi = Math.floor(n / 10000)
  const lo = n % 10000
  if (hi) parts.push(sec(hi) + '万')
  if (lo) parts.push((hi && lo < 1000 ? '零' : '') + sec(lo))
  return '人民币' + parts.join('') + '元整'
}

type DateStyle = 'arabic' | 'spaced' | 'cn' | 'iso' | 'dot' | 'slash'
function fmtDate(iso: string, st: DateStyle): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  switch (st) {
    case 'arabic': return `${y}年${m}月${d}日`
    case 'spaced': return `${y} 年 ${m} 月 ${d} 日`
    case 'cn': return `${String(y).split('').map((c) => CN_D[Number(c)]).join('')}年${cnSmall(m)}月${cnSmall(d)}日`
    case 'iso': return iso.slice(0, 10)
    case 'dot': return `${y}.${m}.${d}`
    case 'slash': return `${y}/${m}/${d}`
  }
}
function fmtTime(h: number, mi: number, colon: boolean): string {
  return colon ? `${h}:${String(mi).padStart(2, '0')}` : `${h}时${String(mi).padStart(2, '0')}分`
}
function addDays(iso: string, n: number): string {
  const d = new Date(iso + 'T00:00:00Z')
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}
const hm = (iso: string, h: number, mi: number) => `${iso}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`

const AGENCIES = [
  { name: '上海市浦东新区市场监督管理局', prefix: '沪浦市监', kind: '处罚', court: '上海市浦东新区人民法院' },
  { name: '北京市朝阳区市场监督管理局', prefix: '京朝市监', kind: '罚字', court: '北京市朝阳区人民法院' },
  { name: '无锡市生态环境局', prefix: '锡03环', kind: '监罚', court: '无锡市梁溪区人民法院' },
  { name: '上海市嘉定区应急管理局', prefix: '(沪嘉)安监', kind: '罚', court: '上海市嘉定区人民法院' },
  { name: '抚州市农业农村局', prefix: '抚农', kind: '罚决字', court: '抚州市临川区人民法院' },
]
const PARTIES = ['上海鑫源食品有限公司', '北京华联副食品经营部', '无锡市远东化工有限公司', '嘉定区恒达五金厂', '抚州市绿丰农资店', '杭州优品超市有限公司']
const PEOPLE = ['王立', '李明', '张建国', '赵强', '陈静', '刘洋', '孙海涛', '周敏', '吴刚', '郑华']
const CASES = [
  { cause: '销售超过保质期的食品', v: ['《中华人民共和国食品安全法》', '中华人民共和国食品安全法', 34, undefined, 10], p: ['《中华人民共和国食品安全法》', '中华人民共和国食品安全法', 124, 1, 5], range: ['五万元以上十万元以下', 50000, 100000] },
  { cause: '发布虚假广告', v: ['《广告法》', '中华人民共和国广告法', 28, 1, undefined], p: ['《广告法》', '中华人民共和国广告法', 55, 1, undefined], range: ['二十万元以上一百万元以下', 200000, 1000000] },
  { cause: '未按规定贮存危险废物', v: ['《中华人民共和国固体废物污染环境防治法》', '中华人民共和国固体废物污染环境防治法', 81, 1, undefined], p: ['《中华人民共和国固体废物污染环境防治法》（2020年4月29日修订）', '中华人民共和国固体废物污染环境防治法', 112, 1, 6], range: ['十万元以上一百万元以下', 100000, 1000000] },
  { cause: '未对安全设备进行经常性维护', v: ['《中华人民共和国安全生产法》', '中华人民共和国安全生产法', 36, 2, undefined], p: ['《安全生产法》', '中华人民共和国安全生产法', 99, undefined, 2], range: ['五万元以下', 0, 50000] },
  { cause: '经营假种子', v: ['《中华人民共和国种子法》', '中华人民共和国种子法', 48, 2, 3], p: ['《种子法》', '中华人民共和国种子法', 74, 1, undefined], range: ['二万元以上二十万元以下', 20000, 200000] },
] as const

const TITLE_VARIANTS: Partial<Record<DocType, string[]>> = {
  卷内目录: ['卷内目录', '卷内文件目录'],
  案件来源登记表: ['案件来源登记表', '案源登记表'],
  立案审批表: ['立案审批表', '立案登记表', '立案登记审批表'],
  现场检查笔录: ['现场检查笔录', '现场笔录', '检查笔录'],
  询问笔录: ['询问笔录', '调查询问笔录'],
  证据材料: ['证据材料', '证据清单'],
  案件调查终结报告: ['案件调查终结报告', '调查终结报告', '案件调查报告'],
  法制审核意见书: ['法制审核意见书', '法制审核意见表'],
  集体讨论记录: ['集体讨论记录', '案件集体讨论记录'],
  行政处罚事先告知书: ['行政处罚事先告知书', '行政处罚告知书'],
  陈述申辩笔录: ['陈述申辩笔录', '陈述申辩记录'],
  听证告知书: ['听证告知书', '行政处罚听证告知书'],
  听证笔录: ['听证笔录'],
  行政处罚决定书: ['行政处罚决定书'],
  送达回证: ['送达回证', '送达回执'],
  罚没款缴款凭证: ['罚没款缴款凭证', '非税收入一般缴款书'],
  结案报告: ['结案报告', '结案审批表'],
  备考表: ['备考表', '卷内备考表'],
}

function creditCode(r: Rng): string {
  const cs = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  let s = '91' + String(r.int(110000, 659999))
  while (s.length < 17) s += cs[r.int(0, 30)]
  return s + creditCodeCheckChar(s)
}
function idNumber(r: Rng): string {
  const s = `${r.int(110101, 650000)}${r.int(1965, 2000)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.int(100, 999)}`
  return s + idCheckDigit(s)
}

class DocB {
  lines: string[] = []
  t: Omit<TruthDoc, 'pages'>
  constructor(public type: DocType, public c: Ctx) {
    this.t = { type, dates: [], citations: [], amounts: [], caseNumbers: [], officers: [] }
  }
  line(s: string) { this.lines.push(s) }
  field(label: string, value: string) {
    const l = this.c.r.chance(0.2) && label.length === 2 ? `${label[0]}  ${label[1]}` : label
    if (this.c.table && this.c.r.chance(0.5)) { this.lines.push(l); this.lines.push(value) } else this.lines.push(`${l}${this.c.colon}${value}`)
  }
  date(iso: string, role: DateRole, opts: { time?: [number, number]; end?: string | [number, number]; style?: DateStyle; quoted?: boolean } = {}): string {
    const st = opts.style ?? this.c.dateStyle
    let s = fmtDate(iso, st)
    let tIso = iso
    if (opts.time) {
      const colon = st === 'iso' || st === 'dot' || st === 'slash'
      s += (colon ? ' ' : '') + fmtTime(opts.time[0], opts.time[1], colon)
      tIso = hm(iso, ...opts.time)
    }
    const td: TruthDate = { iso: tIso, role }
    if (opts.end) {
      if (typeof opts.end === 'string') { s += '至' + fmtDate(opts.end, st); td.endIso = opts.end }
      else { const colon = st === 'iso' || st === 'dot' || st === 'slash'; s += '至' + fmtTime(opts.end[0], opts.end[1], colon); td.endIso = hm(iso, ...opts.end) }
    }
    if (opts.quoted) td.quoted = true
    this.t.dates.push(td)
    if (role === '询问开始' && td.endIso) this.t.dates.push({ iso: td.endIso, role: '询问结束' })
    return s
  }
  month(y: number, m: number, role: DateRole, end?: [number, number]): string {
    const td: TruthDate = { iso: `${y}-${String(m).padStart(2, '0')}`, role }
    let s = `${y}年${m}月`
    if (end) { s += `至${end[0]}年${end[1]}月`; td.endIso = `${end[0]}-${String(end[1]).padStart(2, '0')}` }
    this.t.dates.push(td)
    return s
  }
  money(yuan: number, role: AmountRole, style?: 'arabic' | 'wan' | 'upper' | 'rmb', quoted = false): string {
    const st = style ?? this.c.r.pick(['arabic', 'wan', 'upper', 'rmb'] as const)
    this.t.amounts.push({ yuan, role, ...(quoted ? { quoted } : {}) })
    if (st === 'wan' && yuan % 100 === 0 && yuan >= 10000) return `${yuan / 10000}万元`
    if (st === 'upper') return upperMoney(yuan)
    if (st === 'rmb') return `人民币${yuan}元`
    return `${yuan}元`
  }
  cite(written: string, law: string, art: number, para: number | undefined, item: number | undefined, role: CitationRole, quoted = false): string {
    this.t.citations.push({ law, article: art, ...(para ? { paragraph: para } : {}), ...(item ? { item } : {}), role, ...(quoted ? { quoted } : {}) })
    // a version remark in the title is a date, but not a fact of the case
    const v = /（(\d{4})年(\d{1,2})月(\d{1,2})日修订）/.exec(written)
    if (v) this.t.dates.push({ iso: `${v[1]}-${v[2].padStart(2, '0')}-${v[3].padStart(2, '0')}`, role: '其他', quoted: true })
    const arabic = this.c.r.chance(0.15)
    const a = arabic ? String(art) : cnNum(art)
    const p = para ? `第${arabic ? para : cnNum(para)}款` : ''
    const i = item ? this.c.r.pick([`第（${cnNum(item)}）项`, `第${cnNum(item)}项`, `第(${cnNum(item)})项`]) : ''
    return `${written}第${a}条${p}${i}`
  }
  number(prefix: string, kind: string, year: number, serial: string, own: boolean): string {
    const norm = `${prefix.replace(/\(/g, '（').replace(/\)/g, '）')}${kind}〔${year}〕${Number(serial)}号`
    this.t.caseNumbers.push({ normalized: norm, own })
    const r = this.c.r
    const st = r.int(0, 6)
    const full = `${prefix}${kind}`
    switch (st) {
      case 0: return `${full}〔${year}〕${serial}号`
      case 1: return `${full}[${year}]第${serial}号`
      case 2: return `${full}（${year}）${serial}号`
      case 3: return `${full}【${year}】${serial}号`
      case 4: return `${full}〔${year}]${serial}号`
      case 5: return `${full}﹝${year}﹞${serial}号`
      default: return `${full}〔 ${year} 〕${serial} 号`
    }
  }
  title(): string {
    const t = this.c.r.pick(TITLE_VARIANTS[this.type] ?? [this.type])
    if (this.c.r.chance(0.35)) this.line(this.c.agency.name)
    this.line(this.c.r.chance(0.25) ? t.split('').join(' ') : t)
    return t
  }
}

interface Ctx {
  r: Rng
  agency: (typeof AGENCIES)[number]
  colon: string
  table: boolean
  dateStyle: DateStyle
}

/** One case file's documents, in filing order. */
function buildDocs(r: Rng): DocB[] {
  const ag = r.pick(AGENCIES)
  const c: Ctx = { r, agency: ag, colon: r.chance(0.5) ? '：' : ':', table: r.chance(0.3), dateStyle: r.pick(['arabic', 'arabic', 'spaced', 'cn', 'iso', 'dot', 'slash'] as const) }
  const cs = r.pick(CASES)
  const party = r.pick(PARTIES)
  const cc = creditCode(r)
  const rep = r.pick(['张某某', '李XX', '王建华', '陈某'])
  const [o1, o2, o3] = [r.pick(PEOPLE.slice(0, 5)), r.pick(PEOPLE.slice(5)), '周敏']
  const cert1 = `${r.pick(['', 'J', 'SH'])}${r.int(10000000, 99999999)}`
  const cert2 = `${r.pick(['', 'J', 'SH'])}${r.int(10000000, 99999999)}`
  const year = r.int(2021, 2025)
  const serial = String(r.int(1, 300)).padStart(r.chance(0.3) ? 3 : 1, '0')
  const fine = r.pick([3000, 5000, 20000, 50000, 80000, 120000, 200000])
  const illegal = r.pick([0, 860, 1200, 3650])
  const goods = r.pick([2400, 5800, 16000, 30000])
  const src = `${year}-${String(r.int(1, 6)).padStart(2, '0')}-${String(r.int(1, 20)).padStart(2, '0')}`
  const vStart = [year - (r.chance(0.5) ? 1 : 0), r.int(1, 12)] as [number, number]
  const vEnd = [year, 1] as [number, number]
  if (vStart[0] === vEnd[0] && vStart[1] >= vEnd[1]) vStart[0]--
  const caseD = addDays(src, r.int(1, 10))
  const chk = addDays(caseD, r.int(0, 3))
  const ask = addDays(chk, r.int(1, 5))
  const end = addDays(ask, r.int(5, 20))
  const rev = addDays(end, r.int(1, 5))
  const disc = addDays(rev, r.int(1, 3))
  const notice = addDays(disc, r.int(1, 3))
  const hearing = r.chance(0.3)
  const hear = addDays(notice, r.int(10, 15))
  const dec = addDays(hearing ? hear : notice, r.int(6, 12))
  const srv = addDays(dec, r.int(0, 3))
  const pay = addDays(srv, r.int(1, 10))
  const close = addDays(pay, r.int(2, 10))
  const noticeNo = String(r.int(1, 300))
  const docs: DocB[] = []
  const officersLine = (d: DocB) => {
    d.t.officers.push({ name: o1, certNo: cert1 }, { name: o2, certNo: cert2 })
    return r.pick([
      `${o1}（执法证号：${cert1}）、${o2}（执法证号：${cert2}）`,
      `${o1}（${cert1}）、${o2}（${cert2}）`,
      `${o1}、${o2}，执法证号：${cert1}、${cert2}`,
    ])
  }
  const lawV = () => ({ w: cs.v[0], l: cs.v[1], a: cs.v[2], p: cs.v[3], i: cs.v[4] })
  const lawP = () => ({ w: cs.p[0], l: cs.p[1], a: cs.p[2], p: cs.p[3], i: cs.p[4] })
  const filler = (d: DocB, n: number) => {
    for (let k = 0; k < n; k++) d.line(r.pick(['执法人员对当事人经营场所的货架、仓库进行了检查，并拍照取证。', '当事人对检查情况无异议，并在笔录上签字确认。', '现场检查时当事人的负责人在场，执法人员出示了执法证件。', '经比对进货台账和销售记录，相关数量一致。', '当事人提供了营业执照、进货凭证等材料的复印件。']))
  }

  { // 案件来源登记表
    const d = new DocB('案件来源登记表', c); d.title()
    d.field('案件来源', r.pick(['投诉举报', '监督检查', '上级交办']))
    d.field('来源时间', d.date(src, '案件来源'))
    d.field('当事人', party); d.t.party = party
    d.field('统一社会信用代码', cc); d.t.creditCode = cc
    d.field('简要案情', `${year}年专项执法检查中发现当事人涉嫌${cs.cause}。`)
    d.field('登记人', o1)
    d.line(d.date(src, '案件来源'))
    docs.push(d)
  }
  { // 立案审批表
    const d = new DocB('立案审批表', c); d.title()
    d.field('案由', `涉嫌${cs.cause}`)
    d.field('当事人', party); d.t.party = party
    d.field('法定代表人', rep)
    d.field('住所', '某市某区某路88号')
    d.field('案件来源', '投诉举报')
    d.line(`承办人${c.colon}${o1}    执法证号${c.colon}${cert1}`); d.t.officers.push({ name: o1, certNo: cert1 })
    d.field('承办人意见', '经核查，当事人涉嫌违法，建议立案调查。')
    d.field('审批意见', r.chance(0.5) ? '同意立案。' : '')
    d.field('立案日期', d.date(caseD, '立案'))
    docs.push(d)
  }
  { // 现场检查笔录
    const d = new DocB('现场检查笔录', c); d.title()
    d.field('检查时间', d.date(chk, '检查', { time: [9, 30], end: [10, 40] }))
    d.field('检查地点', '当事人经营场所')
    d.field('被检查单位', party); d.t.party = party
    d.field('执法人员', officersLine(d))
    d.line(`检查情况：现场发现标注生产日期为20231105、批号20231105B117的产品共${r.int(20, 90)}件，单价8.50元/kg。`)
    d.t.amounts.push({ yuan: 8.5, role: '其他' }) // a unit price is money of the case, with no role of its own
    filler(d, r.int(6, 16))
    d.line('被检查人签名：            执法人员签名：')
    docs.push(d)
  }
  const nAsk = r.int(1, 2)
  for (let k = 0; k < nAsk; k++) { // 询问笔录
    const d = new DocB('询问笔录', c); d.title()
    const day = addDays(ask, k)
    d.field('询问时间', d.date(day, '询问开始', { time: [14, 10], end: [15, 20] }))
    d.field('询问地点', `${ag.name}询问室`)
    d.field('询问人', officersLine(d))
    const who = r.pick(['王建华', '刘某', '陈静怡'])
    d.line(`被询问人${c.colon}${who}  身份证号${c.colon}${idNumber(r)}`)
    d.line('问：我们是执法人员，已向你出示执法证件，你是否看清？')
    d.line('答：看清了。')
    d.line('问：你单位从何时开始销售该产品？')
    d.line(`答：从${d.month(vStart[0], vStart[1], '违法行为发生')}开始销售，共销售了${r.int(20, 200)}箱。`)
    d.line('问：销售情况如何？')
    d.line(`答：违法所得共计${d.money(illegal || 500, '违法所得', 'arabic')}，联系电话13800138000。`)
    for (let q = 0; q < r.int(8, 24); q++) d.line(r.pick(['问：还有什么补充的吗？', '答：没有了。', '问：以上记录是否属实？', '答：属实。', '问：进货渠道是什么？', '答：从批发市场购进，有进货单据。']))
    d.line('被询问人签名：')
    docs.push(d)
  }
  { // 证据材料
    const d = new DocB('证据材料', c); d.title()
    const n = r.int(6, 40)
    for (let k = 1; k <= n; k++) d.line(`${k}. ${r.pick(['营业执照复印件', '进货单据复印件', '现场照片', '检验报告（编号：JY20231106）', '销售记录', '法定代表人身份证复印件'])}   ${r.int(1, 3)}页`)
    docs.push(d)
  }
  { // 案件调查终结报告
    const d = new DocB('案件调查终结报告', c); d.title()
    d.field('案由', cs.cause)
    d.field('当事人', party); d.t.party = party
    d.field('统一社会信用代码', cc); d.t.creditCode = cc
    d.line(`调查经过：本局于${d.date(caseD, '立案')}立案调查，${d.date(chk, '检查')}对当事人经营场所进行了现场检查。`)
    d.line(`违法事实：经查，当事人于${d.month(vStart[0], vStart[1], '违法行为发生', vEnd)}期间${cs.cause}，货值金额${d.money(goods, '货值金额')}，违法所得${d.money(illegal || 500, '违法所得', 'arabic')}。`)
    const v = lawV(); const p = lawP()
    d.line(`处理意见：当事人的行为违反了${d.cite(v.w, v.l, v.a, v.p, v.i, 'violated')}的规定，依据${d.cite(p.w, p.l, p.a, p.p, p.i, 'penalty')}的规定，建议对当事人罚款${d.money(fine, '罚款')}。`)
    filler(d, r.int(2, 8))
    d.line(`承办人：${o1}、${o2}`)
    d.line(d.date(end, '调查终结'))
    docs.push(d)
  }
  { // 法制审核意见书
    const d = new DocB('法制审核意见书', c); d.title()
    d.field('案由', cs.cause)
    const p = lawP()
    d.field('审核意见', `经审核，本案事实清楚，证据确凿，适用${d.cite(p.w, p.l, p.a, p.p, p.i, 'penalty')}正确，处罚幅度适当。`)
    d.field('审核人', o3)
    d.field('审核日期', d.date(rev, '法制审核'))
    docs.push(d)
  }
  if (r.chance(0.6)) { // 集体讨论记录
    const d = new DocB('集体讨论记录', c); d.title()
    d.field('讨论时间', d.date(disc, '集体讨论', { time: [9, 0] }))
    d.field('主持人', '局长 吴刚')
    d.field('参加人员', '郑华、周敏、陈静')
    d.field('讨论内容', `${party}${cs.cause}案`)
    d.field('结论性意见', `同意对当事人罚款${d.money(fine, '罚款')}。`)
    docs.push(d)
  }
  { // 行政处罚事先告知书
    const d = new DocB('行政处罚事先告知书', c); d.title()
    d.line(d.number(ag.prefix, '罚告', year, noticeNo, true))
    d.line(`${party}：`); d.t.party = party
    d.line(`本局于${d.date(caseD, '立案')}对你单位涉嫌${cs.cause}一案立案调查。`)
    const v = lawV(); const p = lawP()
    d.line(`你单位的上述行为违反了${d.cite(v.w, v.l, v.a, v.p, v.i, 'violated')}的规定。依据${d.cite(p.w, p.l, p.a, p.p, p.i, 'penalty')}的规定，本局拟对你单位作出罚款${d.money(fine, '罚款')}的行政处罚。`)
    const cf = '《中华人民共和国行政处罚法》'
    d.line(`根据${d.cite(cf, '中华人民共和国行政处罚法', 44, undefined, undefined, 'procedure')}、${(() => { d.t.citations.push({ law: '中华人民共和国行政处罚法', article: 45, role: 'procedure' }); return '第四十五条' })()}的规定，你单位有陈述、申辩的权利。`)
    if (hearing) d.line(`依据${d.cite('《行政处罚法》', '中华人民共和国行政处罚法', 63, 1, undefined, 'procedure')}的规定，你单位有要求听证的权利。`)
    filler(d, r.int(0, 4))
    d.line(ag.name)
    d.line(d.date(notice, '告知', { style: r.chance(0.5) ? 'cn' : c.dateStyle }))
    docs.push(d)
  }
  if (hearing) {
    const d = new DocB('听证笔录', c); d.title()
    d.field('听证时间', d.date(hear, '听证', { time: [9, 0], end: [11, 0] }))
    d.field('听证地点', `${ag.name}听证室`)
    d.field('主持人', '郑华')
    filler(d, r.int(6, 20))
    docs.push(d)
  } else if (r.chance(0.4)) {
    const d = new DocB('陈述申辩笔录', c); d.title()
    d.field('陈述申辩时间', d.date(addDays(notice, 2), '陈述申辩', { time: [10, 0] }))
    d.line('陈述申辩意见：当事人表示已认识到错误，请求从轻处罚。')
    docs.push(d)
  }
  const decNo = (() => ({ prefix: ag.prefix, kind: ag.kind }))()
  { // 行政处罚决定书
    const d = new DocB('行政处罚决定书', c); d.title()
    d.line(d.number(decNo.prefix, decNo.kind, year, serial, true))
    d.line(`当事人${c.colon}${party}`); d.t.party = party
    d.line(`统一社会信用代码${c.colon}${cc}`); d.t.creditCode = cc
    d.line(`法定代表人${c.colon}${rep}    住所${c.colon}某市某区某路88号`)
    d.line(`本局于${d.date(src, '案件来源')}接到举报，反映当事人涉嫌${cs.cause}。经初步核查，本局于${d.date(caseD, '立案')}立案调查。`)
    d.line(`${d.date(chk, '检查')}，本局执法人员对当事人经营场所进行了检查。`)
    d.line(`经查，当事人自${d.month(vStart[0], vStart[1], '违法行为发生', vEnd)}期间${cs.cause}，货值金额${d.money(goods, '货值金额')}，违法所得${d.money(illegal || 500, '违法所得', 'arabic')}。`)
    d.line(`以上事实有《${year}年度专项检查工作方案》、现场检查笔录、询问笔录等证据证实。`)
    const v = lawV(); const p = lawP()
    d.line(`本局于${d.date(notice, '告知')}向当事人送达了${d.number(ag.prefix, '罚告', year, noticeNo, false)}《行政处罚事先告知书》，当事人在法定期限内未提出陈述、申辩。`)
    d.line(`本局认为，当事人的行为违反了${d.cite(v.w, v.l, v.a, v.p, v.i, 'violated')}的规定。`)
    const lo = cs.range[1]
    if (lo > 0) d.t.amounts.push({ yuan: lo, role: '其他', quoted: true })
    d.t.amounts.push({ yuan: cs.range[2], role: '其他', quoted: true })
    d.line(`${d.cite(p.w, p.l, p.a, p.p, p.i, 'other')}规定：“……由县级以上人民政府有关部门没收违法所得，并处${cs.range[0]}罚款……”`)
    d.line(`依据${d.cite(p.w, p.l, p.a, p.p, p.i, 'penalty')}的规定，本局决定对当事人作出如下行政处罚：`)
    if (illegal) d.line(`1.没收违法所得${d.money(illegal, '没收违法所得', 'rmb')}；`)
    d.line(`${illegal ? 2 : 1}.罚款${d.money(fine, '罚款')}。`)
    d.line('当事人应当自收到本决定书之日起十五日内缴纳罚款，到期不缴纳的，每日按罚款数额的百分之三加处罚款。')
    d.line(`如不服本处罚决定，可以在收到本决定书之日起六十日内依据${d.cite('《中华人民共和国行政复议法》', '中华人民共和国行政复议法', 20, undefined, undefined, 'procedure')}的规定申请行政复议；也可以在六个月内依据${d.cite('《中华人民共和国行政诉讼法》', '中华人民共和国行政诉讼法', 46, undefined, undefined, 'procedure')}的规定向${ag.court}提起行政诉讼。`)
    d.line(ag.name)
    d.line(d.date(dec, '决定', { style: r.chance(0.5) ? 'cn' : c.dateStyle }))
    docs.push(d)
  }
  for (const [what, when] of [['行政处罚事先告知书', notice], ['行政处罚决定书', srv]] as const) {
    const d = new DocB('送达回证', c); d.title()
    const no = what === '行政处罚决定书' ? d.number(decNo.prefix, decNo.kind, year, serial, false) : d.number(ag.prefix, '罚告', year, noticeNo, false)
    d.field('送达文书名称及文号', `${what} ${no}`)
    d.field('受送达人', party); d.t.party = party
    d.field('送达时间', d.date(when, '送达', { time: [10, 30] }))
    d.field('送达地点', '当事人经营场所')
    d.field('送达方式', '直接送达')
    d.field('送达人', `${o1}、${o2}`)
    d.line('受送达人签名或盖章：')
    docs.push(d)
  }
  { // 罚没款缴款凭证
    const d = new DocB('罚没款缴款凭证', c); d.title()
    d.field('缴款人', party); d.t.party = party
    d.field('罚款金额', d.money(fine, '罚款', 'rmb'))
    d.field('缴款日期', d.date(pay, '缴款'))
    docs.push(d)
  }
  { // 结案报告
    const d = new DocB('结案报告', c); d.title()
    d.field('案号', d.number(decNo.prefix, decNo.kind, year, serial, true))
    d.field('当事人', party); d.t.party = party
    d.field('执行情况', `当事人已于${d.date(pay, '缴款')}缴纳罚款${d.money(fine, '罚款', 'arabic')}。`)
    d.field('结案日期', d.date(close, '结案'))
    docs.push(d)
  }
  { // 备考表
    const d = new DocB('备考表', c); d.title()
    d.line('本卷情况说明：本卷文书齐全。')
    d.field('立卷人', o1)
    d.field('检查人', o2)
    d.line(d.date(addDays(close, 3), '文书落款'))
    docs.push(d)
  }
  return docs
}

// ---- OCR noise ---------------------------------------------------------------------------------------

const LOOKALIKE: Record<string, string> = { 告: '吿', 查: '査', 录: '彔', 已: '巳', 日: '曰', 书: '书', 审: '宙', 笔: '筆', 证: '証', 讨: '计', 询: '洵', 定: '走', 罚: '罸', 表: '衣' }

export function noisy(r: Rng, s: string, level: 0 | 1 | 2): string {
  if (level === 0) return s
  let out = s
  if (r.chance(0.3)) out = out.replace(/：/g, ':').replace(/，/g, ',')
  if (r.chance(0.15)) out = out.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, (m) => (r.chance(0.3) ? m + ' ' : m))
  if (level === 2) {
    const chars = [...out]
    for (let i = 0; i < chars.length; i++) {
      if (!/[\u4e00-\u9fa5]/.test(chars[i])) continue
      const x = r.next()
      if (x < 0.03) chars[i] = ''
      else if (x < 0.08 && LOOKALIKE[chars[i]]) chars[i] = LOOKALIKE[chars[i]]
    }
    out = chars.join('')
  }
  return out
}

function footer(style: number, no: number, of: number): string | null {
  switch (style) {
    case 0: return `第 ${no} 页 共 ${of} 页`
    case 1: return `- ${no} -`
    case 2: return `${no}/${of}`
    default: return null
  }
}

/** A whole case file as pages, with the truth. */
export function generateCase(seed: number, opts: { layout?: GenCase['layout']; noise?: GenCase['noise'] } = {}): GenCase {
  const r = rng(seed)
  const layout = opts.layout ?? r.pick(['combined', 'combined-toc', 'split-named', 'split-anon', 'images'] as const)
  const noise = opts.noise ?? r.pick([0, 1, 2] as const)
  const docs = buildDocs(r)
  const footStyle = r.int(0, 3)
  const perPage = r.int(18, 26)
  // PDF and scan layouts wrap long paragraphs into lines of the page's width
  const wrapAt = r.chance(0.4) ? r.int(26, 36) : 0
  const chunks = docs.map((d) => {
    const lines = wrapAt ? d.lines.flatMap((l) => (l.length <= wrapAt ? [l] : Array.from({ length: Math.ceil(l.length / wrapAt) }, (_, k) => l.slice(k * wrapAt, (k + 1) * wrapAt)))) : d.lines
    const out: string[][] = []
    for (let i = 0; i < lines.length; i += perPage) out.push(lines.slice(i, i + perPage))
    return out
  })
  const pages: Page[] = []
  const truths: TruthDoc[] = []
  const combined = layout.startsWith('combined')
  let filePage = 0
  let imageNo = 0
  // boxes measure the printed line (before OCR noise), as a recogniser's boxes do
  const mk = (file: string, page: number, lines: string[], src: 'text' | 'ocr', printed: string[] = lines): Page => ({
    file, page, width: 595, height: 842, unit: 'pt', source: src,
    lines: lines.map((text, i) => ({ text, bbox: { x: 72, y: 72 + i * 28, w: (printed[i] ?? text).length * 12, h: 14 }, confidence: src === 'ocr' ? 0.9 - (noise === 2 ? 0.1 : 0) : 1 })),
  })
  const srcKind = noise === 0 ? 'text' : 'ocr'
  if (layout === 'combined-toc') {
    // page numbers: contents page is page 1, documents follow
    const lines = ['卷内目录', '序号  文书名称  页号']
    let p = 2
    docs.forEach((d, k) => {
      lines.push(`${k + 1}  ${r.pick(TITLE_VARIANTS[d.type] ?? [d.type])}  ${p}${chunks[k].length > 1 ? '-' + (p + chunks[k].length - 1) : ''}`)
      p += chunks[k].length
    })
    filePage++
    pages.push(mk('案卷.pdf', filePage, lines.map((l) => noisy(r, l, noise)), srcKind))
    truths.push({ type: '卷内目录', pages: [{ file: '案卷.pdf', page: filePage }], dates: [], citations: [], amounts: [], caseNumbers: [], officers: [] })
  }
  docs.forEach((d, k) => {
    const file = combined ? '案卷.pdf' : layout === 'split-named' ? `${String(k + 1).padStart(2, '0')}_${d.type}.pdf` : `文书${k + 1}.pdf`
    const t: TruthDoc = { ...d.t, pages: [] }
    if (!combined) filePage = 0
    chunks[k].forEach((lines, j) => {
      if (layout === 'images') {
        // one scanned page per image file, numbered through the whole volume
        imageNo++
        const img = `扫描件_${String(imageNo).padStart(3, '0')}.jpg`
        const withFoot = lines.map((l) => noisy(r, l, noise))
        const f = footer(footStyle, j + 1, chunks[k].length)
        if (f) withFoot.push(f)
        pages.push(mk(img, 1, withFoot, srcKind, [...lines, ...(f ? [f] : [])]))
        t.pages.push({ file: img, page: 1 })
        return
      }
      filePage++
      const withFoot = [...lines.map((l) => noisy(r, l, noise))]
      const f = footer(footStyle, j + 1, chunks[k].length)
      if (f) withFoot.push(f)
      pages.push(mk(file, filePage, withFoot, srcKind, [...lines, ...(f ? [f] : [])]))
      t.pages.push({ file, page: filePage })
    })
    truths.push(t)
  })
  return { seed, layout, noise, pages, docs: truths }
}
