/** The rubric library: every rubrics/*.yaml, parsed and validated (never evaluated). */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { checkExample, exampleDocuments, parseRubric, rubricExamples, type ExampleOutcome } from '../../shared/rubric'
import { checkCase, type CheckContext } from '../../shared/check'
import type { RubricValidation } from '../../shared/api'
import type { Rubric, RubricSummary } from '../../shared/types'
import { EngineError } from '../../shared/errors'

export interface LoadedRubric {
  file: string
  source: string
  rubric: Rubric | null
  validation: RubricValidation
}

export function loadRubricFile(file: string): LoadedRubric {
  if (!existsSync(file)) throw new EngineError('unusable-input', `找不到评查标准文件：${file}`)
  const source = readFileSync(file, 'utf8')
  const { rubric, validation } = parseRubric(source, basename(file))
  return { file, source, rubric, validation }
}

export function listRubricFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(dir, f))
}

export function rubricLibrary(dir: string): { summaries: RubricSummary[]; loaded: LoadedRubric[] } {
  const loaded = listRubricFiles(dir).map(loadRubricFile)
  const summaries = loaded
    .filter((l) => l.rubric)
    .map((l) => ({ id: l.rubric!.id, name: l.rubric!.name, version: l.rubric!.version, sector: l.rubric!.sector, appliesTo: l.rubric!.appliesTo, file: l.file }))
  return { summaries, loaded }
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
