/**
 * npx tsx scripts/law-coverage.ts [--split tune|holdout|all] [--baseline <law data folder>] [--data <data folder>] [--import <file>...] [--json <file>]
 *
 * How much of what real decisions cite the law data holds: on the real-document corpus (test/fixtures/real), every
 * labelled citation (full law title, article) is looked up
 *   law      – the title resolves to a law of the data;
 *   version  – the data holds the text in force on the document's date (its 决定/落款 date, else its latest full date);
 *   article  – that text has the cited article (and paragraph, item).
 * by category (法律, 行政法规, 部门规章, 地方性法规, 地方政府规章, 规范性文件; a title the data lacks is given the category
 * its title suggests), before and after: before is the shipped data, or the law data folder given with --baseline
 * (an earlier build, e.g. resources/laws of an earlier commit); after is the shipped data, merged with a user layer
 * when one is given (the data folder given with --data, or a temporary one built from the files given with --import). --split defaults to all: the figures are
 * counts only; the titles the data lacks are listed from the tune part alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadLaws, openLaws } from '../electron/engine/laws'
import { commitLawImports } from '../electron/engine/laws/import'
import { appPaths } from '../electron/engine/paths'
import type { LawLookup } from '../shared/law/types'
import { categoryOfTitle, LAW_CATEGORIES } from '../shared/law/parse-text'
import { loadRealCorpus, type RealDoc } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'

function args() {
  const a = process.argv.slice(2)
  const val = (k: string) => {
    const i = a.indexOf(`--${k}`)
    return i >= 0 ? a[i + 1] : undefined
  }
  const imports: string[] = []
  const i = a.indexOf('--import')
  if (i >= 0) for (let j = i + 1; j < a.length && !a[j].startsWith('--'); j++) imports.push(resolve(a[j]))
  return { split: val('split') ?? 'all', data: val('data'), baseline: val('baseline'), json: val('json'), imports }
}

/** The date a document speaks from: its decision or signing date, else its latest full date. */
export function docDay(d: RealDoc): string | null {
  const full = d.label.dates.filter((x) => /^\d{4}-\d{2}-\d{2}/.test(x.iso)).map((x) => ({ ...x, iso: x.iso.slice(0, 10) }))
  const own = full.filter((x) => x.role === '决定' || x.role === '文书落款').map((x) => x.iso)
  const pool = own.length ? own : full.map((x) => x.iso)
  return pool.length ? pool.sort().at(-1)! : null
}

interface Tally {
  citations: number
  law: number
  version: number
  article: number
}
const zero = (): Tally => ({ citations: 0, law: 0, version: 0, article: 0 })

function measure(laws: LawLookup, docs: RealDoc[]) {
  const byCat = new Map<string, Tally>()
  const missing = new Map<string, { n: number; category: string; tune: boolean }>()
  for (const d of docs) {
    const day = docDay(d)
    for (const c of d.label.citations) {
      const res = laws.resolveTitle(c.law)
      const category = res ? res.versions[res.versions.length - 1].category : categoryOfTitle(c.law)
      let t = byCat.get(category)
      if (!t) byCat.set(category, (t = zero()))
      t.citations++
      if (!res) {
        const m = missing.get(c.law) ?? { n: 0, category, tune: false }
        m.n++
        m.tune ||= splitOf(d.id) === 'tune'
        missing.set(c.law, m)
        continue
      }
      t.law++
      const v = day ? laws.versionOn(res.title, day) : res.versions[res.versions.length - 1]
      if (!v || (v.dateFit && v.dateFit !== 'in-force' && v.dateFit !== 'same-numbering')) continue
      t.version++
      const opts = { paragraph: c.paragraph ?? undefined, item: c.item ?? undefined }
      if (laws.provision(v.id, c.article, opts) || laws.provision(v.id, c.article)) t.article++
    }
  }
  return { byCat, missing }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—')

async function main() {
  const o = args()
  const paths = appPaths()
  let docs = loadRealCorpus()
  if (o.split !== 'all') docs = docs.filter((d) => splitOf(d.id) === o.split)
  let dataDir = o.data ? resolve(o.data) : null
  let temp: string | null = null
  if (o.imports.length) {
    temp = mkdtempSync(join(tmpdir(), 'pingcha-coverage-'))
    dataDir = temp
    await commitLawImports(paths.resourcesDir, temp, o.imports)
  }
  try {
    const baseline = o.baseline ? await loadLaws(resolve(o.baseline)) : await openLaws(paths.resourcesDir)
    const before = measure(baseline, docs)
    const after = dataDir ? measure(await openLaws(paths.resourcesDir, dataDir), docs) : o.baseline ? measure(await openLaws(paths.resourcesDir), docs) : null
    const cats = [...new Set([...LAW_CATEGORIES, ...before.byCat.keys()])].filter((c) => before.byCat.has(c))
    const total = (m: Map<string, Tally>) => [...m.values()].reduce((a, t) => ({ citations: a.citations + t.citations, law: a.law + t.law, version: a.version + t.version, article: a.article + t.article }), zero())
    const rows = [...cats.map((c) => [c, before.byCat.get(c)!, after?.byCat.get(c) ?? null] as const), ['合计', total(before.byCat), after ? total(after.byCat) : null] as const]
    const now = await openLaws(paths.resourcesDir, dataDir ?? undefined)
    console.log(`真实文书 ${docs.length} 份（${o.split}），引用 ${total(before.byCat).citations} 处；前：${baseline.version}；后：${after ? now.version : '（同前）'}`)
    console.log('类别 | 引用 | 收录该法规（前 → 后） | 收录当时施行的版本（前 → 后） | 版本中有该条（前 → 后）')
    for (const [c, b, a] of rows) {
      const cell = (k: keyof Tally) => `${pct(b[k], b.citations)}${a ? ` → ${pct(a[k], a.citations)}` : ''}`
      console.log(`${c} | ${b.citations} | ${cell('law')} | ${cell('version')} | ${cell('article')}`)
    }
    const lacking = [...(after ?? before).missing].filter(([, m]) => m.tune).sort((x, y) => y[1].n - x[1].n)
    console.log(`\n法规库未收录（调校部分所见，${lacking.length} 部）：`)
    for (const [t, m] of lacking.slice(0, 40)) console.log(`  ${m.n}\t${m.category}\t${t}`)
    if (o.json) {
      const obj = (m: Map<string, Tally>) => Object.fromEntries(m)
      writeFileSync(o.json, JSON.stringify({ split: o.split, docs: docs.length, before: obj(before.byCat), after: after ? obj(after.byCat) : null }, null, 2) + '\n')
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true })
  }
}

void main()
