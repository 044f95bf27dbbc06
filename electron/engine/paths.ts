/**
 * Where the app's own data lives: rubrics/, resources/ (law data, calendar, samples). Never ../shared.
 * Also the rules for paths the engine is asked to touch: owner-only creation, system folders refused, realpath containment.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, relative, resolve, isAbsolute, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface AppPaths {
  /** Checkout or installed app root holding rubrics/ and resources/. */
  root: string
  rubricsDir: string
  resourcesDir: string
  samplesDir: string
  /** Per-user data: settings, default project folder, OCR cache. */
  dataDir: string
}

/** Walk up from this module to the folder whose package.json names the app (works from source and from out/). */
export function findAppRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'pingcha') return dir
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir)
    if (up === dir) throw new Error('找不到评查助手的安装目录（缺少 rubrics/ 与 resources/）')
    dir = up
  }
}

export function defaultDataDir(): string {
  return process.env.PINGCHA_DATA ? resolve(process.env.PINGCHA_DATA) : join(homedir(), '.pingcha')
}

export function appPaths(opts: { root?: string; resourcesRoot?: string; dataDir?: string } = {}): AppPaths {
  const root = opts.root ?? findAppRoot()
  // Packaged apps keep rubrics/ and resources/ beside app.asar (electron-builder extraResources).
  const dataRoot = opts.resourcesRoot ?? root
  return {
    root,
    rubricsDir: join(dataRoot, 'rubrics'),
    resourcesDir: join(dataRoot, 'resources'),
    samplesDir: join(dataRoot, 'resources', 'samples'),
    dataDir: opts.dataDir ?? defaultDataDir(),
  }
}


/** Files and folders the app creates hold confidential case data: owner-only. */
export const OWNER_FILE = 0o600
export const OWNER_DIR = 0o700

/** mkdir -p; the folders it creates are owner-only (existing folders, the user's own, are left as they are). */
export function mkdirOwner(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_DIR })
}

/** A folder of the app's own (its data folder, its cache): created if need be and made owner-only. */
export function ownFolder(dir: string): void {
  mkdirOwner(dir)
  if (process.platform === 'win32') return
  try {
    chmodSync(dir, OWNER_DIR)
  } catch {
    // a folder we may not change stays as it is
  }
}

/** The real path of p: symlinks of its nearest existing ancestor resolved, the rest (not yet created) appended. */
export function realpathNearest(p: string): string {
  const abs = resolve(p)
  const rest: string[] = []
  let cur = abs
  for (;;) {
    try {
      return join(realpathSync.native(cur), ...rest.reverse())
    } catch {
      const up = dirname(cur)
      if (up === cur) return abs
      rest.push(basename(cur))
      cur = up
    }
  }
}

/** child is parent itself or lies inside it (both already absolute and real). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

const POSIX_SYSTEM = ['/etc', '/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/boot', '/dev', '/proc', '/sys', '/run', '/var/lib', '/var/log', '/var/run', '/var/spool', '/snap', '/System', '/Library', '/private/etc', '/private/var/db']
const WINDOWS_SYSTEM = ['c:\\windows', 'c:\\program files', 'c:\\program files (x86)', 'c:\\programdata']

/** A folder of the operating system the engine never writes into (nor reads case data from, for devices). */
export function isSystemPath(p: string): boolean {
  if (/^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')) {
    const w = p.replace(/\//g, '\\').toLowerCase().replace(/\\+$/, '')
    if (w === 'c:') return true // the system drive's root
    const sysRoot = (process.env.SystemRoot ?? '').toLowerCase()
    return WINDOWS_SYSTEM.concat(sysRoot ? [sysRoot] : []).some((s) => w === s || w.startsWith(`${s}\\`))
  }
  const n = p.replace(/\/+$/, '') || '/'
  if (n === '/') return true
  return POSIX_SYSTEM.some((s) => n === s || n.startsWith(`${s}/`))
}

/** Device and kernel folders: nothing there is a case file, and reading some of it never ends (/dev/zero). */
export function isDevicePath(p: string): boolean {
  return ['/dev', '/proc', '/sys'].some((s) => p === s || p.startsWith(`${s}/`))
}
