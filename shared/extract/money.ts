/**
 * Money: 50000元, 5万元, 5.00万元, 人民币伍万元整, 罚款人民币叁万柒仟肆佰伍拾元, 三千元, 3650.50元, ￥5,000.00, with a role
 * (罚款, 没收违法所得, 违法所得, 货值金额) from the words before or after it. Unit prices (8.50元/kg, 2元/㎡) are money of
 * the case with no role of their own (其他); the bounds of a statutory range (十万元以上一百万元以下), quoted or paraphrased, and
 * amounts inside quoted statute text are marked quoted: they are not facts of this case.
 */
import type { AmountFact, AmountRole, DocType } from '../types'
import { parseMoney } from './cnnum'
import { evidenceAt, inRanges, statuteQuotes, type DocText, type Range } from './text'

const CNM = '零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬'
const RE_MONEY = new RegExp(
  `(?:(人民币|RMB|[￥¥])\\s{0,2})?(?:((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2}|\\.\\d{3,6}(?=\\s{0,1}[万萬亿億]))?\\s{0,1}(?:[万萬千仟亿億][余多]?)?)\\s{0,1}(元|圆)|([${CNM}]+(?:点[${CNM}]+)?[元圆](?:[${CNM}]角)?(?:[${CNM}]分)?)|((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{2})?)(?![\\d%.]))(整|正)?`,
  'g',
)

const ROLE_WORDS: [RegExp, AmountRole][] = [
  // (没收某公司越界开采矿产资源的违法所得: the confiscation names whose takings)
  [/没收(?:[^，,。；;\n]{0,30}?的)?(?:违法|非法)所得/g, '没收违法所得'],
  // (追缴违法所得, 治安管理处罚法 第十一条: the gains taken back; 收缴赌资 / 收缴非法财物: what is taken in, no fine)
  [/(?:收缴|追缴)(?:[^，,。；;\d]{0,8}?的)?(?:违法|非法)所得/g, '没收违法所得'],
  [/收缴|追缴/g, '其他'],
  // (the money the party took for the conduct found: 收取服务费50元, 共收取费用2550元, 营业性收入9600元)
  // (…and the profit the conduct brought: 获得利润800元, 扣除合理费用后，利润为130522.68元)
  [/(?:违法|非法|销售|经营)所得(?:金额|数额)?|(?:非法)?获利|(?:获得|获取|取得|非法)利润|(?<![毛净总])利润(?:为|共计|合计)|违法收入|非法收入|(?<![未不])收取了?[^，,。；;\d]{0,8}?(?:费用?|款)?(?:共计|合计|共)?|营业性?收入(?!数据|指标)/g, '违法所得'],
  // (…共6种化妆品，总价值395元; 该批卷烟估算总价值为…: the goods' worth)
  [/货值(?:金额)?|货物价值|商品价值|(?:其|产品|商品|药品|饲料|农药|种子|货物|总|估算总?|估计总?)价值(?:总计|合计|共计|为)?/g, '货值金额'],
  // (…各罚5000元: the verb alone, right before the amount)
  // (…被该局处以5万元的行政处罚: 处 right before the amount)
  [/罚款(?:金额|数额)?|罚金|处罚|罚(?=\s{0,2}(?:人民币)?\s{0,2}$)|处以?(?=\s{0,2}(?:人民币)?\s{0,2}$)/g, '罚款'],
  [/单价|售价|进价|价格|总价|进货金额|销售额|营业额|广告费|造价|投资|费用/g, '其他'],
  // the fine and the confiscation together (罚没款合计5300元, 罚没金额): no one role
  [/罚没(?:款|金额)?(?:合计|共计|总计|总额)?/g, '其他'],
  // a surcharge for paying late (加处罚款, 行政强制法 第四十五条) or a late fee (滞纳金): no fine of the penalty
  [/加处罚款(?:金额|数额)?|滞纳金/g, '其他'],
  // money paid back or made good (退回医保基金, 追回基金损失, 补缴税款, 赔偿): no fine, whatever box it stands in
  [/(?:退回|退还|追回|返还)[^，,。；;\d]{0,8}?(?:基金|资金|款项|费用|损失)|补缴[^，,。；;\d]{0,6}|税款|赔偿金?/g, '其他'],
]

function nearestBefore(s: string): AmountRole | null {
  let best: AmountRole | null = null
  let bestEnd = -1
  let bestStart = -1
  for (const [re, role] of ROLE_WORDS) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(s))) {
      const end = m.index + m[0].length
      // 没收违法所得 also contains 违法所得, 罚款金额 contains 金额: the longer match wins at the same end
      if (end > bestEnd || (end === bestEnd && m.index < bestStart)) {
        bestEnd = end
        bestStart = m.index
        best = role
      }
    }
  }
  return best
}

/**
 * A bound of a range (幅度为10000元至100000元, 五万元以上十万元以下) or a threshold (货值金额不超过500元): a statute's, a
 * rule's or a benchmark's, not the case's amount.
 */
export function rangeBound(text: string, start: number, end: number): boolean {
  if (/^\s{0,2}(?:至|到|-|~)\s{0,2}(?:人民币)?[\d一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]/.test(text.slice(end, end + 6))) return true
  if (/(?:至|到|~)\s{0,2}(?:人民币)?$/.test(text.slice(Math.max(0, start - 4), start)) && /\d\s{0,2}万?元\s{0,2}(?:至|到|~)\s{0,2}(?:人民币)?$/.test(text.slice(Math.max(0, start - 16), start))) return true
  if (/幅度[为是]?\s{0,2}$|区间[为是]?\s{0,2}$/.test(text.slice(Math.max(0, start - 6), start))) return true
  // a threshold a rule sets (违法货值金额不超过500元, 违法所得不足1万元): a bound, not an amount of the case
  if (/(?:不超过|未超过|不超出|未超出|不足|低于|不满|少于|不高于)\s{0,2}(?:人民币)?$/.test(text.slice(Math.max(0, start - 6), start))) return true
  return /^(?:以上|以下)/.test(text.slice(end, end + 4))
}

export function amountRole(text: string, start: number, end: number, docType?: DocType): AmountRole {
  if (rangeBound(text, start, end)) return '其他'
  const r = roleFromWords(text, start, end)
  // a payment voucher's money is the fine paid — not a fund the party returns on the same slip (退回医保基金, 退还多收价款),
  // nor the taxes a slip of its own pays (电子缴税付款凭证（一）: 增值税、企业所得税、滞纳金…合计; 海关专用缴款书（补征税款）)
  return r === '其他' && docType === '罚没款缴款凭证' && !RETURNED.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && !paysTaxes(text, start) ? '罚款' : r
}

/** A slip's words that pay taxes, a surcharge or 滞纳金 and no fine (电子缴税付款凭证（一）: 增值税、企业所得税、滞纳金…合计). */
export const paysTaxesOnly = (slip: string): boolean => /增值税|所得税|消费税|关税|税款|教育费附加|滞纳金/.test(slip) && !/罚款|罚没|罚金/.test(slip)

/** The slip an amount stands on — its lines since its heading (…付款凭证, …缴款书) — pays taxes and no fine. */
function paysTaxes(text: string, start: number): boolean {
  const heads = [...text.slice(0, start).matchAll(/(?:^|\n)[^\n]{0,30}(?:付款凭证|缴款凭证|缴款书|完税证明)[^\n]{0,20}(?=\n|$)/g)]
  const from = heads.length ? heads[heads.length - 1].index! : 0
  return paysTaxesOnly(text.slice(from, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)))
}

/** Money paid back, not paid as a penalty: 退回医保基金, 退还多收价款, 返还…, 追回…基金. */
const RETURNED = /退回|退还|返还|退赔|追回|基金专户|基金财政专户/

/**
 * 人民币伍仟柒佰捌拾元整（¥5780.00）的罚款 / …即100000元的罚款 / 处以6万元的行政罚款 / 给予人民币贰佰元整的处罚: the fine named
 * right after the amount (money a penalty is in is a fine).
 */
// (…五万元的“反恐罚单”, 处三千到一千元不等的罚款: a ticket's kind in quotes, fines that vary by person)
const FINE_AFTER = /^\s{0,2}(?:[（(][^（）()]{0,24}[)）])?\s{0,2}[)）]?\s{0,2}(?:人民币)?\s{0,2}(?:不等|左右)?(?:的)?[“"「]?(?:行政|[\u4e00-\u9fa5]{2}(?=罚单))?(?:罚款|罚单|处罚(?!决定|告知|事先))/

function roleFromWords(text: string, start: number, end: number): AmountRole {
  let a = start
  while (a > 0 && !'，,。；;\n：:'.includes(text[a - 1]) && start - a < 30) a--
  const before = text.slice(a, start)
  let b = end
  while (b < text.length && !'，,。；;\n'.includes(text[b]) && b - end < 30) b++
  const after = text.slice(end, b)
  // a fine the party itself imposed on another, told among the facts (当事人对长安公司超计划比例罚款53911元; an association's
  // 违约金罚款): no penalty of the case
  // (…the party the clause's subject: not 告知当事人拟对其罚款…, the agency's words)
  if (/^\s{0,2}当事人(?!拟)[^。；，,]{0,20}?对(?!其|你|当事人)[^。；，,]{1,40}?罚款\s{0,2}(?:人民币)?\s{0,2}$|违约金[^。；，,]{0,6}$/.test(before)) return '其他'
  // a fine named right after the amount wins over a role word further back (处违法购进药品货值金额两倍即100000元的罚款)
  if (FINE_AFTER.test(after) && !/(?:罚款|违法所得|货值)[^，,。；]{0,4}$/.test(before)) return '罚款'
  // the gains named right after the sum, which holds it to be them, win over a word before (当事人违规收取的费用83789元应视作违法所得)
  if (/^\s{0,2}(?:应当?|可)?(?:视作|视为|认定为|计为|即为)(?:其|当事人的?)?(?:违法|非法)所得/.test(after)) return '违法所得'
  const r = nearestBefore(before)
  if (r) return r
  // the sum of the clause before, which names the money (…恢复植被所需费用3倍的罚款，计167940元), or of the items told
  // before it (…计196813元。两项共计364753元)
  // (…or of the clause the role word opens: 货值金额按照购进价格计，共计31.7元 / 货值金额以现场发现的为准，6盒合计为18元)
  if (a > 0 && /^\s{0,2}(?:[\d一二三四五六七八九十两]+[\u4e00-\u9fa5]{1,2})?(?:(?:共|合|总)?计|即)(?:为)?\s{0,2}(?:人民币)?\s{0,2}$/.test(before) && '，,'.includes(text[a - 1])) {
    const clause = text.slice(Math.max(0, a - 31), a - 1)
    const named = /(罚款|罚金|违法所得|货值金额|货值)[^，,。；;\d]{0,2}$/.exec(clause) ?? /(?:^|[，,。；;：:\n])\s{0,2}(?:本案|该案|涉案)?(?:的)?(?:违法)?(货值金额|违法所得)(?:按照?|以|依)[^，,。；;\n]{2,24}$/.exec(clause)
    if (named) return nearestBefore(named[1]) ?? '其他'
  }
  if (/(?:两|二|三|四|以上|上述)项(?:罚款)?(?:共计|合计|总计|共)\s{0,2}(?:人民币)?\s{0,2}$/.test(before)) {
    const told = nearestBefore(text.slice(Math.max(0, a - 60), a))
    if (told === '罚款') return told
  }
  if (/^\s{0,2}(?:人民币)?\s{0,2}(?:的)?(?:行政)?罚款/.test(after)) return '罚款'
  if (/^\s{0,2}(?:的)?违法所得/.test(after)) return '违法所得'
  // label on the line before the colon: 罚款金额：5000元 (not a word of an earlier sentence on the same line)
  // (…not a sum the words after the colon give another measure: 本机关拟对你作出如下处罚：1.没收渔获物（先行变卖款人民币
  // 5172元） names no fine's sum)
  const ls = text.lastIndexOf('\n', start - 1) + 1
  const afterColon = text.slice(ls, start).replace(/^.*[:：]/, '')
  const otherMeasure = /没收|变卖|退还|返还|追缴|收缴/.test(afterColon)
  const lab = /[。；;]/.test(text.slice(ls, start)) || otherMeasure ? null : nearestBefore(text.slice(ls, start))
  if (lab) return lab
  // a label alone on the line before (table layouts flattened to label / value lines)
  if (text.slice(ls, start).trim() === '' && ls > 0) {
    const ps = text.lastIndexOf('\n', ls - 2) + 1
    const prev = text.slice(ps, ls - 1).trim()
    if (prev.length <= 10 && !/[\d:：]/.test(prev)) return nearestBefore(prev) ?? '其他'
    // (…or the clause the line before leaves open, a scan breaking the sentence there: 决定对当事人处以罚款 / 人民币壹万贰仟元整)
    const open = /(?:处以?|给予|并处|予以|决定)[^，,。；;：:\d]{0,8}(?:罚款|没收违法所得)$/.exec(prev)
    if (open) return nearestBefore(open[0]) ?? '其他'
  }
  return '其他'
}

export function extractAmounts(dt: DocText, quotes: Range[] = statuteQuotes(dt.text), docType?: DocType): AmountFact[] {
  const out: AmountFact[] = []
  // (whether each sum read is money the party received, told so right before it)
  const received: boolean[] = []
  // (a scan reads the thousands' comma as the full-width one, 354，060元: a separator of the figure's groups, not of clauses —
  // one for one, so that every position holds)
  // (…and a sum in words a line broke before its 元, 人民币陆万 / 元整, the break moved after it; or the word 罚 / 款, the break
  // moved before it: the sum and its role read whole)
  const text = dt.text.replace(/(?<=(?:^|\D)\d{1,3}(?:，\d{3})*)，(?=\d{3}(?:\D|$))/g, ',').replace(new RegExp(`([${CNM}])\\n([元圆])`, 'g'), '$1$2\n').replace(/罚\n款/g, '\n罚款')
  let lastEnd = -1
  RE_MONEY.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RE_MONEY.exec(text))) {
    const start = m.index
    const end = m.index + m[0].length
    // a bare 3650.50 needs 人民币/￥ before it; a whole number only the sign (（￥60000）, not 人民币 before a count)
    if (m[5] !== undefined && (!m[1] || (!m[5].includes('.') && !/[￥¥]/.test(m[1])))) continue
    // 罚款金额（万元）: a unit in a table's heading, no sum (the figure sits in the next cell, read below)
    if (m[4] !== undefined && /^[万萬千仟百佰亿億][元圆]$/.test(m[4])) continue
    const after = text.slice(end, end + 4)
    // 8.50元/kg, 每平方米20元, 每平方米处以20元罚款: a price or a rate, no role of its own
    // (…not a fine per person: 对李某等5人每人处罚2000元)
    // (…on the same line: a line after that opens with 每日经济新闻 is no rate)
    const unitPrice = /^[ \t\u3000]?[/／每]/.test(after) || /每(?!人|名|户|家|位)(?:[\u4e00-\u9fa5]{1,4}|m[23²³]|㎡)(?:处以?|罚款|计)?\s{0,2}(?:人民币)?\s{0,2}$/.test(text.slice(Math.max(0, start - 10), start))
    const prevCh = text[start - 1] ?? ''
    if (/[\dA-Za-z.]/.test(prevCh)) continue
    // 三元区, 一元化: a numeral-and-元 inside a place name or a word is no money
    if (m[4] !== undefined && /^[区县市镇乡街路村里素化论]/.test(text.slice(end, end + 1))) continue
    const raw = m[0].replace(/\s/g, '')
    // (5万余元, 3千多元: at least the round sum the text gives)
    const yuan = parseMoney(raw.replace(/^(人民币|RMB|[￥¥])/, '').replace(/[整正]$/, '').replace(/(?<=[万萬千仟亿億])[余多](?=[元圆])/, ''))
    if (yuan === null || yuan < 0) continue
    if (yuan === 0 && !/^\s{0,2}(?:至|到|~|-)/.test(text.slice(end, end + 3)) && !/^0元$/.test(raw)) continue
    // 97000元（大写：玖万柒仟元整）: the words restate the figure, one fact
    const prev = out[out.length - 1]
    if (prev && prev.yuan === yuan && /^\s{0,2}[（(]\s{0,2}大写\s{0,2}[:：]?\s{0,2}$/.test(text.slice(lastEnd, start))) continue
    // 2721.84平方米*2倍*3元=16331.04元, 9252元*2倍=18504元: an operand of the sum written out is no amount of its own
    // role (the result after = is)
    const operand = /^\s{0,2}[*×＊xX]/.test(after) || /[*×＊xX]\s{0,2}(?:人民币)?\s{0,2}$/.test(text.slice(Math.max(0, start - 4), start))
    let role = unitPrice || operand ? '其他' : amountRole(text, start, end, docType)
    // …处以5元/平方米的罚款，计：13355平方米×5元/平方米=66775.00元: the sum of the fine's reckoning is the fine
    if (role === '其他' && !unitPrice && !operand && /[=＝]\s{0,2}(?:人民币)?\s{0,2}$/.test(text.slice(Math.max(0, start - 4), start))) {
      const sentence = text.slice(Math.max(0, start - 120), start).split(/[。；\n]/).pop() ?? ''
      if (/罚款[^。；]{0,4}[，,]?\s{0,2}(?:共|合|总)?计\s{0,2}[:：]?[^。；]*$/.test(sentence)) role = '罚款'
    }
    // …=66775.00元，人民币大写：陆万陆仟柒佰柒拾伍元整: the words restate the figure before, in its role
    if (prev && prev.yuan === yuan && role === '其他' && /^\s{0,2}[，,]?\s{0,2}(?:人民币)?\s{0,2}大写\s{0,2}[:：]?\s{0,2}$/.test(text.slice(lastEnd, start))) role = prev.role
    // a fine of an earlier case told among the facts (当事人曾因…被某海关作出行政处罚，处罚款人民币405000元): not this case's
    if (role === '罚款' && /(?:曾(?:经)?因|曾被|此前(?:曾)?因|前次因|上次因)[^。；]*$/.test(text.slice(Math.max(0, start - 160), start).split(/[。；\n]/).pop() ?? '')) role = '其他'
    const quoted = inRanges(quotes, start) || rangeBound(text, start, end)
    if (quoted) role = '其他' // statute text: no role in this case
    const fact: AmountFact = { text: m[0].trim(), yuan, role, evidence: evidenceAt(dt, start, end) }
    if (quoted) fact.quoted = true
    out.push(fact)
    received.push(role === '违法所得' && RECEIVED.test(text.slice(Math.max(0, start - 24), start)))
    lastEnd = end
  }
  // Money the party took or made (收取服务费50元, 收取乘客25元, 获得利润1640元) is the gain of the conduct only where the decision holds that sum to be
  // one — confiscates it or calls it 违法所得; else it is a sum of the facts like any price or fee (其他).
  // (…or, giving no sum for the gains, speaks of them: 收取乘客车费15元，执法人员劝告其退还违法所得 / 没收违法所得)
  const gains = new Set(out.filter((a, k) => !received[k] && (a.role === '违法所得' || a.role === '没收违法所得')).map((a) => a.yuan))
  const gainsUnsummed = gains.size === 0 && /(?:违法|非法)所得/.test(text.replace(/“[^”]*”/g, ''))
  out.forEach((a, k) => {
    if (received[k] && !gains.has(a.yuan) && !gainsUnsummed) a.role = '其他'
  })
  // a disclosure table whose heading carries the unit: 罚款金额（万元） | 10
  UNIT_CELL.lastIndex = 0
  while ((m = UNIT_CELL.exec(text))) {
    const figure = m[3]
    const start = m.index + m[0].length - figure.length
    const yuan = Math.round(Number(figure) * (/万|萬/.test(m[2]) ? 10000 : 1) * 100) / 100
    if (!(yuan > 0) || out.some((a) => a.evidence.span && a.evidence.span[0] <= start && start < a.evidence.span[1])) continue
    out.push({ text: figure, yuan, role: UNIT_CELL_ROLE.find(([re]) => re.test(m![1]))![1], evidence: evidenceAt(dt, start, start + figure.length) })
  }
  return out
}

/** The words right before a sum telling that the party received it or made it: 收取服务费, 收取乘客, 共收取费用, 获得利润. */
const RECEIVED = /(?:(?<![未不])收取了?[^，,。；;\d]{0,8}?(?:费用?|款)?(?:共计|合计|共)?|(?:获得|获取|取得|非法)利润|(?<![毛净总])利润(?:为|共计|合计))\s{0,2}(?:人民币)?\s{0,2}$/
const UNIT_CELL = /(罚款金额|罚没款金额|没收违法所得[、和及]?(?:没收非法财物)?的?金额|违法所得(?:金额)?|货值金额)\s{0,2}[（(]\s{0,2}(万元|萬元|元)\s{0,2}[)）]\s{0,2}[|｜:：\t ]\s{0,3}(\d+(?:\.\d+)?)(?![\d.%])/g
const UNIT_CELL_ROLE: [RegExp, AmountRole][] = [[/没收/, '没收违法所得'], [/违法所得/, '违法所得'], [/货值/, '货值金额'], [/./, '罚款']]
