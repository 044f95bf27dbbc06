import type { DocType } from './documents'
import type { Evidence } from './evidence'

/** Role of a date or time in the procedure, read from its context. */
export type DateRole =
  | '案件来源' // 案件来源 / 发现
  | '立案'
  | '检查'
  | '询问开始'
  | '询问结束'
  | '调查终结'
  | '告知'
  | '陈述申辩'
  | '听证'
  | '法制审核'
  | '集体讨论'
  | '决定'
  | '送达'
  | '缴款'
  | '结案'
  | '违法行为发生'
  | '文书落款' // the date a document is signed/dated at its end
  | '其他'

export interface DateFact {
  text: string
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:mm. Precision is kept: a partial date stays partial. */
  iso: string
  precision: 'year' | 'half' | 'month' | 'day' | 'minute'
  role: DateRole
  /** For ranges (自…至…), the end. */
  endIso?: string
  /**
   * Not a fact of this case: inside a quotation of a statute or of another document, a law's version date
   * ((2020年4月29日修订), 自…起施行), or a web page's publication date (发布时间).
   */
  quoted?: boolean
  evidence: Evidence
}

export type CitationRole = 'violated' | 'penalty' | 'procedure' | 'other'

export interface Citation {
  text: string
  /** Full official title without 《》, e.g. 中华人民共和国行政处罚法; the title as written when it cannot be resolved. */
  law: string
  /** Title exactly as written in the document, without 《》; a short name it defines (以下简称《条例》) as the title defined. */
  lawAsWritten: string
  article: number
  /** 1 for 第X条之一. */
  articleSub?: number
  paragraph?: number
  item?: number
  role: CitationRole
  quoted?: boolean
  /** The year of the revision the paper names beside the title (《…》（2022年修订）第二十六条), when it names one. */
  revisedIn?: number
  /**
   * For a back-reference (该法) the reader tied to a law other than the one cited just before it, the title as written
   * there (修订前该法 → 修订后的《农产品质量安全法》, not the 行政处罚法 第三十七条 between them).
   */
  refersTo?: string
  evidence: Evidence
}

export type AmountRole = '罚款' | '没收违法所得' | '违法所得' | '货值金额' | '其他'

export interface AmountFact {
  text: string
  /** Integer yuan is the common case; fen precision is kept as a decimal. */
  yuan: number
  role: AmountRole
  quoted?: boolean
  evidence: Evidence
}

export interface CaseNumberFact {
  text: string
  /** Normalised form, e.g. 沪市监处罚〔2024〕12号. */
  normalized: string
  /** Agency prefix (沪市监处罚), year, serial. */
  prefix: string
  year: number
  serial: number
  /** true when this is the document's own number, false when it refers to another document. */
  own: boolean
  /**
   * Read where the document's own number stands (a title line, a 文号 label), but different from the own number read
   * first: the document gives two numbers for itself.
   */
  ownConflict?: boolean
  /** Printed on a web page's own title line (the line above its 发布时间： / 来源：), in the publisher's words. */
  pageTitle?: boolean
  evidence: Evidence
}

export interface PartyFact {
  name: string
  kind: 'organization' | 'person' | 'unknown'
  /** 统一社会信用代码 (GB 32100), 18 chars. */
  creditCode?: string
  creditCodeValid?: boolean
  /** 居民身份证号码 (GB 11643). */
  idNumber?: string
  idNumberValid?: boolean
  legalRepresentative?: string
  address?: string
  evidence: Evidence
}

export interface OfficerFact {
  name: string
  /** 执法证号. */
  certNo?: string
  evidence: Evidence
}

/** A labelled field of a document form, e.g. 案由, 当事人, 承办人意见, present or blank. */
export interface FieldFact {
  label: string
  value: string
  evidence: Evidence
}

/** The facts read from one document. */
export interface DocFacts {
  docId: string
  docType: DocType
  caseNumbers: CaseNumberFact[]
  parties: PartyFact[]
  officers: OfficerFact[]
  dates: DateFact[]
  citations: Citation[]
  amounts: AmountFact[]
  fields: FieldFact[]
  /** Signature/seal markers seen (签名, 盖章, 印章 text near the end). */
  signatures: Evidence[]
  /** The issuing agency (执法单位) read from the header, the title line or the closing signature. */
  agency?: AgencyFact
  /** The text visibly stops before the document's end: what should follow cannot be judged. */
  cut?: TextCut
}

export interface TextCut {
  /** The line where the text breaks off: its last line read, or its first when the opening is missing. */
  evidence: Evidence
  /** Which end of the text is missing. */
  place: 'start' | 'end'
  /** Why the text is taken as cut short, for the reviewer. */
  reason: string
}

export interface AgencyFact {
  name: string
  evidence: Evidence
}

export type Procedure = '普通程序' | '简易程序' | '听证程序' | '行政许可' | '未知'

/** The facts of a whole case file. */
export interface CaseFacts {
  folder: string
  procedure: Procedure
  /** The case number of the 行政处罚决定书 (or the file's main number). */
  caseNumber?: string
  party?: string
  /** The agency that decided (执法单位): from the decision, else the documents' issuing agency. */
  agency?: string
  documents: DocFacts[]
}

/** Output of `pingcha extract <file> --json` (the CLI contract). */
export interface ExtractOutput {
  docType: DocType
  caseNumber: string | null
  party: { name: string | null; creditCode: string | null }
  dates: { text: string; iso: string; role: DateRole }[]
  citations: { text: string; law: string; article: number; paragraph: number | null; item: number | null }[]
  amounts: { text: string; yuan: number; role: AmountRole }[]
  officers: { name: string; certNo: string | null }[]
}
