/**
 * npm run laws:build [-- --corpus <dir>] [--out <dir>] [--quality 0-11]
 *
 * Turns the law corpus (default /work/shared/laws: index.json + one JSON file per law version, and
 * 行政处罚法-条文对照.md) into the app's own compact law data, resources/laws/laws.json.br (format in
 * shared/law/data.ts), plus a small resources/laws/manifest.json. The app reads only the built file.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants as zc } from 'node:zlib'
import {
  LAW_DATA_FORMAT,
  type ArticleMapData,
  type ArticleMapRow,
  type ArticleRecord,
  type ItemRecord,
  type LawDataHeader,
  type LawMeta,
  type LawTextRecord,
  type ParagraphRecord,
} from '../shared/law/data'
import { parseProvision } from '../shared/law/article'

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt
}

const corpusDir = resolve(arg('corpus', '/work/shared/laws'))
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
interface CorpusArticle { number: number; sub?: number; caption?: string; paragraphs: CorpusParagraph[] }
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

function main(): void {
  const t0 = performance.now()
  const indexText = readFileSync(join(corpusDir, 'index.json'), 'utf8')
  const index = JSON.parse(indexText) as CorpusIndex
  const mapPath = join(corpusDir, '行政处罚法-条文对照.md')
  const mapText = existsSync(mapPath) ? readFileSync(mapPath, 'utf8') : ''
  const hash = createHash('sha1').update(indexText).update(mapText).digest('hex').slice(0, 12)

  const metas: LawMeta[] = []
  const blobs: Buffer[] = []
  let offset = 0
  let articles = 0
  const ids = new Set(index.laws.map((l) => l.id))
  const warnings: string[] = []
  for (const entry of index.laws) {
    const law = JSON.parse(readFileSync(join(corpusDir, entry.file), 'utf8')) as CorpusLaw
    if (law.id !== entry.id) warnings.push(`${entry.file}: id ${law.id} differs from index ${entry.id}`)
    if (law.superseded_by === law.id) warnings.push(`${law.id}: superseded_by points at itself`)
    const rec: LawTextRecord = { a: law.articles.map(article) }
    if (law.body) rec.b = law.body
    const buf = Buffer.from(JSON.stringify(rec), 'utf8')
    blobs.push(buf)
    articles += law.articles.length
    const meta: LawMeta = {
      id: law.id,
      title: law.title,
      shortTitle: law.short_title,
      aliases: law.aliases,
      category: law.category,
      versionDate: law.version_date ?? null,
      promulgated: law.promulgated ?? null,
      effective: law.effective ?? null,
      status: law.status,
      articleCount: law.articles.length,
      offset,
      length: buf.length,
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
    metas.push(meta)
    offset += buf.length
  }

  const header: LawDataHeader = {
    format: LAW_DATA_FORMAT,
    version: `laws-${LAW_DATA_FORMAT}-${hash}`,
    corpus: { count: index.count, sources: index.sources.map((s) => ({ repo: s.repo, commit: s.commit })), hash },
    laws: metas,
    articleMaps: mapText ? [parseArticleMap(mapText)] : [],
  }
  const raw = Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...blobs])
  const t1 = performance.now()
  const packed = brotliCompressSync(raw, {
    params: {
      [zc.BROTLI_PARAM_QUALITY]: quality,
      [zc.BROTLI_PARAM_LGWIN]: 24,
      [zc.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT,
    },
  })
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'laws.json.br'), packed)
  const manifest = {
    version: header.version,
    format: LAW_DATA_FORMAT,
    file: 'laws.json.br',
    sha256: createHash('sha256').update(packed).digest('hex'),
    laws: metas.length,
    articles,
    rawBytes: raw.length,
    compressedBytes: packed.length,
    corpus: header.corpus,
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`)
  process.stdout.write(
    `${metas.length} law versions, ${articles} articles, ${(raw.length / 1e6).toFixed(1)} MB raw → ` +
      `${(packed.length / 1e6).toFixed(2)} MB brotli q${quality} (read ${((t1 - t0) / 1000).toFixed(1)} s, ` +
      `compress ${((performance.now() - t1) / 1000).toFixed(1)} s); version ${header.version}\n`,
  )
}

main()
