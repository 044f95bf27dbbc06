/**
 * The titles each document type goes by and the documents that may stand for another are data (titles.json), not code:
 * a province's or a sector's new title is a line there. This module checks the data and compiles it; a problem in the
 * file stops the reader at load with every problem listed, never a silent mis-typing.
 */
import { DOC_TYPES, type DocType } from '../types'

export interface StandsFor {
  type: DocType
  by: DocType
  /** What the standing-in document's text must say. */
  when: RegExp
  note: string
  /**
   * The stand-in shows the step was taken but is no written document of the kind (a 陈述申辩笔录 recording the party
   * was told): the requirement is met only when a person confirms, so a missing document is asked about (verify).
   */
  confirm?: boolean
  /**
   * The stand-in meets the requirement that such a paper be on file, but a rubric's condition on the file holding one
   * (`hasDocument`, `lacksDocument`) still asks for a paper of that type: its dates are the stand-in's own, not those a
   * check of that paper would read (a 立案审批表 whose 案件来源 box names the agency's own inspection is no 案件来源登记表 to
   * date the source by).
   */
  requirementOnly?: boolean
}

export interface TitleData {
  titles: Record<DocType, string[]>
  standsFor: StandsFor[]
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const isType = (x: unknown): x is DocType => typeof x === 'string' && (DOC_TYPES as readonly string[]).includes(x)
/** A title is a few Chinese words; a pattern is short (a bounded parser, and no catastrophic expressions from data). */
const MAX_TITLE = 30
const MAX_PATTERN = 200

/** Every problem of the title data, as "path: problem"; [] when it is well formed. */
export function validateTitleData(x: unknown): string[] {
  const p: string[] = []
  if (!isObj(x)) return ['（文件）: 应为对象']
  if (!isObj(x.titles)) p.push('titles: 应为对象（文书类型 → 标题写法列表）')
  else {
    const seen = new Map<string, string>()
    for (const t of DOC_TYPES) if (!(t in x.titles)) p.push(`titles: 缺少文书类型“${t}”`)
    for (const [type, list] of Object.entries(x.titles)) {
      if (!isType(type)) p.push(`titles.${type}: 不是规范的文书类型`)
      if (!Array.isArray(list) || (type !== '其他' && list.length === 0)) {
        p.push(`titles.${type}: 应为标题写法的列表`)
        continue
      }
      if (type !== '其他' && list[0] !== type) p.push(`titles.${type}: 第一个写法应为规范名称“${type}”`)
      list.forEach((t, i) => {
        if (typeof t !== 'string' || !t.trim() || t.length > MAX_TITLE) return p.push(`titles.${type}[${i}]: 应为 1–${MAX_TITLE} 字的标题`)
        const other = seen.get(t)
        if (other) p.push(`titles.${type}[${i}]: “${t}”已列在${other === type ? '本类' : `“${other}”`}下`)
        else seen.set(t, type)
      })
    }
  }
  if (!Array.isArray(x.standsFor)) p.push('standsFor: 应为列表')
  else
    x.standsFor.forEach((s, i) => {
      const at = `standsFor[${i}]`
      if (!isObj(s)) return p.push(`${at}: 应为对象`)
      if (!isType(s.type)) p.push(`${at}.type: 不是规范的文书类型`)
      if (!isType(s.by)) p.push(`${at}.by: 不是规范的文书类型`)
      if (s.type === s.by) p.push(`${at}: type 与 by 相同`)
      if (typeof s.note !== 'string' || !s.note.trim()) p.push(`${at}.note: 应写明代替的理由`)
      if (s.confirm !== undefined && typeof s.confirm !== 'boolean') p.push(`${at}.confirm: 应为 true 或 false`)
      if (s.requirementOnly !== undefined && typeof s.requirementOnly !== 'boolean') p.push(`${at}.requirementOnly: 应为 true 或 false`)
      if (typeof s.when !== 'string' || !s.when || s.when.length > MAX_PATTERN) p.push(`${at}.when: 应为 1–${MAX_PATTERN} 字的正则表达式`)
      else
        try {
          new RegExp(s.when)
        } catch (e) {
          p.push(`${at}.when: 正则表达式无效（${(e as Error).message}）`)
        }
    })
  return p
}

/** The data checked and compiled; throws with every problem when it is not well formed. */
export function compileTitleData(x: unknown): TitleData {
  const problems = validateTitleData(x)
  if (problems.length) throw new Error(`文书标题数据（shared/segment/titles.json）有误：\n${problems.join('\n')}`)
  const d = x as { titles: Record<DocType, string[]>; standsFor: { type: DocType; by: DocType; when: string; note: string; confirm?: boolean; requirementOnly?: boolean }[] }
  return { titles: d.titles, standsFor: d.standsFor.map((s) => ({ ...s, when: new RegExp(s.when) })) }
}
