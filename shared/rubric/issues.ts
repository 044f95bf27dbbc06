/**
 * Validation plumbing for rubric files: every problem is recorded against a field path
 * (["sections", 0, "items", 2, "deduction"]) so it can be reported with the YAML line it sits on.
 */
import type { DocType } from '../types'
import { DOC_TYPES } from '../types'

export type Path = (string | number)[]

export interface Issue {
  path: Path
  message: string
}

export class Issues {
  readonly list: Issue[] = []
  add(path: Path, message: string): void {
    this.list.push({ path, message })
  }
  get count(): number {
    return this.list.length
  }
}

/** `sections[0].items[2].deduction.each` */
export function fieldName(path: Path): string {
  let s = ''
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p
  return s || '（根）'
}

/** Words of the rubric file — keys and values as they are written — quoted, so a reader tells them from the message's. */
export function written(...words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join('、')
}

export type Obj = Record<string, unknown>

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function describe(v: unknown): string {
  if (v === null || v === undefined) return '空'
  if (Array.isArray(v)) return '列表'
  if (typeof v === 'object') return '映射'
  return `${typeof v === 'string' ? '文本' : typeof v === 'number' ? '数字' : typeof v === 'boolean' ? '布尔值' : typeof v} ${JSON.stringify(v)}`
}

/** A mapping, or an error naming what was expected. */
export function obj(v: unknown, path: Path, issues: Issues, what: string): Obj | null {
  if (isObj(v)) return v
  issues.add(path, v === undefined ? `缺少${what.trim()}` : `${what.trim()} 应为映射（键: 值），实际为${describe(v)}`)
  return null
}

export function list(v: unknown, path: Path, issues: Issues, what: string, opts: { nonEmpty?: boolean } = {}): unknown[] | null {
  if (v === undefined) {
    issues.add(path, `缺少 ${what}`)
    return null
  }
  if (!Array.isArray(v)) {
    issues.add(path, `${what} 应为列表，实际为${describe(v)}`)
    return null
  }
  if (opts.nonEmpty && v.length === 0) issues.add(path, `${what} 不能为空列表`)
  return v
}

/** Keys outside `allowed` are errors: a misspelt key would otherwise be silently ignored. */
export function onlyKeys(o: Obj, allowed: readonly string[], path: Path, issues: Issues): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) issues.add([...path, k], `未知字段 "${k}"（可用：${written(...allowed)}）`)
}

export function str(o: Obj, key: string, path: Path, issues: Issues, opts: { required?: boolean } = {}): string | undefined {
  const v = o[key]
  if (v === undefined || v === null) {
    if (opts.required) issues.add([...path, key], `缺少必填字段 "${key}"`)
    return undefined
  }
  if (typeof v === 'number' && key === 'version') return String(v)
  if (typeof v !== 'string' || !v.trim()) {
    issues.add([...path, key], `"${key}" 应为非空文本，实际为${describe(v)}`)
    return undefined
  }
  return v.trim()
}

export function num(o: Obj, key: string, path: Path, issues: Issues, opts: { required?: boolean; min?: number; positive?: boolean; integer?: boolean } = {}): number | undefined {
  const v = o[key]
  if (v === undefined || v === null) {
    if (opts.required) issues.add([...path, key], `缺少必填字段 "${key}"`)
    return undefined
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    issues.add([...path, key], `"${key}" 应为数字，实际为${describe(v)}`)
    return undefined
  }
  if (opts.positive && !(v > 0)) issues.add([...path, key], `"${key}" 应大于 0，实际为 ${v}`)
  else if (opts.min !== undefined && v < opts.min) issues.add([...path, key], `"${key}" 不能小于 ${opts.min}，实际为 ${v}`)
  if (opts.integer && !Number.isInteger(v)) issues.add([...path, key], `"${key}" 应为整数，实际为 ${v}`)
  return v
}

export function bool(o: Obj, key: string, path: Path, issues: Issues): boolean | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'boolean') {
    issues.add([...path, key], `"${key}" 应为 "true"（是）或 "false"（否），实际为${describe(v)}`)
    return undefined
  }
  return v
}

/** One of `allowed`; the error lists them, each with its Chinese name from `labels` where given. */
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: Path, issues: Issues, what: string, labels?: Record<T, string>): T | undefined {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T
  const each = (a: T) => (labels ? `"${a}"（${labels[a]}）` : written(a))
  const shown = allowed.length > 12 ? `${allowed.slice(0, 12).map(each).join('、')}…` : allowed.map(each).join('、')
  issues.add(path, `${what} ${describe(v)} 不在可用值中（${shown}）`)
  return undefined
}

export function docType(v: unknown, path: Path, issues: Issues): DocType | undefined {
  return oneOf(v, DOC_TYPES, path, issues, '文书类型')
}

export function docTypes(v: unknown, path: Path, issues: Issues, opts: { nonEmpty?: boolean } = {}): DocType[] | undefined {
  const l = list(v, path, issues, '文书类型列表', opts)
  if (!l) return undefined
  const out: DocType[] = []
  l.forEach((d, i) => {
    const t = docType(d, [...path, i], issues)
    if (t) out.push(t)
  })
  return out
}
