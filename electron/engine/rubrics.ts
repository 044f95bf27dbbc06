/**
 * The rubric library: every rubrics/*.yaml of the app and every rubric saved in the app (the user's rubric folder),
 * parsed and validated (never evaluated).
 */
import { readdirSync, readFileSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { checkExample, checkRubricText, compareVersions, exampleDocuments, MAX_RUBRIC_BYTES, nextVersion, rubricExamples, type ExampleOutcome } from '../../shared/rubric'
import { checkCase, type CheckContext } from '../../shared/check'
import type { InvalidRubric, RubricValidation, RubricVersion } from '../../shared/api'
import type { Rubric, RubricSummary } from '../../shared/types'
import { EngineError } from '../../shared/errors'
import { OWNER_FILE, ownFolder } from './paths'

export type { InvalidRubric }
export { checkRubricText }

export interface LoadedRubric {
  file: string
  source: string
  rubric: Rubric | null
  validation: RubricValidation
}

/**
 * A rubric file, read and validated. Throws only when the file does not exist; a file that is too large, not a
 * regular file, unreadable or malformed comes back with `rubric: null` and its errors.
 */
export function loadRubricFile(file: string): LoadedRubric {
  if (!existsSync(file)) throw new EngineError('unusable-input', `找不到评查标准文件：${file}`)
  return readRubricFile(file)
}

function readRubricFile(file: string): LoadedRubric {
  const name = basename(file)
  const invalid = (message: string, field = '（文件）'): LoadedRubric => ({ file, source: '', rubric: null, validation: { ok: false, errors: [{ file: name, line: null, field, message }] } })
  let source: string
  try {
    const st = statSync(file)
    if (!st.isFile()) return invalid('不是普通文件，无法作为评查标准读取')
    if (st.size > MAX_RUBRIC_BYTES) return invalid(`评查标准文件过大（${(st.size / 1048576).toFixed(1)} MB），超过 ${MAX_RUBRIC_BYTES / 1048576} MB 的上限`)
    source = readFileSync(file, 'utf8')
  } catch (e) {
    return invalid(`无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`)
  }
  const { rubric, validation } = checkRubricText(source, name)
  return { file, source, rubric, validation }
}

export function listRubricFiles(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f))
}


/** A rubric file of the library, and whether it came with the app or was saved in it (the user's rubric folder). */
export interface LibraryRubric extends LoadedRubric {
  builtIn: boolean
}

export interface RubricLibraryContents {
  /** The newest version of each rubric: what a new project uses. */
  summaries: RubricSummary[]
  /** Every usable version of every rubric, by id, oldest version first. */
  versions: RubricVersion[]
  loaded: LibraryRubric[]
  invalid: InvalidRubric[]
}

/**
 * Every rubric of the library: the app's own folder, then the user's rubric folder (edited copies saved in the app).
 * A rubric is known by id and version; one id may have several versions. One malformed, oversized or unreadable file
 * is listed in `invalid` with its errors and skipped; it never breaks the listing or the other rubrics. A second file
 * claiming an id and version already taken is invalid too (the app's own file keeps them).
 */
export function rubricLibrary(dir: string, userDir?: string): RubricLibraryContents {
  const loaded: LibraryRubric[] = []
  const owner = new Map<string, string>()
  const files = [...listRubricFiles(dir).map((file) => ({ file, builtIn: true })), ...(userDir ? listRubricFiles(userDir).map((file) => ({ file, builtIn: false })) : [])]
  for (const { file, builtIn } of files) {
    const l = { ...readRubricFile(file), builtIn }
    const key = l.rubric ? versionKey(l.rubric.id, l.rubric.version) : null
    if (key && owner.has(key)) {
      const message = `评查标准 ${l.rubric!.id} 版本 ${l.rubric!.version} 已由 ${basename(owner.get(key)!)} 使用，本文件未载入`
      loaded.push({ ...l, rubric: null, validation: { ok: false, errors: [{ file: basename(file), line: null, field: 'id', message }] } })
      continue
    }
    if (key) owner.set(key, file)
    loaded.push(l)
  }
  const usable = loaded.filter((l): l is LibraryRubric & { rubric: Rubric } => !!l.rubric && l.validation.ok)
  // Grouped by id in the order the files come, each id's versions oldest first: the last of a group is the newest.
  const versions: RubricVersion[] = [...new Set(usable.map((l) => l.rubric.id))].flatMap((id) => {
    const group = usable.filter((l) => l.rubric.id === id).sort((a, b) => compareVersions(a.rubric.version, b.rubric.version))
    return group.map((l, i) => ({ ...summaryOf(l), builtIn: l.builtIn, newest: i === group.length - 1 }))
  })
  const summaries = versions.filter((v) => v.newest).map(({ builtIn: _b, newest: _n, ...s }) => s)
  const invalid = loaded.filter((l) => !l.rubric || !l.validation.ok).map((l) => ({ file: l.file, errors: l.validation.errors }))
  return { summaries, versions, loaded, invalid }
}

const versionKey = (id: string, version: string) => `${id}\u0000${version}`
const summaryOf = (l: LoadedRubric & { rubric: Rubric }): RubricSummary => ({
  id: l.rubric.id,
  name: l.rubric.name,
  version: l.rubric.version,
  sector: l.rubric.sector,
  appliesTo: l.rubric.appliesTo,
  file: l.file,
})

/**
 * A rubric of the library by id. With a version: that version. A version the library no longer has (or null: a
 * project made before versions were recorded) falls back to the app's own rubric of that id, which such a project
 * used so far. Without a version (undefined): the newest. Undefined when the library has no usable rubric of that id.
 */
export function pickRubric(loaded: readonly LibraryRubric[], id: string, version?: string | null): (LibraryRubric & { rubric: Rubric }) | undefined {
  const ofId = loaded.filter((l): l is LibraryRubric & { rubric: Rubric } => l.rubric?.id === id && l.validation.ok)
  if (version !== undefined) {
    const exact = version === null ? undefined : ofId.find((l) => l.rubric.version === version)
    const own = exact ?? ofId.find((l) => l.builtIn)
    if (own) return own
  }
  return ofId.reduce<(LibraryRubric & { rubric: Rubric }) | undefined>((best, l) => (!best || compareVersions(l.rubric.version, best.rubric.version) > 0 ? l : best), undefined)
}

/** Exactly that id and version of the library, usable; never another version. */
export function exactRubric(loaded: readonly LibraryRubric[], id: string, version: string): (LibraryRubric & { rubric: Rubric }) | undefined {
  return loaded.find((l): l is LibraryRubric & { rubric: Rubric } => l.rubric?.id === id && l.rubric.version === version && l.validation.ok)
}

/** Where rubrics saved in the app are kept: the user's data folder, never the app's own rubrics/ (replaced on upgrade). */
export const userRubricsDir = (dataDir: string) => join(dataDir, 'rubrics')

/**
 * Save an edited rubric as a new file of the user's rubric folder, under the id and version its text gives. Nothing is
 * written when the text has errors or the library already has that id and version: a version, once there, is never
 * changed, so a project using it keeps scoring as before.
 */
export function saveRubric(text: string, dir: string, userDir: string): RubricVersion {
  const { rubric, validation } = checkRubricText(text, '（编辑的标准）')
  if (!rubric || !validation.ok) {
    const shown = validation.errors.slice(0, 3).map((e) => `${e.line ? `第 ${e.line} 行 ` : ''}${e.field}：${e.message}`)
    const more = validation.errors.length > 3 ? `；另有 ${validation.errors.length - 3} 处` : ''
    throw new EngineError('bad-request', `评查标准有 ${validation.errors.length} 处错误，未保存：${shown.join('；')}${more}`)
  }
  const taken = rubricLibrary(dir, userDir).loaded.flatMap((l) => (l.rubric?.id === rubric.id ? [l.rubric.version] : []))
  if (taken.includes(rubric.version))
    throw new EngineError('bad-request', `评查标准 ${rubric.id} 已有版本 ${rubric.version}，已有的版本不能修改。请把 version 改为新的版本号（例如 ${nextVersion(taken)}）后再保存`)
  ownFolder(userDir)
  const file = join(userDir, `${`${rubric.id}-${rubric.version}`.replace(/[^A-Za-z0-9._\-\u4e00-\u9fff]+/g, '_')}.yaml`)
  try {
    writeFileSync(file, text, { flag: 'wx', mode: OWNER_FILE })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new EngineError('bad-request', `用户评查标准文件夹中已有文件 ${basename(file)}（可能是一个无法使用的文件），未保存。请改用其他版本号`)
    throw new EngineError('unusable-input', `无法保存评查标准：${(e as Error).message}`)
  }
  return { ...summaryOf({ file, source: text, rubric, validation }), builtIn: false, newest: taken.every((v) => compareVersions(rubric.version, v) > 0) }
}

/**
 * A rubric by file path, or from the library (the app's own folder and, given, the user's rubric folder) by id — its
 * newest version — or by id@version; throws a clear error when it is unusable.
 */
export function resolveRubric(idOrFile: string, dir: string, userDir?: string): LoadedRubric & { rubric: Rubric } {
  const asFile = resolve(idOrFile)
  let l: LoadedRubric | undefined
  if (/\.ya?ml$/i.test(idOrFile) || existsSync(asFile)) l = loadRubricFile(asFile)
  else {
    const lib = rubricLibrary(dir, userDir)
    const at = idOrFile.lastIndexOf('@')
    const [id, version] = at > 0 ? [idOrFile.slice(0, at), idOrFile.slice(at + 1)] : [idOrFile, undefined]
    l = (version === undefined ? pickRubric(lib.loaded, id) : exactRubric(lib.loaded, id, version)) ?? lib.loaded.find((x) => x.rubric?.id === id && (version === undefined || x.rubric.version === version))
    if (!l) {
      const known = lib.versions.filter((v) => v.id === id).map((v) => `${v.id}@${v.version}`)
      const shown = known.length ? known : lib.summaries.map((s) => s.id)
      throw new EngineError('unusable-input', `没有${version === undefined ? `编号为 ${id}` : ` ${id} 的 ${version} 版`}的评查标准。可用：${shown.join('、') || '（无）'}`)
    }
  }
  if (!l.rubric || !l.validation.ok) {
    const errs = l.validation.errors.map((e) => `${e.file}:${e.line ?? '?'} ${e.field}: ${e.message}`).join('\n')
    throw new EngineError('unusable-input', `评查标准 ${l.file} 有错误：\n${errs}`)
  }
  return l as LoadedRubric & { rubric: Rubric }
}

/** Run a rubric's example cases through the real checks: each must report the findings it expects and none on its clean items. */
export function runRubricExamples(l: LoadedRubric & { rubric: Rubric }, ctx: CheckContext): { name: string; outcome: ExampleOutcome }[] {
  return rubricExamples(l.source).map((ex) => {
    const out = checkCase(ex.facts, exampleDocuments(ex), l.rubric, ctx)
    return { name: ex.name, outcome: checkExample(ex, out.findings) }
  })
}
