import { describe, expect, it } from 'vitest'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { ItemStatus } from '../../shared/types'
import { lawfulCase, run, PARTY, CODE, CaseBuilder } from './build'
import { expectItem, type Want } from './expect'

type Fields = CheckKindParams['required-fields']
const RF = (p: Fields) => ({ kind: 'required-fields', params: p })

const fieldRows: { name: string; edit?: (c: CaseBuilder) => void; p: Fields; status: ItemStatus; want: Want[] }[] = [
  { name: 'filled form fields', p: { docType: '立案审批表', fields: ['案由'] }, status: 'pass', want: [] },
  {
    name: 'a 案由 read blank',
    edit: (c) => {
      const d = c.get('立案审批表')
      d.doc.lines[3].text = '案由：'
      d.facts.fields[0].value = ''
    },
    p: { docType: '立案审批表', fields: ['案由'] },
    status: 'fail',
    want: [{ kind: 'missing-field', message: '立案审批表的“案由”一栏为空', field: '案由', docTypes: ['立案审批表'] }],
  },
  {
    name: 'a blank 受送达人 on the 送达回证',
    edit: (c) => {
      const d = c.get('送达回证')
      d.facts.fields.find((f) => f.label === '受送达人')!.value = ' '
      d.facts.parties = []
    },
    p: { docType: '送达回证', fields: ['受送达人', '送达方式'] },
    status: 'fail',
    want: [{ kind: 'missing-field', message: '送达回证的“受送达人”一栏为空', field: '受送达人' }],
  },
  {
    name: 'the decision’s remedies (救济途径) stated in running text',
    p: { docType: '行政处罚决定书', fields: ['救济途径', '履行方式', '当事人'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a 询问时间 whose end precedes its start (…10时05分至…09时40分)',
    edit: (c) => {
      const d = c.get('询问笔录')
      const f = d.facts.dates.find((x) => x.role === '询问开始')!
      f.endIso = f.iso.slice(0, 10) + 'T06:00'
    },
    p: { docType: '询问笔录', fields: ['询问时间', '被询问人'] },
    status: 'fail',
    want: [{ kind: 'date-order', status: 'open', message: /询问笔录的“询问时间”记载的结束时间 \S+ 06:00 早于开始时间/, field: '询问时间', docTypes: ['询问笔录'] }],
  },
  {
    name: 'the decision without remedies',
    edit: (c) => c.get('行政处罚决定书').doc.lines.splice(11, 1),
    p: { docType: '行政处罚决定书', fields: ['救济途径'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '行政处罚决定书未见“救济途径”的内容', field: '救济途径' }],
  },
  {
    name: 'remedies in other words (提出复议申请, 向某区法院起诉) are stated',
    edit: (c) => {
      c.get('行政处罚决定书').doc.lines[11].text = '如对本决定不服，可在接到本决定书之日起六十日内向杭州市西湖区人民政府提出复议申请，或在六个月内向西湖区法院起诉。'
    },
    p: { docType: '行政处罚决定书', fields: ['救济途径'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a penalty of 行政拘留 or 暂扣 (行政处罚法 第九条) is a penalty stated',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.doc.lines[7].text = '……'
      d.doc.lines[9].text = '决定对当事人行政拘留五日，暂扣其许可证件三个月。'
      d.doc.lines[10].text = '执行方式：送杭州市拘留所执行。'
      d.facts.amounts = d.facts.amounts.filter((a) => a.role !== '罚款' || a.quoted)
    },
    p: { docType: '行政处罚决定书', fields: ['处罚内容'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'no penalty of any kind in the text: 处罚内容 missing',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.doc.lines.splice(7, 4)
      d.doc.lines.splice(d.doc.lines.findIndex((l) => l.text.includes('缴纳罚款')), 1)
    },
    p: { docType: '行政处罚决定书', fields: ['处罚内容'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '行政处罚决定书未见“处罚内容”的内容', field: '处罚内容' }],
  },
  {
    name: 'the basis given as 依《…》 with no penalty article read: stated',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.doc.lines[7].text = '……'
      d.doc.lines[8].text = '依《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：'
      d.facts.citations = d.facts.citations.filter((x) => x.role !== 'penalty')
    },
    p: { docType: '行政处罚决定书', fields: ['处罚依据'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a label never seen on a form that may name it differently: undetermined',
    p: { docType: '立案审批表', fields: ['立案依据'] },
    status: 'undetermined',
    want: [{ kind: 'missing-field', status: 'undetermined', message: '立案审批表未见“立案依据”一栏（表格可能以其他名称记载），请人工核对' }],
  },
  { name: '立案时间 is stated by the form’s 立案日期', p: { docType: '立案审批表', fields: ['立案时间'] }, status: 'pass', want: [] },
  {
    name: 'the document is absent: not applicable (reported by required-documents)',
    edit: (c) => c.drop('立案审批表'),
    p: { docType: '立案审批表', fields: ['案由'] },
    status: 'not-applicable',
    want: [],
  },
  {
    name: 'a label with nothing after its colon (no field read): blank',
    edit: (c) => c.get('询问笔录').line('询问地点：'),
    p: { docType: '询问笔录', fields: ['询问地点'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '询问笔录的“询问地点”一栏为空' }],
  },
  {
    // (the recogniser may have left out what was written in the box: a hand-filled value, faint print, a publisher's mask)
    name: 'a label with nothing after its colon, read off a scan: to verify, not certain',
    edit: (c) => {
      const d = c.get('询问笔录')
      d.line('询问地点：')
      d.doc.lines.forEach((l) => (l.confidence = 0.93))
    },
    p: { docType: '询问笔录', fields: ['询问地点'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'verify', message: '询问笔录的“询问地点”一栏为空；所据为扫描件的文字识别结果，栏中手写或淡印的内容可能未被识别，请对照原件' }],
  },
  {
    name: 'a bare label on a form that writes values beside labels, next line another label: blank',
    edit: (c) => {
      const d = c.get('立案审批表')
      d.doc.lines[3].text = '案由'
      d.facts.fields = []
    },
    p: { docType: '立案审批表', fields: ['案由'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '立案审批表的“案由”一栏为空' }],
  },
  {
    name: 'the form’s box is blank though the signature block repeats the label with a name',
    edit: (c) => {
      const d = c.get('询问笔录')
      d.doc.lines[2].text = '被询问人：'
      d.facts.fields = []
      d.line('被询问人：陈立    询问人：王晓明、李建国')
    },
    p: { docType: '询问笔录', fields: ['被询问人'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '询问笔录的“被询问人”一栏为空' }],
  },
  {
    name: 'a bare label followed by a line that may be its value: to verify',
    edit: (c) => c.get('询问笔录').line('询问地点').line('杭州市西湖区文三路90号执法办案区，当事人在场。'),
    p: { docType: '询问笔录', fields: ['询问地点'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'verify', message: '询问笔录的“询问地点”一栏为空' }],
  },
  {
    name: 'an opinion box whose text stands on the line under its label and colon (承办人意见： / 建议立案调查。)',
    edit: (c) => c.get('立案审批表').line('承办人意见：').line('建议立案调查。').line('承办人：王晓明'),
    p: { docType: '立案审批表', fields: ['承办人意见'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'an opinion box with only a date under its label: its opinion unread, to verify',
    edit: (c) => c.get('立案审批表').line('承办人意见：').line('2024年3月5日'),
    p: { docType: '立案审批表', fields: ['承办人意见'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'verify', message: /只见日期/ }],
  },
  {
    name: 'a box of printed options none of which reads as ticked: to verify (the tick may be lost); one ticked: filled',
    edit: (c) => c.get('立案审批表').line('案件来源：□投诉 □举报 □监督检查 □移送'),
    p: { docType: '立案审批表', fields: ['案件来源'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'verify', message: /各选项均未见勾选/ }],
  },
  {
    name: 'a box of printed options with one ticked is filled',
    edit: (c) => c.get('立案审批表').line('案件来源：□投诉 □举报 ☑监督检查 □移送'),
    p: { docType: '立案审批表', fields: ['案件来源'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a blank 送达人 on service by post: not asserted, saying why',
    edit: (c) => {
      const d = c.get('送达回证')
      d.line('送达方式：邮寄送达（EMS单号：1234567890123）').line('送达人：')
    },
    p: { docType: '送达回证', fields: ['送达人'] },
    status: 'undetermined',
    want: [{ kind: 'missing-field', status: 'undetermined', message: /邮寄、公告或电子送达）不经送达人/ }],
  },
  // …the post ticked among the form's printed ways of service; but with service in person ticked, the blank is a finding
  ...([
    ['□直接送达　□留置送达　☑邮寄送达　□公告送达', 'undetermined', { kind: 'missing-field', status: 'undetermined', message: /不经送达人/ }],
    ['☑直接送达　□留置送达　□邮寄送达　□公告送达', 'fail', { kind: 'missing-field', status: 'open', message: '送达回证的“送达人”一栏为空' }],
  ] as const).map(([ways, status, want]) => ({
    name: `a blank 送达人 with ${ways}`,
    edit: (c: CaseBuilder) => void c.get('送达回证').line(`送达方式：${ways}`).line('送达人：____________'),
    p: { docType: '送达回证' as const, fields: ['送达人'] },
    status,
    want: [want],
  })),
  {
    name: 'a blank 受送达人 row beside a filled 受送达人签名或盖章 row, no field read',
    edit: (c) => {
      const d = c.get('送达回证')
      d.doc.lines[2].text = '受送达人：'
      d.facts.fields = d.facts.fields.filter((f) => f.label !== '受送达人')
    },
    p: { docType: '送达回证', fields: ['受送达人'] },
    status: 'fail',
    want: [{ kind: 'missing-field', status: 'open', message: '送达回证的“受送达人”一栏为空', field: '受送达人' }],
  },
  {
    name: 'two cells on a line: each label has its own value',
    edit: (c) => c.get('询问笔录').line('被询问人：陈立    询问人：王晓明、李建国'),
    p: { docType: '询问笔录', fields: ['询问人'] },
    status: 'pass',
    want: [],
  },
]

describe('required-fields: a value the line break carried to the next line', () => {
  const CODE_FIELD = RF({ docType: '行政处罚决定书', fields: ['统一社会信用代码'] })
  const wrap = (next: string) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[2].text = `当事人名称：${PARTY}，统一社会信用代码：`
    d.doc.lines[3].text = next
    d.facts.fields.push({ label: '统一社会信用代码', value: '', evidence: d.ev(2) })
    return c
  }
  it('the code at the start of the next line fills the box', () => {
    expectItem(run(wrap(`${CODE}，法定代表人：陈立，住所：杭州市西湖区某路1号。`), CODE_FIELD), 'pass', [])
  })
  // (the 当事人 box read blank on line 2, the lines given as printed)
  const partyBox = (line2: string, line3: string) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[2].text = line2
    d.doc.lines[3].text = line3
    d.facts.fields.push({ label: '当事人', value: '', evidence: d.ev(2) })
    return run(c, RF({ docType: '行政处罚决定书', fields: ['当事人'] }))
  }
  it('当事人： heading a block whose next line names the party (姓名：刘永根) is filled', () => {
    expectItem(partyBox('当事人：', '姓名：刘永根'), 'pass', [])
    expectItem(partyBox('当事人：', '经调查，你在未经批准的情况下擅自滥伐林木。'), 'fail', [{ kind: 'missing-field', field: '当事人' }])
  })
  it('a label broken where the page wraps (…住所 / (住址):湖南省…) is no blank box; a bare label the next line does not go on is', () => {
    const ADDR = RF({ docType: '行政处罚决定书', fields: ['地址'] })
    const box = (line2: string, line3: string) => {
      const c = lawfulCase()
      const d = c.get('行政处罚决定书')
      d.doc.lines[2].text = line2
      d.doc.lines[3].text = line3
      return run(c, ADDR)
    }
    expectItem(box(`当事人:${PARTY} 统一社会信用代码:${CODE} 住所`, '(住址):湖南省益阳市安化县城南区某路1号 法定代表人:王某'), 'pass', [])
    // (…or a full line ending on the label's colon, the value opening the next line: a scan of a paragraph the page's
    // width broke after 地址：; a short line so ending leaves the box blank)
    const scanned = (labelLineWidth: number) => {
      const c = lawfulCase()
      const d = c.get('行政处罚决定书')
      d.doc.lines[2].text = `当事人:${PARTY} 统一社会信用代码:${CODE} 住所:`
      d.doc.lines[3].text = '湖南省益阳市安化县城南区某路1号。'
      d.doc.lines.forEach((l) => (l.confidence = 0.98))
      d.doc.lines[2].bbox = { ...d.doc.lines[2].bbox, w: labelLineWidth }
      return run(c, ADDR)
    }
    expectItem(scanned(400), 'pass', [])
    // (…to verify: read off a scan, the box may hold what the recogniser left out)
    expectItem(scanned(150), 'fail', [{ kind: 'missing-field', field: '地址', status: 'verify' }])
    expectItem(box(`当事人:${PARTY} 统一社会信用代码:${CODE} 住所:`, '法定代表人:王某 联系电话:0737-4221234'), 'fail', [{ kind: 'missing-field', field: '地址', status: 'open' }])
    // (…unless the copy is one redacted for publication, 430923************: the publisher may have cleared the box)
    expectItem(box(`当事人:${PARTY} 统一社会信用代码:${CODE} 住所:`, '法定代表人:王某 身份证件号码:430923************'), 'undetermined', [{ kind: 'missing-field', field: '地址', status: 'undetermined' }])
  })
  it('a next line that is not a code leaves the box blank', () => {
    expectItem(run(wrap('法定代表人：陈立，住所：杭州市西湖区某路1号。'), CODE_FIELD), 'fail', [{ kind: 'missing-field', field: '统一社会信用代码' }])
  })
  it('当事人： heading its sub-boxes on the same line (当事人: 姓名:刘永根) is filled; a sub-box left blank is not', () => {
    expectItem(partyBox('当事人: 姓名:刘永根', '住址:广东省增城市某路87号 联系方式:139******63'), 'pass', [])
    expectItem(partyBox('当事人: 姓名:', '住址:广东省增城市某路87号 联系方式:139******63'), 'fail', [{ kind: 'missing-field', field: '当事人' }])
  })
})

describe('required-fields: an on-the-spot decision filed beside the case\'s own', () => {
  it('is not asked for what the case\'s decision states (cs-03, ct-06)', () => {
    const onSpot = ['当场行政处罚决定书', '当事人：陈立', '处罚决定：警告，罚款200元，当场收缴。']
    const c = lawfulCase()
    c.add('行政处罚决定书', onSpot)
    c.docs.at(-1)!.doc.title = '当场行政处罚决定书'
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'pass', [])
    // (…but where it is the case's only decision, it is)
    const d = lawfulCase()
    d.drop('行政处罚决定书')
    d.add('行政处罚决定书', onSpot)
    d.docs.at(-1)!.doc.title = '当场行政处罚决定书'
    expect(run(d, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })).findings.map((f) => f.kind)).toContain('missing-field')
  })
})

describe('required-fields: simple procedure', () => {
  it('a 简易程序 decision need not state the evidence (行政处罚法 第五十二条)', () => {
    const c = lawfulCase({ procedure: '简易程序' })
    const d = c.get('行政处罚决定书')
    d.doc.lines[5].text = '违法事实：当事人经营超过保质期的预包装食品。'
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['证据', '违法事实'] })), 'pass', [])
    const o = lawfulCase()
    o.get('行政处罚决定书').doc.lines[5].text = '违法事实：当事人经营超过保质期的预包装食品。'
    // 证据 is written in too many ways for a missing word to prove a missing content: a person looks
    expectItem(run(o, RF({ docType: '行政处罚决定书', fields: ['证据'] })), 'fail', [{ kind: 'missing-field', status: 'verify', message: '行政处罚决定书未见写明“证据”的常见表述，请人工核对是否载明' }])
  })
})

describe('required-fields: a case closed by a 不予行政处罚决定书 (orInstead)', () => {
  const E3 = RF({ docType: '行政处罚决定书', fields: ['救济途径', '处罚内容'], orInstead: { docType: '不予行政处罚决定书', fields: ['违法事实', '救济途径'] } })
  const closedWithout = (lines: string[]) => {
    const c = lawfulCase()
    c.drop('行政处罚决定书')
    c.add('不予行政处罚决定书', ['不予行政处罚决定书', '当事人：杭州某某食品有限公司', '经查，当事人未按规定明码标价，系首次违法且危害后果轻微，已及时改正。', ...lines])
    return c
  }
  it('asks that paper its own fields: no remedies told is a missing field (ci-01, cj-01)', () => {
    expectItem(run(closedWithout(['依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。']), E3), 'fail', [{ kind: 'missing-field', field: '救济途径', message: '不予行政处罚决定书未见“救济途径”的内容' }])
    expectItem(run(closedWithout(['本局决定不予行政处罚。', '如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。']), E3), 'pass', [])
  })
  it('not where the file holds the decision itself', () => {
    const c = lawfulCase()
    c.add('不予行政处罚决定书', ['不予行政处罚决定书', '本局决定对其中一项不予行政处罚。'])
    expectItem(run(c, E3), 'pass', [])
  })
})

describe('required-fields: an opinion box holding only its date', () => {
  it('机关负责人审批意见 (the office before the box’s name) with only a date: to verify, not blank', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    d.line('机关负责人审批意见 2024 年 10 月 8 日')
    d.facts.fields.push({ label: '机关负责人审批意见', value: '2024 年 10 月 8 日', evidence: d.ev(d.doc.lines.length - 1) })
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['负责人意见'] })), 'fail', [
      { kind: 'missing-field', status: 'verify', message: '立案审批表的“负责人意见”一栏只见日期（2024 年 10 月 8 日），未见意见内容，请核对（手写意见可能未被识别）' },
    ])
  })
})

describe('required-fields: a transcript’s questions and answers', () => {
  const Q = RF({ docType: '询问笔录', fields: ['询问内容'] })
  const transcript = (lines: string[]) => {
    const c = lawfulCase()
    const d = c.get('询问笔录')
    d.doc.lines = d.doc.lines.slice(0, 5).concat(lines.map((text, i) => ({ ...d.doc.lines[4], text, line: i + 5 })), d.doc.lines.slice(5))
    return c
  }
  it('问：/答：', () => expectItem(run(transcript(['问：你单位现场的情况是否属实？', '答：属实。']), Q), 'pass', []))
  it('speakers named (询问人：…？ / 被询问人：…)', () => {
    expectItem(run(transcript(['询问人：你单位现场的情况是否属实？', '被询问人：属实。']), Q), 'pass', [])
  })
  it('a form with the speakers’ names only holds no questions', () => {
    expectItem(run(transcript([]), Q), 'fail', [{ kind: 'missing-field', status: 'open', field: '询问内容' }])
  })
})

describe('required-fields: the decision’s facts and payment as real decisions write them', () => {
  const decision = (lines: string[]) => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.slice(0, 3).concat(lines.map((text, i) => ({ ...d.doc.lines[3], text, line: i + 3 })))
    d.facts.amounts = []
    return c
  }
  const FACTS = RF({ docType: '行政处罚决定书', fields: ['违法事实'] })
  it('facts told under no heading, before the legal basis, are facts', () => {
    const c = decision([
      '2017年7月11日，某项目在施工过程中发生整体坍塌，造成8人死亡。',
      '你公司作为施工总承包单位，未设立项目管理机构或配备相关安全管理人员对施工现场进行有效管理，在该起事故中负有主要管理责任。',
      '依据《中华人民共和国建筑法》第七十一条第一款的规定，我部决定责令你公司停业整顿90日。',
    ])
    expectItem(run(c, FACTS), 'pass', [])
  })
  it('a line whose characters a scan spaced out (如 不 服 本 决 定 ， 可 申 请 行 政 复 议) still states the remedies', () => {
    const c = decision(['经查，你公司未设立项目管理机构。依据《中华人民共和国建筑法》第七十一条第一款的规定，我部决定责令你公司停业整顿90日。', '如 不 服 本 决 定 ， 可 在 六 十 日 内 申 请 行 政 复 议 。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'pass', [])
  })
  it('the party’s act told with its day and the law it breaks in one sentence is the facts (a notice’s one paragraph)', () => {
    const c = decision(['你公司经营的星耀KTV于2024年4月20日接纳未成年人，依据《娱乐场所管理条例》第四十八条第（三）项，本局拟并处罚款15000元。'])
    expectItem(run(c, FACTS), 'pass', [])
  })
  it('a decision going from the party straight to its legal basis is asked about, not condemned', () => {
    const c = decision(['依据《中华人民共和国建筑法》第七十一条第一款的规定，我部决定责令你公司停业整顿90日。'])
    expectItem(run(c, FACTS), 'fail', [{ kind: 'missing-field', status: 'verify', field: '违法事实' }])
  })
  it('a decision that orders nothing paid need not state how and by when to pay', () => {
    const c = decision(['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['履行方式', '履行期限'] })), 'pass', [])
  })
  it('a person’s address: unknown on a published copy, to verify where the full ID number shows the original', () => {
    const ADDR = RF({ docType: '行政处罚决定书', fields: ['地址'] })
    const person = (idLine: string, idNumber: string, idNumberValid: boolean) => {
      const c = decision([idLine, '经查，你未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。'])
      const d = c.get('行政处罚决定书')
      d.facts.parties = [{ name: '苏国婷', kind: 'person', idNumber, idNumberValid, evidence: d.ev(1) }]
      return c
    }
    expectItem(run(person('身份证号码：130600********001X', '130600********001X', false), ADDR), 'undetermined', [{ kind: 'missing-field', status: 'undetermined' }])
    expectItem(run(person('身份证号码：11010519491231002X', '11010519491231002X', true), ADDR), 'fail', [{ kind: 'missing-field', status: 'verify', field: '地址' }])
  })
  it('a person\'s address in the form\'s 住所(地址) box, the unit block\'s 地址 left blank: the address is there', () => {
    const c = decision(['当事人:曾**', '身份证号: 43032219430323****', '住所(地址):湘乡市**镇**村第**村民组', '单位名称: 法定代表人:', '地 址:', '本机关于2024年12月26日对你立案调查。经查，你未取得乡村建设规划许可证擅自建设住宅。'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = [{ label: '当事人', value: '曾**', evidence: d.ev(1) }, { label: '单位名称', value: '', evidence: d.ev(4) }, { label: '地址', value: '', evidence: d.ev(5) }]
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'pass', [])
  })
  it('the other spellings of paying (交纳, 缴交) and of the basis (依照) state the contents', () => {
    const c = decision([
      '经查，你公司未按规定设置安全警示标志。',
      '依照《中华人民共和国安全生产法》第九十九条的规定，本局决定罚款人民币二万元。',
      '请自收到本决定书之日起十日内到指定银行交纳罚款。',
    ])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['处罚依据', '履行方式', '履行期限'] })), 'pass', [])
  })
  it('a box the text stops at is cut off, not blank', () => {
    const c = decision(['经查，你公司未按规定设置安全警示标志。', '以上事实有下列证据为证：', '证据一：现场检查笔录一份。', '证据'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = [{ label: '证据', value: '', evidence: d.ev(6) }]
    const EV = RF({ docType: '行政处罚决定书', fields: ['证据'] })
    expectItem(run(c, EV), 'fail', [{ kind: 'missing-field', status: 'verify', field: '证据' }])
    d.facts.cut = { evidence: d.ev(6), reason: '文本在句中中断', place: 'end' }
    expectItem(run(c, EV), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', field: '证据' }])
  })
  it('an organisation’s address on a copy that says it is the published one: unknown', () => {
    const c = decision(['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。', '（此件主动公开）'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公开发布的文本/ }])
  })
  it('an organisation’s address on a web page’s copy (发布时间：…, 当前位置) is unknown too; on an original it is asked about', () => {
    const body = ['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。']
    for (const mark of ['发布时间：2024-04-25  来源：县应急管理局', '当前位置：首页 > 政务公开 > 行政执法公示']) {
      expectItem(run(decision([mark, ...body]), RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公开发布的文本/ }])
    }
    expectItem(run(decision(body), RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'fail', [{ kind: 'missing-field', status: 'verify', field: '地址' }])
  })
  it('a person\'s address after the ID number, 住 and the place (男，身份证号…，住天津市河西区…), is an address', () => {
    const c = decision(['当事人：马建华，男，身份证号120103197205034612，住天津市河西区浦口道红星里3号楼2门401。', '经查，当事人占用人行道搭建彩钢板棚。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'pass', [])
  })
  it('…and under a label spaced out to the box’s width (住      所：…, template v-10)', () => {
    const c = decision(['当  事  人：某地理信息服务有限公司', '住      所：贵州省六盘水市钟山区人民中路1号', '经查，当事人未取得测绘资质从事测绘活动。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'pass', [])
  })
  it('…also where the place is a county of one character (住容县自良镇…, template r-06)', () => {
    const c = decision(['当事人:黄德明,男,1971年4月16日出生,身份证号450921197104162714,住容县自良镇松山村大坪组。', '经查，当事人未取得林木采伐许可证砍伐林木。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'pass', [])
  })
  it('a decision published as a flattened table holds its value on the line under the label', () => {
    const c = decision(['违法事实', '|', '当事人擅自占用耕地建房。', '|', '处罚内容', '|', '责令限期改正。', '|'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['违法事实', '处罚内容'] })), 'pass', [])
  })
  it('a box whose value is prose holds the sentences under its label and colon (违法事实： / 当事人于…，…。)', () => {
    const c = decision(['违法事实：', '当事人于2024年2月10日购进超过保质期的食品20袋，至检查时已售出5袋，货值金额240元。', '证据：', '现场检查笔录、询问笔录、进货单据、现场照片。', '处罚内容：', '没收违法所得20元，罚款50000元。', '救济途径：', '如不服本决定，可在六十日内申请行政复议或六个月内提起行政诉讼。'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = ['违法事实', '证据', '处罚内容', '救济途径'].map((label, k) => ({ label, value: '', evidence: d.ev(3 + 2 * k) }))
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['违法事实', '证据', '处罚内容', '救济途径'] })), 'pass', [])
  })
  it('a blank address box on a copy redacted for publication (张某某, a masked ID) is unknown, not missing', () => {
    const c = decision(['当事人：张某某', '身份证号码：320124********1234', '住址：', '经查，当事人销售超过保质期的食品。'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = [{ label: '住址', value: '', evidence: d.ev(5) }]
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /隐去的内容/ }])
  })
  it('a published disclosure table’s empty box, or a box holding only \\, says nothing of the decision', () => {
    const c = decision(['行政相对人名称: 梅州市某蔬菜档', '行政相对人类别:', '法定代表人:', '违法行为类型: 罚款', '违法事实: 当事人销售不合格豆芽。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['法定代表人'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格/ }])
    const d = decision(['当事人:某农资经营部', '统一社会信用代码:\\', '住所:某县某镇', '经查，当事人销售未审定的稻种。'])
    expectItem(run(d, RF({ docType: '行政处罚决定书', fields: ['统一社会信用代码'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /隐去或不适用/ }])
    // …also when a summary's cell above (| 注册号 |) is the first line with the label and the \ is in the box the reader took
    const e = decision(['| 注册号 |', '当事人:某农资经营部', '统一社会信用代码:\\ 住所:某县某镇', '经查，当事人销售未审定的稻种。'])
    const f = e.get('行政处罚决定书')
    f.facts.fields = [{ label: '统一社会信用代码', value: '\\', evidence: f.ev(3) }]
    expectItem(run(e, RF({ docType: '行政处罚决定书', fields: ['统一社会信用代码'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /只有“\\”.*隐去或不适用/ }])
  })
  it('a disclosure table is the decision’s summary: contents its boxes do not carry are unknown, not missing', () => {
    const c = decision(['行政处罚决定', '行政相对人名称:某金属结构有限公司', '处罚类别:罚款', '处罚决定日期: 2024年11月12日', '处罚事由:2023年4月26日，当事人组织人员在煤气管道作业中发生煤气泄露，造成3人死亡。', '处罚依据:以上事实违反了《中华人民共和国安全生产法》第二十八条的规定，依据《中华人民共和国安全生产法》第一百一十四条的规定，给予罚款的行政处罚。', '处罚结果:1050000元罚款', '处罚机关:某市应急管理局'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径', '地址'] })), 'undetermined', [
      { kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ },
      { kind: 'missing-field', status: 'undetermined', message: /公示表格.*地址/ },
    ])
  })
  it('a table read column by column — its column names one under another, the values in a block after them — leaves a box unmatched, not blank', () => {
    const c = decision(['行政处罚决定书', '案件名称 市场主体(当事人)名称', '法定代表人名称 处罚决定书文号', '主要违法事实 处罚种类', '处罚依据 行政处罚的履行方式和期限', '作出行政处罚决定机关名称 作出处罚决定日期', '某某经营含农药的黄豆芽案', '某某', '经营含农药的黄豆芽违反了《中华人民共和国食品安全法》第三十四条的规定', '警告;罚款', '依据《中华人民共和国食品安全法》第一百二十三条第一款的规定'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = [{ label: '处罚依据', value: '', evidence: d.ev(5) }]
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['处罚依据'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /栏目名成列排列/ }])
  })
  it('a receipt’s head row over a row of values whose gaps the text lost leaves a box unsplit, not blank (bh-11)', () => {
    const receipt = (way: string) => {
      const c = lawfulCase()
      const d = c.get('送达回证')
      d.doc.lines = [d.doc.lines[0], ...['送达文书名称  送达文书文号  受送达人  送达地点  送达方式', `询问通知书江州云税询〔2025〕52号江州市云河区启航建材贸易有限公司江州市云河区金桥路215号${way}`, '受送达人签名或盖章  葛俊峰    2025年3月4日14时10分'].map((text, k) => ({ ...d.doc.lines[0], text, line: k + 1 }))]
      d.facts.fields = []
      return run(c, RF({ docType: '送达回证', fields: ['送达方式'] }))
    }
    expectItem(receipt('邮寄'), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: '送达回证的栏目名排成一行、内容列于下一行，未能分清“送达方式”一栏的内容，请核对原件' }])
    // (…but a way of service written in the row, 直接送达, is the box's: there — bp-03 as a scan)
    expectItem(receipt('直接送达'), 'pass', [])
  })
  it('a 公示 record one box per line under the table’s column names (处罚决定书文号：… / 处罚机关：…) is a summary', () => {
    const c = decision(['行政处罚信息公示', '处罚决定书文号：某市监处罚〔2024〕15号', '被处罚单位：某商贸有限公司', '主要违法事实：当事人销售超过保质期的食品。', '处罚结果：罚款50000元', '处罚机关：某县市场监督管理局'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ }])
    // (…but an on-the-spot decision's own boxes, 当事人 / 违法事实 / 处罚依据 / 处罚内容, are the decision's)
    const d = decision(['当事人：李某', '违法事实：当事人摆摊销售未标明产地的散装食品。', '处罚依据：《中华人民共和国食品安全法》第一百二十五条第二款', '处罚内容：警告', '某县市场监督管理局', '2024年3月5日'])
    expectItem(run(d, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'fail', [{ kind: 'missing-field', status: 'open', message: '行政处罚决定书未见“救济途径”的内容' }])
  })
  it('a 信息公示 record with label lines (违法主体名称或姓名 / 主要违法事实) is a summary: what it does not carry is unknown', () => {
    const c = decision(['关于某某不按照农药标签标注的使用范围使用农药案行政处罚信息公示', '行政处罚决定案号', '十农(农安)罚〔2020〕11号', '违法主体名称或姓名', '徐某某', '主要违法事实', '当事人于2020年10月14日在其种植的草莓园中使用了农药。', '处罚种类', '罚款'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ }])
  })
  it('a row of a 公示 list flattened into cells (number | case | party | / | facts | basis) is a summary: what it does not carry is unknown', () => {
    const c = decision(['某农(渔业)罚〔2025〕32号', '|', '违规垂钓案', '|', '田某某', '|', '/', '|', '当事人于2025年5月5日在禁捕水域垂钓。', '|', '依据《长江水生生物保护管理规定》第三十条。', '|', '某市农业农村局2025年6月4日。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ }])
    // …and so is the same row with each separator run onto its cell (a page that joins lines in pairs)
    const p = decision(['某农(渔业)罚〔2025〕32号 |', '违规垂钓案 |', '田某某 |', '/ |', '当事人于2025年5月5日在禁捕水域垂钓。 |', '依据《长江水生生物保护管理规定》第三十条。 |', '某市农业农村局2025年6月4日。'])
    expectItem(run(p, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ }])
    // a decision whose evidence list is a table of such cells is still a decision
    const e = decision(['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。', '证据清单 |', '编号 |', '证据名称 |', '1 |', '营业执照复印件 |', '2 |', '现场检查笔录 |', '某县应急管理局', '2024年5月6日'])
    expectItem(run(e, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'fail', [{ kind: 'missing-field', status: 'open', message: /未见“救济途径”的内容/ }])
    // a stray rule or two in a decision's prose does not make it a table
    const d = decision(['经查，你公司未按规定设置安全警示标志。', '|', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定给予警告。', '某县应急管理局', '2024年5月6日'])
    expectItem(run(d, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'fail', [{ kind: 'missing-field', status: 'open', message: /未见“救济途径”的内容/ }])
  })
  it('a credit record\'s boxes (处罚主体名称 / 处罚事由 / 处罚结果) are a summary too: what they do not carry is unknown', () => {
    const c = decision(['处罚主体名称:杭州某文化创意有限公司', '决定处罚文号:杭余市监处罚〔2024〕43号', '处罚事由:经营者对商品作引人误解的虚假宣传', '处罚结果:当事人的行为违反了《中华人民共和国广告法》第二十八条第一款的规定，依据《中华人民共和国广告法》第五十五条，并处罚款人民币3200元。', '处罚决定日期:2024-01-23', '处罚金额:3200.00元', '处罚机关:杭州市余杭区市场监督管理局'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['救济途径'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /公示表格.*救济途径/ }])
  })
  it('a label with its colon alone on a line, the value on the next (被处罚当事人： / 某卫生室)', () => {
    const c = decision(['02', '被处罚当事人:', '寿县某村卫生室', '03', '主要违法事实:', '经查，当事人使用失效的医疗器械。'])
    const d = c.get('行政处罚决定书')
    d.facts.fields = [{ label: '被处罚当事人', value: '', evidence: d.ev(4) }]
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['当事人'] })), 'pass', [])
    // a label whose next line is the narrative going on is still blank
    const e = decision(['当事人:', '经查，你公司未按规定设置安全警示标志，违反了规定。'])
    const f = e.get('行政处罚决定书')
    f.facts.fields = [{ label: '当事人', value: '', evidence: f.ev(3) }]
    expectItem(run(e, RF({ docType: '行政处罚决定书', fields: ['当事人'] })), 'fail', [{ kind: 'missing-field', field: '当事人' }])
  })
  it('contents the document puts in an attachment the text does not hold: unknown', () => {
    const c = decision(['现按照《中华人民共和国行政处罚法》第四十四条规定，将拟作出行政处罚决定的内容、事实、理由告知公告（见附件）。'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['违法事实'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /见附件/ }])
  })
  it('a fine with no payment terms is still missing them, for sure', () => {
    const c = decision(['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定罚款人民币二万元。', '某县应急管理局', '2024年5月6日'])
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['履行期限'] })), 'fail', [{ kind: 'missing-field', status: 'open', field: '履行期限' }])
  })
  it('a decision whose text shows no closing (the reader finds no agency, seal or date on its last lines: cut) may have lost its end: what the end holds is unknown', () => {
    const body = ['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定罚款人民币二万元。']
    const END = RF({ docType: '行政处罚决定书', fields: ['救济途径', '履行期限'] })
    const c = decision(body)
    const d = c.get('行政处罚决定书')
    d.facts.cut = { evidence: d.ev(4), reason: '文末未见机关名称、日期或印章', place: 'end' }
    expectItem(run(c, END), 'undetermined', [
      { kind: 'missing-field', status: 'undetermined', message: /文本不完整（文末未见机关名称、日期或印章.*救济途径/ },
      { kind: 'missing-field', status: 'undetermined', message: /文本不完整（文末未见机关名称、日期或印章.*履行期限/ },
    ])
    // (a whole text, its closing followed by a web page's furniture, states what it states)
    expectItem(run(decision([...body, '某县应急管理局（印章）', '2024年5月6日', '上一条：某县应急管理局行政处罚决定书', '网站地图 | 联系我们', '主办单位：某县人民政府办公室']), END), 'fail', [
      { kind: 'missing-field', status: 'open', field: '救济途径' },
      { kind: 'missing-field', status: 'open', field: '履行期限' },
    ])
  })
  it('a text with no title, typed a decision from its body, may not be the whole decision: what it lacks is unknown', () => {
    const body = ['经查，你公司未按规定设置安全警示标志。', '依据《中华人民共和国安全生产法》第九十九条的规定，本局决定罚款人民币二万元。', '某县应急管理局', '二〇二四年五月六日']
    const RELIEF = RF({ docType: '行政处罚决定书', fields: ['救济途径'] })
    expectItem(run(decision(body), RELIEF), 'fail', [{ kind: 'missing-field', status: 'open', field: '救济途径' }])
    const c = decision(body)
    Object.assign(c.get('行政处罚决定书').doc, { title: '', confidence: 0.5 })
    expectItem(run(c, RELIEF), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /未见文书标题/ }])
    // (…nor one typed by its own number at the top, as a 公示 list's row publishes a decision: 铜农(渔业)罚〔2025〕32号 | 案由 |
    // 当事人 | 事实 | 依据 | 履行方式 | 机关、日期)
    const n = decision(body)
    Object.assign(n.get('行政处罚决定书').doc, { title: '', confidence: 0.7 })
    expectItem(run(n, RELIEF), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /未见文书标题/ }])
    // (a sentence-like title read from the head, 关于给予…行政处罚的决定, is a title)
    const t = decision(body)
    Object.assign(t.get('行政处罚决定书').doc, { title: '某县应急管理局关于给予某公司行政处罚的决定', confidence: 0.7 })
    expectItem(run(t, RELIEF), 'fail', [{ kind: 'missing-field', status: 'open', field: '救济途径' }])
    // (…and so is a type the file's 卷内目录 gives the page)
    const h = decision(body)
    Object.assign(h.get('行政处罚决定书').doc, { title: '', confidence: 0.75 })
    expectItem(run(h, RELIEF), 'fail', [{ kind: 'missing-field', status: 'open', field: '救济途径' }])
  })
})

describe('required-fields: 履行期限 as written', () => {
  const PAY = RF({ docType: '行政处罚决定书', fields: ['履行方式', '履行期限'] })
  it('the period with an OCR-misread numeral, wrapped over two lines, is still stated', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[10].text = '罚款缴纳方式：当事人应当自收到本决定书之日起千五日内到中国'
    d.doc.lines[11].text = `建设银行襄阳樊城支行缴纳罚款。${d.doc.lines[11].text}`
    expectItem(run(c, PAY), 'pass', [])
  })
  it('a decision that confiscates goods already seized and fines nothing (不予并处罚款) orders nothing paid (br-08)', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    for (const l of d.doc.lines) if (/罚款|缴|罚没/.test(l.text)) l.text = '（以下无正文）'
    d.doc.lines[10].text = '本局决定：没收违法收购的云南松原木32根（价款6552元）。该条规定的罚款为“可以处”，本局决定不予并处罚款。'
    d.facts.amounts = d.facts.amounts.filter((a) => a.role !== '罚款').map((a) => ({ ...a, role: '其他' as const }))
    expectItem(run(c, PAY), 'pass', [])
  })
  it('the appeal period alone is not a payment period', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').doc.lines[10].text = '罚款缴至指定银行。'
    expectItem(run(c, PAY), 'fail', [{ kind: 'missing-field', field: '履行期限', message: '行政处罚决定书未见“履行期限”的内容' }])
  })
  it('the remedy paragraph’s 逾期…又不履行本处罚决定的 is no route of payment (template v-07)', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').doc.lines[10].text = '当事人逾期不申请行政复议，也不提起行政诉讼，又不履行本处罚决定的，本局将依法申请人民法院强制执行。'
    expectItem(run(c, PAY), 'fail', [{ kind: 'missing-field', field: '履行方式' }, { kind: 'missing-field', field: '履行期限' }])
  })
  it('payment as other decisions word it: 于…前持本决定书到指定银行交清, 15天内将罚没款汇入指定账户', () => {
    for (const line of ['请当事人于2024年5月10日前持本决定书到指定银行交清罚没款，逾期不交的，每日按罚款数额的百分之三加处罚款。', '限当事人在接到本决定书后15天内将罚没款汇入指定账户（户名：某县非税收入专户）。']) {
      const c = lawfulCase()
      c.get('行政处罚决定书').doc.lines[10].text = line
      expectItem(run(c, PAY), 'pass', [])
    }
  })
  it('a lone decision that tells of its notice was not made on the spot: how and by when to pay are asked for (template v-07)', () => {
    const lone = (told: boolean, fine?: number) => {
      const c = lawfulCase({ procedure: '未知' })
      for (const t of [...new Set(c.docs.map((x) => x.doc.type))]) if (t !== '行政处罚决定书') c.drop(t)
      const d = c.get('行政处罚决定书')
      d.doc.lines[10].text = told ? '本局于2025年4月14日作出《行政处罚事先告知书》，当事人未提出陈述、申辩。' : '（以下无正文）'
      if (fine !== undefined) d.facts.amounts = d.facts.amounts.map((a) => (a.role === '罚款' && !a.quoted ? { ...a, yuan: fine, text: `${fine}元` } : a))
      return run(c, PAY)
    }
    const asked: Want[] = [{ kind: 'missing-field', field: '履行方式' }, { kind: 'missing-field', field: '履行期限' }]
    expectItem(lone(true), 'fail', asked)
    // (…one that tells of no such step may be an on-the-spot decision, which need not say: 行政处罚法 第五十二条)
    expectItem(lone(false, 200), 'pass', [])
    // (…unless its fine is more than the spot allows: 行政处罚法 第五十一条, 三千元 for a body — template an-04)
    expectItem(lone(false, 5000), 'fail', asked)
  })
  it('a 简易程序 decision need not state how and by when to pay (行政处罚法 第五十二条)', () => {
    const c = lawfulCase({ procedure: '简易程序' })
    c.get('行政处罚决定书').doc.lines[10].text = '（当场收缴罚款）'
    expectItem(run(c, PAY), 'pass', [])
  })
})

describe('required-fields', () => {
  for (const r of fieldRows) {
    it(r.name, () => {
      const c = lawfulCase()
      r.edit?.(c)
      expectItem(run(c, RF(r.p), {}, { form: 'per-element', each: 0.5 }), r.status, r.want.map((w) => ({ ...w, deduction: w.status === 'undetermined' ? 0 : 0.5 })))
    })
  }
})

type Off = CheckKindParams['officers']
const OF = (p: Off) => ({ kind: 'officers', params: p })
/** The 询问笔录's officers' line rewritten to `line`, both officers read from it with no number attached. */
const officersLine = (line: string) => (c: CaseBuilder) => {
  const d = c.get('询问笔录')
  d.doc.lines[4].text = line
  for (const o of d.facts.officers) {
    o.certNo = undefined
    o.evidence = d.ev(4)
  }
}
const offRows: { name: string; edit?: (c: CaseBuilder) => void; p: Off; status: ItemStatus; want: Want[] }[] = [
  { name: 'two officers with certificates', p: { docTypes: ['现场检查笔录', '询问笔录'] }, status: 'pass', want: [] },
  {
    name: 'one officer on the inspection record',
    edit: (c) => {
      const d = c.get('现场检查笔录')
      d.facts.officers.pop()
      d.doc.lines[4].text = '检查情况：当事人货架上有过期食品。'
    },
    p: { docTypes: ['现场检查笔录', '询问笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', message: '现场检查笔录仅记载一名执法人员（王晓明），少于两人', field: '执法人员', docTypes: ['现场检查笔录'] }],
  },
  {
    name: 'the same officer twice counts once',
    edit: (c) => {
      const d = c.get('询问笔录')
      d.doc.lines[4].text = '询问人：王晓明 执法证号 33010020001'
      d.facts.officers = [d.facts.officers[0], { ...d.facts.officers[0] }]
    },
    p: { docTypes: ['询问笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', message: '询问笔录仅记载一名执法人员（王晓明），少于两人' }],
  },
  {
    name: 'one officer read and the list goes on after the name: to verify (the reading lost the second)',
    edit: (c) => {
      const d = c.get('询问笔录')
      d.facts.officers.pop()
      d.doc.lines[4].text = '询问人：王晓明 执法证号 33010020001、李建国 执法证号'
      d.facts.officers[0].evidence = d.ev(4)
    },
    p: { docTypes: ['询问笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', status: 'verify', message: '询问笔录仅记载一名执法人员（王晓明），少于两人' }],
  },
  {
    name: 'one officer read but two certificate numbers in the text: to verify',
    edit: (c) => c.get('询问笔录').facts.officers.pop(),
    p: { docTypes: ['询问笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', status: 'verify', message: '询问笔录仅记载一名执法人员（王晓明），少于两人' }],
  },
  {
    name: 'misread names are not officers: a name run on (李建国向), words (这是我们), the person questioned',
    edit: (c) => {
      const d = c.get('询问笔录')
      d.line('问：我们是执法人员王晓明、李建国，这是我们的执法证件。')
      d.officer('李建国向', undefined, '这是我们').officer('这是我们', undefined, '这是我们').officer('陈立', undefined, '被询问人')
    },
    p: { docTypes: ['询问笔录'] },
    status: 'pass',
    want: [],
  },
  {
    // (a scan's reading ran the two names of a signature line together, 王晓明李建国: each is named on its own elsewhere)
    name: 'two officers\' names run together, each named on its own in another record: two officers, their numbers beside them in the text',
    edit: (c) => {
      const d = c.get('现场检查笔录')
      d.doc.lines[3].text = '执法人员 执法证号 王晓明 12345678 李建国 87654321'
      d.facts.officers.splice(0, d.facts.officers.length)
      d.line('执法人员（签名）：王晓明李建国').officer('王晓明李建国', undefined, '王晓明李建国')
    },
    p: { docTypes: ['现场检查笔录'] },
    status: 'pass',
    want: [],
  },
  {
    name: '…but a long name no other record splits stays one officer',
    edit: (c) => {
      const d = c.get('现场检查笔录')
      d.facts.officers.splice(0, d.facts.officers.length)
      d.line('执法人员（签名）：王晓明张三').officer('王晓明张三', undefined, '王晓明张三')
    },
    p: { docTypes: ['现场检查笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', status: 'verify', message: /仅记载一名执法人员（王晓明张三）/ }, { kind: 'officers', message: /王晓明张三未记载执法证号/ }],
  },
  {
    name: 'certificate numbers missing',
    edit: (c) => {
      const d = c.get('现场检查笔录')
      d.doc.lines[3].text = '执法人员：王晓明'
      d.doc.lines[4].text = '执法人员：李建国'
      for (const o of d.facts.officers) o.certNo = undefined
      d.facts.officers[0].evidence = d.ev(3)
      d.facts.officers[1].evidence = d.ev(4)
    },
    p: { docTypes: ['现场检查笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', status: 'open', message: '现场检查笔录中执法人员王晓明、李建国未记载执法证号', field: '执法证号', deduction: 2 }],
  },
  {
    name: 'certificates shown but their numbers not written on this record: still open, the message says so and names the numbers another record gives',
    edit: officersLine('询问人：王晓明　记录人：李建国（均已出示执法证件）'),
    p: { docTypes: ['询问笔录'] },
    status: 'fail',
    want: [{ kind: 'officers', status: 'open', message: '询问笔录中执法人员王晓明、李建国未记载执法证号（笔录载明已出示执法证件；王晓明、李建国的执法证号见于案卷其他文书）', field: '执法证号' }],
  },
  {
    // (…but the very numbers the file gives those officers, printed in the record's bracket, are written on it: be-11)
    name: 'certificates shown with their numbers in a bracket after the names, in order: recorded, no finding',
    edit: officersLine('询问人：王晓明　记录人：李建国（均已出示执法证件，证号33010020001、33010020002）'),
    p: { docTypes: ['询问笔录'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'a number written next to the name counts though the reading did not attach it (赣3601-49205)',
    edit: (c) => {
      const d = c.get('现场检查笔录')
      d.doc.lines[3].text = '执法人员：王晓明（执法证号：赣3601-49205）'
      d.facts.officers[0].certNo = undefined
    },
    p: { docTypes: ['现场检查笔录'] },
    status: 'pass',
    want: [],
  },
  { name: 'certificates not required by the item', edit: (c) => (c.get('现场检查笔录').facts.officers[0].certNo = undefined), p: { docTypes: ['现场检查笔录'], requireCertNo: false }, status: 'pass', want: [] },
  {
    name: 'no officer read at all: undetermined',
    edit: (c) => (c.get('询问笔录').facts.officers = []),
    p: { docTypes: ['询问笔录'] },
    status: 'undetermined',
    want: [{ kind: 'officers', status: 'undetermined', message: '询问笔录未读出执法人员，无法核对人数和执法证号', deduction: 0 }],
  },
  { name: 'no such document: not applicable', p: { docTypes: ['听证笔录'] }, status: 'not-applicable', want: [] },
]

describe('officers', () => {
  for (const r of offRows) {
    it(r.name, () => {
      const c = lawfulCase()
      r.edit?.(c)
      expectItem(run(c, OF(r.p)), r.status, r.want)
    })
  }
})

describe('officers: the 当场 decision (onSpotDecision)', () => {
  const V03 = OF({ docTypes: ['现场检查笔录', '询问笔录'], min: 2, requireCertNo: false, onSpotDecision: true })
  const oneOfficer = (procedure: '简易程序' | '普通程序', agency?: string) => {
    const c = lawfulCase({ procedure })
    c.agency = agency
    c.get('行政处罚决定书').facts.officers.pop()
    return c
  }
  it('a 简易程序 decision naming one officer: to verify (the form may not list the second)', () => {
    expectItem(run(oneOfficer('简易程序'), V03), 'fail', [{ kind: 'officers', status: 'verify', message: /^当场作出的行政处罚决定书仅记载一名执法人员（王晓明），少于两人，请核对作出决定时是否有两名执法人员在场/ }])
  })
  it('two officers on it: nothing to say', () => {
    const c = lawfulCase({ procedure: '简易程序' })
    expectItem(run(c, V03), 'pass', [])
  })
  it('a traffic police decision: one officer may decide on the spot, undetermined', () => {
    expectItem(run(oneOfficer('简易程序', '某市公安局交通警察支队'), V03), 'undetermined', [{ kind: 'officers', status: 'undetermined' }])
  })
  it('where the file does not say the procedure, a fine above what 简易程序 allows shows no 当场 decision', () => {
    const c = new CaseBuilder('2024-食品-012', '未知')
    c.add('行政处罚决定书', ['行政处罚决定书', '2024年3月1日，本局执法人员王晓明对当事人经营场所进行检查。', '本局决定罚款人民币五万元。'])
      .officer('王晓明', undefined, 1)
      .amount(50000, '罚款', 2)
    expect(run(c, V03).items[0].status).not.toBe('fail')
    const small = new CaseBuilder('2024-食品-012', '未知')
    small.add('行政处罚决定书', ['行政处罚决定书', '2024年3月1日，本局执法人员王晓明当场检查。', '本局决定罚款人民币二百元。'])
      .officer('王晓明', undefined, 1)
      .amount(200, '罚款', 2)
    expectItem(run(small, V03), 'fail', [{ kind: 'officers', status: 'verify' }])
  })
  it('where the file does not say the procedure, a decision that tells of 立案 or 事先告知 was not made on the spot', () => {
    for (const step of ['本局于2024年3月2日立案调查。', '本局于2024年3月5日向当事人送达了行政处罚事先告知书，当事人未提出陈述申辩。', '经本局法制审核，']) {
      const c = new CaseBuilder('2024-食品-012', '未知')
      c.add('行政处罚决定书', ['行政处罚决定书', '2024年3月1日，本局执法人员王晓明对当事人经营场所进行检查。', step, '本局决定罚款人民币二百元。'])
        .officer('王晓明', undefined, 1)
        .amount(200, '罚款', 3)
      expect(run(c, V03).findings, step).toEqual([])
    }
  })
  it('an ordinary-procedure decision is not counted (its officers are not the deciders)', () => {
    expectItem(run(oneOfficer('普通程序'), V03), 'pass', [])
  })
})

describe('required-fields: a natural person as the party', () => {
  it('needs no 统一社会信用代码 or 法定代表人, blank or absent', () => {
    const c = lawfulCase()
    for (const d of c.docs) for (const p of d.facts.parties) Object.assign(p, { name: '沈晓东', kind: 'person', creditCode: undefined, legalRepresentative: undefined })
    c.get('立案审批表').doc.lines[2].text = '统一社会信用代码：'
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['统一社会信用代码', '法定代表人'] })), 'pass', [])
  })
  it('an organisation still does', () => {
    const c = lawfulCase()
    c.get('立案审批表').doc.lines[2].text = '统一社会信用代码：'
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['统一社会信用代码'] })), 'fail', [{ kind: 'missing-field', field: '统一社会信用代码' }])
  })
})

describe('required-fields: what a record saw, as records write it', () => {
  const seen = (text: string) => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    // (a 现场笔录: its title says no 现场检查)
    d.doc.lines = [{ ...d.doc.lines[0], text: '现场笔录' }, ...d.doc.lines.slice(1, 5), { ...d.doc.lines[5], text }]
    return run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] }))
  }
  it.each(['情况：现场可见开采坑一处，面积约2860平方米。', '执法人员出示证件。现场查见当事人驾驶川A·D7K215送达乘客一名。',
    // (told in prose with no box: what the patrol found, what the site holds, a survey's result)
    '执法人员在周末常规巡查中发现，一名男子将4袋生活垃圾倾倒于绿化带内。', '执法人员出示执法证件，说明来意。现场一块平整场地，地面已铺设约20厘米厚混凝土。', '勘测结果：当事人占用土地总面积1862.5平方米。',
    // (a 复查笔录 whose finding follows 复查： on its line — bj-11)
    '出示执法证件后复查：原自备机井已于2024年6月11日封填，潜水泵、出水管已拆除。',
    // (a 现场笔录 of a seizure tells what was done — bp-03)
    '执法人员对上午下架存放于仓库的27盒“医用外科口罩”当场清点，数量相符，装箱加贴封条后带回我局涉案财物保管室。',
    // (a 现场勘测笔录 in prose: the survey done, then what the ground holds and what was not found — bk-12)
    '随后执法人员会同测量员对现场进行勘测。现场为新塘村集体所有土地，位于湖镇镇新塘村西侧。',
    '经用RTK测量仪实地测量，当事人占用土地总面积约1280平方米。'])('%s', (text) => {
    expectItem(seen(text), 'pass', [])
  })
  it('a record that tells nothing seen is asked about', () => {
    expectItem(seen('当事人签名：王某'), 'fail', [{ kind: 'missing-field', field: '检查情况', status: 'verify' }])
  })
})

describe('required-fields: a receipt\'s way of service in the rows of a broken table', () => {
  it('送达方式 heading a column whose rows the reading broke (…及财物 / 清单直接送达2025年3月11日…) is filled', () => {
    const c = lawfulCase()
    const d = c.get('送达回证')
    d.doc.lines = d.doc.lines.filter((l) => !/送达方式/.test(l.text))
    d.facts.fields = d.facts.fields.filter((f) => f.label !== '送达方式')
    d.line('序号送达文书名称及文号 送达方式').field('送达方式', '', '序号送达文书名称及文号 送达方式').line('收到时间').line('1 实施行政强制措施决定书（保竞市监强制〔2025〕0021号）及财物').line('清单直接送达2025年3月11日15时05分')
    expectItem(run(c, RF({ docType: '送达回证', fields: ['送达方式'] })), 'pass', [])
  })
})

describe('required-fields: a 勘验笔录 names the inspection boxes after its own act', () => {
  it('勘验时间 left blank is the 检查时间 missing; 勘验场所 filled is the 检查地点', () => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.doc.lines[1].text = '勘验时间：'
    d.line('勘验场所：开封市高速公路出口')
    d.facts.dates = []
    d.facts.fields = [{ label: '勘验时间', value: '', evidence: d.ev(1) }, { label: '勘验场所', value: '开封市高速公路出口', evidence: d.ev('勘验场所') }]
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查时间', '检查地点'] })), 'fail', [{ kind: 'missing-field', field: '检查时间', status: 'open' }])
  })
})

describe('required-fields: a form whose layout the reader did not recognise', () => {
  it('a box read blank on a form with hardly any labelled box is asked about, and says why', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    d.doc.lines = [d.doc.lines[0], { ...d.doc.lines[3], text: '案由：', line: 1 }, { ...d.doc.lines[3], text: '经营超过保质期的食品 王晓明 李建国 2024年3月5日', line: 2 }]
    d.facts.fields = [{ label: '案由', value: '', evidence: d.ev(1) }]
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['案由'] })), 'fail', [{ kind: 'missing-field', status: 'verify', message: /一栏为空；未能识别该文书的表格版式（只读出1个栏目），请核对原件/ }])
  })
})

describe('required-fields: forms flattened to lines and their other names', () => {
  it('a label alone on its line whose value the form reader read on the line under it is filled (当事人 / 雷德胜)', () => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.doc.lines.splice(2, 1, { ...d.doc.lines[2], text: '当事人' }, { ...d.doc.lines[2], text: '雷德胜' })
    d.doc.lines.forEach((l, i) => (l.line = i))
    d.facts.fields = [{ label: '当事人', value: '雷德胜', evidence: d.ev('雷德胜') }]
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['当事人'] })), 'pass', [])
    // (…but a bare label the reader read nothing under is blank)
    d.facts.fields = [{ label: '当事人', value: '', evidence: d.ev(2) }]
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['当事人'] })), 'fail', [{ kind: 'missing-field', field: '当事人' }])
  })
  it('a label closed by its colon alone on a typed form whose layout is known, its value on the line under it (案　　由： / 涉嫌未批先建, cr-05)', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    const at = d.doc.lines.findIndex((l) => /案由/.test(l.text))
    d.doc.lines.splice(at, 1, { ...d.doc.lines[at], text: '案　　由：' }, { ...d.doc.lines[at], text: '涉嫌未批先建' })
    d.doc.lines.forEach((l, i) => (l.line = i))
    d.facts.fields = [...d.facts.fields.filter((f) => f.label !== '案由'), { label: '案由', value: '', evidence: d.ev(at) }]
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['案由'] })), 'pass', [])
    // (…but the next box's label under it leaves it blank)
    d.doc.lines[at + 1].text = '当事人：某公司'
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['案由'] })), 'fail', [{ kind: 'missing-field', field: '案由' }])
  })
  it('…and on a scan, where the line under the label starts where it starts, on the next row (cr-05 as a scan)', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    const at = d.doc.lines.findIndex((l) => /案由/.test(l.text))
    const y = d.doc.lines[at].bbox.y
    d.doc.lines.splice(at, 1, { ...d.doc.lines[at], text: '案由：', bbox: { x: 175, y, w: 108, h: 57 } }, { ...d.doc.lines[at], text: '涉嫌未批先建', bbox: { x: 176, y: y + 71, w: 300, h: 59 } })
    d.doc.lines.forEach((l, i) => ((l.line = i), (l.confidence = 0.95)))
    d.facts.fields = [...d.facts.fields.filter((f) => f.label !== '案由'), { label: '案由', value: '', evidence: d.ev(at) }]
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['案由'] })), 'pass', [])
    // (…not a line in another column of the page: whose box it is the reading does not show)
    d.doc.lines[at + 1].bbox = { x: 760, y: y + 71, w: 300, h: 59 }
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['案由'] })), 'fail', [{ kind: 'missing-field', field: '案由', status: 'verify' }])
  })
  it('the party in the form\'s block for an organisation, its block for a person left blank (当事人（个人） / 当事人（单位）)', () => {
    const c = lawfulCase()
    const d = c.get('立案审批表')
    d.doc.lines[1].text = '当事人（个人）'
    d.line('姓名').line('当事人（单位）').line(`名称 ${PARTY}`)
    d.facts.fields = [{ label: '当事人（个人）', value: '', evidence: d.ev(1) }, { label: '当事人（单位）', value: '', evidence: d.ev('当事人（单位）') }]
    expectItem(run(c, RF({ docType: '立案审批表', fields: ['当事人'] })), 'pass', [])
  })
  it('the findings of a 勘验（检查） or a 核查 record, and a questioned person told to answer truthfully (如实说明)', () => {
    const c = lawfulCase()
    const d = c.get('现场检查笔录')
    d.doc.lines = d.doc.lines.filter((l) => !/检查情况|经检查|现场检查|检查发现|经查/.test(l.text))
    d.line('核查情况：原彩钢结构仓库已全部拆除，土地已恢复原状。')
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] })), 'pass', [])
    d.doc.lines[d.doc.lines.length - 1].text = '勘验（检查）情况：钢结构仓库一栋，占地487.5平方米。'
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] })), 'pass', [])
    // (a re-inspection telling what it saw after 进行检查： — template r-02)
    d.doc.lines[d.doc.lines.length - 1].text = '执法人员出示执法证件后，对“某旗舰店”全部在售商品页面进行检查：延保服务均已改为未勾选状态。'
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] })), 'pass', [])
    // (…or after a stop, the next sentence telling it — a 公安 检查笔录, template w-04)
    d.doc.lines[d.doc.lines.length - 1].text = '民警出示人民警察证，表明身份后对3号包间进行检查。包间内有自动麻将桌1张，4人正在打麻将。'
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] })), 'pass', [])
    // (…or under a 卫生 现场笔录's bare 现场： — template ak-07)
    d.doc.lines[d.doc.lines.length - 1].text = '  现场：店面约30平方米，未悬挂任何执业许可证件，内设输液椅4张。'
    expectItem(run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] })), 'pass', [])
    // (…a box whose value is a numbered list under it: 送达方式及结果： / 1.手机短信：…)
    const e = lawfulCase()
    const sr = e.get('送达回证')
    sr.doc.lines = sr.doc.lines.filter((l) => !/送达方式/.test(l.text))
    sr.line('送达方式及结果：').field('送达方式及结果', '', '送达方式及结果').line('　　1.手机短信：2024-04-24 15:12:07发送至136****4470，运营商回执“已送达”。')
    expectItem(run(e, RF({ docType: '送达回证', fields: ['送达方式'] })), 'pass', [])
    // (…or on a form printed flattened, each label alone on its line and its value under it — a 巡查记录, template aq-08)
    const fl = lawfulCase()
    const ins = fl.get('现场检查笔录')
    ins.doc.lines = [{ ...ins.doc.lines[0], text: '巡查记录' }, ...['巡查时间', '09:10—11:40', '巡查区域', '某镇某村一带', '巡查人员', '本局执法人员高某、马某', '巡查发现情况', '发现一处新近开挖的采砂坑。'].map((text, k) => ({ ...ins.doc.lines[0], line: k + 1, text }))]
    ins.facts.fields = ins.facts.fields.filter((f) => !/检查时间|巡查时间/.test(f.label))
    expectItem(run(fl, RF({ docType: '现场检查笔录', fields: ['检查时间'] })), 'pass', [])
    // (…but not a scan, whose reading may split a form's columns into lines: there the line under a blank label is another box's)
    for (const l of ins.doc.lines) l.confidence = 0.9
    expect(run(fl, RF({ docType: '现场检查笔录', fields: ['检查时间'] })).findings.map((f) => f.kind)).toEqual(['missing-field'])
    // (…or a ruled table of its sub-boxes under it: 当事人基本情况： / ┌──┬──┐ / │名称 │某公司│ — template ao-03)
    const t = lawfulCase()
    const fa = t.get('立案审批表')
    fa.doc.lines = fa.doc.lines.filter((l) => !/当事人/.test(l.text))
    fa.facts.fields = fa.facts.fields.filter((f) => !/当事人/.test(f.label))
    fa.line('当事人基本情况：').field('当事人基本情况', '', '当事人基本情况').line('┌──────┬──────────────┐').line('│名称        │苏州某物流有限公司            │').line('└──────┴──────────────┘')
    expectItem(run(t, RF({ docType: '立案审批表', fields: ['当事人'] })), 'pass', [])
    // (…or a block whose first line names the party after its qualified label: 当事人 / 名称 (姓名) 某经销部 — bl-07 as a scan)
    const u = lawfulCase()
    const fu = u.get('立案审批表')
    fu.doc.lines = fu.doc.lines.filter((l) => !/当事人/.test(l.text))
    fu.facts.fields = fu.facts.fields.filter((f) => !/当事人/.test(f.label))
    fu.line('当事人').field('当事人', '', '当事人').line('名称 (姓名) 准格尔旗兴旺达砂石料经销部').line('统一社会信用代码 92150622MA0R7K3L5Y')
    expectItem(run(u, RF({ docType: '立案审批表', fields: ['当事人'] })), 'pass', [])
    // (…or a table with its head row under it, its rows after: 检查情况： / 检查项目  检查结果 / … — bl-06)
    const tableUnder = (rows: string[]) => {
      const c = lawfulCase()
      const ins = c.get('现场检查笔录')
      ins.doc.lines = ins.doc.lines.filter((l) => !/检查情况|现场情况/.test(l.text))
      ins.facts.fields = ins.facts.fields.filter((f) => !/检查情况/.test(f.label))
      ins.line('检查情况：').field('检查情况', '', '检查情况')
      for (const r of rows) ins.line(r)
      return run(c, RF({ docType: '现场检查笔录', fields: ['检查情况'] }))
    }
    const tableHead = '  检查项目                                   检查结果'
    expectItem(tableUnder([tableHead, '  灭火器配置                                 □不符合 ■符合', '  疏散通道、安全出口                         ■不符合 □符合']), 'pass', [])
    // (…but one line of two words under it is no table)
    expect(tableUnder([tableHead]).findings.map((f) => f.kind)).toEqual(['missing-field'])
    // (…its gaps narrowed to one space on a scan, the head a row of column names — bl-06 as a scan)
    expectItem(tableUnder(['检查项目 检查结果', '消防安全制度、操作规程 不符合■符合', '疏散通道、安全出口 ■不符合符合']), 'pass', [])
    expect(tableUnder(['检查项目 检查结果']).findings.map((f) => f.kind)).toEqual(['missing-field'])
    const q = lawfulCase()
    const r = q.get('询问笔录')
    r.doc.lines = r.doc.lines.filter((l) => !/陈述|申辩|听证|回避|如实|有权|权利/.test(l.text))
    r.line('问：现就你进入网吧上网的情况向你了解，你父亲在场。你要如实说明，听明白了吗？')
    expectItem(run(q, RF({ docType: '询问笔录', fields: ['告知权利'] })), 'pass', [])
  })
})

describe('the rights a 询问笔录 tells: whose, and when', () => {
  const RIGHTS = RF({ docType: '询问笔录', fields: ['告知权利'] })
  const second = (head: string[]) => {
    const c = lawfulCase()
    // (the first questioning of the party tells the rights)
    c.get('询问笔录').line('问：你有陈述、申辩和申请回避的权利，是否申请回避？').line('答：不申请。')
    c.add('询问笔录', ['询问笔录', '询问时间：2024-03-12 09:30', ...head, '问：你公司与当事人的运输关系？', '答：口头约定运河砂。']).date('2024-03-12T09:30', '询问开始', '询问时间')
    return c
  }
  it('a witness of another unit is not told the party\'s rights', () => {
    expectItem(run(second(['被询问人：陈国标　职务：梧州市宏基建材有限公司采购经理']), RIGHTS), 'pass', [])
  })
  it('the party questioned a second time was told at the first', () => {
    expectItem(run(second(['被询问人：陈立（法定代表人）']), RIGHTS), 'pass', [])
  })
  it('…but a first questioning that told nothing leaves the second asked about too', () => {
    const c = second(['被询问人：陈立（法定代表人）'])
    const first = c.get('询问笔录')
    first.doc.lines = first.doc.lines.filter((l) => !/权利|申请/.test(l.text))
    expectItem(run(c, RIGHTS), 'fail', [{ kind: 'missing-field', status: 'verify' }, { kind: 'missing-field', status: 'verify' }])
  })
  it('the party questioned once, not told: to verify', () => {
    const c = lawfulCase()
    const r = c.get('询问笔录')
    r.doc.lines = r.doc.lines.filter((l) => !/陈述|申辩|听证|回避|如实|有权|权利/.test(l.text))
    expectItem(run(c, RIGHTS), 'fail', [{ kind: 'missing-field', status: 'verify' }])
  })
})

describe('a decision\'s elements as OCR and on-the-spot forms write them', () => {
  const E3 = (fields: string[]) => RF({ docType: '行政处罚决定书', fields })
  it('十五曰内 (曰 for 日) is a payment period', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.filter((l) => !/日内|缴纳/.test(l.text))
    d.line('当事人应当自收到本处罚决定书之日起十五曰内，将罚没款缴至重庆市非税收入代收银行。')
    expectItem(run(c, E3(['履行期限'])), 'pass', [])
  })
  // (the decision fixture z-06 holds this case whole: it read as lacking its facts before)
  it('an on-the-spot decision\'s one sentence states the facts', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.filter((l) => !/经查|查明|查实|违法|案情|事实|调查|发现|存在以下|上述行为|核查|核实/.test(l.text))
    d.line('被处罚人于2025年3月7日8时42分，在郑州市金水区金水路与经三路交叉口，驾驶机动车时拨打接听手持电话，实施妨碍安全驾驶的违法行为（代码1223）。')
    expectItem(run(c, E3(['违法事实'])), 'pass', [])
  })
})

describe('more of the rights a record tells, and a tax form\'s party block', () => {
  const RIGHTS = RF({ docType: '询问笔录', fields: ['告知权利'] })
  const record = (head: string[], body: string[]) => {
    const c = lawfulCase()
    c.get('询问笔录').line('问：你有陈述、申辩和申请回避的权利，是否申请回避？')
    c.add('询问笔录', ['询问笔录', '询问时间：2024-03-12 09:30', ...head, ...body]).date('2024-03-12T09:30', '询问开始', '询问时间')
    return run(c, RIGHTS)
  }
  it('a witness ticked ☑证人 is not told the party\'s rights; a suspect\'s form with □证人 unticked is', () => {
    expectItem(record(['被询问人：钱玉芳', '被询问人身份：□违法嫌疑人　□被侵害人　☑证人'], ['问：昨晚店里发生了什么事？', '答：两桌客人吵起来。']), 'pass', [])
    expectItem(record(['被询问人：张三', '被询问人身份：☑违法嫌疑人　□被侵害人　□证人'], ['问：昨晚你在哪里？', '答：在店里。']), 'fail', [{ kind: 'missing-field', status: 'verify' }])
  })
  it('a hand of the party\'s own staff (库房保管员) is questioned as a witness; its manager or agent is told the rights', () => {
    // (the party of lawfulCase is 杭州鑫源食品有限公司)
    expectItem(record(['被询问人：任丽娟　女　41岁　杭州鑫源食品有限公司库房保管员'], ['问：你在库房负责什么工作？', '答：负责收货、发放。']), 'pass', [])
    expectItem(record(['被询问人：刘某　男　杭州鑫源食品有限公司总经理'], ['问：你在公司负责什么工作？', '答：全面负责。']), 'fail', [{ kind: 'missing-field', status: 'verify' }])
  })
  it('told to testify truthfully (告知如实作证义务) is a rights notice', () => {
    expectItem(record(['被询问人：张三'], ['问：（出示工作证件，告知如实作证义务）昨晚店里发生了什么事？', '答：两桌客人吵起来。']), 'pass', [])
  })
  it('a 税务 decision naming its party by 纳税人识别号 and no address: undetermined, the national form states none', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines = d.doc.lines.filter((l) => !/地址|住所|住址|经营场所/.test(l.text))
    d.doc.lines[1] = { ...d.doc.lines[1], text: '东台市味源餐饮管理有限公司（纳税人识别号：91320981MA1Y6P3T7M）：' }
    d.doc.lines[0] = { ...d.doc.lines[0], text: '税务行政处罚决定书' }
    expectItem(run(c, RF({ docType: '行政处罚决定书', fields: ['地址'] })), 'undetermined', [{ kind: 'missing-field', status: 'undetermined', message: /税务文书式样以纳税人识别号标明当事人/ }])
  })
})

describe('an opinion box over a row of printed options a scan read without their ticks (bw-03)', () => {
  const reviewed = (below: string[]) => {
    const c = lawfulCase({ major: true }).drop('法制审核意见书')
    c.add('法制审核意见书', ['审核意见：', ...below, '审核人：沈海燕　2024年3月21日']).field('审核意见', '', 0)
    return run(c, RF({ docType: '法制审核意见书', fields: ['审核意见'] })).findings.filter((f) => f.kind === 'missing-field').map((f) => f.message)
  }
  it('the opinion written under the options fills the box', () => {
    expect(reviewed(['主体合法 事实清楚 证据充分定性准确适用依据正确', '程序合法裁量适当', '当事人未取得许可从事巡游出租汽车经营，罚款在幅度内。同意承办意见。'])).toEqual([])
  })
  it('…and under the options\' own 其他： (bz-03 on a scan: 需补充调查口其他： / 同意承办部门处理意见。)', () => {
    expect(reviewed(['主体合法 事实清楚证据充分程序合法 适用依据正确处', '罚适当', '需补充调查口其他：', '同意承办部门处理意见。'])).toEqual([])
  })
  it('…but options with nothing written under them leave it blank', () => {
    expect(reviewed(['主体合法 事实清楚 证据充分', '审核人：沈海燕'])).toEqual([expect.stringMatching(/^法制审核意见书的“审核意见”一栏为空/)])
  })
})
