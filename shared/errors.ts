export { EngineError } from './api'
