/**
 * The engine service: one implementation of every method of the API contract (shared/api.ts).
 * The Electron main process (IPC), the loopback HTTP bridge (`pingcha serve`) and tests call the very same object.
 */
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, extname, join, relative, resolve, sep } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { ApiMethod, ApiReq, ApiRes, AppInfo, EngineEvent, JobStatus } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import type { CaseDetail, CaseDocument, CaseFacts, CaseResult, Decision, IngestResult, ProjectInfo, ReviewSnapshot, Rubric, Settings } from '../../shared/types'
import { READY as SEGMENT_READY } from '../../shared/segment'
import { READY as EXTRACT_READY } from '../../shared/extract'
import { READY as CHECK_READY } from '../../shared/check'
import { READY as SCORE_READY } from '../../shared/score'
import { READY as RUBRIC_READY, parseRubric } from '../../shared/rubric'
import { createCalendar } from '../../shared/calendar'
import { READY as INGEST_READY } from './ingest'
import { READY as LAWS_READY, openLaws } from './laws'
import { READY as EXPORT_READY, exportDocuments } from './export'
import { LEDGER_COLUMNS, ledgerRows } from './export/ledger'
import { scoreCase } from '../../shared/score'
import type { LawLookup } from '../../shared/law/types'
import type { Calendar } from '../../shared/calendar/types'
import { ProjectStore } from './store'
import { appPaths, type AppPaths } from './paths'
import { rubricLibrary, resolveRubric } from './rubrics'
import { runCase, ENGINE_VERSION } from './pipeline'
import { findCaseFolders } from './case-folders'

export type Handlers = { [M in ApiMethod]: (req: ApiReq<M>) => Promise<ApiRes<M>> }

export interface ServiceOptions {
  paths?: Partial<AppPaths>
  transport: AppInfo['transport']
}

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.ofd': 'application/ofd',
}

interface Job {
  status: JobStatus
  abort: AbortController
}

export class EngineService {
  readonly paths: AppPaths
  private readonly events = new EventEmitter()
  private readonly stores = new Map<string, ProjectStore>()
  private readonly jobs = new Map<string, Job>()
  private settingsCache: Settings | null = null
  private lawsPromise: Promise<LawLookup> | null = null
  private calendarCache: Calendar | null = null

  constructor(private readonly opts: ServiceOptions) {
    const base = appPaths({ root: opts.paths?.root, dataDir: opts.paths?.dataDir })
    this.paths = { ...base, ...opts.paths }
    mkdirSync(this.paths.dataDir, { recursive: true })
  }

  onEvent(listener: (e: EngineEvent) => void): () => void {
    this.events.on('event', listener)
    return () => this.events.off('event', listener)
  }

  private emit(e: EngineEvent) {
    this.events.emit('event', e)
  }

  /** Dispatch by method name, validating that the method exists. */
  async call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> {
    const h = (this.handlers as Record<string, ((r: unknown) => Promise<unknown>) | undefined>)[method]
    if (!h) throw new EngineError('bad-request', `未知的接口：${String(method)}`)
    return (await h(req)) as ApiRes<M>
  }

  async close(): Promise<void> {
    for (const j of this.jobs.values()) j.abort.abort()
    for (const s of this.stores.values()) await s.close()
    this.stores.clear()
  }

  // ---------- settings ----------
  private get settingsFile() {
    return join(this.paths.dataDir, 'settings.json')
  }

  settings(): Settings {
    if (this.settingsCache) return this.settingsCache
    const defaults: Settings = { reviewer: '', cacheDir: join(this.paths.dataDir, 'cache'), ocrThreads: Math.max(1, availableParallelism()), recentProjects: [] }
    let s = defaults
    if (existsSync(this.settingsFile)) {
      try {
        s = { ...defaults, ...(JSON.parse(readFileSync(this.settingsFile, 'utf8')) as Partial<Settings>) }
      } catch {
        // A damaged settings file must not stop the app: start from defaults, keep the old file for inspection.
        renameSync(this.settingsFile, `${this.settingsFile}.damaged-${Date.now()}`)
      }
    }
    this.settingsCache = s
    return s
  }

  private saveSettings(patch: Partial<Settings>): Settings {
    const next = { ...this.settings(), ...patch }
    if (typeof next.ocrThreads !== 'number' || next.ocrThreads < 1 || next.ocrThreads > 64) throw new EngineError('bad-request', 'OCR 线程数应为 1–64')
    const tmp = `${this.settingsFile}.tmp`
    writeFileSync(tmp, JSON.stringify(next, null, 2))
    renameSync(tmp, this.settingsFile)
    this.settingsCache = next
    return next
  }

  private rememberProject(dbPath: string) {
    const recent = [dbPath, ...this.settings().recentProjects.filter((p) => p !== dbPath)].slice(0, 20)
    this.saveSettings({ recentProjects: recent })
  }

  // ---------- projects ----------
  private async store(projectId: string): Promise<ProjectStore> {
    const s = this.stores.get(projectId)
    if (!s) throw new EngineError('not-found', '项目未打开，请先在“评查项目”中打开它')
    return s
  }

  private async openStore(dbPath: string): Promise<ProjectStore> {
    const abs = resolve(dbPath)
    for (const s of this.stores.values()) if (s.info.dbPath === abs) return s
    if (!existsSync(abs)) throw new EngineError('not-found', `找不到项目文件：${abs}`)
    try {
      const s = await ProjectStore.open(abs)
      this.stores.set(s.info.id, s)
      return s
    } catch (e) {
      throw new EngineError('unusable-input', e instanceof Error ? e.message : String(e))
    }
  }

  rubric(id: string): Rubric {
    return resolveRubric(id, this.paths.rubricsDir).rubric
  }

  private laws(): Promise<LawLookup> {
    this.lawsPromise ??= openLaws(this.paths.resourcesDir).catch((e) => {
      this.lawsPromise = null
      throw e
    })
    return this.lawsPromise
  }

  private calendar(): Calendar {
    this.calendarCache ??= createCalendar()
    return this.calendarCache
  }

  private async caseDetail(store: ProjectStore, caseId: number): Promise<CaseDetail> {
    const row = await store.getCaseRow(caseId)
    if (!row) throw new EngineError('not-found', `项目中没有编号为 ${caseId} 的案卷`)
    const [files, documents, result, decisions, findings, pages] = await Promise.all([
      store.caseFiles(caseId),
      store.caseDocuments(caseId),
      store.caseResult(caseId),
      store.decisions(caseId),
      store.findings(caseId),
      store.pageMeta(caseId),
    ])
    let score = result?.scoreDetail ?? null
    if (result && decisions.length) score = scoreCase(this.rubric(result.rubric.id), result.items, findings, decisions)
    return { row, files, documents, result, decisions, score, findings, pages }
  }

  // ---------- import jobs ----------
  private startImport(store: ProjectStore, folders: string[]): string {
    const jobId = randomUUID()
    const abort = new AbortController()
    const status: JobStatus = { jobId, state: 'running', progress: null, errors: [], caseIds: [] }
    this.jobs.set(jobId, { status, abort })
    const publish = () => this.emit({ type: 'job', status: { ...status } })
    void (async () => {
      try {
        const cases = folders.flatMap((f) => findCaseFolders(resolve(f)))
        if (cases.length === 0) throw new EngineError('unusable-input', '所选文件夹中没有可读取的案卷文件（PDF、Word、图片、TXT、OFD）')
        let rubric: Rubric | null = null
        try {
          rubric = this.rubric(store.info.rubricId)
        } catch (e) {
          if (!(e instanceof EngineError && e.code === 'not-implemented')) throw e
        }
        const notes = new Set<string>()
        for (const [i, folder] of cases.entries()) {
          if (abort.signal.aborted) break
          const onProgress = (p: Omit<NonNullable<JobStatus['progress']>, 'jobId'>) => {
            status.progress = { ...p, jobId, current: p.current ?? basename(folder), message: `第 ${i + 1}/${cases.length} 卷：${basename(folder)}` }
            this.emit({ type: 'progress', progress: status.progress })
          }
          onProgress({ stage: 'ingest', done: 0, total: 0 })
          const run = await runCase(folder, {
            rubric,
            laws: () => this.laws(),
            calendar: () => this.calendar(),
            cacheDir: this.settings().cacheDir,
            threads: this.settings().ocrThreads,
            signal: abort.signal,
            onProgress,
          })
          if (abort.signal.aborted) break
          if (run.notBuilt) notes.add(run.notBuilt.message)
          status.errors.push(...run.ingest.errors.map((e) => ({ ...e, file: `${basename(folder)}/${e.file}` })))
          const caseId = await store.saveCase(folder, { ingest: run.ingest, documents: run.documents ?? [], facts: run.facts, result: run.result, agency: agencyOf(folder, store.info, run.facts) })
          status.caseIds.push(caseId)
          publish()
        }
        status.state = abort.signal.aborted ? 'cancelled' : 'done'
        status.message = abort.signal.aborted
          ? `已取消；已完成 ${status.caseIds.length} 卷，已完成的结果已保存`
          : [`已导入 ${status.caseIds.length} 卷`, ...notes].join('；')
      } catch (e) {
        status.state = abort.signal.aborted ? 'cancelled' : 'failed'
        status.message = e instanceof Error ? e.message : String(e)
      }
      publish()
    })()
    return jobId
  }

  // ---------- the contract ----------
  readonly handlers: Handlers = {
    'app.info': async () => ({
      name: '评查助手',
      version: ENGINE_VERSION,
      dataDir: this.paths.dataDir,
      samplesDir: existsSync(this.paths.samplesDir) && readdirSync(this.paths.samplesDir).some((f) => statSync(join(this.paths.samplesDir, f)).isDirectory()) ? this.paths.samplesDir : null,
      transport: this.opts.transport,
      capabilities: {
        ingest: INGEST_READY,
        ocr: INGEST_READY,
        segment: SEGMENT_READY,
        extract: EXTRACT_READY,
        check: CHECK_READY && RUBRIC_READY && LAWS_READY,
        score: SCORE_READY,
        export: EXPORT_READY,
      },
    }),
    'settings.get': async () => this.settings(),
    'settings.set': async (patch) => this.saveSettings(patch ?? {}),
    'cache.info': async () => ({ dir: this.settings().cacheDir, ...dirSize(this.settings().cacheDir) }),
    'cache.clear': async () => {
      const dir = this.settings().cacheDir
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
      return { dir, ...dirSize(dir) }
    },

    'project.list': async () => {
      const out: ProjectInfo[] = []
      for (const p of this.settings().recentProjects) {
        if (!existsSync(p)) continue
        try {
          out.push((await this.openStore(p)).info)
        } catch {
          // An unreadable project file stays in the list of recent paths but is not shown as a project.
        }
      }
      return out
    },
    'project.create': async (req) => {
      if (!req?.name?.trim()) throw new EngineError('bad-request', '请填写项目名称')
      this.rubric(req.rubricId) // a project must name a usable rubric
      const dir = join(this.paths.dataDir, 'projects')
      mkdirSync(dir, { recursive: true })
      const safe = req.name.trim().replace(/[\\/:*?"<>|]+/g, '_').slice(0, 60)
      let dbPath = req.dbPath ? resolve(req.dbPath) : join(dir, `${safe}.pingcha.sqlite`)
      for (let n = 2; !req.dbPath && existsSync(dbPath); n++) dbPath = join(dir, `${safe}(${n}).pingcha.sqlite`)
      const s = await ProjectStore.create(dbPath, {
        name: req.name.trim(),
        rubricId: req.rubricId,
        agencies: req.agencies ?? [],
        reviewers: req.reviewers ?? [],
        samplingRatio: req.samplingRatio ?? null,
      }).catch((e: unknown) => {
        throw new EngineError('unusable-input', e instanceof Error ? e.message : String(e))
      })
      this.stores.set(s.info.id, s)
      this.rememberProject(dbPath)
      return s.info
    },
    'project.open': async (req) => {
      const s = await this.openStore(req.dbPath)
      this.rememberProject(s.info.dbPath)
      return s.info
    },

    'case.import': async (req) => {
      const s = await this.store(req.projectId)
      if (!req.folders?.length) throw new EngineError('bad-request', '请选择至少一个案卷文件夹')
      for (const f of req.folders) if (!existsSync(f)) throw new EngineError('not-found', `找不到文件夹：${f}`)
      return { jobId: this.startImport(s, req.folders) }
    },
    'job.cancel': async (req) => {
      const j = this.jobs.get(req.jobId)
      if (!j || j.status.state !== 'running') return { cancelled: false }
      j.abort.abort()
      return { cancelled: true }
    },
    'job.status': async (req) => {
      const j = this.jobs.get(req.jobId)
      if (!j) throw new EngineError('not-found', '没有这个任务')
      return { ...j.status }
    },
    'case.list': async (req) => (await this.store(req.projectId)).listCases(),
    'case.get': async (req) => this.caseDetail(await this.store(req.projectId), req.caseId),
    'case.recheck': async (req) => {
      const s = await this.store(req.projectId)
      const folder = await s.caseFolder(req.caseId)
      if (!folder) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      const run = await runCase(folder, { rubric: this.rubric(s.info.rubricId), laws: () => this.laws(), calendar: () => this.calendar(), cacheDir: this.settings().cacheDir })
      if (run.notBuilt) throw new EngineError('not-implemented', run.notBuilt.message)
      await s.saveCase(folder, { ingest: run.ingest, documents: run.documents ?? [], facts: run.facts, result: run.result })
      return this.caseDetail(s, req.caseId)
    },
    'case.file': async (req) => {
      const s = await this.store(req.projectId)
      const folder = await s.caseFolder(req.caseId)
      if (!folder) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      const root = existsSync(folder) && statSync(folder).isFile() ? resolve(folder, '..') : resolve(folder)
      const abs = resolve(root, req.path)
      const rel = relative(root, abs)
      if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(abs) === root) throw new EngineError('bad-request', '文件不在案卷文件夹内')
      if (!existsSync(abs)) throw new EngineError('not-found', `找不到案卷文件：${req.path}（文件可能已被移动）`)
      const bytes = await readFile(abs)
      return { mime: MIME[extname(abs).toLowerCase()] ?? 'application/octet-stream', base64: bytes.toString('base64') }
    },

    'finding.decide': async (req) => {
      const s = await this.store(req.projectId)
      const d = req.decision
      if (!d || (!d.findingId && !d.itemId)) throw new EngineError('bad-request', '决定须指明问题或评查项')
      if (!['accept', 'reject', 'adjust'].includes(d.action)) throw new EngineError('bad-request', `未知的操作：${String(d.action)}`)
      if (d.action === 'adjust' && (typeof d.points !== 'number' || d.points < 0)) throw new EngineError('bad-request', '调整扣分须给出不小于 0 的分值')
      const reviewer = d.reviewer?.trim() || this.settings().reviewer
      if (!reviewer) throw new EngineError('bad-request', '请先在“设置”中填写评查人姓名')
      const result = await s.caseResult(req.caseId)
      if (!result) throw new EngineError('not-found', '该案卷尚未评查，没有可决定的问题')
      const decision: Decision = { ...d, reviewer, at: new Date().toISOString() }
      const decisions = [...(await s.decisions(req.caseId)), decision]
      const score = scoreCase(this.rubric(result.rubric.id), result.items, await s.findings(req.caseId), decisions)
      await s.addDecision(req.caseId, decision, score, score.pending === 0)
      return { score, decisions }
    },

    'rubric.list': async () => rubricLibrary(this.paths.rubricsDir).summaries,
    'rubric.get': async (req) => {
      const l = rubricLibrary(this.paths.rubricsDir).loaded.find((x) => x.rubric?.id === req.id || basename(x.file) === req.id)
      if (!l) throw new EngineError('not-found', `没有评查标准 ${req.id}`)
      return { rubric: l.rubric, source: l.source, validation: l.validation }
    },
    'rubric.validate': async (req) => parseRubric(req.text ?? '', req.file ?? '（未命名）').validation,

    'ledger.list': async (req) => (await this.store(req.projectId)).ledger(),
    'ledger.update': async (req) => (await this.store(req.projectId)).updateLedger(req.entry, this.settings().reviewer || '评查人'),
    'ledger.table': async (req) => {
      const s = await this.store(req.projectId)
      const snapshot = await this.snapshot(s, 'all')
      const entries = new Map(snapshot.ledger.map((e) => [`${e.caseId}|${e.findingId}`, e]))
      return {
        columns: [...LEDGER_COLUMNS],
        rows: ledgerRows(snapshot).map((r) => ({ caseId: r.caseId, findingId: r.findingId, values: r.values, entry: entries.get(`${r.caseId}|${r.findingId}`) ?? null })),
      }
    },

    'export.run': async (req) => {
      const s = await this.store(req.projectId)
      const snapshot = await this.snapshot(s, req.caseIds)
      const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
      const outDir = req.outDir ? resolve(req.outDir) : join(this.paths.dataDir, 'exports', s.info.name.replace(/[\\/:*?"<>|]+/g, '_'), stamp)
      mkdirSync(outDir, { recursive: true })
      return { files: await exportDocuments(snapshot, req.kind, outDir) }
    },

    'dialog.pickFolders': async () => {
      throw new EngineError('not-implemented', '浏览器中无法弹出文件夹选择框，请直接输入案卷文件夹的完整路径')
    },
  }

  /** Store a case checked outside a job (the CLI's --db). */
  async saveChecked(projectId: string, folder: string, run: { ingest: IngestResult; documents: CaseDocument[]; facts: CaseFacts; result: CaseResult }): Promise<number> {
    const s = await this.store(projectId)
    return s.saveCase(folder, { ...run, agency: agencyOf(folder, s.info, run.facts) })
  }

  /** Everything the exports need, read from the project database. */
  async snapshot(s: ProjectStore, caseIds: number[] | 'all'): Promise<ReviewSnapshot> {
    const rows = (await s.listCases()).filter((r) => caseIds === 'all' || caseIds.includes(r.id))
    const cases: ReviewSnapshot['cases'] = []
    for (const row of rows) {
      const d = await this.caseDetail(s, row.id)
      cases.push({ row: d.row, result: d.result, decisions: d.decisions, score: d.score })
    }
    return { project: s.info, rubric: this.rubric(s.info.rubricId), cases, ledger: await s.ledger(), date: new Date().toISOString().slice(0, 10) }
  }
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  if (!existsSync(dir)) return { bytes, files }
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    files++
    bytes += statSync(join(e.parentPath, e.name)).size
  }
  return { bytes, files }
}

/**
 * The agency of a case: a project agency named in the folder path or the agency the documents name (a project agency
 * when the read name matches one), else null.
 */
function agencyOf(folder: string, info: ProjectInfo, facts: CaseFacts | null): string | null {
  const byFolder = info.agencies.find((a) => folder.includes(a))
  if (byFolder) return byFolder
  const read = facts?.agency
  if (!read) return null
  return info.agencies.find((a) => a === read || read.includes(a) || a.includes(read)) ?? read
}
