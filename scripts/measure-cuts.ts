/**
 * Truncation experiment on the tune part of the real corpus only (npx tsx scripts/measure-cuts.ts [--show]): each whole
 * decision or notice of eight lines or more is cut short at a tenth, a fifth … nine tenths of its lines, at a line end and
 * inside the line, and checked with the general rubric. An open missing-field finding on a cut text the reader did not
 * see as cut is a certainty the text does not support (unless the cut fell at or after the document's real end).
 */
import { readTxt } from '../electron/engine/ingest/txt'
import { segmentPages } from '../shared/segment'
import { extractCase } from '../shared/extract'
import { loadRealCorpus } from '../test/fixtures/real'
import { splitOf } from '../test/fixtures/real/schema'
import { checkCase } from '../shared/check'
import { createCalendar } from '../shared/calendar'
import { openLaws } from '../electron/engine/laws'
import { appPaths } from '../electron/engine/paths'
import { resolveRubric } from '../electron/engine/rubrics'
const show = process.argv.includes('--show')
async function main() {
  const paths = appPaths()
  const rubric = resolveRubric('general-penalty', paths.rubricsDir).rubric
  const laws = await openLaws(paths.resourcesDir)
  const calendar = createCalendar()
  let texts = 0, seen = 0, withFinding = 0, open = 0, verify = 0, openUnseen = 0
  for (const d of loadRealCorpus()) {
    if (splitOf(d.id) !== 'tune' || !d.label.complete || !['行政处罚决定书', '不予行政处罚决定书', '行政处罚事先告知书'].includes(d.label.docType)) continue
    const lines = d.text.split('\n')
    const nonEmpty = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0)
    if (nonEmpty.length < 8) continue
    for (const frac of (process.env.FRACS ?? "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9").split(",").map(Number)) {
      const at = nonEmpty[Math.floor(nonEmpty.length * frac)]
      for (const mid of [false, true]) {
        const head = lines.slice(0, at)
        if (mid) head.push(lines[at].slice(0, Math.max(1, Math.floor(lines[at].length / 2))))
        const text = head.join('\n')
        const segs = segmentPages(readTxt(new TextEncoder().encode(text), `${d.id}.txt`))
        const facts = extractCase(d.id, segs)
        const cut = facts.documents.some((f) => f.cut)
        const out = checkCase(facts, segs, rubric, { laws, calendar })
        const mf = out.findings.filter((f) => f.kind === 'missing-field' && (f.status === 'open' || f.status === 'verify'))
        texts++
        if (cut) seen++
        if (mf.length) withFinding++
        for (const f of mf) {
          if (f.status === 'open') { open++; if (!cut) openUnseen++ } else verify++
          if (show && f.status === 'open') console.log(`${d.id} ${frac}${mid ? ' mid' : ''} cut=${cut} ${f.status} ${f.message.slice(0, 80)} | last: ${head[head.length - 1].slice(-40)}`)
        }
      }
    }
  }
  console.log({ texts, seen, withFinding, open, verify, openUnseen })
}
main()
