/**
 * The user layer of the law database: law texts a user imported (a law newer than the shipped data, a 部门规章 it
 * lacks, a local regulation), kept in the app's data folder beside the shipped database and merged with it into
 * one lookup. A new version of a law already present joins that law's versions from its own start date, so a
 * citation is judged against the text in force on the decision date either side of it. Pure: the Node side
 * (electron/engine/laws/user.ts) reads and writes the file.
 */
import type { ArticleMapData, ArticleRecord, LawDataHeader, LawMeta, LawTextRecord } from './data'
import type { LawVersionInfo } from './types'
import type { LawCategory, ParsedLaw } from './parse-text'
import { createLawStore, type LawStore } from './store'
import { normalizeTitle } from './title'
import { changesToArticleMap, diffVersions, type VersionChanges } from './versions'

export const USER_LAWS_KIND = 'pingcha-user-laws'
export const USER_LAWS_FORMAT = 1

/** One imported law version. */
export interface UserLaw {
  id: string
  title: string
  shortTitle?: string
  aliases: string[]
  category: LawCategory | string
  issuer: string | null
  region?: string
  /** Date of this text (its 公布/修订 date, else its effective date). */
  versionDate: string
  promulgated: string | null
  /** First adoption of the law when earlier than this text (a revision): the law existed before this text applied. */
  adopted?: string | null
  effective: string | null
  chapters: string[]
  articles: ArticleRecord[]
  /** Where it came from: the file name as imported, its SHA-256, when. */
  source: { file: string; sha256: string; importedAt: string }
  /** The version it follows, and what changed, when the law was already present. */
  previousId?: string
  changes?: VersionChanges
}

/** The user layer file, also the file shared with colleagues (laws export). */
export interface UserLawFile {
  kind: typeof USER_LAWS_KIND
  format: number
  laws: UserLaw[]
}

export const emptyUserLaws = (): UserLawFile => ({ kind: USER_LAWS_KIND, format: USER_LAWS_FORMAT, laws: [] })

/** Newest start date the data holds, per category; what the lookup's currency() answers. */
export interface LawDataCurrency {
  /** Stamp of the shipped data (laws-2-…). */
  shippedVersion: string
  /** Number of user-layer law versions merged in. */
  userLaws: number
  /** Stamp of the merged data, as results carry it (shipped stamp + user-layer stamp). */
  version: string
  byCategory: { category: string; newest: string | null; title: string | null; versions: number; user: number }[]
}

const CATEGORY_ORDER = ['法律', '行政法规', '部门规章', '地方性法规', '地方政府规章', '规范性文件', '司法解释', '宪法']

/** The day a version starts to apply (as the store reads it). */
function startOf(m: { effective: string | null; versionDate: string | null }): string | null {
  if (m.effective && (!m.versionDate || m.effective >= m.versionDate)) return m.effective
  return m.versionDate ?? m.effective ?? null
}

/** Short, stable stamp of the user layer (FNV-1a over the ids and sources). */
export function userLayerStamp(laws: UserLaw[]): string {
  let h = 0x811c9dc5
  for (const l of laws) {
    for (const ch of `${l.id}|${l.source.sha256};`) {
      h ^= ch.charCodeAt(0)
      h = Math.imul(h, 0x01000193) >>> 0
    }
  }
  return `user${laws.length}-${h.toString(16).padStart(8, '0')}`
}

export interface MergedLaws {
  store: LawStore & { currency(): LawDataCurrency; articles(lawId: string): ArticleRecord[] | null; isUserLaw(lawId: string): boolean }
  header: LawDataHeader
}

/** Merge the user layer into the shipped database: one lookup over both. */
export function mergeUserLaws(shipped: LawDataHeader, readShipped: (m: LawMeta) => LawTextRecord, user: UserLaw[]): MergedLaws {
  const userById = new Map(user.map((u) => [u.id, u]))
  const metas: LawMeta[] = user.map((u) => {
    const m: LawMeta = {
      id: u.id,
      title: u.title,
      shortTitle: u.shortTitle ?? u.title,
      aliases: u.aliases,
      category: u.category,
      versionDate: u.versionDate,
      // Only an earlier adoption says the law was in force before this text (in a text the data lacks); a new
      // law published ahead of its effective date was not in force at all before it.
      promulgated: u.adopted && u.adopted < u.versionDate ? u.adopted : null,
      effective: u.effective,
      status: '有效',
      statusNote: '用户导入',
      articleCount: u.articles.length,
      shard: -1,
      offset: 0,
      length: 0,
    }
    if (u.region) m.region = u.region
    return m
  })
  const maps: ArticleMapData[] = []
  for (const u of user) {
    if (!u.changes || !u.previousId) continue
    const prev = userById.get(u.previousId)?.articles ?? null
    const prevArticles = prev ?? (shipped.laws.find((m) => m.id === u.previousId) ? readShipped(shipped.laws.find((m) => m.id === u.previousId)!).a : null)
    if (prevArticles) maps.push(changesToArticleMap(u.changes, prevArticles))
  }
  const version = user.length ? `${shipped.version}+${userLayerStamp(user)}` : shipped.version
  const header: LawDataHeader = { ...shipped, version, laws: [...shipped.laws, ...metas], articleMaps: [...shipped.articleMaps, ...maps] }
  const readText = (m: LawMeta): LawTextRecord => {
    const u = userById.get(m.id)
    return u ? { a: u.articles } : readShipped(m)
  }
  const base = createLawStore(header, readText)
  const byId = new Map(header.laws.map((m) => [m.id, m]))
  const store = Object.assign(base, {
    currency(): LawDataCurrency {
      const cats = new Map<string, LawDataCurrency['byCategory'][number]>()
      for (const m of header.laws) {
        let c = cats.get(m.category)
        if (!c) cats.set(m.category, (c = { category: m.category, newest: null, title: null, versions: 0, user: 0 }))
        c.versions++
        if (userById.has(m.id)) c.user++
        const s = startOf(m)
        if (s && (!c.newest || s > c.newest)) {
          c.newest = s
          c.title = m.title
        }
      }
      const rank = (c: string) => (CATEGORY_ORDER.indexOf(c) + 100) % 100
      return {
        shippedVersion: shipped.version,
        userLaws: user.length,
        version,
        byCategory: [...cats.values()].sort((a, b) => rank(a.category) - rank(b.category) || a.category.localeCompare(b.category)),
      }
    },
    articles(lawId: string): ArticleRecord[] | null {
      const m = byId.get(lawId)
      return m ? readText(m).a : null
    },
    isUserLaw: (lawId: string) => userById.has(lawId),
  })
  return { store, header }
}

// ---------- planning an import ----------

export interface ImportPlan {
  law: UserLaw
  /** 新增法规 (absent so far), 新版本 (a later text of a law present), 旧版本 (an earlier text), 替换 (same start, user layer). */
  action: '新增法规' | '新版本' | '旧版本' | '替换'
  /** The version this one follows (新版本/替换) or precedes (旧版本). */
  previous: LawVersionInfo | null
  changes: VersionChanges | null
  /** A user-layer version this import replaces. */
  replaces: string | null
  warnings: string[]
}

export class LawImportError extends Error {}

const ID_SAFE = /[\\/:*?"<>|\s]/g

/**
 * Decide what an import does: the law it belongs to (by title), where its version goes, what changed against the
 * version before it. Throws LawImportError (Chinese) when the text cannot be added (no start date, or the shipped
 * data already holds this version).
 */
export function planImport(merged: MergedLaws, parsed: ParsedLaw, source: UserLaw['source'], opts: { effective?: string; category?: LawCategory } = {}): ImportPlan {
  const { store } = merged
  const warnings = [...parsed.warnings]
  const effective = opts.effective ?? parsed.effective
  const versionDate = parsed.promulgated ?? effective
  if (!effective && !versionDate) throw new LawImportError('没有找到施行日期，无法判断该文本何时起适用；请指定施行日期（--effective 2026-02-01）')
  const resolved = store.resolveTitle(parsed.title)
  // Only a title that names this very law joins its versions (not a short title shared with another kind of rule).
  const same = resolved && normalizeTitle(resolved.title) === normalizeTitle(parsed.title) ? resolved : resolved && titleCore(resolved.title) === titleCore(parsed.title) ? resolved : null
  const title = same ? same.title : parsed.title
  const latest = same ? same.versions[same.versions.length - 1] : null
  const category = opts.category ?? (same && !opts.category ? latest!.category : parsed.category)
  const start = startOf({ effective: effective ?? null, versionDate: versionDate ?? null })!
  const shortTitle = title.replace(/^中华人民共和国/, '')
  const law: UserLaw = {
    id: `${shortTitle.replace(ID_SAFE, '')}_${versionDate ?? start}@用户`,
    title,
    aliases: [...new Set([title, shortTitle, parsed.title])],
    category,
    issuer: parsed.issuer,
    versionDate: versionDate ?? start,
    promulgated: parsed.promulgated,
    adopted: parsed.adopted,
    effective: effective ?? null,
    chapters: parsed.chapters,
    articles: parsed.articles,
    source,
  }
  if (shortTitle !== title) law.shortTitle = shortTitle
  if (!same) return { law, action: '新增法规', previous: null, changes: null, replaces: null, warnings }

  const startOfInfo = (v: LawVersionInfo) => v.inForceFrom ?? v.effective ?? v.versionDate
  const sameStart = same.versions.find((v) => startOfInfo(v) === start)
  let replaces: string | null = null
  if (sameStart) {
    if (!store.isUserLaw(sameStart.id)) throw new LawImportError(`法规库已收录《${title}》自 ${start} 起适用的文本（${sameStart.id}），无需导入`)
    replaces = sameStart.id
    law.id = sameStart.id
  }
  const before = same.versions.filter((v) => v.id !== replaces && (startOfInfo(v) ?? '') < start)
  const prev = before.length ? before[before.length - 1] : null
  const later = same.versions.find((v) => v.id !== replaces && (startOfInfo(v) ?? '') > start) ?? null
  const against = prev ?? later
  let changes: VersionChanges | null = null
  if (against) {
    const arts = store.articles(against.id)
    if (arts) changes = prev ? diffVersions(prev.id, arts, law.id, law.articles) : diffVersions(law.id, law.articles, against.id, arts)
  }
  if (prev && changes) {
    law.previousId = prev.id
    law.changes = changes
  }
  const action = replaces ? '替换' : prev ? '新版本' : '旧版本'
  if (action === '旧版本') warnings.push(`该文本早于法规库中的《${title}》各版本，将作为更早的版本收录`)
  return { law, action, previous: against, changes, replaces, warnings }
}

/** A title without 中华人民共和国 and remarks, to tell the same law under a shorter title. */
function titleCore(t: string): string {
  return normalizeTitle(t).replace(/^中华人民共和国/, '')
}

/** Add a planned law to the user layer (replacing the version it replaces); the file's laws stay ordered by id. */
export function applyImport(file: UserLawFile, plan: ImportPlan): UserLawFile {
  const laws = file.laws.filter((l) => l.id !== plan.law.id && l.id !== plan.replaces)
  laws.push(plan.law)
  laws.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { ...file, laws }
}

/** Check a user-layer file read from disk or received from a colleague; throws LawImportError (Chinese). */
export function readUserLawFile(raw: unknown): UserLawFile {
  const f = raw as Partial<UserLawFile> | null
  if (!f || typeof f !== 'object' || f.kind !== USER_LAWS_KIND || !Array.isArray(f.laws)) throw new LawImportError('不是评查助手的法规文件')
  if (typeof f.format !== 'number' || f.format > USER_LAWS_FORMAT) throw new LawImportError(`法规文件格式版本 ${String(f.format)} 高于本程序支持的版本 ${USER_LAWS_FORMAT}，请升级评查助手`)
  for (const l of f.laws) {
    const ok =
      l && typeof l.id === 'string' && typeof l.title === 'string' && typeof l.category === 'string' && typeof l.versionDate === 'string' &&
      Array.isArray(l.articles) && Array.isArray(l.aliases) && l.articles.every((a) => Array.isArray(a) && typeof a[0] === 'number' && Array.isArray(a[3]))
    if (!ok) throw new LawImportError(`法规文件中有一部法规的格式不正确（${String((l as { id?: unknown })?.id ?? '').slice(0, 60)}）`)
  }
  return { kind: USER_LAWS_KIND, format: USER_LAWS_FORMAT, laws: f.laws as UserLaw[] }
}

// ---------- what the API and the command line show ----------

/** A user-layer law as listed under 设置 → 法规库 and by `laws list`. */
export interface UserLawSummary {
  id: string
  title: string
  category: string
  issuer: string | null
  versionDate: string
  effective: string | null
  articles: number
  source: UserLaw['source']
  previousId: string | null
  changes: VersionChanges | null
}

/** An import as shown for confirmation: per file its parse and, per law, what the import does. */
export interface LawImportPreview {
  file: string
  parsed: { title: string; issuer: string | null; category: string; categoryBasis: string; promulgated: string | null; effective: string | null; chapters: string[]; counts: { articles: number; paragraphs: number; items: number }; warnings: string[] } | null
  laws: {
    action: ImportPlan['action']
    id: string
    title: string
    category: string
    issuer: string | null
    promulgated: string | null
    effective: string | null
    articles: number
    firstArticle: number | null
    lastArticle: number | null
    previous: string | null
    replaces: string | null
    changes: { counts: VersionChanges['counts']; list: (VersionChanges['list'][number] & { text: string })[] } | null
    warnings: string[]
  }[]
  /** The same, as lines of Chinese text. */
  lines: string[]
}
