/**
 * Ingest benchmarks (npm run bench -- ingest):
 * - text PDFs: a 100-page PDF with a text layer, pages/s (median of 5 runs)
 * - DOCX: a folder of 50 documents, documents/s (median of 5 runs)
 * - OCR: a folder of scanned A4 pages at 200 dpi with 29 lines of Chinese each (noise, skew, red seal),
 *   every file distinct, OCR'd with the default pool (one worker per core) and no cache: pages/s over
 *   the whole run, worker start-up included; the process RSS is sampled every 50 ms for the peak
 *   (worker threads live in the same process, so this is the whole footprint)
 * - re-ingest of that scanned case from the cache it just filled (median of 5 runs)
 * BENCH_OCR_PAGES sets the size of the scanned case (default 100).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { ingest } from '../electron/engine/ingest/index'
import { docxBytes } from '../test/fixtures/scans/case'
import { cer } from '../test/fixtures/scans/cer'
import { scanPage, pageText } from '../test/fixtures/scans/generate'
import { buildPdf } from '../test/fixtures/scans/pdf'
import { SCAN_PAGES } from '../test/fixtures/scans/texts'
import type { Bench, BenchMetric } from './harness'
import { median, timeMedian } from './harness'

const here = fileURLToPath(new URL('.', import.meta.url))
const work = join(here, '..', 'test', 'fixtures', 'generated', 'bench-ingest')

function fresh(name: string): string {
  const d = join(work, name)
  rmSync(d, { recursive: true, force: true })
  mkdirSync(d, { recursive: true })
  return d
}

const bench: Bench = {
  name: 'ingest',
  async run(): Promise<BenchMetric[]> {
    const out: BenchMetric[] = []

    // text PDFs
    const pdfDir = fresh('pdf')
    const texts = SCAN_PAGES.map((p) => p.lines)
    writeFileSync(join(pdfDir, 'text-100.pdf'), buildPdf(Array.from({ length: 100 }, (_, i) => ({ text: texts[i % texts.length] }))))
    await ingest(pdfDir)
    const pdf = await timeMedian(5, () => ingest(pdfDir))
    const pdfRate = 100 / (pdf.medianMs / 1000)
    out.push({ metric: 'text PDF pages/s (100-page PDF)', median: pdfRate, unit: 'pages/s', runs: 5, target: '≥ 100 pages/s', ok: pdfRate >= 100 })

    // DOCX
    const docxDir = fresh('docx')
    const doc = await docxBytes()
    for (let i = 1; i <= 50; i++) writeFileSync(join(docxDir, `${i} 立案审批表.docx`), doc)
    await ingest(docxDir)
    const dx = await timeMedian(5, () => ingest(docxDir))
    const docxRate = 50 / (dx.medianMs / 1000)
    out.push({ metric: 'DOCX documents/s (folder of 50)', median: docxRate, unit: 'docs/s', runs: 5, target: '≥ 50 docs/s', ok: docxRate >= 50 })

    // OCR throughput and memory
    const n = Number(process.env.BENCH_OCR_PAGES ?? 100)
    const scanDir = fresh('scans')
    const cacheDir = fresh('cache')
    const jpg = readFileSync(scanPage('full-p1'))
    for (let i = 1; i <= n; i++) {
      // bytes after the JPEG end marker are ignored by decoders but make every file distinct, as real scans are
      writeFileSync(join(scanDir, `${String(i).padStart(3, '0')}.jpg`), Buffer.concat([jpg, Buffer.from(`page ${i}`)]))
    }
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 50)
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const first = await ingest(scanDir, { cacheDir })
    const ocrMs = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    clearInterval(sampler)
    if (first.errors.length || first.pages.length !== n) throw new Error(`OCR run read ${first.pages.length}/${n} pages: ${JSON.stringify(first.errors.slice(0, 3))}`)
    const ocrRate = n / (ocrMs / 1000)
    const threads = availableParallelism()
    out.push({ metric: `OCR pages/s (${n} A4 200-dpi pages, ${threads} workers)`, median: ocrRate, unit: 'pages/s', runs: 1, target: '≥ 1 page/s', ok: ocrRate >= 1 })
    // CPU time of the whole process (all threads) per page: what a page costs whatever else the machine runs
    const cpuPerPage = (cpu.user + cpu.system) / 1e6 / n
    out.push({ metric: 'OCR CPU seconds per page (all threads)', median: cpuPerPage, unit: 's', runs: n })
    out.push({ metric: `OCR pages/s projected on ${threads} idle cores (${threads} / CPU s per page)`, median: threads / cpuPerPage, unit: 'pages/s', runs: n, target: '≥ 1 page/s', ok: threads / cpuPerPage >= 1 })
    const loadNow = loadavg()[0]
    out.push({ metric: 'machine load average (1 min) at the end of the OCR run', median: loadNow, unit: 'load', runs: 1 })
    const peakMB = peak / 1048576
    out.push({ metric: `peak RSS while OCR-ing ${n} pages`, median: peakMB, unit: 'MB', runs: 1, target: '< 1536 MB', ok: peakMB < 1536 })
    const lines = median(first.pages.map((p) => p.lines.length))
    out.push({ metric: 'lines read per scanned page (29 printed)', median: lines, unit: 'lines', runs: n })
    const truth = pageText('full-p1').join('')
    const cers = first.pages.map((p) => cer(truth, p.lines.map((l) => l.text).join('')).cer * 100)
    out.push({ metric: 'character error rate on the scanned pages', median: median(cers), unit: '%', runs: n, target: '≤ 2 %', ok: median(cers) <= 2 })

    // re-ingest from cache
    const again = await timeMedian(5, () => ingest(scanDir, { cacheDir }))
    out.push({ metric: `re-ingest ${n}-page scanned case from cache`, median: again.medianMs / 1000, unit: 's', runs: 5, target: '< 1 s', ok: again.medianMs < 1000 })
    return out
  },
}

export default bench
