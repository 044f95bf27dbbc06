/** The small pieces of ingest and OCR, table-driven with the forms met in real case folders. */
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { convexHull, minAreaRect, boxesFromMap } from '../../electron/engine/ocr/boxes'
import { ctcDecode, normaliseOcrText } from '../../electron/engine/ocr/engine'
import { boxDownscale, rotateRaster } from '../../electron/engine/ocr/raster'
import { paginate } from '../../electron/engine/ingest/docx'
import { pageRanges } from '../../electron/engine/ingest/index'
import { imageSize } from '../../electron/engine/ingest/imagesize'
import { joinWrappedCells, mergeIntoLines } from '../../electron/engine/ingest/lines'
import { expandDeltas } from '../../electron/engine/ingest/ofd'
import { decodeText, readTxt } from '../../electron/engine/ingest/txt'
import { decodeName, isJunk, naturalCompare } from '../../electron/engine/ingest/walk'

describe('natural file order', () => {
  it.each([
    [['10 决定书.pdf', '2 询问笔录.pdf', '1 立案审批表.docx'], ['1 立案审批表.docx', '2 询问笔录.pdf', '10 决定书.pdf']],
    [['第10页.jpg', '第2页.jpg', '第1页.jpg'], ['第1页.jpg', '第2页.jpg', '第10页.jpg']],
    [['scan_0010.tif', 'scan_0009.tif', 'scan_0100.tif'], ['scan_0009.tif', 'scan_0010.tif', 'scan_0100.tif']],
    [['P10.png', 'p2.png', 'P1.png'], ['P1.png', 'p2.png', 'P10.png']],
    [['1-10.jpg', '1-2.jpg', '1-1.jpg'], ['1-1.jpg', '1-2.jpg', '1-10.jpg']],
  ])('%j', (input, expected) => {
    expect([...input].sort(naturalCompare)).toEqual(expected)
  })

  it.each([
    ['~$立案审批表.docx', true],
    ['.DS_Store', true],
    ['Thumbs.db', true],
    ['desktop.ini', true],
    ['__MACOSX', true],
    ['立案审批表.docx', false],
  ])('junk %s → %s', (name, junk) => expect(isJunk(name)).toBe(junk))

  it.each([
    ['询问笔录（第一次）.pdf', 'gbk'],
    ['送达回证.jpg', 'gb18030'],
    ['〔2024〕15号决定书.pdf', 'utf8'],
  ])('file name %s stored as %s is shown right', (name, enc) => {
    const raw = enc === 'utf8' ? Buffer.from(name) : iconv.encode(name, enc)
    const d = decodeName(raw)
    expect(d.name).toBe(name)
    expect(d.utf8).toBe(enc === 'utf8')
  })
})

describe('text files', () => {
  const s = '行政处罚决定书\n罚款人民币伍万元整（50000元）。'
  it.each([
    ['utf-8', Buffer.from(s)],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
    ['gbk', iconv.encode(s, 'gbk')],
    ['gb18030', iconv.encode(s + '𠀀', 'gb18030')],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
  ])('%s decodes', (name, bytes) => {
    expect(decodeText(new Uint8Array(bytes)).text.startsWith(s)).toBe(true)
  })

  it('pages a long text at about 40 printed lines and at form feeds', () => {
    const lines = Array.from({ length: 95 }, (_, i) => `第${i + 1}行`)
    const pages = readTxt(new Uint8Array(Buffer.from(lines.join('\n') + '\n\f最后一页')), 'a.txt')
    expect(pages.map((p) => p.lines.length)).toEqual([40, 40, 15, 1])
    expect(pages[3].lines[0].text).toBe('最后一页')
    expect(pages[1].lines[0].bbox.y).toBe(72)
  })

  it('the blank lines closing a page that ran over make no empty page before the next form feed; a blank sheet between two still is one (co-05)', () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}行`)
    const pages = readTxt(new Uint8Array(Buffer.from([...long, '', '\f送达回证', '受送达人：某公司'].join('\n'))), 'a.txt')
    expect(pages.map((p) => p.lines.length)).toEqual([40, 2])
    expect(readTxt(new Uint8Array(Buffer.from('一\f\n\n\f二')), 'a.txt').map((p) => p.lines.length)).toEqual([1, 0, 1])
  })

  it('starts a new page after a line that is only a rule, the rule dropped (a text export separating its papers)', () => {
    const text = ['立案审批表', '当事人：某公司', '——————————————————', '询问笔录', '被询问人：张某', '──────────────── 第3页', '行政处罚决定书', '当事人：某公司', '====================', '送达回证'].join('\n')
    const pages = readTxt(new Uint8Array(Buffer.from(text)), 'a.txt')
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([['立案审批表', '当事人：某公司'], ['询问笔录', '被询问人：张某'], ['行政处罚决定书', '当事人：某公司'], ['送达回证']])
    // (…but a rule with words on its line, or a short one, is text)
    expect(readTxt(new Uint8Array(Buffer.from('一、违法事实 ——————————\n———\n结束')), 'a.txt').length).toBe(1)
    // (…a rule under a page's one header line underlines it; a page's mark after a rule is the footer of the page it closes)
    const header = ['某局行政处罚决定书', '当事人：某公司', '经查，当事人……', '────────────────────', '　　　　第 1 页 / 共 2 页', '', '行政处罚决定书（某罚〔2024〕12号）　　某局', '────────────────────', '如不服本决定，可以在六十日内申请行政复议。'].join('\n')
    expect(readTxt(new Uint8Array(Buffer.from(header)), 'a.txt').map((p) => p.lines.map((l) => l.text).filter((t) => t.trim()))).toEqual([
      ['某局行政处罚决定书', '当事人：某公司', '经查，当事人……', '　　　　第 1 页 / 共 2 页'],
      ['行政处罚决定书（某罚〔2024〕12号）　　某局', '如不服本决定，可以在六十日内申请行政复议。'],
    ])
  })

  it('counts a long paragraph by the printed lines it wraps to', () => {
    const pages = paginate(
      [{ text: '字'.repeat(34 * 39), breakBefore: false }, { text: '下一段', breakBefore: false }, { text: '再下一段', breakBefore: false }],
      'x.docx',
      false,
    )
    expect(pages.map((p) => p.lines.map((l) => l.text.slice(0, 3)))).toEqual([['字字字', '下一段'], ['再下一']])
  })
})

describe('page lists in error messages', () => {
  it.each([
    [[3], '3'],
    [[3, 4], '3、4'],
    [[3, 5, 6, 7, 9], '3、5–7、9'],
    [Array.from({ length: 190 }, (_, i) => i + 11), '11–200'],
  ])('%j → %s', (pages, text) => expect(pageRanges(pages)).toBe(text))
})

describe('image headers', () => {
  it.each([
    ['png', Buffer.from('89504e470d0a1a0a0000000d4948445200000640000008ca08020000', 'hex'), 1600, 2250],
    ['bmp', (() => { const b = Buffer.alloc(54); b.write('BM'); b.writeInt32LE(1654, 18); b.writeInt32LE(-2339, 22); return b })(), 1654, 2339],
    ['jpeg', Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0001108092306760301220002110103110100', 'hex'), 1654, 2339],
  ])('%s size', (_f, bytes, w, h) => {
    expect(imageSize(new Uint8Array(bytes))).toMatchObject({ width: w, height: h })
  })
  it('rejects text posing as an image', () => expect(imageSize(new Uint8Array(Buffer.from('这不是图片')))).toBeNull())
})

describe('OFD glyph advances', () => {
  it.each([
    ['g 3 4.2', 4, [4.2, 4.2, 4.2]],
    ['4.2 g 2 3.5 1', 5, [4.2, 3.5, 3.5, 1]],
    ['', 3, [0, 0]],
    ['5', 3, [5, 5]],
  ])('%s over %i glyphs', (s, n, out) => expect(expandDeltas(s, n)).toEqual(out))
})

describe('OCR text clean-up', () => {
  it.each([
    ['二○二四年五月八日', '二〇二四年五月八日'],
    ['二O二四年五月八日', '二〇二四年五月八日'],
    ['二〇2O年', '二〇2O年'],
    ['罚款20000元', '罚款20000元'],
    ['某市监处罚〔2024]15号', '某市监处罚〔2024〕15号'],
    ['某市监罚告〔2024】08号', '某市监罚告〔2024〕08号'],
    ['某市监罚告[2024〕08号', '某市监罚告〔2024〕08号'],
    ['我们是执法人员,现依法', '我们是执法人员，现依法'],
    ['联系人:陈某某', '联系人：陈某某'],
    ['货值金额1,260.50元', '货值金额1,260.50元'],
    ['(沪嘉)安监罚[2018]m-07号', '(沪嘉)安监罚[2018]m-07号'],
    ['南农(农药)罚〔2023)13号', '南农(农药)罚〔2023〕13号'],
    ['贺农屠宰罚（2022〕1号', '贺农屠宰罚〔2022〕1号'],
    ['溆林罚决字(2015)51号', '溆林罚决字(2015)51号'],
    ['当事人：邓＊　身份证号码：430902＊＊＊＊', '当事人：邓*　身份证号码：430902****'],
  ])('%s → %s', (a, b) => expect(normaliseOcrText(a)).toBe(b))
})

describe('DB boxes', () => {
  it('finds the minimum-area rectangle of a rotated rectangle', () => {
    const a = (10 * Math.PI) / 180
    const pts = [[-50, -10], [50, -10], [50, 10], [-50, 10]].map(([x, y]) => ({ x: 200 + x * Math.cos(a) - y * Math.sin(a), y: 100 + x * Math.sin(a) + y * Math.cos(a) }))
    const r = minAreaRect(convexHull(pts))
    expect(r.w).toBeCloseTo(100, 5)
    expect(r.h).toBeCloseTo(20, 5)
    expect(Math.atan2(r.uy, r.ux)).toBeCloseTo(a, 5)
    expect(r.cx).toBeCloseTo(200, 5)
  })

  it('turns blobs of a probability map into grown boxes and drops faint ones', () => {
    const w = 100
    const h = 40
    const m = new Float32Array(w * h)
    for (let y = 10; y < 20; y++) for (let x = 10; x < 60; x++) m[y * w + x] = 0.9
    for (let y = 25; y < 30; y++) for (let x = 70; x < 90; x++) m[y * w + x] = 0.4 // below box threshold
    const boxes = boxesFromMap(m, w, h)
    expect(boxes).toHaveLength(1)
    expect(boxes[0].w).toBeGreaterThan(50)
    expect(boxes[0].h).toBeGreaterThan(10)
    expect(boxes[0].cx).toBeCloseTo(35, 0)
  })
})

describe('rasters and decoding', () => {
  it('rotates by quarter turns and back', () => {
    const data = new Uint8Array(2 * 3 * 4).map((_, i) => i)
    const r = { width: 2, height: 3, data }
    const r90 = rotateRaster(r, 90)
    expect([r90.width, r90.height]).toEqual([3, 2])
    // top-left pixel goes to the top-right corner
    expect(Array.from(r90.data.slice(8, 12))).toEqual([0, 1, 2, 3])
    expect(Array.from(rotateRaster(r90, 270).data)).toEqual(Array.from(data))
    expect(Array.from(rotateRaster(rotateRaster(r, 180), 180).data)).toEqual(Array.from(data))
  })

  it('shrinks a very fine scan by averaging blocks', () => {
    // 4×2 image: left 2×2 block black, right 2×2 block white
    const px = (v: number) => [v, v, v, 255]
    const data = new Uint8Array([...px(0), ...px(0), ...px(255), ...px(255), ...px(0), ...px(100), ...px(255), ...px(255)])
    const r = boxDownscale({ width: 4, height: 2, data }, 2)
    expect([r.width, r.height]).toEqual([2, 1])
    expect(Array.from(r.data)).toEqual([25, 25, 25, 255, 255, 255, 255, 255])
  })

  it('CTC collapses repeats and drops blanks', () => {
    const charset = ['罚', '款', '元']
    const V = 4
    const steps = [1, 1, 0, 1, 2, 0, 0, 3]
    const p = new Float32Array(steps.length * V)
    steps.forEach((c, t) => (p[t * V + c] = 0.9))
    expect(ctcDecode(p, 0, steps.length, V, charset)).toEqual({ text: '罚罚款元', confidence: expect.closeTo(0.9, 5) })
  })

  it('merges boxes on one printed row and orders rows', () => {
    const box = (text: string, x: number, y: number, w: number) => ({ text, bbox: { x, y, w, h: 40 }, confidence: 0.9 })
    const lines = mergeIntoLines([box('联系电话：0591-87654321', 600, 102, 400), box('第二行', 100, 160, 120), box('联系人：陈某某', 100, 100, 300)])
    expect(lines.map((l) => l.text)).toEqual(['联系人：陈某某 联系电话：0591-87654321', '第二行'])
    expect(lines[0].bbox).toEqual({ x: 100, y: 100, w: 900, h: 42 })
  })
})

describe('wrapped table cells in PDFs', () => {
  const f = (text: string, x: number, y: number, w: number) => ({ text, bbox: { x, y, w, h: 12 }, confidence: 1 })
  const read = (frags: ReturnType<typeof f>[]) => mergeIntoLines(joinWrappedCells(frags)).map((l) => l.text)

  it.each([
    [
      'a value wrapped over two lines beside its centred label',
      [f('某某商贸', 100, 173, 48), f('当事人', 46, 181.6, 42), f('有限公司', 100, 190.3, 48)],
      ['当事人 某某商贸有限公司'],
    ],
    [
      'one-line cells level with their labels stay rows',
      [f('当事人', 52, 100, 36), f('某某商贸有限公司', 100, 100, 96), f('地址', 64, 116, 24), f('某某市五四路128号', 100, 116, 100), f('法定代表人', 28, 132, 60), f('张某某', 100, 132, 36)],
      ['当事人 某某商贸有限公司', '地址 某某市五四路128号', '法定代表人 张某某'],
    ],
    [
      'a one-line row above a wrapped row',
      [f('当事人', 52, 100, 36), f('某某商贸有限公司', 100, 100, 96), f('某某市鼓楼区', 100, 116, 72), f('地址', 64, 124.6, 24), f('五四路128号', 100, 133.3, 60)],
      ['当事人 某某商贸有限公司', '地址 某某市鼓楼区五四路128号'],
    ],
    [
      'running text with nothing beside it stays line by line',
      [f('本局认为，当事人的行为违反了', 72, 100, 168), f('《中华人民共和国食品安全法》', 72, 114, 168), f('第七十一条第一款的规定。', 72, 128, 144)],
      ['本局认为，当事人的行为违反了', '《中华人民共和国食品安全法》', '第七十一条第一款的规定。'],
    ],
  ])('%s', (_name, frags, lines) => expect(read(frags)).toEqual(lines))
})

describe('blank PDF fragments lying over glyphs', () => {
  const f = (text: string, x: number, w: number, y = 162.4) => ({ text, bbox: { x, y, w, h: 14 }, confidence: 1 })
  it('a space as wide as the fallback-font 〕 drawn over it does not push the 〕 to the end of the line', () => {
    // As pdf.js reports a LibreOffice line: 2024, a blank over the 〕, 229, the 〕 itself, another blank, the rest.
    const frags = [f('成武住建罚告字﹝', 79.5, 112), f('2024', 191.5, 28), f(' ', 219.5, 14), f('229', 233.5, 21), f('﹞', 219.5, 14), f(' ', 233.5, 23.8), f('号）。根据《中华人民共和国行政处罚', 257.3, 238)]
    expect(mergeIntoLines(joinWrappedCells(frags)).map((l) => l.text)).toEqual(['成武住建罚告字﹝2024﹞229号）。根据《中华人民共和国行政处罚'])
  })
  it('a blank between two words with nothing under it still separates them', () => {
    const frags = [f('执法人员', 80, 56), f(' ', 136, 40), f('王立', 176, 28)]
    expect(mergeIntoLines(joinWrappedCells(frags)).map((l) => l.text)).toEqual(['执法人员 王立'])
  })
})
