/**
 * What the exports say, computed once from a ReviewSnapshot: the problems of each case with reviewer
 * decisions applied, their 通报 category, and the project statistics. Pure: no I/O, so the tests can
 * compare the documents' text with these figures.
 */
import { gradeUnit, rankUnits } from '../../../shared/score'
import { clipQuotes } from '../../../shared/util/quote'
import type {
  CaseScore,
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
export type FindingOutcome = 'machine' | 'pending' | 'accepted' | 'rejected' | 'adjusted'

export interface DecidedFinding {
  finding: Finding
  outcome: FindingOutcome
  /** The defect stands: machine-sure, or confirmed by a reviewer. */
  applies: boolean
  /** Points it deducts when it stands (before the item's cap). */
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
  /**
   * A reviewer decided on it (confirmed, adjusted, or deducted on the item); false when it stands only as the
   * machine's check result, which the documents mark 未复核.
   */
  reviewed: boolean
}

/** 通报 problem classes (rubric-standards.md §4, eight-class view). */
export const CATEGORIES = ['主体', '事实证据', '法律适用', '程序', '裁量', '文书制作', '立卷归档', '三项制度'] as const
export type Category = (typeof CATEGORIES)[number]

const CATEGORY_WORDS: [Category, RegExp][] = [
  ['三项制度', /公示|全过程记录|音像|三项制度/],
  ['立卷归档', /归档|立卷|组卷|卷宗|目录|页码|逐页编号|装订|封面|备考/],
  ['法律适用', /法律依据|处罚依据|违法依据|适用依据|依据合法|依据的条|法律适用|适用法律|引用|条款|法条|定性|法定种类|幅度/],
  ['裁量', /裁量|畸轻畸重|基准/],
  ['主体', /主体|执法人员|执法资格|执法证|印章|管辖|委托/],
  ['事实证据', /事实|证据|取证|笔录|违法所得|货值|勘验|检查记录|追诉时效/],
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

/** The machine's proposal for one finding: its own figure, else what the item's deduction form implies. */
function proposal(f: Finding, item: RubricItem | VetoItem | undefined): number {
  const d = item && 'deduction' in item ? item.deduction : undefined
  if (d?.form === 'range') {
    const [lo, hi] = f.deductionRange ?? [d.min, d.max]
    return f.deduction > 0 ? Math.min(hi, Math.max(lo, f.deduction)) : lo
  }
  if (f.deduction > 0) return f.deduction
  if (!d || !item || !('points' in item)) return 0
  return d.form === 'whole' ? item.points : d.each
}

/**
 * Each finding after the reviewer's decisions, by the rules of the score stage (shared/score): the latest
 * decision wins; reject drops it; adjust (or any decision with points) sets its points; accept confirms the
 * machine's proposal; an undecided open finding stands, verify / undetermined / manual ones wait.
 * A decision on the whole item (reject / accept) applies to every finding of that item.
 */
export function decideFindings(c: SnapshotCase, items?: Map<string, ItemInfo>, rubric?: Rubric): DecidedFinding[] {
  const index = items ?? (rubric ? itemIndex(rubric) : new Map<string, ItemInfo>())
  const { byFinding, byItem } = latestDecisions(c.decisions)
  return (c.result?.findings ?? []).map((finding) => {
    const item = index.get(finding.itemId)?.item
    const own = byFinding.get(finding.id)
    const onItem = byItem.get(finding.itemId)
    const d = onItem?.action === 'reject' || onItem?.action === 'accept' ? onItem : own ?? null
    if (d?.action === 'reject') return { finding, outcome: 'rejected' as const, applies: false, points: 0, decision: d }
    if (d && (d.action === 'adjust' || d.points !== undefined)) {
      const points = Math.max(0, d.points ?? 0)
      return { finding, outcome: 'adjusted' as const, applies: points > 0, points, decision: d }
    }
    if (d?.action === 'accept') return { finding, outcome: 'accepted' as const, applies: true, points: proposal(finding, item), decision: d }
    if (finding.status === 'open' && finding.kind !== 'manual') return { finding, outcome: 'machine' as const, applies: true, points: proposal(finding, item), decision: null }
    return { finding, outcome: 'pending' as const, applies: false, points: 0, decision: null }
  })
}

/** A finding is a problem of the case when it stands after decisions and costs points or is a veto. */
export function standsAsProblem(f: DecidedFinding): boolean {
  return f.applies && (f.points > 0 || !!f.finding.veto)
}

/**
 * Absolute file-system paths (a case folder on the reviewer's machine) mean nothing to the agency reading the document.
 * A POSIX path must start with an ASCII directory (/home/…, /work/…), so 时间/地点/签名 in a message survives.
 */
const ABS_PATH = /(?:[A-Za-z]:[\\/]|\/(?=[\w.~-]+\/))(?:[^\s，。；：、（）()\\/]+[\\/])*[^\s，。；：、（）()\\/\u3400-\u9fff]*/g

/**
 * A finding's message for people outside the review: no absolute paths, long quotations cut at a clause boundary;
 * with `max`, only the first sentence of a long message. The finding itself (message and evidence) keeps the full text.
 */
export function plainMessage(msg: string, max?: number): string {
  let m = clipQuotes(msg.replace(ABS_PATH, '').replace(/[ \t]{2,}/g, ' ').replace(/ (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) /g, ''))
  if (max && m.length > max) {
    const first = m.split('。')[0]
    if (first && first.length < m.length) m = first
  }
  return m.trim()
}

export function basisText(b?: LegalBasis): string {
  if (!b) return ''
  const law = b.law ? `《${b.law}》` : ''
  const s = `${law}${b.provision ?? ''}`
  return s || (b.ruleId ? `程序规则 ${b.ruleId}` : '')
}

/** Evidence as "file 第1、3页；other 第2页": pages grouped by file, each page once, at most `max` files. */
export function evidenceText(f: Finding, max = 3): string {
  const byFile = new Map<string, Set<number>>()
  for (const e of f.evidence) {
    const pages = byFile.get(e.file) ?? new Set<number>()
    pages.add(e.page)
    byFile.set(e.file, pages)
  }
  // Evidence on the whole case names its folder by an absolute path: a document shows the folder's name, no page.
  const refs = [...byFile]
    .slice(0, max)
    .map(([file, pages]) => (/^(?:[A-Za-z]:[\\/]|\/)/.test(file) ? `案卷文件夹“${file.split(/[\\/]/).filter(Boolean).pop() ?? file}”` : `${file} 第${[...pages].sort((a, b) => a - b).join('、')}页`))
  if (byFile.size > max) refs.push(`等${byFile.size}个文件`)
  return refs.join('；')
}

export function caseLabel(c: SnapshotCase): string {
  return c.row.caseNumber ?? c.result?.case.caseNumber ?? c.row.folder.split(/[\\/]/).filter(Boolean).pop() ?? `案卷${c.row.id}`
}

/** The group of cases whose 执法单位 was not read from the file (nor named in the folder path). */
export const NO_AGENCY = '执法单位未识别'

export function agencyLabel(c: SnapshotCase): string {
  return c.row.agency?.trim() || NO_AGENCY
}

export function hasAgency(c: SnapshotCase): boolean {
  return agencyLabel(c) !== NO_AGENCY
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
  for (const f of decideFindings(c, items).filter(standsAsProblem)) {
    const info = items.get(f.finding.itemId)
    if (info?.bonus) continue
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
      description: `${plainMessage(f.finding.message, 60)}${comment}`,
      points: f.points,
      veto,
      basis: basisText(f.finding.basis ?? info?.item.basis),
      remediation: info?.item.remediation ?? '',
      evidence: evidenceText(f.finding),
      ledger: ledger.get(f.finding.id) ?? null,
      reviewed: f.outcome !== 'machine',
    })
  }
  // A reviewer's own deduction on an item (manual items) with no finding behind it.
  const { byItem } = latestDecisions(c.decisions)
  for (const [itemId, d] of byItem) {
    const info = items.get(itemId)
    const costs = !!d.points && d.points > 0
    // A veto item a reviewer confirms (accept, or points) vetoes the case, as in the score stage.
    const stands = info?.veto ? d.action === 'accept' || costs : d.action !== 'reject' && costs
    if (!stands || info?.bonus || out.some((p) => p.itemId === itemId)) continue
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
      points: info?.veto ? 0 : d.points ?? 0,
      veto: !!info?.veto,
      basis: basisText(info?.item.basis),
      remediation: info?.item.remediation ?? '',
      evidence: '',
      ledger: ledger.get(fid) ?? null,
      reviewed: true,
    })
  }
  return out
}

export function allProblems(snap: ReviewSnapshot): Problem[] {
  const items = itemIndex(snap.rubric)
  return snap.cases.flatMap((_, i) => caseProblems(snap, i, items))
}

/** The decided score of a case: the snapshot's, else the one stored with the result; null when not scored. */
export function caseScore(c: SnapshotCase): CaseScore | null {
  return c.score ?? c.result?.scoreDetail ?? null
}

/** The total of a graded case; null when not scored or not gradable (无法评分). */
export function caseTotal(c: SnapshotCase): number | null {
  const s = caseScore(c)
  return s && !s.ungradable ? s.total : null
}

export function caseGrade(c: SnapshotCase): string {
  return caseScore(c)?.grade ?? '未评定'
}

/**
 * How far the reviewers have got, counted over the findings of the snapshot (what a bulletin may say about review).
 * `found` are the problems the checks asserted (open or to verify; not the questions left to a person), of which
 * `reviewed` carry a reviewer's decision; the rest stand as the machine left them: `machineListed` open ones are
 * listed as problems, `verifyPending` ones wait and deduct nothing.
 */
export interface ReviewStats {
  found: number
  reviewed: number
  accepted: number
  rejected: number
  adjusted: number
  unreviewed: number
  machineListed: number
  verifyPending: number
  /** Items the machine could not decide or leaves to a person (manual questions, undetermined checks). */
  toJudge: number
  judged: number
  /** A reviewer's own deductions on items without a finding. */
  itemDeductions: number
}

export function reviewStats(snap: ReviewSnapshot, items = itemIndex(snap.rubric)): ReviewStats {
  const s: ReviewStats = { found: 0, reviewed: 0, accepted: 0, rejected: 0, adjusted: 0, unreviewed: 0, machineListed: 0, verifyPending: 0, toJudge: 0, judged: 0, itemDeductions: 0 }
  snap.cases.forEach((c, i) => {
    for (const f of decideFindings(c, items)) {
      if (items.get(f.finding.itemId)?.bonus) continue
      const decided = f.outcome === 'accepted' || f.outcome === 'rejected' || f.outcome === 'adjusted'
      if (f.finding.kind === 'manual' || f.finding.status === 'undetermined') {
        s.toJudge++
        if (decided) s.judged++
        continue
      }
      s.found++
      if (f.outcome === 'accepted') s.accepted++
      else if (f.outcome === 'rejected') s.rejected++
      else if (f.outcome === 'adjusted') s.adjusted++
      else if (f.outcome === 'machine') s.machineListed++
      else s.verifyPending++
    }
    s.itemDeductions += caseProblems(snap, i, items).filter((p) => p.findingId.startsWith('item:')).length
  })
  s.reviewed = s.accepted + s.rejected + s.adjusted
  s.unreviewed = s.found - s.reviewed
  return s
}

export interface AgencyStat {
  agency: string
  /** 1-based; equal units share a rank. */
  rank: number
  cases: number
  scored: number
  average: number | null
  /** Grade of the average, in the case bands. */
  grade: string | null
  total: number
  excellent: number
  failed: number
  problems: number
}

export interface ProjectStats {
  cases: number
  /** Cases graded: neither unscored nor 无法评分. */
  scored: number
  /** Cases that cannot be graded (无法评分: no readable document of the rubric's kind). */
  ungradable: number
  /** Agencies with at least one case in the snapshot, project order first; never the 执法单位未识别 group. */
  agencies: string[]
  /** Cases whose agency was not identified: counted, never ranked. */
  unnamed: number
  /** Agencies on the project's list with no identified case among the snapshot's cases. */
  absent: string[]
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
  /** Ranked by the rubric's unit keys, by default average then total (rubric-standards.md S12). */
  ranking: AgencyStat[]
  problems: Problem[]
  byCategory: { category: Category; count: number; cases: number; examples: Problem[] }[]
  vetoed: number
  /** Cases whose score still waits for a reviewer. */
  provisional: number
}

/** Project figures; unit grading and ranking are the score stage's (gradeUnit / rankUnits), so the bulletin agrees with the app. */
export function projectStats(snap: ReviewSnapshot): ProjectStats {
  const r = snap.rubric
  // A case that cannot be graded (无法评分) has no total and no band: it counts in no figure but its own.
  const scored = snap.cases.map(caseScore).filter((x): x is CaseScore => x !== null)
  const scores = scored.filter((x) => !x.ungradable)
  const all = gradeUnit(r, scores)
  const totals = scores.map((x) => x.total)
  const gradeCount = new Map<string, number>()
  for (const x of scores) gradeCount.set(x.grade, (gradeCount.get(x.grade) ?? 0) + 1)
  const grades = r.grades.map((g) => ({ name: g.name, count: gradeCount.get(g.name) ?? 0 }))
  for (const [name, count] of gradeCount) if (!r.grades.some((g) => g.name === name)) grades.push({ name, count })

  const edges = [0, 60, 70, 80, 90]
  const bands = edges.map((lo, i) => {
    const hi = edges[i + 1]
    const label = i === 0 ? '60分以下' : hi ? `${lo}–${hi - 1}分` : `${lo}分以上`
    return { label, count: totals.filter((t) => t >= lo && (hi === undefined || t < hi)).length }
  })

  const problems = allProblems(snap)
  const agencies = [...new Set([...snap.project.agencies, ...snap.cases.map(agencyLabel)])].filter((a) => a !== NO_AGENCY && snap.cases.some((c) => agencyLabel(c) === a))
  // A listed agency is present when a case names it, or names it in a longer form (市场监管局 / 成都市武侯区市场监管局).
  const absent = snap.project.agencies.filter((a) => !agencies.some((b) => b === a || b.includes(a) || a.includes(b)))
  const ranked = rankUnits(
    r,
    agencies.map((unit) => ({ unit, scores: snap.cases.filter((c) => agencyLabel(c) === unit).map(caseScore).filter((x): x is CaseScore => x !== null) })),
  )
  const ranking: AgencyStat[] = ranked.map((u) => ({
    agency: u.unit,
    rank: u.rank,
    cases: snap.cases.filter((c) => agencyLabel(c) === u.unit).length,
    scored: u.cases,
    average: u.cases ? u.average : null,
    grade: u.grade,
    total: u.total,
    excellent: u.excellent,
    failed: u.cases - u.passed,
    problems: problems.filter((p) => p.agency === u.unit).length,
  }))

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

  const n = scores.length
  return {
    cases: snap.cases.length,
    scored: n,
    ungradable: scored.length - n,
    agencies,
    unnamed: snap.cases.filter((c) => !hasAgency(c)).length,
    absent,
    average: n ? all.average : null,
    min: n ? Math.min(...totals) : null,
    max: n ? Math.max(...totals) : null,
    grades,
    excellentGrade: r.grades[0]?.name ?? '优秀',
    excellent: all.excellent,
    passed: all.passed,
    failed: n - all.passed,
    // Rates from the counts, not the stage's two-decimal rounding, so 11/12 prints as 91.7%.
    excellentRate: n ? all.excellent / n : null,
    passRate: n ? all.passed / n : null,
    bands,
    ranking,
    problems,
    byCategory,
    vetoed: all.vetoed,
    provisional: all.provisional,
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

/** The rubric as a reader names it: its Chinese name and version (the file's id stays in the document properties). */
export function rubricTag(r: Rubric): string {
  return `评查标准：${r.name}（版本 ${r.version}）`
}

/** The running header of the working tables (score sheet, ledger). */
export function rubricHeader(r: Rubric): string {
  return `${r.name}　版本 ${r.version}`
}

/** Machine-readable identification for the document properties: rubric id and version. */
export function rubricKeywords(r: Rubric): string {
  return `${r.id} v${r.version}`
}

const CN_DIGITS = '〇一二三四五六七八九'
/** 1 → 一, 12 → 十二, 23 → 二十三 (for 一、二、 headings; up to 99). */
export function cnNum(n: number): string {
  if (n < 10) return CN_DIGITS[n]
  const t = Math.floor(n / 10)
  const u = n % 10
  return `${t === 1 ? '' : CN_DIGITS[t]}十${u ? CN_DIGITS[u] : ''}`
}
