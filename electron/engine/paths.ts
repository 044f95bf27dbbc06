/** Where the app's own data lives: rubrics/, resources/ (law data, calendar, samples). Never ../shared. */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
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
