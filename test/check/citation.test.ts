import { describe, expect, it } from 'vitest'
import type { CheckKindParams } from '../../shared/check/kinds'
import type { ItemStatus } from '../../shared/types'
import { lawfulCase, run, rubricOf, CF, FOOD, LAWS, CALENDAR, type CaseBuilder, type LawfulOptions } from './build'
import { checkCase } from '../../shared/check'
import { CaseView } from '../../shared/check/view'
import type { CheckContext } from '../../shared/check'
import { expectItem, type Want } from './expect'

const C = (p: CheckKindParams['citation'] = {}) => ({ kind: 'citation', params: p })

/** Replace the 告知书's citation sentence and its citations. */
function noticeCites(c: CaseBuilder, sentence: string, cites: [number, string][]) {
  const n = c.get('行政处罚事先告知书')
  n.doc.lines[4].text = sentence
  n.facts.citations = []
  for (const [article, at] of cites) n.cite(CF, article, 'procedure', at)
}

/** The decision's violated law written under another title, the line that prints it and the citation read from it. */
const violatedLawWritten = (title: string, line: string) => (c: CaseBuilder) => {
  const d = c.get('行政处罚决定书')
  d.doc.lines[6].text = line
  d.facts.citations[0].law = title
  d.facts.citations[0].lawAsWritten = title
}

const rows: { name: string; opts?: LawfulOptions; edit?: (c: CaseBuilder) => void; p?: CheckKindParams['citation']; status: ItemStatus; want: Want[] }[] = [
  { name: 'the lawful case’s citations all hold (the quoted 第一百二十四条 is not checked)', status: 'pass', want: [] },
  {
    name: 'no such law title',
    edit: violatedLawWritten('中华人民共和国食品安全管理法', '当事人经营超过保质期的食品的行为，违反了《中华人民共和国食品安全管理法》第三十四条第（十）项的规定。'),
    status: 'fail',
    want: [{ kind: 'citation-wrong-law', message: '行政处罚决定书引用的《中华人民共和国食品安全管理法》在法规库中不存在（无此法律、行政法规名称）', field: '违法依据', docTypes: ['行政处罚决定书'] }],
  },
  {
    // (a pinyin gloss a copy left in the title, a line breaking inside it: the words cannot be read for sure)
    name: 'a title with letters or a stray bracket in it: undetermined, not a wrong law',
    edit: violatedLawWritten('中华人民共和国食品安全(ān)法', '当事人的行为违反了《中华人民共和国食品安全(ān)法》第三十四条第（十）项的规定。'),
    status: 'undetermined',
    want: [{ kind: 'citation-wrong-law', status: 'undetermined', message: /夹有无法识别的字符，无法核对/ }],
  },
  {
    name: 'an unknown local regulation: undetermined (法规库未收录), not a wrong law',
    edit: (c) => c.get('行政处罚决定书').cite('浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定', 30, 'other', '依据'),
    status: 'undetermined',
    want: [{ kind: 'citation-wrong-law', status: 'undetermined', message: /^法规库未收录《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》/ }],
  },
  {
    name: 'article beyond the last one',
    edit: (c) => (c.get('行政处罚决定书').facts.citations[2].article = 171),
    status: 'fail',
    want: [{ kind: 'citation-nonexistent', message: '行政处罚决定书引用《中华人民共和国食品安全法》第一百七十一条第一款第（五）项，该条款不存在：该法（2021-04-29版本）共154条，没有第一百七十一条', field: '处罚依据' }],
  },
  {
    name: 'read off a scan: to verify, a character lost at a line end turns a real provision into none (第一百 / 十七条 for 第一百二十七条)',
    edit: (c) => {
      const x = c.get('行政处罚决定书').facts.citations[2]
      x.article = 171
      x.evidence = { ...x.evidence, confidence: 0.996 }
    },
    status: 'fail',
    want: [{ kind: 'citation-nonexistent', status: 'verify', message: '行政处罚决定书引用《中华人民共和国食品安全法》第一百七十一条第一款第（五）项，该条款不存在：该法（2021-04-29版本）共154条，没有第一百七十一条；所据条文序号系扫描件的文字识别结果，请对照原件核对' }],
  },
  {
    name: 'paragraph that does not exist',
    edit: (c) => (c.get('行政处罚决定书').facts.citations[2].paragraph = 7),
    status: 'fail',
    want: [{ kind: 'citation-nonexistent', message: '行政处罚决定书引用《中华人民共和国食品安全法》第一百二十四条第七款第（五）项，该条款不存在：第一百二十四条只有3款' }],
  },
  {
    name: 'item that does not exist',
    edit: (c) => (c.get('行政处罚决定书').facts.citations[0].item = 15),
    status: 'fail',
    want: [{ kind: 'citation-nonexistent', message: '行政处罚决定书引用《中华人民共和国食品安全法》第三十四条第（十五）项，该条款不存在：第三十四条只有13项', field: '违法依据' }],
  },
  {
    // (安全生产法 2014 numbering in an account of a 2021-06 inspection, the 2021 amendment in force 2021-09-01)
    name: 'no decision date, and the case told with days before the held text came into force: which text applied is unknown',
    edit: (c) => {
      c.get('行政处罚决定书').facts.citations[0].item = 15
      for (const d of c.docs) {
        d.facts.dates = d.doc.type === '行政处罚决定书' ? [] : d.facts.dates.filter((x) => x.role !== '决定' && x.role !== '文书落款')
        for (const x of d.facts.dates) x.iso = x.iso.replace(/^2024/, '2021').replace(/^2021-(0[5-9]|1\d)/, '2021-03')
      }
    },
    status: 'undetermined',
    want: [{ kind: 'citation-nonexistent', status: 'undetermined', message: /^行政处罚决定书未读出作出日期，案卷中的日期（2021-03-\d\d）早于法规库所收《中华人民共和国食品安全法》第三十四条第（十五）项所在文本（2021-04-29版本）的施行日期2021-04-29/ }],
  },
  {
    name: '…but with every day of the case after it, the article still does not exist',
    edit: (c) => {
      c.get('行政处罚决定书').facts.citations[0].item = 15
      for (const d of c.docs) d.facts.dates = d.doc.type === '行政处罚决定书' ? [] : d.facts.dates.filter((x) => x.role !== '决定' && x.role !== '文书落款')
    },
    status: 'fail',
    want: [{ kind: 'citation-nonexistent', message: '行政处罚决定书引用《中华人民共和国食品安全法》第三十四条第（十五）项，该条款不存在：第三十四条只有13项' }],
  },
  {
    name: '2017 numbering for 告知 and 陈述申辩 in a 2024 notice',
    edit: (c) => noticeCites(c, '根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，本局告知你单位享有陈述、申辩的权利。', [[31, '第三十一条'], [32, '第三十二条']]),
    status: 'fail',
    want: [
      { kind: 'citation-outdated', message: '行政处罚事先告知书（2024-03-25）引用《中华人民共和国行政处罚法》第三十一条用于告知、陈述申辩，这是已被取代的2017-09-01版本的条文序号，现为第四十四条；2021-01-22版本的第三十一条规定的是从轻减轻、不予处罚、精神病人', field: '告知依据' },
      { kind: 'citation-outdated', message: /第三十二条用于告知、陈述申辩，这是已被取代的2017-09-01版本的条文序号，现为第四十五条/ },
    ],
  },
  {
    name: '2017 第四十二条 for the hearing right in a 2024 听证告知书',
    edit: (c) => {
      const h = c.add('听证告知书', ['听证告知书', '根据《中华人民共和国行政处罚法》第四十二条的规定，你单位有要求举行听证的权利。', '2024-03-22'])
      h.cite(CF, 42, 'procedure', '第四十二条').date('2024-03-22', '文书落款', 2)
    },
    status: 'fail',
    want: [{ kind: 'citation-outdated', message: /听证告知书（2024-03-22）引用《中华人民共和国行政处罚法》第四十二条用于告知、听证，这是已被取代的2017-09-01版本的条文序号，现为第六十三条、第六十四条/, docTypes: ['听证告知书'], field: '告知依据' }],
  },
  {
    name: 'the same 2017 numbering in a 2019 notice was right then',
    edit: (c) => {
      noticeCites(c, '根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，本局告知你单位享有陈述、申辩的权利。', [[31, '第三十一条'], [32, '第三十二条']])
      for (const x of c.get('行政处罚事先告知书').facts.dates) x.iso = x.iso.replace(/^2024/, '2019')
    },
    status: 'pass',
    want: [],
  },
  {
    name: 'an existing article that speaks of something else: citation-mismatch, to verify',
    edit: (c) => noticeCites(c, '根据《中华人民共和国行政处罚法》第五十八条的规定，你单位享有陈述、申辩的权利。', [[58, '第五十八条']]),
    status: 'fail',
    want: [{ kind: 'citation-mismatch', status: 'verify', message: '行政处罚事先告知书引用《中华人民共和国行政处罚法》第五十八条，但该条款与引用目的不符：引用目的为陈述申辩，而条文内容涉及听证、法制审核，请核对' }],
  },
  {
    name: 'a sentence citing several articles for one purpose: no article is held to the whole purpose',
    edit: (c) => noticeCites(c, '根据《中华人民共和国行政处罚法》第五十八条、第四十五条的规定，你单位享有陈述、申辩的权利。', [[58, '第五十八条'], [45, '第四十五条']]),
    status: 'pass',
    want: [],
  },
  {
    name: 'a sentence that names no purpose is not judged',
    edit: (c) => noticeCites(c, '根据《中华人民共和国行政处罚法》第五十八条的规定。', [[58, '第五十八条']]),
    status: 'pass',
    want: [],
  },
  {
    name: 'a quoted citation (statute quoted inside a document) is not checked',
    edit: (c) => c.get('行政处罚决定书').cite(FOOD, 300, 'other', '规定：“', { quoted: true }),
    status: 'pass',
    want: [],
  },
  {
    name: 'roles filter: only penalty citations',
    edit: (c) => (c.get('行政处罚决定书').facts.citations[0].item = 15),
    p: { roles: ['penalty'] },
    status: 'pass',
    want: [],
  },
  {
    name: 'docTypes filter: a document without citations is not-applicable',
    p: { docTypes: ['送达回证'] },
    status: 'not-applicable',
    want: [],
  },
  {
    name: '本法 resolves through the extracted law',
    edit: (c) => {
      const d = c.get('行政处罚决定书')
      d.cite(FOOD, 124, 'penalty', '依据', { paragraph: 1, item: 5, asWritten: '本法' })
    },
    status: 'pass',
    want: [],
  },
]

describe('citation', () => {
  for (const r of rows) {
    it(r.name, () => {
      const c = lawfulCase(r.opts)
      r.edit?.(c)
      expectItem(run(c, C(r.p)), r.status, r.want)
    })
  }

  it('an item narrowed to one finding kind reports only that kind', () => {
    const c = lawfulCase()
    noticeCites(c, '根据《中华人民共和国行政处罚法》第三十一条、第五十八条的规定，本局告知你单位享有陈述、申辩的权利。', [[31, '第三十一条'], [58, '第五十八条']])
    expectItem(run(c, C(), { findingKind: 'citation-outdated' }), 'fail', [{ kind: 'citation-outdated' }])
  })
})

describe('citation: the title as written decides', () => {
  /** The violated citation written with a wrong title that the reading resolved to another law; the penalty cites 同法. */
  function wrongTitle(c: CaseBuilder, confidence?: number) {
    const d = c.get('行政处罚决定书')
    d.doc.lines[6].text = '当事人的行为违反了《中华人民共和国食品安全管理法》第三十四条第（十）项的规定。'
    d.doc.lines[8].text = '依据同法第一百二十四条第一款第（五）项的规定，本局决定：'
    const [v, , p] = d.facts.citations
    Object.assign(v, { law: FOOD, lawAsWritten: '中华人民共和国食品安全管理法' })
    Object.assign(p, { law: FOOD, lawAsWritten: '同法' })
    if (confidence !== undefined) v.evidence.confidence = confidence
  }
  it('a wrong title the reading resolved to a real law is still a wrong title; its 同法 is not judged again', () => {
    const c = lawfulCase()
    wrongTitle(c)
    expectItem(run(c, C()), 'fail', [
      { kind: 'citation-wrong-law', status: 'open', message: '行政处罚决定书引用的《中华人民共和国食品安全管理法》在法规库中不存在（无此法律、行政法规名称，最接近的法规名称为《中华人民共和国食品安全法》）' },
    ])
  })
  it('a penalty provision the law cited lacks, which the law the decision says was broken has: nonexistent, the law\'s name likely wrong said', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = '依据《中华人民共和国行政处罚法》第一百二十四条第一款第（五）项的规定，本局决定：'
    for (const p of d.facts.citations.filter((x) => x.role === 'penalty')) Object.assign(p, { law: CF, lawAsWritten: '中华人民共和国行政处罚法' })
    const got = run(c, C()).findings.filter((f) => f.kind === 'citation-wrong-law' || f.kind === 'citation-nonexistent')
    expect(got.map((f) => [f.kind, f.status ?? 'open', /认定违反的《中华人民共和国食品安全法》有此条款，可能引错法律名称/.test(f.message)])).toEqual([['citation-nonexistent', 'open', true]])
  })
  it('a national title the database does not hold, in a paper made before 2016: perhaps a law of its time since repealed, to verify', () => {
    const c = lawfulCase({ dates: { source: '2007-03-01', filing: '2007-03-05', inspection: '2007-03-05', inquiry: '2007-03-07T09:30', end: '2007-03-20', notice: '2007-03-22', noticeServed: '2007-03-25', decision: '2007-04-10', service: '2007-04-11', payment: '2007-04-20', closing: '2007-04-25' } })
    violatedLawWritten('中华人民共和国食品卫生法', '当事人经营超过保质期的食品的行为，违反了《中华人民共和国食品卫生法》第九条第（十）项的规定。')(c)
    const got = run(c, C()).findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(got.map((f) => [f.status, /法规库未收齐2016年以前废止的法律/.test(f.message)])).toEqual([['verify', true]])
  })
  it('a law the database knows was repealed but holds no text of, cited before the repeal: undetermined, not a wrong title', () => {
    // (《中华人民共和国执业医师法》, repealed on 2022-03-01 when 医师法 took effect)
    const c = lawfulCase({ dates: { source: '2020-03-01', filing: '2020-03-05', inspection: '2020-03-05', inquiry: '2020-03-07T09:30', end: '2020-03-20', notice: '2020-03-23', noticeServed: '2020-03-25', statement: '2020-03-27', decision: '2020-04-10', service: '2020-04-13', payment: '2020-04-20', closing: '2020-04-27' } })
    violatedLawWritten('中华人民共和国执业医师法', '当事人未取得医师执业证书从事诊疗活动的行为，违反了《中华人民共和国执业医师法》第十四条第二款的规定。')(c)
    const { facts, documents } = c.build()
    const laws = { ...LAWS, repealOf: (t: string) => (t === '中华人民共和国执业医师法' ? { on: '2022-03-01', byTitle: '中华人民共和国医师法' } : null) }
    const got = checkCase(facts, documents, rubricOf(C()), { laws, calendar: CALENDAR }).findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(got.map((f) => [f.status, /法规库未收录《中华人民共和国执业医师法》的文本（该法已于2022-03-01废止，由《中华人民共和国医师法》取代）/.test(f.message)])).toEqual([['undetermined', true]])
    // (…the database that does not know of the repeal: a wrong title, as before)
    expect(checkCase(facts, documents, rubricOf(C()), { laws: LAWS, calendar: CALENDAR }).findings.filter((f) => f.kind === 'citation-wrong-law').map((f) => f.status ?? 'open')).toEqual(['open'])
  })
  it('a ministry\'s rule titled with the country\'s name (中华人民共和国海关…办法) is no law the database must hold: undetermined', () => {
    const c = lawfulCase()
    violatedLawWritten('中华人民共和国海关加工贸易货物监管办法', '当事人的上述行为违反了《中华人民共和国海关加工贸易货物监管办法》第二十二条的规定。')(c)
    const got = run(c, C()).findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(got.map((f) => [f.status, /^法规库未收录《中华人民共和国海关加工贸易货物监管办法》/.test(f.message)])).toEqual([['undetermined', true]])
  })
  it('a national title the database does not hold, in a paper made after its newest national text: perhaps a newer law, undetermined', () => {
    const c = lawfulCase({ dates: { source: '2026-03-01', filing: '2026-03-05', inspection: '2026-03-05', inquiry: '2026-03-07T09:30', end: '2026-03-20', notice: '2026-03-22', noticeServed: '2026-03-25', decision: '2026-04-10', service: '2026-04-11', payment: '2026-04-20', closing: '2026-04-25' } })
    violatedLawWritten('中华人民共和国食品经营安全法', '当事人经营超过保质期的食品的行为，违反了《中华人民共和国食品经营安全法》第九条第（十）项的规定。')(c)
    const { facts, documents } = c.build()
    const reach = { shippedVersion: 't', userLaws: 0, version: 't', byCategory: [{ category: '法律', newest: '2025-05-01', title: null, versions: 1, user: 0 }] }
    const out = checkCase(facts, documents, rubricOf(C()), { laws: { ...LAWS, currency: () => reach }, calendar: CALENDAR })
    const got = out.findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(got.map((f) => [f.status, /法规库收录的法律、行政法规至2025-05-01/.test(f.message)])).toEqual([['undetermined', true]])
    // (…the same paper against data that reaches past it: a wrong title)
    const held = checkCase(facts, documents, rubricOf(C()), { laws: { ...LAWS, currency: () => ({ ...reach, byCategory: [{ ...reach.byCategory[0], newest: '2026-06-01' }] }) }, calendar: CALENDAR })
    expect(held.findings.filter((f) => f.kind === 'citation-wrong-law').map((f) => f.status)).toEqual(['open'])
  })
  it('a back-reference the reading could not tie to a law (该法 with no law before it) is no wrong title', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    Object.assign(d.facts.citations[0], { law: '该法', lawAsWritten: '该法' })
    const got = run(c, C()).findings.filter((f) => f.kind === 'citation-wrong-law')
    expect(got.map((f) => [f.status, /未能确定所指的法律/.test(f.message)])).toEqual([['undetermined', true]])
  })
  it('the provisional edition (暂行) of a held title is not checkable, not wrong', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[6].text = '当事人的行为违反了《中华人民共和国食品安全暂行法》第三十四条第（十）项的规定。'
    Object.assign(d.facts.citations[0], { law: FOOD, lawAsWritten: '中华人民共和国食品安全暂行法' })
    expectItem(run(c, C()), 'undetermined', [
      { kind: 'citation-wrong-law', status: 'undetermined', message: /^法规库未收录《中华人民共和国食品安全暂行法》（可能为《中华人民共和国食品安全法》之前的暂行、试行版本），无法核对/ },
    ])
  })
  it('read by OCR, such a title may be a misreading: to verify', () => {
    const c = lawfulCase()
    wrongTitle(c, 0.93)
    expectItem(run(c, C()), 'fail', [{ kind: 'citation-wrong-law', status: 'verify' }])
  })
  it('a title one or two characters off a real law: the fine is measured against that law, for a person to confirm', () => {
    const c = lawfulCase({ fine: 150000 })
    wrongTitle(c)
    // 该法第一百二十四条规定：“…” refers back to the wrong title too.
    const d = c.get('行政处罚决定书')
    const q = d.facts.citations.find((x) => x.quoted)!
    Object.assign(q, { law: FOOD, lawAsWritten: '该法' })
    expectItem(run(c, { kind: 'fine-range', params: {} }), 'fail', [
      { kind: 'amount-out-of-range', status: 'verify', message: /^罚款 150000 元超出处罚条款的幅度（所引《中华人民共和国食品安全管理法》法规库中没有，按最接近的《中华人民共和国食品安全法》第一百二十四条第一款第（五）项核对）/ },
    ])
  })
})

describe('citation: conduct provisions are not judged by procedural key terms', () => {
  it('a penalty citation whose sentence speaks of 告知 is not a mismatch', () => {
    const c = lawfulCase()
    const d = c.get('行政处罚决定书')
    d.doc.lines[8].text = '本局已依法告知当事人陈述申辩权利，依据《中华人民共和国行政处罚法》第五十八条的规定，本局决定：'
    d.facts.citations = []
    d.cite(CF, 58, 'penalty', '依据')
    expectItem(run(c, C()), 'pass', [])
  })
})

describe('the citing sentence', () => {
  it('starts after a sentence that ends on the citation’s own line, and runs on to its own end', () => {
    const c = lawfulCase()
    const h = c.add('听证告知书', ['听证告知书', '本局拟对你单位作出罚款人民币91000元的行政处罚（见杭西市监', '罚告〔2024〕12号）。根据《中华人民共和国行政处罚法》第六十四条的', '规定，你单位有要求听证的权利。', '2024-03-22'])
    h.cite(CF, 64, 'procedure', '第六十四条')
    const ev = h.facts.citations[0].evidence
    const at = h.doc.lines[2].text.indexOf('《')
    ev.span = [at, at + 20]
    const b = c.build()
    const view = new CaseView(b.facts, b.documents, { laws: LAWS, calendar: CALENDAR } as unknown as CheckContext)
    expect(view.sentenceOf(ev)).toBe('根据《中华人民共和国行政处罚法》第六十四条的规定，你单位有要求听证的权利。')
    // Without a span the whole line is the start, as before.
    expect(view.sentenceOf({ ...ev, span: undefined })).toContain('本局拟对你单位作出罚款')
  })

  it('keeps the statute it quotes: a 。 or ； inside “…” ends no sentence', () => {
    const c = lawfulCase()
    const line = '依据《道路运输条例》第六十三条“…没收违法所得，处违法所得2倍以上10倍以下的罚款；没有违法所得的，处1万元以上10万元以下的罚款”以及《中华人民共和国行政处罚法》第二十八条第二款的规定，本局决定给予当事人以下行政处罚：'
    const h = c.add('听证告知书', ['听证告知书', line, '2024-03-22'])
    h.cite(CF, 28, 'other', '第二十八条')
    const ev = h.facts.citations[0].evidence
    const at = line.indexOf('《中华人民共和国行政处罚法》')
    ev.span = [at, at + 20]
    const b = c.build()
    const view = new CaseView(b.facts, b.documents, { laws: LAWS, calendar: CALENDAR } as unknown as CheckContext)
    expect(view.sentenceOf(ev)).toMatch(/依据《道路运输条例》第六十三条“…没收违法所得，处违法所得2倍以上/)
  })

  it('ends at its own end on a page read as one long line, not with the sentences after it', () => {
    const c = lawfulCase()
    const line = '罚款应于十五日内缴纳。若逾期不履行本行政处罚决定，本局将根据《中华人民共和国行政处罚法》第七十二条的规定采取相应措施。如不服本处罚决定，可以在六十日内申请行政复议。'
    const h = c.add('听证告知书', ['听证告知书', line, '2024-03-22'])
    h.cite(CF, 72, 'procedure', '第七十二条')
    const ev = h.facts.citations[0].evidence
    ev.span = [line.indexOf('《'), line.indexOf('《') + 20]
    const b = c.build()
    const view = new CaseView(b.facts, b.documents, { laws: LAWS, calendar: CALENDAR } as unknown as CheckContext)
    expect(view.sentenceOf(ev)).toBe('若逾期不履行本行政处罚决定，本局将根据《中华人民共和国行政处罚法》第七十二条的规定采取相应措施。')
  })
})

describe('the agency\'s internal papers (立案审批表, 调查终结报告) cite what its decision cites', () => {
  const ALL = C({ docTypes: ['行政处罚决定书', '立案审批表'], roles: ['violated', 'penalty', 'procedure'] })
  const filingCites = (c: CaseBuilder, article: number) => c.get('立案审批表').line(`涉嫌违反：《中华人民共和国食品安全法》第${article === 171 ? '一百七十一' : '三十四'}条`).cite(FOOD, article, 'violated', '涉嫌违反')
  it('a fault the decision shows too is reported once, on the decision', () => {
    const c = lawfulCase()
    c.get('行政处罚决定书').facts.citations[2].article = 171
    c.get('行政处罚决定书').facts.citations[2].paragraph = 1
    filingCites(c, 171)
    const out = run(c, ALL).findings.filter((f) => f.kind === 'citation-nonexistent')
    expect(out.map((f) => f.docTypes[0])).toEqual(['行政处罚决定书'])
  })
  it('a fault only the filing form shows is reported there', () => {
    const c = lawfulCase()
    filingCites(c, 171)
    expect(run(c, ALL).findings.filter((f) => f.kind === 'citation-nonexistent').map((f) => f.docTypes[0])).toEqual(['立案审批表'])
  })
})

describe('the paper a receipt serves', () => {
  it('of several listed together, the decision among them (…事先告知书（…）；行政处罚决定书（…）)', () => {
    const c = lawfulCase()
    const r = c.add('送达回证', ['送达回证', '送达文书名称：行政处罚事先告知书（某罚告〔2024〕12号）；行政处罚决定书（某罚〔2024〕12号）', '送达时间：2024-04-26'])
    r.field('送达文书名称', '行政处罚事先告知书（某罚告〔2024〕12号）；行政处罚决定书（某罚〔2024〕12号）')
    const b = c.build()
    const view = new CaseView(b.facts, b.documents, { laws: LAWS, calendar: CALENDAR } as unknown as CheckContext)
    expect(view.servedBy(r.facts)).toBe('行政处罚决定书')
  })
  const served = (build: (c: ReturnType<typeof lawfulCase>) => ReturnType<ReturnType<typeof lawfulCase>['add']>) => {
    const c = lawfulCase()
    const r = build(c)
    const b = c.build()
    return new CaseView(b.facts, b.documents, { laws: LAWS, calendar: CALENDAR } as unknown as CheckContext).servedBy(r.facts)
  }
  it('its entry going on below its line, the decision named there (送达文书名称丨税务处理决定书（…） / 税务行政处罚决定书（…）, db-01)', () => {
    const lines = (second: string) => ['税务文书送达回证', '送达文书名称丨税务处理决定书（江税稽处〔2023〕52号）', second, '受送达人丨某公司', '收件时间丨2023年7月11日10时15分']
    // (indented as typed, or its indent lost to a scan)
    expect(served((c) => c.add('送达回证', lines('              税务行政处罚决定书（江税稽罚〔2023〕41号）')))).toBe('行政处罚决定书')
    expect(served((c) => c.add('送达回证', lines('税务行政处罚决定书（江税稽罚〔2023〕41号）')))).toBe('行政处罚决定书')
    expect(served((c) => c.add('送达回证', lines('受送达人签名丨某某')))).toBe('其他')
    // (…numbered, each number broken over a line as a scan reads it: cy-04)
    expect(served((c) => c.add('送达回证', ['送达回证', '送达文书：1．劳动保障监察行政处理决定书（黄人社监处字〔2024〕第0', '87号）', '2.劳动保障监察行政处罚决定书（黄人社监罚字〔2024〕第0', '87号）', '受送达人：某公司']))).toBe('行政处罚决定书')
  })
  it('a receipt a page break cut from its head: the paper the head under the paper before names (da-01 as a scan)', () => {
    const got = served((c) => {
      c.add('行政处罚事先告知书', ['税务行政处罚事项告知书', '宝税稽罚告〔2023〕27号', '国家税务总局宝鸡市税务局稽查局', '2023年7月13日', '税务文书送达回证', '送达文书名称丶文号：税务行政处罚事项告知书（宝税稽罚告〔2023〕27', '号)'])
      return c.add('送达回证', ['受送达人：某公司', '送达方式：直接送达', '受送达人签名或盖章：韩某 2023年7月13日'])
    })
    expect(got).toBe('行政处罚事先告知书')
  })
})

describe('a local law of another place than the agency\'s', () => {
  const localCited = (agency: string, title: string) => {
    const c = lawfulCase()
    c.agency = agency
    violatedLawWritten(title, `当事人的行为违反了《${title}》第十条第一款的规定。`)(c)
    return run(c, C()).findings.filter((f) => /地方性法规、规章只在制定机关的行政区域内适用/.test(f.message)).map((f) => [f.kind, f.status, f.message])
  }
  it('a 北京 regulation cited by a 四川 county-level city\'s agency is to verify (bl-03)', () => {
    expect(localCited('简阳市交通运输局', '北京市道路运输条例')).toEqual([
      ['citation-wrong-law', 'verify', '行政处罚决定书引用的《北京市道路运输条例》为北京市的地方性法规或规章，执法机关简阳市交通运输局在四川省成都市；地方性法规、规章只在制定机关的行政区域内适用，请核对本案的法律依据'],
    ])
  })
  it('…and a city\'s regulation cited by another city\'s agency of the same province', () => {
    expect(localCited('绵阳市市场监督管理局', '成都市市容和环境卫生管理条例').map((x) => x[0])).toEqual(['citation-wrong-law'])
  })
  it('the province\'s own regulation, a city\'s own, a district\'s agency under its city, or an agency whose place is unknown: nothing', () => {
    expect(localCited('简阳市交通运输局', '四川省道路运输条例')).toEqual([])
    expect(localCited('成都市锦江区城市管理局', '成都市市容和环境卫生管理条例')).toEqual([])
    expect(localCited('四川省市场监督管理局', '成都市市容和环境卫生管理条例')).toEqual([])
    expect(localCited('朝阳区市场监督管理局', '北京市道路运输条例')).toEqual([])
    expect(localCited('海关总署', '北京市道路运输条例')).toEqual([])
  })
})
