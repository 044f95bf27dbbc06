/**
 * Case builder for the check tests: documents as lines of text (the wording of real 市场监管 forms), facts pointing at
 * those lines, so evidence, sentences and 卷内目录 listings behave as in an ingested case. `lawfulCase()` is a complete
 * ordinary-procedure food-safety case of 2024 with every step in time; tests break one thing at a time.
 */
import type {
  AmountRole,
  CaseDocument,
  CaseFacts,
  CitationRole,
  DateFact,
  DateRole,
  DocFacts,
  DocType,
  Evidence,
  Procedure,
  Rubric,
  RubricItem,
  CheckSpec,
  Deduction,
} from '../../shared/types'
import { checkCase, type CheckOutput } from '../../shared/check'
import { createFakeCalendar, createFakeLaws } from './fakes'

export class DocBuilder {
  readonly facts: DocFacts
  readonly doc: CaseDocument
  constructor(
    index: number,
    type: DocType,
    lines: string[],
    confidence = 1,
  ) {
    const file = `${String(index + 1).padStart(2, '0')}-${type}.pdf`
    this.doc = {
      id: String(index),
      index,
      type,
      confidence: 0.97,
      title: type,
      parts: [{ file, pages: [1] }],
      lines: lines.map((text, i) => ({ text, bbox: { x: 72, y: 72 + i * 20, w: 400, h: 16 }, confidence, file, page: 1, line: i })),
    }
    this.facts = { docId: String(index), docType: type, caseNumbers: [], parties: [], officers: [], dates: [], citations: [], amounts: [], fields: [], signatures: [] }
  }

  /** Evidence for the first line containing `needle` (or line `needle` when a number). */
  ev(needle: string | number): Evidence {
    const i = typeof needle === 'number' ? needle : this.doc.lines.findIndex((l) => l.text.includes(needle))
    if (i < 0) throw new Error(`${this.doc.type}: no line contains "${needle}"`)
    const l = this.doc.lines[i]
    const ev: Evidence = { file: l.file, page: 1, line: i, text: l.text }
    if (l.confidence < 1) ev.confidence = l.confidence
    return ev
  }

  /** Append a line of text. */
  line(text: string): this {
    const file = this.doc.parts[0].file
    const i = this.doc.lines.length
    this.doc.lines.push({ text, bbox: { x: 72, y: 72 + i * 20, w: 400, h: 16 }, confidence: 1, file, page: 1, line: i })
    return this
  }

  date(iso: string, role: DateRole, at: string | number, extra: Partial<DateFact> = {}): this {
    const precision = iso.length === 16 ? 'minute' : iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year'
    this.facts.dates.push({ text: iso, iso, precision, role, evidence: this.ev(at), ...extra })
    return this
  }
  field(label: string, value: string, at?: string | number): this {
    this.facts.fields.push({ label, value, evidence: this.ev(at ?? label) })
    return this
  }
  party(name: string, at: string | number, extra: { creditCode?: string; legalRepresentative?: string; kind?: 'organization' | 'person' } = {}): this {
    this.facts.parties.push({ name, kind: extra.kind ?? 'organization', creditCode: extra.creditCode, legalRepresentative: extra.legalRepresentative, evidence: this.ev(at) })
    return this
  }
  officer(name: string, certNo: string | undefined, at: string | number): this {
    this.facts.officers.push({ name, certNo, evidence: this.ev(at) })
    return this
  }
  cite(law: string, article: number, role: CitationRole, at: string | number, more: { paragraph?: number; item?: number; asWritten?: string; quoted?: boolean; revisedIn?: number } = {}): this {
    const { paragraph, item, asWritten, quoted, revisedIn } = more
    this.facts.citations.push({ text: `《${asWritten ?? law}》第${article}条`, law, lawAsWritten: asWritten ?? law, article, paragraph, item, role, quoted, ...(revisedIn ? { revisedIn } : {}), evidence: this.ev(at) })
    return this
  }
  amount(yuan: number, role: AmountRole, at: string | number, quoted = false): this {
    this.facts.amounts.push({ text: `${yuan}元`, yuan, role, quoted, evidence: this.ev(at) })
    return this
  }
  caseNo(text: string, own: boolean, at: string | number): this {
    const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(text)!
    this.facts.caseNumbers.push({ text, normalized: text, prefix: m[1], year: Number(m[2]), serial: Number(m[3]), own, evidence: this.ev(at) })
    return this
  }
  signed(at: string | number): this {
    this.facts.signatures.push(this.ev(at))
    return this
  }
}

export class CaseBuilder {
  readonly docs: DocBuilder[] = []
  constructor(
    public folder = '2024-食品-012',
    public procedure: Procedure = '普通程序',
    public agency?: string,
  ) {}
  add(type: DocType, lines: string[], confidence = 1): DocBuilder {
    const d = new DocBuilder(this.docs.length, type, lines, confidence)
    this.docs.push(d)
    return d
  }
  get(type: DocType): DocBuilder {
    const d = this.docs.find((x) => x.doc.type === type)
    if (!d) throw new Error(`no ${type}`)
    return d
  }
  drop(type: DocType): this {
    const i = this.docs.findIndex((x) => x.doc.type === type)
    if (i >= 0) this.docs.splice(i, 1)
    return this
  }
  build(): { facts: CaseFacts; documents: CaseDocument[] } {
    return {
      facts: { folder: this.folder, procedure: this.procedure, caseNumber: '杭西市监处罚〔2024〕12号', party: PARTY, agency: this.agency, documents: this.docs.map((d) => d.facts) },
      documents: this.docs.map((d) => d.doc),
    }
  }
}

export const PARTY = '杭州鑫源食品有限公司'
export const CODE = '91330106MA2KDL8X4D'
export const FOOD = '中华人民共和国食品安全法'
export const CF = '中华人民共和国行政处罚法'

export interface LawfulOptions {
  procedure?: Procedure
  /** Dates to override, by step. */
  dates?: Partial<Record<'source' | 'filing' | 'inspection' | 'inquiry' | 'end' | 'notice' | 'noticeServed' | 'statement' | 'decision' | 'service' | 'payment' | 'closing', string>>
  fine?: number
  goodsValue?: number
  major?: boolean
  statement?: boolean
  ocr?: number
}

/** A complete, lawful ordinary-procedure case (食品安全法 第三十四条第（十）项 / 第一百二十四条第一款第（五）项, 2024). */
export function lawfulCase(o: LawfulOptions = {}): CaseBuilder {
  const t = {
    source: '2024-03-01',
    filing: '2024-03-05',
    inspection: '2024-03-05',
    inquiry: '2024-03-07T09:30',
    end: '2024-03-20',
    notice: '2024-03-22',
    noticeServed: '2024-03-25',
    statement: '2024-03-27',
    decision: '2024-04-08',
    service: '2024-04-10',
    payment: '2024-04-15',
    closing: '2024-04-22',
    ...o.dates,
  }
  const fine = o.fine ?? 60000
  const goods = o.goodsValue ?? 3000
  const c = new CaseBuilder('2024-食品-012', o.procedure ?? '普通程序')
  const docsListed = ['立案审批表', '现场检查笔录', '询问笔录', '案件调查终结报告', '行政处罚事先告知书', '行政处罚决定书', '送达回证', '罚没款缴款凭证', '结案报告']
  c.add('卷内目录', ['卷内目录', ...docsListed.map((d, i) => `${i + 1}  ${d}  第${i + 1}页`)])
  c.add('案件来源登记表', ['案件来源登记表', `登记日期：${t.source}`, '案件来源：日常检查']).date(t.source, '案件来源', '登记日期')
  c.add('立案审批表', ['立案审批表', `当事人：${PARTY}`, `统一社会信用代码：${CODE}`, '案由：经营超过保质期的食品', `立案日期：${t.filing}`, '承办人：王晓明、李建国'])
    .party(PARTY, '当事人', { creditCode: CODE })
    .field('案由', '经营超过保质期的食品')
    .date(t.filing, '立案', '立案日期')
  c.add('现场检查笔录', ['现场检查笔录', `检查时间：${t.inspection}`, `当事人：${PARTY}`, '执法人员：王晓明 执法证号 33010020001', '执法人员：李建国 执法证号 33010020002', '当事人签名：陈立'])
    .date(t.inspection, '检查', '检查时间')
    .party(PARTY, '当事人')
    .officer('王晓明', '33010020001', '王晓明')
    .officer('李建国', '33010020002', '李建国')
    .signed('当事人签名')
  c.add('询问笔录', ['询问笔录', `询问时间：${t.inquiry.replace('T', ' ')}`, '被询问人：陈立（法定代表人）', `工作单位：${PARTY}`, '询问人：王晓明 执法证号 33010020001；李建国 执法证号 33010020002', '被询问人签名：陈立'])
    .date(t.inquiry, '询问开始', '询问时间')
    .field('被询问人', '陈立（法定代表人）')
    .party(PARTY, '工作单位')
    .officer('王晓明', '33010020001', '询问人')
    .officer('李建国', '33010020002', '询问人')
    .signed('被询问人签名')
  c.add('案件调查终结报告', ['案件调查终结报告', `当事人：${PARTY}`, `货值金额${goods}元。`, `报告日期：${t.end}`])
    .date(t.end, '调查终结', '报告日期')
    .amount(goods, '货值金额', '货值金额')
  if (o.major) {
    c.add('法制审核意见书', ['法制审核意见书', '审核意见：同意', '审核日期：2024-03-21']).date('2024-03-21', '法制审核', '审核日期').field('审核意见', '同意')
    c.add('集体讨论记录', ['集体讨论记录', '时间：2024-03-21 14:30', '讨论内容：承办人汇报调查情况、法制审核意见']).date('2024-03-21T14:30', '集体讨论', '时间')
  }
  c.add('行政处罚事先告知书', [
    '行政处罚事先告知书',
    `杭西市监罚告〔2024〕12号`,
    `${PARTY}：`,
    `本局拟对你单位作出罚款人民币${fine}元的行政处罚。`,
    '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位享有陈述、申辩的权利。',
    `${t.notice}`,
    `（本告知书于${t.noticeServed}送达当事人）`,
  ])
    .caseNo('杭西市监罚告〔2024〕12号', true, 1)
    .party(PARTY, 2, { creditCode: CODE })
    .amount(fine, '罚款', '拟对你单位')
    .cite(CF, 44, 'procedure', '第四十四条')
    .cite(CF, 45, 'procedure', '第四十五条')
    .date(t.notice, '告知', 5)
    .date(t.noticeServed, '告知', 6)
  if (o.statement ?? true) {
    c.add('陈述申辩笔录', ['陈述申辩笔录', `时间：${t.statement}`, '陈述申辩人：陈立', '陈述申辩意见：已及时下架，请求从轻处罚。']).date(t.statement, '陈述申辩', '时间')
  }
  c.add('行政处罚决定书', [
    '行政处罚决定书',
    '杭西市监处罚〔2024〕12号',
    `当事人：${PARTY}`,
    `统一社会信用代码：${CODE}`,
    '法定代表人：陈立',
    `经查，当事人经营超过保质期的预包装食品，货值金额${goods}元。`,
    '当事人经营超过保质期的食品的行为，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。',
    '《中华人民共和国食品安全法》第一百二十四条第一款规定：“……货值金额不足一万元的，并处五万元以上十万元以下罚款……”',
    '依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：',
    `一、没收超过保质期的食品；二、罚款人民币${fine}元。`,
    '当事人应当自收到本决定书之日起十五日内缴纳罚款。',
    '当事人如不服本处罚决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内依法提起行政诉讼。',
    '执法人员：王晓明（33010020001）、李建国（33010020002）',
    `${t.decision}`,
  ])
    .caseNo('杭西市监处罚〔2024〕12号', true, 1)
    .party(PARTY, 2, { creditCode: CODE, legalRepresentative: '陈立' })
    .amount(goods, '货值金额', '经查')
    .amount(50000, '罚款', '规定：“', true)
    .amount(100000, '罚款', '规定：“', true)
    .amount(fine, '罚款', '二、罚款')
    .cite(FOOD, 34, 'violated', '违反了', { item: 10 })
    .cite(FOOD, 124, 'penalty', '规定：“', { paragraph: 1, quoted: true })
    .cite(FOOD, 124, 'penalty', '依据', { paragraph: 1, item: 5 })
    .officer('王晓明', '33010020001', '执法人员')
    .officer('李建国', '33010020002', '执法人员')
    .date(t.decision, '决定', 13)
    .signed('执法人员')
  c.add('送达回证', ['送达回证', '送达文书名称及文号：行政处罚决定书（杭西市监处罚〔2024〕12号）', `受送达人：${PARTY}`, '送达方式：直接送达', `送达时间：${t.service} 10:30`, '受送达人签名或盖章：陈立'])
    .field('送达文书名称及文号', '行政处罚决定书（杭西市监处罚〔2024〕12号）')
    .caseNo('杭西市监处罚〔2024〕12号', false, 1)
    .field('受送达人', PARTY)
    .party(PARTY, '受送达人')
    .date(`${t.service}T10:30`, '送达', '送达时间')
    .field('受送达人签名或盖章', '陈立')
  c.add('罚没款缴款凭证', ['罚没款缴款凭证', `缴款人：${PARTY}`, `金额：${fine}元`, '决定书文号：杭西市监处罚〔2024〕12号', `缴款日期：${t.payment}`])
    .party(PARTY, '缴款人')
    .amount(fine, '罚款', '金额')
    .caseNo('杭西市监处罚〔2024〕12号', false, '决定书文号')
    .date(t.payment, '缴款', '缴款日期')
  c.add('结案报告', ['结案报告', '案号：杭西市监处罚〔2024〕12号', `结案日期：${t.closing}`]).caseNo('杭西市监处罚〔2024〕12号', false, '案号').date(t.closing, '结案', '结案日期')
  return c
}

export const LAWS = createFakeLaws()
export const CALENDAR = createFakeCalendar()

/** A rubric of one item. */
export function rubricOf(check: CheckSpec, more: Partial<RubricItem> = {}, deduction: Deduction = { form: 'per-occurrence', each: 1 }): Rubric {
  return {
    id: 'test',
    name: '测试标准',
    version: '1',
    sector: '市场监管',
    source: 'test',
    appliesTo: '行政处罚',
    veto: { effect: 'zero', items: [] },
    sections: [{ id: 'S', title: '内容', points: 100, items: [{ id: 'I-1', title: '测试项', points: 5, deduction, check, ...more }] }],
    grades: [{ name: '合格', min: 60 }],
    total: 100,
  }
}

/** Run one item on a case. */
export function run(c: CaseBuilder, check: CheckSpec, more: Partial<RubricItem> = {}, deduction?: Deduction): CheckOutput {
  const { facts, documents } = c.build()
  return checkCase(facts, documents, rubricOf(check, more, deduction), { laws: LAWS, calendar: CALENDAR })
}
