/**
 * Peak memory per scanned case (npm run bench -- memory): `pingcha check` on one case of scanned pages, run as the
 * CLI runs (from source, in a child process of its own, with an empty OCR cache), for each input form scans arrive
 * in: a folder of JPG pages, one multi-page TIFF (uncompressed RGB, the largest form) and one image-only PDF. The
 * peak is the kernel's high-water mark of the whole process (main thread and OCR workers). Medians over the runs.
 *
 * BENCH_MEM_PAGES pages per case (default 16, the size of the case in the issue), BENCH_MEM_DPI scan resolution
 * (default 300, what archive scanners use), BENCH_MEM_RUNS runs (default 3), BENCH_MEM_KINDS a comma-separated
 * subset of jpg,tiff,pdf. OCR reads about one page a second per core, so 16 pages × 3 forms × 3 runs take minutes.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeImage } from '../electron/engine/ocr/raster'
import { tiffFromRasters } from '../test/fixtures/scans/containers'
import { scanPage } from '../test/fixtures/scans/generate'
import { buildPdf, jpegSize } from '../test/fixtures/scans/pdf'
import type { Bench, BenchMetric } from './harness'
import { median } from './harness'

const here = fileURLToPath(new URL('.', import.meta.url))
const work = join(here, '..', 'test', 'fixtures', 'generated', 'bench-memory')
const child = join(here, '..', 'test', 'hostile', 'check-child.mjs')
const NAMES = ['decision-p1', 'notice-p1', 'record-p1', 'full-p1']

type Kind = 'jpg' | 'tiff' | 'pdf'

/** Writes one case of `n` scanned pages in the given form; every page distinct, as real scans are. */
async function buildCase(kind: Kind, n: number, dpi: number): Promise<string> {
  const dir = join(work, `${kind}-${n}p-${dpi}dpi`, '案卷')
  rmSync(join(dir, '..'), { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const jpgs = NAMES.map((name) => readFileSync(scanPage(name, { dpi })))
  const page = (i: number) => Buffer.concat([jpgs[i % jpgs.length], Buffer.from(`page ${i + 1}`)])
  if (kind === 'jpg') {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i + 1).padStart(3, '0')}.jpg`), page(i))
  } else if (kind === 'pdf') {
    writeFileSync(join(dir, '扫描件.pdf'), buildPdf(Array.from({ length: n }, (_, i) => ({ jpeg: page(i), ...jpegSize(page(i)) }))))
  } else {
    const rasters = await Promise.all(jpgs.map((j) => decodeImage(j)))
    writeFileSync(join(dir, '扫描件.tif'), tiffFromRasters(Array.from({ length: n }, (_, i) => rasters[i % rasters.length])))
  }
  return dir
}

function runCheck(dir: string): { maxRssMB: number; ms: number; errors: number } {
  const data = join(dir, '..', 'data')
  const out = join(dir, '..', 'out.json')
  rmSync(data, { recursive: true, force: true })
  const r = spawnSync(process.execPath, [child, 'check', dir, '--json', out, '-q'], { env: { ...process.env, PINGCHA_DATA: data }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const line = r.stderr.split('\n').find((l) => l.startsWith('PINGCHA_MEASURE '))
  if (!line || r.status !== 0) throw new Error(`check failed (status ${r.status}): ${r.stderr.slice(-1500)}`)
  const m = JSON.parse(line.slice('PINGCHA_MEASURE '.length)) as { ms: number; maxRssMB: number }
  const result = JSON.parse(readFileSync(out, 'utf8')) as { errors: unknown[] }
  return { ...m, errors: result.errors.length }
}

const bench: Bench = {
  name: 'memory',
  async run(): Promise<BenchMetric[]> {
    const n = Number(process.env.BENCH_MEM_PAGES ?? 16)
    const dpi = Number(process.env.BENCH_MEM_DPI ?? 300)
    const runs = Number(process.env.BENCH_MEM_RUNS ?? 3)
    const kinds = (process.env.BENCH_MEM_KINDS ?? 'jpg,tiff,pdf').split(',').map((k) => k.trim()) as Kind[]
    const label: Record<Kind, string> = { jpg: `${n} JPG files`, tiff: `one ${n}-page TIFF`, pdf: `one ${n}-page image PDF` }
    const out: BenchMetric[] = []
    for (const kind of kinds) {
      const dir = await buildCase(kind, n, dpi)
      const samples = Array.from({ length: runs }, () => runCheck(dir))
      for (const s of samples) if (s.errors) throw new Error(`${kind}: ${s.errors} per-file errors`)
      const peak = median(samples.map((s) => s.maxRssMB))
      out.push({ metric: `peak RSS per case: ${label[kind]} (${dpi} dpi)`, median: peak, unit: 'MB', runs, target: '< 1536 MB', ok: peak < 1536 })
      out.push({ metric: `  check time for that case (pages/s)`, median: median(samples.map((s) => n / (s.ms / 1000))), unit: 'pages/s', runs })
    }
    return out
  },
}

export default bench
