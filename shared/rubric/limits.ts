/** Limits on rubric files: a rubric is data a user may load from anywhere, so its size and expansion are bounded. */

/** Largest rubric file (the shipped ones are 20–60 KB); a 50 MB one took 120 s and 4 GB to parse. */
export const MAX_RUBRIC_BYTES = 1024 * 1024

/** Most alias expansions (*name) a rubric may make; a "billion laughs" chain of aliases goes far past it at once. */
export const MAX_ALIAS_COUNT = 1000

/** UTF-8 size of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}
