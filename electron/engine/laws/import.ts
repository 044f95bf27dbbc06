/**
 * Importing law texts into the user layer: read a published text (DOCX through the DOCX reader, a text PDF through
 * the PDF reader, TXT, a saved web page), parse it (shared/law/parse-text.ts), plan where it goes (a new law, the
 * next version of a law present, with the article changes), and add it only when the caller confirms. A file written
 * by `laws export` (a colleague's user layer) is imported whole, each law planned the same way.
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { EngineError } from '../../../shared/errors'
import { htmlToLines, LAW_CATEGORIES, LawTextError, looksLikeHtml, parseLawText, type LawCategory, type ParsedLaw } from '../../../shared/law/parse-text'
import { applyImport, LawImportError, planImport, USER_LAWS_FORMAT, USER_LAWS_KIND, type ImportPlan, type LawDataCurrency, type LawImportPreview, type UserLaw, type UserLawSummary } from '../../../shared/law/user-layer'
import { describeChange } from '../../../shared/law/versions'
import { formatArticle } from '../../../shared/law/article'
import { readDocx } from '../ingest/docx'
import { readPdf } from '../ingest/pdf'
import { decodeText, looksBinary } from '../ingest/txt'
import { openMergedLaws } from './index'
import { parseUserLawsText, readUserLaws, userLawsPath, writeLawsFile, writeUserLaws, MAX_USER_LAWS_BYTES } from './user'

/** Largest law document read (bytes): a statute's DOCX or PDF is well under this. */
const MAX_LAW_FILE_BYTES = 50 * 1024 * 1024

export const LAW_FILE_TYPES = ['.docx', '.pdf', '.txt', '.md', '.html', '.htm', '.json'] as const

/** The lines of a published law text, by file type. */
export async function readLawDocument(path: string): Promise<{ lines: string[]; wrapped: boolean } | { shared: string }> {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new EngineError('unusable-input', `找不到文件：${path}`)
  }
  const ext = extname(path).toLowerCase()
  if (ext === '.json') {
    if (size > MAX_USER_LAWS_BYTES) throw new EngineError('unusable-input', `文件过大：${path}`)
    return { shared: readFileSync(path, 'utf8') }
  }
  if (size > MAX_LAW_FILE_BYTES) throw new EngineError('unusable-input', `文件过大（${(size / 1048576).toFixed(0)} MB）：${path}`)
  const bytes = new Uint8Array(readFileSync(path))
  const name = basename(path)
  if (ext === '.docx') {
    let parts
    try {
      parts = await readDocx(bytes, name)
    } catch (e) {
      throw new EngineError('unusable-input', `无法读取 Word 文件 ${name}：${e instanceof Error ? e.message : String(e)}`)
    }
    const lines = parts.flatMap((p) => ('lines' in p ? p.lines.map((l) => l.text) : []))
    if (!lines.length) throw new EngineError('unusable-input', `${name} 中没有文字（扫描件请先转为文字）`)
    return { lines, wrapped: false }
  }
  if (ext === '.pdf') {
    let plans
    try {
      plans = await readPdf(bytes, name, { owned: true })
    } catch (e) {
      throw new EngineError('unusable-input', `无法读取 PDF 文件 ${name}：${e instanceof Error ? e.message : String(e)}`)
    }
    const lines = plans.flatMap((p) => ('text' in p ? p.text.lines.map((l) => l.text) : []))
    if (!lines.length) throw new EngineError('unusable-input', `${name} 没有文字层（扫描件），请使用带文字的 PDF、Word 或网页文本`)
    if (plans.some((p) => !('text' in p))) throw new EngineError('unusable-input', `${name} 有 ${plans.filter((p) => !('text' in p)).length} 页是扫描图像，没有文字层，无法完整读取`)
    return { lines, wrapped: true }
  }
  if (ext === '.txt' || ext === '.md' || ext === '.html' || ext === '.htm') {
    if (looksBinary(bytes)) throw new EngineError('unusable-input', `${name} 不是文本文件`)
    const { text } = decodeText(bytes)
    const html = ext !== '.txt' || looksLikeHtml(text)
    try {
      return { lines: html ? htmlToLines(text) : text.split(/\r\n|\r|\n/), wrapped: false }
    } catch (e) {
      throw new EngineError('unusable-input', `${name}：${e instanceof Error ? e.message : String(e)}`)
    }
  }
  throw new EngineError('unusable-input', `不支持的文件类型 ${ext || '（无扩展名）'}：请使用 DOCX、PDF（带文字）、TXT、网页（HTML）或评查助手导出的法规文件（.json）`)
}

export interface ImportOptions {
  title?: string
  category?: LawCategory
  /** 施行日期 when the text does not state it (ISO). */
  effective?: string
}

/** One file's import, planned: what would be added, for the user to confirm. */
export interface PlannedImport {
  file: string
  parsed: Pick<ParsedLaw, 'title' | 'issuer' | 'category' | 'categoryBasis' | 'promulgated' | 'effective' | 'chapters' | 'counts' | 'warnings'> | null
  plans: ImportPlan[]
}

function sha256(buf: Buffer | string): string {
  return createHash('sha256').update(buf).digest('hex')
}

function fail(e: unknown, file: string): never {
  if (e instanceof LawTextError || e instanceof LawImportError) throw new EngineError('unusable-input', `${basename(file)}：${e.message}`)
  throw e
}

/** Read and plan the import of files (nothing is written). */
export async function planLawImports(resourcesDir: string, dataDir: string, files: string[], opts: ImportOptions = {}): Promise<PlannedImport[]> {
  if (opts.category && !LAW_CATEGORIES.includes(opts.category)) throw new EngineError('bad-request', `类别应为 ${LAW_CATEGORIES.join('、')} 之一`)
  if (opts.effective && !/^\d{4}-\d{2}-\d{2}$/.test(opts.effective)) throw new EngineError('bad-request', '施行日期应写成 2026-02-01 的形式')
  const merged = await openMergedLaws(resourcesDir, dataDir)
  const out: PlannedImport[] = []
  for (const file of files) {
    const doc = await readLawDocument(file)
    const importedAt = new Date().toISOString()
    if ('shared' in doc) {
      const shared = parseUserLawsText(doc.shared, `${basename(file)} `)
      const plans = shared.laws.map((l) => {
        try {
          return planImport(merged, toParsed(l), { ...l.source, importedAt }, { effective: l.effective ?? undefined, category: l.category as LawCategory })
        } catch (e) {
          return fail(e, file)
        }
      })
      out.push({ file, parsed: null, plans })
      continue
    }
    try {
      const parsed = parseLawText(doc.lines, { title: opts.title, category: opts.category, wrapped: doc.wrapped })
      const source = { file: basename(file), sha256: sha256(readFileSync(file)), importedAt }
      const plan = planImport(merged, parsed, source, { effective: opts.effective, category: opts.category })
      const { title, issuer, category, categoryBasis, promulgated, effective, chapters, counts, warnings } = parsed
      out.push({ file, parsed: { title, issuer, category, categoryBasis, promulgated, effective, chapters, counts, warnings }, plans: [plan] })
    } catch (e) {
      fail(e, file)
    }
  }
  return out
}

/** A shared law read back as a parse, to plan it against this machine's data. */
function toParsed(l: UserLaw): ParsedLaw {
  const paragraphs = l.articles.reduce((n, a) => n + a[3].length, 0)
  const items = l.articles.reduce((n, a) => n + a[3].reduce((k, p) => k + (typeof p === 'string' ? 0 : p[1].length), 0), 0)
  return {
    title: l.title,
    issuer: l.issuer,
    category: l.category as LawCategory,
    categoryBasis: '法规文件中注明',
    promulgated: l.promulgated,
    adopted: l.adopted ?? null,
    effective: l.effective,
    chapters: l.chapters ?? [],
    articles: l.articles,
    articleChapters: [],
    counts: { articles: l.articles.length, paragraphs, items },
    warnings: [],
  }
}

/** Add planned imports to the user layer (planned again against the current data, so nothing stale is written). */
export async function commitLawImports(resourcesDir: string, dataDir: string, files: string[], opts: ImportOptions = {}): Promise<PlannedImport[]> {
  const planned = await planLawImports(resourcesDir, dataDir, files, opts)
  let file = readUserLaws(dataDir)
  for (const p of planned) for (const plan of p.plans) file = applyImport(file, plan)
  writeUserLaws(dataDir, file)
  return planned
}

export function listUserLaws(dataDir: string): UserLawSummary[] {
  return readUserLaws(dataDir).laws.map((l) => ({
    id: l.id,
    title: l.title,
    category: l.category,
    issuer: l.issuer,
    versionDate: l.versionDate,
    effective: l.effective,
    articles: l.articles.length,
    source: l.source,
    previousId: l.previousId ?? null,
    changes: l.changes ?? null,
  }))
}

/** Remove one user-layer law version; a version that followed it keeps its text but loses its article map. */
export function removeUserLaw(dataDir: string, id: string): boolean {
  const file = readUserLaws(dataDir)
  const laws = file.laws.filter((l) => l.id !== id)
  if (laws.length === file.laws.length) return false
  for (const l of laws) {
    if (l.previousId === id) {
      delete l.previousId
      delete l.changes
    }
  }
  writeUserLaws(dataDir, { ...file, laws })
  return true
}

/** Write the user layer (or some of its laws) to one file for colleagues; never overwrites. */
export function exportUserLaws(dataDir: string, target: string, ids?: string[]): number {
  const file = readUserLaws(dataDir)
  const laws = ids?.length ? file.laws.filter((l) => ids.includes(l.id)) : file.laws
  if (!laws.length) throw new EngineError('unusable-input', ids?.length ? '用户法规库中没有这些法规' : '用户法规库是空的，没有可导出的法规')
  writeLawsFile(target, { kind: USER_LAWS_KIND, format: USER_LAWS_FORMAT, laws }, { overwrite: false })
  return laws.length
}

/** What the law data holds and how current it is. */
export async function lawCurrency(resourcesDir: string, dataDir: string): Promise<LawDataCurrency & { userFile: string }> {
  const merged = await openMergedLaws(resourcesDir, dataDir)
  return { ...merged.store.currency(), userFile: userLawsPath(dataDir) }
}

/** The lines shown before confirming (CLI and logs). */
export function describePlanned(p: PlannedImport): string[] {
  const out: string[] = []
  for (const plan of p.plans) {
    const l = plan.law
    const first = l.articles[0]
    const last = l.articles[l.articles.length - 1]
    const paragraphs = l.articles.reduce((n, a) => n + a[3].length, 0)
    const items = l.articles.reduce((n, a) => n + a[3].reduce((k, x) => k + (typeof x === 'string' ? 0 : x[1].length), 0), 0)
    out.push(`《${l.title}》 ${plan.action}`)
    out.push(`  类别 ${l.category}${p.parsed ? `（${p.parsed.categoryBasis}）` : ''}  制定机关 ${l.issuer ?? '（未注明）'}`)
    out.push(`  公布/修改日期 ${l.promulgated ?? '（未注明）'}  施行日期 ${l.effective ?? '（未注明）'}`)
    out.push(`  ${l.articles.length} 条、${paragraphs} 款、${items} 项${l.chapters.length ? `，${l.chapters.length} 章` : ''}`)
    if (first) out.push(`  首条 ${articleLine(first)}`)
    if (last && last !== first) out.push(`  末条 ${articleLine(last)}`)
    if (plan.previous) out.push(`  ${plan.action === '旧版本' ? '下一版本' : '上一版本'} ${plan.previous.id}（自 ${plan.previous.inForceFrom ?? plan.previous.versionDate} 起）`)
    if (plan.changes) {
      const c = plan.changes.counts
      out.push(`  条文变化：未变 ${c.same}，修改 ${c.changed}，移动 ${c.renumbered}，新增 ${c.added}，删除 ${c.removed}`)
      for (const ch of plan.changes.list.slice(0, 40)) out.push(`    ${describeChange(ch)}`)
      if (plan.changes.list.length > 40) out.push(`    ……另有 ${plan.changes.list.length - 40} 处`)
    }
    for (const w of plan.warnings) out.push(`  注意：${w}`)
  }
  return out
}

function articleLine(a: UserLaw['articles'][number]): string {
  const p = a[3][0]
  const text = typeof p === 'string' ? p : p ? p[0] : ''
  return `${formatArticle(a[0], a[1] || undefined)} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`
}

/** The import as the API and `laws import --json` give it. */
export function previewOf(p: PlannedImport): LawImportPreview {
  return {
    file: p.file,
    parsed: p.parsed,
    laws: p.plans.map((plan) => ({
      action: plan.action,
      id: plan.law.id,
      title: plan.law.title,
      category: plan.law.category,
      issuer: plan.law.issuer,
      promulgated: plan.law.promulgated,
      effective: plan.law.effective,
      articles: plan.law.articles.length,
      firstArticle: plan.law.articles[0]?.[0] ?? null,
      lastArticle: plan.law.articles[plan.law.articles.length - 1]?.[0] ?? null,
      previous: plan.previous?.id ?? null,
      replaces: plan.replaces,
      changes: plan.changes ? { counts: plan.changes.counts, list: plan.changes.list.map((c) => ({ ...c, text: describeChange(c) })) } : null,
      warnings: plan.warnings,
    })),
    lines: describePlanned(p),
  }
}
