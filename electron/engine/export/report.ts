/**
 * 评查报告（通报）for a review project, after the structure of published 通报 (rubric-standards.md §4):
 * 基本情况 (scope, sampling) → 评查结果 (distribution, average, 优秀率/合格率, unit ranking) →
 * 存在的主要问题 (by category, counts, typical examples) → 整改要求.
 */
import { AlignmentType, ImageRun, Paragraph, type Table, type TableCell } from 'docx'
import { gradeUnit } from '../../../shared/score'
import type { ReviewSnapshot } from '../../../shared/types'
import type { BinaryKappa, PanelMember } from '../../../shared/types/panel'
import { KAPPA_METHOD_NAMES, WEIGHT_NAMES } from '../../../shared/panel'
import { barChart, type Chart } from './charts'
import { lawDataSentence } from '../../../shared/law/data-stamp'
import {
  agencyLabel,
  CATEGORIES,
  caseLabel,
  caseScore,
  cnDate,
  cnNum,
  hasAgency,
  NO_AGENCY,
  percent,
  projectStats,
  pts,
  reviewStats,
  rubricKeywords,
  rubricTag,
  type ProjectStats,
  type ReviewStats,
} from './model'
import { RECTIFY_DAYS } from './opinion'
import { blank, cell, heading, heading2, imprint, para, renderDocx, run, SIZE, subtitle, table, title } from './style'

export const REPORT_TITLE_SUFFIX = '情况通报'

export interface ReportOptions {
  /** Fonts for the charts; defaults to the system CJK fonts. */
  fontPaths?: string[]
}

function figure(chart: Chart, caption: string): Paragraph[] {
  const width = 560 // px at 96 dpi ≈ 148 mm, inside the 156 mm type area
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160 },
      children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height: Math.round((width * chart.height) / chart.width) } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(caption, { size: SIZE.xiaosi, font: 'heading' })] }),
  ]
}

function gradeBandText(snap: ReviewSnapshot): string {
  const g = snap.rubric.grades
  return g
    .map((b, i) => (i === 0 ? `${b.name}（${b.min}分以上）` : i === g.length - 1 ? `${b.name}（${g[i - 1].min}分以下）` : `${b.name}（${b.min}分至${g[i - 1].min}分以下）`))
    .join('、')
}

export function charts(st: ProjectStats, o: ReportOptions = {}): { distribution: Chart; categories: Chart } {
  const distribution = barChart(
    st.bands.map((b, i) => ({ label: b.label, asciiLabel: ['<60', '60-69', '70-79', '80-89', '90+'][i] ?? b.label, value: b.count })),
    { title: '案卷得分分布', asciiTitle: 'Score distribution (cases)', unit: '件', fontPaths: o.fontPaths },
  )
  const categories = barChart(
    st.byCategory.map((c) => ({ label: c.category, asciiLabel: `C${CATEGORIES.indexOf(c.category) + 1}`, value: c.count })),
    { title: '问题类别分布', asciiTitle: 'Problems by category', unit: '个', fontPaths: o.fontPaths, horizontal: true },
  )
  return { distribution, categories }
}

export async function buildReport(snap: ReviewSnapshot, o: ReportOptions = {}): Promise<Buffer> {
  const r = snap.rubric
  const st = projectStats(snap)
  const ch = charts(st, o)
  const p = snap.project
  const S = SIZE.xiaosi // tables in 小四 to fit seven columns on A4
  const children: (Paragraph | Table)[] = [...title(`${p.name}${REPORT_TITLE_SUFFIX}`), subtitle(rubricTag(r)), blank()]

  // Every statement of scope comes from the cases present and the 抽取记录 stored with the project (none: none is claimed).
  const named = st.agencies
  const unnamed = st.unnamed
  const whose = named.length ? `${named.length}个执法单位的` : ''
  children.push(
    para(`为进一步规范行政执法行为，提高执法案卷质量，评查组依照《${r.name}》（版本 ${r.version}），对${whose}${st.cases}件${r.appliesTo}案卷进行了评查。现将评查情况通报如下：`),
  )

  // 一、基本情况
  children.push(heading('一、基本情况'))
  children.push(para(scopeText(snap, st)))
  if (st.absent.length) {
    children.push(
      para(
        unnamed
          ? `项目单位名单中的${st.absent.join('、')}未识别到所属案卷（未识别出执法单位的${unnamed}卷可能属于其中）。`
          : `项目单位名单中的${st.absent.join('、')}本次没有案卷参加评查。`,
      ),
    )
  }
  const deciders = [...new Set(snap.cases.flatMap((c) => c.decisions.map((d) => d.reviewer.trim())).filter(Boolean))]
  const roster = snap.panel?.members.length ? snap.panel.members : null
  const everyone = deciders.length === p.reviewers.length && deciders.every((d) => p.reviewers.includes(d))
  const decided = !deciders.length ? '' : everyone && !roster ? '，各成员均对检查结果作出了复核认定' : `，${deciders.join('、')}对检查结果作出了复核认定`
  const panel = roster
    ? `评查组由${rosterText(roster)}组成${decided}。`
    : p.reviewers.length
      ? `评查组由${p.reviewers.join('、')}组成${decided}。`
      : deciders.length
        ? `${deciders.join('、')}对检查结果作出了复核认定。`
        : ''
  const vetoRule = r.veto.effect === 'zero' ? '计0分' : r.veto.effect === 'fail' ? '评为不合格' : `等级不高于${r.veto.capGrade ?? '合格'}`
  children.push(
    para(
      `${panel}案卷对照评查标准逐项检查评分，评查标准满分${pts(r.total)}分，设${gradeBandText(snap)}${r.grades.length}个等级，存在一票否决情形的案卷${vetoRule}。`,
    ),
  )
  for (const t of [doubleReviewText(snap), agreementText(snap)]) if (t) children.push(para(t))

  const lawData = lawDataSentence(snap.cases.map((c) => c.result?.provenance.laws))
  if (lawData) children.push(para(lawData))

  // 二、评查结果
  children.push(heading('二、评查结果'))
  children.push(heading2('（一）总体情况'))
  const scored =
    (st.scored < st.cases ? `其中已评分${st.scored}件，` : '') +
    (st.ungradable ? `因案卷中没有可读取的${r.appliesTo}文书而无法评分${st.ungradable}件（不计入平均分、等级和优秀率、合格率），` : '')
  children.push(
    para(
      `${scored}案卷平均得分${st.average === null ? '—' : pts(st.average)}分，最高${st.max === null ? '—' : pts(st.max)}分，最低${st.min === null ? '—' : pts(st.min)}分。` +
        st.grades.map((g) => `${g.name}${g.count}件`).join('，') +
        `；优秀率${percent(st.excellentRate)}，合格率${percent(st.passRate)}。` +
        (st.vetoed ? `触发一票否决的案卷${st.vetoed}件。` : '') +
        (st.provisional ? `尚有${st.provisional}件案卷的部分评查项目待评查人评定，其得分为暂计得分。` : ''),
    ),
  )
  const k = { align: 'center' as const, size: S, keepNext: true }
  const gradeRows: TableCell[][] = [['等级', '件数', '占比'].map((h) => cell(h, { ...k, bold: true, shade: true }))]
  for (const g of st.grades) gradeRows.push([cell(g.name, k), cell(String(g.count), k), cell(percent(st.scored ? g.count / st.scored : null), k)])
  gradeRows.push([cell('合计', { align: 'center', bold: true, size: S }), cell(String(st.scored), { align: 'center', size: S }), cell(st.scored ? '100.0%' : '—', { align: 'center', size: S })])
  children.push(table(gradeRows, [30, 30, 30], { headerRows: 1 }))
  children.push(...figure(ch.distribution, '图1　案卷得分分布'))

  // No ranking when no case names its agency; cases without one are not ranked as a unit.
  if (named.length) {
    children.push(heading2('（二）各单位得分排名'))
    const outside = unnamed ? `另有${unnamed}件案卷未识别出执法单位，未参加排名。` : ''
    children.push(para(`各单位按案卷平均得分排序，平均分相同的按总分排序；单位等级按平均分对照案卷等级标准确定。${outside}`, { keepNext: true }))
    const rankRows: TableCell[][] = [['排名', '单位', '案卷数', '平均分', '等级', '优秀', '不合格', '问题数'].map((h) => cell(h, { align: 'center', bold: true, shade: true, size: S, keepNext: true }))]
    // A short ranking stays on one page; a long one may break (its header row repeats).
    const keep = st.ranking.length <= 12
    st.ranking.forEach((a, i) => {
      const o = { align: 'center' as const, size: S, keepNext: keep && i < st.ranking.length - 1 }
      rankRows.push([
        cell(String(a.rank), o),
        cell(a.agency, { ...o, align: 'left' }),
        cell(String(a.cases), o),
        cell(a.average === null ? '—' : pts(a.average), o),
        cell(a.grade ?? '—', o),
        cell(String(a.excellent), o),
        cell(String(a.failed), o),
        cell(String(a.problems), o),
      ])
    })
    children.push(table(rankRows, [8, 30, 10, 11, 10, 9, 10, 10], { headerRows: 1 }))
  }

  // 三、存在的主要问题
  children.push(heading('三、存在的主要问题'))
  children.push(para(reviewText(reviewStats(snap), st)))
  // Without a CJK font the chart is labelled C1…C8; the caption then gives the key.
  const key = ch.categories.cjk ? '' : `（${st.byCategory.map((c) => `C${CATEGORIES.indexOf(c.category) + 1}：${c.category}`).join('，')}）`
  if (st.byCategory.length) {
    const k = { align: 'center' as const, size: S, keepNext: true }
    const catRows: TableCell[][] = [['问题类别', '问题数', '涉及案卷', '占问题总数'].map((h) => cell(h, { ...k, bold: true, shade: true }))]
    for (const c of st.byCategory) catRows.push([cell(c.category, k), cell(String(c.count), k), cell(`${c.cases}件`, k), cell(percent(c.count / st.problems.length), k)])
    children.push(table(catRows, [30, 20, 20, 30], { headerRows: 1 }))
    children.push(...figure(ch.categories, `图2　问题类别分布${key}`))
  }
  st.byCategory.forEach((c, i) => {
    children.push(heading2(`（${cnNum(i + 1)}）${c.category}方面`))
    const machine = st.problems.filter((p) => p.category === c.category && !p.reviewed).length
    const note = machine ? (machine === c.count ? '，均未经评查人复核' : `，其中${machine}个未经评查人复核`) : ''
    children.push(para(`共${c.count}个问题，涉及案卷${c.cases}件${note}。典型问题如下：`))
    c.examples.forEach((e, k) => {
      const whose = e.agency === NO_AGENCY ? `${e.caseNumber}案卷（执法单位未识别）` : `${e.agency}办理的${e.caseNumber}案卷`
      const mark = e.reviewed ? '' : '，未复核'
      children.push(para(`${k + 1}. ${whose}：${e.description.replace(/[。；]$/, '')}${e.veto ? `（一票否决${mark}）` : `（扣${pts(e.points)}分${mark}）`}。`))
    })
  })

  // 四、整改要求
  children.push(heading('四、整改要求'))
  const reqs: string[] = [
    `各单位要对照本通报和评查意见书，逐案逐项整改，于通报印发之日起${RECTIFY_DAYS}日内将整改台账（写明整改时限、责任人和整改情况）报送评查组。`,
  ]
  for (const c of st.byCategory.slice(0, 4)) {
    const fixes = [...new Set(c.examples.map((e) => e.remediation).filter(Boolean))].slice(0, 2)
    if (fixes.length) reqs.push(`针对${c.category}方面的问题，${fixes.map((f) => f.replace(/[。；]$/, '')).join('；')}。`)
  }
  const worst = st.ranking.filter((a) => a.failed > 0).map((a) => a.agency)
  // A failed case whose agency is not identified is named by its case number.
  const loose = snap.cases.filter((c) => !hasAgency(c)).map((c) => ({ c, s: caseScore(c) })).filter((x) => x.s && !x.s.ungradable && !gradeUnit(r, [x.s]).passed)
  const then = '要认真分析原因，对不合格案卷的承办人员开展专项培训，评查组将适时组织“回头看”。'
  if (worst.length) reqs.push(`${worst.join('、')}存在不合格案卷，${then}`)
  if (loose.length) reqs.push(`${loose.map((x) => caseLabel(x.c)).join('、')}案卷评为不合格（执法单位未识别），其办案单位${then}`)
  reqs.push('各单位要加强执法人员业务培训，落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，评查结果纳入年度法治政府建设考核。')
  // The last requirement, the blank lines and the signature stay on one page: no page holds the signature alone.
  reqs.forEach((t, i) => children.push(para(`${cnNum(i + 1)}是${t}`, { keepNext: i === reqs.length - 1 })))

  children.push(para('', { keepNext: true }), para('', { keepNext: true }))
  children.push(para('评查组', { align: 'right', keepNext: true }))
  children.push(para(cnDate(snap.date), { align: 'right' }))
  children.push(imprint(`${named.join('、') || '各被评查单位'}。`, '评查组', cnDate(snap.date)), new Paragraph({ children: [] }))
  // An official document (GB/T 9704): no running header; the rubric is named under the title.
  return renderDocx({ title: `${p.name}${REPORT_TITLE_SUFFIX}`, keywords: rubricKeywords(r), children })
}

const roleOrder = ['组长', '评查员', '复核人'] as const
/** 组长张三（市司法局），评查员李四（县交通局）、王五（…），… */
function rosterText(members: PanelMember[]): string {
  return roleOrder
    .map((role) => members.filter((m) => m.role === role))
    .filter((ms) => ms.length)
    .map((ms) => `${ms[0].role}${ms.map((m) => `${m.name}（${m.agency}）`).join('、')}`)
    .join('，')
}

const pct1 = (x: number) => `${Math.round(x * 1000) / 10}%`

/** How the cases were chosen, from the stored 抽取记录; null when the project has none. */
export function drawText(snap: ReviewSnapshot): string | null {
  const rec = snap.panel?.draw
  if (!rec) return null
  const d = rec.draw
  const picks = new Set(d.strata.flatMap((s) => s.picks.map((x) => x.case)))
  const inDraw = snap.cases.filter((c) => [c.row.caseNumber, c.row.folder.split(/[\\/]/).pop()].some((k) => k && picks.has(k))).length
  const n = snap.cases.length
  const by = d.by === 'unit' ? '按执法单位分层' : '按执法单位和案件类型分层'
  const how =
    `本次评查案卷经随机抽取产生：${rec.drawnBy}于${cnDate(rec.drawnAt.slice(0, 10))}以随机种子“${d.seed}”，从${rec.frameSource}中${by}抽取（评查范围共${d.frameSize}行、${new Set(d.strata.map((s) => s.unit)).size}个执法单位），` +
    `抽取比例${pct1(d.rate)}、每层不少于${d.min}卷，共抽取${picks.size}卷${d.exclusions.length ? `，${d.exclusions.length}行因信息不全或重复未纳入抽取` : ''}（详见抽取记录）。`
  const match = inDraw === n ? `本通报所列${n}卷均为抽中案卷。` : `本通报所列${n}卷中，抽中案卷${inDraw}卷，其余${n - inDraw}卷不在抽取结果中。`
  return how + match
}

/** Double review and how disagreements were settled, counted from the stored reviews and reconciliations. */
export function doubleReviewText(snap: ReviewSnapshot): string | null {
  const cs = snap.panel?.cases ?? []
  if (!cs.length) return null
  const done = cs.filter((c) => c.allSubmitted)
  const flagged = done.filter((c) => c.flags.length)
  const kinds = (k: string) => flagged.filter((c) => c.flags.some((f) => f.kind === k)).length
  const settled = cs.filter((c) => c.reconciliation)
  const byLeader = settled.filter((c) => c.reconciliation!.method === '组长裁定').length
  const byPanel = settled.filter((c) => c.reconciliation!.method === '集体评议').length
  const dissent = settled.filter((c) => c.reconciliation!.dissent).length
  const open = flagged.filter((c) => !c.reconciliation).length
  const parts = [`${cs.length}件案卷由两名以上评查人背靠背分别评查（评查人回避本单位案卷和申报了利害关系的案卷），其中${done.length}件各评查人均已提交`]
  if (done.length) {
    const why = [kinds('grade') ? `等次不同${kinds('grade')}件` : '', kinds('score') ? `总分相差超过${pts(snap.panel!.threshold)}分${kinds('score')}件` : '', kinds('veto') ? `一票否决认定不一致${kinds('veto')}件` : '']
      .filter(Boolean)
      .join('、')
    parts.push(flagged.length ? `存在分歧的${flagged.length}件（${why}）` : '各评查人的评查结果均无须组长复核的分歧')
  }
  if (settled.length)
    parts.push(
      `组长复核定分${settled.length}件（${[byLeader ? `组长裁定${byLeader}件` : '', byPanel ? `集体评议${byPanel}件` : ''].filter(Boolean).join('、')}${dissent ? `，其中${dissent}件记录了不同意见` : ''}），评查人的原始评分均予保留`,
    )
  if (open) parts.push(`尚有${open}件分歧未经组长定分`)
  return parts.join('；') + '。'
}

/** The panel's agreement with its bands named; null without double review. */
export function agreementText(snap: ReviewSnapshot): string | null {
  const p = snap.panel
  if (!p?.cases.length) return null
  const a = p.agreement
  if (!a) return `双人评查的案卷尚不足以计算评查一致性（${p.agreementNote ?? '各评查人均已提交的案卷不足2件'}）。`
  const f = (x: number | null) => (x === null ? '无法计算' : x.toFixed(2))
  const kappa =
    a.kappa === null
      ? '所有评定为同一等次，κ及加权κ无定义'
      : `${KAPPA_METHOD_NAMES[a.kappaMethod]}为${f(a.kappa)}${a.bands.kappa ? `（${a.bands.system.kappa}：${a.bands.kappa}）` : ''}，` +
        `加权κ为${f(a.weightedKappa.linear)}（${WEIGHT_NAMES.linear}）、${f(a.weightedKappa.quadratic)}（${WEIGHT_NAMES.quadratic}）`
  const icc = `总分的组内相关系数ICC(A,1)为${f(a.icc.value)}${a.icc.ci95 ? `（95%置信区间${f(a.icc.ci95[0])}～${f(a.icc.ci95[1])}` : '（置信区间无法计算'}${a.bands.icc ? `；${a.bands.system.icc}：${a.bands.icc}）` : '）'}`
  const binary = (what: string, k: BinaryKappa | null | undefined) =>
    !k
      ? ''
      : `${what}（${k.n}项次，意见一致${k.percentAgreement.toFixed(1)}%）${k.value === null ? 'κ无定义（各评查人意见全部相同）' : `κ为${f(k.value)}（${p.agreement!.bands.system.kappa}：${k.band}）`}`
  const decisions = [binary('各评查项是否扣分', p.decisionAgreement?.items), binary('一票否决是否成立', p.decisionAgreement?.veto)].filter(Boolean).join('；')
  return `评查一致性：按${a.n}件各评查人均已提交的双评案卷计算，等次完全一致的占${a.percentAgreement.toFixed(1)}%，${kappa}，${icc}${decisions ? `；${decisions}` : ''}。`
}

/** 本次评查范围: the cases present and the agencies they name, with their counts; how they were drawn when a draw is recorded. */
export function scopeText(snap: ReviewSnapshot, st: ProjectStats): string {
  const n = st.cases
  const counts = st.agencies.map((a) => `${a}${n > 1 ? `${snap.cases.filter((c) => agencyLabel(c) === a).length}卷` : ''}`)
  let who = ''
  if (st.agencies.length) who = `，涉及${counts.join('、')}，共${st.agencies.length}个执法单位${st.unnamed ? `，另有${st.unnamed}卷未识别出执法单位` : ''}`
  else if (st.unnamed) who = n === 1 ? '，该卷未识别出执法单位' : '，各卷均未识别出执法单位'
  const drawn = drawText(snap)
  return drawn ? `${drawn.replace(/。$/, '')}${who}。` : `本次评查范围为导入的全部案卷（共${n}卷）${who}。`
}

/**
 * What the review did with the problems found, in numbers: how many a reviewer decided (confirmed, rejected,
 * adjusted), how many stand only as the machine's result, and how many count towards the score.
 */
export function reviewText(rs: ReviewStats, st: ProjectStats): string {
  const parts: string[] = []
  if (rs.found) {
    const how = [
      rs.accepted ? `确认${rs.accepted}个` : '',
      rs.rejected ? `驳回${rs.rejected}个` : '',
      rs.adjusted ? `调整${rs.adjusted}个` : '',
    ].filter(Boolean)
    let rest = ''
    if (rs.unreviewed) {
      const listed = '以机器检查结果列示'
      const verify = `${rs.verifyPending}个为待核实问题，暂不扣分`
      rest = !rs.verifyPending ? listed : !rs.machineListed ? `均为待核实问题，暂不扣分` : `${listed}（其中${verify}）`
    }
    if (!rs.reviewed) parts.push(`评查共发现问题${rs.found}个，均未经评查人复核，${rest}`)
    else if (!rs.unreviewed) parts.push(`评查共发现问题${rs.found}个，均经评查人复核（${how.join('、')}）`)
    else parts.push(`评查共发现问题${rs.found}个，其中经评查人复核${rs.reviewed}个（${how.join('、')}），其余${rs.unreviewed}个尚未复核，${rest}`)
  }
  if (rs.toJudge) parts.push(`另有须评查人判定的事项${rs.toJudge}个（无法自动判定或须人工评查），${rs.judged ? `已评定${rs.judged}个` : '尚未评定'}`)
  if (rs.itemDeductions) parts.push(`评查人直接对${rs.itemDeductions}个评查项目评定扣分`)
  const head = parts.length ? `${parts.join('；')}。` : ''
  if (!st.problems.length) return `${head}${rs.found || rs.toJudge ? '计入扣分的问题为0个。' : '本次评查未发现扣分问题。'}`
  const unreviewed = st.problems.filter((p) => !p.reviewed).length
  const mark = !unreviewed ? '' : unreviewed === st.problems.length ? '（均未复核，文中标注“未复核”）' : `（其中${unreviewed}个未复核，文中标注“未复核”）`
  return `${head}计入扣分（含一票否决）的问题共${st.problems.length}个${mark}，按类别统计如下：${st.byCategory.map((c) => `${c.category}${c.count}个`).join('、')}。`
}
