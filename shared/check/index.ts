import type { CaseDocument, CaseFacts, Deduction, Finding, FindingKind, ItemResult, LegalBasis, Rubric, RubricItem, RubricSection, CheckSpec } from '../types'
import type { LawLookup } from '../law/types'
import type { Calendar } from '../calendar/types'
import type { CheckKindName, CheckKindParams } from './kinds'
import { CaseView, untitled } from './view'
import { finalize, itemStatus, type Draft, type ItemInfo, type KindOutcome } from './outcome'
import { requiredDocuments } from './kinds/required-documents'
import { requiredFields } from './kinds/required-fields'
import { officers } from './kinds/officers'
import { citation } from './kinds/citation'
import { fineRange } from './kinds/fine-range'
import { dateOrder } from './kinds/date-order'
import { deadline } from './kinds/deadline'
import { consistency } from './kinds/consistency'
import { signatures } from './kinds/signatures'
import { manual } from './kinds/manual'


export interface CheckContext {
  laws: LawLookup
  calendar: Calendar
}

export interface CheckOutput {
  findings: Finding[]
  items: ItemResult[]
}

type KindFn<K extends CheckKindName> = (params: CheckKindParams[K], view: CaseView, item: ItemInfo) => KindOutcome

/** Every check kind of the catalogue (shared/check/kinds.ts), one module each under ./kinds. */
export const KINDS: { [K in CheckKindName]: KindFn<K> } = {
  'required-documents': requiredDocuments,
  'required-fields': requiredFields,
  officers,
  citation,
  'fine-range': fineRange,
  'date-order': dateOrder,
  deadline,
  consistency,
  signatures,
  manual,
}

/** The finding kind a check kind reports when it cannot decide or fails unexpectedly. */
const DEFAULT_FINDING: Record<CheckKindName, FindingKind> = {
  'required-documents': 'missing-document',
  'required-fields': 'missing-field',
  officers: 'officers',
  citation: 'citation-nonexistent',
  'fine-range': 'amount-out-of-range',
  'date-order': 'date-order',
  deadline: 'deadline',
  consistency: 'inconsistency',
  signatures: 'missing-field',
  manual: 'manual',
}

interface Runnable {
  id: string
  title: string
  check: CheckSpec
  points: number
  deduction?: Deduction
  findingKind?: FindingKind
  docTypes?: RubricItem['docTypes']
  basis?: LegalBasis
  veto?: boolean
}

function runKind(spec: CheckSpec, view: CaseView, item: ItemInfo): KindOutcome {
  const name = spec.kind as CheckKindName
  const fn = KINDS[name] as KindFn<CheckKindName> | undefined
  if (!fn) {
    return {
      status: 'pass',
      findings: [{ kind: 'manual', docTypes: [], message: `检查类型“${spec.kind}”不存在，本项须人工评查`, evidence: [view.caseEvidence()], status: 'undetermined' }],
    }
  }
  try {
    return fn((spec.params ?? {}) as CheckKindParams[CheckKindName], view, item)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    const draft: Draft = { kind: DEFAULT_FINDING[name], docTypes: [], message: `检查未能完成（${why}），须人工核对`, evidence: [view.caseEvidence()], status: 'undetermined' }
    return { status: 'pass', findings: [draft] }
  }
}

/**
 * A finding resting only on documents whose title was not read, typed from what their body says (a page of a decision
 * without its head, a notice's copy, a report quoting a penalty): that the text is that document at all is the reader's
 * guess, so what follows from its type is for a person to confirm — verify, never a certain finding or a veto.
 */
function typedByBody(d: Draft, view: CaseView): Draft {
  if ((d.status && d.status !== 'open') || d.kind === 'manual' || d.kind === 'missing-document' || !d.evidence.length) return d
  const docs = d.evidence.map((e) => view.lineOf(e)?.doc)
  if (!docs.every((cd) => cd && cd.type !== '其他' && untitled(cd))) return d
  return { ...d, status: 'verify', message: `${d.message}（该文书未读出标题，系按正文内容归为${docs[0]!.type}，请核对文书类型）` }
}

function runItem(it: Runnable, view: CaseView): { findings: Finding[]; result: ItemResult } {
  const info: ItemInfo = { id: it.id, title: it.title, docTypes: it.docTypes, basis: it.basis }
  const outcome = runKind(it.check, view, info)
  let drafts = outcome.findings
  if (it.findingKind) drafts = drafts.filter((d) => d.kind === it.findingKind || d.kind === 'manual')
  drafts = drafts.map((d) => typedByBody(d, view))
  const findings = drafts.map((d) => finalize(d, { itemId: it.id, deduction: it.veto ? undefined : it.deduction, points: it.points, veto: it.veto, basis: it.basis }))
  // Two drafts at the same place with the same key would collide: keep ids unique and stable by numbering repeats.
  const seen = new Map<string, number>()
  for (const f of findings) {
    const n = seen.get(f.id) ?? 0
    seen.set(f.id, n + 1)
    if (n) f.id = `${f.id}-${n + 1}`
  }
  const st = itemStatus(outcome, findings)
  const result: ItemResult = { itemId: it.id, status: st.status, findingIds: findings.map((f) => f.id) }
  if (st.reason) result.reason = st.reason
  return { findings, result }
}

function* walkSections(sections: RubricSection[]): Generator<RubricItem> {
  for (const s of sections) {
    for (const it of s.items ?? []) yield it
    if (s.sections) yield* walkSections(s.sections)
  }
}

/** Apply every item of a rubric (veto, points, bonus) to a case's facts. */
export function checkCase(facts: CaseFacts, documents: CaseDocument[], rubric: Rubric, ctx: CheckContext): CheckOutput {
  const view = new CaseView(facts, documents, ctx)
  const items: Runnable[] = []
  for (const v of rubric.veto?.items ?? []) items.push({ id: v.id, title: v.title, check: v.check, points: 0, basis: v.basis, veto: true })
  for (const it of walkSections(rubric.sections ?? [])) items.push({ ...it, points: it.points, deduction: it.deduction })
  for (const it of rubric.bonus?.items ?? []) items.push({ ...it, points: it.points, deduction: undefined })
  const findings: Finding[] = []
  const results: ItemResult[] = []
  // A 行政处罚 standard does not grade a 行政许可 file, nor the other way round: nothing of it applies.
  const isLicence = facts.procedure === '行政许可'
  if (facts.procedure !== '未知' && rubric.appliesTo && (rubric.appliesTo === '行政许可') !== isLicence) {
    const reason = `本标准适用于${rubric.appliesTo}案卷，本案为${isLicence ? '行政许可' : facts.procedure}案卷`
    return { findings, items: items.map((it) => ({ itemId: it.id, status: 'not-applicable', reason, findingIds: [] })) }
  }
  for (const it of items) {
    const r = runItem(it, view)
    findings.push(...r.findings)
    results.push(r.result)
  }
  return foldSharedCauses(findings, results)
}

/**
 * One cause reported once: the same finding under two items is reported by the first; and when several items cannot
 * decide for the same missing fact (无法核对…：缺少决定日期), the first
 * item keeps the finding and the others point to it in their reason; they stay undetermined, so the score stays
 * provisional until a person looks.
 */
function foldSharedCauses(findings: Finding[], items: ItemResult[]): CheckOutput {
  const dropped = new Set<string>()
  /** Drop a later item's finding; an item left with none is undetermined, its reason pointing to the first. */
  const pointTo = (f: Finding, reason: string) => {
    dropped.add(f.id)
    const r = items.find((x) => x.itemId === f.itemId)
    if (!r) return
    r.findingIds = r.findingIds.filter((id) => id !== f.id)
    if (!r.findingIds.length) {
      r.status = 'undetermined'
      r.reason = reason
    }
  }
  // The same finding under two items (a decision's 救济途径 missing, asked by the item of the ordinary procedure and by the
  // one of the 当场 decision while the file does not say which): the first item reports it, the other points to it.
  // (a veto item and a scored item on the same rule are two consequences a standard gives it: both stay)
  const asserted = new Map<string, Finding>()
  for (const f of findings) {
    if (f.status === 'undetermined' || f.kind === 'manual' || f.veto) continue
    const same = `${f.kind}|${f.field ?? ''}|${f.docTypes.join(',')}|${f.message}`
    const prev = asserted.get(same)
    if (!prev) asserted.set(same, f)
    else if (prev.itemId !== f.itemId) pointTo(f, `同一问题已在 ${prev.itemId} 项报告：${f.message}`)
  }
  const first = new Map<string, Finding>()
  for (const f of findings) {
    if (f.status !== 'undetermined' || f.kind === 'manual') continue
    const cause = /[：:]\s*([^：:，。；]{0,24}?(?:缺少|未读出|未见|无法读出)[^，。；]{2,40})$/.exec(f.message)?.[1]
    if (!cause) continue
    const prev = first.get(cause)
    if (!prev) first.set(cause, f)
    else if (prev.itemId !== f.itemId) pointTo(f, `${cause}（同一原因已在 ${prev.itemId} 项报告）`)
  }
  return { findings: findings.filter((f) => !dropped.has(f.id)), items }
}
