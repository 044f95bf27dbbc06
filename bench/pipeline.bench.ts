/**
 * Whole pipeline on text case files (no OCR): folder → ingest → segment → extract → check → score.
 * Target (rubric/check issue): 100 text cases from folder to scores in < 30 s.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ensureCorpus } from '../test/fixtures/corpus'
import { createCalendar } from '../shared/calendar'
import { openLaws } from '../electron/engine/laws'
import { appPaths } from '../electron/engine/paths'
import { resolveRubric } from '../electron/engine/rubrics'
import { checkFolder } from '../electron/engine/pipeline'
import { median, type Bench } from './harness'

const bench: Bench = {
  name: 'pipeline (text cases, folder to score)',
  async run() {
    const dir = await ensureCorpus({ name: 'bench-text', cases: 100, seed: 20261123, formList: ['docx', 'txt', 'docx', 'pdf-combined'] })
    const folders = readdirSync(dir)
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isDirectory())
    const paths = appPaths()
    const rubric = resolveRubric('general-penalty', paths.rubricsDir).rubric
    const laws = await openLaws(paths.resourcesDir)
    const calendar = createCalendar()
    const totals: number[] = []
    const perCase: number[] = []
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now()
      for (const f of folders) {
        const c0 = performance.now()
        await checkFolder(f, { rubric, laws, calendar })
        perCase.push(performance.now() - c0)
      }
      totals.push((performance.now() - t0) / 1000)
    }
    const total = median(totals)
    return [
      { metric: `${folders.length} text cases, folder to score`, median: total, unit: 's', runs: totals.length, target: '< 30 s for 100', ok: total * (100 / folders.length) < 30 },
      { metric: 'one text case, folder to score', median: median(perCase), unit: 'ms', runs: perCase.length },
    ]
  },
}
export default bench
