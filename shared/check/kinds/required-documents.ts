/**
 * required-documents: the documents a complete case file holds (procedure-rules.md §6), each possibly conditional on the
 * procedure, the fine, the major-case triggers of 行政处罚法 第五十八条, a document present or a hearing requested.
 * A missing document has no page: the finding points to the 卷内目录 (or the decision) and names what was found.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import { lineEvidence } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable } from '../outcome'
import type { DocType } from '../../types'

/** Other names a document goes by in 卷内目录 listings. */
const LISTED_AS: Partial<Record<DocType, RegExp>> = {
  立案审批表: /立案(?:审批|登记)表/,
  行政处罚事先告知书: /(?:事先)?告知书|违法行为通知书/,
  案件调查终结报告: /调查终结报告|案件调查报告/,
  法制审核意见书: /法制审核/,
  集体讨论记录: /集体讨论/,
  结案报告: /结案(?:报告|审批表)/,
  罚没款缴款凭证: /缴款(?:凭证|书)|罚没款/,
}

export function requiredDocuments(p: CheckKindParams['required-documents'], view: CaseView, item: ItemInfo): KindOutcome {
  const findings: Draft[] = []
  const present: string[] = []
  const notRequired: string[] = []
  const found = [...new Set([...view.documents.map((d) => d.type), ...view.facts.documents.map((d) => d.docType)])].filter((t) => t !== '其他')
  // a document read by a title the title data files under 其他 (听证申请书, 听证报告) is known, not unclassified
  const unclassified = view.documents.filter((d) => (d.type === '其他' && !(d.title && d.confidence >= 0.9)) || d.confidence < 0.6).length
  const foundText = found.length ? found.join('、') : '无'
  const tocLines = [...view.lines(['卷内目录'])].map((x) => x.line)
  for (const req of p.documents ?? []) {
    const name = req.serves ? `${req.serves}的${req.type}` : req.type
    const cond = view.holds(req.when)
    if (cond.holds === false) {
      notRequired.push(`${name}（${cond.why}，不要求）`)
      continue
    }
    // A 送达回证 must serve the named document; one serving only another document (the 告知书's) does not stand for it.
    const serving = req.serves ? view.serviceDocs(req.serves) : null
    const others = serving ? view.docs(req.type).filter((d) => !serving.includes(d)) : []
    if (serving ? serving.length > 0 : view.has(req.type)) {
      present.push(name)
      continue
    }
    // another document that did its job (a 听证告知书 giving the 陈述、申辩 rights is the 告知)
    // (…and for a paper serving another, only that other's own record of it: a decision signed for on the spot)
    const standIn = view.standInFor(req.type, req.serves)
    if (standIn && !standIn.confirm) {
      present.push(`${name}（${standIn.note}）`)
      continue
    }
    const servedOthers = [...new Set(others.map((d) => view.servedBy(d)).filter(Boolean).map((t) => (t === '其他' ? '其他文书' : t)))]
    const seen = servedOthers.length ? `；案卷中的${req.type}送达的是${servedOthers.join('、')}` : ''

    const where = `案卷 ${view.facts.folder.replace(/^.*[\\/]/, '') || '（未命名）'}`
    const basis = cond.why ? `（${cond.why}）` : ''
    // not seen, and whether it must be there cannot be told: the file may lawfully lack it, or the condition is unknown
    const unsure = req.unsureWhen ? view.holds(req.unsureWhen) : null
    const unknown = unsure?.holds ? `${unsure.why}，${req.unsureWhy}，请核对` : cond.holds === null ? `${cond.why}，无法确定是否必备` : null
    if (unknown) {
      findings.push({
        kind: 'missing-document',
        docTypes: [req.type],
        message: `${where}未见${name}${seen}；${unknown}。已识别的文书：${foundText}`,
        evidence: [view.caseEvidence()],
        status: 'undetermined',
        key: req.type,
      })
      continue
    }
    // The 卷内目录 lists it: the document may be in the file under a form the tool did not recognise.
    const re = LISTED_AS[req.type] ?? new RegExp(req.type)
    // A 送达回证 serving another document is listed too: only a listing beyond those counts.
    const listings = tocLines.filter((l) => re.test(l.text))
    const listed = listings.length > others.length ? listings[listings.length - 1] : undefined
    let status: Draft['status'] = 'open'
    const notes: string[] = []
    if (listed) {
      status = 'verify'
      notes.push('卷内目录列有该文书，请核对是否漏装或未能识别')
    } else if (unclassified) {
      status = 'verify'
      notes.push(`另有 ${unclassified} 份文书未能确定类型`)
    }
    if (cond.weak) {
      status = 'verify'
      notes.push('是否属重大案件系根据案卷材料推断')
    }
    // the step shows in another document (a 陈述申辩笔录 recording the notice), but no written document of the kind
    if (standIn) {
      status = 'verify'
      notes.push(`${standIn.note}，请核对${req.type}是否漏装`)
    }
    findings.push({
      kind: 'missing-document',
      docTypes: [req.type],
      message: `${where}缺少${name}${basis}${seen}。已识别的文书：${foundText}${notes.length ? `；${notes.join('；')}` : ''}`,
      evidence: [listed ? lineEvidence(listed) : view.caseEvidence()],
      status,
      key: req.type,
    })
  }
  if (!findings.length && !present.length) return notApplicable(notRequired.length ? notRequired.join('；') : '未列应备文书')
  const reason = [present.length ? `应备文书齐全：${present.join('、')}` : '', ...notRequired].filter(Boolean).join('；')
  return { status: 'pass', reason: reason || undefined, findings }
}
