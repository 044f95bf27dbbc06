/**
 * The law title a citation names, as the document wrote it. A back-reference (本法, 该法, 同法) names the title of the
 * nearest citation before it in the same document, unless the reader tied it to another (修订前该法: the law said revised). The extractor's resolved `law` is not trusted over the written
 * title: a title one or two characters off a real one (测绘管理法) may be a wrong title, not a misreading.
 */
import type { Citation, DocFacts } from '../types'
import { isBackReference } from '../extract/citations'

/** The written title each citation of a document refers to (its own, or its antecedent's for 该法/同法). */
export function writtenTitles(doc: DocFacts): Map<Citation, string> {
  const out = new Map<Citation, string>()
  // (in the order of the document's files first — a paper scanned as a sequence of images is page 1 of each — then its
  // pages and lines)
  const fileRank = new Map<string, number>()
  for (const c of doc.citations) if (!fileRank.has(c.evidence.file)) fileRank.set(c.evidence.file, fileRank.size)
  const rank = (c: Citation) => fileRank.get(c.evidence.file) ?? 0
  const ordered = [...doc.citations].sort((a, b) => rank(a) - rank(b) || a.evidence.page - b.evidence.page || (a.evidence.line ?? 0) - (b.evidence.line ?? 0) || (a.evidence.span?.[0] ?? 0) - (b.evidence.span?.[0] ?? 0))
  let last: string | undefined
  for (const c of ordered) {
    const own = c.lawAsWritten?.trim()
    if (own && !isBackReference(own)) {
      out.set(c, own)
      last = own
    } else out.set(c, c.refersTo ?? last ?? c.law)
  }
  return out
}
