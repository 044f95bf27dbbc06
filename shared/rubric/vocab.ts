/**
 * Runtime lists of the closed vocabularies a rubric file may use. The domain types are TypeScript unions;
 * the validator needs them as values. The `Exact` checks below fail the typecheck when a union gains a member
 * that is missing here, so the lists cannot drift from shared/types.
 */
import type { CitationRole, DateRole, Procedure } from '../types'
import type { CheckKindParams } from '../check/kinds'

type Exact<T, L extends readonly unknown[]> = [Exclude<T, L[number]>] extends [never] ? true : false

export const DATE_ROLES = [
  '案件来源',
  '立案',
  '检查',
  '询问开始',
  '询问结束',
  '调查终结',
  '告知',
  '陈述申辩',
  '听证',
  '法制审核',
  '集体讨论',
  '决定',
  '送达',
  '缴款',
  '结案',
  '违法行为发生',
  '文书落款',
  '其他',
] as const satisfies readonly DateRole[]
const _dateRolesComplete: Exact<DateRole, typeof DATE_ROLES> = true

export const PROCEDURES = ['普通程序', '简易程序', '听证程序', '行政许可', '未知'] as const satisfies readonly Procedure[]
const _proceduresComplete: Exact<Procedure, typeof PROCEDURES> = true

export const CITATION_ROLES = ['violated', 'penalty', 'procedure', 'other'] as const satisfies readonly CitationRole[]
const _citationRolesComplete: Exact<CitationRole, typeof CITATION_ROLES> = true

type ConsistencyFact = CheckKindParams['consistency']['facts'][number]
export const CONSISTENCY_FACTS = ['party', 'creditCode', 'caseNumber', 'fine', 'proposedFine', 'confiscated', 'officers', 'legalRepresentative', 'sums', 'figures'] as const satisfies readonly ConsistencyFact[]
const _consistencyComplete: Exact<ConsistencyFact, typeof CONSISTENCY_FACTS> = true

void [_dateRolesComplete, _proceduresComplete, _citationRolesComplete, _consistencyComplete]

/**
 * Rule ids of the procedure-rule table (domain notes, procedure-rules.md), plus XK-n for the 行政许可法 limits that
 * table does not cover: a rubric's `basis.ruleId` and the
 * `ruleId` of date-order and deadline checks must be one of these, so a typo cannot cite a rule that does not exist.
 */
export const RULE_IDS: ReadonlySet<string> = new Set([
  'D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-6', 'D-7', 'D-8',
  'CF-36', 'CF-42', 'CF-43', 'CF-44', 'CF-45', 'CF-47', 'CF-48', 'CF-51', 'CF-52', 'CF-54', 'CF-55', 'CF-56',
  'CF-57a', 'CF-57b', 'CF-58', 'CF-59', 'CF-60', 'CF-61', 'CF-62', 'CF-63', 'CF-64-1', 'CF-64-2', 'CF-64-3', 'CF-65',
  'CF-66', 'CF-67', 'CF-68', 'CF-70', 'CF-71', 'CF-72', 'CF-73', 'CF-75/77',
  'FY-20', 'XS-46',
  'QZ-18', 'QZ-19', 'QZ-24', 'QZ-25', 'QZ-27/28', 'QZ-35/36', 'QZ-37', 'QZ-38', 'QZ-45/46', 'QZ-51', 'QZ-53', 'QZ-54',
  'SJ-13', 'SJ-16', 'SJ-18', 'SJ-19', 'SJ-20', 'SJ-21', 'SJ-22', 'SJ-35', 'SJ-38', 'SJ-45', 'SJ-48', 'SJ-49', 'SJ-50',
  'SJ-52', 'SJ-55', 'SJ-57', 'SJ-58', 'SJ-59', 'SJ-60', 'SJ-62', 'SJ-63', 'SJ-64', 'SJ-66/67/68', 'SJ-69', 'SJ-70',
  'SJ-72', 'SJ-73', 'SJ-74', 'SJ-76', 'SJ-77', 'SJ-78', 'SJ-81', 'SJ-82/83',
  'JT-45', 'JT-54', 'JT-56', 'JT-61', 'JT-62/63', 'JT-67/68', 'JT-69', 'JT-71/72', 'JT-76', 'JT-77', 'JT-78', 'JT-79',
  'JT-80/82/83', 'JT-84', 'JT-89', 'JT-97', 'JT-99/100', 'JT-101', 'JT-116', 'JT-118/119', 'JT-122', 'JT-123', 'JT-131',
  'GA-21', 'GA-36', 'GA-39', 'GA-97', 'GA-110', 'GA-112', 'GA-133/135', 'GA-165',
  'HB10-22/24', 'HB10-39', 'HB10-55', 'HB10-59', 'HB10-74', 'HBKY',
  // 行政许可法 (2019) time limits, not in the procedure-rule table: XK-n = 第n条 (rubrics/README.md).
  'XK-32', 'XK-42', 'XK-44', 'XK-47', 'XK-55', 'XK-82',
])
