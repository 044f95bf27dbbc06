/**
 * The typed bridge: exposes exactly one object, window.pingcha, implementing the engine API contract over IPC.
 * Built as CommonJS (index.cjs) because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHODS, type ApiError, type EngineEvent } from '../../shared/api'

const methods = new Set<string>(API_METHODS)

const bridge = {
  async call(method: string, req: unknown): Promise<unknown> {
    if (!methods.has(method)) throw new Error(`未知的接口：${method}`)
    const r = (await ipcRenderer.invoke('pingcha:call', method, req ?? null)) as { ok: true; result: unknown } | { ok: false; error: ApiError }
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
    return r.result
  },
  onEvent(listener: (e: EngineEvent) => void): () => void {
    const h = (_e: IpcRendererEvent, ev: EngineEvent) => listener(ev)
    ipcRenderer.on('pingcha:event', h)
    return () => ipcRenderer.off('pingcha:event', h)
  },
}

contextBridge.exposeInMainWorld('pingcha', bridge)

export type PingchaBridge = typeof bridge
