/** Turns an OCR source (image file, TIFF page, PDF page) into an RGBA raster, inside the worker. */
import { readFileSync } from 'node:fs'
import { createCanvas } from '@napi-rs/canvas'
import { imageSize } from '../ingest/imagesize'
import { ZipArchive, ZipError } from '../ingest/zip'
import { openPdf, pdfErrorKind, type PdfDocument } from '../ingest/pdfjs'
import { decodeTiffPage, readTiffPage } from '../ingest/tiff'
import type { OcrFailure, OcrSource } from './protocol'
import { decodeImage, MAX_PIXELS, MAX_RENDER_PIXELS, takePixels, tooManyPixels, type Raster } from './raster'

export class SourceError extends Error {
  constructor(
    public code: OcrFailure,
    message: string,
  ) {
    super(message)
  }
}

function pathOf(p: string | Uint8Array): string | Buffer {
  return typeof p === 'string' ? p : Buffer.from(p)
}

function keyOf(p: string | Uint8Array): string {
  return typeof p === 'string' ? p : Buffer.from(p).toString('hex')
}

// The last PDF opened stays open: pages of one file usually arrive one after another.
let lastPdf: { key: string; doc: Promise<PdfDocument> } | null = null

export async function loadRaster(src: OcrSource): Promise<Raster> {
  if (src.kind !== 'pdf' && lastPdf) {
    // done with that PDF: its parsed objects and bytes are not kept while other pages are read
    void lastPdf.doc.then((d) => d.destroy()).catch(() => {})
    lastPdf = null
  }
  switch (src.kind) {
    case 'image':
      return imageRaster(readFileSync(pathOf(src.path)))
    case 'zip-image': {
      if (/\.jb2$/i.test(src.entry)) throw new SourceError('corrupt', '文件中的扫描图像为 JBIG2 格式，暂不能识别')
      let bytes: Uint8Array
      try {
        bytes = await ZipArchive.open(readFileSync(pathOf(src.path))).read(src.entry)
      } catch (e) {
        if (e instanceof ZipError && e.code === 'too-large') throw new SourceError('too-large', `文件中的扫描图像过大：${e.message}`)
        throw new SourceError('corrupt', `文件中的扫描图像无法读取：${(e as Error).message}`)
      }
      return imageRaster(bytes)
    }
    case 'tiff':
      // only the page's own bytes are read: a multi-page uncompressed scan can be hundreds of MB
      return tiffRaster(() => readTiffPage(pathOf(src.path), src.index, MAX_PIXELS))
    case 'pdf': {
      const key = keyOf(src.path)
      if (lastPdf?.key !== key) {
        const old = lastPdf
        lastPdf = { key, doc: openPdf(readFileSync(pathOf(src.path)), { owned: true }) }
        old?.doc.then((d) => d.destroy()).catch(() => {})
      }
      let doc: PdfDocument
      try {
        doc = await lastPdf.doc
      } catch (e) {
        lastPdf = null
        throw new SourceError(pdfErrorKind(e), 'PDF 无法打开')
      }
      return renderPdfPage(doc, src.index, src.dpi)
    }
    default:
      throw new SourceError('corrupt', '不支持的页面来源')
  }
}

async function imageRaster(bytes: Uint8Array): Promise<Raster> {
  const size = imageSize(bytes)
  if (!size) throw new SourceError('corrupt', '无法识别的图片格式')
  if (size.format === 'tiff') return tiffRaster(() => decodeTiffPage(bytes, 0, MAX_PIXELS))
  if (!size.width || !size.height) throw new SourceError('corrupt', '图片尺寸无效，无法解码')
  if (size.width * size.height > MAX_PIXELS) throw new SourceError('too-large', tooManyPixels(size.width, size.height))
  try {
    return await decodeImage(bytes)
  } catch (e) {
    if (e instanceof RangeError) throw new SourceError('too-large', `图片尺寸超过可识别的上限（约 ${Math.round(MAX_PIXELS / 1e6)} 百万像素）`)
    throw new SourceError('corrupt', `图片无法解码：${(e as Error).message}`)
  }
}

function tiffRaster(decode: () => Raster): Raster {
  try {
    return decode()
  } catch (e) {
    if (e instanceof RangeError && /too large/.test(e.message)) throw new SourceError('too-large', `TIFF 页面尺寸超过可识别的上限（约 ${Math.round(MAX_PIXELS / 1e6)} 百万像素），未解码`)
    throw new SourceError('corrupt', `TIFF 无法解码：${(e as Error).message}`)
  }
}

/** Renders a PDF page to RGBA at the given dpi (lowered if the page would exceed the pixel cap). */
export async function renderPdfPage(doc: PdfDocument, index: number, dpi: number): Promise<Raster> {
  const page = await doc.getPage(index + 1)
  try {
    let scale = dpi / 72
    let vp = page.getViewport({ scale })
    if (vp.width * vp.height > MAX_RENDER_PIXELS) {
      scale *= Math.sqrt(MAX_RENDER_PIXELS / (vp.width * vp.height))
      vp = page.getViewport({ scale })
    }
    const w = Math.ceil(vp.width)
    const h = Math.ceil(vp.height)
    const canvas = createCanvas(w, h)
    const ctx = canvas.getContext('2d')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, w, h)
    await page.render({ canvasContext: ctx as never, canvas: canvas as never, viewport: vp }).promise
    return { width: w, height: h, data: takePixels(canvas, w, h) }
  } finally {
    page.cleanup()
  }
}
