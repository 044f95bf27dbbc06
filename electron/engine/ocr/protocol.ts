/** Messages between the OCR pool and its workers. */
import type { OcrPage } from './engine'

/** Where the page image comes from; the worker reads and decodes it itself so the main thread stays free. */
export type OcrSource =
  | { kind: 'image'; path: string | Uint8Array }
  | { kind: 'tiff'; path: string | Uint8Array; index: number }
  | { kind: 'pdf'; path: string | Uint8Array; index: number; dpi: number }
  /** A scanned page inside a zip package (OFD, or a picture in a DOCX): the image's entry. */
  | { kind: 'zip-image'; path: string | Uint8Array; entry: string }

export interface OcrRequest {
  id: number
  source: OcrSource
}

/** Asks a worker to free its onnxruntime sessions and end (memory of a terminated thread is not all returned). */
export interface OcrBye {
  bye: true
}

export type OcrFailure = 'too-large' | 'corrupt' | 'ocr-failed' | 'encrypted'

export type OcrResponse =
  | { id: number; ok: true; page: OcrPage; rssMB: number }
  | { id: number; ok: false; code: OcrFailure; message: string }
