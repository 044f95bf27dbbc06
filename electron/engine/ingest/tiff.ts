/**
 * Multi-page TIFF via utif2: page count from the directories, pages decoded one at a time.
 *
 * utif2 trusts the file: a directory chain that loops back hangs it (its list of pages grows until memory runs out),
 * a tag claiming four billion values makes it build an array of four billion numbers, a sub-directory pointing at
 * itself recurses until the stack breaks. So every directory is walked here first, with limits, and utif2 sees only
 * a file that passed (and never parses maker notes).
 *
 * A page for OCR is read from the file by its byte ranges: the header, the directories and their values, and that
 * page's strips or tiles, into a buffer the size of the file whose other bytes are never written (so never resident).
 * A 16-page uncompressed scan is some 400 MB; a worker reading one page holds one page's worth of it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import UTIF from 'utif2'
import type { Raster } from '../ocr/raster'

export class TiffError extends Error {}

/** Most directories (pages, thumbnails, EXIF blocks) a TIFF may have. */
const MAX_DIRECTORIES = 5000
/** Most tag values that utif2 turns into JS numbers, in all directories together. */
const MAX_VALUES = 2_000_000

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 }
/** Types utif2 turns into one JS value per element (bytes and text stay typed arrays and strings). */
const PER_VALUE = new Set([3, 4, 5, 8, 9, 10, 11, 12, 13])
/** Tags whose values are offsets of further directories (utif2 follows them). */
const SUB_DIRECTORIES = new Set([330, 34665, 34853, 61440])

type Read = (offset: number, length: number) => Uint8Array

/** Checks a TIFF's directories within limits; throws TiffError with a reason a reviewer understands. */
function walk(size: number, read: Read): void {
  if (size < 8) throw new TiffError('文件过短')
  const head = read(0, 8)
  const le = head[0] === 0x49 && head[1] === 0x49
  if (!le && !(head[0] === 0x4d && head[1] === 0x4d)) throw new TiffError('不是 TIFF 文件')
  const u16 = (b: Uint8Array, i: number) => (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1])
  const u32 = (b: Uint8Array, i: number) => (le ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000 : ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) + b[i] * 0x1000000)
  const magic = u16(head, 2)
  if (magic === 43) throw new TiffError('BigTIFF 格式暂不支持')
  if (magic !== 42) throw new TiffError('TIFF 文件头无效')
  const seen = new Set<number>()
  let values = 0
  const directory = (offset: number, top: boolean): number => {
    if (offset < 8 || offset + 2 > size) throw new TiffError('目录位置超出文件')
    if (seen.has(offset)) throw new TiffError('目录循环引用')
    seen.add(offset)
    if (seen.size > MAX_DIRECTORIES) throw new TiffError(`目录超过 ${MAX_DIRECTORIES} 个`)
    const n = u16(read(offset, 2), 0)
    if (offset + 2 + n * 12 + (top ? 4 : 0) > size) throw new TiffError('目录超出文件')
    const entries = read(offset + 2, n * 12 + (top ? 4 : 0))
    for (let i = 0; i < n; i++) {
      const e = i * 12
      const tag = u16(entries, e)
      const type = u16(entries, e + 2)
      const count = u32(entries, e + 4)
      const unit = TYPE_SIZE[type]
      if (!unit) continue // utif2 skips a tag of unknown type
      if (tag === 50740) throw new TiffError('含相机原始数据（DNG），不是扫描文件')
      const bytes = count * unit
      const inline = bytes <= 4
      const at = inline ? offset + 2 + e + 8 : u32(entries, e + 8)
      if (!inline && at + bytes > size) throw new TiffError('标签数据超出文件')
      if (PER_VALUE.has(type)) {
        values += count
        if (values > MAX_VALUES) throw new TiffError('标签数据过多')
      }
      const data = inline ? entries.subarray(e + 8, e + 12) : read(at, bytes)
      if (SUB_DIRECTORIES.has(tag) && (type === 4 || type === 13 || type === 3)) {
        for (let k = 0; k < count; k++) directory(type === 3 ? u16(data, k * 2) : u32(data, k * 4), false)
      }
    }
    return top ? u32(entries, n * 12) : 0
  }
  let next = u32(head, 4)
  do next = directory(next, true)
  while (next !== 0)
}

function ab(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

function pagesOf(buf: ArrayBuffer): UTIF.IFD[] {
  const ifds = (UTIF.decode as (b: ArrayBuffer, prm?: { parseMN: boolean; debug: boolean }) => UTIF.IFD[])(buf, { parseMN: false, debug: false })
  return ifds.filter((d) => Array.isArray(d.t256) && Array.isArray(d.t257))
}

/** The image directories of a TIFF (sub-images such as thumbnails are skipped). Throws TiffError on a hostile file. */
export function tiffPages(bytes: Uint8Array): UTIF.IFD[] {
  walk(bytes.length, (o, n) => bytes.subarray(o, o + n))
  return pagesOf(ab(bytes))
}

/** Every strip or tile a page points at lies inside the file (a truncated TIFF otherwise decodes to blank). */
export function tiffComplete(ifd: UTIF.IFD, length: number): boolean {
  const offs = (ifd.t273 ?? ifd.t324) as number[] | undefined
  const counts = (ifd.t279 ?? ifd.t325) as number[] | undefined
  if (!Array.isArray(offs) || !Array.isArray(counts) || offs.length !== counts.length) return false
  return offs.every((o, i) => Number(o) + Number(counts[i]) <= length)
}

export function tiffPageSize(ifd: UTIF.IFD): { width: number; height: number } {
  return { width: Number((ifd.t256 as number[])[0]), height: Number((ifd.t257 as number[])[0]) }
}

function decodePage(buf: ArrayBuffer, ifds: UTIF.IFD[], index: number, maxPixels: number): Raster {
  const ifd = ifds[index]
  if (!ifd) throw new Error(`TIFF has no page ${index + 1}`)
  const { width, height } = tiffPageSize(ifd)
  if (width * height > maxPixels) throw new RangeError(`image ${width}×${height} too large`)
  // utif2 sizes its output by bits per sample × samples: a hostile page claiming 65535 of each would ask for terabytes
  const bits = ((ifd.t258 as number[] | undefined) ?? [1]).map(Number)
  const samples = Number(((ifd.t277 as number[] | undefined) ?? [1])[0])
  if (bits.some((b) => !(b >= 1 && b <= 32)) || !(samples >= 1 && samples <= 8)) throw new TiffError(`不支持的位深（${bits.join('/')} 位 × ${samples}）`)
  // the directory list lets JPEG-in-TIFF pages find their shared tables
  ;(UTIF.decodeImage as (b: ArrayBuffer, i: UTIF.IFD, all?: UTIF.IFD[]) => void)(buf, ifd, ifds)
  const data = UTIF.toRGBA8(ifd)
  if (data.length < width * height * 4) throw new Error('TIFF page data truncated')
  return { width, height, data }
}

/** Decodes one page of a TIFF held in memory (a scan inside an OFD package). */
export function decodeTiffPage(bytes: Uint8Array, index: number, maxPixels: number): Raster {
  return decodePage(ab(bytes), tiffPages(bytes), index, maxPixels)
}

/**
 * A file opened for reading by byte ranges into a buffer the size of the file: bytes never read are never written,
 * so the pages of memory holding them are never made resident.
 */
function sparse<T>(path: string | Buffer, use: (buf: Uint8Array, read: Read) => T): T {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const buf = new Uint8Array(size)
    const read: Read = (offset, length) => {
      const end = Math.min(size, offset + length)
      for (let at = offset; at < end; ) {
        const got = readSync(fd, buf, at, end - at, at)
        if (got <= 0) break
        at += got
      }
      return buf.subarray(offset, end)
    }
    return use(buf, read)
  } finally {
    closeSync(fd)
  }
}

/** The image directories of a TIFF file, reading only its directories (not its pixels). */
export function tiffPagesOfFile(path: string | Buffer): { ifds: UTIF.IFD[]; size: number } {
  return sparse(path, (buf, read) => {
    walk(buf.length, read)
    return { ifds: pagesOf(buf.buffer as ArrayBuffer), size: buf.length }
  })
}

/** Reads and decodes one page of a TIFF file, reading only the parts of the file that page needs. */
export function readTiffPage(path: string | Buffer, index: number, maxPixels: number): Raster {
  return sparse(path, (buf, read) => {
    walk(buf.length, read)
    const ifds = pagesOf(buf.buffer as ArrayBuffer)
    const ifd = ifds[index]
    if (!ifd) throw new Error(`TIFF has no page ${index + 1}`)
    const { width, height } = tiffPageSize(ifd)
    if (width * height > maxPixels) throw new RangeError(`image ${width}×${height} too large`)
    const offs = ((ifd.t273 ?? ifd.t324) as number[] | undefined) ?? []
    const counts = ((ifd.t279 ?? ifd.t325) as number[] | undefined) ?? []
    offs.forEach((o, i) => read(Number(o), Number(counts[i] ?? 0)))
    // old-style JPEG keeps its stream elsewhere
    const jpeg = ifd.t513 as number[] | undefined
    const jpegLength = ifd.t514 as number[] | undefined
    if (jpeg && jpegLength) read(Number(jpeg[0]), Number(jpegLength[0]))
    return decodePage(buf.buffer as ArrayBuffer, ifds, index, maxPixels)
  })
}
