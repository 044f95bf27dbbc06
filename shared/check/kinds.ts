/**
 * The catalogue of check kinds a rubric item may name (`check: { kind, params }`), in the spirit of lint rules:
 * each kind is implemented once in shared/check/kinds/<kind>.ts and documented in rubrics/README.md.
 * This file is the contract between rubric files and the check code; the parameter shapes below are what
 * rubric YAML passes. The rubric validator rejects unknown kinds and malformed parameters through `validateParams`.
 */
import type { DateRole, DocType, Procedure, CitationRole } from '../types'
import type { DayUnit } from '../calendar/types'

/** A condition under which a requirement applies (all given parts must hold). */
export interface Condition {
  procedure?: Procedure[]
  /** Applies when the fine (罚款) in the decision is at least this many yuan. */
  fineAtLeast?: number
  /** 行政处罚法 第五十八条 major-case triggers (large fine, licence revocation, hearing held…). */
  majorCase?: boolean
  /**
   * 行政处罚法 第五十七条第二款 "情节复杂或者重大违法行为" as the file shows it: a heavy penalty, a fine of at least
   * `fineAtLeast`, or a 集体讨论 on file — not a hearing alone (that is 第五十八条's trigger for 法制审核; a sector rule
   * such as SJ-60 that sends hearing cases to 集体讨论 uses majorCase instead).
   */
  seriousCase?: boolean
  /** The case file holds a document of this type (e.g. 听证笔录 → 听证告知书 required). */
  hasDocument?: DocType
  /** The party asked for a hearing / made statements. */
  hearingRequested?: boolean
  /** Added: the case file holds no document of this type (e.g. no 陈述申辩笔录 → the full statement period must run). */
  lacksDocument?: DocType
  /**
   * Added: the case's agency is named with one of these words (公安局, 派出所: 公安机关办理行政案件程序规定 has papers of its
   * own). Unknown when the agency was not read.
   */
  agencyIs?: string[]
}

export interface CheckKindParams {
  'required-documents': {
    documents: {
      type: DocType
      when?: Condition
      /** For a 送达回证: the document it must serve. */
      serves?: DocType
      /**
       * When this holds, the file may lawfully lack the document (a 简易程序 fine collected on the spot, its receipt
       * given to the party; or not yet paid when the file was closed): its absence is undetermined, not a finding.
       */
      unsureWhen?: Condition
      /** Why, for the reviewer. */
      unsureWhy?: string
    }[]
  }
  /**
   * orInstead: where the file holds no document of `docType` but one of this type, that document is asked for these fields
   * instead (a case closed by a 不予行政处罚决定书, which states the facts, the basis and the remedies, but no penalty to pay)
   */
  'required-fields': { docType: DocType; fields: string[]; when?: Condition; orInstead?: { docType: DocType; fields: string[] } }
  /** onSpotDecision: also the 简易程序 decision, whose officers made it on the spot (行政处罚法 第五十一条、第五十二条) */
  /** unsureWhen: where it holds, a certificate number the record does not give is only asked about (unsureWhy says why) */
  officers: { docTypes: DocType[]; min?: number; requireCertNo?: boolean; onSpotDecision?: boolean; unsureWhen?: Condition; unsureWhy?: string }
  citation: { docTypes?: DocType[]; roles?: CitationRole[] }
  'fine-range': {
    docType?: DocType
    /**
     * Added: where the file holds no document of `docType`, the fine this one proposes is measured instead (a lone 告知书:
     * 拟罚款 outside the range) — to verify, a proposal not a penalty.
     */
    orProposedIn?: DocType
    /**
     * Added: instead of the statute's range, the most a fine decided on the spot (简易程序) may be — 行政处罚法 第五十一条:
     * 对公民二百元以下、对法人或者其他组织三千元以下 (法律另有规定的，从其规定: to verify where another law is cited for it).
     */
    onSpot?: { person: number; organization: number; ruleId: string }
  }
  'date-order': {
    pairs: {
      before: DateRole
      after: DateRole
      strict?: boolean
      ruleId?: string
      when?: Condition
      /**
       * A later step up to `days` early may be lawful under a rule some sectors have (HB10-22/24: in urgent cases
       * investigate first and open the case within 7 working days): reported to verify, citing that rule.
       */
      leeway?: { days: number; unit: 'natural' | 'working'; ruleId: string }
      /**
       * Sector rules that let evidence taken before 立案 be used (农业行政处罚程序规定 第三十四条第二款, 市场监管 第二十三条
       * 第二款 …): where the case's agency is named with one of `agencies` (or always, without it), a later step found
       * early may be lawful 核查 or 监督检查 (or the 先调查后立案 review standards deduct for) — to verify, citing the rule.
       */
      permitted?: {
        agencies?: string[]
        /** Added: only in a file holding a document of this type (a 听证告知书 under a rule on when hearing rights are told). */
        hasDocument?: DocType
        law: string
        provision: string
        /** Added: what the rule allows, in its words, where it is no rule on evidence taken before 立案. */
        says?: string
        /**
         * Added: the rule asks for this order (北京市行政处罚听证程序实施办法 第二条: hearing rights told before 调查终结 where a
         * hearing must be offered), so where it applies the order is no question: nothing is reported.
         */
        requires?: boolean
      }[]
      /**
       * Only the two dates one document of this type gives (a 立案审批表's 案件来源 box and its approval date): the form
       * states both steps itself, so their order is read from its own boxes.
       */
      within?: DocType
    }[]
    /**
     * Added: papers whose 送达回证 must not give a day of service before the date the paper bears (a 告知书 signed for
     * three days before it was dated); compared where the file holds one paper of the type.
     */
    servedPapers?: DocType[]
  }
  deadline: DeadlineParams | TermParams | RemedyParams | KeptParams
  consistency: { facts: ('party' | 'creditCode' | 'caseNumber' | 'fine' | 'proposedFine' | 'confiscated' | 'officers' | 'legalRepresentative' | 'sums' | 'figures')[]; docTypes?: DocType[] }
  signatures: { docTypes: DocType[] }
  manual: { question: string }
}

/**
 * Added: a limit on the term a document sets for its measure (查封、扣押期限：自…起至…止，共计六十日, where 行政强制法
 * 第二十五条 allows 三十日), not on the days between two steps.
 */
export type TermParams = {
  /** The documents that state the term (行政强制措施决定书). */
  term: DocType[]
  days: number
  unit: 'natural'
  ruleId: string
  /** The longest lawful extension (第二十五条第一款: 延长期限不得超过三十日); a term that speaks of an extension may reach `days` + this. */
  extendedDays?: number
  when?: Condition
}

/**
 * Added: the periods a decision tells the party for seeking review and suing (行政复议法 第二十条: 六十日, FY-20; 行政诉讼法
 * 第四十六条: 六个月, XS-46 — three months before 2015-05-01), not the days between two steps.
 */
export type RemedyParams = {
  /** The documents that tell the periods (行政处罚决定书). */
  remedy: DocType[]
  when?: Condition
}

/**
 * Added: the decision on evidence kept (先行登记保存, 行政处罚法 第五十六条: 应当在七日内及时作出处理决定; working days by 第八十五条)
 * within `days` of the keeping: the keeping's day from its notice (先行登记保存证据通知书) or from what the decision tells
 * (本局于…对你单位…先行登记保存), the decision's from its foot.
 */
export type KeptParams = {
  keptEvidence: true
  days: number
  unit: DayUnit
  ruleId: string
  when?: Condition
}

/** A sector's own period for a deadline (see `sectorTerms`). */
export interface SectorTerm {
  agencies: string[]
  days: number
  unit: DayUnit
  law: string
  provision: string
  extendedDays?: number
  filedFrom?: string
  filedBefore?: string
}

export type DeadlineParams = {
    from: DateRole
    to: DateRole
    days: number
    unit: DayUnit
    ruleId: string
    /**
     * The period a sector's own law sets instead (行政处罚法 第六十条: 法律、法规、规章另有规定的，从其规定): longer —
     * 税收征收管理法 第八十六条, 五年 for tax penalties against 行政处罚法 第三十六条's 二年 — or shorter — 自然资源行政处罚办法
     * (2020) 第三十二条, 60 days from 立案 against 第六十条's 90. Where the case's agency is named with one of `agencies` and
     * the period's start falls on or after `filedFrom` and before `filedBefore` (the sector rule's own time), that
     * period applies, extended by `extendedDays` where the rubric's extension applies; else the rubric's own.
     */
    sectorTerms?: SectorTerm[]
    /** A document that lawfully extends the period (e.g. 延期审批表); one whose words speak of no 延长/延期 extends nothing. */
    extendedBy?: DocType
    extendedDays?: number
    /**
     * Added: the steps whose time a sector's rule leaves out of the period (市场监督管理行政处罚程序规定 第六十四条第二款:
     * 中止、听证、公告和检测、检验、检疫、鉴定…等时间不计入; 行政处罚法 第六十条 defers to such rules): a span the file
     * states as not counted (检测期间（2024年3月13日至4月19日）不计入案件办理期限) is left out of a period in natural days.
     */
    notCounted?: string[]
    when?: Condition
    /**
     * Added: a minimum period instead of a time limit: `to` must come no sooner than `days` after `from`
     * (e.g. the decision at least 5 working days after the 告知书 was served, SJ-57). Default false: `to` within `days`.
     */
    atLeast?: boolean
    /**
     * The day the rule took effect (YYYY-MM-DD): a case whose `from` date is earlier is not held to it (the 90-day
     * limit of 行政处罚法 第六十条 binds cases filed from 2021-07-15).
     */
    inForceFrom?: string
    /**
     * Added: the period runs from the service of this document rather than from a date of role `from` (the 听证通知书
     * served at least 七日 before the hearing, CF-64-2): its 送达回证, else the service it records, else its own date.
     */
    fromServiceOf?: DocType
    /** Added, with `atLeast`: `to` may fall on the period's last day (a hearing on the 7th working day after the notice). */
    lastDayKept?: boolean
}

export type CheckKindName = keyof CheckKindParams

export const CHECK_KIND_NAMES: readonly CheckKindName[] = [
  'required-documents',
  'required-fields',
  'officers',
  'citation',
  'fine-range',
  'date-order',
  'deadline',
  'consistency',
  'signatures',
  'manual',
]
