/** Pure law helpers; the database itself is opened by electron/engine/laws (openLaws). */
export type { LawLookup, LawVersionInfo, ProvisionText, FineRange, ArticleMapping } from './types'
export { parseFineRanges } from './fine-range'
export { citationFits, type CitationFit } from './topic-match'
export { formatArticle, formatProvision, parseProvision, type ArticleRef } from './article'
export { normalizeTitle, titleKeys } from './title'
export { parseNumber, formatChineseNumber } from './numerals'
export { createLawStore, type LawStore } from './store'
export { versionAt } from './version-at'
