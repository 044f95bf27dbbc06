/**
 * Chinese numerals as they appear in statute text: article numbers (第一百二十四条), fine amounts (五千元, 二十万元,
 * 一百五十万元), multiples (五倍, 百分之二十). Lower-case and 大写 digits, 两, 零/〇, 万/亿 sections, and Arabic digits
 * (including full-width ones and 5,000 / 0.5).
 */
import { parseCnInt } from '../extract/cnnum'

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8 }

/** Characters a Chinese or Arabic number may be written with. */
export const NUMBER_CHARS = '零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿0-9０-９.．,，lO'

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** Value of a Chinese numeral (一百二十四, 二十万, 一千零五, 十二, 伍万) or an Arabic one (5000, 5,000, 0.5, 5万). Null when not a number. */
export function parseNumber(raw: string): number | null {
  let s = toHalfWidth(raw.trim())
  if (s === '') return null
  // Letters typed for digits in some published texts (北京 rules: "lO万元", "l万元").
  if (/^[\dlOo.,]+[万萬亿]?$/.test(s) && /[\dl]/.test(s)) s = s.replace(/l/g, '1').replace(/[Oo]/g, '0')
  // Arabic digits, optionally with a trailing 万/亿 (5万, 1.5万).
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万萬亿])?$/.exec(s)
  if (arabic) {
    const v = Number(arabic[1].replace(/,/g, '') + (arabic[2] ?? ''))
    return arabic[3] ? Math.round(v * BIG_UNITS[arabic[3]] * 100) / 100 : v
  }
  // Arabic digits with Chinese units: 5千, 2万 (already handled above), 1.5千万.
  const mixed = /^(\d+(?:\.\d+)?)([十百千])([万亿])?$/.exec(s)
  if (mixed) {
    const v = Number(mixed[1]) * SMALL_UNITS[mixed[2]] * (mixed[3] ? BIG_UNITS[mixed[3]] : 1)
    return Math.round(v * 100) / 100
  }
  if (/[0-9]/.test(s)) return null
  // The Chinese numeral itself: one parser serves law texts and case documents.
  return parseCnInt(s.replace(/，|,/g, ''))
}

const CN_DIGITS = '零一二三四五六七八九'

function under10000(n: number, leadingOne: boolean): string {
  const parts: string[] = []
  const units = ['千', '百', '十', '']
  const vals = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10]
  let zero = false
  let started = false
  for (let i = 0; i < 4; i++) {
    const d = vals[i]
    if (d === 0) {
      if (started) zero = true
      continue
    }
    if (zero) parts.push('零')
    zero = false
    // 十二, not 一十二, at the start of a number; 一百一十二 inside it.
    if (!(i === 2 && d === 1 && !started && !leadingOne)) parts.push(CN_DIGITS[d])
    parts.push(units[i])
    started = true
  }
  return parts.join('')
}

/** 58 → 五十八, 124 → 一百二十四, 1260 → 一千二百六十, 10 → 十, 110 → 一百一十. */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`)
  if (n === 0) return '零'
  if (n < 10000) return under10000(n, false)
  const high = Math.floor(n / 10000)
  const low = n % 10000
  const head = formatChineseNumber(high) + '万'
  if (low === 0) return head
  return head + (low < 1000 ? '零' : '') + under10000(low, true)
}
