/**
 * The zip reader under DOCX and OFD: it reads what JSZip reads, and refuses what would cost unbounded memory —
 * an entry declared too large (before inflating anything), an entry that inflates past the cap whatever its
 * headers say, a package whose entries together pass the budget, a directory of too many entries.
 */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { IMAGE_HEAD_BYTES, ZipArchive, ZipError } from '../../electron/engine/ingest/zip'
import { imageSize } from '../../electron/engine/ingest/imagesize'
import { docxBytes, png } from '../fixtures/scans/case'
import { deflateRepeated, docxBomb, entry, zip } from '../hostile/files'

const MB = 1024 * 1024

async function failure(p: Promise<unknown>): Promise<ZipError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError)
    return e as ZipError
  }
  throw new Error('expected a ZipError')
}

describe('reading', () => {
  it('reads every entry of a DOCX as JSZip does', async () => {
    const bytes = await docxBytes()
    const ref = await JSZip.loadAsync(bytes)
    const z = ZipArchive.open(bytes)
    const names = Object.keys(ref.files).filter((n) => !ref.files[n].dir)
    expect(z.names.sort()).toEqual(names.sort())
    for (const n of names) expect(Buffer.from(await z.read(n)).equals(Buffer.from(await ref.file(n)!.async('uint8array'))), n).toBe(true)
  })

  it('reads stored entries, ZIP64 records, GBK names and a zip behind a stub', async () => {
    const files = [entry('a.xml', '<a>决定书</a>'), entry('图片/b.bin', new Uint8Array([1, 2, 3]), { store: true })]
    for (const o of [{}, { zip64: true }, { gbkNames: true }, { prefix: Buffer.from('MZ self-extractor stub '.repeat(40)) }]) {
      const z = ZipArchive.open(zip(files, o))
      expect(await z.text('a.xml'), JSON.stringify(Object.keys(o))).toBe('<a>决定书</a>')
      expect([...(await z.read('图片/b.bin'))]).toEqual([1, 2, 3])
    }
  })

  it('inflates only the head of a picture to read its size', async () => {
    const white = { width: 800, height: 1200, data: new Uint8Array(800 * 1200 * 4).fill(255) }
    const z = ZipArchive.open(zip([entry('word/media/image1.png', png(white))]))
    const head = await z.head('word/media/image1.png', IMAGE_HEAD_BYTES)
    expect(head.length).toBeLessThanOrEqual(IMAGE_HEAD_BYTES)
    expect(imageSize(head)).toMatchObject({ format: 'png', width: 800, height: 1200 })
  })
})

describe('refusing', () => {
  it('an entry declared over the cap, before inflating it', async () => {
    const z = ZipArchive.open(zip([entry('word/document.xml', '<w:document/>', { declaredSize: 500 * MB })]))
    const e = await failure(z.read('word/document.xml', 32 * MB))
    expect(e.code).toBe('too-large')
    expect(e.message).toMatch(/500 MB.*32 MB 的上限/)
    expect(z.bytesInflated).toBe(0)
  })

  it('an entry that inflates past the cap although its headers claim 1,000 bytes', async () => {
    const bytes = await docxBomb(64, { declaredSize: 1000 })
    expect(bytes.length).toBeLessThan(200 * 1024)
    const z = ZipArchive.open(bytes)
    const t0 = performance.now()
    const e = await failure(z.read('word/document.xml', 8 * MB))
    expect(e.code).toBe('too-large')
    expect(e.message).toMatch(/压缩炸弹/)
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('entries that together pass the package budget', async () => {
    const part = await deflateRepeated('', 'x', 3 * MB, '')
    const z = ZipArchive.open(zip([1, 2, 3].map((i) => ({ ...part, name: `p${i}.xml` }))), { entryBytes: 4 * MB, totalBytes: 8 * MB })
    await z.read('p1.xml')
    await z.read('p2.xml')
    const e = await failure(z.read('p3.xml'))
    expect(e.code).toBe('too-large')
    expect(e.message).toMatch(/8\.0 MB 的上限/)
  })

  it('a directory of more entries than allowed', () => {
    const many = Array.from({ length: 50 }, (_, i) => entry(`f${i}.xml`, '<a/>'))
    expect(() => ZipArchive.open(zip(many), { entries: 20 })).toThrow(expect.objectContaining({ code: 'too-large' }))
  })

  it('encrypted entries, unknown compression and cut-off files, each with its own code', async () => {
    expect(() => ZipArchive.open(zip([entry('a.xml', '<a/>')], { flags: 1 }))).toThrow(expect.objectContaining({ code: 'encrypted' }))
    const odd = { ...entry('a.xml', '<a/>'), method: 12 as 8 }
    expect(() => ZipArchive.open(zip([odd]))).toThrow(expect.objectContaining({ code: 'corrupt' }))
    const whole = zip([entry('a.xml', '<a>'.repeat(1000))])
    expect(() => ZipArchive.open(whole.subarray(0, whole.length - 30))).toThrow(expect.objectContaining({ code: 'corrupt' }))
    expect(() => ZipArchive.open(Buffer.from('not a zip at all'))).toThrow(expect.objectContaining({ code: 'corrupt' }))
    // the directory is intact but the data is not deflate
    const junk = { ...entry('a.xml', '<a/>'), data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]) }
    expect((await failure(ZipArchive.open(zip([junk])).read('a.xml'))).code).toBe('corrupt')
  })
})
