import type { Rubric } from '../types'
import type { RubricValidation } from '../api'
import { notImplemented } from '../errors'

export const READY = false

/** Parse and validate a rubric's YAML text. Errors name the file, line and field. */
export function parseRubric(_text: string, _file: string): { rubric: Rubric | null; validation: RubricValidation } {
  return notImplemented('评查标准解析 (rubric)')
}
