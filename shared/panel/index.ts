/** The review panel's engine core: the draw, reviewer assignment and agreement statistics (pure; no Node, no DOM). */
export * from './hash'
export * from './table'
export * from './sample'
export * from './assign'
export * from './agreement'
export * from './ratings'
export * from './reconcile'
export { fCdf, fQuantile } from './fdist'
