/**
 * Lists a case folder the way a person reads it: each folder's entries in natural order (2 before 10,
 * 第2页 before 第10页, then by name), folders descended where they fall in that order.
 *
 * Names are read as raw bytes: a zip made on Chinese Windows unpacks with GBK file names that are not
 * valid UTF-8. Such a name is shown decoded as GB18030 and the file is still opened by its raw bytes.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { basename, resolve, sep } from 'node:path'
import iconv from 'iconv-lite'

export interface CaseFile {
  /** Path to open: a string, or the raw bytes when the name is not valid UTF-8. */
  path: string | Buffer
  /** Relative to the case folder, forward slashes, for people. */
  rel: string
  /** Why the entry cannot be read at all (a dangling link, a folder that cannot be opened); ingest reports it. */
  unreadable?: string
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

/**
 * A name's bytes for people: UTF-8 when they are valid UTF-8, else GB18030. GBK bytes can happen to be valid UTF-8
 * (图片 is CD BC C6 AC: two Greek and Latin letters as UTF-8); a name whose UTF-8 reading has only such two-byte
 * letters beside ASCII, and whose GB18030 reading is Chinese, is taken as GBK. `utf8` says whether the name, as a
 * JS string, opens the file (else the raw bytes must be used).
 */
export function decodeName(raw: Buffer): { name: string; utf8: boolean } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return { name: iconv.decode(raw, 'gb18030'), utf8: false }
  }
  if (/[\u0080-\u07ff]/.test(text) && !/[\u0800-\uffff]/.test(text)) {
    const gbk = iconv.decode(raw, 'gb18030')
    if (/^[\u0000-\u007f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/.test(gbk) && /[\u4e00-\u9fff]/.test(gbk)) return { name: gbk, utf8: false }
  }
  return { name: text, utf8: true }
}

/**
 * The path to open for a path given as people see it. A folder whose name is not valid UTF-8 is shown (and handed
 * around, e.g. by case-folders.ts) under its GB18030-decoded name, which opens nothing: such a path is found again
 * component by component, matching each entry's decoded name, and returned as raw bytes. Null when nothing matches.
 */
export function rawPath(path: string): string | Buffer | null {
  const abs = resolve(path)
  try {
    lstatSync(abs)
    return abs
  } catch {
    // look for it by decoded names below
  }
  if (sep !== '/') return null
  let cur = Buffer.from('/')
  for (const part of abs.split('/').filter(Boolean)) {
    const direct = Buffer.concat([cur, cur.length > 1 ? Buffer.from('/') : Buffer.alloc(0), Buffer.from(part)])
    try {
      lstatSync(direct)
      cur = direct
      continue
    } catch {
      // not under its UTF-8 name
    }
    let names: Buffer[]
    try {
      names = readdirSync(cur, { encoding: 'buffer' })
    } catch {
      return null
    }
    const hit = names.find((n) => decodeName(n).name === part)
    if (!hit) return null
    cur = Buffer.concat([cur, cur.length > 1 ? Buffer.from('/') : Buffer.alloc(0), hit])
  }
  return cur
}

export function listCaseFiles(path: string): { root: string; files: CaseFile[]; single: boolean } {
  const abs = resolve(path)
  const raw = rawPath(abs) ?? abs
  const st = statSync(raw)
  if (st.isFile()) return { root: abs, files: [{ path: raw, rel: basename(abs) }], single: true }
  const files: CaseFile[] = []
  const seen = new Set<string>()
  const walk = (dir: Buffer, rel: string, raw: boolean) => {
    // by bytes: realpathSync without .native turns a Buffer path into a string, which a GBK name does not survive
    let real: string
    try {
      real = realpathSync.native(dir, { encoding: 'buffer' }).toString('latin1')
    } catch (e) {
      if (rel) files.push({ path: dir, rel: `${rel}/`, unreadable: `无法打开文件夹（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）` })
      return
    }
    if (seen.has(real)) return
    seen.add(real)
    let entries: Dirent<Buffer>[]
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    } catch (e) {
      if (rel) files.push({ path: dir, rel: `${rel}/`, unreadable: `无法打开文件夹（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）` })
      else throw e
      return
    }
    const named = entries.map((e) => ({ e, ...decodeName(e.name) })).filter((x) => !isJunk(x.name))
    named.sort((a, b) => naturalCompare(a.name, b.name))
    for (const { e, name, utf8 } of named) {
      const full = Buffer.concat([dir, Buffer.from('/'), e.name])
      const r = rel ? `${rel}/${name}` : name
      let isDir = e.isDirectory()
      let isFile = e.isFile()
      let unreadable: string | undefined
      if (e.isSymbolicLink()) {
        try {
          const s = statSync(full)
          isDir = s.isDirectory()
          isFile = s.isFile()
        } catch (err) {
          isFile = true
          unreadable = `快捷方式（符号链接）指向的文件不存在或无法访问（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`
        }
      }
      const open = raw || !utf8 ? full : full.toString('utf8')
      if (isDir) walk(full, r, raw || !utf8)
      else if (isFile) files.push({ path: open, rel: r, ...(unreadable ? { unreadable } : {}) })
    }
  }
  walk(typeof raw === 'string' ? Buffer.from(raw) : raw, '', typeof raw !== 'string')
  return { root: abs, files, single: false }
}
