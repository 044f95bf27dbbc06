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
