/**
 * A case of 5,000 tiny files (half short texts, half junk named .jpg) must not hold the event loop: ingest yields
 * between files, so a server importing such a case keeps answering. The longest stall is measured with a timer that
 * should fire every 2 ms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { findCaseFolders } from '../../electron/engine/case-folders'
import { ingest } from '../../electron/engine/ingest/index'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'hostile-tiny', '五千个小文件')
const cache = join(__dirname, '..', 'fixtures', 'generated', 'hostile-tiny', 'cache')
const N = 5000

beforeAll(() => {
  rmSync(join(dir, '..'), { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < N; i++) writeFileSync(join(dir, i % 2 ? `${i}.txt` : `${i}.jpg`), i % 2 ? `第${i}页` : Buffer.from([0xff, 0xd8, i & 255]))
})

/** Runs fn while a 2 ms timer measures the longest time the event loop went without turning. */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ value: T; stallMs: number; ms: number }> {
  let last = performance.now()
  let stall = 0
  const timer = setInterval(() => {
    const t = performance.now()
    stall = Math.max(stall, t - last)
    last = t
  }, 2)
  const t0 = performance.now()
  const value = await fn()
  const ms = performance.now() - t0
  await new Promise((r) => setTimeout(r, 5))
  clearInterval(timer)
  return { value, stallMs: stall, ms }
}

describe('5,000 tiny files in one case', () => {
  it('are listed as one case at once', () => {
    const t0 = performance.now()
    expect(findCaseFolders(dir)).toEqual([dir])
    expect(performance.now() - t0).toBeLessThan(2000)
  })

  it('are read without stalling the event loop, from scratch and from the cache', async () => {
    rmSync(cache, { recursive: true, force: true })
    for (const pass of ['first', 'cached']) {
      const { value: r, stallMs, ms } = await longestStall(() => ingest(dir, { cacheDir: cache }))
      console.log(`ingest of ${N} tiny files (${pass}): ${Math.round(ms)} ms, longest event-loop stall ${Math.round(stallMs)} ms`)
      expect(r.pages).toHaveLength(N / 2)
      expect(r.errors).toHaveLength(N / 2)
      expect(r.errors.every((e) => e.code === 'corrupt')).toBe(true)
      // about 70 ms on an idle 2-core machine (listing and sorting 5,000 names is one stretch); without yielding, the
      // whole read was one stall
      expect(stallMs).toBeLessThan(500)
      expect(ms).toBeLessThan(30_000)
    }
  }, 120_000)
})
