import { describe, it, expect } from 'vitest'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { ItemStatus } from '../../shared/types'
import { lawfulCase, run, CALENDAR, CaseBuilder, type LawfulOptions } from './build'
import { expectItem, type Want } from './expect'

type Params = CheckKindParams['deadline']
const D = (p: Params) => ({ kind: 'deadline', params: p })
const SERVICE: Params = { from: '决定', to: '送达', days: 7, unit: 'working', ruleId: 'CF-61' }
const CASE_LIMIT: Params = { from: '立案', to: '决定', days: 90, unit: 'natural', ruleId: 'CF-60', extendedBy: '延期审批表', extendedDays: 30 }
const STATEMENT: Params = { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'SJ-57', atLeast: true, when: { lacksDocument: '陈述申辩笔录' } }
/** The same waiting period where the law sets no number (CF-44: the rubric's assumption). */
const CF44: Params = { ...STATEMENT, days: 3, ruleId: 'CF-44' }
/** From the day the matter came in to 立案 (SJ-18). */
const FILING: Params = { from: '案件来源', to: '立案', days: 15, unit: 'working', ruleId: 'SJ-18' }
const PAYMENT: Params = { from: '送达', to: '缴款', days: 15, unit: 'natural', ruleId: 'CF-67' }
/** The case limit with the time a sector's rule leaves out (SJ-64 ¶2), and a decision on day 100 after 立案 (2024-03-05). */
const NOT_COUNTED: Params = { ...CASE_LIMIT, notCounted: ['中止', '检测', '检验', '鉴定', '专家评审'] }
const DAY_100: LawfulOptions = { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } }

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; p: Params; status: ItemStatus; want: Want[] }[] = [
  { name: 'service within 7 working days', p: SERVICE, status: 'pass', want: [] },
  {
    // the decision dated before the notice: the order is the date-order check's finding, the period no second cause
    name: 'a decision dated before the notice makes no waiting-period finding',
    opts: { dates: { decision: '2024-03-20', noticeServed: '2024-03-22', notice: '2024-03-22', statement: '2024-03-22' } },
    edit: (c) => c.drop('陈述申辩笔录'),
    p: STATEMENT,
    status: 'pass',
    want: [],
  },
  {
    // 2024-04-08 + 7 working days: 4-9..4-12 (4), 4-15..4-17 (3) → due 2024-04-17.
    name: 'service on the 8th working day is late',
    opts: { dates: { service: '2024-04-18' } },
    p: SERVICE,
    status: 'fail',
    want: [{ kind: 'deadline', message: '决定日期 2024-04-08 至送达时间 2024-04-18 超过7个工作日的期限（期满日 2024-04-17，CF-61）', docTypes: ['送达回证', '行政处罚决定书'], field: '送达期限' }],
  },
  {
    // Over 劳动节 2024: 4-28 (Sunday) is a working day, 5-1..5-5 are holidays, 5-11 (Saturday) works.
    // Decision 4-26 (Fri): 4-28, 4-29, 4-30, 5-6, 5-7, 5-8, 5-9 → due 5-9. Counting plain weekdays would give 5-7.
    name: 'working days skip 劳动节 and count the 调休 Sunday',
    opts: { dates: { decision: '2024-04-26', service: '2024-05-09', payment: '2024-05-10', closing: '2024-05-20' } },
    p: SERVICE,
    status: 'pass',
    want: [],
  },
  {
    name: 'the day after the holiday-adjusted due date is late',
    opts: { dates: { decision: '2024-04-26', service: '2024-05-10', payment: '2024-05-11', closing: '2024-05-20' } },
    p: SERVICE,
    status: 'fail',
    want: [{ kind: 'deadline', message: /期满日 2024-05-09/ }],
  },
  {
    name: 'case decided 100 days after 立案 without extension',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    p: CASE_LIMIT,
    status: 'fail',
    want: [{ kind: 'deadline', message: '立案日期 2024-03-05 至决定日期 2024-06-13 超过90日的期限（期满日 2024-06-03，CF-60）', docTypes: ['行政处罚决定书', '立案审批表'], field: '办案期限' }],
  },
  {
    name: 'an approved extension (延期审批表) lengthens the limit by 30 days',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    edit: (c) => c.add('延期审批表', ['延期审批表', '延长期限：三十日']),
    p: CASE_LIMIT,
    status: 'pass',
    want: [],
  },
  {
    // (行政处罚法 第六十条: an extension is approved before the period runs out — be-03: approved three days after it)
    name: 'an extension approved only after the 90 days had run out extends nothing: to verify, the approval’s day named',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    edit: (c) =>
      c
        .add('延期审批表', ['延长办案期限审批表', '申请延长期限 | 三十日（至2024年7月3日）', '承办人 | 王晓明　李建国　2024年6月1日', '执法部门负责人审批 | 同意延长三十日。张伟　2024年6月5日'])
        .date('2024-07-03', '其他', 1)
        .date('2024-06-01', '其他', 2)
        .date('2024-06-05', '其他', 3),
    p: CASE_LIMIT,
    status: 'fail',
    want: [{ kind: 'deadline', status: 'verify', message: '立案日期 2024-03-05 至决定日期 2024-06-13 超过90日的期限（期满日 2024-06-03，CF-60）；延期审批表的批准日期 2024-06-05 晚于期满日，延长未在期限届满前批准，不能延长期限，请核对批准日期' }],
  },
  {
    // (the testing time the file leaves out, 检验期间…（检验机构受理样品）至…（出具检验报告）, counts before the approval too — ch-01
    // as a scan: 90 days from 03-05 end on 06-03, 13 days left out move the end to 06-16, so 06-05 is in time)
    name: '…approved after the 90 days but before the time the file leaves out has run: it extends',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    edit: (c) =>
      c
        .add('延期审批表', ['延长办案期限审批表', '已扣除期间：检验期间2024年3月20日（检验机构受理样品）至2024年4月1日（出具检验报告），共13日，不计入办案期限。', '申请延长期限 | 三十日', '执法部门负责人审批 | 同意延长三十日。张伟　2024年6月5日'])
        .date('2024-06-05', '其他', 3),
    p: NOT_COUNTED,
    status: 'pass',
    want: [],
  },
  {
    name: '…approved on the last day, it extends',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    edit: (c) => c.add('延期审批表', ['延长办案期限审批表', '申请延长期限 | 三十日', '执法部门负责人审批 | 同意延长三十日。张伟　2024年6月3日']).date('2024-06-03', '其他', 2),
    p: CASE_LIMIT,
    status: 'pass',
    want: [],
  },
  {
    // (市场监督管理行政处罚程序规定 第六十四条第二款 and other sectors' rules: 中止、检测、检验、鉴定…时间不计入 — bq-07, br-12;
    // 90 + 5 days from 2024-03-05 fall on Saturday 06-08, 06-10 is 端午: the period ends on 06-11)
    name: 'a testing period the file states as not counted is left out of the 90 days',
    opts: DAY_100,
    edit: (c) => c.add('其他', ['检测期间告知书', '依据《市场监督管理行政处罚程序规定》第六十四条第二款的规定，检测期间（2024年3月20日至4月30日）不计入案件办理期限。']),
    p: NOT_COUNTED,
    status: 'pass',
    want: [],
  },
  {
    name: '…written without its year, after the work it names (4月8日至4月30日专家评审（不计入办案期限）)',
    opts: DAY_100,
    edit: (c) => c.add('案件调查终结报告', ['案件调查终结报告', '调查经过：3月22日现场检查，3月27日询问，4月8日至4月30日专家评审（不计入办案期限）。']),
    p: NOT_COUNTED,
    status: 'pass',
    want: [],
  },
  {
    // (da-02: the day the step was commissioned and the day its result came, told in the sentence that says it is not counted)
    name: '…told as the day it was commissioned and the day its result came (5月20日委托专家评审，6月28日出具评审意见)',
    opts: DAY_100,
    edit: (c) => c.add('案件调查终结报告', ['案件调查终结报告', '4月23日询问；5月20日委托专家对相关病历进行评审，6月28日出具评审意见（专家评审时间依《医疗保障行政处罚程序暂行规定》第四十五条第四款不计入办案期限）。']),
    p: NOT_COUNTED,
    status: 'pass',
    want: [],
  },
  {
    name: '…but two days of other steps in that sentence are no span (5月20日询问，6月28日现场检查)',
    opts: DAY_100,
    edit: (c) => c.add('案件调查终结报告', ['案件调查终结报告', '5月20日询问当事人，6月28日现场检查（专家评审时间不计入办案期限）。']),
    p: NOT_COUNTED,
    status: 'fail',
    want: [{ kind: 'deadline', message: /未能读出其起止日期/, status: 'verify' }],
  },
  {
    name: '…the steps that began and ended it written between the days (2024年3月20日送检至4月30日收到检验报告, cg-01)',
    opts: DAY_100,
    edit: (c) => c.add('结案报告', ['结案报告', '办案期限说明：检验期间（2024年3月20日送检至4月30日收到检验报告，共42日）依《市场监督管理行政处罚程序规定》第六十四条第二款不计入案件办理期限。']),
    p: NOT_COUNTED,
    status: 'pass',
    want: [],
  },
  {
    // (社会组织登记管理机关行政处罚程序规定 第三十一条第二款: 听证、公告、审计和检测、鉴定等时间不计入 — cg-05)
    name: '…an audit\'s time, which a sector\'s rule leaves out, said not counted',
    opts: DAY_100,
    edit: (c) => c.add('其他', ['审计期间告知书', '依据《社会组织登记管理机关行政处罚程序规定》第三十一条第二款，审计期间2024年3月20日至4月30日不计入案件办理期限。']),
    p: { ...NOT_COUNTED, notCounted: [...NOT_COUNTED.notCounted!, '审计'] },
    status: 'pass',
    want: [],
  },
  {
    name: '…a period too short to bring the decision in time: still late, to verify, the days left out named',
    opts: DAY_100,
    edit: (c) => c.add('其他', ['检测期间告知书', '检测期间（2024年3月20日至3月24日）不计入案件办理期限。']),
    p: NOT_COUNTED,
    status: 'fail',
    want: [{ kind: 'deadline', status: 'verify', message: /超过90日的期限（扣除案卷载明不计入期限的期间5日：2024年3月20日至3月24日；期满日 2024-06-11，CF-60）/ }],
  },
  {
    name: '…a period said not counted whose days are not read: to verify',
    opts: DAY_100,
    edit: (c) => c.add('其他', ['检测期间告知书', '检测期间自送检之日起至检测报告出具之日止，不计入案件办理期限。']),
    p: NOT_COUNTED,
    status: 'fail',
    want: [{ kind: 'deadline', status: 'verify', message: /案卷载明有不计入办案期限的期间.*未能读出其起止日期/ }],
  },
  {
    // (the 市场监管 form 行政处罚案件有关事项审批表 approves many things: one approving a testing is no extension — bq-02, br-05)
    name: 'an approval form that extends nothing (审批事项：委托检测) does not lengthen the limit',
    opts: DAY_100,
    edit: (c) => void (c.add('延期审批表', ['行政处罚案件有关事项审批表', '审批事项：委托检测控制器运行记录', '负责人意见：同意。']).doc.title = '行政处罚案件有关事项审批表'),
    p: CASE_LIMIT,
    status: 'fail',
    want: [{ kind: 'deadline', message: '立案日期 2024-03-05 至决定日期 2024-06-13 超过90日的期限（期满日 2024-06-03，CF-60）' }],
  },
  {
    // 90 days from 2024-03-05 is 2024-06-03 (Monday): the last day itself is in time.
    name: 'decision on day 90 is in time',
    opts: { dates: { decision: '2024-06-03', service: '2024-06-04', payment: '2024-06-05', closing: '2024-06-12' } },
    p: CASE_LIMIT,
    status: 'pass',
    want: [],
  },
  {
    // Notice served 3-25; 5 working days → 4-1. Decision on 3-28 is too soon; no statement on file.
    name: 'decision before the statement period has run (no 陈述申辩笔录)',
    opts: { statement: false, dates: { decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-02', closing: '2024-04-10' } },
    p: STATEMENT,
    status: 'fail',
    want: [{ kind: 'deadline', message: '告知日期 2024-03-25 后仅至 2024-03-28 即决定，未满5个工作日（期满日 2024-04-01，应在其后，SJ-57）', field: '陈述申辩期限' }],
  },
  {
    // The party may still state a defence on the period's last day: a decision that day is too soon.
    name: 'decision on the last day of the statement period: too soon, for a person to confirm against the notice',
    opts: { statement: false, dates: { decision: '2024-04-01', service: '2024-04-01', payment: '2024-04-03', closing: '2024-04-10' } },
    p: STATEMENT,
    status: 'fail',
    want: [{ kind: 'deadline', status: 'verify', message: '告知日期 2024-03-25 后仅至 2024-04-01 即决定，未满5个工作日（期满日 2024-04-01，应在其后，SJ-57）；决定与期满日同日，请核对告知书载明的期限及起算方式', field: '陈述申辩期限' }],
  },
  {
    // 行政处罚法 第四十四条 sets no number: the rubric's 3 working days is an assumption, the notice's own period decides.
    name: 'decision on the last day of a period the law does not number: unknown, not a finding',
    opts: { statement: false, dates: { decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-03', closing: '2024-04-10' } },
    p: { ...STATEMENT, days: 3, ruleId: 'CF-44' },
    status: 'undetermined',
    want: [{ kind: 'deadline', status: 'undetermined', message: /^无法确定是否满3个工作日：.*与期满日同日（CF-44）/ }],
  },
  {
    // the notice gives 五个工作日: that is the period to wait out, and a decision within it is too soon, with certainty
    name: 'a period the law does not number, stated in the notice: the notice’s period decides',
    opts: { statement: false, dates: { decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-03', closing: '2024-04-10' } },
    edit: (c) => c.get('行政处罚事先告知书').line('你单位可以在收到本告知书之日起五个工作日内向本局提出陈述、申辩。'),
    p: { ...STATEMENT, days: 3, ruleId: 'CF-44' },
    status: 'fail',
    want: [{ kind: 'deadline', status: 'open', message: '告知日期 2024-03-25 后仅至 2024-03-28 即决定，未满5个工作日（告知书载明“之日起五个工作日内”，期满日 2024-04-01，应在其后，CF-44）' }],
  },
  {
    name: 'the notice’s period, decision on its last day: too soon',
    opts: { statement: false, dates: { decision: '2024-04-01', service: '2024-04-01', payment: '2024-04-03', closing: '2024-04-10' } },
    edit: (c) => c.get('行政处罚事先告知书').line('你单位可以在收到本告知书之日起五个工作日内向本局提出陈述、申辩。'),
    p: { ...STATEMENT, days: 3, ruleId: 'CF-44' },
    status: 'fail',
    want: [{ kind: 'deadline', status: 'open' }],
  },
  {
    name: 'the notice’s shorter period has run out: no finding, though the rubric assumed 3 working days',
    opts: { statement: false, dates: { decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-03', closing: '2024-04-10' } },
    edit: (c) => c.get('行政处罚事先告知书').line('你单位可在收到本告知书之日起二日内提出陈述申辩；如要求听证，应当在收到本告知书之日起五日内提出。'),
    p: { ...STATEMENT, days: 3, ruleId: 'CF-44' },
    status: 'pass',
    want: [],
  },
  {
    // (…and the notice's three days are themselves fewer than the rule's five: a finding of their own)
    name: 'where a rule numbers the period (SJ-57), the notice does not change it',
    opts: { statement: false, dates: { decision: '2024-03-29', service: '2024-03-29', payment: '2024-04-03', closing: '2024-04-10' } },
    edit: (c) => c.get('行政处罚事先告知书').line('你单位可在收到本告知书之日起三日内提出陈述申辩。'),
    p: STATEMENT,
    status: 'fail',
    want: [{ kind: 'deadline', message: /期限为“之日起三日内”，少于规定的5个工作日（SJ-57）$/ }, { kind: 'deadline', message: /未满5个工作日（期满日 2024-04-01，应在其后，SJ-57）$/ }],
  },
  {
    name: 'decision the day after the statement period ran out',
    opts: { statement: false, dates: { decision: '2024-04-02', service: '2024-04-02', payment: '2024-04-03', closing: '2024-04-10' } },
    p: STATEMENT,
    status: 'pass',
    want: [],
  },
  {
    name: 'the 告知书’s own service date read as 送达 still starts the statement period',
    opts: { statement: false, dates: { decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-02', closing: '2024-04-10' } },
    edit: (c) => (c.get('行政处罚事先告知书').facts.dates[1].role = '送达'),
    p: STATEMENT,
    status: 'fail',
    want: [{ kind: 'deadline', message: /^告知日期 2024-03-25 后仅至 2024-03-28 即决定/ }],
  },
  {
    name: 'the party stated its case: the minimum period does not apply',
    opts: { statement: true, dates: { statement: '2024-03-26', decision: '2024-03-28', service: '2024-03-28', payment: '2024-04-02', closing: '2024-04-10' } },
    p: STATEMENT,
    status: 'not-applicable',
    want: [],
  },
  { name: 'statement period run before the decision', opts: { statement: false }, p: STATEMENT, status: 'pass', want: [] },
  { name: 'payment within 15 days of service', p: PAYMENT, status: 'pass', want: [] },
  {
    name: 'no 送达回证: the service deadline cannot run (the missing document is reported elsewhere)',
    edit: (c) => c.drop('送达回证'),
    p: SERVICE,
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'no hearing held: the hearing deadline does not apply',
    p: { from: '听证', to: '决定', days: 30, unit: 'natural', ruleId: 'CF-65' },
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'the 送达回证 is there but its date was not read',
    edit: (c) => (c.get('送达回证').facts.dates = []),
    p: SERVICE,
    status: 'undetermined',
    want: [{ kind: 'deadline', status: 'undetermined', message: '无法核对决定日期至送达时间不超过7个工作日：未读出送达时间' }],
  },
  {
    name: 'beyond the calendar’s years: undetermined',
    opts: { dates: { decision: '2024-12-27', service: '2025-01-10', payment: '2025-01-11', closing: '2025-01-20' } },
    p: SERVICE,
    status: 'undetermined',
    want: [{ kind: 'deadline', status: 'undetermined', message: /节假日数据覆盖的年份/ }],
  },
  {
    name: 'an extension whose approval states its length (同意延长90日): that length, not the usual 30',
    opts: { dates: { decision: '2024-07-25', service: '2024-07-26', payment: '2024-08-01', closing: '2024-08-10' } },
    edit: (c) => c.add('延期审批表', ['税务稽查延长期限审批表', '申请延长期限：90日', '税务局局长审批：同意延长90日。']),
    p: CASE_LIMIT,
    status: 'pass',
    want: [],
  },
  {
    name: 'an extension document without a known length: undetermined',
    opts: { dates: { decision: '2024-06-13', service: '2024-06-14', payment: '2024-06-20', closing: '2024-06-25' } },
    edit: (c) => c.add('延期审批表', ['延期审批表']),
    p: { ...CASE_LIMIT, extendedDays: undefined },
    status: 'undetermined',
    want: [{ kind: 'deadline', status: 'undetermined', message: /延长的期限未知/ }],
  },
]

describe('deadline', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      const [f] = expectItem(run(c, D(r.p)), r.status, r.want)
      if (f && f.status !== 'undetermined') expect(f.basis?.ruleId).toBe('ruleId' in r.p ? r.p.ruleId : undefined)
    })
  }

  it('a lone decision past 90 days cannot show an extension another document holds: unknown, not a finding', () => {
    const c = new CaseBuilder()
    c.add('行政处罚决定书', ['行政处罚决定书', '本局于2024年1月10日立案调查。', '本局决定罚款人民币五千元。', '2024年6月3日'])
      .date('2024-01-10', '立案', 1)
      .date('2024-06-03', '决定', 3)
    expectItem(run(c, D(CASE_LIMIT)), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /^无法核对：立案日期 2024-01-10 至决定日期 2024-06-03 超过90日的期限.*只有这一份文书/ }])
    // the same dates in a file with its other documents and no extension approval: late
    const full = lawfulCase({ dates: { source: '2024-01-08', filing: '2024-01-10', inspection: '2024-01-10', inquiry: '2024-01-11T09:00', end: '2024-05-20', notice: '2024-05-21', noticeServed: '2024-05-21', statement: '2024-05-24', decision: '2024-06-03', service: '2024-06-04', payment: '2024-06-05', closing: '2024-06-10' } })
    expectItem(run(full, D(CASE_LIMIT)), 'fail', [{ kind: 'deadline', status: 'open' }])
  })

  it('the day the matter came in, told in a decision’s account, may be an earlier matter’s: a question, not a finding; alone, unknown', () => {
    const c = new CaseBuilder()
    c.add('行政处罚决定书', ['行政处罚决定书', '2024年8月10日，我局执法人员日常检查发现当事人未凭处方销售处方药，下达了责令改正通知书。', '本局于2024年9月3日立案调查。', '本局决定罚款人民币五千元。'])
      .date('2024-08-10', '案件来源', 1)
      .date('2024-09-03', '立案', 2)
    // with the file's other documents (no 案件来源登记表): a question
    c.add('立案审批表', ['立案审批表', '立案日期：2024年9月3日']).date('2024-09-03', '立案', 1)
    expectItem(run(c, D(FILING)), 'fail', [{ kind: 'deadline', status: 'verify', message: /取自行政处罚决定书的叙述/ }])
    // the decision alone cannot show an approved extension of the check, nor testing time the period leaves out: unknown
    const lone = new CaseBuilder()
    lone.add('行政处罚决定书', ['行政处罚决定书', '2024年8月10日，我局执法人员日常检查发现当事人未凭处方销售处方药。', '本局于2024年9月3日立案调查。'])
      .date('2024-08-10', '案件来源', 1)
      .date('2024-09-03', '立案', 2)
    expectItem(run(lone, D(FILING)), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /^无法核对：发现日期 2024-08-10.*只有这一份文书，是否经批准延长、有无不计入期限的检测等时间无从查看$/ }])
    // the date of a 案件来源登记表's box is the form's own statement: late for sure
    const full = lawfulCase({ dates: { source: '2024-01-02', filing: '2024-03-05' } })
    expectItem(run(full, D(FILING)), 'fail', [{ kind: 'deadline', status: 'open' }])
  })

  it('a case opened after an order to correct went unheeded runs from the 复查 that found it, not the first inspection', () => {
    const c = new CaseBuilder()
    c.add('行政处罚决定书', ['行政处罚决定书', '2024年3月18日，我大队检查时发现你单位使用不合格产品。我大队于2024年4月3日责令你单位于4月18日前改正，4月21日复查时你单位仍在使用，逾期未改正。', '本局于2024年4月22日立案调查。'])
      .date('2024-03-18', '案件来源', 1)
      .date('2024-04-22', '立案', 2)
    c.add('现场检查笔录', ['复查记录', '复查时间：2024年4月21日9时30分', '复查结论：逾期未改正。']).date('2024-04-21', '检查', 1)
    c.add('立案审批表', ['立案审批表', '立案日期：2024年4月22日']).date('2024-04-22', '立案', 1)
    expectItem(run(c, D(FILING)), 'pass', [])
    // (…the same file without the words that the order went unheeded: the first inspection starts the period)
    const plain = new CaseBuilder()
    plain.add('行政处罚决定书', ['行政处罚决定书', '2024年3月18日，我大队检查时发现你单位使用不合格产品。', '本局于2024年4月22日立案调查。'])
      .date('2024-03-18', '案件来源', 1)
      .date('2024-04-22', '立案', 2)
    plain.add('现场检查笔录', ['现场检查笔录', '检查时间：2024年4月21日9时30分']).date('2024-04-21', '检查', 1)
    plain.add('立案审批表', ['立案审批表', '立案日期：2024年4月22日']).date('2024-04-22', '立案', 1)
    expectItem(run(plain, D(FILING)), 'fail', [{ kind: 'deadline', status: 'verify' }])
  })

  it('both days told in sentences of one decision: undetermined, said why; the closing line’s date is the decision’s own', () => {
    const c = new CaseBuilder()
    c.add('行政处罚决定书', ['行政处罚决定书', '本局于2024年5月6日向当事人送达了《行政处罚告知书》，并于2024年5月7日作出本决定。', '本局决定罚款人民币五千元。'])
      .date('2024-05-06', '告知', 1)
      .date('2024-05-07', '决定', 1)
    expectItem(run(c, D(CF44)), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /两个日期均取自行政处罚决定书叙述中的句子/ }])
  })

  it('the day the matter came in told in a sentence of a document of any type (a decision’s account cut from its head, typed by its evidence list): alone unknown, with the file a question', () => {
    const c = new CaseBuilder()
    c.add('证据材料', ['2024年9月3日，我局执法人员对当事人进行检查，于2024年9月3日立案调查。', '2024年8月10日，我局执法人员对当事人进行日常检查，下达了责令改正通知书。', '上述事实，主要有以下证据证明：', '1.当事人营业执照复印件'])
      .date('2024-09-03', '立案', 0)
      .date('2024-08-10', '案件来源', 1)
    expectItem(run(c, D(FILING)), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /^无法核对：发现日期 2024-08-10/ }])
    // with the file's 立案审批表: the day the matter came in, told in an account, is a question, not a finding
    c.add('立案审批表', ['立案审批表', '立案日期：2024年9月3日']).date('2024-09-03', '立案', 1)
    expectItem(run(c, D(FILING)), 'fail', [{ kind: 'deadline', status: 'verify', message: /取自证据材料的叙述/ }])
  })

  it('a decision recording that the party stated its case or waived it stands for the 陈述申辩笔录: no waiting period to keep', () => {
    const lone = (said: string) => {
      const c = new CaseBuilder()
      c.add('行政处罚决定书', ['行政处罚决定书', `本局于2024年5月6日向当事人送达了《行政处罚告知书》，${said}`, '本局决定罚款人民币五千元。', '2024年5月7日'])
        .date('2024-05-06', '告知', 1)
        .date('2024-05-07', '决定', 3)
      return run(c, D(CF44))
    }
    expect(lone('当事人当场表示放弃陈述、申辩和听证的权利。').items[0]).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('已陈述申辩或明确放弃') })
    expect(lone('当事人于当日提交了书面陈述申辩意见。').items[0].status).toBe('not-applicable')
    // the period lapsing, or the right told, is no statement: a decision the next day is too soon — to verify, as the
    // law sets no number and the notice, with the period it gave, is not on file
    for (const said of ['当事人在规定期限内未提出陈述申辩。', '告知当事人有权进行陈述和申辩。', '逾期视为放弃陈述申辩权利。', '告知你公司可在收到告知书之日起五日内进行陈述申辩或要求听证。你公司在规定期限内未提出陈述申辩，视为放弃上述权利。', '告知当事人享有在三日内进行陈述申辩的权利。']) {
      expectItem(lone(said), 'fail', [{ kind: 'deadline', status: 'verify', message: /看不到告知书载明的期限/ }])
    }
  })

  it('a written waiver of the rights a waiting period is for ends it: the party\'s own words, not the notice\'s', () => {
    const HEARING: Params = { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'CF-64-1', atLeast: true }
    const file = (said?: string) => {
      const c = new CaseBuilder()
      c.add('听证告知书', ['行政处罚事先（听证）告知书', '你公司如要求听证，应当在收到本告知书之日起五个工作日内提出；逾期未提出的，视为放弃上述权利。', '2024年3月25日']).date('2024-03-25', '告知', 2)
      if (said) c.add('陈述申辩笔录', ['声明书', said, '2024年3月25日'])
      c.add('行政处罚决定书', ['行政处罚决定书', '本局决定罚款人民币伍万元整。', '2024年3月27日']).date('2024-03-27', '决定', 2)
      return run(c, D(HEARING))
    }
    expect(file('我公司对拟处罚内容均无异议，自愿放弃陈述、申辩和要求听证的权利。').items[0]).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('当事人已书面放弃相应权利（“自愿放弃陈述、申辩和要求听证的权利”）') })
    // the notice's 逾期…视为放弃 is no waiver, and a waiver of the statement alone leaves the hearing period to run
    expectItem(file(), 'fail', [{ kind: 'deadline', status: 'open' }])
    expectItem(file('我公司自愿放弃陈述、申辩的权利。'), 'fail', [{ kind: 'deadline', status: 'open' }])
    // (the party's own statement saying it asks no hearing, cb-06: 陈述申辩内容：…请求少罚。不要求听证。)
    expect(file('陈述申辩内容：我对事实没有意见，罚款太多，请求少罚。不要求听证。').items[0]).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('不要求听证') })
    // (…but not the right told in it: 如要求听证…, nor a statement that asks for one)
    expectItem(file('陈述申辩内容：请求少罚，要求听证。'), 'fail', [{ kind: 'deadline', status: 'open' }])
  })

  it('a decision telling that the party, told, said it would not state its case ends the statement period', () => {
    const c = new CaseBuilder()
    c.add('行政处罚决定书', ['行政处罚决定书', '2024年3月4日，本局依法向违法行为人李某某告知了拟作出行政处罚决定的事实、理由及依据，并告知其依法享有陈述权和申辩权。李某某当场表示对拟处罚无异议，不提出陈述和申辩。', '二〇二四年三月五日']).date('2024-03-04', '告知', 1).date('2024-03-05', '决定', 2)
    expect(run(c, D({ from: '告知', to: '决定', days: 3, unit: 'working', ruleId: 'CF-44', atLeast: true })).findings).toEqual([])
    // (…but not a notice stating what follows if the party says so: 如当事人表示不提出陈述申辩的，…)
    const n = new CaseBuilder()
    n.add('行政处罚事先告知书', ['行政处罚事先告知书', '如你单位表示不提出陈述和申辩的，本局将依法作出处理决定。', '2024年3月4日']).date('2024-03-04', '告知', 2)
    n.add('行政处罚决定书', ['行政处罚决定书', '本局决定罚款人民币五千元。', '2024年3月5日']).date('2024-03-05', '决定', 2)
    expect(run(n, D({ from: '告知', to: '决定', days: 3, unit: 'working', ruleId: 'CF-44', atLeast: true })).findings.map((f) => f.kind)).toEqual(['deadline'])
  })

  it('the fake calendar counts 2024 as the State Council set it', () => {
    expect(CALENDAR.isWorkday('2024-02-04')).toBe(true) // 调休 Sunday before 春节
    expect(CALENDAR.isWorkday('2024-02-12')).toBe(false)
    expect(CALENDAR.periodEnd('2024-02-08', 1, 'working')).toMatchObject({ due: '2024-02-09' })
    expect(CALENDAR.periodEnd('2024-02-09', 1, 'working')).toMatchObject({ due: '2024-02-18' })
    expect(CALENDAR.periodEnd('2024-09-30', 3, 'natural')).toMatchObject({ due: '2024-10-08', nominalDue: '2024-10-03' })
  })
})

describe('deadline: dates only a document of unknown kind tells', () => {
  it('a news item telling a service two months after the decision: undetermined, said why (an account is no record)', () => {
    const c = new CaseBuilder()
    c.add('其他', ['记者了解到，该局于2024年4月8日作出不予行政处罚决定。', '6月14日，工作人员来到店中送达了决定书。'])
      .date('2024-04-08', '决定', '2024年4月8日')
      .date('2024-06-14', '送达', '6月14日')
    expectItem(run(c, D(SERVICE)), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /超过7个工作日的期限.*所据日期均取自未能归类的文书（其他）中的叙述，并非程序文书本身的记载，无法据以判断/ }])
  })
})

describe('limits a law revision introduced', () => {
  it('the 90-day limit does not bind a case filed before 2021-07-15', () => {
    const c = lawfulCase({ dates: { filing: '2018-01-05', decision: '2018-09-10' } })
    const out = run(c, { kind: 'deadline', params: { from: '立案', to: '决定', days: 90, unit: 'natural', ruleId: 'CF-60', inForceFrom: '2021-07-15' } })
    expect(out.items[0].status).toBe('not-applicable')
    expect(out.findings).toEqual([])
  })
})

describe('the hearing notice served at least 7 working days before the hearing (CF-64-2)', () => {
  const NOTICE: Params = { from: '送达', to: '听证', days: 7, unit: 'working', atLeast: true, lastDayKept: true, fromServiceOf: '听证通知书', ruleId: 'CF-64-2', when: { hasDocument: '听证通知书' } }
  // A file with a hearing: the notice dated `dated`, fixing the hearing for `hearing`; optionally its receipt and the record.
  function hearingCase(o: { dated: string; hearing: string; served?: string; record?: string; otherReceipt?: string }): CaseBuilder {
    const c = new CaseBuilder('2024-食品-012', '听证程序')
    c.add('听证通知书', ['听证通知书', `本机关定于${o.hearing}上午9时在本局听证室举行听证。`, `${o.dated}`])
      .date(o.hearing, '听证', 1)
      .date(o.dated, '文书落款', 2)
    if (o.otherReceipt) c.add('送达回证', ['送达回证', '送达文书：行政处罚决定书', `送达时间：${o.otherReceipt}`]).field('送达文书', '行政处罚决定书').date(o.otherReceipt, '送达', 2)
    if (o.served) c.add('送达回证', ['送达回证', '送达文书：听证通知书', `送达时间：${o.served}`]).field('送达文书', '听证通知书').date(o.served, '送达', 2)
    if (o.record) c.add('听证笔录', ['听证笔录', `听证时间：${o.record}`]).date(o.record, '听证', 1)
    return c
  }

  it('served 3 working days before the hearing: too late, with the receipt and the record as evidence', () => {
    // served 2024-05-27 (Mon); 7 working days → 2024-06-05; hearing 2024-05-30
    const out = run(hearingCase({ dated: '2024-05-24', served: '2024-05-27', hearing: '2024-05-30', record: '2024-05-30' }), D(NOTICE))
    expectItem(out, 'fail', [{ kind: 'deadline', status: 'open', field: '听证通知期限', message: '听证通知书送达日期 2024-05-27 后仅至 2024-05-30 即听证，未满7个工作日（期满日 2024-06-05，不得早于该日，CF-64-2）' }])
    expect(out.findings[0].evidence.map((e) => e.text)).toEqual(['听证时间：2024-05-30', '送达时间：2024-05-27'])
  })

  it('the hearing on the 7th working day after service is in time; a receipt for another document does not count', () => {
    expectItem(run(hearingCase({ dated: '2024-05-24', served: '2024-05-27', hearing: '2024-06-05', record: '2024-06-05', otherReceipt: '2024-05-28' }), D(NOTICE)), 'pass', [])
    expectItem(run(hearingCase({ dated: '2024-05-24', served: '2024-05-27', hearing: '2024-06-04', record: '2024-06-04' }), D(NOTICE)), 'fail', [{ kind: 'deadline', status: 'open' }])
  })

  it('without a receipt the notice’s own date shows a period too short, never one long enough', () => {
    expectItem(run(hearingCase({ dated: '2024-05-27', hearing: '2024-05-30', record: '2024-05-30' }), D(NOTICE)), 'fail', [
      { kind: 'deadline', status: 'open', message: '听证通知书落款日期 2024-05-27 后仅至 2024-05-30 即听证，未满7个工作日（期满日 2024-06-05，不得早于该日，CF-64-2；送达不会早于落款，按送达日期计更短）' },
    ])
    expectItem(run(hearingCase({ dated: '2024-05-20', hearing: '2024-06-05', record: '2024-06-05' }), D(NOTICE)), 'undetermined', [
      { kind: 'deadline', status: 'undetermined', message: /未见听证通知书的送达日期.*请核对送达回证/ },
    ])
  })

  it('the hearing day the notice fixes stands in when the file holds no record of the hearing', () => {
    expectItem(run(hearingCase({ dated: '2024-05-24', served: '2024-05-27', hearing: '2024-05-31' }), D(NOTICE)), 'fail', [{ kind: 'deadline', status: 'open', message: /即听证，未满7个工作日/ }])
  })

  it('no hearing notice in the file: not applicable', () => {
    expect(run(lawfulCase(), D(NOTICE)).items[0].status).toBe('not-applicable')
  })
})

describe('the notice\'s period runs from its service (SJ-57: 告知书送达之日起)', () => {
  const SJ57: Params = { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'SJ-57', atLeast: true }
  // notice dated and told served on 2024-04-24 (Wed); its 送达回证 gives 2024-04-26 (Fri); 5 working days from the 26th,
  // with Sunday 2024-04-28 a working day (调休), end on 2024-05-07; the decision on 2024-05-06
  const noticeCase = () => {
    const c = lawfulCase({ dates: { notice: '2024-04-24', noticeServed: '2024-04-24', statement: '2024-04-25', decision: '2024-05-06', service: '2024-05-06', payment: '2024-05-10', closing: '2024-05-20' } })
    c.drop('陈述申辩笔录')
    return c
  }
  it('the date the 送达回证 gives for the notice, later than the notice\'s own, is the one the period counts from', () => {
    const c = noticeCase()
    c.add('送达回证', ['送达回证', '送达文书：行政处罚事先告知书', '送达时间：2024-04-26']).field('送达文书', '行政处罚事先告知书').date('2024-04-26', '送达', 2)
    expectItem(run(c, D(SJ57)), 'fail', [{ kind: 'deadline', status: 'open', message: /^行政处罚事先告知书送达日期 2024-04-26 后仅至 2024-05-06 即决定，未满5个工作日（期满日 2024-05-07/ }])
  })
  it('without that receipt the notice\'s own date counts (the 6th working day after it: in time); the decision\'s own receipt never does', () => {
    expectItem(run(noticeCase(), D(SJ57)), 'pass', [])
  })
})

describe('a notice giving the party fewer days than the rule sets', () => {
  const SJ57: Params = { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'SJ-57', atLeast: true }
  const HEARING: Params = { from: '告知', to: '决定', days: 5, unit: 'working', ruleId: 'CF-64-1', atLeast: true }
  const notice = (sentence: string) => {
    const c = lawfulCase()
    c.get('行政处罚事先告知书').line(sentence)
    return c
  }
  it('三个工作日 to state its case where 市场监督管理行政处罚程序规定 第五十七条 gives five: a finding on the notice', () => {
    const out = run(notice('你单位如有异议，可以在收到本告知书之日起三个工作日内向本局提出陈述、申辩意见。'), D(SJ57))
    expect(out.findings.map((f) => [f.kind, f.status, f.docTypes[0], f.message])).toEqual([['deadline', 'open', '行政处罚事先告知书', '行政处罚事先告知书给予当事人陈述、申辩的期限为“之日起三个工作日内”，少于规定的5个工作日（SJ-57）']])
  })
  it('five working days, or a hearing period of five days, is the rule\'s; three days to ask for a hearing is fewer', () => {
    expect(run(notice('可以在收到本告知书之日起五个工作日内提出陈述、申辩。'), D(SJ57)).findings).toEqual([])
    expect(run(notice('如要求听证，应当在收到本告知书之日起五日内提出。'), D(HEARING)).findings).toEqual([])
    // (a sentence giving both periods: the three days are the statement's, the five the hearing's)
    expect(run(notice('可在收到本告知书之日起三日内向我局进行陈述和申辩，可在收到本告知书之日起五日内向我局申请听证。'), D(HEARING)).findings).toEqual([])
    expect(run(notice('如要求听证，应当在收到本告知书之日起三日内提出。'), D(HEARING)).findings.map((f) => f.message)).toEqual([expect.stringMatching(/要求听证的期限为“之日起三日内”，少于规定的5个工作日（CF-64-1）/)])
  })
  it('…and so in a 听证告知书, the notice of a case with a hearing right (o-16)', () => {
    const c = lawfulCase()
    c.drop('行政处罚事先告知书')
    c.add('听证告知书', ['行政处罚听证告知书', '你单位可以在收到本告知书之日起五日内向本局提出陈述、申辩意见；如要求听证，应当在收到本告知书之日起三日内向本局提出书面或者口头听证申请。', '2024-03-22']).date('2024-03-22', '告知', 2)
    expect(run(c, D(HEARING)).findings.filter((f) => f.status === 'open').map((f) => [f.docTypes[0], f.message])).toEqual([['听证告知书', expect.stringMatching(/要求听证的期限为“之日起三日内”，少于规定的5个工作日/)]])
  })
  it('the finding points at the line that states the period, though the lines before it are printed with spaces between the characters', () => {
    const c = lawfulCase()
    c.get('行政处罚事先告知书').line('当 事 人 ： 某 某 食 品 有 限 公 司').line('地    址 ： 某 市 某 区 某 路 一 号').line('你单位如有异议，可以在收到本告知书之日起三个工作日内向本局提出陈述、申辩意见。')
    const out = run(c, D(SJ57))
    expect(out.findings.map((f) => f.evidence.map((e) => e.text))).toEqual([[expect.stringContaining('三个工作日内')]])
  })
})

describe('the term a 查封/扣押 decision sets (行政强制法 第二十五条, QZ-25)', () => {
  const TERM: Params = { term: ['行政强制措施决定书'], days: 30, unit: 'natural', extendedDays: 30, ruleId: 'QZ-25' }
  const seizure = (sentence: string) => {
    const c = lawfulCase()
    c.add('行政强制措施决定书', ['查封扣押决定书', '当事人：杭州鑫源食品有限公司', '经本局负责人批准，本局决定对下列物品予以扣押：', sentence, '如不服本决定，可在收到本决定书之日起六十日内申请行政复议。'])
    return c
  }
  it('sixty days set at the outset: a finding on the decision\'s line', () => {
    const out = run(seizure('查封、扣押期限：自2025年1月20日起至2025年3月20日止，共计六十日。'), D(TERM))
    expectItem(out, 'fail', [{ kind: 'deadline', status: 'open', field: '查封扣押期限', docTypes: ['行政强制措施决定书'], message: /即60日，超过30日的期限（QZ-25）$/ }])
    expect(out.findings[0].evidence[0].text).toContain('共计六十日')
  })
  it('thirty days, by number or by dates counted with the first day in: kept', () => {
    expectItem(run(seizure('扣押期限为三十日，自2024年11月20日起至2024年12月19日止。'), D(TERM)), 'pass', [])
    expectItem(run(seizure('扣押期限为2024年7月31日至2024年8月29日。'), D(TERM)), 'pass', [])
  })
  it('dates a day too far apart, testing time or a law of its own: to verify', () => {
    expectItem(run(seizure('扣押期限为2024年7月1日至2024年8月1日。'), D(TERM)), 'fail', [{ kind: 'deadline', status: 'verify', message: /起止日是否计入请核对$/ }])
    expectItem(run(seizure('扣押期限为四十五日（检测期间包括在内）。'), D(TERM)), 'fail', [{ kind: 'deadline', status: 'verify', message: /检测、检验、检疫或者技术鉴定/ }])
  })
  it('an extension may reach sixty days; past that it is a finding', () => {
    expectItem(run(seizure('经本局负责人批准，扣押期限延长至六十日。'), D(TERM)), 'pass', [])
    expectItem(run(seizure('经本局负责人批准，扣押期限延长为九十日。'), D(TERM)), 'fail', [{ kind: 'deadline', status: 'open', message: /超过60日的期限（QZ-25，含延长）/ }])
  })
  // (cu-02: held for 42 days to the lifting decision, with no extension and no testing; the file's decision 2024-04-08)
  const held = (lifted: string, ...more: string[]) => {
    const c = seizure('扣押期限：三十日，自2024年2月10日起至2024年3月11日止。')
    c.add('其他', ['解除行政强制措施决定书', '本局决定解除对你的车辆的扣押。', `${lifted.slice(0, 4)}年${+lifted.slice(5, 7)}月${+lifted.slice(8)}日`]).date(lifted, '其他', 2).doc.title = '解除行政强制措施决定书'
    for (const m of more) c.add('其他', [m])
    return run(c, D(TERM))
  }
  it('a seizure held past its thirty days, to the paper lifting it, no extension told: a finding', () => {
    expectItem(held('2024-03-23'), 'fail', [{ kind: 'deadline', status: 'open', message: '行政强制措施决定书的查封、扣押自2024-02-10起，至解除行政强制措施决定书（2024-03-23）共42日，超过30日的期限（QZ-25）；案卷中未见延长查封、扣押期限的批准和告知' }])
  })
  it('…lifted within the days, or within sixty where an extension is told: kept; testing time told, whose days are not read: undetermined', () => {
    expectItem(held('2024-03-10'), 'pass', [])
    expectItem(held('2024-03-23', '延长查封（扣押）期限决定书', '经本局负责人批准，决定将上述扣押期限延长三十日。'), 'pass', [])
    expectItem(held('2024-03-23', '检验期间告知书', '检验期间不计入查封、扣押期限。'), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /未读出其天数，无法判断是否超期/ }])
  })
  it('the law\'s cap quoted, or no measure in the file: nothing to check', () => {
    expect(run(seizure('查封、扣押的期限不得超过三十日。'), D(TERM)).items[0].status).toBe('not-applicable')
    expect(run(lawfulCase(), D(TERM)).items[0].status).toBe('not-applicable')
  })
})

describe('the periods a decision tells for review and suit (FY-20 六十日, XS-46 六个月)', () => {
  const REMEDY: Params = { remedy: ['行政处罚决定书'] }
  const told = (sentence: string, decided?: string) => {
    const c = lawfulCase(decided ? { dates: { decision: decided } } : {})
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.filter((l) => !/复议|诉讼|起诉/.test(l.text))
    d.line(sentence)
    return run(c, D(REMEDY))
  }
  it('three months to sue: a finding on the decision\'s line', () => {
    const out = told('如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在收到本决定书之日起三个月内直接向人民法院提起行政诉讼。')
    expectItem(out, 'fail', [{ kind: 'deadline', status: 'open', field: '诉讼期限', message: /提起行政诉讼的期限为“三个月内”，行政诉讼法第四十六条规定为六个月（XS-46）$/ }])
  })
  it('fifteen days to sue in a case under 烟草专卖法 (its 第四十一条, 法律另有规定): kept; in another case a finding (cx-01)', () => {
    const suit15 = '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议；也可以在收到本决定书之日起十五日内直接向人民法院提起行政诉讼。'
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.filter((l) => !/复议|诉讼|起诉/.test(l.text))
    d.line('依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，本局决定：没收违法收购的卷烟。').cite('中华人民共和国烟草专卖法', 32, 'violated', '烟草专卖法实施条例')
    d.line(suit15)
    expectItem(run(c, D(REMEDY)), 'pass', [])
    expectItem(told(suit15), 'fail', [{ kind: 'deadline', field: '诉讼期限' }])
  })
  it('ninety days to seek review: a finding', () => {
    expectItem(told('可在收到本决定书之日起90天内申请行政复议，或者六个月内向人民法院提起行政诉讼。'), 'fail', [{ kind: 'deadline', field: '复议期限' }])
  })
  it('the law\'s periods, the suit after a review, a special law\'s period, and three months before 2015-05-01: kept', () => {
    expectItem(told('可以在收到本决定书之日起六十日内申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。'), 'pass', [])
    expectItem(told('对复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院起诉。可在六十日内申请行政复议，或六个月内提起行政诉讼。'), 'pass', [])
    expectItem(told('可在六十日内申请行政复议，或六个月内提起行政诉讼；依据《中华人民共和国土地管理法》第八十三条的规定，对责令限期拆除的决定不服的，可以在接到本决定书之日起十五日内向人民法院起诉。'), 'pass', [])
    expectItem(told('可以在收到本决定书之日起六十日内申请行政复议，也可以在三个月内向人民法院起诉。', '2014-06-10'), 'pass', [])
    expectItem(told('可以在收到本决定书之日起60日内申请行政复议，或者180日内向人民法院提起行政诉讼。'), 'pass', [])
    // (a scan that read the 。 after the suit as ·: the period is the suit's, the first remedy named after it)
    expectItem(told('如不服本决定，可以自收到本决定书之日起六十日内向某旗人民政府申请行政复议，或者在六个月内依法向某旗人民法院提起行政诉讼·行政复议或者行政诉讼期间，本决定不停止执行。'), 'pass', [])
  })
  it('three months with no decision date read: the paper\'s other dates tell which law held — before 2015-05-01 kept, after it to verify, none at all undetermined', () => {
    const undated = (others: string[]) => {
      const c = lawfulCase({ dates: { decision: '2013-06-10' } })
      const d = c.get('行政处罚决定书')
      d.doc.lines = d.doc.lines.filter((l) => !/复议|诉讼|起诉/.test(l.text))
      d.line('如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在三个月内向人民法院起诉。')
      d.facts.dates = []
      for (const iso of others) d.line(`${iso}检查`).date(iso, '检查', `${iso}检查`)
      return run(c, D(REMEDY))
    }
    expectItem(undated(['2013-03-02', '2013-04-11']), 'pass', [])
    expectItem(undated(['2013-03-02', '2016-04-11']), 'fail', [{ kind: 'deadline', status: 'verify', field: '诉讼期限', message: /未读出决定日期，2015年5月1日前作出的决定告知三个月是正确的/ }])
    expectItem(undated([]), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /文书亦无其他日期/ }])
  })
  it('ten days to pay where 行政处罚法 第六十七条第三款 gives fifteen: a finding; fifteen kept', () => {
    const short = told('当事人应当自收到本决定书之日起十日内，到指定银行或者通过电子支付系统缴纳罚款。可在六十日内申请行政复议，或六个月内提起行政诉讼。')
    expectItem(short, 'fail', [{ kind: 'deadline', status: 'open', field: '缴款期限', message: /缴纳罚款的期限为“十日内”，行政处罚法第六十七条第三款规定为自收到决定书之日起十五日内（CF-67）$/ }])
    expectItem(told('当事人应当自收到本决定书之日起十五日内缴纳罚款。可在六十日内申请行政复议，或六个月内提起行政诉讼。'), 'pass', [])
  })
  it('fifteen days read by OCR as 千五日内 is fifteen days, no thousand', () => {
    expectItem(told('当事人应当自收到本决定书之日起千五日内，到指定银行缴纳罚款。可在六十日内申请行政复议，或六个月内提起行政诉讼。'), 'pass', [])
  })
  it('thirty days to pay, however far the clause puts the paying from the period: to verify, a deferral approved elsewhere would explain it', () => {
    for (const pay of ['请你自收到本决定书之日起三十日内，持本决定书到某县农村商业银行各营业网点或者通过电子支付系统缴纳罚款。', '当事人应当自收到本决定书之日起三十日内，将罚没款缴至某省非税收入收缴系统指定代收银行。']) {
      const long = told(`${pay}可在六十日内申请行政复议，或六个月内提起行政诉讼。`)
      expectItem(long, 'fail', [{ kind: 'deadline', status: 'verify', field: '缴款期限', message: /缴纳罚款的期限为“三十日内”.*十五日内（CF-67）；如系经批准延期缴纳（第六十六条），请核对延期批准文书$/ }])
    }
  })
})

describe('deadline: the decision on evidence kept (先行登记保存, 行政处罚法 第五十六条)', () => {
  const KEPT = { kind: 'deadline', params: { keptEvidence: true, days: 7, unit: 'working', ruleId: 'CF-56' } } as const
  const withKept = (kept: string | null, decided: string, told?: string) => {
    const c = lawfulCase()
    if (kept) {
      const n = c.add('证据材料', ['先行登记保存证据通知书', '经本局负责人批准，对下列物品先行登记保存。', `${kept.slice(0, 4)}年${+kept.slice(5, 7)}月${+kept.slice(8)}日`]).date(kept, '其他', 2)
      n.doc.title = '先行登记保存证据通知书'
    }
    const d = c.add('其他', ['先行登记保存证据处理决定书', told ?? '经审查，作出如下处理决定：予以扣押。', `${decided.slice(0, 4)}年${+decided.slice(5, 7)}月${+decided.slice(8)}日`]).date(decided, '其他', 2)
    d.doc.title = '先行登记保存证据处理决定书'
    return c
  }
  // (br-09: kept on 2024-09-26; seven working days — 9-27, 9-29 (a 调休 Sunday), 9-30, 10-8, 10-9, 10-10, 10-11 — end on 10-11)
  it('decided on the eleventh working day: late, the days named', () => {
    expectItem(run(withKept('2024-09-26', '2024-10-16'), KEPT), 'fail', [{ kind: 'deadline', status: 'verify', field: '先行登记保存处理期限', message: '先行登记保存 2024-09-26 至处理决定 2024-10-16 超过7个工作日的期限（期满日 2024-10-11，CF-56）；期限内未见送检、查封扣押或解除等处理，请核对' }])
  })
  it('…but the goods sent for testing within the days (a paper of that day saying so): handled, the later decision ends it (ax-10, t-04)', () => {
    const c = withKept('2024-09-26', '2024-10-16')
    c.add('其他', ['行政处罚案件有关事项审批表', '审批事项：对先行登记保存的乙酸乙酯抽取样品送检', '2024年9月30日']).date('2024-09-30', '其他', 2)
    expectItem(run(c, KEPT), 'pass', [])
  })
  it('…not a paper retelling the case: a 立案审批表 telling of samples sent before the keeping is no handling of the goods kept (cv-05)', () => {
    const c = withKept('2024-09-26', '2024-10-16')
    c.get('立案审批表').line('简要案情：现场检查发现当事人经营的农药标签模糊，已抽样送检并对剩余84瓶先行登记保存。').date('2024-09-30', '立案', '简要案情')
    expectItem(run(c, KEPT), 'fail', [{ kind: 'deadline', status: 'verify' }])
  })
  it('decided on the seventh working day: in time', () => {
    expectItem(run(withKept('2024-09-26', '2024-10-11'), KEPT), 'pass', [])
  })
  it('the keeping\'s day told by the decision alone (a paper of no known type): undetermined', () => {
    expectItem(run(withKept(null, '2024-10-16', '本局于2024年9月26日对你单位乙酸乙酯14桶先行登记保存。经审查，作出如下处理决定：予以扣押。'), KEPT), 'undetermined', [{ kind: 'deadline', status: 'undetermined', message: /据处理决定的叙述/ }])
  })
  it('no decision on evidence kept in the file: not applicable', () => {
    expect(run(lawfulCase(), KEPT).items[0].status).toBe('not-applicable')
  })
})
