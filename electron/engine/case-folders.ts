/**
 * Which folders are case folders. The case is the folder the user chose:
 * - a folder that directly holds case files is a case, and its subfolders are parts of it;
 * - a folder that holds no case files itself but one subfolder that is one case (案卷/扫描件/*.jpg), or only
 *   subfolders named as parts of a case (扫描件, 签字材料, 附件, 正卷, 第一册…), is one case, named after itself;
 * - otherwise (a project folder of cases) each subfolder is tried the same way.
 *
 * Entries are read as raw bytes, as walk.ts reads them: a folder unpacked from a zip made on Chinese Windows has GBK
 * names that are not valid UTF-8. Such a folder is returned under its decoded name; ingest finds it again by that
 * name (walk.ts, rawPath). A dangling link or an unreadable entry never fails the listing: inside a case it is read as
 * one file that reports its own error.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { extname, resolve } from 'node:path'
import { decodeName, isJunk, naturalCompare, rawPath } from './ingest/walk'

export const CASE_FILE_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.wps', '.jpg', '.jpeg', '.png', '.bmp', '.tif', '.tiff', '.txt', '.ofd'])

/** Subfolder names that are parts of one case, not cases of their own. */
const PART_NAME =
  /^(?:\d+[\s._、-]*)?(?:扫描件?|扫描版|签字(?:材料|件|版)?|签名|签章|附件|附表|证据(?:材料)?|材料|照片|图片|影像|文书|文件|正卷|副卷|卷内(?:文书|材料)?|卷宗|案卷(?:材料|文书)?|原件|复印件|其他|其它|补充(?:材料)?|[上中下]册|第?[一二三四五六七八九十\d]+(?:册|卷|本|部分)|scans?|images?|photos?|attachments?|evidence|docs?|files?|pdfs?)$/i

function isPartName(name: string): boolean {
  return PART_NAME.test(name.trim())
}

interface Entry {
  /** Path to open (raw bytes). */
  raw: Buffer
  /** Path for people (names decoded). */
  shown: string
  name: string
  dir: boolean
  file: boolean
}

function entries(dir: Buffer, shown: string): Entry[] | null {
  let list: Dirent<Buffer>[]
  try {
    list = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
  } catch {
    return null
  }
  const out: Entry[] = []
  for (const e of list) {
    const { name } = decodeName(e.name)
    if (isJunk(name)) continue
    const raw = Buffer.concat([dir, Buffer.from('/'), e.name])
    let isDir = e.isDirectory()
    let isFile = e.isFile()
    if (e.isSymbolicLink()) {
      try {
        const s = statSync(raw)
        isDir = s.isDirectory()
        isFile = s.isFile()
      } catch {
        isFile = true // a dangling link: read as a file, which reports that it cannot be opened
      }
    }
    out.push({ raw, shown: `${shown}/${name}`, name, dir: isDir, file: isFile })
  }
  return out.sort((a, b) => naturalCompare(a.name, b.name))
}

/** A path → the case folders under it (a file counts as a case of its own). Sorted in natural order. Never throws. */
export function findCaseFolders(path: string, depth = 3): string[] {
  const abs = resolve(path)
  const raw = rawPath(abs)
  if (raw === null) return []
  let st: ReturnType<typeof statSync>
  try {
    st = statSync(raw)
  } catch {
    return []
  }
  if (st.isFile()) return CASE_FILE_EXTENSIONS.has(extname(abs).toLowerCase()) ? [abs] : []
  if (!st.isDirectory()) return []
  const seen = new Set<string>()
  return search(typeof raw === 'string' ? Buffer.from(raw) : raw, abs, depth, seen)
}

function search(dir: Buffer, shown: string, depth: number, seen: Set<string>): string[] {
  let real: string
  try {
    real = realpathSync.native(dir, { encoding: 'buffer' }).toString('latin1')
  } catch {
    return []
  }
  if (seen.has(real)) return []
  seen.add(real)
  const list = entries(dir, shown)
  if (!list) return []
  if (list.some((e) => e.file && CASE_FILE_EXTENSIONS.has(extname(e.name).toLowerCase()))) return [shown]
  if (depth === 0) return []
  const subs = list.filter((e) => e.dir)
  // each subfolder's cases, looked for as if it had been chosen
  const found = subs.map((s) => ({ s, cases: search(s.raw, s.shown, depth - 1, seen) })).filter((x) => x.cases.length > 0)
  if (found.length === 0) return []
  // one subfolder that is one case, or only parts of a case: the chosen folder is the case
  if (found.length === 1) return found[0].cases.length === 1 ? [shown] : found[0].cases
  if (found.every((x) => isPartName(x.s.name))) return [shown]
  return found.flatMap((x) => x.cases)
}
