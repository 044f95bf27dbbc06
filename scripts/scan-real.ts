/**
 * The real corpus as scans: each document's text, as published, is printed on A4 pages and read back by the app's own
 * offline OCR (scripts/scan-print.ts). The pages it reads are kept under test/fixtures/generated/real-scans/pages/<id>.json, for
 * `scripts/measure-real.ts --scanned` to read the documents from them instead of from their text.
 *
 *   npx tsx scripts/scan-real.ts [--split tune|holdout|all] [--ids <file>] [--label-type <type>|!其他] [--limit <n>] [--profile clean|harsh]
 *
 * Pages already read are kept (the images and the OCR results are cached by content): a second run reads only what is
 * new. This prints no figure of any document; measure-real.ts does, under its own rules for the held-out part.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REAL_SCANS, labelTypeIs, loadRealCorpus } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'
import { simplifyLine } from '../shared/segment/script'
import { PROFILES, scanTexts, type Profile } from './scan-print'

/** Where each profile's pages are kept (the clean ones, or the worse copies), so that both can be measured. */
const PAGES_DIR: Record<Profile, string> = { clean: 'pages', harsh: 'pages-harsh' }

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
  const t0 = performance.now()
  // (a copy a website served in traditional characters is printed as the agency wrote it, in simplified ones)
  const n = await scanTexts(docs.map((d) => ({ id: d.id, text: simplifyLine(d.text) })), {
    pagesDir: join(REAL_SCANS, PAGES_DIR[profile]),
    imgDir: join(REAL_SCANS, profile === 'clean' ? 'img' : `img-${profile}`),
    cacheDir: join(REAL_SCANS, 'ocr-cache'),
    profile,
    log: (s) => console.log(s),
  })
  console.log(`${docs.length} documents as scans; ${n} read now, ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
