/**
 * The issuing agency (执法单位) of a document: from the title line (文山市自然资源局行政处罚决定书), a header line above the
 * title (昆明市生态环境局晋宁分局), or the closing signature block (the agency's name above the date, often with 盖章).
 * A name is taken only when the whole line (or the title line's head) is an agency name: a word a sentence merely
 * mentions is never read as the issuer.
 */
import type { AgencyFact } from '../types'
import { TITLES_LONGEST_FIRST } from '../segment/doctypes'
import { NEWS, PARTY_BOX } from '../segment'
import { disclosureRows } from './tables'
import { bookTitles, evidenceAt, inRanges, lineText, sentenceAround, shortNameAt, statuteQuotes, type DocText } from './text'
import { escapeRegExp } from '../util/regex'

/** How an agency's name ends. */
const AGENCY_END = /(?:局|委员会|委|厅|署|办公室|办事处|大队|支队|中队|管理处|管理站|管理所|中心|人民政府|执法队|海关|监督所|稽查所|检查站|执法总队|监察总队|支局|分局|公安局[\u4e00-\u9fa5]{2,6}派出所|中华人民共和国[\u4e00-\u9fa5]{2,12}部)$/
/** Something in the name that places it: an administrative level or a national body (a municipality may go without 市). */
const PLACED = /(?:省|县|区|州|盟|旗|镇|乡|街道|自治|国家|中国|中华人民共和国|海关|海事局|总局|兵团|新区|开发区|管委会)|^第[一二三四五六七八九十]{1,3}师(?=[\u4e00-\u9fa5]{2})|市(?!场|容|政)|^(?:北京|天津|上海|重庆)(?!市场)|^[\u4e00-\u9fa5]{2,4}消防救援(?:总队|支队|大队)$|^[\u4e00-\u9fa5]{2,4}市场监(?:督)?管(?:理)?所$/
/** Words that make a line a sentence or a label, not a name (贵单位 is a way of address; 贵州省… is a place). */
const NOT_NAME = /[的了、，。；：:,;！？“”"《》]|关于|收到|不服|拒不|履行|执行人|以上|以下|(?:被|受)?处罚(?:单位|对象|人)|融媒体|报社|电视台|传媒|^[各全本该我你其]|^贵(?:单位|公司|局|方|厅|委|部门|机关)|经查|会同|对于|我局|你单位|为了|本局|该局|如下|之规定|依法|盖章|印章|签章|公章|地址|电话|联系/

const SEAL = /[（(]\s*(?:盖章|公章|印章|签章|章)\s*[)）]\s*$/

/** A ministry of the State Council named alone (商务部, 住房城乡建设部): its full name. */
const MINISTRY = /^(?:中华人民共和国)?(商务部|住房和城乡建设部|住房城乡建设部|生态环境部|交通运输部|农业农村部|自然资源部|应急管理部|工业和信息化部|水利部|文化和旅游部|公安部|财政部|人力资源和社会保障部|教育部|民政部|司法部)$/

/** Words of a page that end where an agency's name run onto them begins (…政务公开, …决定书, 名称, 行政处罚, …领域). */
const RUN_ON_WORDS = /^[^。；]{0,60}?(?:公开|领域|结果|名称|决定书|告知书|通知书|行政处罚|处罚|配合|信息|专栏|栏目|目录|内容|公示|公告|发布|来源|首页|正文|责任部门|主管部门|[^方]案)(?=[\u4e00-\u9fa5]{2,6}?(?:省|市(?!场)|县|区|州|盟|旗))/

/** What ends a page's furniture, a paper's number or a firm's name, right before a place's name. */
const GLUED_BEFORE = /^[^。；]{0,40}?(?:[)）]|[号號次]|公司|厂|店|网站|收藏|打印|保存|关闭|分享|浏览|字体|【?大中小】?|纠错)(?=[\u4e00-\u9fa5]{2,6}?(?:省|自治区|市(?!场)|州|县|区|盟|旗)[\u4e00-\u9fa5]{2,30}$)/

/** The agency name a piece of a line is, or null. */
export function agencyName(raw: string): string | null {
  const ministry = MINISTRY.exec(raw.replace(SEAL, '').replace(/[\s\u3000]+/g, ''))
  if (ministry) return `中华人民共和国${ministry[1].replace('住房城乡建设部', '住房和城乡建设部')}`
  // (the national market regulator by its short forms: 市场监管总局, 国家市场监管总局)
  if (/^(?:国家)?市场监(?:督)?管(?:理)?总局$/.test(raw.replace(/[\s\u3000]+/g, ''))) return '国家市场监督管理总局'
  // a body named as the one before a reform (原江苏省工商局于2015年10月起…开展调查。机构改革后，此案件由江苏省市场监管局继续调查):
  // no longer the agency — its successor is (原平市, 原阳县, 原州区 are places)
  if (/^原(?!平市|阳县|州区)(?=[\u4e00-\u9fa5]{2,8}(?:省|自治区|市|县|区))/.test(raw.trim())) return null
  let s = raw
    // (a table's rule a scan read as 丨 after the signature's name, 重庆市某区林业局丨; a page's next bracketed box run onto the
    // value, 发布机构 某区生态环境局[有 效 性])
    .replace(/[丨|｜│]+\s*$/, '')
    .replace(/[[【［][^\]】］]{0,8}[\]】］]?\s*$/, '')
    .replace(SEAL, '')
    .replace(/[\s\u3000]*(?:时间|日期|发布时间|作者|来源)[:：][\s\S]*$/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/(?:县级|市级|省级|区级)$/, '')
    // a word the reading carried in from before: 有贵州省环境监察局, 日塔城市市场监督管理局, 并由某市某局, 提交给某市某局, a
    // year's 年 (2021年中山市横栏镇卫生监督所开展…)
    // (…but not a place's own first character: 日照市, 日喀则市, 和平区, 和田地区, 向阳区)
    .replace(/^(?:并|且|又|遂|现|已|均|再)?(?!日照|日喀则|日土县|和平[区县]|和田|和龙|和顺|和林格尔|和政|和静|和硕|和布克赛尔|向阳区|月湖区)(?:有|年|月|日|时|由|经(?!济)|对|向|是|和|系|被(?!告|上诉|申请|复议)|交由|提交给|会同|联合)(?=[\u4e00-\u9fa5]{2,}(?:省|市|县|区|州))/, '')
    // (…or its side in brackets: 被上诉人(原审被告)某局, (上诉人)某局)
    // (…or its side, in brackets or not, perhaps with the side it had below: 上诉人(原审被告)某局, (上诉人)某局, 被申请人某局;
    // a court's sentence naming the applicant first: 申请人周某对被申请人某局…)
    .replace(/^.{0,20}?对(?=被申请人|被上诉人|被告)/, '')
    .replace(/^(?:被告|被上诉人|上诉人|被申请人|被复议人|申请执行人)?[（(](?:原审|一审)?(?:被告|被上诉人|上诉人|被申请人|申请人|第三人)[)）]/, '')
    .replace(/^(?:被告|被上诉人|上诉人|被申请人|被复议人|申请执行人)(?=[\u4e00-\u9fa5]{4})/, '')
    .replace(/^(?:落款|发文机关|执法机关|执法主体(?:名称)?|(?:行政)?处罚(?:决定)?机关|(?:作出)?(?:处罚)?决定机关|实施机关|(?:处罚|执法|实施)部门|作出处罚决定的机关名称|机关名称|单位名称|名称|发布机构|标题)[:：]?/, '')
    // a web page's row of labels before the value (关键词 发布机构 民乐县水务局)
    .replace(/^.*(?:发布(?:机构|单位|部门|机关)|发文机关|信息来源|来源|所属机构|公开主体)[:：]?(?=[\u4e00-\u9fa5]{4})/, '')
    // a news item's passive run into the name: the party, then 被, then the agency (某公司平潭分公司被平潭综合实验区公安局)
    .replace(/^.*被(?!告|上诉|申请|复议|处罚)(?=[\u4e00-\u9fa5]{2,}(?:省|市|县|区|州|盟|旗))/, '')
    // a suit's name, the plaintiff first (董海浪诉宁波市国土资源局): the agency sued
    .replace(/^[\u4e00-\u9fa5*＊×]{2,30}?(?<![投申起上控告])诉(?=[\u4e00-\u9fa5]{2,}(?:省|市|县|区|州|盟|旗))/, '')
    // a news item's dateline run onto the name (中国网·滨海高新讯 焦作新区动物卫生监督所日前…): no part of it
    .replace(/^[^，。；]{0,12}?讯(?=[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|州|盟|旗))/, '')
    // a word of time the reading carried in (随后县水利局执法人员…, 随即某局, 近日某局): no part of the name
    .replace(/^(?:随后|随即|立即|当即|迅速|及时|之后|此后|当天|当日|同日|次日|近日|日前|近期|最终|最后|后经)/, '')
    // (…or a conjunction: 所以该区卫生健康委员会 is a sentence's words, 该区 no place's name; nor the 过 of 经过/通过 left
    // when the reading cut the word: 经过青岛市环保局李沧分局工作人员检查)
    .replace(/^(?:所以|因此|因而|于是|但是|然而|而且|并且|同时|经过|通过|过(?=[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|州)))/, '')
    // a page's heading of its kind in brackets before the name: (典型执法案例)汕尾市交通运输局对欧某行政处罚案
    .replace(/^[（(【[][^）)】\]]{2,12}?(?:案例|案件|通报|公示|公告|曝光|专栏|动态)[)）】\]]/, '')
  // a news item's province before a city, without 省 (江苏镇江市公安局丹徒分局): no part of the agency's name
  s = s.replace(/^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?!省|自治区|维吾尔|回族|壮族)(?=[\u4e00-\u9fa5]{2,4}市(?!场))/, '')
  // a page's words run onto the name where the reading closed their space (登封市基层政务公开登封市城市管理局, 行政处罚贵阳市
  // 生态环境局, 某公司行政处罚决定书某市生态环境局, a case's name 某加油站…使用不合格计量器具案正定县市场监督管理局): the name is
  // what follows them, led by its place
  // (…not the party's box: 被处罚单位名称 某镇人民政府 names the party)
  const lead = RUN_ON_WORDS.exec(s)
  if (lead && !/当事人|处罚(?:单位|对象|人)|相对人|被检查|违法主体|被责令|受送达|被告知/.test(raw)) {
    const rest = s.slice(lead[0].length)
    const name = /^[\u4e00-\u9fa5]{2,6}?(?:省|市(?!场)|县|区|州|盟|旗)/.test(rest) && !/^[^局厅委]{0,8}?(?:族|自治)/.test(rest) ? agencyName(rest) : null
    if (name) return name
  }
  // a page's furniture, a paper's number or the party's name run onto the name where a copy lost the break between them
  // (打印保存收藏铜川市…局, 浏览次数:12次蚌埠市…局, …〔2017〕7号揭阳市生态环境局, 台前县宏轩电器厂濮阳市生态环境局): the
  // name is what follows, led by its place
  const glued = GLUED_BEFORE.exec(s)
  if (glued) {
    const name = agencyName(s.slice(glued[0].length))
    if (name) return name
  }
  // bodies working together (某市委巡察组会同某市环境保护局…): the first where it is an agency, else the one it works with
  const together = /^(.{2,30}?)(?:会同|联合|协同)(?=[\u4e00-\u9fa5]{2,6}(?:省|市(?!场)|县|区|州))(.+)$/.exec(s)
  if (together) return agencyName(together[1]) ?? agencyName(together[2])
  // two agencies signing together, their names run into one (山西省应急管理厅山西省地方煤矿安全监督管理局): the first
  // (国家税务总局广汉市税务局 is one name: the central body heads its local bureaus' names)
  const joint = /^([\u4e00-\u9fa5]{2,6}(?:省|自治区|市(?!场)).{2,24}?(?:厅|局|委员会))(?=[\u4e00-\u9fa5]{2,6}(?:省|市(?!场))[\u4e00-\u9fa5]{2,24}(?:厅|局|委员会)$)/.exec(s)
  if (joint && !/分局$/.test(s)) return agencyName(joint[1])
  if (s.length < 4 || s.length > 40) return null
  // placed by a place name, not by the 市 of 市场 or a bare 市/县 (市农业综合行政执法支队 names no place)
  if (!AGENCY_END.test(s) || !PLACED.test(s) || NOT_NAME.test(s) || /^[市县区省]/.test(s) || /^(?:镇|乡|街道)(?:综合|行政|执法|人民|政府|农业|林业)/.test(s)) return null
  if (!/^[\u4e00-\u9fa5（）()]+$/.test(s)) return null
  // a branch named without its parent (岳阳县分局 for 岳阳市生态环境局岳阳县分局) is a short form, not the name
  if (/分局$/.test(s) && !/(?:局|厅|委).+分局$/.test(s)) return null
  return s
}

/**
 * Labels that give the issuing agency: a disclosure table's 作出处罚决定的机关名称 / 执法主体名称 / 实施主体, a web page's
 * 发布机构 / 发布单位 / 所属机构 / 公开主体 / 来源.
 */
const AGENCY_LABEL = /(?:作出(?:行政)?处罚(?:决定)?的?机关(?:名称)?(?:[和及]日期)?(?:[（(]全称[)）])?|(?:行政)?处罚(?:决定)?机关|(?:决定|实施)机关|数据来源单位|执法机关|(?:行政)?执法主体(?:名称)?|执法部门|实施主体|承办单位|发布机构|发布(?:单位|部门|机关)|来源单位|所属机构|公开主体|发文机关|发文单位|信息来源|文章来源|来源|案例报送单位|被告|(?:被)?上诉人\s{0,2}[（(]原审被告[)）]|申请执行人|(?<![被])申请人(?=\s{0,2}[:：]?\s{0,2}[\u4e00-\u9fa5]{2,24}(?:局|委员会|厅|人民政府)))\s{0,2}[\]】]?\s{0,2}[:：|]?\s{0,2}/g

/**
 * An agency's work as a report tells it, the agency named first, perhaps with its office (…局劳动保障监察机构, …局价格
 * 监督检查处): an order or a notice issued to the party, a complaint or tip received, an inspection organised, a case
 * dealt with, a visit (某局到某村某经营部进行检查), a penalty given (某海事局开出…罚单, 某局于2020年4月28日作出行政处罚, 某局依法作出如下处罚, 某局责令某某改正…并予以行政处罚,
 * 某局决定对当事人处以…罚款), its reasoning on the conduct (某局认为，当事人…违反了《…》).
 */
const REPORT_ACTS = /([\u4e00-\u9fa5（）()]{4,46}?)(?:依法)?(?:[（(]\s{0,2}以下简称[^)）]{1,20}[)）])?(?:(?:会同|联合|协同)[^。；，,]{1,20}?)?(?:向[^。；]{1,40}?|给[他她其][^。；]{0,4}?)?(?:(?:下发|下达|送达)了?《|(?:接到|收到|接)[^。；]{0,16}?(?:投诉|举报|线索|转办|交办|报案|报警)|(?:组织|持续)?开展[^。；]{0,30}?(?:检查|巡查|整治)|在[^。；，,]{1,30}?开展[^。；，,]{0,30}?(?:检查|巡查|巡航|整治)[^。；，,]{0,6}?时|组织[^。；]{1,30}?进行[^。；]{0,8}?(?:检查|巡查|整治|查处)|(?:到|在)[^。；]{1,30}?对[^。；]{1,30}?进行[^。；]{0,4}?(?:检查|查处)|(?:到|赴)[^。；，,]{2,40}?进行[^。；，,]{0,6}?(?:检查|核查|查处)|查处(?:了)?一起|开出[^。；]{0,16}?罚单|对[^。；]{1,60}?(?:给予|作出)[^。；]{0,10}?(?:惩罚|处罚)|于\d{4}\s{0,2}年[^。；，,]{1,10}?(?:作出|做出)了?(?:行政处罚|处罚决定)|(?:作出|做出)(?:了)?如下(?:行政)?处罚|责令[^。；]{1,30}?(?:并予以|并处|并给予)[^。；]{0,6}?(?:行政处罚|处罚|罚款)|决定(?:对[^。；，,]{1,30}?)?(?:处以|给予)[^。；]{0,30}?(?:罚款|处罚|警告|没收)|认为[，,]\s{0,2}(?:当事人|该(?:公司|单位|店)|其)[^。；]{0,60}?违反)/g
/** The agency of a name that may go on with one of its offices (某区人社局劳动保障监察机构 → 某区人社局). */
function withOffice(s: string): string | null {
  // (a bureau's control room acting for it, 梧州海事局指挥中心在…开展电子巡航时发现: the bureau)
  const room = /^(.{4,30}?(?:局|厅|委员会))(?:指挥|监控|值班|调度)中心$/.exec(s)
  const bureau = room ? agencyName(room[1]) : null
  if (bureau) return bureau
  for (let k = s.length; k >= 4; k--) {
    const rest = s.slice(k)
    if (rest && !/^[\u4e00-\u9fa5]{2,16}(?:处|科|股|机构|室)$/.test(rest)) continue
    const name = agencyName(s.slice(0, k))
    if (name) return name
  }
  return null
}
/** The party's box run onto a title's line after the title (…行政处罚决定书 当事人姓名或者单位名称:…). */
const PARTY_BOX_AFTER = new RegExp(`^${PARTY_BOX}[\\u4e00-\\u9fa5]{0,10}[:：]`)

/** A title line's head before the title: 文山市自然资源局 of 文山市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号). */
function titleHead(line: string): string | null {
  const flat = line.replace(/[\s\u3000]+/g, '')
  // The title nearest the line's start: each title word where it stands, not inside a longer one (处罚决定书 of
  // 行政处罚决定书——湘建执罚决字〔2023〕17号), nor a document the line names further on (…下达查封扣押决定书…).
  const covered: [number, number][] = []
  const found: { at: number; alias: string }[] = []
  for (const alias of TITLES_LONGEST_FIRST) {
    for (let at = flat.indexOf(alias); at >= 0; at = flat.indexOf(alias, at + 1)) {
      if (covered.some(([s, e]) => at >= s && at < e)) continue
      covered.push([at, at + alias.length])
      // (a document the line names in 《》 further on is no title: …有《行政处罚事先告知书》(某罚告字〔2024〕28号)为证)
      if (at === 0 || flat[at - 1] === '《') continue
      // after the title only its number, the party in brackets or a dash may follow
      // (…or a number whose year the OCR garbled after its words: 海南市监处罚 E⒛ 23〕 ェ号)
      const rest = flat.slice(at + alias.length)
      // (…or the party's box, when a page runs the next line onto the title's: …行政处罚决定书 当事人姓名或者单位名称:…)
      if (rest && !/^(?:[（(—\-〔[【]|[^，。；]{0,30}[〔[【(（]\s*\d{4}|[\u4e00-\u9fa5]{2,12}(?:罚|罰|处|處)(?:字|决|決)?\s?[^\s\u4e00-\u9fa5])/.test(rest) && !PARTY_BOX_AFTER.test(rest)) continue
      found.push({ at, alias })
    }
  }
  // The title nearest the line's start whose head is an agency's: a page's header run into one line may print the title
  // twice, first after its furniture (…/正文 行政处罚决定书(某公司) 渭南市生态环境局 行政处罚决定书 陕E白水环罚〔2024〕1号).
  for (const t of found.sort((a, b) => a.at - b.at)) {
    // (…and the document's number printed before the agency: 喀叶市监处罚〔2025〕20号叶城县市场监督管理局行政处罚决定书; a page's
    // metadata run onto the line before it: …信息来源:字体:定州市市场监督管理局行政处罚决定书)
    const head = flat.slice(0, t.at).replace(/^.*[>|:：。；，,》]/, '').replace(/^[（(][^（）()]*[)）]/, '').replace(/^[^〔[【]{0,20}[〔[【]\d{4}[〕\]】][^号]{0,12}号/, '')
    // (a sector word the title carries before it: 某稽查局税务行政处罚事项告知书, 某局林业行政处罚决定书)
    const name = agencyName(head) ?? agencyName(head.replace(/(?:税务|林业|渔业|海事|水务|水利|交通运输|农业|城市管理|文化市场)$/, ''))
    if (name) return name
    // (…the metadata's last value run onto the agency's name, 索引号:fnqnmscj/1679279511338秦皇岛市抚宁区农业农村局, 浏览次数:1某局:
    // the name after the last character no name holds)
    // (…or a date before it, its 〇 no character of a name: 二〇一三年七月二十九日 某局)
    const tail = /[\u4e00-\u9fa5]{4,40}$/.exec(flat.slice(0, t.at))?.[0].replace(/^[^年]{0,6}年[^月]{1,3}月[^日]{1,4}日(?=[\u4e00-\u9fa5]{4})/, '')
    if (tail && tail !== head && t.at - tail.length > 0 && /[^\u4e00-\u9fa5]|日/.test(flat[t.at - tail.length - 1])) {
      const named = agencyName(tail)
      if (named) return named
    }
  }
  return null
}

/** A publicity page's heading after the agency's name: 行政处罚信息公开, 行政处罚结果公示, 行政处罚案件信息公示表, 行政案件公示. */
const PUBLICITY_HEADING = /(?:(?:行政处罚|行政执法|执法|行政(?=案件))(?:案件)?(?:决定|结果)?(?:信息)?|典型案例)(?:公开|公示|公告)(?:表|栏目)?(?:[（(][^（）()]{2,60}[)）])?$/

/** A 公文's title: the issuing body, then 关于…的公告 (某分局关于…的公告, 某局关于给予…的决定, 某厅关于暂扣…的行政处罚决定书, 某局关于…情况的公示). */
const FORMAL = /^([\u4e00-\u9fa5（）()]{4,40}?)关于[^，。；]{2,90}?的(?:公告|通告|通报|通知|(?:(?:不予)?(?:行政)?处罚)?决定|批复|公示|(?:行政处罚|不予行政处罚)?决定书|(?:行政处罚)?(?:事先)?告知书|通知书)(?:[（(][^（）()]{0,20}[)）])?$/

/** What the deciding body does, told right after its name: 依法批准…立案, 决定, 作出…, 对某网吧…立案. */
const DECIDES = /^(?:依法)?(?:批准|决定|作出|对[^。；]{1,40}?(?:立案|处以|作出|给予))/

function fact(dt: DocText, i: number, name: string): AgencyFact {
  const start = dt.starts[i]
  return { name, evidence: evidenceAt(dt, start, dt.ends[i]) }
}

/** What a unit's full name may add before its short name: places, perhaps with the parent unit (益阳市, 滨州市公安消防支队). */
const PLACE_PREFIX = /^(?:(?:(?![给向由被对在于将把的了和及与从经])[\u4e00-\u9fa5]){1,6}?(?:省|自治区|市|州|盟|地区))+(?:[\u4e00-\u9fa5]{2,12}?(?:局|支队|总队|厅|委员会))?$/

/**
 * Short forms of agencies' names and the full names they stand for (市场监管局 for 市场监督管理局); `sure` where the short
 * form stands for that one name only (a 交通局 may be a 交通运输局 or the old 交通局; a 住建局 is written two ways).
 */
const SHORT_FORMS: [RegExp, string[], boolean][] = [
  [/市场(?:监管)?局$/, ['市场监督管理局'], true],
  [/环保局$/, ['环境保护局'], true],
  [/住建局$/, ['住房和城乡建设局', '住房城乡建设局'], false],
  [/卫健局$/, ['卫生健康局'], true],
  [/卫健委$/, ['卫生健康委员会'], true],
  [/卫生健康委$/, ['卫生健康委员会'], true],
  [/医保局$/, ['医疗保障局'], true],
  [/应急局$/, ['应急管理局'], true],
  [/人社局$/, ['人力资源和社会保障局'], true],
  [/交通局$/, ['交通运输局'], false],
]

/**
 * The agency's full name where the name found is its short form: as the text prints it in full (道里区市场局 on a page
 * that also prints 道里区市场监督管理局), with that evidence; else, where the short form stands for one name only
 * (平邑县卫健局), that name with the short form's evidence — one agency is one name in the case list and the ledger.
 */
function fullForm(dt: DocText, found: AgencyFact | undefined): AgencyFact | undefined {
  if (!found) return found
  for (const [short, fulls, sure] of SHORT_FORMS) {
    const m = short.exec(found.name)
    if (!m) continue
    const place = found.name.slice(0, m.index)
    if (place.length < 2) return found
    for (const full of fulls) {
      const at = dt.text.indexOf(place + full)
      if (at >= 0) return { name: place + full, evidence: evidenceAt(dt, at, at + place.length + full.length) }
    }
    return sure ? { ...found, name: place + fulls[0] } : found
  }
  return found
}

/**
 * The issuing agency, in full where the text gives it in full: a unit named without its city (开发区大队, 资阳区消防救援大队)
 * that the text also names with it (滨州市公安消防支队开发区大队) is given by the longer name, its evidence there.
 */
export function extractAgency(dt: DocText): AgencyFact | undefined {
  const found = fullForm(dt, abbreviated(dt, findAgency(dt)))
  if (!found || /[省盟]|市(?!场)|州(?![区县市])/.test(found.name)) return found
  const esc = escapeRegExp(found.name)
  let best: { name: string; at: number; end: number } | undefined
  for (const m of dt.text.matchAll(new RegExp(`([\\u4e00-\\u9fa5（）()]{2,24})${esc}`, 'g'))) {
    const lead = m[1]
    for (let k = 0; k <= lead.length - 2; k++) {
      const name = agencyName(lead.slice(k) + found.name)
      // (what the full name adds is a place, perhaps with the parent unit — not a sentence's words)
      const added = name ? name.slice(0, name.length - found.name.length) : ''
      if (name && added && name.endsWith(found.name) && PLACE_PREFIX.test(added)) {
        if (!best || name.length > best.name.length) best = { name, at: m.index! + lead.length - added.length, end: m.index! + m[0].length }
        break
      }
    }
  }
  return best ? { name: best.name, evidence: evidenceAt(dt, best.at, best.end) } : (cityOf(dt, found) ?? found)
}

/** What may stand before a city's name in a sentence or an address: it ends the search for where the name begins. */
const BEFORE_CITY = /[^\u4e00-\u9fa5]|[省区于在对的与和及至到往是为从向经将把由]/

/**
 * A district's unit named without its city (资阳区消防救援大队) where the same text names the district with its city
 * (益阳市资阳区小博士幼儿园): the city before it, if the text gives one city only. The evidence stays the short name.
 * (A county's bureau is named in full without its city — 西吉县文化旅游广电局 — and district names repeat across cities.)
 */
function cityOf(dt: DocText, found: AgencyFact): AgencyFact | null {
  const district = /^([\u4e00-\u9fa5]{1,5}?区)(?=[\u4e00-\u9fa5]{2})/.exec(found.name)?.[1]
  if (!district) return null
  const cities = new Set<string>()
  for (let at = dt.text.indexOf(`市${district}`); at >= 0; at = dt.text.indexOf(`市${district}`, at + 1)) {
    // (not an address: the party, or a site's owner, may sit in a namesake district of another city — 朝阳区, 城关区)
    if (/(?:地址|住所|住址|经营场所|注册地|场所)[^\n]{0,12}$/.test(dt.text.slice(Math.max(0, at - 20), at))) continue
    // the shortest name of two to four characters whose first character follows a boundary
    for (let k = 2; k <= 4 && at - k >= 0; k++) {
      const city = dt.text.slice(at - k, at)
      if (BEFORE_CITY.test(city)) break
      if (at - k === 0 || BEFORE_CITY.test(dt.text[at - k - 1])) {
        cities.add(city)
        break
      }
    }
  }
  // (近期益阳市资阳区… and 对益阳市资阳区…: the shorter reading, when every other one ends with it)
  const city = [...cities].sort((a, b) => a.length - b.length)[0]
  if (!city || [...cities].some((c) => !c.endsWith(city))) return null
  const name = agencyName(`${city}市${found.name}`)
  return name ? { name, evidence: found.evidence } : null
}

/** A short name the text defines for the agency (云浮市烟草专卖局（以下简称云浮市局）): the name it stands for. */
function abbreviated(dt: DocText, found: AgencyFact | undefined): AgencyFact | undefined {
  if (!found || !/简称|下称/.test(dt.text)) return found
  const at = shortNameAt(dt.text, found.name)
  if (at < 0) return found
  // the words before it on their line, the name at their end (…根据举报投诉,云浮市烟草专卖局)
  const before = /([^\n]{4,40}?)\s{0,2}$/.exec(dt.text.slice(Math.max(0, at - 42), at))
  const lead = before ? before[1].replace(/^.*[,，。；、:：\s]/, '') : ''
  const full = lead ? agencyName(lead) : null
  if (!full || full === found.name) return found
  const from = at - before![0].length + before![1].length - lead.length
  return { name: full, evidence: evidenceAt(dt, from, from + lead.length) }
}

/** …被衡阳市石鼓区消防救援大队依法处罚款5000元: the agency a report has penalise the party. */
function passive(dt: DocText): AgencyFact | undefined {
  const m = /被([\u4e00-\u9fa5（）()]{4,30}?)(?:依法)?(?:共|一并)?(?:罚款|(?:处以?|给予|作出|予以)[^。；]{0,20}?(?:罚款|警告|处罚)|立案(?:调查|查处))/.exec(dt.text)
  const name = m ? agencyName(m[1]) : null
  return name ? { name, evidence: evidenceAt(dt, m!.index + 1, m!.index + 1 + m![1].length) } : undefined
}

/** An agency's staff named at work: the unit named before them is the agency (某局执法人员…, 某分局民警…). */
const STAFF = /执法人员|执法队员|执法员|工作人员|监督员|监督人员|监察人员|民警|督查组|检查组|执法小组|检查人员|稽查人员/
/** The unit before its staff (伊犁州市场监督管理局行政执法人员, 某局2名执法人员, units listed: 某局水政支队、某大队执法员). */
const ACTING = new RegExp(`([\\u4e00-\\u9fa5（）()、]{4,30}?)(?:\\d名|两名|二名)?(?:环境|综合|行政|卫生|消防|防火)?(?:${STAFF.source})`)

/** A news item's words: a newspaper's (NEWS), a wire's dateline (5月6日电), or a story told from a body's news (据某局消息). */
const NEWS_ITEM = new RegExp(`${NEWS.source}|\\d{1,2}月\\d{1,2}日电|据[^。，,\\n]{2,20}消息`, 'm')

/** A review decision's own body, where the text names it (see findAgency). */
function reviewBody(dt: DocText): AgencyFact | undefined {
  const n = Math.min(dt.starts.length, 15)
  const flat = (i: number) => lineText(dt, i).replace(/[\s\u3000]+/g, '')
  const titled = [...Array(n).keys()].some((i) => /复议决定书/.test(flat(i)))
  // (…or a decision opening with its parties: 申请人：某公司 … 被申请人：某局 … 向某市人民政府申请行政复议)
  const opened = /^[\s\S]{0,300}申请人/.test(dt.text) && /申请(?:了)?行政复议|行政复议申请/.test(dt.text)
  if (!(titled || opened) || !/被申请人/.test(dt.text)) return undefined
  for (let i = 0; i < n; i++) {
    const own = agencyName(flat(i))
    if (!own || flat(i) !== own) continue
    for (let j = i + 1; j < Math.min(n, i + 4); j++) if (/^(?:行政)?复议决定书$/.test(flat(j))) return fact(dt, i, own)
  }
  const respondent = /被申请人\s{0,2}[:：]?\s{0,2}([\u4e00-\u9fa5（）()]{4,40}?)[，,。；\s]/.exec(dt.text)?.[1]
  for (const m of dt.text.matchAll(/向([\u4e00-\u9fa5（）()]{4,30}?)(?:提出|申请|提起)了?(?:行政)?复议/g)) {
    const name = agencyName(m[1])
    if (name && name !== respondent) {
      const at = m.index! + 1
      return { name, evidence: evidenceAt(dt, at, at + m[1].length) }
    }
  }
  return undefined
}

/** 某某诉某局: a suit's name, the plaintiff (a name, not a verb's object: 投诉, 申诉, 起诉, 上诉, 控诉, 告诉) suing the agency. */
/** How the name of an agency a suit is brought against ends (as a pattern's source; the party's reader shares it). */
export const SUED_END = '(?:局|委员会|厅|人民政府|管理处|大队|支队)'
const SUIT = new RegExp(`(?:^|[\\n—\\-“"《:：，,。])\\s{0,2}[\\u4e00-\\u9fa5*＊×]{2,30}?(?<![投申起上控告])诉([\\u4e00-\\u9fa5]{2,6}(?:省|市|县|区|州|盟|旗)[\\u4e00-\\u9fa5]{2,24}${SUED_END})`)
const ENDS_SUED = new RegExp(`${SUED_END}$`)
/** A signature's date alone on its line: 2016年8月31日, 二〇二四年三月五日. */
const SIGNED_DATE = /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|二[〇○零O0][一二三四五六七八九〇○零O0]{2}\s*年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$/
/** The longest head of a run of words that is an agency's name ending where a body's name ends (局, 委员会, 大队 …). */
function longestAgencyHead(run: string): string | null {
  for (let k = run.length - 1; k >= 4; k--) {
    if (!AGENCY_END.test(run.slice(0, k))) continue
    const name = agencyName(run.slice(0, k))
    if (name && name === run.slice(0, k)) return name
  }
  return null
}

/** A web page's field naming who posted it or where it came from (发布机构, 来源, 信息来源 …), at a line's start. */
const PUBLISHER_FIELD = /^[•·\-[【]?(?:发布机构|发布单位|发布部门|来源单位|所属机构|公开主体|信息来源|文章来源|来源)[\]】]?[:：|]?/

function findAgency(dt: DocText): AgencyFact | undefined {
  const n = dt.starts.length
  let government: AgencyFact | undefined
  // A case's title among the first lines (某区应急管理局对某公司行政处罚案): it names the agency, before a site's 来源 line
  // (a province's page publishing its counties' cases) does.
  for (let i = 0; i < Math.min(n, 15); i++) {
    const flat = lineText(dt, i).replace(/[\s\u3000]+/g, '')
    const caseTitle = /^([\u4e00-\u9fa5（）()]{4,30}?)对[^，。；]{2,40}?(?:行政)?处罚案$/.exec(flat)
    // (…or a customs case's title, the conduct first and the customs office last: …违反海关监管规定邵阳海关行政处罚案)
    const customs = caseTitle ? null : /(?:规定|行为|手续)([\u4e00-\u9fa5]{2,10}?海关)(?:行政)?处罚案$/.exec(flat)
    const name = caseTitle ? agencyName(caseTitle[1]) : customs ? agencyName(customs[1]) : null
    if (name) return fact(dt, i, name)
  }
  // A listed company's announcement of a penalty its subsidiary received (…关于控股子公司收到某分局《行政处罚决定书》的公告,
  // the title over two lines): the body it names as deciding
  const head3 = [0, 1, 2].map((i) => (i < n ? lineText(dt, i) : '')).join('').replace(/[\s\u3000]+/g, '')
  const announced = /公司关于[^。；]{0,12}?收到([\u4e00-\u9fa5（）()]{4,30}?)(?:出具|作出|下发|送达)?的?《[^》]{0,12}(?:决定书|告知书|通知书)》/.exec(head3)
  const receivedFrom = announced ? agencyName(announced[1]) : null
  if (receivedFrom) return fact(dt, 0, receivedFrom)
  // An administrative review decision (行政复议决定书) is the review body's: the government heading it (张家港市人民政府 /
  // 行政复议决定书), or the body the applicant turned to (…不服…，向灵武市人民政府申请行政复议) — not the office that published it
  // (来源：某市司法局) nor the agency whose decision is reviewed (被申请人) — test/fixtures/real/LABELS.md
  const review = reviewBody(dt)
  if (review) return review
  // The header: the title line's head, or a line of its own among the first lines (a site's 人民政府 is a last resort).
  for (let i = 0; i < Math.min(n, 15); i++) {
    const line = lineText(dt, i)
    const head = titleHead(line)
    if (head) return fact(dt, i, head)
    // (a publicity page's heading: 东宁市环境保护局行政处罚信息公开, 某局行政处罚结果公示; a 公文 title: 某分局关于…的公告)
    const flat = line.replace(/[\s\u3000]+/g, '')
    // (…its title may run onto the next line: 某分局关于送达 / 《…通知书》的公告)
    const formal = FORMAL.exec(flat) ?? (/^[\u4e00-\u9fa5（）()]{4,40}?关于/.test(flat) ? FORMAL.exec(flat + lineText(dt, i + 1).replace(/[\s\u3000]+/g, '')) : null)
    // (a site's field naming who posted the page, 发布机构 大通湖区市场监督管理局, is weighed after the heading over the title
    // — 益阳市市场监督管理局 / 行政处罚决定书 — with the other labelled values below)
    if (PUBLISHER_FIELD.test(flat)) continue
    const own = agencyName(line) ?? agencyName(flat.replace(PUBLICITY_HEADING, '')) ?? (formal ? agencyName(formal[1]) : null)
    if (own && !/人民政府$/.test(own)) return fact(dt, i, own)
    if (own) government ??= fact(dt, i, own)
  }
  // A web page's furniture can push the title further down: the agency heading the whole title on one line there.
  for (let i = 15; i < Math.min(n, 40); i++) {
    const head = titleHead(lineText(dt, i))
    if (head) return fact(dt, i, head)
  }
  // A news item's 来源 is the outlet or the body that told the story: the agency it has penalise the party comes first
  // (据上海市市场监管局消息…被上海市浦东新区市场监管局罚款3万元 / 来源：上海市市场监管局)
  if (NEWS_ITEM.test(dt.text)) {
    const p = passive(dt)
    if (p) return p
  }
  // A labelled value: 作出处罚决定的机关名称 | 某局, 发布机构：某局, 来源：某局 (the value may sit on the next line).
  AGENCY_LABEL.lastIndex = /机关|发布|发文|来源|承办单位|报送单位|被告|主体|执法部门|所属机构|申请执行人|申请人/.test(dt.text) ? 0 : dt.text.length
  let m: RegExpExecArray | null
  while ((m = AGENCY_LABEL.exec(dt.text))) {
    const start = m.index + m[0].length
    // (a label inside a bracket, 复议申请人（原申请执行人）海口市国土资源局: the bracket's close is no part of the value)
    // (…or a list's bullet before it: • 发布机构 / • 涪陵区林业局)
    const value = /^[\n|\s)）•·]*([^\n|，,。；]{4,40})/.exec(dt.text.slice(start, start + 60))
    // (a web page's next label on the same line ends the value: 来源:某局 字体大小: / 来源:某办事处    发文字号:)
    // (the reader may have closed the gap between CJK words: 来源:某局字体大小:; the next label bracketed: [发布机构] 某局 [有 效 性])
    // (…and the writer's name after the agency's in a bracketed note, its space closed by the reading: （信息来源：潮州市农业局 郑璐）)
    // (…and a sentence going on after an applicant's name: 申请人某区人民政府就被申请人某公司…作出…)
    const name = value ? agencyName(value[1].replace(/(局|厅|委员会|大队|支队|中队)[\u4e00-\u9fa5]{2,3}[)）]\s*$/, '$1').replace(/(?<=[局委厅府队])(?:就|对|不服|向).*$/, '').replace(/(?:[（(]\s{0,2}(?:以下)?简称|于\s{0,2}\d{4}\s{0,2}年|[ \t\u3000]{2,}|[ \t\u3000]+(?=[\u4e00-\u9fa5]{1,6}[:：]|\d{4}\s{0,2}[年\-./]|[[【])|(?:字体|字号|发文字号|发布时间|更新时间|发布日期|更新日期|浏览|打印|作者|分享|访问量|点击)).*$/, '')) : null
    if (name) return { name, evidence: evidenceAt(dt, start, start + value![0].length) }
    // (…or the name with the next line run onto it, as a scanned page's lines are joined: 文章来源：某局 / 某公司 read as
    // 某局某公司 — the longest head that is an agency's)
    const head = value && !/[ \t\u3000]/.test(value[1]) ? longestAgencyHead(value[1]) : null
    const at = head ? start + value![0].indexOf(head) : -1
    // (only where the name ends its printed line: 海关总署网站 is a site, not 海关总署)
    if (head && dt.starts.includes(at + head.length)) return { name: head, evidence: evidenceAt(dt, at, at + head.length) }
  }
  // A suit's name, the plaintiff suing the agency (…——张某诉兰州市城市交通运输管理处交通行政处罚纠纷案): the agency sued
  const suit = SUIT.exec(dt.text.slice(0, 3000))
  // (the longest name that is an agency's: 龙岩市地方税务局稽查局, not a sentence's words run on after it)
  let sued: string | null = null
  if (suit) for (let k = suit[1].length; k >= 4 && !sued; k--) if (ENDS_SUED.test(suit[1].slice(0, k))) sued = agencyName(suit[1].slice(0, k))
  if (sued) {
    const at = suit!.index + suit![0].length - suit![1].length
    return { name: sued, evidence: evidenceAt(dt, at, at + sued.length) }
  }
  // The agency column of a disclosure table's first row (处罚单位 / 作出行政处罚决定的行政执法机关名称)
  const cell = disclosureRows(dt, 1)[0]?.agency
  const tabled = cell ? agencyName(cell.text) : null
  if (tabled) return { name: tabled, evidence: evidenceAt(dt, cell!.start, cell!.end) }
  // A record's officers with their unit (询问人：某某　工作单位：日喀则市公安局桑珠孜区分局城北派出所): the body they belong to,
  // the longest head of the unit's name that is an agency's (a 派出所 or a squad acts for its bureau)
  const unitOf = /(?:询问人|检查人|执法人员|办案人员?|承办人)[^\n]{0,30}?工作单位\s{0,2}[:：]\s{0,2}([\u4e00-\u9fa5（）()]{4,40})/.exec(dt.text)
  if (unitOf) {
    const u = unitOf[1]
    for (let k = u.length; k >= 4; k--) {
      const name = agencyName(u.slice(0, k))
      if (name && name === u.slice(0, k)) {
        const from = unitOf.index + unitOf[0].length - u.length
        return { name, evidence: evidenceAt(dt, from, from + k) }
      }
    }
  }
  // The signature block: a line of its own near the end, above or beside the date.
  for (let i = n - 1; i >= Math.max(0, n - 12); i--) {
    // (a table's closing bar a run-on copy left after the date is no part of the block)
    const line = lineText(dt, i).replace(/(?:\n[\s|｜]*)+$/, '')
    // (a 公文's printing note below the signature names the office that printed it: 某局办公室 2022年8月5日印发)
    if (/印发\s*$/.test(line)) continue
    // (a seal's placeholder in brackets: （某某县市场监督管理局印章）)
    const own = agencyName(line.replace(/\s*(?:二[〇○零O0]|\d{4}\s*年).*$/, '').replace(/^[\s\S]*[。；][ \t\u3000\n]+(?=[\u4e00-\u9fa5（）()]{4,40}[ \t\u3000]*$)/, '').replace(/^\s*[（(]\s*([\u4e00-\u9fa5]{4,40}?)\s*(?:印章|公章|盖章|章)\s*[)）]\s*$/, '$1'))
    if (own) return fact(dt, i, own)
  }
  // (…further up where a site's notes follow the document, wrapped over more lines on a scanned page: the name alone on its
  // line, the date alone on the next — 商务部 / 2016年8月31日 above a page of copyright notes)
  for (let i = n - 13; i >= Math.max(0, n - 60); i--) {
    const line = lineText(dt, i).trim()
    const own = /^[\u4e00-\u9fa5（）()]{3,40}$/.test(line) && SIGNED_DATE.test(lineText(dt, i + 1)) ? agencyName(line) : null
    if (own) return fact(dt, i, own)
  }
  // A sentence title (晋江市人力资源和社会保障局关于给予某公司行政处罚的决定) or the agency the text names as itself
  // (经新平县农业农村局（以下简称本机关）依法调查)
  for (let i = 0; i < Math.min(n, 15); i++) {
    // (…and a case's title: 大埔县应急管理局对某烟花爆竹专营店行政处罚案)
    const about = /^([\u4e00-\u9fa5（）()]{4,30}?)(?:关于(?:给予|对)|对[^，。；]{2,40}?(?:行政)?处罚(?:案|的决定))/.exec(lineText(dt, i).replace(/[\s\u3000]+/g, ''))
    const name = about ? agencyName(about[1]) : null
    if (name) return fact(dt, i, name)
  }
  // 本机关（某某局）, 我局（某某局）: the agency naming itself in brackets
  const bracketed = /(?:本机关|本局|我局|本委|我委|本厅|我厅)\s{0,2}[（(]([\u4e00-\u9fa5]{4,30})[)）]/.exec(dt.text)
  const selfNamed = bracketed ? agencyName(bracketed[1]) : null
  if (selfNamed) return { name: selfNamed, evidence: evidenceAt(dt, bracketed!.index, bracketed!.index + bracketed![0].length) }
  const self = dt.text.includes('以下简称') ? /([\u4e00-\u9fa5（）()]{4,30}?)\s{0,2}[（(]\s{0,2}以下简称\s{0,2}[“"]?(?:本机关|我局|本局|本委|我委|本厅|我厅)/.exec(dt.text) : null
  if (self) {
    const name = agencyName(self[1].replace(/^.*?(?:[,，。；、]|[在由经向])/, ''))
    if (name) return { name, evidence: evidenceAt(dt, self.index, self.index + self[1].length) }
  }
  // The agency whose officers acted: 信阳市文化广电和旅游局执法人员盛伟…
  // (…始兴县水务局工作人员在统计冷水水量时发现: its staff)
  const at = dt.text.search(STAFF)
  // (伊犁州市场监督管理局行政执法人员依法对当事人…)
  const acting = at > 0 ? ACTING.exec(dt.text.slice(Math.max(0, at - 40), at + 4)) : null
  if (acting) {
    // (units listed together, 某局水政支队、某区水政大队执法员: the first)
    // (…with the bodies it worked with: 随同某区劳动局等部门的执法人员)
    const name = agencyName(acting[1].replace(/^.*?(?:[,，。；]|[在由经向])/, '').replace(/^.*?(?:随同|跟随|陪同)(?=[\u4e00-\u9fa5]{4})/, '').replace(/等(?:多个)?(?:部门|单位)的?$/, '').replace(/、.*$/, ''))
    const from = Math.max(0, at - 40) + acting.index
    // (the officers' unit inside a bureau, the bureau deciding: 某局文化市场综合执法大队执法人员…检查，某局依法批准…立案)
    const unit = name ? /^(.{4,30}?[局委厅])[\u4e00-\u9fa5]{0,10}?(?:大队|支队|中队)$/.exec(name) : null
    if (unit && agencyName(unit[1]))
      for (let k = dt.text.indexOf(unit[1]); k >= 0; k = dt.text.indexOf(unit[1], k + 1))
        if (DECIDES.test(dt.text.slice(k + unit[1].length, k + unit[1].length + 60))) return { name: unit[1], evidence: evidenceAt(dt, k, k + unit[1].length) }
    // (a squad is no body of its own: 兰溪市综合行政执法局兰江中队执法队员… → the bureau, a brigade's squad → the brigade;
    // a bureau's brigade, 某局文化市场综合执法大队, may be one, as above)
    const squad = name ? /^(.{4,30}?(?:局|委|厅|大队|支队))[\u4e00-\u9fa5]{1,8}中队$/.exec(name) : null
    const parent = squad ? agencyName(squad[1]) : null
    if (parent) return { name: parent, evidence: evidenceAt(dt, from, from + acting[1].length) }
    if (name) return { name, evidence: evidenceAt(dt, from, from + acting[1].length) }
  }
  // The agency the narrative has acting on the party: 2025年4月3日，西乡县农业农村局对贾某某…予以立案 / …局对你单位作出…处罚
  // (…大队对某公司…依法下发《行政处罚决定书》，作出罚款人民币1000元的行政处罚)
  // (…构成违法占用林地。徐州市铜山区自然资源和规划局依据《中华人民共和国土地管理法》…决定: the agency deciding)
  // (…官网公开了保定市生态环境局对某公司出具的行政处罚决定书: a sentence's words before the name are no part of it)
  // (…某市中心支局责令其改正，并给予警告; 某区卫生健康局查处某公司…案; 某局按照《…》的相关规定对当事人作出…)
  // (…某派出所在对辖区出租房屋开展集中清查时发现; 经黄埔海关查验，…; 黄埔海关认定当事人…)
  const acts = /([\u4e00-\u9fa5（）()]{4,30}?)(?:依法)?(?:(?:发布|披露|公布|公开)了?)?(?:(?:[于在][^，。；]{0,16}?)?对[^。；]{1,60}?(?:的(?:行政)?处罚决定书|予以立案|立案调查|立案查处|(?:进行|开展)了?[\u4e00-\u9fa5]{0,6}?(?:检查|调查|清查|巡查|排查|核查|查验)|(?:作出|做出|给予|处以|下发|开出|出具)[^。；]{0,30}?(?:罚款|警告|处罚|罚单)|进行了?(?:行政)?处罚|(?:处|罚款)(?=[\d零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟]))|(?:依据|根据|依照|按照)《|责令(?:其|该|当事人)|(?:日前|近日|近期)?(?:依法)?查(?:处|获)[^。；，,]{2,40}?案|作出[^。；]{0,6}?(?:处理|处罚)决定|检查[^。；，,]{1,30}?时发现|(?:综合考量|综合考虑)[^。]{0,40}?(?:依法)?(?:不予(?:行政)?处罚|从轻|减轻)|(?<=经[\u4e00-\u9fa5（）()]{4,30})(?:调查|查明|查实|核查|查验|检查)[,，]|认定(?:当事人|其|该))/g
  for (let a = acts.exec(dt.text); a; a = acts.exec(dt.text)) {
    // (…the first of bodies acting together: 曹县应急管理局联合曹县公安局苏集派出所对…进行核查)
    // (…not bodies acting together, 曹县应急管理局联合曹县公安局苏集派出所, 某执法支队会同某监测中心: whose case it is, the text
    // says elsewhere)
    const lead = a[1].replace(/^.*?(?:[,，。；、]|日)/, '').replace(/^.*了(?=[\u4e00-\u9fa5]{4})/, '').replace(/^经(?!济|开区)(?=[\u4e00-\u9fa5]{4})/, '')
    const name = /[局委厅队所站府组](?:联合|会同|协同|配合)/.test(lead) ? null : agencyName(lead)
    if (name) return { name, evidence: evidenceAt(dt, a.index, a.index + a[1].length) }
  }
  // 收到了某局发来的行政处罚决定 / 接到某局下达的行政处罚决定书: the agency the party heard from
  // (…出具的《行政处罚决定书》, as a listed company's announcement tells it)
  const received = /(?:收到|接到)了?([\u4e00-\u9fa5（）()]{4,30}?)(?:发来|送达|下达|作出|寄来|出具|下发)的《?(?:行政)?处罚决定/.exec(dt.text)
  const sender = received ? agencyName(received[1]) : null
  if (sender) {
    const at = received!.index + received![0].indexOf(received![1])
    return { name: sender, evidence: evidenceAt(dt, at, at + received![1].length) }
  }
  const penalising = passive(dt)
  if (penalising) return penalising
  // A report's agency doing an agency's work, perhaps through one of its offices: 中卫市劳动保障监察支队下发了《限期整改
  // 指令书》, 某区人社局劳动保障监察机构接到农民工投诉, 某市市场监督管理局价格监督检查处组织开展…巡查, 某大队接…报案
  for (let r = REPORT_ACTS.exec(dt.text); r; r = REPORT_ACTS.exec(dt.text)) {
    const name = withOffice(r[1])
    if (name) {
      REPORT_ACTS.lastIndex = 0
      // (the evidence is the name where it stands, not the words the capture carried in before it: 2021年某所开展…)
      const k = r[1].indexOf(name)
      return { name, evidence: k >= 0 ? evidenceAt(dt, r.index + k, r.index + k + name.length) : evidenceAt(dt, r.index, r.index + r[1].length) }
    }
  }
  // …else the body that published the penalty (国家统计局公示了一则行政处罚信息) — a city's bureau may publish its
  // districts' cases, so only when no body is told acting
  const published = /([\u4e00-\u9fa5（）()]{4,30}?)(?:公示|公布|发布|通报|披露)了?[^。；，,]{0,12}?(?:(?:行政处罚|处罚)(?:信息|决定|案件|结果)|送达公告|典型案例)/.exec(dt.text)
  const publisher = published ? withOffice(published[1]) : null
  if (publisher) return { name: publisher, evidence: evidenceAt(dt, published!.index, published!.index + published![1].length) }
  // A news item's source: 记者从某局获悉, 据某局了解, 某局网站消息 / 官网发布 — the agency that tells of its own case
  const source = /(?:从|据)([\u4e00-\u9fa5（）()]{4,30}?)(?:获悉|了解到|通报|公布|发布|消息)|([\u4e00-\u9fa5（）()]{4,30}?)(?:网站|官网|官方网站)(?:消息|发布|公布|通报)/.exec(dt.text)
  const told = source ? agencyName((source[1] ?? source[2]).replace(/^(?:近日|日前|近期|记者)/, '')) : null
  if (told) {
    const at = source!.index + source![0].indexOf(told)
    return { name: told, evidence: evidenceAt(dt, at, at + told.length) }
  }
  // The agency's own records listed as evidence: 《西安市生态环境局现场检查（勘察）笔录》
  const record = /《([\u4e00-\u9fa5（）()]{4,30}?)(?:现场检查|现场勘验|现场勘察|现场勘查|调查询问|询问|勘验|勘察|责令改正|责令|行政处罚|实施行政强制|行政强制|查封|扣押|立案)[^《》]{0,16}(?:笔录|决定书|告知书|通知书|审批表)》/.exec(dt.text.slice(0, 20000))
  if (record) {
    const name = agencyName(record[1])
    if (name) return { name, evidence: evidenceAt(dt, record.index + 1, record.index + 1 + record[1].length) }
  }
  // A web page's trail of columns among the first lines (首页 > 政务公开 > 恩平市市场监督管理局 > 行政执法): the department whose
  // column publishes the text, when the text names no agency of its own
  for (let i = 0; i < Math.min(dt.starts.length, 15); i++) {
    const parts = lineText(dt, i).split(/\s*[>＞»›]\s*/)
    if (parts.length < 3) continue
    for (let k = parts.length - 1; k >= 0; k--) {
      const name = /^[\u4e00-\u9fa5（）()]{4,30}$/.test(parts[k].trim()) ? agencyName(parts[k].trim()) : null
      if (name && !/人民政府$/.test(name)) return fact(dt, i, name)
    }
  }
  return government ?? mostNamed(dt)
}

/** Where a mention's name ends: the word an agency's name ends with. */
const NAME_END = /(?:局|委员会|厅|大队|支队|总队|人民政府|派出所)(?![\u4e00-\u9fa5]{0,2}(?:长|的?(?:工作人员|执法人员|民警)))/g
/** What stands before a mention that names it as the party, or as the body a review is asked of: no issuer. */
const NOT_ISSUER_BEFORE = /(?:当事人|被处罚(?:人|单位)|对|给予|责令|向|申请人|原告|上诉人(?![（(]原审被告))\s{0,2}[:：]?\s{0,2}$/
/** A mention that goes on into a unit of its own (某区人民政府江东街道办事处, 某局某某大队): the mention is no body's whole name. */
const GOES_ON = /^[\u4e00-\u9fa5]{0,10}?(?:办事处|街道|分局|大队|支队|中队|中心|派出所|管理所|管理站)/

/**
 * The body a text names most (at least twice), when no line, label or sentence above gives the issuer: a write-up
 * that tells an agency's case in its own words (腾冲市林业局于…接到群众举报…腾冲市林业局于2018年2月6日以…给予张××如下处罚).
 */
function mostNamed(dt: DocText): AgencyFact | undefined {
  const seen = new Map<string, { n: number; at: number; end: number }>()
  const text = dt.text
  // (a law's words or a title quote bodies in general: 由县级以上人民政府…, 《某省人民代表大会常务委员会关于…》)
  const quoted = [...statuteQuotes(text), ...bookTitles(text)]
  for (const m of text.matchAll(NAME_END)) {
    const end = m.index! + m[0].length
    if (inRanges(quoted, m.index!) || GOES_ON.test(text.slice(end, end + 14))) continue
    // (the remedies' sentence names the review body and the court: 向某区人民政府申请行政复议)
    const [sFrom, sTo] = sentenceAround(text, m.index!)
    if (/复议|诉讼|起诉/.test(text.slice(sFrom, sTo))) continue
    // the longest name ending there whose first character follows a boundary
    for (let from = Math.max(0, end - 30); from <= end - 4; from++) {
      if (from > 0 && !BEFORE_CITY.test(text[from - 1])) continue
      const name = agencyName(text.slice(from, end))
      if (!name || name !== text.slice(from, end) || /以上|以下|人民代表大会|^城市/.test(name)) continue
      if (NOT_ISSUER_BEFORE.test(text.slice(Math.max(0, from - 8), from))) break
      const e = seen.get(name) ?? { n: 0, at: from, end }
      e.n++
      seen.set(name, e)
      break
    }
  }
  const best = [...seen.entries()].filter(([, e]) => e.n >= 2).sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0]
  return best ? { name: best[0], evidence: evidenceAt(dt, best[1].at, best[1].end) } : undefined
}
