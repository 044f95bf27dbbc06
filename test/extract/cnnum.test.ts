import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseAnyInt, parseCnInt, parseDecimal, parseMoney, parseYear } from '../../shared/extract/cnnum'

describe('Chinese integers', () => {
  it.each([
    ['一百二十四', 124], ['十二', 12], ['十', 10], ['二十', 20], ['一千零五', 1005], ['两千', 2000], ['六万八千三百', 68300],
    ['一亿零三百万', 103000000], ['伍万', 50000], ['壹佰贰拾叁', 123], ['三万五', 35000], ['两千五', 2500], ['一百零五', 105],
    ['一百一十', 110], ['十万', 100000], ['二十万', 200000], ['一百五十万', 1500000], ['九十九', 99], ['一千', 1000],
    ['三千七百四十五', 3745], ['拾', 10], ['叁万柒仟肆佰伍拾', 37450], ['四十六', 46], ['一百三十四', 134], ['１２', 12],
  ] as const)('%s → %d', (s, v) => expect(parseCnInt(s)).toBe(v))

  it.each(['', 'abc', '二四', '十百', '元'])('%s is not a positional numeral', (s) => expect(parseCnInt(s)).toBeNull())
})

describe('years and digit runs', () => {
  it.each([
    ['二〇二四', 2024], ['二零二四', 2024], ['二○二四', 2024], ['二O二四', 2024], ['2024', 2024], ['一九九八', 1998], ['２０２３', 2023],
  ] as const)('%s → %d', (s, v) => expect(parseYear(s)).toBe(v))
  it.each(['二四', '三〇二四', '12345', '两〇二四'])('%s is not a year', (s) => expect(parseYear(s)).toBeNull())
  it('digit-by-digit when there is no unit', () => expect(parseAnyInt('二〇二四')).toBe(2024))
})

describe('money', () => {
  it.each([
    ['伍万元整', 50000], ['人民币伍万元整', 50000], ['50000元', 50000], ['5万元', 50000], ['5.00万元', 50000], ['3650.50元', 3650.5],
    ['壹佰贰拾叁元肆角伍分', 123.45], ['人民币叁万柒仟肆佰伍拾元', 37450], ['三千元', 3000], ['5,000元', 5000], ['￥5,000.00', 5000],
    ['867元', 867], ['27万元', 270000], ['86.4万元', 864000], ['壹拾贰万元整', 120000], ['人民币壹万陆仟元整', 16000], ['伍角', 0.5],
    ['贰元零伍分', 2.05], ['十万元', 100000], ['一百万元', 1000000], ['人民币4500元', 4500], ['两千元', 2000], ['伍仟元正', 5000],
  ] as const)('%s → %d', (s, v) => expect(parseMoney(s)).toBe(v))
  it.each(['', '元', '人民币', 'abc元'])('%s is not money', (s) => expect(parseMoney(s)).toBeNull())
  it('decimals with 点', () => expect(parseDecimal('三点一四')).toBe(3.14))
})

describe('parsers never throw', () => {
  const any = fc.string({ unit: fc.constantFrom(...'零〇○O一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟元角分整点.,0123456789人民币 年月日'.split('')), maxLength: 30 })
  it('on numeral-like strings', () => {
    fc.assert(fc.property(any, (s) => {
      for (const f of [parseCnInt, parseMoney, parseYear, parseAnyInt, parseDecimal]) {
        const v = f(s)
        expect(v === null || Number.isFinite(v)).toBe(true)
      }
    }), { numRuns: 2000 })
  })
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseCnInt(s); parseMoney(s); parseYear(s); parseDecimal(s) }), { numRuns: 1000 })
  })
})
