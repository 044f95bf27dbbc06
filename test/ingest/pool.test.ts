/** The OCR worker pool: worker replacement after N pages, per-page time limit, closing. */
import { getEventListeners } from 'node:events'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { OcrPool } from '../../electron/engine/ocr/pool'
import { decodeImage } from '../../electron/engine/ocr/raster'
import { png } from '../fixtures/scans/case'
import { cropRows } from '../fixtures/scans/containers'
import { scanPage } from '../fixtures/scans/generate'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'ingest-pool')
let small: string

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  const page = await decodeImage(readFileSync(scanPage('record-p1')))
  small = join(dir, 'band.png')
  writeFileSync(small, png(cropRows(page, 240, 150)))
})

describe('OCR pool', () => {
  it('replaces workers after their quota and still answers every page', async () => {
    const pool = new OcrPool({ threads: 1, recycleAfter: 1 })
    try {
      const pages = await Promise.all([1, 2, 3].map(() => pool.run({ kind: 'image', path: small })))
      for (const p of pages) expect(p.lines.map((l) => l.text).join('')).toContain('2024年3月8日')
    } finally {
      await pool.close()
    }
  })

  it('gives up a page that takes too long and reports it', async () => {
    const pool = new OcrPool({ threads: 1, pageTimeoutMs: 1 })
    try {
      await expect(pool.run({ kind: 'image', path: small })).rejects.toMatchObject({ code: 'ocr-failed', message: expect.stringContaining('超时') })
    } finally {
      await pool.close()
    }
  })

  it('reports an unreadable source without losing the worker', async () => {
    const pool = new OcrPool({ threads: 1 })
    try {
      const bad = join(dir, 'bad.png')
      writeFileSync(bad, 'not an image')
      await expect(pool.run({ kind: 'image', path: bad })).rejects.toMatchObject({ code: 'corrupt' })
      const ok = await pool.run({ kind: 'image', path: small })
      expect(ok.lines.length).toBeGreaterThan(0)
    } finally {
      await pool.close()
    }
  })

  it('listens once on a caller\'s signal however many pages are queued, and leaves no listener behind', async () => {
    const pool = new OcrPool({ threads: 1 })
    try {
      // a case of 15 scanned pages queues them all at once
      const busy = new AbortController()
      const pages = Array.from({ length: 15 }, () => pool.run({ kind: 'image', path: small }, busy.signal).catch((e: { code: string }) => e.code))
      expect(getEventListeners(busy.signal, 'abort')).toHaveLength(1)
      busy.abort()
      expect(await Promise.all(pages)).toEqual(Array(15).fill('cancelled'))
      expect(getEventListeners(busy.signal, 'abort')).toHaveLength(0)
      // pages read to the end let go of their signal too
      const quiet = new AbortController()
      await Promise.all([1, 2].map(() => pool.run({ kind: 'image', path: small }, quiet.signal)))
      expect(getEventListeners(quiet.signal, 'abort')).toHaveLength(0)
    } finally {
      await pool.close()
    }
  })

  it('rejects work after close', async () => {
    const pool = new OcrPool({ threads: 1 })
    await pool.close()
    await expect(pool.run({ kind: 'image', path: small })).rejects.toMatchObject({ code: 'cancelled' })
  })
})
