/**
 * 待处理 — what of a case still waits for a reviewer, counted one way on every screen and in every export: the rubric
 * items (veto items included) whose outcome a reviewer must still settle — a finding to verify, one the program could
 * not decide, a question only a person can answer, a deduction within a range, an item the check left open. A finding
 * the program is sure of is not counted: it stands until a reviewer rejects it. Several findings under one item are one
 * thing to settle, as the workspace lists them under that item.
 */
import type { ItemScore } from '../types/result'

export const PENDING_LABEL = '待处理'

/** The items waiting for a reviewer: scored items marked pending, then the veto items not yet settled. */
export function pendingItems(score: { items: readonly Pick<ItemScore, 'itemId' | 'pending'>[]; vetoPending?: readonly string[] }): string[] {
  return [...score.items.filter((i) => i.pending).map((i) => i.itemId), ...(score.vetoPending ?? [])]
}

