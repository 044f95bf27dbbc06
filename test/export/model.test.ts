import { describe, expect, it } from 'vitest'
import type { Decision, Finding } from '../../shared/types'
import { ledgerRows, LEDGER_COLUMNS } from '../../electron/engine/export/ledger'
import {
  allProblems,
  caseProblems,
  categoryOf,
  cnNum,
  decideFindings,
  evidenceText,
  itemIndex,
  percent,
  plainMessage,
  projectStats,
  pts,
  standsAsProblem,
} from '../../electron/engine/export/model'
import { fixtureSnapshot } from './fixture'

describe('categoryOf: rubric item wording → 通报 problem class', () => {
  // Item titles as published (rubric-standards.md S1, S2, S4, S7, S10), with the class a 通报 files them under.
  const table: [string, string[], string][] = [
    ['行政处罚实施主体是否合法', [], '主体'],
    ['执法人员不少于2人', ['基本标准'], '主体'],
    ['主要对外文书没有加盖执法机关印章', [], '主体'],
    ['违法事实认定是否清楚', [], '事实证据'],
    ['询问笔录首部据实填充（起讫时间至分钟）', ['调查取证阶段'], '事实证据'],
    ['违法行为依据或处罚依据没有准确到条、款、项、目', ['行政处罚决定书'], '法律适用'],
    ['适用法律是否正确', [], '法律适用'],
    ['送达文书超过法定时限', ['送达回证'], '程序'],
    ['明确的立案时间', ['立案'], '程序'],
    ['处罚畸轻畸重', [], '裁量'],
    ['卷内目录按顺序填写，页码正确', ['卷面标准'], '立卷归档'],
    ['未使用统一封面', [], '立卷归档'],
    ['空格处、空白处未做技术处理', ['行政处罚决定书'], '文书制作'],
    ['执法全过程记录音像资料入卷', [], '三项制度'],
    ['处罚在法定种类和幅度以内', ['否决项'], '法律适用'],
    ['未超过追诉时效', ['否决项'], '事实证据'],
    ['按程序顺序组卷，逐页编号', ['卷面与归档'], '立卷归档'],
    ['卷内有证据材料', ['调查取证'], '事实证据'],
    ['执法文书记载执法证件编号', ['调查取证'], '主体'],
    ['笔录全面完整（告知执法依据和申请回避权）', ['调查询问笔录'], '事实证据'],
    ['罚款数额在法定幅度内，裁量适当', ['审查决定'], '法律适用'],
    ['裁量适当', ['审查决定'], '裁量'],
  ]
  it.each(table)('%s → %s', (title, path, want) => {
    expect(categoryOf(title, path)).toBe(want)
  })
  it('falls back to the section path, then the finding kind', () => {
    expect(categoryOf('其他不规范问题', ['送达地址确认书'])).toBe('程序')
    expect(categoryOf('其他', [], 'citation-outdated')).toBe('法律适用')
    expect(categoryOf('其他', [])).toBe('文书制作')
  })
})

describe('reviewer decisions', () => {
  const snap = fixtureSnapshot()
  const withDecisions = snap.cases.filter((c) => c.decisions.length > 0)

  it('a rejected finding deducts nothing and is no problem of the case; an adjusted one deducts the decided points', () => {
    let rejected = 0
    let adjusted = 0
    for (const c of withDecisions) {
      const i = snap.cases.indexOf(c)
      const problems = caseProblems(snap, i)
      for (const f of decideFindings(c)) {
        const d = c.decisions.find((x) => x.findingId === f.finding.id)
        if (d?.action === 'reject') {
          rejected++
          expect(f.points).toBe(0)
          expect(problems.some((p) => p.findingId === f.finding.id)).toBe(false)
        }
        if (d?.action === 'adjust') {
          adjusted++
          expect(f.points).toBe(d.points)
          expect(problems.find((p) => p.findingId === f.finding.id)?.points).toBe(d.points)
        }
      }
    }
    expect(rejected).toBeGreaterThan(0)
    expect(adjusted).toBeGreaterThan(0)
  })

  it('per item, the standing findings add up to what the score stage deducted (200 cases)', () => {
    const big = fixtureSnapshot({ cases: 200, seed: 99 })
    const items = itemIndex(big.rubric)
    let checked = 0
    for (const c of big.cases) {
      const decided = decideFindings(c, items)
      for (const it of c.score!.items) {
        const sum = decided.filter((f) => f.finding.itemId === it.itemId && f.applies).reduce((a, f) => a + f.points, 0)
        expect(Math.min(it.points, sum), `${c.row.caseNumber} ${it.itemId}`).toBeCloseTo(it.deducted, 6)
        checked++
      }
      expect(c.score!.vetoed).toBe(caseProblems(big, big.cases.indexOf(c), items).some((p) => p.veto))
    }
    expect(checked).toBe(200 * 16)
  })

  it('the latest decision wins', () => {
    const c = structuredClone(snap.cases.find((x) => x.result!.findings.some((f) => f.status === 'open'))!)
    const f = c.result!.findings.find((x) => x.status === 'open')!
    const ds: Decision[] = [
      { findingId: f.id, action: 'reject', reviewer: '甲', at: '2026-11-20T09:00:00Z' },
      { findingId: f.id, action: 'adjust', points: 0.5, reviewer: '乙', at: '2026-11-21T09:00:00Z' },
    ]
    c.decisions = [ds[1], ds[0]]
    const got = decideFindings(c).find((x) => x.finding.id === f.id)!
    expect(got.outcome).toBe('adjusted')
    expect(got.points).toBe(0.5)
  })

  it('an undetermined finding becomes a problem only once a reviewer accepts it', () => {
    const c = structuredClone(snap.cases[0])
    const base = c.result!.findings[0]
    c.result!.findings = [{ ...base, id: 'u1', status: 'undetermined', deduction: 0 }]
    c.decisions = []
    expect(decideFindings(c).filter(standsAsProblem)).toHaveLength(0)
    c.decisions = [{ findingId: 'u1', action: 'adjust', points: 2, reviewer: '甲', at: '2026-11-22T00:00:00Z' }]
    expect(decideFindings(c).filter(standsAsProblem)).toHaveLength(1)
  })

  it("a reviewer's manual deduction on an item without a finding is a problem too", () => {
    const s = structuredClone(snap)
    s.cases[0].decisions.push({ itemId: 'E2', action: 'adjust', points: 3, comment: '案卷装订顺序混乱', reviewer: '陈明', at: '2026-11-22T10:00:00Z' })
    const p = caseProblems(s, 0).find((x) => x.findingId === 'item:E2')
    expect(p?.points).toBe(3)
    expect(p?.description).toContain('案卷装订顺序混乱')
    expect(p?.category).toBe('立卷归档')
  })
})

describe('project statistics', () => {
  const snap = fixtureSnapshot()
  const st = projectStats(snap)
  const totals = snap.cases.map((c) => c.score!.total)

  it('average, 优秀率 and 合格率 follow the decided scores', () => {
    expect(st.cases).toBe(12)
    expect(st.average).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 2)
    expect(st.excellent).toBe(snap.cases.filter((c) => c.score!.grade === '优秀').length)
    expect(st.failed).toBe(snap.cases.filter((c) => c.score!.grade === '不合格').length)
    expect(st.excellentRate).toBeCloseTo(st.excellent / 12, 6)
    expect(st.passRate).toBeCloseTo((12 - st.failed) / 12, 6)
    expect(st.bands.reduce((a, b) => a + b.count, 0)).toBe(12)
    expect(st.grades.reduce((a, b) => a + b.count, 0)).toBe(12)
    expect(st.vetoed).toBeGreaterThan(0)
  })

  it('ranks agencies by average score, then by total', () => {
    expect(st.ranking).toHaveLength(4)
    for (let i = 1; i < st.ranking.length; i++) expect(st.ranking[i - 1].average!).toBeGreaterThanOrEqual(st.ranking[i].average!)
    const a = st.ranking[0]
    const mine = snap.cases.filter((c) => c.row.agency === a.agency).map((c) => c.score!.total)
    expect(a.average).toBeCloseTo(mine.reduce((x, y) => x + y, 0) / mine.length, 2)
  })

  it('counts problems by category with up to three examples from different cases', () => {
    expect(st.byCategory.reduce((a, c) => a + c.count, 0)).toBe(st.problems.length)
    for (const c of st.byCategory) {
      expect(c.examples.length).toBeGreaterThan(0)
      expect(c.examples.length).toBeLessThanOrEqual(3)
      expect(new Set(c.examples.map((e) => e.caseIndex)).size).toBe(c.examples.length)
      for (const e of c.examples) expect(e.category).toBe(c.category)
    }
    for (let i = 1; i < st.byCategory.length; i++) expect(st.byCategory[i - 1].count).toBeGreaterThanOrEqual(st.byCategory[i].count)
  })
})

describe('ledger rows', () => {
  const snap = fixtureSnapshot()
  const rows = ledgerRows(snap)
  it('one row per standing problem, with the ten columns and the editable ones from the ledger entries', () => {
    expect(rows).toHaveLength(allProblems(snap).length)
    expect(LEDGER_COLUMNS).toHaveLength(10)
    for (const r of rows) expect(r.values).toHaveLength(10)
    expect(rows.map((r) => r.values[0])).toEqual(rows.map((_, i) => String(i + 1)))
    expect(snap.ledger.length).toBeGreaterThan(0)
    for (const e of snap.ledger) {
      const r = rows.find((x) => x.caseId === e.caseId && x.findingId === e.findingId)!
      expect(r.values[7]).toBe('2026年12月31日')
      expect(r.values[8]).toBe(e.owner)
      expect(r.values[9]).toBe(e.progress)
    }
    const without = rows.filter((r) => !snap.ledger.some((e) => e.caseId === r.caseId && e.findingId === r.findingId))
    expect(without.every((r) => r.values[9] === '未整改' && r.values[8] === '')).toBe(true)
  })
  it('整改措施 is the rubric item’s remediation', () => {
    const items = new Map(snap.rubric.sections.flatMap((s) => s.items ?? []).map((i) => [i.id, i]))
    const problems = allProblems(snap)
    for (const r of rows) {
      const p = problems.find((x) => x.caseId === r.caseId && x.findingId === r.findingId)!
      const want = items.get(p.itemId)?.remediation ?? snap.rubric.veto.items.find((v) => v.id === p.itemId)?.remediation
      expect(r.values[6]).toBe(want)
    }
  })
  it('groups rows by agency in the project order', () => {
    const order = rows.map((r) => snap.project.agencies.indexOf(r.values[1]))
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})

describe('evidence references', () => {
  const f = (ev: [string, number][]) => ({ evidence: ev.map(([file, page]) => ({ file, page, text: '' })) }) as unknown as Finding
  it.each([
    [[['决定书.pdf', 2]], '决定书.pdf 第2页'],
    [[['全卷.pdf', 4], ['全卷.pdf', 3], ['全卷.pdf', 4]], '全卷.pdf 第3、4页'],
    [[['询问笔录.pdf', 1], ['决定书.pdf', 2], ['询问笔录.pdf', 2]], '询问笔录.pdf 第1、2页；决定书.pdf 第2页'],
    [[['a.pdf', 1], ['b.pdf', 1], ['c.pdf', 1], ['d.pdf', 1]], 'a.pdf 第1页；b.pdf 第1页；c.pdf 第1页；等4个文件'],
    [[], ''],
    // evidence on the whole case: its folder by name, never the reviewer's disk layout
    [[['/work/评查/2025/03-scanned-simple-jpg', 1]], '案卷文件夹“03-scanned-simple-jpg”'],
    [[['D:\\评查\\案卷01\\', 1], ['决定书.pdf', 2]], '案卷文件夹“案卷01”；决定书.pdf 第2页'],
  ] as [[string, number][], string][])('%j → %s', (ev, want) => expect(evidenceText(f(ev))).toBe(want))
})

describe('plainMessage: finding messages for the agency', () => {
  it.each([
    ['案卷 /work/main/resources/samples/02-defects-ordinary-pdf缺少听证笔录（当事人要求听证）。已识别的文书：卷内目录、立案审批表', 30, '案卷缺少听证笔录（当事人要求听证）'],
    ['执法人员张三/李四未记载证号，比例1/2', undefined, '执法人员张三/李四未记载证号，比例1/2'],
    ['询问笔录未见询问时间/地点/签名', undefined, '询问笔录未见询问时间/地点/签名'],
    ['案卷 /home/评查/市监局/case-3缺少结案报告', undefined, '案卷缺少结案报告'],
    ['案卷 C:\\案卷\\2024\\x-1缺少送达回证', undefined, '案卷缺少送达回证'],
    ['决定书于作出后第11日送达，超过7日', 60, '决定书于作出后第11日送达，超过7日'],
    ['立案审批表缺少"案件来源"。见02立案审批表.pdf', undefined, '立案审批表缺少"案件来源"。见02立案审批表.pdf'],
    ['引用《中华人民共和国行政处罚法》第三十一条，这是已被取代的2017-09-01版本的条文序号。2021-01-22版本的第三十一条规定的是从轻减轻、不予处罚、精神病人和限制行为能力人', 60, '引用《中华人民共和国行政处罚法》第三十一条，这是已被取代的2017-09-01版本的条文序号'],
  ] as [string, number | undefined, string][])('%s', (msg, max, want) => expect(plainMessage(msg, max)).toBe(want))
})

describe('number forms', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [38, '三十八'],
  ])('cnNum(%i) = %s', (n, s) => expect(cnNum(n)).toBe(s))
  it.each([
    [87.5, '87.5'],
    [2, '2'],
    [0.333333, '0.33'],
  ])('pts(%f) = %s', (n, s) => expect(pts(n)).toBe(s))
  it('percent', () => {
    expect(percent(0.25)).toBe('25.0%')
    expect(percent(11 / 12)).toBe('91.7%')
    expect(percent(null)).toBe('—')
  })
})

describe('the score sheet names who reviewed the case', () => {
  it('under double review: each reviewer, submitted or not, and how the 组长 settled it', async () => {
    const { reviewedBy } = await import('../../electron/engine/export/score-sheet')
    const { fixtureSnapshot } = await import('./fixture')
    const snap = fixtureSnapshot()
    const c = snap.cases[0]
    expect(reviewedBy(snap, c)).toBe([...new Set([...c.decisions].sort((a, b) => a.at.localeCompare(b.at)).map((d) => d.reviewer))].join('、') || '尚无评查人对本卷作出认定')
    const reviewer = (name: string, agency: string, submittedAt: string | null) => ({ memberId: 1, name, agency, submittedAt, score: null, grade: null, vetoed: null })
    snap.panel = {
      members: [],
      draw: null,
      threshold: 5,
      agreement: null,
      agreementNote: null,
      cases: [{ caseId: c.row.id, caseKey: 'k', unit: 'u', reviewers: [reviewer('李评', '市司法局', '2026-11-20T10:00:00Z'), reviewer('赵评', '县市场监管局', null)], allSubmitted: false, flags: [], reconciliation: null }],
    }
    expect(reviewedBy(snap, c)).toBe('双人评查：李评（市司法局，已提交）、赵评（县市场监管局，未提交）')
    snap.panel.cases[0].reconciliation = { method: '集体评议', leader: '王组长', reason: '按多数意见', dissent: null, at: '2026-11-21T10:00:00Z', items: [], score: 90, grade: '优秀' }
    expect(reviewedBy(snap, c)).toBe('双人评查：李评（市司法局，已提交）、赵评（县市场监管局，未提交）；集体评议（王组长主持）')
  })
})
