/**
 * A host process serving a stand-in engine over the real host protocol, for what the real engine does not do on
 * demand: a call that never ends, a crash in the middle of a call, an import that stays running.
 */
import type { EngineEvent } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import { ownPort, serveEngine } from '../../electron/engine/host/protocol'

const listeners = new Set<(e: EngineEvent) => void>()
const emit = (e: EngineEvent) => listeners.forEach((l) => l(e))

const methods: Record<string, (req: unknown) => Promise<unknown>> = {
  'app.info': async () => ({ pid: process.pid }),
  // never answered
  'settings.get': () => new Promise(() => undefined),
  // the host dies in the middle of the call
  'cache.clear': async () => {
    setTimeout(() => process.exit(7), 20)
    return new Promise(() => undefined)
  },
  'project.open': async () => {
    throw new EngineError('not-found', '找不到项目文件：/x.sqlite')
  },
  'settings.set': async () => {
    throw new TypeError('boom')
  },
  // an import that reports progress and stays running
  'case.import': async () => {
    setTimeout(() => {
      emit({ type: 'progress', progress: { jobId: 'job-1', stage: 'ingest', done: 1, total: 3 } })
      emit({ type: 'job', status: { jobId: 'job-1', state: 'running', progress: null, errors: [], caseIds: [4] } })
    }, 10)
    return { jobId: 'job-1' }
  },
}

serveEngine(ownPort(), () => ({
  call: ((method: string, req: unknown) => (methods[method] ?? (async () => ({ echo: { method, req } })))(req)) as never,
  onEvent: (l: (e: EngineEvent) => void) => {
    listeners.add(l)
    return () => listeners.delete(l)
  },
}))
process.on('disconnect', () => process.exit(0))
