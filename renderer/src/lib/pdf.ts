/**
 * pdf.js in the renderer: the worker and its data (cMaps, standard fonts, wasm decoders) come from the bundle,
 * copied next to index.html under pdfjs/ by the build (see vite.web.config.ts); nothing is fetched remotely.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

const assets = (dir: string) => new URL(`./pdfjs/${dir}/`, document.baseURI).href

export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    cMapUrl: assets('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assets('standard_fonts'),
    wasmUrl: assets('wasm'),
    isEvalSupported: false,
    enableXfa: false,
  }).promise
}

export function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** The DPI scanned PDF pages are rendered at for OCR (the ingest default); their evidence boxes are in those pixels. */
export const OCR_DPI = 200
