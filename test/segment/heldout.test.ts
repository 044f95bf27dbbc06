/**
 * Held-out page-type accuracy: case files written by the project's corpus generator (test/fixtures/corpus, with its
 * own titles such as 现场检查（勘验）笔录, 非税收入一般缴款书（罚没款）, 测绘资质审批申请书), as one combined file or one
 * file per document, clean and with this folder's OCR noise applied.
 */
import { describe, expect, it } from 'vitest'
import { segmentPages } from '../../shared/segment'
import type { Page, Procedure } from '../../shared/types'
import { buildCase } from '../fixtures/corpus/spec'
import { docText, renderCase } from '../fixtures/corpus/render'
import { noisy, rng } from './gen'

function measure(noise: 0 | 1 | 2) {
  const procs: Procedure[] = ['普通程序', '普通程序', '听证程序', '简易程序', '行政许可']
  let pages = 0
  let right = 0
  const misses: string[] = []
  for (let i = 0; i < 60; i++) {
    const r = rng(9000 + i)
    const spec = buildCase(3000 + i, i, { procedure: procs[i % procs.length], defects: [], form: 'txt' })
    const ps: Page[] = []
    const truth: string[] = []
    const split = i % 2 === 1
    const per = 16 + (i % 3) * 4
    renderCase(spec).forEach((d, k) => {
      const lines = docText(d).split('\n').filter(Boolean).map((l) => noisy(r, l, noise))
      for (let j = 0; j < lines.length; j += per) {
        const file = split ? `文书${k + 1}.pdf` : '案卷.pdf'
        ps.push({
          file, page: split ? j / per + 1 : ps.length + 1, width: 595, height: 842, unit: 'pt', source: noise ? 'ocr' : 'text',
          lines: lines.slice(j, j + per).map((text) => ({ text, bbox: { x: 0, y: 0, w: 0, h: 0 }, confidence: 1 })),
        })
        truth.push(d.type)
      }
    })
    const got = new Map<string, string>()
    for (const d of segmentPages(ps)) for (const p of d.parts) for (const n of p.pages) got.set(`${p.file}#${n}`, d.type)
    ps.forEach((p, k) => {
      pages++
      const g = got.get(`${p.file}#${p.page}`)
      if (g === truth[k]) right++
      else misses.push(`${i} ${p.file}#${p.page}: ${truth[k]} → ${g} | ${p.lines[0]?.text}`)
    })
  }
  return { pages, right, misses }
}

describe('page-type accuracy on the project corpus (held out)', () => {
  it('≥ 97 % clean and with OCR noise', () => {
    for (const noise of [0, 2] as const) {
      const m = measure(noise)
      console.log(`segment held-out, noise ${noise}: ${m.pages} pages, accuracy ${((100 * m.right) / m.pages).toFixed(2)} %`)
      if (m.misses.length) console.log('  ' + m.misses.slice(0, 6).join('\n  '))
      expect(m.right / m.pages).toBeGreaterThanOrEqual(0.97)
    }
  })
})
