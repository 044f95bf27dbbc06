/**
 * A realistic review project for the export tests and the bench: a generic 行政处罚 rubric (after the
 * S1/S4/S8/S10 tables of rubric-standards.md) and N cases across four agencies with findings, reviewer
 * decisions (accept / reject / adjust) and the decided score. Deterministic for a given seed.
 */
import { scoreCase } from '../../shared/score'
import type {
  CaseResult,
  Decision,
  Finding,
  FindingKind,
  LedgerEntry,
  ReviewSnapshot,
  Rubric,
  RubricItem,
} from '../../shared/types'

const law = '中华人民共和国行政处罚法'

function item(id: string, title: string, points: number, deduction: RubricItem['deduction'], kind: string, remediation: string, provision?: string): RubricItem {
  return { id, title, points, deduction, check: { kind }, remediation, basis: provision ? { law, provision } : undefined }
}

export function fixtureRubric(): Rubric {
  return {
    id: 'penalty-generic',
    name: '行政处罚案卷评查标准（通用）',
    version: '2026.1',
    sector: '通用',
    source: '参照 rubric-standards.md S1、S4、S8、S10 整理',
    appliesTo: '行政处罚',
    veto: {
      effect: 'zero',
      items: [
        { id: 'V1', title: '行政处罚实施主体不合法', check: { kind: 'manual' }, remediation: '由具有法定职权的机关以本机关名义作出处罚决定', basis: { law, provision: '第十七条' } },
        { id: 'V2', title: '执法人员少于两人或不具有执法资格', check: { kind: 'officers' }, remediation: '调查取证须由两名以上持证执法人员进行并出示执法证件', basis: { law, provision: '第四十二条第一款' } },
        { id: 'V3', title: '适用法律错误（无依据或适用失效依据）', check: { kind: 'citation' }, remediation: '依据现行有效的法律、法规、规章作出处罚，引用到条、款、项', basis: { law, provision: '第四条' } },
      ],
    },
    sections: [
      {
        id: 'S-LA', title: '立案', points: 10,
        items: [
          item('A1', '立案审批表要素齐全（案由、当事人、案件来源、承办人意见、负责人审批）', 4, { form: 'per-element', each: 1 }, 'required-fields', '补正立案审批表缺失要素，今后立案严格按文书格式逐项填写'),
          item('A2', '立案及时（发现违法行为之日起7个工作日内）', 3, { form: 'whole' }, 'deadline', '建立立案时限提醒，发现违法线索后按期审批立案', '第五十四条第二款'),
          item('A3', '先立案后调查取证', 3, { form: 'whole' }, 'date-order', '严格执行先立案后取证的程序，禁止先取证后补立案', '第五十四条'),
        ],
      },
      {
        id: 'S-DC', title: '调查取证', points: 30,
        items: [
          item('B1', '执法人员两人以上并出示执法证件，记载证件编号', 6, { form: 'whole' }, 'officers', '询问、检查时出示执法证件并在笔录中载明两名执法人员姓名及证号', '第四十二条第一款'),
          item('B2', '询问笔录规范（起止时间、逐页签名、告知回避权）', 8, { form: 'per-occurrence', each: 2 }, 'required-fields', '规范制作询问笔录，载明起止时间，由被询问人逐页签名确认', '第五十五条'),
          item('B3', '证据充分，与认定的违法事实一致', 10, { form: 'range', min: 2, max: 10 }, 'consistency', '补强证据链，确保认定事实的每一要素均有证据支持', '第四十条'),
          item('B4', '现场检查（勘验）笔录要素齐全', 6, { form: 'per-occurrence', each: 2 }, 'required-fields', '现场检查笔录载明时间、地点、在场人员并由当事人签名'),
        ],
      },
      {
        id: 'S-JD', title: '审查决定', points: 30,
        items: [
          item('C1', '作出处罚决定前依法告知拟处罚内容及陈述、申辩、听证权利', 8, { form: 'whole' }, 'required-documents', '作出处罚决定前送达行政处罚事先告知书，符合听证条件的告知听证权利', '第四十四条'),
          item('C2', '重大案件经法制审核和集体讨论', 6, { form: 'whole' }, 'required-documents', '对重大执法决定落实法制审核，情节复杂的案件提交负责人集体讨论', '第五十八条第一款'),
          item('C3', '法律依据引用准确，具体到条、款、项', 8, { form: 'per-occurrence', each: 2 }, 'citation', '引用法律依据写明法律全称并具体到条、款、项、目', '第五十九条第一款'),
          item('C4', '罚款数额在法定幅度内，裁量适当', 8, { form: 'range', min: 2, max: 8 }, 'fine-range', '对照裁量基准说明从轻、从重情节，罚款不得超出法定幅度', '第五条'),
        ],
      },
      {
        id: 'S-SD', title: '送达执行', points: 20,
        items: [
          item('D1', '处罚决定书在宣告后当场交付或7日内送达', 8, { form: 'whole' }, 'deadline', '建立送达台账，处罚决定书7日内依法送达', '第六十一条第一款'),
          item('D2', '送达回证要素齐全（送达人、受送达人签收、送达方式、日期）', 6, { form: 'per-element', each: 1 }, 'required-fields', '送达回证逐项填写，受送达人签名并注明日期'),
          item('D3', '罚缴分离，罚没款票据入卷', 6, { form: 'whole' }, 'required-documents', '实行罚缴分离，将罚没款缴款凭证复印件归入案卷', '第六十七条'),
        ],
      },
      {
        id: 'S-GD', title: '立卷归档', points: 10,
        items: [
          item('E1', '卷内目录填写规范，页码连续', 5, { form: 'per-occurrence', each: 1 }, 'page-numbers', '按顺序编制卷内目录，逐页编写页码'),
          item('E2', '按立案、调查、审查、决定、送达、执行顺序装订', 5, { form: 'whole' }, 'binding-order', '按程序顺序重新整理装订案卷'),
        ],
      },
    ],
    grades: [
      { name: '优秀', min: 90 },
      { name: '良好', min: 80 },
      { name: '合格', min: 60 },
      { name: '不合格', min: 0 },
    ],
    total: 100,
  }
}

export const AGENCIES = ['市市场监督管理局', '市生态环境局', '市交通运输局', '市城市管理局']
const AGENCY_CODE = ['市监', '环', '交', '城管']
const PARTIES = ['某某餐饮有限公司', '张某某', '某某化工有限公司', '某某物流有限公司', '李某', '某某建材经营部', '某某商贸有限公司', '王某某', '某某运输有限公司', '某某食品厂']
const REVIEWERS = ['陈明', '刘芳', '赵强']

/** Findings a case may carry, per item: message, kind, the file and page of the evidence, and the quote. */
const CATALOGUE: { itemId: string; kind: FindingKind; message: string; file: string; text: string; status?: Finding['status']; veto?: boolean }[] = [
  { itemId: 'A1', kind: 'missing-field', message: '立案审批表缺少"案件来源"', file: '02立案审批表.pdf', text: '案件来源：____' },
  { itemId: 'A1', kind: 'missing-field', message: '立案审批表无负责人审批意见及签名', file: '02立案审批表.pdf', text: '负责人意见：' },
  { itemId: 'A2', kind: 'deadline', message: '发现违法行为后第12个工作日方立案，超过7个工作日', file: '02立案审批表.pdf', text: '立案日期：2026年3月20日' },
  { itemId: 'A3', kind: 'date-order', message: '现场检查笔录日期（2026年3月2日）早于立案日期（2026年3月5日），先取证后立案', file: '03现场检查笔录.pdf', text: '检查时间：2026年3月2日9时' },
  { itemId: 'B1', kind: 'officers', message: '询问笔录仅记载一名执法人员', file: '04询问笔录.pdf', text: '执法人员：王某 执法证号：' },
  { itemId: 'B2', kind: 'missing-field', message: '询问笔录未记载询问起止时间', file: '04询问笔录.pdf', text: '时间：2026年3月6日' },
  { itemId: 'B2', kind: 'missing-field', message: '询问笔录第2页无被询问人签名', file: '04询问笔录.pdf', text: '被询问人（签名）：' },
  { itemId: 'B3', kind: 'inconsistency', message: '决定书认定的违法所得（8,600元）与调查终结报告（6,800元）不一致', file: '08行政处罚决定书.pdf', text: '违法所得8600元', status: 'verify' },
  { itemId: 'B4', kind: 'missing-field', message: '现场检查笔录无当事人签名', file: '03现场检查笔录.pdf', text: '当事人（签名）：' },
  { itemId: 'C1', kind: 'missing-document', message: '案卷中未见行政处罚事先告知书', file: '卷内目录.pdf', text: '（目录中无告知书）' },
  { itemId: 'C2', kind: 'missing-document', message: '罚款5万元以上，未见法制审核意见', file: '07案件处理审批表.pdf', text: '罚款人民币伍万元' },
  { itemId: 'C3', kind: 'citation-nonexistent', message: '决定书引用《中华人民共和国食品安全法》第一百二十四条未具体到款、项', file: '08行政处罚决定书.pdf', text: '依据《中华人民共和国食品安全法》第一百二十四条' },
  { itemId: 'C3', kind: 'citation-wrong-law', message: '决定书将《大气污染防治法》简称引用，未使用法律全称', file: '08行政处罚决定书.pdf', text: '依据《大气法》第九十九条' },
  { itemId: 'C4', kind: 'amount-out-of-range', message: '罚款3,000元低于所引条款规定的下限5,000元', file: '08行政处罚决定书.pdf', text: '处罚款人民币叁仟元整' },
  { itemId: 'D1', kind: 'deadline', message: '决定书于作出后第11日送达，超过7日', file: '09送达回证.pdf', text: '送达日期：2026年4月21日' },
  { itemId: 'D2', kind: 'missing-field', message: '送达回证无送达方式', file: '09送达回证.pdf', text: '送达方式：' },
  { itemId: 'D3', kind: 'missing-document', message: '未见罚没款缴款凭证', file: '卷内目录.pdf', text: '（无缴款凭证）', status: 'undetermined' },
  { itemId: 'E1', kind: 'missing-field', message: '卷内目录第5项页码与实际页码不符', file: '卷内目录.pdf', text: '5 询问笔录 9-12' },
  { itemId: 'E2', kind: 'manual', message: '送达回证装订于处罚决定书之前', file: '09送达回证.pdf', text: '送达回证' },
  { itemId: 'V2', kind: 'officers', message: '现场检查仅一名执法人员在场', file: '03现场检查笔录.pdf', text: '检查人：王某', veto: true },
  { itemId: 'V3', kind: 'citation-outdated', message: '决定书适用已废止的《某某市市容管理办法》（2009）', file: '08行政处罚决定书.pdf', text: '依据《某某市市容管理办法》', veto: true },
]

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function itemsOf(r: Rubric): { item: RubricItem; path: string[] }[] {
  return r.sections.flatMap((s) => (s.items ?? []).map((item) => ({ item, path: [s.title] })))
}

/** One case of a snapshot: item results from the findings, the decided score from the score stage itself (as in the app). */
export function snapshotCase(
  rubric: Rubric,
  c: { id: number; folder: string; caseNumber: string; agency: string; party: string },
  leaves: (RubricItem | Rubric['veto']['items'][number])[],
  findings: Finding[],
  decisions: Decision[],
): ReviewSnapshot['cases'][number] {
  const items: CaseResult['items'] = [...rubric.veto.items, ...leaves].map((item) => ({
    itemId: item.id,
    status: findings.some((f) => f.itemId === item.id) ? 'fail' : 'pass',
    findingIds: findings.filter((f) => f.itemId === item.id).map((f) => f.id),
  }))
  const score = scoreCase(rubric, items, findings, decisions)
  const result: CaseResult = {
    case: { folder: c.folder, caseNumber: c.caseNumber, party: c.party, procedure: '普通程序' },
    rubric: { id: rubric.id, version: rubric.version },
    score: score.total,
    grade: score.grade,
    vetoed: score.vetoed,
    documents: [],
    findings,
    items,
    scoreDetail: score,
    errors: [],
    provenance: { engine: 'fixture', checkedAt: '2026-11-20T08:00:00Z' },
  }
  return {
    row: { id: c.id, folder: c.folder, caseNumber: c.caseNumber, agency: c.agency, party: c.party, status: '已完成', score: score.total, grade: score.grade, vetoed: score.vetoed, pending: score.pending, checkedAt: result.provenance.checkedAt },
    result,
    decisions,
    score,
  }
}

export interface FixtureOptions {
  cases?: number
  seed?: number
  /** ISO date of the export. */
  date?: string
}

export function fixtureSnapshot(o: FixtureOptions = {}): ReviewSnapshot {
  const n = o.cases ?? 12
  const rand = rng(o.seed ?? 20261123)
  const rubric = fixtureRubric()
  const cases: ReviewSnapshot['cases'] = []
  const ledger: LedgerEntry[] = []
  const pointsOf = new Map(itemsOf(rubric).map(({ item }) => [item.id, item]))
  for (let i = 0; i < n; i++) {
    const ag = i % AGENCIES.length
    const caseNumber = `${AGENCY_CODE[ag]}罚〔2026〕${String(100 + i).padStart(3, '0')}号`
    // Quality differs by agency so that the ranking means something.
    const defectRate = [0.15, 0.3, 0.45, 0.22][ag]
    const findings: Finding[] = []
    CATALOGUE.forEach((c, k) => {
      const rate = c.veto ? (i % 11 === 5 ? 1 : 0) : defectRate
      if (c.veto ? c.itemId !== (i % 22 === 5 ? 'V2' : 'V3') || rate === 0 : rand() >= rate) return
      const it = pointsOf.get(c.itemId)
      const d = it?.deduction
      const deduction = c.veto || c.status === 'undetermined' ? 0 : !d ? 0 : d.form === 'whole' ? it!.points : d.form === 'range' ? d.min : d.each
      findings.push({
        id: `${c.itemId}-${k}`,
        kind: c.kind,
        itemId: c.itemId,
        docTypes: [],
        message: c.message,
        deduction,
        deductionRange: d?.form === 'range' ? [d.min, d.max] : undefined,
        status: c.status ?? 'open',
        veto: c.veto,
        basis: it?.basis,
        evidence: [{ file: c.file, page: 1 + Math.floor(rand() * 3), text: c.text }],
      })
    })
    // Decisions: reject every fifth finding, settle range items, confirm verify findings.
    const decisions: Decision[] = []
    findings.forEach((f, k) => {
      const at = `2026-11-2${k % 3}T0${k % 9}:00:00Z`
      const reviewer = REVIEWERS[(i + k) % REVIEWERS.length]
      if ((i + k) % 5 === 3 && !f.veto) decisions.push({ findingId: f.id, action: 'reject', comment: '经核实卷内另有材料可以证明', reviewer, at })
      else if (f.deductionRange) decisions.push({ findingId: f.id, action: 'adjust', points: f.deductionRange[0] + 2, comment: '视情节调整扣分', reviewer, at })
      else if (f.status === 'verify' || (f.kind === 'manual' && i % 3 !== 1)) decisions.push({ findingId: f.id, action: 'accept', reviewer, at })
    })
    const id = i + 1
    cases.push(snapshotCase(rubric, { id, folder: `/cases/${AGENCIES[ag]}/${caseNumber}`, caseNumber, agency: AGENCIES[ag], party: PARTIES[i % PARTIES.length] }, itemsOf(rubric).map((x) => x.item), findings, decisions))
    // Rectification progress recorded for the first finding of every other case.
    const first = findings.find((f) => !decisions.some((d) => d.findingId === f.id && d.action === 'reject'))
    if (first && i % 2 === 0) ledger.push({ id: ledger.length + 1, caseId: id, findingId: first.id, deadline: '2026-12-31', owner: `${AGENCIES[ag].slice(1, 3)}法规科 ${['周', '吴', '郑', '孙'][ag]}某`, progress: i % 4 === 0 ? '已整改' : '整改中' })
  }
  return {
    project: {
      id: 'p-2026',
      name: '2026年度全市行政处罚案卷评查',
      dbPath: '/tmp/p.sqlite',
      rubricId: rubric.id,
      agencies: AGENCIES,
      reviewers: REVIEWERS,
      samplingRatio: 0.3,
      createdAt: '2026-11-01T00:00:00Z',
    },
    rubric,
    cases,
    ledger,
    date: o.date ?? '2026-11-23',
  }
}

/** Every leaf item of any rubric (nested sections included), with its section path. */
function leafItems(r: Rubric): RubricItem[] {
  const out: RubricItem[] = []
  const walk = (s: Rubric['sections'][number]) => {
    out.push(...(s.items ?? []))
    for (const sub of s.sections ?? []) walk(sub)
  }
  r.sections.forEach(walk)
  return out
}

/**
 * A small project over any rubric (e.g. the shipped rubrics/*.yaml): each case gets an open finding on every
 * `stride`-th leaf item (shifted per case), the second case a veto finding, and a rejected finding.
 */
export function snapshotForRubric(rubric: Rubric, cases = 3, stride = 4): ReviewSnapshot {
  const leaves = leafItems(rubric)
  const out: ReviewSnapshot['cases'] = []
  for (let i = 0; i < cases; i++) {
    const findings: Finding[] = []
    leaves.forEach((it, k) => {
      if ((k + i) % stride !== 0) return
      const d = it.deduction
      const deduction = d.form === 'whole' ? it.points : d.form === 'range' ? d.min : d.each
      findings.push({
        id: `${it.id}-f`,
        kind: it.findingKind ?? 'missing-field',
        itemId: it.id,
        docTypes: [],
        message: `${it.title}：不符合要求（第${i + 1}卷）`,
        deduction,
        deductionRange: d.form === 'range' ? [d.min, d.max] : undefined,
        status: 'open',
        basis: it.basis,
        evidence: [{ file: `${String(k + 1).padStart(2, '0')}文书.pdf`, page: 1 + (k % 4), text: it.title }],
      })
    })
    if (i === 1 && rubric.veto.items[0]) {
      const v = rubric.veto.items[0]
      findings.push({ id: `${v.id}-f`, kind: 'manual', itemId: v.id, docTypes: [], message: `${v.title}：经核实不符合`, deduction: 0, status: 'open', veto: true, evidence: [{ file: '08决定书.pdf', page: 1, text: '' }] })
    }
    const decisions: Decision[] = []
    if (findings[0]) decisions.push({ findingId: findings[0].id, action: 'reject', comment: '卷内另有材料', reviewer: '陈明', at: '2026-11-21T00:00:00Z' })
    if (i === 1 && rubric.veto.items[0]) decisions.push({ findingId: `${rubric.veto.items[0].id}-f`, action: 'accept', reviewer: '陈明', at: '2026-11-21T00:00:00Z' })
    const caseNumber = `测试罚〔2026〕${i + 1}号`
    out.push(snapshotCase(rubric, { id: i + 1, folder: `/cases/${i + 1}`, caseNumber, agency: AGENCIES[i % AGENCIES.length], party: PARTIES[i % PARTIES.length] }, leaves, findings, decisions))
  }
  return {
    project: { id: `p-${rubric.id}`, name: `${rubric.name}试评查`, dbPath: '', rubricId: rubric.id, agencies: AGENCIES, reviewers: REVIEWERS, samplingRatio: null, createdAt: '2026-11-01T00:00:00Z' },
    rubric,
    cases: out,
    ledger: [],
    date: '2026-11-23',
  }
}
