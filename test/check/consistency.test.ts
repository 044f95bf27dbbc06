import { describe, it, expect } from 'vitest'
import { maskedAlike } from '../../shared/check/kinds/consistency'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { DocType, ItemStatus } from '../../shared/types'
import { edgeOnly, editDistance, nameVariant } from '../../shared/check/kinds/consistency'
import { CaseBuilder, lawfulCase, run, PARTY, CODE, type LawfulOptions } from './build'
import { expectItem, type Want } from './expect'

type Params = CheckKindParams['consistency']
const K = (p: Params) => ({ kind: 'consistency', params: p })
const ALL: Params = { facts: ['party', 'creditCode', 'caseNumber', 'fine', 'officers', 'legalRepresentative'] }

/** Rename the party in one document (its line and its fact). */
function renameIn(c: CaseBuilder, type: Parameters<CaseBuilder['get']>[0], name: string) {
  const d = c.get(type)
  const p = d.facts.parties[0]
  p.name = name
  const i = p.evidence.line!
  d.doc.lines[i].text = d.doc.lines[i].text.replace(PARTY, name)
  p.evidence.text = d.doc.lines[i].text
}

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; p?: Params; status: ItemStatus; want: Want[] }[] = [
  { name: 'every document agrees with the decision', status: 'pass', want: [] },
  {
    name: '有限公司 written 有限责任公司 in the inquiry record',
    edit: (c) => renameIn(c, '询问笔录', '杭州鑫源食品有限责任公司'),
    status: 'fail',
    want: [{ kind: 'inconsistency', message: '询问笔录中当事人名称写作“杭州鑫源食品有限责任公司”，与决定书“杭州鑫源食品有限公司”不一致', docTypes: ['询问笔录', '行政处罚决定书'], field: '当事人' }],
  },
  {
    name: 'one character changed (鑫 → 金) on the 送达回证',
    edit: (c) => renameIn(c, '送达回证', '杭州金源食品有限公司'),
    status: 'fail',
    want: [{ kind: 'inconsistency', field: '当事人', docTypes: ['送达回证', '行政处罚决定书'] }],
  },
  {
    // Sample 03: 当事人（个体工\n商户）in a table cell spilled its 工 into the name read from the record.
    name: 'one character more at the edge of the name is reported for a person to verify, not counted',
    edit: (c) => renameIn(c, '现场检查笔录', '工杭州鑫源食品有限公司'),
    status: 'fail',
    want: [{ kind: 'inconsistency', status: 'verify', field: '当事人', docTypes: ['现场检查笔录', '行政处罚决定书'] }],
  },
  {
    name: 'a character changed inside the name stays a certain finding',
    edit: (c) => renameIn(c, '现场检查笔录', '杭州鑫源食品有限公同'),
    status: 'fail',
    want: [{ kind: 'inconsistency', status: 'open', field: '当事人' }],
  },
  {
    name: 'a short name (鑫源公司) is not a different party',
    edit: (c) => renameIn(c, '送达回证', '鑫源公司'),
    status: 'pass',
    want: [],
  },
  {
    name: 'another person in the record (the legal representative) is not compared',
    edit: (c) => c.get('询问笔录').party('陈立', '被询问人', { kind: 'person' }),
    status: 'pass',
    want: [],
  },
  {
    name: 'credit code differs on the 立案审批表',
    edit: (c) => (c.get('立案审批表').facts.parties[0].creditCode = '91330106MA2KDL8Y4Q'),
    status: 'fail',
    want: [{ kind: 'inconsistency', message: `立案审批表中统一社会信用代码为91330106MA2KDL8Y4Q，与决定书${CODE}不一致`, field: '统一社会信用代码' }],
  },
  {
    name: 'decision number with another serial on the 结案报告',
    edit: (c) => {
      const n = c.get('结案报告').facts.caseNumbers[0]
      Object.assign(n, { text: '杭西市监处罚〔2024〕13号', normalized: '杭西市监处罚〔2024〕13号', serial: 13 })
    },
    status: 'fail',
    want: [{ kind: 'inconsistency', message: '结案报告记载的决定书文号为杭西市监处罚〔2024〕13号，与决定书杭西市监处罚〔2024〕12号不一致', field: '案号', docTypes: ['结案报告', '行政处罚决定书'] }],
  },
  {
    name: 'an earlier year’s decision under another serial (a prior penalty filed as evidence) is another case’s, not this number written otherwise',
    edit: (c) => {
      const n = c.get('结案报告').facts.caseNumbers[0]
      Object.assign(n, { text: '杭西市监处罚〔2023〕97号', normalized: '杭西市监处罚〔2023〕97号', year: 2023, serial: 97 })
    },
    status: 'pass',
    p: { facts: ['caseNumber'] },
    want: [],
  },
  {
    name: 'a file with a second decision (another party): a paper naming that decision’s number or paying its fine agrees with it',
    edit: (c) => {
      c.add('行政处罚决定书', ['行政处罚决定书', '杭西市监处罚〔2024〕13号', '当事人：陈立', '罚款人民币3000元。']).caseNo('杭西市监处罚〔2024〕13号', true, 1).amount(3000, '罚款', 3)
      const n = c.get('结案报告').facts.caseNumbers[0]
      Object.assign(n, { text: '杭西市监处罚〔2024〕13号', normalized: '杭西市监处罚〔2024〕13号', serial: 13 })
      c.get('罚没款缴款凭证').facts.amounts[0].yuan = 3000
    },
    status: 'pass',
    p: { facts: ['caseNumber', 'fine'] },
    want: [],
  },
  {
    name: 'a number the decision itself names beside its own (the original decision an 按日连续处罚 rests on) is that decision’s wherever a paper names it',
    edit: (c) => {
      c.get('行政处罚决定书').line('你单位未执行杭西市监处罚〔2024〕7号行政处罚决定书责令改正的要求。').caseNo('杭西市监处罚〔2024〕7号', false, '杭西市监处罚〔2024〕7号')
      const n = c.get('结案报告').facts.caseNumbers[0]
      Object.assign(n, { text: '杭西市监处罚〔2024〕7号', normalized: '杭西市监处罚〔2024〕7号', serial: 7 })
    },
    status: 'pass',
    p: { facts: ['caseNumber'] },
    want: [],
  },
  {
    name: 'the same serial under another year is this number written otherwise',
    edit: (c) => {
      const n = c.get('结案报告').facts.caseNumbers[0]
      Object.assign(n, { text: '杭西市监处罚〔2023〕12号', normalized: '杭西市监处罚〔2023〕12号', year: 2023 })
    },
    status: 'fail',
    p: { facts: ['caseNumber'] },
    want: [{ kind: 'inconsistency', message: '结案报告记载的决定书文号为杭西市监处罚〔2023〕12号，与决定书杭西市监处罚〔2024〕12号不一致', field: '案号' }],
  },
  {
    name: 'the 告知书’s own number (another prefix) is not the decision’s',
    status: 'pass',
    p: { facts: ['caseNumber'] },
    want: [],
  },
  {
    name: 'receipt amount differs from the fine',
    edit: (c) => (c.get('罚没款缴款凭证').facts.amounts[0].yuan = 6000),
    status: 'fail',
    want: [{ kind: 'inconsistency', message: '罚没款缴款凭证中罚款金额6000元与决定书罚款60000元不一致', field: '罚款', docTypes: ['罚没款缴款凭证', '行政处罚决定书'] }],
  },
  {
    name: 'a 告知书 proposing more than was decided is lawful (行政处罚法 第四十五条 forbids only a heavier decision)',
    edit: (c) => (c.get('行政处罚事先告知书').facts.amounts[0].yuan = 80000),
    status: 'pass',
    want: [],
  },
  {
    name: 'one officer with two certificate numbers',
    edit: (c) => (c.get('询问笔录').facts.officers[1].certNo = '33010020009'),
    p: { facts: ['officers'] },
    status: 'fail',
    want: [{ kind: 'inconsistency', message: '执法人员李建国的执法证号在询问笔录中为33010020009，在现场检查笔录、行政处罚决定书中为33010020002（共2处）', field: '执法证号' }],
  },
  {
    // (the issuing prefix printed or not, a number a line break cut short, a digit read as a letter: the same number)
    name: 'one officer\'s number with its prefix, cut short or with O for 0 is the same number',
    edit: (c) => {
      c.get('询问笔录').facts.officers[1].certNo = '浙执法证 3301 0020 002'
      c.get('现场检查笔录').facts.officers[1].certNo = '3301002O002'
    },
    p: { facts: ['officers'] },
    status: 'pass',
    want: [],
  },
  {
    // (two names and two numbers paired the other way round in one record: a reading's doubt, not two numbers)
    name: 'an officer given the other officer\'s number is no inconsistency',
    edit: (c) => (c.get('询问笔录').facts.officers[1].certNo = c.get('询问笔录').facts.officers[0].certNo),
    p: { facts: ['officers'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'legal representative differs',
    edit: (c) => c.get('立案审批表').party(PARTY, '当事人', { legalRepresentative: '陈力' }),
    p: { facts: ['legalRepresentative'] },
    status: 'fail',
    want: [{ kind: 'inconsistency', message: '立案审批表中法定代表人为“陈力”，与决定书“陈立”不一致', field: '法定代表人' }],
  },
  {
    // (cj-04: the party's own paper signed 法定代表人：陶永 for 陶永胜, a signature read short)
    name: 'a representative one paper gives cut short by the last character: to verify, said so',
    edit: (c) => c.get('立案审批表').party(PARTY, '当事人', { legalRepresentative: '陈立新' }),
    p: { facts: ['legalRepresentative'] },
    status: 'fail',
    want: [{ kind: 'inconsistency', status: 'verify', message: '立案审批表中法定代表人为“陈立新”，与决定书“陈立”不一致；一个是另一个少了末尾一字，可能是签名或文字识别不全，请核对原件', field: '法定代表人' }],
  },
  {
    // (…read off a sign-off line, 某公司（章）　法定代表人：陶永: a signature, not a name typed — nothing is asserted)
    name: '…on a sign-off line: undetermined',
    edit: (c) => c.get('立案审批表').party(PARTY, '当事人', { legalRepresentative: '陈立新' }).line('杭州某某食品有限公司（章）　法定代表人：陈立新'),
    p: { facts: ['legalRepresentative'] },
    status: 'undetermined',
    want: [{ kind: 'inconsistency', status: 'undetermined', field: '法定代表人' }],
  },
  {
    // (bo-04, bp-07: papers before a documented change name the one, papers after it the other)
    name: 'a representative the file tells was changed (法定代表人由陈力变更为陈立): the earlier papers\' name is no inconsistency',
    edit: (c) => {
      c.get('立案审批表').party(PARTY, '当事人', { legalRepresentative: '陈力' })
      c.add('证据材料', ['关于变更法定代表人的情况说明', '我公司法定代表人由陈力变更为陈立，已于2024年3月1日核准变更登记。'])
    },
    p: { facts: ['legalRepresentative'] },
    status: 'pass',
    want: [],
  },
  {
    // (cr-02: the registration notice's lines, 变更前：陈力 / 变更后：陈立)
    name: 'a representative changed as a registration notice\'s lines tell it: the earlier papers\' name is no inconsistency',
    edit: (c) => {
      c.get('立案审批表').party(PARTY, '当事人', { legalRepresentative: '陈力' })
      c.add('证据材料', ['登记通知书', '（复印件）', '变更事项：法定代表人', '变更前：陈力', '变更后：陈立', '统一社会信用代码：（不变）'])
    },
    p: { facts: ['legalRepresentative'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a registration certificate filed as evidence showing the representative before a change: not compared',
    edit: (c) => c.add('证据材料', ['社会团体法人登记证书（副本）复印件', `名称：${PARTY}`, '法定代表人：谭国华']).party(PARTY, '名称', { legalRepresentative: '谭国华' }),
    p: { facts: ['legalRepresentative'] },
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'no decision: not applicable',
    edit: (c) => c.drop('行政处罚决定书'),
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'docTypes limit the documents compared',
    edit: (c) => renameIn(c, '询问笔录', '杭州鑫源食品有限责任公司'),
    p: { facts: ['party'], docTypes: ['送达回证'] },
    status: 'pass',
    want: [],
  },
]

describe('consistency', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, K(r.p ?? ALL)), r.status, r.want)
    })
  }

  it.each([
    ['杭州鑫源食品有限公司', '杭州鑫源食品有限责任公司', true],
    ['杭州鑫源食品有限公司', '杭州鑫食品有限公司', true],
    ['杭州鑫源食品有限公司', '杭州鑫源食品有限公司', false],
    ['杭州鑫源食品有限公司', '鑫源公司', false],
    ['杭州鑫源食品有限公司', '陈立', false],
    ['杭州鑫源食品有限公司', '苏州吴中建材贸易有限公司', false],
    // a person's name: one character dropped or added, or changed in a longer name that keeps the surname
    ['沈晓东', '沈东', true],
    ['彭雨欣', '彭欣', true],
    ['冯超', '超', true],
    ['任伟', '任伟明', true],
    ['沈晓东', '沈小东', true],
    ['张伟', '王伟', false],
    ['张伟', '张伟', false],
    ['沈晓东', '李晓东', false],
    ['冯超', '冯', true],
    ['冯超', '陈立', false],
    ['吴中区郭勇副食商行', '吴中区勇副食商行', true],
    // (the dot of a minority or foreign name however written or read off a scan — cl-05)
    ['艾力·买买提', '艾力.买买提', false],
    ['艾力·买买提', '艾力•买买提', false],
  ] as const)('nameVariant(%s, %s) = %s', (a, b, want) => {
    expect(nameVariant(a, b)).toBe(want)
  })

  it.each([
    ['武侯区罗伟建材经营部', '工武侯区罗伟建材经营部', true],
    ['杭州鑫源食品有限公司', '杭州鑫源食品有限公司司', true],
    ['杭州鑫源食品有限公司', '杭州鑫食品有限公司', false],
    ['杭州鑫源食品有限公司', '杭州鑫源食品有限责任公司', false],
    ['杭州鑫源食品有限公司', '杭州鑫源食品有限公司', false],
  ] as const)('edgeOnly(%s, %s) = %s', (a, b, want) => {
    expect(edgeOnly(a, b)).toBe(want)
  })

  it('edit distance', () => {
    expect(editDistance('鑫源食品', '金源食品')).toBe(1)
    expect(editDistance('abc', 'abcdefgh', 3)).toBe(4)
  })
})

describe('consistency: names the reading missed', () => {
  it('a variant written in the text though no party was read: to verify', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚事先告知书')
    d.doc.lines[2].text = '杭州鑫源食品有限责任公司（统一社会信用代码：91330106MA2KDL8X4D）：'
    d.facts.parties[0].name = ''
    expectItem(run(c, K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'verify', message: '行政处罚事先告知书中当事人名称写作“杭州鑫源食品有限责任公司”，与决定书“杭州鑫源食品有限公司”不一致' }])
  })
  it('the right name after other words (日向杭州鑫源食品有限公司) is not a variant', () => {
    const c = lawfulCase()
    c.get('结案报告').line('本局于2024年4月10日向杭州鑫源食品有限公司送达了行政处罚决定书。')
    expectItem(run(c, K({ facts: ['party'] })), 'pass', [])
  })
})

describe('consistency: a code the reading did not attach', () => {
  it('a code in the text one character off the decision’s: to verify', () => {
    const c = lawfulCase()
    const d = c.get('询问笔录')
    d.line('单位统一社会信 91330106MA2KDL8X7D')
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency', status: 'verify', message: `询问笔录中统一社会信用代码为91330106MA2KDL8X7D，与决定书${CODE}不一致` }])
  })
  it('a misread label running into the code (信991330106…) still yields the code one character off', () => {
    const c = lawfulCase()
    c.get('询问笔录').line('单位统一社会信991330106MA2KDL8X7D')
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency', status: 'verify', message: `询问笔录中统一社会信用代码为91330106MA2KDL8X7D，与决定书${CODE}不一致` }])
  })
  it('the decision’s code read from its text when no party carries it (a valid code inside a longer run)', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.facts.parties[0].creditCode = undefined
    d.doc.lines[3].text = `统一社会信用代丨9${CODE}`
    c.get('立案审批表').facts.parties[0].creditCode = '91330106MA2KDL8Y4Q'
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency', message: `立案审批表中统一社会信用代码为91330106MA2KDL8Y4Q，与决定书${CODE}不一致` }])
  })
  it('another company’s code (many characters apart) is not compared', () => {
    const c = lawfulCase()
    c.get('询问笔录').line('供货商统一社会信用代码：91440300708461136T')
    expectItem(run(c, K({ facts: ['creditCode'] })), 'pass', [])
  })
})

describe('consistency: the receipt', () => {
  it('a receipt amount read without the 罚款 role is still the fine paid', () => {
    const c = lawfulCase()
    Object.assign(c.get('罚没款缴款凭证').facts.amounts[0], { yuan: 6000, role: '其他' })
    expectItem(run(c, K({ facts: ['fine'] })), 'fail', [{ kind: 'inconsistency', message: '罚没款缴款凭证中罚款金额6000元与决定书罚款60000元不一致' }])
  })
  it('a receipt total of the fine and the confiscated gains agrees', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').amount(2000, '没收违法所得', '一、没收')
    Object.assign(c.get('罚没款缴款凭证').facts.amounts[0], { yuan: 62000, role: '其他' })
    expectItem(run(c, K({ facts: ['fine'] })), 'pass', [])
  })
  it('…the sum confiscated counted once, though the decision prints it in words and in figures', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').amount(2000, '没收违法所得', '一、没收').amount(2000, '没收违法所得', '一、没收')
    Object.assign(c.get('罚没款缴款凭证').facts.amounts[0], { yuan: 62000, role: '其他' })
    expectItem(run(c, K({ facts: ['fine'] })), 'pass', [])
  })
  it('a paper of no known type (a party\'s 听证申请书 telling the fine proposed) is not held to the decision\'s fine', () => {
    const c = lawfulCase()
    c.add('其他', ['听证申请书', '我公司对拟作出的罚款95700元的行政处罚有异议，现依法申请举行听证。']).amount(95700, '罚款', '95700')
    c.drop('罚没款缴款凭证')
    expectItem(run(c, K({ facts: ['fine'] })), 'not-applicable', [])
  })
})

describe('consistency: one name in the decision, another in the rest of the file', () => {
  it('the documents agreeing among themselves make one finding naming them all; two stay two', () => {
    const c = lawfulCase()
    const others = ['立案审批表', '现场检查笔录', '询问笔录', '行政处罚事先告知书'] as const
    for (const t of others) renameIn(c, t, '杭州鑫元食品有限公司')
    const [f] = expectItem(run(c, K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', field: '当事人', message: `决定书当事人名称写作“杭州鑫源食品有限公司”，而其他4份文书（${others.join('、')}）均写作“杭州鑫元食品有限公司”` }])
    expect(f.docTypes).toEqual(['行政处罚决定书', ...others])
    expect(f.evidence).toHaveLength(5)
    const two = lawfulCase()
    for (const t of others.slice(0, 2)) renameIn(two, t, '杭州鑫元食品有限公司')
    expect(run(two, K({ facts: ['party'] })).findings.map((x) => x.message)).toEqual(others.slice(0, 2).map((t) => `${t}中当事人名称写作“杭州鑫元食品有限公司”，与决定书“杭州鑫源食品有限公司”不一致`))
  })
})

describe('consistency: one character apart on a scan (颖 for 颍, bg-01 as a scan)', () => {
  it('is asked about, the message saying why; on typed text it stays a finding', () => {
    const c = lawfulCase()
    const others = ['立案审批表', '现场检查笔录', '询问笔录', '行政处罚事先告知书'] as const
    for (const t of others) {
      renameIn(c, t, '杭州鑫元食品有限公司')
      c.get(t).facts.parties[0].evidence.confidence = 0.98
    }
    expectItem(run(c, K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'verify', message: `决定书当事人名称写作“杭州鑫源食品有限公司”，而其他4份文书（${others.join('、')}）均写作“杭州鑫元食品有限公司”；只差一个字，文字系扫描件识别所得，可能是识别差异，请核对原件` }])
  })
  it('…and so is a rare character the recogniser dropped (西安瑞 for 西安灞瑞, bj-06 as a scan)', () => {
    const c = lawfulCase()
    renameIn(c, '询问笔录', '杭州鑫食品有限公司')
    c.get('询问笔录').facts.parties[0].evidence.confidence = 0.97
    expectItem(run(c, K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'verify', message: /只差一个字，文字系扫描件识别所得/ }])
  })
})

describe('consistency: the decision’s name unread', () => {
  it('the name most documents agree on is the reference, so the one variant is found', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').facts.parties[0].name = ''
    renameIn(c, '罚没款缴款凭证', '杭州鑫源食品有限责任公司')
    expectItem(run(c, K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', docTypes: ['罚没款缴款凭证', '行政处罚决定书'], message: '罚没款缴款凭证中当事人名称写作“杭州鑫源食品有限责任公司”，与决定书“杭州鑫源食品有限公司”不一致' }])
  })
})

describe('consistency: a person as the party', () => {
  /** A 简易程序-like case whose party is a person (个人), written differently on the receipt. */
  const personCase = (onReceipt: string) => {
    const c = lawfulCase()
    for (const d of c.docs) for (const p of d.facts.parties) if (p.name === PARTY) Object.assign(p, { name: '沈晓东', kind: 'person', creditCode: undefined })
    c.get('罚没款缴款凭证').facts.parties[0].name = onReceipt
    return c
  }
  it('a character dropped inside the name is a sure inconsistency', () => {
    expectItem(run(personCase('沈东'), K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'open', message: '罚没款缴款凭证中当事人名称写作“沈东”，与决定书“沈晓东”不一致' }])
  })
  it('a character changed may be a relative who paid: a reviewer confirms', () => {
    expectItem(run(personCase('沈小东'), K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'verify' }])
  })
  it('another person entirely (an employee paying) is not compared', () => {
    expectItem(run(personCase('李明'), K({ facts: ['party'] })), 'pass', [])
  })
})

describe('consistency: the fine proposed in the notice', () => {
  const P = K({ facts: ['proposedFine'] })
  /** The 告知书 proposes `yuan` (the lawful case proposes the decision's 60000). */
  const propose = (c: CaseBuilder, yuan: number) => {
    const n = c.get('行政处罚事先告知书')
    n.doc.lines[3].text = `本局拟对你单位作出罚款人民币${yuan}元的行政处罚。`
    n.facts.amounts[0].yuan = yuan
  }
  it('the same fine: consistent', () => {
    expectItem(run(lawfulCase(), P), 'pass', [])
  })
  it('a higher fine than proposed is open (行政处罚法第四十五条)', () => {
    const c = lawfulCase()
    propose(c, 50000)
    expectItem(run(c, P), 'fail', [
      { kind: 'inconsistency', status: 'open', docTypes: ['行政处罚决定书', '行政处罚事先告知书'], message: '决定书罚款60000元高于行政处罚事先告知书告知的50000元，未见重新告知（不得因陈述、申辩加重处罚，行政处罚法第四十五条）' },
    ])
  })
  it('a lower fine with no reason given is for a person to verify', () => {
    const c = lawfulCase()
    propose(c, 80000)
    expectItem(run(c, P), 'fail', [{ kind: 'inconsistency', status: 'verify', message: '决定书罚款60000元与行政处罚事先告知书告知的80000元不同，决定书未说明变化的理由' }])
  })
  it('a lower fine the decision explains (陈述申辩意见予以采纳) is lawful', () => {
    const c = lawfulCase()
    propose(c, 80000)
    c.get('行政处罚决定书').line('当事人提出的陈述申辩意见，经复核，本局予以部分采纳。')
    expectItem(run(c, P), 'pass', [])
  })
  it('the fine check alone does not compare the notice (a proposal may lawfully differ)', () => {
    const c = lawfulCase()
    propose(c, 80000)
    expectItem(run(c, K({ facts: ['fine'] })), 'pass', [])
  })
})

describe('consistency: a credit code OCR misread', () => {
  const misread = CODE.replace(/^(\d{4})0/, '$1O') // 9133O106…: the 0 read as the letter O, which no code contains
  it('read by OCR with a letter the code set lacks where the decision has its look-alike digit: no finding', () => {
    const c = lawfulCase()
    const p = c.get('立案审批表').facts.parties[0]
    p.creditCode = misread
    p.evidence.confidence = 0.93
    expectItem(run(c, K({ facts: ['creditCode'] })), 'pass', [])
  })
  it('typed that way in a text document: a finding', () => {
    const c = lawfulCase()
    c.get('立案审批表').facts.parties[0].creditCode = misread
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency', message: new RegExp(`统一社会信用代码为${misread}`) }])
  })
  it('an OCR code differing by a real character is still reported', () => {
    const c = lawfulCase()
    const p = c.get('立案审批表').facts.parties[0]
    p.creditCode = '91330106MA2KDL8Y4Q'
    p.evidence.confidence = 0.93
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency' }])
  })
})

describe('consistency: a report naming its party two ways, no decision beside it', () => {
  it('the party 椰风 and 椰峰 in one 调查终结报告: to verify', () => {
    const c = new CaseBuilder()
    c.add('案件调查终结报告', ['案件调查终结报告', '当事人：海南椰风物流有限公司', '经查，海南椰峰物流有限公司所属车辆未按规定进行年度审验。']).party('海南椰风物流有限公司', 1)
    const out = run(c, K({ facts: ['party'] }))
    expect(out.findings.map((f) => [f.kind, f.status, f.message])).toEqual([['inconsistency', 'verify', '案件调查终结报告中当事人名称前后写法不一致：“海南椰风物流有限公司”与“海南椰峰物流有限公司”']])
  })
})

describe('masked copies agree where they show anything', () => {
  it.each([
    ['914301**********2X', '91430102MA4L12342X', true],
    ['王**', '王某某', true],
    ['9143**************', '91350102MA4L12342X', false],
    ['张三', '张四', false],
  ])('%s ~ %s', (a, b, want) => expect(maskedAlike(a, b)).toBe(want))
})

describe('a name a table cell wrapped', () => {
  const wrapped = (next: string) => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.doc.lines[2].text = '当事人 杭州鑫源食品有限公 联系电话 15279523820'
    d.doc.lines.splice(3, 0, { ...d.doc.lines[2], text: next })
    d.doc.lines.forEach((l, i) => (l.line = i))
    d.facts.parties = []
    d.party('杭州鑫源食品有限公', 2)
    return c
  }
  it('…有限公 with 司 opening the next line is the same name', () => {
    expectItem(run(wrapped('司'), K({ facts: ['party'] })), 'pass', [])
  })
  it('a next line that does not finish the name leaves the difference to verify', () => {
    expectItem(run(wrapped('被邀请人 侯建'), K({ facts: ['party'] })), 'fail', [{ kind: 'inconsistency', status: 'verify' }])
  })
})

describe('a credit code’s own X is no mask', () => {
  it('…8X4D and …84XD differ: the two characters are swapped, not hidden', () => {
    const c = lawfulCase()
    const p = c.get('立案审批表').facts.parties[0]
    p.creditCode = '91330106MA2KDL84XD'
    expectItem(run(c, K({ facts: ['creditCode'] })), 'fail', [{ kind: 'inconsistency', message: /91330106MA2KDL84XD，与决定书91330106MA2KDL8X4D不一致/ }])
  })
  it('a starred copy still agrees', () => {
    const c = lawfulCase()
    c.get('立案审批表').facts.parties[0].creditCode = '913301**********4D'
    expectItem(run(c, K({ facts: ['creditCode'] })), 'pass', [])
  })
})

describe('a placeholder 某 does not hide a different name', () => {
  it('江苏某地理信息有限公司 is not 江苏某地理信息科技有限公司', () => expect(maskedAlike('江苏某地理信息有限公司', '江苏某地理信息科技有限公司')).toBe(false))
})

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('a receipt listing several items', () => {
  it('the fine\'s own figure on one of its lines agrees, whatever total the reading took', () => {
    const c = lawfulCase({ fine: 20865 })
    const r = c.get('罚没款缴款凭证')
    r.line('小写（合计）金额：¥75,091.73').line('增值税                  20220101-20231231         39,000.00').line('一般罚没收入（罚款）    某罚〔2024〕19号    20,865.00')
    r.facts.amounts = [{ text: '¥75,091.73', yuan: 75091.73, role: '罚款', evidence: r.ev('合计') }]
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings).toEqual([])
    // (…and without that line the total differs)
    r.doc.lines.pop()
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.map((f) => f.kind)).toEqual(['inconsistency'])
  })
})

describe('one sum written two ways in a decision', () => {
  it('capital numerals and the figures beside them that differ (捌仟贰佰捌拾元（8820元）) are reported; agreeing ones are not', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line('4.罚款人民币捌仟贰佰捌拾元（8820元）。')
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.map((f) => [f.kind, f.status, f.message])).toEqual([
      ['inconsistency', 'open', '行政处罚决定书中同一金额的大写与小写不一致：“人民币捌仟贰佰捌拾元（8820元）”（大写为8280元，小写为8820元）'],
    ])
    // (a sum a page's line break cut: its head ends the line above — 玖 / 万叁仟元整（93000元）)
    const cut = lawfulCase()
    cut.get('行政处罚决定书').line('    2.按照破坏湿地面积186平方米，处每平方米五百元罚款，共计罚款人民币玖')
    cut.get('行政处罚决定书').line('万叁仟元整（93000元）。')
    expect(run(cut, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toEqual([])
    // (…or cut after its hundreds: 人民币捌佰 / 玖拾元(¥890))
    const cut2 = lawfulCase()
    cut2.get('行政处罚决定书').line('已委托某市政服务有限公司代为清除并支付人民币捌佰')
    cut2.get('行政处罚决定书').line('玖拾元(¥890)整的清理费用。')
    expect(run(cut2, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toEqual([])
    // (…or over three lines, a scan leaving a character or two alone between: 人民币肆 / 仟捌 / 佰元整（￥4800.00） — bn-05 as a scan)
    const cut3 = lawfulCase()
    cut3.get('行政处罚决定书').line('二、按照受侵害的劳动者每人300元的标准，处以罚款共计人民币肆').line('仟捌').line('佰元整（￥4800.00）')
    expect(run(cut3, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toEqual([])
    // (…and its figures cut after the bracket opened, the line break inside them: （￥88， / 560.00） — cr-02 as a scan)
    const cut4 = lawfulCase()
    cut4.get('行政处罚决定书').line('处工程合同价款1.2%的罚款，即罚款人民币捌万伍仟捌佰陆拾元整（￥88，').line('560.00）。')
    expect(run(cut4, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message)).map((f) => f.message)).toEqual([
      '行政处罚决定书中同一金额的大写与小写不一致：“人民币捌万伍仟捌佰陆拾元整（￥88，560.00）”（大写为85860元，小写为88560元）',
    ])
    const ok = lawfulCase()
    ok.get('行政处罚决定书').line('二、罚款人民币叁万元整（¥30,000.00）。')
    expect(run(ok, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toEqual([])
  })
})

describe('one sum written two ways in any paper', () => {
  it('a 送达公告 telling the fine as 叁仟元整（¥3500.00） is reported, with or without a decision in the file', () => {
    const c = lawfulCase()
    c.add('其他', ['某局行政处罚决定书送达公告', '处建设工程造价百分之七的罚款，即人民币叁仟元整（¥3500.00）。'])
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message)).map((f) => f.message)).toEqual([
      // (named by its title as read; the builder's paper carries its type)
      expect.stringMatching(/中同一金额的大写与小写不一致：“人民币叁仟元整（¥3500.00）”（大写为3000元，小写为3500元）$/),
    ])
    c.drop('行政处罚决定书')
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toHaveLength(1)
  })
})

describe('another organisation\'s code in a record', () => {
  it('a witness\'s employer with its own code is not the party', () => {
    const c = lawfulCase()
    const q = c.get('询问笔录')
    q.line('工作单位：河南恒建建设工程有限公司（统一社会信用代码91410100MAHU49D47D）').party('河南恒建建设工程有限公司', '工作单位', { creditCode: '91410100MAHU49D47D' })
    expect(run(c, { kind: 'consistency', params: { facts: ['creditCode'] } }).findings).toEqual([])
  })
})

describe('a paper naming its own party two ways', () => {
  const withLine = (text: string) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines.push({ ...d.doc.lines[d.doc.lines.length - 1], line: d.doc.lines.length, text })
    return c
  }
  const party = lawfulCase().get('行政处罚决定书').facts.parties[0].name
  it('one character changed, or 有限公司 written 有限责任公司, is reported to verify', () => {
    const changed = party.replace(/(.{3})./, (m, a) => a + (m[3] === '鑫' ? '森' : '鑫'))
    for (const v of [changed, party.replace('有限公司', '有限责任公司')]) {
      const out = run(withLine(`经查，${v}于2024年3月销售过期食品。`), { kind: 'consistency', params: { facts: ['party'] } })
      expect(out.findings.map((f) => [f.kind, f.status, f.message]), v).toEqual([['inconsistency', 'verify', `行政处罚决定书中当事人名称前后写法不一致：“${party}”与“${v}”`]])
    }
  })
  it('a shorter or fuller form, another company sharing all but a word, and another branch are not', () => {
    const short = party.replace(/^(.{2})(.{2})/, '$1')
    for (const v of [short, party.replace(/^(.{2})/, '$1市'), party.replace(/(.{2})有限公司$/, '商贸有限公司')]) {
      const out = run(withLine(`经查，${v}于2024年3月销售过期食品。`), { kind: 'consistency', params: { facts: ['party'] } })
      expect(out.findings.filter((f) => /前后写法不一致/.test(f.message)), v).toEqual([])
    }
  })
})

describe('the goods confiscated by count, against the seizure’s papers (templates cu-05, cv-01)', () => {
  const goods = (decided: string, ...told: string[]) => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line(`二、没收扣押的假农药“38%莠去津悬浮剂”（1000ml/瓶，批号20240302）${decided}；`)
    c.add('行政强制措施决定书', ['查封（扣押）决定书', '本局决定对下列物品予以扣押：', '1 | 38%莠去津悬浮剂 | 1000ml/瓶 | 84瓶 | 7箱整（84瓶），外箱加贴封条', '2 | 种衣剂 | 1L/袋 | 20袋', '3 | 乙草胺乳油 | 500ml/瓶 | 20瓶'])
    for (const t of told) c.get('案件调查终结报告').line(t)
    return run(c, { kind: 'consistency', params: { facts: ['confiscated'] } }).findings.map((f) => [f.status, f.message])
  }
  it('a count no other paper gives, the seizure listing another: to verify, naming both', () => {
    expect(goods('48瓶')).toEqual([['verify', '行政处罚决定书载明“没收扣押的假农药“38%莠去津悬浮剂”（1000ml/瓶，批号20240302）48瓶”，行政强制措施决定书所列为84瓶、20瓶，案卷其他文书均未见48瓶，请核对没收物品的数量']])
  })
  it('the seized count, a count another paper gives (part returned), or the list’s sum: no finding', () => {
    expect(goods('84瓶')).toEqual([])
    expect(goods('80瓶', '经查，4瓶有合法来源，已解除扣押返还，建议没收其余80瓶。')).toEqual([])
    expect(goods('20袋')).toEqual([])
    // (…a total over the list’s lines of that unit: 84瓶 on its line and in its 箱 note, 20 more on another)
    expect(goods('188瓶')).toEqual([])
    expect(goods('104瓶')).toHaveLength(1)
  })
})

describe('the illegal gains confiscated (template u-06)', () => {
  const gains = (decided: number, told: number, explain = false) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.line(`一、没收违法所得人民币${decided}元；`).amount(decided, '没收违法所得', `没收违法所得人民币${decided}元`)
    if (explain) d.line('经复核，采纳当事人关于部分收入已退还的陈述申辩意见。')
    c.get('行政处罚事先告知书').line(`拟没收违法所得人民币${told}元。`).amount(told, '没收违法所得', `拟没收违法所得人民币${told}元`)
    c.get('罚没款缴款凭证').line(`没收违法所得 ${told}.00元`).amount(told, '没收违法所得', `没收违法所得 ${told}.00元`)
    return run(c, { kind: 'consistency', params: { facts: ['confiscated'] } })
  }
  it('one sum in the decision, another in the notice and the receipt: one finding for the decision, naming both, to verify', () => {
    const out = gains(48600, 46800)
    expect(out.findings.map((f) => [f.kind, f.status, f.message])).toEqual([['inconsistency', 'verify', '决定书没收违法所得48600元，而行政处罚事先告知书、罚没款缴款凭证中为46800元']])
  })
  it('the same sum everywhere: no finding', () => {
    expect(gains(46800, 46800).findings).toEqual([])
  })
  it('a notice’s sum the decision changes and says why: only the receipt differs', () => {
    expect(gains(40000, 46800, true).findings.map((f) => f.message)).toEqual(['决定书没收违法所得40000元，而罚没款缴款凭证中为46800元'])
  })
  it('…nor the report the notice was drawn from (its sum the one the party was heard on)', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.line('一、没收违法所得人民币79200元；').amount(79200, '没收违法所得', '没收违法所得人民币79200元')
    d.line('经复核，你单位的申辩意见成立，本机关予以采纳，违法所得核减为79200元。')
    c.get('案件调查终结报告').line('建议没收违法所得86400元。').amount(86400, '没收违法所得', '没收违法所得86400元')
    expect(run(c, { kind: 'consistency', params: { facts: ['confiscated'] } }).findings).toEqual([])
    // (…the same report against a decision that gives no reason is still asked about)
    const c2 = lawfulCase()
    c2.get('行政处罚决定书').line('一、没收违法所得人民币79200元；').amount(79200, '没收违法所得', '没收违法所得人民币79200元')
    c2.get('案件调查终结报告').line('建议没收违法所得86400元。').amount(86400, '没收违法所得', '没收违法所得86400元')
    expect(run(c2, { kind: 'consistency', params: { facts: ['confiscated'] } }).findings.map((f) => f.status)).toEqual(['verify'])
  })
})

describe('a decision numbering itself two ways', () => {
  it('the same year and serial under another type word is reported to verify', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    const own = d.facts.caseNumbers.find((n) => n.own)!
    d.facts.caseNumbers.push({ ...own, text: own.text.replace('处罚', '处罚决'), normalized: own.normalized.replace('处罚', '处罚决'), prefix: own.prefix + '决', own: false, ownConflict: true })
    const out = run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } })
    expect(out.findings.map((f) => [f.kind, f.status, /自身的文号前后写法不一致/.test(f.message)])).toEqual([['inconsistency', 'verify', true]])
  })
  it('one of the two on a web page\'s title line is told as the page\'s number, to verify', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    const own = d.facts.caseNumbers.find((n) => n.own)!
    own.pageTitle = true
    d.facts.caseNumbers.push({ ...own, pageTitle: undefined, text: own.text.replace('处罚', '处罚决'), normalized: own.normalized.replace('处罚', '处罚决'), prefix: own.prefix + '决', own: false, ownConflict: true })
    const out = run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } })
    expect(out.findings.map((f) => [f.kind, f.status, f.message])).toEqual([['inconsistency', 'verify', expect.stringMatching(new RegExp(`^网页标题中的文号 ${escapeRe(own.text)} 与行政处罚决定书首部的文号 \\S+ 写法不一致（网页标题为发布时所加）`))]])
  })
  it('a copy that only lost characters of the number, its brackets unpaired (大环宾)罚字〔20231), is unreadable there: undetermined (real tune env-7601)', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    const own = d.facts.caseNumbers.find((n) => n.own)!
    Object.assign(own, { text: '大环(宾)罚字〔2023〕1号', normalized: '大环(宾)罚字〔2023〕1号', pageTitle: true })
    d.facts.caseNumbers.push({ ...own, pageTitle: undefined, text: '大环宾)罚字〔20231', normalized: '大环宾)罚字〔20231', own: false, ownConflict: true })
    const out = run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } })
    expect(out.findings.map((f) => [f.kind, f.status, /识读或转录时丢失/.test(f.message)])).toEqual([['inconsistency', 'undetermined', true]])
    // (…but a broken copy that differs in a character it has, 处罚 for 行处, is still a question)
    d.facts.caseNumbers[d.facts.caseNumbers.length - 1] = { ...own, pageTitle: undefined, text: '大环宾)处罚字〔20231', normalized: '大环宾)处罚字〔20231', own: false, ownConflict: true }
    expect(run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } }).findings.map((f) => f.status)).toEqual(['verify'])
  })
  it('two readings of the number one character apart, off a scan (璧/壁), may be the recognition\'s: undetermined; on a text layer they are a question (real tune env-038, harsh scan)', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    const own = d.facts.caseNumbers.find((n) => n.own)!
    Object.assign(own, { text: '璧环罚〔2024〕3号', normalized: '璧环罚〔2024〕3号', prefix: '璧环罚', pageTitle: undefined, evidence: { ...own.evidence, confidence: 0.82 } })
    d.facts.caseNumbers.push({ ...own, text: '壁环罚〔2024〕3号', normalized: '壁环罚〔2024〕3号', prefix: '壁环罚', own: false, ownConflict: true })
    const out = run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } })
    expect(out.findings.map((f) => [f.kind, f.status, /识别差异/.test(f.message)])).toEqual([['inconsistency', 'undetermined', true]])
    // (…read off a text layer, the same two are the paper's own: a person looks at them)
    delete own.evidence.confidence
    for (const n of d.facts.caseNumbers) delete n.evidence.confidence
    expect(run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } }).findings.map((f) => f.status)).toEqual(['verify'])
  })
  it('a notice or order alone numbering itself two ways under one prefix is reported; a form printing the case\'s 立 and 罚 numbers is not', () => {
    const c = lawfulCase()
    const own = { ...c.get('行政处罚决定书').facts.caseNumbers.find((x) => x.own)!, text: '杭西市监告〔2024〕17号', normalized: '杭西市监告〔2024〕17号', prefix: '杭西市监告', serial: 17 }
    c.drop('行政处罚决定书')
    const n = c.get('行政处罚事先告知书')
    n.facts.caseNumbers = [own, { ...own, text: '杭西市监告〔2024〕71号', normalized: '杭西市监告〔2024〕71号', serial: 71, own: false, ownConflict: true }]
    const out = run(c, { kind: 'consistency', params: { facts: ['caseNumber'] } })
    expect(out.findings.map((f) => [f.kind, f.status, f.docTypes[0]])).toEqual([['inconsistency', 'verify', '行政处罚事先告知书']])
    const form = lawfulCase()
    const f = form.get('立案审批表')
    f.facts.caseNumbers = [{ ...own, text: '杭西市监立〔2024〕17号', prefix: '杭西市监立' }, { ...own, own: false, ownConflict: true }]
    expect(run(form, { kind: 'consistency', params: { facts: ['caseNumber'] } }).findings).toEqual([])
  })
})

describe('a fine paid in instalments (行政处罚法 第六十六条第二款)', () => {
  const instalments = (approval: string) => {
    const c = lawfulCase({ fine: 120000 })
    c.add('其他', ['同意分期缴纳罚款通知书', approval])
    const r = c.get('罚没款缴款凭证')
    r.facts.amounts.forEach((a) => (a.yuan = 40000))
    return run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => f.kind === 'inconsistency')
  }
  it('each receipt pays a part: no finding when the file tells of the instalments', () => {
    expect(instalments('本局同意你单位将行政处罚决定书确定的罚款人民币壹拾贰万元整分三期缴纳，每期肆万元。')).toEqual([])
  })
  it('a slip paying a part with the taxes and late fees, its total the one read, is no other fine', () => {
    const c = lawfulCase({ fine: 120000 })
    c.add('其他', ['同意分期缴纳罚款通知书', '本局同意你单位将罚款人民币壹拾贰万元整分三期缴纳，每期肆万元。'])
    const r = c.get('罚没款缴款凭证')
    r.line('增值税\t2023-01-01至2023-12-31\t78,000.00')
    r.line('罚没收入（罚款第一期）\t40,000.00')
    r.facts.amounts.forEach((a) => (a.yuan = 158000))
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => f.kind === 'inconsistency')).toEqual([])
  })
  it('a paper naming the decision\'s fine as another sum is an inconsistency', () => {
    const out = instalments('本局同意你单位将行政处罚决定书确定的罚款人民币壹拾伍万元整分三期缴纳：第一期伍万元。')
    // (named by its title as read; the builder's paper carries its type)
    expect(out.map((f) => f.message)).toEqual([expect.stringMatching(/所称决定书确定的罚款150000元与决定书罚款120000元不一致$/)])
  })
})

describe('a multiple a paper works out (sums)', () => {
  const SUMS = { kind: 'consistency', params: { facts: ['sums'] } }
  const worked = (line: string, amounts: [number, '货值金额' | '其他' | '罚款'][]) => {
    const c = lawfulCase()
    const d = c.add('集体讨论记录', ['集体讨论记录', line])
    for (const [y, role] of amounts) d.amount(y, role, 1)
    return run(c, SUMS).findings.filter((f) => f.field === '金额计算')
  }
  it('2×2340 written 4860: to verify, with the sum it should be', () => {
    const out = worked('承办人建议并处货值金额2倍罚款，计人民币4860元。', [[2340, '货值金额'], [4860, '罚款']])
    expect(out.map((f) => [f.status, f.message])).toEqual([['verify', '集体讨论记录中“货值金额2倍罚款，计人民币4860元”计算结果为4860，按其所列数额应为4680，请核对']])
  })
  it('a result some sum of the paper gives (a total of items), or a round floor the law sets: no finding', () => {
    expect(worked('货值金额2.5倍罚款，即3150元。', [[456, '货值金额'], [1260, '其他'], [3150, '罚款']])).toEqual([])
    expect(worked('处违法购进药品货值金额两倍即100000元的罚款。', [[4950, '货值金额'], [100000, '罚款']])).toEqual([])
    expect(worked('并处货值金额2倍罚款即4680元。', [[2340, '货值金额'], [4680, '罚款']])).toEqual([])
  })
  it('an equation of sums of money written out that does not come out: to verify (cj-03: 17400元－1200元＝16800元)', () => {
    expect(worked('违法所得：17400元－1200元＝16800元。', []).map((f) => [f.status, f.message])).toEqual([['verify', '集体讨论记录中“17400元－1200元＝16800元”计算结果为16800元，按其所列数额应为16200元，请核对']])
    expect(worked('违法所得：118,280元－104,960元＝13,320元。', [])).toEqual([])
  })
  it('worked results, one taken away, whose total is not their sum: to verify; a product is never recomputed (ci-02)', () => {
    const line = (total: string) => `违法所得计算如下：成人单次票612张×30元＝18,360元，儿童单次票214张×20元＝4,280元，十次卡23张×250元＝5,750元，减去已退还十次卡未使用次数89次×25元＝2,225元，违法所得合计${total}元。`
    expect(worked(line('27,165'), []).map((f) => [f.status, f.message])).toEqual([['verify', '集体讨论记录中“违法所得合计27,165元”计算结果为27165元，按其所列数额应为26165元，请核对']])
    expect(worked(line('26,165'), [])).toEqual([])
    // (a product's result that is not the product — units mixed, 7箱×4元/包＝1344元 — is the paper's own, not a slip found here)
    expect(worked('购进7箱×4元/包＝1344元，售出3箱×5元/包＝900元，合计2244元。', [])).toEqual([])
  })
  it('a total that is not the sum of the fines listed above it: to verify; one that is, or that adds what is confiscated, no finding', () => {
    const total = (lines: [string, number, '罚款' | '没收违法所得'][], sum: number) => {
      const c = lawfulCase()
      const d = c.add('集体讨论记录', ['集体讨论记录', ...lines.map((l) => l[0]), `以上罚款合计人民币${sum}元。`])
      lines.forEach(([, y, role], i) => d.amount(y, role, i + 1))
      d.amount(sum, '罚款', lines.length + 1)
      return run(c, SUMS).findings.filter((f) => f.field === '金额计算')
    }
    const out = total([['二、对当事人一处罚款人民币120000元；', 120000, '罚款'], ['三、对当事人二处罚款人民币25000元。', 25000, '罚款']], 155000)
    expect(out.map((f) => [f.status, f.message])).toEqual([['verify', '集体讨论记录中合计金额为155000元，所列2项金额之和为145000元，请核对']])
    expect(total([['二、对当事人一处罚款人民币120000元；', 120000, '罚款'], ['三、对当事人二处罚款人民币25000元。', 25000, '罚款']], 145000)).toEqual([])
    expect(total([['三、没收违法所得人民币24150元；', 24150, '没收违法所得'], ['四、罚款人民币120000元。', 120000, '罚款']], 144150)).toEqual([])
  })
  it('an item the page\'s width broke before its sum goes with its head; a line with two sums leaves the list unknown (cj-02 as a scan)', () => {
    const list = (lines: [string, number?][], sum: number) => {
      const c = lawfulCase()
      const d = c.add('案件调查终结报告', ['案件调查终结报告', ...lines.map((l) => l[0]), `合计罚款${sum}元。`])
      lines.forEach(([, y], i) => y !== undefined && d.amount(y, '罚款', i + 1))
      d.amount(sum, '罚款', lines.length + 1)
      return run(c, SUMS).findings.filter((f) => f.field === '金额计算')
    }
    const broken: [string, number?][] = [['行为（一）涉及旅游者34人，人数较多，在从轻档内处罚'], ['款30000元；', 30000], ['行为（二）未投保期间未发生安全事故，按法定'], ['最低限处罚款5000元；', 5000], ['行为（三）拖欠金额已全额支付，处罚款8000元。', 8000]]
    expect(list(broken, 43000)).toEqual([])
    expect(list(broken, 44000).map((f) => f.message)).toEqual(['案件调查终结报告中合计金额为44000元，所列3项金额之和为43000元，请核对'])
  })
  it('the same total given twice, in figures then in capitals: the first is no item of the second (bi-05)', () => {
    const c = lawfulCase()
    const d = c.add('罚没款缴款凭证', ['江西省非税收入一般缴款书', '收入项目：没收违法所得　13,680.00元', '罚款　6,840.00元', '合计（小写）：¥20,520.00', '合计（大写）：贰万零伍佰贰拾元整'])
    d.amount(13680, '没收违法所得', 1).amount(6840, '罚款', 2).amount(20520, '罚款', 3).amount(20520, '罚款', 4)
    expect(run(c, SUMS).findings.filter((f) => f.field === '金额计算')).toEqual([])
  })
  it('items wrapped at the page width: the next item\'s same sum on the next line is an item of its own; one sum broken over two lines is one', () => {
    const wrapped = (lines: [string, number, '罚款' | '没收违法所得', string][], totalLine: string, sum: number) => {
      const c = lawfulCase()
      const d = c.add('集体讨论记录', ['集体讨论记录', ...lines.map((l) => l[0]), totalLine])
      lines.forEach(([text, y, role, printed], i) => {
        d.amount(y, role, i + 1)
        d.facts.amounts[d.facts.amounts.length - 1].evidence.span = [text.indexOf(printed), text.indexOf(printed) + printed.length]
      })
      d.amount(sum, '罚款', lines.length + 1)
      return run(c, SUMS).findings.filter((f) => f.field === '金额计算')
    }
    expect(wrapped([
      ['3.没收违法所得18元(壹拾捌元整);4.对经营标签不符合规定的化妆品的违法', 18, '没收违法所得', '18元'],
      ['行为处罚款1000元(壹仟元整);5.对未按规定建立并执行进货查验记录制度的违法', 1000, '罚款', '1000元'],
      ['行为处罚款1000元(壹仟元整)。', 1000, '罚款', '1000元'],
    ], '罚没款合计2018元(贰仟零壹拾捌元整)。', 2018)).toEqual([])
    expect(wrapped([
      ['一、没收违法所得人民币6000元；', 6000, '没收违法所得', '6000元'],
      ['二、罚款计人民币叁万玖仟玖佰捌拾肆', 39984, '罚款', '叁万玖仟玖佰捌拾肆'],
      ['元整（39,984元）。', 39984, '罚款', '39,984元'],
    ], '以上罚没款合计人民币45984元。', 45984)).toEqual([])
  })
})

describe('papers written after other templates (bd, bf batches)', () => {
  it('a sum in capital numerals a page break cut, the page’s number at the foot between, reads whole', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.line('二、处造成损失金额1.5倍的罚款，计人民币贰万柒仟玖佰陆').line('1').line('拾元整（¥27,960.00）。')
    const lines = d.doc.lines
    lines[lines.length - 1].page = 2
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /大写与小写/.test(f.message))).toEqual([])
  })
  it('a decision that says the statement was weighed and nothing changed (经复核…不再调整) explains no other sum', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.line('一、没收违法所得人民币22500元；').amount(22500, '没收违法所得', '没收违法所得人民币22500元')
    d.line('经复核，你单位所提初次违法、已停止等情况已在裁量中予以考虑，不再调整。')
    c.get('案件调查终结报告').line('建议没收违法所得25200元。').amount(25200, '没收违法所得', '没收违法所得25200元')
    expect(run(c, { kind: 'consistency', params: { facts: ['confiscated'] } }).findings.map((f) => [f.status, f.message])).toEqual([['verify', '决定书没收违法所得22500元，而案件调查终结报告中为25200元']])
  })
})

describe('a receipt whose line lists the decision’s fine after a dash a scan ran onto it', () => {
  it('罚款（…号）－38,910.00 under a total of taxes and fees is the decision’s figure: no finding', () => {
    const c = lawfulCase({ fine: 38910 })
    c.get('罚没款缴款凭证').line('增值税 2022-06-01至2022-06-30 26,000.00').line('罚款（某税罚〔2024〕19号）－38,910.00').line('金额合计：￥64,910.00（陆万肆仟玖佰壹拾元整）')
    const r = c.get('罚没款缴款凭证')
    r.facts.amounts = [{ text: '64910元', yuan: 64910, role: '罚款', evidence: r.ev('金额合计') }]
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /缴款凭证/.test(f.message))).toEqual([])
  })
})

describe('a receipt that pays the fine in one ruled cell and returns a fund on another slip', () => {
  it('项目|罚没收入—罚款|23191.20 beside 退回医保基金 46382.40元: the decision’s fine is on the slip, no finding (br-12)', () => {
    const c = lawfulCase({ fine: 23191.2 })
    c.get('罚没款缴款凭证').line('项目|罚没收入—罚款|23191.20').line('摘要：退回医保基金（海医保罚〔2024〕第012号）   金额：46382.40元')
    const r = c.get('罚没款缴款凭证')
    r.facts.amounts = [{ text: '46382.40元', yuan: 46382.4, role: '其他', evidence: r.ev('退回医保基金') }]
    expect(run(c, { kind: 'consistency', params: { facts: ['fine'] } }).findings.filter((f) => /缴款凭证/.test(f.message))).toEqual([])
  })
})

describe('a natural person\'s identity number, as a business\'s credit code', () => {
  // (bq-04: the decision gives the driver's number with two digits swapped, every other paper the right one)
  const person = (c: CaseBuilder, id: string, on: DocType[] | 'all but the decision') => {
    for (const d of c.docs) {
      if (on === 'all but the decision' ? d.doc.type === '行政处罚决定书' || !d.facts.parties.length : !on.includes(d.doc.type)) continue
      d.facts.parties = [{ name: '孙浩', kind: 'person', evidence: d.ev(d.doc.lines[1].text), idNumber: id }]
      for (const l of d.doc.lines) if (/信用代码/.test(l.text)) l.text = `身份证号：${id}`
    }
  }
  it('differs on the decision from the other papers: a finding, the number named', () => {
    const c = lawfulCase()
    person(c, '320115199207154417', 'all but the decision')
    person(c, '320115199207145417', ['行政处罚决定书'])
    const out = run(c, K({ facts: ['creditCode'] }))
    expect(out.findings.length).toBeGreaterThan(1)
    expect(out.findings.map((f) => [f.field, f.status])).toEqual(out.findings.map(() => ['身份证号码', 'open']))
    expect(out.findings[0].message).toMatch(/中孙浩的身份证号码为320115199207154417，与决定书320115199207145417不一致$/)
  })
  it('the same number, or a masked copy of it, or another person\'s in a record, is none', () => {
    const c = lawfulCase()
    person(c, '320115199207154417', 'all but the decision')
    person(c, '320115199207154417', ['行政处罚决定书'])
    person(c, '3201151992****4417', ['案件调查终结报告'])
    c.get('询问笔录').facts.parties = [{ name: '王某', kind: 'person', evidence: c.get('询问笔录').ev(c.get('询问笔录').doc.lines[1].text), idNumber: '320102198811263023' }]
    expectItem(run(c, K({ facts: ['creditCode'] })), 'pass', [])
  })
})

describe('consistency: a clerical error in the decision that a correction notice corrects (bs-07, bt-07)', () => {
  const others = ['立案审批表', '现场检查笔录', '询问笔录', '行政处罚事先告知书'] as const
  const misnamed = () => {
    const c = lawfulCase()
    for (const t of others) renameIn(c, t, '杭州鑫元食品有限公司')
    return c
  }
  it('the notice naming the decision\'s value as the slip and the others\' as the right one: no finding left', () => {
    const c = misnamed()
    const n = c.add('其他', ['行政处罚决定书更正通知书', '本局于2024年4月8日向你单位送达的《行政处罚决定书》中，当事人名称误写为“杭州鑫源食品有限公司”，正确的名称为“杭州鑫元食品有限公司”，现予更正。'])
    n.doc.title = '行政处罚决定书更正通知书'
    const out = run(c, K({ facts: ['party'] }))
    expect(out.findings).toEqual([])
    expect(out.items[0].reason).toMatch(/已由更正通知书更正/)
  })
  it('…a notice correcting something else, or no notice: the finding stays', () => {
    const c = misnamed()
    const n = c.add('其他', ['行政处罚决定书更正通知书', '本局于2024年4月8日向你单位送达的《行政处罚决定书》中，住所误写为“某路1号”，正确的住所为“某路11号”，现予更正。'])
    n.doc.title = '行政处罚决定书更正通知书'
    expect(run(c, K({ facts: ['party'] })).findings.map((f) => f.message)).toEqual([expect.stringMatching(/^决定书当事人名称写作“杭州鑫源食品有限公司”/)])
    expect(run(misnamed(), K({ facts: ['party'] })).findings).toHaveLength(1)
  })
})

describe('consistency: a code the decision\'s own scan misread (O for 0), the others read right (bt-04 as a scan)', () => {
  it('is the scan\'s reading, no inconsistency; on typed text, or any other character off, it stays one', () => {
    const misread = (code: string, confidence?: number) => {
      const c = lawfulCase()
      const p = c.get('行政处罚决定书').facts.parties[0]
      p.creditCode = code
      if (confidence !== undefined) for (const d of c.docs) for (const x of d.facts.parties) x.evidence.confidence = confidence
      return run(c, K({ facts: ['creditCode'] })).findings
    }
    expect(misread(CODE.replace('0106', 'O106'), 0.97)).toEqual([])
    expect(misread(CODE.replace('0106', 'O106'))).not.toEqual([])
    expect(misread(CODE.replace('0106', '8106'), 0.97)).not.toEqual([])
  })
})

describe('consistency: each person a decision names, against the number the other papers give (bs-12, two persons in one decision)', () => {
  const joint = (secondId: string) => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line(`被处罚人（二）：母成贵，男，1981年8月22日出生，身份证号${secondId}，住北川羌族自治县。`)
    const q = c.get('询问笔录').line('被询问人：母成贵　身份证号510726198108221816')
    q.party('母成贵', '母成贵', { kind: 'person' })
    q.facts.parties[q.facts.parties.length - 1].idNumber = '510726198108221816'
    return run(c, K({ facts: ['creditCode'] })).findings
  }
  it('two digits swapped in the decision: a finding naming the person and both numbers', () => {
    expect(joint('510726198108212816').map((f) => f.message)).toEqual(['决定书中母成贵的身份证号码为510726198108212816，与询问笔录中的510726198108221816不一致'])
  })
  it('…its number broken over two lines by a scan\'s reading (身份证号510 / 726198108212816)', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line('被处罚人（二）：母成贵，男，1981年8月22日出生，身份证号510').line('726198108212816，住北川羌族自治县。')
    const q = c.get('询问笔录').line('被询问人：母成贵　身份证号510726198108221816')
    q.party('母成贵', '母成贵', { kind: 'person' })
    q.facts.parties[q.facts.parties.length - 1].idNumber = '510726198108221816'
    expect(run(c, K({ facts: ['creditCode'] })).findings.map((f) => f.message)).toEqual(['决定书中母成贵的身份证号码为510726198108212816，与询问笔录中的510726198108221816不一致'])
  })
  it('the same number, or the person masked out: nothing', () => {
    expect(joint('510726198108221816')).toEqual([])
    expect(joint('51072619810822****')).toEqual([])
  })
})

describe('consistency: a sum of the facts the decision states other than the file\'s papers all do (figures, bs-02)', () => {
  const FIG = K({ facts: ['figures'] })
  const loss = (decision: string, said = '') => {
    const c = lawfulCase()
    c.get('行政处罚决定书').line(`经事件调查组认定为一般大气污染事故，直接经济损失${decision}元。${said}`)
    c.get('案件调查终结报告').line('经认定，直接经济损失412600元。')
    c.get('行政处罚事先告知书').line('造成一般大气污染事故，直接经济损失412600元。')
    return run(c, FIG).findings
  }
  it('421600 in the decision, 412600 in the report and the notice: to verify, naming them', () => {
    expect(loss('421600').map((f) => [f.status, f.message])).toEqual([['verify', '决定书中直接经济损失为421600元，而案件调查终结报告、行政处罚事先告知书中均为412600元']])
  })
  it('the same sum, or a decision saying it was worked out again, or one paper alone to set against it: nothing', () => {
    expect(loss('412600')).toEqual([])
    expect(loss('421600', '经复核，直接经济损失按评估结论重新核定。')).toEqual([])
    const c = lawfulCase()
    c.get('行政处罚决定书').line('直接经济损失421600元。')
    c.get('案件调查终结报告').line('直接经济损失412600元。')
    expect(run(c, FIG).findings).toEqual([])
  })
})
