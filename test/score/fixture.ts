import type { Rubric, VetoEffect } from '../../shared/types'

/**
 * A small rubric shaped like the published ones: a veto layer, 卷面 and 内容 sections (内容 split by stage),
 * the four deduction forms, a manual item and two 加分项. Total 20; bands 优秀 ≥ 18, 合格 ≥ 12.
 */
export function rubric(effect: VetoEffect = 'zero', opts: { exceedTotal?: boolean } = {}): Rubric {
  return {
    id: 'score-test',
    name: '评分测试标准',
    version: '1',
    sector: '通用',
    source: '测试',
    appliesTo: '行政处罚',
    veto: {
      effect,
      ...(effect === 'cap_grade' ? { capGrade: '合格' } : {}),
      items: [
        { id: 'V1', title: '执法人员不少于2人', check: { kind: 'officers', params: { docTypes: ['询问笔录'], min: 2 } } },
        { id: 'V2', title: '违法事实认定清楚', check: { kind: 'manual', params: { question: '事实清楚？' } } },
      ],
    },
    sections: [
      {
        id: 'S1',
        title: '卷面标准',
        points: 8,
        items: [
          { id: 'A1', title: '文书填写规范', points: 3, deduction: { form: 'per-occurrence', each: 1 }, check: { kind: 'required-fields', params: { docType: '立案审批表', fields: ['案由'] } } },
          { id: 'A2', title: '当事人基本情况', points: 2, deduction: { form: 'per-element', each: 0.5 }, check: { kind: 'required-fields', params: { docType: '行政处罚决定书', fields: ['住所'] } } },
          { id: 'A3', title: '送达回证', points: 3, deduction: { form: 'whole' }, check: { kind: 'required-documents', params: { documents: [{ type: '送达回证' }] } } },
        ],
      },
      {
        id: 'S2',
        title: '内容标准',
        points: 12,
        sections: [
          {
            id: 'S2a',
            title: '审查决定',
            points: 7,
            items: [
              { id: 'B1', title: '履行告知程序', points: 5, deduction: { form: 'range', min: 1, max: 5 }, check: { kind: 'date-order', params: { pairs: [{ before: '告知', after: '决定', strict: true }] } } },
              { id: 'B2', title: '裁量适当', points: 2, deduction: { form: 'range', min: 1, max: 2 }, check: { kind: 'manual', params: { question: '裁量适当？' } } },
            ],
          },
          {
            id: 'S2b',
            title: '送达执行',
            points: 5,
            items: [{ id: 'B3', title: '按期送达', points: 5, deduction: { form: 'per-occurrence', each: 2 }, check: { kind: 'deadline', params: { from: '决定', to: '送达', days: 7, unit: 'working', ruleId: 'CF-61' } } }],
          },
        ],
      },
    ],
    bonus: {
      max: 2,
      ...(opts.exceedTotal ? { exceedTotal: true } : {}),
      items: [
        { id: 'X1', title: '执法手段丰富', points: 1.5, deduction: { form: 'whole' }, check: { kind: 'manual', params: { question: '执法手段丰富？' } } },
        { id: 'X2', title: '自由裁量合理', points: 1, deduction: { form: 'whole' }, check: { kind: 'manual', params: { question: '裁量合理？' } } },
      ],
    },
    grades: [
      { name: '优秀', min: 18 },
      { name: '合格', min: 12 },
      { name: '不合格', min: 0 },
    ],
    total: 20,
  }
}

