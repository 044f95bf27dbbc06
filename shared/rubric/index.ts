/**
 * Rubric files (rubrics/*.yaml) → `Rubric`, validated. Every error names the file, the YAML line and the field path.
 * The format is documented in rubrics/README.md.
 */
import { LineCounter, isCollection, isNode, parseDocument, visit } from 'yaml'
import type { Document } from 'yaml'
import type { GradeBand, LegalBasis, Rubric, RubricItem, RubricSection, UnitGrading, VetoEffect, VetoItem } from '../types'
import { FINDING_KINDS } from '../types'
import type { RubricValidation } from '../api'
import type { Obj, Path } from './issues'
import { Issues, docTypes, fieldName, list, num, obj, oneOf, onlyKeys, str, bool } from './issues'
import { ruleId, validateCheck } from './params'
import { validateDeduction } from './deduction'
import { validateExamples } from './examples'
import { MAX_ALIAS_COUNT, MAX_RUBRIC_BYTES, utf8Length } from './limits'
import { yamlErrorText } from './yaml-errors'
import { VETO_EFFECT_LABEL } from './labels'


export { rubricExamples, checkExample, exampleDocuments } from './examples'
export type { RubricExample, ExampleExpectation, ExampleOutcome } from './examples'
export { parseWordedDeduction } from './deduction'
export { MAX_ALIAS_COUNT, MAX_RUBRIC_BYTES } from './limits'
export { compareVersions, newestVersion, nextVersion, withVersion } from './versions'

const VETO_EFFECTS: readonly VetoEffect[] = ['zero', 'fail', 'cap_grade']
const TOP_KEYS = ['id', 'name', 'version', 'sector', 'source', 'departures', 'appliesTo', 'total', 'grades', 'unitGrading', 'veto', 'sections', 'bonus', 'examples']
const ITEM_KEYS = ['id', 'title', 'points', 'deduction', 'check', 'findingKind', 'docTypes', 'remediation', 'basis', 'source']
const VETO_ITEM_KEYS = ['id', 'title', 'check', 'remediation', 'basis', 'source']
const SECTION_KEYS = ['id', 'title', 'points', 'sections', 'items']
const ID_RE = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9_.\-\u4e00-\u9fff]*$/
/** Points are compared to the hundredth: 0.5-point steps are common, float noise is not a defect. */
const EPS = 1e-6


/**
 * Parse and validate a rubric's YAML text. Errors name the file, line and field. Never throws: a file too large, an
 * alias bomb or anything the parser cannot take is a validation error like any other.
 */
export function parseRubric(text: string, file: string): { rubric: Rubric | null; validation: RubricValidation } {
  const fail = (line: number | null, field: string, message: string) => ({ rubric: null, validation: { ok: false, errors: [{ file, line, field, message }] } })
  const size = text.length > MAX_RUBRIC_BYTES / 3 ? utf8Length(text) : 0
  if (size > MAX_RUBRIC_BYTES) return fail(null, '（文件）', `评查标准文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${MAX_RUBRIC_BYTES / 1048576} MB 的上限`)
  try {
    return parseChecked(text, file)
  } catch (e) {
    return fail(null, '（YAML）', `评查标准无法读取（"${e instanceof Error ? e.message.split('\n')[0] : String(e)}"）`)
  }
}

/**
 * A rubric text parsed and validated, every error in Chinese (the YAML parser's are worded by yaml-errors.ts); what
 * cannot be read at all is said in Chinese too, with the reason quoted.
 */
export function checkRubricText(text: string, file: string): ReturnType<typeof parseRubric> {
  const out = parseRubric(text, file)
  if (out.validation.ok) return out
  const errors = out.validation.errors.map((e) => (/[\u4e00-\u9fff]/.test(e.message) ? e : { ...e, message: `评查标准无法读取（"${e.message}"）` }))
  return { ...out, validation: { ...out.validation, errors } }
}

function parseChecked(text: string, file: string): { rubric: Rubric | null; validation: RubricValidation } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const errors: RubricValidation['errors'] = []
  for (const e of [...doc.errors]) {
    const at = e.pos?.[0] !== undefined ? lineCounter.linePos(e.pos[0]) : null
    errors.push({ file, line: at?.line ?? null, field: '（YAML 语法）', message: yamlErrorText(e, text, e.pos?.[0], at?.col ?? null) })
  }
  if (errors.length) return { rubric: null, validation: { ok: false, errors } }

  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e
    // the yaml package stops expanding aliases past the count ("billion laughs"); name the line of the first alias
    // whose anchored node itself holds aliases (the chain that multiplies), else of the first alias
    const at = aliasBombLine(doc, lineCounter)
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(e.message)
    const message = unresolved
      ? `别名“*${unresolved[1]}”没有对应的锚点“&${unresolved[1]}”：锚点须写在别名之前`
      : `别名“*”展开次数过多，超过 ${MAX_ALIAS_COUNT} 次的上限（疑似恶意构造的“别名炸弹”）`
    return { rubric: null, validation: { ok: false, errors: [{ file, line: at, field: '（YAML 别名）', message }] } }
  }
  const issues = new Issues()
  const rubric = buildRubric(raw, issues)
  for (const i of issues.list) errors.push({ file, line: lineOf(doc, lineCounter, i.path), field: fieldName(i.path), message: i.message })
  const ok = errors.length === 0
  return { rubric: ok ? rubric : null, validation: { ok, errors } }
}

function aliasBombLine(doc: Document, lc: LineCounter): number | null {
  let first: number | null = null
  let nested: number | null = null
  visit(doc, {
    Alias(_, node) {
      const line = node.range ? lc.linePos(node.range[0]).line : null
      first ??= line
      if (nested === null) {
        const target = node.resolve(doc)
        let inner = false
        if (target && isCollection(target)) visit(target, { Alias: () => ((inner = true), visit.BREAK) })
        if (inner) nested = line
      }
    },
  })
  return nested ?? first
}

/** The line of the deepest node on `path` that exists (a missing field is reported on its parent's line). */
function lineOf(doc: Document, lc: LineCounter, path: Path): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line
  }
  return null
}

function buildRubric(raw: unknown, issues: Issues): Rubric | null {
  const r = obj(raw, [], issues, '评查标准文件')
  if (!r) return null
  onlyKeys(r, TOP_KEYS, [], issues)
  const ids = new Map<string, string>()
  const claim = (id: string | undefined, path: Path) => {
    if (id === undefined) return
    if (!ID_RE.test(id)) issues.add([...path, 'id'], `编号 "${id}" 只能由字母、数字、汉字和 _ . - 组成`)
    const prev = ids.get(id)
    if (prev) issues.add([...path, 'id'], `编号 "${id}" 重复（已用于 ${prev}）`)
    else ids.set(id, fieldName(path))
  }

  const id = str(r, 'id', [], issues, { required: true })
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id)) issues.add(['id'], `标准编号 "${id}" 应由小写字母、数字和 - 组成（命令行用它选择标准）`)
  const name = str(r, 'name', [], issues, { required: true })
  const version = str(r, 'version', [], issues, { required: true })
  const sector = str(r, 'sector', [], issues, { required: true })
  const source = str(r, 'source', [], issues, { required: true })
  const departures = str(r, 'departures', [], issues)
  const appliesTo = r.appliesTo === undefined ? (issues.add(['appliesTo'], '缺少必填字段 "appliesTo"（行政处罚 / 行政许可）'), undefined) : oneOf(r.appliesTo, ['行政处罚', '行政许可'] as const, ['appliesTo'], issues, '适用案卷')
  const total = num(r, 'total', [], issues, { required: true, positive: true })

  const grades = validateGrades(r.grades, total, issues)
  const unitGrading = r.unitGrading === undefined ? undefined : validateUnitGrading(r.unitGrading, issues)
  const veto = validateVeto(r.veto, grades, issues, claim)

  const sections: RubricSection[] = []
  const secList = list(r.sections, ['sections'], issues, '分值部分 "sections"', { nonEmpty: true })
  secList?.forEach((s, i) => {
    const sec = validateSection(s, ['sections', i], issues, claim)
    if (sec) sections.push(sec)
  })
  if (secList && total !== undefined && sections.length === secList.length) {
    const sum = sections.reduce((a, s) => a + s.points, 0)
    if (Math.abs(sum - total) > EPS) issues.add(['total'], `各部分分值之和 ${round(sum)} 不等于总分 ${total}（${sections.map((s) => `${s.title} ${s.points}`).join(' + ')}）`)
  }

  const bonus = r.bonus === undefined ? undefined : validateBonus(r.bonus, issues, claim)
  if (r.examples !== undefined) validateExamples(r.examples, ['examples'], issues, new Set(ids.keys()))

  if (issues.count || !id || !name || !version || !sector || !source || !appliesTo || total === undefined || !grades || !veto) return null
  return { id, name, version, sector, source, ...(departures ? { departures } : {}), appliesTo, veto, sections, ...(bonus ? { bonus } : {}), grades, total, ...(unitGrading ? { unitGrading } : {}) }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

function validateGrades(v: unknown, total: number | undefined, issues: Issues): GradeBand[] | undefined {
  const l = list(v, ['grades'], issues, '等次 "grades"', { nonEmpty: true })
  if (!l) return undefined
  const out: GradeBand[] = []
  const before = issues.count
  l.forEach((g, i) => {
    const at = ['grades', i]
    const o = obj(g, at, issues, '等次')
    if (!o) return
    onlyKeys(o, ['name', 'min'], at, issues)
    const name = str(o, 'name', at, issues, { required: true })
    const min = num(o, 'min', at, issues, { required: true, min: 0 })
    if (name === undefined || min === undefined) return
    if (out.some((x) => x.name === name)) issues.add([...at, 'name'], `等次 "${name}" 重复`)
    const prev = out[out.length - 1]
    if (prev && !(min < prev.min)) issues.add([...at, 'min'], `等次须从高到低排列：${name} 的下限 ${min} 应低于 ${prev.name} 的 ${prev.min}`)
    if (total !== undefined && min > total) issues.add([...at, 'min'], `等次下限 ${min} 高于总分 ${total}`)
    out.push({ name, min })
  })
  if (issues.count > before) return undefined
  const last = out[out.length - 1]
  if (last && last.min !== 0) {
    issues.add(['grades', out.length - 1, 'min'], `最低等次 ${last.name} 的下限应为 0，否则低于 ${last.min} 分的案卷没有等次`)
    return undefined
  }
  return out
}

function validateUnitGrading(v: unknown, issues: Issues): UnitGrading | undefined {
  const o = obj(v, ['unitGrading'], issues, '单位评定 "unitGrading"')
  if (!o) return undefined
  onlyKeys(o, ['by', 'rankBy', 'vetoedInAverage'], ['unitGrading'], issues)
  const by = o.by === undefined ? 'average' : oneOf(o.by, ['average'] as const, ['unitGrading', 'by'], issues, '单位评定方式')
  let rankBy: UnitGrading['rankBy'] = ['average', 'total']
  if (o.rankBy !== undefined) {
    const l = list(o.rankBy, ['unitGrading', 'rankBy'], issues, '排名依据 "rankBy"', { nonEmpty: true })
    const keys = l?.map((k, i) => oneOf(k, ['average', 'total'] as const, ['unitGrading', 'rankBy', i], issues, '排名依据'))
    if (keys && keys.every((k) => k)) rankBy = keys as UnitGrading['rankBy']
  }
  const vetoedInAverage = bool(o, 'vetoedInAverage', ['unitGrading'], issues) ?? true
  return by ? { by, rankBy, vetoedInAverage } : undefined
}

function validateBasis(v: unknown, path: Path, issues: Issues): LegalBasis | undefined {
  const o = obj(v, path, issues, '依据 "basis"')
  if (!o) return undefined
  onlyKeys(o, ['law', 'provision', 'quote', 'ruleId'], path, issues)
  const law = str(o, 'law', path, issues)
  const provision = str(o, 'provision', path, issues)
  const quote = str(o, 'quote', path, issues)
  ruleId(o, 'ruleId', path, issues)
  if (law && /[《》]/.test(law)) issues.add([...path, 'law'], '法律名称不带书名号，写全称，如 中华人民共和国行政处罚法')
  if (provision && !/^第[零〇一二三四五六七八九十百千]+条/.test(provision)) issues.add([...path, 'provision'], `条款 "${provision}" 应以“第某条”开头（中文数字），如 第五十八条第一款`)
  if (!law && !o.ruleId) issues.add(path, '依据至少写明 "law"（法律名称）或 "ruleId"（程序规则编号）')
  return { ...(law ? { law } : {}), ...(provision ? { provision } : {}), ...(quote ? { quote } : {}), ...(typeof o.ruleId === 'string' ? { ruleId: o.ruleId } : {}) }
}

type Claim = (id: string | undefined, path: Path) => void

function validateVeto(v: unknown, grades: GradeBand[] | undefined, issues: Issues, claim: Claim): Rubric['veto'] | undefined {
  if (v === undefined) return { effect: 'zero', items: [] }
  const o = obj(v, ['veto'], issues, '否决项 "veto"')
  if (!o) return undefined
  onlyKeys(o, ['effect', 'capGrade', 'items'], ['veto'], issues)
  const effect = o.effect === undefined ? (issues.add(['veto', 'effect'], '缺少必填字段 "effect"（"zero" 总分为零 / "fail" 不合格不再评分 / "cap_grade" 封顶等次）'), undefined) : oneOf(o.effect, VETO_EFFECTS, ['veto', 'effect'], issues, '否决效果', VETO_EFFECT_LABEL)
  const capGrade = str(o, 'capGrade', ['veto'], issues)
  if (effect === 'cap_grade') {
    if (!capGrade) issues.add(['veto', 'capGrade'], '"effect" 为 "cap_grade" 时须写 "capGrade"：被否决的案卷最高可评的等次（如 合格）')
    else if (grades && !grades.some((g) => g.name === capGrade)) issues.add(['veto', 'capGrade'], `"capGrade" 的 "${capGrade}" 不是本标准的等次（${grades.map((g) => g.name).join('、')}）`)
    else if (grades && grades[0]?.name === capGrade) issues.add(['veto', 'capGrade'], `"capGrade" 的 "${capGrade}" 是最高等次，封顶不起作用`)
  } else if (capGrade) issues.add(['veto', 'capGrade'], `"capGrade" 只用于 "effect: cap_grade"（本标准为 "${effect}"）`)
  const items: VetoItem[] = []
  list(o.items, ['veto', 'items'], issues, '否决项 "items"')?.forEach((x, i) => {
    const at = ['veto', 'items', i]
    const it = obj(x, at, issues, '否决项')
    if (!it) return
    onlyKeys(it, VETO_ITEM_KEYS, at, issues)
    const common = validateCommon(it, at, issues, claim)
    if (common) items.push(common)
  })
  if (!effect) return undefined
  return { effect, ...(effect === 'cap_grade' && capGrade ? { capGrade } : {}), items }
}

function validateItem(v: unknown, path: Path, issues: Issues, claim: Claim, opts: { bonus?: boolean } = {}): RubricItem | null {
  const it = obj(v, path, issues, '评分项')
  if (!it) return null
  onlyKeys(it, ITEM_KEYS, path, issues)
  const points = num(it, 'points', path, issues, { required: true, positive: true })
  // A 加分项 is awarded whole or as a reviewer adjusts it; it needs no deduction form.
  const deduction = opts.bonus && it.deduction === undefined ? ({ form: 'whole' } as const) : validateDeduction(it.deduction, points, [...path, 'deduction'], issues)
  const common = validateCommon(it, path, issues, claim)
  const findingKind = it.findingKind === undefined ? undefined : oneOf(it.findingKind, FINDING_KINDS, [...path, 'findingKind'], issues, '问题类型')
  const dts = it.docTypes === undefined ? undefined : docTypes(it.docTypes, [...path, 'docTypes'], issues, { nonEmpty: true })
  if (!common || points === undefined || !deduction) return null
  const { id, title, check, ...rest } = common
  return { id, title, points, deduction, check, ...(findingKind ? { findingKind } : {}), ...(dts ? { docTypes: dts } : {}), ...rest }
}

/** What veto and points items share: id, title, check, and the optional remediation, legal basis and source. */
function validateCommon(it: Obj, path: Path, issues: Issues, claim: Claim): VetoItem | null {
  const id = str(it, 'id', path, issues, { required: true })
  claim(id, path)
  const title = str(it, 'title', path, issues, { required: true })
  const check = it.check === undefined ? (issues.add([...path, 'check'], '缺少必填字段 "check"'), null) : validateCheck(it.check, [...path, 'check'], issues)
  const remediation = str(it, 'remediation', path, issues)
  const basis = it.basis === undefined ? undefined : validateBasis(it.basis, [...path, 'basis'], issues)
  const source = str(it, 'source', path, issues)
  if (!id || !title || !check) return null
  return { id, title, check, ...(remediation ? { remediation } : {}), ...(basis ? { basis } : {}), ...(source ? { source } : {}) }
}

function validateSection(v: unknown, path: Path, issues: Issues, claim: Claim): RubricSection | null {
  const s = obj(v, path, issues, '部分')
  if (!s) return null
  onlyKeys(s, SECTION_KEYS, path, issues)
  const id = str(s, 'id', path, issues, { required: true })
  claim(id, path)
  const title = str(s, 'title', path, issues, { required: true })
  const points = num(s, 'points', path, issues, { required: true, positive: true })
  if (s.sections === undefined && s.items === undefined) issues.add(path, `部分 ${title ?? id ?? ''} 既无 "sections"（下级部分）也无 "items"（评分项）`)
  let complete = true
  const sub: RubricSection[] = []
  const subRaw = s.sections === undefined ? [] : list(s.sections, [...path, 'sections'], issues, '下级部分 "sections"', { nonEmpty: true })
  subRaw?.forEach((x, i) => {
    const r = validateSection(x, [...path, 'sections', i], issues, claim)
    if (r) sub.push(r)
    else complete = false
  })
  const items: RubricItem[] = []
  const itemRaw = s.items === undefined ? [] : list(s.items, [...path, 'items'], issues, '评分项 "items"', { nonEmpty: true })
  itemRaw?.forEach((x, i) => {
    const r = validateItem(x, [...path, 'items', i], issues, claim)
    if (r) items.push(r)
    else complete = false
  })
  if (!subRaw || !itemRaw) complete = false
  if (complete && points !== undefined && (sub.length || items.length)) {
    const parts = [...sub.map((x) => x.points), ...items.map((x) => x.points)]
    const sum = parts.reduce((a, b) => a + b, 0)
    if (Math.abs(sum - points) > EPS) issues.add([...path, 'points'], `${title ?? id} 的分值 ${points} 与下级分值之和 ${round(sum)} 不等（${[...sub, ...items].map((x) => `${x.id} ${x.points}`).join(' + ')}）`)
  }
  if (!id || !title || points === undefined) return null
  return { id, title, points, ...(sub.length ? { sections: sub } : {}), ...(items.length ? { items } : {}) }
}

function validateBonus(v: unknown, issues: Issues, claim: Claim): Rubric['bonus'] | undefined {
  const o = obj(v, ['bonus'], issues, '加分项 "bonus"')
  if (!o) return undefined
  onlyKeys(o, ['max', 'items', 'exceedTotal'], ['bonus'], issues)
  const max = num(o, 'max', ['bonus'], issues, { required: true, positive: true })
  const exceedTotal = bool(o, 'exceedTotal', ['bonus'], issues)
  const items: RubricItem[] = []
  list(o.items, ['bonus', 'items'], issues, '加分项 "items"', { nonEmpty: true })?.forEach((x, i) => {
    const r = validateItem(x, ['bonus', 'items', i], issues, claim, { bonus: true })
    if (r) items.push(r)
    if (r && max !== undefined && r.points > max) issues.add(['bonus', 'items', i, 'points'], `加分项分值 ${r.points} 超过加分上限 ${max}`)
  })
  if (max === undefined) return undefined
  return { max, items, ...(exceedTotal !== undefined ? { exceedTotal } : {}) }
}
