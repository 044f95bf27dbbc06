/**
 * Quotations shortened for display — in finding messages, the finding cards and the exported documents — cut at a
 * clause boundary with an ellipsis, never mid-phrase (“…情节严重的，吊销许”). The finding's evidence keeps the full text.
 */

/** Longest quotation shown whole. */
export const QUOTE_MAX = 24

/** Where a clause ends: the cut goes before the mark. 、 only when no stronger mark fits. */
const STRONG_END = /[，。；！？,;]/g
const LIST_END = /、/g
/** A quotation in a message: “…”, "…", 「…」, 『…』. */
const QUOTED = /“([^“”]*)”|"([^"]*)"|「([^「」]*)」|『([^『』]*)』/g
const ELLIPSIS = '……'
/** A run a hard cut must not split: digits, Latin letters, a 〔year〕. */
const RUN_CHAR = /[0-9A-Za-z.〔〕[\]]/

export interface QuoteOptions {
  /** Longest text shown whole (default QUOTE_MAX). */
  max?: number
  /**
   * A text with no clause boundary within twice `max`: `keep` it whole (the default: a name or a label, where the
   * difference a message points at may be the last character), or `cut` it at `max` (a document line shown as a link;
   * the whole line is one click away).
   */
  unbroken?: 'keep' | 'cut'
}

function ends(q: string, mark: RegExp): number[] {
  // a mark in the first few characters would leave too little to read, one at the very end cuts nothing
  return [...q.matchAll(mark)].map((m) => m.index!).filter((i) => i >= 4 && i < q.length - 1)
}

/**
 * One quotation shortened: up to the last clause boundary (，。；, then 、) within `max`, else to the first boundary
 * within twice `max`, followed by an ellipsis. Text of `max` characters or fewer is returned as it is (trimmed).
 */
export function shortQuote(text: string, opts: QuoteOptions = {}): string {
  const q = text.trim()
  const max = opts.max ?? QUOTE_MAX
  if (q.length <= max) return q
  const strong = ends(q, STRONG_END)
  const list = ends(q, LIST_END)
  const cut =
    [...strong].reverse().find((i) => i <= max) ??
    [...list].reverse().find((i) => i <= max) ??
    strong.find((i) => i <= 2 * max) ??
    list.find((i) => i <= 2 * max)
  if (cut !== undefined) return `${q.slice(0, cut)}${ELLIPSIS}`
  if (opts.unbroken !== 'cut') return q
  let at = max
  while (at > max / 2 && RUN_CHAR.test(q[at - 1]) && RUN_CHAR.test(q[at])) at--
  return `${q.slice(0, at)}${ELLIPSIS}`
}

/** Every quotation inside a message shortened by shortQuote; the rest of the message is left as it is. */
export function clipQuotes(message: string, opts: QuoteOptions = {}): string {
  return message.replace(QUOTED, (whole: string, ...groups: (string | undefined)[]) => {
    const q = groups.slice(0, 4).find((g) => g !== undefined) ?? ''
    const short = shortQuote(q, opts)
    return short === q.trim() ? whole : whole.replace(q, short)
  })
}

export interface MessagePart {
  text: string
  /** The words inside quotation marks: the case's or the law's own words, not the program's. */
  quoted: boolean
}

/** A message in pieces, each quotation's inner text apart from the words around it (the marks stay outside). */
export function quoteParts(message: string): MessagePart[] {
  const parts: MessagePart[] = []
  let at = 0
  for (const m of message.matchAll(QUOTED)) {
    const inner = m.slice(1, 5).find((g) => g !== undefined) ?? ''
    const open = m.index! + 1
    parts.push({ text: message.slice(at, open), quoted: false }, { text: inner, quoted: true })
    at = open + inner.length
  }
  parts.push({ text: message.slice(at), quoted: false })
  return parts.filter((p) => p.text !== '')
}
