/**
 * Where in a rubric an error sits, as the person fixing it reads the rubric: 第2部分「调查取证」第3项「询问笔录」的分值,
 * not `sections[1].items[2].points`. Titles come from the text as parsed (which need not be a valid rubric); a key the
 * format does not have is named as written, quoted.
 */
import { parse } from 'yaml'
import type { Path } from './issues'
import { isObj } from './issues'
import { MAX_ALIAS_COUNT } from './limits'

/** The format's keys in Chinese; `parent.key` where a key means something else under another parent. */
const KEY_NAME: Record<string, string> = {
  id: '编号',
  name: '名称',
  version: '版本',
  sector: '领域',
  source: '来源',
  departures: '与原标准不同之处',
  appliesTo: '适用案卷',
  total: '总分',
  grades: '等次',
  'grades.min': '分数下限',
  unitGrading: '单位评定',
  by: '评定方式',
  rankBy: '排名依据',
  vetoedInAverage: '否决案卷计入平均分',
  veto: '一票否决项',
  effect: '否决效果',
  capGrade: '封顶等次',
  sections: '分值部分',
  items: '评分项',
  bonus: '加分项',
  'bonus.max': '加分上限',
  exceedTotal: '可超过总分',
  examples: '样例',
  title: '标题',
  points: '分值',
  deduction: '扣分方式',
  'deduction.form': '扣分形式',
  'deduction.each': '每处扣分',
  'deduction.min': '扣分下限',
  'deduction.max': '扣分上限',
  check: '检查',
  kind: '检查类型',
  params: '检查参数',
  findingKind: '问题类型',
  docTypes: '文书类型',
  remediation: '整改意见',
  basis: '依据',
  law: '法律名称',
  provision: '条款',
  quote: '条文原文',
  ruleId: '程序规则编号',
  documents: '应备文书',
  'examples.documents': '样例文书',
  type: '文书类型',
  when: '适用条件',
  serves: '送达的文书',
  unsureWhen: '待核条件',
  unsureWhy: '待核原因',
  docType: '文书类型',
  fields: '栏目',
  min: '最少人数',
  requireCertNo: '须有执法证号',
  onSpotDecision: '当场决定',
  onSpot: '当场处罚限额',
  orProposedIn: '无决定书时核对拟罚款的文书',
  orInstead: '无该文书时改核的文书',
  person: '对公民',
  organization: '对法人或者其他组织',
  roles: '引用角色',
  pairs: '日期先后',
  before: '在先的日期',
  after: '在后的日期',
  strict: '不得同日',
  leeway: '宽限',
  days: '天数',
  unit: '计日单位',
  from: '起算日期',
  to: '截止日期',
  extendedBy: '延期所凭文书',
  extendedDays: '延长天数',
  atLeast: '至少间隔',
  inForceFrom: '施行日期',
  fromServiceOf: '自该文书送达起算',
  lastDayKept: '期满当日可行',
  term: '载明期限的文书',
  remedy: '告知救济期限的文书',
  facts: '核对事实',
  question: '评查问题',
  procedure: '程序类型',
  fineAtLeast: '罚款不少于',
  majorCase: '重大案件',
  seriousCase: '情节严重',
  hasDocument: '有此文书时',
  lacksDocument: '缺此文书时',
  agencyIs: '执法机关为',
  hearingRequested: '申请听证',
  caseNumber: '案号',
  party: '当事人',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  dates: '日期',
  amounts: '金额',
  officers: '执法人员',
  citations: '引用',
  article: '条',
  paragraph: '款',
  item: '项编号',
  role: '角色',
  signed: '签名盖章',
  expect: '预期',
  findings: '应报的问题',
  clean: '不应报问题的项',
  status: '问题状态',
}

/** The validator's own places that are not paths. */
const WHOLE: Record<string, string> = {
  '（根）': '整个文件',
  '（YAML 语法）': '格式',
  '（YAML 别名）': '别名',
  '（YAML）': '格式',
  '（文件）': '文件',
  '（校验）': '校验',
}

/** `sections[0].items[2].deduction.each` → ['sections', 0, 'items', 2, 'deduction', 'each']. */
export function fieldPath(field: string): Path {
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!))
}

/** The rubric text as plain data for naming places; null when it cannot be read at all. */
export function rubricData(text: string): unknown {
  try {
    return parse(text, { maxAliasCount: MAX_ALIAS_COUNT, uniqueKeys: false })
  } catch {
    return null
  }
}

const titled = (v: unknown, ...keys: string[]) => {
  if (!isObj(v)) return ''
  const t = keys.map((k) => v[k]).find((x) => typeof x === 'string' || typeof x === 'number')
  return t === undefined ? '' : `「${String(t)}」`
}
const keyName = (parent: string | undefined, key: string) =>
  KEY_NAME[`${parent}.${key}`] ?? (Object.hasOwn(KEY_NAME, key) ? KEY_NAME[key] : /[A-Za-z]/.test(key) ? `"${key}"` : key)

/**
 * A field as the person reads the rubric. The containers — parts, items, grades, examples — are named by their
 * number and title (第2部分「调查取证」第3项「询问笔录」); the fields inside follow after 的, joined by ·.
 */
export function placeName(field: string, data: unknown = null): string {
  if (WHOLE[field]) return WHOLE[field]
  const path = fieldPath(field)
  let where = ''
  const inside: string[] = []
  let node: unknown = data
  let parent: string | undefined
  for (let i = 0; i < path.length; i++) {
    const p = path[i]!
    const next = path[i + 1]
    const child = isObj(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[p] : undefined
    if (typeof p === 'string' && typeof next === 'number' && !inside.length) {
      const el = Array.isArray(child) ? child[next] : undefined
      const n = next + 1
      const container =
        p === 'sections' ? (where.includes('部分') ? `第${n}小部分${titled(el, 'title', 'id')}` : `第${n}部分${titled(el, 'title', 'id')}`)
        : p === 'items' ? `第${n}项${titled(el, 'title', 'id')}`
        : p === 'grades' ? `第${n}个等次${titled(el, 'name')}`
        : p === 'examples' ? `第${n}个样例${titled(el, 'name')}`
        : p === 'documents' && parent === 'examples' ? `第${n}份样例文书${titled(el, 'type')}`
        : null
      if (container) {
        where += container
        node = el
        parent = p
        i++
        continue
      }
    }
    if (typeof p === 'string' && !inside.length && (p === 'veto' || p === 'bonus') && next !== undefined) {
      where += keyName(undefined, p)
      node = child
      parent = p
      continue
    }
    if (typeof p === 'number') inside.push(`第${p + 1}个`)
    else {
      const name = keyName(parent, p)
      // check.params.unit reads as 计日单位: the check and its parameters are the item's
      // and deduction.each as 每处扣分, the field having a name of its own under its parent
      const named = typeof next === 'string' && Object.hasOwn(KEY_NAME, `${p}.${next}`)
      if (!((p === 'params' || p === 'check') && next !== undefined) && !named) inside.push(name)
    }
    node = child
    if (typeof p === 'string') parent = p
  }
  const fields = inside.join('·').replace(/·第/g, '第')
  if (!where) return fields || '整个文件'
  return fields ? `${where}的${fields}` : where
}

/** Each error's place in the text (see placeName); the text is read once, and only when there are errors. */
export function errorPlaces(text: string, errors: readonly { field: string }[]): string[] {
  const data = errors.length ? rubricData(text) : null
  return errors.map((e) => placeName(e.field, data))
}
