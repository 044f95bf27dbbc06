/**
 * The one engine client of the renderer. In Electron it uses the preload bridge (window.pingcha, IPC);
 * in a browser served by `pingcha serve` it uses POST /api/<method> and Server-Sent Events on /api/events,
 * each carrying the per-launch token the server put into the page (<meta name="pingcha-token">).
 */
import type { ApiError, ApiMethod, ApiReq, ApiRes, EngineClient, EngineEvent } from '../../../shared/api'

/** An engine error as the UI sees it: a code and a message for a person. */
export class ClientError extends Error {
  constructor(
    public code: ApiError['code'] | 'network',
    message: string,
  ) {
    super(message)
    this.name = 'ClientError'
  }
}

function toClientError(e: unknown): ClientError {
  if (e instanceof ClientError) return e
  const err = e as { message?: string; code?: string }
  const code = (['bad-request', 'refused', 'not-found', 'not-implemented', 'unusable-input', 'internal'] as const).find((c) => c === err?.code) ?? 'internal'
  return new ClientError(code, err?.message ?? String(e))
}

/** What the Electron preload exposes as window.pingcha. */
export interface PingchaBridge {
  call(method: string, req: unknown): Promise<unknown>
  onEvent(listener: (e: EngineEvent) => void): () => void
}

export function ipcClient(bridge: PingchaBridge): EngineClient {
  return {
    async call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> {
      try {
        return (await bridge.call(method, req ?? null)) as ApiRes<M>
      } catch (e) {
        throw toClientError(e)
      }
    },
    onEvent: (listener) => bridge.onEvent(listener),
  }
}

/** The token `pingcha serve` injected into the page it served, or null (tests, a page from elsewhere). */
export function pageToken(): string | null {
  const doc = (globalThis as { document?: { querySelector(sel: string): { getAttribute(name: string): string | null } | null } }).document
  return doc?.querySelector('meta[name="pingcha-token"]')?.getAttribute('content') || null
}

export function httpClient(base = './api/', token: string | null = pageToken()): EngineClient {
  const listeners = new Set<(e: EngineEvent) => void>()
  let source: EventSource | null = null
  const headers: Record<string, string> = token ? { 'content-type': 'application/json', 'x-pingcha-token': token } : { 'content-type': 'application/json' }
  const connect = () => {
    if (source || typeof EventSource === 'undefined') return
    // EventSource cannot send headers: the token travels in the query.
    source = new EventSource(token ? `${base}events?token=${encodeURIComponent(token)}` : `${base}events`)
    source.onmessage = (m) => {
      let ev: EngineEvent
      try {
        ev = JSON.parse(m.data as string) as EngineEvent
      } catch {
        return
      }
      for (const l of listeners) l(ev)
    }
  }
  return {
    async call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>> {
      let res: Response
      try {
        res = await fetch(`${base}${method}`, { method: 'POST', headers, body: JSON.stringify(req ?? null) })
      } catch (e) {
        throw new ClientError('network', `无法连接评查引擎：${e instanceof Error ? e.message : String(e)}`)
      }
      let body: { ok: true; result: ApiRes<M> } | { ok: false; error: ApiError }
      try {
        body = (await res.json()) as typeof body
      } catch {
        throw new ClientError('internal', `评查引擎返回了无法识别的应答（HTTP ${res.status}）`)
      }
      if (!body.ok) throw new ClientError(body.error.code, body.error.message)
      return body.result
    },
    onEvent(listener) {
      listeners.add(listener)
      connect()
      return () => {
        listeners.delete(listener)
        if (!listeners.size && source) {
          source.close()
          source = null
        }
      }
    },
  }
}

// Written against globalThis so this module also typechecks (and is tested) without the DOM lib.
const bridge = (globalThis as { pingcha?: PingchaBridge }).pingcha
export const client: EngineClient = bridge ? ipcClient(bridge) : httpClient()

/** The message of any error, for a person. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

export function isNotImplemented(e: unknown): boolean {
  return (e as { code?: string })?.code === 'not-implemented'
}
