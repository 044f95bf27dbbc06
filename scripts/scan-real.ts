/**
 * The real corpus as scans: each document's text, as published, is printed on A4 pages (200 dpi, a Song face,
 * about 32 characters a line and 28 lines a page, a slight skew, scanner noise, JPEG) and read back by the app's own
 * offline OCR. The pages it reads are kept under test/fixtures/generated/real-scans/pages/<id>.json, for
 * `scripts/measure-real.ts --scanned` to read the documents from them instead of from their text.
 *
 *   npx tsx scripts/scan-real.ts [--split tune|holdout|all] [--ids <file>] [--label-type <type>|!其他] [--limit <n>] [--profile clean|harsh]
 *
 * Pages already read are kept (the images and the OCR results are cached by content): a second run reads only what is
 * new. This prints no figure of any document; measure-real.ts does, under its own rules for the held-out part.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '../electron/engine/ingest'
import { REAL_SCANS, labelTypeIs, loadRealCorpus } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'
import { wrapByWidth } from '../test/fixtures/real/layouts'
import { simplifyLine } from '../shared/segment/script'

/** ImageMagick's seed for the scanner noise: the same pages every run. */
const SEED = 20261206
/**
 * A Song face with the mainland's glyph forms (AR PL UMing CN, Debian's fonts-arphic-uming; the first face of its
 * collection). Noto's CJK collection opens on its Japanese face, whose 门, 令, 入 and 曾 the recogniser reads as 內, 合,
 * 人 and 會: a Chinese agency prints none of them that way.
 */
const FONT = '/usr/share/fonts/truetype/arphic/uming.ttc'
const WIDTH_UNITS = 64
const LINES_PER_PAGE = 28
const BATCH = 40
/** What a document's pages were read from (its printed text): a text changed since is read again. */
const stampOf = (printed: string) => `${printed.length}:${printed.slice(0, 64)}`

/** The text's lines wrapped at the page's width (a Chinese character two units, a Latin one one), blank lines left out. */
const printedLines = (text: string) => wrapByWidth(text, WIDTH_UNITS).split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim())

/** ImageMagick reads % escapes and a leading @ in -annotate text: the line printed as written. */
const literal = (s: string) => s.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/^@/, ' @')

/**
 * How a page is scanned: `clean` (a slight skew, light noise) or `harsh` (a worse copy: more skew, heavier noise, a little
 * blur, scanned at about 110 dpi and enlarged again, stronger JPEG compression), each read into its own folder so that
 * the checks can be measured under both.
 */
const PROFILES = {
  clean: { pages: 'pages', rotate: '0.6', attenuate: '0.5', blur: '', shrink: '', quality: '85' },
  harsh: { pages: 'pages-harsh', rotate: '1.4', attenuate: '2', blur: '0x0.8', shrink: '55%', quality: '50' },
} as const
type Profile = keyof typeof PROFILES

function renderPage(lines: string[], out: string, profile: Profile) {
  const pr = PROFILES[profile]
  const args = ['-size', '1654x2339', 'xc:white', '-font', FONT, '-pointsize', '40', '-fill', 'black']
  lines.forEach((l, i) => args.push('-annotate', `+160+${230 + i * 70}`, literal(l)))
  args.push('-background', 'white', '-rotate', pr.rotate, '-seed', String(SEED), '-attenuate', pr.attenuate, '+noise', 'Gaussian')
  if (pr.blur) args.push('-blur', pr.blur)
  if (pr.shrink) args.push('-resize', pr.shrink, '-resize', '1654x2339!')
  args.push('-units', 'PixelsPerInch', '-density', '200', '-quality', pr.quality)
  const tmp = `${out}.tmp.jpg`
  execFileSync('convert', [...args, tmp], { stdio: 'pipe' })
  renameSync(tmp, out)
}

async function main() {
  const argv = process.argv.slice(2)
  const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined)
  const split = opt('--split') ?? 'tune'
  const ids = opt('--ids') ? new Set(readFileSync(opt('--ids')!, 'utf8').split(/\s+/).filter(Boolean)) : null
  const labelType = opt('--label-type')
  const limit = Number(opt('--limit') ?? Infinity)
  const profile = (opt('--profile') ?? 'clean') as Profile
  if (!Object.hasOwn(PROFILES, profile)) throw new Error(`--profile ${Object.keys(PROFILES).join('|')}`)
  if (!['tune', 'holdout', 'all'].includes(split)) throw new Error('--split tune|holdout|all')
  const docs = loadRealCorpus()
    .filter((d) => (split === 'all' || splitOf(d.id) === split) && (!ids || ids.has(d.id)) &&
        (!labelType || labelTypeIs(d, labelType)))
    .slice(0, limit)
  if (!existsSync(FONT)) throw new Error(`${FONT} is missing: apt-get install fonts-arphic-uming`)
  const pagesDir = join(REAL_SCANS, PROFILES[profile].pages)
  const cacheDir = join(REAL_SCANS, 'ocr-cache')
  mkdirSync(pagesDir, { recursive: true })
  const t0 = performance.now()
  let n = 0
  let pageCount = 0
  // (a copy a website served in traditional characters is printed as the agency wrote it, in simplified ones)
  const printed = new Map(docs.map((d) => [d.id, simplifyLine(d.text)]))
  const todo = docs.filter((d) => {
    const target = join(pagesDir, `${d.id}.json`)
    return !existsSync(target) || JSON.parse(readFileSync(target, 'utf8')).stamp !== stampOf(printed.get(d.id)!)
  })
  // (documents are printed and read in batches: one OCR pool for each batch keeps both workers busy)
  for (let b = 0; b < todo.length; b += BATCH) {
    const batch = todo.slice(b, b + BATCH)
    const dir = join(REAL_SCANS, profile === 'clean' ? 'img' : `img-${profile}`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (const d of batch) {
      const lines = printedLines(printed.get(d.id)!)
      for (let p = 0; p * LINES_PER_PAGE < Math.max(1, lines.length); p++) {
        renderPage(lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE), join(dir, `${d.id}__p${String(p + 1).padStart(2, '0')}.jpg`), profile)
      }
    }
    const res = await ingest(dir, { cacheDir })
    if (res.errors.length) throw new Error(res.errors.map((e) => `${e.file}: ${e.message}`).join('; '))
    for (const d of batch) {
      const pages = res.pages.filter((p) => p.file.startsWith(`${d.id}__`)).map((p) => ({ ...p, file: p.file.slice(d.id.length + 2) }))
      writeFileSync(join(pagesDir, `${d.id}.json`), JSON.stringify({ stamp: stampOf(printed.get(d.id)!), pages }))
      pageCount += pages.length
      n++
    }
    console.log(`${n}/${todo.length} documents, ${pageCount} pages read, ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  }
  console.log(`${docs.length} documents as scans; ${n} read now (${pageCount} pages), ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
