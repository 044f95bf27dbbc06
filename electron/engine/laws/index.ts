import type { LawLookup } from '../../../shared/law/types'
import { notImplemented } from '../../../shared/errors'

export const READY = false

/** The app's law database (resources/laws/), loaded into an indexed store on first use. */
export async function openLaws(_resourcesDir: string): Promise<LawLookup> {
  return notImplemented('法规库 (laws)')
}
