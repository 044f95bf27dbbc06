import type { BBox } from './evidence'

/** One line of text on a page, in reading order. */
export interface TextLine {
  text: string
  bbox: BBox
  /** 0–1. 1 for text-layer sources; the recogniser's score for OCR lines. */
  confidence: number
}

export type PageSource = 'text' | 'ocr'

export interface Page {
  /** Path relative to the case folder, forward slashes. */
  file: string
  /** 1-based page number inside the file. */
  page: number
  width: number
  height: number
  /** Unit of width/height/bbox: 'pt' for PDF, OFD, DOCX, TXT; 'px' for images and rendered scans. */
  unit: 'pt' | 'px'
  source: PageSource
  /** Degrees the page was rotated to read it upright (0, 90, 180, 270), for scans. */
  rotation?: number
  lines: TextLine[]
}

export type IngestErrorCode =
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'unsupported'
  | 'legacy-format' // .doc / .wps: save as .docx
  | 'too-large'
  | 'ocr-failed'
  | 'cancelled'
  | 'io'

/** A file that could not be read. Never stops the batch. */
export interface IngestError {
  file: string
  code: IngestErrorCode
  /** A message a reviewer understands, in Chinese. */
  message: string
}

export interface IngestedFile {
  file: string
  bytes: number
  /** sha256 of the file content, hex. */
  sha256: string
  kind: 'pdf' | 'docx' | 'image' | 'tiff' | 'txt' | 'ofd' | 'other'
  pages: number
}

export interface IngestResult {
  /** Absolute path of the case folder (or of the single file ingested). */
  root: string
  files: IngestedFile[]
  pages: Page[]
  errors: IngestError[]
}

/** Progress of a long job (ingest, OCR, checking, export). */
export interface Progress {
  jobId: string
  stage: 'ingest' | 'ocr' | 'segment' | 'extract' | 'check' | 'store' | 'export'
  /** Units done and total, e.g. pages. total 0 = unknown. */
  done: number
  total: number
  /** What is being worked on now, e.g. a file name. */
  current?: string
  message?: string
  /** In an import of several cases: which case (0-based) this line is about, and how many the import has. */
  caseIndex?: number
  caseCount?: number
  /** The case's folder name, as the import lists it. */
  caseName?: string
}
