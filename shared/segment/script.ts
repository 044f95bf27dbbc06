/**
 * Pages in traditional characters read as simplified. Mirror sites republish decisions converted to traditional
 * script, sometimes with the pinyin of some characters flattened into the text (監(jiān)督); the reader's titles, labels
 * and names are simplified, so such a page is converted before it is typed and read. A page is converted only when
 * it is plainly traditional (many characters that simplified text never holds), so a simplified page's own forms
 * (于, 乾, 著 in names) stay as printed. Conversion is one character for one, so positions inside a line survive; the
 * flattened pinyin is dropped, which shortens those lines only.
 */
import { Converter } from 'opencc-js/t2cn'
import type { Page } from '../types'

const convert = Converter({ from: 't', to: 'cn' })
const single = new Map<string, string>()
function charOf(ch: string): string {
  let s = single.get(ch)
  if (s === undefined) {
    const c = convert(ch)
    s = [...c].length === 1 ? c : ch
    single.set(ch, s)
  }
  return s
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
/** A character's pinyin flattened into the text after it: 監(jiān), 號(hào). */
const GLOSS = /(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g

/** Simplified forms of a text's traditional characters, one for one (the text's length is kept). */
export function toSimplified(s: string): string {
  if (!s) return s
  const whole = convert(s)
  if (whole.length === s.length) return whole
  let out = ''
  for (const ch of s) out += CJK.test(ch) ? charOf(ch) : ch
  return out
}

/** A line of a traditional page as read: flattened pinyin dropped, characters simplified. */
export function simplifyLine(s: string): string {
  return toSimplified(s.replace(GLOSS, ''))
}

/** True when a page's text is plainly in traditional script. */
export function isTraditional(lines: readonly string[]): boolean {
  let cjk = 0
  let trad = 0
  for (const line of lines)
    for (const ch of line) {
      if (!CJK.test(ch)) continue
      cjk++
      if (charOf(ch) !== ch) trad++
    }
  return trad >= 8 && trad >= cjk * 0.05
}

/**
 * Forms of a character an OCR engine may give for the one Chinese text prints (the Japanese 査 for 查): read as that
 * one, on every page, one for one.
 */
const VARIANTS: Record<string, string> = { 査: '查' }
const VARIANT = new RegExp(`[${Object.keys(VARIANTS).join('')}]`)
const VARIANT_ALL = new RegExp(VARIANT.source, 'g')

/** The page with its lines in simplified characters when it is in traditional script; else the page itself. */
export function simplifyPage(page: Page): Page {
  const lines = page.lines.some((l) => VARIANT.test(l.text)) ? page.lines.map((l) => ({ ...l, text: l.text.replace(VARIANT_ALL, (c) => VARIANTS[c]) })) : page.lines
  const p = lines === page.lines ? page : { ...page, lines }
  if (!isTraditional(p.lines.map((l) => l.text))) return p
  return { ...p, lines: p.lines.map((l) => ({ ...l, text: simplifyLine(l.text) })) }
}

/** A single space between two Chinese characters (行 政 处 罚): how a spaced text layer or OCR writes every character. */
const SPACED_PAIR = /(?<=[\u3400-\u9fff])[ \u3000](?=[\u3400-\u9fff])/g

/**
 * True when a page's text spaces out its Chinese characters (行 政 处 罚 决 定 书 … 当 事 人 ：…): more pairs of characters
 * with one space between them than pairs side by side.
 */
export function isSpacedOut(lines: readonly string[]): boolean {
  let spaced = 0
  let joined = 0
  for (const line of lines) {
    spaced += (line.match(SPACED_PAIR) ?? []).length
    joined += (line.match(/[\u3400-\u9fff](?=[\u3400-\u9fff])/g) ?? []).length
  }
  return spaced >= 20 && spaced > joined
}

/** A line with the single spaces between its Chinese characters dropped (行 政 处 罚 → 行政处罚). */
export const unspaced = (line: string) => line.replace(SPACED_PAIR, '')

/**
 * The page with the single spaces between its Chinese characters dropped when it spaces them all out, as the reader
 * reads a line; else the page itself (a page that spaces only some words keeps them: its gaps may part a form's cells).
 */
export function unspacePage(page: Page): Page {
  if (!isSpacedOut(page.lines.map((l) => l.text))) return page
  return { ...page, lines: page.lines.map((l) => ({ ...l, text: unspaced(l.text) })) }
}
