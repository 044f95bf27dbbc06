import { expect } from 'vitest'
import type { Finding, FindingKind, FindingStatus, ItemStatus } from '../../shared/types'
import type { CheckOutput } from '../../shared/check'

export interface Want {
  kind: FindingKind
  status?: FindingStatus
  /** Exact message, or a RegExp it must match. */
  message?: string | RegExp
  docTypes?: string[]
  field?: string
  deduction?: number
}

/** One item's result and its findings, as a table row expects them (in order). */
export function expectItem(out: CheckOutput, status: ItemStatus, want: Want[]): Finding[] {
  expect(out.items).toHaveLength(1)
  const got = out.findings
  const show = got.map((f) => `${f.kind}/${f.status}: ${f.message}`).join('\n')
  expect(got.length, show).toBe(want.length)
  want.forEach((w, i) => {
    const f = got[i]
    expect(f.kind, show).toBe(w.kind)
    expect(f.status, show).toBe(w.status ?? 'open')
    if (typeof w.message === 'string') expect(f.message).toBe(w.message)
    else if (w.message) expect(f.message).toMatch(w.message)
    if (w.docTypes) expect(f.docTypes).toEqual(w.docTypes)
    if (w.field) expect(f.field).toBe(w.field)
    if (w.deduction !== undefined) expect(f.deduction).toBe(w.deduction)
    // Every finding points somewhere a reviewer can open.
    expect(f.evidence.length).toBeGreaterThan(0)
    for (const e of f.evidence) {
      expect(e.file).toBeTruthy()
      expect(e.page).toBeGreaterThanOrEqual(1)
      expect(e.text).toBeTruthy()
    }
  })
  expect(out.items[0].status, `${out.items[0].reason ?? ''}\n${show}`).toBe(status)
  expect(out.items[0].findingIds).toEqual(got.map((f) => f.id))
  if (status === 'undetermined' || status === 'not-applicable' || status === 'pass') expect(out.items[0].reason).toBeTruthy()
  return got
}
