/**
 * A leaf item's deduction form. Rubric files may write it as a mapping (`{ form: per-occurrence, each: 1 }`)
 * or in the words the published standards use (`每处扣1分`, `缺一项扣0.5分`, `扣全分`, `视情况扣1-5分`).
 */
import type { Deduction } from '../types'
import type { Path } from './issues'
import { Issues, isObj, num, oneOf, onlyKeys } from './issues'
import { DEDUCTION_FORM_LABEL } from './labels'

const FORMS = ['per-occurrence', 'per-element', 'whole', 'range'] as const

const N = '(\\d+(?:\\.\\d+)?)'
const WORDED: { re: RegExp; make: (m: RegExpMatchArray) => Deduction }[] = [
  // 视情况扣1-5分 / 扣5～15分 / 酌情扣1至3分
  { re: new RegExp(`^(?:视情况|酌情)?扣${N}\\s*(?:-|－|~|～|—|至|到)\\s*${N}分$`), make: (m) => ({ form: 'range', min: Number(m[1]), max: Number(m[2]) }) },
  // 缺一项扣0.5分 / 每缺一项扣0.5分
  { re: new RegExp(`^每?缺(?:一|1)(?:项|个要素|个)扣${N}分(?:[，,]?扣完为止)?$`), make: (m) => ({ form: 'per-element', each: Number(m[1]) }) },
  // 每处扣1分 / 每项扣1分 / 每发现一处扣3分 / 错一处扣1分，扣完为止
  { re: new RegExp(`^(?:每发现一处|每处|每项|每次|每份|错一处)扣${N}分(?:[，,]?扣完为止)?$`), make: (m) => ({ form: 'per-occurrence', each: Number(m[1]) }) },
  // 扣全分 / 扣除全部分值
  { re: /^(?:扣全分|扣除全部分值|该项不得分)$/, make: () => ({ form: 'whole' }) },
]

export function parseWordedDeduction(text: string): Deduction | null {
  const t = text.replace(/\s+/g, '')
  for (const w of WORDED) {
    const m = t.match(w.re)
    if (m) return w.make(m)
  }
  return null
}

/** Validate a deduction against the item's points; returns it when well-formed. */
export function validateDeduction(v: unknown, points: number | undefined, path: Path, issues: Issues): Deduction | undefined {
  let d: Deduction | undefined
  if (typeof v === 'string') {
    d = parseWordedDeduction(v) ?? undefined
    if (!d) {
      issues.add(path, `看不懂扣分方式 "${v}"：可写 每处扣1分、缺一项扣0.5分、扣全分、视情况扣1-5分，或写成映射 "{ form, each }"、"{ form, min, max }"`)
      return undefined
    }
  } else if (isObj(v)) {
    const before = issues.count
    const form = oneOf(v.form, FORMS, [...path, 'form'], issues, '扣分方式 "form"', DEDUCTION_FORM_LABEL)
    if (!form) return undefined
    if (form === 'whole') {
      onlyKeys(v, ['form'], path, issues)
      d = { form }
    } else if (form === 'range') {
      onlyKeys(v, ['form', 'min', 'max'], path, issues)
      const min = num(v, 'min', path, issues, { required: true, positive: true })
      const max = num(v, 'max', path, issues, { required: true, positive: true })
      if (min !== undefined && max !== undefined) d = { form, min, max }
    } else {
      onlyKeys(v, ['form', 'each'], path, issues)
      const each = num(v, 'each', path, issues, { required: true, positive: true })
      if (each !== undefined) d = { form, each }
    }
    if (issues.count > before) return undefined
  } else {
    issues.add(path, '缺少扣分方式 "deduction"（如 每处扣1分、缺一项扣0.5分、扣全分、视情况扣1-5分）')
    return undefined
  }
  if (!d) return undefined
  const before = issues.count
  if (d.form === 'range') {
    if (d.min <= 0) issues.add(path, `扣分范围下限应大于 0，实际为 ${d.min}`)
    if (d.max < d.min) issues.add(path, `扣分范围 ${d.min}-${d.max} 上限小于下限`)
    if (points !== undefined && d.max > points) issues.add(path, `扣分范围上限 ${d.max} 超过本项分值 ${points}`)
  } else if (d.form !== 'whole') {
    if (d.each <= 0) issues.add(path, `每处扣分应大于 0，实际为 ${d.each}`)
    if (points !== undefined && d.each > points) issues.add(path, `每处扣 ${d.each} 分超过本项分值 ${points}`)
  }
  return issues.count > before ? undefined : d
}
