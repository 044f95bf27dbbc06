/**
 * Accuracy of the whole pipeline on the generated measurement corpus, stage by stage, against truth.json:
 *   ingest   files read, errors, pages, speed
 *   segment  page-type accuracy, document-type recall/precision per case
 *   extract  F1 of dates, citations, amounts and case numbers (case-level multisets; quoted statute text excluded)
 *   check    recall and precision per finding kind (matched by kind + document type), false findings on clean cases
 *   score    scores and grades of clean vs defective cases
 * `--corpus second` is the independent generator of test/fixtures/corpus2/ (other agencies' templates, default seed).
 *
 *   npx tsx scripts/measure-corpus.ts [--corpus full|heldout|noisy-scans|ci|second|<folder>] [--limit N] [--skip-scans | --only-scans] [--rubric <id|file>] [--json <file>]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve, relative } from 'node:path'
import type { CaseResult, Rubric } from '../shared/types'
import type { LawLookup } from '../shared/law/types'
import type { Calendar } from '../shared/calendar/types'
import { runCase } from '../electron/engine/pipeline'
import { createCalendar } from '../shared/calendar'
import { openLaws } from '../electron/engine/laws'
import { appPaths } from '../electron/engine/paths'
import { ensureCorpus, readCorpus, FULL_CORPUS, ciCorpusOptions, GENERATED_ROOT, type CaseTruth } from '../test/fixtures/corpus'
import { DEFECT_KINDS } from '../test/fixtures/corpus/spec'
import { HELDOUT_CORPUS, NOISY_SCANS_CORPUS } from '../test/fixtures/corpus/heldout'
import { ensureSecondCorpus, SECOND_CORPUS } from '../test/fixtures/corpus2'
import { PRF, pct, multisetMatch, truthKeys, factKeys, truthPageTypes, predictedPageTypes, matchFindings } from '../test/fixtures/corpus/measure'

interface Args {
  corpus: string
  limit: number
  skipScans: boolean
  onlyScans: boolean
  rubric?: string
  json?: string
}

function parseArgs(argv: string[]): Args {
  const a: Args = { corpus: 'full', limit: Infinity, skipScans: false, onlyScans: false }
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]
    if (k === '--corpus') a.corpus = argv[++i]
    else if (k === '--limit') a.limit = Number(argv[++i])
    else if (k === '--skip-scans') a.skipScans = true
    else if (k === '--only-scans') a.onlyScans = true
    else if (k === '--rubric') a.rubric = argv[++i]
    else if (k === '--json') a.json = argv[++i]
    else throw new Error(`unknown argument ${k}`)
  }
  return a
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const paths = appPaths()
  const t0 = Date.now()
  const root =
    args.corpus === 'full'
      ? await ensureCorpus({ ...FULL_CORPUS, onProgress: (m) => console.error(`[corpus] ${m}`) })
      : args.corpus === 'ci'
        ? await ensureCorpus(ciCorpusOptions())
        : args.corpus === 'heldout' || args.corpus === 'noisy-scans'
          ? await ensureCorpus({ ...(args.corpus === 'heldout' ? HELDOUT_CORPUS : NOISY_SCANS_CORPUS), onProgress: (m) => console.error(`[corpus] ${m}`) })
          : args.corpus === 'second'
            ? await ensureSecondCorpus({ ...SECOND_CORPUS, onProgress: (m) => console.error(`[corpus2] ${m}`) })
            : resolve(args.corpus)
  const { manifest, cases: all } = readCorpus(root)
  console.log(`corpus ${relative(process.cwd(), root)}: ${manifest.cases.length} cases, generated in ${manifest.generationSeconds} s (ready after ${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  console.log(`  forms ${JSON.stringify(manifest.composition.forms)}`)
  console.log(`  defects ${JSON.stringify(manifest.composition.defects)}; clean cases ${manifest.composition.clean}`)

  // The rubric of each case: --rubric for all, else the sector's own standard (general for 城管, license for permits).
  const SECTOR_RUBRIC: Record<string, string> = { 市场监管: 'market-penalty', 生态环境: 'ecology-penalty', 测绘地理信息: 'surveying-penalty', 住建: 'construction-penalty', 城管: 'general-penalty' }
  const rubrics = new Map<string, Rubric>()
  let rubricFor: (t: CaseTruth) => Rubric | null = () => null
  try {
    // Loaded lazily: a rubric module being rebuilt must not stop the earlier stages from being measured.
    const { rubricLibrary, resolveRubric } = await import('../electron/engine/rubrics')
    if (args.rubric) {
      const r = resolveRubric(args.rubric, paths.rubricsDir).rubric
      rubricFor = () => r
    } else {
      for (const l of rubricLibrary(paths.rubricsDir).loaded) if (l.rubric && l.validation.ok) rubrics.set(l.rubric.id, l.rubric)
      rubricFor = (t) => rubrics.get(t.procedure === '行政许可' ? 'license' : (SECTOR_RUBRIC[t.sector] ?? 'general-penalty')) ?? rubrics.get('general-penalty') ?? null
    }
    console.log(`rubrics: ${args.rubric ?? `by sector (${[...rubrics.keys()].join(', ') || 'none usable in rubrics/: check and score are skipped'})`}`)
  } catch (e) {
    console.log(`rubric: cannot load (${e instanceof Error ? e.message : e}); check and score are skipped`)
  }

  let lawsP: Promise<LawLookup> | null = null
  let calendar: Calendar | null = null
  const ctx = {
    rubric: null as Rubric | null,
    laws: () => (lawsP ??= openLaws(paths.resourcesDir)),
    calendar: () => (calendar ??= createCalendar()),
    cacheDir: join(GENERATED_ROOT, '..', '.ocr-cache'),
    threads: 2,
  }
  mkdirSync(ctx.cacheDir, { recursive: true })

  const scanned = (c: { truth: CaseTruth }) => c.truth.documents.some((d) => d.scanned)
  const cases = all.filter((c) => !(args.skipScans && scanned(c)) && !(args.onlyScans && !scanned(c))).slice(0, args.limit)
  const stat = {
    cases: 0,
    files: 0,
    ingestErrors: 0,
    pages: 0,
    ocrPages: 0,
    seconds: 0,
    pageTotal: 0,
    pageCorrect: 0,
    scanPageTotal: 0,
    scanPageCorrect: 0,
    docTypes: new PRF(),
    extract: { dates: new PRF(), datesRole: new PRF(), citations: new PRF(), amounts: new PRF(), caseNumbers: new PRF() },
    kinds: Object.fromEntries(DEFECT_KINDS.map((k) => [k, { truth: 0, hit: 0, fieldHit: 0, verify: 0, extra: 0 }])) as Record<string, { truth: number; hit: number; fieldHit: number; verify: number; extra: number }>,
    cleanCases: 0,
    cleanWithFindings: 0,
    undetermined: 0,
    /** Undetermined findings by kind: `manual` items are questions for the reviewer by design; the rest are checks text could not settle. */
    undeterminedKinds: {} as Record<string, number>,
    scores: { clean: [] as number[], defective: [] as number[] },
    ungradable: 0,
    failures: [] as string[],
    readable: { text: { found: 0, total: 0 }, scanned: { found: 0, total: 0 } },
    /** Findings of kinds the truth does not speak for (e.g. citation-mismatch): listed, not scored. */
    otherKinds: {} as Record<string, number>,
  }
  const perCase: unknown[] = []
  for (const [n, c] of cases.entries()) {
    const t = c.truth
    const c0 = Date.now()
    let run
    try {
      run = await runCase(c.folder, { ...ctx, rubric: rubricFor(t) })
    } catch (e) {
      stat.failures.push(`${t.id}: ${e instanceof Error ? e.message : e}`)
      continue
    }
    const secs = (Date.now() - c0) / 1000
    stat.cases++
    stat.seconds += secs
    stat.files += run.ingest.files.length
    stat.ingestErrors += run.ingest.errors.length
    stat.pages += run.ingest.pages.length
    stat.ocrPages += run.ingest.pages.filter((p) => p.source === 'ocr').length
    const row: Record<string, unknown> = { id: t.id, form: t.form, seconds: secs, pages: run.ingest.pages.length, errors: run.ingest.errors.length }
    // Ingest alone: are the facts' texts readable in the ingested text of their files (OCR quality where it matters)?
    const norm = (x: string) => x.replace(/\s+/g, '').replace(/[○O]/g, '〇').replace(/[:]/g, '：')
    const textOf = new Map<string, string>()
    for (const pg of run.ingest.pages) textOf.set(pg.file, (textOf.get(pg.file) ?? '') + norm(pg.lines.map((l) => l.text).join('')))
    for (const d of t.documents) {
      const text = d.files.map((f) => textOf.get(f.path) ?? '').join('')
      for (const x of [...d.facts.dates, ...d.facts.amounts, ...d.facts.citations, ...d.facts.caseNumbers]) {
        const bucket = d.scanned ? stat.readable.scanned : stat.readable.text
        bucket.total++
        if (text.includes(norm(x.text))) bucket.found++
      }
    }
    if (run.documents) {
      const want = truthPageTypes(t, run.ingest)
      const got = predictedPageTypes(run.documents)
      const scannedFiles = new Set(t.documents.filter((d) => d.scanned).flatMap((d) => d.files.map((f) => f.path)))
      let ok = 0
      for (const [k, v] of want) {
        const hit = got.get(k) === v
        if (hit) ok++
        if (scannedFiles.has(k.split('#')[0])) {
          stat.scanPageTotal++
          if (hit) stat.scanPageCorrect++
        }
      }
      stat.pageTotal += want.size
      stat.pageCorrect += ok
      stat.docTypes.add(...multisetMatch(t.documents.map((d) => d.type), run.documents.map((d) => d.type)))
      row.pageAccuracy = want.size ? ok / want.size : null
    }
    if (run.facts) {
      const a = truthKeys(t)
      const b = factKeys(run.facts)
      for (const k of Object.keys(stat.extract) as (keyof typeof stat.extract)[]) stat.extract[k].add(...multisetMatch(a[k], b[k]))
    }
    if (run.result) {
      const r: CaseResult = run.result
      const m = matchFindings(t.findings, r.findings)
      for (const h of m.hits) {
        stat.kinds[h.kind].truth++
        if (h.hit) stat.kinds[h.kind].hit++
        if (h.fieldHit) stat.kinds[h.kind].fieldHit++
        if (h.verify) stat.kinds[h.kind].verify++
      }
      for (const f of m.extra) {
        if (stat.kinds[f.kind]) stat.kinds[f.kind].extra++
        else stat.otherKinds[f.kind] = (stat.otherKinds[f.kind] ?? 0) + 1
      }
      stat.undetermined += m.undetermined
      for (const k of m.undeterminedKinds) stat.undeterminedKinds[k] = (stat.undeterminedKinds[k] ?? 0) + 1
      // a case the rubric cannot grade (a permit file under a penalty rubric) has no score to average
      const graded = r.grade !== '无法评分'
      if (!graded) stat.ungradable++
      if (t.findings.length === 0) {
        stat.cleanCases++
        if (m.extra.length) stat.cleanWithFindings++
        if (graded) stat.scores.clean.push(r.score)
      } else if (graded) stat.scores.defective.push(r.score)
      row.score = r.score
      row.missed = m.hits.filter((h) => !h.hit).map((h) => h.kind)
      row.extra = m.extra.map((f) => `${f.kind}:${f.docTypes.join('/')}`)
    }
    perCase.push(row)
    console.error(`[${n + 1}/${cases.length}] ${t.id} ${t.form} ${secs.toFixed(1)} s`)
  }

  console.log('')
  console.log(`== ingest: ${stat.cases} cases, ${stat.files} files, ${stat.pages} pages (${stat.ocrPages} by OCR), ${stat.ingestErrors} file errors, ${stat.seconds.toFixed(0)} s in all (${(stat.pages / Math.max(stat.seconds, 1e-9)).toFixed(2)} pages/s through every built stage)`)
  for (const f of stat.failures) console.log(`   failed: ${f}`)
  const rd = stat.readable
  console.log(`   fact texts found verbatim in the ingested text: text files ${pct(rd.text.found / rd.text.total)} (${rd.text.found}/${rd.text.total}), scans ${pct(rd.scanned.found / rd.scanned.total)} (${rd.scanned.found}/${rd.scanned.total})`)
  if (stat.pageTotal) {
    console.log(`== segment: page-type accuracy ${pct(stat.pageCorrect / stat.pageTotal)} (${stat.pageCorrect}/${stat.pageTotal}); scanned pages ${pct(stat.scanPageCorrect / stat.scanPageTotal)} (${stat.scanPageCorrect}/${stat.scanPageTotal})`)
    console.log(`   document types per case: precision ${pct(stat.docTypes.p)} recall ${pct(stat.docTypes.r)}`)
  }
  if (stat.extract.dates.tp + stat.extract.dates.fp + stat.extract.dates.fn > 0) {
    console.log('== extract (case-level, quoted statute text excluded):')
    for (const [k, v] of Object.entries(stat.extract)) console.log(`   ${k.padEnd(12)} P ${pct(v.p).padStart(6)}  R ${pct(v.r).padStart(6)}  F1 ${pct(v.f1).padStart(6)}   (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`)
  }
  if (stat.scores.clean.length + stat.scores.defective.length > 0) {
    console.log('== check: per finding kind (a truth defect is found when a finding of that kind names its document)')
    console.log('   kind                   truth  found  recall  field-ok  to-verify  extra  precision')
    for (const [k, v] of Object.entries(stat.kinds)) {
      const prec = v.hit + v.extra ? v.hit / (v.hit + v.extra) : NaN
      console.log(`   ${k.padEnd(22)} ${String(v.truth).padStart(5)} ${String(v.hit).padStart(6)} ${pct(v.hit / v.truth).padStart(7)} ${pct(v.fieldHit / v.truth).padStart(9)} ${String(v.verify).padStart(10)} ${String(v.extra).padStart(6)} ${pct(prec).padStart(10)}`)
    }
    const sum = (o: { truth: number; hit: number; extra: number }[]) => o.reduce((a, v) => ({ truth: a.truth + v.truth, hit: a.hit + v.hit, extra: a.extra + v.extra }), { truth: 0, hit: 0, extra: 0 })
    const all = sum(Object.values(stat.kinds))
    console.log(`   all kinds: recall ${pct(all.hit / all.truth)} (${all.hit}/${all.truth}), precision ${pct(all.hit / (all.hit + all.extra))} (${all.extra} extra)`)
    console.log(`   clean cases with a false finding: ${stat.cleanWithFindings}/${stat.cleanCases}`)
    const per = (n: number) => (n / Math.max(stat.cases, 1)).toFixed(1)
    const manual = stat.undeterminedKinds.manual ?? 0
    const rest = Object.entries(stat.undeterminedKinds).filter(([k]) => k !== 'manual').sort((a, b) => b[1] - a[1])
    console.log(`   undetermined: ${stat.undetermined} (${per(stat.undetermined)} per case) = manual questions ${manual} (${per(manual)} per case) + checks text could not settle ${stat.undetermined - manual} (${per(stat.undetermined - manual)} per case: ${rest.map(([k, n]) => `${k} ${n}`).join(', ')})`)
    if (Object.keys(stat.otherKinds).length) console.log(`   findings of kinds outside the truth's list (no generated defect is of these kinds): ${JSON.stringify(stat.otherKinds)}`)
    const avg = (xs: number[]) => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1) : '—')
    console.log(`== score: mean ${avg(stat.scores.clean)} on clean cases, ${avg(stat.scores.defective)} on defective cases${stat.ungradable ? `; ${stat.ungradable} cases 无法评分 under this rubric, not averaged` : ''}`)
  }
  if (args.json) {
    writeFileSync(args.json, JSON.stringify({ corpus: root, manifest: manifest.composition, stat, perCase }, null, 1))
    console.log(`details: ${args.json}`)
  }
  if (!existsSync(root)) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
