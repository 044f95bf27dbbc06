/**
 * The app's law database (resources/laws/, built by scripts/build-laws.ts): the index is decompressed and parsed
 * when the database is opened; a shard of law texts is decompressed when one of its laws is first asked for, and
 * each law's text is parsed on first use (shared/law/store.ts).
 */
import { readFile } from 'node:fs/promises'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliDecompress, brotliDecompressSync } from 'node:zlib'
import type { LawLookup } from '../../../shared/law/types'
import { EngineError } from '../../../shared/errors'
import { LAW_DATA_FORMAT, LAW_INDEX_FILE, type LawDataHeader, type LawMeta, type LawTextRecord } from '../../../shared/law/data'
import { createLawStore, type LawStore } from '../../../shared/law/store'
import { mergeUserLaws, type MergedLaws } from '../../../shared/law/user-layer'
import { readUserLaws, userLawsPath } from './user'


const unbrotli = promisify(brotliDecompress)
const opened = new Map<string, Promise<LawStore>>()

/** The folder holding the law data: `<resources>/laws`, or the folder itself. */
export function lawsDir(resourcesDir: string): string {
  return existsSync(join(resourcesDir, LAW_INDEX_FILE)) ? resourcesDir : join(resourcesDir, 'laws')
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** The shipped data as read: its header and a reader of one law's text (shards decompressed on first use). */
export interface ShippedLaws {
  header: LawDataHeader
  readText: (meta: LawMeta) => LawTextRecord
}

/** Read the shipped law data's header and set up lazy reading of its shards. */
export async function loadShippedLaws(resourcesDir: string): Promise<ShippedLaws> {
  const dir = lawsDir(resourcesDir)
  const indexFile = join(dir, LAW_INDEX_FILE)
  let packed: Buffer
  try {
    packed = await readFile(indexFile)
  } catch {
    throw new EngineError('not-found', `法规库文件不存在: ${indexFile} (run npm run laws:build)`)
  }
  const manifestPath = join(dir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { index?: { sha256?: string } }
    if (manifest.index?.sha256 && manifest.index.sha256 !== sha256(packed)) {
      throw new EngineError('internal', `法规库索引校验失败: ${indexFile}`)
    }
  }
  const header = JSON.parse((await unbrotli(packed)).toString('utf8')) as LawDataHeader
  if (header.format !== LAW_DATA_FORMAT) {
    throw new EngineError('internal', `法规库格式版本 ${header.format} 与程序 (${LAW_DATA_FORMAT}) 不符，请重新生成 (npm run laws:build)`)
  }
  const shards = new Map<number, Buffer>()
  function shard(i: number): Buffer {
    let raw = shards.get(i)
    if (raw) return raw
    const info = header.shards[i]
    const file = join(dir, info.file)
    const bytes = readFileSync(file)
    if (sha256(bytes) !== info.sha256) throw new EngineError('internal', `法规库文件校验失败: ${file}`)
    raw = brotliDecompressSync(bytes)
    shards.set(i, raw)
    return raw
  }
  return {
    header,
    readText: (meta) => {
      const raw = shard(meta.shard)
      return JSON.parse(raw.toString('utf8', meta.offset, meta.offset + meta.length)) as LawTextRecord
    },
  }
}

/** Open the law data afresh (no sharing). The app calls openLaws; the benchmark measures this. */
export async function loadLaws(resourcesDir: string): Promise<LawStore> {
  const { header, readText } = await loadShippedLaws(resourcesDir)
  return createLawStore(header, readText)
}

/**
 * The app's law database, opened on first use and shared by later callers. With the app's data folder, the user
 * layer kept there (laws imported by the user, electron/engine/laws/user.ts) is merged in; the lookup is opened
 * again when that file changes.
 */
export async function openLaws(resourcesDir: string, dataDir?: string): Promise<LawLookup> {
  if (dataDir) return (await openMergedLaws(resourcesDir, dataDir)).store
  return openedOnce(opened, lawsDir(resourcesDir), () => loadLaws(resourcesDir))
}

/** One load per key, kept while it succeeds; a failed load is forgotten so the next call tries again. */
function openedOnce<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key)
  if (!p) {
    p = load()
    cache.set(key, p)
    p.catch(() => cache.delete(key))
  }
  return p
}

const shippedOpened = new Map<string, Promise<ShippedLaws>>()
const mergedOpened = new Map<string, Promise<MergedLaws>>()

/** The shipped data merged with the user layer of a data folder (cached per state of the user-layer file). */
export async function openMergedLaws(resourcesDir: string, dataDir: string): Promise<MergedLaws> {
  const dir = lawsDir(resourcesDir)
  const sp = openedOnce(shippedOpened, dir, () => loadShippedLaws(resourcesDir))
  const file = userLawsPath(dataDir)
  let stamp = 'none'
  try {
    const st = statSync(file)
    stamp = `${st.mtimeMs}:${st.size}`
  } catch {
    // no user layer yet
  }
  const key = `${dir}\0${file}\0${stamp}`
  if (!mergedOpened.has(key)) for (const k of mergedOpened.keys()) if (k.startsWith(`${dir}\0${file}\0`)) mergedOpened.delete(k)
  return openedOnce(mergedOpened, key, async () => {
    const shipped = await sp
    return mergeUserLaws(shipped.header, shipped.readText, readUserLaws(dataDir).laws)
  })
}
