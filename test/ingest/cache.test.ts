/**
 * Re-opening a case reads OCR results from the content-hash cache instead of running OCR again, and a
 * batch can be cancelled while OCR runs.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ingest } from '../../electron/engine/ingest/index'
import { IngestCache } from '../../electron/engine/ingest/cache'
import { buildPdf } from '../fixtures/scans/pdf'
import { pageText, scanPage } from '../fixtures/scans/generate'

const base = join(__dirname, '..', 'fixtures', 'generated', 'ingest-cache')
const savedWorker = process.env.PINGCHA_OCR_WORKER

afterEach(() => {
  if (savedWorker === undefined) delete process.env.PINGCHA_OCR_WORKER
  else process.env.PINGCHA_OCR_WORKER = savedWorker
})

function freshDir(name: string): string {
  const d = join(base, name)
  rmSync(d, { recursive: true, force: true })
  mkdirSync(d, { recursive: true })
  return d
}

describe('ingest cache keys', () => {
  it('a new reader version drops cached files but keeps OCR pages; a new OCR model drops both', () => {
    const dir = freshDir('keys')
    const page = { width: 10, height: 10, lines: [], angle: 0 } as unknown as Parameters<IngestCache['putOcr']>[2]
    const filePages = [{ file: 'a.pdf', page: 1, width: 10, height: 10, unit: 'pt' as const, source: 'text' as const, lines: [] }]
    const old = new IngestCache(dir, 'ingest/1|ocr/1', 'ocr/1')
    old.putOcr('ab'.repeat(32), 1, page)
    old.putFile('ab'.repeat(32), filePages)
    const readers = new IngestCache(dir, 'ingest/2|ocr/1', 'ocr/1')
    expect(readers.getFile('ab'.repeat(32), 'a.pdf')).toBeNull()
    expect(readers.getOcr('ab'.repeat(32), 1)).toEqual(page)
    const model = new IngestCache(dir, 'ingest/1|ocr/2', 'ocr/2')
    expect(model.getOcr('ab'.repeat(32), 1)).toBeNull()
    expect(old.getFile('ab'.repeat(32), 'b.pdf')?.[0].file).toBe('b.pdf')
  })
})

describe('ingest cache', () => {
  it('re-ingests from cache without OCR, also when the same scan sits under another name', async () => {
    const caseDir = freshDir('case')
    const cacheDir = freshDir('cache')
    copyFileSync(scanPage('record-p1'), join(caseDir, '1 询问笔录.jpg'))
    writeFileSync(join(caseDir, '2 决定书.pdf'), buildPdf([{ text: pageText('decision-p1') }]))
    const first = await ingest(caseDir, { cacheDir, threads: 1 })
    expect(first.errors).toEqual([])
    expect(first.pages.map((p) => p.source)).toEqual(['ocr', 'text'])

    // OCR cannot run any more: any page that is not served from cache would fail
    process.env.PINGCHA_OCR_WORKER = join(base, 'no-such-worker.js')
    copyFileSync(scanPage('record-p1'), join(caseDir, '3 副本.jpg'))
    const phases: string[] = []
    const again = await ingest(caseDir, { cacheDir, threads: 1, onProgress: (p) => phases.push(p.stage) })
    expect(again.errors).toEqual([])
    expect(again.pages.slice(0, 2)).toEqual(first.pages)
    expect(again.pages[2]).toEqual({ ...first.pages[0], file: '3 副本.jpg' })
    expect(phases).not.toContain('ocr')
  })

  it('without a cache the same setup does need OCR (the check above can fail)', async () => {
    const caseDir = freshDir('nocache')
    copyFileSync(scanPage('record-p1'), join(caseDir, '1.jpg'))
    process.env.PINGCHA_OCR_WORKER = join(base, 'no-such-worker.js')
    const r = await ingest(caseDir, { threads: 1 })
    expect(r.pages).toEqual([])
    expect(r.errors.map((e) => e.code)).toEqual(['ocr-failed'])
    expect(r.errors[0].message).toContain('文字识别失败')
  })

  it('cancels a batch: pages not read yet become cancelled errors, the call returns promptly', async () => {
    const caseDir = freshDir('cancel')
    for (let i = 1; i <= 6; i++) copyFileSync(scanPage(i % 2 ? 'decision-p1' : 'notice-p1'), join(caseDir, `${i}.jpg`))
    const ac = new AbortController()
    const t0 = Date.now()
    const r = await ingest(caseDir, {
      threads: 1,
      signal: ac.signal,
      onProgress: (p) => {
        if (p.stage === 'ocr' && p.done === 1) ac.abort()
      },
    })
    const took = Date.now() - t0
    expect(r.pages.length).toBe(1)
    expect(r.errors.length).toBe(5)
    expect(new Set(r.errors.map((e) => e.code))).toEqual(new Set(['cancelled']))
    expect(r.errors[0].message).toContain('取消')
    // one page at a time on one worker: far less than the six pages it would otherwise take
    expect(took).toBeLessThan(15_000)
  })
})
