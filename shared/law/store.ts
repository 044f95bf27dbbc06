/**
 * LawLookup over the app's law data (shared/law/data.ts): title index with aliases, versions ordered by the day
 * they took effect, articles parsed per law on first use. Pure: the caller supplies the header and a function that
 * returns one law's text record (the Node loader reads them lazily from the decompressed file).
 */
import type { ArticleMapping, FineRange, LawLookup, LawVersionInfo, ProvisionText } from './types'
import type { ArticleRecord, LawDataHeader, LawMeta, LawTextRecord, ParagraphRecord } from './data'
import { formatProvision } from './article'
import { normalizeTitle, titleKeys } from './title'
import { parseFineRanges } from './fine-range'

type ProvisionOpts = { articleSub?: number; paragraph?: number; item?: number }

/** Which category wins when one short title names laws of several kinds. */
const CATEGORY_RANK: Record<string, number> = {
  宪法: 0, 法律: 1, 行政法规: 2, 部门规章: 3, 司法解释: 4, 地方性法规: 5, 地方政府规章: 6, 规范性文件: 7,
}

interface Group {
  title: string
  /** Oldest first. */
  versions: LawMeta[]
}

/**
 * First day a text applies: its effective date, else its version date. Some corpus entries carry the effective
 * date of the law's first text (宪法_2018-03-11: 1982-12-04; 刑法_2023-12-29: 2021-03-01); an effective date
 * before the version date is such a leftover, so the version date is used instead.
 */
function startOf(m: LawMeta): string | null {
  if (m.effective && (!m.versionDate || m.effective >= m.versionDate)) return m.effective
  return m.versionDate ?? m.effective ?? null
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

function paragraphText(p: ParagraphRecord): string {
  if (typeof p === 'string') return p
  const [lead, items] = p
  return [lead, ...items.map(([label, text, subs]) => [label + text, ...(subs ?? []).map(([l, t]) => l + t)].join('\n'))].join('\n')
}

function itemsOf(p: ParagraphRecord): number {
  return typeof p === 'string' ? 0 : p[1].length
}

export interface LawStore extends LawLookup {
  articleMap(oldLawId: string, newLawId: string, article: number, articleSub?: number): ArticleMapping | null
  law(lawId: string): LawVersionInfo | null
  stats(): { laws: number; versions: number; articles: number }
  /** Full text outside numbered articles (preambles, 一、二、 documents). */
  body(lawId: string): string | null
}

export function createLawStore(header: LawDataHeader, readText: (meta: LawMeta) => LawTextRecord): LawStore {
  const byId = new Map<string, LawMeta>()
  const groupOf = new Map<string, Group>()
  const groups = new Map<string, Group>()
  for (const m of header.laws) {
    byId.set(m.id, m)
    // Versions share a title; 宪法修正案（1988年） and （1993年） are different documents, so the remark is kept.
    const key = normalizeTitle(m.title, { keepRemark: true })
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { title: m.title, versions: [] }))
    g.versions.push(m)
    groupOf.set(m.id, g)
  }
  const statusRank = (s: string) => (s === '已修订' ? 0 : 1)
  for (const g of groups.values()) {
    g.versions.sort((a, b) => {
      const sa = startOf(a) ?? ''
      const sb = startOf(b) ?? ''
      if (sa !== sb) return sa < sb ? -1 : 1
      if (statusRank(a.status) !== statusRank(b.status)) return statusRank(a.status) - statusRank(b.status)
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
  }

  // Alias index: every key of every title, short title and alias; ambiguous keys keep all candidates.
  const alias = new Map<string, Group[]>()
  const addKey = (key: string, g: Group) => {
    const list = alias.get(key)
    if (!list) alias.set(key, [g])
    else if (!list.includes(g)) list.push(g)
  }
  for (const g of groups.values()) {
    const names = new Set<string>()
    for (const m of g.versions) for (const t of [m.title, m.shortTitle, ...m.aliases]) if (t) names.add(t)
    for (const t of names) for (const k of titleKeys(t)) addKey(k, g)
  }
  const rankOf = (g: Group) => CATEGORY_RANK[g.versions[g.versions.length - 1].category] ?? 9
  for (const list of alias.values()) list.sort((a, b) => rankOf(a) - rankOf(b))

  const mapIndex = new Map<string, Map<string, ArticleMapping>>()
  for (const am of header.articleMaps) {
    const rows = new Map<string, ArticleMapping>()
    for (const r of am.rows) {
      const mapping: ArticleMapping = { fromLawId: am.fromLawId, toLawId: am.toLawId, article: r.from, to: r.to, rule: r.rule, change: r.change }
      if (r.fromSub) mapping.articleSub = r.fromSub
      if (r.note) mapping.note = r.note
      rows.set(`${r.from}.${r.fromSub ?? 0}`, mapping)
    }
    mapIndex.set(`${am.fromLawId}→${am.toLawId}`, rows)
    // The same table read backwards: where a new article's rule was in the old version (新增 when nowhere).
    const back = new Map<string, ArticleMapping>()
    for (const r of am.rows) {
      for (const t of r.to) {
        const key = `${t}.0`
        const prev = back.get(key)
        if (prev) prev.to.push(r.from)
        else back.set(key, { fromLawId: am.toLawId, toLawId: am.fromLawId, article: t, to: [r.from], rule: r.rule, change: r.change })
      }
    }
    for (const t of am.newArticles) {
      if (!back.has(`${t}.0`)) back.set(`${t}.0`, { fromLawId: am.toLawId, toLawId: am.fromLawId, article: t, to: [], rule: '', change: '新增' })
    }
    mapIndex.set(`${am.toLawId}→${am.fromLawId}`, back)
  }

  const texts = new Map<string, { record: LawTextRecord; articles: Map<string, ArticleRecord> }>()
  function textOf(lawId: string) {
    let t = texts.get(lawId)
    if (t) return t
    const meta = byId.get(lawId)
    if (!meta) return null
    const record = readText(meta)
    const articles = new Map<string, ArticleRecord>()
    for (const a of record.a) articles.set(`${a[0]}.${a[1]}`, a)
    t = { record, articles }
    texts.set(lawId, t)
    return t
  }

  function info(m: LawMeta): LawVersionInfo {
    const g = groupOf.get(m.id)!
    const i = g.versions.indexOf(m)
    const next = g.versions[i + 1]
    const from = startOf(m)
    const v: LawVersionInfo = {
      id: m.id,
      title: m.title,
      category: m.category,
      versionDate: m.versionDate ?? '',
      effective: m.effective,
      status: m.status,
      inForceFrom: from,
      articleCount: m.articleCount,
    }
    if (from !== null && from !== m.effective) v.inForceFromApproximate = true
    if (m.shortTitle && m.shortTitle !== m.title) v.shortTitle = m.shortTitle
    const succ = m.supersededBy ?? next?.id
    if (succ) v.supersededBy = succ
    const nextStart = next ? startOf(next) : null
    if (nextStart) v.inForceUntil = dayBefore(nextStart)
    if (m.region) v.region = m.region
    if (m.textCut) v.textCut = true
    return v
  }

  function resolveGroup(title: string): Group | null {
    for (const n of new Set([normalizeTitle(title, { keepRemark: true }), normalizeTitle(title)])) {
      const hit = groups.get(n) ?? alias.get(n)?.[0]
      if (hit) return hit
    }
    return null
  }

  function locate(lawId: string, article: number, opts: ProvisionOpts = {}) {
    const t = textOf(lawId)
    if (!t) return null
    const a = t.articles.get(`${article}.${opts.articleSub ?? 0}`)
    if (!a) return null
    const paragraphs = a[3]
    let pIndex: number | null = null
    if (opts.paragraph !== undefined) {
      if (opts.paragraph < 1 || opts.paragraph > paragraphs.length) return null
      pIndex = opts.paragraph - 1
    }
    if (opts.item !== undefined) {
      // 第X条第（一）项 without a 款: the items are those of the one paragraph that has them.
      if (pIndex === null) {
        const withItems = paragraphs.map((p, i) => (itemsOf(p) > 0 ? i : -1)).filter((i) => i >= 0)
        if (withItems.length === 0) return null
        pIndex = withItems[0]
      }
      const p = paragraphs[pIndex]
      if (opts.item < 1 || opts.item > itemsOf(p)) return null
    }
    return { a, pIndex }
  }

  // (by the title with its remarks kept: 民事诉讼法（试行） is not 民事诉讼法)
  const repeals = new Map((header.repealed ?? []).map((r) => [normalizeTitle(r.title, { keepRemark: true }), r]))

  const store: LawStore = {
    version: header.version,

    repealOf(title) {
      // (a national law cited by its short title, 执业医师法, is repealed under its full one)
      const r = repeals.get(normalizeTitle(title, { keepRemark: true })) ?? repeals.get(normalizeTitle(`中华人民共和国${title.replace(/^《|》$/g, '')}`, { keepRemark: true }))
      return r ? { on: r.on, byTitle: r.byTitle } : null
    },

    resolveTitle(title) {
      const g = resolveGroup(title)
      return g ? { title: g.title, versions: g.versions.map(info) } : null
    },

    versionOn(title, dateIso) {
      const g = resolveGroup(title)
      if (!g) return null
      let pick: LawMeta | null = null
      for (const m of g.versions) {
        const s = startOf(m)
        if (s !== null && s <= dateIso) pick = m
      }
      if (pick) return { ...info(pick), dateFit: 'in-force' }
      const first = g.versions[0]
      if (startOf(first) === null) return { ...info(first), dateFit: 'start-unknown' }
      if (first.numberingSince && first.numberingSince <= dateIso) return { ...info(first), dateFit: 'same-numbering' }
      if (first.promulgated && first.promulgated <= dateIso) return { ...info(first), dateFit: 'earlier-text-missing' }
      return null
    },

    provision(lawId, article, opts = {}) {
      const hit = locate(lawId, article, opts)
      if (!hit) return null
      const { a, pIndex } = hit
      const paragraphs = a[3]
      let text: string
      let itemCount: number
      if (pIndex === null) {
        text = paragraphs.map(paragraphText).join('\n')
        itemCount = paragraphs.reduce((n, p) => n + itemsOf(p), 0)
      } else {
        const p = paragraphs[pIndex]
        itemCount = itemsOf(p)
        if (opts.item !== undefined && typeof p !== 'string') {
          const [label, itemText, subs] = p[1][opts.item - 1]
          text = [label + itemText, ...(subs ?? []).map(([l, t]) => l + t)].join('\n')
        } else text = paragraphText(p)
      }
      const result: ProvisionText = {
        lawId,
        label: formatProvision({ article, articleSub: opts.articleSub, paragraph: opts.paragraph, item: opts.item }),
        text,
        paragraphCount: paragraphs.length,
        itemCount,
      }
      return result
    },

    fineRanges(lawId, article, opts = {}): FineRange[] {
      const hit = locate(lawId, article, opts)
      if (!hit) return []
      if (opts.item !== undefined && hit.pIndex !== null) {
        const p = hit.a[3][hit.pIndex]
        if (typeof p !== 'string') {
          // An item states its own range (（二）…处违法所得一倍以上三倍以下罚款), or takes its paragraph's lead-in
          // (有下列情形之一的，…处五万元以上十万元以下罚款：（一）…).
          const [lead, items] = p
          const [label, text, subs] = items[opts.item - 1]
          const own = parseFineRanges([label + text, ...(subs ?? []).map(([l, t]) => l + t)].join('\n'))
          return own.length ? own : parseFineRanges(lead)
        }
      }
      const prov = store.provision(lawId, article, opts)
      return prov ? parseFineRanges(prov.text) : []
    },

    articleMap(oldLawId, newLawId, article, articleSub) {
      return mapIndex.get(`${oldLawId}→${newLawId}`)?.get(`${article}.${articleSub ?? 0}`) ?? null
    },

    law(lawId) {
      const m = byId.get(lawId)
      return m ? info(m) : null
    },

    stats() {
      return { laws: groups.size, versions: header.laws.length, articles: header.laws.reduce((n, m) => n + m.articleCount, 0) }
    },

    body(lawId) {
      return textOf(lawId)?.record.b ?? null
    },
  }
  return store
}
