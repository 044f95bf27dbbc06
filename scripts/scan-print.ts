/**
 * Printing texts as scanned pages and reading them back with the app's own offline OCR — what a user's scanner and
 * the app would make of them. Each text is printed on A4 pages (200 dpi, a Song face, about 32 characters a line and
 * 28 lines a page, a slight skew, scanner noise, JPEG); a form feed in the text starts a new sheet, as each document of
 * a case file begins on its own page. Used by scripts/scan-real.ts (the real corpus) and scripts/measure-templates.ts
 * --scanned (the documents written after other templates).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '../electron/engine/ingest'
import { wrapByWidth } from '../test/fixtures/real/layouts'
import type { Page } from '../shared/types'

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

/**
 * How a page is scanned: `clean` (a slight skew, light noise) or `harsh` (a worse copy: more skew, heavier noise, a little
 * blur, scanned at about 110 dpi and enlarged again, stronger JPEG compression).
 */
export const PROFILES = {
  clean: { rotate: '0.6', attenuate: '0.5', blur: '', shrink: '', quality: '85' },
  harsh: { rotate: '1.4', attenuate: '2', blur: '0x0.8', shrink: '55%', quality: '50' },
} as const
export type Profile = keyof typeof PROFILES

/** What a text's pages were read from: a text changed since is read again. */
export const stampOf = (printed: string) => `${printed.length}:${printed.slice(0, 64)}`

/**
 * The sheets a text is printed on: each form-feed page wrapped at the page's width (a Chinese character two units, a
 * Latin one one), blank lines left out, 28 lines a sheet.
 */
export function sheetsOf(text: string): string[][] {
  const sheets: string[][] = []
  for (const page of text.split('\f')) {
    const lines = wrapByWidth(page, WIDTH_UNITS).split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim())
    for (let p = 0; p * LINES_PER_PAGE < Math.max(1, lines.length); p++) sheets.push(lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE))
  }
  return sheets
}

/** ImageMagick reads % escapes and a leading @ in -annotate text: the line printed as written. */
const literal = (s: string) => s.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/^@/, ' @')

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

export interface ScanOptions {
  /** Where each text's pages are kept, as `<id>.json` ({ stamp, pages }). */
  pagesDir: string
  /** A scratch folder for the page images of one batch (emptied before each; the run's process id is added to it). */
  imgDir: string
  /** The OCR cache (by image content). */
  cacheDir: string
  profile: Profile
  log?: (s: string) => void
}

/**
 * Prints each text whose pages are not kept yet (or were read from another text) and reads the pages back; returns
 * how many texts were read now. Texts are printed and read in batches: one OCR pool for each batch keeps both workers busy.
 */
export async function scanTexts(texts: { id: string; text: string }[], o: ScanOptions): Promise<number> {
  if (!existsSync(FONT)) throw new Error(`${FONT} is missing: apt-get install fonts-arphic-uming`)
  mkdirSync(o.pagesDir, { recursive: true })
  const t0 = performance.now()
  let n = 0
  let pageCount = 0
  const todo = texts.filter((d) => {
    const target = join(o.pagesDir, `${d.id}.json`)
    return !existsSync(target) || JSON.parse(readFileSync(target, 'utf8')).stamp !== stampOf(d.text)
  })
  // (a scratch folder of this run's own: two runs at once do not empty each other's)
  const imgDir = `${o.imgDir}-${process.pid}`
  for (let b = 0; b < todo.length; b += BATCH) {
    const batch = todo.slice(b, b + BATCH)
    rmSync(imgDir, { recursive: true, force: true })
    mkdirSync(imgDir, { recursive: true })
    for (const d of batch) {
      sheetsOf(d.text).forEach((lines, p) => renderPage(lines, join(imgDir, `${d.id}__p${String(p + 1).padStart(2, '0')}.jpg`), o.profile))
    }
    const res = await ingest(imgDir, { cacheDir: o.cacheDir })
    if (res.errors.length) throw new Error(res.errors.map((e) => `${e.file}: ${e.message}`).join('; '))
    for (const d of batch) {
      const pages: Page[] = res.pages.filter((p) => p.file.startsWith(`${d.id}__`)).map((p) => ({ ...p, file: p.file.slice(d.id.length + 2) }))
      writeFileSync(join(o.pagesDir, `${d.id}.json`), JSON.stringify({ stamp: stampOf(d.text), pages }))
      pageCount += pages.length
      n++
    }
    o.log?.(`${n}/${todo.length} texts, ${pageCount} pages read, ${((performance.now() - t0) / 1000).toFixed(0)} s`)
  }
  rmSync(imgDir, { recursive: true, force: true })
  return n
}

/** The pages kept for a text, or null when it has not been scanned (or was scanned from another text). */
export function scannedPages(pagesDir: string, id: string, text: string): Page[] | null {
  const f = join(pagesDir, `${id}.json`)
  if (!existsSync(f)) return null
  const kept = JSON.parse(readFileSync(f, 'utf8')) as { stamp: string; pages: Page[] }
  return kept.stamp === stampOf(text) ? kept.pages : null
}
