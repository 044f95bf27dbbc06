/**
 * Parameter validators for each check kind of shared/check/kinds.ts, kept here so the rubric validator
 * does not depend on the check code. One entry per kind; the typecheck fails when a kind is added to the
 * catalogue without a validator here.
 */
import type { CheckKindName } from '../check/kinds'
import { CHECK_KIND_NAMES } from '../check/kinds'
import type { Obj, Path } from './issues'
import { Issues, bool, docType, docTypes, list, num, obj, oneOf, onlyKeys, str } from './issues'
import { CHECK_KIND_LABEL, DAY_UNIT_LABEL } from './labels'
import { CITATION_ROLES, CONSISTENCY_FACTS, DATE_ROLES, PROCEDURES, RULE_IDS } from './vocab'

type ParamValidator = (p: Obj, path: Path, issues: Issues) => void

export function ruleId(o: Obj, key: string, path: Path, issues: Issues, required = false): void {
  const id = str(o, key, path, issues, { required })
  if (id !== undefined && !RULE_IDS.has(id)) issues.add([...path, key], `程序规则编号 "${id}" 不存在（程序规则表中的编号，如 CF-61、SJ-18）`)
}

export function condition(v: unknown, path: Path, issues: Issues): void {
  const c = obj(v, path, issues, '适用条件 "when"')
  if (!c) return
  onlyKeys(c, ['procedure', 'fineAtLeast', 'majorCase', 'seriousCase', 'hasDocument', 'lacksDocument', 'hearingRequested', 'agencyIs'], path, issues)
  if (Object.keys(c).length === 0) issues.add(path, '适用条件 "when" 为空：删去它，或写明条件')
  if (c.procedure !== undefined) {
    const l = list(c.procedure, [...path, 'procedure'], issues, '程序类型 "procedure"', { nonEmpty: true })
    l?.forEach((p, i) => oneOf(p, PROCEDURES, [...path, 'procedure', i], issues, '程序类型'))
  }
  num(c, 'fineAtLeast', path, issues, { min: 0 })
  bool(c, 'majorCase', path, issues)
  bool(c, 'seriousCase', path, issues)
  if (c.majorCase !== undefined && c.seriousCase !== undefined) issues.add(path, '"majorCase"（重大案件）与 "seriousCase"（情节严重）只用其一')
  bool(c, 'hearingRequested', path, issues)
  if (c.hasDocument !== undefined) docType(c.hasDocument, [...path, 'hasDocument'], issues)
  if (c.lacksDocument !== undefined) docType(c.lacksDocument, [...path, 'lacksDocument'], issues)
  if (c.agencyIs !== undefined)
    list(c.agencyIs, [...path, 'agencyIs'], issues, '机关名称用词 "agencyIs"', { nonEmpty: true })?.forEach((n, j) => {
      if (typeof n !== 'string' || !n.trim()) issues.add([...path, 'agencyIs', j], '机关名称用词应为非空文字')
    })
}

function dateRole(v: unknown, path: Path, issues: Issues): string | undefined {
  return oneOf(v, DATE_ROLES, path, issues, '日期角色')
}

const VALIDATORS: Record<CheckKindName, ParamValidator> = {
  'required-documents'(p, path, issues) {
    onlyKeys(p, ['documents'], path, issues)
    const docs = list(p.documents, [...path, 'documents'], issues, '应备文书 "documents"', { nonEmpty: true })
    const seen = new Map<string, number>()
    docs?.forEach((d, i) => {
      const at = [...path, 'documents', i]
      const o = obj(d, at, issues, '应备文书')
      if (!o) return
      onlyKeys(o, ['type', 'when', 'serves', 'unsureWhen', 'unsureWhy'], at, issues)
      const t = docType(o.type, [...at, 'type'], issues)
      if (o.when !== undefined) condition(o.when, [...at, 'when'], issues)
      if (o.unsureWhen !== undefined) {
        condition(o.unsureWhen, [...at, 'unsureWhen'], issues)
        str(o, 'unsureWhy', at, issues, { required: true })
      } else if (o.unsureWhy !== undefined) issues.add([...at, 'unsureWhy'], '"unsureWhy"（待核原因）只与 "unsureWhen"（待核条件）一起使用')
      if (o.serves !== undefined) {
        docType(o.serves, [...at, 'serves'], issues)
        if (t && t !== '送达回证') issues.add([...at, 'serves'], `"serves"（送达的文书）只用于送达回证（此处为 ${t}）`)
      }
      const key = `${t}|${JSON.stringify(o.serves ?? null)}|${JSON.stringify(o.when ?? null)}`
      if (t && seen.has(key)) issues.add(at, `应备文书 ${t} 与第 ${seen.get(key)! + 1} 项重复`)
      else if (t) seen.set(key, i)
    })
  },
  'required-fields'(p, path, issues) {
    onlyKeys(p, ['docType', 'fields', 'when', 'orInstead'], path, issues)
    const fieldsOf = (q: Record<string, unknown>, at: (string | number)[]) => {
      if (q.docType === undefined) issues.add([...at, 'docType'], '缺少必填字段 "docType"')
      else docType(q.docType, [...at, 'docType'], issues)
      const f = list(q.fields, [...at, 'fields'], issues, '栏目 "fields"', { nonEmpty: true })
      const seen = new Set<string>()
      f?.forEach((x, i) => {
        if (typeof x !== 'string' || !x.trim()) issues.add([...at, 'fields', i], '栏目名应为非空文本')
        else if (seen.has(x)) issues.add([...at, 'fields', i], `栏目 "${x}" 重复`)
        else seen.add(x)
      })
    }
    fieldsOf(p, path)
    if (p.when !== undefined) condition(p.when, [...path, 'when'], issues)
    if (p.orInstead !== undefined) {
      const at = [...path, 'orInstead']
      if (typeof p.orInstead !== 'object' || p.orInstead === null || Array.isArray(p.orInstead)) issues.add(at, '应为对象（docType、fields）')
      else {
        const q = p.orInstead as Record<string, unknown>
        onlyKeys(q, ['docType', 'fields'], at, issues)
        fieldsOf(q, at)
        if (q.docType === p.docType) issues.add([...at, 'docType'], '与 docType 相同')
      }
    }
  },
  officers(p, path, issues) {
    onlyKeys(p, ['docTypes', 'min', 'requireCertNo', 'onSpotDecision', 'unsureWhen', 'unsureWhy'], path, issues)
    docTypes(p.docTypes, [...path, 'docTypes'], issues, { nonEmpty: true })
    num(p, 'min', path, issues, { positive: true, integer: true })
    bool(p, 'requireCertNo', path, issues)
    bool(p, 'onSpotDecision', path, issues)
    if (p.unsureWhen !== undefined) {
      condition(p.unsureWhen, [...path, 'unsureWhen'], issues)
      str(p, 'unsureWhy', path, issues, { required: true })
    } else if (p.unsureWhy !== undefined) issues.add([...path, 'unsureWhy'], '"unsureWhy"（待核原因）只与 "unsureWhen"（待核条件）一起使用')
  },
  citation(p, path, issues) {
    onlyKeys(p, ['docTypes', 'roles'], path, issues)
    if (p.docTypes !== undefined) docTypes(p.docTypes, [...path, 'docTypes'], issues, { nonEmpty: true })
    if (p.roles !== undefined) list(p.roles, [...path, 'roles'], issues, '引用角色 "roles"', { nonEmpty: true })?.forEach((r, i) => oneOf(r, CITATION_ROLES, [...path, 'roles', i], issues, '引用角色'))
  },
  'fine-range'(p, path, issues) {
    onlyKeys(p, ['docType', 'onSpot', 'orProposedIn'], path, issues)
    if (p.docType !== undefined) docType(p.docType, [...path, 'docType'], issues)
    if (p.orProposedIn !== undefined) docType(p.orProposedIn, [...path, 'orProposedIn'], issues)
    if (p.onSpot !== undefined) {
      const w = [...path, 'onSpot']
      const o = obj(p.onSpot, w, issues, '当场处罚限额 "onSpot"')
      if (o) {
        onlyKeys(o, ['person', 'organization', 'ruleId'], w, issues)
        num(o, 'person', w, issues, { required: true, positive: true })
        num(o, 'organization', w, issues, { required: true, positive: true })
        ruleId(o, 'ruleId', w, issues, true)
      }
    }
  },
  'date-order'(p, path, issues) {
    onlyKeys(p, ['pairs', 'servedPapers'], path, issues)
    if (p.servedPapers !== undefined) docTypes(p.servedPapers, [...path, 'servedPapers'], issues, { nonEmpty: true })
    list(p.pairs, [...path, 'pairs'], issues, '日期先后 "pairs"', { nonEmpty: true })?.forEach((x, i) => {
      const at = [...path, 'pairs', i]
      const o = obj(x, at, issues, '日期先后')
      if (!o) return
      onlyKeys(o, ['before', 'after', 'strict', 'ruleId', 'when', 'leeway', 'permitted', 'within'], at, issues)
      const b = dateRole(o.before, [...at, 'before'], issues)
      const a = dateRole(o.after, [...at, 'after'], issues)
      if (b && a && a === b) issues.add(at, `"before" 与 "after" 都是 ${a}：先后关系需要两个不同的日期`)
      bool(o, 'strict', at, issues)
      ruleId(o, 'ruleId', at, issues)
      if (o.when !== undefined) condition(o.when, [...at, 'when'], issues)
      if (o.within !== undefined) docType(o.within, [...at, 'within'], issues)
      if (o.leeway !== undefined) {
        const l = obj(o.leeway, [...at, 'leeway'], issues, '宽限 "leeway"')
        if (l) {
          onlyKeys(l, ['days', 'unit', 'ruleId'], [...at, 'leeway'], issues)
          num(l, 'days', [...at, 'leeway'], issues, { required: true, positive: true, integer: true })
          if (l.unit === undefined) issues.add([...at, 'leeway', 'unit'], '缺少必填字段 "unit"（"natural" 自然日 / "working" 工作日）')
          else oneOf(l.unit, ['natural', 'working'] as const, [...at, 'leeway', 'unit'], issues, '计日单位', DAY_UNIT_LABEL)
          ruleId(l, 'ruleId', [...at, 'leeway'], issues, true)
        }
      }
      if (o.permitted !== undefined) {
        list(o.permitted, [...at, 'permitted'], issues, '准许的规定 "permitted"', { nonEmpty: true })?.forEach((y, k) => {
          const w = [...at, 'permitted', k]
          const r = obj(y, w, issues, '准许的规定')
          if (!r) return
          onlyKeys(r, ['agencies', 'hasDocument', 'law', 'provision', 'says', 'requires'], w, issues)
          bool(r, 'requires', w, issues)
          str(r, 'law', w, issues, { required: true })
          str(r, 'provision', w, issues, { required: true })
          str(r, 'says', w, issues)
          if (r.hasDocument !== undefined) docType(r.hasDocument, [...w, 'hasDocument'], issues)
          if (r.agencies !== undefined)
            list(r.agencies, [...w, 'agencies'], issues, '机关名称用词 "agencies"', { nonEmpty: true })?.forEach((n, j) => {
              if (typeof n !== 'string' || !n.trim()) issues.add([...w, 'agencies', j], '机关名称用词应为非空文字')
            })
        })
      }
    })
  },
  deadline(p, path, issues) {
    // the periods a decision tells for review and suit, not the days between two steps
    if (p.remedy !== undefined) {
      onlyKeys(p, ['remedy', 'when'], path, issues)
      docTypes(p.remedy, [...path, 'remedy'], issues, { nonEmpty: true })
      if (p.when !== undefined) condition(p.when, [...path, 'when'], issues)
      return
    }
    // the decision on evidence kept (先行登记保存) within its days, not the days between two steps of given roles
    if (p.keptEvidence !== undefined) {
      onlyKeys(p, ['keptEvidence', 'days', 'unit', 'ruleId', 'when'], path, issues)
      if (p.keptEvidence !== true) issues.add([...path, 'keptEvidence'], '"keptEvidence" 只能写 true')
      num(p, 'days', path, issues, { required: true, positive: true, integer: true })
      if (p.unit === undefined) issues.add([...path, 'unit'], '缺少必填字段 "unit"（"natural" 自然日 / "working" 工作日）')
      else oneOf(p.unit, ['natural', 'working'] as const, [...path, 'unit'], issues, '计日单位', DAY_UNIT_LABEL)
      ruleId(p, 'ruleId', path, issues, true)
      if (p.when !== undefined) condition(p.when, [...path, 'when'], issues)
      return
    }
    // the term a document sets for its measure (查封、扣押期限), not the days between two steps
    if (p.term !== undefined) {
      onlyKeys(p, ['term', 'days', 'unit', 'ruleId', 'extendedDays', 'when'], path, issues)
      docTypes(p.term, [...path, 'term'], issues, { nonEmpty: true })
      num(p, 'days', path, issues, { required: true, positive: true, integer: true })
      if (p.unit === undefined) issues.add([...path, 'unit'], '缺少必填字段 "unit"（载明期限只按自然日 "natural" 核对）')
      else oneOf(p.unit, ['natural'] as const, [...path, 'unit'], issues, '计日单位', DAY_UNIT_LABEL)
      ruleId(p, 'ruleId', path, issues, true)
      num(p, 'extendedDays', path, issues, { positive: true, integer: true })
      if (p.when !== undefined) condition(p.when, [...path, 'when'], issues)
      return
    }
    onlyKeys(p, ['from', 'to', 'days', 'unit', 'ruleId', 'extendedBy', 'extendedDays', 'notCounted', 'atLeast', 'when', 'inForceFrom', 'fromServiceOf', 'lastDayKept', 'longerFor', 'sectorTerms'], path, issues)
    if (p.notCounted !== undefined) {
      list(p.notCounted, [...path, 'notCounted'], issues, '不计入期限的步骤 "notCounted"', { nonEmpty: true })?.forEach((w, k) => {
        if (typeof w !== 'string' || !/^[\u4e00-\u9fa5]{2,8}$/.test(w)) issues.add([...path, 'notCounted', k], '不计入期限的步骤应为二至八个汉字（如 中止、检测、鉴定）')
      })
      if (p.atLeast === true) issues.add([...path, 'notCounted'], '等待期（"atLeast"）不扣除期间："notCounted" 只用于办案期限一类的时限')
      if (p.unit !== 'natural') issues.add([...path, 'notCounted'], '"notCounted" 只用于按自然日计算的期限（"unit": "natural"）')
    }
    if (p.longerFor !== undefined) issues.add([...path, 'longerFor'], '"longerFor" 已改名为 "sectorTerms"（行业规定的期限，较长或较短均可）')
    if (p.sectorTerms !== undefined) {
      list(p.sectorTerms, [...path, 'sectorTerms'], issues, '行业规定的期限 "sectorTerms"', { nonEmpty: true })?.forEach((y, k) => {
        const w = [...path, 'sectorTerms', k]
        const r = obj(y, w, issues, '行业规定的期限')
        if (!r) return
        onlyKeys(r, ['agencies', 'days', 'unit', 'law', 'provision', 'extendedDays', 'filedFrom', 'filedBefore'], w, issues)
        num(r, 'days', w, issues, { required: true, positive: true, integer: true })
        num(r, 'extendedDays', w, issues, { positive: true, integer: true })
        for (const key of ['filedFrom', 'filedBefore'] as const)
          if (r[key] !== undefined && (typeof r[key] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r[key] as string)))
            issues.add([...w, key], `"${key}" 应为日期，写成 "2024-05-01" 的样式（加引号）`)
        if (typeof r.filedFrom === 'string' && typeof r.filedBefore === 'string' && r.filedFrom >= r.filedBefore) issues.add([...w, 'filedBefore'], '"filedBefore" 应晚于 "filedFrom"')
        if (r.unit === undefined) issues.add([...w, 'unit'], '缺少必填字段 "unit"（"natural" 自然日 / "working" 工作日 / "month" 月 / "year" 年）')
        else oneOf(r.unit, ['natural', 'working', 'month', 'year'] as const, [...w, 'unit'], issues, '计日单位', DAY_UNIT_LABEL)
        str(r, 'law', w, issues, { required: true })
        str(r, 'provision', w, issues, { required: true })
        list(r.agencies, [...w, 'agencies'], issues, '机关名称用词 "agencies"', { nonEmpty: true })?.forEach((n, j) => {
          if (typeof n !== 'string' || !n.trim()) issues.add([...w, 'agencies', j], '机关名称用词应为非空文字')
        })
      })
    }
    bool(p, 'atLeast', path, issues)
    bool(p, 'lastDayKept', path, issues)
    if (p.lastDayKept === true && p.atLeast !== true) issues.add([...path, 'lastDayKept'], '"lastDayKept" 只用于等待期（"atLeast": true）')
    if (p.fromServiceOf !== undefined) {
      docType(p.fromServiceOf, [...path, 'fromServiceOf'], issues)
      if (p.atLeast !== true) issues.add([...path, 'fromServiceOf'], '"fromServiceOf" 只用于等待期（"atLeast": true）：送达日期不明时按文书落款日期计，只能证明间隔不足')
    }
    if (p.inForceFrom !== undefined && (typeof p.inForceFrom !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(p.inForceFrom)))
      issues.add([...path, 'inForceFrom'], '"inForceFrom" 应为施行日期，写成 "2021-07-15" 的样式（加引号）')
    if (p.atLeast === true && p.extendedBy !== undefined) issues.add([...path, 'extendedBy'], '等待期（"atLeast"）不能延期："extendedBy" 只用于办案期限一类的时限')
    const f = dateRole(p.from, [...path, 'from'], issues)
    const t = dateRole(p.to, [...path, 'to'], issues)
    if (f && t && f === t) issues.add(path, `"from" 与 "to" 都是 ${f}`)
    num(p, 'days', path, issues, { required: true, positive: true, integer: true })
    if (p.unit === undefined) issues.add([...path, 'unit'], '缺少必填字段 "unit"（"natural" 自然日 / "working" 工作日）')
    else oneOf(p.unit, ['natural', 'working'] as const, [...path, 'unit'], issues, '计日单位', DAY_UNIT_LABEL)
    ruleId(p, 'ruleId', path, issues, true)
    if (p.extendedBy !== undefined) docType(p.extendedBy, [...path, 'extendedBy'], issues)
    num(p, 'extendedDays', path, issues, { positive: true, integer: true })
    if (p.extendedDays !== undefined && p.extendedBy === undefined) issues.add([...path, 'extendedDays'], '有 "extendedDays" 时须用 "extendedBy" 写明延期所凭的文书（如 延期审批表）')
    if (p.when !== undefined) condition(p.when, [...path, 'when'], issues)
  },
  consistency(p, path, issues) {
    onlyKeys(p, ['facts', 'docTypes'], path, issues)
    list(p.facts, [...path, 'facts'], issues, '核对事实 "facts"', { nonEmpty: true })?.forEach((x, i) => oneOf(x, CONSISTENCY_FACTS, [...path, 'facts', i], issues, '一致性事实'))
    if (p.docTypes !== undefined) docTypes(p.docTypes, [...path, 'docTypes'], issues, { nonEmpty: true })
  },
  signatures(p, path, issues) {
    onlyKeys(p, ['docTypes'], path, issues)
    docTypes(p.docTypes, [...path, 'docTypes'], issues, { nonEmpty: true })
  },
  manual(p, path, issues) {
    onlyKeys(p, ['question'], path, issues)
    str(p, 'question', path, issues, { required: true })
  },
}

/** Validate `check: { kind, params }`; returns the kind when it is known. */
export function validateCheck(v: unknown, path: Path, issues: Issues): { kind: CheckKindName; params: Obj } | null {
  const c = obj(v, path, issues, '检查 "check"')
  if (!c) return null
  onlyKeys(c, ['kind', 'params'], path, issues)
  if (c.kind === undefined) {
    issues.add([...path, 'kind'], '缺少必填字段 "kind"')
    return null
  }
  const kind = oneOf(c.kind, CHECK_KIND_NAMES, [...path, 'kind'], issues, '检查类型', CHECK_KIND_LABEL)
  if (!kind) return null
  const params = c.params === undefined ? {} : obj(c.params, [...path, 'params'], issues, '检查参数 "params"')
  if (!params) return null
  VALIDATORS[kind](params, [...path, 'params'], issues)
  return { kind, params }
}
