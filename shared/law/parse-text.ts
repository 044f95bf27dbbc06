/**
 * A law, regulation, rule or local regulation as published (plain text from TXT, DOCX paragraphs, a text PDF or a
 * saved web page) → title, issuing body, category, dates, chapters and articles with their paragraphs (款) and
 * items (项), in the app's own article format (shared/law/data.ts). Pure and bounded: the input is capped, every
 * pattern is anchored or has bounded repetition, and nothing backtracks over the whole text.
 */
import type { ArticleRecord, ItemRecord, ParagraphRecord } from './data'
import { parseNumber } from './numerals'
import { parseCnInt, parseYear } from '../extract/cnnum'
import { formatArticle } from './article'

/** The categories a user may give a law (the shipped data also holds 宪法 and 司法解释). */
export const LAW_CATEGORIES = ['法律', '行政法规', '部门规章', '地方性法规', '地方政府规章', '规范性文件'] as const
export type LawCategory = (typeof LAW_CATEGORIES)[number]

/** Largest text parsed (characters): the longest statute (民法典) is about 110,000. */
export const MAX_LAW_TEXT = 600_000
/** Longest line kept; a longer one is cut (a saved page's script or a PDF without line breaks). */
const MAX_LINE = 20_000

export interface ParsedLaw {
  title: string
  /** 制定机关, e.g. 国务院, 生态环境部, 广东省人民代表大会常务委员会; null when the text does not say. */
  issuer: string | null
  category: LawCategory
  /** Why the category was chosen, to show the user before confirming. */
  categoryBasis: string
  /** Date the text was adopted or published (this version's 公布/通过/修订 date). */
  promulgated: string | null
  /** Earliest 通过/公布 date the text names (the law's first adoption; equals promulgated for a new law). */
  adopted: string | null
  /** 施行日期. */
  effective: string | null
  /** 编/章/节 headings in order. */
  chapters: string[]
  articles: ArticleRecord[]
  /** Chapter heading of each article (same order as articles). */
  articleChapters: string[]
  counts: { articles: number; paragraphs: number; items: number }
  /** Gaps in numbering, unreadable parts: shown with the parse. */
  warnings: string[]
}

export interface ParseOptions {
  /** The title when the user knows it better than the text (a file whose first line is not the title). */
  title?: string
  category?: LawCategory
  /** Lines are visual lines of a page (text PDF): join a line that wraps into the next. */
  wrapped?: boolean
}

export class LawTextError extends Error {}

// ---------- from a saved page to lines ----------

const ENTITIES: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: '\u3000', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', hellip: '…', mdash: '—' }

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[e] ?? whole
  })
}

/**
 * The text of a saved web page (or a markdown copy carrying HTML), one line per block: <p>, <br>, <div>, <li>,
 * headings and table rows end a line; script, style and head are dropped; entities decoded.
 */
export function htmlToLines(html: string): string[] {
  if (html.length > MAX_LAW_TEXT * 4) throw new LawTextError(`网页过大（超过 ${MAX_LAW_TEXT * 4} 个字符）`)
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol|tr|table|h[1-6]|hr|section|article|blockquote|pre|dd|dt|title|footer|nav)\b[^>]*>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
  return decodeEntities(s).split(/\r?\n/)
}

/** True when a text looks like HTML rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 5000)
  return /<(html|body|p|div|br|table)\b/i.test(head) || (head.match(/<\/?[a-z][a-z0-9]*\b[^>]{0,200}>/gi)?.length ?? 0) >= 5
}

// ---------- numbers and labels ----------

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]{1,8}'
const ARTICLE_RE = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?!规定|所称|所列|所指|第|、|，|和|或|至|到|的|中|以|及|项|款)(.*)$`)
const HEADING_RE = new RegExp(`^第(${NUM})(编|分编|章|节)(?:\\s|$|[^条款项，。；、的])`)
const ITEM_RE = /^[（(]([一二三四五六七八九十]{1,4})[）)]\s*(.*)$/
const SUB_ITEM_RE = /^(\d{1,2})[.．、]\s*(.*)$/
/** A bracketed caption right after the article label: 【立法目的】, （目的和依据）. */
const CAPTION_RE = /^(?:【([^【】]{1,30})】|[（(]([^（）()]{1,20})[）)])\s*/
const TOC_RE = /^目\s*录$/
/** Lines that end the text of the last article on a saved page: a rule, a container, a link, a footer. */
const END_RE = /^(?:-{3,}|:{3}|\*{3,}|<?https?:\/\/|\[|附件[:：]?$|附[:：]|(?:上一篇|下一篇|打印|关闭|分享|责任编辑|来源|扫一扫)[:：\s]|(?:原文链接|相关链接|相关文件|相关阅读|政策解读)$|【(?:打印|关闭)】)/

function clean(line: string): string {
  return line
    .slice(0, MAX_LINE)
    .replace(/[\u00a0\u2002-\u200b\ufeff]/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    .replace(/^(?:[#>*]+\s*|\*\*)/, '')
    .replace(/\{align="?[a-z]+"?\}$/, '')
    .replace(/[\s\u3000]+/g, ' ')
}

/** A line that ends a sentence (a wrapped PDF line does not). */
const ENDS_SENTENCE = /[。；;：:！？!?）)】」”]$/

function startsBlock(line: string): boolean {
  return ARTICLE_RE.test(line) || HEADING_RE.test(line) || ITEM_RE.test(line) || SUB_ITEM_RE.test(line)
}

/** Width of a line in full-width cells (Latin letters, digits and spaces count half). */
function cells(s: string): number {
  let w = 0
  for (const ch of s) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1
  return w
}

/**
 * Join visual lines of a page into paragraphs: a line that fills the width of the page and does not end a sentence
 * continues into the next; a short line (a title, a heading, a paragraph's last line) ends its paragraph.
 */
function joinWrapped(lines: string[]): string[] {
  const widths = lines.map(cells).sort((x, y) => x - y)
  const full = widths.length ? widths[Math.floor(widths.length * 0.9)] * 0.85 : 0
  const out: string[] = []
  let cur = ''
  let curWidth = 0
  for (const l of lines) {
    if (cur && (startsBlock(l) || ENDS_SENTENCE.test(cur) || HEADING_RE.test(cur) || curWidth < full)) {
      out.push(cur)
      cur = l
    } else cur = cur ? cur + l : l
    curWidth = cells(l)
  }
  if (cur) out.push(cur)
  return out
}

/** Items written inline in one paragraph (…：（一）…；（二）…。): split when they run （一）（二）… in order. */
function splitInlineItems(text: string): { lead: string; items: string[] } | null {
  const re = /[（(]([一二三四五六七八九十]{1,4})[）)]/g
  const marks: { at: number; n: number }[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) && marks.length < 200) {
    const n = parseCnInt(m[1])
    if (n === marks.length + 1 && (marks.length > 0 || /[：:]\s*$/.test(text.slice(0, m.index)))) {
      if (marks.length > 0 && !/[；;。，,：:]\s*$/.test(text.slice(0, m.index))) continue
      marks.push({ at: m.index, n })
    }
  }
  if (marks.length < 2) return null
  const items = marks.map((mk, i) => text.slice(mk.at, i + 1 < marks.length ? marks[i + 1].at : undefined).trim())
  return { lead: text.slice(0, marks[0].at).trim(), items }
}

// ---------- dates ----------

const YEAR = '([0-9０-９]{4}|[〇零○O一二三四五六七八九]{4})'
const MD = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})'
const DATE_SRC = `${YEAR}\\s?年\\s?${MD}\\s?月\\s?${MD}\\s?日`

function isoOf(y: string, mo: string, d: string): string | null {
  const yy = parseYear(y)
  const mm = parseNumber(mo)
  const dd = parseNumber(d)
  if (yy === null || mm === null || dd === null || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
}

/** 施行日期: 自2026年2月1日起施行 (also 起实施, 起生效); 自公布之日起施行 gives the promulgation date. */
function effectiveDate(text: string, promulgated: string | null): string | null {
  const re = new RegExp(`自\\s?${DATE_SRC}\\s?起\\s?(?:施行|实施|生效|执行)`, 'g')
  let last: string | null = null
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) last = isoOf(m[1], m[2], m[3]) ?? last
  if (last) return last
  if (/自(?:公布|发布|印发)之日起(?:施行|实施|生效)/.test(text)) return promulgated
  return null
}

/** The version's own date: the latest date followed closely by 公布/发布/通过/修订/修正/颁布 (earliest: first adoption). */
function promulgationDate(text: string, which: 'latest' | 'earliest' = 'latest'): string | null {
  // The words between a date and its verb hold no other date (2004年…、2017年…、2022年…修订: only 2022 is 修订's).
  const re = new RegExp(`${DATE_SRC}((?:(?!${DATE_SRC})[^。；\\n]){0,80}?)(公布|发布|通过|修订|修正|修改|颁布|印发)`, 'g')
  let best: string | null = null
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (/起(?:施行|实施)/.test(m[4])) continue
    const iso = isoOf(m[1], m[2], m[3])
    if (iso && (!best || (which === 'latest' ? iso > best : iso < best))) best = iso
  }
  return best
}

// ---------- issuer and category ----------

const PROVINCES = '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆'
const REGION_TITLE = new RegExp(`^(?:(?:${PROVINCES})|[\\u4e00-\\u9fa5]{2,6}?(?:省|市|自治区|自治州|州|县|盟|地区))`)

function issuerOf(raw: string): string | null {
  // Dates become a separator; the spaces a PDF puts around digits (第 1 次) go.
  const head = raw.replace(new RegExp(DATE_SRC, 'g'), '，').replace(/[ \t\u3000]+/g, '').replace(/第[一二三四五六七八九十]{1,4}届/g, '')
  const pats: RegExp[] = [
    /(全国人民代表大会常务委员会|全国人民代表大会)/,
    /([\u4e00-\u9fa5]{2,20}?人民代表大会常务委员会)/,
    /(国务院)(?:令|第[0-9一二三四五六七八九十百]{1,6}次常务会议|公布)/,
    /([\u4e00-\u9fa5]{2,20}?人民政府)令/,
    /([\u4e00-\u9fa5]{2,24}?(?:部|委员会|总局|局|署|银行|办公厅))(?:、[\u4e00-\u9fa5]{2,24}?(?:部|委员会|总局|局|署))*令/,
    /([\u4e00-\u9fa5]{2,20}?人民政府)(?:第[0-9一二三四五六七八九十百]{1,6}次常务会议)/,
    /经([\u4e00-\u9fa5]{2,24}?(?:部|委员会|总局|局|署))第[0-9一二三四五六七八九十百]{1,6}次(?:常务|部务|局务|委务)?会议/,
  ]
  for (const p of pats) {
    const m = p.exec(head)
    if (m) return m[1].replace(/^(?:中华人民共和国主席|主席)/, '').replace(/^中华人民共和国(?=.{2,}(?:部|委员会|总局|局|署)$)/, '')
  }
  return null
}

function inferCategory(title: string, issuer: string | null): { category: LawCategory; basis: string } {
  const regional = REGION_TITLE.test(title) && !title.startsWith('中华人民共和国')
  if (/(通知|意见|指引|指南|基准|标准|答复|批复|公告)$/.test(title)) return { category: '规范性文件', basis: `标题以“${/(通知|意见|指引|指南|基准|标准|答复|批复|公告)$/.exec(title)![1]}”结尾` }
  if (issuer && /^全国人民代表大会/.test(issuer)) return { category: '法律', basis: `制定机关为${issuer}` }
  if (issuer && /人民代表大会常务委员会$/.test(issuer)) return { category: '地方性法规', basis: `制定机关为${issuer}` }
  if (issuer === '国务院') return { category: '行政法规', basis: '制定机关为国务院' }
  if (issuer && /人民政府$/.test(issuer)) return { category: '地方政府规章', basis: `制定机关为${issuer}` }
  if (issuer && /(部|委员会|总局|局|署|银行)$/.test(issuer)) return { category: '部门规章', basis: `制定机关为${issuer}（部门令）` }
  if (/^中华人民共和国.{1,40}法$/.test(title) || (/(?<!办)法$/.test(title) && !regional)) return { category: '法律', basis: '标题为“……法”' }
  if (regional && /条例$/.test(title)) return { category: '地方性法规', basis: '地方名称开头的条例' }
  if (regional) return { category: '地方政府规章', basis: '地方名称开头的办法或规定' }
  if (/条例$/.test(title)) return { category: '行政法规', basis: '标题为“……条例”' }
  return { category: '部门规章', basis: '标题为办法、规定或细则（请确认）' }
}

/** The category a title alone suggests (a cited law the data lacks): 部门规章 for 办法/规定 without a place name. */
export function categoryOfTitle(title: string): LawCategory {
  return inferCategory(title.replace(/[《》\s]/g, ''), null).category
}

// ---------- title ----------

const TITLE_END = /(?:法|条例|规定|办法|细则|规则|决定|规程|标准|意见|通知|准则|章程|实施方案)$/
const NOT_TITLE = /^(?:中华人民共和国主席令|中华人民共和国国务院令|国务院令|.{0,30}令$|第[0-9一二三四五六七八九十百]{1,6}号|目\s*录|首页|当前位置|来源|发布时间|责任编辑)/

function pickTitle(head: string[]): string | null {
  for (const l of head) {
    const t = l.replace(/^(?:title|标题)\s*[:：]\s*/i, '').replace(/^《|》$/g, '').replace(/\s/g, '')
    const bare = t.replace(/[（(][^（）()]{0,20}(?:修订|修正|修改|年)[^（）()]{0,6}[）)]$/, '')
    if (bare.length >= 3 && bare.length <= 60 && TITLE_END.test(bare) && !NOT_TITLE.test(bare) && !/[。，；：:A-Za-z]/.test(bare)) return bare
  }
  return null
}

// ---------- the parse ----------

interface OpenArticle {
  number: number
  sub: number
  caption: string
  chapter: string
  paragraphs: { text: string; items: { label: string; text: string; subs: [string, string][] }[] }[]
}

/**
 * Parse a published law text. `input` is the whole text (lines separated by newlines) or its lines. Throws
 * LawTextError (a Chinese message) when the text is too large or has no numbered articles.
 */
export function parseLawText(input: string | string[], opts: ParseOptions = {}): ParsedLaw {
  const total = typeof input === 'string' ? input.length : input.reduce((n, l) => n + l.length + 1, 0)
  if (total > MAX_LAW_TEXT) throw new LawTextError(`文本过大（${total} 个字符，上限 ${MAX_LAW_TEXT}）`)
  let lines = (typeof input === 'string' ? input.split(/\r?\n/) : input).map(clean).filter((l) => l !== '')
  if (opts.wrapped) lines = joinWrapped(lines)

  const warnings: string[] = []
  const articles: OpenArticle[] = []
  const chapters: string[] = []
  const head: string[] = []
  const tail: string[] = []
  let chapter = ''
  let pendingHeading: string | null = null
  let cur: OpenArticle | null = null
  let inToc = false

  const lastNumber = () => (articles.length ? articles[articles.length - 1] : null)

  for (const line of lines) {
    if (TOC_RE.test(line.replace(/\s/g, ''))) {
      inToc = true
      continue
    }
    const h = HEADING_RE.exec(line)
    if (h && line.length <= 60 && !/[。；]$/.test(line)) {
      // Headings before the first article are the table of contents until the one right before it. 编 and 章
      // name the chapter an article belongs to; 节 headings are read past.
      if (h[2] === '章') pendingHeading = line.replace(/\s+/g, ' ')
      if (cur) cur = null
      continue
    }
    if (cur && END_RE.test(line)) {
      cur = null
      tail.push(line)
      continue
    }
    const a = ARTICLE_RE.exec(line)
    if (a) {
      const n = parseNumber(a[1])
      const sub = a[2] ? parseNumber(a[2]) ?? 0 : 0
      const prev = lastNumber()
      const fits = n !== null && n > 0 && (prev === null ? n <= 3 : (sub === 0 && n > prev.number && n <= prev.number + 20) || (sub > 0 && n === prev.number && sub === prev.sub + 1))
      if (fits && n !== null) {
        inToc = false
        if (pendingHeading !== null) {
          chapter = pendingHeading
          if (!chapters.includes(chapter)) chapters.push(chapter)
          pendingHeading = null
        }
        if (prev && sub === 0 && n !== prev.number + 1) warnings.push(`条文编号不连续：${formatArticle(prev.number, prev.sub || undefined)}之后是${formatArticle(n)}`)
        let rest = a[3].replace(/^[\s\u3000:：.．、]+/, '')
        let caption = ''
        const c = CAPTION_RE.exec(rest)
        if (c && !ITEM_RE.test(rest)) {
          caption = (c[1] ?? c[2]).trim()
          rest = rest.slice(c[0].length)
        }
        cur = { number: n, sub, caption, chapter, paragraphs: [] }
        articles.push(cur)
        if (rest) addLine(cur, rest)
        continue
      }
    }
    if (inToc && !cur) continue
    if (!cur) {
      if (articles.length === 0) head.push(line)
      else tail.push(line)
      continue
    }
    // Text after the last article that is plainly not part of it (a signature, a page footer) stays in the article;
    // the published forms rarely carry any, and a reviewer sees the counts before confirming.
    addLine(cur, line)
  }

  function addLine(art: OpenArticle, line: string) {
    const it = ITEM_RE.exec(line)
    const p = art.paragraphs[art.paragraphs.length - 1]
    if (it && p) {
      const n = parseCnInt(it[1])
      if (n === p.items.length + 1) {
        p.items.push({ label: `（${it[1]}）`, text: it[2], subs: [] })
        return
      }
    }
    const si = SUB_ITEM_RE.exec(line)
    if (si && p && p.items.length) {
      const item = p.items[p.items.length - 1]
      if (Number(si[1]) === item.subs.length + 1) {
        item.subs.push([`${si[1]}.`, si[2]])
        return
      }
    }
    const inline = splitInlineItems(line)
    if (inline) {
      art.paragraphs.push({
        text: inline.lead,
        items: inline.items.map((s) => {
          const m = ITEM_RE.exec(s)!
          return { label: `（${m[1]}）`, text: m[2], subs: [] }
        }),
      })
      return
    }
    art.paragraphs.push({ text: line, items: [] })
  }

  if (articles.length === 0) throw new LawTextError('没有找到“第一条”这样编号的条文，无法作为法规导入')
  for (const a of articles) if (a.paragraphs.length === 0) warnings.push(`${formatArticle(a.number, a.sub || undefined)}没有正文`)

  const records: ArticleRecord[] = articles.map((a) => [
    a.number,
    a.sub,
    a.caption,
    a.paragraphs.map((p): ParagraphRecord => (p.items.length ? [p.text, p.items.map((i): ItemRecord => (i.subs.length ? [i.label, i.text, i.subs] : [i.label, i.text]))] : p.text)),
  ])
  const headText = head.join('\n')
  const lastText = articles[articles.length - 1].paragraphs.map((p) => p.text).join('\n')
  const datesText = `${headText}\n${lastText}\n${tail.join('\n')}`
  const promulgated = promulgationDate(headText) ?? promulgationDate(datesText)
  const adopted = promulgationDate(headText, 'earliest') ?? promulgated
  const effective = effectiveDate(headText, promulgated) ?? effectiveDate(datesText, promulgated)
  const title = opts.title?.trim() || pickTitle(head)
  if (!title) throw new LawTextError('没有找到法规标题，请用 --title 指定')
  const issuer = issuerOf(headText) ?? issuerOf(tail.join('\n'))
  const inferred = inferCategory(title, issuer)
  const category = opts.category ?? inferred.category
  const counts = {
    articles: records.length,
    paragraphs: records.reduce((n, a) => n + a[3].length, 0),
    items: records.reduce((n, a) => n + a[3].reduce((k, p) => k + (typeof p === 'string' ? 0 : p[1].length), 0), 0),
  }
  if (!effective) warnings.push('没有找到施行日期（“自……起施行”），请用 --effective 指定')
  else if (promulgated && effective < promulgated) warnings.push(`施行日期 ${effective} 早于本文本的修改日期 ${promulgated}：本文本自 ${promulgated} 起适用（请确认）`)
  return {
    title,
    issuer,
    category,
    categoryBasis: opts.category ? '用户指定' : inferred.basis,
    promulgated,
    adopted,
    effective,
    chapters,
    articles: records,
    articleChapters: articles.map((a) => a.chapter),
    counts,
    warnings,
  }
}

/** Plain text of an article (label, caption and every paragraph, items on their own lines), for display and diffs. */
export function articleText(a: ArticleRecord): string {
  const [, , caption, paragraphs] = a
  const parts: string[] = []
  for (const p of paragraphs) {
    if (typeof p === 'string') parts.push(p)
    else {
      parts.push(p[0])
      for (const [l, t, subs] of p[1]) {
        parts.push(l + t)
        for (const [sl, st] of subs ?? []) parts.push(sl + st)
      }
    }
  }
  return (caption ? `（${caption}）` : '') + parts.join('\n')
}
