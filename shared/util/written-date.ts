/**
 * A date written out in full, as a document's closing or a form's box writes it: 2024年3月18日, 二〇二四年三月十八日
 * (the year in digits or in Chinese numerals, 〇 also typed as ○, O or 零). `space` is what may stand between its parts:
 * any white space by default, or only the spaces of one line.
 */
export function writtenDate(space = '\\s*'): string {
  return `(?:\\d{4}|[12][\\dOo]{3}|[〇零○O一二三四五六七八九]{4})${space}年${space}[\\d一二三四五六七八九十]{1,2}${space}月${space}[\\d一二三四五六七八九十]{1,3}${space}日`
}

/** The usual form: parts separated by any white space. */
export const WRITTEN_DATE = writtenDate()
