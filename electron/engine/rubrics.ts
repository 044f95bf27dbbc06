/** The rubric library: every rubrics/*.yaml, parsed and validated (never evaluated). */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { checkExample, exampleDocuments, MAX_RUBRIC_BYTES, parseRubric, rubricExamples, type ExampleOutcome } from '../../shared/rubric'
import { checkCase, type CheckContext } from '../../shared/check'
import type { InvalidRubric, RubricValidation } from '../../shared/api'

export type { InvalidRubric }
import type { Rubric, RubricSummary } from '../../shared/types'
import { EngineError } from '../../shared/errors'

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

/**
 * A rubric text parsed and validated, every error in Chinese: the YAML parser's own messages (English) are kept only
 * as its hint after a Chinese one, so a person sees what to look for on the line named.
 */
export function checkRubricText(text: string, file: string): ReturnType<typeof parseRubric> {
  const out = parseRubric(text, file)
  if (out.validation.ok) return out
  const errors = out.validation.errors.map((e) =>
    /[\u4e00-\u9fff]/.test(e.message) ? e : { ...e, message: `YAML 格式有误，请检查这一行的括号、引号、缩进和冒号（解析器提示：${e.message}）` },
  )
  return { ...out, validation: { ...out.validation, errors } }
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


/**
 * Every rubric of the library. One malformed, oversized or unreadable file is listed in `invalid` with its errors and
 * skipped; it never breaks the listing or the other rubrics. A second file claiming an id already taken is invalid too.
 */
export function rubricLibrary(dir: string): { summaries: RubricSummary[]; loaded: LoadedRubric[]; invalid: InvalidRubric[] } {
  const loaded: LoadedRubric[] = []
  const owner = new Map<string, string>()
  for (const file of listRubricFiles(dir)) {
    const l = readRubricFile(file)
    const id = l.rubric?.id
    if (id && owner.has(id)) {
      const message = `评查标准编号 ${id} 已由 ${basename(owner.get(id)!)} 使用，本文件未载入`
      loaded.push({ ...l, rubric: null, validation: { ok: false, errors: [{ file: basename(file), line: null, field: 'id', message }] } })
      continue
    }
    if (id) owner.set(id, file)
    loaded.push(l)
  }
  const summaries = loaded
    .filter((l) => l.rubric && l.validation.ok)
    .map((l) => ({ id: l.rubric!.id, name: l.rubric!.name, version: l.rubric!.version, sector: l.rubric!.sector, appliesTo: l.rubric!.appliesTo, file: l.file }))
  const invalid = loaded.filter((l) => !l.rubric || !l.validation.ok).map((l) => ({ file: l.file, errors: l.validation.errors }))
  return { summaries, loaded, invalid }
}

/** A rubric by id (from the library) or by file path; throws a clear error when it is unusable. */
export function resolveRubric(idOrFile: string, dir: string): LoadedRubric & { rubric: Rubric } {
  const asFile = resolve(idOrFile)
  const l = /\.ya?ml$/i.test(idOrFile) || existsSync(asFile) ? loadRubricFile(asFile) : rubricLibrary(dir).loaded.find((x) => x.rubric?.id === idOrFile)
  if (!l) {
    const ids = rubricLibrary(dir).summaries.map((s) => s.id)
    throw new EngineError('unusable-input', `没有编号为 ${idOrFile} 的评查标准。可用：${ids.join('、') || '（无）'}`)
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
