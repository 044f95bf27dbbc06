/**
 * OCR accuracy on 200-dpi scans of official-document text (dates, 〔2024〕 numbers, 《》 citations,
 * amounts) with noise, slight skew and a red seal over the text; plus pages fed sideways and upside down, and a dense
 * page in a Song face.
 * Character error rate is measured against the text the pages were rendered from.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../electron/engine/ingest/index'
import type { IngestResult } from '../../shared/types'
import { cer } from '../fixtures/scans/cer'
import { pageText, scanPage } from '../fixtures/scans/generate'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'ingest-ocr')
const CASES = [
  { file: '1 决定书.jpg', page: 'decision-p1', opts: { skew: 0.8 } },
  { file: '2 告知书.jpg', page: 'notice-p1', opts: { skew: -1.2 } },
  { file: '3 笔录（横放）.jpg', page: 'record-p1', opts: { skew: 0.5, rotate: 90 as const }, rotation: 270 },
  { file: '4 笔录（倒置）.jpg', page: 'record-p1', opts: { skew: -0.6, rotate: 180 as const }, rotation: 180 },
  // a dense page in a Song face, upright and upside down (upright ones were taken for upside down and read as nothing)
  { file: '5 决定书（宋体）.jpg', page: 'dense-p1', opts: { skew: 0.6, seal: false, pointsize: 40, blur: false, seed: 20261206 }, maxCer: 0.04 },
  { file: '6 决定书（宋体，倒置）.jpg', page: 'dense-p1', opts: { skew: 0.6, seal: false, pointsize: 40, blur: false, seed: 20261206, rotate: 180 as const }, rotation: 180, maxCer: 0.04 },
]
let r: IngestResult
const fullWidthMarks = (s: string) => s.replace(/[,:;]/g, (m) => ({ ',': '，', ':': '：', ';': '；' })[m]!)

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const c of CASES) copyFileSync(scanPage(c.page, c.opts), join(dir, c.file))
  r = await ingest(dir, { threads: 2 })
}, 120_000)

describe('OCR of scanned pages', () => {
  it.each(CASES)('$file: CER ≤ 2% (a dense page with masks and rare characters 4%), read upright', (c) => {
    const p = r.pages.find((x) => x.file === c.file)!
    expect(p.source).toBe('ocr')
    expect(p.rotation).toBe(c.rotation ?? 0)
    const hyp = p.lines.map((l) => l.text).join('\n')
    // (a half-width comma or colon after a Chinese character is read as the full-width mark official text uses)
    const m = cer(fullWidthMarks(pageText(c.page).join('')), fullWidthMarks(hyp))
    console.log(`${c.file}: CER ${(m.cer * 100).toFixed(2)}% (${m.edits}/${m.chars})`)
    expect(m.cer).toBeLessThanOrEqual(c.maxCer ?? 0.02)
    // upright pages are portrait A4 at 200 dpi
    expect(p.height).toBeGreaterThan(p.width)
  })

  it('keeps the forms reviewers search for: case numbers, 〇 in Chinese years, citations, amounts', () => {
    const all = r.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n')
    for (const s of ['某市监处罚〔2024〕15号', '某市监罚告〔2024〕08号', '二〇二四年五月八日', '《中华人民共和国食品安全法》第七十一条第一款', '罚款人民币伍万元整（50000元）', '1260.50元']) {
      expect(all.replace(/\s+/g, '')).toContain(s)
    }
    expect(all).not.toMatch(/[○◯]/)
  })

  it('gives lines in reading order with boxes on the page', () => {
    const p = r.pages.find((x) => x.file === '1 决定书.jpg')!
    expect(p.lines.length).toBeGreaterThanOrEqual(25)
    expect(p.lines[0].text).toBe('某某市市场监督管理局')
    for (let i = 1; i < p.lines.length; i++) expect(p.lines[i].bbox.y).toBeGreaterThan(p.lines[i - 1].bbox.y)
    for (const l of p.lines) expect(l.confidence).toBeGreaterThan(0.5)
  })
})
