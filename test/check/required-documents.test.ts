import { describe, it, expect } from 'vitest'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { ItemStatus } from '../../shared/types'
import { lawfulCase, run, type CaseBuilder, type LawfulOptions } from './build'
import { expectItem, type Want } from './expect'

type Docs = CheckKindParams['required-documents']['documents']
const R = (documents: Docs) => ({ kind: 'required-documents', params: { documents } })

const ORDINARY: Docs = [
  { type: '立案审批表', when: { procedure: ['普通程序', '听证程序'] } },
  { type: '案件调查终结报告', when: { procedure: ['普通程序', '听证程序'] } },
  { type: '行政处罚事先告知书' },
  { type: '行政处罚决定书' },
  { type: '送达回证' },
  { type: '法制审核意见书', when: { majorCase: true } },
  { type: '集体讨论记录', when: { majorCase: true } },
  { type: '听证笔录', when: { hearingRequested: true } },
  { type: '结案报告', when: { procedure: ['普通程序', '听证程序'] } },
]

const FOUND_ALL = '卷内目录、案件来源登记表、立案审批表、现场检查笔录、询问笔录、案件调查终结报告'

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; docs?: Docs; status: ItemStatus; want: Want[] }[] = [
  { name: 'a complete ordinary file', status: 'pass', want: [] },
  {
    name: 'no 事先告知书, but a 听证告知书 that gives the 陈述、申辩 rights stands for it',
    edit: (c) => {
      c.drop('行政处罚事先告知书')
      c.add('听证告知书', ['行政处罚听证告知书', '本局拟对你单位作出罚款的行政处罚。你单位可在收到本告知书之日起五日内进行陈述、申辩，并有权要求听证。'])
    },
    status: 'pass',
    want: [],
  },
  {
    // the record shows the party was told, but the written notice (CF-44) is not in the file: a person looks
    name: 'no 事先告知书, a 陈述申辩笔录 recording the notice: asked about, not passed',
    edit: (c) => {
      c.drop('行政处罚事先告知书').drop('卷内目录')
      c.get('陈述申辩笔录').line('当事人表示对本局告知的拟处罚事实、理由、依据无异议，放弃陈述、申辩。')
    },
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', docTypes: ['行政处罚事先告知书'], message: /陈述申辩笔录记载了事先告知的内容，请核对行政处罚事先告知书是否漏装/ }],
  },
  {
    name: 'a 听证告知书 that speaks of the hearing only does not stand for the 事先告知书',
    edit: (c) => {
      c.drop('行政处罚事先告知书')
      c.add('听证告知书', ['行政处罚听证告知书', '你单位有权要求举行听证。'])
    },
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', docTypes: ['行政处罚事先告知书'] }],
  },
  {
    name: 'no 立案审批表: the 卷内目录 lists it, so a reviewer confirms',
    edit: (c) => c.drop('立案审批表'),
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', docTypes: ['立案审批表'], message: /^案卷 2024-食品-012缺少立案审批表（普通程序）。已识别的文书：卷内目录、案件来源登记表、现场检查笔录.*；卷内目录列有该文书，请核对是否漏装或未能识别$/ }],
  },
  {
    name: 'no 结案报告 and not listed: open, pointing at the 卷内目录',
    edit: (c) => {
      c.drop('结案报告')
      c.get('卷内目录').doc.lines.pop()
    },
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'open', docTypes: ['结案报告'], message: /^案卷 2024-食品-012缺少结案报告（普通程序）。已识别的文书：.*罚没款缴款凭证$/ }],
  },
  {
    name: 'simple procedure: 立案审批表 not required',
    opts: { procedure: '简易程序' },
    edit: (c) => c.drop('立案审批表').drop('案件调查终结报告').drop('结案报告'),
    status: 'pass',
    want: [],
  },
  {
    name: 'unknown procedure and a procedure-bound document absent: undetermined',
    opts: { procedure: '未知' },
    edit: (c) => c.drop('结案报告'),
    status: 'undetermined',
    want: [{ kind: 'missing-document', status: 'undetermined', message: /未见结案报告；程序类型不明，无法确定是否必备/ }],
  },
  {
    // 第五十八条第一款第（二）项 needs 重大权益 too, which the file does not show: a person confirms
    name: 'a hearing held (听证程序) makes it a major case: 法制审核意见书 and 集体讨论记录 asked for, to verify',
    opts: { procedure: '听证程序' },
    edit: (c) => c.add('听证笔录', ['听证笔录', '听证时间：2024-04-01']),
    status: 'fail',
    want: [
      { kind: 'missing-document', status: 'verify', docTypes: ['法制审核意见书'], message: /缺少法制审核意见书（经过听证程序（行政处罚法第五十八条第一款第（二）项，另须直接关系重大权益））.*是否属重大案件系根据案卷材料推断/ },
      { kind: 'missing-document', status: 'verify', docTypes: ['集体讨论记录'] },
    ],
  },
  {
    name: 'a 法制审核意见书 alone does not make a case major (市场监管 reviews every ordinary case)',
    opts: { major: true },
    edit: (c) => c.drop('集体讨论记录'),
    status: 'pass',
    want: [],
  },
  {
    name: '…nor one saying the case may go without a collective discussion (可不提交集体讨论, cv-06)',
    opts: { major: true },
    edit: (c) => void c.drop('集体讨论记录').get('法制审核意见书').line('本案不属于《中华人民共和国行政处罚法》第五十七条第二款规定的情节复杂或者重大违法行为，可不提交集体讨论。'),
    status: 'pass',
    want: [],
  },
  {
    // (行政处罚法 第五十七条第二款's 集体讨论 is for 情节复杂或者重大违法行为; 第五十八条's legal review for 重大公共利益, 重大权益 with
    // a hearing, 疑难复杂: the one does not show the other — bp-05, bq-05)
    name: 'a collective discussion alone does not show a case 第五十八条 asks a legal review for: the missing 法制审核意见书 is undetermined',
    opts: { major: true },
    edit: (c) => c.drop('法制审核意见书'),
    status: 'undetermined',
    want: [{ kind: 'missing-document', status: 'undetermined', docTypes: ['法制审核意见书'], message: /集体讨论（行政处罚法第五十七条第二款）不能说明属第五十八条应当法制审核的情形，无法确定是否必备/ }],
  },
  {
    // (…but the file's own words saying the case was reviewed, with no review on file, are asked about — ag-12)
    name: '…unless the decision says 本案经法制审核: to verify',
    opts: { major: true },
    edit: (c) => void c.drop('法制审核意见书').get('行政处罚决定书').line('本案经法制审核，并经我局负责人集体讨论决定。'),
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', docTypes: ['法制审核意见书'], message: /行政处罚决定书载明“本案经法制审核/ }],
  },
  {
    // (…and the condition's other parts are still weighed: one that does not hold makes the paper not required)
    name: '…a condition whose other part does not hold (lacksDocument: 集体讨论记录, the file holding one): not required',
    opts: { major: true },
    edit: (c) => void c.drop('法制审核意见书').get('行政处罚决定书').line('本案经法制审核，并经我局负责人集体讨论决定。'),
    docs: [{ type: '法制审核意见书', when: { majorCase: true, lacksDocument: '集体讨论记录' } }],
    status: 'not-applicable',
    want: [],
  },
  {
    // (cx-02: the denial broken over two lines)
    name: 'a decision saying a licence is not revoked (…未持有种子生产经营许可证，不 / 适用吊销许可证): no sign of a major case',
    edit: (c) => void c.get('行政处罚决定书').line('你经营部系备案经营者，未持有种子生产经营许可证，不').line('适用吊销许可证。'),
    status: 'pass',
    want: [],
  },
  {
    name: 'licence revoked in the decision: major case',
    edit: (c) => (c.get('行政处罚决定书').doc.lines[9].text = '一、没收超过保质期的食品；二、罚款人民币60000元；三、吊销食品经营许可证。'),
    status: 'fail',
    want: [
      { kind: 'missing-document', status: 'open', docTypes: ['法制审核意见书'], message: /决定书处以较重处罚/ },
      { kind: 'missing-document', status: 'open', docTypes: ['集体讨论记录'] },
    ],
  },
  {
    name: 'a paper of the file saying the heads decided together (经本局负责人集体讨论决定) with no record of it: to verify',
    opts: { fine: 60000 },
    edit: (c) => (c.get('行政处罚决定书').doc.lines[8].text = '本案经法制审核，并经本局负责人集体讨论决定。'),
    docs: [{ type: '集体讨论记录', when: { seriousCase: true, fineAtLeast: 100000 } }],
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', docTypes: ['集体讨论记录'], message: /行政处罚决定书载明“并经本局负责人集体讨论决定/ }],
  },
  {
    name: '…not a paper saying none was needed',
    opts: { fine: 60000 },
    edit: (c) => (c.get('行政处罚决定书').doc.lines[8].text = '本案不属于应当集体讨论的情形。'),
    docs: [{ type: '集体讨论记录', when: { seriousCase: true, fineAtLeast: 100000 } }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'fine threshold: 集体讨论记录 when the fine is at least 100000',
    opts: { fine: 60000 },
    docs: [{ type: '集体讨论记录', when: { fineAtLeast: 100000 } }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'fine threshold reached',
    opts: { fine: 100000 },
    docs: [{ type: '集体讨论记录', when: { fineAtLeast: 100000 } }],
    status: 'fail',
    want: [{ kind: 'missing-document', message: /缺少集体讨论记录（罚款 100000 元）/ }],
  },
  {
    name: 'a hearing request in the statement record requires the 听证笔录',
    edit: (c) => (c.get('陈述申辩笔录').doc.lines[3].text = '陈述申辩意见：当事人提出听证申请。'),
    docs: [{ type: '听证笔录', when: { hearingRequested: true } }],
    status: 'fail',
    want: [{ kind: 'missing-document', docTypes: ['听证笔录'] }],
  },
  {
    name: 'the hearing right told in the 告知书 is not a request',
    edit: (c) => (c.get('行政处罚事先告知书').doc.lines[4].text = '你单位有要求举行听证的权利。'),
    docs: [{ type: '听证笔录', when: { hearingRequested: true } }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'an unclassified document may be the missing one: to verify',
    edit: (c) => {
      c.drop('结案报告')
      c.get('卷内目录').doc.lines.pop()
      const x = c.add('其他', ['（无法识别的页面）'])
      x.doc.confidence = 0.3
    },
    status: 'fail',
    want: [{ kind: 'missing-document', status: 'verify', message: /另有 1 份文书未能确定类型/ }],
  },
]

describe('required-documents', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, R(r.docs ?? ORDINARY)), r.status, r.want)
    })
  }

  it('a missing document points to the 卷内目录 and names the folder', () => {
    const c = lawfulCase()
    c.drop('送达回证')
    const out = run(c, R(ORDINARY))
    const f = out.findings[0]
    expect(f.evidence[0].file).toBe('01-卷内目录.pdf')
    expect(f.message).toContain('案卷 2024-食品-012')
    expect(f.message).toContain(FOUND_ALL)
  })
})

describe('required-documents: a hearing held', () => {
  it('the decision says a hearing was held: the 听证笔录 is required', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line('应当事人申请，本局于2024年4月1日依法举行了听证。')
    expectItem(run(c, R([{ type: '听证笔录', when: { hearingRequested: true } }])), 'fail', [{ kind: 'missing-document', docTypes: ['听证笔录'], message: /缺少听证笔录（当事人要求听证）/ }])
  })
})

describe('required-documents: the 送达回证 must serve the named document', () => {
  const SERVES: Docs = [{ type: '送达回证', serves: '行政处罚决定书', when: { procedure: ['普通程序', '听证程序'] } }]
  /** The file's only 送达回证 serves another paper (the decision's was not filed): by default the 告知书. */
  const noticeOnly = (c: CaseBuilder, label = '送达文书名称及文号', value = '行政处罚事先告知书（杭西市监罚告〔2024〕9号）') => {
    const r = c.get('送达回证')
    r.doc.lines[1].text = `${label}：${value}`
    r.facts.fields[0] = { label, value, evidence: r.ev(1) }
    r.facts.caseNumbers = []
  }

  it('the decision served: present', () => {
    expectItem(run(lawfulCase(), R(SERVES)), 'pass', [])
  })

  it('only the 告知书 served: the decision’s 送达回证 is missing, and the message says what was served', () => {
    const c = lawfulCase()
    noticeOnly(c)
    c.get('卷内目录').doc.lines = c.get('卷内目录').doc.lines.filter((l) => !l.text.includes('送达回证'))
    expectItem(run(c, R(SERVES)), 'fail', [
      { kind: 'missing-document', status: 'open', docTypes: ['送达回证'], message: /缺少行政处罚决定书的送达回证（普通程序）；案卷中的送达回证送达的是行政处罚事先告知书。/ },
    ])
  })

  it('the 卷内目录 listing the 告知书’s 送达回证 does not make the decision’s one “listed”', () => {
    const c = lawfulCase()
    noticeOnly(c)
    expectItem(run(c, R(SERVES)), 'fail', [{ kind: 'missing-document', status: 'open', docTypes: ['送达回证'] }])
  })

  it('a second 送达回证 line in the 卷内目录: a reviewer checks whether it was filed', () => {
    const c = lawfulCase()
    noticeOnly(c)
    c.get('卷内目录').line('10  送达回证（行政处罚决定书）  第10页')
    expectItem(run(c, R(SERVES)), 'fail', [{ kind: 'missing-document', status: 'verify', message: /卷内目录列有该文书/ }])
  })

  it('a 送达回证 naming a paper of no kind the checks know (延长查封（扣押）期限决定书) serves that paper, not the decision', () => {
    const c = lawfulCase()
    noticeOnly(c, '送达文书', '延长查封（扣押）期限决定书（沪松文旅延强〔2025〕第004号）')
    c.get('卷内目录').doc.lines = c.get('卷内目录').doc.lines.filter((l) => !l.text.includes('送达回证'))
    expectItem(run(c, R(SERVES)), 'fail', [{ kind: 'missing-document', status: 'open', message: /案卷中的送达回证送达的是其他文书。/ }])
  })

  it('a 送达回证 whose served document cannot be read counts as present', () => {
    const c = lawfulCase()
    const r = c.get('送达回证')
    r.doc.lines[1].text = '送达文书名称及文号：'
    r.facts.fields[0] = { label: '送达文书名称及文号', value: '', evidence: r.ev(1) }
    r.facts.caseNumbers = []
    expectItem(run(c, R(SERVES)), 'pass', [])
  })

  it('without `serves`, any 送达回证 will do', () => {
    const c = lawfulCase()
    noticeOnly(c)
    expectItem(run(c, R([{ type: '送达回证' }])), 'pass', [])
  })
})

describe('a hearing right told is no hearing requested or held', () => {
  it('有权要求举行听证 in a notice does not make the 听证笔录 required', () => {
    const c = lawfulCase()
    c.add('听证告知书', ['行政处罚听证告知书', '你单位有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内提出。'])
    expectItem(run(c, R([{ type: '听证笔录', when: { hearingRequested: true } }])), 'not-applicable', [])
  })

  // Written the way case files print them (templates r-06, r-02, i-03, n-05, case-market-a, k-18, e-07): no request made
  for (const [doc, lines] of [
    ['陈述申辩笔录', ['我承认砍树没有办采伐证，请求少罚一点。我不要求听证。']],
    ['行政处罚决定书', ['当事人于2025年1月24日进行了陈述申辩，请求减少罚款，未要求听证。']],
    ['陈述申辩笔录', ['| 是否要求听证 | 否 |']],
    ['陈述申辩笔录', ['执法人员：你是否要求举行听证', '马国栋：没有']],
    ['行政处罚事先告知书', ['你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，或要求听证。']],
    ['法制审核意见书', ['如当事人要求听证，应依法组织听证。']],
    ['集体讨论记录', ['请执法大队依法履行告知程序，当事人要求听证的，依法组织听证。']],
    // (a review form saying why no 法制审核 is needed: no hearing held, one only supposed — bg-09, bg-10)
    ['集体讨论记录', ['合议意见：本案不涉及重大公共利益，未经听证程序，不属于疑难复杂案件，不需进行法制审核。']],
    ['法制审核意见书', ['目前未经听证程序，不属于法制审核情形。如当事人要求听证并经听证程序，再行法制审核。']],
  ] as const) {
    it(`“${lines.join(' / ')}” is no request`, () => {
      const c = lawfulCase()
      if (doc === '法制审核意见书' || doc === '集体讨论记录') c.add(doc, [doc, ...lines])
      else for (const l of lines) c.get(doc).line(l)
      expectItem(run(c, R([{ type: '听证笔录', when: { hearingRequested: true } }])), 'not-applicable', [])
    })
  }

  it('a request in a sentence that speaks of a licence (许可) is a request', () => {
    const c = lawfulCase()
    c.get('陈述申辩笔录').line('当事人对吊销许可证的处罚提出听证申请。')
    expectItem(run(c, R([{ type: '听证笔录', when: { hearingRequested: true } }])), 'fail', [{ kind: 'missing-document', docTypes: ['听证笔录'] }])
  })
  it('a box 是否要求听证 | 是 is a request', () => {
    const c = lawfulCase()
    c.get('陈述申辩笔录').line('| 是否要求听证 | 是 |')
    expectItem(run(c, R([{ type: '听证笔录', when: { hearingRequested: true } }])), 'fail', [{ kind: 'missing-document', docTypes: ['听证笔录'] }])
  })
})

describe('a combined notice gives the hearing right too', () => {
  it('a 行政处罚事先（听证）告知书 stands for the 听证告知书 a hearing case requires', () => {
    const c = lawfulCase()
    c.get('行政处罚事先告知书').line('你单位有权要求举行听证。')
    const out = run(c, R([{ type: '听证告知书' }]))
    expectItem(out, 'pass', [])
  })
})

describe('a 案件合议记录 doing the report’s job (卫生健康 forms)', () => {
  const REPORT = R([{ type: '案件调查终结报告' }])
  const withRecord = (lines: string[]) => {
    const c = lawfulCase()
    c.drop('案件调查终结报告')
    c.add('其他', ['案件合议记录', '案由：某公司未按照规定组织职业健康检查案', ...lines])
    return run(c, REPORT)
  }
  it('one stating the violation, the provision broken and the penalty proposed stands for the 调查终结报告', () => {
    expectItem(withRecord(['合议意见：当事人未按照规定组织劳动者进行职业健康检查，违反《中华人民共和国职业病防治法》第三十五条第一款的规定，事实清楚。', '依据该法第七十一条第（四）项，建议给予警告，并处罚款人民币60000元。']), 'pass', [])
  })
  it('one without the proposal is asked about', () => {
    expectItem(withRecord(['合议意见：同意承办人意见。']), 'fail', [{ kind: 'missing-document', status: 'verify', docTypes: ['案件调查终结报告'] }])
  })
})

describe('a 案件处理呈批表 doing the report’s job (应急管理 forms)', () => {
  const REPORT = R([{ type: '案件调查终结报告' }])
  const withForm = (lines: string[]) => {
    const c = lawfulCase()
    c.drop('案件调查终结报告')
    c.add('其他', ['案 件 处 理 呈 批 表', '案件名称：某公司未按照规定对从业人员进行安全生产教育和培训案', ...lines, '承办人签名：王立强  陈思雨  2025年5月12日', '审核意见：同意。'])
    return run(c, REPORT)
  }
  it('one whose boxes state the violation, its evidence and the provision and penalty proposed stands for the 调查终结报告', () => {
    expectItem(withForm(['违法事实：', '当事人安排未经培训的从业人员进入有限空间作业。上述事实有现场检查记录、询问笔录2份等证据证实。', '处理依据及建议：', '依据《中华人民共和国安全生产法》第九十七条第（三）项，建议处以罚款人民币叁万元整。']), 'pass', [])
  })
  it('one without the evidence or the proposal is asked about', () => {
    expectItem(withForm(['违法事实：当事人安排未经培训的从业人员进入有限空间作业。', '承办人意见：同意。']), 'fail', [{ kind: 'missing-document', status: 'verify', docTypes: ['案件调查终结报告'] }])
  })
  it('…its boxes a table’s rows with no colon (案件调查情况及违法事实 / 证据 / 处理意见), or headed 调查结果 (bh-06, bg-05)', () => {
    expectItem(withForm(['案件调查情况及违法事实', '经调查，当事人安排未经培训的从业人员进入有限空间作业。', '证据 现场检查记录、询问笔录等。', '违法依据及处罚依据', '违反《中华人民共和国安全生产法》第二十八条第一款。', '处理意见', '建议处以罚款人民币叁万元整。']), 'pass', [])
    expectItem(withForm(['调查结果：', '经查，当事人安排未经培训的从业人员进入有限空间作业。上述事实有现场检查记录等证据证实。', '处理意见：', '建议处以罚款人民币叁万元整。']), 'pass', [])
  })
})

describe('a decision that orders the correction itself (行政处罚法 第二十八条第一款)', () => {
  const ORDER = R([{ type: '责令改正通知书', when: { procedure: ['普通程序', '听证程序'] } }])
  it('责令改正 in the decision’s own words stands for the 责令改正通知书', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line('一、责令当事人立即改正违法行为；')
    expectItem(run(c, ORDER), 'pass', [])
  })
  it('责令改正 only inside the statute text the decision quotes does not', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line('《中华人民共和国大气污染防治法》第一百一十七条规定：“由县级以上人民政府生态环境等主管部门按照职责责令改正，处一万元以上十万元以下的罚款”。')
    expectItem(run(c, ORDER), 'fail', [{ kind: 'missing-document', status: 'open' }])
  })
})

describe('a document the file may lawfully lack (unsureWhen)', () => {
  const RECEIPT: Docs = [{ type: '罚没款缴款凭证', when: { fineAtLeast: 1 }, unsureWhen: { procedure: ['简易程序'] }, unsureWhy: '当场收缴的票据交当事人' }]
  it('a 简易程序 fine without its receipt in the file: undetermined, with why', () => {
    const c = lawfulCase({ procedure: '简易程序' }).drop('罚没款缴款凭证')
    expectItem(run(c, R(RECEIPT)), 'undetermined', [{ kind: 'missing-document', status: 'undetermined', message: /未见罚没款缴款凭证；简易程序，当场收缴的票据交当事人，请核对/ }])
  })
  it('an ordinary-procedure fine without its receipt is still missing it', () => {
    const c = lawfulCase().drop('罚没款缴款凭证').drop('卷内目录')
    expectItem(run(c, R(RECEIPT)), 'fail', [{ kind: 'missing-document', status: 'open' }])
  })
})

describe('集体讨论: a serious case (第五十七条第二款) or a major one (第五十八条, a sector rule such as SJ-60)', () => {
  const heard = (fine: number) => {
    const c = lawfulCase({ fine })
    c.add('听证笔录', ['听证笔录', '听证时间：2024-04-01 09:00', '听证主持人：张三'])
    return c
  }
  it('a hearing alone does not make the case serious: no 集体讨论 required', () => {
    expectItem(run(heard(40000), R([{ type: '集体讨论记录', when: { seriousCase: true, fineAtLeast: 100000 } }])), 'not-applicable', [])
  })
  it('a fine of 100,000 yuan does', () => {
    expectItem(run(heard(120000), R([{ type: '集体讨论记录', when: { seriousCase: true, fineAtLeast: 100000 } }])), 'fail', [{ kind: 'missing-document' }])
  })
  it('where the rubric counts a hearing as major (SJ-60), it is asked for, to verify (重大权益 is not shown by the file)', () => {
    expectItem(run(heard(40000), R([{ type: '集体讨论记录', when: { majorCase: true, fineAtLeast: 100000 } }])), 'fail', [{ kind: 'missing-document', status: 'verify' }])
  })
})

describe('papers of other forms that did the job (shared/segment/titles.json standsFor)', () => {
  const RECEIPT = R([{ type: '送达回证', serves: '行政处罚决定书', when: { procedure: ['普通程序', '听证程序'] } }])
  const withoutReceipt = (foot: string) => {
    const c = lawfulCase()
    c.drop('送达回证')
    c.get('行政处罚决定书').line(foot)
    return c
  }
  it('a decision signed for at its foot is its own receipt', () => {
    // (…or a 送达回证 box at its foot, the name signed before the date: 送达回证：受送达人签收　艾力江·买买提　2025年6月20日, be-11)
    for (const foot of ['本决定书已于2024年4月8日当面交付。　受送达人：陈立　　送达人：王晓明　李建国', '送达回证：陈立于2024年4月8日15时20分签收（直接送达）。', '行政处罚决定书已向我宣告并送达。被处罚人：陈立（捺指印）　2024年4月8日16时10分', '送达回证：受送达人签收　艾力江·买买提　2024年4月8日　　送达人　王晓明　李建国　　送达方式：直接送达（当场宣告）'])
      expectItem(run(withoutReceipt(foot), RECEIPT), 'pass', [])
  })
  it('a decision with its 送达回证 filed on its last page, naming the decision as the paper served and signed with a date, is its own receipt (cu-06)', () => {
    const c = lawfulCase()
    c.drop('送达回证')
    const d = c.get('行政处罚决定书')
    for (const l of ['送达回证', '送达文书：行政处罚决定书（沪松文旅罚〔2025〕第0127号）', '受送达人：陈立　　送达地点：某局执法大队', '送达方式：宣告后当场交付', '受送达人签名：陈立　　收到时间：2024年4月8日15时20分']) d.line(l)
    expectItem(run(c, RECEIPT), 'pass', [])
  })
  it('a decision that only says when it takes effect, or that it will be served, is none', () => {
    // (to verify: the lawful case's 卷内目录 lists a 送达回证)
    expectItem(run(withoutReceipt('本决定书自送达之日起生效。'), RECEIPT), 'fail', [{ kind: 'missing-document', status: 'verify' }])
  })
  it('a 告知书 that gives the hearing right as 书面提出听证要求 stands for the 听证告知书 (bh-06)', () => {
    const c = lawfulCase()
    const n = c.get('行政处罚事先告知书')
    n.doc.lines = n.doc.lines.filter((l) => !/听证/.test(l.text))
    n.line('你单位可在收到本告知书之日起五个工作日内向本局进行陈述和申辩，或者书面提出听证要求。')
    expectItem(run(c, R([{ type: '听证告知书' }])), 'pass', [])
  })
  it('a 公安 受案登记表 stands for the 立案审批表 (公安机关办理行政案件程序规定 第六十一条)', () => {
    const c = lawfulCase()
    c.drop('立案审批表')
    c.get('案件来源登记表').doc.lines.splice(0, 1, { ...c.get('案件来源登记表').doc.lines[0], text: '受案登记表' })
    c.get('案件来源登记表').line('受案审批　同意受案。　　派出所负责人：向卫东　　2024年10月19日')
    expectItem(run(c, R([{ type: '立案审批表', when: { procedure: ['普通程序', '听证程序'] } }])), 'pass', [])
  })
  it('a 立案审批表 whose 案件来源 is the agency\'s own inspection meets the requirement of a 案件来源登记表, but no condition on one (cg-06, ch-06)', () => {
    const SOURCE = R([{ type: '案件来源登记表', when: { procedure: ['普通程序', '听证程序'] } }])
    const inspected = lawfulCase()
    inspected.drop('案件来源登记表')
    inspected.get('立案审批表').line('案件来源：监督检查')
    expectItem(run(inspected, SOURCE), 'pass', [])
    // (a check reading the registration's own dates — B4's 案件来源 ≤ 立案 — keeps to a paper of that type)
    expect(run(inspected, R([{ type: '结案报告', when: { hasDocument: '案件来源登记表' } }])).items[0].status).toBe('not-applicable')
    // (…a source that came from outside, a complaint, is registered on its own form)
    const told = lawfulCase()
    told.drop('案件来源登记表')
    told.get('立案审批表').line('案件来源：投诉举报')
    expect(run(told, SOURCE).items[0].status).toBe('fail')
  })
  it('a 公安 file without a 结案报告 is a question (agencyIs), any other agency\'s a finding', () => {
    const CLOSE = R([{ type: '结案报告', when: { procedure: ['普通程序', '听证程序'] }, unsureWhen: { agencyIs: ['公安局', '派出所'] }, unsureWhy: '公安机关的案卷不一定有结案报告' }])
    const police = lawfulCase()
    police.drop('结案报告')
    police.agency = '当阳市公安局'
    expectItem(run(police, CLOSE), 'undetermined', [{ kind: 'missing-document', status: 'undetermined', message: /执法机关为当阳市公安局，公安机关的案卷不一定有结案报告/ }])
    const market = lawfulCase()
    market.drop('结案报告')
    market.agency = '杭州市西湖区市场监督管理局'
    expectItem(run(market, CLOSE), 'fail', [{ kind: 'missing-document', status: 'verify' }])
  })
})

describe('a hearing asked for, then withdrawn', () => {
  const HEARING = R([{ type: '听证笔录', when: { hearingRequested: true } }])
  const asked = () => {
    const c = lawfulCase()
    c.add('其他', ['听证申请书', '我公司对拟罚款有异议，现依法申请举行听证。'])
    c.add('听证通知书', ['听证通知书', '根据你公司的申请，我局决定于2024年10月23日9时30分在德阳市生态环境局三楼会议室就你公司超标排放大气污染物一案公开举行听证。'])
    return c
  }
  it('asked and fixed for a day, no record: the record is missing', () => {
    expectItem(run(asked(), HEARING), 'fail', [{ kind: 'missing-document', status: 'open' }])
  })
  it('withdrawn in writing (不再要求举行听证) and called off: no record is due', () => {
    const c = asked()
    c.add('其他', ['撤回听证申请书', '我公司于2024年10月9日提出的听证申请，经公司研究，现自愿撤回，不再要求举行听证。'])
    c.add('其他', ['终止听证通知书', '经听证主持人审查，决定终止原定于2024年10月23日举行的听证。'])
    expect(run(c, HEARING).items[0].status).toBe('not-applicable')
  })
})

describe('an agent\'s powers listed in a 授权委托书 are no hearing requested (ca-04: 委托权限：☑陈述申辩　□申请听证)', () => {
  it('the hearing record is not asked for', () => {
    const c = lawfulCase()
    c.add('证据材料', ['授权委托书', '委托权限：☑接受询问　☑签收法律文书　☑陈述申辩　□申请听证　□其他______'])
    const out = run(c, { kind: 'required-documents', params: { documents: [{ type: '听证笔录', when: { hearingRequested: true } }] } })
    expect(out.findings.filter((f) => f.status !== 'undetermined')).toEqual([])
  })
})

describe('the period for asking a hearing is no hearing asked (cc-01: 陈述、申辩和要求听证的期限为五个工作日)', () => {
  it('the hearing record is not asked for', () => {
    const c = lawfulCase()
    c.add('集体讨论记录', ['集体讨论记录', '承办人汇报：行政处罚告知书于2024年2月7日直接送达当事人。陈述、申辩和要求听证的期限为五个工作日，期限已于2月20日届满。', '讨论意见：当事人陈述申辩和要求听证期限已于2024年2月20日届满。'])
    const out = run(c, { kind: 'required-documents', params: { documents: [{ type: '听证笔录', when: { hearingRequested: true } }] } })
    expect(out.findings.filter((f) => f.status !== 'undetermined')).toEqual([])
  })
})
