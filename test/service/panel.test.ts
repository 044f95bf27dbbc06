/**
 * The review panel through the engine API: roster, draw (from a 案卷目录 and from the imported cases), assignment,
 * blind double review enforced by the API, the 组长's reconciliation, agreement and the 抽取记录 DOCX.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { docxText } from '../export/pdf'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { openDb } from '../../electron/engine/store'
import { rankKey } from '../../shared/panel'
import type { PanelMember } from '../../shared/types/panel'
import { waitJob } from './jobs'

let dir: string
let service: EngineService
let projectId: string
let dbPath: string
let caseIds: number[]
const AGENCY = '某区市场监管局'
const people: Record<string, PanelMember> = {}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-panel-'))
  const samples = appPaths().samplesDir
  cpSync(join(samples, '04-simple-inconsistent-txt'), join(dir, 'cases', AGENCY, '案卷A'), { recursive: true })
  cpSync(join(samples, '01-clean-ordinary-docx'), join(dir, 'cases', AGENCY, '案卷B'), { recursive: true })
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
  const p = await service.call('project.create', { name: '交叉评查', rubricId: 'general-penalty', agencies: [AGENCY], reviewers: [], samplingRatio: 0.2 })
  ;({ id: projectId, dbPath } = p)
  const job = await waitJob(service, (await service.call('case.import', { projectId, folders: [join(dir, 'cases')] })).jobId)
  expect(job.state).toBe('done')
  caseIds = (await service.call('case.list', { projectId })).map((r) => r.id)
}, 120_000)
afterAll(async () => {
  await service.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('roster', () => {
  it('adds, edits and removes people; names are unique; a reviewer is never their own agency’s', async () => {
    for (const [name, agency, role] of [
      ['王组长', '市司法局', '组长'],
      ['李评', '县交通局', '评查员'],
      ['赵评', '县生态环境局', '评查员'],
      ['孙评', AGENCY, '评查员'],
      ['钱复', '市司法局', '复核人'],
    ] as const) {
      people[name] = await service.call('panel.member.save', { projectId, member: { name, agency, role, conflicts: [] } })
    }
    await expect(service.call('panel.member.save', { projectId, member: { name: ' 李评 ', agency: 'x', role: '评查员', conflicts: [] } })).rejects.toThrow(/已有 李评/)
    await expect(service.call('panel.member.save', { projectId, member: { name: '周', agency: 'x', role: '队员' as never, conflicts: [] } })).rejects.toThrow(/角色应为/)
    const edited = await service.call('panel.member.save', { projectId, member: { ...people['钱复'], conflicts: ['某县', '某县'] } })
    expect(edited.conflicts).toEqual(['某县'])
    const left = await service.call('panel.member.remove', { projectId, memberId: people['钱复'].id })
    expect(left.map((m) => m.name)).toEqual(['王组长', '李评', '赵评', '孙评'])
  })

  it('has the draw settings of the project: its 抽查比例, at least 3, T = 5, two reviewers', async () => {
    const o = await service.call('panel.get', { projectId })
    expect(o.settings).toEqual({ rate: 0.2, min: 3, by: 'unit', threshold: 5, perCase: 2 })
    expect((await service.call('panel.settings.set', { projectId, settings: { threshold: 0 } })).threshold).toBe(0)
    await expect(service.call('panel.settings.set', { projectId, settings: { rate: 0 } })).rejects.toThrow(/抽取比例应大于 0/)
  })
})

describe('draw and assignment', () => {
  it('draws a 案卷目录 of 60 cases from 4 units reproducibly, and stores the record write-once', async () => {
    const units = ['甲局', '乙局', '丙局', '丁局']
    const lines = ['案号,执法单位']
    for (let i = 0; i < 60; i++) lines.push(`${units[i % 4]}罚〔2025〕${i + 1}号,${units[i % 4]}`)
    lines.push(',甲局')
    const csv = join(dir, '案卷目录.csv')
    writeFileSync(csv, lines.join('\n'))
    await expect(service.call('panel.draw', { projectId, memberId: people['李评'].id, seed: '7', frame: csv })).rejects.toThrow(/只有组长/)
    const rec = await service.call('panel.draw', { projectId, memberId: people['王组长'].id, seed: '20251201', frame: csv })
    expect(rec.drawnBy).toBe('王组长')
    expect(rec.frameSource).toBe('单位报送的案卷目录（案卷目录.csv）')
    expect(rec.draw.frameSize).toBe(61)
    expect(rec.draw.strata.map((s) => [s.unit, s.N, s.n])).toEqual([
      ['丁局', 15, 3],
      ['丙局', 15, 3],
      ['乙局', 15, 3],
      ['甲局', 15, 3],
    ])
    expect(rec.draw.exclusions).toEqual([{ case: '', unit: '甲局', line: 62, reason: '案卷编号为空' }])
    const p = rec.draw.strata[0].picks[0]
    expect(p.rank).toBe(rankKey('20251201', '丁局', p.case))
    // The record cannot be changed, not even by a statement on the file.
    const db = await openDb(dbPath)
    await expect(db.run("UPDATE draws SET drawn_by='x'")).rejects.toThrow(/抽取记录不可修改/)
    await expect(db.run('DELETE FROM draws')).rejects.toThrow(/抽取记录不可删除/)
    await db.close()
  })

  it('reads a 案卷目录 saved from Excel (XLSX) through the same reader, and says which column is missing', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('目录')
    ws.addRow(['案卷编号', '执法单位', '案件类型'])
    for (let i = 1; i <= 8; i++) ws.addRow([`甲罚〔2025〕${i}号`, i % 2 ? '甲局' : '乙局', '处罚'])
    const xlsx = join(dir, '目录.xlsx')
    await wb.xlsx.writeFile(xlsx)
    const rec = await service.call('panel.draw', { projectId, memberId: people['王组长'].id, seed: 'x', frame: xlsx })
    expect(rec.draw.strata.map((s) => [s.unit, s.N, s.n])).toEqual([
      ['乙局', 4, 3],
      ['甲局', 4, 3],
    ])
    const bad = join(dir, '无单位.csv')
    writeFileSync(bad, '案号\nA1\n')
    await expect(service.call('panel.draw', { projectId, memberId: people['王组长'].id, seed: 'x', frame: bad })).rejects.toThrow(/缺少列 “执法单位”/)
  })

  it('draws from the imported cases, assigns two reviewers of other agencies, once', async () => {
    const rec = await service.call('panel.draw', { projectId, memberId: people['王组长'].id, seed: '摇号 03', frame: null })
    expect(rec.frameSource).toBe('已导入的案卷')
    expect(rec.draw.strata).toHaveLength(1)
    expect(rec.draw.strata[0]).toMatchObject({ unit: AGENCY, N: 2, n: 2 })
    const assigned = await service.call('panel.assign', { projectId, drawId: rec.id, memberId: people['王组长'].id, overrides: [] })
    for (const a of assigned.assignment!.assignments) {
      expect(a.reviewers.map((r) => r.name).sort()).toEqual(['李评', '赵评']) // 孙评 is of the cases' own agency
    }
    await expect(service.call('panel.assign', { projectId, drawId: rec.id, memberId: people['王组长'].id, overrides: [] })).rejects.toThrow(/分配记录不可更改/)
    await expect(service.call('panel.member.remove', { projectId, memberId: people['李评'].id })).rejects.toThrow(/不能从名单中删除/)
    const o = await service.call('panel.get', { projectId })
    expect(o.cases.map((c) => c.caseId).sort()).toEqual([...caseIds].sort())
    // The first draw's picks are not imported cases: listed as pending, unassigned (that draw was never assigned).
    expect(o.pending).toEqual([])
  })

  it('assigns with an override and its reason, and exports the 抽取记录 with lines for signatures', async () => {
    const o = await service.call('panel.get', { projectId })
    const first = o.draws[0]
    const pick = first.draw.strata[0].picks[0].case
    const rec = await service.call('panel.assign', {
      projectId,
      drawId: first.id,
      memberId: people['王组长'].id,
      overrides: [{ case: pick, memberIds: [people['孙评'].id, people['李评'].id], reason: '熟悉该领域' }],
    })
    expect(rec.assignment!.assignments.find((a) => a.case === pick)).toMatchObject({ override: { reason: '熟悉该领域' } })
    const { files } = await service.call('panel.exportDraw', { projectId, drawId: first.id, outDir: join(dir, 'out') })
    expect(files).toHaveLength(1)
    expect(existsSync(files[0])).toBe(true)
    const text = await docxText(files[0])
    for (const s of ['评查案卷抽取记录', '随机种子', '20251201', '王组长', first.draw.frameSha256, first.draw.strata[0].picks[0].rank, '案卷编号为空', '熟悉该领域', '见证人（签名）']) expect(text).toContain(s)
  })
})

describe('blind double review', () => {
  it('lets each reviewer see only their own decisions until both submitted; the 组长 reconciles; originals stay', async () => {
    const [a, b] = caseIds
    const before = (await service.call('case.list', { projectId })).find((r) => r.id === a)!
    const detail = await service.call('case.get', { projectId, caseId: a })
    const f = detail.findings.find((x) => x.deduction > 0 && x.status === 'open' && !x.veto)!
    expect(f).toBeTruthy()
    const li = people['李评'].id
    const zhao = people['赵评'].id

    await expect(service.call('finding.decide', { projectId, caseId: a, decision: { findingId: f.id, action: 'reject', reviewer: '张三' } })).rejects.toThrow(/选择本次评查的评查人|选择本次评查人/)
    await expect(service.call('finding.decide', { projectId, caseId: a, memberId: people['孙评'].id, decision: { findingId: f.id, action: 'reject', reviewer: '' } })).rejects.toThrow(/未被分配/)
    const mine = await service.call('finding.decide', { projectId, caseId: a, memberId: li, decision: { findingId: f.id, action: 'reject', reviewer: '', comment: '证据齐全' } })
    expect(mine.decisions).toEqual([expect.objectContaining({ findingId: f.id, reviewer: '李评' })])

    // Nobody else sees it: not the other reviewer, not a caller without a reviewer, not the case list.
    expect((await service.call('case.get', { projectId, caseId: a, memberId: zhao })).decisions).toEqual([])
    expect((await service.call('case.get', { projectId, caseId: a })).decisions).toEqual([])
    expect((await service.call('case.get', { projectId, caseId: a, memberId: li })).decisions).toHaveLength(1)
    expect((await service.call('case.list', { projectId })).find((r) => r.id === a)!.score).toBe(before.score)
    await expect(service.call('panel.compare', { projectId, caseId: a })).rejects.toThrow(/赵评、李评 还未提交/)

    await service.call('finding.decide', { projectId, caseId: a, memberId: zhao, decision: { findingId: f.id, action: 'accept', reviewer: '' } })
    const s1 = await service.call('panel.submit', { projectId, caseId: a, memberId: li })
    expect(s1.allSubmitted).toBe(false)
    await expect(service.call('panel.compare', { projectId, caseId: a })).rejects.toThrow(/还未提交/)
    await expect(service.call('finding.decide', { projectId, caseId: a, memberId: li, decision: { findingId: f.id, action: 'accept', reviewer: '' } })).rejects.toThrow(/已提交/)
    await expect(service.call('panel.submit', { projectId, caseId: a, memberId: li })).rejects.toThrow(/已提交过/)
    const s2 = await service.call('panel.submit', { projectId, caseId: a, memberId: zhao })
    expect(s2.allSubmitted).toBe(true)
    const [rl, rz] = [s2.reviewers.find((r) => r.name === '李评')!, s2.reviewers.find((r) => r.name === '赵评')!]
    expect(rl.score!).toBeGreaterThan(rz.score!)
    expect(s2.flags.map((x) => x.kind)).toContain('score') // T = 0: any difference

    const cmp = await service.call('panel.compare', { projectId, caseId: a })
    expect(cmp.reviews.map((r) => [r.name, r.decisions.map((d) => d.action)]).sort()).toEqual([
      ['李评', ['reject']],
      ['赵评', ['accept']],
    ])

    const req = { projectId, caseId: a, method: '集体评议' as const, reason: '经集体评议，证据不足以认定', dissent: '李评认为证据齐全', items: [{ findingId: f.id, action: 'accept' as const }] }
    await expect(service.call('panel.reconcile', { ...req, memberId: li })).rejects.toThrow(/只有组长/)
    await expect(service.call('panel.reconcile', { ...req, memberId: people['王组长'].id, method: '组长裁定' })).rejects.toThrow(/不同意见只在集体评议/)
    const done = await service.call('panel.reconcile', { ...req, memberId: people['王组长'].id })
    expect(done.reconciliation).toMatchObject({ method: '集体评议', leader: '王组长', dissent: '李评认为证据齐全', score: rz.score })
    expect(done.reconciliation!.items).toEqual([expect.objectContaining({ findingId: f.id, action: 'accept', reviewer: '王组长', comment: '经集体评议，证据不足以认定' })])
    expect((await service.call('case.list', { projectId })).find((r) => r.id === a)!.score).toBe(rz.score)
    // The reviews are kept as submitted.
    expect((await service.call('panel.compare', { projectId, caseId: a })).reviews).toEqual(cmp.reviews)
    await expect(service.call('panel.reconcile', { ...req, memberId: people['王组长'].id })).rejects.toThrow(/不能再次定分/)

    // The second case, both reviewers alike: agreement over two cases, each reviewer's bias against the final.
    await service.call('panel.submit', { projectId, caseId: b, memberId: li })
    const sb = await service.call('panel.submit', { projectId, caseId: b, memberId: zhao })
    expect(sb.flags).toEqual([])
    const o = await service.call('panel.get', { projectId })
    expect(o.agreement).not.toBeNull()
    expect(o.agreement!.n).toBe(2)
    expect(o.agreement!.icc.model).toBe('A,1')
    expect(o.agreement!.bands.system).toEqual({ kappa: 'Landis–Koch（1977）分级', icc: 'Koo–Li（2016）分级' })
    // Item by item: the two disagreed on one item of case A only; nobody upheld a veto (κ undefined, said so).
    const items = o.decisionAgreement.items!
    expect(items.n).toBe(2 * detail.score!.items.filter((i) => !i.bonus).length)
    expect(items.percentAgreement).toBeCloseTo((100 * (items.n - 1)) / items.n)
    expect(items.value).not.toBeNull()
    expect(o.decisionAgreement.veto).toMatchObject({ n: 2, value: null, yes: 0, no: 4 })
    expect(o.bias.find((x) => x.reviewer === '李评')!.bias).toBeCloseTo(rl.score! - rz.score!)
    expect(o.bias.find((x) => x.reviewer === '赵评')!.bias).toBe(0)
  })

  it('keeps the old path for a project without a roster: the name of 设置 is recorded', async () => {
    await service.call('settings.set', { reviewer: '张三' })
    const p = await service.call('project.create', { name: '自查', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    const job = await waitJob(service, (await service.call('case.import', { projectId: p.id, folders: [join(dir, 'cases', AGENCY, '案卷A')] })).jobId)
    const d = await service.call('case.get', { projectId: p.id, caseId: job.caseIds[0] })
    expect(d.panel).toBeUndefined()
    const f = d.findings.find((x) => x.deduction > 0)!
    const r = await service.call('finding.decide', { projectId: p.id, caseId: job.caseIds[0], decision: { findingId: f.id, action: 'reject', reviewer: '' } })
    expect(r.decisions[0].reviewer).toBe('张三')
    // Once the project has a roster, the session's reviewer comes from it: the name of 设置 no longer does.
    const m = await service.call('panel.member.save', { projectId: p.id, member: { name: '陈评', agency: '县司法局', role: '评查员', conflicts: [] } })
    await expect(service.call('finding.decide', { projectId: p.id, caseId: job.caseIds[0], decision: { findingId: f.id, action: 'accept', reviewer: '' } })).rejects.toThrow(/选择本次评查人/)
    const r2 = await service.call('finding.decide', { projectId: p.id, caseId: job.caseIds[0], memberId: m.id, decision: { findingId: f.id, action: 'accept', reviewer: '张三' } })
    expect(r2.decisions.map((d) => d.reviewer)).toEqual(['张三', '陈评'])
  })
})

describe('the bulletin tells the panel from the data', () => {
  it('names the roster, the draw from its record, the double review and its settlement, κ and ICC with their bands', async () => {
    const { files } = await service.call('export.run', { projectId, kind: 'report', caseIds: 'all', outDir: join(dir, 'report') })
    const t = (await docxText(files[0])).replace(/\s+/g, '')
    expect(t).toContain('评查组由组长王组长（市司法局），评查员李评（县交通局）、赵评（县生态环境局）、孙评（某区市场监管局）组成')
    // The project's latest draw is the one from its imported cases.
    expect(t).toContain('本次评查案卷经随机抽取产生：王组长于')
    expect(t).toContain('以随机种子“摇号03”，从已导入的案卷中按执法单位分层抽取（评查范围共2行、1个执法单位），抽取比例20%、每层不少于3卷，共抽取2卷')
    expect(t).toContain('本通报所列2卷均为抽中案卷')
    expect(t).not.toContain('导入的全部案卷')
    expect(t).toContain('2件案卷由两名以上评查人背靠背分别评查')
    expect(t).toContain('存在分歧的1件（总分相差超过0分1件）')
    expect(t).toContain('组长复核定分1件（集体评议1件，其中1件记录了不同意见），评查人的原始评分均予保留')
    expect(t).toMatch(/评查一致性：按2件各评查人均已提交的双评案卷计算/)
    // Both cases were graded alike: κ has no definition, and the bulletin says so instead of a number.
    expect(t).toContain('所有评定为同一等次，κ及加权κ无定义')
    expect(t).toMatch(/ICC\(A,1\)为-?\d\.\d\d/)
    expect(t).toContain('Koo–Li（2016）分级')
    expect(t).toMatch(/各评查项是否扣分（\d+项次，意见一致\d+\.\d%）κ为-?\d\.\d\d（Landis–Koch（1977）分级：/)
    expect(t).toContain('一票否决是否成立（2项次，意见一致100.0%）κ无定义（各评查人意见全部相同）')
  })

  it('says 全部案卷 when the project made no draw, and claims no panel', async () => {
    const p = (await service.call('project.list', undefined)).find((x) => x.name === '自查')!
    const { files } = await service.call('export.run', { projectId: p.id, kind: 'report', caseIds: 'all', outDir: join(dir, 'report2') })
    const t = (await docxText(files[0])).replace(/\s+/g, '')
    expect(t).toContain('本次评查范围为导入的全部案卷（共1卷）')
    expect(t).not.toMatch(/随机抽取|背靠背|评查一致性/)
  })
})
