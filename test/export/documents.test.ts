/**
 * Every export built from the fixture project, converted by LibreOffice to PDF and read back as text:
 * headings, table headers and figures must match the snapshot. Page PNGs land in test-output/export/png
 * for a look by eye.
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportDocuments } from '../../electron/engine/export'
import { barChart } from '../../electron/engine/export/charts'
import { buildReport } from '../../electron/engine/export/report'
import { LEDGER_COLUMNS, ledgerRows } from '../../electron/engine/export/ledger'
import { CATEGORIES, caseProblems, decideFindings, percent, projectStats, pts, reviewStats, rubricHeader } from '../../electron/engine/export/model'
import { fixtureSnapshot } from './fixture'
import { bodyText, docxText, hasTool, pdfPages, pdfPngs, squash, toPdf } from './pdf'

const OUT = join(process.cwd(), 'test-output', 'export')
const snap = fixtureSnapshot()
const st = projectStats(snap)
const vetoIdx = snap.cases.findIndex((c) => c.score!.vetoed)
// A case with both a rejected and an adjusted finding shows how decisions are reflected.
const decidedIdx = snap.cases.findIndex(
  (c) => c.decisions.some((d) => d.action === 'reject') && c.decisions.some((d) => d.action === 'adjust') && !c.score!.vetoed,
)


const files: Record<string, string[]> = {}
const pdf: Record<string, string> = {}
const text: Record<string, string> = {}

beforeAll(async () => {
  for (const t of ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo']) if (!hasTool(t)) throw new Error(`${t} is needed (apt: libreoffice-writer-nogui, poppler-utils)`)
  rmSync(OUT, { recursive: true, force: true })
  for (const k of ['score-sheet', 'opinion', 'report', 'ledger-docx', 'ledger-xlsx'] as const) files[k] = await exportDocuments(snap, k, join(OUT, 'docs'))
  const pick = {
    'sheet-veto': files['score-sheet'][vetoIdx],
    'sheet-decided': files['score-sheet'][decidedIdx],
    'opinion-veto': files.opinion[vetoIdx],
    'opinion-decided': files.opinion[decidedIdx],
    report: files.report[0],
    ledger: files['ledger-docx'][0],
  }
  const pdfs = toPdf(Object.values(pick), join(OUT, 'pdf'))
  Object.keys(pick).forEach((k, i) => {
    pdf[k] = pdfs[i]
    text[k] = bodyText(pdfs[i], rubricHeader(snap.rubric))
    pdfPngs(pdfs[i], join(OUT, 'png'), k)
  })
}, 180_000)

describe('files', () => {
  it('one score sheet and one opinion per case, one report, one ledger of each form', () => {
    expect(vetoIdx).toBeGreaterThanOrEqual(0)
    expect(decidedIdx).toBeGreaterThanOrEqual(0)
    expect(files['score-sheet']).toHaveLength(snap.cases.length)
    expect(files.opinion).toHaveLength(snap.cases.length)
    expect(new Set(files['score-sheet']).size).toBe(snap.cases.length)
    expect(files.report).toHaveLength(1)
    expect(files['ledger-xlsx'][0]).toMatch(/\.xlsx$/)
  })
})

describe('GB/T 9704 layout in the DOCX itself', () => {
  async function xml(file: string, part: string) {
    const z = await JSZip.loadAsync(readFileSync(file))
    return (await z.file(part)?.async('string')) ?? ''
  }
  it('A4, margins 37/35/28/26 mm, 仿宋_GB2312 三号 body, 小标宋 二号 title, 黑体 headings, "— 1 —" page numbers', async () => {
    const f = files.report[0]
    const doc = await xml(f, 'word/document.xml')
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(doc).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/)
    expect(doc).toContain('w:eastAsia="仿宋_GB2312"')
    expect(doc).toContain('w:eastAsia="方正小标宋简体"')
    expect(doc).toContain('w:eastAsia="黑体"')
    expect(doc).toMatch(/<w:sz w:val="44"\/>/)
    expect(doc).toMatch(/<w:sz w:val="32"\/>/)
    const z = await JSZip.loadAsync(readFileSync(f))
    const footers = await Promise.all(Object.keys(z.files).filter((n) => /word\/footer\d+\.xml/.test(n)).map((n) => z.file(n)!.async('string')))
    expect(footers.some((x) => x.includes('— ') && /PAGE/.test(x) && x.includes('w:jc w:val="right"'))).toBe(true)
    expect(footers.some((x) => x.includes('w:jc w:val="left"'))).toBe(true)
    const fonts = await xml(f, 'word/fontTable.xml')
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>')
    expect(Object.keys(z.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(2)
  })
  it('the working tables name the rubric in Chinese in their page header; the id and version stay in the document properties', async () => {
    for (const f of [files['score-sheet'][0], files.opinion[0], files.report[0], files['ledger-docx'][0]]) {
      const z = await JSZip.loadAsync(readFileSync(f))
      const headers = await Promise.all(Object.keys(z.files).filter((n) => /word\/header\d+\.xml/.test(n)).map((n) => z.file(n)!.async('string')))
      const table = f === files['score-sheet'][0] || f === files['ledger-docx'][0]
      // GB/T 9704 documents (通报, 意见书) carry no running header.
      expect(headers.length > 0).toBe(table)
      for (const h of headers) {
        expect(h).toContain('行政处罚案卷评查标准（通用）　版本 2026.1')
        expect(h).not.toContain('penalty-generic')
      }
      expect(await xml(f, 'docProps/core.xml')).toContain('penalty-generic v2026.1')
    }
  })
  it('the ledger is landscape', async () => {
    const doc = await xml(files['ledger-docx'][0], 'word/document.xml')
    expect(doc).toMatch(/w:orient="landscape"/)
  })
})

describe('score sheet (案卷评查评分表)', () => {
  it('carries the case, the rubric id and version, the items and the signature lines', () => {
    const c = snap.cases[decidedIdx]
    const t = text['sheet-decided']
    for (const s of ['行政执法案卷评查评分表', c.row.caseNumber!, c.row.agency!, c.row.party!, '2026年11月23日', snap.rubric.name, '版本2026.1', '评查人（签名）', '复核人（签名）'])
      expect(t).toContain(squash(s))
    expect(t).not.toContain('penalty-generic')
    for (const h of ['序号', '评查内容', '分值', '扣分', '得分', '扣分理由及证据']) expect(t).toContain(h)
    // 评查人: who decided on this case, not the whole panel.
    const deciders = [...new Set(c.decisions.map((d) => d.reviewer))]
    expect(deciders.length).toBeGreaterThan(0)
    for (const r of snap.project.reviewers) expect(t.includes(r)).toBe(deciders.includes(r))
    expect(t).toContain(`总分${pts(c.score!.total)}分等级：${c.score!.grade}`)
    for (const s of snap.rubric.sections) {
      const ss = c.score!.sections.find((x) => x.id === s.id)!
      expect(t).toContain(squash(`${s.title}（${s.points}分，扣${pts(ss.deducted)}分，得${pts(ss.score)}分）`))
    }
    expect(pdfPages(pdf['sheet-decided'])).toBeGreaterThanOrEqual(2)
    expect(pdfPages(pdf['sheet-decided'])).toBeLessThanOrEqual(6)
  })
  it('marks rejected and adjusted findings and cites file and page', () => {
    const c = snap.cases[decidedIdx]
    const t = text['sheet-decided']
    expect(t).toContain('已驳回，不扣分')
    const adj = decideFindings(c).find((f) => f.outcome === 'adjusted')!
    expect(t).toContain(`调整为扣${pts(adj.points)}分`)
    const ev = c.result!.findings[0].evidence[0]
    expect(t).toContain(squash(`${ev.file}第${ev.page}页`))
  })
  it('shows the veto and a zero total', async () => {
    const c = snap.cases[vetoIdx]
    // the document's own text: how LibreOffice wraps a cell depends on the machine's fonts
    const t = squash(await docxText(files['score-sheet'][vetoIdx]))
    expect(t).toContain('存在，一票否决')
    expect(t).toContain('总分0分等级：不合格')
    expect(t).toContain('触发一票否决（总分计为0分）')
    const vetoTitle = snap.rubric.veto.items.find((v) => v.id === c.score!.vetoItems[0])!.title
    expect(t).toContain(squash(vetoTitle).slice(0, 12)) // the cell may wrap the rest
  })
})

describe('opinion (评查意见书)', () => {
  it('lists the standing problems by section with basis and remediation, and leaves out rejected ones', () => {
    const i = decidedIdx
    const c = snap.cases[i]
    const t = text['opinion-decided']
    expect(t).toContain('行政执法案卷评查意见书')
    expect(t).toContain(squash(`${c.row.agency}：`))
    expect(t).toContain(squash(`依照《${snap.rubric.name}》（版本 ${snap.rubric.version}）`))
    const problems = caseProblems(snap, i)
    expect(t).toContain(`共发现问题${problems.length}个`)
    for (const p of problems) {
      expect(t).toContain(squash(p.path[0]) + '方面的问题')
      expect(t).toContain(squash(p.remediation).slice(0, 20))
    }
    const rejected = decideFindings(c).filter((f) => f.outcome === 'rejected')
    for (const f of rejected) if (!problems.some((p) => p.description.startsWith(f.finding.message))) expect(t).not.toContain(squash(f.finding.message))
    expect(t).toContain('整改要求')
  })
  it('states the veto first', () => {
    const t = text['opinion-veto']
    expect(t).toContain('一、一票否决问题')
    expect(t).toContain('该案卷存在一票否决情形')
  })
})

describe('report (评查通报)', () => {
  const t = () => text.report
  it('has the four parts and the scope', () => {
    for (const h of ['一、基本情况', '二、评查结果', '三、存在的主要问题', '四、整改要求', '（二）各单位得分排名']) expect(t()).toContain(h)
    // The project records a planned ratio (30%) but no draw: the scope is the cases imported, no ratio is claimed.
    expect(snap.project.samplingRatio).toBe(0.3)
    expect(t()).toContain(`本次评查范围为导入的全部案卷（共${st.cases}卷）`)
    expect(t()).toContain(`共${st.agencies.length}个执法单位`)
    expect(t()).not.toContain('比例随机抽取')
    expect(t()).not.toContain('30.0%')
    expect(t()).not.toContain('未报送')
    expect(t()).toContain(squash(`依照《${snap.rubric.name}》（版本 ${snap.rubric.version}）`))
    // 版记 at the end.
    expect(t()).toMatch(new RegExp(`抄送：${st.agencies.join('、')}。评查组2026年11月23日印发$`))
  })
  it('states average, 优秀率 and 合格率 as computed from the snapshot', () => {
    expect(t()).toContain(`平均得分${pts(st.average!)}分`)
    expect(t()).toContain(`优秀率${percent(st.excellentRate)}`)
    expect(t()).toContain(`合格率${percent(st.passRate)}`)
  })
  it('ranks the agencies in order', () => {
    const from = t().indexOf('各单位得分排名')
    const pos = st.ranking.map((a) => t().indexOf(`${a.agency}${a.cases}${pts(a.average!)}${a.grade}`, from))
    expect(pos.every((p) => p > 0)).toBe(true)
    expect([...pos].sort((a, b) => a - b)).toEqual(pos)
  })
  it('counts problems by category with typical examples, and draws two charts', () => {
    const rs = reviewStats(snap)
    expect(rs.reviewed).toBeGreaterThan(0)
    expect(rs.unreviewed).toBeGreaterThan(0)
    expect(t()).toContain(`评查共发现问题${rs.found}个，其中经评查人复核${rs.reviewed}个`)
    expect(t()).toContain(`其余${rs.unreviewed}个尚未复核`)
    expect(t()).toContain(`计入扣分（含一票否决）的问题共${st.problems.length}个`)
    expect(t()).not.toContain('已剔除不成立的问题')
    for (const c of st.byCategory) {
      expect(t()).toContain(`${c.category}方面共${c.count}个问题，涉及案卷${c.cases}件`)
      expect(t()).toContain(`${c.category}${c.count}${c.cases}件${percent(c.count / st.problems.length)}`)
    }
    expect(t()).toContain('图1案卷得分分布')
    expect(t()).toContain('图2问题类别分布')
    expect(pdfPages(pdf.report)).toBeGreaterThanOrEqual(4)
    expect(pdfPages(pdf.report)).toBeLessThanOrEqual(10)
  })
})

describe('rectification ledger (整改台账)', () => {
  const rows = ledgerRows(snap)
  it('DOCX: the ten columns, one row per problem, the recorded progress', () => {
    const t = text.ledger
    for (const h of LEDGER_COLUMNS) expect(t).toContain(h)
    expect(t).toContain(`共${rows.length}个问题`)
    expect(t).toContain('已整改')
    expect(t).toContain(squash(snap.rubric.name))
    expect(t).toContain('【未复核】')
    expect(pdfPages(pdf.ledger)).toBeGreaterThanOrEqual(2)
  })
  it('XLSX: header, rows, hidden keys and ledger entries read back', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(files['ledger-xlsx'][0]) as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('整改台账')!
    expect(String(ws.getCell(2, 1).value)).toContain(snap.rubric.name)
    expect(String(ws.getCell(2, 1).value)).toContain('2026.1')
    const header = (ws.getRow(3).values as unknown[]).slice(1)
    expect(header).toEqual([...LEDGER_COLUMNS, '案卷ID', '问题ID'])
    expect(ws.rowCount).toBe(3 + rows.length)
    expect(ws.getColumn(11).hidden).toBe(true)
    const sum = wb.getWorksheet('整改进度汇总')!
    const last = sum.getRow(sum.rowCount)
    expect(last.getCell(1).value).toBe('合计')
    // Formula cells carry the value computed at export (exceljs reads a stored 0 back as no result).
    const value = (col: number) => (last.getCell(col).value as ExcelJS.CellFormulaValue).result ?? 0
    expect(value(2)).toBe(rows.length)
    const head = sum.getRow(1).values as unknown[]
    for (const state of ['已整改', '整改中']) {
      const n = rows.filter((r) => r.values[9] === state).length
      expect(n).toBeGreaterThan(0)
      expect(value(head.indexOf(state))).toBe(n)
    }
    const done = rows.filter((r) => r.values[9] === '已整改').length
    expect(value(sum.columnCount)).toBeCloseTo(done / rows.length, 6)
    for (const e of snap.ledger) {
      let found = false
      ws.eachRow((row, n) => {
        if (n > 3 && row.getCell(11).value === e.caseId && row.getCell(12).value === e.findingId) {
          found = true
          expect(row.getCell(8).value).toEqual(new Date(`${e.deadline}T00:00:00Z`))
          expect(row.getCell(8).numFmt).toContain('年')
          expect(row.getCell(9).value).toBe(e.owner)
          expect(row.getCell(10).value).toBe(e.progress)
        }
      })
      expect(found).toBe(true)
    }
  })
})

describe('charts', () => {
  const bars = [
    { label: '60分以下', asciiLabel: '<60', value: 1 },
    { label: '90分以上', asciiLabel: '90+', value: 4 },
  ]
  it('renders PNG with a CJK font when the system has one', () => {
    const c = barChart(bars, { title: '案卷得分分布', asciiTitle: 'Scores', unit: '件' })
    expect(c.png.subarray(1, 4).toString()).toBe('PNG')
    expect(c.cjk).toBe(true)
  })
  it('without a CJK font the bulletin still builds, and its caption gives the key to the C1… labels', async () => {
    const t = await docxText(await buildReport(snap, { fontPaths: ['/nonexistent/font.ttc'] }))
    const first = st.byCategory[0].category
    expect(t).toContain(`C${CATEGORIES.indexOf(first) + 1}：${first}`)
  })
  it('degrades to ASCII labels without a CJK font', () => {
    const c = barChart(bars, { title: '案卷得分分布', asciiTitle: 'Scores', unit: '件', fontPaths: ['/nonexistent/font.ttc'] })
    expect(c.png.subarray(1, 4).toString()).toBe('PNG')
    expect(c.cjk).toBe(false)
  })
})
