/**
 * TIFF directories are walked with limits before utif2 sees them (it trusts them: a loop hangs it, a huge count
 * exhausts memory), and a page for OCR is read from the file by its own byte ranges.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTiffPage, tiffPages, tiffPagesOfFile } from '../../electron/engine/ingest/tiff'
import { ingest } from '../../electron/engine/ingest/index'
import { tiffFromRasters } from '../fixtures/scans/containers'
import { tiffClaiming, tiffLoop, tiffValueBomb } from '../hostile/files'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'tiff-limits')

describe('TIFF directories', () => {
  it('a loop, a value bomb and a sub-directory pointing at itself are refused at once', () => {
    const selfSub = tiffClaiming(100, 100)
    // turn the last entry (StripByteCounts) into a SubIFDs tag (330, LONG, 1) pointing at its own directory
    const n = selfSub.readUInt16LE(12)
    const last = 12 + 2 + (n - 1) * 12
    selfSub.writeUInt16LE(330, last)
    selfSub.writeUInt32LE(12, last + 8)
    for (const bytes of [tiffLoop(), tiffValueBomb(), selfSub]) {
      const t0 = performance.now()
      expect(() => tiffPages(bytes)).toThrow()
      expect(performance.now() - t0).toBeLessThan(500)
    }
  })

  it('a hostile TIFF is one corrupt file in a case, the rest is read', async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, '1 循环.tif'), tiffLoop())
    writeFileSync(join(dir, '2 炸弹.tif'), tiffValueBomb())
    writeFileSync(join(dir, '3 说明.txt'), '情况说明')
    const r = await ingest(dir, { threads: 1 })
    expect(r.errors.map((e) => [e.file, e.code])).toEqual([
      ['1 循环.tif', 'corrupt'],
      ['2 炸弹.tif', 'corrupt'],
    ])
    expect(r.errors[0].message).toMatch(/循环/)
    expect(r.pages.map((p) => p.file)).toEqual(['3 说明.txt'])
  })

  it('reads one page of a multi-page file by its byte ranges, the same pixels as from memory', () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const page = (v: number) => ({ width: 40, height: 30, data: new Uint8Array(40 * 30 * 4).fill(v) })
    const bytes = tiffFromRasters([page(10), page(200), page(90)])
    writeFileSync(join(dir, 'p.tif'), bytes)
    const r = readTiffPage(join(dir, 'p.tif'), 1, 1e6)
    expect([r.width, r.height, r.data[0], r.data[1], r.data[3]]).toEqual([40, 30, 200, 200, 255])
    expect(() => readTiffPage(join(dir, 'p.tif'), 1, 100)).toThrow(/too large/)
  })

  it('a TIFF over 32 MB is hashed in chunks and its directories read from the file: same hash, same pages', async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const page = { width: 2400, height: 2000, data: new Uint8Array(2400 * 2000 * 4).fill(255) }
    const bytes = tiffFromRasters([page, page, page])
    expect(bytes.length).toBeGreaterThan(32 * 1024 * 1024)
    writeFileSync(join(dir, '大扫描件.tif'), bytes)
    expect(tiffPagesOfFile(join(dir, '大扫描件.tif')).ifds.length).toBe(3)
    const r = await ingest(dir, { threads: 1 })
    expect(r.errors).toEqual([])
    expect(r.files).toMatchObject([{ file: '大扫描件.tif', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), pages: 3 }])
    expect(r.pages.map((p) => [p.page, p.width, p.height])).toEqual([
      [1, 2400, 2000],
      [2, 2400, 2000],
      [3, 2400, 2000],
    ])
  }, 60_000)
})
