/** Deadlines against the real holiday calendar, where a period runs past the years it covers. */
import { describe, expect, it } from 'vitest'
import { checkCase } from '../../shared/check'
import { createCalendar } from '../../shared/calendar'
import { lawfulCase, rubricOf, LAWS } from './build'

const calendar = createCalendar()
const LIMITATION = { kind: 'deadline', params: { from: '违法行为发生', to: '立案', days: 730, unit: 'natural', ruleId: 'CF-36' } }
const MINIMUM = { kind: 'deadline', params: { from: '违法行为发生', to: '立案', days: 730, unit: 'natural', ruleId: 'CF-36', atLeast: true } }

function runWith(check: { kind: string; params: Record<string, unknown> }, violation: string, filing?: string) {
  const c = lawfulCase(filing ? { dates: { filing } } : {})
  c.get('立案审批表').date(violation, '违法行为发生', '案由')
  const { facts, documents } = c.build()
  return checkCase(facts, documents, rubricOf(check), { laws: LAWS, calendar })
}

describe('deadline past the calendar data', () => {
  it('keeps a limit whose act falls before the earliest day the period can end', () => {
    const [y] = calendar.years
    expect(y).toBeLessThanOrEqual(2024)
    // 立案 2024-03-05; a violation on 2023-06-01 + 730 days runs into 2025, inside the data: determined.
    const inside = runWith(LIMITATION, '2023-06-01')
    expect(inside.items[0].status).toBe('pass')
    expect(inside.findings).toEqual([])
  })

  it('a limit reaching a year with no holiday schedule passes when the act is well before its earliest end', () => {
    const last = calendar.years[1]
    // A violation late in the last covered year: 730 days reach the year after, which has no schedule yet.
    const out = runWith(LIMITATION, `${last}-12-01`, `${last}-12-20`)
    // 立案 nineteen days later is long before that end, so the limit is kept whatever the holidays.
    expect(out.findings.filter((f) => f.kind === 'deadline')).toEqual([])
    expect(out.items[0].status).toBe('pass')
    expect(out.items[0].reason).toMatch(/最早可能的期满日/)
  })

  it('a minimum period past the data stays undetermined: the earliest end says nothing about the latest', () => {
    const last = calendar.years[1]
    const out = runWith(MINIMUM, `${last}-12-01`, `${last}-12-20`)
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['deadline', 'undetermined']])
  })
})

describe('the two-year limit on a violation that lasts (行政处罚法 第三十六条第二款)', () => {
  it('a violation more than two years before 立案: to verify, as it may have gone on', () => {
    const out = runWith(LIMITATION, '2021-06-01')
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['deadline', 'verify']])
  })
  it('the file says the state goes on (至今未拆除): the limit has not begun to run, no finding', () => {
    const c = lawfulCase({})
    const form = c.get('立案审批表')
    form.doc.lines.push({ ...form.doc.lines[form.doc.lines.length - 1], text: '当事人于2021年6月1日擅自占用耕地建房，至今未拆除。' })
    form.date('2021-06-01', '违法行为发生', '当事人于')
    const { facts, documents } = c.build()
    const out = checkCase(facts, documents, rubricOf(LIMITATION), { laws: LAWS, calendar })
    expect(out.findings.map((f) => [f.kind, f.status])).toEqual([['deadline', 'undetermined']])
    expect(out.findings[0].message).toMatch(/载明“擅自占用”，违法行为可能处于继续状态.*自行为终了之日起计算/)
  })
})

describe('a longer limit another law sets for a sector (sectorTerms)', () => {
  const TAX = { kind: 'deadline', params: { from: '违法行为发生', to: '立案', days: 730, unit: 'natural', ruleId: 'CF-36', sectorTerms: [{ agencies: ['税务'], days: 5, unit: 'year', law: '中华人民共和国税收征收管理法', provision: '第八十六条' }] } }
  const withAgency = (agency: string) => {
    const c = lawfulCase()
    c.agency = agency
    c.get('立案审批表').date('2021-06-01', '违法行为发生', '案由')
    const { facts, documents } = c.build()
    return checkCase(facts, documents, rubricOf(TAX), { laws: LAWS, calendar })
  }
  it('a tax office\'s case conducted under three years before 立案 is within the five years of 税收征收管理法 第八十六条', () => {
    const out = withAgency('国家税务总局杭州市西湖区税务局')
    expect(out.findings.filter((f) => f.kind === 'deadline')).toEqual([])
    expect(out.items[0].reason).toMatch(/5年（中华人民共和国税收征收管理法第八十六条）/)
  })
  it('another agency\'s is past the two years of 行政处罚法 第三十六条', () => {
    const out = withAgency('杭州市西湖区市场监督管理局')
    expect(out.findings.filter((f) => f.kind === 'deadline').map((f) => f.message)).toEqual([expect.stringMatching(/超过730日的期限/)])
  })
})

describe('a shorter limit a sector\'s rule sets for the cases of its time (sectorTerms with filedFrom / filedBefore)', () => {
  const CF60 = { kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural', extendedBy: '延期审批表', extendedDays: 30, ruleId: 'CF-60', inForceFrom: '2021-07-15', sectorTerms: [{ agencies: ['自然资源'], days: 60, unit: 'natural', extendedDays: 30, law: '自然资源行政处罚办法（2020年修正）', provision: '第三十二条', filedFrom: '2020-03-20', filedBefore: '2024-05-01' }] } }
  // filed on the day given, decided 82 days later (bx-08: 2023-05-10 → 2023-07-31)
  const decidedAfter82 = (agency: string, filed: string, decided: string) => {
    const c = lawfulCase({ dates: { filing: filed, decision: decided } })
    c.agency = agency
    const { facts, documents } = c.build()
    return checkCase(facts, documents, rubricOf(CF60), { laws: LAWS, calendar }).findings.filter((f) => f.kind === 'deadline').map((f) => f.message)
  }
  it('a 自然资源 case filed in 2023 and decided after 82 days is past the 60 days of 自然资源行政处罚办法 第三十二条', () => {
    expect(decidedAfter82('定南县自然资源局', '2023-05-10', '2023-07-31')).toEqual([expect.stringMatching(/超过60日（自然资源行政处罚办法（2020年修正）第三十二条）的期限/)])
  })
  it('…another agency\'s is within the 90 days of 行政处罚法 第六十条', () => {
    expect(decidedAfter82('定南县市场监督管理局', '2023-05-10', '2023-07-31')).toEqual([])
  })
  it('…and a 自然资源 case filed after the rule\'s time (2024-05-01) is held to the 90 days', () => {
    expect(decidedAfter82('定南县自然资源局', '2024-05-10', '2024-07-31')).toEqual([])
  })
})

describe('the periods of sectors deciding under their own procedure rules (行政处罚法 第六十条: 规章另有规定的，从其规定)', () => {
  const CF60 = { kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural', extendedBy: '延期审批表', extendedDays: 30, ruleId: 'CF-60', inForceFrom: '2021-07-15', sectorTerms: [{ agencies: ['海关'], days: 6, unit: 'month', extendedDays: 6, law: '海关办理行政处罚案件程序规定', provision: '第七十六条第一款', filedFrom: '2021-07-15' }, { agencies: ['稽查局'], days: 90, unit: 'natural', extendedDays: 90, law: '税务稽查案件办理程序规定', provision: '第四十七条', filedFrom: '2021-08-11' }, { agencies: ['人力资源和社会保障'], days: 60, unit: 'working', extendedDays: 30, law: '劳动保障监察条例', provision: '第十七条', filedFrom: '2004-12-01' }] } }
  const decided = (agency: string, filed: string, on: string, edit?: (c: ReturnType<typeof lawfulCase>) => void) => {
    const c = lawfulCase({ dates: { filing: filed, decision: on } })
    c.agency = agency
    edit?.(c)
    const { facts, documents } = c.build()
    return checkCase(facts, documents, rubricOf(CF60), { laws: LAWS, calendar }).findings.filter((f) => f.kind === 'deadline').map((f) => f.message)
  }
  it('a customs case decided 128 days after 立案 is within the six months of 海关办理行政处罚案件程序规定 第七十六条', () => {
    expect(decided('中华人民共和国洋浦海关', '2025-03-19', '2025-07-25')).toEqual([])
    expect(decided('中华人民共和国洋浦海关', '2025-03-19', '2025-10-20')).toEqual([expect.stringMatching(/超过6个月（海关办理行政处罚案件程序规定第七十六条第一款）的期限/)])
  })
  it('a tax inspection bureau\'s case extended by its approval is within 90 + 90 days of 税务稽查案件办理程序规定 第四十七条', () => {
    const extended = (c: ReturnType<typeof lawfulCase>) => { c.add('延期审批表', ['延长稽查案件办理期限审批表', '税务局局长审批意见：同意延长90日。王某　2023年6月5日']).date('2023-06-05', '其他', 1) }
    expect(decided('国家税务总局宝鸡市税务局稽查局', '2023-03-13', '2023-07-24', extended)).toEqual([])
    expect(decided('国家税务总局宝鸡市税务局稽查局', '2023-03-13', '2023-07-24')).toEqual([expect.stringMatching(/超过90日（税务稽查案件办理程序规定第四十七条）/)])
  })
  it('a labour inspection case is held to 60 working days (劳动保障监察条例 第十七条), not 90 calendar days', () => {
    // 2023-08-24 + 60 working days over 国庆 (9-29..10-6 off, 10-7 and 10-8 worked) ends on 2023-11-22
    expect(decided('大庆市让胡路区人力资源和社会保障局', '2023-08-24', '2023-11-22')).toEqual([])
    expect(decided('大庆市让胡路区人力资源和社会保障局', '2023-08-24', '2023-11-23')).toEqual([expect.stringMatching(/超过60个工作日（劳动保障监察条例第十七条）/)])
  })
})

describe('an approval extending the time to decide whether to open the case (医疗保障行政处罚程序暂行规定 第十四条)', () => {
  const B3 = { kind: 'deadline', params: { from: '案件来源', to: '立案', days: 15, unit: 'working', extendedBy: '延期审批表', extendedDays: 15, ruleId: 'SJ-18', inForceFrom: '2019-04-01' } }
  const CF60 = { kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural', extendedBy: '延期审批表', extendedDays: 30, ruleId: 'CF-60', inForceFrom: '2021-07-15' } }
  const run = (rubric: Parameters<typeof rubricOf>[0], edit: (c: ReturnType<typeof lawfulCase>) => void, dates: Record<string, string>) => {
    const c = lawfulCase({ dates })
    edit(c)
    const { facts, documents } = c.build()
    return checkCase(facts, documents, rubricOf(rubric), { laws: LAWS, calendar }).findings.filter((f) => f.kind === 'deadline').map((f) => f.message)
  }
  const extendFiling = (c: ReturnType<typeof lawfulCase>) => {
    c.add('延期审批表', ['延长立案核查期限审批表', '申请延长期限：十五个工作日（至2024年4月30日）', '主要负责人审批意见：同意延长十五个工作日。　局长：刘某　2024年4月8日']).date('2024-04-08', '其他', 2)
  }
  it('extends the 15 working days to 立案 by its stated fifteen', () => {
    expect(run(B3, extendFiling, { source: '2024-03-19', filing: '2024-04-19' })).toEqual([])
    expect(run(B3, () => {}, { source: '2024-03-19', filing: '2024-04-19' })).toEqual([expect.stringMatching(/超过15个工作日的期限/)])
  })
  it('…and not the case\'s own period', () => {
    expect(run(CF60, extendFiling, { source: '2024-03-19', filing: '2024-04-19', decision: '2024-07-30', service: '2024-07-31', payment: '2024-08-05', closing: '2024-08-10' })).toEqual([expect.stringMatching(/超过90日的期限/)])
  })
})
