/**
 * Whether a case can be graded at all: a case is graded by a rubric written for one kind of case (行政处罚 or 行政许可),
 * so it needs at least one readable document of that kind. A folder of junk (unreadable files, text that is no
 * enforcement document, only a table of contents) would otherwise lose no points on the items nothing could check
 * and come out as 100 / 优秀; it is 无法评分 instead, with the reason.
 */
import { DOC_TYPES, type DocType, type Rubric } from '../types'

/** The grade shown for a case that cannot be graded. */
export const UNGRADABLE = '无法评分'

/**
 * The documents that make a case one of the rubric's kind. Documents any case file may hold (卷内目录, 证据材料,
 * 送达回证, 备考表) and 其他 belong to no kind: a folder of them alone is no case to grade.
 */
const ANY_CASE: readonly DocType[] = ['卷内目录', '证据材料', '送达回证', '备考表', '其他']
const LICENSE_FROM = DOC_TYPES.indexOf('行政许可申请书')
export const CASE_KIND_DOCS: Record<Rubric['appliesTo'], readonly DocType[]> = {
  行政处罚: DOC_TYPES.slice(0, LICENSE_FROM).filter((t) => !ANY_CASE.includes(t)),
  // A licence file may hold an on-site inspection (现场核查) and an extension (延期) as a penalty file does.
  行政许可: [...DOC_TYPES.slice(LICENSE_FROM).filter((t) => !ANY_CASE.includes(t)), '现场检查笔录', '延期审批表'],
}

/**
 * Why a case cannot be graded by this rubric, or null when it can: none of its documents is of the rubric's kind.
 * `unreadable` is the number of files that could not be read, named in the reason.
 */
export function ungradableReason(rubric: Rubric, documents: readonly { type: DocType }[], unreadable = 0): string | null {
  const kind = CASE_KIND_DOCS[rubric.appliesTo]
  if (documents.some((d) => kind.includes(d.type))) return null
  const examples = rubric.appliesTo === '行政许可' ? '行政许可申请书、准予行政许可决定书' : '立案审批表、行政处罚决定书'
  const read = documents.length ? `读取到的 ${documents.length} 份材料均不是${rubric.appliesTo}文书` : '没有读取到任何文书'
  const bad = unreadable ? `，${unreadable} 个文件无法读取` : ''
  return `案卷中没有可读取的${rubric.appliesTo}文书（${read}${bad}；未识别出${examples}等任何一种），无法按“${rubric.name}”评分`
}
