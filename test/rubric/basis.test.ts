/**
 * The legal basis the shipped rubrics cite is real: every named law resolves in the app's law database, every
 * provision exists in the version in force, and every quote is the provision's own words.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseRubric } from '../../shared/rubric'
import { parseNumber } from '../../shared/law/numerals'
import type { LawLookup } from '../../shared/law/types'
import { openLaws } from '../../electron/engine/laws'
import type { LegalBasis, Rubric, RubricSection } from '../../shared/types'

const root = join(__dirname, '..', '..')
const dir = join(root, 'rubrics')

function bases(r: Rubric): { id: string; basis: LegalBasis }[] {
  const walk = (ss: RubricSection[]): { id: string; basis?: LegalBasis }[] => ss.flatMap((s) => [...(s.items ?? []), ...walk(s.sections ?? [])])
  return [...r.veto.items, ...walk(r.sections), ...(r.bonus?.items ?? [])].filter((i) => i.basis?.law).map((i) => ({ id: i.id, basis: i.basis! }))
}

const rows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((file) => bases(parseRubric(readFileSync(join(dir, file), 'utf8'), file).rubric!).map((b) => ({ file, ...b })))

/** 第五十八条第一款 → { article: 58, paragraph: 1 }. */
function provisionOf(p: string): { article: number; paragraph?: number } | null {
  const m = p.match(/^第([零〇一二三四五六七八九十百千]+)条(?:第([一二三四五六七八九十]+)款)?/)
  if (!m) return null
  const article = parseNumber(m[1]!)
  const paragraph = m[2] ? parseNumber(m[2]) : null
  return article ? { article, ...(paragraph ? { paragraph } : {}) } : null
}

const norm = (s: string) => s.replace(/[《》“”"\s]/g, '').replace(/[。；]$/, '')

let laws: LawLookup
beforeAll(async () => {
  laws = await openLaws(join(root, 'resources'))
})

describe('legal basis of the shipped rubrics', () => {
  it('there are bases to check', () => expect(rows.length).toBeGreaterThan(50))

  it.each(rows)('$file $id: $basis.law $basis.provision', ({ basis }) => {
    const law = laws.resolveTitle(basis.law!)
    expect(law, `no law titled ${basis.law}`).not.toBeNull()
    expect(law!.title).toBe(basis.law)
    if (!basis.provision) return
    const at = provisionOf(basis.provision)
    expect(at, basis.provision).not.toBeNull()
    const version = laws.versionOn(basis.law!, '2024-06-01')
    expect(version).not.toBeNull()
    const text = laws.provision(version!.id, at!.article, at!.paragraph ? { paragraph: at!.paragraph } : {})
    expect(text, `${basis.law} ${basis.provision} does not exist`).not.toBeNull()
    if (basis.quote) for (const part of basis.quote.split(/……/)) expect(norm(text!.text)).toContain(norm(part))
  })
})
