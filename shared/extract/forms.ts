/**
 * Form layout: labelled fields (案由：…, 承办人意见：…, blank values kept), table layouts flattened to label / value lines,
 * labels padded with spaces (案  由), several fields on one line, and signature / seal markers.
 */
import type { Evidence, FieldFact } from '../types'
import { evidenceAt, lineText, type DocText } from './text'

import { cleanLabel, isLabel, KNOWN, KNOWN_LABELS } from './labels'

export { isLabel, KNOWN_LABELS }

/**
 * The label a form line starts with: 案由：…, or a table row flattened to 「立案日期 2025 年 2 月 28 日」 (a known label,
 * then spaces, then the value).
 */
export function leadingLabel(line: string): { label: string; end: number } | null {
  const m = /^\s{0,2}([\u4e00-\u9fa5（）()](?:[ \u3000]{0,3}[\u4e00-\u9fa5（）()]){1,11})[ \u3000]{0,3}[:：][ \u3000]*/.exec(line)
  if (m && isLabel(m[1])) return { label: cleanLabel(m[1]), end: m[0].length }
  const k = /^\s{0,2}([\u4e00-\u9fa5（）()]{2,12})[ \u3000]+(?=\S)/.exec(line)
  if (k && KNOWN.has(k[1])) return { label: k[1], end: k[0].length }
  // (…or a known label spaced out to the box's width, then a wide gap: 地　　址　　浙江省…, 当 事 人　　某公司)
  const w = /^\s{0,2}([\u4e00-\u9fa5](?:[ \u3000]{1,3}[\u4e00-\u9fa5]){1,5})[ \u3000]{2,}(?=\S)/.exec(line)
  if (w && KNOWN.has(cleanLabel(w[1]))) return { label: cleanLabel(w[1]), end: w[0].length }
  return null
}

/** A page's number printed at a line's end: 第1页 共2页, 第 1 页/共 2 页. */
const PAGE_FOOTER = /\s*第\s{0,2}\d{1,3}\s{0,2}页\s{0,2}[,，/／]?\s{0,2}共\s{0,2}\d{1,3}\s{0,2}页\s*$/

const RE_PAIR = /([\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5（）()]){1,11})[ \u3000]{0,3}[:：][ \u3000]*/g

export function extractFields(dt: DocText): FieldFact[] {
  const out: FieldFact[] = []
  const lines = dt.lines.map((_, i) => lineText(dt, i))
  for (let i = 0; i < dt.lines.length; i++) {
    const line = lines[i]
    const base = dt.starts[i]
    const hits: { label: string; s: number; e: number }[] = []
    RE_PAIR.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = RE_PAIR.exec(line))) {
      // the label is the tail of the run (承办人意见 inside 同意。承办人意见：)
      let raw = m[1]
      let off = m.index
      while (raw.length > 2 && !isLabel(raw)) {
        raw = raw.slice(1)
        off++
      }
      if (!isLabel(raw)) continue
      // (a label after a gap inside the run is the label, the word before the gap the last box's value: 长江路66号 送达方式:)
      const gap = /^(.*[ \u3000])([^ \u3000]{2,})$/.exec(raw)
      if (gap && !KNOWN.has(cleanLabel(raw)) && KNOWN.has(gap[2])) {
        off += gap[1].length
        raw = gap[2]
      }
      // a label must start the line or follow a gap / punctuation
      const prev = line.slice(0, off).trimEnd()
      if (prev.length > 0 && !/[\s。；;，,|]$/.test(line.slice(0, off)) && !/[。；;|]$/.test(prev)) continue
      hits.push({ label: cleanLabel(raw), s: off, e: m.index + m[0].length })
    }
    // a table's head row of labels, their values in the row below (送达地点      送达方式 / 长江路66号      直接送达)
    const next = lines[i + 1]
    const valueRow = next !== undefined && !!next.trim() && !labelLine(next.trim())
    const table = hits.length === 0 && valueRow ? headAndRow(line, next) : null
    const heads = table?.heads ?? (hits.length === 0 ? headRow(line) : null)
    if (heads) {
      const cells = table?.cells
      if (cells) {
        for (let k = 0; k < heads.length; k++) {
          const vs = dt.starts[i + 1] + cells[k].at
          out.push({ label: heads[k], value: cells[k].text, evidence: evidenceAt(dt, vs, vs + cells[k].text.length) })
        }
        i++
      }
      // (a row of values that cannot be told apart gives no box a value: none is said to be blank)
      continue
    }
    const spaced = hits.length === 0 ? leadingLabel(line) : null
    if (spaced) {
      const value = line.slice(spaced.end).trim()
      out.push({ label: spaced.label, value, evidence: evidenceAt(dt, base + spaced.end, base + spaced.end + value.length) })
      continue
    }
    if (hits.length === 0) {
      // a label cell that wrapped onto the next line: 「机关负责人审」 / 「批意见」, 「承办机构审核   同意立案。」 / 「意见   签名：…」
      const w = wrappedLabel(line, lines[i + 1])
      if (w) {
        const after = lines[i + 2]?.trim() ?? ''
        const fromNext = !w.value && !w.rest && after !== '' && !KNOWN.has(cleanLabel(after)) && !/^[\u4e00-\u9fa5\s]{2,12}[:：]/.test(after) && !WRAP_HEAD.test(after)
        const [at, text] = w.value ? [i, w.value] : w.rest ? [i + 1, w.rest] : fromNext ? [i + 2, after] : [i, '']
        const vs = text ? dt.starts[at] + lines[at].indexOf(text) : base
        out.push({ label: w.label, value: text, evidence: evidenceAt(dt, vs, text ? vs + text.length : base + line.length) })
        i++
        continue
      }
      // table layout: a known label alone on its line, the value on the next line (or blank if the next is a label)
      const l = cleanLabel(line)
      if (KNOWN.has(l)) {
        // (a table's rule kept as a line of its own between the cells: 违法事实 / | / 当事人于…)
        let j = i + 1
        while (j < i + 3 && /^\s*[|｜丨]+\s*$/.test(lines[j] ?? '')) j++
        const next = lines[j]?.trim() ?? ''
        const nextIsLabel = next === '' || labelLine(next)
        const value = nextIsLabel ? '' : next
        const vs = nextIsLabel ? base : dt.starts[j] + (lines[j].length - lines[j].trimStart().length)
        out.push({ label: l, value, evidence: evidenceAt(dt, nextIsLabel ? base : vs, nextIsLabel ? base + line.length : vs + value.length) })
      }
      continue
    }
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]
      const end = k + 1 < hits.length ? hits[k + 1].s : line.length
      // (a page's footer printed on the box's line, 被询问人（签名）：        第1页 共2页, is no value of it)
      let value = line.slice(h.e, end).replace(PAGE_FOOTER, '').trim().replace(/[|｜]\s*$/, '').trim()
      const vs = base + h.e + (line.slice(h.e, end).length - line.slice(h.e, end).trimStart().length)
      // (the last box's value going on to the next line the page's width wrapped it onto, that line no box of its own: 送达文书
      // 名称：税务处理决定书（…）；税务行政 / 处罚决定书（…）, 送达方式：直接送 / 达)
      let ve = vs + value.length
      const last = k === hits.length - 1 && i + 1 < dt.lines.length && !!lines[i + 1].trim() && !labelLine(lines[i + 1].trim()) && !RE_PAIR_TEST.test(lines[i + 1])
      if (last && value && wrapsOn(dt, i)) {
        value += lines[i + 1].trim()
        ve = dt.starts[i + 1] + lines[i + 1].trimEnd().length
      } else if (last && !value && h.s > 0 && /[。；;]\s*$/.test(line.slice(0, h.s))) {
        // (…or a box named at the end of a line of prose, its whole value on the next: …经检定合格。证据： / 现场笔录、…)
        value = lines[i + 1].trim()
        const vs2 = dt.starts[i + 1] + (lines[i + 1].length - lines[i + 1].trimStart().length)
        out.push({ label: h.label, value, evidence: evidenceAt(dt, vs2, vs2 + value.length) })
        continue
      }
      out.push({ label: h.label, value, evidence: evidenceAt(dt, value ? vs : base + h.s, value ? ve : base + h.e) })
    }
  }
  return out
}

/**
 * A head row's cell: a label, or a longer one of a box's kind (机关负责人审批意见), two labels in one cell too (送达文书名称、文号,
 * 受送达人签名或盖章).
 */
const HEAD_CELL = /^[\u4e00-\u9fa5（）()][\u4e00-\u9fa5（）()、]{1,13}?(?:意见|时间|日期|地点|名称|号码|证号|方式|文号|盖章|签名|签章)(?:[（(](?:签名|盖章|签字|签章)[)）])?$/

/** The labels of a table's head row: two to six labels, one at least a known one, and nothing else on the line. */
function headRow(line: string, split = false): string[] | null {
  const head = (c: string) => isLabel(c) || HEAD_CELL.test(c)
  // (…or, asked to, two cells a scan's reading ran together, the gap lost, split where both are labels of a box's kind and
  // the second a known one: 受送达人签名或盖章送达时间 — not 执法部门负责人审批意见, one box)
  // (a bracketed qualifier a scan's reading set a space apart is its cell's: 受送达人签名 (盖章))
  const words = line.trim().split(/[ \t\u3000]+/).reduce<string[]>((acc, w) => {
    if (acc.length && /^[（(][\u4e00-\u9fa5]{1,6}[)）]$/.test(w)) acc[acc.length - 1] += w
    else acc.push(w)
    return acc
  }, [])
  const cells = words.flatMap((c) => {
    if (split && !isLabel(c)) for (let k = 2; k <= c.length - 2; k++) if (KNOWN.has(c.slice(k)) && (KNOWN.has(c.slice(0, k)) || HEAD_CELL.test(c.slice(0, k)))) return [c.slice(0, k), c.slice(k)]
    return [c]
  })
  return cells.length >= 2 && cells.length <= 6 && cells.every(head) && cells.some((c) => KNOWN.has(c)) ? cells : null
}

const ROW_DATE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s{0,2}年\s{0,2}[\d〇○零一二三四五六七八九十]{1,3}\s{0,2}月\s{0,2}[\d〇○零一二三四五六七八九十]{1,3}\s{0,2}[日曰号](?:\s{0,2}\d{1,2}\s{0,2}[时:：]\s{0,2}(?:\d{1,2}\s{0,2}分?)?)?\s*$/

/** A head's label of a box of people's names (送达人, 执法人员, 见证人). */
const PEOPLE_HEAD = /(?:送达人|执法人员|检查人员?|承办人|经办人|见证人|记录人|询问人)$/

const ROW_SERVICE = /(?:[☑√■]\s{0,2})?(?:直接|邮寄|留置|电子|委托|公告|转交|当场)送达\s*$|(?:[☑√■]\s{0,2})?(?:邮寄|EMS|快递)\s*$/

/**
 * The values of a head row's labels in the row below, each with its place in the line: cells set apart by wide gaps, or by
 * single spaces where a scan's reading narrowed the gaps and the count still fits, or a last cell known by its form (方建华
 * (法定代表人) 2025年7月29日 under 收件人签名 收件日期; 长江路66号直接送达 under 送达地点 送达方式, the gap lost). Null when the
 * row cannot be told apart.
 */
function rowCells(row: string, heads: string[]): { text: string; at: number }[] | null {
  const cellsBy = (gap: RegExp) => {
    const out: { text: string; at: number }[] = []
    const re = new RegExp(`\\S(?:(?!${gap.source})[\\s\\S])*`, 'g')
    for (const m of row.matchAll(re)) out.push({ text: m[0].trimEnd(), at: m.index! })
    return out
  }
  const wide = cellsBy(/\t|[ \u3000]{2,}/)
  if (wide.length === heads.length) return wide
  // (…the last box one of people, its names set apart by gaps of their own: 受送达人签名（盖章）  送达人 / 牛建波  马振华  郭丽萍)
  if (wide.length > heads.length && PEOPLE_HEAD.test(heads[heads.length - 1]) && wide.slice(heads.length - 1).every((c) => /^[\u4e00-\u9fa5·]{2,5}$/.test(c.text))) {
    const last = wide[heads.length - 1]
    return [...wide.slice(0, heads.length - 1), { text: row.slice(last.at).trim(), at: last.at }]
  }
  // (…a bracketed note set a space after its value is the value's: 牛建波 (现场负责人))
  const narrow = cellsBy(/[ \t\u3000]/).reduce<{ text: string; at: number }[]>((acc, c) => {
    if (acc.length && /^[（(][^）)]{1,10}[)）]$/.test(c.text)) acc[acc.length - 1] = { text: row.slice(acc[acc.length - 1].at, c.at + c.text.length), at: acc[acc.length - 1].at }
    else acc.push(c)
    return acc
  }, [])
  if (wide.length < heads.length && narrow.length === heads.length) return narrow
  // (…or, the gap lost, a last cell known by its form: a date under a label of a date, a way of service under 送达方式)
  const last = heads.length === 2 ? (/日期|时间/.test(heads[1]) ? ROW_DATE : /方式$/.test(heads[1]) ? ROW_SERVICE : null) : null
  if (last) {
    const d = last.exec(row)
    const head = d ? row.slice(0, d.index).trimEnd() : ''
    if (d && head.trim()) return [{ text: head.trim(), at: row.length - row.trimStart().length }, { text: d[0].trim(), at: d.index }]
  }
  return null
}

/**
 * A head row of labels and the row of their values under it, each value with its place in the row; a head whose cells the
 * reading ran together (受送达人签名或盖章送达时间) is split only where the row under it then fits. Null for lines that are no
 * such pair.
 */
function headAndRow(head: string, row: string): { heads: string[]; cells: { text: string; at: number }[] } | null {
  for (const split of [false, true]) {
    const heads = headRow(head, split)
    const cells = heads ? rowCells(row, heads) : null
    if (heads && cells) return { heads, cells }
  }
  return null
}

/**
 * The head of the table cell a place in line i falls in, when the line above is a head row of labels and line i its row
 * of values (送达文书名称、文号  受送达人  送达时间 / 行政处罚决定书  某公司  2024年5月6日10时20分): the label the value
 * stands under. Null for a line that is no such row.
 */
export function cellHead(dt: DocText, i: number, at: number): string | null {
  if (i < 1) return null
  const { heads, cells } = headAndRow(lineText(dt, i - 1), lineText(dt, i)) ?? {}
  if (!heads || !cells) return null
  const k = cells.findIndex((c) => at >= c.at && at < c.at + c.text.length)
  return k >= 0 ? heads[k] : null
}

/** Whether the document's text runs line i on into the next (a line the page's width wrapped), no break between. */
const wrapsOn = (dt: DocText, i: number) => dt.text[dt.ends[i]] !== '\n' && dt.starts[i + 1] === dt.ends[i]
/** A line holding a box of its own (a label and its colon). */
const RE_PAIR_TEST = /[\u4e00-\u9fa5（）()]{2,12}\s{0,2}[:：]/

const LONG_LABELS = KNOWN_LABELS.filter((k) => k.length >= 4)
/**
 * A line that is a form's next box, not a value: a label alone (案由), a label and its value (工作单位及职务 某公司), or a
 * label and colon (联系电话：, 与案件关系：). A name running on into the next box (陈刚　性别：男, its gap dropped: 陈刚性别：男)
 * is a value.
 */
function labelLine(t: string): boolean {
  if (KNOWN.has(cleanLabel(t)) || leadingLabel(t)) return true
  // (…or a long label with its value run on, the gap lost in a scan's reading: 工作单位及职务佛山某公司负责人)
  if (LONG_LABELS.some((k) => t.startsWith(k) && t.length > k.length)) return true
  // (…or a table's row, a label's cell and its value's set apart by a wide gap: 勘验场所  开封市高速公路出口)
  const row = /^([\u4e00-\u9fa5（）()]{2,8})[ \u3000]{2,}\S/.exec(t)
  if (row && (isLabel(row[1]) || /(?:场所|电话|职务|单位|编号|证号|号码)$/.test(row[1]))) return true
  const c = /^([\u4e00-\u9fa5\s]{2,12})[:：]/.exec(t)
  if (!c) return false
  const run = cleanLabel(c[1])
  if (isLabel(run)) return true
  const nameBefore = KNOWN_LABELS.some((k) => run.endsWith(k) && run.length - k.length >= 2 && run.length - k.length <= 3)
  return !/\s/.test(c[1].trim()) && !nameBefore
}

/** The head of a wrapped label cell: a few characters at the line's start, alone or before a wide gap and its value. */
const WRAP_HEAD = /^\s{0,2}([\u4e00-\u9fa5（）()]{2,8})(?:[ \t\u3000]{2,}(\S.*?))?\s*$/
/** Its tail on the next line: one to four characters, alone or before a wide gap. */
const WRAP_TAIL = /^\s{0,2}([\u4e00-\u9fa5（）()]{1,4})(?:[ \t\u3000]{2,}(\S.*?))?\s*$/

/** A label split over two lines whose halves make a label (neither half one of its own); null otherwise. */
function wrappedLabel(line: string, next: string | undefined): { label: string; value: string; rest: string } | null {
  const h = WRAP_HEAD.exec(line)
  const t = next === undefined ? null : WRAP_TAIL.exec(next)
  if (!h || !t || isLabel(h[1]) || KNOWN.has(cleanLabel(t[1]))) return null
  const label = cleanLabel(h[1] + t[1])
  if (!(KNOWN.has(label) || (label.length <= 10 && /(?:意见|时间|日期|地点)$/.test(label)))) return null
  return { label, value: h[2] ?? '', rest: t[2] ?? '' }
}

const RE_SIGN = /(签名|签字|签章|盖章|公章|印章|捺印|按指印|手印|签收|（章）|\(章\)|\[章\]|【章】)/g

export function extractSignatures(dt: DocText): Evidence[] {
  const out: Evidence[] = []
  RE_SIGN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE_SIGN.exec(dt.text))) out.push(evidenceAt(dt, m.index, m.index + m[0].length))
  return out
}
