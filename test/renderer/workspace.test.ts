/** View logic of the case workspace and case list (renderer/src/lib), table-driven with real-world case shapes. */
import { describe, expect, it } from 'vitest'
import {
  docOutline,
  findingGroups,
  flatFindings,
  latestDecision,
  latestItemDecision,
  stepIndex,
  evidenceScale,
  scaleBox,
  filterCases,
  reviewerChoice,
  caseWordParts,
  decodeText,
  evidenceLine,
  formatBytes,
  fileKind,
  rubricTitles,
  base64Bytes,
  vetoSummary,
} from '../../renderer/src/lib/workspace'
import { deductionText } from '../../renderer/src/lib/rubric'
import type { CaseDocument, CaseRow, CaseScore, Decision, DocType, Finding } from '../../shared/types'

const doc = (index: number, type: DocType): CaseDocument => ({ id: String(index), index, type, confidence: 1, title: type, parts: [{ file: 'a.pdf', pages: [index + 1] }], lines: [] })
const finding = (id: string, itemId: string, kind: Finding['kind'] = 'missing-field', docTypes: DocType[] = ['行政处罚决定书']): Finding => ({
  id,
  kind,
  itemId,
  docTypes,
  message: id,
  deduction: 1,
  status: 'open',
  evidence: [],
})

describe('docOutline: documents by type in filing order, missing ones as gaps', () => {
  const cases: { name: string; docs: CaseDocument[]; findings: Finding[]; want: string[] }[] = [
    {
      name: '普通程序 missing 陈述申辩笔录 between 告知书 and 决定书',
      docs: [doc(0, '立案审批表'), doc(1, '询问笔录'), doc(2, '询问笔录'), doc(3, '行政处罚事先告知书'), doc(4, '行政处罚决定书'), doc(5, '送达回证')],
      findings: [finding('m1', 'D1', 'missing-document', ['陈述申辩笔录'])],
      want: ['立案审批表', '询问笔录×2', '行政处罚事先告知书', '缺:陈述申辩笔录', '行政处罚决定书', '送达回证'],
    },
    {
      name: 'missing 立案审批表 goes first',
      docs: [doc(0, '现场检查笔录'), doc(1, '行政处罚决定书')],
      findings: [finding('m1', 'D1', 'missing-document', ['立案审批表'])],
      want: ['缺:立案审批表', '现场检查笔录', '行政处罚决定书'],
    },
    {
      name: 'a missing-document finding for a type that is present adds no gap; other kinds never do',
      docs: [doc(0, '行政处罚决定书')],
      findings: [finding('m1', 'D1', 'missing-document', ['行政处罚决定书']), finding('f2', 'D2', 'missing-field', ['送达回证'])],
      want: ['行政处罚决定书'],
    },
    {
      name: 'filed out of canonical order keeps filing order',
      docs: [doc(0, '行政处罚决定书'), doc(1, '询问笔录')],
      findings: [],
      want: ['行政处罚决定书', '询问笔录'],
    },
    { name: 'nothing segmented yet, two gaps', docs: [], findings: [finding('a', 'D', 'missing-document', ['送达回证']), finding('b', 'D', 'missing-document', ['立案审批表'])], want: ['缺:立案审批表', '缺:送达回证'] },
  ]
  for (const c of cases)
    it(c.name, () => {
      const got = docOutline(c.docs, c.findings).map((g) => (g.missing ? `缺:${g.type}` : g.docs.length > 1 ? `${g.type}×${g.docs.length}` : g.type))
      expect(got).toEqual(c.want)
    })
})

describe('findingGroups: by rubric item in rubric order', () => {
  const score = {
    items: [
      { itemId: 'P1', title: '立案', path: ['程序'], points: 5, deducted: 0, score: 5, pending: false },
      { itemId: 'P2', title: '调查取证', path: ['程序'], points: 10, deducted: 2, score: 8, pending: false },
    ],
  } as unknown as CaseScore
  it('orders by CaseScore.items, unknown items last, and flattens for j/k', () => {
    const gs = findingGroups([finding('x', 'Z9'), finding('b', 'P2'), finding('a', 'P1'), finding('c', 'P2')], score)
    expect(gs.map((g) => [g.itemId, g.title, g.findings.map((f) => f.id).join('')])).toEqual([
      ['P1', '立案', 'a'],
      ['P2', '调查取证', 'bc'],
      ['Z9', 'Z9', 'x'],
    ])
    expect(flatFindings(gs).map((f) => f.id)).toEqual(['a', 'b', 'c', 'x'])
  })
  it('works without a score (case not scored yet)', () => {
    expect(findingGroups([finding('a', 'B'), finding('b', 'A')], null).map((g) => g.itemId)).toEqual(['A', 'B'])
  })
  it('shows the machine findings first, then undecided checks, then the manual questions', () => {
    const manual = { ...finding('m', 'P1', 'manual'), status: 'undetermined' as const }
    const unsure = { ...finding('u', 'P2'), status: 'undetermined' as const }
    const found = finding('f', 'Z9')
    expect(findingGroups([manual, unsure, found], score).map((g) => g.itemId)).toEqual(['Z9', 'P2', 'P1'])
  })
})

describe('decisions and keyboard steps', () => {
  const d = (findingId: string | undefined, action: Decision['action'], at: string, itemId?: string): Decision => ({ findingId, itemId, action, reviewer: '李', at })
  const ds = [d('f1', 'accept', '1'), d('f2', 'reject', '2'), d('f1', 'reject', '3'), d(undefined, 'adjust', '4', 'M1')]
  it.each([
    ['f1', 'reject'],
    ['f2', 'reject'],
    ['f3', null],
  ])('latest decision of %s is %s', (id, want) => expect(latestDecision(ds, id)?.action ?? null).toBe(want))
  it('manual item decision', () => expect(latestItemDecision(ds, 'M1')?.action).toBe('adjust'))
  it.each([
    [-1, 5, 1, 0],
    [-1, 5, -1, 4],
    [0, 5, -1, 0],
    [4, 5, 1, 4],
    [2, 5, 1, 3],
    [0, 0, 1, -1],
  ] as const)('from %i of %i step %i → %i', (cur, len, step, want) => expect(stepIndex(cur, len, step)).toBe(want))
})

describe('evidence boxes on the page', () => {
  it.each([
    // A4 text PDF shown 760 px wide: scale 760/595.28
    [{ kind: 'pdf-text' as const, viewportScale: 760 / 595.28 }, 760 / 595.28],
    // the same page scanned, OCR raster at 200 dpi: px → pt → CSS px
    [{ kind: 'pdf-scan' as const, viewportScale: 760 / 595.28, ocrDpi: 200 }, ((760 / 595.28) * 72) / 200],
    // a 2480 px wide JPG scan shown 760 px wide
    [{ kind: 'image' as const, displayWidth: 760, naturalWidth: 2480 }, 760 / 2480],
    [{ kind: 'image' as const, displayWidth: 760, naturalWidth: 0 }, 1],
  ])('scale %o', (src, want) => expect(evidenceScale(src)).toBeCloseTo(want, 9))
  it('pads the scaled box', () => expect(scaleBox({ x: 100, y: 50, w: 200, h: 10 }, 2, 2)).toEqual({ x: 198, y: 98, w: 404, h: 24 }))
})

describe('text sources', () => {
  it('decodes UTF-8 and GB18030 (a GBK 情况说明.txt)', () => {
    expect(decodeText(new TextEncoder().encode('情况说明'))).toBe('情况说明')
    expect(decodeText(new Uint8Array([0xc7, 0xe9, 0xbf, 0xf6, 0xcb, 0xb5, 0xc3, 0xf7]))).toBe('情况说明')
  })
  const lines = ['行政处罚决定书', '当事人：成都同创网络科技有限公司', '罚款人民币壹拾万陆仟元整（106000元）', '']
  it.each([
    [{ line: 2, text: '罚款人民币壹拾万陆仟元整' }, 2],
    [{ text: '成都同创网络科技有限公司' }, 1],
    [{ line: 0, text: '当事人：成都同创' }, 1], // stale line index, text wins
    [{ text: '不存在的引文' }, -1],
  ])('evidence %o is on line %i', (ev, want) => expect(evidenceLine(lines, ev)).toBe(want))
})

describe('case list filter', () => {
  const row = (id: number, o: Partial<CaseRow>): CaseRow => ({ id, folder: `/卷/${id}`, caseNumber: null, agency: null, party: null, status: '待评查', score: null, grade: null, vetoed: false, pending: null, checkedAt: null, ...o })
  const rows = [
    row(1, { caseNumber: '成武市监处罚〔2024〕113号', agency: '武侯区市场监管局', party: '成都同创网络科技有限公司', status: '评查中', pending: 3 }),
    row(2, { caseNumber: '成锦市监处罚〔2024〕7号', agency: '锦江区市场监管局', party: '张三', status: '已完成' }),
    row(3, { agency: '武侯区市场监管局' }),
  ]
  it.each([
    [{ text: '同创', status: null, agency: null, onlyOpen: false }, [1]],
    [{ text: '〔2024〕', status: null, agency: null, onlyOpen: false }, [1, 2]],
    [{ text: '', status: '已完成' as const, agency: null, onlyOpen: false }, [2]],
    [{ text: '', status: null, agency: '武侯区市场监管局', onlyOpen: false }, [1, 3]],
    [{ text: '', status: null, agency: null, onlyOpen: true }, [1]],
    [{ text: '卷/3', status: null, agency: null, onlyOpen: false }, [3]],
  ])('%o', (f, want) => expect(filterCases(rows, f).map((r) => r.id)).toEqual(want))
})

describe('small formatters', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%i bytes → %s', (n, s) => expect(formatBytes(n)).toBe(s))
  it.each([
    ['全卷.PDF', 'pdf'],
    ['扫描件_001.jpg', 'image'],
    ['scan.tif', 'tiff'],
    ['8 情况说明.txt', 'text'],
    ['12_行政处罚决定书.docx', 'docx'],
    ['a.ofd', 'other'],
  ])('%s is %s', (p, k) => expect(fileKind(p)).toBe(k))
  it.each([
    [{ form: 'per-occurrence' as const, each: 1 }, '每处扣 1 分，扣完为止'],
    [{ form: 'per-element' as const, each: 0.5 }, '缺一项扣 0.5 分'],
    [{ form: 'whole' as const }, '扣全分'],
    [{ form: 'range' as const, min: 1, max: 3 }, '视情况扣 1–3 分（评查人决定）'],
  ])('deduction %o', (d, s) => expect(deductionText(d)).toBe(s))
})

describe('rubricTitles: every item id to a readable path, veto and bonus included', () => {
  it('walks sections, veto and bonus', () => {
    const item = (id: string, title: string) => ({ id, title, points: 1, deduction: { form: 'whole' as const }, check: { kind: 'manual' } })
    const r = {
      veto: { effect: 'zero', items: [{ id: 'V1', title: '无执法主体资格', check: { kind: 'manual' } }] },
      sections: [{ id: 'S', title: '调查取证', points: 10, sections: [{ id: 'S1', title: '询问笔录', points: 5, items: [item('I1', '执法人员两名以上')] }], items: [item('I0', '立案及时')] }],
      bonus: { max: 2, items: [item('B1', '自由裁量合理')] },
    } as unknown as import('../../shared/types').Rubric
    expect([...rubricTitles(r).entries()]).toEqual([
      ['V1', '一票否决项 › 无执法主体资格'],
      ['I0', '调查取证 › 立案及时'],
      ['I1', '调查取证 › 询问笔录 › 执法人员两名以上'],
      ['B1', '加分项 › 自由裁量合理'],
    ])
    expect(findingGroups([finding('v', 'V1')], null, rubricTitles(r))[0].title).toBe('一票否决项 › 无执法主体资格')
    expect(rubricTitles(null).size).toBe(0)
  })
})

describe('base64Bytes', () => {
  it.each([
    ['', []],
    ['JVBERg==', [0x25, 0x50, 0x44, 0x46]], // %PDF
    [Buffer.from('评查', 'utf8').toString('base64'), [...Buffer.from('评查', 'utf8')]],
  ])('%s', (b64, want) => expect([...base64Bytes(b64)]).toEqual(want))
})

describe('the veto as a reviewer reads it', () => {
  it('names each item with its title and says what it did to the score', () => {
    const titles = new Map([['V03', '一票否决项 › 调查取证的执法人员不少于二人']])
    expect(vetoSummary({ vetoed: true, vetoItems: ['V03'], total: 0, grade: '不合格' }, titles)).toBe('一票否决：V03 调查取证的执法人员不少于二人。总分计为 0 分，等次为不合格。')
    expect(vetoSummary({ vetoed: false, vetoItems: [], total: 92, grade: '优秀' }, titles)).toBe('')
    // without the rubric's titles the code still shows
    expect(vetoSummary({ vetoed: true, vetoItems: ['V08'], total: 0, grade: '不合格' }, new Map())).toBe('一票否决：V08。总分计为 0 分，等次为不合格。')
  })
})

describe('who decides in a project without a roster', () => {
  it.each([
    // the project's one reviewer named at creation decides without a name in 设置
    [['王五'], '', null, { options: ['王五'], current: '王五' }],
    // several: the name of 设置 when there is one, else nobody until one is chosen
    [['张三', '李四'], '', null, { options: ['张三', '李四'], current: null }],
    [['张三', '李四'], '李四', null, { options: ['张三', '李四'], current: '李四' }],
    [['张三', '李四'], '赵六', null, { options: ['张三', '李四', '赵六'], current: '赵六' }],
    [['张三', '李四'], '', '张三', { options: ['张三', '李四'], current: '张三' }],
    // a choice of another project does not carry over
    [['张三'], '', '李四', { options: ['张三'], current: '张三' }],
    [[], '赵六', null, { options: ['赵六'], current: '赵六' }],
    [[], '', null, { options: [], current: null }],
  ] as const)('%o, 设置 %o, chosen %o', (project, settings, chosen, want) => {
    expect(reviewerChoice(project, settings, chosen)).toEqual(want)
  })
})

describe('the case words in a sentence of the program', () => {
  it('sets quotations and cited file names apart from the rest', () => {
    const text = '罚没款缴款凭证中当事人名称写作“朔州ABC广告有限责任公司”，与决定书不一致（扣1分）；见05_非税收入一般缴款书罚没款.txt 第1页；04_Decision.PDF 第2页'
    const parts = caseWordParts(text)
    expect(parts.filter((p) => p.quoted).map((p) => p.text)).toEqual(['朔州ABC广告有限责任公司', '05_非税收入一般缴款书罚没款.txt', '04_Decision.PDF'])
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(caseWordParts('程序规则 CF-44')).toEqual([{ text: '程序规则 CF-44', quoted: false }])
  })
})
