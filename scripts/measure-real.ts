/**
 * Accuracy of the reader on the real-document corpus (test/fixtures/real/): each published text goes through the
 * same ingest → segment → extract path as a case file, and is scored against its hand-written label.
 *
 *   npx tsx scripts/measure-real.ts [--split tune|holdout|all] [--json <file>] [--show <field>] [--id <id>]
 *
 * --split defaults to tune. Report figures from `holdout` only: that part is never read while changing the reader.
 * --show <field> lists the differences of one field (tune split only), e.g. --show dates.
 */
import { writeFileSync } from 'node:fs'
import { readTxt } from '../electron/engine/ingest/txt'
import { segmentPages } from '../shared/segment'
import { extractCase } from '../shared/extract'
import { loadRealCorpus } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'
import { FIELDS, caseNumberKey, scoreDoc, sumScores, type DocScore, type Field } from '../test/fixtures/real/measure'
import { pct } from '../test/fixtures/corpus/measure'
import type { CaseFacts } from '../shared/types'
import type { RealLabel } from '../test/fixtures/real/schema'

function args(argv: string[]) {
  const a: { split: 'tune' | 'holdout' | 'all'; json?: string; show?: Field; id?: string } = { split: 'tune' }
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]
    if (k === '--split') a.split = argv[++i] as never
    else if (k === '--json') a.json = argv[++i]
    else if (k === '--show') a.show = argv[++i] as Field
    else if (k === '--id') a.id = argv[++i]
    else throw new Error(`unknown argument ${k}`)
  }
  if (!['tune', 'holdout', 'all'].includes(a.split)) throw new Error('--split tune|holdout|all')
  if (a.show && a.split !== 'tune') throw new Error('--show lists differences on the tune split only')
  return a
}

function main() {
  const a = args(process.argv.slice(2))
  const docs = loadRealCorpus().filter((d) => (a.split === 'all' || splitOf(d.id) === a.split) && (!a.id || d.id === a.id))
  const scores: DocScore[] = []
  const typeMiss: string[] = []
  const t0 = performance.now()
  for (const d of docs) {
    const pages = readTxt(new TextEncoder().encode(d.text), `${d.id}.txt`)
    const segs = segmentPages(pages)
    const facts = extractCase(d.id, segs)
    const s = scoreDoc(d.label, segs, facts)
    scores.push(s)
    if (!s.typeOk) typeMiss.push(`${d.id}: ${d.label.docType} → ${s.predictedType}`)
    if (a.show) {
      const [tp, fp, fn] = s.fields[a.show]
      if (fp || fn) console.log(`${d.id}: ${a.show} tp ${tp} fp ${fp} fn ${fn}`, showDiff(a.show, d.label, facts))
    }
  }
  const ms = performance.now() - t0
  const sums = sumScores(scores)
  const typeAcc = scores.filter((s) => s.typeOk).length / scores.length
  console.log(`real corpus, split ${a.split}: ${docs.length} documents, ${ms.toFixed(0)} ms`)
  console.log(`document type: ${scores.filter((s) => s.typeOk).length}/${scores.length} = ${pct(typeAcc)}`)
  for (const m of typeMiss) console.log(`  ${m}`)
  console.log('field            P       R       F1     (tp/fp/fn)')
  for (const f of FIELDS) {
    const x = sums[f]
    console.log(`${f.padEnd(16)} ${pct(x.p).padStart(6)}  ${pct(x.r).padStart(6)}  ${pct(x.f1).padStart(6)}   ${x.tp}/${x.fp}/${x.fn}`)
  }
  if (a.json) writeFileSync(a.json, JSON.stringify({ split: a.split, documents: docs.length, typeAccuracy: typeAcc, fields: sums, typeMiss }, null, 2))
}


function showDiff(f: Field, l: RealLabel, facts: CaseFacts) {
  const all = facts.documents
  switch (f) {
    case 'caseNumber':
    case 'caseNumberAll':
      return { label: l.caseNumbers.map((c) => `${caseNumberKey(c.text)}${c.own ? '' : '(ref)'}`), got: all.flatMap((x) => x.caseNumbers).map((c) => `${caseNumberKey(c.text)}${c.own ? '' : '(ref)'}`) }
    case 'dates':
    case 'datesIso':
      return { label: l.dates.map((d) => `${d.text}=${d.iso}|${d.role}`), got: all.flatMap((x) => x.dates).filter((d) => !d.quoted).map((d) => `${d.text}=${d.iso}|${d.role}`) }
    case 'citations':
    case 'citationArticles':
      return { label: l.citations.map((c) => `${c.law}|${c.article}|${c.paragraph ?? '-'}|${c.item ?? '-'}`), got: all.flatMap((x) => x.citations).filter((c) => !c.quoted).map((c) => `${c.law}|${c.article}|${c.paragraph ?? '-'}|${c.item ?? '-'}`) }
    case 'amounts':
    case 'amountValues':
      return { label: l.amounts.map((x) => `${x.text}=${x.yuan}|${x.role}`), got: all.flatMap((x) => x.amounts).filter((a) => !a.quoted).map((a) => `${a.text}=${a.yuan}|${a.role}`) }
    case 'party':
      return { label: l.party?.name, got: all.flatMap((x) => x.parties).map((p) => p.name) }
    case 'agency':
      return { label: l.agency, got: facts.agency, docs: all.map((x) => x.agency?.name) }
    case 'officers':
      return { label: l.officers.map((o) => o.name), got: all.flatMap((x) => x.officers).map((o) => o.name) }
  }
}

main()
