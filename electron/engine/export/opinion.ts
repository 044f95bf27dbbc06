/** 评查意见书: one per case, the problems found in plain language by rubric section, with legal basis and what to fix. */
import type { Paragraph, Table } from 'docx'
import type { ReviewSnapshot } from '../../../shared/types'
import {
  agencyLabel,
  caseGrade,
  caseLabel,
  caseProblems,
  caseScore,
  caseTotal,
  cnDate,
  cnNum,
  hasAgency,
  partyLabel,
  pts,
  rubricKeywords,
  rubricTag,
  type Problem,
  type SnapshotCase,
} from './model'
import { reviewersOf, vetoEffectText } from './score-sheet'
import { blank, heading, heading2, para, renderDocx, run, subtitle, title } from './style'

export const OPINION_TITLE = '行政执法案卷评查意见书'

/** Days an agency gets to rectify, counted from receipt. */
export const RECTIFY_DAYS = 30

function problemParagraphs(p: Problem, n: number): Paragraph[] {
  const out: Paragraph[] = []
  const unreviewed = p.reviewed ? '' : '，未复核'
  const cost = p.veto ? `（一票否决项${unreviewed}）` : `（扣${pts(p.points)}分${unreviewed}）`
  const where = p.evidence ? `见${p.evidence}。` : ''
  out.push(para(`${n}. ${p.description.replace(/[。；]$/, '')}${cost}。${where}`))
  const basis = p.basis ? `依据：${p.basis}；评查标准第${p.itemId}项“${p.itemTitle}”。` : `依据：评查标准第${p.itemId}项“${p.itemTitle}”。`
  out.push(para(basis))
  if (p.remediation) out.push(para(`整改意见：${p.remediation.replace(/[。；]$/, '')}。`))
  return out
}

export async function buildOpinion(snap: ReviewSnapshot, c: SnapshotCase, index: number): Promise<Buffer> {
  const r = snap.rubric
  const problems = caseProblems(snap, index)
  const total = caseTotal(c)
  const children: (Paragraph | Table)[] = [...title(OPINION_TITLE), subtitle(rubricTag(r)), blank()]
  // Addressed to the agency that handled the case; with none identified, no addressee is invented.
  const named = hasAgency(c)
  if (named) children.push(para(`${agencyLabel(c)}：`, { indent: false }))
  else
    children.push(
      para(`（本案卷未识别出执法单位，本意见书未写主送单位。送达前请核实${caseLabel(c)}案卷的办案单位并补写。）`, { indent: false }),
    )
  const ungradable = caseScore(c)?.ungradable
  const scoreText = ungradable ? `该案卷无法评分：${ungradable}` : total === null ? '尚未评分' : `得分${pts(total)}分，等级为“${caseGrade(c)}”`
  const machine = problems.filter((p) => !p.reviewed).length
  const machineNote = !machine
    ? ''
    : machine === problems.length
      ? '（均为机器检查结果，尚未经评查人复核，已标注“未复核”）'
      : `（其中${machine}个为机器检查结果，尚未经评查人复核，已标注“未复核”）`
  children.push(
    para(
      `根据${snap.project.name}工作安排，评查组依照《${r.name}》（版本 ${r.version}）对${named ? '你单位办理的' : ''}${caseLabel(c)}案卷（当事人：${partyLabel(c)}）进行了评查，${scoreText}。` +
        (problems.length ? `共发现问题${problems.length}个${machineNote}，现将评查意见告知如下：` : '未发现扣分问题。'),
    ),
  )
  const cs = caseScore(c)
  if (cs?.vetoed) {
    const titles = cs.vetoItems.map((id) => r.veto.items.find((v) => v.id === id)?.title ?? id)
    children.push(para(`该案卷存在一票否决情形（${titles.join('；')}），${vetoEffectText(snap, cs.vetoEffect)}。`))
  }
  if (cs?.pending) children.push(para(`另有${cs.pending}个评查项目尚待评查人评定，本意见书所列得分为暂计得分。`))

  // Group by the top-level rubric section, in rubric order; veto items first.
  const order = ['否决项', ...r.sections.map((s) => s.title), '加分项']
  const groups = new Map<string, Problem[]>()
  for (const p of problems) {
    const key = p.veto ? '否决项' : p.path[0] ?? '其他'
    groups.set(key, [...(groups.get(key) ?? []), p])
  }
  const keys = [...groups.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
  keys.forEach((k, i) => {
    children.push(heading(`${cnNum(i + 1)}、${k === '否决项' ? '一票否决问题' : `${k}方面的问题`}`))
    const ps = groups.get(k)!
    // Second-level headings only where the section has sub-sections.
    const sub = new Map<string, Problem[]>()
    for (const p of ps) sub.set(p.path.slice(1).join('／'), [...(sub.get(p.path.slice(1).join('／')) ?? []), p])
    let n = 0
    let j = 0
    for (const [name, list] of sub) {
      if (name) children.push(heading2(`（${cnNum(++j)}）${name}`))
      for (const p of list) children.push(...problemParagraphs(p, ++n))
    }
  })

  children.push(heading(`${cnNum(keys.length + 1)}、整改要求`))
  children.push(
    para(
      problems.length
        ? `请${named ? '你' : '办案'}单位自收到本意见书之日起${RECTIFY_DAYS}日内，对上述问题逐项整改，能够补正的予以补正，不能补正的说明情况，举一反三完善制度，并将整改情况书面报送评查组，同时在整改台账中登记整改时限、责任人和整改情况。`
        : `请${named ? '你' : '办案'}单位继续保持规范执法，做好案卷制作和归档工作。`,
    ),
  )
  children.push(blank(), blank())
  children.push(para('评查组（印章）', { align: 'right' }))
  children.push(para(cnDate(snap.date), { align: 'right' }))
  children.push(blank())
  children.push(para([run(`评查人：${reviewersOf(snap, c).join('、') || '________________'}`)], { indent: false }))
  // An official document (GB/T 9704): no running header; the rubric is named under the title.
  return renderDocx({ title: `${OPINION_TITLE} ${caseLabel(c)}`, keywords: rubricKeywords(r), children })
}
