/** Reading one entry of a zip package (OFD, DOCX): the OCR worker uses it to fetch a scanned page image. */
import JSZip from 'jszip'

export async function zipEntry(bytes: Uint8Array, entry: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const f = zip.file(entry)
  if (!f) throw new Error(`缺少 ${entry}`)
  return f.async('uint8array')
}
