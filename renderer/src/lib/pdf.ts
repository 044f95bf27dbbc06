/**
 * pdf.js in the renderer: the worker and its data (cMaps, standard fonts, wasm decoders) come from the bundle,
 * copied next to index.html under pdfjs/ by the build (see vite.web.config.ts); nothing is fetched remotely.
 * Loaded on demand (dynamic import) so the app frame does not wait for pdf.js.
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
