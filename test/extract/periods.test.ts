import { describe, it, expect } from 'vitest'
import { measureTerm, statedPeriod } from '../../shared/extract/periods'

const STATEMENT = /陈述|申辩/
const HEARING = /听证/

describe('statedPeriod: the period a notice gives the party', () => {
  it.each([
    ['根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）可以在收到本告知书之日起五个工作日内向本机关提出陈述、申辩。', 5, 'working'],
    ['你单位可在收到本告知书之日起三日内向本局提出陈述、申辩，逾期视为放弃。', 3, 'natural'],
    ['如对上述处罚有异议，可自收到本告知书之日起5个工作日内进行陈述和申辩。', 5, 'working'],
    ['当事人可在签收本通知书之日起七日内到本局进行陈述申辩。', 7, 'natural'],
    ['你单位可在收到本告知书之日起五日内提出陈述、申辩和听证申请。', 5, 'natural'],
    // (the rights named in the sentence before, the period's own sentence saying only 提出 — ct-04)
    ['你有权进行陈述和申辩。请在收到本告知书之日起五个工作日内向本机关综合行政执法办公室提出（电话：0794-6591207）；逾期不提出的，视为放弃陈述、申辩权利。', 5, 'working'],
  ] as const)('%s', (text, days, unit) => {
    expect(statedPeriod(text, STATEMENT, HEARING)).toMatchObject({ days, unit })
  })

  it('a hearing period is not the statement period, though the sentence names both', () => {
    expect(statedPeriod('你单位有陈述、申辩的权利，如要求听证，应当在收到本告知书之日起五日内提出。', STATEMENT, HEARING)).toBeNull()
    expect(statedPeriod('如要求听证，应当在收到本告知书之日起五日内提出。', STATEMENT, HEARING)).toBeNull()
    // (…nor a hearing sentence after the statement's)
    expect(statedPeriod('你单位有陈述、申辩的权利。如要求听证，请在收到本告知书之日起五日内提出。', STATEMENT, HEARING)).toBeNull()
  })

  it('the statement period found after a hearing sentence', () => {
    const t = '如要求听证，应当在收到本告知书之日起五日内提出。你单位可在收到本告知书之日起三个工作日内提出陈述、申辩。'
    expect(statedPeriod(t, STATEMENT, HEARING)).toMatchObject({ days: 3, unit: 'working', text: '之日起三个工作日内' })
  })

  it('a payment or appeal period is not a statement period', () => {
    expect(statedPeriod('请在收到本决定书之日起十五日内缴纳罚款。可在收到本决定书之日起六十日内申请行政复议。', STATEMENT, HEARING)).toBeNull()
  })

  it('no period stated', () => {
    expect(statedPeriod('你单位有权进行陈述和申辩。', STATEMENT, HEARING)).toBeNull()
  })
})

describe('measureTerm: the term a 查封/扣押 decision sets', () => {
  it.each([
    ['查封、扣押期限：自2025年1月20日起至2025年3月20日止，共计六十日。在查封、扣押期间，你不得擅自启封。', 60, 'number'],
    ['经本局负责人批准，决定对上述物品予以查封，期限为三十日。', 30, 'number'],
    ['查封期限为2024年7月31日至2024年8月29日。', 29, 'dates'],
    ['查封期限为三十日，自2024年11月20日起至2024年12月19日止。', 30, 'number'],
    ['本局决定对上述物品采取扣押的行政强制措施，期限为30日（自2024年5月14日至2024年6月12日）。', 30, 'number'],
    ['查封期限11月20日至12月19日共30日。', 30, 'number'],
    ['扣押期限：自二〇二五年一月二十日起至二〇二五年三月二十日止。', 59, 'dates'],
    ['扣押期限三十日（青北市监延扣〔2024〕0009号）。', 30, 'number'],
  ] as const)('%s', (text, days, from) => {
    expect(measureTerm(text)).toMatchObject({ days, from })
  })

  it("the law's cap quoted, or the term's end spoken of, is no term", () => {
    expect(measureTerm('依据《中华人民共和国行政强制法》第二十五条的规定，查封、扣押的期限不得超过三十日。')).toBeNull()
    expect(measureTerm('本局将在查封、扣押期限届满前作出处理决定。')).toBeNull()
    expect(measureTerm('请在收到本决定书之日起十五日内缴纳罚款。')).toBeNull()
  })

  it('an extension, testing time and a law of its own are told apart', () => {
    expect(measureTerm('查封期限已于2024年9月18日依法延长三十日（蜀市监强延〔2024〕56号）。')).toMatchObject({ days: 30, extension: true })
    expect(measureTerm('扣押期限为四十五日（检验期间不计入）。')).toMatchObject({ days: 45, testing: true })
    expect(measureTerm('依照《中华人民共和国海关法》的规定，扣留期限为六十日。')).toBeNull()
    expect(measureTerm('依照《某某条例》第十条的规定，扣押期限为六十日。')).toMatchObject({ days: 60, otherLaw: '某某条例' })
  })
})
