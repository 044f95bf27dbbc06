import type { LawLookup, LawVersionInfo } from './types'

/** The version of a resolved law a document dated `date` speaks of: the one in force that day, else (no date) the newest. */
export function versionAt(laws: LawLookup, law: { title: string; versions: LawVersionInfo[] }, date: string | undefined): LawVersionInfo | null {
  return date ? laws.versionOn(law.title, date) : law.versions[law.versions.length - 1] ?? null
}
