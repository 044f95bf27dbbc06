/**
 * Form layout: labelled fields (案由：…, 承办人意见：…, blank values kept), table layouts flattened to label / value lines,
 * labels padded with spaces (案  由), several fields on one line, and signature / seal markers.
 */
import type { Evidence, FieldFact } from '../types'
import { evidenceAt, type DocText } from './text'

/** Labels seen on case-file forms. A line-initial label ending in 意见/时间/日期/地点/人/名称 is accepted too. */
export const KNOWN_LABELS = [
  '案由', '案件名称', '案件来源', '来源', '当事人', '当事人名称', '名称', '单位名称', '姓名', '姓名或名称', '被处罚单位', '被处罚人',
  '法定代表人', '负责人', '法定代表人（负责人）', '经营者', '住所', '地址', '住址', '经营场所', '联系电话', '电话', '邮编',
  '统一社会信用代码', '身份证号', '身份证号码', '证件号码', '案号', '文号', '编号', '立案日期', '立案时间', '受案时间',
  '承办人', '承办人意见', '承办机构意见', '办案机构意见', '审批意见', '审核意见', '负责人意见', '部门负责人意见', '机关负责人意见',
  '法制审核意见', '法制机构意见', '审核人', '审批人', '检查时间', '检查地点', '检查人员', '检查情况', '询问时间', '询问地点',
  '询问人', '记录人', '被询问人', '被检查人', '被检查单位', '执法人员', '执法证号', '受送达人', '送达文书', '送达文书名称及文号',
  '送达时间', '送达地点', '送达方式', '送达人', '收件人', '签收人', '结案日期', '执行情况', '处理结果', '处理意见', '讨论内容',
  '讨论时间', '讨论地点', '主持人', '参加人员', '出席人员', '结论性意见', '违法事实', '证据', '简要案情', '调查结论', '备注',
  '陈述申辩意见', '听证时间', '听证地点', '罚款金额', '缴款人', '缴款金额', '缴款日期', '延期理由', '延长期限', '立卷人', '检查人',
]
const KNOWN = new Set(KNOWN_LABELS)
const LABEL_SUFFIX = /(意见|时间|日期|地点|人|名称|情况|号码|证号|金额|理由|事由|内容|结果|方式|案由)$/

function cleanLabel(s: string): string {
  return s.replace(/[\s\u3000]/g, '')
}

export function isLabel(raw: string): boolean {
  const l = cleanLabel(raw)
  if (l.length < 2 || l.length > 12) return false
  if (KNOWN.has(l)) return true
  return LABEL_SUFFIX.test(l) && /^[\u4e00-\u9fa5（）()]+$/.test(l) && l.length <= 8
}

const RE_PAIR = /([\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5（）()]){1,11})[ \u3000]{0,3}[:：][ \u3000]*/g

export function extractFields(dt: DocText): FieldFact[] {
  const out: FieldFact[] = []
  const lines = dt.text.split('\n')
  for (let i = 0; i < dt.lines.length; i++) {
    const line = lines[i]
    const base = dt.starts[i]
    const hits: { label: string; s: number; e: number }[] = []
    RE_PAIR.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = RE_PAIR.exec(line))) {
      // the label is the tail of the run (承办人意见 inside 同意。承办人意见：)
      let raw = m[1]
      let off = m.index
      while (raw.length > 2 && !isLabel(raw)) {
        raw = raw.slice(1)
        off++
      }
      if (!isLabel(raw)) continue
      // a label must start the line or follow a gap / punctuation
      const prev = line.slice(0, off).trimEnd()
      if (prev.length > 0 && !/[\s。；;，,|]$/.test(line.slice(0, off)) && !/[。；;|]$/.test(prev)) continue
      hits.push({ label: cleanLabel(raw), s: off, e: m.index + m[0].length })
    }
    if (hits.length === 0) {
      // table layout: a known label alone on its line, the value on the next line (or blank if the next is a label)
      const l = cleanLabel(line)
      if (KNOWN.has(l)) {
        const next = lines[i + 1]?.trim() ?? ''
        const nextIsLabel = next === '' || KNOWN.has(cleanLabel(next)) || /^[\u4e00-\u9fa5\s]{2,12}[:：]/.test(next)
        const value = nextIsLabel ? '' : next
        const vs = nextIsLabel ? base : dt.starts[i + 1] + (lines[i + 1].length - lines[i + 1].trimStart().length)
        out.push({ label: l, value, evidence: evidenceAt(dt, nextIsLabel ? base : vs, nextIsLabel ? base + line.length : vs + value.length) })
      }
      continue
    }
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]
      const end = k + 1 < hits.length ? hits[k + 1].s : line.length
      const value = line.slice(h.e, end).trim().replace(/[|｜]\s*$/, '').trim()
      const vs = base + h.e + (line.slice(h.e, end).length - line.slice(h.e, end).trimStart().length)
      out.push({ label: h.label, value, evidence: evidenceAt(dt, value ? vs : base + h.s, value ? vs + value.length : base + h.e) })
    }
  }
  return out
}

const RE_SIGN = /(签名|签字|签章|盖章|公章|印章|捺印|按指印|手印|签收|（章）|\(章\)|\[章\]|【章】)/g

export function extractSignatures(dt: DocText): Evidence[] {
  const out: Evidence[] = []
  RE_SIGN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE_SIGN.exec(dt.text))) out.push(evidenceAt(dt, m.index, m.index + m[0].length))
  return out
}
