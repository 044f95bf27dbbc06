/** Page-type accuracy of segmentPages on generated case files: each page's type against the truth. */
import { segmentPages } from '../../shared/segment'
import { generateCase, type GenCase } from './gen'

export interface Accuracy { pages: number; right: number; docsTruth: number; docsFound: number; misses: string[] }

const cache = new WeakMap<GenCase, ReturnType<typeof segmentPages>>()

export function pageAccuracy(cases: GenCase[]): Accuracy {
  const acc: Accuracy = { pages: 0, right: 0, docsTruth: 0, docsFound: 0, misses: [] }
  for (const c of cases) {
    const docs = cache.get(c) ?? segmentPages(c.pages)
    cache.set(c, docs)
    const got = new Map<string, string>()
    for (const d of docs) for (const p of d.parts) for (const n of p.pages) got.set(`${p.file}#${n}`, d.type)
    acc.docsTruth += c.docs.length
    acc.docsFound += docs.length
    for (const t of c.docs) for (const p of t.pages) {
      acc.pages++
      const g = got.get(`${p.file}#${p.page}`)
      if (g === t.type) acc.right++
      else acc.misses.push(`seed ${c.seed} ${c.layout} noise ${c.noise} ${p.file}#${p.page}: ${t.type} → ${g}`)
    }
  }
  return acc
}

export function corpus(n: number, from = 1): GenCase[] {
  const out: GenCase[] = []
  for (let seed = from; seed < from + n; seed++) out.push(generateCase(seed))
  return out
}
