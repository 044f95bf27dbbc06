/**
 * pdfjs-dist (legacy build) set up for Node: CMaps, standard fonts and wasm come from the package itself,
 * so CJK text in non-embedded fonts (STSong-Light / UniGB-UCS2-H) extracts offline. Without cMapUrl such
 * text comes out empty.
 */
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

let mod: Promise<PdfjsModule> | null = null

export function pdfjs(): Promise<PdfjsModule> {
  mod ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return mod
}

function pkgDir(): string {
  const require = createRequire(import.meta.url)
  return dirname(require.resolve('pdfjs-dist/package.json'))
}

let base: string | null = null

/** Opens a PDF from bytes (copied: pdfjs detaches the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await pdfjs()
  base ??= pkgDir() + '/'
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: base + 'cmaps/',
    cMapPacked: true,
    standardFontDataUrl: base + 'standard_fonts/',
    wasmUrl: base + 'wasm/',
    isEvalSupported: false,
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
