/**
 * Grading a unit (被评查单位) from its cases' scores: the average in the rubric's bands, 优秀率 and 合格率,
 * and a ranking by average then total (S12 北京市宣武区行政许可案卷评查细则).
 */
import type { CaseScore, Rubric } from '../types'

const round = (n: number) => Math.round(n * 100) / 100

/** The band a score falls in (bands are highest first; the lowest starts at 0). */
export function gradeOf(rubric: Rubric, score: number): string {
  for (const g of rubric.grades) if (score >= g.min - 1e-9) return g.name
  return rubric.grades[rubric.grades.length - 1]!.name
}

export interface UnitGrade {
  /** Cases graded. */
  cases: number
  /** Average score of the cases counted in the average (vetoed ones included unless the rubric says otherwise). */
  average: number
  /** Sum of the case totals: the tie-breaker of the ranking. */
  total: number
  /** Grade of the average; null when the unit has no case. */
  grade: string | null
  /** Cases graded in the top band (优秀) and their share (优秀率, 0–1). */
  excellent: number
  excellentRate: number
  /** Cases not in the lowest band (合格 and above) and their share (合格率, 0–1). */
  passed: number
  passRate: number
  vetoed: number
  /** Cases whose score still waits for a reviewer (provisional). */
  provisional: number
}

/** A case that cannot be graded (无法评分) is no graded case: it counts in no average, total, band or rate. */
export function gradeUnit(rubric: Rubric, all: CaseScore[]): UnitGrade {
  const scores = all.filter((s) => !s.ungradable)
  const top = rubric.grades[0]!.name
  const lowest = rubric.grades[rubric.grades.length - 1]!.name
  const inAverage = rubric.unitGrading?.vetoedInAverage === false ? scores.filter((s) => !s.vetoed) : scores
  const total = round(scores.reduce((a, s) => a + s.total, 0))
  const average = inAverage.length ? round(inAverage.reduce((a, s) => a + s.total, 0) / inAverage.length) : 0
  const n = scores.length
  const excellent = scores.filter((s) => s.grade === top).length
  const passed = scores.filter((s) => s.grade !== lowest).length
  return {
    cases: n,
    average,
    total,
    grade: n ? gradeOf(rubric, average) : null,
    excellent,
    excellentRate: n ? round(excellent / n) : 0,
    passed,
    passRate: n ? round(passed / n) : 0,
    vetoed: scores.filter((s) => s.vetoed).length,
    provisional: scores.filter((s) => s.pending > 0).length,
  }
}

export interface RankedUnit extends UnitGrade {
  unit: string
  /** 1-based; units equal on every ranking key share a rank (1, 1, 3). */
  rank: number
}

/** Rank units by the rubric's keys (default: average, then total). Units with no case come last. */
export function rankUnits(rubric: Rubric, units: { unit: string; scores: CaseScore[] }[]): RankedUnit[] {
  const keys = rubric.unitGrading?.rankBy ?? ['average', 'total']
  const graded = units.map((u) => ({ unit: u.unit, ...gradeUnit(rubric, u.scores) }))
  const cmp = (a: UnitGrade, b: UnitGrade) => {
    if ((a.cases === 0) !== (b.cases === 0)) return a.cases === 0 ? 1 : -1
    for (const k of keys) if (a[k] !== b[k]) return b[k] - a[k]
    return 0
  }
  graded.sort((a, b) => cmp(a, b) || a.unit.localeCompare(b.unit, 'zh'))
  const out: RankedUnit[] = []
  graded.forEach((g, i) => {
    const prev = out[i - 1]
    out.push({ ...g, rank: prev && cmp(prev, g) === 0 ? prev.rank : i + 1 })
  })
  return out
}
