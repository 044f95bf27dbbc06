/** manual: an item a reviewer judges (证据是否充分, 定性是否准确 …): a `manual` finding with no deduction, pointing to the decision. */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import type { ItemInfo, KindOutcome } from '../outcome'

export function manual(p: CheckKindParams['manual'], view: CaseView, item: ItemInfo): KindOutcome {
  const question = p.question?.trim() || item.title
  const types = item.docTypes ?? []
  const doc = view.docs().find((d) => types.includes(d.docType)) ?? view.decision()
  return {
    status: 'pass',
    reason: question,
    findings: [
      {
        kind: 'manual',
        docTypes: doc ? [doc.docType] : types,
        message: `须人工评查：${question}`,
        evidence: [doc ? view.docEvidence(doc) : view.caseEvidence()],
        status: 'undetermined',
      },
    ],
  }
}
