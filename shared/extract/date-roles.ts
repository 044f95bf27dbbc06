/**
 * The procedural role of each date (立案, 检查, 违法行为发生 …), read from the words around it, the layout and the
 * document type, then settled across the document once every date is placed (the inspection that found the violation,
 * inspections told after the filing, the service of the notice). The roles follow test/fixtures/real/LABELS.md.
 */
import type { DateFact, DateRole, DocType } from '../types'
import { PROSE_DOC_TYPES } from '../types/documents'
import { cellHead, leadingLabel } from './forms'
import { OTHER_BODY } from '../segment'
import { announcementOf } from '../segment/disclosure'
import { isKnownLabel } from './labels'
import { inRanges, lineText, sentenceAround, type DocText, type Range } from './text'

/** The event a form's bare 时间 / 日期 field records. */
const DOC_EVENT_ROLE: Partial<Record<DocType, DateRole>> = {
  现场检查笔录: '检查',
  询问笔录: '询问开始',
  陈述申辩笔录: '陈述申辩',
  听证笔录: '听证',
  集体讨论记录: '集体讨论',
  法制审核意见书: '法制审核',
  送达回证: '送达',
  罚没款缴款凭证: '缴款',
  结案报告: '结案',
  立案审批表: '立案',
  案件来源登记表: '案件来源',
}

/** The role a document's own date carries (its 落款 date means this event). */
export const DOC_DATE_ROLE: Partial<Record<DocType, DateRole>> = {
  案件来源登记表: '案件来源',
  立案审批表: '立案',
  询问笔录: '询问开始',
  案件调查终结报告: '调查终结',
  行政处罚事先告知书: '告知',
  听证告知书: '告知',
  陈述申辩笔录: '陈述申辩',
  听证笔录: '听证',
  法制审核意见书: '法制审核',
  集体讨论记录: '集体讨论',
  行政处罚决定书: '决定',
  不予行政处罚决定书: '决定',
  准予行政许可决定书: '决定',
  不予行政许可决定书: '决定',
  送达回证: '送达',
  罚没款缴款凭证: '缴款',
  结案报告: '结案',
}

/**
 * Words that say a matter came to the agency some other way than its own inspection (行政处罚法 第三十六条 发现): a
 * complaint, a report, a referral, an assignment, a request to help (协查). The rules below take their words from this
 * one list; where a rule leaves a word out, it says why.
 */
/** A seal printed on a line, with or without the agency's name in it: （某某局印章）, 〔公章〕, (盖章). */
const SEAL = /[（(〔【][^（()）〔〕【】]{0,30}?(?:印章|公章|签章|盖章|章)[)）〕】]/g
const CAME_IN = ['举报', '投诉', '交办', '转办', '移送', '移交', '转来', '线索', '反映', '信访', '来信', '来电', '协查', '热线', '工单'] as const
const cameIn = (...leaveOut: (typeof CAME_IN)[number][]) => CAME_IN.filter((w) => !leaveOut.includes(w)).join('|')

const ROLE_WORDS: [RegExp, DateRole][] = [
  // (该案事发于2023年6月24日: the day of the event the case is about)
  [/违法行为(?:发生)?(?:时间|日期)|发生(?:时间|日期)|事发(?:时间|日期|于|在)/g, '违法行为发生'],
  // (…受案时间: the day the case was taken in)
  [/案件来源|案源|来源(?:时间|日期)|受案(?:时间|日期)|发现(?:时间|日期)?|举报|投诉|线索|移送|登记(?:时间|日期)/g, '案件来源'],
  [/立案/g, '立案'],
  [/检查|勘验|勘察|勘查|踏勘|复查|巡查|排查|抽样|现场笔录|检查时间|拍摄|拍照|现场核查|现场核实(?!情况)|实地(?:进行了?)?[\u4e00-\u9fa5]{0,4}?(?:核实|查看)(?!情况)|核查情况|(?:进行|开展)了?(?:现场)?调查(?!询问)|现场调查(?!询问)/g, '检查'],
  // (…当事人来队谈话接受调查: questioned; a 谈话通知书 only summons)
  [/询问|谈话(?!通知)/g, '询问开始'],
  [/调查终结|终结报告/g, '调查终结'],
  [/听证/g, '听证'],
  // (giving up the hearing is the party's answer to the notice, no hearing held: 书面表示无异议并放弃听证, 不要求听证)
  [/放弃[^。；，,]{0,4}?听证|不(?:要求|申请)(?:举行)?听证/g, '陈述申辩'],
  [/陈述|申辩/g, '陈述申辩'],
  // (a 检测结果告知书 tells a test's result: no step of the penalty procedure; nor is telling someone to come in,
  // 通知宋某告知其丈夫迅速前来本机关配合调查)
  [/(?<!结果|检测|检验|监测|抽检)告知(?![^。；，,]{0,16}(?:前来|到场|到本|来本|配合调查))/g, '告知'],
  [/审核/g, '法制审核'],
  // (a case review board's meeting: 案件审理委员会, 案审会, 局务会议, its 审议时间)
  [/集体讨论|讨论(?:时间|日期)|(?:进行|组织)了?(?:集体)?讨论|集体审议|审议(?:时间|日期)|会议(?:时间|日期)|案件审理委员会|案件审查委员会|案审会|局务会议?|局长办公会议?/g, '集体讨论'],
  // (the agency receiving a test report or a letter is no service: 本局收到检验报告)
  // (…nor a request to help or a higher body's list handed down: 收到某局的肥料抽查协查通知书, 收到国家下发的图斑)
  // (…nor the party receiving a test's report from the laboratory: 当事人于…收到北京市医疗器械检验研究院邮送的复检报告)
  // (…nor money received: 月租3,000元，按季度收，已经收到2025年5月底，共45,000元)
  [/送达|签收|收件(?=时间|日期|[:：])|收到(?![^。；，,]{0,12}(?:报告|结果|函|线索|举报|投诉|材料|样品))(?![^。；，,]{0,30}(?:检验|检测|复检|监测|鉴定)(?:报告|结果|结论))(?![^。；，,]{0,24}(?:协查|下发|交办|转办|移送|移交|图斑))(?![^。；]{0,24}?\d[\d,，.]*\s{0,2}(?:元|万元))(?<!(?:租|元)[^。；]{0,12}收到)/g, '送达'],
  // (not a business's own takings: 销售收款记录, 营业收款)
  // (…nor a tax or fee paid, nor how it was: 增值税及附加税费缴纳情况, 社会保险缴费凭证)
  [/缴款|(?<!税|税费|税款|保险费|公积金)缴纳(?!情况)|(?<!社会保险|社保|医保|保险)缴费(?!凭证|记录|情况|基数|明细|证明)|(?<!销售|营业|经营|货)收款(?!记录|明细|流水|收据)|缴库|交款|缴清|履行了?(?:行政)?处罚决定|履行完毕/g, '缴款'],
  [/结案/g, '结案'],
  // 作出 the decision or the penalty (作出继续保存处置 is another act)
  // (…not an order to correct: 作出了责令改正违法行为决定书)
  // (…nor the notice of what it intends, 作出《行政处罚事先告知书》, nor a 行政处理决定 of wages owed)
  // (…nor a prosecutor's or a court's decision: 作出不起诉决定; nor a measure on the spot: 作出现场处理措施决定, 查封扣押决定)
  [/作出(?![^。；，,\n]{0,6}责令)(?![^。；，,\n]{0,16}告知)(?![^。；，,\n]{0,8}(?:处理|不起诉|起诉|逮捕|批捕)决定)(?![^。；，,\n]{0,10}(?:措施|查封|扣押|登记保存)[^。；，,\n]{0,2}决定)(?=[^。；，,\n]{0,12}(?:处罚|决定))|决定(?:时间|日期)|处罚决定|(?<!违法行为)处罚(?:时间|日期)|处罚下达(?:时间|日期)/g, '决定'],
]
/**
 * A 告知书 that tells something other than the intended penalty: a test's result, a testing or seizure period, an
 * extension (检验结果告知书, 检测期间告知书, 延长扣押期限告知书) — its service is no 告知 of the penalty procedure.
 */
const OTHER_NOTICE = /(?:结果|检测|检验|监测|抽检|期间|期限|扣押|查封|登记保存|延长|鉴定|权利义务|送达地址)[^《》。，,]{0,4}告知书/
/** A paper that is the decision or the notice of the intended penalty (not a 检验结果告知书 or the like). */
const decisionOrNotice = (paper: string) => /处罚决定|告知书|事先告知/.test(paper) && !OTHER_NOTICE.test(paper)

const VIOLATION_AFTER = /^[^。；\n]{0,12}?(?:期间|以来|起)?[^。；\n]{0,6}?(?:销售|生产|经营|加工|使用|排放|从事|擅自|储存|贮存|运输|发布|进口|购进|购入|种植|焚烧|倾倒|填埋|开采|采挖|砍伐|采伐|捕捞|入职|招用|雇用|违法|未按|未对|未经|未取得|未|即有此行为|有此行为|存在此行为)/

/** A document's title with its number (处罚决定书:陕A环罚[2024]6号): it names the document, not a step dated after it. */
const TITLED_NUMBER = /(?:决定书|告知书|通知书)\s{0,2}[:：]?\s{0,2}[^\s。；，,《》]{0,20}[〔\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]】)）﹞][^。；，,\s]{0,12}号/g

function nearestRoleBefore(raw: string): DateRole | null {
  // (a page that runs its title line into the body puts it in the date's clause: 处罚决定书:某罚[2024]6号 我局于2024年4月8日对你单位进行了调查)
  const s = raw.replace(TITLED_NUMBER, ' ')
  let best: DateRole | null = null
  let bestEnd = -1
  for (const [re, role] of ROLE_WORDS) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(s))) if (m.index + m[0].length >= bestEnd) {
      bestEnd = m.index + m[0].length
      best = role
    }
  }
  return best
}

function firstRoleAfter(s: string): DateRole | null {
  let best: DateRole | null = null
  let bestAt = Infinity
  for (const [re, role] of ROLE_WORDS) {
    re.lastIndex = 0
    const m = re.exec(s)
    if (m && m.index < bestAt) {
      bestAt = m.index
      best = role
    }
  }
  return best
}

/**
 * A date a web page's metadata gives, by its label on the same line or the line above: 成文日期 / 发文日期 are the
 * document's own date; 发布时间 / 更新时间 / 公开日期 are the page's, not a fact of the case.
 */
function pageMeta(dt: DocText, start: number, lineIdx: number, docType: DocType): 'document' | 'page' | null {
  const before = dt.text.slice(dt.starts[lineIdx], start)
  // (a list's bullet before the value: • [ 成文日期 ] / • 2025-12-03)
  const ownLabel = before.replace(/^[\s•·\-*|[\]【】]*/, '')
  // (the line above may be a table's rule between label and value: 生成日期: / | / 2020年04月28日)
  let above = lineIdx - 1
  while (above > 0 && /^[\s|｜]*$/.test(lineText(dt, above)) && lineIdx - above < 3) above--
  const label = /(成文|发文|印发|发布|发表|更新|生成|公开)(?:日期|时间|時間)(?:\s{0,2}[:：|\]】])*\s{0,4}$/.exec(ownLabel.trim() ? before : above >= 0 ? lineText(dt, above) : '')
  // (a page that publishes no document of the procedure — a news item, a write-up — dates only itself)
  if (label) return /成文|发文|印发|生成/.test(label[1]) && docType !== '其他' ? 'document' : 'page'
  // a web page's header: a bare 日期：2026-01-30 / 时间:2024-01-03 near the top, or a date in the row of the page's
  // furniture (2026-02-12  来源:  浏览次数:1)
  // (only on a published text: a form's 时间：2023-06-27 14:10 is its own)
  // a newspaper's issue the text is taken from (文章来源环球游报2019年3月8日第1179期A5版): the paper's date
  // (a date's own text and what follows it within a line's reach: not the rest of the document)
  const rest = dt.text.slice(start, start + 60).replace(/^[^\s，,。；;）)]*?日/, '')
  if (/^\s{0,2}第\s{0,2}\d+\s{0,2}期|^\s{0,2}[A-Z]?\d{1,2}\s{0,2}版/.test(rest)) return 'page'
  // a news item's dateline (东南网漳州7月30日讯, 新华社北京5月6日电, 央广网临沂7月14日消息): the report's date, no event of the case
  if (/^\s{0,2}(?:讯|电(?![话视子报力脑梯池器线网表费])|消息(?:[，,(（]|\s))/.test(rest)) return 'page'
  const iso = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}/.test(dt.text.slice(start, start + 10))
  // a time stamp to the minute with a colon (2021年09月17日 16:31 | 作者…, 2021-06-28 08:49 109) on a line that is no
  // sentence: a published page's (the case's records write 14时10分)
  const stamp = /^(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)\s{0,2}\d{1,2}:\d{2}/.test(dt.text.slice(start, start + 24))
  // (…but not a step's time a box names: 检查时间：2024-03-05 10:30)
  const line = lineText(dt, lineIdx)
  if (stamp && (docType === '其他' || PROSE_DOC_TYPES.has(docType)) && !/[。，,；]/.test(line) && !/检查|询问|勘验|勘察|立案|送达|调查|听证|讨论|笔录|违法|发生/.test(dt.text.slice(dt.starts[lineIdx], start))) return 'page'
  if (!iso || (docType !== '其他' && !PROSE_DOC_TYPES.has(docType))) return null
  // (…or the site's name after the date, the editor's line: 2025-05-21 云南民族旅游网 / 编辑 举报 2023-12-20 12:25)
  if (/^[\d\s:/-]*[\u4e00-\u9fa5]{2,10}(?:网|报|电视台|融媒体中心)\s*$/.test(dt.text.slice(start, dt.ends[lineIdx])) || /编辑\s{0,2}[:：]?/.test(line.slice(0, start - dt.starts[lineIdx]))) return 'page'
  // (…the header's 时间: after the site's name on the same line: 湖南省住房和城乡建设厅 时间: 2023-03-01 15:08)
  if (lineIdx < 12 && /^[\s•·\-*|[\]【】]*(?:[^\s。，,；:：]{1,20}?[厅局委网站心府室台报]\s*)?(?:日期|时间|時間)\s{0,2}[:：]\s{0,2}$/.test(before)) return 'page'
  if (/(?<!案件|线索|案源)(?:来源|來源|来自)\s{0,2}[:：]|浏览|瀏覽|点击|點擊|字体|字號|字号|阅读|访问|打印/.test(line)) return 'page'
  // a page's time stamp to the second (2024-05-26 19:40:24), or a bare date alone on a line of the page's header — but
  // for the first of two such lines, a site that dropped its labels listing 成文日期 before 发布日期
  if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}\s{0,2}\d{1,2}:\d{2}:\d{2}/.test(dt.text.slice(start, start + 22))) return 'page'
  const bare = (t: string) => /^[\s•·\-*|]*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s{0,2}\d{1,2}:\d{2}(?::\d{2})?)?\s*$/.test(t)
  let next = lineIdx + 1
  while (next < dt.starts.length && !lineText(dt, next).trim()) next++
  // (the header is above the body: a date alone on a line after the body's sentences is the document's own, at its foot)
  const inHeader = lineIdx < 12 && !/。/.test(dt.text.slice(0, dt.starts[lineIdx]))
  if (inHeader && bare(line)) return next < dt.starts.length && bare(lineText(dt, next)) ? 'document' : 'page'
  return null
}

/** A record of the case named after a date: 《…笔录》, 由…制作的《现场照片》, 现场照片证据4张. */
const RECORD_NAMED = /^\s{0,2}(?:[)）]\s{0,2})?(?:由[^。；，,《]{0,30}?(?:制作|提取|拍摄|形成)的?\s{0,2}|(?:制作|提取|拍摄)的?\s{0,2}|的\s{0,2}(?=《))?《?([^》。；，,《\n）)、;]{0,30}?(?:询问笔录|检查(?:[（(][^)）]{1,4}[)）])?(?:笔录|记录)|勘验笔录|勘察笔录|勘查笔录|现场笔录|现场照片|现场检查照片|现场监察记录|视听资料|现场视频|执法记录仪视频|勘察平面图|勘验图|陈述申辩笔录|听证笔录|集体讨论记录))/
const RECORD_ROLE: [RegExp, DateRole][] = [
  [/询问/, '询问开始'],
  [/陈述申辩/, '陈述申辩'],
  [/听证/, '听证'],
  [/集体讨论/, '集体讨论'],
  // (the agency's on-site records the table leaves unnamed are its inspection's: 视听资料, 现场视频, 勘察平面图 — LABELS.md)
  [/检查|勘验|勘察|勘查|现场|视听|执法记录仪|平面图|勘验图/, '检查'],
]

/** A record of the case named before its dates: 《调查询问笔录》4份，作出时间：…; 《现场检查记录》1份;作出时间:…; 现场检查笔录1份，… */
const RECORD_BEFORE = /(?:《([^》]{0,30}?(?:询问笔录|检查(?:[（(][^)）]{1,4}[)）])?(?:笔录|记录)|勘验笔录|勘察笔录|勘查笔录|现场笔录|陈述申辩笔录|听证笔录|集体讨论记录))》|(?<![\u4e00-\u9fa5》])((?:调查)?询问笔录|(?:现场)?检查(?:[（(][^)）]{1,4}[)）])?笔录|勘验笔录|勘察笔录|现场笔录))\s{0,2}(?:[\d一二三四五六七八九十]{1,3}\s{0,2}份)?\s{0,2}[，,;；]?\s{0,2}(?:(?:作出|制作|形成)(?:时间|日期)\s{0,2}[:：])?\s{0,2}$/
/** Dates listed before this one in the same run (2025年9月10日、9月12日、), left out to find the words before the first. */
const LISTED_DATES = /(?:(?:\d{4}\s{0,2}年\s{0,2})?\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日\s{0,2}[、，,和及]\s{0,2})+$/
/** The agency setting a day for the party (要求你于…, 责令其于…, 限你单位自…, 请当事人在…): that day is no event yet. */
const SET_FOR_PARTY = /(?:要求|责令|限|通知|请)\s{0,2}(?:当事人|你单位|你公司|你厂|你店|你|其)\s{0,2}(?:必须|务必)?(?:于|在|自|从)\s{0,2}$/

/** Verbs of the party's conduct that make a date after "当事人于" the violation's. */
const CONDUCT = '销售|生产|经营|加工|使用|排放|从事|擅自|储存|贮存|运输|发布|张贴|设置|建设|占用|未经|未取得|未按|违反'
/** The party (or the shop, the company) as the subject of the date that follows: 当事人于, 该店在, 你单位自. */
const PARTY_AT = /(?:当事人(?:[\u4e00-\u9fa5（）()*＊·]{2,30}?)?|该店|该公司|该单位|该厂|该户|该项目|你单位|你公司|你店|你厂|你|其)\s{0,2}(?:分别)?(?:于|在|自|从)\s{0,2}$/
/** The act of a person the facts name (陈**于…在某村擅自开垦…), or the lack of any permit for it. */
const NAMED_ACT = new RegExp(`${CONDUCT}|开垦|砍伐|采伐|捕捞|携带|驾驶|施工|开挖|搭建|倾倒|焚烧|烧|垂钓|收购|出售|售卖|无(?:任何)?[^。；，,]{0,6}(?:手续|许可|证照|执照)`)
/** What opens an account of the facts before its first date: 现查明：, 经查明, 经调查， (or nothing, the line above saying it). */
const FACTS_OPENER = /^\s*(?:(?:现|经)?(?:查明|查实|核实|调查)[:：,，]?)?\s*$/
/** What a party does in the procedure itself: a date of such a clause is no violation. */
/** What a party does to put the matter right after it was found (张贴召回公告, 将…销毁, 自行拆除): no conduct of the case. */
const REMEDIES = /召回|销毁|下架|自行拆除|恢复原状/
const PARTY_STEP = /陈述|申辩|听证|申请|履行|提交|接受|(?<![未没不])(?:建立|完善)[^。；，,]{0,12}(?:台账|制度|档案|记录)|提供(?![^。；，,]{0,6}(?:虚假|伪造|假))|签收|收到|缴纳|缴款|交纳|上缴|退还|退赔|送达|询问|调查|配合|整改|改正|复议|诉讼|领取|到我|到本|来我|(?<![测验价对收（(])报告(?!》|编号|书)|补办|办理了?(?:《|相关|用地|规划|施工|环评|营业)/

/** A paper the party handed over that day: (2023年10月8日由你单位的史家胜提供，…), 由你单位于…提供的《营业执照》. */
const HANDED_OVER = /^\s{0,2}(?:由[^。；，,]{0,30}?|(?:当事人|你单位|你公司|你|其)\s{0,2})?(?:向[^。；，,《]{1,10}?)?提供(?:的|了)?(?![^。；，,]{0,6}(?:虚假|伪造|假))/

/** What an inspection found, told right before a date: 检查发现你公司于…, 发现该公司…, 检查发现… */
const FOUND_THEN = /(?:检查|巡查|核查|排查|调查|监测)[^。；，,]{0,4}?发现[:：]?\s{0,2}(?:当事人|你单位|你公司|你厂|你店|你|该[\u4e00-\u9fa5]{1,6}?|其)?\s{0,2}(?:于|自|从|在)?\s{0,2}$|(?:^|[^检巡核排调监])发现[:：]?\s{0,2}(?:当事人|你单位|你公司|你厂|你店|你|该[\u4e00-\u9fa5]{1,6}?|其)\s{0,2}(?:于|自|从|在)?\s{0,2}$/
/**
 * A date printed on goods (生产日期为2023年10月14日, 保质期至…, a gas cylinder's 本次检验2021年3月、有效日期2025年3月, a
 * centrifuge's 校准日期, a dish's 消毒日期): no event of the case.
 */
const GOODS_DATE = /(?:生产日期|生產日期|出厂日期|制造日期|限期使用日期|限制使用日期|消毒日期|校准日期|配制日期|生产经营日期|生产批号|批号|保质期限?(?:至|到)?|保質期至?|有效期(?:截止|截至|至)?|有效日期|限用日期|失效日期|包装日期|检验日期|本次检验|下次检验(?:日期)?)\s{0,2}(?:标注|标示|标明|显示)?\s{0,2}(?:均|都|皆)?(?:为|是)?\s{0,2}[:：]?\s{0,2}(?:\d{4}\s{0,2}年[^。；，,]{0,12}?(?:和|、|及|至|或)\s{0,2})?$/
/** A date of the party's own record (注册日期：2012年05月21日, 成立日期, 出生日期, 发证日期): no event of the case. */
const RECORD_DATE = /(?:注册|成立|核准|设立|开业|开办|出生|发证|颁发|领证|取得|备案)(?:年月日|年月|日期|时间|于)?\s{0,2}(?:为|是)?\s{0,2}[:：]?\s{0,2}$/

/** …于2020年1月13日注册登记取得营业执照 / 取得《医疗机构执业许可证》: the party's own record, told after the date. */
const RECORD_AFTER = /^\s{0,2}(?:经[^。；，,]{0,8}?(?:核准|批准|登记)(?:开展|从事|经营|取得|领取)|(?:成立|设立|上市)\s{0,2}(?:[，,。；]|$)|在[^。；，,]{0,12}交易所上市|在[^。；，,]{0,14}?(?:注册|登记|成立)(?:成立|设立)?(?:的|，|,|$)|(?:获得|取得)[^。；，,]{0,16}批复|生人?[，,)）]|(?:注册|登记|成立|设立|开业|取得|领取|核发|颁发|办理了?)[^。；，,]{0,12}(?:营业执照|许可证|登记证|使用证|证书|执照|注册|登记|成立|手续)|出生|(?:前|之前)?有效|(?:前|之前)(?:食用|使用)|(?:已)?(?:超过|超出)保质期|(?:已)?过期|(?:已)?失效|在[^。；，,]{0,8}(?:主板|创业板|科创板)上市)/

/**
 * The clause before a date: back to the last ，。；or the line start — or on into the line before where the line only
 * wraps a sentence (…阿维菌素乳油（生产日 / 期2022年11月3日）: the label the width broke is the date's).
 */
function clauseBefore(dt: DocText, start: number, lineIdx: number): string {
  let a = start
  let from = dt.starts[lineIdx]
  for (let i = lineIdx; i > 0 && start - from < 12 && dt.ends[i - 1] === dt.starts[i]; i--) from = dt.starts[i - 1]
  while (a > from && !'。；;，,\n'.includes(dt.text[a - 1])) a--
  return dt.text.slice(a, start)
}

/**
 * The label a line opens with; a bare 时间 or 日期 whose first word the line before ends with, where the page's width or a
 * scan broke the label (…决定时间：2025年3月21日 送达 / 时间：2025年3月21日), is that whole label (送达时间).
 */
function labelOfLine(dt: DocText, i: number): { label: string; end: number } | null {
  const lab = leadingLabel(lineText(dt, i))
  if (!lab || !/^(?:时间|日期)$/.test(lab.label) || i < 1) return lab
  const run = /[\u4e00-\u9fa5]{2,6}$/.exec(lineText(dt, i - 1).trimEnd())?.[0] ?? ''
  for (let k = 0; k + 2 <= run.length; k++) if (isKnownLabel(run.slice(k) + lab.label)) return { label: run.slice(k) + lab.label, end: lab.end }
  return lab
}

const NARRATIVE_LABEL = /^\s{0,2}[\u4e00-\u9fa5（）()]{0,10}(?:案情|简介|经过|摘要|事实|理由)[\u4e00-\u9fa5（）()]{0,6}(?:\s{0,2}[:：]\s*|[ \t\u3000]+)/

/** Role of the date at [start, end) from the words around it, the layout, and the document type. */
/** A court database's line of the case's boxes: its 案号 a court's ((2013)汀行初字第2号) or its 经办法院. */
/** A box giving a period a case looks into (the taxes' period, the period inspected), its date right after the colon. */
const PERIOD_BOX = /(?:所属期间|所属期|所属时期|税款所属期|检查期间|稽查期间|查补期间|检查所属期间)\s{0,2}[:：]\s{0,2}$/
const COURT_HEADER = /经办法院\s{0,2}[:：]|案号\s{0,2}[:：]\s{0,2}[（(]\s{0,2}(?:19|20)\d{2}\s{0,2}[)）][^\n]{0,20}?[行民刑执](?:初|终|再|申|审|监|保|恢|复)?字?/
export function dateRole(dt: DocText, start: number, end: number, docType: DocType, lineIdx: number): DateRole {
  const text = dt.text
  // (the file's cover or contents signed by its archivist and reviewer — 立卷人：某　审核人：某　二〇二五年四月二十一日 —: the day the
  // file was bound, no step of the case; its 审核人 reviews the file, not the case's law)
  if (/立卷人|立卷日期|归档日期|卷宗审核/.test(lineText(dt, lineIdx))) return '其他'
  // (a court database's header line — 结案日期:2013年3月20日 案由:农业行政处罚 当事人:… 案号:(2013)汀行初字第2号 经办法院:… —:
  // the court's closing of the suit, no step of the penalty's case)
  if (COURT_HEADER.test(lineText(dt, lineIdx))) return '其他'
  // (a review body's or a court's own step, told as such in its document — 本机关于2024年12月27日收到, 本机关于…组织听证, 本院于…
  // 受理 —: none of the penalty's steps, LABELS.md)
  // (…in a text typed as none of the agency's papers: a decision that tells the party to apply to 本机关 for review is still
  // the agency's, its 本机关于…立案 the filing)
  if (docType === '其他' && /(?:本机关|本府|本委|本院)\s{0,2}(?:于|在)?\s{0,2}$/.test(text.slice(Math.max(0, start - 8), start)) && OTHER_BODY.test(text)) return '其他'
  // (电子邮件送达（依据2025-07-24送达地址确认书）: the day the party confirmed its address for service, no service —
  // whatever box it stands in: 送达方式：电子邮件（依据2024年3月21日送达地址确认书）)
  // (…or the address it confirmed: 送达地址：…（受送达人二○二五年四月十八日确认的送达地址）)
  if (/^\s{0,2}(?:签署|签订|填写|填报|出具|提交|确认)?的?\s{0,2}《?(?:送达地址确认书|地址确认书|送达地址(?!确认书))/.test(text.slice(end, end + 16))) return '其他'
  // (…or the day of the authority an agent signs by: 签收人：某（委托代理人，依据2024年5月6日授权委托书） — the authority's, no
  // service)
  if (/^\s{0,2}(?:签署|签订|出具|提交|作出)?的?\s{0,2}《?(?:授权)?委托书/.test(text.slice(end, end + 16))) return '其他'
  // (…or the day a paper named before it was signed, in brackets after its name: 送达地址确认书（2024年4月8日签署）)
  if (/(?:确认书|委托书|承诺书|协议书?|合同)\s{0,2}[（(]\s{0,2}$/.test(text.slice(Math.max(0, start - 12), start)) && /^\s{0,2}(?:签署|签订|出具|填写|签收)?\s{0,2}[)）]/.test(text.slice(end, end + 8))) return '其他'
  // (the day a review body or a court decided on the penalty, told in the agency's paper — 经某区人民政府于2024年8月26日以…第17号
  // 行政复议决定撤销 —: the review's or the court's decision, no step of the agency's case)
  if (/^[^。；，,]{0,4}?以[^。；，,]{0,40}?(?:复议决定|判决|裁定)(?:书)?(?:予以)?(?:撤销|变更|维持|确认)/.test(text.slice(end, end + 64))) return '其他'
  const lineStart = dt.starts[lineIdx]
  // (a day the officers tried to serve and found no one — 2023年9月26日、27日两次上门送达，受送达人外出务工未遇 —: no service)
  // (…unless the paper is the notice, which the agency issued that day all the same: 于2024年8月6日向当事人邮寄送达《行政处罚
  // 告知书》…无法送达 — 告知, LABELS.md)
  if (/^[^。；\n]{0,30}?送达/.test(text.slice(end, end + 32))) {
    const [sFrom, sTo] = sentenceAround(text, start, '。；\n')
    const sentence = text.slice(sFrom, sTo)
    if (/未遇|未果|未能送达|无法送达|不在家|无人(?:在家|签收|接收)?/.test(sentence) && !/告知书/.test(sentence)) return '其他'
  }
  // (the day a remark was written under it, （梁晓峰7月18日注）: the note's, no step of the case)
  if (/^\s{0,2}(?:注|批注|补注|附注)\s{0,2}[)）]/.test(text.slice(end, end + 6))) return '其他'
  // (a box giving a period the case looks into, not a step of it: 所属期间：2022年1月1日至2022年12月31日 on a tax filing form)
  if (PERIOD_BOX.test(text.slice(Math.max(lineStart, start - 16), start))) return '其他'
  // Before: the current clause (back to the last ，。；or the line start).
  let a = start
  while (a > lineStart && !'。；;，,'.includes(text[a - 1])) a--
  // (…发现你单位实施了以下环境违法行为：你单位在…: the account starts after the colon, the finding is no word of its)
  const opened = /^.*违法行为[:：]/.exec(text.slice(a, start))
  if (opened) a += opened[0].length
  // (a form line of several boxes — 立卷人：某  检查人：某  立卷日期：2024年5月22日 — the date's clause is its own box, the
  // words of the boxes before it are no words of its)
  const box = /[ \t\u3000]{2,}([\u4e00-\u9fa5（）()]{2,10}[:：][ \t\u3000]*)$/.exec(text.slice(a, start))
  if (box) a = start - box[1].length
  // (a record's speaker — 被询问人：到5月16日一共412单, 询问人：你对5月16日现场笔录有无异议 — is no word of the date's event: the
  // 询问 of 询问人 does not make a day the answer speaks of the questioning's)
  const speaker = SPEAKER_LEAD.exec(text.slice(a, start))
  if (speaker) a += speaker[0].length
  // 案件来源：监督检查（2024年3月21日）: the label names the event when the date sits close after it
  const lab = labelOfLine(dt, lineIdx)
  // a row of values under a head row of labels: the label the date stands under names its event (送达文书名称、文号  受送达人
  // 送达时间 / 行政处罚决定书  某公司  2024年5月6日10时20分 — the service, though the row names the decision)
  const column = cellHead(dt, lineIdx, start - lineStart)
  const columnRole = column ? (/^(?:起止)?(?:时间|日期)$/.test(column) ? DOC_EVENT_ROLE[docType] : nearestRoleBefore(column)) : null
  if (columnRole) {
    // (…a receipt's row serving a 告知书 tells the notice given, as a receipt's numbered row does)
    // (…or, the row naming no paper, a receipt of pairs of head and value rows whose first pair names the one paper it
    // serves: 送达文书名称、文号  送达方式 / 行政处罚告知书（…）  直接送达 / … / 受送达人签名或盖章  送达时间 / 张某  2025年4月30日)
    const row = text.slice(lineStart, start)
    const paper = /告知书|通知书|决定书|笔录|清单/.test(row) ? row : text.slice(0, start)
    if (columnRole === '送达' && docType === '送达回证' && /告知书/.test(paper) && !OTHER_NOTICE.test(paper) && !/决定书/.test(paper)) return '告知'
    return columnRole
  }
  // (a box of the day a period ends — 办案期限届满日 | 2024年8月13日（立案之日起九十日） — is no event of the case)
  if (/(?:届满|期满|截止|到期)(?:日|日期|时间)\s{0,2}[|｜:：]?\s{0,2}$/.test(text.slice(lineStart, start))) return '其他'
  // a narrative box (案情简介及立案理由, 简要案情) tells earlier events in sentences: its label names no date's event
  const narrative = NARRATIVE_LABEL.exec(lineText(dt, lineIdx))
  const before = text.slice(narrative ? Math.max(a, lineStart + narrative[0].length) : a, start)
  // (the review of a filing after the decision — 审核人意见：同意备案　审核人：某　2025年4月10日 on a 当场处罚 备案登记表 — is no
  // 法制审核 before it)
  if (lab && /审核/.test(lab.label) && /备案/.test(lineText(dt, lineIdx)) && !/法制/.test(lineText(dt, lineIdx))) return '其他'
  // (a speaker's words are no box — 被询问人：到5月16日… — but a speaker's signature is: 被询问人：李四  2024年5月24日)
  const spoken = lab && SPEAKER_LABEL.test(lab.label) && !/^[:：\s]*[\u4e00-\u9fa5·*×]{2,5}(?:[（(][^）)]{0,12}[)）])?\s+$/.test(text.slice(lineStart + lab.end, start))
  if (lab && !narrative && !spoken && lineStart + lab.end <= start && start - (lineStart + lab.end) <= 10 && !/[，。；]/.test(text.slice(lineStart + lab.end, start))) {
    if (/^(?:起止)?(?:时间|日期)$/.test(lab.label) && DOC_EVENT_ROLE[docType]) return DOC_EVENT_ROLE[docType]!
    const lr = nearestRoleBefore(lab.label)
    if (lr) return lr
  }
  // a receipt serving several papers, a row each (1  行政处罚告知书（…）  直接送达  2024年1月29日): a row's date is the service
  // of its own paper — the decision's is 送达, another paper's is none of the decision's steps
  if (docType === '送达回证') {
    const row = lineText(dt, lineIdx)
    // (the date the receipt gives for the paper it serves, 文书签发日期：2025年7月15日: the decision's, when a decision is served)
    if (lab && /^(?:文书)?(?:签发|作出|制作|落款)(?:日期|时间)$|^文书日期$/.test(lab.label))
      return /送达(?:文书|文件)[^\n]{0,30}?(?<!不予)(?:行政)?处罚决定书/.test(text) ? '决定' : '其他'
    if (/^\s*\d{1,2}[\s、.．]/.test(row) && /(?:告知书|通知书|笔录|清单|意见书|决定书)/.test(row.slice(0, start - lineStart)) && !/(?<!不予)(?:行政)?处罚决定书/.test(row.slice(0, start - lineStart))) return '其他'
    // (the day another paper was made that the receipt relies on — 当事人2024年3月20日出具的授权委托书, 依据…签署的送达地址确认书 —
    // is no service)
    if (/^[^。；，,\n]{0,6}?(?:出具|签署|签订|签发|填写|提交)(?:的)?[^。；，,\n]{0,10}?(?:委托书|确认书|证明|说明)/.test(text.slice(end, end + 24))) return '其他'
    // (the date the receiver signed beside its name is the day of service: 收件人签名  刘某（委托代理人）  2024年10月14日)
    if (/^\s*(?:收件人|签收人|受送达人|代收人)(?:签名|签字|签收|（签名）|\(签名\))?/.test(row) && !/[。；]/.test(row.slice(0, start - lineStart))) return '送达'
  }
  // (…or later in the 案件来源 box, as the day the source was registered: 案件来源：…转办举报线索（…），2024年9月10日登记)
  if (lab && !narrative && /来源|案源/.test(lab.label) && /^\s{0,2}(?:登记|受理|接报|接收|收到)/.test(text.slice(end, end + 4))) return '案件来源'
  if (pageMeta(dt, start, lineIdx, docType) === 'document') return DOC_DATE_ROLE[docType] ?? '文书落款'
  // the agency head's approval in a form's opinion box (负责人意见 同意立案。签名：… 2024年8月1日): the case is filed, or closed,
  // that day (市场监督管理行政处罚程序规定 第十八条: 立案 on the head's approval) — not the handling unit's agreement or the
  // officers' proposal (办案机构负责人意见 同意立案…, 承办人意见 建议立案)
  const approval = HEAD_APPROVAL.exec(text.slice(lineStart, start))
  // a 送达回证 naming the decision it serves with that decision's date (行政处罚决定书（…号，2024年8月8日作出）): the day
  // the decision was made; its own 填发日期 is the form's, no service
  if (docType === '送达回证' && /决定书[^。；\n]{0,40}$/.test(text.slice(lineStart, start)) && /^\s{0,2}(?:作出|签发|制作)/.test(text.slice(end, end + 6))) return '决定'
  if (docType === '送达回证' && /(?:填发|签发|制作)(?:日期|时间)\s{0,2}[:：]\s{0,2}$/.test(text.slice(lineStart, start))) return '其他'
  // (a decision's filing for the record after it was made — 法制审核备案意见：…予以备案。审核人：… — is no review before it)
  if (/备案/.test(text.slice(lineStart, start)) && /审核|审查/.test(text.slice(lineStart, start))) return '其他'
  // an on-the-spot decision's 时间 beside its 处罚地点 (处罚地点：某路112号　时间：2025年7月15日20时35分): when it was made
  if ((docType === '行政处罚决定书' || docType === '不予行政处罚决定书') && /(?:处罚|作出|决定)地点\s{0,2}[:：][^\n]{0,60}?时间\s{0,2}[:：]\s{0,2}$/.test(text.slice(lineStart, start))) return '决定'
  // (…the head's bare 同意 in the box of the form that asks for it: 机关负责人意见：同意。签名：… under a 结案报告)
  const approved: DateRole | undefined = approval?.[1] === '立案' || approval?.[1] === '结案' ? approval[1] : docType === '立案审批表' ? '立案' : docType === '结案报告' ? '结案' : undefined
  if (approval && approved && /^\s*$/.test(text.slice(end, dt.ends[lineIdx]))) return approved
  if (GOODS_DATE.test(before) || RECORD_DATE.test(before) || RECORD_AFTER.test(text.slice(end, end + 30))) return '其他'
  // 2025年4月17日经局领导批准，对当事人未取得…的行为决定予以立案调查: the filing approved that day, whatever conduct the
  // sentence names on the way
  if (/^\s{0,2}[，,]?\s{0,2}(?:[本我]局)?经[^。；]{0,16}?(?:批准|同意)[，,]?[^。；]{0,90}?(?:予以立案|决定立案|立案调查|立案查处)/.test(text.slice(end, end + 130))) return '立案'
  // 于2023年5月16日前改正 / 你单位于2024年5月16日前拆除: a deadline, not an event (before any subject rule below)
  const deadline = /^\s{0,2}(?:前|之前|以前)(?!后)/.test(text.slice(end, end + 4))
  // (要求你于7月17日到我单位接受调查询问, 要求你单位于…清运, 责令其于…: a day the agency set for the party, not one of the
  // case's steps yet nor the party's act)
  const summoned = SET_FOR_PARTY.test(before)
  // 责令停产整顿5日（2024年5月4日至2024年5月8日）: the days of a term the decision sets, in brackets after it
  const term = /[\d一二三四五六七八九十]\s{0,2}(?:日|天|个月|年|周)\s{0,2}[（(]\s{0,2}(?:自|从)?\s{0,2}$/.test(text.slice(Math.max(lineStart, start - 12), start))
  // 责令某公司，从2023年2月9日起停止生产 / 检验期间为2024年10月9日至…: a term the agency sets, no event of the case
  const ordered = /^\s{0,2}起/.test(text.slice(end, end + 3)) && /责令[^。；]{0,40}?[，,]?\s{0,2}(?:从|自)\s{0,2}$/.test(text.slice(Math.max(lineStart, start - 48), start))
  const period = /(?:检验|检测|鉴定|检疫|扣押|查封)期(?:间|限)(?:为|是)?\s{0,2}[:：]?\s{0,2}$/.test(before)
  // 拟于2024年8月26日之后作出税务行政处罚决定 / 将于…后依法作出: a day the agency plans for a step, not the step
  const planned = /(?:拟|将|准备)\s{0,2}(?:于|在)\s{0,2}$/.test(before) && /^\s{0,2}(?:之后|以后|后)/.test(text.slice(end, end + 4))
  // 对你单位2023年1月1日至2023年12月31日期间的纳税情况进行检查: the period an inspection looked at, not an event
  const examined = /^\s{0,2}期间的?[^。；，,]{0,12}?情况/.test(text.slice(end, end + 20))
  // 后五个工作日内（至6月28日）, 陈述申辩期限至2024年6月28日: the end of a period the text counts, no step taken that day
  const periodEnd = /(?:日内|天内|期限|期间|期满)\s{0,2}[（(]?\s{0,2}(?:至|到|截至|截止)(?:于|到)?\s{0,2}$/.test(text.slice(Math.max(lineStart, start - 12), start))
  if (deadline || summoned || term || ordered || period || planned || examined || periodEnd) return '其他'
  // 申请执行人某局于2016年4月13日向本院申请强制执行…, 原告于…向本院提起行政诉讼, 本院于…受理, 被告于…向本院提供…: a court's
  // proceedings, none of the penalty's own steps
  if (/^[^。；，,]{0,20}?向(?:本院|[\u4e00-\u9fa5]{2,20}?人民法院|法院)/.test(text.slice(end, end + 40)) || (/本院\s{0,2}(?:于|在)?\s{0,2}$/.test(before) && /^\s{0,2}(?:依法)?(?:立案|受理|公开开庭|开庭|作出)/.test(text.slice(end, end + 12)))) return '其他'
  // 某公安局对某某…刑事立案侦查, 将此案移送某人民检察院审查起诉, 检察院作出不起诉决定: the criminal proceedings, none of the
  // penalty's steps
  // (…a referral to the agency, 刑事侦查大队将案件移送至某市场监督管理局, stays the case's source)
  const criminal = /^[^。；]{0,40}?(?:刑事立案|立案侦查|侦查(?!大队|支队|中队|科|部门)|审查起诉|不起诉|提起公诉|批准逮捕)/.exec(text.slice(end, end + 60))
  if (criminal && !/(?:移送|移交)(?:至|到|给)?[^。；，,]{0,24}?(?:局|委员会|厅)/.test(criminal[0])) return '其他'
  // the day a complainant bought or was served, told in the complaint (投诉单内容为：“2025年4月13日在某卫生室购买…, 举报人称于…在
  // 某店购买了…, 投诉人称于…在该诊所接受“双眼皮手术”): the party's sale or service to that person, the conduct complained of
  if (/(?:举报人|投诉人|消费者|群众)[^。；]{0,6}(?:称|反映|表示)[:：]?\s{0,2}(?:其)?(?:于|在)?\s{0,2}$|(?:投诉|举报)(?:单|件|信)?(?:内容|称)(?:为|是)?\s{0,2}[:：]?\s{0,2}[“"]?\s{0,2}(?:于|在)?\s{0,2}$/.test(before) &&
    /^[^。；，,]{0,4}?在[^。；，,]{1,30}?(?:购买|购得|买了|消费|就诊|用餐|住宿|乘坐|接受|做了|进行了?)/.test(text.slice(end, end + 48))) return '违法行为发生'
  // 某监测站2024年3月5日出具的监测报告: the day a report was issued, not the conduct it measured nor the day it reached
  // the agency (…收到…的日期 is read on its own)
  if (/^\s{0,2}(?:所|作)?出具(?:的|了)?[^。；，,]{0,16}?(?:报告|结果|意见|结论|证明)/.test(text.slice(end, end + 30))) return '其他'
  // 某某项目于2022年2月开工建设 / 该项目自2018年6月开始建设: the project's building is the conduct
  // (…该项目未依法报批环境影响报告表，于2024年12月开工建设: the project the clause before names)
  if ((/(?:项目|工程)\s{0,2}(?:已)?(?:于|自|从)\s{0,2}$/.test(before) && /^[^。；，,]{0,6}?(?:开工|开始建设|建设|建成|投产|施工|投入(?:生产|使用))/.test(text.slice(end, end + 20))) ||
    (/^\s{0,2}(?:即|擅自)?(?:已)?(?:于|自|从)\s{0,2}$/.test(before) && /项目[^。；]{0,30}[，,]\s{0,2}(?:即|擅自)?(?:已)?(?:于|自|从)\s{0,2}$/.test(text.slice(Math.max(0, start - 40), start)) && /^[^。；，,]{0,4}?(?:开工|开始建设|建成|投产|投入(?:生产|使用))/.test(text.slice(end, end + 16)))) return '违法行为发生'
  // a record of the case named right after its date — in the evidence list above all (2022年3月22日《…调查询问笔录》1份,
  // 2024年4月1日由某执法大队执法人员制作的《现场照片》, 2025年11月24日现场照片证据4张): the record's event
  const rec = RECORD_NAMED.exec(text.slice(end, end + 70))
  if (rec) {
    const r = RECORD_ROLE.find(([re]) => re.test(rec[1]))
    if (r) return r[1]
  }
  // (…or named before it, the dates after the count of copies: 《调查询问笔录》4份，作出时间：2025年9月10日、9月12日; 调查询问笔录2份，
  // 2023年9月15日制作 — on the line as the text runs, a scanned page's wrapped lines joined)
  const recBefore = RECORD_BEFORE.exec(text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 60), start).replace(LISTED_DATES, ''))
  if (recBefore) {
    const r = RECORD_ROLE.find(([re]) => re.test(recBefore[1]))
    if (r) return r[1]
  }
  // 发现该店于2022年11月1日销售…: the date is the conduct's, whatever verb of discovery came before the subject
  // 检查中发现该药店2024年9月1日售出… : the shop's sale that the inspection found
  // (…检查发现：当事人于2023年7月在某地租用厂房建成…; 发现该公司2021年8月、9月连续两月未报送…: the place, or a second
  // month, before the act)
  if (/(?:发现|查到|查实|查明)[:：]?\s{0,2}(?:该[\u4e00-\u9fa5]{1,4}|当事人|你单位|你公司|其)\s{0,2}(?:于|在)?\s{0,2}$/.test(before) && new RegExp(`^(?:[^。；，,]{0,12}?|\\s{0,2}在[^。；，,]{1,40}?)(?:${CONDUCT}|售出|出售|卖出|购进|建成|投产|未)`).test(text.slice(end, end + 56))) return '违法行为发生'
  // (…whatever follows: a date told as what an inspection found — 检查发现你公司于2023年12月份新增设的…锅炉, 发现你单位2024年9月
  // 13日-9月19日…故障期间, 检查发现2024年7月份以来… — is a fact found, never the day of finding; an approval or a licence
  // applied for is the party's record)
  if (FOUND_THEN.test(before)) return /^[^。；，,]{0,8}?(?:经[^。；，,]{0,10}?(?:批准|核准|审批|备案)|申请|取得|领取|办理)/.test(text.slice(end, end + 30)) ? '其他' : '违法行为发生'
  // (…a fact of the thing found, further into what was found: 发现你公司排污许可证有效期于2025年3月31日届满 — not the day it
  // was found, whatever the verb of discovery before it)
  if (/(?:发现|查到|查实|查明)[:：]?\s{0,2}(?:该[\u4e00-\u9fa5]{1,4}|当事人|你单位|你公司|你|其)[^。；，,]{2,40}?(?:于|在|自)\s{0,2}$/.test(before) && /^\s{0,2}(?:届满|到期|期满|过期|失效|被?注销|被?吊销|截止)/.test(text.slice(end, end + 8))) return '其他'
  // (…当事人于2018年3月份在某地租赁场地进行加工生产: the place between the date and the act)
  // (…于2020年6月5日在某项目施工时发生一起事故, 于2024年6月与某公司签订租赁合同: no act the document holds to be the
  // violation)
  // (…nor what the party did to put the matter right once it was found: 当事人在经营场所张贴了召回公告…, 将…进行销毁)
  const noAct = /^[^。；]{0,40}?(?:发生[^。；]{0,16}事故|签订[^。；]{0,10}(?:合同|协议))/.test(text.slice(end, end + 80)) || REMEDIES.test(text.slice(end, end + 80).split(/[。；]/)[0])
  if (!noAct && PARTY_AT.test(before) && new RegExp(`^(?:[^。；，,]{0,6}?|\\s{0,2}在[^。；，,]{1,30}?)(?:${CONDUCT}|开工|施工|开挖|采伐|购进)`).test(text.slice(end, end + 48))) return '违法行为发生'
  // 经依法查明，陈**于2020年3月在某村擅自开垦林地 / 现查明：朱**于2024年4月12日13时左右从家里出发…: the facts opener,
  // then the person it names (a name, masked or not) and the date of that person's act
  // (…or what the decision found: 认定蔡某于…占用耕地; 认定某印装厂(以下简称印装厂)于…在无任何印刷手续的情况下印制)
  const named = /(?:查明|查实|核实|经查|认定)[:：，,]?\s{0,2}([\u4e00-\u9fa5*＊×]{2,30}?(?:[（(]以下简称[^（）()]{1,12}[)）])?)\s{0,2}(?:于|在|自|从)\s{0,2}$/.exec(text.slice(Math.max(lineStart, start - 50), start))
  if (!noAct && named && !/^该|执法|人员|我局|本局|本机关|机关|局$|部门|中心|站$|队$|所$|记者|群众|举报/.test(named[1])) {
    const clause = text.slice(end, end + 60).split(/[。；\n]/)[0]
    if (!PARTY_STEP.test(clause) && NAMED_ACT.test(clause)) return '违法行为发生'
  }
  // …你在未经林业主管部门批准的情况下，于2024年擅自在某地滥伐林木: the party the clause before names, the act unlawful in
  // its own words
  // (…当事人某镇人民政府在未经取得合法用地审批手续的情况下，擅自于2018年7月25日开始动工: the unlawful word before the date)
  const unlawfulBefore = /^\s{0,2}(?:即|又|并|还|已)?(?:擅自|违法|非法)(?:于|自|从)\s{0,2}$/.test(before)
  if (!noAct && (/^\s{0,2}(?:即|又|并|还|已)?(?:于|自|从)\s{0,2}$/.test(before) || unlawfulBefore) && (/^\s{0,2}(?:擅自|违法|非法|未经|无证)/.test(text.slice(end, end + 6)) || (unlawfulBefore && new RegExp(`^[^。；，,]{0,4}?(?:${CONDUCT}|开工|动工|施工|建设)`).test(text.slice(end, end + 24)))) &&
    /(?:^|[^本我该])(?:你|当事人|该公司|该单位|该店|该厂|其)[^。；]{0,50}[，,]\s{0,2}$/.test(text.slice(Math.max(lineStart, start - 64), a))) return '违法行为发生'
  // 某旅行社在未取得《营业性演出许可证》的情况下，于2024年6月份开始在网络平台出售…: the act the clause before makes
  // unlawful, whoever the text names as doing it
  if (!noAct && /^\s{0,2}(?:即|又|并|还|已|擅自)?(?:于|自|从)\s{0,2}$/.test(before) && /未[^。；，,]{1,40}的情况下[，,]\s{0,2}(?:即|又|并|还|已|擅自)?(?:于|自|从)\s{0,2}$/.test(text.slice(Math.max(lineStart, start - 64), start))) {
    const act = text.slice(end, end + 30).split(/[，,。；;]/)[0]
    if (new RegExp(`${CONDUCT}|出售|售卖|开工|动工|施工|建设|开始`).test(act) && !PARTY_STEP.test(act)) return '违法行为发生'
  }
  // 截止2025年5月已完成80%的路面开挖 / 至2024年10月8日被我执法人员查获时止，该地磅还在继续使用: where the conduct had got to
  // (…截至2024年11月20日我局调查时止，当事人经营…未取得许可: the conduct ran until the agency looked into it)
  if (/(?:截止|截至|至)\s{0,2}$/.test(before) && /^[^。；，,]{0,4}?(?:已完成|已建成|仍在|仍未|还在|继续|被[^。；，,]{0,10}查获)|^\s{0,2}(?:我局|本局|本机关|执法人员)?[^。；，,]{0,6}?(?:调查|检查|查处|案发)时止/.test(text.slice(end, end + 24))) return '违法行为发生'
  // 当事人系…个体工商户，自2024年9月开始，在某地从事…销售: the party's business, from when it began
  if (!noAct && /(?:自|从)\s{0,2}$/.test(before) && /^\s{0,2}(?:开始|起)[，,]?\s{0,2}(?:在[^。；，,]{1,40}?)?(?:从事|经营|销售|生产|加工)/.test(text.slice(end, end + 60)) &&
    /(?:^|[。；\n])\s{0,2}(?:(?:经查|经调查|(?:现|经)?查明)[:：，,]?\s{0,2})?(?:当事人|你单位|你公司|你|该公司|该单位|该店|该厂)[^。；]{0,60}[，,]\s{0,2}(?:自|从)\s{0,2}$/.test(text.slice(Math.max(0, start - 80), start))) return '违法行为发生'
  // the party named right before the date, its conduct right after (推送显示你公司2023年12月3日出水口超标…; 执法人员告知
  // 当事人其2021年7月13日销售给某公司的豇豆…: what the officers told the party of is its sale, no notice of a penalty)
  if (!noAct && /(?:当事人|你单位|你公司|你厂|你店|该公司|该单位|该厂|该店|当事人其)\s{0,2}$/.test(before) && new RegExp(`^[^。；，,]{0,12}?(?:${CONDUCT}|超标|超过[^。；，,]{0,12}标准|开工|施工)`).test(text.slice(end, end + 40))) return '违法行为发生'
  // (…or the span it did it over, opened by the date: 你单位2022年10月开始到2022年12月期间，因…在未经…; its activity told
  // further on the clause: 你单位2024年8月租赁…场地建设碎石场)
  if (!noAct && /(?:^|[。；:：\n，,])\s{0,2}(?:经(?:依法)?查明[，,:：]?\s{0,2})?(?:当事人|你单位|你公司|你厂|你店)\s{0,2}$/.test(before) && (/^\s{0,2}(?:开始|起)\s{0,2}(?:到|至)[^。；，,]{2,16}?期间/.test(text.slice(end, end + 30)) || (new RegExp(`^[^。；，,]{0,40}?(?:${CONDUCT}|开工|施工)`).test(text.slice(end, end + 48)) && !PARTY_STEP.test(text.slice(end, end + 48).split(/[，,。；]/)[0])))) return '违法行为发生'
  // 该《行政处罚决定书》于2024年4月22日直接送达当事人 / 2024年4月22日，本局将行政处罚决定书邮寄送达当事人: the decision
  // served that day, though the words before or after name the decision
  const next = text.slice(end, end + 40)
  if ((/决定书》?\s{0,2}(?:已)?(?:于|在)\s{0,2}$/.test(before) && !/告知书》?\s{0,2}(?:已)?(?:于|在)\s{0,2}$/.test(before) && /^[^。；，,]{0,8}?(?:直接|邮寄|留置|公告|电子)?(?:送达|签收|交付)/.test(next)) ||
    /^[，,\s]{0,2}[^。；，,]{0,6}?(?:将|把)[^。；，,]{0,16}?处罚决定书》?[^。；，,]{0,8}?(?:直接|邮寄|留置|公告|电子)?送达/.test(next)) return '送达'
  // (a role word far back in a long clause — a title run into the same line, 某局 行政处罚决定书 … 联系方式：… 2023年10月11日本局接到
  // 举报 — names no event of this date)
  // (…nor does one of the item before it in a list of evidence: 对3名女职工的询问笔录、贴片车间2023年8月至9月排班表 — the
  // roster's months, not a questioning)
  const item = before.slice(before.lastIndexOf('、') + 1)
  // (…but a paper's day in brackets after its name, 现场照片(2024年5月21日), is read with the paper's name further on)
  const listedAfter = before.includes('、') && item.trim() !== '' && !/[（(]\s{0,2}$/.test(item) && /笔录|记录|材料|证据|照片|复印件|报告/.test(before.slice(0, before.lastIndexOf('、')))
  const r1 = nearestRoleBefore((listedAfter ? item : before).slice(-40))
  // (money received up to a day is no service: 按季度收，已经收到2025年5月底，共45,000元)
  if (r1 === '送达' && /收到\s{0,2}$/.test(before) && (/(?:底|初|旬)$/.test(text.slice(start, end)) || /^\s{0,2}(?:底|初|中旬|上旬|下旬|止|为止)/.test(text.slice(end, end + 4)) || /^[^。；，,]{0,20}?\d[\d,，.]*\s{0,2}(?:元|万元)/.test(text.slice(end, end + 30)))) return '其他'
  if (r1) return r1
  // 你单位于2024年1月以来在某地…施工 / 当事人于…在…: the subject's own act, unless the clause names a step of the
  // procedure the party takes (提出陈述申辩, 签收, 缴纳, 接受询问)
  // (the party named after the word: 当事人田某友于2025年5月5日15时许，在…垂钓)
  if (!noAct && (/(?:当事人|你单位|你公司|你厂|你店|你)\s{0,2}(?:于|自|从)\s{0,2}$/.test(before) || (PARTY_AT.test(before) && /当事人/.test(before)))) {
    const clause = text.slice(end, end + 60).split(/[。；\n]/)[0]
    if (!PARTY_STEP.test(clause)) return '违法行为发生'
  }
  // A label alone on the previous line (table layouts flattened to label / value lines) — for a date that opens its own
  // line (a date opening a sentence inside a paragraph, 企业。2024年1月至8月收购…, is no value of the line above)
  if (before.trim() === '' && /^[\s|｜]*$/.test(text.slice(lineStart, start)) && lineIdx > 0 && !narrative) {
    // (a table flattened cell by cell ends each cell's line with its rule: 作出行政处罚决定日期 | / 2023年2月27日 |)
    const cell = /[|｜]\s*$/.test(lineText(dt, lineIdx - 1))
    const prev = lineText(dt, lineIdx - 1).replace(/[\s|｜]+$/, '').trim()
    // (…or the record the row names in the cell before: 《某局现场检查(勘察)笔录》 | / 2024年7月18日 |)
    const record = cell ? /《([^》]{2,40}(?:笔录|记录|照片|视听资料|视频))》/.exec(prev) : null
    const recordRole = record ? RECORD_ROLE.find(([re]) => re.test(record[1])) : undefined
    if (recordRole) return recordRole[1]
    // (a narrative box's label in the cell before: 简要案情及立案理由 / 2024年6月19日，执法人员检查时发现…)
    if (!NARRATIVE_LABEL.test(`${prev}：`) && (isKnownLabel(prev) || (prev.length <= 8 && !/[。，,；;]/.test(prev)) || (cell && prev.length <= 16 && /(?:日期|时间)$/.test(prev) && !/[。，,；;]/.test(prev))) && !/[\d:：]/.test(prev)) {
      if (/^(?:起止)?(?:时间|日期)$/.test(prev) && DOC_EVENT_ROLE[docType]) return DOC_EVENT_ROLE[docType]!
      const r = nearestRoleBefore(prev)
      if (r) return r
    }
  }
  // After: the rest of the sentence.
  let b = end
  while (b < text.length && !'。；;\n'.includes(text[b])) b++
  const after = text.slice(end, b)
  // the clause the date belongs to: the rest of its own clause, or the next one when the date opens the sentence
  // (2025年1月13日，本机关依法向你单位送达了《行政处罚事先告知书》)
  const firstClause = after.split(/[，,]/).find((c) => c.trim() !== '') ?? ''
  // (the text before the date, a hotline's name — 举报电话, 监督电话 — taken out: what a report brought in would be told there)
  let toldBeforeMemo: string | undefined
  const toldBefore = () => (toldBeforeMemo ??= text.slice(0, start).replace(/(?:举报|投诉|监督)+电话/g, ''))
  // (an item's number before the date opens the sentence too: 1.2018年1月10日，本机关收到…)
  const opensSentence = before.trim() === '' || /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*$/.test(before)
  const afterClause = after.split(/[，,]/)[0].trim() === '' && opensSentence ? firstClause : after.split(/[，,]/)[0]
  // 1月12日，某村民曾某华在田里抽烟将烟头丢在杂草中引发火警，违反了《森林防火条例》…: a sentence opening on its date
  // that tells what someone did, and that this broke a law, dates the violation — when no step of the agency's comes
  // between (检查发现, 立案, 责令…)
  const breach = after.search(/(?<!涉嫌)违反了?《/)
  if (!noAct && breach > 0 && (opensSentence || /[:：]\s*$/.test(before)) && /^\s{0,2}[，,]/.test(after) && !AGENCY_SUBJECT.test(after) && !AGENCY_WORK.test(after.slice(0, breach))) return '违法行为发生'
  // …，本局执法人员在检查中发现当事人涉嫌…: the day the case came to light
  if (/发现(?:当事人|其|该)?[^。]{0,4}(?:涉嫌|存在|有(?!限)|违法)/.test(firstClause) && !/(?:^|[^在])(?:进行|开展)(?:了)?(?:现场)?检查/.test(firstClause)) return '案件来源'
  // 当事人于2023年12月11日15时20分在某地…未经批准…: the violation
  // (…not a step the party takes in the procedure: 当事人于2021年10月8日向本局提供的《营业执照》…)
  if (/当事人\s{0,2}(?:于|在|自|从)\s{0,2}$/.test(before) && new RegExp(CONDUCT).test(after) && (!PARTY_STEP.test(afterClause) || /未|擅自|违法|非法/.test(afterClause))) return '违法行为发生'
  // 当事人申请听证 / 要求举行听证: the request, not the hearing
  if (/^[^。，,]{0,10}(?:申请|要求|提出)(?:举行)?听证/.test(afterClause) && !/举行了|召开|组织/.test(afterClause)) return '其他'
  // 交通运输's form of the notice of the intended penalty is titled 《违法行为通知书》 (not an order to stop, 《责令停止违法行为通知书》)
  if (/^[^。]{0,30}?(?:送达|签收|下达|交付)了?\s{0,2}《[\u4e00-\u9fa5]{0,12}违法行为通知书》/.test(afterClause) && !/《[^》]*(?:责令|停止|改正|整改)[^》]*》/.test(afterClause)) return '告知'
  // the party's request, or service of a notice other than the decision and the 告知书: no procedural date of its own
  if (/^[^。]{0,8}(?:提出|申请)[^。]{0,16}申请|^[^。]{0,8}送达[^。]{0,4}(?:听证通知书|通知书)/.test(afterClause) && !/决定书|告知书/.test(afterClause)) return '其他'
  if (/^[^。]{0,12}送达了?\s{0,2}《[^》]*(?:责令|改正|整改|限期|通知书|扣押|查封|登记保存)[^》]*》/.test(afterClause) && !/《[^》]*(?:处罚决定书|告知书)》/.test(afterClause)) return '其他'
  // …向当事人送达了上述产品的《产品质量监督抽查结果通知书》, 送达“产品确认通知书”, 签收了检验报告: another paper than the
  // decision or the notice of the intended penalty
  // (…作出继续保存处置，并向当事人送达了《先行登记保存物品处理通知书》; 下达的《责令改正违法行为决定书》; 当事人签收的询问通知书;
  // a title the copy cut: 送达了《责令)
  // 本局于2025年8月21日依法对你单位作出《行政处罚决定书》（…），因…无法送达: the decision's date, whatever its service
  // (…not the notice of the decision intended: 2022年10月25日告知你厂违法事实、处罚依据和拟作出的行政处罚决定)
  // (…its number between: 于2015年8月13日作出的雷森公林罚决字[2015]第37号《林业行政处罚决定书》; a title short of 决定:
  // 做出的《行政处罚书》)
  if (/^(?![^。；，,]{0,24}?告知)[^。；，,]{0,24}?(?<!拟)(?:作出|做出)了?的?\s{0,2}(?:[^。；，,《]{0,30}?号\s{0,2})?(?:《[^》]{0,16}?处罚(?:决定)?书》|[^。；，,《]{0,12}?行政处罚决定)/.test(after)) return '决定'
  // 腾冲市林业局于2018年2月6日以腾林罚决字[2018]第11号给予张××如下处罚: the agency, named right before the date, penalising
  if (/(?:局|委|厅|大队|支队|总队|机关|政府|警方)\s{0,2}于\s{0,2}$/.test(before) && /^[^。；，,]{0,4}?(?:以[^。；，,]{1,30}?)?(?:对[^。；]{1,30}?)?(?:依法)?(?:给予|处以|予以)[^。；]{0,30}?(?:处罚|罚款|警告|没收)/.test(after)) return '决定'
  // 6月29日浦东新区应急管理局对该公司作出人民币2万元罚款的行政处罚 / 2023年4月24日，某局依据《…》第四十九条的规定，…作出：1.没收…
  // / 执法机关依据《行政处罚法》第三十三条…决定不予行政处罚: the agency, named right after the date, deciding — not told
  // inspecting, investigating or discussing first, nor serving the notice of what it intends
  // (…or its police, or a 总队: 2019年3月，某市警方依据《网络安全法》…; 3月6日，某局予以该公司罚款…)
  // (…决定依照《…》规定对胡某…处以罚款; …责令当事人改正违法行为，并对当事人作如下处罚)
  const decidingSentence = /^[，,\s]{0,2}[^。；，,]{0,20}?(?:局|委|厅|大队|支队|总队|机关|政府|警方)(?:依法)?(?:对|依据|根据|依照|予以|给予|处以|决定|责令)/.test(after) ? after.split('。')[0].slice(0, 160) : ''
  if (decidingSentence && /(?:作出|做出|给予|予以|处以|决定)[^。；]{0,40}?(?:罚款|行政处罚|处罚|没收|不予)|作出[:：]\s{0,2}1[.、．]|作如下(?:行政)?处罚/.test(decidingSentence) && !/告知书|事先告知|听证/.test(decidingSentence) && !/检查|发现|调查|立案|询问|巡查|讨论|审理|审核|拟/.test(decidingSentence.split(/作出|做出|给予|予以|处以|决定/)[0])) return '决定'
  // …接收的监测报告 / 收到上述检验报告 before any filing: the result that brought the matter in
  // (…but not the party receiving it: 当事人于2024年3月6日收到检验报告，未提出复检申请)
  // (…我局于2024年12月13日收到上述报告: the report the sentence before told)
  if (/^[^。]{0,12}(?:收到|接收)(?:了|的)?[^。，,]{0,16}(?:检验|检测|监测|上述|前述|该)报告/.test(afterClause) && !/立案/.test(text.slice(0, start)) && !PARTY_AT.test(before)) return '案件来源'
  // 2019年6月20日，某省生态环境厅向我局下达《环境监察通知书》: a higher body handing the matter down, before any filing
  if (/^[^。，,；]{2,24}?向(?:我|本)(?:局|机关|委|厅|单位|所|队)[^。，,]{0,8}?(?:下达|下发|移送|移交|交办|转办|转来|推送|派发)/.test(afterClause) && !/当事人|你单位|你公司/.test(afterClause.split(/向(?:我|本)/)[0]) && !/立案/.test(text.slice(0, start))) return '案件来源'
  const served = /^[^。]{0,60}?(?:送达|签收|下达|下发)了?的?[^。《“"]{0,16}(?:[《“"]([^》”"\n]{2,40})(?:[》”"]|$)|((?:检验|检测|监测)报告|抽查结果通知书|询问通知书|[\u4e00-\u9fa5]{2,10}确认书))/.exec(after)
  // (…unless a step of its own comes first in the sentence: 2022年11月1日，对当事人进行询问调查，并对当事人下达了《…通知书》)
  const stepFirst = served ? firstRoleAfter(after.slice(0, Math.max(0, after.search(/送达|签收|下达|下发/)))) : null
  // (…nor is a campaign's notice a higher body handed down, that the officers acted on: 根据某局下发的“关于…专项整治行动”开展
  // 检查, 在执行市局下发的《关于…专项整治的通知》文件精神时)
  const actedOn = !!served && /(?:根据|按照|依据|执行|落实)[^。；，,]{0,30}?(?:下发|下达)/.test(after.slice(0, served.index + served[0].length))
  // (…a visit that served a test's report and inspected the premises is an inspection: 将《检验报告》送达当事人，并对当事人的经营
  // 场所进行检查; 对当事人进行现场核查并送达检验报告)
  const inspectedToo = /(?:进行|开展)了?(?:现场|执法|监督)?(?:检查|核查|勘察|勘查)/.test(after.split('。')[0])
  const paperServed = (paper: string) => (decisionOrNotice(paper) ? null : inspectedToo ? '检查' : '其他')
  const servedRole = served && !stepFirst && !actedOn ? paperServed(served[1] ?? served[2]) : null
  if (servedRole) return servedRole
  // (…the paper named before the verb: 将编号为2721017150的检测报告送达当事人, 将《检验报告》送达)
  const handed = /^[^。]{0,40}?将[^。；，,]{0,30}?((?:检验|检测|监测)报告|抽查结果通知书|《[^》]{2,30}》)[^。；，,]{0,24}?(?:送达|交付|交给)/.exec(after)
  const handedRole = handed ? paperServed(handed[1]) : null
  if (handedRole) return handedRole
  // (…向被告送达了起诉状副本及应诉通知书: a paper named without 《》 that is neither the decision nor the notice)
  const servedPaper = /^[^。]{0,30}?(?:送达|签收)了?\s{0,2}([^。；，,]{2,24})/.exec(afterClause)
  if (servedPaper && /起诉状|应诉|传票|副本|通知书|报告|函|材料|清单/.test(servedPaper[1]) && !/决定|告知/.test(servedPaper[1])) return inspectedToo ? '检查' : '其他'
  // (…or received by the party: 问：4月3日收到通知书后为什么没有全部更换？ — an order to correct, not the decision; the
  // agency receiving a paper that brings a matter in is read below)
  const receivedPaper = /^[^。]{0,12}?收到了?\s{0,2}[《“"]?([^。；，,》”"]{0,16}?通知书)/.exec(afterClause)
  if (receivedPaper && !/决定|告知|协查|交办|转办|移送|督办|下发/.test(receivedPaper[1]) && !/(?:本|我)(?:局|机关|单位|所|队|大队|支队|委|厅)[^。，,]{0,8}$/.test(before)) return '其他'
  // 2018年7月6日上午，经查你单位…未经批准，已擅自开工建设: the day the agency found the matter out
  if (opensSentence && /^\s{0,2}(?:[上下]午|晚上|凌晨)?\s{0,2}[，,]\s{0,2}经(?:现场)?(?:查|核查|检查)[，,]?\s{0,2}(?:发现)?\s{0,2}(?:你|当事人|该)/.test(after) && !/立案/.test(text.slice(0, start)) && !new RegExp(cameIn()).test(toldBefore())) return '案件来源'
  // 经我局2023年5月31日查实，你单位…: the day the agency found the matter out
  // (经我局2024年3月1日现场检查，你单位存在以下违法行为: the inspection the finding is told of)
  if (/经(?:我局|本局|本机关|我委|本委|我厅|本厅)\s{0,2}$/.test(before) && (/^\s{0,2}(?:查实|查明|核实|发现)/.test(after) || /^\s{0,2}(?:现场)?(?:检查|调查|核查|巡查)[，,]\s{0,2}(?:发现)?\s{0,2}(?:你|当事人|该|其)[^。；]{0,12}?(?:存在|涉嫌|有(?!限)|违反|未|擅自)/.test(after)) && !/立案/.test(text.slice(0, start))) return '案件来源'
  // 收到…转来的线索 / 移送的案件: the case came in that day
  // (…or the patches of land a survey flagged that a higher body handed down: 收到国家下发的…号图斑 — the agency's own
  // check of such patches finding the matter is its own finding)
  if (new RegExp(`^[^。]{0,20}(?:收到|接到|接收|接)[^。]{0,30}(?:${cameIn()})|^[^。]{0,30}(?:交办通知单|交办单|督办单|转办单)|^[^。，,；]{0,30}?(?:检查组|督查组|督察组|巡查组|巡视组|帮扶组|工作组)\s{0,2}(?:交办|移交|转交|转办)|^[^。]{0,20}(?:收到|接到|接收)[^。，,]{0,12}下发[^。，,]{0,60}图斑`).test(afterClause)) return '案件来源'
  // 本局收到某所出具的检验报告 / 本机关收到某局的协查通知书, before any filing: the agency learned of the matter
  if (/^[^。，,]{0,30}?(?:本局|我局|本机关|本单位|本所|我所|执法人员|[\u4e00-\u9fa5]{2,24}(?:局|所|委|厅|队))[^。，,]{0,8}(?:收到|接到)/.test(afterClause) && !/当事人|你单位|你公司|陈述|申辩|听证申请|复议/.test(afterClause) && !/立案/.test(text.slice(0, start))) return '案件来源'
  // 2018年6月20日，当事人向马尾海关申报进口…: a customs case's declaration is its conduct
  if (!noAct && /^\s*(?:(?:现|经)?(?:查明|查实|核实|调查)[:：]?)?\s*$/.test(before) && /^[^。；，,]{0,12}[，,]\s{0,2}当事人(?:单位)?\s{0,2}(?:委托[^。；，,]{1,30}?)?(?:以[^。；，,]{1,24}?方式)?向[^。；，,]{1,20}?海关\s{0,2}申报/.test(after)) return '违法行为发生'
  // 某包装有限公司于2022年11月期间，在某工业园区实施…违法延长…; 该公司在2022年11月至12月期间，对外虚开…; 拖欠37名工人2019年2月
  // 至8月工资: a period of the firm's unlawful conduct, told as such
  if (!noAct && tellsInProse(docType) && (/[至到]/.test(text.slice(start, end)) || /^\s{0,2}(?:期间|所属期)/.test(after)) && PERIOD_ACTOR.test(text.slice(Math.max(lineStart, start - 30), start)) && PERIOD_CONDUCT.test(after.slice(0, 40)) && !AGENCY_WORK_HEAD.test(after.slice(0, 40))) return '违法行为发生'
  // 原告某某诉称，2016年7月5日下午约15时，原告驾驶…; 申请人称：2017年3月6日上午，患者李某来到…; 具体情况和理由：申请人称“本人于
  // 2019年12月29日晚…接到…: the side of a suit or a review telling, in its own words, the day of what it was penalised for — not
  // a step of the suit or the review, nor what the officers did that day
  // (what follows the date up to 60 characters, whatever clauses: 原告诉称：2015年4月27日，被告的执法人员到原告住所… is the
  // officers' visit; 原告诉称：2011年8月X号，原告依据…之规定，向被告递交了…申请书 an application)
  if (!noAct && CLAIM_LEAD.test(text.slice(Math.max(lineStart, start - 40), start)) && !CLAIM_NOT_CONDUCT.test(after.slice(0, 60)) && !PARTY_STEP.test(firstClause)) return '违法行为发生'
  // 认定原告于2012年9月5日下午在某地承办的营业性演出中，变更演员未…, 申请人于2023年1月11日驾驶…: the side of a suit or a
  // review the penalty was against, told acting — not its steps in the suit (申请人于…收到补正材料, 原告于…提起诉讼)
  if (!noAct && /(?:原告|申请人|上诉人|被处罚人|违法行为人)\s{0,2}(?:于|在)\s{0,2}$/.test(before) && !/被申请人\s{0,2}(?:于|在)\s{0,2}$/.test(before) && new RegExp(`^[^。；，,]{0,16}?(?:${CONDUCT}|驾驶|承办|举办|运营|营运)|^[^。；，,]{0,8}?在[^。；]{1,40}?(?:${CONDUCT}|驾驶|承办|举办)`).test(after) && !PARTY_STEP.test(afterClause) && !/诉讼|复议|起诉|上诉|申请/.test(afterClause)) return '违法行为发生'
  // 经查，某中心分析检测中心于2022年10月开工建设 / 某CT于2020年2月20日安装使用至今: a works or a device put to use without the
  // permit the case is about
  if (!noAct && /(?:公司|厂|中心|项目|工程|装置|设备|CT|站|场)\s{0,2}(?:于|自|从)\s{0,2}$/.test(before) && /^[^。；，,]{0,6}?(?:开工|动工|开始建设|建成|投产|投入(?:生产|使用|运营)|安装(?:使用|试用|并使用))/.test(after)) return '违法行为发生'
  // 某公司于2015年8月，未经政府批准，擅自占用…; 某公司未经依法批准，于2011年12月非法占用…: the firm's act, unlawful in its own
  // words right after the date
  if (!noAct && /(?:公司|厂|店|中心|合作社|经营部|商行|站|场|社)\s{0,2}(?:未经[^。；，,]{0,12}?[，,]\s{0,2})?(?:于|自|从)\s{0,2}$/.test(text.slice(Math.max(0, start - 40), start)) && /^\s{0,2}(?:[，,]\s{0,2})?(?:未经|擅自|非法|违法|违规|未取得|无证)/.test(after)) return '违法行为发生'
  // 2024年12月27日9时15分，当事人在某地…: the conduct happened that day
  // (…本机关认为：2021年3月11日，被处罚人安排2名…从业人员…: the reasoning opens on the facts too)
  // (the clause after the one the date opens: whoever acts in it)
  const actor = after.replace(/^[^，,]*[，,]/, '')
  if (!noAct && /^\s*(?:(?:现|经)?(?:查明|查实|核实|调查)[:：]?|本(?:机关|局)认为[:：]?)?\s*$/.test(before) && /^(?:[^。，,]{0,12}[，,])?\s{0,2}(?:当事人|被处罚(?:人|单位)|你单位|你公司|你|该店|该公司|该单位)\s{0,2}(?:在|于|将|擅自|未|使用|销售|携带|从事|驾驶|生产|安排|雇佣|招用|以[^。；，,]{1,16}?(?:方式|名义)?申报|从(?=[^。；，,]{1,30}?(?:购进|购买|采购|进货|调入|购入)))/.test(after) && (VIOLATION_AFTER.test(actor) || !PARTY_STEP.test(actor.split(/[，,]/)[0]))) return '违法行为发生'
  // 2026年1月19日16时12分，某出租汽车公司闽CD**30号驾驶员从某地载客至…; 1月15日，某村村民刘某周在田里烧…: a sentence
  // opening on its date whose subject is a driver, a villager, a keeper — a person the account tells acting, not an officer
  if (!noAct && /^\s*(?:(?:现|经)?(?:查明|查实|核实|调查)[:：]?)?\s*$/.test(before) && PERSON_ACTS.test(after) && !PARTY_STEP.test(actor.split(/[，,]/)[0])) return '违法行为发生'
  // 2025年2月2日，某剧院有限公司在某地擅自举办…; 2023年5月10日，吝某某连续在渭河大坝实施采砂: a firm or a masked person the
  // account tells acting, not the agency, its officers or a paper (the sentence may open on its box's label: 处罚事由：…)
  if (!noAct && (opensSentence || /^\s*(?:处罚事由|(?:主要)?违法事实|(?:基本|简要)?案情(?:简介)?|(?:现|经)?(?:查明|查实))\s{0,2}[:：]\s*$/.test(before)) && ACTOR_ACTS.test(after) && !AGENCY_SUBJECT.test(after) && !NOT_PARTY_SUBJECT.test(actor.split(/[，,。]/)[0]) && !PARTY_STEP.test(actor.split(/[，,]/)[0])) return '违法行为发生'
  // the facts' opening sentence names the actor: 经查明2015年10月9日，当事人向祚力在…砍伐 / 现查明：⏎2024年12月9日，贾某某携带…
  // (the opener may stand in the clause before, on the same line: 经调查，2025年2月15日，当事人将…)
  // (…or what another body found, told by a court: 该决定书查明如下事实：2018年1月16日，陈某驾驶车辆… / 原判查明，2018年1月16日…)
  const openerBefore = /(?:^|[。；;:：])\s*(?:(?:经|现)(?:本机关|本局|我局)?(?:查明|查实|核实|调查|核查|查)|(?:原判|原审|一审法院|二审法院|本院|决定书|处罚决定)查明)[，,]\s*$/.test(text.slice(lineStart, start))
  const foundAs = /(?:决定书|处罚决定|原判|原审|法院|本院)[\u4e00-\u9fa5]{0,4}查明(?:如下|以下)?(?:事实)?[:：]\s*$/.test(before)
  if ((FACTS_OPENER.test(before) || foundAs) && (before.trim() !== '' || openerBefore || (lineIdx > 0 && /(?:查明|查实|经查)[:：]?\s*$/.test(lineText(dt, lineIdx - 1))))) {
    const actor = /^[^。，,]{0,12}[，,]\s{0,2}((?:当事人|原告)?[\u4e00-\u9fa5*＊×]{2,5}?)(?=在|于|将|擅自|未经|未|使用|销售|携带|从事|驾驶|生产|砍伐|采伐|占用|建设|运输|收购|经营)/.exec(after)
    const rest = actor ? after.slice(actor[0].length) : ''
    if (actor && !/执法|我局|本局|本机关|我们|检查|人员|机关|局|部门|中心|站$/.test(actor[1]) && (VIOLATION_AFTER.test(rest) || /砍伐|采伐|携带|捕捞|占用|建设|驾驶/.test(rest.split(/[。；]/)[0]))) return '违法行为发生'
  }
  // 我局于…对你单位进行现场检查，发现你单位… / 执法人员在巡查中发现…: the inspection that found the violation is the day
  // the agency learned of it (案件来源: 行政处罚法 第三十六条 counts from it) — unless a report had already brought the
  // matter in (根据群众举报…进行检查), or it re-checks an order (复查)
  // (…执法人员在当事人中医治疗室内查获4批超过有效期的药品: what the officers seized is what they found)
  const found = /(?<!未|没有|未能)(?:发现|查获|查见)(?=[，,：:]?\s{0,2}(?:你|当事人|该|其|存在|有|涉嫌|违法|以下|上述|[^。；，,]{2,12}(?:存在|涉嫌|有(?!限)|未|擅自)))/.exec(after)
  // (我局于…对你单位进行了立案调查，发现你单位实施了以下违法行为: the filing's day, what it found told after)
  if (found && /立案/.test(after.slice(0, found.index)) && !/立案(?:前|之前)/.test(after.slice(0, found.index))) return '立案'
  // (…针对某局执法检查发现某公司的环境违法行为进行现场核实: a visit following up an earlier finding, not the finding)
  if (found && /检查|巡查|调查|勘察|勘查|核查|排查|监控|监测|执法人员|我局|本局|本机关/.test(after.slice(0, found.index)) && !/针对/.test(after.slice(0, found.index))) {
    // (the sentence may have begun on the line above: 接群众信访反映事项，⏎我局执法人员于…)
    const sentenceLead = text.slice(Math.max(start - 120, text.lastIndexOf('。', start - 1) + 1, text.lastIndexOf('；', start - 1) + 1), start)
    // (a complaint told anywhere before brought the matter in first: 请求有关部门介入。2月21日，执法人员…检查)
    const earlier = toldBefore()
    // (线索 and 反映 told earlier in the text may be the inspection's own: 发现线索, 反映了…情况)
    if (!new RegExp(`${cameIn()}|复查`).test(sentenceLead + after.slice(0, found.index)) && !new RegExp(cameIn('线索', '反映')).test(earlier)) return '案件来源'
  }
  // (…the finding told in the next sentence: 2024年2月26日某大队对你单位…的生产现场进行检查。检查现场你单位正在生产…)
  if (!found) {
    const dot = text.indexOf('。', end)
    const sentence = dot > 0 ? text.slice(end, dot) : ''
    const nextSentence = dot > 0 ? text.slice(dot + 1, dot + 40) : ''
    if (sentence.length <= 120 && /(?:执法人员|[局队所]|大队|支队|中队)[^。；]{0,60}?对[^。；]{2,80}?(?:进行|开展)了?(?:现场)?(?:检查|巡查)\s*$/.test(sentence) && /^\s{0,2}(?:检查现场|现场检查时|检查时|经检查|经现场检查|现场检查发现|检查发现)/.test(nextSentence) &&
      !/复查|核查|回头看/.test(sentence) && !/立案/.test(text.slice(0, start)) && !new RegExp(`${cameIn()}`).test(toldBefore() + sentence)) return '案件来源'
  }
  // 2022年6月23日，某分局委托某监测站对你公司生产时的噪声进行了监测 / 某局依法委托检测机构对…进行产品质量监督抽查: the
  // agency's own monitoring or sampling, told before any filing or complaint, is how the matter came to light
  // (…or the agency named before the date: 本机关于2024年2月1日委托某检测公司对…进行采样监测)
  const agencyBefore = AGENCY_SELF_BEFORE.test(before)
  const monitored = agencyBefore ? afterClause : firstClause
  if ((agencyBefore || (opensSentence && (AGENCY_SUBJECT.test(firstClause) || AGENCY_SELF_HEAD.test(firstClause)))) &&
    /(?:委托|联同|会同)[^。；]{0,40}?(?:监测|检测|抽查|抽检)|监督性?(?:监测|检测)|监督抽查|进行了?(?:监测|检测)(?!报告)/.test(monitored) &&
    !/立案/.test(text.slice(0, start)) && !new RegExp(cameIn()).test(toldBefore())) return '案件来源'
  // 我局根据群众举报对你单位进行现场检查 / 对其投诉情况进行核查: the visit a complaint led to, not its receipt
  // (执法人员根据上级交办问题线索，到位于…: the visit in the next clause)
  const ledBy = new RegExp(`(?:${cameIn()})[^。；]{0,30}?(?:检查|核查|排查|巡查|勘察|勘查|调查)`).test(afterClause) ||
    (new RegExp(`(?:根据|按照|依据|针对)[^。；，,]{0,20}?(?:${cameIn()})`).test(afterClause) && /检查|核查|排查|巡查|勘察|勘查|调查|到位于|到现场|现场/.test(after))
  if (ledBy && !/接到|收到|接收|受理|接获/.test(afterClause)) return '检查'
  const inClause = firstRoleAfter(afterClause)
  // (…，淮南市文化和旅游局对张某某涉嫌擅自…, 我局已于…责令你公司改正违法行为: the agency acting, however it is named and
  // wherever it stands; 营业执照(2023年10月8日由你单位的史家胜提供，证明违法主体): a paper the party handed over)
  const agencyActs = /[本我](?:局|机关|機關|委|厅|廳|部|队|隊|所|站|办|辦|单位|單位)|执法人员|執法人員|我们/
  // (…nor a step the party takes in the procedure: 当事人于…收到检验报告，未提出复检申请 / 将违法所得上缴; nor the day a
  // paper of the evidence bears — 身份证复印件(2023年10月18日),用于证实违法行为主体 —; nor a measure the agency took on the
  // goods: 于2021年4月15日，对该公司收集、贮存废铅蓄电池予以查封、扣押)
  const papersDay = /^\s{0,2}[)）]/.test(after) && /[(（]\s{0,2}$/.test(before)
  const measureTaken = /予以(?:查封|扣押|没收|暂扣)|(?:实施|采取)了?(?:查封|扣押|暂扣)|查封、扣押/.test(after.split(/[。；]/)[0])
  if (!noAct && !inClause && !papersDay && !measureTaken && VIOLATION_AFTER.test(after) && !agencyActs.test(after.slice(0, 12)) && !agencyActs.test(before) && !AGENCY_SUBJECT.test(after) && !HANDED_OVER.test(after) && !(PARTY_AT.test(before) && PARTY_STEP.test(afterClause))) return '违法行为发生'
  // 于…送达了《行政处罚事先告知书》: the notice was given that day
  if (/送达|交付|告知/.test(afterClause) && /告知书|事先告知/.test(afterClause) && !OTHER_NOTICE.test(afterClause)) return '告知'
  // (本局分别向某公司…送达《检验报告》: a test's result served, before the case; no service of the penalty's papers)
  const toStop = text.slice(end, end + 200).split(/[。；]/)[0]
  if (/^[^。；]{0,120}?送达[^。；]{0,12}?《[^》]{0,20}(?:检验|检测|监测|鉴定|抽检|抽查)[^》]{0,10}(?:报告|结果|通知书|告知书)》/.test(toStop) && !/处罚决定|事先告知|处罚告知/.test(toStop)) return '其他'
  // (…the rest of the sentence up to the next date: 于2013年12月4日向本院提起行政诉讼，本院于12月13日受理后，于12月17日向被告
  // 送达了起诉状副本 — the 送达 is the later date's)
  // (dates listed together share the words after the last: 4月20日和5月6日，执法人员…进行了两次询问)
  let ownAfter = after
  const DATE_AHEAD = /(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月(?:\s{0,2}\d{1,2}\s{0,2}[日号])?|\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号]/g
  for (let m = DATE_AHEAD.exec(after), from = 0; m; m = DATE_AHEAD.exec(after)) {
    if (!/^[\s、和及与]*$/.test(after.slice(from, m.index))) {
      ownAfter = after.slice(0, m.index)
      break
    }
    from = m.index + m[0].length
  }
  const r2 = inClause ?? firstRoleAfter(ownAfter)
  if (r2) return r2
  // A date standing alone near the foot: the document's date.
  const ownLine = dt.lines[lineIdx].text
  // (the seal printed before the date is no words of a sentence: （三亚市旅游和文化广电体育局印章）　2024年1月22日)
  const rest = ownLine.replace(SEAL, '').replace(/\s/g, '').length - text.slice(start, end).replace(/\s/g, '').length
  const nearFoot = lineIdx >= dt.lines.length - 6 || lineIdx >= dt.lines.length * 0.66
  // a labelled date (申请日期：…) whose label names no event is not the document's own foot date
  // (…but the officers who sign an investigation report date the report: 承办人：孟繁军　于洪涛　　2024年10月8日)
  const reportSigned = docType === '案件调查终结报告' && lab !== null && /^(?:承办人|经办人|调查人|报告人|办案人员?|承办人员|执法人员)(?:签名|签字|（签名）|\(签名\))?$/.test(lab.label)
  const labelled = lab !== null && !reportSigned && !/^(?:立卷|填表|制表|签发|落款|制作|成文)?(?:时间|日期)$/.test(lab.label)
  // (a sentence on its own short line is none: 当事人于2024年3月10日已整改完毕。, 本案办案期限延长至2024年6月30日)
  const sentence = /[。，,；;]/.test(ownLine.replace(text.slice(start, end), '').replace(/[。.]\s*$/, '')) || /(?:于|在|至|到)\s{0,2}$/.test(before)
  // (nor is an item of a list — 3.2025年12月5日视听资料。 — or a cell of a table in a decision's text, such as the date
  // column of its list of evidence: 《调查询问笔录》 | 2024年8月28日 |)
  const listed = /^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|[（(]\d{1,2}[)）])/.test(ownLine) || (/[|｜]/.test(ownLine) && PROSE_DOC_TYPES.has(docType))
  // (a court's or a review body's document on the penalty dates its own step at its foot, none of the penalty's)
  // (…nor a date in brackets after words, a sentence's aside that a scan's line break left short: 违法 / 动物已补检合格（2024年
  // 10月12日）。)
  const aside = /[（(][^）)]*$/.test(text.slice(lineStart, start)) && /[\u4e00-\u9fa5]/.test(text.slice(lineStart, start).replace(/[（(][^）)]*$/, '').replace(SEAL, ''))
  // (…and a notice publishing decisions held in its attachments dates itself, a 公告's foot, not the decision it publishes)
  if (nearFoot && rest <= 14 && !labelled && !sentence && !listed && !aside) return announcementOf(dt) !== null ? '文书落款' : docType === '其他' && OTHER_BODY.test(text) ? '其他' : DOC_DATE_ROLE[docType] ?? '文书落款'
  // inside the account of the facts (经查明… up to 以上事实有…证实), a date no other word gives a role to tells the
  // party's conduct — unless the sentence's subject is the agency, a third party or a report
  // (told in prose: a form's opinion boxes and signatures below its 简要案情 are no account of the facts)
  if (tellsInProse(docType) && inRanges(factsSpans(dt), start) && !PARTY_STEP.test(afterClause)) {
    // (the opener that starts the account is no subject: 经本机关调查，白某于2024年10月在某农场种植…)
    const lead = text.slice(Math.max(lineStart, text.lastIndexOf('。', start - 1) + 1, text.lastIndexOf('；', start - 1) + 1), start).replace(OPENER_LEAD, '')
    const subject = AGENCY_SUBJECT.exec(after.slice(0, 24))
    if (!NOT_PARTY_SUBJECT.test(lead + after.slice(0, 14)) && !(subject && !/当事人|你|该店|该公司/.test(subject[0])) && !NOT_CONDUCT.test(after)) return '违法行为发生'
  }
  return '其他'
}

/** A firm, the party or workers owed as what comes before a period (某公司于, 你单位在, 该企业, 拖欠30名劳动者). */
const PERIOD_ACTOR = /(?:(?:公司|厂|企业|单位|店|中心|合作社|当事人|你|其)(?:[^。；，,]{0,6}?|[，,]\s{0,2})(?:于|在|因在|自|从)?|拖欠[^。；，,]{0,8}?(?:工人|劳动者|职工|员工)|(?:^|[，,])\s{0,2}(?:于|在)?)\s{0,2}$/
/** …and what it did in that period, unlawful in the words told (虚开, 拖欠, 瞒报, 擅自, 未经…). */
const PERIOD_CONDUCT = /虚开|拖欠|瞒报|虚报|违法|违反|擅自|非法|未经|未按|未取得|超标|使用童工|篡改|伪造|骗取|偷逃|少缴|漏缴|认证抵扣|申报抵扣|工资|劳动报酬/
/** …not an agency's step over that period (对…期间的涉税情况进行检查 is the tax office's). */
const AGENCY_WORK_HEAD = /^[^。；]{0,20}?(?:进行了?(?:检查|调查|核查)|立案|送达)/
/** A suit's or a review's side telling its own account, the date next (原告某某诉称，…; 申请人称：“本人于…; 具体情况和理由：…). */
const CLAIM_LEAD = /(?:(?:^|[^被])(?:申请人|原告|上诉人)[\u4e00-\u9fa5*＊×]{0,6}(?:诉称|称|陈述|述称)|具体情况和理由)\s{0,2}[:：，,]?\s{0,2}(?:申请人称\s{0,2}[:：]?)?\s{0,2}[“"]?\s{0,2}(?:本人|我)?\s{0,2}(?:于|在)?\s{0,2}$/
/** …what that day's clause tells is a step of the procedure or another's act, not the side's own doing. */
const CLAIM_NOT_CONDUCT = /被告|被申请人|递交|申请(?!人)|诉讼|复议|起诉|上诉|作出|决定|处罚|送达|收到|接到(?!公司|单位|朋友|电话)|执法|民警|交警|警察|检查|查处|扣押|暂扣|立案|告知|询问|受理|审理|判决|裁定/
/** A record's speaker (问, 答, 询问人, 被询问人): who speaks, not what the date is. */
const SPEAKER_LABEL = /^(?:问|答|被?询问人|被?调查人|被?检查人)$/
/** …at the head of a clause, with its colon (被询问人：到5月16日…). */
const SPEAKER_LEAD = new RegExp(`^\\s*(?:${SPEAKER_LABEL.source.slice(1, -1)})\\s{0,2}[:：]\\s*`)

/** The agency head's opinion box approving the filing or the closing, its signature and date after it. */
const HEAD_APPROVAL = /(?<!办案机构|承办机构|经办机构|办案部门|承办部门|办案|承办|经办)负责人(?:审批|审核)?意见\s{0,2}[:：]?\s{0,2}(?:同意|批准)(?:予以)?(立案|结案)?[^。；\n]{0,4}(?:[。；]|\s)[^。；\n]{0,40}$/

/** The agency speaking of itself or its officers (本局, 我机关, 执法人员). */
const AGENCY_SELF = '(?:[本我](?:局|机关|委|厅)|执法人员)'
const AGENCY_SELF_HEAD = new RegExp(`^\\s{0,2}${AGENCY_SELF}`)
/** …the agency named before a date: 本机关于2024年2月1日… */
const AGENCY_SELF_BEFORE = new RegExp(`^\\s{0,2}${AGENCY_SELF}\\s{0,2}(?:于|在)\\s{0,2}$`)
/** The words that open an account of the facts (经本机关调查，/ 经查明：/ 现查实，), as the account's span and a sentence's head read them. */
const OPENER = '(?:经过?|现)(?:已|本机关|本局|我局|我关|本委|我委|本厅|我厅|相关部门)?(?:执法人员)?(?:依法|立案|进一步|审理|审查|初步)?(?:调查|查明|查实|核实|核查|查)(?:、?核实|查明|认定|取证)?(?!终结|完毕)'
/** The opener at the head of a sentence, its punctuation read. */
const OPENER_LEAD = new RegExp(`^\\s*${OPENER}[，,:：]\\s*`)

/** A person acting as the subject right after a date (…，某公司闽CD**30号驾驶员从…, …，某村村民刘某秀在…): no officer, no body. */
/** What may stand between a date and the comma that ends it: its time of day (14时10分许, 上午). */
const TIME_OF_DAY = '\\s*\\d{1,2}[时:：]\\d{0,2}分?[^，,。]{0,6}|上午|下午|晚上?|中午|凌晨|早上|傍晚'
const PERSON_ACTS = new RegExp(`^(?:${TIME_OF_DAY})?[，,]\\s*(?![^。，,；]{0,24}(?:执法|我局|本局|本机关|记者|局|队|所|中心))[^。，,；]{0,24}?(?:驾驶员|司机|驾驶人|村民|船员|船长|员工|工人|经营者|店主|业主)[\\u4e00-\\u9fa5*＊×]{0,4}\\s{0,2}(?:在|从|于|将|擅自|未|使用|驾驶|通过|以|[，,])`)

/**
 * A firm or a masked person as the subject of the clause a date opens, acting (，天津某剧院有限公司在某地举办…, ，吝某某连续在
 * 渭河大坝实施采砂…): the actor of the facts the account tells.
 */
const ACTOR_ACTS = new RegExp(`^(?:${TIME_OF_DAY}|许)?[，,]\\s*(?:当事人)?(?:[\\u4e00-\\u9fa5（）()*＊×]{2,30}?(?:公司|厂|店|超市|医院|诊所|药房|合作社|经营部|商行|加油站|旅行社|网吧|酒店|宾馆|餐厅|饭店|农场|养殖场|门市部|工作室|印刷厂|度假村)|[\\u4e00-\\u9fa5][某*＊×](?:某|[\\u4e00-\\u9fa5](?=[在于从将连以通向]))?)(?:[（(][^）)]{0,20}[)）])?\\s{0,2}(?:在|于|从|自|将|擅自|未经?|连续|组织|举办|使用|销售|经营|生产|运输|驾驶|以|通过|向(?![本我]))`)

/** Who else may do what a date in the facts tells: the agency, its officers, a third party, a test or a report. */
const NOT_PARTY_SUBJECT = /[本我该](?:局|机关|委|厅|部|队|所|站|办|中心)|执法(?:人员|大队|支队)|我们|消费者|举报人|投诉人|群众|检测(?![^，,。；]{0,6}?(?:协会|企业|公司|机构))|检验|监测(?!数据)|报告|公告|通报|通知|函|批复|证据|笔录|照片|视频|附件|合同|发票|协议|登记|颁发|核发|出生|生日|年龄|岁/

/** A step of the agency's own, told between a date and the law broken: the date is that step's, not the conduct's. */
const AGENCY_WORK = /检查|巡查|调查|核查|核实|发现|查获|查处|查明|立案|询问|送达|告知|决定|举报|投诉|反映|交办|移送|抽样|抽检|监测|检测|执法|责令|处罚|罚款|收到|接到|[本我](?:局|机关|委|厅|部|队|所)/
/** Another body as the subject right after the date (2025年1月7日赣州市市场监督管理局委托…, 某社区与…, 省大气执法帮扶组通过…). */
const AGENCY_SUBJECT = /^[，,\s]{0,2}[\u4e00-\u9fa5]{2,16}?(?:局|厅|委员会|人民政府|政府|办事处|社区|村委会|大队|支队|中心|检验所|研究院|法院|检察院|(?:执法|督察|督查|检查|帮扶|专项|调查|工作)[\u4e00-\u9fa5]{0,2}组)(?![\u4e00-\u9fa5]{0,2}(?:药房|店|有限|公司))/
/** What no conduct of the party is: an accident, an expiry, a contract signed, a document of that date (《…批复》). */
const NOT_CONDUCT = /^[^。；]{0,16}?(?:签订|到期|届满|批复|《)|事故/

const FACTS_OPEN = new RegExp(`(?:^|[。；;\\n|｜])[\\s|｜]*(?:${OPENER}[，,:：]?|(?:[一二三四五六七八九十]、)?(?:主要)?(?:违法事实|案件事实|查明的事实|(?:基本|简要)?案情(?:简介|介绍|概况|经过)?)(?:及证据)?[:：|\\s])|(?:实施了?|存在)(?:以下|如下)[\\u4e00-\\u9fa5]{0,6}?违法行为[:：]`, 'g')
const FACTS_CLOSE = /(?:以上|上述)(?:违法)?(?:事实|行为)|(?:有|以)(?:以下|下列|如下)证据|证据(?:如下|材料|[一1][:：、])|主要证据|你(?:单位|公司|店|厂)?的?(?:上述|以上)?行为(?:已)?违反|违反了?《|依据《|根据《|依照《|建议立案|办案人员|承办人|(?:负责人|审批|审核|承办|机构)意见|签名|签字|盖章/g
const factsCache = new WeakMap<DocText, Range[]>()

/**
 * The spans of text that tell the facts found (经查明… / 违法事实：… / …发现你单位实施了以下环境违法行为：… up to the evidence
 * or the legal reasoning).
 */
export function factsSpans(dt: DocText): Range[] {
  let out = factsCache.get(dt)
  if (out) return out
  out = []
  const text = dt.text
  FACTS_OPEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = FACTS_OPEN.exec(text))) {
    const from = m.index + m[0].length
    FACTS_CLOSE.lastIndex = from
    const c = FACTS_CLOSE.exec(text)
    const to = c ? c.index : Math.min(text.length, from + 800)
    if (to > from) out.push({ start: from, end: to })
    FACTS_OPEN.lastIndex = Math.max(to, from)
  }
  factsCache.set(dt, out)
  return out
}

/** A date of the document with where it stands and whether a box's label gives it. */
export interface Placed {
  fact: DateFact
  start: number
  end: number
  labelled: boolean
}

/** Documents that tell the case in sentences (a decision, a notice, the investigation report, an untyped text). */
const tellsInProse = (docType: DocType) => PROSE_DOC_TYPES.has(docType) || docType === '案件调查终结报告' || docType === '其他'

/** Words that say the matter came in otherwise than by the agency's own inspection, or that an inspection re-checks. */
const CAME_OTHERWISE = new RegExp(`${cameIn()}|复查|复核|回访|整改|再次|又一次|立案后|调查取证`)
/**
 * What a text tells before its account that does not say how the matter came in: a case the agency sent on (将案件及时
 * 移送公安处理, 移交司法机关) and the decision's opening formula (…一案，我局经调查取证，现已审查终结).
 */
const NOT_CAME_IN = /(?:移送|移交)(?:至|给|到)?(?:当地|同级|属地)?(?:公安|司法|检察|纪检|监察|法院|人民法院)|调查取证[，,]?\s{0,2}现已(?:审查|调查)?终结/g
const cameOtherwise = (s: string) => CAME_OTHERWISE.test(s.replace(NOT_CAME_IN, ''))
/** The account of an inspection tells what it found (检查发现…, 现场查见…, 查获…). */
const INSPECTION_FOUND = /发现|查见|查获|查实|查出|检查到|检查时|涉嫌|现场(?:有|存在|堆放|摆放|正在|未见)|现场[^。；，,]{1,8}?正在|(?:无法|不能|未能)(?:提供|出示)|(?:摆放|存放|堆放|放置|陈列)有/

/**
 * The inspection that opens the account of a case told in prose (2022年5月26日，本局执法人员对位于…的某店进行检查。
 * 检查发现…): the day the agency learned of the matter, when nothing else brought it in — the first inspection of the
 * text, its sentence or the next telling what it found, no complaint, referral or earlier order told before it.
 */
const SAMPLED = /抽样|抽检|送检|采样|取样/
function firstInspectionFound(dt: DocText, out: Placed[], docType: DocType) {
  if (!tellsInProse(docType)) return
  const first = out.find((x) => !x.fact.quoted && !x.labelled && x.fact.role === '检查')
  if (!first) return
  const text = dt.text
  // (a 案件来源 of the same day — a summary above the account giving that day — is this same visit; a record of it in the
  // list of evidence stays the record's date)
  const [sFrom, sTo] = sentenceAround(text, first.start, '。；\n')
  const record = /笔录|照片|证据|勘验图|平面图/.test(text.slice(sFrom, sTo))
  if (out.some((x) => !x.fact.quoted && x.fact.role === '案件来源' && (record || x.fact.iso.slice(0, 10) !== first.fact.iso.slice(0, 10)))) return
  if (cameOtherwise(text.slice(0, first.start))) return
  // the account of that visit: up to the next date told, within a few sentences (a date of the conduct it found, or of
  // no step, is part of the account: …进行现场检查，该项目于2022年2月开工建设…涉嫌…)
  const next = out.find((x) => x.start > first.end && x.fact.role !== '违法行为发生' && x.fact.role !== '其他')
  let b = first.end
  for (let stops = 0; b < text.length && stops < 4 && b < first.end + 300 && (!next || b < next.start); b++) if ('。；;'.includes(text[b])) stops++
  const told = text.slice(first.end, b)
  const sentenceStart = Math.max(text.lastIndexOf('。', first.start - 1), text.lastIndexOf('\n', first.start - 1)) + 1
  const lead = text.slice(sentenceStart, first.start)
  if (!INSPECTION_FOUND.test(told) || CAME_OTHERWISE.test(lead + told.split(/[。；;]/)[0])) return
  // a visit made to take samples found nothing itself: the test's result did, on a day the account may not tell
  // (一次在抽检工作中的抽样); one that found the matter on site and then took samples did (现场检查时…，经采样监测)
  const visit = lead + told.split(/[。；;]/)[0]
  const sampled = visit.search(SAMPLED)
  if (sampled >= 0 && !/发现|检查时|现场/.test(visit.slice(0, sampled))) return
  first.fact.role = '案件来源'
}

/** A line that heads one case of a report of several: 案例2, 一、…, or the case's name (…未按月核定农民工工作量…案). */
const CASE_HEADING = /^[\s\u3000]*(?:(?:案例|案件)[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十]{1,3}[、.．])|[^。；，,:：]{4,60}案[\s\u3000]*$/
/** A case's name ending the line before its account's first date, the two run together (…签字确认案2020年11月9日). */
const GLUED_CASE_NAME = /(?:^|[。；])[^。；，,:：]{6,60}案[\s\u3000]*$/
/** A line a web copy leaves between a case's heading and its account: a bracketed caption (【违法情况】), an empty image. */
const BETWEEN_HEADING = /^(?:【[^】]{1,8}】|!\[\]\(\))$/
/**
 * A report of several cases, each a paragraph opening with the inspection that found it (2022年5月10日，市住建局检查发现，
 * 某项目施工单位…; 案例二：2022年3月，执法人员通过检查发现…): each such inspection is its own case's 案件来源. A paragraph
 * telling a later visit (再次, 复查, 整改…) or one after a filing is left to the rules below.
 */
const PARAGRAPH_HEAD = /^[\s\u3000]*(?:(?:案例|案件)[一二三四五六七八九十\d]{1,3}[:：、.．]?[^\n。；]{0,60}?)?$/
function paragraphInspectionsFound(dt: DocText, out: Placed[], docType: DocType) {
  if (!tellsInProse(docType)) return
  const text = dt.text
  const lineLead = (x: Placed) => text.slice(text.lastIndexOf('\n', x.start - 1) + 1, x.start)
  // (a case's name the copy glued to its first line — …签字确认案2020年11月9日，… — heads it all the same)
  const gluedName = (x: Placed) => GLUED_CASE_NAME.test(lineLead(x))
  // (a paragraph opening with a complaint or referral received is one of the cases too: 2020年6月，…接到农民工投诉)
  const heads = out.filter((x) => {
    if (x.fact.quoted || x.labelled || (x.fact.role !== '检查' && x.fact.role !== '案件来源')) return false
    return PARAGRAPH_HEAD.test(lineLead(x)) || gluedName(x)
  })
  // (one case's account told day by day is not a report of several: two paragraphs at least, each its inspection, or
  // each under its case's own heading — 案例2, …拨付人工费用案, the heading a line or two above behind a 【违法情况】 —
  // when one of them came in by a complaint)
  const underHeading = (x: Placed) => {
    if (gluedName(x) || /(?:案例|案件)[一二三四五六七八九十\d]/.test(lineLead(x))) return true
    // (the nearest line above that is neither blank nor a caption between heading and account)
    for (let end = text.lastIndexOf('\n', x.start - 1); end > 0; ) {
      const start = text.lastIndexOf('\n', end - 1) + 1
      const line = text.slice(start, end).trim()
      if (line && !BETWEEN_HEADING.test(line)) return CASE_HEADING.test(line)
      end = start - 1
    }
    return false
  }
  if (heads.filter((x) => x.fact.role === '检查').length < 2 && heads.filter(underHeading).length < 2) return
  for (const x of heads) {
    if (x.fact.role !== '检查') continue
    const [, to] = sentenceAround(text, x.start, '。；\n')
    const sentence = text.slice(x.end, to)
    // (what the sentence tells after the finding — 经责令整改但对方逾期未改 — is the case's later course, not how it came in)
    const found = /(?:检查|巡查)[^。；，,]{0,6}?[，,]?\s{0,2}发现/.exec(sentence.slice(0, 60))
    if (found && !CAME_OTHERWISE.test(sentence.slice(0, found.index))) x.fact.role = '案件来源'
  }
}


/**
 * A service or receipt the account tells of the 告知书 (我部于…发出《…告知书》，你单位于…签收; 我局于…向你单位送达上述文件,
 * the sentence before naming the 告知书) is the 告知, not the decision's service.
 */
function noticeServed(dt: DocText, placed: Placed[], docType: DocType) {
  if (!tellsInProse(docType)) return
  const text = dt.text
  // (the notice of the intended penalty or of a hearing, not a 检验期间告知书 or a test's 结果告知书)
  const NOTICE = /(?:处罚|事先|听证|意见|陈述|申辩)[^《》。，,]{0,8}?告知书|事先告知/
  for (const x of placed) {
    if (x.fact.quoted || x.labelled || x.fact.role !== '送达') continue
    const from = Math.max(text.lastIndexOf('。', x.start - 1), text.lastIndexOf('\n', x.start - 1)) + 1
    let to = text.indexOf('。', x.end)
    if (to < 0) to = text.length
    const sentence = text.slice(from, to)
    if (/决定书|处罚决定/.test(sentence)) continue
    const previous = text.slice(Math.max(0, text.lastIndexOf('。', from - 2) + 1), from)
    if (NOTICE.test(sentence) || (/上述(?:文件|文书|告知书)|该告知书/.test(sentence) && NOTICE.test(previous) && !/决定书/.test(previous))) x.fact.role = '告知'
  }
}

/**
 * An inspection the account tells after the filing it has already told, and dated after it (本局于10日立案调查。12日，
 * 执法人员…进行检查，发现…), is a step of the investigation: what it found is not the discovery that led to the filing.
 * (An inspection told as leading to a filing — …检查，发现…，于某日立案调查 — keeps its role whatever its date: a
 * discovery dated after the filing is an inconsistency to show, not to read away.)
 */
function inspectionsAfterFiling(dt: DocText, placed: Placed[]) {
  const filings = placed.filter((x) => !x.fact.quoted && x.fact.role === '立案' && x.fact.precision === 'day')
  if (!filings.length) return
  const text = dt.text
  for (const x of placed) {
    if (x.fact.quoted || x.labelled || x.fact.role !== '案件来源') continue
    const day = x.fact.iso.slice(0, 10)
    if (!filings.some((f) => f.end <= x.start && f.fact.iso.slice(0, 10) < day)) continue
    const sentence = text.slice(Math.max(0, text.lastIndexOf('。', x.start - 1) + 1), x.end + 60).split(/[。；]/).slice(0, 2).join('')
    if (/检查|巡查|核查|排查|勘察|勘查|勘验|调查|复查/.test(sentence) && !new RegExp(cameIn()).test(sentence)) x.fact.role = '检查'
  }
}

/** A date that is no fact of the case: a web page's own date, a date printed on goods, the party's own record. */
export function notCaseDate(dt: DocText, start: number, end: number, lineIdx: number, docType: DocType): boolean {
  const before = clauseBefore(dt, start, lineIdx)
  return pageMeta(dt, start, lineIdx, docType) === 'page' || GOODS_DATE.test(before) || RECORD_DATE.test(before) || RECORD_AFTER.test(dt.text.slice(end, end + 30))
}

/**
 * A decision the party made, told among the facts (当事人2011年3月7日作出决定，对…三家产险公司…停止出单): an act of the
 * conduct, not the agency's decision.
 */
function partysOwnDecision(dt: DocText, placed: Placed[]) {
  for (const x of placed) {
    if (x.fact.quoted || x.labelled || x.fact.role !== '决定') continue
    const lead = dt.text.slice(Math.max(0, x.start - 12), x.start)
    if (/(?:^|[，,。；\s])当事人\s{0,2}(?:于|在)?\s{0,2}$/.test(lead)) x.fact.role = '违法行为发生'
  }
}

/** Roles that depend on the document's other dates: settled once every date is placed. */
export function settleRoles(dt: DocText, placed: Placed[], docType: DocType) {
  partysOwnDecision(dt, placed)
  firstInspectionFound(dt, placed, docType)
  paragraphInspectionsFound(dt, placed, docType)
  inspectionsAfterFiling(dt, placed)
  laterInspectionsFound(dt, placed)
  investigationFormula(dt, placed)
  suspensionBeforeEnd(dt, placed)
  orderUnheeded(dt, placed, docType)
  noticeServed(dt, placed, docType)
  noticeOwnReceipt(dt, placed, docType)
  contentsEntries(dt, placed, docType)
  otherCaseSteps(dt, placed, docType)
  // (a paper filed as evidence — a 责令改正通知书（复印件） signed for on 2025.5.20, another case's decision (复印件) — tells
  // its own service and decision, no step of this case's decision)
  if (docType === '证据材料') for (const x of placed) if ((x.fact.role === '送达' || x.fact.role === '决定') && !x.fact.quoted) x.fact.role = '其他'
  // (…and a receipt filed as evidence — 今收到…工程款 / 收款人：马永胜　2022年4月12日 — is the party's dealings, no payment of
  // the fine, unless the paper speaks of a penalty's money)
  if (docType === '证据材料' && !/罚款|罚没|非税|执收|加处罚款/.test(dt.text)) for (const x of placed) if (x.fact.role === '缴款' && !x.fact.quoted) x.fact.role = '其他'
  // (a closing form's or an archive sheet's 审核 is its own sign-off — 大队审核：韩冬　2024/11/13 —, no 法制审核 of the case)
  if (docType === '结案报告' || docType === '备考表' || docType === '卷内目录') for (const x of placed) if (x.fact.role === '法制审核' && !x.fact.quoted) x.fact.role = '其他'
  // (a paper made before the case is decided tells no payment of its fine nor its closing: 答：5月9日到7月21日一共卖了48瓶，
  // …收款600元 is the party's takings; 曾于2023年缴纳罚款 another case's)
  if (MADE_BEFORE_DECISION.has(docType)) for (const x of placed) if ((x.fact.role === '缴款' || x.fact.role === '结案') && !x.fact.quoted) x.fact.role = '其他'
}

/** Papers of a case made before its decision (not an inspection's record: a later one may check the decision's execution). */
const MADE_BEFORE_DECISION = new Set<DocType>(['案件来源登记表', '立案审批表', '询问笔录', '案件调查终结报告', '行政处罚事先告知书', '听证告知书', '陈述申辩笔录', '听证笔录', '法制审核意见书', '集体讨论记录'])

/** A paper's number as printed (呼川环罚〔2024〕17号), unified for comparing. */
const CASE_NO = /[\u4e00-\u9fa5A-Za-z()（）]{1,16}\s?[〔﹝[【(（]\s*(?:19|20)\d{2}\s*[〕﹞\]】)）]\s*第?\s*[\dA-Za-z-]{1,8}\s*号/g
const numberKey = (s: string) => s.replace(/\s+/g, '').replace(/[〔﹝[【(（]/g, '〔').replace(/[〕﹞\]】)）]/g, '〕').replace(/第(?=[\dA-Za-z-]+号)/, '')
/**
 * The steps of another case a decision tells (我局于2024年4月1日作出呼川环罚〔2024〕17号行政处罚决定 — the original penalty an
 * 按日连续处罚 decision rests on): a decision, notice or service named by a number other than the paper's own is that
 * case's, no step of this one.
 */
function otherCaseSteps(dt: DocText, placed: Placed[], docType: DocType) {
  if (!PROSE_DOC_TYPES.has(docType)) return
  const text = dt.text
  // (its own number may be broken over two lines on a scan: 土右水罚[20 / 24]9号)
  const own = [...text.slice(0, 300).replace(/\n/g, '').matchAll(CASE_NO)].map((m) => numberKey(m[0])).find((n) => /罚/.test(n))
  if (!own) return
  for (const x of placed) {
    if (x.fact.quoted || (x.fact.role !== '决定' && x.fact.role !== '送达')) continue
    const [, to] = sentenceAround(text, x.start, '。；\n')
    // (the number named in the date's own clause, after it: a decision's number, not this case's notice's or order's)
    const clause = text.slice(x.end, Math.min(to, x.end + 60)).split(/[，,]/)[0]
    const named = [...clause.matchAll(CASE_NO)].map((m) => numberKey(m[0])).filter((n) => /罚/.test(n) && !/告|听|改|通|查|扣|封|存/.test(n))
    if (named.length && !named.includes(own) && !named.some((n) => n.endsWith(own.slice(-8)))) x.fact.role = '其他'
    // (…nor is the service of another paper — an order to correct, a seizure — the decision's: LABELS give it 其他)
    else if (x.fact.role === '送达' && /^[^。；]{0,40}?(?:责令(?:改正|整改|停止)[^。；，,]{0,12}?(?:决定书|通知书)|(?:查封|扣押|先行登记保存)[^。；，,]{0,8}?(?:决定书|通知书))/.test(clause)) x.fact.role = '其他'
  }
}

/** An entry of a file's contents: a paper's title and date, then leaders and its page (八、…告知书（2023年12月11日）……10). */
// (…or a ruled row's cells: 7丨海关专用缴款书（补征税款）丨2023.04.26丨13)
const CONTENTS_ENTRY = /(?:[…．.·]{3,}|-{4,}|\s{4,}|[丨|｜│])\s*(?:第\s*)?\d{1,3}(?:\s*[-—~至]\s*\d{1,3})?\s*(?:页)?\s*[丨|｜│]?\s*$/
/**
 * The dates a file's contents list (on its own page or on the cover) are the listed papers', told again: no step of the
 * case by themselves — the papers' own dates are read where they stand.
 */
function contentsEntries(dt: DocText, placed: Placed[], docType: DocType) {
  for (const x of placed) {
    if (x.fact.quoted || x.fact.role === '其他') continue
    const [from, to] = sentenceAround(dt.text, x.start, '\n')
    const line = dt.text.slice(from, to)
    if (docType === '卷内目录' || (CONTENTS_ENTRY.test(line) && /^[\s\u3000|｜丨│]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．\s丨|｜│]|[（(]\d{1,3}[)）])/.test(line))) x.fact.role = '其他'
  }
}

/**
 * A notice's own receipt block (受送达人签收：林水生　2023年12月11日10时20分) serves the notice: the 告知, not the decision's
 * service — unless its words name the decision.
 */
function noticeOwnReceipt(dt: DocText, placed: Placed[], docType: DocType) {
  if (docType !== '行政处罚事先告知书' && docType !== '听证告知书') return
  for (const x of placed) {
    if (x.fact.quoted || x.fact.role !== '送达') continue
    const [from, to] = sentenceAround(dt.text, x.start, '。；\n')
    if (!/决定书/.test(dt.text.slice(from, to))) x.fact.role = '告知'
  }
}

/** The offence told as an order not obeyed (逾期不改, 拒不改正, 逾期未改正…). */
const UNHEEDED = /拒不(?:改正|整改)|逾期(?:仍)?(?:不|未)(?:改正?|整改)|未(?:按期|按要求|在规定期限内)(?:改正|整改)|责令改正[^。；]{0,12}?(?:后)?(?:仍|依然)未(?:改正|整改)/
/** The visit that checks an order was obeyed. */
const RECHECK = /复查|复核检查|回访|再次(?:进行)?(?:现场)?检查|跟踪检查/
/**
 * An order to correct not obeyed (LABELS: the 复查 that found the order unheeded is 案件来源 when that is the offence): the
 * first re-check after the order, told as finding it still so, is when the matter came to light; the first inspection that
 * gave the order becomes an inspection of the case.
 */
function orderUnheeded(dt: DocText, placed: Placed[], docType: DocType) {
  if (!tellsInProse(docType)) return
  const text = dt.text
  if (!UNHEEDED.test(text)) return
  const ordered = text.search(/责令(?:[^。；]{0,10}?)(?:改正|整改)|责令改正通知书|责令整改通知书|限期改正/)
  if (ordered < 0) return
  const recheck = placed.find((x) => {
    if (x.fact.quoted || x.labelled || x.start < ordered || (x.fact.role !== '检查' && x.fact.role !== '案件来源')) return false
    const [from, to] = sentenceAround(text, x.start, '。；\n')
    return RECHECK.test(text.slice(from, Math.min(to, x.end + 40)))
  })
  if (!recheck || recheck.fact.role === '案件来源') return
  // (…only where the earlier visit is what the reading took for the source: nothing else brought the matter in)
  const earlier = placed.filter((x) => !x.fact.quoted && !x.labelled && x.fact.role === '案件来源' && x.start < recheck.start && x.fact.iso.slice(0, 10) < recheck.fact.iso.slice(0, 10))
  if (!earlier.length) return
  const visits = earlier.filter((x) => {
    const [from, to] = sentenceAround(text, x.start, '。；\n')
    return /检查|巡查|核查|调查/.test(text.slice(from, to)) && !new RegExp(cameIn()).test(text.slice(from, to))
  })
  if (visits.length !== earlier.length) return
  for (const x of visits) x.fact.role = '检查'
  for (const x of placed) if (!x.fact.quoted && !x.labelled && x.fact.role === '检查' && x.fact.iso.slice(0, 10) === recheck.fact.iso.slice(0, 10) && RECHECK.test(text.slice(...sentenceAround(text, x.start, '。；\n')))) x.fact.role = '案件来源'
}

/**
 * The matter comes to light once: of several inspections told as finding it, a later one listed in the same sentence
 * (我局于2024年6月2日、6月19日、7月16日对你砖厂进行了检查调查，发现…) or told as a repeat of an earlier one (10月14日
 * “回头看”检查，发现…仍存在; 再次检查时发现; 复查时发现) is an inspection, not the 案件来源. Dates of one day stay as they
 * are (a day told twice is the same visit).
 */
function laterInspectionsFound(dt: DocText, placed: Placed[]) {
  const found = placed.filter((x) => !x.fact.quoted && !x.labelled && x.fact.role === '案件来源' && x.fact.precision !== 'year')
  if (found.length < 2) return
  const text = dt.text
  const sentenceOf = (x: Placed) => {
    const [from, to] = sentenceAround(text, x.start, '。；\n')
    return { from, text: text.slice(from, Math.min(to, x.end + 60)) }
  }
  for (const x of found) {
    const day = x.fact.iso.slice(0, 10)
    const earlier = found.filter((y) => y !== x && y.fact.iso.slice(0, 10) < day)
    if (!earlier.length) continue
    const own = sentenceOf(x)
    const listed = earlier.some((y) => sentenceOf(y).from === own.from)
    const repeat = /再次|复查|回头看|又一次|再一次/.test(own.text) || /仍(?:未|然|在|存在)/.test(own.text)
    if ((listed || repeat) && /检查|巡查|核查|排查|勘察|勘查|勘验|调查|复查/.test(own.text) && !new RegExp(cameIn()).test(own.text)) x.fact.role = '检查'
  }
}

/**
 * The formula an environment decision opens with — 我局于2023年12月18日对你单位进行了调查，发现你单位实施了以下环境违法行为：
 * — when the account after the colon tells an earlier visit or test of its own (2023年12月6日，某执法队在现场检查…时; 2024年7月3日，
 * 某分局委托检测公司进行监督性检测): that earlier day found the matter, the formula's day is the investigation's visit (检查).
 */
const FORMULA = /进行了?调查[，,]\s{0,2}发现[^。；]{0,30}?(?:以下|如下)[^。；]{0,12}?(?:违法)?(?:行为|问题)[:：]/
const OWN_VISIT = /(?:执法|局|队|站|中心|组|委托)[^。；]{0,40}?(?:检查|检测|监测|取样|采样|督查|帮扶|巡查|核查|调查)/
function investigationFormula(dt: DocText, placed: Placed[]) {
  const text = dt.text
  for (const x of placed) {
    if (x.fact.quoted || x.labelled || x.fact.role !== '案件来源') continue
    const f = FORMULA.exec(text.slice(x.end, x.end + 80))
    if (!f) continue
    const from = x.end + f.index + f[0].length
    const y = placed.find((z) => z.start >= from && z.start < from + 200 && !z.fact.quoted)
    // (…a visit or test, not the party's conduct on that day: 你单位分别于2024年4月1日对柴油车…进行检测 is the conduct found)
    if (!y || y.fact.role === '违法行为发生' || y.fact.iso.slice(0, 10) >= x.fact.iso.slice(0, 10)) continue
    const [, to] = sentenceAround(text, y.start, '。；\n')
    if (OWN_VISIT.test(text.slice(y.end, Math.min(to, y.end + 60)))) x.fact.role = '检查'
  }
}

/**
 * An antitrust notice of the end of a case (…于2019年2月20日对本案作出了中止调查决定…于2020年7月8日决定终止调查): the
 * suspension is a step on the way, the decision the notice publishes is the end; a notice of the suspension alone publishes
 * the suspension as its decision.
 */
const SUSPENDED = /^\s{0,2}[，,]?[^。；，,]{0,24}?(?:作出|做出)(?:了)?中止调查(?:的)?决定/
function suspensionBeforeEnd(dt: DocText, placed: Placed[]) {
  const text = dt.text
  const decided = placed.filter((x) => !x.fact.quoted && x.fact.role === '决定')
  if (decided.length < 2) return
  const suspended = decided.filter((x) => SUSPENDED.test(text.slice(x.end, x.end + 40)))
  if (suspended.length && suspended.length < decided.length) for (const x of suspended) x.fact.role = '其他'
}
