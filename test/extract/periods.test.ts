import { describe, it, expect } from 'vitest'
import { statedPeriod } from '../../shared/extract/periods'

const STATEMENT = /陈述|申辩/
const HEARING = /听证/

describe('statedPeriod: the period a notice gives the party', () => {
  it.each([
    ['根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）可以在收到本告知书之日起五个工作日内向本机关提出陈述、申辩。', 5, 'working'],
    ['你单位可在收到本告知书之日起三日内向本局提出陈述、申辩，逾期视为放弃。', 3, 'natural'],
    ['如对上述处罚有异议，可自收到本告知书之日起5个工作日内进行陈述和申辩。', 5, 'working'],
    ['当事人可在签收本通知书之日起七日内到本局进行陈述申辩。', 7, 'natural'],
    ['你单位可在收到本告知书之日起五日内提出陈述、申辩和听证申请。', 5, 'natural'],
  ] as const)('%s', (text, days, unit) => {
    expect(statedPeriod(text, STATEMENT, HEARING)).toMatchObject({ days, unit })
  })

  it('a hearing period is not the statement period, though the sentence names both', () => {
    expect(statedPeriod('你单位有陈述、申辩的权利，如要求听证，应当在收到本告知书之日起五日内提出。', STATEMENT, HEARING)).toBeNull()
    expect(statedPeriod('如要求听证，应当在收到本告知书之日起五日内提出。', STATEMENT, HEARING)).toBeNull()
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
