/**
 * officers: at least two enforcement officers on each document that records an act of enforcement (行政处罚法
 * 第四十二条, 第五十五条), each with an enforcement certificate number.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable } from '../outcome'
import type { OfficerFact } from '../../types'

const CERT_LIKE = /[A-Za-z0-9]{6,}|执法证[号件]?[:：]?\s*\S{4,}/

export function officers(p: CheckKindParams['officers'], view: CaseView, item: ItemInfo): KindOutcome {
  const types = p.docTypes?.length ? p.docTypes : item.docTypes ?? []
  const min = p.min ?? 2
  const requireCert = p.requireCertNo ?? true
  const docs = view.docs().filter((d) => types.includes(d.docType))
  if (!docs.length) return notApplicable(`案卷中没有${types.join('、')}`)
  const findings: Draft[] = []
  const basis = { law: '中华人民共和国行政处罚法', provision: '第四十二条第一款', ruleId: 'CF-42' }
  for (const doc of docs) {
    const byName = new Map<string, OfficerFact>()
    for (const o of doc.officers) {
      const prev = byName.get(o.name)
      if (!prev || (!prev.certNo && o.certNo)) byName.set(o.name, o)
    }
    const list = [...byName.values()]
    if (list.length === 0) {
      findings.push({
        kind: 'officers',
        docTypes: [doc.docType],
        field: '执法人员',
        message: `${doc.docType}未读出执法人员，无法核对人数和执法证号`,
        evidence: [view.docEvidence(doc)],
        status: 'undetermined',
        key: 'none',
      })
      continue
    }
    if (list.length < min) {
      findings.push({
        kind: 'officers',
        docTypes: [doc.docType],
        field: '执法人员',
        message: `${doc.docType}仅记载${list.length === 1 ? '一' : list.length}名执法人员（${list.map((o) => o.name).join('、')}），少于${min === 2 ? '两' : min}人`,
        evidence: list.map((o) => o.evidence),
        basis,
        key: 'count',
      })
    }
    if (requireCert) {
      const without = list.filter((o) => !o.certNo || !o.certNo.trim())
      if (without.length) {
        // The line may still show a number the reading missed: then a reviewer confirms.
        const unsure = without.some((o) => CERT_LIKE.test(o.evidence.text.replace(o.name, '')))
        findings.push({
          kind: 'officers',
          docTypes: [doc.docType],
          field: '执法证号',
          message: `${doc.docType}中执法人员${without.map((o) => o.name).join('、')}未记载执法证号`,
          evidence: without.map((o) => o.evidence),
          status: unsure ? 'verify' : 'open',
          count: without.length,
          basis: { ...basis, provision: '第五十五条第一款', ruleId: 'CF-55' },
          key: 'cert',
        })
      }
    }
  }
  return { status: 'pass', reason: `${types.join('、')}的执法人员不少于${min}人${requireCert ? '且均有执法证号' : ''}`, findings }
}
