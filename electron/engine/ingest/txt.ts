/**
 * Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312, the
 * encoding of text saved by Chinese Windows). Laid out like a DOCX: ~40 printed lines a page, form feeds
 * and lines that are only a rule start a new page.
 */
import iconv from 'iconv-lite'
import type { Page } from '../../../shared/types'
import { paginate, type Block } from './docx'
import { DASHED_PAGE, PAGE_OF } from '../../../shared/extract/text'

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030' }
  }
}

/** Looks like text rather than a binary file misnamed .txt. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false
  let ctl = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) ctl++
  }
  return ctl > n * 0.05
}

const RULE_LINE = new RegExp(`^[\\s\\u3000]*[—─━=\\-_＝－·]{8,}[\\s\\u3000]*(?:${PAGE_OF}[\\s\\u3000]*)?$`)

const PAGE_MARK_LINE = new RegExp(`^[\\s\\u3000]*(?:${PAGE_OF}|${DASHED_PAGE})[\\s\\u3000]*$`)

export function readTxt(bytes: Uint8Array, file: string): Page[] {
  const { text } = decodeText(bytes)
  const blocks: Block[] = []
  let breakNext = false
  // (the non-blank lines since the last page break: a rule under a page's one header line underlines it, no break)
  let sinceBreak = 0
  for (const raw of text.split(/\r\n|\r|\n/)) {
    // A line that is only a rule (———————, ==========, ----------, ··········, perhaps with the page's mark: ──── 第3页)
    // separates papers in a text export as a form feed does: the next paper starts a new page, so its title is found at
    // the top of one. A page's mark alone on the line after the rule is the footer of the page it closes.
    if (RULE_LINE.test(raw)) {
      if (sinceBreak > 1) breakNext = true
      continue
    }
    if (breakNext && PAGE_MARK_LINE.test(raw)) {
      blocks.push({ text: raw, breakBefore: false })
      continue
    }
    const parts = raw.split('\f')
    parts.forEach((part, i) => {
      if (i > 0) breakNext = true
      if (breakNext) sinceBreak = 0
      if (part.trim()) sinceBreak++
      blocks.push({ text: part, breakBefore: breakNext })
      breakNext = false
    })
  }
  return paginate(blocks, file, false)
}
