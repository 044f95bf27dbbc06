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
  /** First day this text applies (its effective date, else its version date); null when the corpus gives neither. */
  inForceFrom?: string | null
  /**
   * True when the corpus gives no usable effective date, so inForceFrom is the version (adoption) date: the text
   * may have taken effect later (畜牧法 2022-10-30 text: in force 2023-03-01), so a date shortly after it may still
   * fall under the previous version.
   */
  inForceFromApproximate?: boolean
  /** Last day before the next version in the database took over. */
  inForceUntil?: string
  /**
   * Set on versionOn() results: how well this text fits the date asked about.
   * 'in-force': this text was in force. 'same-numbering': an earlier text was in force, with the same article
   * numbering (e.g. 行政处罚法 1996/2009 text for the 2017 one). 'earlier-text-missing': the law was in force but in
   * an earlier text the database does not hold, so numbering may differ. 'start-unknown': the corpus gives no date.
   */
  dateFit?: 'in-force' | 'same-numbering' | 'earlier-text-missing' | 'start-unknown'
  region?: string
  articleCount?: number
  /** The database's text seems to stop short of the law's end (see LawMeta.textCut). */
  textCut?: boolean
}

/** Where an article of a superseded version went in its successor (e.g. 行政处罚法 2017 第三十一条 → 2021 第四十四条). */
export interface ArticleMapping {
  fromLawId: string
  toLawId: string
  article: number
  articleSub?: number
  /** Articles of the new version carrying the rule; empty when none does. */
  to: number[]
  /** What the article is about, e.g. 处罚前告知. */
  rule: string
  /** 文字相同 / 有修改 / 有修改（拆分） / 无对应 … */
  change: string
  note?: string
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
  /** For 'multiple': the base as the text names it, e.g. 违法生产经营的食品、食品添加剂货值金额. */
  baseText?: string
  /** The clause the range depends on, e.g. 情节严重的, 货值金额一万元以上的. */
  condition?: string
  /** Who is fined when the text says (对广告主处…, 对直接负责的主管人员和其他直接责任人员处…). */
  target?: string
  /** The amounts are per unit (每平方米, 每只, 每个泊位, 每日): the total depends on the count. */
  perUnit?: string
  /** For 'multiple': the least base the law counts with (货值金额不足五万元的，按五万元计算 → 50000). */
  baseFloor?: number
  /** Where the article sets a higher floor for another kind of trade too (批发 十万 / 零售 一万): that floor. */
  baseFloorHigh?: number
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
  /**
   * Where an article of an old version went in a newer one, or (read backwards) where a new article's rule was in
   * the old version (change 新增 and `to: []` for new rules). Null when the database has no article map for this
   * pair of versions (or the article is not in it); `to: []` when the other version has no counterpart.
   */
  articleMap?(oldLawId: string, newLawId: string, article: number, articleSub?: number): ArticleMapping | null
  /** One version by id. */
  law?(lawId: string): LawVersionInfo | null
  /**
   * The repeal of a law by a later one's closing article (《中华人民共和国环境噪声污染防治法》同时废止), by the title as
   * written; null when the texts tell of none.
   */
  repealOf?(title: string): { on: string; byTitle: string } | null
  /** Counts of what is loaded. */
  stats?(): { laws: number; versions: number; articles: number }
  /**
   * How current the data is: the shipped data's stamp, the number of user-imported law versions merged in, and the
   * newest start date held per category (shared/law/user-layer.ts). Present on the lookup the app opens with its
   * data folder.
   */
  currency?(): import('./user-layer').LawDataCurrency
}
