/** The format's closed words in Chinese, for the screen and for the validator's lists of what may be written. */
import type { CheckKindName } from '../check/kinds'
import type { VetoEffect } from '../types'

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

/** What a veto does to the case's score (`capGrade` names the band for cap_grade). */
export const VETO_EFFECT_LABEL: Record<VetoEffect, string> = {
  zero: '总分为零',
  fail: '评为不合格',
  cap_grade: '封顶等次',
}

export const DAY_UNIT_LABEL: Record<'natural' | 'working' | 'month' | 'year', string> = { natural: '自然日', working: '工作日', month: '月', year: '年' }

export const DEDUCTION_FORM_LABEL: Record<'per-occurrence' | 'per-element' | 'whole' | 'range', string> = {
  'per-occurrence': '每处扣分',
  'per-element': '缺一项扣分',
  whole: '扣全分',
  range: '视情况扣分',
}
