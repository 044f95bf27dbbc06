import { describe, it, expect } from 'vitest'
import type { Rubric, RubricItem } from '../../shared/types'
import { checkCase, KINDS } from '../../shared/check'
import { CHECK_KIND_NAMES } from '../../shared/check/kinds'
import { lawfulCase, run, rubricOf, LAWS, CALENDAR } from './build'
import { expectItem } from './expect'

const item = (id: string, check: RubricItem['check'], deduction: RubricItem['deduction'] = { form: 'per-occurrence', each: 1 }, points = 4): RubricItem => ({ id, title: id, points, deduction, check })

const LATE = { kind: 'deadline', params: { from: '决定', to: '送达', days: 7, unit: 'working', ruleId: 'CF-61' } }
const ONE_OFFICER = { kind: 'officers', params: { docTypes: ['现场检查笔录', '询问笔录'] } }

function rubric(): Rubric {
  return {
    id: 'r',
    name: '测试标准',
    version: '1',
    sector: '市场监管',
    source: 'test',
    appliesTo: '行政处罚',
    veto: { effect: 'zero', items: [{ id: 'V-1', title: '执法人员不少于两人', check: ONE_OFFICER }] },
    sections: [
      {
        id: 'S1',
        title: '程序',
        points: 60,
        sections: [{ id: 'S1.1', title: '送达', points: 10, items: [item('P-1', LATE, { form: 'whole' }, 10)] }],
        items: [item('P-2', ONE_OFFICER, { form: 'range', min: 1, max: 5 }, 5), item('P-3', { kind: 'manual', params: { question: '证据是否充分' } })],
      },
    ],
    bonus: { max: 5, items: [item('B-1', { kind: 'manual', params: { question: '执法手段是否丰富' } }, { form: 'whole' }, 2)] },
    grades: [{ name: '合格', min: 60 }],
    total: 100,
  }
}

function defective() {
  const c = lawfulCase({ dates: { service: '2024-04-25' } })
  c.get('现场检查笔录').facts.officers.pop()
  c.get('询问笔录').facts.officers.pop()
  return c.build()
}

describe('checkCase', () => {
  it('every kind of the catalogue is implemented', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CHECK_KIND_NAMES].sort())
  })

  it('walks veto items, each section’s items then its subsections, and bonus items, one result per item', () => {
    const { facts, documents } = defective()
    const out = checkCase(facts, documents, rubric(), { laws: LAWS, calendar: CALENDAR })
    expect(out.items.map((i) => [i.itemId, i.status])).toEqual([
      ['V-1', 'fail'],
      ['P-2', 'fail'],
      ['P-3', 'manual'],
      ['P-1', 'fail'],
      ['B-1', 'manual'],
    ])
    const byItem = (id: string) => out.findings.filter((f) => f.itemId === id)
    // Veto findings carry veto and propose no points; the scorer applies the veto.
    expect(byItem('V-1').map((f) => [f.veto, f.deduction])).toEqual([[true, 0], [true, 0]])
    // whole: the item's points.
    expect(byItem('P-1').map((f) => f.deduction)).toEqual([10])
    // range: the low end, with the range for the reviewer.
    expect(byItem('P-2').map((f) => [f.deduction, f.deductionRange])).toEqual([[1, [1, 5]], [1, [1, 5]]])
    // manual: deduction 0, nothing decided.
    expect(byItem('P-3').map((f) => [f.kind, f.deduction, f.status])).toEqual([['manual', 0, 'undetermined']])
    expect(byItem('B-1').map((f) => [f.kind, f.deduction])).toEqual([['manual', 0]])
    for (const r of out.items) expect(r.findingIds).toEqual(out.findings.filter((f) => f.itemId === r.itemId).map((f) => f.id))
  })

  it('finding ids are stable across re-checks and unique within a case', () => {
    const a = defective()
    const b = defective()
    const x = checkCase(a.facts, a.documents, rubric(), { laws: LAWS, calendar: CALENDAR })
    const y = checkCase(b.facts, b.documents, rubric(), { laws: LAWS, calendar: CALENDAR })
    expect(x.findings.map((f) => f.id)).toEqual(y.findings.map((f) => f.id))
    expect(new Set(x.findings.map((f) => f.id)).size).toBe(x.findings.length)
    for (const f of x.findings) expect(f.id).toMatch(/^[A-Z0-9.-]+:[a-z-]+:[0-9a-z]{12}(?:-\d+)?$/)
  })

  it('per-occurrence deducts each occurrence; the scorer caps at the item', () => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.doc.lines[3].text = '执法人员：王晓明'
    d.doc.lines[4].text = '执法人员：李建国'
    for (const o of d.facts.officers) o.certNo = undefined
    d.facts.officers[0].evidence = d.ev(3)
    d.facts.officers[1].evidence = d.ev(4)
    const out = run(c, { kind: 'officers', params: { docTypes: ['现场检查笔录'] } }, {}, { form: 'per-occurrence', each: 1.5 })
    expectItem(out, 'fail', [{ kind: 'officers', deduction: 3 }])
  })

  it('undetermined findings deduct nothing', () => {
    const c = lawfulCase()
    c.get('送达回证').facts.dates = []
    expectItem(run(c, LATE, {}, { form: 'whole' }), 'undetermined', [{ kind: 'deadline', status: 'undetermined', deduction: 0 }])
  })

  it('an unknown kind asks for a reviewer instead of passing', () => {
    expectItem(run(lawfulCase(), { kind: 'no-such-kind', params: {} }), 'manual', [{ kind: 'manual', status: 'undetermined', message: '检查类型“no-such-kind”不存在，本项须人工评查' }])
  })

  it('a kind that throws is undetermined, never a pass', () => {
    const out = run(lawfulCase(), { kind: 'date-order', params: { pairs: null } as never })
    expect(out.items[0].status).toBe('not-applicable')
    const bad = run(lawfulCase(), { kind: 'date-order', params: { pairs: [null] } as never })
    expectItem(bad, 'undetermined', [{ kind: 'date-order', status: 'undetermined', message: /^检查未能完成/ }])
  })

  it('works on facts without segmented documents (rubric examples)', () => {
    const { facts } = defective()
    const out = checkCase(facts, [], rubric(), { laws: LAWS, calendar: CALENDAR })
    expect(out.items.map((i) => i.status)).toEqual(['fail', 'fail', 'manual', 'fail', 'manual'])
    for (const f of out.findings) expect(f.evidence.length).toBeGreaterThan(0)
  })
})

describe('signatures and manual', () => {
  const S = { kind: 'signatures', params: { docTypes: ['送达回证', '询问笔录'] } }
  it('signature markers present: pass', () => expectItem(run(lawfulCase(), S), 'pass', []))
  it('a signature line with a name counts though no marker was read', () => {
    const c = lawfulCase()
    c.get('询问笔录').facts.signatures = []
    expectItem(run(c, S), 'pass', [])
  })
  it('a blank signature box: to verify', () => {
    const c = lawfulCase()
    c.get('送达回证').facts.fields.find((f) => f.label === '受送达人签名或盖章')!.value = ''
    expectItem(run(c, S), 'fail', [{ kind: 'missing-field', status: 'verify', message: '送达回证的“受送达人签名或盖章”一栏空白，请核对是否签名或盖章', field: '受送达人签名或盖章' }])
  })
  it('…but not the party\'s box on service by post: the post\'s receipt stands for it', () => {
    const c = lawfulCase()
    const d = c.get('送达回证')
    d.facts.fields.find((f) => f.label === '受送达人签名或盖章')!.value = ''
    d.line('送达方式：□直接送达　□留置送达　☑邮寄送达（EMS 1186543209712）')
    expectItem(run(c, S), 'pass', [])
  })
  it('no marker at all: undetermined', () => {
    const c = lawfulCase()
    const q = c.get('询问笔录')
    q.facts.signatures = []
    q.facts.fields = []
    q.doc.lines.splice(1)
    q.line('问：你单位是否销售过期食品？').line('答：是的。').line('（以下空白）')
    expectItem(run(c, S), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: '询问笔录未见签名或盖章标记，文字无法判断是否已签名盖章，请人工核对' }])
  })
  it('the closing block of a record (被询问人：陈立    询问人：王晓明) counts as signed', () => {
    const c = lawfulCase()
    const q = c.get('询问笔录')
    q.facts.signatures = []
    q.doc.lines[5].text = '以上笔录我已看过，与我说的一致。'
    q.line('被询问人：陈立    询问人：王晓明、李建国')
    expectItem(run(c, S), 'pass', [])
  })
  it('manual: one finding for the reviewer, pointing to the document asked about', () => {
    const [f] = expectItem(run(lawfulCase(), { kind: 'manual', params: { question: '证据是否确实充分' } }, { docTypes: ['案件调查终结报告'] }), 'manual', [
      { kind: 'manual', status: 'undetermined', message: '须人工评查：证据是否确实充分', deduction: 0, docTypes: ['案件调查终结报告'] },
    ])
    expect(f.evidence[0].file).toBe('06-案件调查终结报告.pdf')
  })
})

describe('checkCase: a standard applies to its kind of file only', () => {
  it('a 行政处罚 standard on a 行政许可 file: every item not applicable, no finding', () => {
    const c = lawfulCase({ procedure: '行政许可' })
    c.drop('行政处罚决定书')
    const out = run(c, { kind: 'required-documents', params: { documents: [{ type: '行政处罚决定书' }] } })
    expect(out.findings).toEqual([])
    expect(out.items).toEqual([{ itemId: 'I-1', status: 'not-applicable', reason: '本标准适用于行政处罚案卷，本案为行政许可案卷', findingIds: [] }])
  })
})

describe('one cause reported once', () => {
  it('the same finding under two scored items is reported by the first; the other points to it', () => {
    const { facts, documents } = defective()
    const base = rubric()
    const twice: Rubric = { ...base, veto: { ...base.veto!, items: [] }, bonus: undefined, sections: [{ id: 'S1', title: '程序', points: 60, items: [item('P-A', ONE_OFFICER), item('P-B', ONE_OFFICER)] }] }
    const out = checkCase(facts, documents, twice, { laws: LAWS, calendar: CALENDAR })
    expect(out.findings.map((f) => f.itemId)).toEqual(['P-A', 'P-A'])
    const b = out.items.find((i) => i.itemId === 'P-B')!
    expect([b.status, b.findingIds, b.reason]).toEqual(['undetermined', [], expect.stringMatching(/^同一问题已在 P-A 项报告：/)])
    // (a veto item and a scored item on the same rule both stay: two consequences of one rule)
    const both = checkCase(facts, documents, base, { laws: LAWS, calendar: CALENDAR })
    expect(both.findings.filter((f) => f.kind === 'officers').map((f) => f.itemId)).toEqual(['V-1', 'V-1', 'P-2', 'P-2'])
  })

  it('a decision date not read is reported by the first item; the others point to it and stay undetermined', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').facts.dates = []
    const { facts, documents } = c.build()
    const base = rubricOf({ kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural' } })
    const items = [
      { ...base.sections![0].items![0], id: 'E5' },
      { ...base.sections![0].items![0], id: 'F2', check: { kind: 'deadline', params: { from: '决定', to: '送达', days: 7, unit: 'working' } } },
    ]
    const rubric = { ...base, sections: [{ ...base.sections![0], items }] }
    const out = checkCase(facts, documents, rubric as typeof base, { laws: LAWS, calendar: CALENDAR })
    const about = out.findings.filter((f) => /决定日期/.test(f.message))
    expect(about.map((f) => f.itemId)).toEqual(['E5'])
    const f2 = out.items.find((i) => i.itemId === 'F2')!
    expect([f2.status, f2.findingIds, f2.reason]).toEqual(['undetermined', [], expect.stringMatching(/同一原因已在 E5 项报告/)])
  })
})
