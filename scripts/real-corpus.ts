/**
 * The real-document corpus (test/fixtures/real/): check every label and list the corpus.
 *
 *   npx tsx scripts/real-corpus.ts validate [--exclusions <file>]   labels well formed, grounded in their text, no duplicate or excluded source
 *   npx tsx scripts/real-corpus.ts stats                             documents by type, sector, province and split
 *
 * --exclusions defaults to ../shared/corpus-exclusions.txt beside the checkout when that file exists.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadRealCorpus, REAL_DOCS } from '../test/fixtures/real'
import { validateLabel, splitOf } from '../test/fixtures/real/schema'

const sha = (s: string) => createHash('sha256').update(s).digest('hex')

function sourceVariants(url: string): string[] {
  const out = new Set([url])
  const m = /^https?:\/\/(.*)$/.exec(url)
  if (m) for (const scheme of ['http://', 'https://']) {
    const rest = m[1]
    out.add(scheme + rest)
    out.add(scheme + (rest.endsWith('/') ? rest.slice(0, -1) : rest + '/'))
  }
  const g = /^github:([^/]+\/[^/:@]+)/.exec(url)
  if (g) out.add(`github:${g[1]}`)
  return [...out]
}

function main() {
  const [cmd = 'validate', ...rest] = process.argv.slice(2)
  const exIdx = rest.indexOf('--exclusions')
  const exFile = exIdx >= 0 ? rest[exIdx + 1] : resolve(process.cwd(), '../shared/corpus-exclusions.txt')
  const docs = loadRealCorpus()
  if (cmd === 'stats') {
    const count = (f: (d: (typeof docs)[number]) => string) => {
      const m = new Map<string, number>()
      for (const d of docs) m.set(f(d), (m.get(f(d)) ?? 0) + 1)
      return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]))
    }
    console.log(JSON.stringify({
      documents: docs.length,
      split: count((d) => splitOf(d.id)),
      docType: count((d) => d.label.docType),
      sector: count((d) => d.label.sector),
      province: count((d) => d.label.province),
      complete: count((d) => String(d.label.complete)),
    }, null, 2))
    return
  }
  if (cmd !== 'validate') throw new Error(`unknown command ${cmd}`)
  const excluded = existsSync(exFile) ? new Set(readFileSync(exFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{64}$/.test(l))) : null
  if (!excluded) console.warn(`no exclusion list at ${exFile}: sources not checked against it`)
  let bad = 0
  const seenUrl = new Map<string, string>()
  const seenText = new Map<string, string>()
  for (const d of docs) {
    const problems = validateLabel(d.label, d.id)
    const l = d.label
    if (problems.length === 0) {
      const flat = d.text.replace(/\s+/g, '')
      const grounded = (what: string, s: string) => {
        if (!flat.includes(s.replace(/\s+/g, ''))) problems.push(`${what}: "${s}" is not in the text`)
      }
      for (const c of l.caseNumbers) grounded('caseNumbers', c.text)
      for (const x of l.dates) grounded('dates', x.text)
      for (const x of l.citations) grounded('citations', x.text)
      for (const x of l.amounts) grounded('amounts', x.text)
      if (l.party) grounded('party.name', l.party.name)
      for (const o of l.officers) grounded('officers', o.name)
      if (excluded && sourceVariants(l.source.url).some((v) => excluded.has(sha(v)))) problems.push(`source: ${l.source.url} is reserved for independent measurement`)
      const u = seenUrl.get(l.source.url)
      if (u) problems.push(`source: same address as ${u}`)
      seenUrl.set(l.source.url, d.id)
      const th = sha(d.text.replace(/\s+/g, ''))
      const t = seenText.get(th)
      if (t) problems.push(`text: same text as ${t}`)
      seenText.set(th, d.id)
    }
    if (problems.length) {
      bad++
      for (const p of problems) console.log(`${d.id}: ${p}`)
    }
  }
  console.log(`${docs.length} documents in ${REAL_DOCS}, ${bad} with problems`)
  if (bad) process.exitCode = 1
}

main()
