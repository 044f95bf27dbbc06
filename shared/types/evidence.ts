/**
 * Where a piece of text came from. Every fact and every finding carries one or more of these,
 * so a reviewer can click through to the exact place in the case file.
 */

/** Axis-aligned box in page coordinates: points (1/72 in) for PDF/OFD/DOCX-derived pages, pixels for images. Origin top-left. */
export interface BBox {
  x: number
  y: number
  w: number
  h: number
}

export interface Evidence {
  /** Path of the source file, relative to the case folder (forward slashes). */
  file: string
  /** 1-based page number inside that file. */
  page: number
  /** 0-based line index on that page, when known. */
  line?: number
  /** Character span [start, end) inside the line text, when known. */
  span?: [number, number]
  /** Box of the quoted text on the page, when known. */
  bbox?: BBox
  /** The quoted text itself (a short excerpt). */
  text: string
  /** Lowest OCR confidence (0–1) of the lines this rests on; absent for text-layer sources. */
  confidence?: number
}
