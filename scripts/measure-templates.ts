/**
 * How the checks read documents written after other templates, against what each writer says it holds: a folder of
 * `<name>.txt` (pages split by form feeds) each with its note `<name>.txt.json` ({docType, sector, clean, defects[{kind,
 * note}]}; docType 案卷 for a whole case file) — the layout of test/fixtures/templates/. Each text is read as a case by
 * segmentation, extraction and the checks, under the general rubric and its sector's (市场监管, 生态环境, 住建).
 *
 *   npx tsx scripts/measure-templates.ts <folder> [--prefix <name start>] [--list] [--scanned [clean|harsh]]
 *
 * Counted, as the templates README reports a batch's first reading:
 *   asserted findings true   findings asserted under the general rubric (open or verify; not undetermined, not manual; a
 *                            missing paper left out for a lone paper, and for a case file the papers writers leave out —
 *                            卷内目录, 备考表, 证据材料, 罚没款缴款凭证), true when the note names a defect of that kind;
 *   defects found            a defect the note names whose kind either rubric asserts;
 *   clean with a false finding  clean texts with any asserted finding under either rubric; a veto among them is counted
 *                            too (an open finding of a veto item, other than a missing paper);
 *   types right              for a lone paper, the largest document read is of the note's type.
 * --list prints every asserted finding, every defect not found and every type read otherwise.
 * --scanned reads each text as a user's scanner and the app would: printed on A4 pages (a form feed starts a new sheet)
 * and read back by the app's own OCR (scripts/scan-print.ts; `harsh` for worse copies). The pages are kept under
 * test/fixtures/generated/template-scans/ (not committed); a text not scanned yet, or changed since, is scanned first.
 */
import { join, resolve } from 'node:path'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { readTxt } from '../electron/engine/ingest/txt'
import { openLaws } from '../electron/engine/laws'
import { appPaths } from '../electron/engine/paths'
import { resolveRubric } from '../electron/engine/rubrics'
import { segmentPages } from '../shared/segment'
import { classifyTitle } from '../shared/segment/doctypes'
import { simplifyLine } from '../shared/segment/script'
import { extractCase } from '../shared/extract'
import { checkCase } from '../shared/check'
import { scoreCase } from '../shared/score'
import { createCalendar } from '../shared/calendar'
import type { CaseDocument, Page, Rubric } from '../shared/types'
import { PROFILES, scanTexts, scannedPages, type Profile } from './scan-print'

interface Note {
  docType?: string
  documents?: string[]
  sector?: string
  clean: boolean
  defects: { kind: string; note: string }[]
}

/** The sector's rubric a panel would use, by the note's sector. */
const SECTOR_RUBRIC: [RegExp, string][] = [
  [/^(?:市场监管|药品监管)/, 'market-penalty'],
  [/^生态环境/, 'ecology-penalty'],
  [/^(?:住建|住房城乡建设|住房和城乡建设)/, 'construction-penalty'],
]
/** Papers the writers leave out of a case file's text: not asked of them. */
const LEFT_OUT = /^(?:卷内目录|备考表|证据材料|罚没款缴款凭证)$/

function args(argv: string[]) {
  const a: { dir?: string; prefix: string; list: boolean; scanned?: Profile } = { prefix: '', list: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--prefix') a.prefix = argv[++i] ?? ''
    else if (argv[i] === '--list') a.list = true
    else if (argv[i] === '--scanned') a.scanned = Object.hasOwn(PROFILES, argv[i + 1] ?? '') ? (argv[++i] as Profile) : 'clean'
    else if (!argv[i].startsWith('--') && !a.dir) a.dir = argv[i]
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  if (!a.dir) throw new Error('usage: measure-templates.ts <folder> [--prefix <name start>] [--list] [--scanned [clean|harsh]]')
  return { ...a, dir: resolve(a.dir) }
}

const size = (d: CaseDocument) => d.lines.reduce((n, l) => n + l.text.length, 0)
/** Where the texts printed as scans are kept, by profile. */
const SCANS = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'generated', 'template-scans')
const pagesDirOf = (p: Profile) => join(SCANS, p === 'clean' ? 'pages' : `pages-${p}`)

async function main() {
  const a = args(process.argv.slice(2))
  const paths = appPaths()
  const rubrics = new Map<string, Rubric>()
  const rubricOf = (id: string) => rubrics.get(id) ?? rubrics.set(id, resolveRubric(id, paths.rubricsDir).rubric).get(id)!
  const ctx = { laws: await openLaws(paths.resourcesDir), calendar: createCalendar() }
  const files = readdirSync(a.dir).filter((f) => f.endsWith('.txt') && f.startsWith(a.prefix) && existsSync(join(a.dir, `${f}.json`))).sort()
  const textOf = (file: string) => readFileSync(join(a.dir, file), 'utf8')
  const printedOf = (file: string) => simplifyLine(textOf(file))
  if (a.scanned) {
    // (a copy a website served in traditional characters is printed as the agency wrote it, in simplified ones)
    await scanTexts(files.map((f) => ({ id: f.replace(/\.txt$/, ''), text: printedOf(f) })), {
      pagesDir: pagesDirOf(a.scanned),
      imgDir: join(SCANS, `img-${a.scanned}`),
      cacheDir: join(SCANS, 'ocr-cache'),
      profile: a.scanned,
      log: (s) => console.error(s),
    })
  }
  const pagesOf = (file: string): Page[] =>
    a.scanned ? scannedPages(pagesDirOf(a.scanned), file.replace(/\.txt$/, ''), printedOf(file))! : readTxt(new TextEncoder().encode(textOf(file)), file)
  const n = { asserted: 0, true: 0, defects: 0, found: 0, clean: 0, cleanFlagged: 0, cleanVetoed: 0, lone: 0, typesRight: 0 }
  const say = (s: string) => a.list && console.log(s)
  for (const file of files) {
    const note = JSON.parse(readFileSync(join(a.dir, `${file}.json`), 'utf8')) as Note
    // (the first batches' notes give no docType: a note listing several documents is a case file's)
    const lone = note.docType ? note.docType !== '案卷' : (note.documents?.length ?? 1) <= 1
    const segs = segmentPages(pagesOf(file))
    const facts = extractCase(file, segs)
    const ids = ['general-penalty', ...SECTOR_RUBRIC.filter(([re]) => re.test(note.sector ?? '')).map(([, id]) => id)]
    const found = new Set<string>()
    let flagged = false
    let vetoed = false
    for (const id of ids) {
      const rubric = rubricOf(id)
      const out = checkCase(facts, segs, rubric, ctx)
      const vetoItems = scoreCase(rubric, out.items, out.findings, []).vetoItems
      for (const f of out.findings) {
        if (f.status === 'undetermined' || f.kind === 'manual') continue
        if (f.kind === 'missing-document' && (lone || (f.docTypes ?? []).every((t) => LEFT_OUT.test(t)))) continue
        const ok = note.defects.some((d) => d.kind === f.kind)
        if (id === 'general-penalty') {
          n.asserted++
          if (ok) n.true++
        }
        if (ok) found.add(f.kind)
        else {
          flagged = true
          if (f.status === 'open' && f.kind !== 'missing-document' && vetoItems.includes(f.itemId)) vetoed = true
        }
        say(`${ok ? 'TRUE ' : 'FALSE'} ${file} [${id}] ${f.status} ${f.kind} ${f.itemId}: ${f.message}`)
      }
    }
    for (const d of note.defects) {
      n.defects++
      if (found.has(d.kind)) n.found++
      else say(`MISSED ${file} ${d.kind}: ${d.note}`)
    }
    if (note.clean) {
      n.clean++
      if (flagged) n.cleanFlagged++
      if (vetoed) n.cleanVetoed++
    }
    if (lone) {
      n.lone++
      const main = [...segs].sort((x, y) => size(y) - size(x))[0]
      // (the note may name the paper by its own title — 行政处罚告知书, 违法行为通知书 — which the app files under its type)
      const want = note.docType ? (classifyTitle(note.docType)?.type ?? note.docType) : undefined
      if (main?.type === want) n.typesRight++
      else say(`TYPE ${file}: ${note.docType} → ${main?.type ?? '(none)'}`)
    }
  }
  console.log(`${files.length} texts in ${a.dir}${a.prefix ? ` (${a.prefix}*)` : ''}${a.scanned ? `, read as ${a.scanned} scans` : ''}`)
  console.log(`asserted findings true (general rubric): ${n.true} of ${n.asserted}`)
  console.log(`defects found: ${n.found} of ${n.defects}`)
  console.log(`clean texts with a false finding: ${n.cleanFlagged} of ${n.clean}; vetoed: ${n.cleanVetoed}`)
  if (n.lone) console.log(`lone papers typed as their note says: ${n.typesRight} of ${n.lone}`)
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
