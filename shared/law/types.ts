/**
 * What the checks need from the law database. Implemented in electron/engine/laws/ over the app's own
 * law data in resources/laws/; tests may implement it over a handful of in-memory laws.
 */

export interface LawVersionInfo {
  /** Corpus id, e.g. 行政处罚法_2021-01-22. */
  id: string
  title: string
  shortTitle?: string
  category: string
  versionDate: string
  effective: string | null
  status: string
  /** Id of the version that replaced this one, when known. */
  supersededBy?: string
}

export interface ProvisionText {
  lawId: string
  /** e.g. 第五十八条第一款第（一）项. */
  label: string
  /** Full text of the article, paragraph or item addressed. */
  text: string
  /** Number of paragraphs (款) of the article and items (项) of the paragraph, to tell an out-of-range reference. */
  paragraphCount: number
  itemCount: number
}

/** A statutory fine range parsed from a penalty provision's text. */
export interface FineRange {
  /** 'fixed': 处…元以上…元以下; 'multiple': …倍以上…倍以下 of a base (货值金额, 违法所得…); 'max-only': 处…元以下. */
  form: 'fixed' | 'multiple' | 'max-only'
  min?: number
  max?: number
  /** For 'multiple': the base the multiples apply to. */
  base?: '货值金额' | '违法所得' | '销售额' | '其他'
  /** The phrase the range was parsed from. */
  text: string
}

export interface LawLookup {
  /** Data version (e.g. build date and corpus hash), stamped on results. */
  readonly version: string
  /** Resolve a title as written (full, short, alias, with or without 《》) to a law; null when no such law. */
  resolveTitle(title: string): { title: string; versions: LawVersionInfo[] } | null
  /** The version in force on a date (ISO). Null when the law was not yet in force. */
  versionOn(title: string, dateIso: string): LawVersionInfo | null
  /** Text of an article (and paragraph, item). Null when it does not exist in that version. */
  provision(lawId: string, article: number, opts?: { articleSub?: number; paragraph?: number; item?: number }): ProvisionText | null
  /** Fine ranges stated by a provision; empty when its text states none. */
  fineRanges(lawId: string, article: number, opts?: { articleSub?: number; paragraph?: number; item?: number }): FineRange[]
}
