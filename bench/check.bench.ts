/**
 * Check stage speed: a 40-page text case's facts (built in memory: the lawful food-safety case of the check tests,
 * padded with evidence pages and a second inquiry record) checked against a rubric of every check kind, with the
 * app's real law database and calendar. Target: < 0.5 s per case.
 */
import { join } from 'node:path'
import type { Bench, BenchMetric } from './harness'
import { timeMedian } from './harness'
import { loadLaws } from '../electron/engine/laws'
import { createCalendar } from '../shared/calendar'
import { checkCase } from '../shared/check'
import type { Rubric, RubricItem } from '../shared/types'
import { lawfulCase } from '../test/check/build'

const resources = join(import.meta.dirname, '..', 'resources')

function item(id: string, check: RubricItem['check'], points = 2): RubricItem {
  return { id, title: id, points, deduction: { form: 'per-occurrence', each: 1 }, check }
}

/** A rubric exercising every kind, as a 市场监管 ordinary-procedure standard would. */
export function benchRubric(): Rubric {
  const items: RubricItem[] = [
    item('D-1', { kind: 'required-documents', params: { documents: [{ type: '立案审批表' }, { type: '案件调查终结报告' }, { type: '行政处罚事先告知书' }, { type: '行政处罚决定书' }, { type: '送达回证' }, { type: '法制审核意见书', when: { majorCase: true } }, { type: '集体讨论记录', when: { majorCase: true } }, { type: '听证笔录', when: { hearingRequested: true } }, { type: '结案报告' }] } }),
    item('F-1', { kind: 'required-fields', params: { docType: '立案审批表', fields: ['案由', '当事人'] } }),
    item('F-2', { kind: 'required-fields', params: { docType: '送达回证', fields: ['受送达人', '送达方式'] } }),
    item('F-3', { kind: 'required-fields', params: { docType: '行政处罚决定书', fields: ['当事人', '救济途径', '履行方式'] } }),
    item('F-4', { kind: 'required-fields', params: { docType: '询问笔录', fields: ['被询问人'] } }),
    item('O-1', { kind: 'officers', params: { docTypes: ['现场检查笔录', '询问笔录', '行政处罚决定书'] } }),
    item('C-1', { kind: 'citation', params: {} }),
    item('C-2', { kind: 'fine-range', params: {} }),
    item('T-1', { kind: 'date-order', params: { pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54' }, { before: '调查终结', after: '告知' }, { before: '法制审核', after: '决定', strict: true, ruleId: 'CF-58' }, { before: '决定', after: '送达', ruleId: 'CF-61' }] } }),
    item('T-2', { kind: 'deadline', params: { from: '决定', to: '送达', days: 7, unit: 'working', ruleId: 'CF-61' } }),
    item('T-3', { kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural', ruleId: 'CF-60', extendedBy: '延期审批表', extendedDays: 30 } }),
    item('T-4', { kind: 'deadline', params: { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'SJ-57', atLeast: true, when: { lacksDocument: '陈述申辩笔录' } } }),
    item('K-1', { kind: 'consistency', params: { facts: ['party', 'creditCode', 'caseNumber', 'fine', 'officers', 'legalRepresentative'] } }),
    item('S-1', { kind: 'signatures', params: { docTypes: ['询问笔录', '送达回证', '现场检查笔录'] } }),
    item('M-1', { kind: 'manual', params: { question: '证据是否确实充分' } }),
  ]
  return {
    id: 'bench',
    name: '基准评查标准',
    version: '1',
    sector: '市场监管',
    source: 'bench',
    appliesTo: '行政处罚',
    veto: { effect: 'zero', items: [{ id: 'V-1', title: '执法人员不少于两人', check: { kind: 'officers', params: { docTypes: ['现场检查笔录', '询问笔录'] } } }] },
    sections: [{ id: 'S', title: '案卷', points: 100, items }],
    grades: [{ name: '合格', min: 60 }],
    total: 100,
  }
}

/** The lawful test case padded to 40 pages: evidence pages of 30 lines each, a second inquiry record. */
export function fortyPageCase() {
  const c = lawfulCase({ major: true })
  const q = c.add('询问笔录', ['询问笔录', '询问时间：2024-03-08 14:00', '被询问人：张敏（店长）', '询问人：王晓明 执法证号 33010020001；李建国 执法证号 33010020002', '被询问人签名：张敏'])
  q.date('2024-03-08T14:00', '询问开始', '询问时间').field('被询问人', '张敏（店长）').officer('王晓明', '33010020001', '询问人').officer('李建国', '33010020002', '询问人').signed('被询问人签名')
  const { facts, documents } = c.build()
  let pages = documents.reduce((n, d) => n + d.parts.reduce((k, p) => k + p.pages.length, 0), 0)
  let i = documents.length
  while (pages < 40) {
    const file = `${String(i + 1).padStart(2, '0')}-证据材料.pdf`
    const lines = Array.from({ length: 30 }, (_, k) => ({ text: `证据材料第${pages + 1}页：现场照片说明及商品标签记载，生产日期2023年${(k % 12) + 1}月${(k % 28) + 1}日，保质期十二个月。`, bbox: { x: 72, y: 72 + k * 20, w: 400, h: 16 }, confidence: 1, file, page: 1, line: k }))
    documents.push({ id: String(i), index: i, type: '证据材料', confidence: 0.9, title: '证据材料', parts: [{ file, pages: [1] }], lines })
    facts.documents.push({
      docId: String(i),
      docType: '证据材料',
      caseNumbers: [],
      parties: [],
      officers: [],
      dates: lines.slice(0, 10).map((l, k) => ({ text: l.text.slice(20, 32), iso: `2023-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`, precision: 'day' as const, role: '其他' as const, evidence: { file, page: 1, line: k, text: l.text } })),
      citations: [],
      amounts: [],
      fields: [],
      signatures: [],
    })
    pages++
    i++
  }
  return { facts, documents, pages }
}

const bench: Bench = {
  name: 'check',
  async run(): Promise<BenchMetric[]> {
    const laws = await loadLaws(resources)
    const calendar = createCalendar()
    const rubric = benchRubric()
    const { facts, documents, pages } = fortyPageCase()
    const out: BenchMetric[] = []
    // First check parses the cited laws' texts; later checks reuse them (the app keeps one law store open).
    const t0 = performance.now()
    const first = checkCase(facts, documents, rubric, { laws, calendar })
    const cold = performance.now() - t0
    out.push({ metric: `check a ${pages}-page case, ${rubric.sections[0].items!.length + 1} items (first, laws cold)`, median: cold, unit: 'ms', runs: 1, target: '< 500 ms', ok: cold < 500 })
    const warm = await timeMedian(20, () => checkCase(facts, documents, rubric, { laws, calendar }))
    out.push({ metric: `check a ${pages}-page case (warm)`, median: warm.medianMs, unit: 'ms', runs: 20, target: '< 500 ms', ok: warm.medianMs < 500 })
    const open = first.findings.filter((f) => f.kind !== 'manual' && f.status !== 'undetermined').length
    out.push({ metric: 'findings on the lawful bench case (manual excluded; should be 0)', median: open, unit: 'findings', runs: 1, target: '0', ok: open === 0 })
    return out
  },
}

export default bench
