/**
 * Example cases a rubric carries (`examples:`), in a compact form that expands to `CaseFacts`:
 *
 *   examples:
 *     - name: 决定书超过七个工作日送达
 *       procedure: 普通程序
 *       documents:
 *         - type: 行政处罚决定书
 *           caseNumber: 测绘罚〔2024〕3号
 *           party: { name: 某测绘有限公司, creditCode: 91320100MA1XXXXXX0 }
 *           dates: { 决定: 2024-04-01 }
 *           amounts: { 罚款: 30000 }
 *           officers: [张三 32010012345, 李四 32010012346]
 *           citations: [{ law: 中华人民共和国测绘法, article: 51, role: penalty }]
 *           fields: { 当事人: 某测绘有限公司 }
 *           signed: true
 *         - type: 送达回证
 *           dates: { 送达: 2024-04-20 }
 *       expect:
 *         findings: [{ item: P-DL-1, kind: deadline }]
 *         clean: [P-DL-2]
 *
 * `findings` must be produced (item, optionally kind and status); `clean` items must produce no finding.
 * Running them needs the check code (`pingcha rubric test <file>`); this module only loads and validates them.
 */
import { parseDocument } from 'yaml'
import { MAX_ALIAS_COUNT } from './limits'
import type { AmountRole, CaseDocument, CaseFacts, CitationRole, DateFact, DateRole, DocFacts, Evidence, Finding, FindingKind, FindingStatus, Procedure } from '../types'
import { FINDING_KINDS } from '../types'
import { EngineError } from '../errors'
import type { Obj, Path } from './issues'
import { Issues, docType, isObj, list, num, obj, oneOf, onlyKeys, str } from './issues'
import { CITATION_ROLES, DATE_ROLES, PROCEDURES } from './vocab'

export interface ExampleExpectation {
  itemId: string
  kind?: FindingKind
  status?: FindingStatus
}

export interface RubricExample {
  name: string
  facts: CaseFacts
  expect: { findings: ExampleExpectation[]; clean: string[] }
}

const AMOUNT_ROLES: readonly AmountRole[] = ['罚款', '没收违法所得', '违法所得', '货值金额', '其他']
const STATUSES: readonly FindingStatus[] = ['open', 'verify', 'undetermined']
const DOC_KEYS = ['type', 'caseNumber', 'party', 'dates', 'amounts', 'officers', 'citations', 'fields', 'signed']
const ISO_RE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/

function evidence(example: string, text: string): Evidence {
  return { file: `示例/${example}`, page: 1, text }
}

function precisionOf(iso: string): DateFact['precision'] {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : iso.length === 10 ? 'day' : 'minute'
}

/** 测绘罚〔2024〕3号 → prefix 测绘罚, year 2024, serial 3. */
function caseNumberFact(text: string, ev: Evidence): DocFacts['caseNumbers'][number] {
  const m = text.match(/^(.*?)[〔\[(（［](\d{4})[〕\])）］]第?(\d+)号$/)
  return { text, normalized: m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : text, prefix: m?.[1] ?? '', year: m ? Number(m[2]) : 0, serial: m ? Number(m[3]) : 0, own: true, evidence: ev }
}

function expandDocument(d: Obj, index: number, example: string, path: Path, issues: Issues): DocFacts | null {
  onlyKeys(d, DOC_KEYS, path, issues)
  const type = docType(d.type, [...path, 'type'], issues)
  const ev = (text: string) => evidence(example, text)
  const facts: DocFacts = { docId: String(index), docType: type ?? '其他', caseNumbers: [], parties: [], officers: [], dates: [], citations: [], amounts: [], fields: [], signatures: [] }
  const cn = str(d, 'caseNumber', path, issues)
  if (cn) facts.caseNumbers.push(caseNumberFact(cn, ev(cn)))
  if (d.party !== undefined) {
    const p = typeof d.party === 'string' ? { name: d.party } : obj(d.party, [...path, 'party'], issues, '当事人 "party"')
    if (p) {
      if (isObj(p)) onlyKeys(p, ['name', 'creditCode', 'legalRepresentative', 'kind'], [...path, 'party'], issues)
      const name = typeof p.name === 'string' ? p.name : (issues.add([...path, 'party', 'name'], '当事人须有名称 "name"'), '')
      const creditCode = typeof p.creditCode === 'string' ? p.creditCode : undefined
      const legalRepresentative = typeof p.legalRepresentative === 'string' ? p.legalRepresentative : undefined
      const kind = p.kind === 'person' || p.kind === 'organization' ? p.kind : /公司|厂|店|中心|合作社|事务所/.test(name) ? 'organization' : 'unknown'
      facts.parties.push({ name, kind, ...(creditCode ? { creditCode } : {}), ...(legalRepresentative ? { legalRepresentative } : {}), evidence: ev(name) })
    }
  }
  if (d.dates !== undefined) {
    const m = obj(d.dates, [...path, 'dates'], issues, '日期 "dates"')
    for (const [role, v] of Object.entries(m ?? {})) {
      const at = [...path, 'dates', role]
      const r = oneOf(role, DATE_ROLES, at, issues, '日期角色') as DateRole | undefined
      const isos = Array.isArray(v) ? v : [v]
      for (const iso of isos) {
        if (typeof iso !== 'string' || !ISO_RE.test(iso)) issues.add(at, `日期应写成 "2024-03-05" 或 "2024-03-05T09:30" 的样式，实际为 ${JSON.stringify(iso)}`)
        else if (r) facts.dates.push({ text: iso, iso, precision: precisionOf(iso), role: r, evidence: ev(iso) })
      }
    }
  }
  if (d.amounts !== undefined) {
    const m = obj(d.amounts, [...path, 'amounts'], issues, '金额 "amounts"')
    for (const [role, v] of Object.entries(m ?? {})) {
      const r = oneOf(role, AMOUNT_ROLES, [...path, 'amounts', role], issues, '金额角色')
      if (typeof v !== 'number' || v < 0) issues.add([...path, 'amounts', role], `金额应为元数，实际为 ${JSON.stringify(v)}`)
      else if (r) facts.amounts.push({ text: `${v}元`, yuan: v, role: r, evidence: ev(`${v}元`) })
    }
  }
  if (d.officers !== undefined) {
    list(d.officers, [...path, 'officers'], issues, '执法人员 "officers"')?.forEach((o, i) => {
      // "张三 32010012345" or "张三" (no certificate number)
      if (typeof o !== 'string' || !o.trim()) return issues.add([...path, 'officers', i], '执法人员写成 "姓名 执法证号" 或 "姓名"')
      const [name, certNo] = o.trim().split(/\s+/)
      facts.officers.push({ name: name!, ...(certNo ? { certNo } : {}), evidence: ev(o) })
    })
  }
  if (d.citations !== undefined) {
    list(d.citations, [...path, 'citations'], issues, '引用 "citations"')?.forEach((c, i) => {
      const at = [...path, 'citations', i]
      const o = obj(c, at, issues, '引用')
      if (!o) return
      onlyKeys(o, ['law', 'article', 'paragraph', 'item', 'role'], at, issues)
      const law = str(o, 'law', at, issues, { required: true })
      const article = num(o, 'article', at, issues, { required: true, positive: true, integer: true })
      const paragraph = num(o, 'paragraph', at, issues, { positive: true, integer: true })
      const item = num(o, 'item', at, issues, { positive: true, integer: true })
      const role = (o.role === undefined ? 'other' : oneOf(o.role, CITATION_ROLES, [...at, 'role'], issues, '引用角色')) as CitationRole | undefined
      if (!law || !article || !role) return
      const text = `《${law}》第${article}条${paragraph ? `第${paragraph}款` : ''}${item ? `第${item}项` : ''}`
      facts.citations.push({ text, law, lawAsWritten: law, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}), role, evidence: ev(text) })
    })
  }
  if (d.fields !== undefined) {
    const m = obj(d.fields, [...path, 'fields'], issues, '栏目 "fields"')
    for (const [label, v] of Object.entries(m ?? {})) {
      const value = v === null || v === undefined ? '' : String(v)
      facts.fields.push({ label, value, evidence: ev(`${label}：${value}`) })
    }
  }
  if (d.signed === true) facts.signatures.push(ev('（签名、盖章）'))
  else if (d.signed !== undefined && d.signed !== false) issues.add([...path, 'signed'], '"signed"（签名盖章）应为 "true"（是）或 "false"（否）')
  return type ? facts : null
}

function expandExample(v: unknown, path: Path, issues: Issues, itemIds: ReadonlySet<string> | null): RubricExample | null {
  const o = obj(v, path, issues, '样例')
  if (!o) return null
  onlyKeys(o, ['name', 'procedure', 'caseNumber', 'party', 'documents', 'expect'], path, issues)
  const name = str(o, 'name', path, issues, { required: true }) ?? '（未命名）'
  const procedure = (o.procedure === undefined ? '普通程序' : oneOf(o.procedure, PROCEDURES, [...path, 'procedure'], issues, '程序类型')) as Procedure | undefined
  const documents: DocFacts[] = []
  list(o.documents, [...path, 'documents'], issues, '样例文书 "documents"', { nonEmpty: true })?.forEach((d, i) => {
    const dobj = obj(d, [...path, 'documents', i], issues, '样例文书')
    const f = dobj && expandDocument(dobj, i, name, [...path, 'documents', i], issues)
    if (f) documents.push(f)
  })
  const caseNumber = str(o, 'caseNumber', path, issues) ?? documents.find((d) => d.docType === '行政处罚决定书')?.caseNumbers[0]?.normalized
  const party = str(o, 'party', path, issues) ?? documents.find((d) => d.parties.length)?.parties[0]?.name
  const exp = obj(o.expect, [...path, 'expect'], issues, '预期 "expect"')
  const findings: ExampleExpectation[] = []
  const clean: string[] = []
  const known = (id: unknown, at: Path): id is string => {
    if (typeof id !== 'string' || !id) return (issues.add(at, '应写评分项或否决项的编号'), false)
    if (itemIds && !itemIds.has(id)) return (issues.add(at, `本标准没有编号为 "${id}" 的项`), false)
    return true
  }
  if (exp) {
    onlyKeys(exp, ['findings', 'clean'], [...path, 'expect'], issues)
    if (exp.findings === undefined && exp.clean === undefined) issues.add([...path, 'expect'], '预期至少写 "findings"（应报的问题）或 "clean"（不应报问题的项）之一，否则样例什么也不检验')
    if (exp.findings !== undefined)
      list(exp.findings, [...path, 'expect', 'findings'], issues, '应报的问题 "findings"')?.forEach((f, i) => {
        const at = [...path, 'expect', 'findings', i]
        const fo = obj(f, at, issues, '预期问题')
        if (!fo) return
        onlyKeys(fo, ['item', 'kind', 'status'], at, issues)
        if (!known(fo.item, [...at, 'item'])) return
        const kind = fo.kind === undefined ? undefined : oneOf(fo.kind, FINDING_KINDS, [...at, 'kind'], issues, '问题类型')
        const status = fo.status === undefined ? undefined : oneOf(fo.status, STATUSES, [...at, 'status'], issues, '问题状态')
        findings.push({ itemId: fo.item, ...(kind ? { kind } : {}), ...(status ? { status } : {}) })
      })
    if (exp.clean !== undefined)
      list(exp.clean, [...path, 'expect', 'clean'], issues, '不应报问题的项 "clean"')?.forEach((c, i) => {
        if (known(c, [...path, 'expect', 'clean', i])) {
          if (findings.some((f) => f.itemId === c)) issues.add([...path, 'expect', 'clean', i], `${c} 同时写在 "findings" 和 "clean" 中`)
          clean.push(c)
        }
      })
  }
  if (!procedure) return null
  return { name, facts: { folder: `示例/${name}`, procedure, ...(caseNumber ? { caseNumber } : {}), ...(party ? { party } : {}), documents }, expect: { findings, clean } }
}

/** Validate the `examples:` of a rubric; `itemIds` are the rubric's veto, points and bonus item ids. */
export function validateExamples(v: unknown, path: Path, issues: Issues, itemIds: ReadonlySet<string> | null): RubricExample[] {
  const out: RubricExample[] = []
  const names = new Set<string>()
  list(v, path, issues, '样例 "examples"')?.forEach((e, i) => {
    const ex = expandExample(e, [...path, i], issues, itemIds)
    if (!ex) return
    if (names.has(ex.name)) issues.add([...path, i, 'name'], `样例名 "${ex.name}" 重复`)
    names.add(ex.name)
    out.push(ex)
  })
  return out
}

/** The example cases of a rubric file, expanded to `CaseFacts`. Throws with the problems when they are malformed. */
export function rubricExamples(text: string): RubricExample[] {
  const doc = parseDocument(text, { prettyErrors: false })
  if (doc.errors.length) throw new EngineError('unusable-input', `评查标准 YAML 有语法错误：${doc.errors[0]!.message.split('\n')[0]}`)
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    throw new EngineError('unusable-input', `评查标准 YAML 无法展开：${e instanceof Error ? e.message : String(e)}`)
  }
  if (!isObj(raw) || raw.examples === undefined) return []
  const issues = new Issues()
  const out = validateExamples(raw.examples, ['examples'], issues, null)
  if (issues.count) throw new EngineError('unusable-input', `样例有误：${issues.list.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`)
  return out
}


/** The documents of an example case, for checks that want `CaseDocument`s beside the facts (no text lines: the facts are all there is). */
export function exampleDocuments(example: RubricExample): CaseDocument[] {
  return example.facts.documents.map((d, index) => ({ id: d.docId, index, type: d.docType, confidence: 1, title: d.docType, parts: [], lines: [] }))
}

export interface ExampleOutcome {
  ok: boolean
  /** Expected findings the checks did not report. */
  missing: ExampleExpectation[]
  /** Items expected clean that reported findings. */
  unexpected: { itemId: string; findings: Finding[] }[]
}

/** Compare what the checks reported on an example case with what the rubric expects of it. */
export function checkExample(example: RubricExample, findings: Finding[]): ExampleOutcome {
  const missing = example.expect.findings.filter((e) => !findings.some((f) => f.itemId === e.itemId && (!e.kind || f.kind === e.kind) && (!e.status || f.status === e.status)))
  const unexpected = example.expect.clean.map((itemId) => ({ itemId, findings: findings.filter((f) => f.itemId === itemId) })).filter((u) => u.findings.length > 0)
  return { ok: missing.length === 0 && unexpected.length === 0, missing, unexpected }
}
