/** CSV by RFC 4180 (with the forms spreadsheets write) and columns found by their English or Chinese header. */
import { describe, expect, it } from 'vitest'
import { parseCsv, readColumns } from '../../shared/panel'

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['1', '2']]],
    ['a,b\r\n1,2\r\n3,4', [['1', '2'], ['3', '4']]],
    ['a,b\r1,2\r', [['1', '2']]],
    ['\ufeffa,b\n1,2', [['1', '2']]],
    ['a,b\n"x,y","say ""hi"""\n', [['x,y', 'say "hi"']]],
    ['a,b\n"two\nlines",2\n', [['two\nlines', '2']]],
    ['a,b\n1,\n,\n', [['1', ''], ['', '']]],
    ['a,b\n\n1,2\n\n', [['1', '2']]],
    ['a,b\n5"8,2', [['5"8', '2']]],
    ['a\n""', [['']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual(rows)
  })

  it('numbers records by the line they start on', () => {
    const t = parseCsv('case,unit\n"A\nB",甲\n\nC,乙\n')
    expect(t.header).toEqual(['case', 'unit'])
    expect(t.rows.map((r) => r.line)).toEqual([2, 5])
  })

  it('refuses a quote that is never closed, naming its line', () => {
    expect(() => parseCsv('a,b\n1,2\n"open,3\n')).toThrow('CSV 第 3 行的引号没有闭合')
  })
})

describe('readColumns', () => {
  const specs = [
    { key: 'case' as const, names: ['case', '案号'], label: 'case（案号）', required: true },
    { key: 'unit' as const, names: ['unit', '执法单位'], label: 'unit（执法单位）', required: true },
    { key: 'type' as const, names: ['type', '案件类型'], label: 'type（案件类型）', required: false },
  ]
  it('finds columns by English or Chinese names, in any order, trimming values', () => {
    const t = parseCsv('执法单位, 案号 ,备注\n 甲局 ,A1,x\n')
    expect(readColumns(t, specs, '评查范围')).toEqual([{ line: 2, values: { unit: '甲局', case: 'A1' } }])
  })
  it('names the missing column and the columns there are', () => {
    expect(() => readColumns(parseCsv('case,单位名称\nA1,甲\n'), specs, '评查范围文件')).toThrow('评查范围文件缺少列 unit（执法单位）；第一行的列为：case、单位名称')
  })
})
