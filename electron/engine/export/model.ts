/**
 * What the exports say, computed once from a ReviewSnapshot: the problems of each case with reviewer
 * decisions applied, their 通报 category, and the project statistics. Pure: no I/O, so the tests can
 * compare the documents' text with these figures.
 */
import type {
  Decision,
  Finding,
  LegalBasis,
  LedgerEntry,
  ReviewSnapshot,
  Rubric,
  RubricItem,
  RubricSection,
  VetoItem,
} from '../../../shared/types'

export type SnapshotCase = ReviewSnapshot['cases'][number]

/** A rubric item with the section titles above it. */
export interface ItemInfo {
  item: RubricItem | VetoItem
  path: string[]
  sectionId: string | null
  veto: boolean
  bonus: boolean
}

/** How a reviewer's decisions left one finding. */
export type FindingOutcome = 'machine' | 'accepted' | 'rejected' | 'adjusted'

export interface DecidedFinding {
  finding: Finding
  outcome: FindingOutcome
  /** Points this finding deducts after decisions (before the item's cap). */
  points: number
  decision: Decision | null
}

/** One problem of one case: a row of the ledger, a line of the opinion. */
export interface Problem {
  caseIndex: number
  caseId: number
  caseNumber: string
  agency: string
  /** Finding id, or `item:<itemId>` for a reviewer's manual deduction without a finding. */
  findingId: string
  itemId: string
  itemTitle: string
  path: string[]
  category: Category
  description: string
  points: number
  veto: boolean
  basis: string
  remediation: string
  evidence: string
  ledger: LedgerEntry | null
}

/** 通报 problem classes (rubric-standards.md §4, eight-class view). */
export const CATEGORIES = ['主体', '事实证据', '法律适用', '程序', '裁量', '文书制作', '立卷归档', '三项制度'] as const
export type Category = (typeof CATEGORIES)[number]

const CATEGORY_WORDS: [Category, RegExp][] = [
  ['三项制度', /公示|全过程记录|音像|三项制度/],
  ['立卷归档', /归档|立卷|卷宗|卷内|目录|页码|装订|封面|备考/],
  ['裁量', /裁量|畸轻畸重|基准/],
  ['法律适用', /依据|法律适用|适用法律|引用|条款|法条|定性/],
  ['主体', /主体|执法人员|执法资格|执法证|印章|管辖|委托/],
  ['事实证据', /事实|证据|取证|笔录|违法所得|货值|勘验|检查记录/],
  ['程序', /程序|立案|告知|听证|送达|审核|讨论|审批|决定|执行|结案|强制|期限|时限|罚缴|缴款|复核|陈述|申辩/],
  ['文书制作', /文书|填写|要素|漏项|涂改|空白|签名|落款|日期/],
]

const KIND_CATEGORY: Partial<Record<Finding['kind'], Category>> = {
  'citation-nonexistent': '法律适用',
  'citation-wrong-law': '法律适用',
  'citation-outdated': '法律适用',
  'amount-out-of-range': '法律适用',
  'date-order': '程序',
  deadline: '程序',
  'missing-document': '程序',
  'missing-field': '文书制作',
  officers: '主体',
  inconsistency: '事实证据',
}

/** The class of an item: its own title first, then its section path, then the finding kind. */
export function categoryOf(title: string, path: string[], kind?: Finding['kind']): Category {
  for (const text of [title, ...[...path].reverse()]) {
    for (const [c, re] of CATEGORY_WORDS) if (re.test(text)) return c
  }
  return (kind && KIND_CATEGORY[kind]) || '文书制作'
}

export function itemIndex(rubric: Rubric): Map<string, ItemInfo> {
  const m = new Map<string, ItemInfo>()
  const walk = (s: RubricSection, path: string[]) => {
    const p = [...path, s.title]
    for (const it of s.items ?? []) m.set(it.id, { item: it, path: p, sectionId: s.id, veto: false, bonus: false })
    for (const sub of s.sections ?? []) walk(sub, p)
  }
  for (const s of rubric.sections) walk(s, [])
  for (const v of rubric.veto.items) m.set(v.id, { item: v, path: ['否决项'], sectionId: null, veto: true, bonus: false })
  for (const b of rubric.bonus?.items ?? []) m.set(b.id, { item: b, path: ['加分项'], sectionId: null, veto: false, bonus: true })
  return m
}

/** The latest decision per finding and per item (manual scores). */
export function latestDecisions(ds: Decision[]): { byFinding: Map<string, Decision>; byItem: Map<string, Decision> } {
  const byFinding = new Map<string, Decision>()
  const byItem = new Map<string, Decision>()
  for (const d of [...ds].sort((a, b) => a.at.localeCompare(b.at))) {
    if (d.findingId) byFinding.set(d.findingId, d)
    else if (d.itemId) byItem.set(d.itemId, d)
  }
  return { byFinding, byItem }
}

export function decideFindings(c: SnapshotCase): DecidedFinding[] {
  const { byFinding } = latestDecisions(c.decisions)
  return (c.result?.findings ?? []).map((finding) => {
    const d = byFinding.get(finding.id) ?? null
    if (!d) return { finding, outcome: 'machine' as const, points: finding.deduction, decision: null }
    if (d.action === 'reject') return { finding, outcome: 'rejected' as const, points: 0, decision: d }
    if (d.action === 'adjust') return { finding, outcome: 'adjusted' as const, points: d.points ?? finding.deduction, decision: d }
    return { finding, outcome: 'accepted' as const, points: d.points ?? finding.deduction, decision: d }
  })
}

/** A finding is a problem of the case when it stands after decisions and costs points or is a veto; an undetermined one only once a reviewer accepted it. */
export function standsAsProblem(f: DecidedFinding): boolean {
  if (f.outcome === 'rejected') return false
  if (f.finding.status === 'undetermined' || f.finding.status === 'verify') return f.outcome !== 'machine' && (f.points > 0 || !!f.finding.veto)
  return f.points > 0 || !!f.finding.veto
}

export function basisText(b?: LegalBasis): string {
  if (!b) return ''
  const law = b.law ? `《${b.law}》` : ''
  const s = `${law}${b.provision ?? ''}`
  return s || (b.ruleId ? `程序规则 ${b.ruleId}` : '')
}

export function evidenceText(f: Finding, max = 3): string {
  const refs = f.evidence.slice(0, max).map((e) => `${e.file} 第${e.page}页`)
  if (f.evidence.length > max) refs.push(`等${f.evidence.length}处`)
  return refs.join('；')
}

export function caseLabel(c: SnapshotCase): string {
  return c.row.caseNumber ?? c.result?.case.caseNumber ?? c.row.folder.split(/[\\/]/).filter(Boolean).pop() ?? `案卷${c.row.id}`
}

export function agencyLabel(c: SnapshotCase): string {
  return c.row.agency ?? '（未指定单位）'
}

export function partyLabel(c: SnapshotCase): string {
  return c.row.party ?? c.result?.case.party ?? '—'
}

/** Points with at most two decimals, no trailing zeros: 2, 0.5, 87.5. */
export function pts(n: number): string {
  return String(Math.round(n * 100) / 100)
}

export function caseProblems(snap: ReviewSnapshot, caseIndex: number, items = itemIndex(snap.rubric)): Problem[] {
  const c = snap.cases[caseIndex]
  const ledger = new Map(snap.ledger.filter((l) => l.caseId === c.row.id).map((l) => [l.findingId, l]))
  const base = { caseIndex, caseId: c.row.id, caseNumber: caseLabel(c), agency: agencyLabel(c) }
  const out: Problem[] = []
  for (const f of decideFindings(c).filter(standsAsProblem)) {
    const info = items.get(f.finding.itemId)
    const title = info?.item.title ?? f.finding.itemId
    const path = info?.path ?? []
    const veto = !!f.finding.veto || !!info?.veto
    const comment = f.decision?.comment ? `（评查意见：${f.decision.comment}）` : ''
    out.push({
      ...base,
      findingId: f.finding.id,
      itemId: f.finding.itemId,
      itemTitle: title,
      path,
      category: categoryOf(title, path, f.finding.kind),
      description: `${f.finding.message}${comment}`,
      points: f.points,
      veto,
      basis: basisText(f.finding.basis ?? info?.item.basis),
      remediation: info?.item.remediation ?? '',
      evidence: evidenceText(f.finding),
      ledger: ledger.get(f.finding.id) ?? null,
    })
  }
  // A reviewer's own deduction on an item (manual items) with no finding behind it.
  const { byItem } = latestDecisions(c.decisions)
  for (const [itemId, d] of byItem) {
    if (d.action === 'reject' || !(d.points && d.points > 0)) continue
    const info = items.get(itemId)
    const title = info?.item.title ?? itemId
    const path = info?.path ?? []
    const fid = `item:${itemId}`
    out.push({
      ...base,
      findingId: fid,
      itemId,
      itemTitle: title,
      path,
      category: categoryOf(title, path, 'manual'),
      description: d.comment ? `${title}：${d.comment}` : `${title}（评查人评定扣分）`,
      points: d.points,
      veto: false,
      basis: basisText(info?.item.basis),
      remediation: info?.item.remediation ?? '',
      evidence: '',
      ledger: ledger.get(fid) ?? null,
    })
  }
  return out
}

export function allProblems(snap: ReviewSnapshot): Problem[] {
  const items = itemIndex(snap.rubric)
  return snap.cases.flatMap((_, i) => caseProblems(snap, i, items))
}

/** The decided total of a case, or null when it has not been scored. */
export function caseTotal(c: SnapshotCase): number | null {
  return c.score?.total ?? c.result?.score ?? null
}

export function caseGrade(c: SnapshotCase): string {
  return c.score?.grade ?? c.result?.grade ?? c.row.grade ?? '未评定'
}

export interface AgencyStat {
  agency: string
  cases: number
  scored: number
  average: number | null
  total: number
  excellent: number
  failed: number
  problems: number
}

export interface ProjectStats {
  cases: number
  scored: number
  agencies: string[]
  average: number | null
  min: number | null
  max: number | null
  /** Grade name → number of cases, in the rubric's order (highest first). */
  grades: { name: string; count: number }[]
  excellentGrade: string
  excellent: number
  passed: number
  failed: number
  excellentRate: number | null
  passRate: number | null
  /** Score bands for the distribution chart. */
  bands: { label: string; count: number }[]
  /** Ranked by average, then total, then name (rubric-standards.md S12). */
  ranking: AgencyStat[]
  problems: Problem[]
  byCategory: { category: Category; count: number; cases: number; examples: Problem[] }[]
  vetoed: number
  pending: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** The failing grade is the lowest band; the excellent grade is the highest. */
export function projectStats(snap: ReviewSnapshot): ProjectStats {
  const grades = snap.rubric.grades
  const excellentGrade = grades[0]?.name ?? '优秀'
  const failGrade = grades[grades.length - 1]?.name ?? '不合格'
  const scored = snap.cases.filter((c) => caseTotal(c) !== null)
  const totals = scored.map((c) => caseTotal(c)!)
  const sum = totals.reduce((a, b) => a + b, 0)
  const gradeCount = new Map<string, number>()
  for (const c of scored) gradeCount.set(caseGrade(c), (gradeCount.get(caseGrade(c)) ?? 0) + 1)
  const gradeList = grades.map((g) => ({ name: g.name, count: gradeCount.get(g.name) ?? 0 }))
  for (const [name, count] of gradeCount) if (!grades.some((g) => g.name === name)) gradeList.push({ name, count })
  const excellent = gradeCount.get(excellentGrade) ?? 0
  const failed = scored.filter((c) => caseGrade(c) === failGrade || c.score?.vetoed).length
  const passed = scored.length - failed

  const edges = [0, 60, 70, 80, 90]
  const bands = edges.map((lo, i) => {
    const hi = edges[i + 1]
    const label = i === 0 ? '60分以下' : hi ? `${lo}–${hi - 1}分` : `${lo}分以上`
    const count = totals.filter((t) => t >= lo && (hi === undefined || t < hi)).length
    return { label, count }
  })

  const problems = allProblems(snap)
  const agencies = [...new Set([...snap.project.agencies, ...snap.cases.map(agencyLabel)])].filter((a) =>
    snap.cases.some((c) => agencyLabel(c) === a),
  )
  const ranking: AgencyStat[] = agencies.map((agency) => {
    const cs = snap.cases.filter((c) => agencyLabel(c) === agency)
    const ts = cs.map(caseTotal).filter((t): t is number => t !== null)
    const total = ts.reduce((a, b) => a + b, 0)
    return {
      agency,
      cases: cs.length,
      scored: ts.length,
      average: ts.length ? round2(total / ts.length) : null,
      total: round2(total),
      excellent: cs.filter((c) => caseTotal(c) !== null && caseGrade(c) === excellentGrade).length,
      failed: cs.filter((c) => caseTotal(c) !== null && (caseGrade(c) === failGrade || c.score?.vetoed)).length,
      problems: problems.filter((p) => p.agency === agency).length,
    }
  })
  ranking.sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || b.total - a.total || a.agency.localeCompare(b.agency, 'zh'))

  const byCategory = CATEGORIES.map((category) => {
    const ps = problems.filter((p) => p.category === category)
    // Typical examples: the costliest, each a different rubric item from a different case where possible.
    const ranked = [...ps].sort((a, b) => Number(b.veto) - Number(a.veto) || b.points - a.points)
    const examples: Problem[] = []
    for (const strict of [true, false]) {
      for (const p of ranked) {
        if (examples.length >= 3 || examples.includes(p)) continue
        const clash = examples.some((e) => e.caseIndex === p.caseIndex || (strict && e.itemId === p.itemId))
        if (!clash) examples.push(p)
      }
    }
    return { category, count: ps.length, cases: new Set(ps.map((p) => p.caseIndex)).size, examples }
  })
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count)

  return {
    cases: snap.cases.length,
    scored: scored.length,
    agencies,
    average: scored.length ? round2(sum / scored.length) : null,
    min: totals.length ? Math.min(...totals) : null,
    max: totals.length ? Math.max(...totals) : null,
    grades: gradeList,
    excellentGrade,
    excellent,
    passed,
    failed,
    excellentRate: scored.length ? excellent / scored.length : null,
    passRate: scored.length ? passed / scored.length : null,
    bands,
    ranking,
    problems,
    byCategory,
    vetoed: snap.cases.filter((c) => c.score?.vetoed ?? c.result?.vetoed).length,
    pending: snap.cases.reduce((a, c) => a + (c.score?.pending ?? 0), 0),
  }
}

export function percent(r: number | null): string {
  return r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`
}

/** 2026-11-23 → 2026年11月23日 */
export function cnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso
}

export function rubricTag(r: Rubric): string {
  return `评查标准：${r.name}（编号 ${r.id}，版本 ${r.version}）`
}

const CN_DIGITS = '〇一二三四五六七八九'
/** 1 → 一, 12 → 十二, 23 → 二十三 (for 一、二、 headings; up to 99). */
export function cnNum(n: number): string {
  if (n < 10) return CN_DIGITS[n]
  const t = Math.floor(n / 10)
  const u = n % 10
  return `${t === 1 ? '' : CN_DIGITS[t]}十${u ? CN_DIGITS[u] : ''}`
}
