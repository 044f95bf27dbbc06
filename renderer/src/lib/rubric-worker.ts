/**
 * The rubric validator in a Web Worker (rubric-check.worker.ts), for the editor (lib/rubric-check.ts debounces).
 * Kept apart from rubric-check.ts, which the unit tests load in plain Node, where there are no Web Workers.
 */
import type { CheckRubric, RubricCheck } from './rubric-check'

/** Validation in the worker; `fallback` (the engine) answers when the worker cannot be started or fails. */
export function workerCheck(fallback: CheckRubric): { check: CheckRubric; dispose(): void } {
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./rubric-check.worker.ts', import.meta.url), { type: 'module', name: '评查标准校验' })
  } catch {
    worker = null
  }
  let n = 0
  const waiting = new Map<number, (r: RubricCheck | Error) => void>()
  const fail = () => {
    worker?.terminate()
    worker = null
    for (const answer of waiting.values()) answer(new Error('校验线程已停止'))
    waiting.clear()
  }
  worker?.addEventListener('message', (e: MessageEvent<{ n: number } & RubricCheck>) => {
    const { n: id, ...r } = e.data
    waiting.get(id)?.(r)
    waiting.delete(id)
  })
  worker?.addEventListener('error', fail)
  return {
    check(text) {
      const w = worker
      if (!w) return fallback(text)
      const id = ++n
      return new Promise<RubricCheck | Error>((done) => {
        waiting.set(id, done)
        w.postMessage({ n: id, text })
      }).then((r) => (r instanceof Error ? fallback(text) : r))
    },
    dispose() {
      worker?.terminate()
      worker = null
      waiting.clear()
    },
  }
}
