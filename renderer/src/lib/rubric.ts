/** Readable Chinese for the parts of a rubric (check kinds, deduction forms, the rubric's notes). */
import type { Deduction } from '../../../shared/types/rubric'

import { CHECK_KIND_LABEL, VETO_EFFECT_LABEL } from '../../../shared/rubric/labels'

export { CHECK_KIND_LABEL, VETO_EFFECT_LABEL }

export function deductionText(d: Deduction): string {
  switch (d.form) {
    case 'per-occurrence':
      return `每处扣 ${d.each} 分，扣完为止`
    case 'per-element':
      return `缺一项扣 ${d.each} 分`
    case 'whole':
      return '扣全分'
    case 'range':
      return `视情况扣 ${d.min}–${d.max} 分（评查人决定）`
  }
}

/** A piece of a rubric's note: its words, a web address it cites, or a code (a rule id, a standard's number). */
export interface NotePart {
  text: string
  kind: 'text' | 'url' | 'code'
}

const NOTE_WORDS: Record<string, string> = {
  zero: VETO_EFFECT_LABEL.zero,
  fail: VETO_EFFECT_LABEL.fail,
  cap_grade: VETO_EFFECT_LABEL.cap_grade,
  manual: CHECK_KIND_LABEL.manual,
  'procedure-rules.md': '程序规则表',
  'procedure-rules': '程序规则表',
}
/**
 * A web address (up to the first space or Chinese punctuation), the format's own words, a code: a procedure rule as
 * written in notes (CF-57a, SJ 66—69, XK-n and its 第n条) or a standard's number (DB32/T 4181-2021).
 */
const NOTE_TOKEN =
  /(https?:\/\/[^\s，。；、（）()“”]+)|(?<![A-Za-z])(procedure-rules\.md|procedure-rules|cap_grade|zero|fail|manual)(?![A-Za-z])|((?<![A-Za-z])(?:[A-Z]{1,4}\d*(?:\/T)?(?:[ -]?(?:\d+[a-z]?|n)(?:[—/-]\d+[a-z]?)*)?(?![A-Za-z])|(?<=第)n(?=条)))/g

/**
 * A rubric's note (its 依据 and 与原标准不同之处) for the screen: the format's own words written into it (否决效果取
 * fail, procedure-rules) read by their Chinese names; web addresses and codes are set apart as cited, not the program's.
 * The file keeps its words; the screen shows them in the original text.
 */
export function noteParts(text: string): NotePart[] {
  const out: NotePart[] = []
  let at = 0
  const push = (t: string, kind: NotePart['kind']) => {
    if (!t) return
    const last = out[out.length - 1]
    if (last && last.kind === kind && kind === 'text') last.text += t
    else out.push({ text: t, kind })
  }
  for (const m of text.matchAll(NOTE_TOKEN)) {
    push(text.slice(at, m.index), 'text')
    if (m[1]) push(m[1], 'url')
    else if (m[2]) push(NOTE_WORDS[m[2]]!, 'text')
    else push(m[0], 'code')
    at = m.index! + m[0].length
  }
  push(text.slice(at), 'text')
  return out
}
