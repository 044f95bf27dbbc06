/**
 * The law data a check used, as results carry it (CaseResult.provenance.laws): the shipped data's stamp, and when
 * the user layer was merged in, `+user<N>-<hash>`. Read back into words for the case view, the score sheet and the
 * bulletin.
 */

export interface LawDataStamp {
  shipped: string
  /** Number of user-layer law versions, 0 when none. */
  userLaws: number
  /** The user layer's own stamp (user3-1a2b3c4d), null when none. */
  userStamp: string | null
}

export function parseLawDataStamp(version: string): LawDataStamp {
  const m = /^(.*?)\+(user(\d+)-[0-9a-f]{8})$/.exec(version)
  return m ? { shipped: m[1], userLaws: Number(m[3]), userStamp: m[2] } : { shipped: version, userLaws: 0, userStamp: null }
}

/** A stamp's checksum in words (校验码 …) so a reader can tell two data sets apart; a stamp of another shape as it is. */
function checksum(stamp: string): string {
  const m = /^(?:laws-(\d+)|user\d+)-([0-9a-f]+)$/.exec(stamp)
  if (!m) return stamp
  return m[1] ? `第 ${m[1]} 版（校验码 ${m[2]}）` : `校验码 ${m[2]}`
}

/** 内置法规库第 2 版（校验码 …），另有用户导入法规 3 部（校验码 …）. */
export function describeLawData(version: string): string {
  const s = parseLawDataStamp(version)
  const shipped = checksum(s.shipped)
  return `内置法规库${/^第/.test(shipped) ? '' : ' '}${shipped}${s.userLaws ? `，另有用户导入法规 ${s.userLaws} 部（${checksum(s.userStamp!)}）` : '，无用户导入法规'}`
}

/** One sentence for a report over many cases: the law data each group of cases was checked with. */
export function lawDataSentence(versions: (string | undefined | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of versions) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  if (!counts.size) return null
  if (counts.size === 1) return `法律依据按${describeLawData([...counts.keys()][0])}核对。`
  return `法律依据按检查时的法规库核对：${[...counts].map(([v, n]) => `${n}件案卷按${describeLawData(v)}`).join('；')}。`
}
