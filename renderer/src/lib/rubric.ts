/** Readable Chinese for the parts of a rubric (check kinds, deduction forms). */
import type { CheckKindName } from '../../../shared/check/kinds'
import type { Deduction } from '../../../shared/types/rubric'

export const CHECK_KIND_LABEL: Record<CheckKindName, string> & Record<string, string | undefined> = {
  'required-documents': '必备文书检查',
  'required-fields': '文书要素检查',
  officers: '执法人员检查',
  citation: '法律条文引用检查',
  'fine-range': '罚款幅度检查',
  'date-order': '日期先后检查',
  deadline: '法定期限检查',
  consistency: '前后一致性检查',
  signatures: '签名盖章检查',
  manual: '人工评查',
}

export function deductionText(d: Deduction): string {
  switch (d.form) {
    case 'per-occurrence':
      return `每处扣 ${d.each} 分，扣完为止`
    case 'per-element':
      return `缺一项扣 ${d.each} 分`
    case 'whole':
      return '扣全分'
    case 'range':
      return `视情况扣 ${d.min}–${d.max} 分（评查人决定）`
  }
}
