/**
 * The engine service: one implementation of every method of the API contract (shared/api.ts).
 * The Electron main process (IPC), the loopback HTTP bridge (`pingcha serve`) and tests call the very same object.
 */
import {
  chmodSync,
  closeSync,
  constants as fsConstants,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { createHash, randomUUID } from 'node:crypto'
import type { ApiMethod, ApiReq, ApiRes, AppInfo, EngineEvent, JobStatus, RubricUsage } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import { parseRequest, readSettingsFields } from '../../shared/requests'
import type { CaseDetail, CaseDocument, CaseFacts, CaseResult, Decision, Finding, IngestResult, ProjectInfo, ProjectRubric, ReviewSnapshot, Rubric, Settings } from '../../shared/types'
import { createCalendar } from '../../shared/calendar'
import { openLaws } from './laws'
import { commitLawImports, exportUserLaws, lawCurrency, listUserLaws, planLawImports, previewOf, removeUserLaw } from './laws/import'
import { exportDocuments } from './export'
import { LEDGER_COLUMNS, ledgerRows } from './export/ledger'
import { scoreCase } from '../../shared/score'
import type { LawLookup } from '../../shared/law/types'
import type { Calendar } from '../../shared/calendar/types'
import { ProjectStore, sha256Of, type RubricCopy } from './store'
import type { Rescore } from './store/project-store'
import { openDb, type Db } from './store/db'
import { SCHEMA_VERSION } from './store/migrations'
import { appPaths, isDevicePath, isInside, isSystemPath, mkdirOwner, ownFolder, OWNER_FILE, realpathNearest, type AppPaths } from './paths'
import { checkRubricText, exactRubric, pickRubric, rubricLibrary, resolveRubric, saveRubric, userRubricsDir, type LoadedRubric, type RubricLibraryContents } from './rubrics'
import { compareVersions } from '../../shared/rubric'
import { runCase, ENGINE_VERSION } from './pipeline'
import { findCaseFolders } from './case-folders'
import { assignDraw, blindAssignment, caseState, compareReviews, drawInProject, panelOverview, reconcileCase, requireMember, submitReview } from './panel'
import { buildDrawRecord, DRAW_RECORD_TITLE } from './export/draw-record'
import { safeName } from './export/style'

export type Handlers = { [M in ApiMethod]: (req: ApiReq<M>) => Promise<ApiRes<M>> }

export interface ServiceOptions {
  paths?: Partial<AppPaths>
  transport: AppInfo['transport']
  /**
   * The command line only: a rubric may be a YAML file the user named on the command line. Never set for IPC or
   * HTTP callers, whose rubric ids resolve inside the rubric library only.
   */
  rubricFiles?: boolean
}

/** The marker the app writes into a cache folder it uses; such a folder may be chosen again although it is not empty. */
const CACHE_MARK = '.pingcha-cache'
/** The cache's own entries (ingest/cache.ts): <files|ocr>/<2 hex>/<sha256>[.pN].<tag>.json and their temporary files. */
const CACHE_TOPS = ['files', 'ocr']
const CACHE_FILE = /^[0-9a-f]{64}(\.p\d+)?\.[0-9a-f]{6,40}\.json(\.\d+\.[0-9a-z]+\.tmp)?$/
/** Largest case file the viewer is sent (base64 inside JSON). */
const MAX_VIEW_BYTES = 200 * 1024 * 1024
const PROJECT_TABLES = ['projects', 'cases', 'files', 'findings', 'decisions']

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
  /** The project whose cases the job reads and checks. */
  projectId: string
}

export class EngineService {
  readonly paths: AppPaths
  /** Event listeners (IPC window, SSE clients): a set, so any number of clients can listen and leave. */
  private readonly listeners = new Set<(e: EngineEvent) => void>()
  private readonly stores = new Map<string, ProjectStore>()
  private readonly jobs = new Map<string, Job>()
  private settingsCache: Settings | null = null
  /** Rubric copies kept in projects, read once per text (by sha256). */
  private readonly copyCache = new Map<string, Rubric>()
  private calendarCache: Calendar | null = null

  constructor(private readonly opts: ServiceOptions) {
    const base = appPaths({ root: opts.paths?.root, dataDir: opts.paths?.dataDir })
    this.paths = { ...base, ...opts.paths }
    ownFolder(this.paths.dataDir)
  }

  onEvent(listener: (e: EngineEvent) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  private emit(e: EngineEvent) {
    for (const l of [...this.listeners]) {
      try {
        l(e)
      } catch {
        // a listener's failure (a client gone) is its own, never the engine's
      }
    }
  }

  /**
   * The one entry of every transport: the method must exist and the request must fit its schema
   * (shared/requests.ts) before a handler sees it.
   */
  async call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> {
    const h = typeof method === 'string' && Object.hasOwn(this.handlers, method) ? (this.handlers as Record<string, (r: unknown) => Promise<unknown>>)[method] : undefined
    if (!h) throw new EngineError('bad-request', `未知的接口：${String(method).slice(0, 100)}`)
    return (await h(parseRequest(method, req))) as ApiRes<M>
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
        // Field by field through the request rules: a field of the wrong type falls back to its default.
        s = { ...defaults, ...readSettingsFields(JSON.parse(readFileSync(this.settingsFile, 'utf8'))) }
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
    if (patch.cacheDir !== undefined) next.cacheDir = this.checkCacheDir(patch.cacheDir)
    ownFolder(this.paths.dataDir)
    const tmp = `${this.settingsFile}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: OWNER_FILE })
    if (process.platform !== 'win32') chmodSync(tmp, OWNER_FILE)
    renameSync(tmp, this.settingsFile)
    this.settingsCache = next
    return next
  }

  /**
   * The OCR cache may live inside the app's data folder, or in a folder the user typed that is new or empty (or was
   * the cache before). Never an arbitrary folder: clearing the cache deletes only its own entries anyway.
   */
  private checkCacheDir(p: string): string {
    const abs = resolve(p)
    const real = realpathNearest(abs)
    const own = isInside(real, realpathNearest(this.paths.dataDir)) || real === realpathNearest(this.settings().cacheDir)
    if (!own) {
      if (isSystemPath(abs) || isSystemPath(real)) throw new EngineError('bad-request', `不能把识别缓存放在系统文件夹中：${abs}`)
      if (existsSync(real)) {
        if (!statSync(real).isDirectory()) throw new EngineError('bad-request', `缓存位置应为文件夹：${abs} 是一个文件`)
        const entries = readdirSync(real)
        if (entries.length && !entries.includes(CACHE_MARK)) {
          throw new EngineError('bad-request', `缓存文件夹应在评查助手的数据文件夹内，或是一个新的或空的文件夹；${abs} 中已有其他文件`)
        }
      }
    }
    this.ensureCacheDir(abs)
    return abs
  }

  /** The cache folder, created owner-only and marked as the app's, before anything is written into it. */
  private ensureCacheDir(dir = this.settings().cacheDir): string {
    ownFolder(dir)
    const mark = join(dir, CACHE_MARK)
    if (!existsSync(mark)) writeFileSync(mark, '评查助手的文字识别缓存；可在“设置”中清空。\n', { mode: OWNER_FILE })
    return dir
  }

  /**
   * A place the user chose to write to (an explicit absolute path): never a system folder, nor the app's own
   * rubric and resource folders; symlinks are judged by where they lead.
   */
  private writableTarget(p: string): string {
    const abs = resolve(p)
    const real = realpathNearest(abs)
    if (isSystemPath(abs) || isSystemPath(real)) throw new EngineError('bad-request', `不能写入系统文件夹：${abs}。请选择自己的文件夹（例如“文档”中的文件夹）`)
    const appDirs = [this.paths.rubricsDir, this.paths.resourcesDir].map((d) => realpathNearest(d))
    if (appDirs.some((d) => isInside(real, d))) throw new EngineError('bad-request', `不能写入评查助手的程序文件夹：${abs}`)
    return abs
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
    await assertProjectFile(abs) // before anything writes to it: a foreign file is refused untouched
    try {
      const s = await ProjectStore.open(abs)
      await this.keepRubricOnOpening(s)
      this.stores.set(s.info.id, s)
      return s
    } catch (e) {
      throw new EngineError('unusable-input', e instanceof Error ? e.message : String(e))
    }
  }

  /** The rubric library: the app's own rubrics and those saved in the app (the user's rubric folder). */
  private library() {
    return rubricLibrary(this.paths.rubricsDir, userRubricsDir(this.paths.dataDir))
  }

  /**
   * A rubric of the rubric library by id, with its text (the command line may also name a YAML file). Errors never
   * quote a file. Without a version the newest; with one, that version (see pickRubric for a version the library no
   * longer has).
   */
  private libraryRubric(id: string, version?: string | null): LoadedRubric & { rubric: Rubric } {
    const lib = this.library()
    const l = pickRubric(lib.loaded, id, version)
    if (l) return l
    if (this.opts.rubricFiles && /\.ya?ml$/i.test(id)) return resolveRubric(id, this.paths.rubricsDir)
    const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id
    throw new EngineError('unusable-input', `没有编号为 ${shown} 的评查标准。可用：${lib.summaries.map((s) => s.id).join('、') || '（无）'}`)
  }

  rubric(id: string, version?: string | null): Rubric {
    return this.libraryRubric(id, version).rubric
  }

  /**
   * The rubric a project uses: the copy kept in its database, whatever the library holds now (a version replaced by
   * an update, a changed file, a deleted saved version). Only a project without a copy — the library had no rubric of
   * its id when it was opened — is looked up in the library, and fails there with the library's message.
   */
  private projectRubric(s: ProjectStore): Rubric {
    return s.rubric ? this.copyRubric(s.rubric) : this.rubric(s.info.rubricId, s.info.rubricVersion ?? null)
  }

  /**
   * The rubric a stored case was checked with, to score it again with decisions: the project's copy of that version
   * (after a switch, a case not yet checked again keeps the earlier copy), else the library's exact version, else the
   * project's rubric.
   */
  private caseRubric(s: ProjectStore, checked: CaseResult['rubric']): Rubric {
    const c = s.rubricCopyOf(checked.id, checked.version)
    if (c) return this.copyRubric(c)
    return exactRubric(this.library().loaded, checked.id, checked.version)?.rubric ?? this.projectRubric(s)
  }

  /** A kept copy read as a rubric; refused in Chinese when this version of the app cannot use its rules. */
  private copyRubric(c: RubricCopy): Rubric {
    const hit = this.copyCache.get(c.sha256)
    if (hit) return hit
    const { rubric, validation } = checkRubricText(c.source, `${c.rubricId}（${c.version} 版，项目保存的副本）`)
    if (!rubric || !validation.ok) {
      const first = validation.errors[0]
      throw new EngineError(
        'unusable-input',
        `本项目保存的评查标准 ${c.rubricId}（${c.version} 版）不能由本版程序使用（${first ? `${first.line ? `第 ${first.line} 行 ` : ''}${first.field}：${first.message}` : '无法读取'}）。请在“评查项目”中为本项目更换评查标准版本`,
      )
    }
    this.copyCache.set(c.sha256, rubric)
    return rubric
  }

  /**
   * A project without its own copy of its rubric (made before copies were kept) gets one the first time it is opened:
   * the version it recorded, or — none recorded, or that version gone from the library — the rubric it was in fact
   * checked with until now (the app's own of that id), with a note saying so. Nothing is kept when the library has
   * no rubric of its id.
   */
  private async keepRubricOnOpening(s: ProjectStore): Promise<void> {
    if (s.rubric) return
    const recorded = s.info.rubricVersion ?? null
    const l = pickRubric(this.library().loaded, s.info.rubricId, recorded)
    if (!l) return
    const exact = recorded !== null && l.rubric.version === recorded
    const used = `已保存此前评查实际使用的${l.builtIn ? '程序自带' : ''}版本 ${l.rubric.version}`
    const note = exact
      ? null
      : recorded === null
        ? `本项目创建时未记录评查标准的版本；${used}。`
        : `本项目记录的版本 ${recorded} 已不在评查标准库中；${used}。按 ${recorded} 版评查过的案卷，重新评查后按 ${l.rubric.version} 版计分。`
    await s.keepRubric({ rubricId: l.rubric.id, version: l.rubric.version, source: l.source, origin: exact ? 'recorded' : 'fallback', note, storedBy: 'system' })
  }

  /** The project as the screens show it: with its rubric copy, how that stands against the library, and newer versions. */
  private projectInfo(s: ProjectStore, lib: RubricLibraryContents = this.library()): ProjectInfo {
    return { ...s.info, rubric: this.rubricState(s, lib) }
  }

  private rubricState(s: ProjectStore, lib: RubricLibraryContents): ProjectRubric | null {
    const c = s.rubric
    if (!c) return null
    let name = lib.versions.find((v) => v.id === c.rubricId)?.name ?? c.rubricId
    let unusable: string | null = null
    try {
      name = this.copyRubric(c).name
    } catch (e) {
      unusable = (e as Error).message
    }
    const inLibrary = exactRubric(lib.loaded, c.rubricId, c.version)
    return {
      id: c.rubricId,
      name,
      version: c.version,
      sha256: c.sha256,
      origin: c.origin,
      note: c.note,
      storedAt: c.storedAt,
      library: !inLibrary ? 'absent' : sha256Of(inLibrary.source) === c.sha256 ? 'same' : 'changed',
      newer: lib.versions.filter((v) => v.id === c.rubricId && compareVersions(v.version, c.version) > 0).map((v) => v.version),
      unusable,
    }
  }

  /** How the store scores a case again from its decisions, inside its own transactions. */
  private rescorer(rubric: Rubric): Rescore {
    return (result, findings, decisions) => rescore(rubric, result, findings, decisions)
  }

  /** The shipped law data merged with the user layer of the data folder (opened again when that changes). */
  private laws(): Promise<LawLookup> {
    return openLaws(this.paths.resourcesDir, this.paths.dataDir)
  }

  private calendar(): Calendar {
    this.calendarCache ??= createCalendar()
    return this.calendarCache
  }

  /**
   * A case as `memberId` may see it. Under blind review a reviewer of the case sees only their own decisions (and the
   * score they give) until the 组长 has reconciled it; anyone else sees the case's own decisions, which stay empty
   * until then — no one reads another reviewer's decisions here (panel.compare shows them once all have submitted).
   */
  private async caseDetail(store: ProjectStore, caseId: number, memberId?: number): Promise<CaseDetail> {
    const row = await store.getCaseRow(caseId)
    if (!row) throw new EngineError('not-found', `项目中没有编号为 ${caseId} 的案卷`)
    const blind = await blindAssignment(store, row)
    const panel = blind ? await caseState(store, row, blind, (await store.panel.settings()).threshold) : undefined
    const own = panel && !panel.reconciliation && memberId !== undefined && panel.reviewers.some((r) => r.memberId === memberId) ? memberId : null
    const [files, documents, result, decisions, findings, pages] = await Promise.all([
      store.caseFiles(caseId),
      store.caseDocuments(caseId),
      store.caseResult(caseId),
      store.decisions(caseId, store.db, own),
      store.findings(caseId),
      store.pageMeta(caseId),
    ])
    let score = result?.scoreDetail ?? null
    if (result && decisions.length) score = rescore(this.caseRubric(store, result.rubric), result, findings, decisions)
    return { row, files, documents, result, decisions, score, findings, pages, ...(panel ? { panel } : {}) }
  }

  // ---------- import jobs ----------
  private startImport(store: ProjectStore, folders: string[]): string {
    return this.startCheckJob(store, () => {
      const cases = folders.flatMap((f) => findCaseFolders(resolve(f)))
      if (cases.length === 0) throw new EngineError('unusable-input', '所选文件夹中没有可读取的案卷文件（PDF、Word、图片、TXT、OFD）')
      return cases
    })
  }

  /**
   * Check the project's cases again with the rubric it uses now, as an import of their folders would: each case's
   * decisions stay and count wherever their finding or item is found again. A case whose folder is gone is left as it
   * was (checked with the rubric of its result) and named in the job's errors.
   */
  private startRecheck(store: ProjectStore, folders: string[]): string {
    return this.startCheckJob(store, (errors) => {
      const gone = folders.filter((f) => !existsSync(f))
      for (const f of gone) errors.push({ file: basename(f), code: 'io', message: `案卷文件夹已不存在，未重新评查：${f}（该案卷仍按原评查标准版本计分）` })
      return folders.filter((f) => !gone.includes(f))
    }, true)
  }

  private projectBusy(projectId: string): boolean {
    return [...this.jobs.values()].some((j) => j.projectId === projectId && j.status.state === 'running')
  }

  private startCheckJob(store: ProjectStore, caseFolders: (errors: JobStatus['errors']) => string[], recheck = false): string {
    const jobId = randomUUID()
    const abort = new AbortController()
    const status: JobStatus = { jobId, state: 'running', progress: null, errors: [], caseIds: [] }
    this.jobs.set(jobId, { status, abort, projectId: store.info.id })
    const publish = () => this.emit({ type: 'job', status: { ...status } })
    void (async () => {
      try {
        const cases = caseFolders(status.errors)
        const rubric: Rubric = this.projectRubric(store)
        for (const [i, folder] of cases.entries()) {
          if (abort.signal.aborted) break
          const onProgress = (p: Omit<NonNullable<JobStatus['progress']>, 'jobId'>) => {
            const caseName = basename(folder)
            status.progress = { ...p, jobId, current: p.current ?? caseName, message: `第 ${i + 1}/${cases.length} 卷：${caseName}`, caseIndex: i, caseCount: cases.length, caseName }
            this.emit({ type: 'progress', progress: status.progress })
          }
          onProgress({ stage: 'ingest', done: 0, total: 0 })
          const run = await runCase(folder, {
            rubric,
            laws: () => this.laws(),
            calendar: () => this.calendar(),
            cacheDir: this.ensureCacheDir(),
            threads: this.settings().ocrThreads,
            signal: abort.signal,
            onProgress,
          })
          if (abort.signal.aborted) break
          status.errors.push(...run.ingest.errors.map((e) => ({ ...e, file: `${basename(folder)}/${e.file}` })))
          onProgress({ stage: 'store', done: 0, total: 1 })
          const caseId = await store.saveCase(
            folder,
            // a case checked again keeps its 执法单位 (which a reviewer may have set)
            { ingest: run.ingest, documents: run.documents, facts: run.facts, result: run.result, agency: recheck ? undefined : agencyOf(folder, store.info, run.facts) },
            this.rescorer(rubric),
          )
          status.caseIds.push(caseId)
          publish()
        }
        status.state = abort.signal.aborted ? 'cancelled' : 'done'
        status.message = abort.signal.aborted
          ? `已取消；已完成 ${status.caseIds.length} 卷，已完成的结果已保存`
          : recheck
            ? `已按“${rubric.name}”（${rubric.version} 版）重新评查 ${status.caseIds.length} 卷`
            : `已导入 ${status.caseIds.length} 卷`
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
    }),
    'settings.get': async () => this.settings(),
    'settings.set': async (patch) => this.saveSettings(patch),
    'cache.info': async () => {
      const dir = this.settings().cacheDir
      return { dir, ...cacheSize(dir) }
    },
    'cache.clear': async () => {
      const dir = this.settings().cacheDir
      clearCache(dir)
      return { dir, ...cacheSize(dir) }
    },

    'project.list': async () => {
      const out: ProjectInfo[] = []
      let lib: RubricLibraryContents | undefined // read once, and only when there is a project to show
      for (const p of this.settings().recentProjects) {
        if (!existsSync(p)) continue
        try {
          const s = await this.openStore(p)
          out.push(this.projectInfo(s, (lib ??= this.library())))
        } catch {
          // An unreadable project file stays in the list of recent paths but is not shown as a project.
        }
      }
      return out
    },
    'project.create': async (req) => {
      const name = req.name.trim()
      if (!name) throw new EngineError('bad-request', '请填写项目名称')
      // a project must name a usable rubric of the library; it keeps a copy of this version
      const { rubric, source } = this.libraryRubric(req.rubricId)
      let dbPath: string
      if (req.dbPath) {
        dbPath = this.writableTarget(req.dbPath)
        if (existsSync(dbPath)) throw new EngineError('bad-request', `文件已存在：${dbPath}。评查助手不会覆盖已有文件；请换一个文件名，或用“打开项目”打开它`)
        mkdirOwner(dirname(dbPath))
      } else {
        const dir = join(this.paths.dataDir, 'projects')
        ownFolder(dir)
        const safe = name.replace(/[\\/:*?"<>|\x00-\x1f]+/g, '_').replace(/^\.+/, '_').slice(0, 60)
        dbPath = join(dir, `${safe}.pingcha.sqlite`)
        for (let n = 2; existsSync(dbPath); n++) dbPath = join(dir, `${safe}(${n}).pingcha.sqlite`)
      }
      // Created here, exclusively and owner-only: an existing file is never overwritten, and SQLite gives its
      // -wal and -shm files the mode of the database file.
      try {
        closeSync(openSync(dbPath, 'wx', OWNER_FILE))
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new EngineError('bad-request', `文件已存在：${dbPath}。评查助手不会覆盖已有文件`)
        throw new EngineError('unusable-input', `无法创建项目文件 ${dbPath}：${(e as Error).message}`)
      }
      let s: ProjectStore
      try {
        s = await ProjectStore.create(dbPath, {
          name,
          rubricId: rubric.id,
          rubricVersion: rubric.version,
          rubricSource: source,
          agencies: req.agencies,
          reviewers: req.reviewers,
          samplingRatio: req.samplingRatio,
        })
      } catch (e) {
        for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true })
        throw new EngineError('unusable-input', e instanceof Error ? e.message : String(e))
      }
      this.stores.set(s.info.id, s)
      this.rememberProject(dbPath)
      return this.projectInfo(s)
    },
    'project.open': async (req) => {
      const s = await this.openStore(req.dbPath)
      this.rememberProject(s.info.dbPath)
      return this.projectInfo(s)
    },
    /**
     * The one way a project's rubric changes: a reviewer chooses another version (or rubric) of the library. The
     * project keeps a copy of it, the audit trail records who switched from which to which, and the project's cases
     * are checked again with it (a job, as an import), keeping each decision wherever its finding is found again.
     */
    'project.setRubric': async (req) => {
      const s = await this.store(req.projectId)
      const lib = this.library()
      const l = exactRubric(lib.loaded, req.rubricId, req.version)
      if (!l) throw new EngineError('not-found', `评查标准库中没有 ${req.rubricId} 的 ${req.version} 版`)
      const cur = s.rubric
      if (cur && cur.rubricId === l.rubric.id && cur.version === l.rubric.version && cur.sha256 === sha256Of(l.source))
        throw new EngineError('refused', `本项目已在使用 ${l.rubric.name}（${l.rubric.version} 版）`)
      if (this.projectBusy(s.info.id)) throw new EngineError('refused', '本项目正在导入或重新评查案卷，请等其完成后再更换评查标准')
      const named = s.info.reviewers
      const actor = req.reviewer?.trim() || this.settings().reviewer || (named.length === 1 ? named[0] : '') || '评查人'
      await s.keepRubric({ rubricId: l.rubric.id, version: l.rubric.version, source: l.source, origin: 'switched', note: null, storedBy: actor })
      const folders = (await s.listCases()).map((r) => r.folder)
      return { project: this.projectInfo(s, lib), jobId: folders.length ? this.startRecheck(s, folders) : null, cases: folders.length }
    },

    'case.import': async (req) => {
      const s = await this.store(req.projectId)
      for (const f of req.folders) {
        if (isDevicePath(resolve(f)) || isDevicePath(realpathNearest(f))) throw new EngineError('bad-request', `不能从系统设备文件夹导入：${f}`)
        if (!existsSync(f)) throw new EngineError('not-found', `找不到文件夹：${f}`)
      }
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
    'case.get': async (req) => this.caseDetail(await this.store(req.projectId), req.caseId, req.memberId),
    'case.setAgency': async (req) => {
      const s = await this.store(req.projectId)
      if (!(await s.getCaseRow(req.caseId))) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      await s.setAgency(req.caseId, req.agency, this.settings().reviewer || '评查人')
      return (await s.getCaseRow(req.caseId))!
    },
    'case.recheck': async (req) => {
      const s = await this.store(req.projectId)
      const folder = await s.caseFolder(req.caseId)
      if (!folder) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      const rubric = this.projectRubric(s)
      const run = await runCase(folder, { rubric, laws: () => this.laws(), calendar: () => this.calendar(), cacheDir: this.ensureCacheDir() })
      await s.saveCase(folder, { ingest: run.ingest, documents: run.documents, facts: run.facts, result: run.result }, this.rescorer(rubric))
      return this.caseDetail(s, req.caseId)
    },
    /**
     * Only a file recorded at ingest, found by its recorded path, resolved with realpath inside the case folder
     * (a symlink leading out is refused; a case imported as one file serves that file and nothing beside it), and
     * only while its bytes are still those that were read.
     */
    'case.file': async (req) => {
      const s = await this.store(req.projectId)
      const folder = await s.caseFolder(req.caseId)
      if (!folder) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      const rec = (await s.caseFiles(req.caseId)).find((f) => f.path === req.path)
      if (!rec) throw new EngineError('bad-request', '文件不在案卷文件夹内：只能查看导入时读取的案卷文件')
      let realRoot: string
      try {
        realRoot = realpathSync.native(folder)
      } catch {
        throw new EngineError('not-found', `找不到案卷：${folder}（文件夹可能已被移动）`)
      }
      const single = statSync(realRoot).isFile()
      let real: string
      try {
        real = realpathSync.native(single ? folder : join(folder, rec.path))
      } catch {
        throw new EngineError('not-found', `找不到案卷文件：${rec.path}（文件可能已被移动）`)
      }
      if (single ? real !== realRoot : !isInside(real, realRoot) || real === realRoot) throw new EngineError('bad-request', '文件不在案卷文件夹内')
      const st = statSync(real)
      if (!st.isFile()) throw new EngineError('bad-request', '文件不在案卷文件夹内')
      if (st.size > MAX_VIEW_BYTES) throw new EngineError('unusable-input', `文件过大（${Math.round(st.size / 1048576)} MB），请在文件夹中直接打开：${rec.path}`)
      const bytes = await readFile(real)
      if (rec.sha256 && createHash('sha256').update(bytes).digest('hex') !== rec.sha256) {
        throw new EngineError('unusable-input', `案卷文件自导入后已被更改：${rec.path}。请重新评查该案卷`)
      }
      return { mime: MIME[extname(real).toLowerCase()] ?? 'application/octet-stream', base64: bytes.toString('base64') }
    },

    'finding.decide': async (req) => {
      const s = await this.store(req.projectId)
      const d = req.decision
      if (!d.findingId && !d.itemId) throw new EngineError('bad-request', '决定须指明问题或评查项')
      if (d.action === 'adjust' && d.points === undefined) throw new EngineError('bad-request', '调整扣分须给出不小于 0 的分值')
      // The reviewer of this session, chosen from the project's roster; a project without a roster keeps the name of 设置.
      const member = req.memberId !== undefined ? await requireMember(s, req.memberId) : null
      const row = await s.getCaseRow(req.caseId)
      if (!row) throw new EngineError('not-found', `项目中没有编号为 ${req.caseId} 的案卷`)
      const blind = await blindAssignment(s, row)
      let memberId: number | null = null
      if (blind) {
        if (!member) throw new EngineError('refused', '该案卷由评查组双人背靠背评查：请先在“评查组”中选择本次评查的评查人')
        if (!blind.reviewers.some((r) => r.memberId === member.id)) throw new EngineError('refused', `${member.name} 未被分配评查该案卷`)
        memberId = member.id
      }
      if (!member && (await s.panel.members()).length) throw new EngineError('refused', '本项目有评查人员名单：请先在“评查组”中选择本次评查人，评查决定记在此人名下')
      // Without a roster: the name sent, else the name of 设置, else the project's one reviewer named at its creation.
      const named = s.info.reviewers
      const reviewer = member?.name ?? (d.reviewer.trim() || this.settings().reviewer || (named.length === 1 ? named[0] : ''))
      if (!reviewer)
        throw new EngineError('refused', named.length ? `请先选择本次评查人（本项目的评查人员：${named.join('、')}）` : '请先在“设置”中填写评查人姓名，或在新建项目时填写评查人员')
      const result = await s.caseResult(req.caseId)
      if (!result) throw new EngineError('not-found', '该案卷尚未评查，没有可决定的问题')
      if (d.findingId && !(await s.findings(req.caseId)).some((f) => f.id === d.findingId)) throw new EngineError('not-found', `该案卷没有编号为 ${d.findingId} 的问题`)
      if (d.itemId && !result.items.some((i) => i.itemId === d.itemId)) throw new EngineError('not-found', `该案卷的评查标准中没有评查项 ${d.itemId}`)
      const decision: Decision = { ...d, reviewer, at: new Date().toISOString() }
      // Scored again inside the decision's transaction, from every decision stored by then (another process's too).
      // Refused inside the write transaction once the reviewer has submitted, whoever submitted meanwhile.
      const closed = memberId === null ? undefined : async (tx: Db) => {
        if (await s.panel.submitted(req.caseId, memberId, tx)) throw new EngineError('refused', `${reviewer} 已提交该案卷的评查结果，不能再修改`)
      }
      const { score, decisions } = await s.addDecision(req.caseId, decision, this.rescorer(this.caseRubric(s, result.rubric)), memberId, closed)
      return { score: score!, decisions }
    },

    'panel.get': async (req) => {
      const s = await this.store(req.projectId)
      const rubric = this.projectRubric(s)
      return panelOverview(s, rubric, this.rescorer(rubric))
    },
    'panel.member.save': async (req) => {
      const s = await this.store(req.projectId)
      return s.panel.saveMember(req.member, this.settings().reviewer || '评查组')
    },
    'panel.member.remove': async (req) => {
      const s = await this.store(req.projectId)
      await s.panel.removeMember(req.memberId, this.settings().reviewer || '评查组')
      return s.panel.members()
    },
    'panel.settings.set': async (req) => {
      const s = await this.store(req.projectId)
      return s.panel.setSettings(req.settings, this.settings().reviewer || '评查组')
    },
    'panel.draw': async (req) => {
      const s = await this.store(req.projectId)
      if (req.frame && (isDevicePath(resolve(req.frame)) || isDevicePath(realpathNearest(req.frame)))) throw new EngineError('bad-request', `不能读取系统设备文件：${req.frame}`)
      return drawInProject(s, req, { rubric: this.projectRubric(s), rescore: this.rescorer(this.projectRubric(s)), appVersion: ENGINE_VERSION })
    },
    'panel.assign': async (req) => assignDraw(await this.store(req.projectId), req),
    'panel.exportDraw': async (req) => {
      const s = await this.store(req.projectId)
      const rec = (await s.panel.draws()).find((d) => d.id === req.drawId)
      if (!rec) throw new EngineError('not-found', '没有这次抽取记录')
      return this.writeExports(s, req.outDir, async (dir) => {
        const file = join(dir, safeName(`${DRAW_RECORD_TITLE}_${rec.draw.seed}.docx`))
        writeFileSync(file, await buildDrawRecord(s.info, rec))
        return [file]
      })
    },
    'panel.submit': async (req) => {
      const s = await this.store(req.projectId)
      return submitReview(s, req.caseId, req.memberId, this.rescorer(this.projectRubric(s)))
    },
    'panel.compare': async (req) => compareReviews(await this.store(req.projectId), req.caseId),
    'panel.reconcile': async (req) => {
      const s = await this.store(req.projectId)
      return reconcileCase(s, req, this.rescorer(this.projectRubric(s)))
    },

    'rubric.list': async () => {
      const lib = this.library()
      return { rubrics: lib.summaries, versions: lib.versions, invalid: lib.invalid }
    },
    'rubric.get': async (req) => {
      const { loaded } = this.library()
      const l = req.version === undefined ? (pickRubric(loaded, req.id) ?? loaded.find((x) => basename(x.file) === req.id)) : loaded.find((x) => x.rubric?.id === req.id && x.rubric.version === req.version)
      if (!l) throw new EngineError('not-found', `没有评查标准 ${req.id}${req.version === undefined ? '' : ` 版本 ${req.version}`}`)
      return { rubric: l.rubric, source: l.source, validation: l.validation }
    },
    'rubric.validate': async (req) => checkRubricText(req.text ?? '', req.file ?? '（未命名）').validation,
    'rubric.save': async (req) => saveRubric(req.text, this.paths.rubricsDir, userRubricsDir(this.paths.dataDir)),
    'rubric.usage': async () => {
      const { loaded } = this.library()
      const usage = new Map<string, RubricUsage>()
      for (const p of await this.handlers['project.list'](undefined)) {
        const version = p.rubric?.version ?? pickRubric(loaded, p.rubricId, p.rubricVersion ?? null)?.rubric.version ?? p.rubricVersion ?? '（标准库中没有）'
        const key = `${p.rubricId}\u0000${version}`
        if (!usage.has(key)) usage.set(key, { id: p.rubricId, version, projects: [] })
        usage.get(key)!.projects.push({ id: p.id, name: p.name, dbPath: p.dbPath })
      }
      return [...usage.values()]
    },

    'ledger.list': async (req) => (await this.store(req.projectId)).ledger(),
    'ledger.update': async (req) => {
      const s = await this.store(req.projectId)
      if (!(await s.getCaseRow(req.entry.caseId))) throw new EngineError('not-found', `项目中没有编号为 ${req.entry.caseId} 的案卷`)
      if (!(await s.findings(req.entry.caseId)).some((f) => f.id === req.entry.findingId)) throw new EngineError('not-found', `该案卷没有编号为 ${req.entry.findingId} 的问题`)
      return s.updateLedger(req.entry, this.settings().reviewer || '评查人')
    },
    'ledger.table': async (req) => {
      const s = await this.store(req.projectId)
      const snapshot = await this.snapshot(s, 'all')
      const entries = new Map(snapshot.ledger.map((e) => [`${e.caseId}|${e.findingId}`, e]))
      return {
        columns: [...LEDGER_COLUMNS],
        rows: ledgerRows(snapshot).map((r) => ({ caseId: r.caseId, findingId: r.findingId, values: r.values, entry: entries.get(`${r.caseId}|${r.findingId}`) ?? null })),
      }
    },

    /** Into the folder the user chose (or the app's exports folder); a file already there is never overwritten. */
    'export.run': async (req) => {
      const s = await this.store(req.projectId)
      if (req.caseIds !== 'all') {
        const known = new Set((await s.listCases()).map((r) => r.id))
        const unknown = req.caseIds.find((id) => !known.has(id))
        if (unknown !== undefined) throw new EngineError('not-found', `项目中没有编号为 ${unknown} 的案卷`)
      }
      const snapshot = await this.snapshot(s, req.caseIds)
      return this.writeExports(s, req.outDir, (staging) => exportDocuments(snapshot, req.kind, staging))
    },

    'dialog.pickFolders': async () => {
      throw new EngineError('not-implemented', '浏览器中无法弹出文件夹选择框，请直接输入案卷文件夹的完整路径')
    },

    'laws.status': async () => lawCurrency(this.paths.resourcesDir, this.paths.dataDir),
    'laws.list': async () => listUserLaws(this.paths.dataDir),
    'laws.preview': async (req) => (await planLawImports(this.paths.resourcesDir, this.paths.dataDir, req.paths, req)).map(previewOf),
    'laws.import': async (req) => {
      const planned = await commitLawImports(this.paths.resourcesDir, this.paths.dataDir, req.paths, req)
      return { imported: planned.reduce((n, p) => n + p.plans.length, 0), status: await lawCurrency(this.paths.resourcesDir, this.paths.dataDir) }
    },
    'laws.remove': async (req) => ({ removed: removeUserLaw(this.paths.dataDir, req.id), status: await lawCurrency(this.paths.resourcesDir, this.paths.dataDir) }),
    'laws.export': async (req) => {
      const file = this.writableTarget(req.path)
      return { file, count: exportUserLaws(this.paths.dataDir, file, req.ids) }
    },
  }

  /**
   * Files made into a staging folder, then placed into the folder the user chose (or the app's exports folder)
   * without overwriting anything there.
   */
  private async writeExports(s: ProjectStore, target: string | undefined, make: (staging: string) => Promise<string[]>): Promise<{ files: string[] }> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
    let outDir: string
    if (target) {
      outDir = this.writableTarget(target)
      if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new EngineError('bad-request', `导出位置应为文件夹：${outDir} 是一个文件`)
      mkdirOwner(outDir)
    } else {
      outDir = join(this.paths.dataDir, 'exports', s.info.name.replace(/[\\/:*?"<>|\x00-\x1f]+/g, '_').replace(/^\.+/, '_'), stamp)
      ownFolder(join(this.paths.dataDir, 'exports'))
      mkdirOwner(outDir)
    }
    const staging = mkdtempSync(join(outDir, '.pingcha-export-'))
    try {
      const made = await make(staging)
      return { files: made.map((f) => placeWithoutOverwrite(f, outDir)) }
    } finally {
      rmSync(staging, { recursive: true, force: true })
    }
  }

  /** The rubric an open project checks with (its own copy): what the CLI's check --db uses for that project. */
  async rubricOfProject(projectId: string): Promise<Rubric> {
    return this.projectRubric(await this.store(projectId))
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
    const rubric = this.projectRubric(s)
    const o = await panelOverview(s, rubric, this.rescorer(rubric))
    const panel = o.members.length || o.draws.length
      ? { members: o.members, draw: o.draws.at(-1) ?? null, cases: o.cases, threshold: o.settings.threshold, agreement: o.agreement, agreementNote: o.agreementNote, decisionAgreement: o.decisionAgreement }
      : undefined
    return { project: s.info, rubric, cases, ledger: await s.ledger(), date: new Date().toISOString().slice(0, 10), ...(panel ? { panel } : {}) }
  }
}

/** A stored case scored again with reviewer decisions; its documents decide, as at the first run, whether it can be graded at all. */
export function rescore(rubric: Rubric, result: CaseResult, findings: Finding[], decisions: Decision[]) {
  return scoreCase(rubric, result.items, findings, decisions, { documents: result.documents, unreadable: result.errors.length })
}

/** The cache's own entries: regular files of its layout, symlinks never followed. Anything else in the folder is not ours. */
function cacheEntries(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = []
  const dirs: string[] = []
  const isDir = (p: string) => {
    try {
      return lstatSync(p).isDirectory()
    } catch {
      return false
    }
  }
  for (const top of CACHE_TOPS) {
    const t = join(dir, top)
    if (!isDir(t)) continue
    for (const sub of readdirSync(t)) {
      const d = join(t, sub)
      if (!/^[0-9a-f]{2}$/.test(sub) || !isDir(d)) continue
      for (const f of readdirSync(d)) {
        const p = join(d, f)
        if (CACHE_FILE.test(f) && lstatSync(p).isFile()) files.push(p)
      }
      dirs.push(d)
    }
    dirs.push(t)
  }
  return { files, dirs }
}

function cacheSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  const { files } = cacheEntries(dir)
  for (const f of files) bytes += lstatSync(f).size
  return { bytes, files: files.length }
}

/** Deletes the cache's own entries and the folders they leave empty; nothing else, whatever the folder holds. */
function clearCache(dir: string): void {
  const { files, dirs } = cacheEntries(dir)
  for (const f of files) rmSync(f, { force: true })
  for (const d of dirs) {
    try {
      rmdirSync(d) // only when empty: a file that is not ours keeps its folder
    } catch {
      // not empty
    }
  }
}

/** Moves an exported file into dir under its name, or name(2), name(3)…: an existing file is never replaced. */
function placeWithoutOverwrite(src: string, dir: string): string {
  const ext = extname(src)
  const stem = basename(src, ext)
  for (let n = 1; n < 10000; n++) {
    const dst = join(dir, n === 1 ? `${stem}${ext}` : `${stem}(${n})${ext}`)
    try {
      linkSync(src, dst)
      return dst
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue
    }
    // A file system without hard links (FAT on a USB drive): an exclusive copy.
    try {
      copyFileSync(src, dst, fsConstants.COPYFILE_EXCL)
      return dst
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
  }
  throw new EngineError('unusable-input', `导出文件夹中同名文件过多：${dir}`)
}

/**
 * Whether a file is a Pingcha project, judged read-only before anything opens it for writing: a foreign SQLite
 * file (or any other file) is refused untouched, never migrated.
 */
async function assertProjectFile(abs: string): Promise<void> {
  const notOurs = (why: string) => new EngineError('unusable-input', `${abs} 不是评查项目文件（${why}），文件未作任何改动`)
  const st = statSync(abs)
  if (!st.isFile()) throw notOurs('不是普通文件')
  const header = Buffer.alloc(16)
  const fd = openSync(abs, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw notOurs('不是 SQLite 数据库')
  let db: Awaited<ReturnType<typeof openDb>>
  try {
    db = await openDb(abs, { readonly: true })
  } catch (e) {
    throw notOurs(`无法读取：${(e as Error).message}`)
  }
  try {
    const version = (await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0
    const tables = new Set((await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table'")).map((r) => r.name))
    if (version < 1 || !PROJECT_TABLES.every((t) => tables.has(t))) throw notOurs('没有评查项目的数据表')
    if (version > SCHEMA_VERSION) throw new EngineError('unusable-input', `${abs} 由更新版本的评查助手创建，请升级后再打开`)
    const n = (await db.get<{ n: number }>('SELECT count(*) AS n FROM projects'))?.n ?? 0
    if (n < 1) throw notOurs('没有项目信息')
  } catch (e) {
    throw e instanceof EngineError ? e : notOurs(`无法读取：${(e as Error).message}`)
  } finally {
    await db.close()
  }
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
