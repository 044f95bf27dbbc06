/**
 * Word's automatic list numbering (word/numbering.xml, and numbering set through paragraph styles): the
 * labels "一、", "（二）", "3." are not in the text runs, yet documents refer to them ("第三项", "二、处理意见"),
 * so they are put back in front of the paragraph text.
 */
import { XMLParser } from 'fast-xml-parser'

type X = Record<string, unknown>

interface Level {
  start: number
  fmt: string
  text: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['abstractNum', 'num', 'lvl', 'lvlOverride', 'style'].includes(name),
})

function val(x: unknown): string | undefined {
  const v = (x as X | undefined)?.['@val']
  return v === undefined ? undefined : String(v)
}

export interface NumRef {
  numId: string
  ilvl: number
}

export class Numbering {
  private abstract = new Map<string, Level[]>()
  private nums = new Map<string, { abstractId: string; starts: Map<number, number> }>()
  private styles = new Map<string, { num?: NumRef; basedOn?: string }>()
  private counters = new Map<string, number[]>()

  constructor(numberingXml: string | null, stylesXml: string | null) {
    if (numberingXml) {
      const root = (parser.parse(numberingXml) as X).numbering as X | undefined
      for (const a of (root?.abstractNum as X[] | undefined) ?? []) {
        const levels: Level[] = []
        for (const l of (a.lvl as X[] | undefined) ?? []) {
          levels[Number(l['@ilvl'] ?? 0)] = { start: Number(val(l.start) ?? 1), fmt: val(l.numFmt) ?? 'decimal', text: val(l.lvlText) ?? '' }
        }
        this.abstract.set(String(a['@abstractNumId']), levels)
      }
      for (const n of (root?.num as X[] | undefined) ?? []) {
        const starts = new Map<number, number>()
        for (const o of (n.lvlOverride as X[] | undefined) ?? []) {
          const s = val(o.startOverride)
          if (s !== undefined) starts.set(Number(o['@ilvl'] ?? 0), Number(s))
        }
        this.nums.set(String(n['@numId']), { abstractId: val(n.abstractNumId) ?? '', starts })
      }
    }
    if (stylesXml) {
      const root = (parser.parse(stylesXml) as X).styles as X | undefined
      for (const s of (root?.style as X[] | undefined) ?? []) {
        const numPr = (s.pPr as X | undefined)?.numPr as X | undefined
        const numId = val(numPr?.numId)
        this.styles.set(String(s['@styleId']), {
          num: numId !== undefined ? { numId, ilvl: Number(val(numPr?.ilvl) ?? 0) } : undefined,
          basedOn: val(s.basedOn),
        })
      }
    }
  }

  /** The numbering a paragraph style (or one it is based on) carries. */
  styleNum(styleId: string | undefined): NumRef | undefined {
    for (let id = styleId, depth = 0; id && depth < 20; depth++) {
      const s = this.styles.get(id)
      if (!s) return undefined
      if (s.num) return s.num
      id = s.basedOn
    }
    return undefined
  }

  /** Advances the list and returns the label of this paragraph ('' for bullets or no list). */
  next(ref: NumRef): string {
    if (ref.numId === '0') return ''
    const num = this.nums.get(ref.numId)
    const levels = num ? this.abstract.get(num.abstractId) : undefined
    const lvl = levels?.[ref.ilvl]
    if (!num || !levels || !lvl) return ''
    const c = this.counters.get(ref.numId) ?? []
    const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1
    c[ref.ilvl] = c[ref.ilvl] === undefined ? startOf(ref.ilvl) : c[ref.ilvl] + 1
    for (let i = ref.ilvl + 1; i < c.length; i++) c[i] = undefined as unknown as number
    this.counters.set(ref.numId, c)
    if (lvl.fmt === 'bullet' || lvl.fmt === 'none') return ''
    return lvl.text.replace(/%(\d)/g, (_m, d: string) => {
      const i = Number(d) - 1
      return formatNumber(c[i] ?? startOf(i), levels[i]?.fmt ?? 'decimal')
    })
  }
}

const CN = '〇一二三四五六七八九'
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖'

function chinese(n: number, digits: string, units: [string, string, string]): string {
  if (n <= 0 || n >= 10000) return String(n)
  const parts: string[] = []
  const ds = String(n).split('').map(Number)
  const names = ['', units[0], units[1], units[2]]
  let zero = false
  ds.forEach((d, i) => {
    const pos = ds.length - 1 - i
    if (d === 0) {
      zero = parts.length > 0
      return
    }
    if (zero) parts.push('零')
    zero = false
    parts.push(digits[d] + names[pos])
  })
  let s = parts.join('')
  // 一十二 is said 十二
  if (digits === CN && s.startsWith('一十')) s = s.slice(1)
  return s
}

function letters(n: number): string {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s
  return s
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let s = ''
  for (const [v, r] of table) for (; n >= v; n -= v) s += r
  return s
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return fmt === 'ideographDigital' ? String(n).replace(/\d/g, (d) => CN[Number(d)]) : chinese(n, CN, ['十', '百', '千'])
    case 'chineseLegalSimplified':
      return chinese(n, CN_LEGAL, ['拾', '佰', '仟'])
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n)
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n)
    case 'upperLetter':
      return letters(n)
    case 'lowerLetter':
      return letters(n).toLowerCase()
    case 'upperRoman':
      return roman(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n)
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    default:
      return String(n)
  }
}
