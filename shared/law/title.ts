/**
 * Law titles as documents write them: with or without 《》 and the 中华人民共和国 prefix, with half- or full-width
 * brackets, with a version remark (《中华人民共和国行政处罚法》（2021年修订）), or with stray spaces.
 */

const VERSION_REMARK = /[（(](?:\d{4}年?)?(?:[^（）()]{0,8})?(?:修订|修正|修改|版|年)[^（）()]{0,6}[）)]$/
const YEAR_ONLY_REMARK = /[（(]\d{4}年?[）)]$/
/** A version remark whose opening bracket the publisher lost (《…实施条例2014年8月15日第二次修订）). */
const OPEN_LOST_REMARK = /(?<=(?:法|条例|细则|办法|规定|规则|决定))\d{4}年\d{1,2}月\d{1,2}日[^（）()]{0,10}(?:修订|修正|修改|施行|公布)[）)]?$/
const PREFIX = '中华人民共和国'

/**
 * The canonical lookup key of a title: no 《》, no spaces, full-width brackets, no trailing version remark
 * (unless keepRemark: a few titles end in a bracketed year of their own, e.g. …规划（2016—2020年）).
 */
export function normalizeTitle(raw: string, opts: { keepRemark?: boolean } = {}): string {
  let s = raw
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[《》〈〉<>「」“”"']/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[·・•]/g, '')
  // NFKC turns full-width brackets into half-width ones; put them back after.
  s = s.replace(/\(/g, '（').replace(/\)/g, '）')
  if (opts.keepRemark) return s
  for (let i = 0; i < 2; i++) {
    const before = s
    s = s.replace(VERSION_REMARK, '').replace(YEAR_ONLY_REMARK, '').replace(OPEN_LOST_REMARK, '')
    if (s === before) break
  }
  return s
}

/** Every key a title may be looked up by: the normalised title and, for national laws, the title without 中华人民共和国. */
export function titleKeys(title: string): string[] {
  const keys = new Set<string>()
  const n = normalizeTitle(title)
  keys.add(n)
  const whole = normalizeTitle(title, { keepRemark: true })
  if (whole !== n) keys.add(whole)
  if (n.startsWith(PREFIX) && n.length > PREFIX.length + 1) keys.add(n.slice(PREFIX.length))
  return [...keys]
}
