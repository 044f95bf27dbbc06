/**
 * The app's own law data format (resources/laws/, written by scripts/build-laws.ts).
 *
 * index.json.br holds the header (LawDataHeader: every law version's metadata, the article maps). The law texts
 * live in shards (shard-NN.json.br, a few MB each, grouped by category), each a blob of per-law text records
 * (LawTextRecord as JSON, UTF-8) addressed by a byte range in the header. Opening the database reads only the
 * header; a shard is decompressed when one of its laws is first asked for, and a law's text is parsed then.
 */

export const LAW_DATA_FORMAT = 2
export const LAW_INDEX_FILE = 'index.json.br'

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
  /**
   * The text seems to stop short: its last article neither states when it comes into force nor who interprets it
   * (长江保护法 held to 第七十九条 of 96). An article past its end cannot be called nonexistent.
   */
  textCut?: boolean
  articleCount: number
  /** Shard holding the text, and the byte range of the LawTextRecord in the decompressed shard. */
  shard: number
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
  /** Stamp: format and corpus hash, e.g. laws-2-3f9a0c12d4e5. */
  version: string
  corpus: { count: number; sources: { repo: string; commit: string }[]; hash: string }
  laws: LawMeta[]
  articleMaps: ArticleMapData[]
  /** Laws the texts say a later law repealed (…同时废止), with the day that law came into force; absent in older data. */
  repealed?: Repeal[]
  shards: ShardInfo[]
}

/** A law repealed by a later one's closing article: its title as written there, the day, the repealing law. */
export interface Repeal {
  title: string
  /** ISO day the repealing law came into force, the repeal with it. */
  on: string
  byId: string
  byTitle: string
}

export interface ShardInfo {
  file: string
  /** sha256 of the compressed file. */
  sha256: string
  bytes: number
  rawBytes: number
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
