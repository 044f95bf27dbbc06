/**
 * Chinese numerals of every form seen in case files: 一百二十四, 十二, 两千, 一千零五, 一亿零三百万,
 * digit-by-digit years (二〇二四 / 二零二四 / 二○二四 / 二O二四), 大写 (壹贰叁肆伍陆柒捌玖拾佰仟万亿),
 * money with 元角分 and 整, and Arabic digits (full-width too, 5,000, 5.00万).
 * Every function returns null for text it cannot read; none throws.
 */

export const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, O: 0, o: 0, Ｏ: 0, '0': 0,
  一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }

/** Characters a Chinese integer may be written with (for building regexes). */
export const CN_NUM_CHARS = '零〇○一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億'

function halfWidth(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** Positional Chinese integer: 一百二十四 → 124, 十二 → 12, 一千零五 → 1005, 一亿零三百万 → 103000000, 伍万 → 50000. */
export function parseCnInt(raw: string): number | null {
  if (typeof raw !== 'string') return null
  const s = halfWidth(raw).replace(/[\s,]/g, '')
  if (s === '') return null
  if (/^\d+$/.test(s)) return Number(s)
  let total = 0
  let section = 0
  let digit: number | null = null
  let any = false
  let lastUnit = Infinity
  let lastMag = 0 // value of the last unit of any size
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== null && digit !== 0 && CN_DIGIT[ch] !== 0) {
        // two digits in a row with no unit between (二四) is not positional
        return null
      }
      digit = CN_DIGIT[ch]
      any = true
    } else if (ch in SMALL_UNIT) {
      const u = SMALL_UNIT[ch]
      if (u >= lastUnit && section > 0) return null // 十百 is not a number
      section += (digit ?? 1) * u
      lastUnit = u
      lastMag = u
      digit = null
      any = true
    } else if (ch in BIG_UNIT) {
      const unit = BIG_UNIT[ch]
      section += digit ?? 0
      digit = null
      if (section === 0 && total === 0) section = 1
      if (unit === 1e4 && total > 0 && total % 1e8 === 0) total += section * unit
      else total = (total + section) * unit
      section = 0
      lastUnit = Infinity
      lastMag = unit
      any = true
    } else {
      return null
    }
  }
  if (!any) return null
  // 三万五 / 两千五: a bare trailing digit right after a unit of 百 or more counts one unit lower
  const last2 = [...s].slice(-2)
  if (digit !== null && digit !== 0 && lastMag >= 100 && last2.length === 2 && (last2[0] in SMALL_UNIT || last2[0] in BIG_UNIT)) {
    return total + section + digit * (lastMag / 10)
  }
  return total + section + (digit ?? 0)
}

/** Digit-by-digit numeral, as years are written: 二〇二四 → 2024, 二零二四, 二○二四, 二O二四. */
export function parseCnDigits(raw: string): number | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 16) return null
  let v = 0
  for (const ch of halfWidth(raw)) {
    if (/[0-9]/.test(ch)) v = v * 10 + Number(ch)
    else if (ch in CN_DIGIT && ch !== '两' && ch !== '兩') v = v * 10 + CN_DIGIT[ch]
    else return null
  }
  return v
}

/** A year in any form: 2024, 二〇二四, 二零二四. Null when not a plausible year (1900–2099). */
export function parseYear(raw: string): number | null {
  const s = halfWidth(raw).replace(/\s/g, '')
  const v = /^\d{4}$/.test(s) ? Number(s) : s.length === 4 ? parseCnDigits(s) : null
  return v !== null && v >= 1900 && v <= 2099 ? v : null
}

/** Any integer: Arabic (full-width too), positional Chinese (一百二十四, 壹佰) or digit-by-digit (二〇二四 only when no unit). */
export function parseAnyInt(raw: string): number | null {
  if (typeof raw !== 'string') return null
  const s = halfWidth(raw).replace(/\s/g, '')
  if (/^\d+$/.test(s)) return Number(s)
  const p = parseCnInt(s)
  if (p !== null) return p
  if (!/[十拾百佰千仟万萬亿億]/.test(s)) return parseCnDigits(s)
  return null
}

/** Decimal Arabic or Chinese number with 点: 3.14, 三点一四, 5.00万 → 50000. */
export function parseDecimal(raw: string): number | null {
  if (typeof raw !== 'string') return null
  const s = halfWidth(raw).replace(/[\s,]/g, '')
  const m = /^(\d+(?:\.\d+)?)([万萬亿億])?$/.exec(s)
  if (m) {
    const v = Number(m[1])
    return m[2] ? Math.round(v * BIG_UNIT[m[2]] * 100) / 100 : v
  }
  const dot = s.indexOf('点')
  if (dot > 0) {
    const int = parseCnInt(s.slice(0, dot))
    const frac = parseCnDigits(s.slice(dot + 1))
    if (int === null || frac === null) return null
    return Number(`${int}.${s.slice(dot + 1).split('').map((c) => CN_DIGIT[c] ?? c).join('')}`)
  }
  return parseAnyInt(s)
}

/**
 * Money in yuan: 50000元, 5万元, 5.00万元, 人民币伍万元整, 壹佰贰拾叁元肆角伍分, 三千元, 3650.50元, 5,000元.
 * The text may carry 人民币 / ￥ / ¥ and a trailing 整 or 正. Fen precision is kept (rounded to 0.01).
 */
export function parseMoney(raw: string): number | null {
  if (typeof raw !== 'string') return null
  let s = halfWidth(raw).replace(/[\s]/g, '').replace(/^(人民币|RMB|[￥¥])/i, '').replace(/[整正]$/, '')
  if (s === '') return null
  s = s.replace(/圆/g, '元')
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万萬亿億千仟])?元?$/.exec(s)
  if (arabic) {
    const v = Number(arabic[1].replace(/,/g, '') + (arabic[2] ?? ''))
    // (5千元: a thousand after Arabic digits, as 5万元 is ten thousand)
    const unit = arabic[3] ? (BIG_UNIT[arabic[3]] ?? SMALL_UNIT[arabic[3]]) : 1
    return Math.round(v * unit * 100) / 100
  }
  const m = /^([^元角分]*?)元?([^元角分]*角)?([^元角分]*分)?$/.exec(s)
  if (!m) return null
  let yuan = 0
  if (m[1] !== '') {
    const v = parseDecimal(m[1])
    if (v === null) return null
    yuan = v
  } else if (!m[2] && !m[3]) return null
  const jiao = m[2] ? parseCnInt(m[2].slice(0, -1).replace(/^零/, '')) : 0
  const fen = m[3] ? parseCnInt(m[3].slice(0, -1).replace(/^零/, '')) : 0
  if (jiao === null || fen === null) return null
  return Math.round((yuan + jiao / 10 + fen / 100) * 100) / 100
}
