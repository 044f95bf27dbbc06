/**
 * Versions of a rubric (评查标准的版本). A rubric is known by its id and version: an edited copy is saved under a new
 * version beside the old one, so a project that uses the old version keeps it. Pure text helpers, usable in the
 * engine, the renderer and its validation worker.
 */

/** Numeric parts compared as numbers ("1.10" after "1.9"), anything else as text; a longer version after its prefix. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.\-_]/)
  const pb = b.split(/[.\-_]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const nx = /^\d+$/.test(x) ? Number(x) : NaN
    const ny = /^\d+$/.test(y) ? Number(y) : NaN
    const d = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN')
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return 0
}

/** The highest of some versions (null for none). */
export function newestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>((best, v) => (best === null || compareVersions(v, best) > 0 ? v : best), null)
}

/**
 * The version an edited copy is saved under: one step above the highest version the rubric has (1.3 → 1.4; 2.9 →
 * 2.10; "2024版" → "2024版.1"), never one already taken.
 */
export function nextVersion(taken: readonly string[]): string {
  const top = newestVersion(taken) ?? '0'
  const bump = (v: string) => {
    const m = /^(.*?)(\d+)$/.exec(v)
    return m ? `${m[1]}${Number(m[2]) + 1}` : `${v}.1`
  }
  let v = bump(top)
  while (taken.includes(v)) v = bump(v)
  return v
}

/**
 * The rubric text with its top-level `version:` set to `version`, every other line (comments included) as it was.
 * A text without one gets it after its `id:` line, or first.
 */
export function withVersion(text: string, version: string): string {
  const line = `version: ${JSON.stringify(version)}`
  const at = /^version:[^\r\n]*/m
  if (at.test(text)) return text.replace(at, line)
  const id = /^id:[^\r\n]*(\r?\n|$)/m.exec(text)
  if (!id) return `${line}\n${text}`
  const end = id.index + id[0].length
  return `${text.slice(0, end)}${id[1] ? '' : '\n'}${line}\n${text.slice(end)}`
}

