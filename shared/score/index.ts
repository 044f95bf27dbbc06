/**
 * Scoring a case as a review panel does (rubrics/README.md, "How a case is scored"):
 * veto layer first (its effect set by the rubric), then each leaf item's deductions capped at the item (扣完为止),
 * sections and the total floored at 0 (不计负分), bonus capped, grade bands.
 * Machine findings and reviewer decisions stay separate; the score reflects both.
 */
import type { CaseScore, Decision, DocType, Finding, ItemResult, ItemScore, Rubric, RubricItem, RubricSection, SectionScore } from '../types'
import { gradeOf } from './unit'
import { UNGRADABLE, ungradableReason } from './gradable'
import { pendingItems } from './pending'

export { CASE_KIND_DOCS, UNGRADABLE, ungradableReason } from './gradable'
export { PENDING_LABEL, pendingItems } from './pending'

export { gradeUnit, rankUnits, gradeOf } from './unit'
export type { UnitGrade, RankedUnit } from './unit'

const round = (n: number) => Math.round(n * 100) / 100
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** What one finding comes to once reviewer decisions are applied. */
interface FindingEffect {
  /** The defect stands (machine-sure, or confirmed by a reviewer). */
  applies: boolean
  /** Waiting for a reviewer: verify / undetermined / manual findings, and range proposals. */
  pending: boolean
  /** Points it deducts when it applies. */
  points: number
}

/** The last decision wins (by time, then by position). */
function latest(decisions: Decision[]): { byFinding: Map<string, Decision>; byItem: Map<string, Decision> } {
  const sorted = decisions.map((d, i) => ({ d, i })).sort((a, b) => (a.d.at < b.d.at ? -1 : a.d.at > b.d.at ? 1 : a.i - b.i))
  const byFinding = new Map<string, Decision>()
  const byItem = new Map<string, Decision>()
  for (const { d } of sorted) {
    if (d.findingId) byFinding.set(d.findingId, d)
    else if (d.itemId) byItem.set(d.itemId, d)
  }
  return { byFinding, byItem }
}

/** The machine's proposal for one finding: its own figure, else what the item's deduction form implies. */
function proposal(f: Finding, item: RubricItem | null): number {
  const d = item?.deduction
  if (d?.form === 'range') {
    const [lo, hi] = f.deductionRange ?? [d.min, d.max]
    return f.deduction > 0 ? clamp(f.deduction, lo, hi) : lo
  }
  if (f.deduction > 0) return f.deduction
  if (!d || !item) return 0
  return d.form === 'whole' ? item.points : d.each
}

function effectOf(f: Finding, item: RubricItem | null, decision: Decision | undefined, forceAccept = false): FindingEffect {
  if (decision?.action === 'reject') return { applies: false, pending: false, points: 0 }
  if (decision?.action === 'adjust' || (decision && decision.points !== undefined)) {
    const points = Math.max(0, decision.points ?? 0)
    return { applies: points > 0, pending: false, points }
  }
  if (decision?.action === 'accept' || forceAccept) return { applies: true, pending: false, points: proposal(f, item) }
  if (f.status === 'open' && f.kind !== 'manual') return { applies: true, pending: item?.deduction.form === 'range', points: proposal(f, item) }
  return { applies: false, pending: true, points: 0 }
}

/** An item's check did not settle it: no result, or a result a person must complete. */
function unsettled(result: ItemResult | undefined, findings: Finding[]): boolean {
  if (findings.length) return false
  return !result || result.status === 'manual' || result.status === 'undetermined' || result.status === 'fail'
}

interface Inputs {
  results: Map<string, ItemResult>
  findings: Map<string, Finding[]>
  byFinding: Map<string, Decision>
  byItem: Map<string, Decision>
}

function scoreItem(item: RubricItem, path: string[], inp: Inputs): ItemScore {
  const fs = inp.findings.get(item.id) ?? []
  const itemDecision = inp.byItem.get(item.id)
  let deducted: number
  let pending: boolean
  if (itemDecision && (itemDecision.action === 'adjust' || itemDecision.points !== undefined) && itemDecision.action !== 'reject') {
    deducted = clamp(itemDecision.points ?? 0, 0, item.points)
    pending = false
  } else if (itemDecision?.action === 'reject') {
    deducted = 0
    pending = false
  } else {
    // No item decision, or `accept`: the findings stand, each as its own decision leaves it; `accept` confirms the undecided ones.
    const accept = itemDecision?.action === 'accept'
    const effects = fs.map((f) => effectOf(f, item, inp.byFinding.get(f.id), accept))
    deducted = Math.min(item.points, effects.filter((e) => e.applies).reduce((a, e) => a + e.points, 0))
    pending = !accept && (effects.some((e) => e.pending) || unsettled(inp.results.get(item.id), fs))
  }
  deducted = round(deducted)
  return { itemId: item.id, title: item.title, path, points: item.points, deducted, score: round(item.points - deducted), pending }
}

function scoreSection(s: RubricSection, path: string[], inp: Inputs, items: ItemScore[], sections: SectionScore[]): number {
  const here = [...path, s.title]
  let sum = 0
  for (const sub of s.sections ?? []) sum += scoreSection(sub, here, inp, items, sections)
  for (const it of s.items ?? []) {
    const r = scoreItem(it, here, inp)
    items.push(r)
    sum += r.score
  }
  const score = round(clamp(sum, 0, s.points))
  sections.push({ id: s.id, title: s.title, points: s.points, deducted: round(s.points - score), score })
  return score
}

function scoreVeto(rubric: Rubric, inp: Inputs): { vetoed: string[]; pending: string[] } {
  const vetoed: string[] = []
  const pending: string[] = []
  for (const v of rubric.veto.items) {
    const d = inp.byItem.get(v.id)
    if (d) {
      const applies = d.action === 'accept' || (d.action === 'adjust' && (d.points ?? 0) > 0)
      if (applies) vetoed.push(v.id)
      continue
    }
    const fs = inp.findings.get(v.id) ?? []
    const effects = fs.map((f) => effectOf(f, null, inp.byFinding.get(f.id)))
    if (effects.some((e) => e.applies)) vetoed.push(v.id)
    else if (effects.some((e) => e.pending) || unsettled(inp.results.get(v.id), fs)) pending.push(v.id)
  }
  return { vetoed, pending }
}

function scoreBonus(rubric: Rubric, inp: Inputs, items: ItemScore[]): number {
  if (!rubric.bonus) return 0
  let sum = 0
  for (const b of rubric.bonus.items) {
    // A 加分项 is a reviewer's award: accept gives the item's points, adjust the points given, reject nothing.
    // The decision may be on the item or on the question (manual finding) the check put for it; the latest counts.
    const onFindings = (inp.findings.get(b.id) ?? []).map((f) => inp.byFinding.get(f.id)).filter((x): x is Decision => !!x)
    const d = [inp.byItem.get(b.id), ...onFindings].filter((x): x is Decision => !!x).sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).pop()
    const awarded = !d || d.action === 'reject' ? 0 : d.action === 'adjust' || d.points !== undefined ? clamp(d.points ?? 0, 0, b.points) : b.points
    items.push({ itemId: b.id, title: b.title, path: ['加分项'], points: b.points, deducted: 0, score: round(awarded), pending: !d, bonus: true })
    sum += awarded
  }
  return round(Math.min(rubric.bonus.max, sum))
}

/** What the score needs to know of the case beyond its findings. */
export interface ScoreContext {
  /**
   * The case's documents (their types): with none of the rubric's kind the case is 无法评分. Without this list the
   * case is taken as gradable (a rubric's own examples, callers that score findings alone).
   */
  documents?: readonly { type: DocType }[]
  /** Files of the case that could not be read, named in the 无法评分 reason. */
  unreadable?: number
}

/**
 * Score a case as a panel does: veto, per-item deductions capped at the item, section floors at 0, grade bands;
 * reviewer decisions override machine findings. A case with no document of the rubric's kind is 无法评分.
 */
export function scoreCase(rubric: Rubric, items: ItemResult[], findings: Finding[], decisions: Decision[], ctx: ScoreContext = {}): CaseScore {
  const why = ctx.documents ? ungradableReason(rubric, ctx.documents, ctx.unreadable) : null
  if (why) return notGradable(rubric, why)

  const { byFinding, byItem } = latest(decisions)
  const inp: Inputs = { results: new Map(items.map((r) => [r.itemId, r])), findings: new Map(), byFinding, byItem }
  for (const f of findings) {
    const l = inp.findings.get(f.itemId)
    if (l) l.push(f)
    else inp.findings.set(f.itemId, [f])
  }

  const veto = scoreVeto(rubric, inp)
  const vetoed = veto.vetoed.length > 0
  const effect = rubric.veto.effect
  const lowest = rubric.grades[rubric.grades.length - 1]!.name

  const itemScores: ItemScore[] = []
  const sectionScores: SectionScore[] = []
  let sum = 0
  for (const s of rubric.sections) sum += scoreSection(s, [], inp, itemScores, sectionScores)

  if (vetoed && effect === 'fail') {
    // 不合格, not scored further: the points layer is not evaluated — every section and item shows score 0 with nothing
    // deducted (the findings remain for the ledger).
    const notScored = itemScores.map((i) => ({ ...i, deducted: 0, score: 0, pending: false }))
    return {
      total: 0,
      grade: lowest,
      vetoed,
      vetoItems: veto.vetoed,
      vetoEffect: effect,
      vetoPending: veto.pending,
      sections: sectionScores.map((s) => ({ ...s, deducted: 0, score: 0 })),
      items: notScored,
      bonus: 0,
      pending: pendingItems({ items: notScored, vetoPending: veto.pending }).length,
    }
  }

  const bonus = scoreBonus(rubric, inp, itemScores)
  let total = Math.max(0, sum + bonus)
  if (!rubric.bonus?.exceedTotal) total = Math.min(rubric.total, total)
  if (vetoed && effect === 'zero') total = 0
  total = round(total)

  let grade = gradeOf(rubric, total)
  if (vetoed && effect === 'cap_grade' && rubric.veto.capGrade) {
    const cap = rubric.grades.findIndex((g) => g.name === rubric.veto.capGrade)
    const at = rubric.grades.findIndex((g) => g.name === grade)
    if (cap >= 0 && at < cap) grade = rubric.veto.capGrade
  }

  return {
    total,
    grade,
    vetoed,
    vetoItems: veto.vetoed,
    ...(vetoed ? { vetoEffect: effect } : {}),
    vetoPending: veto.pending,
    sections: sectionScores,
    items: itemScores,
    bonus: vetoed && effect === 'zero' ? 0 : bonus,
    pending: pendingItems({ items: itemScores, vetoPending: veto.pending }).length,
  }
}

/** 无法评分: nothing is scored, nothing waits for a reviewer; the findings stay for whoever looks at the case. */
function notGradable(rubric: Rubric, reason: string): CaseScore {
  const items: ItemScore[] = []
  const sections: SectionScore[] = []
  const walk = (s: RubricSection, path: string[]) => {
    const here = [...path, s.title]
    for (const sub of s.sections ?? []) walk(sub, here)
    for (const it of s.items ?? []) items.push({ itemId: it.id, title: it.title, path: here, points: it.points, deducted: 0, score: 0, pending: false })
    sections.push({ id: s.id, title: s.title, points: s.points, deducted: 0, score: 0 })
  }
  for (const s of rubric.sections) walk(s, [])
  return { total: 0, grade: UNGRADABLE, vetoed: false, vetoItems: [], vetoPending: [], sections, items, bonus: 0, pending: 0, ungradable: reason }
}
