/**
 * What the exported documents state comes from the project's data: the scope as the cases present show it (no
 * sampling ratio that was never applied), the review in numbers, unreviewed problems marked 未复核, agencies from the
 * cases themselves, no invented addressee. Asserted on the DOCX XML text and the XLSX cells, not on a PDF whose
 * line wrapping depends on the machine's fonts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportKind } from '../../shared/api'
import type { Decision, Finding, ReviewSnapshot } from '../../shared/types'
import { exportDocuments } from '../../electron/engine/export'
import { LEDGER_STATES, ledgerRows } from '../../electron/engine/export/ledger'
import { plainMessage, reviewStats } from '../../electron/engine/export/model'
import { clipQuotes } from '../../shared/util/quote'
import { fixtureRubric, snapshotCase } from './fixture'
import { docxText } from './pdf'

const dir = mkdtempSync(join(tmpdir(), 'pingcha-export-facts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const rubric = fixtureRubric()
const leaves = rubric.sections.flatMap((s) => s.items ?? [])

function finding(id: string, itemId: string, message: string, o: Partial<Finding> = {}): Finding {
  const it = leaves.find((x) => x.id === itemId)!
  const d = it.deduction
  return {
    id,
    kind: 'missing-field',
    itemId,
    docTypes: [],
    message,
    deduction: d.form === 'whole' ? it.points : d.form === 'range' ? d.min : d.each,
    status: 'open',
    evidence: [{ file: '08行政处罚决定书.pdf', page: 2, text: message }],
    ...o,
  }
}

const at = (n: number) => `2026-11-2${n}T09:00:00Z`

/**
 * Six findings over two cases of two agencies; a reviewer (刘芳) confirmed one and rejected one; the other four are
 * as the machine left them. The panel lists three reviewers; only 刘芳 decided. A planned sampling ratio is set, but
 * no draw was ever recorded.
 */
function sixFindings(): ReviewSnapshot {
  const a = [
    finding('a1', 'A1', '立案审批表缺少"案件来源"'),
    finding('a2', 'B2', '询问笔录未记载询问起止时间'),
    finding('a3', 'D2', '送达回证无送达方式'),
    finding('a4', 'E1', '卷内目录第5项页码与实际页码不符'),
  ]
  const b = [finding('b1', 'A2', '发现违法行为后第12个工作日方立案，超过7个工作日', { kind: 'deadline' }), finding('b2', 'B4', '现场检查笔录无当事人签名')]
  const da: Decision[] = [
    { findingId: 'a1', action: 'accept', reviewer: '刘芳', at: at(1) },
    { findingId: 'a2', action: 'reject', comment: '卷内另有笔录记载起止时间', reviewer: '刘芳', at: at(2) },
  ]
  return {
    project: {
      id: 'p-facts',
      name: '事实核对项目',
      dbPath: '',
      rubricId: rubric.id,
      agencies: ['市市场监督管理局', '市生态环境局'],
      reviewers: ['陈明', '刘芳', '赵强'],
      samplingRatio: 0.1,
      createdAt: '2026-11-01T00:00:00Z',
    },
    rubric,
    cases: [
      snapshotCase(rubric, { id: 1, folder: '/cases/1', caseNumber: '市监罚〔2026〕1号', agency: '市市场监督管理局', party: '某某餐饮有限公司' }, leaves, a, da),
      snapshotCase(rubric, { id: 2, folder: '/cases/2', caseNumber: '环罚〔2026〕2号', agency: '市生态环境局', party: '某某化工有限公司' }, leaves, b, []),
    ],
    ledger: [],
    date: '2026-11-23',
  }
}

async function exported(snap: ReviewSnapshot, kind: ExportKind, name: string): Promise<string[]> {
  return exportDocuments(snap, kind, join(dir, name))
}

async function xmlParts(file: string, re: RegExp): Promise<string[]> {
  const z = await JSZip.loadAsync(readFileSync(file))
  return Promise.all(Object.keys(z.files).filter((n) => re.test(n)).map((n) => z.file(n)!.async('string')))
}

/** The value stored with a formula cell. exceljs reads a stored 0 back as no result (the file holds <v>0</v>). */
function result(c: ExcelJS.Cell): unknown {
  const v = c.value as ExcelJS.CellFormulaValue
  expect(v.formula).toBeTruthy()
  return v.result ?? 0
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  return wb
}

describe('the bulletin states only what the project records', () => {
  it('with no draw recorded, the scope is every imported case, never a sampling ratio', async () => {
    const snap = sixFindings()
    const t = await docxText((await exported(snap, 'report', 'scope'))[0])
    expect(t).toContain('本次评查范围为导入的全部案卷（共2卷）')
    expect(t).not.toMatch(/按[\d.]+%的比例随机抽取/)
    expect(t).not.toContain('比例')
    expect(t).not.toContain('由各单位报送')
  })

  it('2 of 6 findings reviewed: says so, with the outcome of each, and the other 4 as the machine left them', async () => {
    const snap = sixFindings()
    const rs = reviewStats(snap)
    expect(rs).toMatchObject({ found: 6, reviewed: 2, accepted: 1, rejected: 1, adjusted: 0, unreviewed: 4, machineListed: 4 })
    const t = await docxText((await exported(snap, 'report', 'review'))[0])
    expect(t).toContain('评查共发现问题6个，其中经评查人复核2个（确认1个、驳回1个），其余4个尚未复核，以机器检查结果列示')
    expect(t).not.toContain('已剔除不成立的问题')
    // 5 stand (the rejected one does not); 4 of them unreviewed, and the examples say which.
    expect(t).toContain('计入扣分（含一票否决）的问题共5个（其中4个未复核')
    expect(t).toContain('未复核）。')
    // Who decided is named as such; the panel as entered.
    expect(t).toContain('评查组由陈明、刘芳、赵强组成，刘芳对检查结果作出了复核认定')
  })

  it('every finding reviewed, or none: said in those words', async () => {
    const none = sixFindings()
    none.cases[0].decisions = []
    expect(await docxText((await exported(none, 'report', 'none'))[0])).toContain('评查共发现问题6个，均未经评查人复核，以机器检查结果列示')
    const all = sixFindings()
    all.cases = all.cases.map((c, k) => ({
      ...c,
      decisions: c.result!.findings.map((f, i) => ({ findingId: f.id, action: k === 0 && i === 1 ? ('reject' as const) : ('accept' as const), reviewer: '刘芳', at: at(i % 9) })),
    }))
    const t = await docxText((await exported(all, 'report', 'all'))[0])
    expect(t).toContain('评查共发现问题6个，均经评查人复核（确认5个、驳回1个）')
    expect(t).not.toContain('未复核')
  })

  it('a verify finding nobody looked at is counted as waiting, not as a deduction', async () => {
    const snap = sixFindings()
    snap.cases[1].result!.findings[1] = { ...snap.cases[1].result!.findings[1], status: 'verify' }
    const t = await docxText((await exported(snap, 'report', 'verify'))[0])
    expect(t).toContain('其余4个尚未复核，以机器检查结果列示（其中1个为待核实问题，暂不扣分）')
  })

  it('an agency with a case in the project is never said to have sent none; one without is said to have none here', async () => {
    const snap = sixFindings()
    snap.project.agencies = ['市市场监督管理局', '市生态环境局', '市交通运输局']
    const t = await docxText((await exported(snap, 'report', 'agencies'))[0])
    expect(t).not.toContain('未报送')
    expect(t).not.toContain('未抽取到')
    expect(t).toContain('涉及市市场监督管理局1卷、市生态环境局1卷，共2个执法单位')
    expect(t).toContain('项目单位名单中的市交通运输局本次没有案卷参加评查')
    expect(t).not.toMatch(/市(市场监督管理局|生态环境局)[^。]*没有案卷参加评查/)
  })

  it('a listed agency whose name a case gives in a longer form counts as present', async () => {
    const snap = sixFindings()
    snap.project.agencies = ['生态环境局']
    const t = await docxText((await exported(snap, 'report', 'longer'))[0])
    expect(t).not.toContain('没有案卷参加评查')
  })

  it('cases without an agency: counted, not ranked, and the listed agencies are not said to be absent', async () => {
    const snap = sixFindings()
    snap.cases[1] = { ...snap.cases[1], row: { ...snap.cases[1].row, agency: null } }
    const t = await docxText((await exported(snap, 'report', 'unnamed'))[0])
    expect(t).toContain('本次评查范围为导入的全部案卷（共2卷），涉及市市场监督管理局1卷，共1个执法单位，另有1卷未识别出执法单位')
    expect(t).toContain('项目单位名单中的市生态环境局未识别到所属案卷（未识别出执法单位的1卷可能属于其中）')
    expect(t).toContain('另有1件案卷未识别出执法单位，未参加排名')
    expect(t).toContain('环罚〔2026〕2号案卷（执法单位未识别）')
    expect(t).not.toContain('未指定单位')
    expect(t).not.toContain('本次没有案卷参加评查')
  })
})

describe('unreviewed problems are marked 未复核', () => {
  it('in the DOCX ledger, its rows and its closing note', async () => {
    const snap = sixFindings()
    const rows = ledgerRows(snap)
    expect(rows).toHaveLength(5)
    expect(rows.filter((r) => !r.reviewed)).toHaveLength(4)
    for (const r of rows) expect(r.values[4].startsWith('【未复核】')).toBe(!r.reviewed)
    const t = await docxText((await exported(snap, 'ledger-docx', 'ledger'))[0])
    expect(t).toContain('【未复核】送达回证无送达方式')
    expect(t).toContain('【未复核】现场检查笔录无当事人签名')
    expect(t).not.toContain('【未复核】立案审批表缺少') // confirmed by 刘芳
    expect(t).not.toContain('询问笔录未记载询问起止时间') // rejected by 刘芳
    expect(t).toContain('标注“【未复核】”的4个问题为机器检查结果，尚未经评查人复核')
  })

  it('in the XLSX ledger, its rows and the summary', async () => {
    const snap = sixFindings()
    const wb = await workbook((await exported(snap, 'ledger-xlsx', 'ledger-x'))[0])
    const ws = wb.getWorksheet('整改台账')!
    const descs: string[] = []
    ws.eachRow((row, n) => {
      if (n > 3) descs.push(String(row.getCell(5).value))
    })
    expect(descs.filter((d) => d.startsWith('【未复核】'))).toHaveLength(4)
    const sum = wb.getWorksheet('整改进度汇总')!
    const head = (sum.getRow(1).values as unknown[]).slice(1)
    const last = sum.getRow(sum.rowCount)
    expect(last.getCell(1).value).toBe('合计')
    expect(result(last.getCell(head.indexOf('其中未复核') + 1))).toBe(4)
  })

  it('in the opinion and the score sheet', async () => {
    const snap = sixFindings()
    const op = await docxText((await exported(snap, 'opinion', 'opinion'))[0])
    expect(op).toContain('共发现问题3个（其中2个为机器检查结果，尚未经评查人复核，已标注“未复核”）')
    expect(op).toContain('送达回证无送达方式（扣1分，未复核）')
    expect(op).not.toContain('立案审批表缺少"案件来源"（扣1分，未复核）')
    const sheet = await docxText((await exported(snap, 'score-sheet', 'sheet'))[0])
    expect(sheet).toContain('送达回证无送达方式（08行政处罚决定书.pdf 第2页）【机器检查结果，未复核】')
    expect(sheet).toContain('【已确认】')
  })
})

describe('exported documents', () => {
  it('no page header carries the rubric file id; working tables name the rubric in Chinese, official documents have none', async () => {
    const snap = sixFindings()
    for (const kind of ['score-sheet', 'opinion', 'report', 'ledger-docx'] as const) {
      const f = (await exported(snap, kind, `hdr-${kind}`))[0]
      const headers = await xmlParts(f, /^word\/header\d*\.xml$/)
      const text = (await docxText(f)).replace(/\s+/g, '')
      expect(text).not.toContain(rubric.id)
      if (kind === 'score-sheet' || kind === 'ledger-docx') {
        expect(headers.length).toBeGreaterThan(0)
        for (const h of headers) expect(h).toContain(`${rubric.name}　版本 ${rubric.version}`)
      } else expect(headers).toHaveLength(0)
      // The id stays where machines look for it.
      expect((await xmlParts(f, /^docProps\/core\.xml$/))[0]).toContain(`${rubric.id} v${rubric.version}`)
    }
  })

  it('the score sheet keeps 评分明细 with its table, repeats the header row, and lists who decided', async () => {
    const snap = sixFindings()
    const files = await exported(snap, 'score-sheet', 'keep')
    const doc = (await xmlParts(files[0], /^word\/document\.xml$/))[0]
    for (const cap of ['一票否决项', '评分明细']) {
      const at = doc.indexOf(`>${cap}<`)
      expect(at).toBeGreaterThan(0)
      const p = doc.slice(doc.lastIndexOf('<w:p>', at), at)
      expect(p).toContain('<w:keepNext/>')
    }
    // Both tables after the info table: header row repeats and never splits; its cells keep with the next row.
    const tables = doc.split('<w:tbl>').slice(2)
    expect(tables.length).toBeGreaterThanOrEqual(2)
    for (const tb of tables) {
      const firstRow = tb.slice(tb.indexOf('<w:tr>'), tb.indexOf('</w:tr>'))
      expect(firstRow).toContain('<w:tblHeader/>')
      expect(firstRow).toContain('<w:cantSplit/>')
      expect(firstRow).toContain('<w:keepNext/>')
    }
    const first = (await docxText(files[0])).replace(/\s+/g, '')
    expect(first).toContain('评查人刘芳')
    expect(first).not.toContain('陈明')
    expect(first).not.toContain('赵强')
    // Nobody decided on the second case: no name is put there.
    const second = (await docxText(files[1])).replace(/\s+/g, '')
    expect(second).toContain('尚无评查人对本卷作出认定')
    expect(second).not.toMatch(/陈明|刘芳|赵强/)
  })

  it('a case without an agency: the opinion has no invented addressee and says which case lacks one; the ledger groups it as 执法单位未识别', async () => {
    const snap = sixFindings()
    snap.cases[1] = { ...snap.cases[1], row: { ...snap.cases[1].row, agency: null } }
    const op = await docxText((await exported(snap, 'opinion', 'noagency'))[1])
    expect(op).not.toContain('未指定单位')
    expect(op).toContain('本案卷未识别出执法单位，本意见书未写主送单位。送达前请核实环罚〔2026〕2号案卷的办案单位并补写')
    expect(op).not.toContain('你单位')
    expect(op).toContain('对环罚〔2026〕2号案卷（当事人：某某化工有限公司）进行了评查')
    const sheet = await docxText((await exported(snap, 'score-sheet', 'noagency'))[1])
    expect(sheet).toContain('未识别（案卷中未读出执法单位）')

    const rows = ledgerRows(snap)
    expect(rows.at(-1)!.values[1]).toBe('执法单位未识别')
    const t = await docxText((await exported(snap, 'ledger-docx', 'noagency'))[0])
    expect(t).toContain('执法单位未识别（以下案卷未能从案卷材料中读出执法单位）')
    expect(t).toContain('环罚〔2026〕2号案卷未识别出执法单位，其问题列于“执法单位未识别”一组')
    expect(t).not.toContain('未指定单位')
    const wb = await workbook((await exported(snap, 'ledger-xlsx', 'noagency'))[0])
    const sum = wb.getWorksheet('整改进度汇总')!
    expect(sum.getColumn(1).values).toContain('执法单位未识别')
  })

  it('the XLSX state column offers the ledger states as a list, and the summary counts every state, 整改中 included', async () => {
    const snap = sixFindings()
    const rows = ledgerRows(snap)
    snap.ledger = [{ id: 1, caseId: rows[0].caseId, findingId: rows[0].findingId, deadline: null, owner: null, progress: '已整改' }]
    const wb = await workbook((await exported(snap, 'ledger-xlsx', 'states'))[0])
    const ws = wb.getWorksheet('整改台账')!
    for (let n = 4; n <= ws.rowCount; n++) {
      const dv = ws.getCell(n, 10).dataValidation
      expect(dv?.type).toBe('list')
      expect(dv?.formulae).toEqual([`"${LEDGER_STATES.join(',')}"`])
    }
    expect(LEDGER_STATES).toEqual(['未整改', '整改中', '已整改'])
    const sum = wb.getWorksheet('整改进度汇总')!
    const head = (sum.getRow(1).values as unknown[]).slice(1)
    for (const s of LEDGER_STATES) expect(head).toContain(s)
    const total = sum.getRow(sum.rowCount)
    const v = (name: string) => result(total.getCell(head.indexOf(name) + 1))
    expect(v('问题数')).toBe(5)
    expect(v('未整改')).toBe(4)
    expect(v('整改中')).toBe(0)
    expect(v('已整改')).toBe(1)
    expect(v('整改完成率')).toBeCloseTo(0.2, 6)
    // The counts are formulas over the ledger sheet, so they follow the agency's edits.
    expect((total.getCell(head.indexOf('整改中') + 1).value as ExcelJS.CellFormulaValue).formula).toContain('整改中')
  })
})

describe('long quotations', () => {
  it.each([
    // A statute clause cut mid-word by the check: cut back to the last whole clause, with an ellipsis.
    ['决定书处以较重处罚（“上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许”）', '决定书处以较重处罚（“上的，并处货值金额十倍以上二十倍以下罚款……”）'],
    ['引用条文（"违反本法规定，未取得许可从事经营活动的，由县级以上人民政府有关部门责令改正"）', '引用条文（"违反本法规定，未取得许可从事经营活动的……"）'],
    // Names and labels have no clause boundary: never cut, the difference may be at the end.
    ['当事人名称写作“北京市朝阳区某某某某科技发展有限责任公司第一分公司”，与决定书不一致', '当事人名称写作“北京市朝阳区某某某某科技发展有限责任公司第一分公司”，与决定书不一致'],
    ['送达回证的“送达方式”一栏为空', '送达回证的“送达方式”一栏为空'],
  ])('%s', (msg, want) => {
    expect(clipQuotes(msg)).toBe(want)
    expect(plainMessage(msg)).toBe(want)
  })

  it('the documents show the cut quotation; the finding keeps its full text and evidence', async () => {
    const snap = sixFindings()
    const long = '决定书处以较重处罚（“上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许”），未见法制审核意见'
    const f = snap.cases[1].result!.findings[0]
    snap.cases[1].result!.findings[0] = { ...f, message: long, evidence: [{ file: '07案件处理审批表.pdf', page: 1, text: long }] }
    const sheet = await docxText((await exported(snap, 'score-sheet', 'quote'))[1])
    expect(sheet).toContain('罚款……”）')
    expect(sheet).not.toContain('吊销许')
    expect(sheet).toContain('07案件处理审批表.pdf 第1页')
    expect(snap.cases[1].result!.findings[0].message).toBe(long)
  })
})
