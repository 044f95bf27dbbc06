/** The score sheet and the bulletin state the law data a check used: the shipped stamp and the user layer. */
import { describe, expect, it } from 'vitest'
import { buildReport } from '../../electron/engine/export/report'
import { buildScoreSheet } from '../../electron/engine/export/score-sheet'
import { describeLawData, lawDataSentence, parseLawDataStamp } from '../../shared/law/data-stamp'
import { fixtureSnapshot } from '../export/fixture'
import { docxText } from '../export/pdf'

describe('law data stamp', () => {
  it('reads the shipped stamp and the user layer back', () => {
    expect(parseLawDataStamp('laws-2-4510f59ec600')).toEqual({ shipped: 'laws-2-4510f59ec600', userLaws: 0, userStamp: null })
    expect(parseLawDataStamp('laws-2-4510f59ec600+user3-0a1b2c3d')).toEqual({ shipped: 'laws-2-4510f59ec600', userLaws: 3, userStamp: 'user3-0a1b2c3d' })
    expect(describeLawData('laws-2-4510f59ec600+user3-0a1b2c3d')).toBe('内置法规库第 2 版（校验码 4510f59ec600），另有用户导入法规 3 部（校验码 0a1b2c3d）')
    expect(lawDataSentence([undefined, null])).toBeNull()
    expect(lawDataSentence(['a', 'a+user1-00000000', 'a'])).toBe('法律依据按检查时的法规库核对：2件案卷按内置法规库 a，无用户导入法规；1件案卷按内置法规库 a，另有用户导入法规 1 部（校验码 00000000）。')
  })

  it('the score sheet and the bulletin carry it', async () => {
    const snap = fixtureSnapshot()
    snap.cases.forEach((c, i) => {
      if (c.result) c.result.provenance.laws = i === 0 ? 'laws-2-4510f59ec600+user2-deadbeef' : 'laws-2-4510f59ec600'
    })
    const sheet = await docxText(await buildScoreSheet(snap, snap.cases[0]))
    expect(sheet).toContain('法律依据按内置法规库第 2 版（校验码 4510f59ec600），另有用户导入法规 2 部（校验码 deadbeef）核对。')
    const report = await docxText(await buildReport(snap, { fontPaths: ['/nonexistent/font.ttc'] }))
    expect(report).toMatch(/法律依据按检查时的法规库核对：1件案卷按内置法规库第 2 版（校验码 4510f59ec600），另有用户导入法规 2 部/)
  })
})
