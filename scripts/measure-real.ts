/**
 * Accuracy of the reader on the real-document corpus (test/fixtures/real/): each published text goes through the
 * same ingest → segment → extract path as a case file, and is scored against its hand-written label.
 *
 *   npx tsx scripts/measure-real.ts [--split tune|holdout|all] [--retrieved <YYYY-MM-DD>|--retrieved-before <YYYY-MM-DD>] [--json <file>] [--show <field>] [--id <id>|--ids <file>] [--label-type <type>|!其他] [--findings [--list] [--rubric <id>|sector]] [--layout <name>|--scanned]
 *
 * --split defaults to tune. Report figures from `holdout` only: that part is never read while changing the reader, and the
 * script never names a held-out document (its type confusions are counted, not listed).
 * --show <field> lists the differences of one field (tune split only), e.g. --show dates.
 * --layout <name> reads each document in one of the layouts copies come in (test/fixtures/real/layouts.ts: pairs, head,
 * flat, spaced, wrapped, cut, opening; several joined by +, the last applied first: spaced+wrapped), tune split only:
 * where the reader leans on a layout.
 * --scanned reads each document from the pages the app's OCR read off it printed as a scan (scripts/scan-real.ts makes
 * them; every document measured must have them); --scanned harsh reads the worse copies (scan-real.ts --profile harsh).
 * --ids keeps the documents whose ids a file lists (a fixed set to compare two versions of the reader on).
 * --label-type keeps the documents whose label gives that type; `!其他` keeps the documents' own texts (decisions,
 * notices, orders, records) and leaves out news items, write-ups and other bodies' documents.
 * --retrieved / --retrieved-before keep the documents retrieved on that day / before it (a batch added later is measured
 * on its own, before and after it joins the rest).
 * --rubric sector checks each document with its sector's rubric as a panel would (市场监管, 生态环境, 住建; else general).
 * --findings checks each document alone with the general rubric and counts the findings it asserts (open or verify;
 * missing-document and manual left out, as a lone document lacks the others by nature): an asserted finding is true when
 * the label lists a defect of its kind (for a missing field, a defect whose note names that field). --list prints each asserted finding (tune split only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTxt } from '../electron/engine/ingest/txt'
import { segmentPages } from '../shared/segment'
import { extractCase } from '../shared/extract'
import { REAL_SCANS, labelTypeIs, loadRealCorpus } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'
import { FIELDS, bootstrapIntervals, caseNumberKey, findingTrue, scoreDoc, sumScores, type DocScore, type Field } from '../test/fixtures/real/measure'
import { pct } from '../test/fixtures/corpus/measure'
import type { CaseDocument, CaseFacts, Page } from '../shared/types'
import { checkCase } from '../shared/check'
import { scoreCase } from '../shared/score'
import { createCalendar } from '../shared/calendar'
import { openLaws } from '../electron/engine/laws'
import { appPaths } from '../electron/engine/paths'
import { resolveRubric } from '../electron/engine/rubrics'
import type { RealLabel } from '../test/fixtures/real/schema'
import { LAYOUTS, layoutOf } from '../test/fixtures/real/layouts'

function args(argv: string[]) {
  const a: { split: 'tune' | 'holdout' | 'all'; retrieved?: string; retrievedBefore?: string; json?: string; show?: Field | 'cut'; id?: string; ids?: Set<string>; findings?: boolean; list?: boolean; rubric: string; labelType?: string; layout?: string; scanned?: boolean } = { split: 'tune', rubric: 'general-penalty' }
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]
    if (k === '--split') a.split = argv[++i] as never
    else if (k === '--json') a.json = argv[++i]
    else if (k === '--show') a.show = argv[++i] as Field | 'cut'
    else if (k === '--id') a.id = argv[++i]
    else if (k === '--ids') a.ids = new Set(readFileSync(argv[++i], 'utf8').split(/\s+/).filter(Boolean))
    else if (k === '--findings') a.findings = true
    else if (k === '--scanned') {
      a.scanned = true
      if (argv[i + 1] === 'harsh' || argv[i + 1] === 'clean') scanProfile = argv[++i] as 'clean' | 'harsh'
    }
    else if (k === '--list') a.list = true
    else if (k === '--rubric') a.rubric = argv[++i]
    else if (k === '--label-type') a.labelType = argv[++i]
    else if (k === '--retrieved') a.retrieved = argv[++i]
    else if (k === '--retrieved-before') a.retrievedBefore = argv[++i]
    else if (k === '--layout') {
      const l = argv[++i]
      if (!layoutOf(l)) throw new Error(`--layout ${Object.keys(LAYOUTS).join('|')}, or several joined by + (spaced+wrapped)`)
      a.layout = l
    }
    else throw new Error(`unknown argument ${k}`)
  }
  if (!['tune', 'holdout', 'all'].includes(a.split)) throw new Error('--split tune|holdout|all')
  if ((a.show || a.list) && a.split !== 'tune') throw new Error('--show and --list print documents of the tune split only')
  if (a.layout && a.split !== 'tune') throw new Error('--layout reads documents of the tune split only')
  if (a.layout && a.scanned) throw new Error('--layout or --scanned, not both')
  return a
}

async function main() {
  const a = args(process.argv.slice(2))
  const check = a.findings ? await checker(a.rubric) : null
  const asserted = { total: 0, true: 0, open: 0, openTrue: 0, byKind: new Map<string, [number, number]>(), vetoed: 0, docs: 0 }
  const docs = loadRealCorpus().filter(
    (d) =>
      (a.split === 'all' || splitOf(d.id) === a.split) &&
      (!a.id || d.id === a.id) &&
      (!a.ids || a.ids.has(d.id)) &&
      // the documents whose label gives this type (`!其他`: the documents' own texts, no retellings)
      (!a.labelType || labelTypeIs(d, a.labelType)) &&
      (!a.retrieved || d.label.source.retrieved === a.retrieved) &&
      (!a.retrievedBefore || d.label.source.retrieved < a.retrievedBefore),
  )
  if (a.scanned) {
    const missing = docs.filter((d) => !existsSync(scanFile(d.id))).length
    if (missing) throw new Error(`${missing} of ${docs.length} documents have not been scanned: npx tsx scripts/scan-real.ts with the same selection`)
  }
  const scores: DocScore[] = []
  const typeMiss: string[] = []
  // whether the reader sees that a text stops before its end, against the label's `complete`
  const cut = { tp: 0, fp: 0, fn: 0, tn: 0 }
  const t0 = performance.now()
  for (const d of docs) {
    const pages = a.scanned ? scannedPages(d.id) : readTxt(new TextEncoder().encode(a.layout ? layoutOf(a.layout)!(d.text) : d.text), `${d.id}.txt`)
    const segs = segmentPages(pages)
    const facts = extractCase(d.id, segs)
    const s = scoreDoc(d.label, segs, facts)
    scores.push(s)
    const seenCut = facts.documents.some((f) => f.cut)
    cut[d.label.complete ? (seenCut ? 'fp' : 'tn') : seenCut ? 'tp' : 'fn']++
    if (a.show === 'cut' && seenCut === d.label.complete) console.log(`${d.id}: complete ${d.label.complete}, seen cut ${seenCut}`)
    // (a held-out document is never named: only how many were typed which way)
    if (!s.typeOk) typeMiss.push(splitOf(d.id) === 'tune' ? `${d.id}: ${d.label.docType} → ${s.predictedType}` : `(held out) ${d.label.docType} → ${s.predictedType}`)
    if (check) {
      const out = check(facts, segs, d.label.sector)
      asserted.docs++
      // a lone document lacks the case's other documents by nature: vetoes from missing documents are left out
      const vetoes = out.vetoItems.filter((v) => out.findings.some((f) => f.itemId === v && f.kind !== 'missing-document' && f.status === 'open'))
      if (vetoes.length) {
        asserted.vetoed++
        if (a.list) console.log(`${d.id} VETO ${vetoes.join(',')}`)
      }
      for (const f of out.findings) {
        if (f.status === 'undetermined' || f.kind === 'manual' || f.kind === 'missing-document') continue
        const ok = findingTrue(d.label.defects, f)
        asserted.total++
        if (ok) asserted.true++
        if (f.status === 'open') {
          asserted.open++
          if (ok) asserted.openTrue++
        }
        const k = asserted.byKind.get(f.kind) ?? [0, 0]
        asserted.byKind.set(f.kind, [k[0] + 1, k[1] + (ok ? 1 : 0)])
        if (a.list) console.log(`${d.id} ${ok ? 'TRUE ' : 'FALSE'} ${f.status} ${f.kind} ${f.itemId}: ${f.message}`)
      }
    }
    if (a.show && a.show !== 'cut') {
      const [tp, fp, fn] = s.fields[a.show]
      if (fp || fn) console.log(`${d.id}: ${a.show} tp ${tp} fp ${fp} fn ${fn}`, showDiff(a.show, d.label, facts))
    }
  }
  const ms = performance.now() - t0
  const sums = sumScores(scores)
  const typeAcc = scores.filter((s) => s.typeOk).length / scores.length
  console.log(`real corpus, split ${a.split}${a.layout ? `, layout ${a.layout}` : ''}${a.scanned ? ', read from scans' : ''}: ${docs.length} documents, ${ms.toFixed(0)} ms`)
  // (how far each figure may move on another sample of such documents: a 95 % interval, documents resampled)
  const ci = scores.length ? bootstrapIntervals(scores) : null
  const span = (r: [number, number] | undefined) => (r ? `[${pct(r[0])}–${pct(r[1])}]` : '')
  console.log(`document type: ${scores.filter((s) => s.typeOk).length}/${scores.length} = ${pct(typeAcc)} ${span(ci?.typeAccuracy)}`)
  const heldOut = new Map<string, number>()
  for (const m of typeMiss) if (m.startsWith('(held out) ')) heldOut.set(m, (heldOut.get(m) ?? 0) + 1)
  for (const m of typeMiss) if (!m.startsWith('(held out) ')) console.log(`  ${m}`)
  for (const [m, n] of heldOut) console.log(`  ${m}: ${n}`)
  console.log('field            P       R       F1     (tp/fp/fn)     F1 95 % interval')
  for (const f of FIELDS) {
    const x = sums[f]
    console.log(`${f.padEnd(16)} ${pct(x.p).padStart(6)}  ${pct(x.r).padStart(6)}  ${pct(x.f1).padStart(6)}   ${`${x.tp}/${x.fp}/${x.fn}`.padEnd(14)} ${span(ci?.f1[f])}`)
  }
  console.log(`texts that stop before their end: seen ${cut.tp} of ${cut.tp + cut.fn}; whole texts taken as cut ${cut.fp} of ${cut.fp + cut.tn}`)
  if (check) {
    console.log(`asserted findings (open/verify, all kinds but missing-document and manual): ${asserted.true}/${asserted.total} true = ${pct(asserted.true / asserted.total)}; open only ${asserted.openTrue}/${asserted.open}; documents vetoed by a finding other than a missing document ${asserted.vetoed}/${asserted.docs}`)
    for (const [k, [n, t]] of [...asserted.byKind].sort((x, y) => y[1][0] - x[1][0])) console.log(`  ${k.padEnd(22)} ${t}/${n}`)
  }
  if (a.json) writeFileSync(a.json, JSON.stringify({ split: a.split, documents: docs.length, typeAccuracy: typeAcc, fields: sums, intervals: ci, typeMiss, textCut: cut, asserted: check ? { true: asserted.true, total: asserted.total, vetoed: asserted.vetoed, byKind: Object.fromEntries(asserted.byKind) } : undefined }, null, 2))
}

/** Sectors whose own rubric a panel would use. */
const SECTOR_RUBRIC: Record<string, string> = { 市场监管: 'market-penalty', 药监: 'market-penalty', 生态环境: 'ecology-penalty', 住建: 'construction-penalty' }

/** A rubric's checks and score on one document's facts, with the shipped laws and calendar. */
async function checker(which: string) {
  const paths = appPaths()
  const rubrics = new Map<string, ReturnType<typeof resolveRubric>['rubric']>()
  const rubricOf = (id: string) => rubrics.get(id) ?? rubrics.set(id, resolveRubric(id, paths.rubricsDir).rubric).get(id)!
  const laws = await openLaws(paths.resourcesDir)
  const calendar = createCalendar()
  return (facts: CaseFacts, docs: CaseDocument[], sector: string) => {
    const rubric = rubricOf(which === 'sector' ? (SECTOR_RUBRIC[sector] ?? 'general-penalty') : which)
    const out = checkCase(facts, docs, rubric, { laws, calendar })
    const score = scoreCase(rubric, out.items, out.findings, [])
    return { findings: out.findings, vetoed: score.vetoed, vetoItems: score.vetoItems }
  }
}


/** The pages the OCR read off a document printed as a scan (scripts/scan-real.ts). */
const scanFile = (id: string) => join(REAL_SCANS, scanProfile === 'harsh' ? 'pages-harsh' : 'pages', `${id}.json`)
/** Which scans --scanned reads: the clean ones, or with --scanned harsh the worse copies (scripts/scan-real.ts --profile harsh). */
let scanProfile: 'clean' | 'harsh' = 'clean'
function scannedPages(id: string): Page[] {
  return (JSON.parse(readFileSync(scanFile(id), 'utf8')) as { pages: Page[] }).pages
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

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
