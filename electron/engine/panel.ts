/**
 * The review panel's rules over a project (the engine side of the panel.* methods and of blind review in case.get and
 * finding.decide): who may draw, assign and reconcile (the 组长), what each reviewer may see (only their own decisions
 * until every reviewer of the case has submitted), when a case must be reconciled (shared/panel reconcile.ts) and the
 * panel's agreement (shared/panel ratings.ts). The API enforces these, not the screens.
 */
import { basename } from 'node:path'
import {
  assignReviewers,
  compareCodePoints,
  designKappa,
  disagreementFlags,
  landisKoch,
  drawSample,
  panelAgreement,
  reviewerBias,
  type FrameRow,
  type PanelRole,
  type Rating,
} from '../../shared/panel'
import { EngineError } from '../../shared/errors'
import type { CaseRow, CaseScore, Decision, Rubric } from '../../shared/types'
import type { BinaryKappa, DrawRecord, PanelCase, PanelComparison, PanelMember, PanelOverview, PanelPendingCase, ReconcileMethod, StoredAssignment } from '../../shared/types/panel'
import type { Db, ProjectStore } from './store'
import type { Rescore } from './store/project-store'
import { readFrame } from './tables'

export interface PanelDeps {
  rubric: Rubric
  rescore: Rescore
  appVersion: string
}

/** How a project case is named in a frame: its case number, or its folder's name. */
export function caseKeys(row: Pick<CaseRow, 'caseNumber' | 'folder'>): string[] {
  return [row.caseNumber, basename(row.folder)].filter((k): k is string => !!k)
}

export async function requireMember(store: ProjectStore, memberId: number, role?: PanelRole): Promise<PanelMember> {
  const m = await store.panel.member(memberId)
  if (!m) throw new EngineError('not-found', '评查人员名单中没有这个人，请在“评查组”中重新选择本次评查的评查人')
  if (role && m.role !== role) throw new EngineError('refused', `只有${role}可以进行此操作；${m.name} 的角色为${m.role}`)
  return m
}

/** The assignment that names each case: a later draw's assignment replaces an earlier one's for the same case. */
async function assignmentsByKey(store: ProjectStore): Promise<Map<string, StoredAssignment>> {
  const map = new Map<string, StoredAssignment>()
  for (const d of await store.panel.draws()) for (const a of d.assignment?.assignments ?? []) map.set(a.case, a)
  return map
}

function assignmentOf(map: Map<string, StoredAssignment>, row: CaseRow): StoredAssignment | null {
  for (const k of caseKeys(row)) {
    const a = map.get(k)
    if (a) return a
  }
  return null
}

/** The case's assignment when it is under blind review (two or more reviewers); null otherwise. */
export async function blindAssignment(store: ProjectStore, row: CaseRow): Promise<StoredAssignment | null> {
  const a = assignmentOf(await assignmentsByKey(store), row)
  return a && a.reviewers.length >= 2 ? a : null
}

export async function caseState(store: ProjectStore, row: CaseRow, a: StoredAssignment, threshold: number): Promise<PanelCase> {
  const reviews = new Map((await store.panel.reviews(row.id)).map((r) => [r.memberId, r]))
  const reviewers = a.reviewers.map((r) => {
    const s = reviews.get(r.memberId)
    return { memberId: r.memberId, name: r.name, agency: r.agency, submittedAt: s?.submittedAt ?? null, score: s ? s.score : null, grade: s ? s.grade : null, vetoed: s ? s.vetoed : null }
  })
  const allSubmitted = reviewers.length > 0 && reviewers.every((r) => r.submittedAt !== null)
  const flags =
    allSubmitted && reviewers.length >= 2
      ? disagreementFlags(
          reviewers.map((r) => ({ reviewer: r.name, score: r.score ?? 0, grade: r.grade ?? '无法评分', vetoed: !!r.vetoed })),
          threshold,
        )
      : []
  return { caseId: row.id, caseKey: a.case, unit: a.unit, reviewers, allSubmitted, flags, reconciliation: await store.panel.reconciliation(row.id) }
}

/** The sampling frame built from the project's imported cases: case number (or folder name) and agency. */
function frameFromCases(rows: CaseRow[]): FrameRow[] {
  return rows.map((r, i) => ({ case: caseKeys(r)[0] ?? '', unit: r.agency ?? '', line: i + 1 }))
}

export async function drawInProject(store: ProjectStore, req: { memberId: number; seed: string; frame: string | null }, deps: PanelDeps): Promise<DrawRecord> {
  const leader = await requireMember(store, req.memberId, '组长')
  const settings = await store.panel.settings()
  const frame = req.frame ? await readFrame(req.frame, settings.by === 'unit,type') : frameFromCases(await store.listCases())
  if (frame.length === 0) throw new EngineError('unusable-input', req.frame ? '评查范围文件中没有案卷' : '项目中还没有导入案卷，无法从已导入的案卷抽取')
  const draw = drawSample(frame, { seed: req.seed, rate: settings.rate, min: settings.min, by: settings.by })
  return store.panel.addDraw({
    drawnBy: leader.name,
    drawnAt: new Date().toISOString(),
    frameSource: req.frame ? `单位报送的案卷目录（${basename(req.frame)}）` : '已导入的案卷',
    appVersion: deps.appVersion,
    draw,
  })
}

export async function assignDraw(store: ProjectStore, req: { drawId: number; memberId: number; overrides: { case: string; memberIds: number[]; reason: string }[] }): Promise<DrawRecord> {
  const leader = await requireMember(store, req.memberId, '组长')
  const d = (await store.panel.draws()).find((x) => x.id === req.drawId)
  if (!d) throw new EngineError('not-found', '没有这次抽取记录')
  if (d.assignment) throw new EngineError('refused', '这次抽取已经分配过评查人，分配记录不可更改')
  const members = await store.panel.members()
  const byId = new Map(members.map((m) => [m.id, m]))
  const overrides = req.overrides.map((o) => ({
    case: o.case,
    reason: o.reason,
    reviewers: o.memberIds.map((id) => {
      const m = byId.get(id)
      if (!m) throw new EngineError('not-found', `指定分配案卷 ${o.case} 的评查人不在名单中`)
      return m.name
    }),
  }))
  const cases = d.draw.strata.flatMap((s) => s.picks.map((p) => ({ case: p.case, unit: s.unit, rank: p.rank })))
  const settings = await store.panel.settings()
  const res = assignReviewers(cases, members, { seed: d.draw.seed, perCase: settings.perCase, overrides })
  const byName = new Map(members.map((m) => [m.name, m]))
  const record = {
    seed: res.seed,
    perCase: res.perCase,
    rosterSha256: res.rosterSha256,
    assignedBy: leader.name,
    assignedAt: new Date().toISOString(),
    assignments: res.assignments.map((a) => ({
      case: a.case,
      unit: a.unit,
      reviewers: a.reviewers.map((n) => {
        const m = byName.get(n)!
        return { memberId: m.id, name: m.name, agency: m.agency }
      }),
      ...(a.override ? { override: a.override } : {}),
    })),
  }
  await store.panel.setAssignment(d.id, record)
  return { ...d, assignment: record }
}

async function stateFor(store: ProjectStore, caseId: number): Promise<{ row: CaseRow; assignment: StoredAssignment; state: PanelCase }> {
  const row = await store.getCaseRow(caseId)
  if (!row) throw new EngineError('not-found', `项目中没有编号为 ${caseId} 的案卷`)
  const a = await blindAssignment(store, row)
  if (!a) throw new EngineError('refused', '该案卷不在评查组的双人评查分配中')
  return { row, assignment: a, state: await caseState(store, row, a, (await store.panel.settings()).threshold) }
}

/** The score of a set of decisions on a stored case (the machine's when there are none). */
async function scoreOf(store: ProjectStore, caseId: number, decisions: Decision[], rescore: Rescore, db: Db = store.db): Promise<CaseScore> {
  const result = await store.caseResult(caseId, db)
  if (!result) throw new EngineError('not-found', '该案卷尚未评查')
  return decisions.length ? rescore(result, await store.findings(caseId, db), decisions) : result.scoreDetail
}

export async function submitReview(store: ProjectStore, caseId: number, memberId: number, rescore: Rescore): Promise<PanelCase> {
  const m = await requireMember(store, memberId)
  const { state } = await stateFor(store, caseId)
  if (!state.reviewers.some((r) => r.memberId === m.id)) throw new EngineError('refused', `${m.name} 未被分配评查该案卷`)
  await store.panel.submit(
    caseId,
    m.id,
    async (tx) => {
      const score = await scoreOf(store, caseId, await store.decisions(caseId, tx, m.id), rescore, tx)
      return { score: score.ungradable ? null : score.total, grade: score.grade, vetoed: score.vetoed }
    },
    m.name,
  )
  return (await stateFor(store, caseId)).state
}

export async function compareReviews(store: ProjectStore, caseId: number): Promise<PanelComparison> {
  const { state } = await stateFor(store, caseId)
  if (!state.allSubmitted) {
    const waiting = state.reviewers.filter((r) => !r.submittedAt).map((r) => r.name)
    throw new EngineError('refused', `背靠背评查尚未结束：${waiting.join('、')} 还未提交，提交前任何人都看不到他人的评查意见`)
  }
  const reviews = []
  for (const r of state.reviewers) reviews.push({ memberId: r.memberId, name: r.name, decisions: await store.decisions(caseId, store.db, r.memberId) })
  return { state, reviews }
}

const targetOf = (d: { findingId?: string; itemId?: string }) => (d.findingId ? `f:${d.findingId}` : `i:${d.itemId}`)
const sameDecision = (a: Decision, b: Decision) => a.action === b.action && (a.points ?? null) === (b.points ?? null)

/** The latest decision of each item or finding (the one that counts). */
function latest(ds: Decision[]): Map<string, Decision> {
  const m = new Map<string, Decision>()
  for (const d of ds) m.set(targetOf(d), d)
  return m
}

export async function reconcileCase(
  store: ProjectStore,
  req: { caseId: number; memberId: number; method: ReconcileMethod; reason: string; dissent: string | null; items: Omit<Decision, 'reviewer' | 'at'>[] },
  rescore: Rescore,
): Promise<PanelCase> {
  const leader = await requireMember(store, req.memberId, '组长')
  const { reviews, state } = await compareReviews(store, req.caseId)
  if (state.reconciliation) throw new EngineError('refused', '该案卷已由组长复核定分，不能再次定分')
  const reason = req.reason.trim()
  if (!reason) throw new EngineError('bad-request', '请写明定分理由')
  const dissent = req.dissent?.trim() || null
  if (dissent && req.method !== '集体评议') throw new EngineError('bad-request', '不同意见只在集体评议时记录')
  const result = await store.caseResult(req.caseId)
  if (!result) throw new EngineError('not-found', '该案卷尚未评查')
  const findings = new Set((await store.findings(req.caseId)).map((f) => f.id))
  const items = new Set(result.items.map((i) => i.itemId))
  for (const it of req.items) {
    if (!it.findingId && !it.itemId) throw new EngineError('bad-request', '定分须指明问题或评查项')
    if (it.findingId && !findings.has(it.findingId)) throw new EngineError('not-found', `该案卷没有编号为 ${it.findingId} 的问题`)
    if (it.itemId && !items.has(it.itemId)) throw new EngineError('not-found', `该案卷的评查标准中没有评查项 ${it.itemId}`)
    if (it.action === 'adjust' && it.points === undefined) throw new EngineError('bad-request', '调整扣分须给出不小于 0 的分值')
  }
  const at = new Date().toISOString()
  // Where every reviewer decided an item alike, that is the final decision; the 组长's own choices come on top.
  const perReviewer = reviews.map((r) => latest(r.decisions))
  const finals = new Map<string, Decision>()
  for (const [t, d] of perReviewer[0] ?? new Map<string, Decision>()) {
    if (perReviewer.every((m) => m.has(t) && sameDecision(m.get(t)!, d))) {
      finals.set(t, { findingId: d.findingId, itemId: d.itemId, action: d.action, points: d.points, comment: `评查人意见一致：${reviews.map((r) => r.name).join('、')}`, reviewer: leader.name, at })
    }
  }
  for (const it of req.items) {
    finals.set(targetOf(it), { ...it, comment: it.comment?.trim() || reason, reviewer: leader.name, at })
  }
  const list = [...finals.values()].map((d) => {
    for (const k of Object.keys(d) as (keyof Decision)[]) if (d[k] === undefined) delete d[k]
    return d
  })
  await store.db.transaction(async (tx) => {
    const score = await store.addDecisions(tx, req.caseId, list, rescore)
    await store.panel.saveReconciliation(tx, req.caseId, {
      method: req.method,
      leader: leader.name,
      reason,
      dissent,
      at,
      items: list,
      score: score && !score.ungradable ? score.total : null,
      grade: score?.grade ?? null,
    })
  })
  return (await stateFor(store, req.caseId)).state
}

/**
 * κ of the reviewers' yes/no decisions: per rubric item whether it lost points, per case whether the veto was upheld,
 * each reviewer's own decisions scored on the case. The design rule of ratings.ts: crossed when the same reviewers
 * rated every case, otherwise Fleiss.
 */
async function decisionAgreement(store: ProjectStore, cases: PanelCase[], rescore: Rescore): Promise<PanelOverview['decisionAgreement']> {
  const done = cases.filter((c) => c.allSubmitted && c.reviewers.length >= 2)
  const itemRows: number[][] = []
  const vetoRows: number[][] = []
  const sets = new Set<string>()
  for (const c of done) {
    const reviewers = [...c.reviewers].sort((a, b) => compareCodePoints(a.name, b.name))
    sets.add(reviewers.map((r) => r.name).join('\u0000'))
    const scores = []
    for (const r of reviewers) scores.push(await scoreOf(store, c.caseId, await store.decisions(c.caseId, store.db, r.memberId), rescore))
    if (scores.some((s) => s.ungradable)) continue
    for (const item of scores[0].items.filter((i) => !i.bonus)) itemRows.push(scores.map((s) => ((s.items.find((x) => x.itemId === item.itemId)?.deducted ?? 0) > 0 ? 1 : 0)))
    vetoRows.push(scores.map((s) => (s.vetoed ? 1 : 0)))
  }
  const crossed = sets.size === 1
  const summary = (rows: number[][]): BinaryKappa | null => {
    if (rows.length < 2) return null
    const k = designKappa(rows, 2, crossed)
    const flat = rows.flat()
    return { method: k.method, value: k.value, band: k.value === null ? null : landisKoch(k.value), n: rows.length, percentAgreement: 100 * k.observed, yes: flat.filter((x) => x === 1).length, no: flat.filter((x) => x === 0).length }
  }
  return { items: summary(itemRows), veto: summary(vetoRows) }
}

export async function panelOverview(store: ProjectStore, rubric: Rubric, rescore: Rescore): Promise<PanelOverview> {
  const [members, settings, draws, rows] = await Promise.all([store.panel.members(), store.panel.settings(), store.panel.draws(), store.listCases()])
  const map = await assignmentsByKey(store)
  const cases: PanelCase[] = []
  const matched = new Set<string>()
  for (const row of rows) {
    const a = assignmentOf(map, row)
    if (!a) continue
    matched.add(a.case)
    if (a.reviewers.length >= 2) cases.push(await caseState(store, row, a, settings.threshold))
  }
  const pending: PanelPendingCase[] = [...map.values()].filter((a) => !matched.has(a.case)).map((a) => ({ caseKey: a.case, unit: a.unit, reviewers: a.reviewers }))
  const grades = [...rubric.grades].sort((a, b) => a.min - b.min).map((g) => g.name)
  const ratings: Rating[] = []
  for (const c of cases.filter((x) => x.allSubmitted))
    for (const r of c.reviewers) if (r.score !== null && r.grade && grades.includes(r.grade)) ratings.push({ case: c.caseKey, reviewer: r.name, score: r.score, grade: r.grade })
  let agreement: PanelOverview['agreement'] = null
  let agreementNote: string | null = null
  try {
    agreement = panelAgreement(ratings, grades)
  } catch (e) {
    agreementNote = e instanceof Error ? e.message : String(e)
  }
  const finals = new Map(cases.filter((c) => c.reconciliation?.score != null).map((c) => [c.caseKey, c.reconciliation!.score!]))
  return { members, settings, draws, cases, pending, agreement, agreementNote, decisionAgreement: await decisionAgreement(store, cases, rescore), bias: reviewerBias(ratings, finals) }
}
