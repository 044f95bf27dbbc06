/**
 * Fixture projects for the end-to-end tests, written straight into a project database (the engine's own store):
 * - a review project holding one real case (a sample PDF case read by the real ingest) whose findings point at
 *   real lines of the PDF, so evidence highlighting is checked against real coordinates even before the
 *   segment/extract/check stages exist;
 * - a project of 500 cases for measuring the case list.
 * Documents come from the sample's truth.json (its filing order), findings are written here from real page lines.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '../../electron/engine/ingest'
import { ProjectStore } from '../../electron/engine/store'
import { scoreCase } from '../../shared/score'
import type { CaseDocument, CaseResult, CaseScore, DocLine, DocType, Evidence, Finding, IngestResult, ItemResult, Page, Rubric, RubricItem, RubricSection } from '../../shared/types'
import { ROOT } from './harness'

export const SAMPLE_PDF_CASE = join(ROOT, 'resources', 'samples', '02-defects-ordinary-pdf')

function leafItems(sections: RubricSection[]): RubricItem[] {
  return sections.flatMap((s) => [...(s.items ?? []), ...leafItems(s.sections ?? [])])
}

function lineEvidence(pages: Page[], page: number, probe: RegExp): Evidence {
  const p = pages.find((x) => x.page === page)
  if (!p) throw new Error(`the sample PDF has no page ${page}`)
  let i = p.lines.findIndex((l) => probe.test(l.text))
  if (i < 0) i = p.lines.findIndex((l) => l.text.trim().length > 6)
  const l = p.lines[i]
  return { file: p.file, page, line: i, bbox: l.bbox, text: l.text.slice(0, 40) }
}

export interface SeededCase {
  dbPath: string
  projectName: string
  caseNumber: string
  findings: Finding[]
  /** Whether findings refer to a real rubric (so finding.decide can rescore). */
  realRubric: boolean
}

/** A project with the sample PDF case and hand-written findings on real lines of it. */
export async function seedReviewProject(dir: string, rubric: Rubric | null): Promise<SeededCase> {
  if (!existsSync(SAMPLE_PDF_CASE)) throw new Error(`missing sample case ${SAMPLE_PDF_CASE}`)
  mkdirSync(dir, { recursive: true })
  const truth = JSON.parse(readFileSync(`${SAMPLE_PDF_CASE}.truth.json`, 'utf8')) as {
    caseNumber: string
    agency: string
    party: { name: string }
    procedure: '普通程序'
    documents: { type: DocType; title: string; files: { path: string; pages: number[] }[] }[]
  }
  const ing: IngestResult = await ingest(SAMPLE_PDF_CASE, { cacheDir: join(dir, 'cache'), threads: 1 })
  const documents: CaseDocument[] = truth.documents.map((d, index) => ({
    id: String(index),
    index,
    type: d.type,
    confidence: 1,
    title: d.title,
    parts: d.files.map((f) => ({ file: f.path, pages: f.pages })),
    lines: d.files.flatMap((f) =>
      f.pages.flatMap((pg) => (ing.pages.find((p) => p.file === f.path && p.page === pg)?.lines ?? []).map((l, line): DocLine => ({ ...l, file: f.path, page: pg, line }))),
    ),
  }))

  const items = rubric ? leafItems(rubric.sections).filter((it) => it.deduction.form !== 'range') : []
  const itemId = (n: number, fallback: string) => items[n]?.id ?? fallback
  const deduction = (n: number, fallback: number) => {
    const d = items[n]?.deduction
    return !d ? fallback : d.form === 'whole' ? items[n].points : d.form === 'range' ? d.min : Math.min(d.each, items[n].points)
  }
  const findings: Finding[] = [
    {
      id: 'e2e-officers',
      kind: 'officers',
      itemId: itemId(0, 'A1'),
      docTypes: ['询问笔录'],
      field: '执法人员',
      message: '询问笔录仅记载一名执法人员，少于法定的两名',
      deduction: deduction(0, 2),
      status: 'open',
      basis: { law: '中华人民共和国行政处罚法', provision: '第五十五条第一款' },
      evidence: [lineEvidence(ing.pages, 4, /执法人员/)],
    },
    {
      id: 'e2e-citation',
      kind: 'citation-outdated',
      itemId: itemId(1, 'A2'),
      docTypes: ['行政处罚事先告知书'],
      field: '告知依据',
      message: '告知书引用2017年行政处罚法第三十一条、第三十二条，现行为第四十四条、第四十五条',
      deduction: deduction(1, 3),
      status: 'open',
      evidence: [lineEvidence(ing.pages, 9, /第三十一条|第三十二条|行政处罚法/)],
    },
    {
      id: 'e2e-deadline',
      kind: 'deadline',
      itemId: itemId(2, 'A3'),
      docTypes: ['行政处罚决定书', '行政处罚事先告知书'],
      field: '陈述申辩期限',
      message: '告知书送达后仅1个工作日即作出处罚决定，陈述申辩期未满',
      deduction: deduction(2, 5),
      status: 'verify',
      evidence: [lineEvidence(ing.pages, 11, /年.*月.*日/)],
    },
    {
      id: 'e2e-missing',
      kind: 'missing-document',
      itemId: itemId(3, 'A4'),
      docTypes: ['陈述申辩笔录'],
      message: '案卷中没有陈述申辩笔录（当事人已被告知陈述申辩权利）',
      deduction: deduction(3, 2),
      status: 'open',
      evidence: [],
    },
  ]
  const itemResults: ItemResult[] = (rubric ? items.slice(0, 4).map((it) => it.id) : ['A1', 'A2', 'A3', 'A4']).map((id) => ({
    itemId: id,
    status: 'fail',
    findingIds: findings.filter((f) => f.itemId === id).map((f) => f.id),
  }))
  if (rubric) for (const it of items.slice(4)) itemResults.push({ itemId: it.id, status: 'pass', findingIds: [] })

  const score: CaseScore = rubric
    ? scoreCase(rubric, itemResults, findings, [])
    : {
        total: 88,
        grade: '良好',
        vetoed: false,
        vetoItems: [],
        sections: [{ id: 'A', title: '程序', points: 100, deducted: 12, score: 88 }],
        items: findings.map((f, i) => ({ itemId: f.itemId, title: ['执法人员', '法律适用', '法定期限', '文书齐全'][i], path: ['程序'], points: 5, deducted: f.deduction, score: 5 - f.deduction, pending: f.status !== 'open' })),
        bonus: 0,
        pending: 1,
      }
  const result: CaseResult = {
    case: { folder: SAMPLE_PDF_CASE, caseNumber: truth.caseNumber, party: truth.party.name, procedure: truth.procedure },
    rubric: { id: rubric?.id ?? 'e2e-none', version: rubric?.version ?? '0' },
    score: score.total,
    grade: score.grade,
    vetoed: score.vetoed,
    documents: documents.map((d) => ({ type: d.type, files: d.parts.map((p) => ({ path: p.file, pages: p.pages })), confidence: 1 })),
    findings,
    items: itemResults,
    scoreDetail: score,
    errors: ing.errors,
    provenance: { engine: 'e2e-fixture', checkedAt: new Date().toISOString() },
  }
  const dbPath = join(dir, 'e2e-review.pingcha.sqlite')
  const store = await ProjectStore.create(dbPath, {
    name: '端到端评查项目',
    rubricId: rubric?.id ?? 'e2e-none',
    agencies: [truth.agency],
    reviewers: ['测试评查员'],
    samplingRatio: 0.2,
  })
  await store.saveCase(SAMPLE_PDF_CASE, { ingest: ing, documents, facts: null, result, agency: truth.agency })
  await store.close()
  return { dbPath, projectName: '端到端评查项目', caseNumber: truth.caseNumber, findings, realRubric: !!rubric }
}

const AGENCIES = ['成都市武侯区市场监督管理局', '成都市锦江区市场监督管理局', '成都市青羊区生态环境局', '成都市金牛区应急管理局', '成都市成华区城市管理局']
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'

/** A project of n cases with varied rows (status, score, grade, open findings), for list performance. */
export async function seedBigProject(dir: string, n: number): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const dbPath = join(dir, `e2e-${n}.pingcha.sqlite`)
  const store = await ProjectStore.create(dbPath, { name: `${n}卷性能测试项目`, rubricId: 'e2e-none', agencies: AGENCIES, reviewers: [], samplingRatio: null })
  const empty: IngestResult = { root: '', files: [], pages: [], errors: [] }
  for (let i = 0; i < n; i++) {
    const agency = AGENCIES[i % AGENCIES.length]
    const checked = i % 7 !== 0
    const total = 60 + ((i * 37) % 40)
    const findings: Finding[] = Array.from({ length: i % 5 }, (_, k) => ({ id: `f${k}`, kind: 'missing-field', itemId: `I${k}`, docTypes: ['行政处罚决定书'], message: '缺少要素', deduction: 1, status: 'open', evidence: [] }))
    const result: CaseResult | null = checked
      ? {
          case: { folder: `/cases/${i}`, caseNumber: `成武市监处罚〔2024〕${100 + i}号`, party: `${SURNAMES[i % SURNAMES.length]}某${i}有限公司`, procedure: '普通程序' },
          rubric: { id: 'e2e-none', version: '0' },
          score: total,
          grade: total >= 90 ? '优秀' : total >= 75 ? '合格' : '不合格',
          vetoed: i % 97 === 0,
          documents: [],
          findings,
          items: [],
          scoreDetail: { total, grade: '', vetoed: false, vetoItems: [], sections: [], items: [], bonus: 0, pending: 0 },
          errors: [],
          provenance: { engine: 'e2e-fixture', checkedAt: new Date(Date.UTC(2024, 10, 1 + (i % 28))).toISOString() },
        }
      : null
    await store.saveCase(`/cases/${agency}/${String(i).padStart(3, '0')}`, { ingest: empty, documents: [], facts: null, result, agency })
  }
  await store.close()
  return dbPath
}
