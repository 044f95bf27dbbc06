/**
 * The app's law database: resources/laws/laws.json.br (built by scripts/build-laws.ts), decompressed once, its
 * header parsed at once and each law's text parsed on first use (shared/law/store.ts).
 */
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliDecompress } from 'node:zlib'
import type { LawLookup } from '../../../shared/law/types'
import { EngineError } from '../../../shared/errors'
import { LAW_DATA_FORMAT, type LawDataHeader, type LawTextRecord } from '../../../shared/law/data'
import { createLawStore, type LawStore } from '../../../shared/law/store'

export const READY = true
export const LAW_FILE = 'laws.json.br'

const unbrotli = promisify(brotliDecompress)
const opened = new Map<string, Promise<LawStore>>()

/** The folder holding laws.json.br: `<resources>/laws`, or the folder itself. */
export function lawsDir(resourcesDir: string): string {
  return existsSync(join(resourcesDir, LAW_FILE)) ? resourcesDir : join(resourcesDir, 'laws')
}

/** Decompress and index the law data. Exposed for the benchmark; the app calls openLaws. */
export async function loadLaws(resourcesDir: string): Promise<LawStore> {
  const dir = lawsDir(resourcesDir)
  const file = join(dir, LAW_FILE)
  let packed: Buffer
  try {
    packed = await readFile(file)
  } catch {
    throw new EngineError('not-found', `法规库文件不存在: ${file} (run npm run laws:build)`)
  }
  const manifestPath = join(dir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { sha256?: string }
    const sha = createHash('sha256').update(packed).digest('hex')
    if (manifest.sha256 && manifest.sha256 !== sha) throw new EngineError('internal', `法规库文件校验失败: ${file}`)
  }
  const raw = await unbrotli(packed)
  const nl = raw.indexOf(0x0a)
  if (nl < 0) throw new EngineError('internal', `法规库文件格式错误: ${file}`)
  const header = JSON.parse(raw.toString('utf8', 0, nl)) as LawDataHeader
  if (header.format !== LAW_DATA_FORMAT) {
    throw new EngineError('internal', `法规库格式版本 ${header.format} 与程序 (${LAW_DATA_FORMAT}) 不符`)
  }
  const base = nl + 1
  return createLawStore(header, (meta) => JSON.parse(raw.toString('utf8', base + meta.offset, base + meta.offset + meta.length)) as LawTextRecord)
}

/** The app's law database, loaded on first use and shared by later callers. */
export async function openLaws(resourcesDir: string): Promise<LawLookup> {
  const key = lawsDir(resourcesDir)
  let p = opened.get(key)
  if (!p) {
    p = loadLaws(resourcesDir)
    opened.set(key, p)
    p.catch(() => opened.delete(key))
  }
  return p
}
