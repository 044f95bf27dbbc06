import type { TextLine } from './ingest'

/** Canonical document types of a case file (architecture guide). One canonical name each; aliases live in shared/extract/doctypes.ts. */
export const DOC_TYPES = [
  '卷内目录',
  '案件来源登记表',
  '立案审批表',
  '现场检查笔录',
  '询问笔录',
  '证据材料',
  '责令改正通知书',
  '行政强制措施决定书',
  '案件调查终结报告',
  '行政处罚事先告知书',
  '陈述申辩笔录',
  '听证告知书',
  '听证通知书',
  '听证笔录',
  '法制审核意见书',
  '集体讨论记录',
  '行政处罚决定书',
  '不予行政处罚决定书',
  '送达回证',
  '罚没款缴款凭证',
  '延期审批表',
  '结案报告',
  '备考表',
  // 行政许可 case files
  '行政许可申请书',
  '受理通知书',
  '不予受理通知书',
  '补正材料通知书',
  '许可审查意见',
  '准予行政许可决定书',
  '不予行政许可决定书',
  '其他',
] as const

export type DocType = (typeof DOC_TYPES)[number]

/** Documents written as prose that close with the agency and the date (not forms of labelled boxes). */
export const PROSE_DOC_TYPES: ReadonlySet<DocType> = new Set<DocType>(['行政处罚决定书', '不予行政处罚决定书', '行政处罚事先告知书', '听证告知书', '听证通知书', '责令改正通知书', '行政强制措施决定书', '准予行政许可决定书', '不予行政许可决定书'])

/** A page range of one file that belongs to a document. */
export interface DocPart {
  file: string
  /** 1-based page numbers inside the file. */
  pages: number[]
}

/** A line of a document with its place, so facts can point back into the file. */
export interface DocLine extends TextLine {
  file: string
  page: number
  /** 0-based index of the line on its page. */
  line: number
}

/** One document of a case file after segmentation and classification. */
export interface CaseDocument {
  /** Stable id inside the case: `${index}`. */
  id: string
  /** Filing order, 0-based. */
  index: number
  type: DocType
  /** 0–1. */
  confidence: number
  /** The title as read (e.g. "立案审批表"), before normalisation. */
  title: string
  parts: DocPart[]
  lines: DocLine[]
}
