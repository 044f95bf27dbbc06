/**
 * View logic of the case workspace and the case list, kept free of Vue and the DOM so it is tested in plain Node.
 * Imports use relative paths (not @shared) so the root tsconfig and vitest resolve them too.
 */
import { DOC_TYPES, type DocType } from '../../../shared/types/documents'
import type { CaseDocument } from '../../../shared/types/documents'
import type { Decision, Finding, FindingStatus, ItemStatus } from '../../../shared/types/findings'
import type { CaseScore, ItemScore } from '../../../shared/types/result'
import type { CaseRow, CaseStatus } from '../../../shared/types/project'
import type { BBox } from '../../../shared/types/evidence'
import type { Rubric, RubricSection } from '../../../shared/types/rubric'
import { quoteParts, type MessagePart } from '../../../shared/util/quote'

export interface DocGroup {
  type: DocType
  docs: CaseDocument[]
  /** The expected document is absent: the missing-document finding that says so. */
  missing: Finding | null
}

/**
 * Documents grouped by type in filing order, with expected-but-missing types (missing-document findings)
 * placed as gaps where the canonical order of DOC_TYPES puts them.
 */
export function docOutline(documents: CaseDocument[], findings: Finding[]): DocGroup[] {
  const groups: DocGroup[] = []
  const byType = new Map<DocType, DocGroup>()
  for (const d of [...documents].sort((a, b) => a.index - b.index)) {
    let g = byType.get(d.type)
    if (!g) {
      g = { type: d.type, docs: [], missing: null }
      byType.set(d.type, g)
      groups.push(g)
    }
    g.docs.push(d)
  }
  const rank = (t: DocType) => DOC_TYPES.indexOf(t)
  for (const f of findings) {
    if (f.kind !== 'missing-document') continue
    const type = f.docTypes[0]
    if (!type || byType.get(type)?.docs.length) continue
    if (byType.has(type)) continue
    const gap: DocGroup = { type, docs: [], missing: f }
    byType.set(type, gap)
    // after the last group whose canonical rank is not greater than the gap's
    let at = 0
    groups.forEach((g, i) => {
      if (rank(g.type) <= rank(type)) at = i + 1
    })
    groups.splice(at, 0, gap)
  }
  return groups
}

export interface FindingGroup {
  itemId: string
  title: string
  path: string[]
  item: ItemScore | null
  findings: Finding[]
}

/**
 * How a group ranks in the list: what the machine found first (open, to verify), then checks it could not settle, then
 * the rubric's questions for a person (manual), so a reviewer sees the findings before the questionnaire.
 */
function tier(g: FindingGroup): number {
  if (g.findings.some((f) => f.kind !== 'manual' && f.status !== 'undetermined')) return 0
  if (g.findings.some((f) => f.kind !== 'manual')) return 1
  return 2
}

/**
 * Findings grouped by rubric item: machine findings first, then undecided checks, then manual questions; inside each,
 * the rubric's order (the order of CaseScore.items), unknown items last.
 */
export function findingGroups(findings: Finding[], score: CaseScore | null, titles: Map<string, string> = new Map()): FindingGroup[] {
  const items = score?.items ?? []
  const order = new Map(items.map((it, i) => [it.itemId, i]))
  const groups = new Map<string, FindingGroup>()
  for (const f of findings) {
    let g = groups.get(f.itemId)
    if (!g) {
      const item = items.find((it) => it.itemId === f.itemId) ?? null
      g = { itemId: f.itemId, title: item?.title ?? titles.get(f.itemId) ?? f.itemId, path: item?.path ?? [], item, findings: [] }
      groups.set(f.itemId, g)
    }
    g.findings.push(f)
  }
  return [...groups.values()].sort(
    (a, b) => tier(a) - tier(b) || (order.get(a.itemId) ?? 1e9) - (order.get(b.itemId) ?? 1e9) || a.itemId.localeCompare(b.itemId),
  )
}

/** Titles of every item of a rubric, veto and bonus items included (those are not in CaseScore.items). */
export function rubricTitles(r: Rubric | null): Map<string, string> {
  const out = new Map<string, string>()
  if (!r) return out
  const walk = (ss: RubricSection[], path: string[]) => {
    for (const s of ss) {
      for (const it of s.items ?? []) out.set(it.id, `${[...path, s.title].join(' › ')} › ${it.title}`)
      walk(s.sections ?? [], [...path, s.title])
    }
  }
  for (const v of r.veto.items) out.set(v.id, `一票否决项 › ${v.title}`)
  walk(r.sections, [])
  for (const b of r.bonus?.items ?? []) out.set(b.id, `加分项 › ${b.title}`)
  return out
}

/** The veto as a reviewer reads it: each item with its title, and what it did to the score ('' when none). */
export function vetoSummary(score: Pick<CaseScore, 'vetoed' | 'vetoItems' | 'total' | 'grade'> | null, titles: Map<string, string>): string {
  if (!score?.vetoed) return ''
  const items = score.vetoItems.map((id) => `${id} ${(titles.get(id) ?? '').replace(/^一票否决项 › /, '')}`.trim()).join('；')
  return `一票否决：${items}。总分计为 ${score.total} 分，等次为${score.grade}。`
}

/** The findings in the order the panel shows them, for keyboard navigation. */
export function flatFindings(groups: FindingGroup[]): Finding[] {
  return groups.flatMap((g) => g.findings)
}

/** The latest decision on a finding (decisions are kept in the order they were made). */
export function latestDecision(decisions: Decision[], findingId: string): Decision | null {
  for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i].findingId === findingId) return decisions[i]
  return null
}

export function latestItemDecision(decisions: Decision[], itemId: string): Decision | null {
  for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i].itemId === itemId && !decisions[i].findingId) return decisions[i]
  return null
}

/** The index of the next (step 1) or previous (step -1) finding, staying inside the list. */
export function stepIndex(current: number, length: number, step: 1 | -1): number {
  if (length === 0) return -1
  if (current < 0) return step === 1 ? 0 : length - 1
  return Math.min(length - 1, Math.max(0, current + step))
}

export const FINDING_STATUS_LABEL: Record<FindingStatus, string> = {
  open: '确定问题',
  verify: '待人工核实',
  undetermined: '无法判定',
}

export const ITEM_STATUS_LABEL: Record<ItemStatus, string> = {
  pass: '通过',
  fail: '扣分',
  undetermined: '无法判定',
  manual: '人工评分',
  'not-applicable': '不适用',
}

export const FINDING_KIND_LABEL: Record<Finding['kind'], string> = {
  'missing-document': '缺少文书',
  'missing-field': '缺少要素',
  'citation-nonexistent': '引用条文不存在',
  'citation-wrong-law': '引用法律错误',
  'citation-outdated': '引用失效条文',
  'citation-mismatch': '引用条文与事实不符',
  'amount-out-of-range': '处罚金额超出法定幅度',
  'date-order': '日期顺序错误',
  deadline: '超过法定期限',
  inconsistency: '前后不一致',
  officers: '执法人员问题',
  manual: '人工评查项',
}

/**
 * Scale from evidence units to CSS pixels on a rendered page.
 * PDF text pages are in points: pdf.js renders at `viewportScale` CSS px per point.
 * Scanned PDF pages were OCR'd from a raster at `ocrDpi`, so their boxes are in pixels of that raster.
 * Images are in their own pixels: the displayed width over the natural width.
 */
export function evidenceScale(source: { kind: 'pdf-text'; viewportScale: number } | { kind: 'pdf-scan'; viewportScale: number; ocrDpi: number } | { kind: 'image'; displayWidth: number; naturalWidth: number }): number {
  switch (source.kind) {
    case 'pdf-text':
      return source.viewportScale
    case 'pdf-scan':
      return (source.viewportScale * 72) / source.ocrDpi
    case 'image':
      return source.naturalWidth > 0 ? source.displayWidth / source.naturalWidth : 1
  }
}

export function scaleBox(b: BBox, s: number, pad = 2): BBox {
  return { x: b.x * s - pad, y: b.y * s - pad, w: b.w * s + 2 * pad, h: b.h * s + 2 * pad }
}

/**
 * Who decides in a project without a roster: the names to choose from (the project's reviewers named at its creation,
 * and the name of 设置) and the one taken when nobody has chosen — the name of 设置, else the project's only reviewer.
 */
export function reviewerChoice(projectReviewers: readonly string[], settingsReviewer: string | null | undefined, chosen: string | null): { options: string[]; current: string | null } {
  const own = settingsReviewer?.trim() || null
  const options = [...new Set([...projectReviewers, ...(own ? [own] : [])])]
  const current = chosen && options.includes(chosen) ? chosen : (own ?? (projectReviewers.length === 1 ? projectReviewers[0] : null))
  return { options, current }
}

/** A case file's name inside a sentence (见05_缴款书.txt 第1页). */
const FILE_NAME = /[^\s；;，,。：:、“”"（）()]+\.(?:pdf|docx?|wps|txt|ofd|jpe?g|png|bmp|tiff?)(?![A-Za-z])/gi

/**
 * A sentence of the program's with the case's own words set apart — its quotations and the file names it cites — so
 * the screen can mark them as case data (data-raw).
 */
export function caseWordParts(text: string): MessagePart[] {
  return quoteParts(text).flatMap((p) => {
    if (p.quoted) return [p]
    const out: MessagePart[] = []
    let at = 0
    for (const m of p.text.matchAll(FILE_NAME)) {
      // the exports write 见<file>: the 见 is the sentence's, not the name's
      const lead = m[0].startsWith('见') ? 1 : 0
      const start = m.index! + lead
      out.push({ text: p.text.slice(at, start), quoted: false }, { text: m[0].slice(lead), quoted: true })
      at = m.index! + m[0].length
    }
    out.push({ text: p.text.slice(at), quoted: false })
    return out.filter((x) => x.text !== '')
  })
}

// ---------- the case list ----------

export interface CaseFilter {
  text: string
  status: CaseStatus | null
  agency: string | null
  /** Only cases with something 待处理 (CaseRow.pending above 0). */
  onlyOpen: boolean
}

export function filterCases(rows: CaseRow[], f: CaseFilter): CaseRow[] {
  const q = f.text.trim().toLowerCase()
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.agency || r.agency === f.agency) &&
      (!f.onlyOpen || (r.pending ?? 0) > 0) &&
      (!q || [r.caseNumber, r.agency, r.party, r.folder].some((v) => v?.toLowerCase().includes(q))),
  )
}

/** Lines of a plain-text file (for txt sources), decoding UTF-8 or, failing that, GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Which line of `lines` holds the evidence text: exact line index if given, else the first line containing a good part of it. */
export function evidenceLine(lines: string[], ev: { line?: number; text: string }): number {
  if (ev.line !== undefined && ev.line >= 0 && ev.line < lines.length && lines[ev.line].includes(ev.text.slice(0, 8))) return ev.line
  const probe = ev.text.trim()
  if (!probe) return -1
  for (const n of [probe.length, 12, 6]) {
    const part = probe.slice(0, n)
    const i = lines.findIndex((l) => l.includes(part))
    if (i >= 0) return i
  }
  return ev.line !== undefined && ev.line < lines.length ? ev.line : -1
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`
  return `${(n / 1024 ** 3).toFixed(2)} GB`
}

export function fileKind(path: string): 'pdf' | 'image' | 'tiff' | 'text' | 'docx' | 'other' {
  const ext = path.toLowerCase().split('.').pop() ?? ''
  if (ext === 'pdf') return 'pdf'
  if (['png', 'jpg', 'jpeg', 'bmp', 'gif', 'webp'].includes(ext)) return 'image'
  if (ext === 'tif' || ext === 'tiff') return 'tiff'
  if (ext === 'txt') return 'text'
  if (ext === 'docx') return 'docx'
  return 'other'
}

/** The DPI scanned PDF pages are rendered at for OCR (the ingest default); their evidence boxes are in those pixels. */
export const OCR_DPI = 200

/** Bytes of a base64 string (case.file answers). */
export function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
