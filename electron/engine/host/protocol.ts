/**
 * The engine host's protocol: how a process that runs the engine (the host) and the process that asks it (Electron's
 * main process, a test) talk. Plain messages over any two-way message channel — Electron's utility-process port, a
 * `child_process.fork` IPC channel, a worker's port — so the same code is tested in plain Node.
 *
 *   asker → host: { type: 'init', options }            once, first: how to build the engine service
 *                 { type: 'call', id, method, req }     one contract call
 *   host → asker: { type: 'reply', id, ok, result | error }
 *                 { type: 'event', event }              progress and job events, as the service emits them
 */
import type { ApiError, EngineEvent } from '../../../shared/api'
import { EngineError } from '../../../shared/errors'
import type { ServiceOptions } from '../service'

export type ToHost = { type: 'init'; options: HostInit } | { type: 'call'; id: number; method: string; req: unknown }

export type FromHost =
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: ApiError }
  | { type: 'event'; event: EngineEvent }

/** What the host needs to build its engine service (plain data: it crosses the channel). */
export type HostInit = Pick<ServiceOptions, 'paths' | 'transport'>

/** One end of a two-way message channel. */
export interface Port {
  post(msg: unknown): void
  onMessage(fn: (msg: unknown) => void): void
}

/** A running host process as its asker sees it. */
export interface HostProcess extends Port {
  /** Called once when the process has ended, for whatever reason (code null: killed by a signal). */
  onExit(fn: (code: number | null) => void): void
  kill(): void
  readonly pid?: number
}

/** What the host serves: the engine service, or anything answering the contract the same way. */
export interface Engine {
  call(method: never, req: never): Promise<unknown>
  onEvent(listener: (e: EngineEvent) => void): () => void
}

/** Any error as it crosses a bridge: an EngineError keeps its code, anything else is `internal`. */
export function apiErrorOf(e: unknown): ApiError {
  if (e instanceof EngineError) return { code: e.code, message: e.message }
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) }
}

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null

/**
 * The host side: builds the engine from the init message (in the same turn, so no call that follows it is missed),
 * answers every call with it and forwards its events. A call that throws is answered with an error object; the host
 * itself goes on.
 */
export function serveEngine(port: Port, makeEngine: (init: HostInit) => Engine): void {
  let engine: Engine | null = null
  let broken: ApiError | null = null
  const post = (r: FromHost) => {
    try {
      port.post(r)
    } catch {
      // the asker is gone; nothing to answer
    }
  }
  port.onMessage((m) => {
    if (!isObject(m)) return
    if (m.type === 'init') {
      if (engine || broken) return
      try {
        engine = makeEngine(m.options as HostInit)
        engine.onEvent((event) => post({ type: 'event', event }))
      } catch (e) {
        broken = apiErrorOf(e)
      }
      return
    }
    if (m.type !== 'call' || typeof m.id !== 'number') return
    const id = m.id
    if (!engine) return post({ type: 'reply', id, ok: false, error: broken ?? { code: 'internal', message: '评查引擎尚未启动' } })
    const call = engine.call as (method: unknown, req: unknown) => Promise<unknown>
    void (async () => {
      try {
        post({ type: 'reply', id, ok: true, result: (await call.call(engine, m.method, m.req)) ?? null })
      } catch (e) {
        post({ type: 'reply', id, ok: false, error: apiErrorOf(e) })
      }
    })()
  })
}

/** This process's own channel to its asker: Electron's utility-process port, or the IPC channel of `child_process.fork`. */
export function ownPort(): Port {
  const parentPort = (process as { parentPort?: { postMessage(m: unknown): void; on(ev: 'message', fn: (e: { data: unknown }) => void): void } }).parentPort
  if (parentPort) return { post: (m) => parentPort.postMessage(m), onMessage: (fn) => parentPort.on('message', (e) => fn(e.data)) }
  if (process.send) {
    return {
      post: (m) => {
        process.send!(m)
      },
      onMessage: (fn) => process.on('message', fn),
    }
  }
  throw new Error('评查引擎进程没有与主进程的通信通道（应由主进程启动）')
}

/** A child process as either runtime gives it: Electron's utility process or Node's forked child. */
export interface ChildLike {
  send(m: unknown): void
  on(ev: 'message', fn: (m: unknown) => void): unknown
  once(ev: 'exit', fn: (code: number | null) => void): unknown
  kill(): unknown
  readonly pid?: number
}

/** A started child as a HostProcess: posting to it after it ended throws instead of vanishing. */
export function asHostProcess(child: ChildLike): HostProcess {
  let exited = false
  const onExit: ((code: number | null) => void)[] = []
  child.once('exit', (code) => {
    exited = true
    for (const fn of onExit) fn(code)
  })
  return {
    post: (m) => {
      if (exited) throw new Error('评查引擎进程已退出')
      child.send(m)
    },
    onMessage: (fn) => child.on('message', fn),
    onExit: (fn) => onExit.push(fn),
    kill: () => {
      if (!exited) child.kill()
    },
    get pid() {
      return child.pid
    },
  }
}
