/**
 * npm run bench [-- <name>...]: runs every bench/*.bench.ts (or the named ones) and prints medians.
 * Results are also written to test-output/bench.json.
 */
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Bench, BenchMetric } from './harness'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

const all: { bench: string; metrics: BenchMetric[]; error?: string }[] = []
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: Bench }
  const b = mod.default
  process.stdout.write(`\n== ${b.name} ==\n`)
  try {
    const metrics = await b.run()
    for (const m of metrics) {
      const verdict = m.ok === undefined ? '' : m.ok ? '  ✓' : '  ✗'
      process.stdout.write(`${m.metric.padEnd(56)} ${m.median.toFixed(3).padStart(10)} ${m.unit.padEnd(10)} (n=${m.runs})${m.target ? `  target ${m.target}` : ''}${verdict}\n`)
    }
    all.push({ bench: b.name, metrics })
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    process.stdout.write(`FAILED: ${msg}\n`)
    all.push({ bench: b.name, metrics: [], error: msg })
  }
}
const out = join(here, '..', 'test-output')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'bench.json'), JSON.stringify({ at: new Date().toISOString(), results: all }, null, 2))
process.stdout.write(`\nwritten test-output/bench.json\n`)
if (all.some((r) => r.error)) process.exitCode = 1
