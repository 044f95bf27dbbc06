import { describe, expect, it } from 'vitest'
import { unitCount } from '../../shared/check/kinds/fine-range'
import type { ItemStatus } from '../../shared/types'
import { lawfulCase, run, type CaseBuilder, type LawfulOptions } from './build'
import { expectItem, type Want } from './expect'

const F = { kind: 'fine-range', params: {} }

/** Make the decision's penalty citation point elsewhere. */
function penaltyCite(c: CaseBuilder, law: string, article: number, more: { paragraph?: number; item?: number } = {}) {
  const d = c.get('行政处罚决定书')
  const cite = d.facts.citations.find((x) => x.role === 'penalty' && !x.quoted)!
  Object.assign(cite, { law, lawAsWritten: law, article, paragraph: more.paragraph, item: more.item })
}

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; status: ItemStatus; want: Want[] }[] = [
  { name: 'fine inside 五万元以上十万元以下 (货值金额不足一万元)', status: 'pass', want: [] },
  { name: 'the bounds themselves are inside (以上/以下 include the number)', opts: { fine: 100000 }, status: 'pass', want: [] },
  {
    name: 'fine above the fixed range',
    opts: { fine: 150000 },
    status: 'fail',
    want: [
      {
        kind: 'amount-out-of-range',
        message: '罚款 150000 元超出所引处罚条款的幅度：《中华人民共和国食品安全法》第一百二十四条第一款第（五）项：违法生产经营的食品、食品添加剂货值金额不足一万元的，处五万元以上十万元以下罚款（50000–100000 元）',
        docTypes: ['行政处罚决定书'],
        field: '罚款',
      },
    ],
  },
  { name: 'fine below the fixed range', opts: { fine: 30000 }, status: 'fail', want: [{ kind: 'amount-out-of-range', message: /罚款 30000 元超出/ }] },
  {
    // 货值金额 20000 ≥ 一万元: 十倍以上二十倍以下 → 200000–400000.
    name: '倍 range applies once the 货值金额 reaches 一万元: 300000 is inside',
    opts: { fine: 300000, goodsValue: 20000 },
    status: 'pass',
    want: [],
  },
  {
    name: '倍 range: 60000 is below ten times a 货值金额 of 20000',
    opts: { fine: 60000, goodsValue: 20000 },
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', message: /货值金额一万元以上的，处货值金额十倍以上二十倍以下罚款（货值金额 20000 元）（200000–400000 元）/ }],
  },
  {
    name: 'a 货值金额 read without its role is found by the words before it',
    opts: { fine: 150000 },
    edit: (c) => {
      for (const d of c.docs) for (const a of d.facts.amounts) if (a.role === '货值金额') a.role = '其他'
    },
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'open', message: /（50000–100000 元）$/ }],
  },
  {
    name: 'no 货值金额 in the file and the fine outside the fixed range: undetermined, not a false alarm',
    opts: { fine: 300000 },
    edit: (c) => {
      for (const d of c.docs) d.facts.amounts = d.facts.amounts.filter((a) => a.role !== '货值金额')
    },
    status: 'undetermined',
    want: [{ kind: 'amount-out-of-range', status: 'undetermined', message: /罚款 300000 元不在可确定的幅度内，但.*案卷未载明/ }],
  },
  {
    name: 'a provision that states no amount (城市市容和环境卫生管理条例 第三十四条): undetermined',
    edit: (c) => penaltyCite(c, '城市市容和环境卫生管理条例', 34, { item: 2 }),
    status: 'undetermined',
    want: [{ kind: 'amount-out-of-range', status: 'undetermined', message: /未规定罚款数额幅度/ }],
  },
  {
    name: 'the penalty basis read with another role: the decision’s other citations stand in, to verify',
    opts: { fine: 150000 },
    edit: (c) => {
      for (const x of c.get('行政处罚决定书').facts.citations) if (x.role === 'penalty' && !x.quoted) x.role = 'other'
    },
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'verify', message: /^罚款 150000 元超出处罚条款的幅度（未读出处罚依据，按决定书所引《中华人民共和国食品安全法》第一百二十四条第一款第（五）项核对）/ }],
  },
  {
    name: 'no penalty citation read: undetermined',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.facts.citations = d.facts.citations.filter((x) => x.role !== 'penalty')
    },
    status: 'undetermined',
    want: [{ kind: 'amount-out-of-range', status: 'undetermined', message: '无法核对罚款幅度：行政处罚决定书未读出处罚依据（处罚条款）' }],
  },
  {
    name: 'no fine imposed: not applicable',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.facts.amounts = d.facts.amounts.filter((a) => a.role !== '罚款' || a.quoted)
    },
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'the quoted amounts of the statute are not the fine',
    opts: { fine: 80000 },
    status: 'pass',
    want: [],
  },
  {
    name: 'low-confidence OCR of the fine: to verify',
    opts: { fine: 150000 },
    edit: (c) => (c.get('行政处罚决定书').facts.amounts.find((a) => a.yuan === 150000)!.evidence.confidence = 0.7),
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'verify' }],
  },
]

/** Rewrite the decision for another provision: its finding, measures, base amount and penalty citation. */
function otherCase(c: CaseBuilder, o: { finding: string; measures: string; law: string; article: number; paragraph?: number; item?: number; base?: number }) {
  const d = c.get('行政处罚决定书')
  d.doc.lines[5].text = o.finding
  d.doc.lines[8].text = `依据《${o.law}》的规定，本局决定：${o.measures}`
  d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款')
  if (o.base !== undefined) d.amount(o.base, '其他', '经查')
  penaltyCite(c, o.law, o.article, { paragraph: o.paragraph, item: o.item })
  for (const x of c.docs) if (x !== d) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
}

const AD = { finding: '经查，当事人在网店页面发布的普通食品广告中宣称“降血糖”，涉及疾病治疗功能，广告费用无法计算。', measures: '责令停止发布广告', law: '中华人民共和国广告法', article: 58, paragraph: 1, item: 2 }
const PLAN = { finding: '经查，当事人未取得建设工程规划许可证搭建钢结构厂房一处，建设工程造价人民币500000元。', measures: '限期改正，', law: '中华人民共和国城乡规划法', article: 64, base: 500000 }
const BUILD = { finding: '经查，当事人未取得施工许可证擅自施工，工程合同价款人民币3000000元。', measures: '责令停止施工，限期改正，', law: '建设工程质量管理条例', article: 57, base: 3000000 }

const INVOICE = (amount: number) => ({ finding: `经查，当事人在无真实交易的情况下为他人开具增值税普通发票12份，虚开金额人民币${amount}元。`, measures: '没收违法所得，', law: '中华人民共和国发票管理办法', article: 35, paragraph: 1, base: amount })

const tiers: { name: string; fine: number; o: Parameters<typeof otherCase>[1]; extra?: string; status: ItemStatus; want: Want[] }[] = [
  // (bx-09: the tier turns on the 虚开金额 the decision states)
  { name: '虚开金额 over 1万元: 5万 to 50万, a 3万 fine out of range', fine: 30000, o: INVOICE(86400), status: 'fail', want: [{ kind: 'amount-out-of-range', message: /虚开金额超过1万元的，处5万元以上50万元以下的罚款（50000–500000 元）$/ }] },
  { name: '虚开金额 under 1万元: up to 5万, a 3万 fine in range', fine: 30000, o: INVOICE(8000), status: 'pass', want: [] },
  { name: '广告费用无法计算: the fixed 十万元以上二十万元以下 replaces the multiple', fine: 150000, o: AD, status: 'pass', want: [] },
  {
    name: 'the 情节严重 tier does not cover a fine the decision does not aggravate',
    fine: 300000,
    o: AD,
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'open', message: /^罚款 300000 元超出所引处罚条款的幅度：《中华人民共和国广告法》第五十八条第一款第（二）项：广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款（100000–200000 元）；未计入：.*（决定书未认定情节严重）$/ }],
  },
  { name: 'the decision finds 情节严重: the heavier tier applies', fine: 300000, o: AD, extra: '鉴于当事人违法情节严重，', status: 'pass', want: [] },
  {
    // (a publicity record or a summary that leaves the 广告费用 out may have fined by the multiple: not a fine out of range)
    name: 'a decision silent on the 广告费用: the multiple stays possible, the fixed amounts do not replace it — undetermined',
    fine: 3200,
    o: { ...AD, finding: '经查，当事人在网店页面发布的普通食品广告中宣称“降血糖”，涉及疾病治疗功能。' },
    status: 'undetermined',
    want: [{ kind: 'amount-out-of-range', status: 'undetermined', message: /^无法核对罚款幅度：罚款 3200 元不在可确定的幅度内，但《中华人民共和国广告法》第五十八条第一款第（二）项按广告费用的倍数计罚/ }],
  },
  { name: 'alternatives: 尚可采取改正措施 (限期改正) → 5%–10% of 建设工程造价', fine: 40000, o: PLAN, status: 'pass', want: [] },
  {
    name: 'alternatives: below 5% is out of range once the decision orders 限期改正 (to verify: rests on wording)',
    fine: 10000,
    o: PLAN,
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'verify', message: /（25000–50000 元）；未计入：.*不能拆除的.*（决定书未载明该情形）$/ }],
  },
  {
    // (bp-01: the decision finds the work cannot be put right — the 尚可 branch's words, negated, are no support for it)
    name: 'alternatives: 无法采取改正措施 does not speak for the 尚可采取改正措施 branch: 3% is not asserted out of range',
    fine: 15000,
    o: { ...PLAN, finding: `${PLAN.finding}经规划主管部门认定，属于无法采取改正措施消除对规划实施影响的情形。`, measures: '' },
    status: 'pass',
    want: [],
  },
  { name: 'percent written with % (1%以上2%以下 of 工程合同价款)', fine: 45000, o: BUILD, status: 'pass', want: [] },
  { name: 'percent: above 2% is out of range', fine: 90000, o: BUILD, status: 'fail', want: [{ kind: 'amount-out-of-range', message: /（30000–60000 元）$/ }] },
]

describe('fine-range: tiers, alternatives and percent', () => {
  for (const r of tiers) {
    it(r.name, () => {
      const c = lawfulCase({ fine: r.fine })
      otherCase(c, r.o)
      if (r.extra) c.get('行政处罚决定书').doc.lines[8].text = r.extra + c.get('行政处罚决定书').doc.lines[8].text
      expectItem(run(c, F), r.status, r.want)
    })
  }
})

const broken: { name: string; fine: number; edit: (c: CaseBuilder) => void; status: ItemStatus; want: Want[] }[] = [
  {
    name: 'a cited paragraph that does not exist is read without it: to verify',
    fine: 150000,
    edit: (c) => (c.get('行政处罚决定书').facts.citations.find((x) => x.role === 'penalty' && !x.quoted)!.paragraph = 7),
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'verify', message: /^罚款 150000 元超出处罚条款的幅度（所引条款的款不存在，按《中华人民共和国食品安全法》第一百二十四条第（五）项核对）/ }],
  },
  {
    name: 'a cited article that does not exist: the provision the decision quotes stands in, to verify',
    fine: 150000,
    edit: (c) => (c.get('行政处罚决定书').facts.citations.find((x) => x.role === 'penalty' && !x.quoted)!.article = 171),
    status: 'fail',
    want: [{ kind: 'amount-out-of-range', status: 'verify', message: /^罚款 150000 元超出处罚条款的幅度（所引《中华人民共和国食品安全法》第一百七十一条第一款第（五）项不存在，按《中华人民共和国食品安全法》第一百二十四条第一款核对）/ }],
  },
  {
    name: 'a cited article that does not exist and no quoted provision: undetermined',
    fine: 150000,
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.facts.citations = d.facts.citations.filter((x) => !x.quoted)
      d.facts.citations.find((x) => x.role === 'penalty')!.article = 171
    },
    status: 'undetermined',
    want: [{ kind: 'amount-out-of-range', status: 'undetermined', message: '无法核对罚款幅度：所引处罚条款（《中华人民共和国食品安全法》第一百七十一条第一款第（五）项）不存在（见引用检查），无从核对罚款幅度' }],
  },
]

describe('fine-range: broken penalty citations', () => {
  for (const r of broken) {
    it(r.name, () => {
      const c = lawfulCase({ fine: r.fine })
      r.edit(c)
      expectItem(run(c, F), r.status, r.want)
    })
  }
})

describe('fine-range', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, F), r.status, r.want)
    })
  }
})

describe('persons counted for a rate per person (每人)', () => {
  it('名 before the people a labour law counts, 人 after a number; not officers, not 人员 or 人民', () => {
    expect(unitCount('安排任小军等14名劳动者延长工作时间，执法人员2名到场。', '人')).toBe(14)
    expect(unitCount('共涉及职工14人。', '人')).toBe(14)
    expect(unitCount('本局2名执法人员到场检查，罚款人民币800元。', '人')).toBeNull()
  })
})

describe('a fine decided on the spot (行政处罚法 第五十一条: 公民二百元、法人或者其他组织三千元以下)', () => {
  const SPOT = { kind: 'fine-range', params: { onSpot: { person: 200, organization: 3000, ruleId: 'CF-51' } } }
  const spot = (fine: number, kind: 'person' | 'organization' | 'unknown', onSpot = true) => {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    if (onSpot) d.doc.lines[0].text = '道路运输当场行政处罚决定书'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    d.facts.parties = []
    if (kind !== 'unknown') d.party(kind === 'person' ? '张某某' : '某物流有限公司', 1, { kind })
    else d.facts.parties.push({ name: '某某', kind: 'unknown', evidence: d.ev(1) })
    return run(c, SPOT)
  }
  it('a person fined 500 on the spot: over the 200 limit, to verify (another law may allow more)', () => {
    expectItem(spot(500, 'person'), 'fail', [{ kind: 'amount-out-of-range', status: 'verify', message: /对公民罚款 500 元，超过简易程序对公民200元以下的限额/ }])
  })
  it('within the limits: kept; an organisation may be fined up to 3000', () => {
    expectItem(spot(200, 'person'), 'pass', [])
    expectItem(spot(2000, 'organization'), 'pass', [])
    expectItem(spot(5000, 'organization'), 'fail', [{ kind: 'amount-out-of-range', status: 'verify' }])
  })
  it('the party\'s kind unknown and the fine between the limits: undetermined', () => {
    expectItem(spot(1000, 'unknown'), 'undetermined', [{ kind: 'amount-out-of-range', status: 'undetermined' }])
  })
  it('a decision that does not say it was made on the spot is not measured by the limits', () => {
    expect(spot(5000, 'person', false).items[0].status).toBe('not-applicable')
  })
})

describe('a notice\'s proposed fine where the file holds no decision (orProposedIn)', () => {
  const FR = { kind: 'fine-range', params: { docType: '行政处罚决定书', orProposedIn: '行政处罚事先告知书' } }
  it('no decision: the notice\'s proposal is measured, to verify; with a decision, the decision is', () => {
    const c = lawfulCase({ fine: 1000 })
    const d = c.get('行政处罚决定书')
    const notice = c.get('行政处罚事先告知书')
    notice.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted).map((a) => ({ ...a, yuan: 1000 }))
    notice.facts.citations = d.facts.citations.filter((x) => x.role === 'penalty')
    c.drop('行政处罚决定书')
    const out = run(c, FR)
    expect(out.findings.filter((f) => f.kind === 'amount-out-of-range').map((f) => [f.status, /核对的是行政处罚事先告知书拟作出的罚款/.test(f.message)])).toEqual([['verify', true]])
  })
})

describe('fine-range: every decision that stands (bt-03: a company and its chief officer, each a decision; bs-09: one revoked and made again)', () => {
  // a second decision like the first, for its own party, its fine given
  const second = (c: CaseBuilder, fine: number) => {
    const first = c.get('行政处罚决定书')
    const d = c.add('行政处罚决定书', first.doc.lines.map((l) => l.text))
    Object.assign(d.facts, { ...structuredClone(first.facts), docId: d.facts.docId })
    d.facts.amounts.filter((a) => a.role === '罚款').forEach((a) => (a.yuan = fine))
    return c
  }
  it('the second decision\'s fine outside the range is found, the first\'s inside passing', () => {
    const out = run(second(lawfulCase(), 150000), F)
    expect(out.findings.map((f) => [f.kind, f.message.slice(0, 20)])).toEqual([['amount-out-of-range', '罚款 150000 元超出所引处罚条款的']])
  })
  it('…but a decision revoked on review, before the paper that revokes it, is not measured: the one made again is', () => {
    const c = lawfulCase({ fine: 150000 })
    const r = c.add('其他', ['行政复议决定书', '一、撤销被申请人作出的杭西市监处罚〔2024〕12号行政处罚决定；', '二、责令被申请人自收到本决定书之日起六十日内重新作出行政处罚决定。'])
    r.doc.title = '行政复议决定书'
    expect(run(second(c, 60000), F).findings).toEqual([])
  })
})
