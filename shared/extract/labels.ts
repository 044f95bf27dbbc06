/** Field labels of case-file forms, shared by the text joiner and the form reader. */

/** Labels seen on case-file forms. A line-initial label ending in 意见/时间/日期/地点/人/名称 is accepted too. */
export const KNOWN_LABELS = [
  '案由', '案件名称', '案件来源', '来源', '当事人', '当事人名称', '名称', '单位名称', '姓名', '姓名或名称', '被处罚单位', '被处罚人',
  '法定代表人', '负责人', '主要负责人', '法定代表人（负责人）', '经营者', '住所', '地址', '住址', '经营场所', '联系电话', '电话', '邮编',
  '统一社会信用代码', '身份证号', '身份证号码', '证件号码', '案号', '文号', '编号', '立案日期', '立案时间', '受案时间',
  '承办人', '承办人意见', '承办机构意见', '办案机构意见', '审批意见', '审核意见', '负责人意见', '部门负责人意见', '机关负责人意见',
  '法制审核意见', '法制机构意见', '审核人', '审批人', '检查时间', '检查地点', '检查场所', '检查人员', '检查情况', '询问时间', '询问地点',
  '询问人', '记录人', '被询问人', '被检查人', '被检查单位', '执法人员', '执法证号', '受送达人', '送达文书', '送达文书名称及文号',
  '送达时间', '送达地点', '送达方式', '送达人', '收件人', '签收人', '结案日期', '执行情况', '处理结果', '处理意见', '讨论内容',
  '讨论时间', '讨论地点', '主持人', '参加人员', '出席人员', '结论性意见', '违法事实', '证据', '简要案情', '调查结论', '备注',
  '陈述申辩意见', '听证时间', '听证地点', '罚款金额', '缴款人', '缴款金额', '缴款日期', '延期理由', '延长期限', '立卷人', '检查人',
  '时间', '日期', '地点', '起止时间', '立案编号', '承办机构意见', '负责人审批意见', '列席人员', '讨论意见', '听证主持人', '记录员', '案件调查人员',
  '委托代理人', '申请人', '申请事项', '申请日期', '审查意见', '审查日期', '执收单位', '收款银行', '项目名称', '立卷时间',
  '被处罚人姓名', '被处罚单位名称', '当事人姓名', '性别', '出生日期', '民族', '违法主体名称或姓名', '行政相对人名称', '主体资格证照名称',
  '勘验时间', '勘验地点', '勘验人', '勘验（检查）时间', '勘验（检查）地点', '勘验（检查）人', '勘验（检查）情况',
  '年龄', '身份证件号', '当事人（个人）', '当事人（单位）', '工作单位及职务', '工作单位', '职务', '现场负责人',
  // (the questioned or inspected person's signature box of a record, which a blank signature leaves empty)
  '被询问人签名', '被检查人签名',
  // (a receipt's head row over a row of values: 送达文书名称  送达文书文号  受送达人  送达地点  送达方式)
  '送达文书名称', '送达文书文号', '文书文号', '文书名称', '送达文件名称及文号', '送达文件名称', '送达文件', '收件人签名', '送达日期',
]


/** A known label (spaces inside ignored). */
export function isKnownLabel(s: string): boolean {
  return KNOWN.has(s.replace(/[\s\u3000]/g, ''))
}

export const KNOWN = new Set(KNOWN_LABELS)
const LABEL_SUFFIX = /(意见|时间|日期|地点|人|名称|情况|号码|证号|金额|理由|事由|内容|结果|方式|案由)$/

export function cleanLabel(s: string): string {
  return s.replace(/[\s\u3000]/g, '')
}

export function isLabel(raw: string): boolean {
  const l = cleanLabel(raw)
  if (l.length < 2 || l.length > 12) return false
  if (KNOWN.has(l)) return true
  return LABEL_SUFFIX.test(l) && /^[\u4e00-\u9fa5（）()]+$/.test(l) && l.length <= 8
}

