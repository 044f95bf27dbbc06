/**
 * Short law titles → full official titles. The full law database (electron/engine/laws) resolves everything else;
 * this table only lets extraction report the best full title it can derive without it.
 */
import { normalizeTitle } from '../law/title'
import { editDistance } from '../util/edit-distance'

/** National laws whose official title is 中华人民共和国 + the short title. */
export const NATIONAL_LAWS = [
  '行政处罚法', '行政强制法', '行政许可法', '行政复议法', '行政诉讼法', '民事诉讼法', '刑法', '民法典',
  '食品安全法', '产品质量法', '广告法', '反不正当竞争法', '消费者权益保护法', '药品管理法', '疫苗管理法', '安全生产法',
  '环境保护法', '大气污染防治法', '水污染防治法', '固体废物污染环境防治法', '噪声污染防治法', '土壤污染防治法', '环境影响评价法',
  '土地管理法', '城乡规划法', '建筑法', '道路交通安全法', '治安管理处罚法', '商标法', '专利法', '著作权法', '计量法', '标准化法',
  '价格法', '电子商务法', '特种设备安全法', '消防法', '森林法', '野生动物保护法', '种子法', '农产品质量安全法', '动物防疫法',
  '畜牧法', '渔业法', '草原法', '水法', '矿产资源法', '烟草专卖法', '税收征收管理法', '海关法', '网络安全法', '个人信息保护法',
  '数据安全法', '公司法', '劳动法', '劳动合同法', '职业病防治法', '传染病防治法', '中医药法', '医师法', '执业医师法', '旅游法',
  '文物保护法', '广播电视法', '反食品浪费法', '公路法', '道路运输条例', '进出口商品检验法', '国境卫生检疫法', '节约能源法',
  '清洁生产促进法', '循环经济促进法', '气象法', '测绘法', '防洪法', '水土保持法', '统计法', '会计法', '审计法', '预算法',
]

/** Short or popular names that are not simply the title without 中华人民共和国. */
const ALIASES: Record<string, string> = {
  消法: '中华人民共和国消费者权益保护法',
  消费者权益保护法: '中华人民共和国消费者权益保护法',
  食安法: '中华人民共和国食品安全法',
  处罚法: '中华人民共和国行政处罚法',
  反法: '中华人民共和国反不正当竞争法',
  固废法: '中华人民共和国固体废物污染环境防治法',
  大气法: '中华人民共和国大气污染防治法',
  环保法: '中华人民共和国环境保护法',
  安全生产法: '中华人民共和国安全生产法',
  食品安全法实施条例: '中华人民共和国食品安全法实施条例',
  道路交通安全法实施条例: '中华人民共和国道路交通安全法实施条例',
  产品质量法实施条例: '中华人民共和国产品质量法实施条例',
  药品管理法实施条例: '中华人民共和国药品管理法实施条例',
  商标法实施条例: '中华人民共和国商标法实施条例',
  计量法实施细则: '中华人民共和国计量法实施细则',
  市场监管行政处罚程序规定: '市场监督管理行政处罚程序规定',
}

const TABLE: Map<string, string> = (() => {
  const t = new Map<string, string>()
  for (const short of NATIONAL_LAWS) {
    if (short.endsWith('条例')) continue
    t.set(short, `中华人民共和国${short}`)
  }
  for (const [k, v] of Object.entries(ALIASES)) t.set(k, v)
  return t
})()

const FULL_TITLES = [...new Set(TABLE.values())]


/**
 * Best full title for a title as written (with or without 《》, 中华人民共和国, version remarks). A title one or two
 * characters off a known one (OCR's 中华人民共和国品安全法, 行政罚法) is read as that one.
 */
/**
 * The shape of a national law's title (中华人民共和国反垄断法, 森林法实施条例): laws are all named 中华人民共和国X法, and their
 * implementing regulations 中华人民共和国X法实施条例/实施细则. A local or departmental title names a place or ends in 办法.
 */
const NATIONAL_SHAPE = /^(?:中华人民共和国)?[\u4e00-\u9fa5]{2,16}法(?:实施条例|实施细则)?$/
const NOT_NATIONAL = /办法|规定|省|自治区|自治州|(?<!城)市(?!场|容|政)|县|(?<!地)区|盟/

export function fullLawTitle(asWritten: string): string {
  // (the one court that is 最…法院, masked by the publisher: 最**法院关于执行﹤…﹥若干问题的解释; the law it names is marked
  // as 〈〉 are, that is not at all)
  const n = normalizeTitle(asWritten)
    .replace(/^最(?:[*＊]{2,3}|高[*＊]{2})法院/, '最高人民法院')
    .replace(/^(最高人民法院关于[^﹤﹥<>]{0,6}?)[﹤<]([^﹤﹥<>]{2,30})[﹥>]/, '$1$2')
  const known = TABLE.get(n)
  if (known) return known
  if (FULL_TITLES.includes(n)) return n
  // a title the publisher masked (《中华人民共和**大气污染防治法》): the one known title it can be
  if (/[*＊X×]/.test(n)) {
    const re = new RegExp(`^${n.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/[*＊X×]+/g, '.{0,6}')}$`)
    const fits = FULL_TITLES.filter((t) => re.test(t) || re.test(t.replace(/^中华人民共和国/, '')))
    if (fits.length === 1) return fits[0]
    return n
  }
  const national = NATIONAL_SHAPE.test(n) && !NOT_NATIONAL.test(n.replace(/^中华人民共和国/, ''))
  // a well-formed title is taken as written, but for one slip (OCR's 中华人民共和国品安全法)
  if (national && n.startsWith('中华人民共和国')) return nearest(n, 1) ?? n
  const fixed = n.length >= 4 && !/[*＊X×]/.test(n) ? nearest(n, n.length >= 10 ? 2 : 1) : null
  // 《…暂行规定》 beside a known 《…规定》 is the earlier, provisional edition: another instrument, kept as written
  if (fixed && n.replace(/[（(]?(?:暂行|试行)[）)]?/g, '') === fixed) return n
  if (fixed) return fixed
  if (national) return `中华人民共和国${n}`
  return n
}

/** The known full title within `max` edits of n, if any. */
function nearest(n: string, max: number): string | null {
  let best: string | null = null
  let bestD = max + 1
  for (const t of FULL_TITLES) {
    for (const cand of [t, t.replace(/^中华人民共和国/, '')]) {
      const d = editDistance(n, cand, max)
      if (d < bestD) {
        bestD = d
        best = t
      }
    }
  }
  return best && bestD <= max ? best : null
}
