/** Article numbers as statutes write them: 第五十八条, 第二十二条之一, 第五十八条第一款第（一）项. */
import { formatChineseNumber, parseNumber } from './numerals'

export interface ArticleRef {
  article: number
  /** 之一 → 1, 之二 → 2. */
  articleSub?: number
  paragraph?: number
  item?: number
}

/** 58 → 第五十八条; (22, 1) → 第二十二条之一. */
export function formatArticle(article: number, articleSub?: number): string {
  return `第${formatChineseNumber(article)}条${articleSub ? `之${formatChineseNumber(articleSub)}` : ''}`
}

/** 第五十八条第一款第（一）项, omitting the parts not given. */
export function formatProvision(ref: ArticleRef): string {
  let s = formatArticle(ref.article, ref.articleSub)
  if (ref.paragraph) s += `第${formatChineseNumber(ref.paragraph)}款`
  if (ref.item) s += `第（${formatChineseNumber(ref.item)}）项`
  return s
}

const N = '[零〇一二两三四五六七八九十百千0-9０-９]+'
const REF_RE = new RegExp(
  `^第(${N})条(?:之(${N}))?(?:第(${N})款)?(?:第?[（(]?(${N})[）)]?项)?$`,
)

/** Parse 第五十八条, 第58条, 第二十二条之一, 第六十四条第一款第（一）项, 第十条第2项. Null when the text is not such a label. */
export function parseProvision(label: string): ArticleRef | null {
  const m = REF_RE.exec(label.replace(/\s+/g, ''))
  if (!m) return null
  const article = parseNumber(m[1])
  if (article === null || article <= 0) return null
  const ref: ArticleRef = { article }
  const parts: [keyof ArticleRef, string | undefined][] = [['articleSub', m[2]], ['paragraph', m[3]], ['item', m[4]]]
  for (const [key, raw] of parts) {
    if (raw === undefined) continue
    const v = parseNumber(raw)
    if (v === null || v <= 0) return null
    ref[key] = v
  }
  return ref
}
