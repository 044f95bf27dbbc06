import { describe, it, expect } from 'vitest'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { ItemStatus } from '../../shared/types'
import { CaseBuilder, lawfulCase, run, type LawfulOptions } from './build'
import { expectItem, type Want } from './expect'

type Pairs = CheckKindParams['date-order']['pairs']
const P = (pairs: Pairs) => ({ kind: 'date-order', params: { pairs } })

/** A Beijing agency's file whose 听证告知书 comes before the 调查终结报告 (2024-03-12, the notice 2024-03-10). */
const hearingNoticeFirst = (agency: string) => (c: CaseBuilder) => {
  c.agency = agency
  c.get('案件调查终结报告').date('2024-03-12', '调查终结', 0)
  c.add('听证告知书', ['听证告知书', '你单位有要求举行听证的权利。'])
}

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; pairs: Pairs; status: ItemStatus; want: Want[] }[] = [
  { name: 'lawful order passes', pairs: [{ before: '立案', after: '询问开始' }, { before: '调查终结', after: '告知' }, { before: '决定', after: '送达' }], status: 'pass', want: [] },
  {
    // (行政处罚法 第四十五条: what the party said in its defence is reviewed; a second questioning then, after the notice and
    // the report, is that review — cq-01)
    name: 'a questioning after the party\'s statement and defence reviews it: not set against the notice',
    opts: { dates: { inquiry: '2024-03-28T09:30' } },
    pairs: [{ before: '询问开始', after: '告知' }, { before: '询问开始', after: '调查终结' }],
    status: 'pass',
    want: [],
  },
  {
    // (…but with no statement in the file, a questioning after the notice is out of order)
    name: 'a questioning after the notice, no statement and defence before it',
    opts: { dates: { inquiry: '2024-03-23T09:30' }, statement: false },
    pairs: [{ before: '询问开始', after: '告知' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: /早于询问时间 2024-03-23 09:30/ }],
  },
  {
    // (cs-03: an earlier on-the-spot penalty for another act, filed as evidence, dated before the case's legal review)
    name: 'an on-the-spot decision filed beside the case\'s own decision takes no part in the case\'s order',
    edit: (c) => {
      c.add('行政处罚决定书', ['当场行政处罚决定书', '当事人：陈立', '处罚决定：警告，罚款200元。', '2024-03-01']).date('2024-03-01', '决定', 3)
      c.docs.at(-1)!.doc.title = '当场行政处罚决定书'
      c.add('法制审核意见书', ['法制审核意见书', '审核日期：2024-04-01']).date('2024-04-01', '法制审核', '审核日期')
    },
    pairs: [{ before: '法制审核', after: '决定', strict: true }],
    status: 'pass',
    want: [],
  },
  {
    name: 'inquiry before filing',
    opts: { dates: { inquiry: '2024-03-01T09:30' } },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '询问时间 2024-03-01 09:30 早于立案日期 2024-03-05', docTypes: ['询问笔录', '立案审批表'], field: '询问时间' }],
  },
  {
    // procedure-rules §7 第1条: 案源登记日 ≤ 立案审批日 — a source registered after the case was filed was made up later
    name: 'a source registered after filing',
    opts: { dates: { source: '2024-03-07' } },
    pairs: [{ before: '案件来源', after: '立案', ruleId: 'CF-54', when: { hasDocument: '案件来源登记表' } }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '立案日期 2024-03-05 早于登记日期 2024-03-07', docTypes: ['立案审批表', '案件来源登记表'] }],
  },
  {
    name: 'no 案件来源登记表: the pair does not apply',
    opts: { dates: { source: '2024-03-07' } },
    edit: (c) => c.drop('案件来源登记表'),
    pairs: [{ before: '案件来源', after: '立案', ruleId: 'CF-54', when: { hasDocument: '案件来源登记表' } }],
    status: 'not-applicable',
    want: [],
  },
  {
    // …and without that form, the 立案审批表's own 案件来源 box dated after its approval (k-13 of the templates)
    name: 'no 案件来源登记表: the 立案审批表\'s own source date after its approval date',
    edit: (c) => {
      c.drop('案件来源登记表')
      c.get('立案审批表').line('案件来源：投诉举报，2024-03-07登记').date('2024-03-07', '案件来源', '案件来源')
    },
    pairs: [{ before: '案件来源', after: '立案', ruleId: 'CF-54', within: '立案审批表', when: { lacksDocument: '案件来源登记表' } }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open', message: '立案日期 2024-03-05 早于登记日期 2024-03-07', docTypes: ['立案审批表'] }],
  },
  {
    // (…nor a date the form's own account tells: 案情简介及立案理由：…二〇二五年一月十三日，执法人员…检查时发现…)
    name: 'within the form only its boxes: a date in its 案情简介 is not compared',
    edit: (c) => {
      c.drop('案件来源登记表')
      c.get('立案审批表').line('案情简介及立案理由：2024-03-07，执法人员对当事人进行现场检查时发现，当事人经营超过保质期的食品。').date('2024-03-07', '案件来源', '案情简介')
    },
    pairs: [{ before: '案件来源', after: '立案', ruleId: 'CF-54', within: '立案审批表', when: { lacksDocument: '案件来源登记表' } }],
    status: 'pass',
    want: [],
  },
  {
    // (a source date told elsewhere — a decision's account — is not compared with the form's approval)
    name: 'within the form only: a later source date in another paper is not compared',
    opts: { dates: { source: '2024-03-07' } },
    edit: (c) => c.drop('案件来源登记表'),
    pairs: [{ before: '案件来源', after: '立案', ruleId: 'CF-54', within: '立案审批表', when: { lacksDocument: '案件来源登记表' } }],
    status: 'pass',
    want: [],
  },
  {
    // 2024-03-01 (Fri) + 7 working days → 2024-03-12: a 立案 on 03-05 is within; the rubric cannot tell the sector
    name: 'inquiry shortly before filing, where some sectors allow urgent investigation first: to verify',
    opts: { dates: { inquiry: '2024-03-01T09:30' } },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', leeway: { days: 7, unit: 'working', ruleId: 'HB10-22/24' } }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'verify', message: /^询问时间 2024-03-01 09:30 早于立案日期 2024-03-05；相隔未超过7个工作日.*HB10-22\/24/ }],
  },
  {
    name: 'an inspection after the notice is one of the investigation',
    opts: { dates: { inspection: '2024-03-25' } },
    pairs: [{ before: '检查', after: '告知' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: /^告知日期 2024-03-22 早于检查时间 2024-03-25/ }],
  },
  {
    // a re-check of the ordered correction checks the order, not the case: it may follow the notice
    name: 'a re-check of the correction after the notice is no investigation out of order',
    opts: { dates: { inspection: '2024-03-25' } },
    edit: (c) => (c.get('现场检查笔录').doc.lines[1].text = '检查时间：2024-03-25（对当事人的整改情况进行复查）'),
    pairs: [{ before: '检查', after: '告知' }],
    status: 'pass',
    want: [],
  },
  {
    // an inspection after the decision checks its execution (the trees replanted), not the case
    name: 'an inspection record dated after the decision is no investigation out of order',
    edit: (c) => c.add('现场检查笔录', ['检查记录', '检查时间：2024-05-20', '检查情况：当事人已按决定补种树木。']).date('2024-05-20', '检查', 1),
    pairs: [{ before: '检查', after: '告知' }, { before: '检查', after: '调查终结' }],
    status: 'pass',
    want: [],
  },
  {
    // …and so is a record titled as a re-check (现场核查笔录), whatever its own lines say
    name: 'a record titled as a re-check after the notice is no investigation out of order',
    opts: { dates: { inspection: '2024-03-25' } },
    edit: (c) => (c.get('现场检查笔录').doc.title = '现场核查笔录'),
    pairs: [{ before: '检查', after: '告知' }],
    status: 'pass',
    want: [],
  },
  {
    // an inspection that verifies what the party said in its defence checks that, after the notice that invited it
    name: 'an inspection verifying the party\'s defence after the notice is no investigation out of order',
    opts: { dates: { inspection: '2024-03-25' } },
    edit: (c) => (c.get('现场检查笔录').doc.lines[1].text = '当事人于2024年3月23日以面积测绘有误为由提出陈述申辩，检查时间：2024-03-25，我局实地进行了复测'),
    pairs: [{ before: '检查', after: '告知' }],
    status: 'pass',
    want: [],
  },
  {
    // …or one whose record states that purpose further down (检查目的：核实当事人陈述申辩中提出的…, bs-08)
    name: 'an inspection whose record says it checks the party\'s defence, after the notice: no investigation out of order',
    opts: { dates: { inspection: '2024-03-25' } },
    edit: (c) => c.get('现场检查笔录').line('执法人员出示执法证件，告知检查目的：核实当事人陈述申辩中提出的人证核验情况。'),
    pairs: [{ before: '检查', after: '告知' }],
    status: 'pass',
    want: [],
  },
  {
    // (…without that purpose, the same record after the notice is one)
    name: 'an inspection after the notice, its record naming no such purpose: out of order',
    opts: { dates: { inspection: '2024-03-25' } },
    edit: (c) => c.get('现场检查笔录').line('执法人员出示执法证件，告知检查目的：检查经营场所。'),
    pairs: [{ before: '检查', after: '告知' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: /^告知日期 2024-03-2\d 早于检查时间 2024-03-25/ }],
  },
  {
    name: 'inquiry long before filing stays a finding whatever the sector',
    opts: { dates: { inquiry: '2024-02-01T09:30' } },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', leeway: { days: 7, unit: 'working', ruleId: 'HB10-22/24' } }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open', message: '询问时间 2024-02-01 09:30 早于立案日期 2024-03-05' }],
  },
  {
    // 农业行政处罚程序规定 第三十四条第二款: evidence taken before 立案 may be used — an early inquiry may be lawful 核查
    name: 'inquiry long before filing at an agency whose sector rule admits evidence taken before filing: to verify',
    opts: { dates: { inquiry: '2024-02-01T09:30' } },
    edit: (c) => (c.agency = '某县农业农村局'),
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', permitted: [{ agencies: ['农业农村'], law: '农业行政处罚程序规定', provision: '第三十四条第二款' }] }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'verify', message: /^询问时间 2024-02-01 09:30 早于立案日期 2024-03-05；农业行政处罚程序规定第三十四条第二款准许/ }],
  },
  {
    // 北京市行政处罚听证程序实施办法 第二条: the hearing right is told before the investigation ends — a 听证告知书 before the
    // 调查终结报告 may be what that rule asks (bl-11)
    name: 'a Beijing agency\'s hearing notice before the investigation report: to verify, citing the local rule',
    opts: { dates: { notice: '2024-03-10' } },
    edit: hearingNoticeFirst('北京市朝阳区城市管理综合行政执法局'),
    pairs: [{ before: '调查终结', after: '告知', ruleId: 'CF-57a', permitted: [{ agencies: ['北京'], hasDocument: '听证告知书', law: '北京市行政处罚听证程序实施办法', provision: '第二条', says: '拟作出应当告知听证权利的处罚的，在案件调查终结前告知' }] }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'verify', message: /北京市行政处罚听证程序实施办法第二条规定拟作出应当告知听证权利的处罚的，在案件调查终结前告知，请核对本案是否适用$/ }],
  },
  {
    // (…and the rule asks for that order, requires: true, as the rubrics give it since bo-08 and bl-11: nothing to report)
    name: '…where the rule is marked as asking for the order: nothing reported',
    opts: { dates: { notice: '2024-03-10' } },
    edit: hearingNoticeFirst('北京市顺义区气象局'),
    pairs: [{ before: '调查终结', after: '告知', ruleId: 'CF-57a', permitted: [{ agencies: ['北京'], hasDocument: '听证告知书', law: '北京市行政处罚听证程序实施办法', provision: '第二条', says: '拟作出应当告知听证权利的处罚的，在案件调查终结前告知', requires: true }] }],
    status: 'pass',
    want: [],
  },
  {
    name: '…but with no hearing notice the order stands',
    opts: { dates: { notice: '2024-03-10' } },
    edit: (c) => {
      c.agency = '北京市朝阳区城市管理综合行政执法局'
      c.get('案件调查终结报告').date('2024-03-12', '调查终结', 0)
    },
    pairs: [{ before: '调查终结', after: '告知', ruleId: 'CF-57a', permitted: [{ agencies: ['北京'], hasDocument: '听证告知书', law: '北京市行政处罚听证程序实施办法', provision: '第二条', says: '拟作出应当告知听证权利的处罚的，在案件调查终结前告知' }] }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open' }],
  },
  {
    // a lone decision retelling the procedure (…2024年3月1日询问了当事人…): with no 询问笔录 in the folder, whether that
    // inquiry was lawful 核查 before 立案 cannot be told — undecided, not a finding
    name: 'an inquiry shortly before filing known only from the decision’s account: undetermined',
    edit: (c) => {
      c.drop('询问笔录')
      c.get('行政处罚决定书').date('2024-03-01', '询问开始', 1)
    },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', leeway: { days: 7, unit: 'working', ruleId: 'HB10-22/24' } }],
    status: 'undetermined',
    want: [{ kind: 'date-order', status: 'undetermined', message: /^询问时间 2024-03-01 早于立案日期 2024-03-05；相隔未超过7个工作日.*；该日期取自行政处罚决定书的叙述，案卷中没有询问笔录，无法判断/ }],
  },
  {
    name: 'an inquiry before filing at an agency whose sector rule admits it, known only from the decision: undetermined',
    edit: (c) => {
      c.agency = '某县农业农村局'
      c.drop('询问笔录')
      c.get('行政处罚决定书').date('2024-02-01', '询问开始', 1)
    },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', permitted: [{ agencies: ['农业农村'], law: '农业行政处罚程序规定', provision: '第三十四条第二款' }] }],
    status: 'undetermined',
    want: [{ kind: 'date-order', status: 'undetermined', message: /第三十四条第二款准许.*；该日期取自行政处罚决定书的叙述/ }],
  },
  {
    // no rule lets that inquiry precede 立案: the decision's own account of it is a finding
    name: 'an inquiry long before filing known only from the decision’s account stays a finding',
    edit: (c) => {
      c.drop('询问笔录')
      c.get('行政处罚决定书').date('2024-02-01', '询问开始', 1)
    },
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', leeway: { days: 7, unit: 'working', ruleId: 'HB10-22/24' } }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open', message: '询问时间 2024-02-01 早于立案日期 2024-03-05', docTypes: ['行政处罚决定书', '立案审批表'] }],
  },
  {
    name: 'the same rule does not cover another sector’s agency',
    opts: { dates: { inquiry: '2024-02-01T09:30' } },
    edit: (c) => (c.agency = '某市生态环境局'),
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54', permitted: [{ agencies: ['农业农村'], law: '农业行政处罚程序规定', provision: '第三十四条第二款' }] }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open', message: '询问时间 2024-02-01 09:30 早于立案日期 2024-03-05' }],
  },
  {
    // The record states its start twice: 询问时间 with the hour, and the date again in its closing line.
    name: 'a record dating the same early inquiry twice is one occurrence',
    opts: { dates: { inquiry: '2024-03-01T09:30' } },
    edit: (c) => c.get('询问笔录').date('2024-03-01', '询问开始', '询问时间'),
    pairs: [{ before: '立案', after: '询问开始', ruleId: 'CF-54' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '询问时间 2024-03-01 09:30 早于立案日期 2024-03-05', docTypes: ['询问笔录', '立案审批表'], field: '询问时间' }],
  },
  {
    name: 'inquiry on the filing day is in order (not strict)',
    opts: { dates: { inquiry: '2024-03-05T15:00' } },
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'pass',
    want: [],
  },
  {
    name: 'service before the decision',
    opts: { dates: { service: '2024-04-03' } },
    pairs: [{ before: '决定', after: '送达' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '送达时间 2024-04-03 10:30 早于决定日期 2024-04-08', docTypes: ['送达回证', '行政处罚决定书'], field: '送达时间' }],
  },
  {
    name: 'investigation ends after the notice (the notice date, not its service, is the earliest 告知)',
    opts: { dates: { end: '2024-03-23' } },
    pairs: [{ before: '调查终结', after: '告知' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '告知日期 2024-03-22 早于调查终结 2024-03-23', docTypes: ['行政处罚事先告知书', '案件调查终结报告'], field: '调查终结' }],
  },
  {
    name: 'strict: legal review on the decision day',
    opts: { major: true, dates: { decision: '2024-03-21' } },
    pairs: [{ before: '法制审核', after: '决定', strict: true, ruleId: 'CF-58' }],
    status: 'fail',
    want: [{ kind: 'date-order', message: '决定日期 2024-03-21 与审核日期 2024-03-21 同日（应在其后）', field: '审核日期' }],
  },
  {
    name: 'no 法制审核意见书: the pair does not apply',
    pairs: [{ before: '法制审核', after: '决定', strict: true }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'the 立案审批表 is there but its date was not read: undetermined, never a pass',
    edit: (c) => (c.get('立案审批表').facts.dates = []),
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'undetermined',
    want: [{ kind: 'date-order', status: 'undetermined', message: '无法核对立案日期不晚于询问时间：立案审批表中未读出立案日期' }],
  },
  {
    name: 'a month-only date against a day in the same month cannot be ordered',
    edit: (c) => {
      const d = c.get('立案审批表').facts.dates[0]
      Object.assign(d, { iso: '2024-03', precision: 'month' })
    },
    opts: { dates: { inquiry: '2024-03-02T10:00' } },
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'undetermined',
    want: [{ kind: 'date-order', status: 'undetermined', message: /精度不同/ }],
  },
  {
    name: 'a quoted date of another case is not this case’s date',
    edit: (c) => c.get('询问笔录').date('2024-02-01T10:00', '询问开始', '被询问人', { quoted: true }),
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'pass',
    want: [],
  },
  {
    name: 'the date of 立案 mentioned in the decision does not override the 立案审批表',
    edit: (c) => c.get('行政处罚决定书').date('2024-03-10', '立案', '经查'),
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'pass',
    want: [],
  },
  {
    name: 'a 送达回证 of the 告知书 is not the service of the decision',
    edit: (c) => {
      const r = c.add('送达回证', ['送达回证', '送达文书名称及文号：行政处罚事先告知书（杭西市监罚告〔2024〕12号）', '送达时间：2024-03-25'])
      r.field('送达文书名称及文号', '行政处罚事先告知书（杭西市监罚告〔2024〕12号）').date('2024-03-25', '送达', '送达时间')
    },
    pairs: [{ before: '决定', after: '送达' }],
    status: 'pass',
    want: [],
  },
  {
    // (a form that prints the case's number, the decision's, on every paper, and its entry as a table's cells; a notice of
    // the hearing right under a title the reader may not know, named by its own number)
    name: 'a 送达回证 of the 告知书 carrying the case number, its entry as cells or a title unknown, is not the service of the decision',
    edit: (c) => {
      for (const entry of ['送达文书名称 | 行政处罚事先告知书（杭西市监罚告〔2024〕12号）', '送达文书：林业行政处罚听证权利告知书（杭西市监听告〔2024〕12号）']) {
        c.add('送达回证', ['送达回证', '案件编号：杭西市监处罚〔2024〕12号', entry, '送达时间：2024-03-25']).caseNo('杭西市监处罚〔2024〕12号', false, 1).date('2024-03-25', '送达', '送达时间')
      }
    },
    pairs: [{ before: '决定', after: '送达' }],
    status: 'pass',
    want: [],
  },
  {
    name: 'the only 送达回证 serves the 告知书: the decision’s service is not in the file (missing-document reports it), no order defect',
    edit: (c) => {
      c.drop('送达回证')
      const r = c.add('送达回证', ['送达回证', '送达文书名称及文号：行政处罚事先告知书（杭西市监罚告〔2024〕12号）', '送达时间：2024-03-25'])
      r.field('送达文书名称及文号', '行政处罚事先告知书（杭西市监罚告〔2024〕12号）').date('2024-03-25', '送达', '送达时间')
    },
    pairs: [{ before: '决定', after: '送达' }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'condition: pair only for 普通程序, case is 简易程序',
    opts: { procedure: '简易程序', dates: { inquiry: '2024-03-01T09:30' } },
    pairs: [{ before: '立案', after: '询问开始', when: { procedure: ['普通程序'] } }],
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'low-confidence OCR: to verify',
    opts: { dates: { inquiry: '2024-03-01T09:30' } },
    edit: (c) => {
      c.get('询问笔录').facts.dates[0].evidence.confidence = 0.62
    },
    pairs: [{ before: '立案', after: '询问开始' }],
    status: 'fail',
    want: [{ kind: 'date-order', status: 'verify' }],
  },
]

describe('date-order', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, P(r.pairs)), r.status, r.want)
    })
  }
})

describe('date-order: a date OCR may have misread', () => {
  const PAIR = P([{ before: '告知', after: '决定', strict: true }])
  const late = (c: CaseBuilder, ocr: boolean) => {
    const n = c.get('行政处罚事先告知书')
    const f = n.facts.dates[0]
    f.iso = '2024-10-20'
    if (ocr) f.evidence.confidence = 0.95
  }
  it('contradicted by another date of its own document (its service): to verify', () => {
    const c = lawfulCase()
    late(c, true)
    expectItem(run(c, PAIR), 'fail', [{ kind: 'date-order', status: 'verify', message: /早于告知日期 2024-10-20；同一文书中的另一日期与之矛盾，可能为识读错误，请核对原件$/ }])
  })
  it('the same date in a text document is a sure defect', () => {
    const c = lawfulCase()
    late(c, false)
    expectItem(run(c, PAIR), 'fail', [{ kind: 'date-order', status: 'open', message: /早于告知日期 2024-10-20$/ }])
  })
  it('read off a scan with high confidence and nothing against it: still to verify, the page the judge (a digit misread at 0.99 reads as sure)', () => {
    const c = lawfulCase()
    const n = c.get('行政处罚事先告知书')
    n.facts.dates = [{ ...n.facts.dates[0], iso: '2024-10-20', evidence: { ...n.facts.dates[0].evidence, confidence: 0.99 } }]
    expectItem(run(c, PAIR), 'fail', [{ kind: 'date-order', status: 'verify', message: /早于告知日期 2024-10-20；所据日期或期限系扫描件的文字识别结果，请对照原件核对$/ }])
  })
})

describe('date-order: dates only a document of unknown kind tells', () => {
  it('a news item telling the decision before the notice: undetermined, said why (an account is no record)', () => {
    const c = new CaseBuilder()
    const d = c.add('其他', ['近日，某局向当事人送达了行政处罚事先告知书。', '此前，该局已于2024年3月1日对当事人作出处罚决定。'])
    d.date('2024-03-05', '告知', '事先告知书')
    d.date('2024-03-01', '决定', '处罚决定')
    expectItem(run(c, P([{ before: '告知', after: '决定', strict: true }])), 'undetermined', [{ kind: 'date-order', status: 'undetermined', message: /早于告知日期 2024-03-05；所据日期均取自未能归类的文书（其他）中的叙述，并非程序文书本身的记载，无法据以判断/ }])
  })
})

describe('date-order: both steps told in sentences of one decision', () => {
  // which step a date of a decision's account names is inferred from its sentence, right about three times in four on
  // real decisions: two such dates prove no order
  it('an inquiry and a filing told in the decision’s account: undetermined, said why', () => {
    const c = new CaseBuilder()
    const d = c.add('行政处罚决定书', ['行政处罚决定书', '2024年3月1日，本局执法人员对当事人进行了调查，当事人如实陈述了经营情况。', '本局于2024年3月5日立案调查，现已调查终结。', '本局决定罚款人民币五千元。', '2024年3月20日'])
    d.date('2024-03-01', '询问开始', 1)
    d.date('2024-03-05', '立案', 2)
    expectItem(run(c, P([{ before: '立案', after: '询问开始', ruleId: 'CF-54' }])), 'undetermined', [{ kind: 'date-order', status: 'undetermined', message: /^询问时间 2024-03-01 早于立案日期 2024-03-05；两个日期均取自行政处罚决定书叙述中的句子（非栏目或落款）/ }])
  })
  it('an inquiry before filing known only from the decision’s list of evidence, the record not in the folder: undetermined', () => {
    const c = new CaseBuilder()
    const d = c.add('行政处罚决定书', ['行政处罚决定书', '立案日期：2024年3月5日', '上述事实，由以下证据证实：', '（7）2024年3月1日询问罗某笔录，证明当事人组织实施协议的事实。', '本局决定罚款人民币五千元。', '2024年3月20日'])
    d.date('2024-03-05', '立案', 1)
    d.date('2024-03-01', '询问开始', 3)
    expectItem(run(c, P([{ before: '立案', after: '询问开始', ruleId: 'CF-54' }])), 'undetermined', [{ kind: 'date-order', status: 'undetermined', message: /所列证据，该笔录可能由其他机关在本机关立案前制作并移交，案卷中没有该笔录，无法判断/ }])
  })
  it('the decision’s own date on its closing line before a notice its account tells: still a finding', () => {
    const c = new CaseBuilder()
    const d = c.add('行政处罚决定书', ['行政处罚决定书', '本局于2024年3月25日向当事人送达了《行政处罚事先告知书》，当事人未提出陈述申辩。', '本局决定罚款人民币五千元。', '2024年3月20日'])
    d.date('2024-03-25', '告知', 1)
    d.date('2024-03-20', '决定', 3)
    expectItem(run(c, P([{ before: '告知', after: '决定', strict: true }])), 'fail', [{ kind: 'date-order', status: 'open', message: /^决定日期 2024-03-20 早于告知日期 2024-03-25$/ }])
  })
})

describe('a form box outranks its narrative', () => {
  it('检查时间 in its box, an earlier day mentioned in the 检查情况: the box is the inspection date', () => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.line('检查情况：经查，当事人于2023年12月26日起在店内销售过期食品。')
    d.date('2023-12-26', '检查', '检查情况')
    const out = run(c, { kind: 'date-order', params: { pairs: [{ before: '立案', after: '检查' }] } })
    expect(out.findings.map((f) => f.message)).toEqual([])
  })
})

describe('a form signed box by box', () => {
  it('the 立案审批表 date signed under 同意立案 is the filing date', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    d.facts.dates = []
    d.line('承办人意见 建议立案查处。承办人：王晓明 2024年3月1日')
    d.line('承办机构审核意见 同意立案，由王晓明、李建国承办。签名：张三 2024年3月20日')
    d.date('2024-03-01', '其他', '2024年3月1日', { text: '2024年3月1日' })
    d.date('2024-03-20', '其他', '2024年3月20日', { text: '2024年3月20日' })
    const out = run(c, { kind: 'date-order', params: { pairs: [{ before: '立案', after: '询问开始' }] } })
    expect(out.findings.map((f) => f.message)).toEqual([expect.stringMatching(/早于立案日期 2024-03-20/)])
  })
})

describe('a decision the same day as the notice', () => {
  const SAME_DAY = P([{ before: '告知', after: '决定', strict: true, ruleId: 'CF-44' }])
  const sameDay = () => {
    const c = lawfulCase({ statement: false, dates: { notice: '2024-03-25', noticeServed: '2024-03-25', decision: '2024-03-25', service: '2024-03-26' } })
    return c
  }
  it('is out of order while the party may still state its case', () => {
    expectItem(run(sameDay(), SAME_DAY), 'fail', [{ kind: 'date-order', message: /同日（应在其后）/ }])
  })
  it('is in order once the party answered the notice\'s record that it will not state its case (答：不提出陈述和申辩)', () => {
    const c = sameDay()
    c.get('行政处罚事先告知书').line('问：对上述告知内容，你是否提出陈述和申辩？')
    c.get('行政处罚事先告知书').line('答：不提出陈述和申辩。')
    expectItem(run(c, SAME_DAY), 'pass', [])
  })
  it('…but not where the answer waives only the hearing', () => {
    const c = sameDay()
    c.get('行政处罚事先告知书').line('答：我不要求听证。')
    expectItem(run(c, SAME_DAY), 'fail', [{ kind: 'date-order' }])
  })
})

describe('the record of a re-check, and an answer waiving the statement', () => {
  it('a 现场检查笔录 whose title\'s remark （复查） stands on the line under it is a re-check, not compared with the notice', () => {
    const c = lawfulCase()
    c.add('现场检查笔录', ['现场检查（勘察）笔录', '（复查）', '检查时间：2024-04-15 14:00', '复查情况：已改正。']).date('2024-04-15T14:00', '检查', '检查时间')
    expectItem(run(c, P([{ before: '检查', after: '告知' }])), 'pass', [])
  })
  it('答：没有意见，不陈述申辩 waives the statement: a same-day decision is in order', () => {
    const c = lawfulCase({ statement: false, dates: { notice: '2024-03-25', noticeServed: '2024-03-25', decision: '2024-03-25', service: '2024-03-26' } })
    c.get('行政处罚事先告知书').line('问：对上述告知内容，你是否提出陈述和申辩？').line('答：没有意见，不陈述申辩。')
    expectItem(run(c, P([{ before: '告知', after: '决定', strict: true, ruleId: 'CF-44' }])), 'pass', [])
  })
})

describe('a filing form\'s 审核 after an on-the-spot decision', () => {
  it('is no 法制审核 before the decision (简易程序行政处罚案件备案登记表 │审核人│… the day after)', () => {
    const c = lawfulCase({ dates: { decision: '2024-07-16' } })
    const f = c.add('其他', ['简易程序行政处罚案件备案登记表', '│备案日期│2024年7月17日│', '│审核人│张海燕（法制科）  2024年7月17日│']).date('2024-07-17', '法制审核', '审核人')
    f.doc.title = '简易程序行政处罚案件备案登记表'
    const out = run(c, P([{ before: '法制审核', after: '决定' }]))
    expect(out.findings.filter((f) => /审核日期 2024-07-17/.test(f.message))).toEqual([])
  })
})

describe('date-order: a paper served before the day it bears (servedPapers)', () => {
  const SERVED = { kind: 'date-order', params: { pairs: [{ before: '决定', after: '送达' }], servedPapers: ['行政处罚事先告知书'] } }
  const withReceipt = (day: string) => {
    const c = lawfulCase()
    c.add('送达回证', ['送达回证', '送达文书：行政处罚告知书（杭西市监罚告〔2024〕12号）', `收到时间：${day}`]).field('送达文书', '行政处罚告知书（杭西市监罚告〔2024〕12号）').date(day, '告知', '收到时间')
    return c
  }
  it('a 告知书 dated 2024-03-22 signed for on 2024-03-19 (bp-03)', () => {
    expectItem(run(withReceipt('2024-03-19'), SERVED), 'fail', [{ kind: 'date-order', status: 'open', message: /^送达回证记载行政处罚事先告知书的送达时间 2024-03-19 早于行政处罚事先告知书本身的日期 2024-03-22/ }])
  })
  it('…signed for on its own day or later: nothing', () => {
    expectItem(run(withReceipt('2024-03-22'), SERVED), 'pass', [])
    expectItem(run(withReceipt('2024-03-25'), SERVED), 'pass', [])
  })
})

describe('date-order: a decision revoked on review and made again (bs-09, bt-05)', () => {
  const PAIRS = P([{ before: '告知', after: '决定', strict: true }, { before: '法制审核', after: '决定' }, { before: '决定', after: '送达' }])
  // the first decision of 2024-04-08, served 04-08; revoked on review; a new notice of 2024-09-18 and a new decision of 09-26
  const redecided = (revoked: boolean) => {
    const c = lawfulCase()
    if (revoked) {
      const r = c.add('其他', ['株洲市渌口区人民政府', '行政复议决定书', '一、撤销被申请人作出的杭西市监处罚〔2024〕12号行政处罚决定；', '二、责令被申请人自收到本决定书之日起六十日内重新作出行政处罚决定。', '2024年8月26日'])
      r.doc.title = '行政复议决定书'
    }
    c.add('法制审核意见书', ['法制审核意见书', '审核意见：同意', '审核日期：2024-09-12']).date('2024-09-12', '法制审核', '审核日期')
    c.add('行政处罚事先告知书', ['行政处罚事先告知书', '2024-09-18']).date('2024-09-18', '告知', 1)
    c.add('行政处罚决定书', ['行政处罚决定书', '2024-09-26']).date('2024-09-26', '决定', 1)
    return c
  }
  it('the revoked round\'s papers are not set against the new round\'s: no finding', () => {
    const out = run(redecided(true), PAIRS)
    expect(out.findings.map((f) => f.message)).toEqual([])
  })
  it('…but two decisions with no paper revoking the first: the first one before the later notice and review is a finding', () => {
    const out = run(redecided(false), PAIRS)
    expect(out.findings.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^决定日期 2024-04-08 早于告知日期 2024-09-18/), expect.stringMatching(/^决定日期 2024-04-08 早于审核日期 2024-09-12/)]))
  })
})

describe('a 审核 signed on a paper other than a legal review, after the decision (bs-06: 加处罚款计算说明 … 审核：高志刚)', () => {
  it('is no 法制审核 set against the decision; a legal review dated after it stays a finding', () => {
    const c = lawfulCase()
    const s = c.add('其他', ['加处罚款计算说明', '计算人：杨帆　于海洋　2024年5月7日　　审核：高志刚　2024年5月7日']).date('2024-05-07', '法制审核', 1)
    s.doc.title = '加处罚款计算说明'
    expect(run(c, P([{ before: '法制审核', after: '决定' }])).findings).toEqual([])
    const l = lawfulCase()
    l.add('其他', ['案件处理呈批表', '法制审核意见：同意。钱文杰　2024年5月7日']).date('2024-05-07', '法制审核', 1)
    expect(run(l, P([{ before: '法制审核', after: '决定' }])).findings.map((f) => f.message)).toEqual([expect.stringMatching(/^决定日期 2024-04-08 早于审核日期 2024-05-07/)])
  })
})

describe('a receipt signed on another paper, no 送达回证 in the file (bu-04)', () => {
  // the decision bears its own receipt at its foot; a 先行登记保存物品处理决定书 before it bears its own
  const noReceiptForm = (withOtherPaper: boolean) => {
    const c = lawfulCase().drop('送达回证')
    c.get('行政处罚决定书').doc.lines.push({ text: '送达回证：签收：陈立　2024年4月10日', page: 1, lineNo: 99, confidence: 1 } as never)
    c.get('行政处罚决定书').date('2024-04-10', '送达', '送达回证：签收')
    if (withOtherPaper) {
      const o = c.add('其他', ['先行登记保存物品处理决定书', '对2024年3月5日先行登记保存的物品，本局决定转为没收处理程序。', '（某局印章）　2024年3月20日　签收：陈立　2024年3月20日'])
      o.doc.title = '先行登记保存物品处理决定书'
      o.date('2024-03-20', '送达', 2)
    }
    return c
  }
  const PAIR = P([{ before: '决定', after: '送达' }])
  it('is that paper\'s own service, not the decision\'s: no finding', () => {
    expect(run(noReceiptForm(true), PAIR).findings).toEqual([])
  })
  it('…while a service another paper tells in a sentence is still the decision\'s', () => {
    const c = noReceiptForm(true)
    c.add('其他', ['情况说明', '本案行政处罚决定书于2024年4月2日直接送达当事人。']).date('2024-04-02', '送达', 1)
    expect(run(c, PAIR).findings.map((f) => f.message)).toEqual([expect.stringMatching(/^送达时间 2024-04-02 早于决定日期 2024-04-08/)])
  })
})

describe('a receipt date a 情况说明 says was miswritten, quoted without its year (ca-04: 误写为“10月27日”)', () => {
  it('is no day of service', () => {
    const SERVED = { kind: 'date-order', params: { pairs: [{ before: '决定', after: '送达' }], servedPapers: ['行政处罚事先告知书'] } }
    const c = lawfulCase()
    c.add('送达回证', ['送达回证', '送达文书：行政处罚告知书（杭西市监罚告〔2024〕12号）', '收到时间：2024-03-19']).field('送达文书', '行政处罚告知书（杭西市监罚告〔2024〕12号）').date('2024-03-19', '告知', '收到时间')
    expect(run(c, SERVED).findings.map((f) => f.kind)).toEqual(['date-order'])
    c.add('其他', ['关于送达回证签收日期的情况说明', '受委托人签收时将日期误写为“3月19日”，经核实实际送达时间为2024年3月22日。'])
    expect(run(c, SERVED).findings).toEqual([])
  })
})
