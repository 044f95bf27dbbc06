/** Export speed: a 200-case project's 评查通报 (with charts) and 整改台账 (DOCX and XLSX). Target < 10 s. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportDocuments } from '../electron/engine/export'
import { allProblems } from '../electron/engine/export/model'
import { fixtureSnapshot } from '../test/export/fixture'
import { timeMedian, type Bench } from './harness'

const bench: Bench = {
  name: 'export',
  async run() {
    const snap = fixtureSnapshot({ cases: 200, seed: 7 })
    const dir = mkdtempSync(join(tmpdir(), 'pingcha-export-bench-'))
    try {
      const runs = 5
      const all = await timeMedian(runs, async () => {
        await exportDocuments(snap, 'report', dir)
        await exportDocuments(snap, 'ledger-docx', dir)
        await exportDocuments(snap, 'ledger-xlsx', dir)
      })
      const report = await timeMedian(runs, () => exportDocuments(snap, 'report', dir))
      const ledgerDocx = await timeMedian(runs, () => exportDocuments(snap, 'ledger-docx', dir))
      const ledgerXlsx = await timeMedian(runs, () => exportDocuments(snap, 'ledger-xlsx', dir))
      const s = all.medianMs / 1000
      return [
        { metric: 'report + ledger (DOCX, XLSX), 200 cases', median: Math.round(s * 1000) / 1000, unit: 's', runs, target: '< 10 s', ok: s < 10 },
        { metric: 'report, 200 cases', median: Math.round(report.medianMs), unit: 'ms', runs },
        { metric: `ledger DOCX, ${allProblems(snap).length} rows`, median: Math.round(ledgerDocx.medianMs), unit: 'ms', runs },
        { metric: 'ledger XLSX', median: Math.round(ledgerXlsx.medianMs), unit: 'ms', runs },
      ]
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
export default bench
