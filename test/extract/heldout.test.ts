/**
 * Held-out check: the project's case-file corpus generator (test/fixtures/corpus, written separately from these
 * extractors) records the facts of every document as it writes it. Its conventions differ in two ways, which the
 * comparison bridges: it records a range's start only (no endIso) and no separate 询问结束 date. That generator is
 * developed on its own, so the bar here is a little lower than on this folder's corpus.
 */
import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { buildCase } from '../fixtures/corpus/spec'
import { docText, renderCase } from '../fixtures/corpus/render'
import type { Procedure } from '../../shared/types'
import { doc } from './helpers'
import { emptyScores, f1, scoreDoc } from './score'

describe('F1 on the project corpus generator (held out)', () => {
  it('dates, citations, amounts and case numbers', () => {
    const s = emptyScores()
    const misses: string[] = []
    const procs: Procedure[] = ['普通程序', '普通程序', '听证程序', '简易程序', '行政许可']
    let docs = 0
    for (let i = 0; i < 50; i++) {
      const spec = buildCase(2000 + i, i, { procedure: procs[i % procs.length], defects: [], form: 'txt' })
      for (const d of renderCase(spec)) {
        docs++
        const got = extractDocFacts(doc(docText(d).split('\n').filter(Boolean), d.type))
        const bridged = { ...got, dates: got.dates.filter((x) => x.role !== '询问结束').map(({ endIso: _e, ...x }) => x) }
        const m: string[] = []
        scoreDoc(s, d.facts, bridged, m)
        misses.push(...m.map((x) => `${i} ${d.type} ${x}`))
      }
    }
    const line = (['dates', 'citations', 'amounts', 'caseNumbers'] as const).map((k) => `${k} ${f1(s[k]).toFixed(4)} (tp ${s[k].tp}, fp ${s[k].fp}, fn ${s[k].fn})`).join('; ')
    console.log(`held-out corpus, 50 cases, ${docs} documents: ${line}`)
    if (misses.length) console.log('  ' + misses.slice(0, Number(process.env.MISSES ?? 10)).join('\n  '))
    for (const k of ['dates', 'citations', 'amounts', 'caseNumbers'] as const) expect(f1(s[k])).toBeGreaterThanOrEqual(0.95)
  })

  it('party names, printed credit codes and officers with their certificates', () => {
    const procs: Procedure[] = ['普通程序', '普通程序', '听证程序', '简易程序', '行政许可']
    let names = 0, namesOk = 0, codes = 0, codesOk = 0, officers = 0, officersOk = 0
    for (let i = 0; i < 50; i++) {
      const spec = buildCase(2000 + i, i, { procedure: procs[i % procs.length], defects: [], form: 'txt' })
      for (const d of renderCase(spec)) {
        const text = docText(d)
        const f = extractDocFacts(doc(text.split('\n').filter(Boolean), d.type))
        if (d.facts.party && text.includes(d.facts.party.name)) {
          names++
          if (f.parties[0]?.name === d.facts.party.name) namesOk++
        }
        // the corpus records the party's code on every document; only the printed ones can be read
        if (d.facts.party?.creditCode && text.includes(d.facts.party.creditCode)) {
          codes++
          if (f.parties[0]?.creditCode === d.facts.party.creditCode && f.parties[0]?.creditCodeValid) codesOk++
        }
        const got = new Set(f.officers.map((o) => `${o.name}|${o.certNo ?? ''}`))
        for (const o of d.facts.officers) {
          officers++
          if (got.has(`${o.name}|${o.certNo ?? ''}`)) officersOk++
        }
      }
    }
    console.log(`held-out parties: name ${namesOk}/${names}, credit code ${codesOk}/${codes}; officers with certificate ${officersOk}/${officers}`)
    expect(namesOk / names).toBeGreaterThanOrEqual(0.95)
    expect(codesOk / codes).toBeGreaterThanOrEqual(0.98)
    expect(officersOk / officers).toBeGreaterThanOrEqual(0.95)
  })
})
