/**
 * Whether a document's text visibly stops before its end: a page missing from the scan, a copy cut short, a web page
 * that kept only the opening. A decision or notice ends with its closing block (the agency, the date, the seal); when
 * none of its last lines is such a line, or the text breaks off inside a character, the later parts cannot be judged.
 */
import type { DocType, TextCut } from '../types'
import { PROSE_DOC_TYPES } from '../types/documents'
import { agencyName } from './agency'
import { announcementOf } from '../segment/disclosure'
import { evidenceAt, lineText, type DocText } from './text'
import { WRITTEN_DATE } from '../util/written-date'


const CLOSING_LINE = new RegExp(`${WRITTEN_DATE}\\s*$|[（(]\\s*(?:盖章|公章|印章|签章|章)\\s*[)）]|(?:盖章|印章|公章)\\s*$`)
const DATE_AT_END = new RegExp(`${WRITTEN_DATE}\\s*$`)

/**
 * A closing line: the date under the signature (alone, after the agency's name, or in a 决定日期 box) or the seal.
 * A sentence of the body that happens to stop at a date (…并于2023年4月20日) is not one.
 */
function closingLine(t: string): boolean {
  if (!CLOSING_LINE.test(t)) return false
  const d = DATE_AT_END.exec(t)
  if (!d) return true
  const head = t.slice(0, d.index).replace(/\s/g, '')
  // (a date inside a bracket the next line closes is an item's: …中控配料记录表(2023年2月27日 / )复印件1份)
  // (…and a date a word leads into is the sentence's: …的违法行为发生在2019年12月1日, …截至2024年3月1日)
  return head.length <= 30 && !/[，,。；;]/.test(head) && !/[（(][^）)]*$/.test(head) && !/(?:[在于至自从到为是]|截至|截止)$/.test(head)
}

/**
 * The text's last characters cannot end a document: an item number with nothing after it (…。5、), an opening bracket,
 * quotation or title mark, a comma, a word that joins to what follows (的, 和, 及, 或, 对, 向, 于), or a citation with
 * nothing after it (…《中华人民共和国环境影响评价法》第三十一条 — the statute's text or the sentence was to follow).
 */
const DANGLING = /》\s{0,2}第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:第[（(]?[一二三四五六七八九十\d]+[)）]?项)?\s*$|(?:^|[。；;：:\s])(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*$|(?:^|[。；;：:\s])[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*$|[《（(“「【〔，,、]\s*$|[\u4e00-\u9fff][的和及或与对向于将把被在]\s*$/

/**
 * A first line that goes on from text before it: a back-reference to what was told (根据上述违法事实和证据, 综上),
 * or a clause that starts mid-sentence (a comma, a closing mark, a joining word). The opening pages are missing.
 */
const CONTINUES = /^(?:根据上述|依据上述|上述|以上|综上|鉴于上述|据此|[，,。；;、）)」”》]|[的和及或与并但且而](?![\u4e00-\u9fff]{0,3}(?:决定书|告知书|通知书)))/

export function textCut(dt: DocText, docType: DocType): TextCut | undefined {
  // (a notice publishing decisions held in its attachments, or a summary standing for one, ends as a notice does —
  // 附件：…决定书 —, not with a decision's closing block: whole, though no decision's own text is in it)
  if (announcementOf(dt) !== null) return undefined
  const end = endCut(dt, docType)
  if (end || !PROSE_DOC_TYPES.has(docType)) return end
  let first = 0
  while (first < dt.starts.length && !lineText(dt, first).trim()) first++
  if (first >= dt.starts.length) return undefined
  const t = lineText(dt, first).trim()
  if (CONTINUES.test(t)) return { evidence: evidenceAt(dt, dt.starts[first], dt.ends[first]), reason: '文本开头承接前文，前页缺失', place: 'start' }
  return undefined
}

/**
 * A web page's furniture after the document (主办单位, 关联文件:, 上一篇：…, 责任编辑, the site's copyright notice, a lone 备注 or page
 * count, a row of links): what the page holds after the text, not where the text stops.
 */
const FURNITURE = /^(?:[▌•·\-*]\s*)?(?:主办单位|承办单位|主管单位|主办[:：]|承办[:：]|地址[:：][^。]*邮编|上一篇|下一篇|上一条|下一条|相关文章|相关阅读|[·•][^。；]*?(?:决定书|告知书|通知书|公告|通告|通报|报告|年报|案例)|协办单位|技术支持|版权所有|网站标识码|网站地图|联系我们|关联文件|相关文件|相关链接|相关附件|文件下载|附件下载|扫一扫|分享到|打印本页|关闭窗口|【?打印】?|【?关闭】?|责任编辑|编辑|审核|编审|校对|来源|作者|浏览次数|点击数|推荐文章|特别声明|Notice|Copyright|©|ICP|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP|\d+、凡本站|凡本站|商务部网站版权|\[an error)|^(?:备注|附件|返回顶部|顶部|评论|点赞.*|\d{1,3})$|^[\x00-\x7f]+$/

/** A line of a document's opening block: its title, its number, the party's boxes filled (a blank 当事人： under the date is the receipt's signature). */
const OPENING_LINE = /^(?:[\u4e00-\u9fa5（）()]{0,24}(?:决定书|告知书|通知书)|[^。；，,]{0,24}[〔[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]?[^。；，,]{0,12}号?|(?:当事人|被处罚(?:人|单位)|法定代表人|负责人|住所|地址|统一社会信用代码|身份证)[^。；]{0,8}[:：]\s*[^。；\s][^。；]*)$/

function endCut(dt: DocText, docType: DocType): TextCut | undefined {
  const n = dt.starts.length
  const last: number[] = []
  let tail = n - 1
  // (the furniture is skipped only when something stands above it)
  while (tail > 0 && (!lineText(dt, tail).trim() || FURNITURE.test(lineText(dt, tail).trim()))) tail--
  for (let i = tail; i >= 0 && last.length < 4; i--) if (lineText(dt, i).trim()) last.push(i)
  if (!last.length) return undefined
  const end = last[0]
  const endText = lineText(dt, end).trim()
  const at = evidenceAt(dt, dt.starts[end], dt.ends[end])
  // a character broken in two where a copy was cut (…处理有限公�)
  if (/\uFFFD\s*$/.test(endText)) return { evidence: at, reason: '文本在字符中间中断', place: 'end' }
  if (!PROSE_DOC_TYPES.has(docType)) return undefined
  // the last line is the body's prose broken off (…当事人认可了经营的种子未): whatever came before it, the text stops here
  // (…its length counted, on a scan's reading, over the paragraph the line ends: the page's width broke the paragraph,
  // and its last line may be short; a text layer's or a file's lines are its own)
  const scanned = (dt.lines[end]?.confidence ?? 1) < 1
  const run = scanned ? dt.text.slice(dt.text.lastIndexOf('\n', dt.starts[end] - 1) + 1, dt.ends[end]) : endText
  if (run.replace(/\s/g, '').length > 40 && !/[。！？!?”」）)：:；;]\s*$/.test(endText) && !closingLine(endText)) return { evidence: at, reason: '文本在句中中断', place: 'end' }
  // …对非法占用的 / …依据《 / …。5、: a word, a mark or an item number that must be followed by more
  if (DANGLING.test(endText) && !closingLine(endText)) return { evidence: at, reason: '文本在句中中断', place: 'end' }
  // …第三十六条第一款第二项“有下列情形: a quotation opened on the last line and never closed
  const opened = endText.lastIndexOf('“')
  if (opened >= 0 && endText.indexOf('”', opened) < 0 && endText.length - opened > 2) return { evidence: at, reason: '文本在引文中中断', place: 'end' }
  // (the agency's name heading the text is no closing block: a stored opening of a few lines still holds it)
  let head = 0
  for (let i = 0, seen = 0; i < n && seen < 3; i++) if (lineText(dt, i).trim()) { seen++; head = i }
  // (…nor is one with no prose of the body above it: a page's metadata, 发布机构 / 某局 / 文号 / …, before the text stops)
  let prose = -1
  for (let i = 0; i < n && prose < 0; i++) if (/[。；;]/.test(lineText(dt, i))) prose = i
  const closes = last.some((i) => {
    if (i <= head && !closingLine(lineText(dt, i).trim())) return false
    if (prose < 0 || i <= prose) return false
    // (…nor one the document's heading follows — its title, its number, the party's box: a web page's metadata above the
    // heading pushed it down from the first lines, 发布机构 / … / 某局 / 行政处罚决定书 / 某罚〔2023〕459号 / 当事人：…)
    if (last.some((j) => j > i && OPENING_LINE.test(lineText(dt, j).trim()))) return false
    const t = lineText(dt, i).trim()
    // (the agency beside its date, however the date is written: 十堰市农业农村局   20201217)
    return closingLine(t) || agencyName(t.replace(/\s*(?:二[〇○零O0]|\d{4}\s*年|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{8}\s*$).*$/, '')) !== null
  })
  if (closes) return undefined
  return { evidence: at, reason: /[。！？!?”」）)]\s*$/.test(endText) ? '文末未见机关名称、日期或印章' : '文本在句中中断', place: 'end' }
}
