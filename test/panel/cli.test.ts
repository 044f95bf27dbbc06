/**
 * `pingcha sample` and `pingcha agreement`: the JSON shapes of the contract, CSV and XLSX frames, Chinese messages and
 * exit codes for unusable input (never a stack trace).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from '../cli-run'
import { drawSample } from '../../shared/panel'
import { COHEN_1968, SHROUT_FLEISS } from './published'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
let dir: string
const UNITS = ['甲市场监督管理局', '乙生态环境局', '丙交通运输局', '丁应急管理局']
// 60 cases from 4 units (27, 18, 10, 5), as the organiser's 案卷目录 lists them.
const FRAME = UNITS.flatMap((unit, u) => Array.from({ length: [27, 18, 10, 5][u] }, (_, i) => ({ case: `${unit.slice(0, 1)}罚〔2024〕${i + 1}号`, unit, type: i % 3 ? '行政处罚' : '行政许可' })))
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n'


/** The command fails with this exit code and message, and no stack trace; `@name` is a file of the test folder. */
async function refuses(command: string, argv: string[], code: number, message: string) {
  const r = await run(command, ...argv.map((a) => (a.startsWith('@') ? join(dir, a.slice(1)) : a)))
  expect(r.code).toBe(code)
  expect(r.stderr).toContain(message)
  expect(r.stderr).not.toMatch(/\n\s+at /)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-panel-'))
  writeFileSync(join(dir, 'frame.csv'), csv([['case', 'unit', 'type'], ...FRAME.map((r) => [r.case, r.unit, r.type])]))
  writeFileSync(join(dir, 'frame-reversed.csv'), csv([['unit', 'case'], ...[...FRAME].reverse().map((r) => [r.unit, r.case])]))
  writeFileSync(join(dir, 'frame-gbk.csv'), iconv.encode(csv([['案号', '执法单位'], ...FRAME.map((r) => [r.case, r.unit])]), 'gb18030'))
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('案卷目录')
  ws.addRow(['序号', '案号', '执法单位', '案件类型'])
  FRAME.forEach((r, i) => ws.addRow([i + 1, r.case, r.unit, r.type]))
  await wb.xlsx.writeFile(join(dir, 'frame.xlsx'))
  const grades = ['不合格', '合格', '良好']
  const sf = SHROUT_FLEISS.flatMap((row, i) => row.map((score, j) => [`T${i + 1}`, `评查员${j + 1}`, String(score), score >= 7 ? '良好' : score >= 4 ? '合格' : '不合格']))
  writeFileSync(join(dir, 'sf.csv'), csv([['case', 'reviewer', 'score', 'grade'], ...sf]))
  let id = 0
  const cohen: string[][] = []
  COHEN_1968.forEach((row, i) => row.forEach((c, j) => Array.from({ length: c }, () => (id++, cohen.push([`C${id}`, '甲', String(60 + i), grades[i]], [`C${id}`, '乙', String(60 + j), grades[j]])))))
  writeFileSync(join(dir, 'cohen.csv'), csv([['案号', '评查人', '得分', '等次'], ...cohen]))
  writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
  writeFileSync(join(dir, 'bad-score.csv'), csv([['case', 'reviewer', 'score', 'grade'], ['A', '甲', '八十', '合格']]))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pingcha sample', () => {
  const args = ['--rate', '0.1', '--min', '3', '--seed', '2024年度评查 摇号 0815', '--json']

  it('prints { seed, frameSha256, rate, min, strata: [{ unit, N, n, picks }] } — the draw of the engine', async () => {
    const r = await run('sample', '--frame', join(dir, 'frame.csv'), ...args)
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(Object.keys(j)).toEqual(['seed', 'frameSha256', 'rate', 'min', 'by', 'strata', 'exclusions'])
    expect([j.seed, j.rate, j.min]).toEqual(['2024年度评查 摇号 0815', 0.1, 3])
    expect(j.strata.map((s: { unit: string; N: number; n: number }) => [s.unit, s.N, s.n])).toEqual([
      ['丁应急管理局', 5, 3],
      ['丙交通运输局', 10, 3],
      ['乙生态环境局', 18, 3],
      ['甲市场监督管理局', 27, 3],
    ])
    const engine = drawSample(FRAME, { rate: 0.1, min: 3, seed: '2024年度评查 摇号 0815' })
    expect(j.strata.map((s: { picks: string[] }) => s.picks)).toEqual(engine.strata.map((s) => s.picks.map((p) => p.case)))
    expect(j.frameSha256).toBe(engine.frameSha256)
  })

  it('draws the same from the frame in another order, from an XLSX with Chinese headers and from a GB18030 CSV', async () => {
    const picks = async (file: string) => JSON.parse((await run('sample', '--frame', join(dir, file), ...args)).stdout).strata
    const base = await picks('frame.csv')
    expect(await picks('frame-reversed.csv')).toEqual(base)
    expect(await picks('frame.xlsx')).toEqual(base)
    expect(await picks('frame-gbk.csv')).toEqual(base)
  })

  it('strata by unit and type carry the type; a percentage rate is read as a share', async () => {
    const j = JSON.parse((await run('sample', '--frame', join(dir, 'frame.xlsx'), '--rate', '20%', '--min', '1', '--seed', 's', '--by', 'unit,type', '--json')).stdout)
    expect(j.rate).toBe(0.2)
    expect(j.strata).toHaveLength(8)
    expect(j.strata[0]).toMatchObject({ unit: '丁应急管理局', type: '行政处罚', N: 3, n: 1 })
  })

  it('tells the draw in Chinese without --json', async () => {
    const r = await run('sample', '--frame', join(dir, 'frame.csv'), '--rate', '0.1', '--min', '3', '--seed', 'x')
    expect(r.stdout).toContain('抽取记录')
    expect(r.stdout).toContain('甲市场监督管理局：共 27 卷，抽取 3 卷')
    expect(r.stdout).toContain('合计 4 层，抽取 12 卷。')
  })

  it.each([
    [['--frame', 'nope.csv', '--rate', '0.1', '--min', '3', '--seed', 's'], 1, '找不到评查范围文件：nope.csv'],
    [['--frame', '@sf.csv', '--rate', '0.1', '--min', '3', '--seed', 's'], 1, '评查范围文件缺少列 “执法单位”'],
    [['--frame', '@frame-reversed.csv', '--rate', '0.1', '--min', '3', '--seed', 's', '--by', 'unit,type'], 1, '缺少列 “案件类型”'],
    [['--frame', '@frame.csv', '--rate', '1.5', '--min', '3', '--seed', 's'], 2, '抽取比例应为大于 0、不大于 1 的数'],
    [['--frame', '@frame.csv', '--rate', '0.1', '--min', '2.5', '--seed', 's'], 2, '每单位最少抽取数应为不小于 0 的整数'],
    [['--frame', '@frame.csv', '--rate', '0.1', '--min', '3', '--seed', ' '], 2, '随机种子不能为空'],
    [['--frame', '@frame.csv', '--rate', '0.1', '--min', '3'], 2, 'sample 需要 --seed'],
    [['--frame', '@frame.csv', '--rate', '0.1', '--min', '3', '--seed', 's', '--by', 'type'], 2, '分层方式应为 unit'],
  ])('%j → exit %i, %s', (argv, code, message) => refuses('sample', argv, code, message))
})

describe('pingcha agreement', () => {
  it('prints { n, raters, percentAgreement, kappa, weightedKappa: { linear, quadratic }, icc: { model, value, ci95 } }', async () => {
    const r = await run('agreement', '--ratings', join(dir, 'sf.csv'), '--grades', '不合格,合格,良好', '--json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(Object.keys(j).slice(0, 6)).toEqual(['n', 'raters', 'percentAgreement', 'kappa', 'weightedKappa', 'icc'])
    expect(Object.keys(j.weightedKappa)).toEqual(['linear', 'quadratic'])
    expect([j.n, j.raters, j.icc.model]).toEqual([6, 4, 'A,1'])
    // Shrout & Fleiss (1979): ICC(2,1) = 0.29; psych::ICC's 95% bounds 0.019 and 0.76.
    expect(j.icc.value).toBeCloseTo(0.29, 3)
    expect(j.icc.ci95[0]).toBeCloseTo(0.019, 3)
    expect(j.icc.ci95[1]).toBeCloseTo(0.76, 2)
  })

  it('reads Chinese headers; two reviewers on Cohen’s 1968 table give κ = .492 and 70 % agreement', async () => {
    const j = JSON.parse((await run('agreement', '--ratings', join(dir, 'cohen.csv'), '--grades', '不合格，合格，良好', '--json')).stdout)
    expect(j.kappa).toBeCloseTo(0.492, 3)
    expect(j.percentAgreement).toBeCloseTo(70, 10)
    expect([j.n, j.raters, j.kappaMethod]).toEqual([200, 2, 'cohen'])
  })

  it('tells the statistics in Chinese with the band systems named', async () => {
    const r = await run('agreement', '--ratings', join(dir, 'sf.csv'), '--grades', '不合格,合格,良好')
    expect(r.stdout).toContain('评查一致性：6 卷，4 名评查人')
    expect(r.stdout).toContain('Landis–Koch（1977）分级')
    expect(r.stdout).toContain('ICC(A,1)（双向随机、绝对一致、单个评查人）= 0.290，95% 置信区间 0.019–0.761（Koo–Li（2016）分级：差')
  })

  it.each([
    [['--ratings', 'nope.csv', '--grades', 'a,b'], 1, '找不到评分文件：nope.csv'],
    [['--ratings', '@frame.csv', '--grades', 'a,b'], 1, '评分文件缺少列 reviewer（评查人）'],
    [['--ratings', '@bad-score.csv', '--grades', '不合格,合格'], 1, '评分文件第 2 行：得分“八十”不是数值'],
    [['--ratings', '@sf.csv', '--grades', '合格,良好'], 1, '等次“不合格”不在 --grades 列出的等次中'],
    [['--ratings', '@sf.csv'], 2, 'agreement 需要 --grades'],
    [['--ratings', '@old.xls', '--grades', 'a,b'], 1, '不支持旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv'],
  ])('%j → exit %i, %s', (argv, code, message) => refuses('agreement', argv, code, message))
})

describe('as a process', () => {
  const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { cwd: ROOT, encoding: 'utf8' }).trim()
  it('writes the whole JSON into a pipe and exits 0; unusable input exits 1 with one Chinese line', () => {
    const j = JSON.parse(sh(`node bin/pingcha.js sample --frame '${join(dir, 'frame.csv')}' --rate 1 --min 0 --seed s --json | cat`))
    expect(j.strata.reduce((a: number, s: { n: number }) => a + s.n, 0)).toBe(60)
    expect(sh(`node bin/pingcha.js agreement --ratings '${join(dir, 'nope.csv')}' --grades a,b 2>&1; echo "exit $?"`)).toBe(`错误：找不到评分文件：${join(dir, 'nope.csv')}\nexit 1`)
  })
})
