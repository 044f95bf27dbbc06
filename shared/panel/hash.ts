/**
 * The hash every draw and assignment is ranked by, spelt out so that anyone can recompute it in another language:
 * SHA-256 over the UTF-8 bytes of a JSON array of strings, written without spaces (ECMAScript `JSON.stringify`;
 * Python `json.dumps(parts, ensure_ascii=False, separators=(',', ':'))` gives the same bytes), as 64 lower-case
 * hex digits. Example: `rankKey('2024年度评查', '某市市场监督管理局', '某市监罚〔2024〕12号')`.
 *
 * Pure JavaScript (@noble/hashes), so the same code runs in the engine, the renderer and the tests.
 */
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** SHA-256 hex of the JSON array of `parts` (the encoding above). */
export function rankKey(...parts: string[]): string {
  return sha256Hex(JSON.stringify(parts))
}

/**
 * rankKey(...prefix, last) for many `last` values, as bytes (their order is the order of the hex keys): the prefix's
 * SHA-256 state is computed once, and each `last` is encoded once by lastPart. The assignment ranks every eligible
 * reviewer of a case this way.
 */
export function rankKeyer(...prefix: string[]): (last: Uint8Array) => Uint8Array {
  const head = JSON.stringify(prefix)
  const state = sha256.create().update(utf8ToBytes(prefix.length ? `${head.slice(0, -1)},` : '['))
  return (last) => state.clone().update(last).digest()
}

/** The bytes `last` adds to a rankKey array (its JSON and the closing bracket), for rankKeyer. */
export function lastPart(last: string): Uint8Array {
  return utf8ToBytes(`${JSON.stringify(last)}]`)
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

export { bytesToHex }

/**
 * Orders strings by Unicode code point, which is the order of their UTF-8 bytes: the order other languages sort in
 * (JavaScript's own `<` compares UTF-16 units and puts characters beyond U+FFFF before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    // Surrogates (U+D800–DFFF) stand for code points above U+FFFF: move them above U+E000–U+FFFF.
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000
    return x - y
  }
  return a.length - b.length
}

/**
 * The SHA-256 of a list of records taken as a set: each record a JSON array of strings, the lines sorted by code
 * point and joined with "\n". The order the records came in does not change it.
 */
export function canonicalSha256(records: string[][]): string {
  return sha256Hex(
    records
      .map((r) => JSON.stringify(r))
      .sort(compareCodePoints)
      .join('\n'),
  )
}

/**
 * How names are compared when deciding recusal and conflicts: Unicode NFKC (full-width letters, digits and brackets
 * become their ordinary forms) with all white space removed. 「某市 市场监督管理局」 and 「某市市场监督管理局」 are one agency.
 */
export function sameName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '')
}
