/** Law database load and lookup times; calendar period counting. */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Bench, BenchMetric } from './harness'
import { median, timeMedian } from './harness'
import { loadLaws } from '../electron/engine/laws'
import { createCalendar } from '../shared/calendar'

const resources = join(import.meta.dirname, '..', 'resources')

const bench: Bench = {
  name: 'laws',
  async run(): Promise<BenchMetric[]> {
    const out: BenchMetric[] = []
    const dir = join(resources, 'laws')
    const bytes = readdirSync(dir).filter((f) => f.endsWith('.json.br')).reduce((n, f) => n + statSync(join(dir, f)).size, 0)
    out.push({ metric: 'law data size (brotli, index + shards)', median: bytes / 1e6, unit: 'MB', runs: 1, target: '≤ 25 MB', ok: bytes <= 25e6 })

    const load = await timeMedian(5, () => loadLaws(resources))
    out.push({ metric: 'law DB open (read + decompress + index header)', median: load.medianMs, unit: 'ms', runs: 5, target: '≤ 1000 ms', ok: load.medianMs <= 1000 })

    // First provision of a law parses that law's text; later ones hit the parsed map.
    const firstTimes: number[] = []
    for (let i = 0; i < 5; i++) {
      const laws = await loadLaws(resources)
      const t0 = performance.now()
      const v = laws.versionOn('中华人民共和国食品安全法', '2023-05-01')!
      laws.provision(v.id, 124, { paragraph: 1, item: 3 })
      firstTimes.push(performance.now() - t0)
    }
    out.push({ metric: 'first lookup in a law (decompress shard + parse law)', median: median(firstTimes), unit: 'ms', runs: 5 })
    // Everything: every shard decompressed, every law parsed.
    const all = await timeMedian(3, async () => {
      const l = await loadLaws(resources)
      for (const id of Object.keys(Object.fromEntries(l.resolveTitle('行政处罚法')!.versions.map((v) => [v.id, 1])))) l.provision(id, 1)
    })
    out.push({ metric: 'open + 行政处罚法 both versions', median: all.medianMs, unit: 'ms', runs: 3 })

    const laws = await loadLaws(resources)
    const titles = ['行政处罚法', '《中华人民共和国食品安全法》', '大气污染防治法', '广告法', '产品质量法', '行政强制法']
    for (const t of titles) laws.provision(laws.versionOn(t, '2023-01-01')!.id, 1)
    const N = 20000
    const warm = await timeMedian(5, () => {
      for (let i = 0; i < N; i++) {
        const v = laws.versionOn(titles[i % titles.length], '2023-01-01')!
        laws.provision(v.id, 1 + (i % 30), { paragraph: 1 })
      }
    })
    out.push({ metric: 'warm citation lookup (versionOn + provision)', median: (warm.medianMs * 1000) / N, unit: 'µs/op', runs: 5, target: '≤ 50 µs', ok: (warm.medianMs * 1000) / N <= 50 })
    const fines = await timeMedian(5, () => {
      for (let i = 0; i < 2000; i++) laws.fineRanges('食品安全法_2021-04-29', 122 + (i % 5))
    })
    out.push({ metric: 'fineRanges (provision + parse)', median: (fines.medianMs * 1000) / 2000, unit: 'µs/op', runs: 5 })

    const cal = createCalendar()
    const per = await timeMedian(5, () => {
      for (let i = 0; i < 2000; i++) cal.periodEnd('2024-01-01', 1 + (i % 90), i % 2 ? 'working' : 'natural')
    })
    out.push({ metric: 'calendar periodEnd (1–90 days)', median: (per.medianMs * 1000) / 2000, unit: 'µs/op', runs: 5 })
    return out
  },
}
export default bench
