/** Which folders are case folders: a folder that directly holds case files is a case; otherwise each subfolder is tried. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

export const CASE_FILE_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.wps', '.jpg', '.jpeg', '.png', '.bmp', '.tif', '.tiff', '.txt', '.ofd'])

function holdsCaseFiles(dir: string): boolean {
  return readdirSync(dir).some((f) => CASE_FILE_EXTENSIONS.has(extname(f).toLowerCase()) && statSync(join(dir, f)).isFile())
}

/** A path → the case folders under it (a file counts as a case of its own). Sorted in natural order. */
export function findCaseFolders(path: string, depth = 3): string[] {
  if (!existsSync(path)) return []
  const st = statSync(path)
  if (st.isFile()) return CASE_FILE_EXTENSIONS.has(extname(path).toLowerCase()) ? [path] : []
  if (holdsCaseFiles(path)) return [path]
  if (depth === 0) return []
  const subs = readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort(new Intl.Collator('zh-CN', { numeric: true }).compare)
  return subs.flatMap((s) => findCaseFolders(join(path, s), depth - 1))
}
