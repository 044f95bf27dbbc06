/**
 * signatures: the signatures and seals a document needs (当事人签名, 执法人员签名, 印章). Text cannot show a
 * handwritten signature, so only a signature box read blank is reported (to verify); a document with no signature
 * or seal marker at all is undetermined, never passed.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable } from '../outcome'
import { docText } from '../view'
import { SERVED_AT_A_DISTANCE } from './required-fields'

const SIGN_LABEL = /签名|签字|签章|盖章|捺印|印章/
const BLANK = /^[\s\u3000_＿:：（）()\/\\]*$/

export function signatures(p: CheckKindParams['signatures'], view: CaseView, item: ItemInfo): KindOutcome {
  const types = p.docTypes?.length ? p.docTypes : item.docTypes ?? []
  const docs = view.docs().filter((d) => types.includes(d.docType))
  if (!docs.length) return notApplicable(`案卷中没有${types.join('、')}`)
  const findings: Draft[] = []
  for (const doc of docs) {
    // (the party's box on a 送达回证 of service by post or notice: the post's receipt or the notice stands for it)
    const cd = view.document(doc)
    const atADistance = doc.docType === '送达回证' && !!cd && SERVED_AT_A_DISTANCE.test(docText(cd))
    const blanks = doc.fields.filter((f) => SIGN_LABEL.test(f.label) && BLANK.test(f.value) && !(atADistance && /受送达人|收件人|签收人/.test(f.label)))
    for (const f of blanks) {
      findings.push({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: f.label,
        message: `${doc.docType}的“${f.label}”一栏空白，请核对是否签名或盖章`,
        evidence: [f.evidence],
        status: 'verify',
        key: f.label,
      })
    }
    if (blanks.length) continue
    const signedFields = doc.fields.some((f) => SIGN_LABEL.test(f.label) && !BLANK.test(f.value))
    // 当事人签名:曹立群 / 执法人员签名：林秀英 陈娜 on a line of the document.
    const lines = view.document(doc)?.lines ?? []
    const signedLine = lines.some((l) => /(?:签名|签字|签章|盖章)(?:或盖章)?[\s:：]*[\u4e00-\u9fff]{2,}/.test(l.text) && !/^[\s\S]*(?:签名|签字|签章|盖章)[\s:：]*$/.test(l.text))
    // The closing block of a record (被询问人：吕红梅    询问人：邓艳、唐超 after 以上笔录我已看过): names under their roles.
    const closing = lines.slice(-5).some((l) => /(?:被询问人|询问人|记录人|当事人|执法人员|检查人|受送达人|陈述申辩人|主持人|记录员|听证员)[:：\s]+[\u4e00-\u9fff]{2,4}/.test(l.text))
    if (!doc.signatures.length && !signedFields && !signedLine && !closing) {
      findings.push({
        kind: 'missing-field',
        docTypes: [doc.docType],
        field: '签名或盖章',
        message: `${doc.docType}未见签名或盖章标记，文字无法判断是否已签名盖章，请人工核对`,
        evidence: [view.docEvidence(doc)],
        status: 'undetermined',
        key: 'signature',
      })
    }
  }
  return { status: 'pass', reason: `${types.join('、')}见签名或盖章标记（手写签名须人工核对）`, findings }
}
