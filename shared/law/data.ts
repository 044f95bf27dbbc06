/**
 * The app's own law data format (resources/laws/laws.json.br, written by scripts/build-laws.ts).
 *
 * Decompressed, the file is one header line of JSON (LawDataHeader) followed by a blob of per-law text records
 * (LawTextRecord as JSON, UTF-8), each addressed by a byte range in the header. The loader parses the header at
 * once and a law's text only when it is first asked for, so opening the database costs one decompression and a
 * small parse.
 */

export const LAW_DATA_FORMAT = 1

export interface LawMeta {
  id: string
  title: string
  shortTitle: string
  aliases: string[]
  category: string
  region?: string
  sector?: string
  versionDate: string | null
  promulgated: string | null
  effective: string | null
  status: string
  statusNote?: string
  supersededBy?: string
  /** Date from which this text's article numbering applies, when earlier than its own start (amendments that did not renumber). */
  numberingSince?: string
  articleCount: number
  /** Byte range of the LawTextRecord in the blob after the header line. */
  offset: number
  length: number
}

/** One row of an article map between two versions (e.g. 行政处罚法 2017 → 2021). */
export interface ArticleMapRow {
  from: number
  fromSub?: number
  /** Articles of the new version carrying the rule; empty when none does (无对应). */
  to: number[]
  /** What the article is about (规则). */
  rule: string
  /** 文字相同 / 有修改 / 有修改（拆分） / 无对应 … */
  change: string
  note?: string
}

export interface ArticleMapData {
  fromLawId: string
  toLawId: string
  source: string
  rows: ArticleMapRow[]
  /** Articles of the new version with no counterpart in the old one. */
  newArticles: number[]
}

export interface LawDataHeader {
  format: number
  /** Stamp: corpus hash and format, e.g. laws-1-3f9a0c12d4e5. */
  version: string
  corpus: { count: number; sources: { repo: string; commit: string }[]; hash: string }
  laws: LawMeta[]
  articleMaps: ArticleMapData[]
}

/** An item (项) with its label （一）, its text and sub-items (1. 2.). */
export type ItemRecord = [label: string, text: string, subItems?: [label: string, text: string][]]
/** A paragraph (款): its text, or its lead-in text and items. */
export type ParagraphRecord = string | [text: string, items: ItemRecord[]]
/** An article: number, 之N sub-number (0 when none), bracketed caption (or ''), paragraphs. */
export type ArticleRecord = [number: number, sub: number, caption: string, paragraphs: ParagraphRecord[]]

export interface LawTextRecord {
  a: ArticleRecord[]
  /** Text outside numbered articles (preambles; documents numbered 一、二、). */
  b?: string
}
