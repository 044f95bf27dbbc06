/**
 * Assignment (分配): k reviewers (1–3, default 2) for each drawn case, from the project's roster.
 *
 * Eligible for a case: a roster member whose role may review (默认 评查员), who is not of the case's own agency
 * (回避: the reviewer's agency is the case's unit) and who has declared no conflict with the case (a declared conflict
 * names an agency / unit, or a case number). Names are compared by hash.sameName (NFKC, no white space).
 *
 * Method, deterministic and reproducible from the record:
 * 1. Cases the organiser assigned by hand (overrides, each with its reason) are fixed first and count towards load.
 * 2. The other cases are taken most-constrained first: fewest eligible reviewers, then by the case's draw rank
 *    rankKey(seed, unit, case).
 * 3. For each case the k reviewers are chosen one by one: the eligible reviewer with the fewest cases so far, ties
 *    broken by the smallest rankKey(seed, unit, case, reviewer name) — the same hash the draw uses.
 * 4. Loads are evened out: while a chain of hand-overs leads from a reviewer to one with at least two cases fewer —
 *    A hands a case to B (eligible for it, not already on it), B hands another to C, … — the chain is applied. The
 *    most loaded reviewer goes first, names and draw ranks decide among equals. When it ends no reviewer could give
 *    a case to a reviewer with two fewer, directly or through others: loads are as even as eligibility allows
 *    (within one case of each other when everyone may review the same share).
 * Cases the organiser assigned by hand are never handed over.
 *
 * A case with fewer than k eligible reviewers cannot be assigned; the assignment then fails as a whole with one line
 * per such case, so a shortfall is never silent.
 */
import { EngineError } from '../errors'
import { canonicalSha256, compareBytes, compareCodePoints, lastPart, rankKey, rankKeyer, sameName } from './hash'

export type PanelRole = '组长' | '评查员' | '复核人'
export const PANEL_ROLES: readonly PanelRole[] = ['组长', '评查员', '复核人']

export interface RosterMember {
  name: string
  agency: string
  role: PanelRole
  /** Agencies, units or case numbers the reviewer has declared a conflict with (利害关系). */
  conflicts?: string[]
}

/** A drawn case to assign. `unit` is the case's own agency. */
export interface CaseToAssign {
  case: string
  unit: string
  /** The draw's rank key; computed from the seed when absent. */
  rank?: string
}

/** The organiser's choice for one case, with the reason recorded. */
export interface AssignmentOverride {
  case: string
  reviewers: string[]
  reason: string
}

export interface AssignOptions {
  seed: string
  /** Reviewers per case, 1–3 (default 2). */
  perCase?: number
  /** Roles that may review (default 评查员 only; the 组长 reconciles and the 复核人 re-checks). */
  roles?: readonly PanelRole[]
  overrides?: AssignmentOverride[]
}

export interface Assignment {
  case: string
  unit: string
  reviewers: string[]
  /** Present when the organiser chose the reviewers. */
  override?: { reason: string }
}

export interface AssignmentResult {
  seed: string
  perCase: number
  /** canonicalSha256 of the roster as [name, agency, role, conflicts sorted and joined by "、"]. */
  rosterSha256: string
  assignments: Assignment[]
  /** Cases per reviewer, every eligible roster member listed (0 included). */
  load: { name: string; cases: number }[]
}

export function rosterSha256(roster: RosterMember[]): string {
  return canonicalSha256(roster.map((m) => [m.name, m.agency, m.role, [...(m.conflicts ?? [])].sort(compareCodePoints).join('、')]))
}

/** Why `member` may not review `c`, or null when they may. */
export function ineligibility(member: RosterMember, c: CaseToAssign, roles: readonly PanelRole[] = ['评查员']): string | null {
  if (!roles.includes(member.role)) return `角色为${member.role}，不参与评查`
  if (sameName(member.agency) === sameName(c.unit)) return `与案卷同属 ${c.unit}，应回避`
  const hit = (member.conflicts ?? []).find((x) => sameName(x) !== '' && (sameName(x) === sameName(c.unit) || sameName(x) === sameName(c.case)))
  if (hit !== undefined) return `已申报与 ${hit} 有利害关系`
  return null
}

function checkRoster(roster: RosterMember[]) {
  const seen = new Set<string>()
  for (const m of roster) {
    if (m.name.trim() === '') throw new EngineError('bad-request', '评查人员名单中有姓名为空的人员')
    if (m.agency.trim() === '') throw new EngineError('bad-request', `评查人员 ${m.name} 没有填写所在单位，无法判断回避`)
    if (!PANEL_ROLES.includes(m.role)) throw new EngineError('bad-request', `评查人员 ${m.name} 的角色应为 ${PANEL_ROLES.join('、')} 之一，现为 ${m.role}`)
    const key = sameName(m.name)
    if (seen.has(key)) throw new EngineError('bad-request', `评查人员名单中 ${m.name} 出现两次：姓名相同的人员请加以区分（如 张伟（市场监管局））`)
    seen.add(key)
  }
}

export function assignReviewers(cases: CaseToAssign[], roster: RosterMember[], options: AssignOptions): AssignmentResult {
  const perCase = options.perCase ?? 2
  if (!Number.isInteger(perCase) || perCase < 1 || perCase > 3) throw new EngineError('bad-request', `每卷评查人数应为 1 至 3 人，现为 ${perCase}`)
  if (options.seed.trim() === '') throw new EngineError('bad-request', '随机种子不能为空')
  const roles = options.roles ?? ['评查员']
  checkRoster(roster)
  const seenCases = new Set<string>()
  for (const c of cases) {
    if (seenCases.has(c.case)) throw new EngineError('bad-request', `案卷 ${c.case} 在待分配清单中出现两次`)
    seenCases.add(c.case)
  }

  const load = new Map<string, number>()
  for (const m of roster) if (roles.includes(m.role)) load.set(m.name, 0)
  const byName = new Map(roster.map((m) => [sameName(m.name), m]))
  const done = new Map<string, Assignment>()
  const problems: string[] = []

  for (const o of options.overrides ?? []) {
    const c = cases.find((x) => x.case === o.case)
    if (!c) {
      problems.push(`指定分配的案卷 ${o.case} 不在抽取结果中`)
      continue
    }
    if (o.reason.trim() === '') problems.push(`案卷 ${o.case}：指定评查人须写明理由`)
    if (o.reviewers.length < 1 || o.reviewers.length > 3) problems.push(`案卷 ${o.case}：指定的评查人应为 1 至 3 人`)
    if (new Set(o.reviewers.map(sameName)).size !== o.reviewers.length) problems.push(`案卷 ${o.case}：同一评查人被指定两次`)
    const names: string[] = []
    for (const r of o.reviewers) {
      const m = byName.get(sameName(r))
      if (!m) {
        problems.push(`案卷 ${o.case}：${r} 不在评查人员名单中`)
        continue
      }
      const why = ineligibility(m, c, roles)
      if (why) problems.push(`案卷 ${o.case}：不能指定 ${m.name}（${why}）`)
      names.push(m.name)
    }
    done.set(c.case, { case: c.case, unit: c.unit, reviewers: names, override: { reason: o.reason.trim() } })
    for (const n of names) load.set(n, (load.get(n) ?? 0) + 1)
  }

  // Eligibility once per unit (names normalised once), then per case only the conflicts naming a case number.
  const members = roster.map((m) => ({ m, agency: sameName(m.agency), conflicts: new Set((m.conflicts ?? []).map(sameName).filter((x) => x !== '')), may: roles.includes(m.role) }))
  const perUnit = new Map<string, typeof members>()
  const eligibleFor = (c: CaseToAssign) => {
    const unit = sameName(c.unit)
    let base = perUnit.get(unit)
    if (!base) perUnit.set(unit, (base = members.filter((x) => x.may && x.agency !== unit && !x.conflicts.has(unit))))
    const id = sameName(c.case)
    return base.filter((x) => !x.conflicts.has(id)).map((x) => x.m.name)
  }
  const open = cases
    .filter((c) => !done.has(c.case))
    .map((c) => ({ c, rank: c.rank ?? rankKey(options.seed, c.unit, c.case), eligible: eligibleFor(c) }))
  for (const { c, eligible } of open) {
    if (eligible.length < perCase) {
      const counted = members.filter((x) => x.may).length
      problems.push(`案卷 ${c.case}（${c.unit}）：需要 ${perCase} 名评查人，可选的只有 ${eligible.length} 名（名单中可评查的 ${counted} 人，其余因回避或申报的利害关系不能评查）`)
    }
  }
  if (problems.length) throw new EngineError('unusable-input', `无法分配评查人：\n${problems.join('\n')}`)

  open.sort((a, b) => a.eligible.length - b.eligible.length || compareCodePoints(a.rank, b.rank))
  const nameBytes = new Map(roster.map((m) => [m.name, lastPart(m.name)]))
  for (const { c, eligible } of open) {
    // A reviewer's key for this case is computed only when a tie on load needs it (the result is the same).
    const keys = new Map<string, Uint8Array>()
    const keyer = rankKeyer(options.seed, c.unit, c.case)
    const key = (name: string) => {
      let k = keys.get(name)
      if (k === undefined) keys.set(name, (k = keyer(nameBytes.get(name)!)))
      return k
    }
    const chosen: string[] = []
    for (let i = 0; i < perCase; i++) {
      let best: string | null = null
      let bestLoad = Infinity
      for (const name of eligible) {
        if (chosen.includes(name)) continue
        const l = load.get(name)!
        if (l < bestLoad || (l === bestLoad && compareBytes(key(name), key(best!)) < 0)) {
          best = name
          bestLoad = l
        }
      }
      chosen.push(best!)
      load.set(best!, bestLoad + 1)
    }
    done.set(c.case, { case: c.case, unit: c.unit, reviewers: chosen })
  }
  evenOut(open, done, load)

  return {
    seed: options.seed,
    perCase,
    rosterSha256: rosterSha256(roster),
    assignments: cases.map((c) => done.get(c.case)!),
    load: [...load].map(([name, n]) => ({ name, cases: n })).sort((a, b) => compareCodePoints(a.name, b.name)),
  }
}

/**
 * Step 4: hand-over chains, found breadth-first from the most loaded reviewer. Each chain lowers the sum of squared
 * loads, so the loop ends.
 */
function evenOut(open: { c: CaseToAssign; rank: string; eligible: string[] }[], done: Map<string, Assignment>, load: Map<string, number>) {
  const names = [...load.keys()].sort(compareCodePoints)
  const casesOf = new Map<string, { c: CaseToAssign; rank: string; eligible: string[] }[]>(names.map((n) => [n, []]))
  for (const o of open) for (const r of done.get(o.c.case)!.reviewers) casesOf.get(r)!.push(o)
  for (;;) {
    const order = [...names].sort((a, b) => load.get(b)! - load.get(a)! || compareCodePoints(a, b))
    const least = load.get(order[order.length - 1])!
    let moved = false
    for (const from of order) {
      const top = load.get(from)!
      if (top < least + 2) break
      // Breadth-first over reviewers; an edge X → Y is a case of X that Y may take.
      const via = new Map<string, { prev: string; o: { c: CaseToAssign; rank: string; eligible: string[] } }>()
      const seen = new Set([from])
      let queue = [from]
      let target: string | null = null
      while (queue.length && target === null) {
        const next: string[] = []
        for (const x of queue) {
          const own = [...casesOf.get(x)!].sort((a, b) => compareCodePoints(a.rank, b.rank))
          for (const o of own) {
            const on = done.get(o.c.case)!.reviewers
            for (const y of o.eligible) {
              if (seen.has(y) || on.includes(y)) continue
              seen.add(y)
              via.set(y, { prev: x, o })
              if (load.get(y)! <= top - 2) {
                target = y
                break
              }
              next.push(y)
            }
            if (target !== null) break
          }
          if (target !== null) break
        }
        queue = next.sort(compareCodePoints)
      }
      if (target === null) continue
      for (let y = target; y !== from; ) {
        const { prev, o } = via.get(y)!
        const a = done.get(o.c.case)!
        a.reviewers = a.reviewers.map((r) => (r === prev ? y : r))
        casesOf.set(prev, casesOf.get(prev)!.filter((x) => x !== o))
        casesOf.get(y)!.push(o)
        y = prev
      }
      load.set(from, top - 1)
      load.set(target, load.get(target)! + 1)
      moved = true
      break
    }
    if (!moved) return
  }
}
