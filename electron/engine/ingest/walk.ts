/**
 * Lists a case folder the way a person reads it: each folder's entries in natural order (2 before 10,
 * 第2页 before 第10页, then by name), folders descended where they fall in that order.
 *
 * Names are read as raw bytes: a zip made on Chinese Windows unpacks with GBK file names that are not
 * valid UTF-8. Such a name is shown decoded as GB18030 and the file is still opened by its raw bytes.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { basename, resolve } from 'node:path'
import iconv from 'iconv-lite'

export interface CaseFile {
  /** Path to open: a string, or the raw bytes when the name is not valid UTF-8. */
  path: string | Buffer
  /** Relative to the case folder, forward slashes, for people. */
  rel: string
}

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

/** Natural order: digit runs compare as numbers, the rest by the Chinese collation, then code points. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** Office lock files, OS metadata and hidden files are not part of a case. */
export function isJunk(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|__macosx)$/i.test(name)
}

export function decodeName(raw: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: new TextDecoder('utf-8', { fatal: true }).decode(raw), utf8: true }
  } catch {
    return { name: iconv.decode(raw, 'gb18030'), utf8: false }
  }
}

export function listCaseFiles(path: string): { root: string; files: CaseFile[]; single: boolean } {
  const abs = resolve(path)
  const st = statSync(abs)
  if (st.isFile()) return { root: abs, files: [{ path: abs, rel: basename(abs) }], single: true }
  const files: CaseFile[] = []
  const seen = new Set<string>()
  const walk = (dir: Buffer, rel: string, raw: boolean) => {
    let real: string
    try {
      real = realpathSync(dir)
    } catch {
      return
    }
    if (seen.has(real)) return
    seen.add(real)
    let entries: Dirent<Buffer>[]
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    } catch {
      return
    }
    const named = entries.map((e) => ({ e, ...decodeName(e.name) })).filter((x) => !isJunk(x.name))
    named.sort((a, b) => naturalCompare(a.name, b.name))
    for (const { e, name, utf8 } of named) {
      const full = Buffer.concat([dir, Buffer.from('/'), e.name])
      const r = rel ? `${rel}/${name}` : name
      let isDir = e.isDirectory()
      let isFile = e.isFile()
      if (e.isSymbolicLink()) {
        try {
          const s = statSync(full)
          isDir = s.isDirectory()
          isFile = s.isFile()
        } catch {
          isFile = true // dangling link: reported as unreadable
        }
      }
      if (isDir) walk(full, r, raw || !utf8)
      else if (isFile) files.push({ path: raw || !utf8 ? full : full.toString('utf8'), rel: r })
    }
  }
  walk(Buffer.from(abs), '', false)
  return { root: abs, files, single: false }
}
