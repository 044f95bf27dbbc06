/**
 * F1 of dates, citations, amounts and case numbers on generated case files (test/segment/gen.ts): 5 agencies, 5 case
 * kinds, 6 date styles, 7 bracket styles, form and table layouts, noise 0 (text layer) and 1 (OCR spacing and
 * punctuation width). Noise 2 (dropped and substituted characters) is reported, not held to the target.
 */
import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { segmentPages } from '../../shared/segment'
import { generateCase } from '../segment/gen'
import { emptyScores, f1, scoreDoc, truthDocument, type Scores } from './score'

function run(seeds: number[], noise: 0 | 1 | 2, endToEnd = false): { s: Scores; misses: string[] } {
  const s = emptyScores()
  const misses: string[] = []
  for (const seed of seeds) {
    const c = generateCase(seed, { noise })
    if (endToEnd) {
      const docs = segmentPages(c.pages)
      // match documents by their first page
      for (const t of c.docs) {
        const d = docs.find((x) => x.parts[0].file === t.pages[0].file && x.parts[0].pages[0] === t.pages[0].page)
        if (!d) continue
        scoreDoc(s, t, extractDocFacts(d), misses)
      }
    } else {
      c.docs.forEach((t, i) => scoreDoc(s, t, extractDocFacts(truthDocument(c.pages, t, i)), misses))
    }
  }
  return { s, misses }
}

const fmt = (s: Scores) =>
  (['dates', 'citations', 'amounts', 'caseNumbers'] as const)
    .map((k) => `${k} F1 ${f1(s[k]).toFixed(4)} (tp ${s[k].tp}, fp ${s[k].fp}, fn ${s[k].fn})`)
    .join('; ')

describe('extraction F1 on the generated corpus', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => 500 + i)
  it('≥ 0.98 for dates, citations, amounts and case numbers (noise 0 and 1)', () => {
    for (const noise of [0, 1] as const) {
      const { s, misses } = run(seeds, noise)
      console.log(`extract noise ${noise}, ${seeds.length} cases: ${fmt(s)}`)
      if (misses.length) console.log('  ' + misses.slice(0, 8).join('\n  '))
      for (const k of ['dates', 'citations', 'amounts', 'caseNumbers'] as const) expect(f1(s[k])).toBeGreaterThanOrEqual(0.98)
    }
  })
  it('reports noise 2 and the end-to-end figure (segment → extract)', () => {
    const n2 = run(seeds.slice(0, 30), 2)
    console.log(`extract noise 2, 30 cases: ${fmt(n2.s)}`)
    const e2e = run(seeds.slice(0, 30), 1, true)
    console.log(`segment+extract noise 1, 30 cases: ${fmt(e2e.s)}`)
    for (const k of ['dates', 'citations', 'amounts', 'caseNumbers'] as const) expect(f1(e2e.s[k])).toBeGreaterThanOrEqual(0.97)
  })
})
