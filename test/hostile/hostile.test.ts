/**
 * Hostile and messy input through `pingcha check`, run as the CLI runs (a child process, from source), so that
 * memory is the kernel's count of the whole process: zip bombs (DOCX, OFD, a picture inside a DOCX), zips whose
 * headers lie, images whose headers claim too many pixels, XML nested past reason, an encrypted package, a dangling
 * link, PDFs with a giant image or page, TIFFs whose directories loop or claim billions of values. Each is one per-file error (or read harmlessly), the files next to them
 * are read, the batch goes on to the next case, and time and peak memory stay bounded.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseResult } from '../../shared/types'
import { buildPdf } from '../fixtures/scans/pdf'
import { bmpClaiming, docx, docxBomb, docxWithPicture, entry, jpegClaiming, ofdBomb, pictureBomb, pngClaiming, tiffClaiming, tiffLoop, tiffValueBomb, zip } from './files'

const root = join(__dirname, '..', 'fixtures', 'generated', 'hostile')
const child = join(__dirname, 'check-child.mjs')
/** The memory budget of the issue for the whole process, OCR workers included. */
const BUDGET_MB = 1536

interface Measured {
  code: number
  ms: number
  maxRssMB: number
}

function check(args: string[], data: string): { status: number | null; measured: Measured; stderr: string } {
  const r = spawnSync(process.execPath, [child, 'check', ...args, '-q'], { env: { ...process.env, PINGCHA_DATA: data }, encoding: 'utf8', timeout: 240_000 })
  const line = r.stderr.split('\n').find((l) => l.startsWith('PINGCHA_MEASURE '))
  if (!line) throw new Error(`check did not finish (status ${r.status}):\n${r.stderr.slice(-2000)}`)
  return { status: r.status, measured: JSON.parse(line.slice('PINGCHA_MEASURE '.length)) as Measured, stderr: r.stderr }
}

/** Hostile files of the first case and the error code each must give ('read' for files that must be read harmlessly). */
const EXPECT: Record<string, string> = {
  '01 压缩炸弹.docx': 'too-large',
  '02 头部谎报大小.docx': 'too-large',
  '03 压缩炸弹.ofd': 'too-large',
  '04 条目过多.docx': 'too-large',
  '05 巨幅.png': 'too-large',
  '06 巨幅.jpg': 'too-large',
  '07 巨幅.bmp': 'too-large',
  '08 巨幅.tif': 'too-large',
  '09 超大插图.docx': 'too-large',
  '10 插图炸弹.docx': 'too-large',
  '11 嵌套过深.docx': 'corrupt',
  '12 加密.docx': 'encrypted',
  '13 失效链接.pdf': 'io',
  '16 目录循环.tif': 'corrupt',
  '17 标签数据炸弹.tif': 'corrupt',
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true })
  const bad = join(root, 'cases', '恶意案卷')
  const good = join(root, 'cases', '正常案卷')
  mkdirSync(bad, { recursive: true })
  mkdirSync(good, { recursive: true })
  const put = (name: string, bytes: Uint8Array) => writeFileSync(join(bad, name), bytes)
  put('01 压缩炸弹.docx', await docxBomb(400))
  put('02 头部谎报大小.docx', await docxBomb(200, { declaredSize: 1000 }))
  put('03 压缩炸弹.ofd', await ofdBomb(400))
  put('04 条目过多.docx', docx(entry('', '<w:document/>'), Array.from({ length: 25_000 }, (_, i) => entry(`customXml/item${i}.xml`, '<a/>', { store: true }))))
  put('05 巨幅.png', pngClaiming(100_000, 100_000))
  put('06 巨幅.jpg', jpegClaiming(8000, 8000))
  put('07 巨幅.bmp', bmpClaiming(20_000, 20_000))
  put('08 巨幅.tif', tiffClaiming(20_000, 20_000))
  put('09 超大插图.docx', docxWithPicture('行政处罚决定书（附扫描件）', entry('', pngClaiming(20_000, 20_000))))
  put('10 插图炸弹.docx', docxWithPicture('行政处罚决定书（附扫描件）', await pictureBomb(2000, 3000, 200)))
  const deep = `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${'<w:sdt>'.repeat(200_000)}${'</w:sdt>'.repeat(200_000)}</w:body></w:document>`
  put('11 嵌套过深.docx', docx(entry('', deep)))
  put('12 加密.docx', zip([entry('[Content_Types].xml', '<Types/>'), entry('word/document.xml', '<w:document/>')], { flags: 1 }))
  symlinkSync(join(root, 'nowhere.pdf'), join(bad, '13 失效链接.pdf'))
  // read harmlessly: pdfjs does not decode an embedded image over the cap, a giant page renders at no more than 16 MP
  const claimed = jpegClaiming(50_000, 50_000)
  put('14 巨幅内嵌图片.pdf', buildPdf([{ jpeg: claimed, width: 50_000, height: 50_000 }]))
  put('15 巨幅页面.pdf', Buffer.from(Buffer.from(buildPdf([{ jpeg: jpegClaiming(16, 16), width: 16, height: 16 }])).toString('latin1').replace('/MediaBox [0 0 595 842]', '/MediaBox [0 0 14400 14400]'), 'latin1'))
  put('16 目录循环.tif', tiffLoop())
  put('17 标签数据炸弹.tif', tiffValueBomb())
  put('20 询问笔录.txt', Buffer.from('询问笔录\n时间：2024年3月8日9时30分\n'))
  writeFileSync(Buffer.concat([Buffer.from(bad + '/'), iconv.encode('21 情况说明.txt', 'gbk')]), iconv.encode('情况说明：当事人已改正。', 'gbk'))
  writeFileSync(join(good, '行政处罚决定书.txt'), '行政处罚决定书\n某市监罚〔2024〕15号\n罚款人民币伍万元整。\n')
}, 180_000)

describe('hostile files through check', () => {
  it('each is one per-file error or read harmlessly; the files beside them are read; the batch goes on; memory and time bounded', () => {
    const out = join(root, 'out.json')
    const { status, measured } = check([join(root, 'cases'), '--json', out], join(root, 'data'))
    console.log(`check on ${Object.keys(EXPECT).length + 4} hostile files and 3 good ones: ${measured.ms} ms, peak RSS ${measured.maxRssMB} MB`)
    expect(status).toBe(0)
    const results = JSON.parse(readFileSync(out, 'utf8')) as CaseResult[]
    expect(results.map((r) => r.case.folder.split('/').pop())).toEqual(['恶意案卷', '正常案卷'])
    const [bad, good] = results
    const byFile = new Map<string, CaseResult['errors']>()
    for (const e of bad.errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
    for (const [file, code] of Object.entries(EXPECT)) {
      const errs = byFile.get(file) ?? []
      expect(errs.map((e) => e.code), file).toEqual([code])
      expect(errs[0].message, file).toMatch(/[\u4e00-\u9fff]/)
    }
    for (const file of ['14 巨幅内嵌图片.pdf', '15 巨幅页面.pdf']) expect((byFile.get(file) ?? []).length, file).toBeLessThanOrEqual(1)
    expect(bad.errors.filter((e) => !(e.file in EXPECT) && !e.file.startsWith('14 ') && !e.file.startsWith('15 '))).toEqual([])
    // the text of the DOCX whose picture is refused is still read, and the good files beside the bombs are read
    const files = bad.documents.flatMap((d) => d.files.map((f) => f.path))
    expect(files).toEqual(expect.arrayContaining(['09 超大插图.docx', '10 插图炸弹.docx', '20 询问笔录.txt', '21 情况说明.txt']))
    expect(good.errors).toEqual([])
    expect(good.documents.length).toBeGreaterThan(0)
    expect(measured.maxRssMB).toBeLessThanOrEqual(BUDGET_MB)
    expect(measured.ms).toBeLessThan(120_000)
  }, 300_000)

  it('the 400 MB zip bomb alone fails in well under a second of work and far below the memory budget', () => {
    const dir = join(root, 'bomb-only')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, '决定书.docx'), readFileSync(join(root, 'cases', '恶意案卷', '01 压缩炸弹.docx')))
    const out = join(root, 'bomb.json')
    const { status, measured } = check([dir, '--json', out], join(root, 'data'))
    console.log(`check on a ${Math.round(readFileSync(join(dir, '决定书.docx')).length / 1024)} KB DOCX whose document.xml inflates to 400 MB: ${measured.ms} ms, peak RSS ${measured.maxRssMB} MB`)
    expect(status).toBe(0)
    const result = JSON.parse(readFileSync(out, 'utf8')) as CaseResult
    expect(result.errors).toMatchObject([{ file: '决定书.docx', code: 'too-large' }])
    expect(result.errors[0].message).toMatch(/400 MB.*上限/)
    // the whole CLI, laws and rubric included, stays near its idle footprint (about 200 MB from source)
    expect(measured.maxRssMB).toBeLessThan(BUDGET_MB / 2)
    expect(measured.ms).toBeLessThan(20_000)
  }, 120_000)
})
