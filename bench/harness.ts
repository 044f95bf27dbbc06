/** Shared shape of benchmark modules: bench/<area>.bench.ts default-exports a Bench. */
export interface BenchMetric {
  metric: string
  /** Median over the runs. */
  median: number
  unit: string
  runs: number
  /** The target from the issue, e.g. "≥ 1 page/s", and whether the median meets it. */
  target?: string
  ok?: boolean
}

export interface Bench {
  name: string
  run(): Promise<BenchMetric[]>
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Run fn n times and return the median wall time in ms. */
export async function timeMedian(n: number, fn: () => Promise<unknown> | unknown): Promise<{ medianMs: number; samples: number[] }> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await fn()
    samples.push(performance.now() - t0)
  }
  return { medianMs: median(samples), samples }
}
