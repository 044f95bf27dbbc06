/**
 * The asking side of the engine host: the contract's calls sent to a host process, its replies and events received.
 * When the host ends unexpectedly (a crash, out of memory, killed), every call waiting for it ends with an error, an
 * import job it was running is reported failed, and a new host is started — the window never waits for an answer
 * that cannot come.
 */
import type { ApiMethod, ApiReq, ApiRes, EngineEvent, JobStatus } from '../../../shared/api'
import { EngineError } from '../../../shared/errors'
import type { HostInit, HostProcess, ToHost } from './protocol'

export interface HostClientOptions {
  /** Starts one host process (Electron: utilityProcess.fork; Node: child_process.fork). */
  spawn: () => HostProcess
  init: HostInit
  /** Restarts allowed within `restartWindowMs` before the client stops restarting on its own (a host that cannot start). */
  maxRestarts?: number
  restartWindowMs?: number
  /** Told of every unexpected end of a host (for a log line). */
  onCrash?: (code: number | null) => void
}

interface Pending {
  method: string
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null

export class EngineHostClient {
  private host: HostProcess | null = null
  private readonly pending = new Map<number, Pending>()
  private readonly listeners = new Set<(e: EngineEvent) => void>()
  /** Import jobs the host is running, so a crash can end them for the window. */
  private readonly running = new Map<string, JobStatus>()
  private crashes: number[] = []
  private nextId = 1
  private closed = false

  constructor(private readonly opts: HostClientOptions) {}

  /** Starts the host now rather than at the first call. */
  start(): void {
    if (!this.host && !this.closed) this.launch()
  }

  /** The pid of the running host, if any. */
  get pid(): number | undefined {
    return this.host?.pid
  }

  call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> {
    if (this.closed) return Promise.reject(new EngineError('internal', '评查引擎已关闭'))
    const host = this.host ?? this.launch()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject })
      try {
        host.post({ type: 'call', id, method, req: req ?? null } satisfies ToHost)
      } catch (e) {
        this.pending.delete(id)
        reject(new EngineError('internal', `无法把请求交给评查引擎：${e instanceof Error ? e.message : String(e)}`))
      }
    })
  }

  onEvent(listener: (e: EngineEvent) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Ends the host; calls still waiting end with an error. */
  close(): void {
    if (this.closed) return
    this.closed = true
    const h = this.host
    this.host = null
    this.failPending('评查引擎已关闭')
    h?.kill()
  }

  private launch(): HostProcess {
    const h = this.opts.spawn()
    this.host = h
    h.onMessage((m) => {
      if (this.host === h) this.receive(m)
    })
    h.onExit((code) => this.exited(h, code))
    h.post({ type: 'init', options: this.opts.init } satisfies ToHost)
    return h
  }

  private receive(m: unknown) {
    if (!isObject(m)) return
    if (m.type === 'event' && isObject(m.event)) {
      const e = m.event as EngineEvent
      if (e.type === 'job') {
        if (e.status.state === 'running') this.running.set(e.status.jobId, e.status)
        else this.running.delete(e.status.jobId)
      }
      this.emit(e)
      return
    }
    if (m.type !== 'reply' || typeof m.id !== 'number') return
    const p = this.pending.get(m.id)
    if (!p) return
    this.pending.delete(m.id)
    if (m.ok) {
      const result = m.result as { jobId?: unknown } | null
      if (p.method === 'case.import' && typeof result?.jobId === 'string' && !this.running.has(result.jobId)) {
        this.running.set(result.jobId, { jobId: result.jobId, state: 'running', progress: null, errors: [], caseIds: [] })
      }
      p.resolve(m.result)
    } else {
      const err = isObject(m.error) ? m.error : {}
      p.reject(new EngineError((err.code as EngineError['code']) ?? 'internal', typeof err.message === 'string' ? err.message : '评查引擎出错'))
    }
  }

  private emit(e: EngineEvent) {
    for (const l of [...this.listeners]) {
      try {
        l(e)
      } catch {
        // a listener's failure is its own
      }
    }
  }

  private failPending(message: string) {
    const waiting = [...this.pending.values()]
    this.pending.clear()
    for (const p of waiting) p.reject(new EngineError('internal', message))
  }

  private exited(h: HostProcess, code: number | null) {
    if (this.host !== h) return
    this.host = null
    if (this.closed) return
    this.opts.onCrash?.(code)
    const how = code === null ? '被系统终止' : `退出码 ${code}`
    this.failPending(`评查引擎进程意外退出（${how}），已自动重新启动。请重试刚才的操作。`)
    // An import the host was running ends for the window; the cases it had finished are saved in the project.
    for (const status of this.running.values()) {
      this.emit({
        type: 'job',
        status: { ...status, state: 'failed', message: `评查引擎进程意外退出（${how}），导入已中断；已完成的 ${status.caseIds.length} 卷已保存，请重新导入其余案卷` },
      })
    }
    this.running.clear()
    const now = Date.now()
    this.crashes = [...this.crashes.filter((t) => now - t < (this.opts.restartWindowMs ?? 60_000)), now]
    // Restarted at once, unless it keeps dying: then at the next call.
    if (this.crashes.length <= (this.opts.maxRestarts ?? 3)) this.launch()
  }
}
