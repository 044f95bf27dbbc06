/**
 * The request schemas of the engine API: the one boundary every call crosses (IPC, `pingcha serve`, the CLI, tests)
 * before it reaches the engine service. The request types of the contract (shared/api.ts) are derived from these
 * schemas, so types and checks cannot drift apart; where a request carries a domain type (Settings, Decision,
 * LedgerEntry) a compile-time check below keeps the schema and the type identical.
 *
 * A request that does not fit is refused with an EngineError 'bad-request' whose Chinese message names the field.
 * Pure logic (valibot only): usable in the engine, the preload and the renderer.
 */
import * as v from 'valibot'
import type { Decision } from './types/findings'
import type { LedgerEntry, Settings } from './types/project'
import type { PanelMember, PanelSettings } from './types/panel'
import { EngineError } from './api'

// ---------- building blocks ----------

const MAX_PATH = 4096

/** An absolute path on any of the platforms the app runs on: /…, C:\…, C:/… or \\server\share. Pure, no node:path. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')
}

const text = (max: number) => v.pipe(v.string('应为文字'), v.maxLength(max, `不能超过 ${max} 个字符`))
const nonEmpty = (max: number) => v.pipe(v.string('应为文字'), v.minLength(1, '不能为空'), v.maxLength(max, `不能超过 ${max} 个字符`))
const noNul = v.check((s: string) => !s.includes('\0'), '不能含有空字符')

/** A path the user chose: absolute, without NUL bytes. Where it may point is decided by the service. */
const absPath = v.pipe(
  v.string('应为文字（完整路径）'),
  v.minLength(1, '不能为空'),
  v.maxLength(MAX_PATH, `不能超过 ${MAX_PATH} 个字符`),
  noNul,
  v.check(isAbsolutePath, '应为完整路径（以 / 或盘符开头，例如 D:\\评查\\案卷01）'),
)
/** A path relative to a case folder, as recorded at ingest. */
const relPath = v.pipe(nonEmpty(MAX_PATH), noNul)
const caseId = v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(1, '应为正整数'), v.maxValue(Number.MAX_SAFE_INTEGER, '过大'))
const projectId = nonEmpty(100)
/** A void request: the transports send null. */
const none = v.optional(v.null('此接口不需要参数，应为 null'))

/** What a decision says about one finding or item; who decided is added by the reviewer or the engine. */
const decisionFields = {
  findingId: v.optional(nonEmpty(200)),
  itemId: v.optional(nonEmpty(200)),
  action: v.picklist(['accept', 'reject', 'adjust'], '应为 accept、reject 或 adjust'),
  points: v.optional(v.pipe(v.number('应为数字'), v.finite('应为有限的数字'), v.minValue(0, '不能小于 0'), v.maxValue(1000, '不能大于 1000'))),
  comment: v.optional(text(2000)),
}
const decision = v.strictObject({ ...decisionFields, reviewer: text(100) })

const settingsPatch = v.strictObject({
  reviewer: v.optional(text(100)),
  cacheDir: v.optional(absPath),
  ocrThreads: v.optional(v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(1, 'OCR 线程数应为 1–64'), v.maxValue(64, 'OCR 线程数应为 1–64'))),
  recentProjects: v.optional(v.pipe(v.array(absPath, '应为路径的列表'), v.maxLength(100, '不能超过 100 项'))),
})

/**
 * The stored settings file read with the same field rules: a field that does not fit (edited by hand, written by an
 * older version) is left out, so it falls back to its default instead of breaking the app.
 */
export function readSettingsFields(raw: unknown): Partial<Settings> {
  const out: Record<string, unknown> = {}
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out
  for (const [key, schema] of Object.entries(settingsPatch.entries)) {
    const r = v.safeParse(schema, (raw as Record<string, unknown>)[key])
    if (r.success && r.output !== undefined) out[key] = r.output
  }
  return out as Partial<Settings>
}

const nullableText = (max: number) => v.nullable(text(max))
const ledgerEntry = v.strictObject({
  id: v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(0, '不能小于 0'), v.maxValue(Number.MAX_SAFE_INTEGER, '过大')),
  caseId,
  findingId: nonEmpty(200),
  deadline: nullableText(200),
  owner: nullableText(200),
  progress: nullableText(4000),
  version: v.optional(v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(0, '不能小于 0'), v.maxValue(Number.MAX_SAFE_INTEGER, '过大'))),
})

// ---------- the review panel ----------

const memberId = v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(1, '应为正整数'), v.maxValue(Number.MAX_SAFE_INTEGER, '过大'))
const panelMember = v.strictObject({
  id: v.optional(memberId),
  name: nonEmpty(100),
  agency: nonEmpty(200),
  role: v.picklist(['组长', '评查员', '复核人'], '角色应为 组长、评查员 或 复核人'),
  conflicts: v.pipe(v.array(nonEmpty(200), '应为单位或案号的列表'), v.maxLength(100, '不能超过 100 项')),
})
const panelSettingsPatch = v.strictObject({
  rate: v.optional(v.pipe(v.number('应为数字'), v.finite('应为有限的数字'), v.gtValue(0, '抽取比例应大于 0'), v.maxValue(1, '抽取比例不能大于 1（100%）'))),
  min: v.optional(v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(0, '不能小于 0'), v.maxValue(100000, '过大'))),
  by: v.optional(v.picklist(['unit', 'unit,type'], '分层应为 unit 或 unit,type')),
  threshold: v.optional(v.pipe(v.number('应为数字'), v.finite('应为有限的数字'), v.minValue(0, '不能小于 0'), v.maxValue(1000, '不能大于 1000'))),
  perCase: v.optional(v.pipe(v.number('应为数字'), v.integer('应为整数'), v.minValue(1, '每卷评查人数应为 1–3'), v.maxValue(3, '每卷评查人数应为 1–3'))),
})
/** A final decision of the 组长 on one item or finding; the 组长's name is added by the engine. */
const finalItem = v.strictObject(decisionFields)

/** Law files to import and what the user says of them (a title, a category, a 施行日期 the text lacks). */
const lawFiles = v.strictObject({
  paths: v.pipe(v.array(absPath, '应为文件路径的列表'), v.minLength(1, '请选择至少一个法规文件'), v.maxLength(200, '一次不能超过 200 个文件')),
  title: v.optional(nonEmpty(200)),
  category: v.optional(v.picklist(['法律', '行政法规', '部门规章', '地方性法规', '地方政府规章', '规范性文件'], '应为 法律、行政法规、部门规章、地方性法规、地方政府规章 或 规范性文件')),
  effective: v.optional(v.pipe(v.string('应为文字'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '应写成 2026-02-01 的形式'))),
})

const rubricText = v.pipe(v.string('应为文字'), v.maxLength(1_000_000, '评查标准文本不能超过 100 万个字符'))

// ---------- one schema per method ----------

export const REQUEST_SCHEMAS = {
  'app.info': none,
  'settings.get': none,
  'settings.set': settingsPatch,
  'cache.info': none,
  'cache.clear': none,

  'project.list': none,
  'project.create': v.strictObject({
    name: nonEmpty(200),
    rubricId: v.pipe(nonEmpty(MAX_PATH), noNul),
    agencies: v.pipe(v.array(nonEmpty(200), '应为单位名称的列表'), v.maxLength(1000, '不能超过 1000 项')),
    reviewers: v.pipe(v.array(nonEmpty(100), '应为姓名的列表'), v.maxLength(1000, '不能超过 1000 项')),
    samplingRatio: v.nullable(v.pipe(v.number('应为数字'), v.minValue(0, '应在 0–1 之间'), v.maxValue(1, '应在 0–1 之间'))),
    dbPath: v.optional(absPath),
  }),
  'project.open': v.strictObject({ dbPath: absPath }),
  /** rubricId and version name one version of the rubric library; reviewer: who switches (else the name of 设置). */
  'project.setRubric': v.strictObject({
    projectId,
    rubricId: v.pipe(nonEmpty(200), noNul),
    version: v.pipe(nonEmpty(100), noNul),
    reviewer: v.optional(text(100)),
  }),

  'case.import': v.strictObject({
    projectId,
    folders: v.pipe(v.array(absPath, '应为文件夹路径的列表'), v.minLength(1, '请选择至少一个案卷文件夹'), v.maxLength(10000, '一次不能超过 10000 个文件夹')),
  }),
  'job.cancel': v.strictObject({ jobId: nonEmpty(100) }),
  'job.status': v.strictObject({ jobId: nonEmpty(100) }),
  'case.list': v.strictObject({ projectId }),
  /** memberId: the panel member asking; in a blind review each sees only their own decisions until all have submitted. */
  'case.get': v.strictObject({ projectId, caseId, memberId: v.optional(memberId) }),
  'case.recheck': v.strictObject({ projectId, caseId }),
  /** The 执法单位 of a case, set by the reviewer when the file's own was not read (or was read wrong). */
  'case.setAgency': v.strictObject({ projectId, caseId, agency: v.pipe(v.string('应为文字'), v.trim(), v.minLength(1, '请填写执法单位'), v.maxLength(200, '不能超过 200 个字符')) }),
  'case.file': v.strictObject({ projectId, caseId, path: relPath }),

  /** memberId: the roster member deciding (the decision records their name); none in a project without a roster. */
  'finding.decide': v.strictObject({ projectId, caseId, decision, memberId: v.optional(memberId) }),

  'panel.get': v.strictObject({ projectId }),
  'panel.member.save': v.strictObject({ projectId, member: panelMember }),
  'panel.member.remove': v.strictObject({ projectId, memberId }),
  'panel.settings.set': v.strictObject({ projectId, settings: panelSettingsPatch }),
  /** frame: a 案卷目录 (CSV or XLSX); null draws from the project's imported cases. memberId: the 组长 drawing. */
  'panel.draw': v.strictObject({ projectId, memberId, seed: v.pipe(nonEmpty(200), noNul), frame: v.nullable(absPath) }),
  'panel.assign': v.strictObject({
    projectId,
    drawId: caseId,
    memberId,
    overrides: v.pipe(
      v.array(v.strictObject({ case: nonEmpty(200), memberIds: v.pipe(v.array(memberId), v.minLength(1, '至少指定 1 人'), v.maxLength(3, '至多指定 3 人')), reason: nonEmpty(2000) })),
      v.maxLength(100000, '过多'),
    ),
  }),
  'panel.exportDraw': v.strictObject({ projectId, drawId: caseId, outDir: v.optional(absPath) }),
  'panel.submit': v.strictObject({ projectId, caseId, memberId }),
  'panel.compare': v.strictObject({ projectId, caseId }),
  'panel.reconcile': v.strictObject({
    projectId,
    caseId,
    memberId,
    method: v.picklist(['组长裁定', '集体评议'], '应为 组长裁定 或 集体评议'),
    reason: nonEmpty(4000),
    dissent: v.nullable(text(4000)),
    items: v.pipe(v.array(finalItem), v.maxLength(10000, '过多')),
  }),

  'rubric.list': none,
  /** id: a rubric's id, or the file name of a library file; version: that version (without it, the newest). */
  'rubric.get': v.strictObject({ id: nonEmpty(200), version: v.optional(nonEmpty(100)) }),
  'rubric.validate': v.strictObject({ text: rubricText, file: v.optional(text(255)) }),
  'rubric.save': v.strictObject({ text: rubricText }),
  'rubric.usage': none,

  'ledger.list': v.strictObject({ projectId }),
  'ledger.update': v.strictObject({ projectId, entry: ledgerEntry }),
  'ledger.table': v.strictObject({ projectId }),

  'export.run': v.strictObject({
    projectId,
    kind: v.picklist(['score-sheet', 'opinion', 'report', 'ledger-docx', 'ledger-xlsx'], '应为 score-sheet、opinion、report、ledger-docx 或 ledger-xlsx'),
    caseIds: v.union([v.literal('all'), v.pipe(v.array(caseId), v.maxLength(100000, '过多'))], '应为 "all" 或案卷编号（正整数）的列表'),
    outDir: v.optional(absPath),
  }),

  'dialog.pickFolders': v.strictObject({ multiple: v.boolean('应为 true 或 false') }),

  'laws.status': none,
  'laws.list': none,
  'laws.preview': lawFiles,
  'laws.import': lawFiles,
  'laws.remove': v.strictObject({ id: v.pipe(nonEmpty(300), noNul) }),
  'laws.export': v.strictObject({ path: absPath, ids: v.optional(v.pipe(v.array(v.pipe(nonEmpty(300), noNul), '应为法规编号的列表'), v.maxLength(10000, '过多'))) }),
}

/** The request type of a method, as its schema accepts it. */
export type RequestOf<M extends keyof typeof REQUEST_SCHEMAS> = v.InferOutput<(typeof REQUEST_SCHEMAS)[M]>

// ---------- compile-time agreement with the domain types ----------

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Assert<T extends true> = T
export type SchemaAgreement = [
  Assert<Equal<v.InferOutput<typeof decision>, Omit<Decision, 'at'>>>,
  Assert<Equal<Required<v.InferOutput<typeof settingsPatch>>, Settings>>,
  Assert<Equal<v.InferOutput<typeof ledgerEntry>, LedgerEntry>>,
  Assert<Equal<Omit<v.InferOutput<typeof panelMember>, 'id'>, Omit<PanelMember, 'id'>>>,
  Assert<Equal<Required<v.InferOutput<typeof panelSettingsPatch>>, PanelSettings>>,
]

// ---------- validating ----------

const TYPE_WORDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
  strict_object: '对象',
  null: 'null',
}

function fieldOf(path: v.BaseIssue<unknown>['path']): string {
  if (!path?.length) return ''
  let out = ''
  for (const p of path) {
    const k = (p as { key: unknown }).key
    out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`
  }
  return out
}

function issueText(i: v.BaseIssue<unknown>): string {
  const field = fieldOf(i.path)
  if (i.type === 'strict_object' && i.expected === 'never') return `字段 ${field} 不是此接口的参数`
  // Our own messages are Chinese; valibot's defaults (English) are replaced by a Chinese one from the issue's type.
  const own = /[\u4e00-\u9fff]/.test(i.message) ? i.message : `应为${TYPE_WORDS[i.type] ?? i.expected ?? '正确的格式'}`
  return field ? `字段 ${field} ${own}` : `请求${own}`
}

/**
 * Check a request against its method's schema. Returns the parsed request (unknown fields never pass);
 * throws EngineError('bad-request') in Chinese naming the field.
 */
export function parseRequest<M extends keyof typeof REQUEST_SCHEMAS>(method: M, body: unknown): RequestOf<M> {
  const schema = (REQUEST_SCHEMAS as Record<string, v.GenericSchema | undefined>)[method]
  if (!schema) throw new EngineError('bad-request', `未知的接口：${String(method).slice(0, 100)}`)
  const r = v.safeParse(schema, body)
  if (r.success) return r.output as RequestOf<M>
  const issues = r.issues.slice(0, 3).map(issueText)
  throw new EngineError('bad-request', `请求参数不正确（${method}）：${issues.join('；')}`)
}
