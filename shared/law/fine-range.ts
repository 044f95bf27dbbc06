/**
 * Statutory fine ranges stated in a penalty provision's text:
 *   处五万元以上十万元以下罚款 / 并处十万元以上五十万元以下的罚款 / 处二千元至二万元罚款  → fixed
 *   处五十万元以下的罚款                                                       → max-only
 *   处货值金额十倍以上二十倍以下罚款 / 违法所得二倍以下 / 货值金额等值以上三倍以下 / 百分之五十以上三倍以下 → multiple
 *   处一万元以上罚款 → fixed with min only; 处二百元罚款 → fixed with min = max
 * Per-unit amounts (每平方米…) carry perUnit: a total fine is not comparable with them directly.
 * A 罚款 the text leaves open (处以罚款, 并处罚款) yields no range.
 */
import type { FineRange } from './types'
import { NUMBER_CHARS, parseNumber } from './numerals'

const NUM = `[${NUMBER_CHARS}]+`
/** An amount in yuan: 五万元, 5000元, 一千五百元. */
const AMOUNT = `(${NUM})元`
/** A multiple: 一倍, 等值, 百分之五十, 0.5倍. */
const MULT = `(等值|百分之${NUM}|${NUM}倍)`

const FIXED_BETWEEN = new RegExp(`^(${NUM})元?(?:以上|至|到|～|~|－|-|—)${AMOUNT}(以下)?$`)
/** 三千元以上一万以下: the upper amount without its 元. */
const FIXED_BETWEEN_BARE = new RegExp(`^(${NUM})元以上(${NUM})以下$`)
const FIXED_MAX = new RegExp(`^${AMOUNT}以下$`)
const FIXED_MIN = new RegExp(`^${AMOUNT}以上$`)
const FIXED_EXACT = new RegExp(`^${AMOUNT}$`)
const MULT_RANGE = new RegExp(`^(.*?)${MULT}以上${MULT}(?:以下)?$`)
const MULT_TO = new RegExp(`^(.*?)(${NUM})倍?(?:至|到)${MULT}$`)
const MULT_MAX = new RegExp(`^(.*?)${MULT}以下$`)
const MULT_EXACT = new RegExp(`^(.*?)${MULT}$`)

function multiple(raw: string): number | null {
  if (raw === '等值') return 1
  if (raw.startsWith('百分之')) {
    const v = parseNumber(raw.slice(3))
    return v === null ? null : v / 100
  }
  return parseNumber(raw.replace(/倍$/, ''))
}

function baseKind(baseText: string): FineRange['base'] {
  if (/货值/.test(baseText)) return '货值金额'
  if (/违法所得/.test(baseText)) return '违法所得'
  if (/销售额|销售收入|营业额|销售金额/.test(baseText)) return '销售额'
  return '其他'
}

type Parsed = Omit<FineRange, 'text'>

/**
 * Parse the words between 处 and 罚款. Alternatives joined by 或者 (处违法所得一倍以上三倍以下或者一千元以上一万元以下
 * 罚款; 处警告或者二百元以下罚款; 处五日以下拘留或者五百元以下罚款) give one range per part that is a fine.
 */
function parseBodies(body: string): Parsed[] {
  const whole = parseBody(body)
  if (whole) return [whole]
  if (!/或者|或|、/.test(body)) return []
  // 处十五日以下拘留、一万元以下罚款; 处或者并处警告、没收违法所得、1万元以上10万元以下罚款: the listed penalties
  // before the fine are not fines.
  return body
    .split(/或者|或|、/)
    .map(parseBody)
    .filter((r): r is Parsed => r !== null)
}

/** Amounts per unit: 每平方米三百元以上三千元以下, 禽类每只十元以上五十元以下, 每日一万元, 每个泊位五千元. */
const PER_UNIT = /^(.*?每[^元倍]{1,8}?)(?=[零〇一二两三四五六七八九十百千万0-9０-９lO.]+(?:元|倍|至))/

/** Parse the words between 处 and 罚款 (e.g. 五万元以上十万元以下). */
function parseBody(body: string): Parsed | null {
  const b = body
    .replace(/[\s，,]/g, '')
    .replace(/的$/, '')
    // 一倍以上不满二倍, 五万元以上不满十万元: the upper bound is exclusive; kept as the bound.
    .replace(/以上(?:不满|不足|未满)/g, '以上')
    .replace(/以上、/g, '以上')
    .replace(/人民币/g, '')
    // 处警告、一千元以上一万元以下罚款: the warning goes with the fine.
    .replace(/^警告(?:或者|或|、)/, '')
  const per = PER_UNIT.exec(b)
  if (per) {
    const inner = parseBody(b.slice(per[1].length))
    return inner ? { ...inner, perUnit: per[1] } : null
  }
  if (b === '') return null
  let m = FIXED_BETWEEN.exec(b) ?? FIXED_BETWEEN_BARE.exec(b)
  if (m) {
    const min = parseNumber(m[1])
    const max = parseNumber(m[2])
    if (min === null || max === null || max < min) return null
    return { form: 'fixed', min, max }
  }
  if ((m = FIXED_MAX.exec(b))) {
    const max = parseNumber(m[1])
    return max === null ? null : { form: 'max-only', max }
  }
  if ((m = FIXED_MIN.exec(b))) {
    const min = parseNumber(m[1])
    return min === null ? null : { form: 'fixed', min }
  }
  if ((m = FIXED_EXACT.exec(b))) {
    const v = parseNumber(m[1])
    return v === null ? null : { form: 'fixed', min: v, max: v }
  }
  const mult = (baseText: string): Pick<FineRange, 'base' | 'baseText'> => {
    const t = baseText.replace(/^(?:以|按)/, '').trim()
    return t ? { base: baseKind(t), baseText: t } : { base: '其他' }
  }
  if ((m = MULT_RANGE.exec(b))) {
    const min = multiple(m[2])
    const max = multiple(m[3])
    if (min === null || max === null || max < min) return null
    return { form: 'multiple', min, max, ...mult(m[1]) }
  }
  if ((m = MULT_TO.exec(b))) {
    const min = parseNumber(m[2])
    const max = multiple(m[3])
    if (min === null || max === null || max < min) return null
    return { form: 'multiple', min, max, ...mult(m[1]) }
  }
  if ((m = MULT_MAX.exec(b)) && m[1]) {
    const max = multiple(m[2])
    return max === null ? null : { form: 'multiple', max, ...mult(m[1]) }
  }
  if ((m = MULT_EXACT.exec(b))) {
    const v = multiple(m[2])
    return v === null ? null : { form: 'multiple', min: v, max: v, ...mult(m[1]) }
  }
  return null
}

/** Where a 处 that starts a penalty may be: 处, 处以, 并处, 可以处, 可处. Not 处理, 处分, 处罚. */
const VERB_RE = /处以?(?![理分罚置])/g
// Not \n: some corpus texts break lines inside a sentence (处二万元以上十\n万元以下).
const CLAUSE_END = /[；;。]/
const MAX_PHRASE = 80

/** The clause a range depends on: the last comma-separated part ending in 的 since the previous range or clause end. */
function conditionOf(span: string): string | undefined {
  const parts = span.split(/[，,]/).map((p) => p.trim()).filter(Boolean)
  for (let i = parts.length - 1; i >= 0; i--) {
    if (/的$/.test(parts[i])) return parts[i].replace(/^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/, '')
  }
  return undefined
}

/** Every fine range the text states, in text order. */
export function parseFineRanges(text: string): FineRange[] {
  const out: FineRange[] = []
  let clauseStart = 0
  let searchFrom = 0
  for (;;) {
    const at = text.indexOf('罚款', searchFrom)
    if (at < 0) break
    searchFrom = at + 2
    // Candidate verbs between the clause start (or the previous range) and this 罚款, nearest first.
    const windowStart = Math.max(clauseStart, at - MAX_PHRASE)
    const window = text.slice(windowStart, at)
    const lastEnd = Math.max(...[...window.matchAll(new RegExp(CLAUSE_END, 'g'))].map((m) => (m.index ?? -1) + 1), 0)
    const verbs = [...window.slice(lastEnd).matchAll(VERB_RE)].reverse()
    for (const v of verbs) {
      const verbAt = windowStart + lastEnd + (v.index ?? 0)
      const body = text.slice(verbAt + v[0].length, at)
      const all = parseBodies(body)
      if (all.length === 0) continue
      const phrase = text.slice(verbAt, at + 2)
      const lead = text.slice(Math.max(clauseStart, windowStart + lastEnd), verbAt)
      // 对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款: two limits share one 罚款.
      const sibling = /对([^，,；。、]+?)处以?([^，,；。、]+?)、对([^，,；。、]+?)$/.exec(lead)
      const siblingBody = sibling ? parseBody(sibling[2]) : null
      if (sibling && siblingBody) {
        const sAt = verbAt - lead.length + (sibling.index ?? 0)
        out.push({ ...siblingBody, text: text.slice(sAt, at + 2), target: sibling[1] })
        for (const alt of all) out.push({ ...alt, text: phrase, target: sibling[3] })
        break
      }
      const head = lead.split(/[，,]/).pop() ?? ''
      const target = /对(.+?)(?:可以|可|并|应当)*$/.exec(head.replace(/(?:可以|并|应当|可)+$/, ''))
      const cond = conditionOf(lead.slice(0, lead.length - head.length))
      // 按照每使用一名童工每月处5000元罚款的标准: the rate is per unit stated before the verb
      const perBefore = /(?:按照?|以)?(每[^，,；。]{1,16})$/.exec(head)
      // Alternatives (…或者…) share the phrase, the target, the condition and a rate stated before the verb.
      for (const alt of all) {
        const range: FineRange = { ...alt, text: phrase }
        if (perBefore && !range.perUnit) range.perUnit = perBefore[1]
        if (target && target[1]) range.target = target[1]
        if (cond) range.condition = cond
        out.push(range)
      }
      break
    }
    clauseStart = at + 2
  }
  // 罚款额为非法占用土地每平方米100元以上1000元以下: a regulation giving the amount of a fine a law imposes
  for (const m of text.matchAll(/罚款(?:数)?额为([^。；;]{2,60})/g)) {
    const r = parseBody(m[1])
    if (!r || out.some((x) => x.text.includes(m[0]))) continue
    // (the rate counted per the unit after 每: 非法占用土地每平方米 → 每平方米)
    if (r.perUnit) r.perUnit = r.perUnit.slice(r.perUnit.lastIndexOf('每'))
    out.push({ ...r, text: m[0] })
  }
  // 按照受侵害的劳动者每人100元以上500元以下的标准计算，处以罚款: a rate per unit stated before the verb and its 罚款
  // (…or after 以: 并以每人五百元以上二千元以下的标准处以罚款, 就业促进法 第六十六条第二款)
  for (const m of text.matchAll(/(?:按照?|(?<![可予])以)[^，,。；;]{0,24}?(每[\u4e00-\u9fa5]{1,8}[^，,。；;]{1,30}?元以下)的?标准(?:计算)?[，,]?\s{0,2}(?:可以)?(?:处以?|并处)罚款/g)) {
    const r = parseBody(m[1])
    if (!r || !r.perUnit || out.some((x) => x.text.includes(m[0]) || m[0].includes(x.text))) continue
    out.push({ ...r, perUnit: r.perUnit.slice(r.perUnit.lastIndexOf('每')), text: m[0] })
  }
  // 货值金额不足五万元的，按五万元计算: the multiples of that base are counted from the floor
  // (…and where the article sets two, by the kind of trade — 违法生产、批发的…不足十万元的，按十万元计算，违法零售的…不足一万元的，
  // 按一万元计算 — the lower bounds the least lawful fine and the higher the greatest)
  const floorRe = new RegExp(`(货值金额|违法所得|销售额|营业额)[^。；，,]{0,6}?(?:不足|低于|未达到|不满)[${NUMBER_CHARS}]+元的?[，,]\\s{0,2}(?:按|以)([${NUMBER_CHARS}]+)元计(?:算)?`, 'g')
  const floors = new Map<string, number[]>()
  for (const m of text.matchAll(floorRe)) {
    const n = parseNumber(m[2])
    if (n) floors.set(m[1], [...(floors.get(m[1]) ?? []), n])
  }
  for (const [base, ns] of floors)
    for (const r of out)
      if (r.form === 'multiple' && (r.base === base || (r.baseText ?? '').endsWith(base))) {
        r.baseFloor = Math.min(...ns)
        if (Math.max(...ns) !== r.baseFloor) r.baseFloorHigh = Math.max(...ns)
      }
  return out
}
