/**
 * What the import panel shows of a running import: one bar over the whole import, and one line per case — finished
 * cases stay finished, the case being read shows its stage. Free of Vue and the DOM so it is tested in plain Node.
 */
import type { Progress } from '../../../shared/types/ingest'

export type JobState = 'running' | 'done' | 'failed' | 'cancelled'

export const STAGE_LABEL: Record<Progress['stage'], string> = {
  ingest: '读取文件',
  ocr: '识别扫描页',
  segment: '切分文书',
  extract: '抽取要素',
  check: '规则检查',
  store: '保存',
  export: '导出',
}

/** How far into one case each stage starts and ends (reading and OCR take most of the time). */
const SPAN: Record<Progress['stage'], [number, number]> = {
  ingest: [0, 0.3],
  ocr: [0.3, 0.9],
  segment: [0.9, 0.92],
  extract: [0.92, 0.94],
  check: [0.94, 0.98],
  store: [0.98, 1],
  export: [0, 1],
}

/** The share (0–1) of one case done at this progress line. */
export function caseFraction(p: Pick<Progress, 'stage' | 'done' | 'total'>): number {
  const [from, to] = SPAN[p.stage]
  const part = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0
  return part === 1 ? to : from + (to - from) * part
}

export interface ImportCaseLine {
  index: number
  name: string
  /** 完成, the stage and its count, 已停止 or 失败. */
  text: string
  finished: boolean
}

export interface ImportView {
  /** 0–100 over the whole import. */
  percent: number
  /** “已完成 2/5 卷” once the number of cases is known. */
  summary: string
  lines: ImportCaseLine[]
}

/**
 * The import as the panel shows it, from the latest progress line of each case seen so far (by case index), the
 * number of cases saved (the import saves them in order, so the first `finished` are done) and the job's state.
 */
export function importView(latest: ReadonlyMap<number, Progress>, finished: number, state: JobState): ImportView {
  const count = Math.max(finished, ...[...latest.values()].map((p) => p.caseCount ?? 0))
  const lines: ImportCaseLine[] = [...latest.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, p]) => {
      const name = p.caseName ?? p.current ?? `第 ${index + 1} 卷`
      if (index < finished) return { index, name, text: '完成', finished: true }
      const text = state === 'cancelled' ? '已停止' : state === 'failed' ? '失败' : state === 'done' ? '完成' : stageText(p)
      return { index, name, text, finished: state === 'done' }
    })
  let percent = 0
  if (state === 'done') percent = 100
  else if (count > 0) {
    const current = latest.get(finished)
    percent = Math.round(((finished + (current ? caseFraction(current) : 0)) / count) * 100)
  }
  return { percent: Math.min(100, percent), summary: count > 0 ? `已完成 ${finished}/${count} 卷` : '', lines }
}

function stageText(p: Progress): string {
  const label = STAGE_LABEL[p.stage]
  if (p.total <= 0 || p.stage === 'store' || p.stage === 'segment' || p.stage === 'extract' || p.stage === 'check') return `${label}…`
  const unit = p.stage === 'ocr' ? ' 页' : p.stage === 'ingest' ? ' 个文件' : ''
  return `${label} ${p.done}/${p.total}${unit}`
}
