/** The rubric validator: a valid file parses to the Rubric shape; each defect is reported with file, line and field. */
import { describe, expect, it } from 'vitest'
import { parseRubric, parseWordedDeduction, rubricExamples } from '../../shared/rubric'

// Line numbers matter: the table below points at them.
const BASE = [
  /* 1 */ 'id: demo',
  /* 2 */ 'name: 示例标准',
  /* 3 */ 'version: "1.0"',
  /* 4 */ 'sector: 测试',
  /* 5 */ 'source: 测试用',
  /* 6 */ 'appliesTo: 行政处罚',
  /* 7 */ 'total: 10',
  /* 8 */ 'grades:',
  /* 9 */ '  - { name: 优秀, min: 9 }',
  /* 10 */ '  - { name: 合格, min: 6 }',
  /* 11 */ '  - { name: 不合格, min: 0 }',
  /* 12 */ 'veto:',
  /* 13 */ '  effect: zero',
  /* 14 */ '  items:',
  /* 15 */ '    - id: V1',
  /* 16 */ '      title: 执法人员不少于二人',
  /* 17 */ '      check: { kind: officers, params: { docTypes: [询问笔录], min: 2 } }',
  /* 18 */ 'sections:',
  /* 19 */ '  - id: S1',
  /* 20 */ '    title: 程序',
  /* 21 */ '    points: 10',
  /* 22 */ '    items:',
  /* 23 */ '      - id: A1',
  /* 24 */ '        title: 七日内送达',
  /* 25 */ '        points: 4',
  /* 26 */ '        deduction: 扣全分',
  /* 27 */ '        check: { kind: deadline, params: { from: 决定, to: 送达, days: 7, unit: working, ruleId: CF-61 } }',
  /* 28 */ '        basis: { law: 中华人民共和国行政处罚法, provision: 第六十一条第一款, ruleId: CF-61 }',
  /* 29 */ '      - id: A2',
  /* 30 */ '        title: 立案审批表要素',
  /* 31 */ '        points: 6',
  /* 32 */ '        deduction: 缺一项扣0.5分',
  /* 33 */ '        check: { kind: required-fields, params: { docType: 立案审批表, fields: [案由, 当事人] } }',
]

/** BASE with lines replaced (1-based line → new text; null deletes the line, which shifts later lines). */
function variant(changes: Record<number, string | null> = {}, extra: string[] = []): string {
  return [...BASE.flatMap((l, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1]!]) : [l])), ...extra].join('\n')
}

describe('parseRubric: a valid file', () => {
  it('parses to the Rubric shape', () => {
    const { rubric, validation } = parseRubric(variant(), 'demo.yaml')
    expect(validation).toEqual({ ok: true, errors: [] })
    expect(rubric).toMatchObject({
      id: 'demo',
      version: '1.0',
      appliesTo: '行政处罚',
      veto: { effect: 'zero', items: [{ id: 'V1', check: { kind: 'officers', params: { docTypes: ['询问笔录'], min: 2 } } }] },
      sections: [{ id: 'S1', points: 10, items: [{ id: 'A1', deduction: { form: 'whole' } }, { id: 'A2', deduction: { form: 'per-element', each: 0.5 } }] }],
      grades: [{ name: '优秀', min: 9 }, { name: '合格', min: 6 }, { name: '不合格', min: 0 }],
    })
  })

  it('accepts a numeric version and nested sections', () => {
    const text = [
      ...BASE.slice(0, 2),
      'version: 2',
      ...BASE.slice(3, 17),
      'sections:',
      '  - id: S0',
      '    title: 内容标准',
      '    points: 10',
      '    sections:',
      '      - id: S1',
      '        title: 送达',
      '        points: 10',
      '        items:',
      '          - { id: A1, title: 七日内送达, points: 10, deduction: 扣全分, check: { kind: deadline, params: { from: 决定, to: 送达, days: 7, unit: working, ruleId: CF-61 } } }',
    ].join('\n')
    const { rubric, validation } = parseRubric(text, 'nested.yaml')
    expect(validation.errors).toEqual([])
    expect(rubric?.version).toBe('2')
    expect(rubric?.sections[0]?.sections?.[0]?.items?.map((i) => i.id)).toEqual(['A1'])
  })
})

interface Bad {
  name: string
  text: string
  line: number | null
  field: string
  message: RegExp
}

const bad: Bad[] = [
  { name: 'YAML syntax error', text: variant({ 17: '      check: { kind: officers, params: { docTypes: [询问笔录 }' }), line: 17, field: '（YAML 语法）', message: /./ },
  { name: 'duplicate key', text: variant({ 25: '        points: 4\n        points: 5' }), line: 26, field: '（YAML 语法）', message: /^YAML 格式有误（第 9 列）：同一层中键“points”写了两次$/ },
  { name: 'unknown check kind', text: variant({ 27: '        check: { kind: deadlines, params: {} }' }), line: 27, field: 'sections[0].items[0].check.kind', message: /检查类型.*deadlines/ },
  { name: 'unknown parameter of a kind', text: variant({ 17: '      check: { kind: officers, params: { docTypes: [询问笔录], minimum: 2 } }' }), line: 17, field: 'veto.items[0].check.params.minimum', message: /未知字段/ },
  { name: 'missing required parameter', text: variant({ 27: '        check: { kind: deadline, params: { from: 决定, to: 送达, days: 7, ruleId: CF-61 } }' }), line: 27, field: 'sections[0].items[0].check.params.unit', message: /unit/ },
  { name: 'unknown document type', text: variant({ 33: '        check: { kind: required-fields, params: { docType: 立案审批单, fields: [案由] } }' }), line: 33, field: 'sections[0].items[1].check.params.docType', message: /文书类型.*立案审批单/ },
  { name: 'serves on a document other than a 送达回证', text: variant({ 33: '        check: { kind: required-documents, params: { documents: [{ type: 结案报告, serves: 行政处罚决定书 }] } }' }), line: 33, field: 'sections[0].items[1].check.params.documents[0].serves', message: /只用于送达回证/ },
  { name: 'serves an unknown document type', text: variant({ 33: '        check: { kind: required-documents, params: { documents: [{ type: 送达回证, serves: 处罚书 }] } }' }), line: 33, field: 'sections[0].items[1].check.params.documents[0].serves', message: /文书类型.*处罚书/ },
  { name: 'unknown date role', text: variant({ 27: '        check: { kind: deadline, params: { from: 作出决定, to: 送达, days: 7, unit: working, ruleId: CF-61 } }' }), line: 27, field: 'sections[0].items[0].check.params.from', message: /日期角色/ },
  { name: 'non-integer days', text: variant({ 27: '        check: { kind: deadline, params: { from: 决定, to: 送达, days: 7.5, unit: working, ruleId: CF-61 } }' }), line: 27, field: 'sections[0].items[0].check.params.days', message: /整数/ },
  { name: 'unknown procedure-rule id', text: variant({ 28: '        basis: { law: 中华人民共和国行政处罚法, ruleId: CF-610 }' }), line: 28, field: 'sections[0].items[0].basis.ruleId', message: /CF-610/ },
  { name: 'law title with book-title marks', text: variant({ 28: '        basis: { law: 《中华人民共和国行政处罚法》 }' }), line: 28, field: 'sections[0].items[0].basis.law', message: /书名号/ },
  { name: 'provision not in 第X条 form', text: variant({ 28: '        basis: { law: 中华人民共和国行政处罚法, provision: 61条 }' }), line: 28, field: 'sections[0].items[0].basis.provision', message: /应以“第某条”开头/ },
  { name: 'children do not add up to the section', text: variant({ 31: '        points: 5' }), line: 21, field: 'sections[0].points', message: /10.*9/ },
  { name: 'sections do not add up to the total', text: variant({ 7: 'total: 20', 9: '  - { name: 优秀, min: 18 }' }), line: 7, field: 'total', message: /10.*20/ },
  { name: 'duplicate id', text: variant({ 29: '      - id: A1' }), line: 29, field: 'sections[0].items[1].id', message: /重复/ },
  { name: 'veto id reused by an item', text: variant({ 23: '      - id: V1' }), line: 23, field: 'sections[0].items[0].id', message: /重复/ },
  { name: 'unreadable worded deduction', text: variant({ 26: '        deduction: 扣一些分' }), line: 26, field: 'sections[0].items[0].deduction', message: /看不懂/ },
  { name: 'per-occurrence larger than the item', text: variant({ 26: '        deduction: 每处扣5分' }), line: 26, field: 'sections[0].items[0].deduction', message: /超过本项分值/ },
  { name: 'range above the item', text: variant({ 26: '        deduction: { form: range, min: 1, max: 8 }' }), line: 26, field: 'sections[0].items[0].deduction', message: /上限 8/ },
  { name: 'range upside down', text: variant({ 26: '        deduction: 视情况扣3-1分' }), line: 26, field: 'sections[0].items[0].deduction', message: /上限小于下限/ },
  { name: 'per-element without each', text: variant({ 32: '        deduction: { form: per-element }' }), line: 32, field: 'sections[0].items[1].deduction.each', message: /each/ },
  { name: 'unknown deduction form', text: variant({ 32: '        deduction: { form: per-page, each: 1 }' }), line: 32, field: 'sections[0].items[1].deduction.form', message: /per-page/ },
  { name: 'missing deduction', text: variant({ 32: null }), line: 29, field: 'sections[0].items[1].deduction', message: /缺少扣分方式/ },
  { name: 'grades not descending', text: variant({ 10: '  - { name: 合格, min: 9.5 }' }), line: 10, field: 'grades[1].min', message: /从高到低/ },
  { name: 'lowest grade not at 0', text: variant({ 11: '  - { name: 不合格, min: 1 }' }), line: 11, field: 'grades[2].min', message: /应为 0/ },
  { name: 'unknown veto effect', text: variant({ 13: '  effect: nullify' }), line: 13, field: 'veto.effect', message: /否决效果/ },
  { name: 'cap_grade without capGrade', text: variant({ 13: '  effect: cap_grade' }), line: 13, field: 'veto.capGrade', message: /capGrade/ },
  { name: 'capGrade not a band', text: variant({ 13: '  effect: cap_grade\n  capGrade: 良好' }), line: 14, field: 'veto.capGrade', message: /良好/ },
  { name: 'appliesTo outside 行政处罚/行政许可', text: variant({ 6: 'appliesTo: 行政强制' }), line: 6, field: 'appliesTo', message: /行政强制/ },
  { name: 'misspelt top-level key', text: variant({ 5: 'sourse: 测试用' }), line: 5, field: 'sourse', message: /未知字段/ },
  { name: 'missing required top-level field', text: variant({ 2: null }), line: 1, field: 'name', message: /缺少必填字段/ },
  { name: 'orInstead naming the same document', text: variant({ 33: '        check: { kind: required-fields, params: { docType: 立案审批表, fields: [案由], orInstead: { docType: 立案审批表, fields: [案由] } } }' }), line: 33, field: 'sections[0].items[1].check.params.orInstead.docType', message: /与 docType 相同/ },
  { name: 'orInstead without its fields', text: variant({ 33: '        check: { kind: required-fields, params: { docType: 行政处罚决定书, fields: [救济途径], orInstead: { docType: 不予行政处罚决定书 } } }' }), line: 33, field: 'sections[0].items[1].check.params.orInstead.fields', message: /fields/ },
  { name: 'condition with an unknown key', text: variant({ 33: '        check: { kind: required-fields, params: { docType: 立案审批表, fields: [案由], when: { fine: 1000 } } }' }), line: 33, field: 'sections[0].items[1].check.params.when.fine', message: /未知字段/ },
  { name: 'an unsure document condition without its reason', text: variant({ 27: '        check: { kind: required-documents, params: { documents: [{ type: 罚没款缴款凭证, unsureWhen: { procedure: [简易程序] } }] } }' }), line: 27, field: 'sections[0].items[0].check.params.documents[0].unsureWhy', message: /unsureWhy/ },
  { name: 'date-order leeway in months', text: variant({ 27: '        check: { kind: date-order, params: { pairs: [{ before: 立案, after: 询问开始, leeway: { days: 7, unit: month, ruleId: HB10-22/24 } }] } }' }), line: 27, field: 'sections[0].items[0].check.params.pairs[0].leeway.unit', message: /计日单位/ },
  { name: 'a sector\'s limit in weeks', text: variant({ 27: '        check: { kind: deadline, params: { from: 违法行为发生, to: 案件来源, days: 730, unit: natural, ruleId: CF-36, sectorTerms: [{ agencies: [税务], days: 5, unit: week, law: 中华人民共和国税收征收管理法, provision: 第八十六条 }] } }' }), line: 27, field: 'sections[0].items[0].check.params.sectorTerms[0].unit', message: /计日单位/ },
  { name: 'a sector\'s limit without its law', text: variant({ 27: '        check: { kind: deadline, params: { from: 违法行为发生, to: 案件来源, days: 730, unit: natural, ruleId: CF-36, sectorTerms: [{ agencies: [税务], days: 5, unit: year }] } }' }), line: 27, field: 'sections[0].items[0].check.params.sectorTerms[0].law', message: /law/ },
  { name: 'a sector\'s limit with an unquoted or misordered time', text: variant({ 27: '        check: { kind: deadline, params: { from: 立案, to: 决定, days: 90, unit: natural, ruleId: CF-60, sectorTerms: [{ agencies: [自然资源], days: 60, unit: natural, law: 自然资源行政处罚办法, provision: 第三十二条, filedFrom: "2024-05-01", filedBefore: "2020-03-20" }] } }' }), line: 27, field: 'sections[0].items[0].check.params.sectorTerms[0].filedBefore', message: /晚于/ },
  { name: 'the old name longerFor', text: variant({ 27: '        check: { kind: deadline, params: { from: 违法行为发生, to: 案件来源, days: 730, unit: natural, ruleId: CF-36, longerFor: [{ agencies: [税务], days: 5, unit: year, law: 中华人民共和国税收征收管理法, provision: 第八十六条 }] } }' }), line: 27, field: 'sections[0].items[0].check.params.longerFor', message: /sectorTerms/ },
  { name: 'a within pair naming no document type', text: variant({ 27: '        check: { kind: date-order, params: { pairs: [{ before: 案件来源, after: 立案, within: 立案表格 }] } }' }), line: 27, field: 'sections[0].items[0].check.params.pairs[0].within', message: /文书类型|立案表格/ },
  { name: 'date-order leeway without its rule', text: variant({ 27: '        check: { kind: date-order, params: { pairs: [{ before: 立案, after: 询问开始, leeway: { days: 7, unit: working } }] } }' }), line: 27, field: 'sections[0].items[0].check.params.pairs[0].leeway.ruleId', message: /ruleId/ },
  { name: 'date-order pair with itself', text: variant({ 27: '        check: { kind: date-order, params: { pairs: [{ before: 告知, after: 告知 }] } }' }), line: 27, field: 'sections[0].items[0].check.params.pairs[0]', message: /两个不同/ },
  { name: 'keptEvidence with a step of a role beside it', text: variant({ 27: '        check: { kind: deadline, params: { keptEvidence: true, from: 立案, days: 7, unit: working, ruleId: CF-56 } }' }), line: 27, field: 'sections[0].items[0].check.params.from', message: /from/ },
  { name: 'notCounted on a period in working days', text: variant({ 27: '        check: { kind: deadline, params: { from: 决定, to: 送达, days: 7, unit: working, notCounted: [检测], ruleId: CF-61 } }' }), line: 27, field: 'sections[0].items[0].check.params.notCounted', message: /自然日/ },
  { name: 'notCounted naming no step', text: variant({ 27: '        check: { kind: deadline, params: { from: 立案, to: 决定, days: 90, unit: natural, notCounted: [x], ruleId: CF-60 } }' }), line: 27, field: 'sections[0].items[0].check.params.notCounted[0]', message: /汉字/ },
  { name: 'extendedDays without extendedBy', text: variant({ 27: '        check: { kind: deadline, params: { from: 立案, to: 决定, days: 90, unit: natural, extendedDays: 30, ruleId: CF-60 } }' }), line: 27, field: 'sections[0].items[0].check.params.extendedDays', message: /extendedBy/ },
  { name: 'a stated term counted in working days', text: variant({ 27: '        check: { kind: deadline, params: { term: [行政强制措施决定书], days: 30, unit: working, ruleId: QZ-25 } }' }), line: 27, field: 'sections[0].items[0].check.params.unit', message: /计日单位/ },
  { name: 'a stated term with a step date', text: variant({ 27: '        check: { kind: deadline, params: { term: [行政强制措施决定书], days: 30, unit: natural, ruleId: QZ-25, from: 决定 } }' }), line: 27, field: 'sections[0].items[0].check.params.from', message: /未知字段/ },
  { name: 'a stated term in no document type', text: variant({ 27: '        check: { kind: deadline, params: { term: [扣押单], days: 30, unit: natural, ruleId: QZ-25 } }' }), line: 27, field: 'sections[0].items[0].check.params.term[0]', message: /扣押单/ },
  { name: 'an agency condition with no words', text: variant({ 27: '        check: { kind: required-documents, params: { documents: [{ type: 结案报告, unsureWhen: { agencyIs: [] }, unsureWhy: 公安 } ] } }' }), line: 27, field: 'sections[0].items[0].check.params.documents[0].unsureWhen.agencyIs', message: /agencyIs/ },
  { name: 'remedy periods with a day count', text: variant({ 27: '        check: { kind: deadline, params: { remedy: [行政处罚决定书], days: 60 } }' }), line: 27, field: 'sections[0].items[0].check.params.days', message: /未知字段/ },
  { name: 'manual without a question', text: variant({ 17: '      check: { kind: manual }' }), line: 17, field: 'veto.items[0].check.params.question', message: /question/ },
  { name: 'unknown consistency fact', text: variant({ 33: '        check: { kind: consistency, params: { facts: [address] } }' }), line: 33, field: 'sections[0].items[1].check.params.facts[0]', message: /一致性事实/ },
  { name: 'bonus item above the bonus cap', text: variant({}, ['bonus:', '  max: 2', '  items:', '    - { id: X1, title: 加分, points: 3, check: { kind: manual, params: { question: 是否？ } } }']), line: 37, field: 'bonus.items[0].points', message: /加分上限/ },
  { name: 'example expecting an item that does not exist', text: variant({}, ['examples:', '  - name: 样例', '    documents: [{ type: 行政处罚决定书 }]', '    expect: { findings: [{ item: A9 }] }']), line: 37, field: 'examples[0].expect.findings[0].item', message: /A9/ },
  { name: 'example with a malformed date', text: variant({}, ['examples:', '  - name: 样例', '    documents: [{ type: 送达回证, dates: { 送达: 2024/4/1 } }]', '    expect: { clean: [A1] }']), line: 36, field: 'examples[0].documents[0].dates.送达', message: /日期应写成/ },
]

describe('parseRubric: defects are reported with line and field', () => {
  it.each(bad)('$name', (row) => {
    const { rubric, validation } = parseRubric(row.text, 'demo.yaml')
    expect(validation.ok).toBe(false)
    expect(rubric).toBeNull()
    const hit = validation.errors.find((e) => e.field === row.field)
    expect(hit, `errors were: ${validation.errors.map((e) => `${e.line} ${e.field} ${e.message}`).join(' | ')}`).toBeDefined()
    expect(hit!.file).toBe('demo.yaml')
    expect(hit!.line).toBe(row.line)
    expect(hit!.message).toMatch(row.message)
  })

  it('reports every defect, not only the first', () => {
    const { validation } = parseRubric(variant({ 26: '        deduction: 扣一些分', 33: '        check: { kind: nope }', 13: '  effect: nullify' }), 'demo.yaml')
    expect(validation.errors.map((e) => e.line).sort((a, b) => a! - b!)).toEqual([13, 26, 33])
  })
})

describe('worded deductions (the standards’ own words)', () => {
  it.each([
    ['每处扣1分', { form: 'per-occurrence', each: 1 }],
    ['每发现一处扣3分，扣完为止', { form: 'per-occurrence', each: 3 }],
    ['每项扣1分', { form: 'per-occurrence', each: 1 }],
    ['错一处扣1分', { form: 'per-occurrence', each: 1 }],
    ['缺一项扣0.5分', { form: 'per-element', each: 0.5 }],
    ['缺一项扣0.5分，扣完为止', { form: 'per-element', each: 0.5 }],
    ['扣全分', { form: 'whole' }],
    ['视情况扣1-5分', { form: 'range', min: 1, max: 5 }],
    ['扣5～15分', { form: 'range', min: 5, max: 15 }],
    ['酌情扣1至3分', { form: 'range', min: 1, max: 3 }],
    ['扣一些分', null],
    ['每处扣分', null],
  ])('%s', (text, expected) => expect(parseWordedDeduction(text)).toEqual(expected))
})

describe('rubricExamples', () => {
  const text = variant({}, [
    'examples:',
    '  - name: 超期送达',
    '    documents:',
    '      - type: 行政处罚决定书',
    '        caseNumber: 沪市监处罚〔2024〕12号',
    '        party: { name: 上海某贸易有限公司, creditCode: 91310000MA1FL0XX1X }',
    '        dates: { 决定: 2024-04-01 }',
    '        amounts: { 罚款: 50000 }',
    '        officers: [张明 31010012345, 李华]',
    '        citations: [{ law: 中华人民共和国食品安全法, article: 124, paragraph: 1, role: penalty }]',
    '        fields: { 履行方式: 银行缴款 }',
    '        signed: true',
    '      - type: 送达回证',
    '        dates: { 送达: [2024-04-15, 2024-04-16T10:30] }',
    '    expect:',
    '      findings: [{ item: A1, kind: deadline, status: open }]',
    '      clean: [V1]',
  ])

  it('expands the compact form to CaseFacts', () => {
    expect(parseRubric(text, 'demo.yaml').validation.errors).toEqual([])
    const [ex] = rubricExamples(text)
    expect(ex!.name).toBe('超期送达')
    expect(ex!.facts.procedure).toBe('普通程序')
    expect(ex!.facts.caseNumber).toBe('沪市监处罚〔2024〕12号')
    expect(ex!.facts.party).toBe('上海某贸易有限公司')
    const [decision, service] = ex!.facts.documents
    expect(decision!.docType).toBe('行政处罚决定书')
    expect(decision!.caseNumbers[0]).toMatchObject({ prefix: '沪市监处罚', year: 2024, serial: 12, own: true })
    expect(decision!.parties[0]).toMatchObject({ name: '上海某贸易有限公司', kind: 'organization', creditCode: '91310000MA1FL0XX1X' })
    expect(decision!.dates[0]).toMatchObject({ iso: '2024-04-01', role: '决定', precision: 'day' })
    expect(decision!.amounts[0]).toMatchObject({ yuan: 50000, role: '罚款' })
    expect(decision!.officers).toMatchObject([{ name: '张明', certNo: '31010012345' }, { name: '李华' }])
    expect(decision!.officers[1]!.certNo).toBeUndefined()
    expect(decision!.citations[0]).toMatchObject({ law: '中华人民共和国食品安全法', article: 124, paragraph: 1, role: 'penalty' })
    expect(decision!.fields[0]).toMatchObject({ label: '履行方式', value: '银行缴款' })
    expect(decision!.signatures).toHaveLength(1)
    expect(service!.dates.map((d) => [d.iso, d.precision])).toEqual([
      ['2024-04-15', 'day'],
      ['2024-04-16T10:30', 'minute'],
    ])
    expect(ex!.expect).toEqual({ findings: [{ itemId: 'A1', kind: 'deadline', status: 'open' }], clean: ['V1'] })
  })

  it('returns no examples for a rubric without them, and throws on malformed ones', () => {
    expect(rubricExamples(variant())).toEqual([])
    expect(() => rubricExamples(variant({}, ['examples:', '  - name: 坏样例', '    documents: [{ type: 不存在的文书 }]', '    expect: { clean: [A1] }']))).toThrow(/文书类型/)
  })
})
