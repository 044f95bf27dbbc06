/**
 * The checks on the agencies' own tune documents of the real corpus, laid out as copies come: cut short at a line
 * break (a web page that kept only the opening), every two lines joined into one (boxes run together), every Chinese
 * character spaced out (a text layer or OCR). A finding the label does not list is a false alarm a panel would see;
 * these layouts must not raise more of them than the documents as printed do, and never a veto. (The tune part only:
 * no test run computes anything on the documents kept for measurement.)
 */
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readTxt } from '../../electron/engine/ingest/txt'
import { openLaws } from '../../electron/engine/laws'
import { segmentPages } from '../../shared/segment'
import { extractCase } from '../../shared/extract'
import { checkCase } from '../../shared/check'
import type { CheckContext } from '../../shared/check'
import { scoreCase } from '../../shared/score'
import { createCalendar } from '../../shared/calendar'
import { parseRubric } from '../../shared/rubric'
import type { Rubric } from '../../shared/types'
import { loadRealCorpus } from '../fixtures/real'
import { splitOf } from '../fixtures/real/schema'
import { LAYOUTS } from '../fixtures/real/layouts'

const root = join(__dirname, '..', '..')
const rubric: Rubric = parseRubric(readFileSync(join(root, 'rubrics', 'general-penalty.yaml'), 'utf8'), 'general-penalty.yaml').rubric!
const own = loadRealCorpus().filter((d) => splitOf(d.id) === 'tune' && d.label.docType !== '其他')

let ctx: CheckContext
beforeAll(async () => {
  ctx = { laws: await openLaws(join(root, 'resources')), calendar: createCalendar() }
})

const SHOWN: Record<string, (text: string) => string> = {
  'as printed': LAYOUTS.printed,
  'cut after 60 % of its lines': LAYOUTS.cut,
  'every two lines joined': LAYOUTS.pairs,
  'every character spaced out': LAYOUTS.spaced,
  'wrapped at the page width': LAYOUTS.wrapped,
  'the header run into one line': LAYOUTS.head,
  'the whole text on one line': LAYOUTS.flat,
  'its opening lines missing': LAYOUTS.opening,
}

/** Findings asserted (open or verify, not a missing document nor a manual question) of a kind the label does not list. */
function falseAlarms(layout: (t: string) => string): { alarms: string[]; vetoes: string[] } {
  const alarms: string[] = []
  const vetoes: string[] = []
  for (const d of own) {
    const segs = segmentPages(readTxt(new TextEncoder().encode(layout(d.text)), `${d.id}.txt`))
    const out = checkCase(extractCase(d.id, segs), segs, rubric, ctx)
    for (const f of out.findings) {
      if (f.status === 'undetermined' || f.kind === 'manual' || f.kind === 'missing-document') continue
      if (!d.label.defects.some((x) => x.kind === f.kind)) alarms.push(`${d.id} ${f.status} ${f.kind}: ${f.message}`)
    }
    const score = scoreCase(rubric, out.items, out.findings, [])
    for (const v of score.vetoItems) if (out.findings.some((f) => f.itemId === v && f.status === 'open' && f.kind !== 'missing-document' && !d.label.defects.some((x) => x.kind === f.kind))) vetoes.push(`${d.id} ${v}`)
  }
  return { alarms, vetoes }
}

describe('checks on real documents in the layouts copies come in', () => {
  const printed = { n: 0 }
  it.each(Object.keys(SHOWN))('%s: no more false alarms than as printed, and no veto', (name) => {
    const { alarms, vetoes } = falseAlarms(SHOWN[name])
    if (name === 'as printed') printed.n = alarms.length
    expect(vetoes).toEqual([])
    // (as printed: one, a page title and the heading printing the number two ways, which that label does not count)
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(Math.max(printed.n, 1))
  }, 120_000)
})

describe('a text whose title was not read', () => {
  it('what rests on the type guessed from its body is to verify, never a veto (mkt-8743 without its heading)', () => {
    // a market bureau's notice of a food sample case, its heading and opening sentence lost: the body reads as a decision
    // (经调查…违反…依据…作出以下处理决定：…处1000.00元罚款), and the fine is below the range of the article it cites
    // (with the notice's section headings left, 抽检基本情况 / (二)处罚情况 / (三)风险防控措施, it reads as the notice it is;
    // without them too — a page that kept only the body — the type is a guess)
    const d = loadRealCorpus().find((x) => x.id === 'mkt-8743')!
    const lines = d.text.split('\n').filter((l) => l.trim()).slice(2)
    expect(segmentPages(readTxt(new TextEncoder().encode(lines.join('\n')), 'mkt-8743.txt')).map((s) => s.type)).toEqual(['其他'])
    const body = lines.filter((l) => !/^\s*(?:[（(][一二三四五六七八九十][)）])?\s*(?:抽检基本情况|处罚情况|风险防控措施|不合格项目)/.test(l)).join('\n')
    const segs = segmentPages(readTxt(new TextEncoder().encode(body), 'mkt-8743.txt'))
    expect(segs.map((s) => [s.type, s.title])).toEqual([['行政处罚决定书', '']])
    const out = checkCase(extractCase(d.id, segs), segs, rubric, ctx)
    const fine = out.findings.filter((f) => f.kind === 'amount-out-of-range')
    expect(fine.length).toBeGreaterThan(0)
    for (const f of fine) {
      expect(f.status).toBe('verify')
      expect(f.message).toContain('未读出标题')
    }
    expect(scoreCase(rubric, out.items, out.findings, []).vetoItems.filter((v) => out.findings.some((f) => f.itemId === v && f.status === 'open'))).toEqual([])
  })
})

describe('a notice publishing the decision held in its attachment', () => {
  it('stands for the decision but asserts none of its parts: the text is not the decision (mkt-2714)', () => {
    const d = loadRealCorpus().find((x) => x.id === 'mkt-2714')!
    const segs = segmentPages(readTxt(new TextEncoder().encode(d.text), 'mkt-2714.txt'))
    expect(segs.map((s) => s.type)).toEqual(['行政处罚决定书'])
    const out = checkCase(extractCase(d.id, segs), segs, rubric, ctx)
    const fields = out.findings.filter((f) => f.kind === 'missing-field')
    expect(fields.length).toBeGreaterThan(0)
    for (const f of fields) expect(f.status, f.message).toBe('undetermined')
    expect(fields.filter((f) => f.message.includes('决定书全文在附件中')).map((f) => f.field)).toEqual(expect.arrayContaining(['处罚依据', '处罚内容', '救济途径']))
  })
})
