export { EngineError } from './api'
import { EngineError } from './api'

/** Thrown by a stage that is not built yet. The CLI prints "not implemented yet" and exits non-zero; the UI says so. */
export function notImplemented(what: string): never {
  throw new EngineError('not-implemented', `${what}: not implemented yet`)
}
