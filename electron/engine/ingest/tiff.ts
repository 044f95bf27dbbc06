/** Multi-page TIFF via utif2: page count from the directories, pages decoded one at a time. */
import UTIF from 'utif2'
import type { Raster } from '../ocr/raster'

function ab(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

/** The image directories of a TIFF (sub-images such as thumbnails are skipped). */
export function tiffPages(bytes: Uint8Array): UTIF.IFD[] {
  const ifds = UTIF.decode(ab(bytes))
  return ifds.filter((d) => Array.isArray(d.t256) && Array.isArray(d.t257))
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

export function decodeTiffPage(bytes: Uint8Array, index: number, maxPixels: number): Raster {
  const buf = ab(bytes)
  const ifds = UTIF.decode(buf).filter((d) => Array.isArray(d.t256) && Array.isArray(d.t257))
  const ifd = ifds[index]
  if (!ifd) throw new Error(`TIFF has no page ${index + 1}`)
  const { width, height } = tiffPageSize(ifd)
  if (width * height > maxPixels) throw new RangeError(`image ${width}×${height} too large`)
  // the directory list lets JPEG-in-TIFF pages find their shared tables
  ;(UTIF.decodeImage as (b: ArrayBuffer, i: UTIF.IFD, all?: UTIF.IFD[]) => void)(buf, ifd, ifds)
  const data = UTIF.toRGBA8(ifd)
  if (data.length < width * height * 4) throw new Error('TIFF page data truncated')
  return { width, height, data }
}
