/**
 * The review panel's draw and assignment: a sampling frame of 20,000 cases from 40 units, drawn at 10% (minimum 3)
 * and assigned two reviewers each from a roster of 30 in 8 agencies, some with declared conflicts. Target < 2 s.
 */
import type { Bench } from './harness'
import { timeMedian } from './harness'
import { assignReviewers, drawSample, type FrameRow, type RosterMember } from '../shared/panel'

const AGENCY_KINDS = ['市场监督管理局', '生态环境局', '交通运输局', '自然资源和规划局', '应急管理局', '城市管理综合执法局', '农业农村局', '卫生健康委员会']
const DISTRICTS = ['东城区', '西城区', '南湖区', '北岭县', '青山区']

export function panelFrame(cases = 20000): { frame: FrameRow[]; roster: RosterMember[] } {
  // 40 units: 8 kinds of agency in 5 districts; unit sizes uneven (from about 100 to about 900 cases).
  const units = DISTRICTS.flatMap((d) => AGENCY_KINDS.map((k) => `${d}${k}`))
  const prefix = DISTRICTS.flatMap((d) => AGENCY_KINDS.map((k) => `${d.slice(0, 2)}${k.slice(0, 2)}`))
  const weights = units.map((_, i) => 1 + ((i * 7) % 9))
  const total = weights.reduce((a, b) => a + b, 0)
  const frame: FrameRow[] = []
  units.forEach((unit, i) => {
    const n = i === units.length - 1 ? cases - frame.length : Math.round((cases * weights[i]) / total)
    for (let j = 1; j <= n; j++) frame.push({ case: `${prefix[i]}罚〔2024〕${j}号`, unit, type: j % 4 === 0 ? '行政许可' : '行政处罚', line: frame.length + 2 })
  })
  // 30 reviewers from 8 agencies of the first districts; a few declare conflicts with a unit.
  const agencies = AGENCY_KINDS.map((k, i) => `${DISTRICTS[i % DISTRICTS.length]}${k}`)
  const roster: RosterMember[] = Array.from({ length: 30 }, (_, i) => ({
    name: `评查员${String(i + 1).padStart(2, '0')}`,
    agency: agencies[i % agencies.length],
    role: '评查员',
    conflicts: i % 7 === 0 ? [units[(i * 3) % units.length]] : [],
  }))
  return { frame, roster }
}

const bench: Bench = {
  name: 'panel draw + assignment',
  async run() {
    const { frame, roster } = panelFrame()
    let drawn = 0
    const check = drawSample(frame, { rate: 1, min: 0, seed: 's' })
    if (check.exclusions.length || check.strata.length !== 40) throw new Error(`bench frame: ${check.exclusions.length} exclusions, ${check.strata.length} units`)
    const t = await timeMedian(5, () => {
      const draw = drawSample(frame, { rate: 0.1, min: 3, seed: '2024年度行政执法案卷评查 摇号 37', by: 'unit' })
      const picks = draw.strata.flatMap((s) => s.picks.map((p) => ({ case: p.case, unit: s.unit, rank: p.rank })))
      drawn = picks.length
      assignReviewers(picks, roster, { seed: '2024年度行政执法案卷评查 摇号 37' })
    })
    const all = await timeMedian(5, () => {
      const draw = drawSample(frame, { rate: 1, min: 3, seed: 's' })
      assignReviewers(draw.strata.flatMap((s) => s.picks.map((p) => ({ case: p.case, unit: s.unit, rank: p.rank }))), roster, { seed: 's' })
    })
    return [
      { metric: `draw 10% of 20,000 (${drawn} cases) + assign 2 of 30`, median: Math.round(t.medianMs) / 1000, unit: 's', runs: 5, target: '< 2 s', ok: t.medianMs < 2000 },
      { metric: 'draw all 20,000 + assign 2 of 30 each', median: Math.round(all.medianMs) / 1000, unit: 's', runs: 5, target: '< 2 s', ok: all.medianMs < 2000 },
    ]
  },
}

export default bench
