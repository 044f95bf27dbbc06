/**
 * The validator speaks to the person fixing a rubric: the YAML parser's complaints in Chinese with their column, each
 * error's place named as the rubric reads (第1部分「程序」第2项「立案审批表要素」的扣分方式), the format's words quoted.
 */
import { describe, expect, it } from 'vitest'
import { checkRubricText } from '../../shared/rubric'
import { errorPlaces, placeName } from '../../shared/rubric/place'

const RUBRIC = [
  'id: demo',
  'name: 示例标准',
  'version: "1.0"',
  'sector: 测试',
  'source: 测试用',
  'appliesTo: 行政处罚',
  'total: 10',
  'grades:',
  '  - { name: 合格, min: 6 }',
  '  - { name: 不合格, min: 0 }',
  'veto:',
  '  effect: zero',
  '  items:',
  '    - id: V1',
  '      title: 执法人员不少于二人',
  '      check: { kind: officers, params: { docTypes: [询问笔录], min: 2 } }',
  'sections:',
  '  - id: S1',
  '    title: 程序',
  '    points: 10',
  '    items:',
  '      - id: A1',
  '        title: 七日内送达',
  '        points: 4',
  '        deduction: 扣全分',
  '        check: { kind: deadline, params: { from: 决定, to: 送达, days: 7, unit: working, ruleId: CF-61 } }',
  '      - id: A2',
  '        title: 立案审批表要素',
  '        points: 6',
  '        deduction: 缺一项扣0.5分',
  '        check: { kind: required-fields, params: { docType: 立案审批表, fields: [案由, 当事人] } }',
].join('\n')

const errorsOf = (text: string) => {
  const { validation } = checkRubricText(text, 'demo.yaml')
  const places = errorPlaces(text, validation.errors)
  return validation.errors.map((e, i) => ({ line: e.line, place: places[i], message: e.message }))
}

describe('YAML parser errors in Chinese, with the column', () => {
  it.each([
    ['an unclosed bracket', RUBRIC.replace('docTypes: [询问笔录]', 'docTypes: [询问笔录 '), /^YAML 格式有误（第 \d+ 列）：(?:方括号“\[”没有配对的“\]”|花括号“\{”没有配对的“\}”)/],
    ['an unclosed quotation', RUBRIC.replace('version: "1.0"', 'version: "1.0'), /^YAML 格式有误（第 \d+ 列）：/],
    ['a tab as indentation', RUBRIC.replace('    points: 10', '\tpoints: 10'), /制表符|缩进|对齐/],
    ['a key written twice', RUBRIC.replace("source: 测试用", 'source: 测试用\nsource: 又一次'), /^YAML 格式有误（第 1 列）：同一层中键“source”写了两次$/],
    ['a value starting with a reserved mark', RUBRIC.replace('sector: 测试', 'sector: @测试'), /^YAML 格式有误（第 9 列）：值不能以“@”开头/],
    ['two documents in one file', `${RUBRIC}\n---\nid: other`, /不要用“---”分隔多份/],
  ])('%s', (_, text, message) => {
    const errors = errorsOf(text)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]!.place).toBe('格式')
    expect(errors[0]!.message).toMatch(message)
    for (const e of errors) expect(e.message.replace(/"[^"]*"|“[^”]*”|YAML/g, '')).not.toMatch(/[A-Za-z]/)
  })

  it('an alias without its anchor says so, not that aliases expand too often', () => {
    expect(errorsOf(RUBRIC.replace('source: 测试用', 'source: *nowhere'))[0]!.message).toBe('别名“*nowhere”没有对应的锚点“&nowhere”：锚点须写在别名之前')
  })
})

describe('where an error is, as the rubric reads', () => {
  it.each([
    ['a part’s item’s points', RUBRIC.replace('        points: 6', '        points: 六'), '第1部分「程序」第2项「立案审批表要素」的分值', /^"points" 应为数字，实际为文本 "六"$/],
    ['a check’s parameter', RUBRIC.replace('unit: working', 'unit: month'), '第1部分「程序」第1项「七日内送达」的计日单位', /"natural"（自然日）、"working"（工作日）/],
    ['a check kind', RUBRIC.replace('kind: deadline', 'kind: deadlines'), '第1部分「程序」第1项「七日内送达」的检查类型', /"deadline"（法定期限检查）/],
    ['the veto effect', RUBRIC.replace('effect: zero', 'effect: nullify'), '一票否决项的否决效果', /"zero"（总分为零）、"fail"（评为不合格）、"cap_grade"（封顶等次）/],
    ['a veto item’s parameter', RUBRIC.replace('docTypes: [询问笔录], min: 2', 'docTypes: [询问笔录], minimum: 2'), '一票否决项第1项「执法人员不少于二人」的"minimum"', /^未知字段 "minimum"/],
    ['a grade', RUBRIC.replace('{ name: 不合格, min: 0 }', '{ name: 不合格, min: 1 }'), '第2个等次「不合格」的分数下限', /应为 0/],
    ['a misspelt top-level key', RUBRIC.replace('source: 测试用', 'sourse: 测试用'), '"sourse"', /^未知字段 "sourse"/],
  ])('%s', (_, text, place, message) => {
    const hit = errorsOf(text).find((e) => e.place === place)
    expect(hit, JSON.stringify(errorsOf(text))).toBeDefined()
    expect(hit!.message).toMatch(message)
  })

  it('names the place by number alone when the text cannot be read, and the validator’s own places in Chinese', () => {
    expect(placeName('sections[1].items[2].deduction.each')).toBe('第2部分第3项的每处扣分')
    expect(placeName('sections[0].sections[1].items[0].check.params.documents[2].serves')).toBe('第1部分第2小部分第1项的应备文书第3个·送达的文书')
    expect(placeName('bonus.max')).toBe('加分项的加分上限')
    expect(placeName('（根）')).toBe('整个文件')
    expect(placeName('（YAML 别名）')).toBe('别名')
  })
})
