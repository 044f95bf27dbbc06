/**
 * A pool of OCR worker threads: one per core by default, one page in flight per worker. Workers are
 * replaced after `recycleAfter` pages (default 500) as a backstop against slow native growth; not more
 * often, because measured here a worker's footprint is flat from page to page once onnxruntime's memory
 * arena is off (about 420–470 MB over 10 pages), while each replacement left the process about 250 MB
 * bigger (memory of an ended thread is not all returned), so frequent recycling raised the peak.
 *
 * Locating the worker:
 * - `PINGCHA_OCR_WORKER` (env) or `workerFile` (option): an explicit path to a built worker .js/.mjs.
 * - After bundling: `ocr-worker.js` (or `.mjs`) next to the bundle that contains this module; build
 *   `electron/engine/ocr/worker.ts` as an extra entry with that name.
 * - From source (tsx, vitest): `worker.ts` beside this file, started through a tiny eval bootstrap that
 *   registers tsx's ESM loader (`tsx/esm/api`) inside the worker, imports the .ts entry and unregisters the loader
 *   again: what the worker imports later (pdfjs, lazily) then loads as plain JavaScript. Through tsx, pdfjs cost each
 *   worker about 260 MB more (measured on a 16-page scanned PDF: 780 → 520 MB for one worker).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { OcrPage } from './engine'
import type { OcrBye, OcrFailure, OcrRequest, OcrResponse, OcrSource } from './protocol'

export interface OcrPoolOptions {
  threads?: number
  /** Pages a worker reads before it is replaced by a fresh one (default 500). */
  recycleAfter?: number
  workerFile?: string
  modelDir?: string
  /** A page taking longer than this (ms) is given up and its worker replaced. */
  pageTimeoutMs?: number
}

export class OcrJobError extends Error {
  constructor(
    public code: OcrFailure | 'cancelled',
    message: string,
  ) {
    super(message)
  }
}

interface Task {
  id: number
  source: OcrSource
  resolve: (p: OcrPage) => void
  reject: (e: OcrJobError) => void
}

interface Slot {
  worker: Worker
  task: Task | null
  timer?: ReturnType<typeof setTimeout>
  pages: number
  dead: boolean
}

function spawn(opts: OcrPoolOptions): Worker {
  const workerData = { modelDir: opts.modelDir, intraThreads: 1 }
  const explicit = opts.workerFile ?? process.env.PINGCHA_OCR_WORKER
  if (explicit) return new Worker(explicit, { workerData })
  // beside the bundle, or one folder up when this code ended up in a shared chunk (chunks/…)
  for (const name of ['./ocr-worker.js', './ocr-worker.mjs', '../ocr-worker.js', '../ocr-worker.mjs']) {
    const u = new URL(name, import.meta.url)
    if (u.protocol === 'file:' && existsSync(fileURLToPath(u))) return new Worker(u, { workerData })
  }
  const ts = new URL('./worker.ts', import.meta.url)
  const require = createRequire(import.meta.url)
  // the "import" target of tsx's `./esm/api` export (require.resolve would pick the CommonJS one)
  const tsxApi = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { const un = (m.register ?? m.default.register)(); return import(${JSON.stringify(ts.href)}).then(() => un()) })`
  return new Worker(boot, { eval: true, workerData })
}

export class OcrPool {
  private slots: Slot[] = []
  private queue: Task[] = []
  /** The tasks waiting on each caller's signal, and the one listener that cancels them. */
  private watched = new Map<AbortSignal, { tasks: Set<Task>; onAbort: () => void }>()
  private nextId = 1
  private closed = false
  readonly threads: number
  private recycleAfter: number
  private pageTimeoutMs: number
  /** Highest resident set size a worker reported, in MB (the whole process, as seen from that worker). */
  peakRssMB = 0

  constructor(private opts: OcrPoolOptions = {}) {
    this.threads = Math.max(1, opts.threads ?? availableParallelism())
    this.recycleAfter = opts.recycleAfter ?? 500
    this.pageTimeoutMs = opts.pageTimeoutMs ?? 180_000
  }

  /** OCRs one page. Rejects with OcrJobError (code 'cancelled' when the signal fires first). */
  run(source: OcrSource, signal?: AbortSignal): Promise<OcrPage> {
    if (this.closed) return Promise.reject(new OcrJobError('cancelled', 'OCR 已关闭'))
    if (signal?.aborted) return Promise.reject(new OcrJobError('cancelled', '已取消'))
    return new Promise<OcrPage>((resolve, reject) => {
      const task: Task = { id: this.nextId++, source, resolve, reject }
      if (signal) {
        this.watch(signal, task)
        const done = () => this.unwatch(signal, task)
        task.resolve = (p) => (done(), resolve(p))
        task.reject = (e) => (done(), reject(e))
      }
      this.queue.push(task)
      this.pump()
    })
  }

  /**
   * One abort listener per signal, however many of its pages are queued: a case's scanned pages are all queued at once,
   * and a listener each put more than ten on one signal (Node's MaxListenersExceededWarning in the server log).
   */
  private watch(signal: AbortSignal, task: Task): void {
    let w = this.watched.get(signal)
    if (!w) {
      const tasks = new Set<Task>()
      const onAbort = () => {
        for (const t of [...tasks]) this.cancel(t)
      }
      w = { tasks, onAbort }
      this.watched.set(signal, w)
      signal.addEventListener('abort', onAbort, { once: true })
    }
    w.tasks.add(task)
  }

  private unwatch(signal: AbortSignal, task: Task): void {
    const w = this.watched.get(signal)
    if (!w) return
    w.tasks.delete(task)
    if (w.tasks.size) return
    signal.removeEventListener('abort', w.onAbort)
    this.watched.delete(signal)
  }

  private cancel(task: Task): void {
    const qi = this.queue.indexOf(task)
    if (qi >= 0) {
      this.queue.splice(qi, 1)
      task.reject(new OcrJobError('cancelled', '已取消'))
      return
    }
    const slot = this.slots.find((s) => s.task === task)
    if (slot) {
      slot.task = null
      this.retire(slot)
      task.reject(new OcrJobError('cancelled', '已取消'))
      this.pump()
    }
  }

  /** Takes a worker out of the pool: gracefully (it frees its sessions and ends) or at once. */
  private retire(slot: Slot, graceful = false): void {
    clearTimeout(slot.timer)
    if (slot.dead) return
    slot.dead = true
    this.slots = this.slots.filter((s) => s !== slot)
    if (!graceful) {
      void slot.worker.terminate()
      return
    }
    const bye: OcrBye = { bye: true }
    slot.worker.postMessage(bye)
    const force = setTimeout(() => void slot.worker.terminate(), 10_000)
    force.unref()
    slot.worker.once('exit', () => clearTimeout(force))
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task && !s.dead)
      if (!slot) {
        if (this.slots.length >= this.threads) return
        slot = this.start()
      }
      const task = this.queue.shift()!
      slot.task = task
      const req: OcrRequest = { id: task.id, source: task.source }
      const s = slot
      s.timer = setTimeout(() => {
        if (s.task !== task) return
        s.task = null
        this.retire(s)
        task.reject(new OcrJobError('ocr-failed', `识别超时（超过 ${Math.round(this.pageTimeoutMs / 1000)} 秒）`))
        this.pump()
      }, this.pageTimeoutMs)
      slot.worker.postMessage(req)
    }
  }

  private start(): Slot {
    const worker = spawn(this.opts)
    const slot: Slot = { worker, task: null, pages: 0, dead: false }
    worker.on('message', (res: OcrResponse) => {
      const task = slot.task
      if (!task || task.id !== res.id) return
      clearTimeout(slot.timer)
      slot.task = null
      slot.pages++
      if (res.ok) {
        this.peakRssMB = Math.max(this.peakRssMB, res.rssMB)
        task.resolve(res.page)
      } else task.reject(new OcrJobError(res.code, res.message))
      if (slot.pages >= this.recycleAfter) this.retire(slot, true)
      this.pump()
    })
    const fail = (why: string) => {
      const task = slot.task
      slot.task = null
      this.retire(slot)
      task?.reject(new OcrJobError('ocr-failed', why))
      this.pump()
    }
    worker.on('error', (e) => fail(`识别进程出错：${e.message}`))
    worker.on('exit', (code) => {
      if (!slot.dead) fail(`识别进程意外退出（${code}）`)
    })
    this.slots.push(slot)
    return slot
  }

  async close(): Promise<void> {
    this.closed = true
    for (const t of this.queue.splice(0)) t.reject(new OcrJobError('cancelled', 'OCR 已关闭'))
    const all = this.slots.splice(0)
    for (const s of all) {
      clearTimeout(s.timer)
      s.dead = true
      s.task?.reject(new OcrJobError('cancelled', 'OCR 已关闭'))
    }
    await Promise.all(all.map((s) => s.worker.terminate()))
  }
}
