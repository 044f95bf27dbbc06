/**
 * npm run laws:build [-- --corpus <dir>] [--out <dir>] [--quality 0-11]
 *
 * Turns the law corpus (default /work/shared/laws: index.json + one JSON file per law version, and
 * 行政处罚法-条文对照.md), plus the texts added in scripts/laws-added/ (sources.json names each one's source), into the app's own compact law data under resources/laws/: index.json.br and
 * shard-NN.json.br (format in shared/law/data.ts), plus manifest.json. The app reads only these files.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants as zc } from 'node:zlib'
import {
  LAW_DATA_FORMAT,
  LAW_INDEX_FILE,
  type ArticleMapData,
  type ArticleMapRow,
  type ArticleRecord,
  type ItemRecord,
  type LawDataHeader,
  type LawMeta,
  type LawTextRecord,
  type ParagraphRecord,
  type Repeal,
  type ShardInfo,
} from '../shared/law/data'
import { parseProvision } from '../shared/law/article'
import { htmlToLines, looksLikeHtml, parseLawText } from '../shared/law/parse-text'

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt
}

const corpusDir = resolve(arg('corpus', '/work/shared/laws'))
/** Texts added beside the corpus (scripts/laws-added/sources.json): kept in the repository with their sources. */
const addedDir = resolve(arg('added', join(import.meta.dirname, 'laws-added')))
const outDir = resolve(arg('out', join(import.meta.dirname, '..', 'resources', 'laws')))
const quality = Number(arg('quality', '11'))

/**
 * Texts whose article numbering applies from before their own start date, because the amendments in between did
 * not renumber. 行政处罚法 2017: in force 1996-10-01; the 2009 and 2017 amendments changed wording in three articles
 * only (corpus status_note and 行政处罚法-条文对照.md), so its numbering is that of every pre-2021 text.
 */
const NUMBERING_SINCE: Record<string, string> = { '行政处罚法_2017-09-01': '1996-10-01' }

interface CorpusItem { label: string; text: string; items?: CorpusItem[] }
interface CorpusParagraph { text: string; items?: CorpusItem[] }
interface CorpusArticle { number: number; sub?: number; caption?: string; chapter?: string; paragraphs: CorpusParagraph[] }
interface CorpusLaw {
  id: string; title: string; short_title: string; aliases: string[]; category: string; region?: string; sector?: string
  version_date?: string; promulgated?: string; effective?: string; status: string; status_note?: string
  superseded_by?: string; articles: CorpusArticle[]; body?: string
}
interface IndexEntry { id: string; file: string; sha1: string }
interface CorpusIndex { schema: number; count: number; sources: { repo: string; commit: string }[]; laws: IndexEntry[] }

function item(i: CorpusItem): ItemRecord {
  if (i.items?.length) return [i.label, i.text, i.items.map((s) => [s.label, s.text] as [string, string])]
  return [i.label, i.text]
}

function paragraph(p: CorpusParagraph): ParagraphRecord {
  return p.items?.length ? [p.text, p.items.map(item)] : p.text
}

function article(a: CorpusArticle): ArticleRecord {
  return [a.number, a.sub ?? 0, a.caption ?? '', a.paragraphs.map(paragraph)]
}

/** Parse the 2017 → 2021 table of 行政处罚法-条文对照.md. */
function parseArticleMap(md: string): ArticleMapData {
  const rows: ArticleMapRow[] = []
  for (const line of md.split('\n')) {
    const m = /^\|\s*(第[^|(]+条(?:之[^|(]+)?)\s*\(\d+\)\s*\|\s*([^|]*)\|\s*([^|]*)\|\s*([^|]*)\|\s*([^|]*)\|/.exec(line)
    if (!m) continue
    const ref = parseProvision(m[1].trim())
    if (!ref) throw new Error(`article map: cannot read ${m[1]}`)
    const toCell = m[2].trim()
    const to = toCell === '—' || toCell === '' ? [] : toCell.split(/[、,，]/).map((x) => Number(x.trim()))
    if (to.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`article map: bad target ${toCell}`)
    const row: ArticleMapRow = { from: ref.article, to, rule: m[3].trim(), change: m[4].trim() }
    if (ref.articleSub) row.fromSub = ref.articleSub
    if (m[5].trim()) row.note = m[5].trim()
    rows.push(row)
  }
  const nm = /2021 articles with no 2017 counterpart[^:：]*[:：]\s*([0-9、,， ]+)/.exec(md)
  const newArticles = nm ? nm[1].split(/[、,，]/).map((x) => Number(x.trim())).filter((n) => n > 0) : []
  if (rows.length !== 64) throw new Error(`article map: expected 64 rows for the 2017 text, got ${rows.length}`)
  return { fromLawId: '行政处罚法_2017-09-01', toLawId: '行政处罚法_2021-01-22', source: '行政处罚法-条文对照.md', rows, newArticles }
}

/** Target size of a shard before compression: small enough to decompress in tens of milliseconds. */
const SHARD_RAW_BYTES = 4_000_000
/** Shard order: the categories checks consult most come first and are kept apart from local rules. */
const CATEGORY_ORDER = ['法律', '行政法规', '部门规章', '宪法', '司法解释', '规范性文件', '地方政府规章', '地方性法规']

function compress(buf: Buffer): Buffer {
  return brotliCompressSync(buf, {
    params: {
      [zc.BROTLI_PARAM_QUALITY]: quality,
      [zc.BROTLI_PARAM_LGWIN]: 24,
      [zc.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT,
    },
  })
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

interface AddedSource { file: string; repo: string; commit: string; path: string; text: string }

/** The added texts, parsed as a user's import would be, with their source recorded in the law's status note. */
function readAdded(): { file: string; manifest: string; text: string; law: { id: string; meta: LawMeta; articles: ArticleRecord[] } }[] {
  const manifestPath = join(addedDir, 'sources.json')
  if (!existsSync(manifestPath)) return []
  const manifest = readFileSync(manifestPath, 'utf8')
  const list = (JSON.parse(manifest) as { laws: AddedSource[] }).laws
  return list.map((src) => {
    const text = readFileSync(join(addedDir, src.file), 'utf8')
    const p = parseLawText(looksLikeHtml(text) ? htmlToLines(text) : text.split(/\r?\n/))
    const versionDate = p.promulgated ?? p.effective
    if (!versionDate) throw new Error(`${src.file}: no date`)
    const short = p.title.replace(/^中华人民共和国/, '')
    const id = `${short}_${versionDate}`
    const meta: LawMeta = {
      id,
      title: p.title,
      shortTitle: short,
      aliases: [...new Set([p.title, short])],
      category: p.category,
      versionDate,
      // The first adoption only when earlier than this text: the rule was in force before, in a text not held.
      promulgated: p.adopted && p.adopted < versionDate ? p.adopted : null,
      effective: p.effective,
      status: '有效',
      statusNote: `补充收录：${src.repo}@${src.commit.slice(0, 12)} ${src.path}（${src.text}）`,
      articleCount: p.articles.length,
      shard: -1,
      offset: 0,
      length: 0,
    }
    return { file: src.file, manifest: JSON.stringify(src), text, law: { id, meta, articles: p.articles } }
  })
}

/** Changed when what the build reads from the texts (repeals, texts cut short) is read differently: a new version. */
const DERIVED_READING = 'repeals-1|cut-1|start-1'

/**
 * The day a version's own closing articles bring it into force, where the corpus gives no effective date and that day is
 * after the version's date (矿产资源法 adopted 2024-11-08: 本法自2025年7月1日起施行). A revised text that still closes with
 * the first enactment's day (earlier than its version date) says nothing of the revision's start: null.
 */
function statedStart(law: CorpusLaw): string | null {
  if (!law.version_date) return null
  for (const a of law.articles.slice(-3).reverse()) {
    const m = /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起(?:施行|实施|生效)/.exec(articleText(a))
    if (!m) continue
    const on = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
    return on > law.version_date ? on : null
  }
  return null
}

/** An article's words, its items' included. */
const articleText = (a: CorpusArticle): string => a.paragraphs.map((p) => [p.text, ...(p.items ?? []).map((i) => i.text)].join('')).join('')

/**
 * The laws a law's closing articles repeal, with the day it comes into force: 本法自2022年6月5日起施行。《中华人民共和国
 * 环境噪声污染防治法》同时废止。 A title the law itself bears (an earlier 工会法) or one that has a version starting after that
 * day (a 国家安全法 enacted anew) is left out: it lives on.
 */
function readRepeals(laws: CorpusLaw[], warnings: string[]): Repeal[] {
  const startOf = (l: CorpusLaw) => l.effective ?? l.version_date ?? ''
  const latestStart = new Map<string, string>()
  for (const l of laws) for (const t of [l.title, ...(l.aliases ?? [])]) if (startOf(l) > (latestStart.get(t) ?? '')) latestStart.set(t, startOf(l))
  const out = new Map<string, Repeal>()
  for (const l of laws) {
    for (const a of l.articles.slice(-3)) {
      const text = articleText(a)
      const from = /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起施行/.exec(text)
      if (!from) continue
      const on = `${from[1]}-${from[2].padStart(2, '0')}-${from[3].padStart(2, '0')}`
      for (const m of text.matchAll(/((?:《[^》]{2,60}》[、，,和及与]?)+)(?:同时)?(?:予以)?废止/g)) {
        for (const t of m[1].matchAll(/《([^》]{2,60})》/g)) {
          const title = t[1]
          if (title === l.title || (l.aliases ?? []).includes(title)) continue
          if ((latestStart.get(title) ?? '') > on) continue
          const prev = out.get(title)
          if (prev && prev.on !== on) warnings.push(`${title}: repealed on ${prev.on} (${prev.byTitle}) and on ${on} (${l.title})`)
          if (!prev || on < prev.on) out.set(title, { title, on, byId: l.id, byTitle: l.title })
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
}

function main(): void {
  const t0 = performance.now()
  const indexText = readFileSync(join(corpusDir, 'index.json'), 'utf8')
  const index = JSON.parse(indexText) as CorpusIndex
  const mapPath = join(corpusDir, '行政处罚法-条文对照.md')
  const mapText = existsSync(mapPath) ? readFileSync(mapPath, 'utf8') : ''
  const added = readAdded()
  const hashing = createHash('sha1').update(indexText).update(mapText)
  for (const a of added) hashing.update(a.manifest).update(a.text)
  // (the repeals read from the texts are derived data too: a change in how they are read is a new version)
  hashing.update(DERIVED_READING)
  const hash = hashing.digest('hex').slice(0, 12)

  const ids = new Set(index.laws.map((l) => l.id))
  const warnings: string[] = []
  const loaded: { meta: LawMeta; text: Buffer }[] = []
  let articles = 0
  const corpusLaws: CorpusLaw[] = []
  for (const entry of index.laws) {
    const law = JSON.parse(readFileSync(join(corpusDir, entry.file), 'utf8')) as CorpusLaw
    corpusLaws.push(law)
    if (law.id !== entry.id) warnings.push(`${entry.file}: id ${law.id} differs from index ${entry.id}`)
    if (law.superseded_by === law.id) warnings.push(`${law.id}: superseded_by points at itself`)
    const rec: LawTextRecord = { a: law.articles.map(article) }
    if (law.body) rec.b = law.body
    articles += law.articles.length
    const meta: LawMeta = {
      id: law.id,
      title: law.title,
      shortTitle: law.short_title,
      aliases: law.aliases,
      category: law.category,
      versionDate: law.version_date ?? null,
      promulgated: law.promulgated ?? null,
      effective: law.effective ?? statedStart(law),
      status: law.status,
      articleCount: law.articles.length,
      shard: -1,
      offset: 0,
      length: 0,
    }
    if (law.region) meta.region = law.region
    if (law.sector) meta.sector = law.sector
    if (law.status_note) meta.statusNote = law.status_note
    // A version that names itself as its successor is a corpus slip: two texts share a version date and the newer
    // one got the id …~2 (e.g. 广告法_2021-04-29 and 广告法_2021-04-29~2). Point at the ~2 text when there is one.
    if (law.superseded_by === law.id) {
      if (ids.has(`${law.id}~2`)) meta.supersededBy = `${law.id}~2`
    } else if (law.superseded_by) meta.supersededBy = law.superseded_by
    if (NUMBERING_SINCE[law.id]) meta.numberingSince = NUMBERING_SINCE[law.id]
    // (a text whose last article neither brings it into force nor names who interprets it stops short)
    // (…and so does a short text all of whose articles sit in its first chapter — 第一章 总则 and no other —: a law
    // divided into chapters has more than one; the corpus's 进出口商品检验法实施条例 holds only its first three articles,
    // the third of which happens to say 公布实施)
    const last = law.articles[law.articles.length - 1]
    const chapters = new Set(law.articles.map((a) => a.chapter ?? ''))
    const firstChapterOnly = chapters.size === 1 && /^第[一1]章/.test([...chapters][0]) && law.articles.length < 12
    if ((last && !/施行|生效|实施|实行|执行|解释/.test(articleText(last))) || firstChapterOnly) meta.textCut = true
    loaded.push({ meta, text: Buffer.from(JSON.stringify(rec), 'utf8') })
  }

  for (const a of added) {
    const law = a.law
    if (ids.has(law.id)) {
      warnings.push(`${a.file}: ${law.id} is already in the corpus; the added text is left out`)
      continue
    }
    ids.add(law.id)
    articles += law.articles.length
    loaded.push({ meta: law.meta, text: Buffer.from(JSON.stringify({ a: law.articles } satisfies LawTextRecord), 'utf8') })
  }

  // Shards: by category (in CATEGORY_ORDER), then by region and id, cut at SHARD_RAW_BYTES.
  const rank = (c: string) => (CATEGORY_ORDER.indexOf(c) + CATEGORY_ORDER.length + 1) % (CATEGORY_ORDER.length + 1)
  const ordered = [...loaded].sort(
    (a, b) =>
      rank(a.meta.category) - rank(b.meta.category) ||
      (a.meta.region ?? '').localeCompare(b.meta.region ?? '') ||
      (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0),
  )
  const shardBlobs: Buffer[][] = []
  let current: Buffer[] = []
  let size = 0
  let category = ''
  for (const { meta, text } of ordered) {
    if (current.length && (size + text.length > SHARD_RAW_BYTES || meta.category !== category)) {
      shardBlobs.push(current)
      current = []
      size = 0
    }
    category = meta.category
    meta.shard = shardBlobs.length
    meta.offset = size
    meta.length = text.length
    current.push(text)
    size += text.length
  }
  if (current.length) shardBlobs.push(current)

  const t1 = performance.now()
  mkdirSync(outDir, { recursive: true })
  // Remove files of an earlier build so no stale shard is left behind.
  for (const f of readdirSync(outDir)) if (/\.json\.br$/.test(f)) rmSync(join(outDir, f))
  const shards: ShardInfo[] = []
  let rawBytes = 0
  shardBlobs.forEach((parts, i) => {
    const raw = Buffer.concat(parts)
    const packed = compress(raw)
    const file = `shard-${String(i).padStart(2, '0')}.json.br`
    writeFileSync(join(outDir, file), packed)
    shards.push({ file, sha256: sha256(packed), bytes: packed.length, rawBytes: raw.length })
    rawBytes += raw.length
  })
  const header: LawDataHeader = {
    format: LAW_DATA_FORMAT,
    version: `laws-${LAW_DATA_FORMAT}-${hash}`,
    corpus: {
      count: index.count + added.length,
      sources: [...index.sources, ...added.map((a) => JSON.parse(a.manifest) as AddedSource)]
        .map((s) => ({ repo: s.repo, commit: s.commit }))
        .filter((s, i, all) => all.findIndex((x) => x.repo === s.repo && x.commit === s.commit) === i),
      hash,
    },
    laws: loaded.map((l) => l.meta),
    articleMaps: mapText ? [parseArticleMap(mapText)] : [],
    repealed: readRepeals(corpusLaws, warnings),
    shards,
  }
  const headerRaw = Buffer.from(JSON.stringify(header), 'utf8')
  const headerPacked = compress(headerRaw)
  writeFileSync(join(outDir, LAW_INDEX_FILE), headerPacked)
  const compressedBytes = headerPacked.length + shards.reduce((n, s) => n + s.bytes, 0)
  const manifest = {
    version: header.version,
    format: LAW_DATA_FORMAT,
    index: { file: LAW_INDEX_FILE, sha256: sha256(headerPacked), bytes: headerPacked.length },
    shards: shards.length,
    laws: loaded.length,
    articles,
    rawBytes: rawBytes + headerRaw.length,
    compressedBytes,
    corpus: header.corpus,
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`)
  process.stdout.write(
    `${loaded.length} law versions, ${articles} articles, ${((rawBytes + headerRaw.length) / 1e6).toFixed(1)} MB raw → ` +
      `${(compressedBytes / 1e6).toFixed(2)} MB brotli q${quality} in ${shards.length} shards + index ` +
      `(read ${((t1 - t0) / 1000).toFixed(1)} s, compress ${((performance.now() - t1) / 1000).toFixed(1)} s); version ${header.version}\n`,
  )
}

main()
