/**
 * Time limits hold only cases their rule governed: a limit read from 市场监督管理行政处罚程序规定 (in force from 2019-04-01,
 * its 第八十七条; the 工商 and 质监 rules it repealed set other periods) or from the 2021 行政处罚法's five days to ask for a
 * hearing (the 1996–2017 text gave three: 第四十二条) is not applied to a case that began before the rule took effect.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRubric } from '../../shared/rubric'
import type { RubricSection } from '../../shared/types'

const dir = join(__dirname, '../../rubrics')
const SINCE: [RegExp, string][] = [
  [/^SJ-/, '2019-04-01'],
  [/^CF-64-1$/, '2021-07-15'],
]

interface Limit { file: string; item: string; ruleId: string; inForceFrom?: string }
function limits(file: string): Limit[] {
  const rubric = parseRubric(readFileSync(join(dir, file), 'utf8'), file).rubric!
  const out: Limit[] = []
  const walk = (sections: RubricSection[]) => {
    for (const s of sections) {
      for (const it of s.items ?? []) {
        const checks = [it.check, ...((it as { alternatives?: { check?: unknown }[] }).alternatives ?? []).map((a) => a.check)]
        for (const c of checks as ({ kind: string; params: Record<string, unknown> } | undefined)[])
          if (c?.kind === 'deadline' && typeof c.params.ruleId === 'string' && (c.params.from || c.params.to)) out.push({ file, item: it.id, ruleId: c.params.ruleId, inForceFrom: c.params.inForceFrom as string | undefined })
      }
      walk(s.sections ?? [])
    }
  }
  walk(rubric.sections)
  return out
}

describe('a time limit applies from the day its rule took effect', () => {
  const all = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap(limits)
  it('the shipped rubrics hold such limits', () => {
    expect(all.filter((l) => SINCE.some(([re]) => re.test(l.ruleId))).length).toBeGreaterThanOrEqual(9)
  })
  it.each(all.filter((l) => SINCE.some(([re]) => re.test(l.ruleId))).map((l) => [`${l.file} ${l.item} ${l.ruleId}`, l] as const))('%s', (_, l) => {
    const since = SINCE.find(([re]) => re.test(l.ruleId))![1]
    expect(l.inForceFrom, `${l.file} ${l.item}`).toBeDefined()
    expect(l.inForceFrom! >= since).toBe(true)
  })
})
