/** Quotations shortened for display (shared/util/quote.ts), on the forms they come in: statute clauses, document lines, names. */
import { describe, expect, it } from 'vitest'
import { QUOTE_MAX, clipQuotes, quoteParts, shortQuote } from '../../shared/util/quote'

describe('shortQuote', () => {
  it.each([
    // 食品安全法 第一百二十四条, as a wrapped line of a decision shows it: back to the last whole clause within 24
    ['上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许', '上的，并处货值金额十倍以上二十倍以下罚款……'],
    // 行政处罚法 第四十四条: the first clause runs past 24 and ends within 48, so it is kept to its end
    ['行政机关在作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。', '行政机关在作出行政处罚决定之前……'],
    ['违反本法规定，未取得许可从事经营活动的，由县级以上人民政府有关部门责令改正', '违反本法规定，未取得许可从事经营活动的……'],
    // a 。 ends a sentence like a ，
    ['当事人对违法事实无异议。当事人在规定期限内未提出陈述申辩意见，视为放弃权利', '当事人对违法事实无异议……'],
    // only 、 within reach: the list is cut between its items, never inside one
    ['没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具设备原料等物品', '没收违法所得和违法生产经营的食品……'],
    // ASCII punctuation of a typed document counts too
    ['根据调查询问笔录,当事人于2024年3月8日在其经营场所销售过期食品,违法所得人民币120元', '根据调查询问笔录……'],
    // short enough: untouched, only trimmed
    ['责令改正通知书', '责令改正通知书'],
    ['  处罚款人民币5000元。  ', '处罚款人民币5000元。'],
    [`${'甲'.repeat(QUOTE_MAX)}`, '甲'.repeat(QUOTE_MAX)],
    // names and labels have no boundary: kept whole, the difference a message points at may be the last character
    ['北京市朝阳区某某某某科技发展有限责任公司第一分公司', '北京市朝阳区某某某某科技发展有限责任公司第一分公司'],
    // a mark in the first characters would leave nothing to read: not a cut point
    ['经查，当事人北京市朝阳区某某某某科技发展有限责任公司第一分公司未取得许可', '经查，当事人北京市朝阳区某某某某科技发展有限责任公司第一分公司未取得许可'],
    // a mark at the very end cuts nothing
    ['北京市朝阳区某某某某科技发展有限责任公司第一分公司。', '北京市朝阳区某某某某科技发展有限责任公司第一分公司。'],
  ])('%s', (text, want) => {
    const got = shortQuote(text)
    expect(got).toBe(want)
    // what is shown is the start of the text, never a cut inside a phrase
    if (got !== text.trim()) {
      expect(got.endsWith('……')).toBe(true)
      const kept = got.slice(0, -2)
      expect(text.trim().startsWith(kept)).toBe(true)
      expect(text.trim()[kept.length]).toMatch(/[，。；、,;！？]/)
    }
  })

  it('a longer limit keeps more', () => {
    expect(shortQuote('上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证，并处以下拘留', { max: 30 })).toBe('上的，并处货值金额十倍以上二十倍以下罚款；情节严重的……')
  })

  it.each([
    // a document line shown as a link: cut at the limit when nothing better is there, not inside a number or a 〔year〕
    ['行政处罚决定书成武市监处罚〔2024〕113号送达当事人成都同创网络科技有限公司', { max: 16 }, '行政处罚决定书成武市监处罚……'],
    ['统一社会信用代码91510107MA6CXXXX1X成都同创网络科技有限公司法定代表人王某', { max: 14 }, '统一社会信用代码……'],
    ['当事人成都同创网络科技有限公司法定代表人王某某住所成都市武侯区某某路一号附一号', { max: 24 }, '当事人成都同创网络科技有限公司法定代表人王某某住……'],
    // with a boundary the clause rule wins over the hard cut
    ['上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许', { max: 24 }, '上的，并处货值金额十倍以上二十倍以下罚款……'],
  ] as const)('unbroken text cut for a link: %s', (text, o, want) => {
    expect(shortQuote(text, { ...o, unbroken: 'cut' })).toBe(want)
  })
})

describe('clipQuotes', () => {
  it.each([
    ['决定书处以较重处罚（“上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许”）', '决定书处以较重处罚（“上的，并处货值金额十倍以上二十倍以下罚款……”）'],
    ['引用条文（"违反本法规定，未取得许可从事经营活动的，由县级以上人民政府有关部门责令改正"）', '引用条文（"违反本法规定，未取得许可从事经营活动的……"）'],
    ['告知书载明「当事人可在收到本告知书之日起五个工作日内提出陈述申辩，逾期视为放弃」', '告知书载明「当事人可在收到本告知书之日起五个工作日内提出陈述申辩……」'],
    // two quotations, each on its own
    ['罚没款缴款凭证中当事人名称写作“朔州华盛广告有限责任公司”，与决定书“朔州华盛广告有限公司”不一致', '罚没款缴款凭证中当事人名称写作“朔州华盛广告有限责任公司”，与决定书“朔州华盛广告有限公司”不一致'],
    ['当事人名称写作“北京市朝阳区某某某某科技发展有限责任公司第一分公司”，与决定书不一致', '当事人名称写作“北京市朝阳区某某某某科技发展有限责任公司第一分公司”，与决定书不一致'],
    ['送达回证的“送达方式”一栏为空', '送达回证的“送达方式”一栏为空'],
    ['没有引号的长句子，违反本法规定，未取得许可从事经营活动的，由县级以上人民政府有关部门责令改正', '没有引号的长句子，违反本法规定，未取得许可从事经营活动的，由县级以上人民政府有关部门责令改正'],
  ])('%s', (msg, want) => expect(clipQuotes(msg)).toBe(want))
})

describe('quoteParts', () => {
  it('sets the quoted words apart, the marks and the rest of the message around them', () => {
    const msg = '罚没款缴款凭证中当事人名称写作“朔州ABC广告有限责任公司”，与决定书「朔州ABC广告有限公司」不一致'
    expect(quoteParts(msg)).toEqual([
      { text: '罚没款缴款凭证中当事人名称写作“', quoted: false },
      { text: '朔州ABC广告有限责任公司', quoted: true },
      { text: '”，与决定书「', quoted: false },
      { text: '朔州ABC广告有限公司', quoted: true },
      { text: '」不一致', quoted: false },
    ])
    expect(quoteParts(msg).map((p) => p.text).join('')).toBe(msg)
    expect(quoteParts('送达回证缺少送达方式')).toEqual([{ text: '送达回证缺少送达方式', quoted: false }])
  })
})
