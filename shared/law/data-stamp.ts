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

/** 内置法规库 laws-2-…；用户导入 3 部（user3-…）. */
export function describeLawData(version: string): string {
  const s = parseLawDataStamp(version)
  return `内置法规库 ${s.shipped}${s.userLaws ? `，另有用户导入法规 ${s.userLaws} 部（${s.userStamp}）` : '，无用户导入法规'}`
}

/** One sentence for a report over many cases: the law data each group of cases was checked with. */
export function lawDataSentence(versions: (string | undefined | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of versions) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  if (!counts.size) return null
  if (counts.size === 1) return `法律依据按${describeLawData([...counts.keys()][0])}核对。`
  return `法律依据按检查时的法规库核对：${[...counts].map(([v, n]) => `${n}件案卷按${describeLawData(v)}`).join('；')}。`
}
