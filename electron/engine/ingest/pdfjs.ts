/**
 * pdfjs-dist (legacy build) set up for Node: CMaps, standard fonts and wasm come from the package itself,
 * so CJK text in non-embedded fonts (STSong-Light / UniGB-UCS2-H) extracts offline. Without cMapUrl such
 * text comes out empty.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { MAX_PIXELS } from '../ocr/raster'

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

let mod: Promise<PdfjsModule> | null = null

/**
 * The minified builds, with source maps off while they load: a process that enables source maps (tsx, which runs
 * the CLI from source) otherwise parses and keeps the maps of these two large files, and under tsx the unminified
 * pair cost about 370 MB of memory per thread against about 250 MB for these (measured). pdfjs runs its "worker" on
 * this thread in Node; it is loaded here, with the library, so the library does not import it later on its own.
 */
export function pdfjs(): Promise<PdfjsModule> {
  mod ??= (async () => {
    const maps = process.sourceMapsEnabled
    if (maps) process.setSourceMapsEnabled(false)
    try {
      const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')])
      ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
      return lib
    } finally {
      if (maps) process.setSourceMapsEnabled(true)
    }
  })()
  return mod
}

function pkgDir(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('pdfjs-dist/package.json'))
}

let base: string | null = null

/**
 * Opens a PDF from bytes. pdfjs may detach the buffer it is given, so the bytes are copied unless `owned` says the
 * caller hands them over (and so holds one copy of a large scanned PDF, not two).
 */
export async function openPdf(bytes: Uint8Array, opts: { owned?: boolean } = {}): Promise<PdfDocument> {
  const lib = await pdfjs()
  base ??= pkgDir() + '/'
  const whole = opts.owned && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  const task = lib.getDocument({
    data: whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes),
    cMapUrl: base + 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: base + 'standard_fonts/',
    wasmUrl: base + 'wasm/',
    isEvalSupported: false,
    // an embedded image over the decoding cap is not decoded (the page renders without it) rather than exhaust memory
    maxImageSize: MAX_PIXELS,
    useSystemFonts: false,
    verbosity: 0,
  })
  return task.promise
}

/** Classifies a pdfjs failure: 'encrypted' for a password, 'corrupt' otherwise. */
export function pdfErrorKind(e: unknown): 'encrypted' | 'corrupt' {
  const name = (e as { name?: string } | null)?.name ?? ''
  return name === 'PasswordException' ? 'encrypted' : 'corrupt'
}
