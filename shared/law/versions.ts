/**
 * What changed between two versions of a law, article by article: kept, changed, renumbered (with or without a
 * change), added, removed. Matching is by identical text first, then by the most similar text (character bigrams),
 * preferring the same number; the result is also the article map the store answers articleMap() from.
 */
import type { ArticleMapData, ArticleRecord } from './data'
import { formatArticle } from './article'
import { articleText } from './parse-text'

export interface ArticleChange {
  kind: 'changed' | 'renumbered' | 'added' | 'removed'
  /** Label in the old version (第十条, 第十条之一); absent for added. */
  from?: string
  /** Label in the new version; absent for removed. */
  to?: string
  fromRef?: [number, number]
  toRef?: [number, number]
  /** renumbered: the text changed too. */
  textChanged?: boolean
  /** Share of text in common (0–1) for changed and renumbered articles. */
  similarity?: number
}

export interface VersionChanges {
  fromLawId: string
  toLawId: string
  counts: { same: number; changed: number; renumbered: number; added: number; removed: number }
  /** Every article that is not kept as it was, in the new version's order (removed ones last). */
  list: ArticleChange[]
}

/** Below this share of common bigrams two articles are different rules. */
const MIN_SIMILARITY = 0.5
/** Beyond this many pairs only articles within a few numbers of each other are compared. */
const MAX_PAIRS = 250_000

const norm = (a: ArticleRecord) => articleText([a[0], a[1], '', a[3]]).replace(/[\s\u3000]+/g, '')

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2)
    m.set(g, (m.get(g) ?? 0) + 1)
  }
  return m
}

function dice(a: Map<string, number>, b: Map<string, number>, la: number, lb: number): number {
  if (la + lb === 0) return 1
  let common = 0
  const [small, big] = a.size < b.size ? [a, b] : [b, a]
  for (const [g, n] of small) common += Math.min(n, big.get(g) ?? 0)
  return (2 * common) / (la + lb)
}

const label = (a: ArticleRecord) => formatArticle(a[0], a[1] || undefined)

export function diffVersions(fromLawId: string, oldArticles: ArticleRecord[], toLawId: string, newArticles: ArticleRecord[]): VersionChanges {
  const oldText = oldArticles.map(norm)
  const newText = newArticles.map(norm)
  const matchOfNew = new Array<number>(newArticles.length).fill(-1)
  const usedOld = new Array<boolean>(oldArticles.length).fill(false)
  const sim = new Array<number>(newArticles.length).fill(1)

  // 1. Identical text: same number first, then anywhere.
  const byText = new Map<string, number[]>()
  oldText.forEach((t, i) => byText.set(t, [...(byText.get(t) ?? []), i]))
  for (let j = 0; j < newArticles.length; j++) {
    const cands = (byText.get(newText[j]) ?? []).filter((i) => !usedOld[i])
    if (!cands.length) continue
    const i = cands.find((k) => oldArticles[k][0] === newArticles[j][0] && oldArticles[k][1] === newArticles[j][1]) ?? cands[0]
    matchOfNew[j] = i
    usedOld[i] = true
  }

  // 2. Most similar text among what is left.
  const restOld = oldArticles.map((_, i) => i).filter((i) => !usedOld[i])
  const restNew = newArticles.map((_, j) => j).filter((j) => matchOfNew[j] < 0)
  const grams = new Map<number, Map<string, number>>()
  const g = (i: number) => {
    let m = grams.get(i)
    if (!m) grams.set(i, (m = bigrams(oldText[i])))
    return m
  }
  const near = restOld.length * restNew.length > MAX_PAIRS
  const pairs: { i: number; j: number; s: number }[] = []
  for (const j of restNew) {
    const nb = bigrams(newText[j])
    for (const i of restOld) {
      if (near && Math.abs(oldArticles[i][0] - newArticles[j][0]) > 5) continue
      const s = dice(g(i), nb, Math.max(0, oldText[i].length - 1), Math.max(0, newText[j].length - 1))
      if (s >= MIN_SIMILARITY) pairs.push({ i, j, s: s + (oldArticles[i][0] === newArticles[j][0] ? 0.001 : 0) })
    }
  }
  pairs.sort((a, b) => b.s - a.s || a.j - b.j)
  for (const p of pairs) {
    if (usedOld[p.i] || matchOfNew[p.j] >= 0) continue
    usedOld[p.i] = true
    matchOfNew[p.j] = p.i
    sim[p.j] = Math.min(1, Math.round(p.s * 100) / 100)
  }

  const list: ArticleChange[] = []
  const counts = { same: 0, changed: 0, renumbered: 0, added: 0, removed: 0 }
  newArticles.forEach((a, j) => {
    const i = matchOfNew[j]
    if (i < 0) {
      counts.added++
      list.push({ kind: 'added', to: label(a), toRef: [a[0], a[1]] })
      return
    }
    const o = oldArticles[i]
    const sameNumber = o[0] === a[0] && o[1] === a[1]
    const textChanged = oldText[i] !== newText[j]
    if (sameNumber && !textChanged) {
      counts.same++
      return
    }
    const c: ArticleChange = { kind: sameNumber ? 'changed' : 'renumbered', from: label(o), to: label(a), fromRef: [o[0], o[1]], toRef: [a[0], a[1]] }
    if (textChanged) c.similarity = sim[j] === 1 ? 0.99 : sim[j]
    if (!sameNumber) c.textChanged = textChanged
    counts[c.kind]++
    list.push(c)
  })
  oldArticles.forEach((o, i) => {
    if (usedOld[i]) return
    counts.removed++
    list.push({ kind: 'removed', from: label(o), fromRef: [o[0], o[1]] })
  })
  return { fromLawId, toLawId, counts, list }
}

/** The changes as an article map (old → new), the form the law store answers articleMap() from. */
export function changesToArticleMap(changes: VersionChanges, oldArticles: ArticleRecord[]): ArticleMapData {
  const moved = new Map<string, ArticleChange>()
  for (const c of changes.list) if (c.fromRef) moved.set(`${c.fromRef[0]}.${c.fromRef[1]}`, c)
  const rows = oldArticles.map(([n, sub]) => {
    const c = moved.get(`${n}.${sub}`)
    const to = !c ? [n] : c.toRef ? [c.toRef[0]] : []
    const change = !c ? '文字相同' : c.kind === 'removed' ? '无对应' : c.kind === 'renumbered' && !c.textChanged ? '文字相同' : '有修改'
    return { from: n, ...(sub ? { fromSub: sub } : {}), to, rule: '', change }
  })
  const added = changes.list.filter((c) => c.kind === 'added' && c.toRef).map((c) => c.toRef![0])
  return { fromLawId: changes.fromLawId, toLawId: changes.toLawId, source: '用户导入（逐条比对）', rows, newArticles: added }
}

/** One line per change, in Chinese, for the import confirmation and the CLI. */
export function describeChange(c: ArticleChange): string {
  switch (c.kind) {
    case 'added':
      return `新增 ${c.to}`
    case 'removed':
      return `删除 ${c.from}`
    case 'changed':
      return `修改 ${c.from}${c.similarity !== undefined ? `（相同约 ${Math.round(c.similarity * 100)}%）` : ''}`
    case 'renumbered':
      return `${c.from} 改为 ${c.to}${c.textChanged ? `，并修改（相同约 ${Math.round((c.similarity ?? 0) * 100)}%）` : ''}`
  }
}
