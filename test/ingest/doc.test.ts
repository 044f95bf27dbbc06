/**
 * Word 97–2003 .doc and WPS .wps: real files saved by LibreOffice read like their DOCX source (paragraph order, table
 * rows as labelled lines, pages at page breaks, one page without them); broken, hostile, encrypted and foreign files
 * each give one clear error, quickly, and the batch goes on.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { Packer } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DocReader, docBlocks, IN_TABLE, PAGE_BREAK_BEFORE, readDoc, ROW_END } from '../../electron/engine/ingest/doc'
import { readDocx } from '../../electron/engine/ingest/docx'
import { ingest } from '../../electron/engine/ingest/index'
import type { Page } from '../../shared/types'
import { buildDocFixtures, decisionDoc, loopDirectoryChain, markEncrypted, read } from './doc-fixtures'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'ingest-doc')
let decision: Uint8Array
let long: Uint8Array
let sections: Uint8Array
let decisionDocx: Uint8Array
const reader = new DocReader()
const texts = (pages: Page[]) => pages.map((p) => p.lines.map((l) => l.text))

beforeAll(async () => {
  const f = await buildDocFixtures(join(dir, 'fixtures'))
  decision = read(f.decision)
  long = read(f.long)
  sections = read(f.sections)
  decisionDocx = read(f.decisionDocx)
}, 180_000)

afterAll(() => reader.close())

describe('Word 97–2003 text', () => {
  it('reads a .doc the way its DOCX source reads: title, paragraphs in order, table rows as labelled lines, pages at the page break', async () => {
    const pages = await readDoc(decision, 'd.doc', reader)
    expect(texts(pages)).toEqual([
      [
        '行政处罚决定书',
        '某市监处罚〔2024〕15号',
        '当事人  某某商贸有限公司',
        '统一社会信用代码  91350102MA2XYZ1234',
        '住所  某市某区某路1号 （经营场所）',
        '违法事实：',
        '当事人购进食用油120箱。',
        '依据《中华人民共和国食品安全法》第一百二十五条第一款，决定罚款人民币伍万元整。',
      ],
      ['某某市市场监督管理局', '二〇二四年四月十日'],
    ])
    // same synthetic layout as the DOCX reader gives the source
    const fromDocx = (await readDocx(decisionDocx, 'd.doc')) as Page[]
    expect(pages).toEqual(fromDocx)
    for (const p of pages) {
      expect(p).toMatchObject({ file: 'd.doc', unit: 'pt', source: 'text' })
      const ys = p.lines.map((l) => l.bbox.y)
      expect([...ys].sort((a, b) => a - b)).toEqual(ys)
      for (const l of p.lines) expect(l.confidence).toBe(1)
    }
  })

  it('keeps a document without page breaks on one page, one line per paragraph, the page as long as its lines', async () => {
    const [page, ...more] = await readDoc(long, 'l.doc', reader)
    expect(more).toEqual([])
    expect(page.lines).toHaveLength(61)
    expect(page.lines[0].text).toBe('询问笔录')
    page.lines.slice(1).forEach((l, i) => expect(l.text).toBe(`问：第${i + 1}个问题？答：第${i + 1}个回答。`))
    const last = page.lines[60].bbox
    expect(page.height).toBeGreaterThanOrEqual(last.y + last.h)
  })

  it('starts a page at a section break, shows field results, leaves out header and footer, joins a cell’s paragraphs', async () => {
    expect(texts(await readDoc(sections, 's.doc', reader))).toEqual([
      ['立案审批表', '来源：投诉举报平台', '本页为第1页', '案情 摘要  销售标签不符的食用油 货值1.2万元'],
      ['询问笔录', '问：你的姓名？'],
    ])
  })

  it('reads a .wps saved in the Word format, and a Word file under the other name (.docx holding a .doc, .doc holding a DOCX)', async () => {
    const want = texts(await readDoc(decision, 'd.doc', reader))
    expect(texts(await readDoc(decision, '决定书.wps', reader))).toEqual(want)
    const d = join(dir, 'renamed')
    rmSync(d, { recursive: true, force: true })
    mkdirSync(d, { recursive: true })
    writeFileSync(join(d, '1 实为doc.docx'), decision)
    writeFileSync(join(d, '2 实为docx.doc'), decisionDocx)
    const r = await ingest(d)
    expect(r.errors).toEqual([])
    for (const f of ['1 实为doc.docx', '2 实为docx.doc']) expect(texts(r.pages.filter((p) => p.file === f))).toEqual(want)
  })
})

describe('Word 97–2003 errors', () => {
  const refused = async (bytes: Uint8Array, file = 'x.doc') => {
    const t = Date.now()
    const e = await readDoc(bytes, file, reader).then(
      () => null,
      (x: Error & { code?: string }) => x,
    )
    expect(Date.now() - t).toBeLessThan(5000)
    expect(e, 'should be refused').not.toBeNull()
    expect(e!.message).toMatch(/[\u4e00-\u9fff]/)
    return { code: e!.code, message: e!.message }
  }

  it('a truncated .doc is corrupt and said to be incomplete', async () => {
    for (const n of [12, 600, 2000, Math.floor(decision.length / 2), decision.length - 700]) {
      const e = await refused(decision.slice(0, n))
      expect(e.code, `cut at ${n}`).toBe('corrupt')
      expect(e.message).toContain('不完整')
    }
  })

  it('random bytes behind an OLE header are corrupt; random bytes named .wps are an unreadable legacy format', async () => {
    const rnd = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24)
    const ole = rnd(20_000)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect((await refused(ole)).code).toBe('corrupt')
    const wps = await refused(rnd(5000), '旧文书.wps')
    expect(wps.code).toBe('legacy-format')
    expect(wps.message).toContain('另存为 .docx')
    expect(wps.message).toContain('WPS')
  })

  it('a compound file claiming more sectors than it holds, or whose sector chain loops, is refused at once', async () => {
    const huge = Uint8Array.from(decision)
    new DataView(huge.buffer).setInt32(44, 0x7fffffff, true) // sectors in the allocation table
    expect((await refused(huge)).code).toBe('corrupt')
    const loop = await refused(loopDirectoryChain(decision))
    expect(loop.code).toBe('corrupt')
  })

  it('a password-protected .doc is encrypted', async () => {
    const e = await refused(markEncrypted(decision))
    expect(e.code).toBe('encrypted')
    expect(e.message).toContain('加密')
  })

  it('RTF, HTML and other programs’ files named .doc say what they are', async () => {
    expect(await refused(new Uint8Array(Buffer.from('{\\rtf1\\ansi 行政处罚决定书}')))).toMatchObject({ code: 'legacy-format', message: expect.stringContaining('RTF') })
    expect(await refused(new Uint8Array(Buffer.from('<html><body>行政处罚决定书</body></html>')))).toMatchObject({ code: 'legacy-format', message: expect.stringContaining('HTML') })
  })

  it('a parse that runs too long is given up and the next file is read by a fresh worker', async () => {
    const slow = new DocReader(1)
    try {
      await expect(slow.read(decision)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('秒内未能读完') })
    } finally {
      await slow.close()
    }
    expect(texts(await readDoc(decision, 'd.doc', reader))[1]).toEqual(['某某市市场监督管理局', '二〇二四年四月十日'])
  })

  it('damaged copies (cut short, bytes overwritten) are read or refused, each quickly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ cut: fc.double({ min: 0, max: 1, noNaN: true }) }),
          fc.record({ flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }), head: fc.boolean() }),
        ),
        async (d) => {
          let bytes: Uint8Array
          if ('cut' in d) bytes = decision.slice(0, Math.floor(decision.length * d.cut))
          else {
            bytes = Uint8Array.from(decision)
            // the first sector (header) holds the sizes and chain starts; flips there reach the container code
            const span = d.head ? 512 : bytes.length
            for (const [p, v] of d.flips) bytes[Math.min(span - 1, Math.floor(span * p))] = v
          }
          const t = Date.now()
          try {
            const pages = await readDoc(bytes, 'x.doc', reader)
            expect(pages.length).toBeGreaterThan(0)
          } catch (e) {
            expect(['corrupt', 'encrypted', 'legacy-format']).toContain((e as { code?: string }).code)
          }
          expect(Date.now() - t).toBeLessThan(5000)
        },
      ),
      { numRuns: Number(process.env.ROBUST_RUNS ?? 150), seed: process.env.ROBUST_RUNS ? undefined : 20241202 },
    )
  }, 120_000)
})

describe('Word 97–2003 in a case folder', () => {
  it('ingests .doc, .wps and .docx side by side; broken ones are per-file errors', async () => {
    const d = join(dir, 'case')
    rmSync(d, { recursive: true, force: true })
    mkdirSync(d, { recursive: true })
    writeFileSync(join(d, '1 立案审批表.docx'), await Packer.toBuffer(decisionDoc()))
    writeFileSync(join(d, '2 行政处罚决定书.doc'), decision)
    copyFileSync(join(dir, 'fixtures', 'doc', 'long.doc'), join(d, '3 询问笔录.wps'))
    writeFileSync(join(d, '4 截断.doc'), decision.slice(0, 3000))
    writeFileSync(join(d, '5 早期WPS.wps'), Buffer.from('WPS 2000 文书'.repeat(100), 'utf16le'))
    writeFileSync(join(d, '6 表格.et'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    const r = await ingest(d, { cacheDir: join(dir, 'cache') })
    expect(r.files.filter((f) => f.pages > 0).map((f) => [f.file, f.kind, f.pages])).toEqual([
      ['1 立案审批表.docx', 'docx', 2],
      ['2 行政处罚决定书.doc', 'docx', 2],
      ['3 询问笔录.wps', 'docx', 1],
    ])
    expect(texts(r.pages.filter((p) => p.file === '2 行政处罚决定书.doc'))).toEqual(texts(r.pages.filter((p) => p.file === '1 立案审批表.docx')))
    expect(r.pages.find((p) => p.file === '3 询问笔录.wps')!.lines[0].text).toBe('询问笔录')
    expect(r.errors.map((e) => [e.file, e.code])).toEqual([
      ['4 截断.doc', 'corrupt'],
      ['5 早期WPS.wps', 'legacy-format'],
      ['6 表格.et', 'legacy-format'],
    ])
    // read again from the cache
    const again = await ingest(d, { cacheDir: join(dir, 'cache') })
    expect(again.pages).toEqual(r.pages)
  })
})

describe('Word body text → lines', () => {
  const blocks = (text: string, marks: number[] = []) => docBlocks({ text, marks }).map((b) => (b.breakBefore ? `¶${b.text}` : b.text))

  it('shows field results, not field codes, and drops deleted text, pictures and note marks', () => {
    expect(blocks('罚款\x13 MERGEFIELD 金额 \x14伍万元\x15整。\r')).toEqual(['罚款伍万元整。'])
    expect(blocks('见\x13 HYPERLINK "x" \x14\x13 REF a \x14第2页\x15\x15。\x13 PAGE \x15\r')).toEqual(['见第2页。'])
    expect(blocks('当事人\x00\x00\x00某公司\x01\x02\x08\x1f。\r')).toEqual(['当事人某公司。'])
  })

  it('breaks pages at page and section break characters and at paragraphs marked “page break before”', () => {
    expect(blocks('一\r二\x0c三\r\x0c\r四\r')).toEqual(['一', '二', '¶三', '¶四'])
    const text = '一\r\r二\r'
    expect(blocks(text, [text.indexOf('二') + 1, PAGE_BREAK_BEFORE])).toEqual(['一', '', '¶二'])
  })

  it('reads a table row as one line: cells two spaces apart, a cell’s paragraphs and line breaks inside it one space apart', () => {
    // a row's end is a cell mark flagged as the end of the row
    const rows = '表\r当事人\x07某公司\x07\x07住所\x07某路1号\x0b2幢\x07\x07后\r'
    const ends = [...rows.matchAll(/\x07\x07/g)].flatMap((m) => [m.index! + 1, IN_TABLE | ROW_END])
    expect(blocks(rows, ends)).toEqual(['表', '当事人  某公司', '住所  某路1号 2幢', '后'])
    // without any paragraph flags, a cell mark right after another ends the row
    expect(blocks(rows)).toEqual(['表', '当事人  某公司', '住所  某路1号 2幢', '后'])
    // a first cell of two paragraphs: joined when Word marks them as in the table
    const text = '前\r案由\r（摘要）\x07内容\x07\x07'
    const marks = [text.indexOf('案由') + 2, IN_TABLE, text.length - 1, IN_TABLE | ROW_END]
    expect(blocks(text, marks)).toEqual(['前', '案由 （摘要）  内容'])
    // an empty cell is not the end of the row when the flags say which mark is
    const empty = '住所\x07\x07某路1号\x07\x07'
    expect(blocks(empty, [empty.length - 1, IN_TABLE | ROW_END])).toEqual(['住所  某路1号'])
    // a row whose end mark is missing closes at the next paragraph outside the table
    const open = '当事人\x07某公司\x07正文\r'
    expect(blocks(open, [open.indexOf('正文') + 2, 0, 3, IN_TABLE])).toEqual(['当事人  某公司', '正文'])
  })
})
