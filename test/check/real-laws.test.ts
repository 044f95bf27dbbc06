/**
 * The check kinds against the app's own law database (resources/laws) and calendar, on the provisions the generated
 * corpus cites: a lawful fine passes, one outside the statutory range is found, a provision without an amount is
 * undetermined; 行政处罚法 2017 numbering in a 2024 notice is outdated. Guards the fakes' fidelity to the real data.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { join } from 'node:path'
import type { LawLookup } from '../../shared/law/types'
import { loadLaws } from '../../electron/engine/laws'
import { createCalendar } from '../../shared/calendar'
import { checkCase } from '../../shared/check'
import { PROVISIONS, LAWS as CORPUS_LAWS, fineBounds } from '../fixtures/corpus/laws'
import { CaseBuilder, lawfulCase, rubricOf, CF, FOOD } from './build'

let laws: LawLookup
beforeAll(async () => {
  laws = await loadLaws(join(import.meta.dirname, '..', '..', 'resources'))
})

function check(c: CaseBuilder, kind: string) {
  const { facts, documents } = c.build()
  return checkCase(facts, documents, rubricOf({ kind, params: {} }), { laws, calendar: createCalendar() })
}

/** The lawful case rewritten for a corpus provision, with its measures and base amount. */
function forProvision(p: (typeof PROVISIONS)[number], fine: number, base?: number): CaseBuilder {
  const c = lawfulCase({ fine, goodsValue: base })
  const d = c.get('行政处罚决定书')
  const v = CORPUS_LAWS[p.violated.law]
  const pe = CORPUS_LAWS[p.penalty.law]
  d.doc.lines[5].text = `经查，${p.finding.replace('{base}', `人民币${base ?? 0}元`)}。`
  d.doc.lines[6].text = `当事人的行为违反了《${v.title}》第${p.violated.article}条的规定。`
  d.doc.lines[8].text = `依据《${pe.title}》第${p.penalty.article}条的规定，本局决定：${p.measures.join('，')}；`
  d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款')
  if (base !== undefined) d.amount(base, /货值金额/.test(p.finding) ? '货值金额' : '其他', '经查')
  for (const x of c.docs) if (x !== d) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
  d.facts.citations = d.facts.citations.filter((x) => x.quoted)
  d.cite(v.title, p.violated.article, 'violated', '违反了', { paragraph: p.violated.paragraph, item: p.violated.item })
  d.cite(pe.title, p.penalty.article, 'penalty', '依据', { paragraph: p.penalty.paragraph, item: p.penalty.item })
  return c
}

describe('a seizure’s basis must grant the power (templates cu-04, cv-04)', () => {
  const seizing = (item: number, also?: [string, number, number?]) => {
    const c = lawfulCase()
    const line = `依据《中华人民共和国安全生产法》第六十五条第一款第（${'一二三四五'[item - 1]}）项${also ? `和《${also[0]}》第${also[1]}条` : ''}的规定，经本局主要负责人批准，本局决定对你公司储存的汽油578升予以扣押，对储油间予以查封。`
    const d = c.add('行政强制措施决定书', ['查封扣押决定书', '某汽车修理厂：', line])
    d.cite('中华人民共和国安全生产法', 65, 'penalty', 2, { paragraph: 1, item })
    if (also) d.cite(also[0], also[1], 'penalty', 2, { paragraph: also[2] })
    return check(c, 'citation').findings.filter((f) => f.docTypes.includes('行政强制措施决定书')).map((f) => [f.kind, f.status, f.message])
  }
  it('item (三), on hazards to remove, grants no seizure: to verify', () => {
    expect(seizing(3)).toEqual([['citation-wrong-law', 'verify', expect.stringMatching(/^行政强制措施决定书以《中华人民共和国安全生产法》第六十五条第一款第（三）项为查封、扣押的依据，该条款（连同其所属条款的引导语）未规定查封、扣押/)]])
  })
  it('item (四) grants it; so does another provision the sentence cites, but not the procedure law beside it', () => {
    expect(seizing(4)).toEqual([])
    expect(seizing(3, ['危险化学品安全管理条例', 7, 1])).toEqual([])
    expect(seizing(3, ['中华人民共和国行政强制法', 24])).toHaveLength(1)
  })
})

describe('check kinds on the real law database', () => {
  for (const p of PROVISIONS) {
    it(`${p.id}: citations hold; the fine range is applied`, () => {
      const base = p.baseRange ? Math.round((p.baseRange[0] + p.baseRange[1]) / 2) : undefined
      const b = fineBounds(p, base)
      const lawful = b ? Math.round((b[0] + b[1]) / 2) : 1000
      const cite = check(forProvision(p, lawful, base), 'citation')
      expect(cite.findings.map((f) => f.message)).toEqual([])
      const ok = check(forProvision(p, lawful, base), 'fine-range')
      if (!b) {
        expect(ok.items[0].status).toBe('undetermined')
        return
      }
      expect(ok.items[0].status, ok.findings.map((f) => f.message).join('\n')).toBe('pass')
      const above = check(forProvision(p, Math.round(b[1] * 1.5), base), 'fine-range')
      // 城乡规划法 第六十四条 has alternatives the decision's wording selects (限期改正 vs 不能拆除的): to verify.
      const status = p.id === 'plan-no-permit' ? 'verify' : 'open'
      expect(above.findings.map((f) => [f.kind, f.status]), above.findings.map((f) => f.message).join('\n')).toEqual([['amount-out-of-range', status]])
    })
  }

  it('行政处罚法 2017 第三十一条、第三十二条 in a 2024 notice: outdated, now 第四十四条、第四十五条', () => {
    const c = lawfulCase()
    const n = c.get('行政处罚事先告知书')
    n.doc.lines[4].text = '根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位有权进行陈述和申辩。'
    n.facts.citations = []
    n.cite(CF, 31, 'procedure', '第三十一条').cite(CF, 32, 'procedure', '第三十二条')
    const out = check(c, 'citation')
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([
      ['citation-outdated', 'open'],
      ['citation-outdated', 'open'],
    ])
    expect(out.findings[0].message).toContain('现为第四十四条')
    expect(out.findings[1].message).toContain('现为第四十五条')
  })

  // 行政复议法 2023 (in force 2024-01-01) moved the sixty days from 第九条 to 第二十条; its 第九条 is on commendations, and
  // every article of it speaks of 复议 (template t-04)
  const REVIEW = '中华人民共和国行政复议法'
  const remedy = (article: number) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    const at = d.doc.lines.findIndex((l) => /六十日内申请行政复议/.test(l.text))
    d.doc.lines[at].text = `如不服本决定，根据《中华人民共和国行政复议法》第${article === 9 ? '九' : '二十'}条第一款的规定，可以自收到本决定书之日起六十日内申请行政复议。`
    d.facts.citations = d.facts.citations.filter((x) => x.law !== REVIEW)
    d.cite(REVIEW, article, 'procedure', '根据', { paragraph: 1 })
    return check(c, 'citation').findings
  }
  it('行政复议法 第九条第一款 cited for the sixty days in a 2024 decision: the 2017 numbering, outdated', () => {
    const out = remedy(9)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['citation-outdated', 'open']])
    expect(out[0].message).toMatch(/2017-09-01版本的条文序号/)
  })
  it('行政复议法 第二十条第一款 cited for the sixty days in a 2024 decision: no finding', () => {
    expect(remedy(20).map((f) => f.kind)).toEqual([])
  })
})

/** The lawful case citing one provision alone as written: the citation check's findings, and the law's article count. */
function citedAlone(title: string, written: string, article: number, role: 'procedure' | 'penalty', paragraph?: number) {
  const res = laws.resolveTitle(title)
  const c = lawfulCase()
  const d = c.get('行政处罚决定书')
  d.doc.lines[8].text = `依据《${title}》${written}的规定，本局决定：`
  d.facts.citations = []
  d.cite(title, article, role, '依据', paragraph ? { paragraph } : {})
  return { articles: res?.versions[res.versions.length - 1].articleCount, findings: check(c, 'citation').findings }
}

describe('a law the database holds without articles', () => {
  it('a citation of it is undetermined, not a nonexistent article', () => {
    const out = citedAlone('人民检察院办理行政执法机关移送涉嫌犯罪案件的规定', '第五条', 5, 'procedure')
    expect(out.articles).toBe(0)
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['citation-nonexistent', 'undetermined']])
    expect(out.findings[0].message).toMatch(/文本未分条，无法核对条文序号/)
  })
})

describe('a law the database holds cut short', () => {
  it('an article past the end of a text holding only its first chapter (进出口商品检验法实施条例, three articles): undetermined, not nonexistent', () => {
    const out = citedAlone('中华人民共和国进出口商品检验法实施条例', '第四十五条第一款', 45, 'penalty', 1)
    expect(out.articles).toBe(3)
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['citation-nonexistent', 'undetermined']])
    expect(out.findings[0].message).toMatch(/文本不完整（止于第3条）/)
  })
})

describe('a fine set per unit (每平方米…元)', () => {
  const SWC = '中华人民共和国水土保持法'
  /** A decision under 水土保持法 第五十二条 (每平方米二元以上十元以下), its area as written. */
  function perArea(fine: number, area: string) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = `经查，当事人在崩塌、滑坡危险区取土，造成水土流失${area}。`
    d.doc.lines[8].text = `依据《${SWC}》第五十二条第一款的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    for (const x of c.docs) if (x !== d) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
    d.facts.citations = []
    d.cite(SWC, 52, 'penalty', '依据', { paragraph: 1 })
    return check(c, 'fine-range')
  }
  it('the total range is the per-unit range times the area the decision states', () => {
    expect(perArea(5000, '面积1200平方米').findings).toEqual([])
    const out = perArea(20000, '面积1200平方米').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
    expect(out[0].message).toMatch(/（1200平方米）（2400–12000 元）/)
  })
  it('no area in the decision: undetermined, never measured against the per-unit amounts as a total', () => {
    const out = perArea(5000, '').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/按每平方米计罚，决定书中未读出唯一的平方米数/)
  })
})

describe('a base the law counts from a floor (货值金额不足五万元的，按五万元计算)', () => {
  const DRUG = '中华人民共和国药品管理法'
  /** A decision under 药品管理法 第一百二十九条 (二倍以上十倍以下 of 货值金额, at least 50,000 counted), 货值 4950 元. */
  function drugs(fine: number) {
    const c = lawfulCase({ fine, goodsValue: 4950 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，当事人从无药品经营资格的个人处购进药品，货值金额4950元。'
    d.doc.lines[8].text = `依据《${DRUG}》第一百二十九条的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => (a.role === '罚款' || a.role === '货值金额') && !a.quoted)
    d.facts.citations = []
    d.cite(DRUG, 129, 'penalty', '依据')
    return check(c, 'fine-range')
  }
  it('twice the floor is in range, though it is twenty times the goods’ value', () => {
    expect(drugs(100000).findings).toEqual([])
  })
  it('below twice the floor is out of range, and the message says the base was counted from the floor', () => {
    const out = drugs(20000).findings
    expect(out.map((f) => f.kind)).toEqual(['amount-out-of-range'])
    expect(out[0].message).toMatch(/货值金额 4950 元，不足 50000 元按 50000 元计算）（100000–500000 元）/)
  })
})

describe('a penalty article cited under another law’s name', () => {
  const DRUG = '中华人民共和国药品管理法'
  /** 违反《食品安全法》第三十四条, 依据《<law>》第一百二十六条: 食品安全法 126 fines 5,000–50,000 yuan, 药品管理法 126 far more. */
  function decision(penaltyLaw: string, fine: number) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = `依据《${penaltyLaw}》第一百二十六条第一款的规定，本局决定：`
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite(penaltyLaw, 126, 'penalty', '依据', { paragraph: 1 })
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    return c
  }
  it('the fine fits the violated law’s same article: a likely slip in the name, to verify, and the range waits for it', () => {
    const cite = check(decision(DRUG, 6000), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(cite.map((f) => f.status)).toEqual(['verify'])
    expect(cite[0].message).toMatch(/认定违反《中华人民共和国食品安全法》，处罚依据却引《中华人民共和国药品管理法》第一百二十六条第一款.*可能引错法律名称/)
    const range = check(decision(DRUG, 6000), 'fine-range').findings
    expect(range.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
  })
  it('the same article of the violated law cited: no slip, and the range is applied', () => {
    expect(check(decision(FOOD, 6000), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')).toEqual([])
    expect(check(decision(FOOD, 6000), 'fine-range').findings).toEqual([])
  })
  it('the penalty basis not read as such (its sentence broken): the article standing in gets the same slip test', () => {
    const c = decision(DRUG, 6000)
    c.get('行政处罚决定书').facts.citations.find((x) => x.law === DRUG)!.role = 'other'
    const range = check(c, 'fine-range').findings
    expect(range.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(range[0].message).toMatch(/处罚依据的法律名称可能引错/)
  })
  /** The same decision giving a warning alone, no fine. */
  function warning(penaltyLaw: string, facts = '经查，当事人经营超过保质期的食品。') {
    const c = decision(penaltyLaw, 6000)
    const d = c.get('行政处罚决定书')
    d.facts.amounts = []
    d.doc.lines[5].text = facts
    d.doc.lines[8].text = `依据《${penaltyLaw}》第一百二十六条第一款的规定，本局决定给予以下行政处罚：警告。`
    for (const l of d.doc.lines) if (/罚款/.test(l.text) && !/依据/.test(l.text)) l.text = '（无罚款）'
    return c
  }
  it('a warning alone under the other law’s article, whose subject the decision never speaks of: a likely slip, to verify', () => {
    const cite = check(warning(DRUG), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(cite.map((f) => f.status)).toEqual(['verify'])
    expect(cite[0].message).toMatch(/决定书所述事实未涉及“药品”，而《中华人民共和国食品安全法》同一条规定了所处的警告/)
  })
  it('a warning alone under the other law where the decision does speak of its subject (药品): no slip', () => {
    expect(check(warning(DRUG, '经查，当事人在经营食品的同时销售药品。'), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')).toEqual([])
  })
  it('a warning alone under the violated law itself: no slip', () => {
    expect(check(warning(FOOD), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')).toEqual([])
  })
  it('a fine fitting neither law is out of range of the cited article, not a name slip', () => {
    expect(check(decision(DRUG, 60), 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')).toEqual([])
    expect(check(decision(DRUG, 60), 'fine-range').findings.map((f) => f.kind)).toEqual(['amount-out-of-range'])
  })
})

describe('a fine below the range in a decision that mitigates the penalty (减轻处罚)', () => {
  function mitigated(line: string, fine: number) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = line
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    return check(c, 'fine-range').findings
  }
  it('stated: the grounds are a person’s call, not a finding', () => {
    const out = mitigated('当事人主动消除违法行为危害后果，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项、《中华人民共和国行政处罚法》第三十二条的规定，本局决定对当事人减轻处罚：', 5000)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/决定书载明减轻处罚/)
  })
  it('said with the penalty itself (减轻处以罚款2000元): a person’s call too', () => {
    const out = mitigated('鉴于当事人货值金额较小，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定给予当事人以下行政处罚：减轻处以罚款5000元。', 5000)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
  })
  it('said of the party (当事人符合减轻处罚情形): a person’s call; denied (不具有…减轻处罚的情形): a finding', () => {
    const said = mitigated('当事人符合减轻处罚情形，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：', 5000)
    expect(said.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    const denied = mitigated('当事人不具有减轻处罚的情形，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：', 5000)
    expect(denied.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
  it('said of the case with the provision named between (符合《…行政处罚法》第三十二条第（一）项规定的减轻处罚情形, by-04): a person’s call; a provision named before a denial stays a finding', () => {
    const said = mitigated('鉴于当事人主动追回全部已售农药，符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的减轻处罚情形，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定：', 5000)
    expect(said.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    const denied = mitigated('当事人不符合《中华人民共和国行政处罚法》第三十二条规定的减轻处罚情形，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：', 5000)
    expect(denied.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
  it('refused (不予减轻处罚): the fine below the range is a finding', () => {
    const out = mitigated('当事人不符合减轻处罚的情形，不予减轻处罚。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：', 5000)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
})

describe('a fine computed from a rate the decision states', () => {
  it('out of the cited range, it rests on the count multiplied: to verify, not a veto', () => {
    const c = lawfulCase({ fine: 9880 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[9].text = '按每平方米20元计罚，罚款人民币9880元。'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 9880))
    const out = check(c, 'fine-range').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'verify']])
    expect(out[0].message).toMatch(/决定书按单价计罚，请核对计罚的面积或数量/)
  })
})

describe('one fine for several violations, each under its own provision', () => {
  function twoProvisions(fine: number) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = `依据《中华人民共和国大气污染防治法》第一百零八条第（一）项、第一百一十七条第（一）项的规定，本局决定：合并处罚款${fine}元。`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    d.facts.citations = d.facts.citations.filter((x) => x.quoted || x.role === 'violated')
    d.cite('中华人民共和国大气污染防治法', 108, 'penalty', '依据', { item: 1 })
    d.cite('中华人民共和国大气污染防治法', 117, 'penalty', '依据', { item: 1 })
    return check(c, 'fine-range').findings
  }
  it('above each range but within their sum: a person checks the split, no finding', () => {
    const out = twoProvisions(250000)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/分别裁量后合并/)
  })
  it('above the sum of the ranges: out of range', () => {
    const out = twoProvisions(400000)
    expect(out.map((f) => f.kind)).toEqual(['amount-out-of-range'])
    expect(out[0].status).not.toBe('undetermined')
  })
  it('within one range: in range', () => {
    expect(twoProvisions(150000)).toEqual([])
  })
})

describe('a fine above the one provision read, where the text leaves room for another', () => {
  // 大气污染防治法 第一百零八条: 处二万元以上二十万元以下的罚款
  function oneProvision(fine: number, facts: string, cut?: 'before remedies' | 'after remedies') {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = facts
    d.doc.lines[8].text = `依据《中华人民共和国大气污染防治法》第一百零八条第（一）项的规定，本局决定：罚款${fine}元。`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    d.facts.citations = d.facts.citations.filter((x) => x.quoted || x.role === 'violated')
    d.cite('中华人民共和国大气污染防治法', 108, 'penalty', '依据', { item: 1 })
    if (cut) {
      // (the copy stops after the penalty, before the remedies and the signature — or its last line only looks cut, past
      // its remedies: 宣告送达人：张磊　刘洋)
      if (cut === 'before remedies') d.doc.lines = d.doc.lines.filter((l) => !/复议|诉讼/.test(l.text))
      d.facts.cut = { place: 'end', reason: '末行在句中中断', evidence: d.facts.amounts[0].evidence }
    }
    return check(c, 'fine-range').findings
  }
  const ONE = '经查，你单位实施了以下环境违法行为：未按照规定安装、使用大气污染物排放自动监测设备。以上事实有现场检查笔录为证。'
  const TWO = '经查，你单位实施了以下环境违法行为：\n1、未按照规定安装、使用大气污染物排放自动监测设备；\n2、利用篡改、伪造监测数据等逃避监管的方式排放大气污染物。\n以上事实有现场检查笔录、监测报告为证。'
  it('a decision that finds two violations, one provision read, the fine within twice its maximum: a person checks the split', () => {
    const out = oneProvision(250000, TWO)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/认定了2项违法行为、只读出1个处罚条款/)
  })
  it('a text that stops before its end: the basis of another violation may be in the part not seen', () => {
    const out = oneProvision(250000, ONE, 'before remedies')
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/文本不完整/)
  })
  it('one violation in a whole text, or a fine beyond what two violations could reach: out of range', () => {
    expect(oneProvision(250000, ONE).map((f) => f.status)).toEqual(['open'])
    expect(oneProvision(250000, ONE, 'after remedies').map((f) => f.status)).toEqual(['open'])
    expect(oneProvision(450000, TWO).map((f) => f.status)).toEqual(['open'])
  })
  it('another penalty provision cited beside it that the database does not hold: the total may be partly under it', () => {
    const c = lawfulCase({ fine: 250000 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = ONE
    d.doc.lines[8].text = '依据《中华人民共和国大气污染防治法》第一百零八条第（一）项、《某省大气污染防治条例》第六十条的规定，本局决定：合计罚款250000元。'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 250000))
    d.facts.citations = d.facts.citations.filter((x) => x.quoted || x.role === 'violated')
    d.cite('中华人民共和国大气污染防治法', 108, 'penalty', '依据', { item: 1 })
    d.cite('某省大气污染防治条例', 60, 'penalty', '依据')
    const out = check(c, 'fine-range').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/《某省大气污染防治条例》第六十条在法规库中查不到/)
  })
  it('a numbered list of evidence or of penalties is no list of violations', () => {
    const facts = '经查，你单位实施了以下环境违法行为：未按照规定安装自动监测设备。主要证据：1、现场检查笔录；2、询问笔录。'
    expect(oneProvision(250000, facts).map((f) => f.status)).toEqual(['open'])
  })
})

describe('a base the decision states as a rate', () => {
  it('耕地开垦费 given per square metre is no total: the multiple of it is not checked against the rate alone', () => {
    const c = lawfulCase({ fine: 2758207 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，当事人未经批准非法占用永久基本农田22908.7平方米、其他土地7065.61平方米植树造林。'
    d.doc.lines[8].text = '依据《中华人民共和国土地管理法实施条例》第五十一条的规定，本局决定：'
    d.doc.lines[9].text = '对非法占用的永久基本农田处以每平方米耕地开垦费40元的3.01倍罚款，共计2758207元。'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 2758207))
    d.amount(40, '其他', '耕地开垦费40元')
    d.facts.citations = d.facts.citations.filter((x) => x.quoted || x.role === 'violated')
    d.cite('中华人民共和国土地管理法实施条例', 51, 'penalty', '依据')
    const out = check(c, 'fine-range')
    expect(out.findings.filter((f) => f.status === 'open' || f.status === 'verify')).toEqual([])
    expect(out.items[0].status).toBe('undetermined')
    expect(out.items[0].reason).toMatch(/单价/)
  })
})

describe('a fine measured against a text that may not be the one that applied', () => {
  // 食品安全法 第一百二十四条 as the database holds it (2021-04-29 text): 货值金额不足一万元的，并处五万元以上十万元以下罚款
  const dates = { source: '2020-03-01', filing: '2020-03-05', inspection: '2020-03-05', inquiry: '2020-03-07T09:30', end: '2020-03-20', notice: '2020-03-22', noticeServed: '2020-03-25', statement: '2020-03-27', decision: '2020-04-08', service: '2020-04-10', payment: '2020-04-20', closing: '2020-05-06' }
  it('decided in 2020, before the only text the database holds came into force: the earlier text is unknown, so undetermined', () => {
    const out = check(lawfulCase({ fine: 150000, dates }), 'fine-range').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/法规库没有《中华人民共和国食品安全法》在2020-04-08施行的文本（所收为2021-04-29版本）/)
  })
  it('decided under the text held, for conduct before it came into force: the range of the time of the conduct may apply', () => {
    const c = lawfulCase({ fine: 150000 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，当事人于2021年3月2日起经营超过保质期的预包装食品，货值金额3000元。'
    d.date('2021-03-02', '违法行为发生', '于2021年3月2日')
    const out = check(c, 'fine-range').findings
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'undetermined']])
    expect(out[0].message).toMatch(/违法行为发生时（2021-03-02）施行的是《中华人民共和国食品安全法》2021-04-29版本之前的文本，依从旧兼从轻/)
  })
  it('conduct and decision both under the text held: a fine above its range is found', () => {
    const c = lawfulCase({ fine: 150000 })
    c.get('行政处罚决定书').date('2024-02-20', '违法行为发生', 'D')
    expect(check(c, 'fine-range').findings.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
})

describe('a fallback range for a small base (没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下)', () => {
  const ENT = '娱乐场所管理条例'
  /** A decision under 娱乐场所管理条例 第四十八条第（三）项 (违法所得1倍以上3倍以下; 不足1万元的 1万元以上3万元以下). */
  function entertainment(fine: number, gains: number) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = `经查，当事人经营的歌舞娱乐场所接纳未成年人，违法所得人民币${gains}元。`
    d.doc.lines[6].text = '上述行为违反了《娱乐场所管理条例》第二十三条第一款的规定。'
    d.doc.lines[7].text = ''
    d.doc.lines[8].text = `依据《${ENT}》第四十八条第（三）项的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    for (const x of c.docs) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
    d.amount(gains, '违法所得', '违法所得人民币')
    d.facts.citations = []
    d.cite(ENT, 48, 'penalty', '依据', { item: 3 })
    return check(c, 'fine-range').findings
  }
  it('gains of 380元: the fixed range of the fallback applies, and a fine inside it passes', () => {
    expect(entertainment(15000, 380)).toEqual([])
    expect(entertainment(50000, 380).map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
  it('gains of 20000元: only the multiple applies (20000–60000 元)', () => {
    expect(entertainment(40000, 20000)).toEqual([])
    const out = entertainment(15000, 20000)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
    expect(out[0].message).toMatch(/（20000–60000 元）/)
  })
})

describe('a fine per square metre of land occupied (土地管理法实施条例 第五十七条: 每平方米100元以上1000元以下)', () => {
  const REG = '中华人民共和国土地管理法实施条例'
  function land(fine: number, facts: string) {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = facts
    d.doc.lines[8].text = `依据《中华人民共和国土地管理法》第七十七条第一款、《${REG}》第五十七条第一款的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    for (const x of c.docs) if (x !== d) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
    d.facts.citations = []
    d.cite(REG, 57, 'penalty', '依据', { paragraph: 1 })
    return check(c, 'fine-range').findings
  }
  // (the land occupied counted, not the floor area built on it)
  const facts = '经查，当事人共占用土地680平方米，其中建设钢结构仓库1栋（建筑面积420平方米），硬化场地260平方米。'
  it('50元 a square metre on 680 occupied: below the range, to verify (the area counted is a person\'s to check)', () => {
    const out = land(34000, facts)
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'verify']])
    expect(out[0].message).toMatch(/（680平方米）（68000–680000 元）/)
  })
  it('150元 a square metre on 680: inside it', () => {
    expect(land(102000, facts)).toEqual([])
  })
})


describe('a law a later one repealed (《中华人民共和国环境噪声污染防治法》同时废止, 2022-06-05)', () => {
  const OLD = '中华人民共和国环境噪声污染防治法'
  function cited(violation: string | null) {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[6].text = `当事人的行为违反了《${OLD}》第四十三条第二款的规定。`
    d.facts.citations = d.facts.citations.filter((x) => x.role !== 'violated')
    d.cite(OLD, 43, 'violated', '违反了', { paragraph: 2 })
    for (const x of c.docs) x.facts.dates = x.facts.dates.filter((t) => t.role !== '违法行为发生')
    if (violation) d.date(violation, '违法行为发生', '经查')
    return check(c, 'citation').findings.filter((f) => /废止/.test(f.message))
  }
  it('the data knows the repeal, by the full title or the short one, and not of a title enacted anew (国家安全法)', () => {
    expect(laws.repealOf?.(OLD)).toEqual({ on: '2022-06-05', byTitle: '中华人民共和国噪声污染防治法' })
    expect(laws.repealOf?.('执业医师法')).toEqual({ on: '2022-03-01', byTitle: '中华人民共和国医师法' })
    expect(laws.repealOf?.('中华人民共和国国家安全法')).toBeNull()
    expect(laws.repealOf?.('中华人民共和国民事诉讼法')).toBeNull()
  })
  it('cited for conduct after the repeal: a wrong law, the repealing one named', () => {
    const out = cited('2024-03-01')
    expect(out.map((f) => [f.kind, f.status])).toEqual([['citation-wrong-law', 'open']])
    expect(out[0].message).toMatch(/已于2022-06-05废止（《中华人民共和国噪声污染防治法》自该日起施行），违法行为发生于2024-03-01/)
  })
  it('conduct before the repeal may be judged under the old law (从旧兼从轻); conduct not read is asked about', () => {
    expect(cited('2022-05-01')).toEqual([])
    expect(cited(null).map((f) => f.status)).toEqual(['verify'])
  })
})

describe('a law the database holds cut short (长江保护法 to 第七十九条 of 96)', () => {
  it('an article past the text\'s end is not called nonexistent: the text is incomplete', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = '依据《中华人民共和国长江保护法》第九十一条的规定，本局决定：'
    d.facts.citations = d.facts.citations.filter((x) => x.role !== 'penalty')
    d.cite('中华人民共和国长江保护法', 91, 'penalty', '依据')
    const out = check(c, 'citation').findings.filter((f) => /长江保护法/.test(f.message))
    expect(out.map((f) => [f.kind, f.status])).toEqual([['citation-nonexistent', 'undetermined']])
    expect(out[0].message).toMatch(/文本不完整（止于第79条）/)
  })
})

describe('the clause the decision quotes (动物防疫法 第一百条第一款: 货主 by the goods\' value, 承运人 by the carriage fee)', () => {
  const sheep = (fine: number, quoted: boolean, price = '同类检疫合格藏系绵羊的市场价格为每只1150元') => {
    const c = lawfulCase({ fine })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = `经查，当事人运输的42只活羊未附有检疫证明，${price}，货值金额为48300元。`
    d.doc.lines[8].text = quoted
      ? '依据《中华人民共和国动物防疫法》第一百条第一款“屠宰、经营、运输的动物未附有检疫证明……处同类检疫合格动物、动物产品货值金额一倍以下罚款”的规定，考虑到本次运输数量较大，情节较重，本局决定：'
      : '依据《中华人民共和国动物防疫法》第一百条第一款的规定，考虑到本次运输数量较大，情节较重，本局决定：'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    d.amount(48300, '货值金额', '货值金额为48300元')
    for (const x of c.docs) if (x !== d) x.facts.amounts = x.facts.amounts.filter((a) => a.role !== '货值金额')
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite('中华人民共和国动物防疫法', 100, 'penalty', '依据', { paragraph: 1 })
    return check(c, 'fine-range')
  }
  it('over one times the goods\' value, the clause quoted: found, to verify, the carrier\'s ranges set aside by name', () => {
    const out = sheep(55000, true)
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'verify']])
    expect(out.findings[0].message).toMatch(/货值金额 48300 元）（0–48300 元）；未计入：.*运输费用三倍以上五倍以下罚款（决定书引述的条文不含该幅度）/)
    // (the sheep's price per head is the goods' value, not a rate the fine was computed by)
    expect(out.findings[0].message).not.toMatch(/按单价计罚/)
  })
  it('the article cited without the quote: the carrier\'s ranges stay possible, so unknown', () => {
    const out = sheep(55000, false)
    expect(out.findings.filter((f) => f.status === 'open' || f.status === 'verify')).toEqual([])
  })
  it('within the goods\' value: kept', () => {
    expect(sheep(30000, true).findings).toEqual([])
  })
})

describe('a penalty provision an amendment renumbered (道路运输条例 2023: 擅自改装 moved from 第七十条第二款 to 第六十九条第二款)', () => {
  const decided = (conduct: string, article: number, on = '2025-07-04') => {
    const c = lawfulCase({ fine: 8000, dates: { decision: on, service: on } })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = `经查，${conduct}。`
    d.doc.lines[8].text = `依据《中华人民共和国道路运输条例》第${article === 70 ? '七十' : '六十九'}条第二款的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 8000))
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite('中华人民共和国道路运输条例', article, 'penalty', '依据', { paragraph: 2 })
    return c
  }
  const outdated = (c: ReturnType<typeof decided>) => check(c, 'citation').findings.filter((f) => f.kind === 'citation-outdated')
  const refit = (conduct: string, article: number, on?: string) => outdated(decided(conduct, article, on))
  it('the old number for the conduct the decision tells: to verify, naming where the conduct is now', () => {
    const out = refit('当事人擅自改装已取得车辆营运证的车辆，将货车栏板加高后从事道路货物运输经营', 70)
    expect(out.map((f) => f.status)).toEqual(['verify'])
    expect(out[0].message).toMatch(/以《中华人民共和国道路运输条例》第七十条第二款处罚“擅自改装已取得车辆营运证的车辆”，这是2022-03-29版本该条款规定的行为.*现规定于第六十九条第二款/)
  })
  it('the conduct told in the law\'s words only by another paper citing the same provision (its 调查终结报告): found too (cd-04)', () => {
    const c = decided('当事人于2025年3月2日将货车货厢栏板焊接加高，未办理变更手续，并使用该车从事道路货物运输经营', 70)
    expect(outdated(c)).toEqual([])
    c.add('案件调查终结报告', ['案件调查终结报告', '定性及依据：当事人的行为构成擅自改装已取得车辆营运证的车辆的违法行为。依据《中华人民共和国道路运输条例》第七十条第二款，由交通运输主管部门责令改正，处5000元以上2万元以下的罚款。'])
      .cite('中华人民共和国道路运输条例', 70, 'penalty', '依据', { paragraph: 2 })
    const out = outdated(c).filter((f) => f.message.startsWith('行政处罚决定书'))
    expect(out.map((f) => f.status)).toEqual(['verify'])
    expect(out[0].message).toMatch(/擅自改装已取得车辆营运证的车辆.*现规定于第六十九条第二款/)
  })
  it('the new number: nothing; a decision under the old text: nothing; conduct the decision does not tell: nothing', () => {
    expect(refit('当事人擅自改装已取得车辆营运证的车辆，将货车栏板加高后从事道路货物运输经营', 69)).toEqual([])
    expect(refit('当事人擅自改装已取得车辆营运证的车辆，将货车栏板加高后从事道路货物运输经营', 70, '2023-05-10')).toEqual([])
    expect(refit('当事人的货运站允许无证经营的车辆进站从事经营活动', 70)).toEqual([])
  })
})

describe('the heavier tier a decision denies (治安管理处罚法 第七十条: 情节严重的，处…并处五百元以上三千元以下罚款)', () => {
  const gambling = (finding: string) => {
    const c = lawfulCase({ fine: 1000 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = `现查明：陈国平以麻将形式赌博，赌资为人民币680元。${finding}`
    d.doc.lines[8].text = '根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定对陈国平处以罚款人民币壹仟元（1000元）。'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 1000))
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite('中华人民共和国治安管理处罚法', 70, 'penalty', '根据')
    return check(c, 'fine-range').findings.filter((f) => f.status === 'open' || f.status === 'verify')
  }
  it('不属于情节严重: the fine is held to 五百元以下', () => {
    expect(gambling('陈国平无赌博违法前科，不属于情节严重。').map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
  })
  it('情节严重 found: the heavier tier stays possible', () => {
    expect(gambling('陈国平多次赌博，情节严重。')).toEqual([])
  })
})

describe('a violated provision cited under another law\'s name (气象法 第三十条第一款 for 气象灾害防御条例 第三十条第一款)', () => {
  const warning = (violated: string, otherPapers: boolean) => {
    const c = lawfulCase({ fine: 8000 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，你单位不具备发布气象灾害预警信号的资格，于2025年7月7日通过微信公众号向社会发布自行制作的暴雨红色预警信号。'
    d.doc.lines[6].text = `你单位的行为违反了《${violated}》第三十条第一款的规定。`
    d.doc.lines[8].text = '依据《气象灾害防御条例》第四十六条第（一）项的规定，决定给予警告并处罚款8000元。'
    d.facts.citations = []
    d.cite(violated, 30, 'violated', '违反了', { paragraph: 1 })
    d.cite('气象灾害防御条例', 46, 'penalty', '依据', { item: 1 })
    if (otherPapers) c.get('案件调查终结报告').line('当事人的行为违反了《气象灾害防御条例》第三十条第一款。').cite('气象灾害防御条例', 30, 'violated', '违反了', { paragraph: 1 })
    return check(c, 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')
  }
  it('the conduct is in the other law\'s same provision, which the file\'s other papers cite: to verify', () => {
    const out = warning('中华人民共和国气象法', true)
    expect(out.map((f) => f.status)).toEqual(['verify'])
    expect(out[0].message).toMatch(/所述行为（“[^”]*预警信号”）见于同一文书所引《气象灾害防御条例》的第三十条第一款/)
  })
  it('the right law, or no other paper citing the other law\'s provision: nothing', () => {
    expect(warning('气象灾害防御条例', true)).toEqual([])
    expect(warning('中华人民共和国气象法', false)).toEqual([])
  })
})

describe('a quoted clause and a heavier tier the decision does not find', () => {
  it('the tier is set aside as not found, not as unquoted: a fine below the quoted range stays open (道路运输条例 第六十三条第（一）项)', () => {
    const c = lawfulCase({ fine: 1300 })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，当事人未取得道路运输经营许可，擅自从事道路普通货物运输经营，没有违法所得。'
    d.doc.lines[8].text = '依据《中华人民共和国道路运输条例》第六十三条第（一）项“没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款”的规定，本局决定：'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = 1300))
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite('中华人民共和国道路运输条例', 63, 'penalty', '依据', { item: 1 })
    const out = check(c, 'fine-range').findings.filter((f) => f.status === 'open' || f.status === 'verify')
    expect(out.map((f) => [f.kind, f.status])).toEqual([['amount-out-of-range', 'open']])
    expect(out[0].message).toMatch(/情节严重的，处1万元以上5万元以下的罚款（决定书未认定情节严重）/)
  })
})

describe('a violated provision under another law\'s name on a lone paper (固废法 第六十九条第三款 for 大气污染防治法\'s)', () => {
  it('a long run of the conduct in the same provision of the law the paper cites for the penalty: to verify', () => {
    const c = new CaseBuilder('lone', '普通程序')
    c.add('责令改正通知书', ['责令改正通知书', '经检查，你单位施工工地北侧未设置硬质围挡，基坑东侧堆存的土方未采用密闭式防尘网遮盖。', '你单位的上述行为违反了《中华人民共和国固体废物污染环境防治法》第六十九条第三款的规定。依据《中华人民共和国大气污染防治法》第一百一十五条第一款的规定，现责令你单位改正。', '2025年3月25日'])
      .cite('中华人民共和国固体废物污染环境防治法', 69, 'violated', '违反了', { paragraph: 3 })
      .cite('中华人民共和国大气污染防治法', 115, 'penalty', '依据', { paragraph: 1 })
      .date('2025-03-25', '文书落款', '2025年3月25日')
    const out = check(c, 'citation').findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(out.map((f) => f.status)).toEqual(['verify'])
    expect(out[0].message).toMatch(/见于同一文书所引《中华人民共和国大气污染防治法》的第六十九条第三款/)
  })
})

describe('a law\'s name and article two texts both mention is no conduct', () => {
  it('a decision under 土地管理法 第五十七条 whose words name 土地管理法第七十七条, as 实施条例 第五十七条 does: nothing', () => {
    const c = new CaseBuilder('lone', '普通程序')
    c.add('行政处罚决定书', ['行政处罚决定书', '当事人未经批准临时使用土地，依据土地管理法第七十七条的规定应予处罚。', '违反了《中华人民共和国土地管理法》第五十七条的规定。依据《中华人民共和国土地管理法实施条例》第五十七条的规定，本局决定罚款。', '2025年3月25日'])
      .cite('中华人民共和国土地管理法', 57, 'violated', '违反了')
      .cite('中华人民共和国土地管理法实施条例', 57, 'penalty', '依据')
      .date('2025-03-25', '决定', '2025年3月25日')
    expect(check(c, 'citation').findings.filter((f) => f.kind === 'citation-wrong-law' && /所述行为/.test(f.message))).toEqual([])
  })
})

describe('a revision a paper names that the law data does not hold', () => {
  // (the data holds 医疗机构管理条例 as of 2016; its 2022 revision renumbered the articles and the ranges)
  const clinic = (revisedIn?: number) => {
    const c = new CaseBuilder('lone', '普通程序')
    c.add('法制审核意见书', ['法制审核意见书', '适用《医疗机构管理条例》（2022年修订）第二十六条、第四十六条正确，罚款在1万元以上10万元以下幅度内。', '2024年8月5日'])
      .cite('医疗机构管理条例', 26, 'violated', '适用', { revisedIn })
      .date('2024-08-05', '法制审核', '2024年8月5日')
    c.add('行政处罚决定书', ['行政处罚决定书', '你单位的行为违反了《医疗机构管理条例》第二十六条的规定。依据《医疗机构管理条例》第四十六条的规定，决定给予警告，并处罚款人民币20000元。', '2024年8月9日'])
      .cite('医疗机构管理条例', 26, 'violated', '违反了')
      .cite('医疗机构管理条例', 46, 'penalty', '依据')
      .amount(20000, '罚款', '并处罚款')
      .date('2024-08-09', '决定', '2024年8月9日')
    return c
  }
  it('the fine is not measured against the older text: undetermined, saying the data lacks the revision', () => {
    const out = check(clinic(2022), 'fine-range')
    expect(out.findings.filter((f) => f.status !== 'undetermined')).toEqual([])
    expect(out.findings.map((f) => f.message).join('')).toMatch(/2022年修订的文本，法规库只收录到/)
    // (…while without the remark the data's text is the one measured against)
    expect(check(clinic(), 'fine-range').findings.filter((f) => f.kind === 'amount-out-of-range' && f.status !== 'undetermined').length).toBe(1)
  })
  it('nor are the articles judged by the older text', () => {
    const out = check(clinic(2022), 'citation')
    expect(out.findings.filter((f) => f.status !== 'undetermined')).toEqual([])
    expect(out.findings.some((f) => /法规库未收录/.test(f.message))).toBe(true)
  })
})

describe('a penalty provision an amendment renumbered, shown by the fine (道路运输条例 2023: 不按规定维护车辆 moved from 第七十条第一款 to 第六十九条第一款, bs-05)', () => {
  const maintained = (fine: number, article: number, decided = '2025-01-14') => {
    const c = lawfulCase({ fine, dates: { decision: decided, service: decided } })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '经查，当事人6辆营运货车超过备案的二级维护周期1至4个月，期间持续从事道路货物运输经营。'
    d.doc.lines[8].text = `依据《中华人民共和国道路运输条例》第${article === 70 ? '七十' : '六十九'}条第一款的规定，本局决定：`
    d.facts.amounts = d.facts.amounts.filter((a) => a.role === '罚款' && !a.quoted)
    d.facts.amounts.forEach((a) => (a.yuan = fine))
    d.facts.citations = d.facts.citations.filter((x) => x.role === 'violated')
    d.cite('中华人民共和国道路运输条例', article, 'penalty', '依据', { paragraph: 1 })
    for (const x of c.docs) if (x !== d) x.facts.amounts = []
    return c
  }
  it('a fine inside the replaced text\'s range of that number and outside the text in force: the number to verify, the range not judged', () => {
    const out = check(maintained(3500, 70), 'citation').findings.filter((f) => f.kind === 'citation-outdated')
    expect(out.map((f) => [f.status, f.message])).toEqual([['verify', expect.stringMatching(/罚款3500元在2022-03-29版本该条款的幅度内，而不在2025-01-14适用的2023-07-20版本该条款的幅度内.*该条现为第六十九条/)]])
    const range = check(maintained(3500, 70), 'fine-range').findings
    expect(range.map((f) => [f.status, f.message])).toEqual([['undetermined', expect.stringMatching(/但在2022-03-29版本同一条款的幅度内，所引可能是修订前的条文序号/)]])
  })
  it('the number in force, a fine outside both texts\' ranges, or a decision under the replaced text: no renumbering', () => {
    expect(check(maintained(3500, 69), 'citation').findings.filter((f) => f.kind === 'citation-outdated')).toEqual([])
    expect(check(maintained(8000, 70), 'citation').findings.filter((f) => f.kind === 'citation-outdated')).toEqual([])
    expect(check(maintained(8000, 70), 'fine-range').findings.map((f) => f.kind + f.status)).toEqual(['amount-out-of-rangeopen'])
    expect(check(maintained(3500, 70, '2023-05-10'), 'citation').findings.filter((f) => f.kind === 'citation-outdated')).toEqual([])
  })
})

describe('the text in force when the conduct happened, cited in a paper other than the decision (从旧兼从轻, cc-04)', () => {
  const dates = { source: '2022-12-20', filing: '2022-12-22', inspection: '2022-12-22', inquiry: '2022-12-26T09:30', end: '2023-01-10', notice: '2023-01-12', noticeServed: '2023-01-19', statement: '2023-01-29', decision: '2023-02-10', service: '2023-02-12', payment: '2023-02-20', closing: '2023-03-01' }
  const reviewed = (conduct: string) => {
    const c = lawfulCase({ dates })
    c.get('行政处罚决定书').date(conduct, '违法行为发生', 'D')
    c.add('法制审核意见书', ['法制审核意见书', '审核意见：违法行为发生在2022年，依照《中华人民共和国行政处罚法》第三十七条适用《中华人民共和国农产品质量安全法》（2018年修正）第三十三条第（二）项正确。'])
      .cite('中华人民共和国农产品质量安全法', 33, 'other', '适用', { item: 2, revisedIn: 2018 })
    return check(c, 'citation').findings.filter((f) => f.kind === 'citation-outdated' && f.message.includes('农产品质量安全法'))
  }
  it('the old text\'s numbering for conduct before the revision came into force: nothing', () => {
    expect(reviewed('2022-12-19')).toEqual([])
  })
  it('the same numbering for conduct after it: the replaced text\'s numbering', () => {
    expect(reviewed('2023-01-05').map((f) => f.status)).toEqual(['open'])
  })
})

describe('a provision of procedure follows the text in force when the step is taken (程序从新)', () => {
  it('a notice of 2022 citing the 2017 行政处罚法\'s 第二十七条第一款第（一）项 for conduct of 2020: outdated all the same', () => {
    const dates = { source: '2021-12-20', filing: '2021-12-22', inspection: '2021-12-22', inquiry: '2021-12-26T09:30', end: '2022-01-10', notice: '2022-01-12', noticeServed: '2022-01-14', statement: '2022-01-20', decision: '2022-02-10', service: '2022-02-12', payment: '2022-02-20', closing: '2022-03-01' }
    const c = lawfulCase({ dates })
    c.get('行政处罚决定书').date('2020-06-01', '违法行为发生', 'D')
    c.add('行政处罚事先告知书', ['行政处罚事先告知书', '根据《中华人民共和国行政处罚法》第二十七条第一款第（一）项的规定，你单位可在收到本告知书之日起三日内进行陈述和申辩。'])
      .cite('中华人民共和国行政处罚法', 27, 'procedure', '根据', { paragraph: 1, item: 1 })
    const out = check(c, 'citation').findings.filter((f) => f.kind === 'citation-outdated' && f.message.includes('第二十七条'))
    expect(out.map((f) => f.status)).toEqual(['open'])
  })
})
