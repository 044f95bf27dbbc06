/**
 * 抽取记录 (DOCX): everything anyone needs to check the draw by hand — the seed, who drew and when, the frame's hash
 * and size per unit, rate and minimum, every pick with its rank key, every row set aside and why, the assignment of
 * reviewers with the organiser's overrides and their reasons, the app version — and lines for the witnesses' signatures
 * (the 摇号 is done in front of witnesses who sign the paper record).
 */
import type { Paragraph, Table } from 'docx'
import type { ProjectInfo } from '../../../shared/types'
import type { DrawRecord } from '../../../shared/types/panel'
import { caption, cell, heading, para, renderDocx, run, subtitle, table, title, SIZE } from './style'

export const DRAW_RECORD_TITLE = '评查案卷抽取记录'

/** Local date and minute, as a person writes it on a record. */
export function cnDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`

export async function buildDrawRecord(project: ProjectInfo, rec: DrawRecord): Promise<Buffer> {
  const d = rec.draw
  const picks = d.strata.reduce((a, s) => a + s.n, 0)
  const children: (Paragraph | Table)[] = [...title(DRAW_RECORD_TITLE), subtitle(`评查项目：${project.name}`)]
  children.push(heading('一、抽取方法'))
  children.push(
    para(
      `按${d.by === 'unit' ? '执法单位' : '执法单位和案件类型'}分层，每层抽取 n = min(N, max(${d.min}, ⌈${pct(d.rate)} × N⌉)) 卷。` +
        `每卷的排序键为 SHA-256(UTF-8(JSON [随机种子, 单位, 案卷编号]))，每层取排序键最小的 n 卷；结果与案卷目录的行序无关，任何人可用同一种子复核。`,
    ),
  )
  children.push(caption('表1 抽取参数'))
  const kv: [string, string][] = [
    ['随机种子', d.seed],
    ['抽取人', rec.drawnBy],
    ['抽取时间', cnDateTime(rec.drawnAt)],
    ['评查范围', `${rec.frameSource}，共 ${d.frameSize} 行`],
    ['评查范围 SHA-256', d.frameSha256],
    ['抽取比例', pct(d.rate)],
    ['每层最少', `${d.min} 卷`],
    ['抽取结果', `${d.strata.length} 层，共抽取 ${picks} 卷`],
    ['软件版本', `评查助手 ${rec.appVersion}`],
  ]
  children.push(table(kv.map(([k, v], i) => [cell(k, { shade: true, keepNext: i < kv.length - 1 }), cell(v, { keepNext: i < kv.length - 1 })]), [1, 3]))

  children.push(heading('二、各层案卷数与抽中案卷'))
  // One row per stratum (unit, N, n), then its picks in rank order; LibreOffice keeps a table whole when its rows
  // are kept with the next, so only the caption is.
  const rows = [[cell('序号', { bold: true, align: 'center' }), cell('案卷编号', { bold: true }), cell('排序键（SHA-256）', { bold: true })]]
  let n = 0
  for (const s of d.strata) {
    rows.push([cell(`${s.unit}${s.type ? `／${s.type}` : ''}：共 ${s.N} 卷，抽取 ${s.n} 卷`, { span: 3, shade: true })])
    for (const p of s.picks) rows.push([cell(String(++n), { align: 'center' }), cell(p.case), cell(p.rank, { size: SIZE.wuhao, font: 'number' })])
  }
  children.push(caption('表2 抽中案卷'))
  children.push(table(rows, [0.7, 3.3, 6], { headerRows: 1 }))

  children.push(heading('三、未纳入抽取的行'))
  if (d.exclusions.length === 0) children.push(para('无。'))
  else {
    children.push(caption('表3 未纳入抽取的行及原因'))
    children.push(
      table(
        [
          [cell('行', { bold: true }), cell('案卷编号', { bold: true }), cell('执法单位', { bold: true }), cell('原因', { bold: true })],
          ...d.exclusions.map((e) => [cell(e.line !== undefined ? String(e.line) : ''), cell(e.case || '（空）'), cell(e.unit || '（空）'), cell(e.reason)]),
        ],
        [0.6, 2, 2, 4],
        { headerRows: 1 },
      ),
    )
  }

  children.push(heading('四、评查人分配'))
  const a = rec.assignment
  if (!a) children.push(para('本次抽取尚未分配评查人。'))
  else {
    children.push(
      para(
        `每卷 ${a.perCase} 名评查人，由 ${a.assignedBy} 于 ${cnDateTime(a.assignedAt)} 分配：按同一随机种子排序，回避本单位案卷和申报了利害关系的案卷，均衡工作量；组长指定的分配写明理由。`,
      ),
    )
    children.push(para('评查人员名单 SHA-256：', { keepNext: true }), para(a.rosterSha256, { indent: false }))
    children.push(caption('表4 评查人分配'))
    children.push(
      table(
        [
          [cell('案卷编号', { bold: true }), cell('执法单位', { bold: true }), cell('评查人', { bold: true }), cell('指定理由', { bold: true })],
          ...a.assignments.map((x) => [cell(x.case), cell(x.unit), cell(x.reviewers.map((r) => `${r.name}（${r.agency}）`).join('\n')), cell(x.override?.reason ?? '')]),
        ],
        [2.4, 2, 3, 2.6],
        { headerRows: 1 },
      ),
    )
  }

  children.push(heading('五、见证'))
  children.push(para('抽取人和见证人签名确认：随机种子于抽取时当场输入，抽取结果与本记录一致。', { keepNext: true }))
  const signers = ['抽取人', '见证人', '见证人', '见证人']
  signers.forEach((who, i) =>
    children.push(para([run(`${who}（签名）：`), run('　'.repeat(7), { underline: true }), run('　日期：'), run('　　年　月　日', { underline: true })], { indent: false, keepNext: i < signers.length - 1 })),
  )
  return renderDocx({ title: DRAW_RECORD_TITLE, header: `${project.name} · 抽取记录`, keywords: `pingcha draw ${d.frameSha256}`, children })
}
