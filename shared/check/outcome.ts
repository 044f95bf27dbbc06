/**
 * What a check kind returns, and how its drafts become findings: stable ids, status from OCR confidence,
 * deductions from the item's deduction form.
 */
import type { Deduction, DocType, Evidence, Finding, FindingKind, FindingStatus, ItemStatus, LegalBasis } from '../types'

/** A finding as a kind reports it, before ids and deductions. */
export interface Draft {
  kind: FindingKind
  docTypes: DocType[]
  field?: string
  message: string
  evidence: Evidence[]
  /** Default 'open'; lowered to 'verify' when evidence rests on low-confidence OCR text. */
  status?: FindingStatus
  basis?: LegalBasis
  /** Occurrences (per-occurrence) or missing elements (per-element) this finding stands for. Default 1. */
  count?: number
  /** Distinguishes findings at the same place (a field name, a document type). */
  key?: string
}

export interface KindOutcome {
  /** The item's status when no finding says otherwise ('pass' or 'not-applicable'). */
  status: 'pass' | 'not-applicable'
  reason?: string
  findings: Draft[]
}

/** The item a kind runs for. */
export interface ItemInfo {
  id: string
  title: string
  docTypes?: DocType[]
  basis?: LegalBasis
}

export const LOW_CONFIDENCE = 0.85

export function pass(reason: string): KindOutcome {
  return { status: 'pass', reason, findings: [] }
}

export function notApplicable(reason: string): KindOutcome {
  return { status: 'not-applicable', reason, findings: [] }
}

/** Merge the outcomes of several parts of one item (pairs of date-order, documents of required-documents…). */
export function merge(parts: KindOutcome[], emptyReason: string): KindOutcome {
  const findings = parts.flatMap((p) => p.findings)
  const passed = parts.filter((p) => p.status === 'pass')
  if (passed.length) return { status: 'pass', reason: passed.map((p) => p.reason).filter(Boolean).join('；'), findings }
  const na = parts.map((p) => p.reason).filter(Boolean)
  return { status: 'not-applicable', reason: na.length ? na.join('；') : emptyReason, findings }
}

/** FNV-1a over UTF-16 units, two rounds with different seeds → 12 base-36 characters. */
export function shortHash(s: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
    h2 = (h2 ^ (h2 >>> 15)) >>> 0
  }
  return (h1.toString(36).padStart(7, '0') + h2.toString(36).padStart(7, '0')).slice(0, 12)
}

/** Stable id: item, kind, the first evidence's place (file, page, line, span) and the draft's key. */
export function findingId(itemId: string, d: Draft): string {
  const e = d.evidence[0]
  const place = e ? `${e.file}#${e.page}#${e.line ?? ''}#${e.span?.join('-') ?? ''}` : ''
  return `${itemId}:${d.kind}:${shortHash(`${itemId}|${d.kind}|${place}|${d.field ?? ''}|${d.key ?? ''}`)}`
}

function statusOf(d: Draft): FindingStatus {
  if (d.status === 'undetermined') return 'undetermined'
  const low = d.evidence.some((e) => e.confidence !== undefined && e.confidence < LOW_CONFIDENCE)
  // (…an order judged only on an account of the procedure proves nothing either way)
  if (secondHand(d)) return 'undetermined'
  if (low || readOff(d)) return 'verify'
  return d.status ?? 'open'
}

/**
 * Findings that rest on figures the OCR read off a scan, by kind: the note a message gets, unless its words already say so.
 * - An order of dates or a time limit judged on dates or periods read off a scan. The recogniser misreads about one digit in a
 *   hundred on a clean scan, and its confidence does not tell which (on the real documents of the tune part printed as scans,
 *   27 of 31 misread digits were read at 0.9 or more): one wrong digit turns a lawful order into a breach, so a person checks
 *   the dates against the page before the finding counts.
 * - A provision said not to exist, its numbers read off a scan: a character lost or misread at a line's end turns a real
 *   provision into none (第一百二十七条 printed across two lines, read 第一百 / 十七条: 第一百一十七条 has no items).
 */
const DIGITS = { note: '；所据日期或期限系扫描件的文字识别结果，请对照原件核对', said: /识别所得|识读错误/ }
const READ_OFF_SCAN: Partial<Record<FindingKind, { note: string; said: RegExp }>> = {
  'date-order': DIGITS,
  deadline: DIGITS,
  'citation-nonexistent': { note: '；所据条文序号系扫描件的文字识别结果，请对照原件核对', said: /识别所得|识读错误|文字识别/ },
}
/** The note of a finding that rests on what was read off a scan; undefined when it does not. */
function readOff(d: Draft): { note: string; said: RegExp } | undefined {
  const r = READ_OFF_SCAN[d.kind]
  return r && d.evidence.some(readOffScan) ? r : undefined
}
/** Evidence the OCR read off a scan (text layers and typed files carry no confidence). */
export const readOffScan = (e: Evidence): boolean => e.confidence !== undefined

/** What the message adds when the status was lowered for a reason its kind did not state (a message saying so already is left as it is). */
function noteOf(d: Draft, status: FindingStatus): string {
  if (status === 'undetermined' && d.status !== 'undetermined' && secondHand(d)) return SECOND_HAND_NOTE
  const read = status === 'verify' ? readOff(d) : undefined
  if (read && !read.said.test(d.message)) return read.note
  return ''
}

/**
 * Dates compared only as a document the reader could not place tells them (其他: a news item, a write-up, another
 * body's document, a page of unknown kind): its account is no record of the procedure, so the check cannot decide the
 * order from it; a person looks at the records themselves.
 */
function secondHand(d: Draft): boolean {
  return (d.kind === 'date-order' || d.kind === 'deadline') && d.docTypes.length > 0 && d.docTypes.every((t) => t === '其他')
}
const SECOND_HAND_NOTE = '；所据日期均取自未能归类的文书（其他）中的叙述，并非程序文书本身的记载，无法据以判断，请核对原件'

/** Proposed deduction per the item's form; veto and bonus items deduct nothing here (the scorer applies them). */
function deductionOf(deduction: Deduction | undefined, points: number, d: Draft, status: FindingStatus): { deduction: number; range?: [number, number] } {
  if (!deduction || status === 'undetermined' || d.kind === 'manual') return { deduction: 0 }
  const n = Math.max(1, d.count ?? 1)
  switch (deduction.form) {
    case 'per-occurrence':
    case 'per-element':
      return { deduction: round(deduction.each * n) }
    case 'whole':
      return { deduction: points }
    case 'range':
      return { deduction: deduction.min, range: [deduction.min, deduction.max] }
  }
}

const round = (x: number) => Math.round(x * 100) / 100

export interface FinalizeOptions {
  itemId: string
  deduction?: Deduction
  points: number
  veto?: boolean
  basis?: LegalBasis
}

export function finalize(d: Draft, o: FinalizeOptions): Finding {
  const status = statusOf(d)
  const { deduction, range } = deductionOf(o.deduction, o.points, d, status)
  const f: Finding = {
    id: findingId(o.itemId, d),
    kind: d.kind,
    itemId: o.itemId,
    docTypes: [...new Set(d.docTypes)],
    message: d.message + noteOf(d, status),
    deduction,
    status,
    evidence: d.evidence.length ? d.evidence : [],
  }
  if (d.field) f.field = d.field
  if (range) f.deductionRange = range
  if (o.veto) f.veto = true
  const basis = d.basis || o.basis ? { ...o.basis, ...d.basis } : undefined
  if (basis) f.basis = basis
  return f
}

/** The item's status from its findings and the kind's own verdict. */
export function itemStatus(outcome: KindOutcome, findings: Finding[]): { status: ItemStatus; reason?: string } {
  if (findings.some((f) => f.kind === 'manual')) return { status: 'manual', reason: outcome.reason }
  const real = findings.filter((f) => f.status !== 'undetermined')
  if (real.length) return { status: 'fail' }
  const und = findings.filter((f) => f.status === 'undetermined')
  if (und.length) return { status: 'undetermined', reason: und.map((f) => f.message).join('；') }
  return { status: outcome.status, reason: outcome.reason }
}
