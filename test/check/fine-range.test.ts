import { describe, it } from 'vitest'
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

describe('fine-range', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, F), r.status, r.want)
    })
  }
})
