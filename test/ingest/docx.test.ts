/** DOCX reading: automatic list labels, tables row by row, pages from Word's own marks or ~40 lines. */
import JSZip from 'jszip'
import { AlignmentType, Document, ImageRun, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx'
import { createCanvas } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { readDocx } from '../../electron/engine/ingest/docx'
import { formatNumber } from '../../electron/engine/ingest/docx-numbering'
import type { Page } from '../../shared/types'

async function build(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'cn',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** The text pages (pictures read by OCR come as `{ scan, page }`). */
const textPages = async (bytes: Uint8Array) => (await readDocx(bytes, 'a.docx')).filter((p): p is Page => 'lines' in p)
const texts = async (bytes: Uint8Array) => (await textPages(bytes)).map((p) => p.lines.map((l) => l.text))

describe('DOCX', () => {
  it('puts automatic list labels back in front of the text', async () => {
    const n = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'cn', level } })
    const bytes = await build([n('违法事实', 0), n('购进食用油120箱', 1), n('已售出97箱', 1), n('处理意见', 0), n('没收违法所得', 1)])
    expect((await texts(bytes))[0]).toEqual(['一、违法事实', '（1）购进食用油120箱', '（2）已售出97箱', '二、处理意见', '（1）没收违法所得'])
  })

  it('reads tables row by row and breaks pages where the document does', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] })
    const bytes = await build([
      new Paragraph('送达回证'),
      new Table({ rows: [new TableRow({ children: [cell('受送达人'), cell('某某商贸有限公司')] }), new TableRow({ children: [cell('送达日期'), cell('2024年4月12日')] })] }),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph('备注'),
    ])
    // (the cells two spaces apart: one space between two characters is a scan's noise the reader drops)
    expect(await texts(bytes)).toEqual([['送达回证', '受送达人  某某商贸有限公司', '送达日期  2024年4月12日'], ['备注']])
  })

  it('trusts Word’s rendered page marks over the 40-line estimate', async () => {
    const bytes = await build(Array.from({ length: 50 }, (_, i) => new Paragraph(`第${i + 1}段`)))
    expect((await texts(bytes)).map((p) => p.length)).toEqual([40, 10])
    // mark a rendered page break before paragraph 3, as Word does when it saves
    const zip = await JSZip.loadAsync(bytes)
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('<w:t xml:space="preserve">第3段', '<w:lastRenderedPageBreak/><w:t xml:space="preserve">第3段')
    zip.file('word/document.xml', xml)
    const marked = await zip.generateAsync({ type: 'uint8array' })
    expect((await texts(marked)).map((p) => p.length)).toEqual([2, 48])
  })

  it('gives synthetic boxes in points inside an A4 page', async () => {
    const pages = await textPages(await build([new Paragraph('当事人：某某商贸有限公司'), new Paragraph('')]))
    expect(pages[0]).toMatchObject({ unit: 'pt', width: 595.3, height: 841.9, source: 'text' })
    const l = pages[0].lines[0]
    expect(l.bbox.x).toBeGreaterThan(0)
    expect(l.bbox.x + l.bbox.w).toBeLessThan(595.3)
  })

  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCounting', '二十'],
    [105, 'chineseCountingThousand', '一百零五'],
    [3, 'chineseLegalSimplified', '叁'],
    [2, 'ideographTraditional', '乙'],
    [4, 'decimalEnclosedCircle', '④'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'ab'],
    [14, 'upperRoman', 'XIV'],
    [7, 'decimalZero', '07'],
    [12, 'decimalFullWidth', '１２'],
  ])('%i as %s → %s', (n, fmt, out) => expect(formatNumber(n, fmt)).toBe(out))
})

describe('DOCX pictures', () => {
  /** A solid JPEG-free PNG of the given size (content does not matter to the reader, only the header). */
  const pngOf = (w: number, h: number) => {
    const c = createCanvas(w, h)
    return new Uint8Array(c.toBuffer('image/png'))
  }
  it('a page-sized picture becomes a page read by OCR after the text pages; a logo does not', async () => {
    const bytes = await build([
      new Paragraph('现场照片及说明'),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: Buffer.from(pngOf(160, 40)), transformation: { width: 80, height: 20 } })] }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: Buffer.from(pngOf(1240, 1754)), transformation: { width: 400, height: 566 } })] }),
    ])
    const out = await readDocx(bytes, 'a.docx')
    expect(out.map((p) => ('scan' in p ? `scan ${p.page} ${p.scan.replace(/^word\/media\/.*\./, 'word/media/*.')}` : `text ${p.page}`))).toEqual(['text 1', 'scan 2 word/media/*.png'])
  })
  it('a file of pasted scans only has no empty text page', async () => {
    // Two different scans (the same picture shown twice is one picture, one page).
    const pic = (h: number) => new Paragraph({ children: [new ImageRun({ type: 'png', data: Buffer.from(pngOf(1240, h)), transformation: { width: 400, height: 566 } })] })
    const out = await readDocx(await build([pic(1754), new Paragraph({ children: [new PageBreak()] }), pic(1700)]), 'a.docx')
    expect(out.every((p) => 'scan' in p)).toBe(true)
    expect(out.map((p) => p.page)).toEqual([1, 2])
  })
})
