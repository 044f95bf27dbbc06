/**
 * The user layer on disk: <data folder>/laws/user-laws.json, owner-only, written whole through a temporary file and
 * a rename so a crash never leaves half a file. It lives in the data folder, not beside the app, so it survives app
 * updates; its format is the file shared with colleagues (laws export).
 */
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EngineError } from '../../../shared/errors'
import { emptyUserLaws, LawImportError, readUserLawFile, type UserLawFile } from '../../../shared/law/user-layer'
import { mkdirOwner, OWNER_FILE } from '../paths'

/** Largest user-layer or shared file read (bytes). */
export const MAX_USER_LAWS_BYTES = 200 * 1024 * 1024

export function userLawsPath(dataDir: string): string {
  return join(dataDir, 'laws', 'user-laws.json')
}

/** Parse a user-layer file's text; EngineError 'unusable-input' in Chinese when it is not one. */
export function parseUserLawsText(text: string, what: string): UserLawFile {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new EngineError('unusable-input', `${what}不是有效的 JSON`)
  }
  try {
    return readUserLawFile(raw)
  } catch (e) {
    throw new EngineError('unusable-input', `${what}：${e instanceof LawImportError ? e.message : String(e)}`)
  }
}

export function readUserLaws(dataDir: string): UserLawFile {
  const file = userLawsPath(dataDir)
  if (!existsSync(file)) return emptyUserLaws()
  const buf = readFileSync(file)
  if (buf.length > MAX_USER_LAWS_BYTES) throw new EngineError('unusable-input', `用户法规库文件过大：${file}`)
  return parseUserLawsText(buf.toString('utf8'), `用户法规库文件 ${file} `)
}

/** Write a user-layer file (or an export) owner-only, whole or not at all. */
export function writeLawsFile(file: string, data: UserLawFile, opts: { overwrite: boolean }): void {
  if (!opts.overwrite && existsSync(file)) throw new EngineError('unusable-input', `文件已存在，不覆盖：${file}`)
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(tmp, `${JSON.stringify(data)}\n`, { mode: OWNER_FILE, flag: 'wx' })
    if (process.platform !== 'win32') chmodSync(tmp, OWNER_FILE)
    renameSync(tmp, file)
  } finally {
    rmSync(tmp, { force: true })
  }
}

export function writeUserLaws(dataDir: string, data: UserLawFile): void {
  mkdirOwner(join(dataDir, 'laws'))
  writeLawsFile(userLawsPath(dataDir), data, { overwrite: true })
}
