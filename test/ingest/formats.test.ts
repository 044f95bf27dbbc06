/**
 * One case folder holding every supported format and every kind of bad file, ingested once:
 * reading order, per-file pages and sources, text found where it should be, and one clear Chinese error per
 * bad file while the rest of the batch goes on.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../electron/engine/ingest/index'
import type { IngestResult } from '../../shared/types'
import { buildFormatsCase, GBK_NAME } from '../fixtures/scans/case'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'ingest-formats')
let r: IngestResult
const squash = (s: string) => s.replace(/\s+/g, '')
const textOf = (file: string, page?: number) =>
  squash(
    r.pages
      .filter((p) => p.file === file && (page === undefined || p.page === page))
      .flatMap((p) => p.lines.map((l) => l.text))
      .join(''),
  )

beforeAll(async () => {
  await buildFormatsCase(dir)
  r = await ingest(dir, { threads: 2 })
}, 120_000)

describe('ingest: a case folder with every format', () => {
  it('reads files in the order a person would (natural numbering, folders in place)', () => {
    const readable = r.files.filter((f) => f.pages > 0).map((f) => f.file)
    expect(readable).toEqual([
      '01 立案审批表.docx',
      '2 询问笔录.pdf',
      '3 现场照片.png',
      '4 送达回证.bmp',
      '5 卷宗 [副本] (2).tif',
      '6 说明.txt',
      '7 说明GBK.txt',
      GBK_NAME,
      '9 电子证照.ofd',
      '10 决定书（扫描）.pdf',
      '11 附件/1 照片说明.txt',
      '12 询问笔录（扫描件粘贴）.docx',
    ])
    // pages follow the same order
    const order = [...new Set(r.pages.map((p) => p.file))]
    expect(order).toEqual(readable)
  })

  it.each([
    // file, kind, pages, sources, text expected somewhere in the file
    ['01 立案审批表.docx', 'docx', 2, ['text', 'text'], ['立案审批表', '案由涉嫌销售标签不符的食用油', '某市监立〔2024〕21号', '负责人审批意见：同意立案。']],
    ['2 询问笔录.pdf', 'pdf', 1, ['text'], ['询问人：王明执法证号：35010120230018', '时间：2024年3月8日9时30分至10时45分']],
    ['3 现场照片.png', 'image', 1, ['ocr'], ['某市监处罚〔2024〕15号', '统一社会信用代码：91350102MA2XYZ1234']],
    ['4 送达回证.bmp', 'image', 1, ['ocr'], ['询问笔录', '地点：某某市市场监督管理局第三询问室']],
    ['5 卷宗 [副本] (2).tif', 'tiff', 2, ['ocr', 'ocr'], ['罚款人民币伍万元整（50000元）', '问：你公司销售的食用油从何处购进？']],
    ['6 说明.txt', 'txt', 1, ['text'], ['当事人于2024年3月10日提交了陈述申辩材料。']],
    ['7 说明GBK.txt', 'txt', 1, ['text'], ['关于某某商贸有限公司的情况说明', '罚款人民币伍万元整。']],
    [GBK_NAME, 'txt', 1, ['text'], ['此文件名为GBK编码。']],
    ['9 电子证照.ofd', 'ofd', 3, ['text', 'text', 'ocr'], ['统一社会信用代码91350102MA2XYZ1234', '名称：某某商贸有限公司', '第二页：经营范围食品销售', '记录人：李强执法证号：35010120230021']],
    ['10 决定书（扫描）.pdf', 'pdf', 2, ['text', 'ocr'], ['某市监处罚〔2024〕15号', '某市监罚告〔2024〕08号', '二〇二四年四月十日']],
    ['11 附件/1 照片说明.txt', 'txt', 1, ['text'], ['照片一：经营场所外景。']],
    // a scan pasted into Word is read by OCR; the small logo before it is not a page
    ['12 询问笔录（扫描件粘贴）.docx', 'docx', 1, ['ocr'], ['询问笔录', '地点：某某市市场监督管理局第三询问室']],
  ] as const)('%s → %s, %i page(s)', (file, kind, pages, sources, snippets) => {
    const f = r.files.find((x) => x.file === file)
    expect(f, file).toBeDefined()
    expect(f!.kind).toBe(kind)
    expect(f!.pages).toBe(pages)
    expect(f!.sha256).toMatch(/^[0-9a-f]{64}$/)
    const ps = r.pages.filter((p) => p.file === file)
    expect(ps.map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1))
    expect(ps.map((p) => p.source)).toEqual(sources)
    const all = textOf(file)
    for (const s of snippets) expect(all).toContain(squash(s))
    for (const p of ps) {
      expect(p.unit).toBe(p.source === 'ocr' ? 'px' : 'pt')
      for (const l of p.lines) {
        expect(l.bbox.x).toBeGreaterThanOrEqual(0)
        expect(l.bbox.y).toBeGreaterThanOrEqual(0)
        expect(l.bbox.x + l.bbox.w).toBeLessThanOrEqual(p.width + 1)
        expect(l.bbox.y + l.bbox.h).toBeLessThanOrEqual(p.height + 1)
        expect(l.confidence).toBeGreaterThan(0)
        expect(l.confidence).toBeLessThanOrEqual(1)
      }
    }
  })

  it('reads a scanned PDF page by OCR even when a short text stamp sits on it', () => {
    const p = r.pages.find((x) => x.file === '10 决定书（扫描）.pdf' && x.page === 2)!
    expect(p.source).toBe('ocr')
    expect(p.lines.length).toBeGreaterThan(15)
    expect(textOf('10 决定书（扫描）.pdf', 2)).toContain('本件与原件核对无异')
  })

  it('keeps text-layer lines in reading order with positions in points', () => {
    const p = r.pages.find((x) => x.file === '2 询问笔录.pdf')!
    expect(p.width).toBe(595)
    expect(p.lines[0].text).toBe('询问笔录')
    const ys = p.lines.map((l) => l.bbox.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  })

  it.each([
    // only an OLE header: a Word/WPS file cut short
    ['旧案卷.doc', 'corrupt', '不完整'],
    ['旧案卷.wps', 'corrupt', '另存为 .docx'],
    ['空文件.pdf', 'empty', '为空'],
    ['损坏.pdf', 'corrupt', '损坏'],
    ['加密.pdf', 'encrypted', '加密'],
    ['截断.docx', 'corrupt', 'DOCX'],
    ['截断.tif', 'corrupt', '不完整'],
    ['巨幅.png', 'too-large', '40000×40000'],
    ['视频.mp4', 'unsupported', '.mp4'],
    ['伪装.jpg', 'corrupt', '图片'],
    ['乱码.txt', 'corrupt', '不是文本'],
    ['失效链接.pdf', 'io', '无法读取'],
  ] as const)('%s → %s error', (file, code, words) => {
    const e = r.errors.filter((x) => x.file === file)
    expect(e).toHaveLength(1)
    expect(e[0].code).toBe(code)
    expect(e[0].message).toContain(words)
    expect(e[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(r.pages.some((p) => p.file === file)).toBe(false)
  })

  it('reports no error for a readable file and skips lock files and OS metadata', () => {
    expect(r.errors).toHaveLength(12)
    expect(r.files.some((f) => f.file.startsWith('~$') || f.file.startsWith('.'))).toBe(false)
  })

  it('refuses a case folder that does not exist with a clear message', async () => {
    await expect(ingest(join(dir, '不存在的案卷'))).rejects.toMatchObject({ code: 'unusable-input', message: expect.stringContaining('找不到') })
  })

  it('ingests a single file with its name as the relative path', async () => {
    const one = await ingest(join(dir, '6 说明.txt'))
    expect(one.root).toBe(join(dir, '6 说明.txt'))
    expect(one.pages.map((p) => p.file)).toEqual(['6 说明.txt'])
    expect(one.errors).toEqual([])
  })
})
