/** 案卷评查评分表: one per case, the rubric's items with 分值/扣分/得分, reasons and evidence, decisions applied. */
import type { Paragraph, Table, TableCell } from 'docx'
import type { ItemScore, ReviewSnapshot, RubricItem, RubricSection, VetoEffect } from '../../../shared/types'
import {
  agencyLabel,
  caseGrade,
  caseLabel,
  caseScore,
  caseTotal,
  cnDate,
  cnNum,
  decideFindings,
  itemIndex,
  evidenceText,
  hasAgency,
  latestDecisions,
  partyLabel,
  plainMessage,
  pts,
  rubricHeader,
  rubricKeywords,
  rubricTag,
  type DecidedFinding,
  type SnapshotCase,
} from './model'
import { blank, caption, cell, para, renderDocx, run, SIZE, subtitle, table, title } from './style'
import { lawDataSentence } from '../../../shared/law/data-stamp'

export const SCORE_SHEET_TITLE = '行政执法案卷评查评分表'

/** Reviewers of a case: who recorded decisions on it, in the order they first decided (not the whole project panel). */
export function reviewersOf(_snap: ReviewSnapshot, c: SnapshotCase): string[] {
  const names = [...c.decisions].sort((a, b) => a.at.localeCompare(b.at)).map((d) => d.reviewer.trim())
  return [...new Set(names.filter(Boolean))]
}

/**
 * Who reviewed the case as the sheet states it: under double review, each assigned reviewer with whether they
 * submitted, and how the 组长 settled it; else whoever recorded decisions. Only what the project holds.
 */
export function reviewedBy(snap: ReviewSnapshot, c: SnapshotCase): string {
  const pc = snap.panel?.cases.find((x) => x.caseId === c.row.id)
  if (!pc) return reviewersOf(snap, c).join('、') || '尚无评查人对本卷作出认定'
  const who = pc.reviewers.map((r) => `${r.name}（${r.agency}${r.submittedAt ? '，已提交' : '，未提交'}）`).join('、')
  const rec = pc.reconciliation
  const settled = rec ? `；${rec.method === '集体评议' ? `集体评议（${rec.leader}主持）` : `组长${rec.leader}裁定`}` : pc.flags.length ? '；评查意见不一致，待组长处理' : ''
  return `双人评查：${who}${settled}`
}

function findingLine(f: DecidedFinding, n: number): string {
  const ev = evidenceText(f.finding)
  const where = ev ? `（${ev}）` : ''
  let tag = ''
  const comment = f.decision?.comment ? `：${f.decision.comment}` : ''
  if (f.outcome === 'rejected') tag = `【已驳回，不扣分${comment}】`
  else if (f.outcome === 'adjusted') tag = `【评查人调整为扣${pts(f.points)}分${comment}】`
  else if (f.outcome === 'accepted') tag = `【已确认${comment}】`
  else if (f.outcome === 'pending' && f.finding.status === 'undetermined') tag = '【无法自动判定，待人工评定，暂不扣分】'
  else if (f.outcome === 'pending' && f.finding.status === 'verify') tag = '【待核实，暂不扣分】'
  else if (f.outcome === 'pending') tag = '【待评查人评定，暂不扣分】'
  else if (f.finding.deductionRange) tag = `【视情况扣${f.finding.deductionRange[0]}–${f.finding.deductionRange[1]}分，暂扣${pts(f.points)}分，待评定】`
  else if (f.outcome === 'machine') tag = '【机器检查结果，未复核】'
  return `${n}. ${plainMessage(f.finding.message)}${where}${tag}`
}

export async function buildScoreSheet(snap: ReviewSnapshot, c: SnapshotCase): Promise<Buffer> {
  const r = snap.rubric
  const findings = decideFindings(c, itemIndex(r))
  const byItem = new Map<string, DecidedFinding[]>()
  for (const f of findings) byItem.set(f.finding.itemId, [...(byItem.get(f.finding.itemId) ?? []), f])
  const cs = caseScore(c)
  const scores = new Map<string, ItemScore>((cs?.items ?? []).map((i) => [i.itemId, i]))
  const itemResults = new Map((c.result?.items ?? []).map((i) => [i.itemId, i]))
  const manual = latestDecisions(c.decisions).byItem
  const S = SIZE.xiaosi // tables in 小四: 三号 leaves too few characters per column on A4

  const info: TableCell[][] = [
    [cell('案　　号', { align: 'center', shade: true }), cell(caseLabel(c)), cell('执法单位', { align: 'center', shade: true }), cell(hasAgency(c) ? agencyLabel(c) : '未识别（案卷中未读出执法单位）')],
    [cell('当 事 人', { align: 'center', shade: true }), cell(partyLabel(c)), cell('评查日期', { align: 'center', shade: true }), cell(cnDate(snap.date))],
    [cell('评 查 人', { align: 'center', shade: true }), cell(reviewedBy(snap, c), { span: 3 })],
    [cell('评查标准', { align: 'center', shade: true }), cell(`${r.name}（版本 ${r.version}）`, { span: 3 })],
  ]

  // 一票否决
  const vh = { align: 'center' as const, bold: true, shade: true, keepNext: true }
  const vetoRows: TableCell[][] = [[cell('序号', vh), cell('否决项', vh), cell('结果', vh)]]
  const vetoHit = new Set(cs?.vetoItems ?? [])
  const vetoPending = new Set(cs?.vetoPending ?? [])
  r.veto.items.forEach((v, i) => {
    const fs = byItem.get(v.id) ?? []
    const standing = fs.filter((f) => f.outcome !== 'rejected')
    let result = '未发现'
    if (vetoHit.has(v.id)) result = '存在，一票否决：' + standing.map((f, k) => findingLine(f, k + 1)).join('\n')
    else if (fs.some((f) => f.outcome === 'rejected')) result = '未成立：' + fs.map((f, k) => findingLine(f, k + 1)).join('\n')
    else if (standing.length || vetoPending.has(v.id)) result = '待核实：' + (standing.map((f, k) => findingLine(f, k + 1)).join('\n') || '待评查人认定')
    else if (itemResults.get(v.id)?.status === 'undetermined') result = `无法自动判定：${itemResults.get(v.id)?.reason ?? ''}`
    vetoRows.push([cell(String(i + 1), { align: 'center' }), cell(v.title), cell(result)])
  })

  // Items, section by section in rubric order.
  const head = ['序号', '评查内容', '分值', '扣分', '得分', '扣分理由及证据（文件、页码）'].map((h) => cell(h, { align: 'center', bold: true, shade: true, size: S, keepNext: true }))
  const rows: TableCell[][] = [head]
  const sectionScore = new Map((cs?.sections ?? []).map((s) => [s.id, s]))
  let n = 0
  const walk = (s: RubricSection, depth: number) => {
    const ss = sectionScore.get(s.id)
    const label = depth === 0 ? `${cnNum(r.sections.indexOf(s) + 1)}、${s.title}` : s.title
    const summary = ss ? `（${pts(s.points)}分，扣${pts(ss.deducted)}分，得${pts(ss.score)}分）` : `（${pts(s.points)}分）`
    rows.push([cell(label + summary, { span: 6, bold: true, font: 'heading', size: S, keepNext: true })])
    for (const it of s.items ?? []) itemRow(it)
    for (const sub of s.sections ?? []) walk(sub, depth + 1)
  }
  const itemRow = (it: RubricItem) => {
    n++
    const sc = scores.get(it.id)
    const fs = byItem.get(it.id) ?? []
    const lines = fs.map((f, k) => findingLine(f, k + 1))
    const md = manual.get(it.id)
    if (md) lines.push(`评查人评定${md.points ? `扣${pts(md.points)}分` : '不扣分'}${md.comment ? `：${md.comment}` : ''}（${md.reviewer}）`)
    const ir = itemResults.get(it.id)
    if (!lines.length && ir?.status === 'undetermined') lines.push(`无法自动判定：${ir.reason ?? '原因未说明'}`)
    if (!lines.length && ir?.status === 'not-applicable') lines.push(`不适用${ir.reason ? `：${ir.reason}` : ''}`)
    if (sc?.pending) lines.push('（待评查人评定，得分暂计）')
    rows.push([
      cell(String(n), { align: 'center', size: S }),
      cell(it.title, { size: S }),
      cell(pts(it.points), { align: 'center', size: S }),
      cell(sc ? pts(sc.deducted) : '—', { align: 'center', size: S }),
      cell(sc ? pts(sc.score) : '—', { align: 'center', size: S }),
      cell(lines.join('\n'), { size: S }),
    ])
  }
  for (const s of r.sections) walk(s, 0)
  if (r.bonus?.items.length) {
    rows.push([cell(`加分项（最高加${pts(r.bonus.max)}分，本卷加${pts(cs?.bonus ?? 0)}分）`, { span: 6, bold: true, font: 'heading', size: S, keepNext: true })])
    for (const it of r.bonus.items) itemRow(it)
  }

  const total = caseTotal(c)
  const scored = (cs?.items ?? []).filter((i) => !i.bonus)
  const deducted = scored.reduce((a, i) => a + i.deducted, 0)
  rows.push([
    cell('合计', { span: 2, align: 'center', bold: true, size: S }),
    cell(pts(r.total), { align: 'center', size: S }),
    cell(pts(deducted), { align: 'center', size: S }),
    cell(pts(scored.reduce((a, i) => a + i.score, 0)), { align: 'center', size: S }),
    cell(cs?.bonus ? `另加分 ${pts(cs.bonus)} 分` : '', { size: S }),
  ])
  const vetoNote = cs?.vetoed ? `；触发一票否决（${vetoEffectText(snap, cs.vetoEffect)}）` : ''
  const pendingNote = cs?.pending ? `；尚有${cs.pending}项待评定，得分暂计` : ''
  rows.push([
    cell('总分及等级', { span: 2, align: 'center', bold: true, size: S }),
    cell(
      cs?.ungradable ? `无法评分：${cs.ungradable}` : `总分 ${total === null ? '未评分' : pts(total)} 分　等级：${caseGrade(c)}${vetoNote}${pendingNote}`,
      { span: 4, bold: true, size: S },
    ),
  ])

  const children: (Paragraph | Table)[] = [
    ...title(SCORE_SHEET_TITLE),
    subtitle(rubricTag(r)),
    table(info, [14, 36, 14, 36]),
    blank(),
    caption('一票否决项'),
    table(vetoRows, [7, 45, 48], { headerRows: 1 }),
    blank(),
    // The caption, the header row and the first section row stay together; the header row repeats on every page.
    caption('评分明细'),
    table(rows, [6, 30, 7, 7, 7, 43], { headerRows: 1 }),
    // Which law data the citation checks used (shipped version and user layer).
    ...(c.result?.provenance.laws ? [para(lawDataSentence([c.result.provenance.laws])!, { indent: false })] : []),
    blank(),
    // The two signature lines stay on one page.
    para([run('评查人（签名）：________________　　日期：____年__月__日', { size: SIZE.sihao })], { indent: false, keepNext: true }),
    para([run('', { size: SIZE.sihao })], { indent: false, keepNext: true }),
    para([run('复核人（签名）：________________　　日期：____年__月__日', { size: SIZE.sihao })], { indent: false }),
  ]
  return renderDocx({ title: `${SCORE_SHEET_TITLE} ${caseLabel(c)}`, header: rubricHeader(r), keywords: rubricKeywords(r), children })
}

export function vetoEffectText(snap: ReviewSnapshot, effect: VetoEffect = snap.rubric.veto.effect): string {
  const v = snap.rubric.veto
  if (effect === 'zero') return '总分计为0分'
  if (effect === 'fail') return '评为不合格卷，不再计分'
  return `等级不高于${v.capGrade ?? '合格'}`
}
