/**
 * The `pingcha` command line (npm run pingcha -- <args>). The contract in the README is stable:
 * reviewers' scripts depend on it. Exit 0 on success even when findings exist; non-zero with a clear
 * message for unusable input or a stage that is not built yet.
 */
import { parseArgs } from 'node:util'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { EngineError } from '../shared/errors'
import type { CaseResult } from '../shared/types'
import { segmentPages } from '../shared/segment'
import { extractDocFacts, toExtractOutput } from '../shared/extract'
import { createCalendar } from '../shared/calendar'
import { drawSample, KAPPA_METHOD_NAMES, KOO_LI_NAME, LANDIS_KOCH_NAME, panelAgreement, readColumns, sampleOptionProblems, WEIGHT_NAMES, type AgreementReport, type Draw } from '../shared/panel'
import { ingest } from './engine/ingest'
import { openLaws } from './engine/laws'
import { commitLawImports, describePlanned, exportUserLaws, lawCurrency, listUserLaws, planLawImports, previewOf, removeUserLaw } from './engine/laws/import'
import { LAW_CATEGORIES, type LawCategory } from '../shared/law/parse-text'
import { exportDocuments } from './engine/export'
import { appPaths, ownFolder } from './engine/paths'
import { findCaseFolders } from './engine/case-folders'
import { loadRubricFile, resolveRubric, rubricLibrary, runRubricExamples, userRubricsDir } from './engine/rubrics'
import { checkFolder, ENGINE_VERSION } from './engine/pipeline'
import { EngineService } from './engine/service'
import { readFrame, readTableFile } from './engine/tables'
import { createBridge, listen } from './serve'

const HELP = `评查助手 Pingcha ${ENGINE_VERSION} — 行政执法案卷评查（全部在本机离线运行）

用法 Usage: pingcha <command> [options]

  check <case-folder>... [--rubric <id|id@version|file>] [--json <file|->] [--docx <dir>] [--db <file>]
        评查案卷：读取 → 拆分识别 → 要素提取 → 规则检查 → 评分。
        一个参数可以是一个案卷文件夹，也可以是包含多个案卷的上级文件夹。
        --rubric  评查标准编号（最新版本）、编号@版本（含在程序中另存的版本）或 YAML 文件（默认 general-penalty）
        --json    输出 JSON 到文件，或 - 输出到标准输出（一个案卷为对象，多个为数组）
        --docx    把每卷的评分表和评查意见书写到该目录
        --db      同时把结果存入该评查项目数据库（不存在则新建）；已有的项目按它保存的评查标准副本评查
  extract <file> [--json]          一个文件的文书类型与要素（日期、法律依据、金额、当事人、执法人员、案号）
  ingest <case-folder> [--json]    读取案卷：每页的文字行与位置（扫描件离线 OCR）
  rubric list                      列出评查标准的每个版本（程序自带的和在程序中另存的）
  rubric validate <file>           校验评查标准文件，错误注明行号和字段
  rubric test <file>               运行评查标准自带的样例案卷
  report --db <file> [--kind report|ledger-docx|ledger-xlsx|score-sheet|opinion] [--out <dir>]
                                   从评查项目数据库生成报告、通报、整改台账
  serve [--port N] [--static <dir>] [--data <dir>]
                                   本机回环 HTTP 接口（仅 127.0.0.1），供浏览器中的界面使用
  demo [--out <dir>]               评查 resources/samples/ 中的样例案卷并写出报告
  sample --frame <file.csv|xlsx> --rate <r> --min <n> --seed <text> [--by unit|unit,type] [--json]
                                   按单位（或单位和案件类型）分层随机抽取案卷：每层抽 min(总数, max(最少数, ⌈比例×总数⌉)) 卷，
                                   按 SHA-256(种子, 单位, 案号) 排序取前 n 卷，可复核、与行序无关。
                                   评查范围文件的列：case（案号）、unit（执法单位）、可选 type（案件类型）
  laws import <file>... [--yes] [--json] [--title <标题>] [--category <类别>] [--effective <YYYY-MM-DD>]
                                   导入法律、法规、规章的公布文本（DOCX、带文字的 PDF、TXT、网页 HTML，或同事导出的
                                   法规文件 .json）：先显示解析结果（条数、首条和末条、日期、类别、与已有版本相比的条文变化），
                                   确认后加入本机的用户法规库（--yes 直接确认，供脚本使用）。已有法规的新文本自其施行日期起
                                   成为该法规的新版本。用户法规库保存在数据文件夹中，升级程序后仍保留。
  laws export <file> [--id <编号>]...  把用户法规库（或其中几部）导出为一个文件，分享给同事（不覆盖已有文件）
  laws list [--json]               列出用户法规库中的法规
  laws remove <编号>               从用户法规库中删除一部法规（一个版本）
  laws status [--json]             法规库现状：内置数据版本、用户导入数量、各类别最新施行日期
                                   评查一致性：等次的 κ 与加权 κ、总分的 ICC(A,1) 及 95% 置信区间。
                                   评分文件的列：case（案号）、reviewer（评查人）、score（总分）、grade（等次）

  -h, --help      显示本帮助
  -v, --version   显示版本

退出码：0 成功（即使发现问题）；1 输入无法使用；2 用法错误；3 功能尚未实现。
`

class UsageError extends Error {}

function out(s: string) {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`)
}

/**
 * Resolves once everything written to stdout and stderr has been handed to the operating system. Standard output
 * into a pipe is written asynchronously: exiting before this would cut the output (at 64 KB, a pipe's buffer).
 */
export async function flushOutput(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      (s) =>
        new Promise<void>((done) => {
          if (s.destroyed || s.writableEnded || !s.writable) return done()
          s.write('', () => done())
        }),
    ),
  )
}

/** A reader that went away (`pingcha … | head`) ends the command quietly instead of with a stack trace. */
function quietOnClosedPipe() {
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0)
      throw e
    })
  }
}

/**
 * Both launchers (bin/pingcha.js and `npm run pingcha`, which runs this file) end here: run the command, let its
 * whole output drain, then exit with its code. `serve` keeps running until it is stopped.
 */
export async function run(argv: string[]): Promise<void> {
  quietOnClosedPipe()
  ownerOnlyFiles()
  const code = await main(argv)
  await flushOutput()
  process.exit(code)
}

/**
 * Every file the app writes holds case data (projects, settings, the OCR cache's text, reports): created owner-only.
 * The umask covers what the engine's readers and writers create without a mode of their own.
 */
export function ownerOnlyFiles(): void {
  if (process.platform !== 'win32') process.umask(0o077)
}

/** The CLI's OCR cache: in the app's data folder, owner-only (it holds the text of case files). */
function cliCacheDir(dataDir: string): string {
  const dir = join(dataDir, 'cache')
  ownFolder(dataDir)
  ownFolder(dir)
  return dir
}

function writeJson(target: string | true | undefined, value: unknown) {
  const text = JSON.stringify(value, null, 2)
  if (target === undefined) return
  if (target === true || target === '-') out(text)
  else {
    writeFileSync(resolve(target), `${text}\n`)
    process.stderr.write(`已写出 ${resolve(target)}\n`)
  }
}

function progressPrinter(enabled: boolean) {
  let last = 0
  return (p: { stage: string; done: number; total: number; current?: string }) => {
    if (!enabled) return
    const t = Date.now()
    if (t - last < 500 && p.done !== p.total) return
    last = t
    process.stderr.write(`  [${p.stage}] ${p.done}/${p.total || '?'} ${p.current ?? ''}\n`)
  }
}

function summary(r: CaseResult): string {
  const lines = [
    `案卷 ${r.case.folder}`,
    `  案号 ${r.case.caseNumber ?? '（未识别）'}  当事人 ${r.case.party ?? '（未识别）'}  程序 ${r.case.procedure}`,
    `  评查标准 ${r.rubric.id} v${r.rubric.version}  得分 ${r.score}  等次 ${r.grade}${r.vetoed ? '  （一票否决）' : ''}  待人工 ${r.scoreDetail.pending} 项`,
  ]
  for (const f of r.findings) {
    const ev = f.evidence[0]
    lines.push(`  - [${f.kind}${f.status !== 'open' ? `/${f.status}` : ''}] ${f.message}${f.deduction ? `（扣 ${f.deduction} 分）` : ''}${ev ? `  ← ${ev.file}${ev.page ? ` 第${ev.page}页` : ''}` : ''}`)
  }
  for (const e of r.errors) lines.push(`  ! ${e.file}: ${e.message}`)
  return lines.join('\n')
}

async function cmdCheck(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { rubric: { type: 'string' }, json: { type: 'string' }, docx: { type: 'string' }, db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  })
  if (positionals.length === 0) throw new UsageError('check 需要至少一个案卷文件夹')
  const paths = appPaths()
  const named = values.rubric ?? 'general-penalty'
  let { rubric } = resolveRubric(named, paths.rubricsDir, userRubricsDir(paths.dataDir))
  const folders = positionals.flatMap((p) => {
    if (!existsSync(p)) throw new EngineError('unusable-input', `找不到：${p}`)
    const found = findCaseFolders(resolve(p))
    if (found.length === 0) throw new EngineError('unusable-input', `${p} 中没有可读取的案卷文件（PDF、Word、图片、TXT、OFD）`)
    return found
  })
  const laws = await openLaws(paths.resourcesDir, paths.dataDir)
  const calendar = createCalendar()
  const service = values.db ? new EngineService({ transport: 'http', paths: { dataDir: paths.dataDir }, rubricFiles: true }) : null
  let projectId: string | null = null
  if (service && values.db) {
    const db = resolve(values.db)
    if (existsSync(db)) {
      // an existing project checks with the copy of the rubric it keeps; another rubric is chosen in the app (更换评查标准)
      const p = await service.call('project.open', { dbPath: db })
      const own = await service.rubricOfProject(p.id)
      if (values.rubric !== undefined && (rubric.id !== own.id || rubric.version !== own.version))
        throw new EngineError('unusable-input', `项目 ${p.name} 使用评查标准 ${own.id}@${own.version}（项目保存的副本），与 --rubric ${values.rubric}（${rubric.id}@${rubric.version}）不同。不写 --rubric 即按项目的标准评查；更换项目的评查标准请在“评查项目”中操作`)
      projectId = p.id
      rubric = own
    } else {
      const p = await service.call('project.create', { name: basename(db).replace(/\.[^.]+$/, ''), rubricId: /@/.test(named) && !existsSync(resolve(named)) ? rubric.id : named, agencies: [], reviewers: [], samplingRatio: null, dbPath: db })
      // id@version of an older version: the new project is switched to it before it has any case
      if (p.rubricVersion !== rubric.version) await service.call('project.setRubric', { projectId: p.id, rubricId: rubric.id, version: rubric.version })
      projectId = p.id
    }
  }
  const results: CaseResult[] = []
  const toStdout = values.json === '-'
  for (const folder of folders) {
    if (!values.quiet) process.stderr.write(`评查 ${folder}\n`)
    const r = await checkFolder(folder, { rubric, laws, calendar, cacheDir: cliCacheDir(paths.dataDir), onProgress: progressPrinter(!values.quiet) })
    results.push(r.result)
    if (service && projectId) await service.saveChecked(projectId, folder, r)
    if (!toStdout) out(summary(r.result))
  }
  if (values.json !== undefined) writeJson(values.json, results.length === 1 ? results[0] : results)
  if (values.docx) {
    const dir = resolve(values.docx)
    mkdirSync(dir, { recursive: true })
    const snapshot = {
      project: { id: 'cli', name: '命令行评查', dbPath: '', rubricId: rubric.id, agencies: [], reviewers: [], samplingRatio: null, createdAt: new Date().toISOString() },
      rubric,
      cases: results.map((result, i) => ({
        row: { id: i + 1, folder: result.case.folder, caseNumber: result.case.caseNumber, agency: null, party: result.case.party, status: '评查中' as const, score: result.score, grade: result.grade, vetoed: result.vetoed, pending: result.scoreDetail.pending, checkedAt: result.provenance.checkedAt },
        result,
        decisions: [],
        score: result.scoreDetail,
      })),
      ledger: [],
      date: new Date().toISOString().slice(0, 10),
    }
    const files = [...(await exportDocuments(snapshot, 'score-sheet', dir)), ...(await exportDocuments(snapshot, 'opinion', dir))]
    for (const f of files) process.stderr.write(`已写出 ${f}\n`)
  }
  await service?.close()
}

async function cmdIngest(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } })
  if (positionals.length !== 1) throw new UsageError('ingest 需要一个案卷文件夹或文件')
  if (!existsSync(positionals[0])) throw new EngineError('unusable-input', `找不到：${positionals[0]}`)
  const paths = appPaths()
  const r = await ingest(resolve(positionals[0]), { cacheDir: cliCacheDir(paths.dataDir), onProgress: progressPrinter(!values.json) })
  if (values.json) return writeJson(true, r)
  for (const p of r.pages) {
    out(`── ${p.file} 第 ${p.page} 页 (${p.source}${p.rotation ? `, 旋转 ${p.rotation}°` : ''})`)
    for (const l of p.lines) out(l.text)
  }
  for (const e of r.errors) out(`! ${e.file}: ${e.message}`)
}

async function cmdExtract(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } })
  if (positionals.length !== 1) throw new UsageError('extract 需要一个文件')
  if (!existsSync(positionals[0])) throw new EngineError('unusable-input', `找不到：${positionals[0]}`)
  const r = await ingest(resolve(positionals[0]), { cacheDir: cliCacheDir(appPaths().dataDir) })
  if (r.pages.length === 0) throw new EngineError('unusable-input', r.errors.map((e) => `${e.file}: ${e.message}`).join('\n') || '文件中没有可读取的文字')
  const docs = segmentPages(r.pages)
  const outputs = docs.map((d) => toExtractOutput(extractDocFacts(d)))
  if (values.json) return writeJson(true, outputs.length === 1 ? outputs[0] : outputs)
  for (const o of outputs) {
    out(`【${o.docType}】 案号 ${o.caseNumber ?? '—'}  当事人 ${o.party.name ?? '—'} ${o.party.creditCode ?? ''}`)
    for (const d of o.dates) out(`  日期 ${d.iso} (${d.role})  ${d.text}`)
    for (const c of o.citations) out(`  依据 《${c.law}》第${c.article}条${c.paragraph ? `第${c.paragraph}款` : ''}${c.item ? `第${c.item}项` : ''}`)
    for (const a of o.amounts) out(`  金额 ${a.yuan} 元 (${a.role})  ${a.text}`)
    for (const p of o.officers) out(`  执法人员 ${p.name} ${p.certNo ?? '（无证号）'}`)
  }
}

async function cmdRubric(argv: string[]) {
  const [sub, ...rest] = argv
  const paths = appPaths()
  if (sub === 'list') {
    // every version, the app's own and those saved in the app; * marks the one new projects use (check --rubric <id>)
    for (const v of rubricLibrary(paths.rubricsDir, userRubricsDir(paths.dataDir)).versions)
      out(`${v.newest ? '*' : ' '} ${v.id.padEnd(28)} v${v.version.padEnd(8)} ${v.builtIn ? '内置' : '自建'}  ${v.appliesTo}  ${v.sector}  ${v.name}`)
    return
  }
  if (sub === 'validate') {
    if (rest.length !== 1) throw new UsageError('rubric validate 需要一个文件')
    const l = loadRubricFile(resolve(rest[0]))
    if (l.validation.ok) return out(`✓ ${rest[0]}：评查标准 ${l.rubric!.id} v${l.rubric!.version} 有效`)
    for (const e of l.validation.errors) out(`${e.file}:${e.line ?? '?'}  ${e.field}  ${e.message}`)
    throw new EngineError('unusable-input', `${rest[0]} 有 ${l.validation.errors.length} 处错误`)
  }
  if (sub === 'test') {
    if (rest.length !== 1) throw new UsageError('rubric test 需要一个文件')
    const l = resolveRubric(resolve(rest[0]), paths.rubricsDir)
    const results = runRubricExamples(l, { laws: await openLaws(paths.resourcesDir), calendar: createCalendar() })
    if (results.length === 0) return out(`${rest[0]}：没有样例（examples）`)
    for (const { name, outcome } of results) {
      out(`${outcome.ok ? '✓' : '✗'} ${name}`)
      for (const m of outcome.missing) out(`    缺少应报告的问题：评查项 ${m.itemId}${m.kind ? ` (${m.kind})` : ''}`)
      for (const u of outcome.unexpected) for (const f of u.findings) out(`    不应报告：评查项 ${u.itemId} [${f.kind}/${f.status}] ${f.message}`)
    }
    const failed = results.filter((r) => !r.outcome.ok).length
    out(`${results.length - failed} passed, ${failed} failed`)
    if (failed) throw new EngineError('unusable-input', `${failed} 个样例未通过`)
    return
  }
  throw new UsageError('rubric 的子命令：list | validate <file> | test <file>')
}

async function cmdServe(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, static: { type: 'string' }, data: { type: 'string' } } })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口无效：${values.port}`)
  const paths = appPaths({ dataDir: values.data ? resolve(values.data) : undefined })
  const staticDir = values.static ? resolve(values.static) : existsSync(join(paths.root, 'out/web/index.html')) ? join(paths.root, 'out/web') : null
  const service = new EngineService({ transport: 'http', paths: { dataDir: paths.dataDir } })
  const server = createBridge(service, { staticDir })
  const url = await listen(server, { host: values.host, port })
  // A failure in one request's work must not end the server: it is logged, the request already has its answer.
  process.on('unhandledRejection', (e) => process.stderr.write(`pingcha serve: 未处理的错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`))
  out(`listening on ${url}`)
  if (!staticDir) process.stderr.write('（未找到界面文件 out/web：只提供 /api 接口。先运行 npm run build:web）\n')
  // Scripts calling /api directly need this launch's token; the served page receives it by itself.
  process.stderr.write(`接口访问令牌（请求头 x-pingcha-token）：${server.token}\n`)
  const stop = async () => {
    server.close()
    await service.close()
    await flushOutput()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await new Promise(() => undefined)
}

async function cmdReport(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, kind: { type: 'string', default: 'report' }, out: { type: 'string' } } })
  if (!values.db) throw new UsageError('report 需要 --db <项目数据库>')
  const kinds = ['report', 'ledger-docx', 'ledger-xlsx', 'score-sheet', 'opinion'] as const
  const kind = values.kind as (typeof kinds)[number]
  if (!kinds.includes(kind)) throw new UsageError(`--kind 应为 ${kinds.join(' | ')}`)
  const service = new EngineService({ transport: 'http', rubricFiles: true })
  try {
    const info = await service.call('project.open', { dbPath: resolve(values.db) })
    const r = await service.call('export.run', { projectId: info.id, kind, caseIds: 'all', outDir: values.out ? resolve(values.out) : undefined })
    for (const f of r.files) out(`已写出 ${f}`)
  } finally {
    await service.close()
  }
}

async function cmdDemo(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } } })
  const paths = appPaths()
  const samples = findCaseFolders(paths.samplesDir)
  if (samples.length === 0) throw new EngineError('unusable-input', `没有样例案卷：${paths.samplesDir}`)
  const outDir = resolve(values.out ?? join(paths.dataDir, 'demo'))
  mkdirSync(outDir, { recursive: true })
  out(`样例案卷 ${samples.length} 卷：${samples.map((s) => basename(s)).join('、')}`)
  out(`报告将写到 ${outDir}`)
  await cmdCheck([...samples, '--json', join(outDir, 'results.json'), '--docx', outDir, '--db', join(outDir, '样例评查.pingcha.sqlite')])
  out(`完成。打开 ${outDir} 查看评分表与评查意见书。`)
}

const pct = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)}%`
const num = (x: number | null, digits = 3) => (x === null ? '无法计算' : x.toFixed(digits))

function printDraw(d: Draw, frame: string) {
  out(`抽取记录`)
  out(`  随机种子：${d.seed}`)
  out(`  评查范围：${frame}，共 ${d.frameSize} 行；SHA-256 ${d.frameSha256}`)
  out(`  抽取比例 ${pct(d.rate * 100)}，每层至少 ${d.min} 卷，${d.by === 'unit' ? '按执法单位分层' : '按执法单位和案件类型分层'}`)
  for (const s of d.strata) {
    out(`  ${s.unit}${s.type ? `／${s.type}` : ''}：共 ${s.N} 卷，抽取 ${s.n} 卷`)
    s.picks.forEach((p, i) => out(`    ${i + 1}. ${p.case}  （排序键 ${p.rank.slice(0, 16)}…）`))
  }
  if (d.exclusions.length) {
    out(`  未纳入抽取 ${d.exclusions.length} 行：`)
    for (const e of d.exclusions) out(`    ${e.line !== undefined ? `第 ${e.line} 行 ` : ''}${e.case || '（无案号）'}${e.unit ? `（${e.unit}）` : ''}：${e.reason}`)
  }
  out(`合计 ${d.strata.length} 层，抽取 ${d.strata.reduce((a, s) => a + s.n, 0)} 卷。`)
}

async function cmdSample(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { frame: { type: 'string' }, rate: { type: 'string' }, min: { type: 'string' }, seed: { type: 'string' }, by: { type: 'string', default: 'unit' }, json: { type: 'boolean' } } })
  if (!values.frame) throw new UsageError('sample 需要 --frame <评查范围文件.csv|xlsx>')
  if (values.rate === undefined) throw new UsageError('sample 需要 --rate <抽取比例>，如 0.1 或 10%')
  if (values.min === undefined) throw new UsageError('sample 需要 --min <每单位最少抽取数>，如 3')
  if (values.seed === undefined) throw new UsageError('sample 需要 --seed <随机种子>（抽取时当场输入，如摇号结果）')
  const rateText = values.rate.trim()
  const rate = rateText.endsWith('%') ? Number(rateText.slice(0, -1)) / 100 : rateText === '' ? NaN : Number(rateText)
  const min = values.min.trim() === '' ? NaN : Number(values.min)
  const by = values.by!.replace(/\s+/g, '')
  const problems = sampleOptionProblems({ rate, min, seed: values.seed, by })
  if (problems.length) throw new UsageError(problems.join('；'))
  const frame = await readFrame(values.frame, by === 'unit,type')
  const d = drawSample(frame, { rate, min, seed: values.seed, by: by as 'unit' | 'unit,type' })
  if (!values.json) return printDraw(d, values.frame)
  writeJson(true, {
    seed: d.seed,
    frameSha256: d.frameSha256,
    rate: d.rate,
    min: d.min,
    by: d.by,
    strata: d.strata.map((s) => ({ unit: s.unit, ...(s.type !== undefined ? { type: s.type } : {}), N: s.N, n: s.n, picks: s.picks.map((p) => p.case) })),
    exclusions: d.exclusions,
  })
}

const KAPPA_METHODS = KAPPA_METHOD_NAMES

function printAgreement(r: AgreementReport) {
  const design = r.design === 'crossed' ? '同一组评查人评全部案卷' : '各卷评查人不同'
  out(`评查一致性：${r.n} 卷，${r.raters} 名评查人，每卷 ${r.perCase} 人评分（${design}）`)
  out(`  等次完全一致：${pct(r.percentAgreement)}（按等次分布随机一致的概率 ${pct(r.chanceAgreement * 100)}）`)
  out(`  等次分布：${r.marginals.map((m) => `${m.grade} ${m.count}`).join('、')}`)
  out(`  ${KAPPA_METHODS[r.kappaMethod]} = ${num(r.kappa)}${r.bands.kappa ? `（${LANDIS_KOCH_NAME}：${r.bands.kappa}）` : '（所有评定为同一等次，κ 无定义）'}`)
  out(`  加权 κ：${WEIGHT_NAMES.linear} ${num(r.weightedKappa.linear)}；${WEIGHT_NAMES.quadratic} ${num(r.weightedKappa.quadratic)}${r.bands.weightedKappaQuadratic ? `（二次加权按 ${LANDIS_KOCH_NAME}：${r.bands.weightedKappaQuadratic}）` : ''}`)
  const ci = r.icc.ci95 ? `，95% 置信区间 ${num(r.icc.ci95[0])}–${num(r.icc.ci95[1])}` : ''
  const band = r.bands.icc ? `（${KOO_LI_NAME}：${r.bands.icc}${r.bands.iccCi95 && r.bands.iccCi95[0] !== r.bands.iccCi95[1] ? `；置信区间跨越 ${r.bands.iccCi95[0]} 至 ${r.bands.iccCi95[1]}` : ''}）` : ''
  out(`  总分 ICC(A,1)（双向随机、绝对一致、单个评查人）= ${num(r.icc.value)}${ci}${band}`)
  for (const s of r.skipped) out(`  未计入：${s.case}（${s.ratings} 人评分）：${s.reason}`)
}

async function cmdAgreement(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { ratings: { type: 'string' }, grades: { type: 'string' }, json: { type: 'boolean' } } })
  if (!values.ratings) throw new UsageError('agreement 需要 --ratings <评分文件.csv>')
  if (!values.grades) throw new UsageError('agreement 需要 --grades <等次，从低到高以逗号分隔>，如 不合格,合格,良好,优秀')
  const grades = values.grades.split(/[,，、]/).map((g) => g.trim()).filter((g) => g !== '')
  const table = await readTableFile(values.ratings, '评分文件')
  const records = readColumns(
    table,
    [
      { key: 'case', names: ['case', '案号', '案卷编号', '案卷号', '编号'], label: 'case（案号）', required: true },
      { key: 'reviewer', names: ['reviewer', '评查人', '评查员', '姓名'], label: 'reviewer（评查人）', required: true },
      { key: 'score', names: ['score', '得分', '总分', '分数'], label: 'score（总分）', required: true },
      { key: 'grade', names: ['grade', '等次', '等级'], label: 'grade（等次）', required: true },
    ],
    '评分文件',
  )
  const ratings = records.map((r) => {
    const text = r.values.score ?? ''
    const score = text === '' ? NaN : Number(text)
    if (!Number.isFinite(score)) throw new EngineError('unusable-input', `评分文件第 ${r.line} 行：得分“${text}”不是数值`)
    if (!r.values.case) throw new EngineError('unusable-input', `评分文件第 ${r.line} 行：案号为空`)
    if (!r.values.reviewer) throw new EngineError('unusable-input', `评分文件第 ${r.line} 行：评查人为空`)
    return { case: r.values.case, reviewer: r.values.reviewer, score, grade: r.values.grade ?? '', line: r.line }
  })
  const r = panelAgreement(ratings, grades)
  if (!values.json) return printAgreement(r)
  writeJson(true, {
    n: r.n,
    raters: r.raters,
    percentAgreement: r.percentAgreement,
    kappa: r.kappa,
    weightedKappa: r.weightedKappa,
    icc: r.icc,
    perCase: r.perCase,
    design: r.design,
    kappaMethod: r.kappaMethod,
    chanceAgreement: r.chanceAgreement,
    marginals: r.marginals,
    bands: r.bands,
    skipped: r.skipped,
  })
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false
  const { createInterface } = await import('node:readline/promises')
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return /^(y|yes|是|确认)$/i.test((await rl.question(question)).trim())
  } finally {
    rl.close()
  }
}

async function cmdLaws(argv: string[]) {
  const [sub, ...rest] = argv
  const paths = appPaths()
  ownFolder(paths.dataDir)
  if (sub === 'import') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { yes: { type: 'boolean', short: 'y' }, json: { type: 'boolean' }, title: { type: 'string' }, category: { type: 'string' }, effective: { type: 'string' } },
    })
    if (positionals.length === 0) throw new UsageError('laws import 需要至少一个法规文件')
    if (values.category && !(LAW_CATEGORIES as readonly string[]).includes(values.category)) throw new UsageError(`--category 应为 ${LAW_CATEGORIES.join('、')} 之一`)
    if (values.effective && !/^\d{4}-\d{2}-\d{2}$/.test(values.effective)) throw new UsageError('--effective 应写成 2026-02-01 的形式')
    const opts = { title: values.title, category: values.category as LawCategory | undefined, effective: values.effective }
    const files = positionals.map((f) => resolve(f))
    const planned = await planLawImports(paths.resourcesDir, paths.dataDir, files, opts)
    if (!values.json) for (const p of planned) out([`── ${p.file}`, ...describePlanned(p)].join('\n'))
    const yes = values.yes || (!values.json && (await confirm('确认加入用户法规库？(y/N) ')))
    if (yes) await commitLawImports(paths.resourcesDir, paths.dataDir, files, opts)
    const count = planned.reduce((n, p) => n + p.plans.length, 0)
    if (values.json) return writeJson(true, { imported: yes, files: planned.map(previewOf) })
    out(yes ? `已加入用户法规库：${count} 部（${planned.length} 个文件）` : '未导入（确认请加 --yes）')
    return
  }
  if (sub === 'export') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { id: { type: 'string', multiple: true } } })
    if (positionals.length !== 1) throw new UsageError('laws export 需要一个输出文件')
    const n = exportUserLaws(paths.dataDir, resolve(positionals[0]), values.id)
    out(`已导出 ${n} 部法规到 ${resolve(positionals[0])}`)
    return
  }
  if (sub === 'list') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } } })
    const laws = listUserLaws(paths.dataDir)
    if (values.json) return writeJson(true, laws)
    if (!laws.length) return out('用户法规库是空的')
    for (const l of laws) out(`${l.id}  ${l.category}  施行 ${l.effective ?? '—'}  ${l.articles} 条  来源 ${l.source.file}${l.previousId ? `  接续 ${l.previousId}` : ''}`)
    return
  }
  if (sub === 'remove') {
    if (rest.length !== 1) throw new UsageError('laws remove 需要一部法规的编号（见 laws list）')
    if (!removeUserLaw(paths.dataDir, rest[0])) throw new EngineError('unusable-input', `用户法规库中没有编号为 ${rest[0]} 的法规`)
    out(`已删除 ${rest[0]}`)
    return
  }
  if (sub === 'status') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } } })
    const c = await lawCurrency(paths.resourcesDir, paths.dataDir)
    if (values.json) return writeJson(true, c)
    out(`法规库 ${c.version}（内置 ${c.shippedVersion}，用户导入 ${c.userLaws} 部）`)
    for (const k of c.byCategory) out(`  ${k.category.padEnd(6, '　')} ${String(k.versions).padStart(5)} 个版本${k.user ? `（用户导入 ${k.user}）` : ''}  最新施行 ${k.newest ?? '—'}${k.title ? `《${k.title}》` : ''}`)
    return
  }
  throw new UsageError(sub ? `未知的 laws 子命令：${sub}` : 'laws 需要子命令：import、export、list、remove 或 status')
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  try {
    switch (cmd) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(HELP)
        return 0
      case '-v':
      case '--version':
        out(ENGINE_VERSION)
        return 0
      case 'check':
        await cmdCheck(rest)
        return 0
      case 'ingest':
        await cmdIngest(rest)
        return 0
      case 'extract':
        await cmdExtract(rest)
        return 0
      case 'rubric':
        await cmdRubric(rest)
        return 0
      case 'serve':
        await cmdServe(rest)
        return 0
      case 'report':
        await cmdReport(rest)
        return 0
      case 'demo':
        await cmdDemo(rest)
        return 0
      case 'sample':
        await cmdSample(rest)
        return 0
      case 'agreement':
        await cmdAgreement(rest)
        return 0
      case 'laws':
        await cmdLaws(rest)
        return 0
      default:
        throw new UsageError(`未知命令：${cmd}`)
    }
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`用法错误：${e.message}\n运行 pingcha --help 查看用法。\n`)
      return 2
    }
    if (e instanceof EngineError && e.code === 'not-implemented') {
      process.stderr.write(`尚未实现（not implemented yet）：${e.message}\n`)
      return 3
    }
    process.stderr.write(`错误：${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
}

const invokedDirectly = process.argv[1] && /cli\.(ts|js|mjs|cjs)$/.test(process.argv[1])
if (invokedDirectly) void run(process.argv.slice(2))
