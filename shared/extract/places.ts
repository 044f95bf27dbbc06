/**
 * A county-level division's name misread by the OCR, set right from the list of divisions (places.json, GB/T 2260 names
 * by the city they belong to): 重庆市培陵区 is no district of 重庆市, 涪陵区 is, one character away; 宿州市桥区 has lost
 * the rare 埇 of 埇桥区. A name is changed only where the city before the division is named, the division read is none of
 * that city's, and exactly one of its divisions is one character away (one changed, or one lost): 重庆市江区 could be
 * 綦江区, 江北区 or 江津区 and is left as read.
 */
import data from './places.json'

const CITIES: Record<string, string[]> = data.cities
/** The cities (and municipalities, and provinces for the counties they govern directly), longest first. */
const PARENTS = Object.keys(CITIES).sort((a, b) => b.length - a.length)
/** The division read after its city: up to the first 区, 县, 旗 or 市 within a few characters. */
const DIVISION = /^[\u4e00-\u9fa5]{1,5}?[区县旗市]/
/** Words for a part of a city that name no division (漯河市城区, 某市郊区, 景区): left as read. */
const GENERIC = /^(?:城区|市区|郊区|新区|老区|景区|园区|社区|辖区|矿区|林区|山区|牧区|片区|城市|县市)$/

/** One character changed, or one lost from `known` (not its last, the kind of division), gives `read`. */
function oneAway(read: string, known: string): boolean {
  if (read.at(-1) !== known.at(-1)) return false
  if (read.length === known.length) {
    let diff = 0
    for (let i = 0; i < read.length; i++) if (read[i] !== known[i] && ++diff > 1) return false
    return diff === 1
  }
  if (known.length !== read.length + 1) return false
  for (let i = 0; i < known.length - 1; i++) if (known.slice(0, i) + known.slice(i + 1) === read) return true
  return false
}

/** The name with its county-level division set right, or the name itself where nothing is sure. */
export function placeCorrected(name: string): string {
  for (const city of PARENTS) {
    const at = name.indexOf(city)
    // (the city opens the name or follows its province: 安徽省宿州市…; not the 中山市 of a 中山市场)
    if (at < 0 || (at > 0 && !/[省区]/.test(name[at - 1]))) continue
    const rest = name.slice(at + city.length)
    const read = DIVISION.exec(rest)?.[0]
    if (!read || read.length < 2 || GENERIC.test(read) || /某|[*＊×Xx]/.test(read)) return name
    const divisions = CITIES[city]
    if (divisions.includes(read)) return name
    // (a longer division the read one begins — 重庆市江北区 read whole — is no misreading either)
    if (divisions.some((d) => rest.startsWith(d))) return name
    const near = divisions.filter((d) => oneAway(read, d))
    return near.length === 1 ? name.slice(0, at + city.length) + near[0] + rest.slice(read.length) : name
  }
  return name
}

/** Where a place lies: its province, and its city where the name says which. */
export interface Region {
  province: string
  city?: string
}

const PROVINCES: Record<string, string[]> = data.provinces
/** A province's short name (四川, 广西, 内蒙古), as titles and agencies also print it. */
const shortProvince = (p: string) => p.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$/, '')
const PROVINCE_OF_CITY = new Map<string, string>(Object.entries(PROVINCES).flatMap(([p, cs]) => cs.filter((c) => c !== p).map((c) => [c, p] as [string, string])))
/** County-level names found under one city only (简阳市), with that city; a name found under two (朝阳区) tells nothing. */
const CITY_OF_COUNTY = (() => {
  const seen = new Map<string, string | null>()
  for (const [city, counties] of Object.entries(CITIES)) for (const c of counties) seen.set(c, seen.has(c) ? null : city)
  return seen
})()
const BY_LENGTH = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length)
const PROVINCE_NAMES = BY_LENGTH(Object.keys(PROVINCES).flatMap((p) => [p, shortProvince(p)]))
const CITY_NAMES = BY_LENGTH(PROVINCE_OF_CITY.keys())
const COUNTY_NAMES = BY_LENGTH([...CITY_OF_COUNTY].filter(([, city]) => city !== null).map(([c]) => c))
const fullProvince = (name: string) => Object.keys(PROVINCES).find((p) => p === name || shortProvince(p) === name)!

/**
 * The region a name opens with: a province (四川省…, 广西…), a city (成都市…, 深圳经济特区… as 深圳市), or a county-level
 * division found in one city only (简阳市交通运输局 → 四川省 成都市). Null where the name opens with none, or with a
 * county-level name several cities have.
 */
export function regionOf(name: string): Region | null {
  const t = name.replace(/^[《\s]+/, '').replace(/^中华人民共和国/, '\u0000')
  const atCity = CITY_NAMES.find((c) => t.startsWith(c))
  // (…a city's name longer than the province's short name it opens with is the city's: 海南藏族自治州 is in 青海)
  const province = PROVINCE_NAMES.find((p) => t.startsWith(p) && !(atCity && atCity.length > p.length))
  if (province) {
    const p = fullProvince(province)
    // (a municipality is its own city: 北京市 is the province and the city)
    if (PROVINCES[p].length === 1 && PROVINCES[p][0] === p) return { province: p, city: p }
    const rest = t.slice(province.length)
    const city = PROVINCES[p].find((c) => rest.startsWith(c))
    return city ? { province: p, city } : { province: p }
  }
  const special = /^([\u4e00-\u9fa5]{2,3})经济特区/.exec(t)
  const city = atCity ?? (special && PROVINCE_OF_CITY.has(`${special[1]}市`) ? `${special[1]}市` : undefined)
  if (city) return { province: PROVINCE_OF_CITY.get(city)!, city }
  const county = COUNTY_NAMES.find((c) => t.startsWith(c))
  if (county) {
    const c = CITY_OF_COUNTY.get(county)!
    return PROVINCE_OF_CITY.has(c) ? { province: PROVINCE_OF_CITY.get(c)!, city: c } : { province: c, city: c }
  }
  return null
}
