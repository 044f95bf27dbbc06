/**
 * The party (当事人) with its 统一社会信用代码 or 身份证号 (check characters validated), legal representative and
 * address; officers (执法人员) with their certificate numbers (执法证号).
 */
import type { DocType, OfficerFact, PartyFact } from '../types'
import { isValidCreditCode, isValidIdNumber } from './ids'
import { isKnownLabel } from './labels'
import { compoundSurname, looksLikeName } from './surnames'
import { agencyName, SUED_END } from './agency'
import { bookTitles, evidenceAt, inRanges, lineAt, lineText, shortNameAt, statuteQuotes, type DocText } from './text'
import { disclosureRows } from './tables'
import { escapeRegExp } from '../util/regex'
import { PARTY_BOX } from '../segment'

const PARTY_LABEL = /(?:^|[\s。；，,|)）【]|[一二三四五六七八九十]、|(?<![\d.])\d{1,2}[、.．]|[〕﹞\]】]\s{0,2}第?\s{0,2}\d[\d-]{0,8}\s{0,2}号|(?:决定书|告知书|通知书))(?:(?:行政处罚当事人|当事人|行政相对人|违法主体|被处罚(?:单位|人)|受处罚(?:单位|人)|被责令(?:改正|整改)(?:单位|人)|被告知(?:单位|人))(?:基本情况|名称或姓名|姓名或名称|姓名或者单位名称|名称或者姓名|名称\s?[/／]\s?姓名|姓名\s?[/／]\s?名称|单位名称|名称|姓名)|被责令(?:改正|整改)(?:单位|人)|被告知(?:单位|人)|被通知(?:单位|人)|纳税人(?:名称|姓名)|(?:行政|处罚)?相对人(?:名称)?|违法(?:主体|单位|行为人|嫌疑人|当事人)(?:姓名|名称)?|受处罚(?:单位|人)|被?处罚对象|个体工商户名称|当[ \t\u3000]{0,4}事[ \t\u3000]{0,4}人[一二三四五六七八九十]?(?:名称)?(?:[（(][^（）()\n]{1,8}[)）]|[（(](?:个体工商户|个体工商|个体工|个体)(?=[\u4e00-\u9fa5]))?|被\s?处\s?罚\s?(?:单\s?位|人)(?:[（(](?:个人|人|单位)[)）])?|企业名称|(?<![被])处\s?罚\s?单\s?位|(?:被处罚人|受处罚人|当事人)姓\s?名|单位名称|被(?:检查|查封|扣押)(?:单位|人|场所)(?:[（(](?:人|单位|场所)[)）])?|隐患单位|被(?:行政)?处理(?:单位|人)|受送达人|缴款人|姓名或名称|（公司名称）|\(公司名称\)|名\s?称)】?\s{0,3}[:：][ \t\u3000]*(?:[（(]略[)）][ \t\u3000]*)?([^\s，,。；;:：|（(]{2,40}|[\u4e00-\u9fa5](?=[ \t\u3000]*(?:\n|$)))/g
/**
 * The party named as the addressee of a notice: 「某某公司：」 or 「某某公司（统一社会信用代码：…）：」 on a line of its own;
 * of several addressees (段宜勇、蒋平娥：) the first; a page that ran the lines together may go on with the code
 * (某建材厂: 统一社会信用代码:…).
 */
const ADDRESSEE = /(?:^|\n)\s{0,2}((?:[\u4e00-\u9fa5（）()*＊Xx×]{2,30}?(?:公司|厂|店|中心|合作社|经营部|商行|超市|集团|门市|医院|诊所|药房|酒店|宾馆|餐厅|饭店|学校|协会|事务所|工作室|商店|市场|馆|社|站|部|委员会|农场|养殖场|矿|寺|档|幼儿园|片区|加工点|基地|(?:设计|研究|勘察|勘测|规划)院))|[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5][*＊×]{1,3})(?:、[\u4e00-\u9fa5（）()*＊]{2,30}?){0,4}(?:等\d{1,4}家[\u4e00-\u9fa5]{0,12})?\s{0,2}(?:[（(][^（）()]{0,120}?[)）])?\s{0,2}[:：]\s*(?=\n|$|[(（]?\s{0,2}(?:统一社会信用代码|社会信用代码|纳税人识别号|公民身份号码|身份证号码|身份证号|地\s{0,3}址|住\s{0,3}所|住\s{0,3}址|经营场所|法定代表人|法人代表|负责人|经营者)\s{0,2}[:：]|(?:我局|本局|本机关|本行政机关|我委|本委|经查|经调查|现查明|你单位|你公司|你[（(]单位[)）])(?![\u4e00-\u9fa5]{0,2}[:：]))/
/** The characters of an organisation's name, a publisher's mask (*, ×, X) among them. */
const NAME_CHARS = '[\\u4e00-\\u9fa5（）()*＊×A-Z]'
const ORG_NAME = '(?:(?:' + NAME_CHARS + '{2,40}|某|[A-Z])(?:公司|厂|店|中心|合作社|经营部|经销部|商行|超市|集团|门市|医院|诊所|药房|酒店|宾馆|餐厅|餐馆|饭店|学校|幼儿园|协会|联合会|事务所|工作室|商店|市场|馆|美容院|网吧|服务部|门市部|批发部|加油站|家庭农场|农场|养殖场|卫生室|门诊部|餐吧|酒吧|俱乐部|会所|歌舞厅|歌厅|浴池|工坊|作坊|农家乐|民宿|娱乐场所|服饰|研究院|银行|支行|分行|营业部|村民委员会|居民委员会|村委会|屠宰场|采石场|砂场|林场|煤矿|促进会|研究会|商会|学会|基金会|联谊会|电影院|影院|影城|运营商|经销处|经营处|销售处|供应处|经销点|销售点|代销点|服务站|经营户)' +
  // (a name masked in part names an enterprise, a venue or a unit: 某企业, 蒲城县某互联网上网服务营业场所, ****企业)
  '|(?![对向在于与被由将从把])[\\u4e00-\\u9fa5]{0,16}[某*＊×]{1,8}[\\u4e00-\\u9fa5]{0,12}?(?:企业|场所|单位))'
/** 单位：某公司 / 单位/个人：某公司 at the head of a decision, its identifiers on the next line. */
const UNIT_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}单位(?:\\s?[/／]\\s?个人)?\\s{0,2}[:：]\\s{0,2}(${ORG_NAME})(?=(?:\\s{0,2}\\n[ \\t\\u3000]{0,4}|[ \\t\\u3000]+)(?:统一社会信用代码|法定代表人|负责人|地址|住所|经营场所))`)
/**
 * In a 询问笔录 or 陈述申辩笔录 the party is the unit the person speaks for: 工作单位及职务：某公司总经理, 陈述申辩人：张三（某公司）;
 * the person's post after it is not part of the name (某公司店长 is 某公司, not 某公司店; 某公司市场部经理 is 某公司, not 某公司市场).
 */
// (…no name ends in its kind's word twice: 某中医医院医院感染管理科科长 is 某中医医院 and its 医院感染管理科)
const WORKPLACE = new RegExp(`(?:工作单位(?:及职务)?\\s{0,2}[:：]\\s{0,2}|(?:陈述申辩人|被询问人|委托代理人)\\s{0,2}[:：]\\s{0,2}[\\u4e00-\\u9fa5]{2,4}[（(])(${ORG_NAME})(?<!医院医院|公司公司|中心中心|学校学校|银行银行)(?![长员部科室]|主任|经理)`)
/** An OCR'd table whose label cell wrapped: 「当事人（个体工吴中区何永刚食品店」 / 「商户)」 (OCR may double the 工). */
const PARTY_CELL = /(?:^|\n)\s{0,2}当事人[（(](个体工商户|个体工商|个体工工?|个体)(?![工商户)）])([^\s，,。；;:：|（()）]{2,40})/
/** A table row flattened to 「当事人名称 某某公司」, 「当事人（个体工商户） 某某商行」, 「缴款人 某某公司」. */
const PARTY_ROW = /(?:^|\n)[\s|｜]{0,3}(?:(?:行政处罚)?当事人(?:名称|姓名)?(?:[（(][^（）()\n]{1,8}[)）])?|被处罚(?:单位|人)(?:名称|姓名)?|单位名称|受送达人|被检查(?:单位|人)|缴款人(?:名称|全称)?|(?:行政)?相对人名称)[ \u3000]*[|｜]?[ \u3000]+(?:(?:单位名称|企业名称|名称|姓名)[ \u3000]*[|｜:：]?[ \u3000]+)?([^\s，,。；;:：|（(]{2,40})/
const RE_CREDIT = /统一社会信用代?码?\s{0,2}码?\s{0,2}[:：]?\s{0,2}(?:[(（]注册号[)）])?\s{0,2}([0-9A-Z*Xx]{18})(?![0-9A-Z])/
const RE_ID = /(?:身份证(?:号码|号)?|公民身份号码|证件号码)\s{0,2}[:：]?\s{0,2}(\d{6}[\dXx*]{11}[\dXx*])(?![0-9])/
// (…not the head of an office of the agency: 法规科负责人, 执法大队负责人, the 分管负责人 signing a review form, the 局负责人 an officer telephoned)
const RE_REP = /(?:法定代表人(?:[（(]负责人[)）])?|(?:(?<!现场|机构|部门|机关|办案|承办|分管|主管|审批|审核|项目|技术|安全|质量|生产|施工|科|处|室|股|队|组|局|厅|委)负责人|经营者|投资人)(?:(?<=(?:^|[^，,。；;、\u4e00-\u9fa5])(?:负责人|经营者|投资人))|(?=\s{0,2}[:：])))\s{0,2}[:：]?\s{0,2}([\u4e00-\u9fa5·*Xx某]{2,6}?)(?=(?:在场|到场|在现场|陪同)?[\s，,。；;|（(]|$)/m
const RE_ADDR = /(?:住\s?所|地\s?址|住\s?址|经营场所|经营地址|注册地址)\s{0,2}[:：]\s{0,2}([^\s，,。；;|]{4,60})/
/** An organisation name followed directly by the next cell's label. */
const NEXT_LABEL = /^(.{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|经营部|商行|门市部|合作社|厂|店|诊所|医院|药房|中心|站|煤矿|矿))(?:执收单位|收款单位|收款人|收款银行|缴款日期|缴款金额|金额|地址|住所|法定代表人|负责人|统一社会信用代码|联系电话|电话|主体资格证照名称|主体资格|营业执照|经营者).*$/
/** A next field's label run onto a name of any ending (某食品批发部主体资格证照名称:…, the page's spaces lost). */
// (…the boxes of a person's or a business's identity: 张某某证件名称及号码, 某网吧证照名称及编号, 某寺证照; a record's next box on
// the same line: 某公司　现场负责人：…)
const NEXT_FIELD = /^(.{2,30}?)(?:主体资格证照名称|主体资格|统一社会信用代码|法定代表人|经营场所|(?:主体资格)?证照(?:名称)?(?:及(?:编号|号码))?|证件(?:名称)?(?:及(?:编号|号码))?|(?:现场)?负责人|经营者|注册号|现场指认人|指认人|在场人|见证人|联系人|联系电话)$/
const ORG = /公司|厂|店|中心|合作社|片区|基地|经营部|商行|超市|集团|门市|医院|诊所|药房|酒店|宾馆|餐厅|饭店|学校|幼儿园|协会|促进会|研究会|商会|学会|基金会|研究所|事务所|工作室|商店|市场|馆|社|站|委员会|农场|养殖场|寺|矿|档|部$|(?:经销|经营|销售|供应)处$|(?:经销|销售|代销)点$/

function kindOf(name: string, id?: string): PartyFact['kind'] {
  if (ORG.test(name)) return 'organization'
  if (id || /^[\u4e00-\u9fa5*Xx某]{2,4}$/.test(name)) return 'person'
  return 'unknown'
}

const PERSON = '[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5*Xx×某]{1,3}'
/** A news item naming the business it tells of: 这家名为“签签香烧烤”的个体工商户, 一家名叫“某某”的超市. */
const NAMED_AS = /(?:名为|名叫|名称为|字号为)[“"「]([^”"」\n]{2,24})[”"」]的[\u4e00-\u9fa5]{0,4}?(?:个体工商户|个体户|店|门店|商店|超市|餐馆|餐厅|饭店|酒店|宾馆|公司|企业|商户|商行|网吧|药店|诊所|作坊|工厂|厂|摊位|经营户|场所)/
/** The one whose conduct an account says the agency ruled on: 我局认定蔡某某的行为属于…, 认定某公司的上述行为构成…. */
const RULED_ON = new RegExp(`认定\\s{0,2}(${ORG_NAME}|[\\u4e00-\\u9fa5](?:某某|某|[*＊×]{1,3})(?:(?![的之])[\\u4e00-\\u9fa5])?)(?:的(?:上述)?(?:违法)?行为|[^。；，,]{0,4}?(?:构成|违反|属于))`)
/** The party named as the actor of the facts: 当事人田某友于2025年5月5日…, 当事人姚志年驾驶…, 当事人金某经营未经检疫的羊…. */
const PARTY_ACTS = new RegExp(`当事人(?!承认|供述|陈述|表示|自称|称|认可|提交|提供|存在|具有|仍|已|又|还|均|及|和|与|或|也|都)(${PERSON}?)(?=(?:于|在|自|从)\\s{0,2}\\d|驾驶|经营|销售|运输|收购|在?未经|在?擅自)`)
/** An organisation named inside a sentence: its name runs over no verb of the sentence (…检查时发现某公司…). */
/** 当事人某公司的行为违反了…, 当事人某公司于2024年…: an organisation the text calls the party as it tells what it did. */
const PARTY_ORG_ACTS = new RegExp(`当事人\\s{0,2}(${ORG_NAME})(?=的(?:上述)?(?:违法)?行为|(?:于|在|自|从)\\s{0,2}\\d|在?未经|在?擅自|违反)`)

const ORG_NAME_IN_PROSE = ORG_NAME.replace(`${NAME_CHARS}{2,40}`, `(?:(?!发现|证实|证明|检查|进行|查办|查处|委托|近日|近期|日前|今天|今日|昨天|现就|就你|对(?!外)|申请人|就被|关于|接到|收到|认为|举报|投诉)${NAME_CHARS}){2,40}`)
/** A 公示 list's row run onto one line without its header (1 | 某罚〔2024〕1 号 | …一案 | 廖俊 | …): the cell after the case's name. */
const ROW_AFTER_CASE = /(?:^|\n)[^\n]{0,40}?号\s{0,2}[|｜]\s{0,2}[^|｜\n]{2,60}?案\s{0,2}[|｜]\s{0,2}([\u4e00-\u9fa5（）()*＊×]{2,40}?)\s{0,2}[|｜]/
function rowAfterCase(text: string): RegExpExecArray | null {
  const m = ROW_AFTER_CASE.exec(text)
  return m && (ORG.test(m[1]) || looksLikeName(m[1].replace(/[*＊×]+/g, '某'))) ? m : null
}

/** A firm named in the account with its credit code in brackets (经查，某超市(社会信用代码:9223…)、…): the one the text is about. */
const NAME_WITH_CODE = new RegExp(`(?:^|[，,。；:：\\s、]|经查|发现)(${ORG_NAME_IN_PROSE})[（(](?:统一)?社会信用代码[:：]?\\s{0,2}[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}[)）]`)
/**
 * An organisation as the subject of the facts' first sentence (2016年，某公司擅自…; 经执法人员调查，某公司建设的…项目;
 * 某公司在某地…), when nothing labels the party.
 */
const ORG_ACTS = new RegExp(`(?:^|\\n|[。；]|(?:近日|日前|近期)[,，]?|(?:^|\\n)[ \\t\\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、．])|经(?:执法人员|本局|我局)?(?:调查|查明|查实|查)[,，:：]?|\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?[,，]|(?:检查)?发现[,，:：]?|证实|证明|反映|举报)[ \\t\\u3000]{0,4}(?:当事人)?(?:位于[^，,。；]{1,40}?的)?(?![对向与被由你该其我本就在于将把从一]|辖区)(${ORG_NAME_IN_PROSE})(?=\\s{0,2}(?:[\\u4e00-\\u9fa5]{0,4}?(?:车间|厂区|厂房|仓库|库房|生产线|院内|店内|经营场所内?|作业现场|施工现场)[^。；]{0,40}?(?:未|不|无|超|堆放|断开|停用|损坏|违规|擅自|私自)|消防(?:设施|通道|车道)|疏散通道|安全出口|擅自|未经|未按|未如实|未依法|未建立|未落实|未取得|在(?![^。；，,]{0,20}?对[^。；]{1,30}?(?:进行|开展))[\\u4e00-\\u9fa5]|于\\d|自\\d|(?:建设|承建|施工|经营|采购|销售|生产|购进)的|的[^。；，,]{0,10}?(?:牌照|号牌)?[^。；，,]{0,8}?(?:货车|车辆|自卸车|渣土车|运输车)[^。；]{0,30}?(?:未|不|违规|违法|超|抛|遗撒|撒漏|泄漏)|(?:销售|经营|生产|使用)(?:不符合|不合格|超过|超过保质期|过期|假冒|伪造|无标签|无中文)|存在(?:[^。；]{0,12}?)(?:违法|违规|隐患|问题|行为)|违反|因?涉嫌|已?超(?:过|出)?本?(?:年度)?(?:许可|核定|批准)))`)
/** The party in the title: 关于给予某公司行政处罚的决定, 行政处罚决定书（某公司）. */
const TITLE_PARTY = new RegExp(`关于(?:给予|对)(${ORG_NAME})(?:的)?(?:行政处罚|作出|处罚)|(?:处罚决定书|告知书|通知书)[（(](${ORG_NAME}|[\\u4e00-\\u9fa5][*＊×某]{1,2})[)）]`)
/** 当事人贾某某，男，… / 当事人某某公司，统一社会信用代码…: the label with no colon, the name ending at the comma. */
const PARTY_BARE = new RegExp(`(?:^|\\n)\\s{0,4}(?:[一二三四五六七八九十]+、\\s{0,2})?当事人(?:基本情况)?\\s{0,2}[:：]?\\s{0,2}\\n?\\s{0,4}(?:(${ORG_NAME})(?=\\s{0,2}(?:[，,]|\\n|$|[（(]\\s{0,2}(?:统一社会信用代码|社会信用代码|以下简称|注册号)))|(${PERSON})(?=[，,]\\s{0,2}(?:男|女|统一社会信用代码|法定代表人|住所|地址|身份证|公民身份)))`)
/**
 * (NAME_BEFORE_CODE: a review's 申请人 whose colon a scan lost, 申请人重庆市某某公司，统一社会信用代码…, is the party; a 第三人 or the
 * 被申请人 never is.)
 *
 * The party's name on a line of its own at the head of a decision, with its identifiers on the next lines (or a table's
 * row read cell by cell: 「某服务部 |」 / 「92350104MAD25W8C6E |」):
 * 「昆明昆航塑业有限公司」 / 「法定代表人：黄金莉」 / 「统一社会信用代码：…」.
 */
/** A unit's label run into the name with no colon or gap, the two alone on their line. */
const GLUED_UNIT = new RegExp(`(?:^|\\n)[ \\t\\u3000|]{0,3}(?:被处罚单位名称|受处罚单位名称|当事人名称|行政相对人名称|违法主体名称(?:或姓名)?)(${ORG_NAME}|[\\u4e00-\\u9fa5（）()]{4,40}?(?:人民政府|委员会|厂|场|站|社|部|所))[ \\t\\u3000|]*(?=\\n|$)`)
const NAME_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,8}(?!当事人|被处罚|被责令)(${ORG_NAME}|[\\u4e00-\\u9fa5（）()*]{2,30}?(?:农场|牧场|养殖场|寺|煤矿|矿|委员会|分公司|专业合作社))(?:[（(]以下简称[^（）()\\n]{1,12}[)）])?[ \\t\\u3000|｜]*\\n(?:[^\\n]{0,60}\\n)?[ \\t\\u3000]{0,8}(?:法定代表人|统一社会信用代码|住所|地址|负责人|经营者|营业执照|主体资格|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z]))`)
/** The decision's own sentence: 决定对某公司作出罚款…的行政处罚 / 对某公司处以罚款 / 决定对某公司依法处以…. */
const DECIDED_ON = new RegExp(`(?:决定|依法|现|局)对\\s{0,2}(${ORG_NAME})\\s{0,2}(?:依法)?(?:作出|处以|给予|处)`)
/**
 * A name the text defines as 当事人: 某公司（以下简称“当事人”）, perhaps after its code and representative in the brackets, or
 * after where it is (位于…二楼的某公司（…以下简称当事人）).
 */
const CALLED_PARTY = new RegExp(`(?<=^|[，,。；;:：\\s(（的]|抽检|抽查|检查|发现|对|向|经|与)(?!抽检|抽查|检查|发现)(${ORG_NAME_IN_PROSE}|${PERSON})\\s{0,2}[（(](?:[^（）()\\n]{0,80}?[，,；;]\\s{0,2})?\\s{0,2}(?:以下)?简称\\s{0,2}[“"「]?当事人[”"」]?\\s{0,2}[)）]`)
/** An order's own sentence: 责令某煤业有限公司从即日起停止生产进行整顿 / 责令某公司立即停止违法行为. */
const ORDERED = new RegExp(`责令\\s{0,2}(?![你该其我本贵上])(${ORG_NAME})\\s{0,2}[，,]?\\s{0,2}(?=从即日起|自即日起|立即|停止|停产|暂停|限期|于\\d)`)
/**
 * A report of the penalty (a news item, a case write-up, a bulletin, a judgment: 被告对某医院作出的行政处罚):
 * 某大队对某运输有限公司未建立…的违法行为依法下发《行政处罚决定书》，作出罚款…; 某公司因…被某局处以罚款; or, last, the place
 * the officers inspected (执法人员对某加油站进行检查), but not one only described (对辖区一美容店开展…检查).
 */
const REPORTED = new RegExp(`(?:[局队所拟]|部门|被告|[，,；;])(?:依法)?对\\s{0,2}(?:违法行为人|被处罚人|当事人)?\\s{0,2}(${ORG_NAME_IN_PROSE})(?=[^。；]{0,60}?(?:(?:作出|做出|处以|给予|予以|下发|出具|开出|开具)[^。；]{0,24}?(?:罚款|警告|处罚|罚单)|处(?=罚款)))|(?:^|[，,。；：:\\n]|近日|日前|近期)\\s{0,2}(${ORG_NAME_IN_PROSE})(?:[（(][^（）()]{0,12}[)）])?(?:等\\d{1,6}家[\\u4e00-\\u9fa5]{0,4})?(?:因[^。；被]{0,40}|[^。；，,被]{0,40})被(?!告|申请|上诉|诉|检查|询问|调查)[^。；]{0,30}?(?:罚款|处罚|警告|吊销|罚(?!则))|(?:[局队所]|部门)(?:依法)?对\\s{0,2}(${ORG_NAME_IN_PROSE})(?:的)?(?:行政)?处罚案|(?:[局队所]|部门)(?:依法)?(?:先后)?向\\s{0,2}(${ORG_NAME_IN_PROSE}|[\\u4e00-\\u9fa5][某*＊×]{1,2})(?:发出|下达|送达|作出|下发|开具|出具)了?[^。；]{0,6}(?:行政处罚决定书|处罚决定|《[^》]{2,24}(?:决定书|指令书|通知书)》)|(?:人员|监督员|[局队所组]|部门)(?:近期|近日|日前)?(?:依法)?(?:在)?对\\s{0,2}(?:辖区(?:内)?)?(?:位于[^，,。；]{1,40}?的)?(?!辖区|一)(${ORG_NAME_IN_PROSE})(?:的[^。；，,]{1,16}?)?(?:(?:开展|进行)了?[\\u4e00-\\u9fa5]{0,8}?|执法|监督)?检查|(?:人员|[局队所组]|部门)(?:依法)?(?:在|到达?)\\s{0,2}(${ORG_NAME_IN_PROSE})(?:开展|进行)?[\\u4e00-\\u9fa5]{0,6}?检查|(?:人员|[局队所组]|部门)(?:依法)?检查\\s{0,2}(${ORG_NAME_IN_PROSE})(?=时|过程中|中发现)|对\\s{0,2}(${ORG_NAME_IN_PROSE})(?:采用|以)?[^。；，,]{0,12}?无法送达|(?:人员|[局队所组]|部门|机构)(?:依法)?对\\s{0,2}(?:(?:种植户|养殖户|经营户|个体户|摊主|商户|农户)\\s{0,2}(?=[\\u4e00-\\u9fa5][某*＊×]))?(${ORG_NAME_IN_PROSE}|[\\u4e00-\\u9fa5][某*＊×]{1,3})(?:上市)?(?:销售|经营|生产|使用|储存|种植|养殖)的[^。；]{1,40}?进行[^。；]{0,12}?(?:抽查|抽检|抽样)|被处罚的\\s{0,2}(${ORG_NAME_IN_PROSE}(?:[（(](?:普通合伙|有限合伙|特殊普通合伙)[)）])?)(?=的|[，,。；])|(?:发布|披露|公布|公开)了?[^。；]{0,30}?对\\s{0,2}(${ORG_NAME_IN_PROSE})的(?:行政)?处罚决定书|(?:\\d\\s{0,2}日|[，,])\\s{0,2}(?:依法)?对\\s{0,2}(?!辖区|一)(${ORG_NAME_IN_PROSE})(?:进行|开展)?了?(?:现场)?(?:检查|核查|巡查)时(?:发现)?|(?:依法|决定|[，,])\\s{0,2}给予\\s{0,2}(${ORG_NAME_IN_PROSE})\\s{0,2}(?:[\\d.]+\\s{0,2}万?元)?的?(?:行政)?(?:罚款|处罚|警告)|(?:对|针对)[^。；，,]{1,40}?的\\s{0,2}(${ORG_NAME_IN_PROSE})[，,]?\\s{0,2}(?:开出|作出|做出|进行了?|给予|处以|予以)[^。；]{0,20}?(?:罚单|处罚|罚款|警告)`)
/**
 * Last, a party a sentence names by its role in the procedure: the person the decision penalises (决定给予孙某罚款…), the
 * party told acting (当事人刘某某在未取得…, a public body too: 当事人某镇人民政府在未经…), the applicant of a review or
 * the plaintiff of a suit (申请人：马某某, 原告某公司).
 */
const PARTY_OTHERWISE = new RegExp(`决定(?:给予|对)\\s{0,2}(${ORG_NAME}|${PERSON}?)\\s{0,2}(?:作出|处以?)?(?:罚款|警告|行政处罚)|当事人(?!承认|供述|陈述|表示|自称|称|及|和|与|或|均|也|都)(${PERSON}?)(?=在未|未取得|未按|未依法|无证)|当事人\\s{0,2}([\\u4e00-\\u9fa5]{2,20}?(?:人民政府|村民委员会|居民委员会|委员会|办事处|管委会))(?=在|于|未|擅自)|(?:^|\\n|[ \\t\\u3000]|(?<=号))[ \\t\\u3000]{0,4}(?:申请人|被执行人|原告(?:[（(](?:被上诉人|上诉人|再审申请人|被申请人)[)）])?|(?:被)?上诉人\\s{0,2}[（(]原审原告[)）])\\s{0,2}[:：]?\\s{0,2}(${ORG_NAME}|${PERSON}?)(?=[。，,；;（(\\s]|$|因|(?:等(?:[\\d一二三四五六七八九十]{1,3}人)?)?诉被告|法定代表人|负责人|住所|地址)|(?:^|\\n)[ \\t\\u3000]{0,4}(${PERSON}?)[,，](?:男|女)[,，]|(?:依法|决定)对\\s{0,2}(?!当事人|该|其|你|上述)(${PERSON}?)\\s{0,2}(?:给予|处以)[^。；]{0,20}?(?:罚款|警告|处罚)|[，,]\\s{0,2}对\\s{0,2}([\\u4e00-\\u9fa5][某*＊×]{1,2}[\\u4e00-\\u9fa5]?)\\s{0,2}(?:给予|处以)[^。；]{0,20}?(?:罚款|警告|处罚)|(?:[，,]|[警局队所]|部门|人员)\\s{0,2}对\\s{0,2}([\\u4e00-\\u9fa5][某*＊×]{1,2})(?=\\s{0,2}(?:作出|做出)[^。；]{0,20}?(?:罚款|警告|处罚)|[^。；，,]{1,40}?的(?:违法|危险)?行为\\s{0,2}(?:给予|处以|予以)[^。；]{0,20}?(?:罚款|警告|处罚))|[。；;]\\s{0,2}被(?:申请)?执行人\\s{0,2}[:：]?\\s{0,2}(${ORG_NAME}|${PERSON}?)(?=[。，,；;（(\\s]|$|法定代表人|负责人|住所)|违法行为人\\s{0,2}(${PERSON}?)(?=、|在|于|因)|村民\\s{0,2}(${PERSON}?)(?=在|于|擅自|未经)|(?:发现|查明|经查)[:：，,]?\\s{0,2}(?:是)?\\s{0,2}([\\u4e00-\\u9fa5][某*＊×][\\u4e00-\\u9fa5某*＊×]?)(?=擅自|未经|私自|违规|在未|在没有)`)

/**
 * Words a line may end with a colon that are a web page's or a form's furniture, or the heading of what one side says
 * (申请人称：, 被申请人答复：), not an addressee.
 */
/** A form's header naming its columns where a name would stand (个人 姓名(名称), 单位名称). */
const COLUMN_NAMES = /^(?:个人|单位|法人)[ \t]?(?:姓名|名称)/
const NOT_PARTY = /^(?:关联稿件|相关稿件|分享到|附件|来源|字体|打印|关闭|备注|说明|注|抄送|主送|发布机构|索引号|标题|正文|链接|相关链接|扫一扫|文件下载|下载|附件下载|相关附件|关联文件|文件名称|主题信息|主题分类|主题词|公开方式|公开范围|公开时限|信息来源|发布日期|成文日期|生成日期|有效性|有效期|时效|文号|发文字号|发文单位|发文机关|废改立情况|组配分类|体裁分类)$|(?:称|认为|诉称|辩称|述称|请求|答复|意见|理由|如下)$/
/** The next field's label run into a person's name: 李富成性别 → 李富成. */
const PERSON_TAIL_ANY = /(?:性别|民族|年龄|出生日期|出生|身份证|公民身份号码|住址|住所|地址|联系电话|电话|工作单位)/

/** A disclosure table's row: 「违法主体名称或姓名 |」 then 「某某经营部 龙*权 |」 on the next line. */
const PARTY_CELL_ROW = /(?:^|\n)[ \t|]*(?:违法主体名称(?:或姓名)?|当事人(?:名称|姓名)(?:或(?:者)?(?:姓名|单位名称|名称))?|行政相对人名称|被处罚(?:单位|人)(?:名称|姓名)?|被处罚当事人)[ \t]*[:：]?[ \t]*\|?[ \t]*\n(?:[ \t|]*\n)?[ \t|]*([^\s|，,。；;:：]{2,40})/
/**
 * An organisation's name run into the next field's label (某某有限公司第二加油站统一社会信用代码9141…, …法定代表人：…), not
 * a sentence going on (监督员对该美容店经营者及从业人员进行询问); the code may open a bracket after the name, the account going
 * on after it (某有限公司（统一社会信用代码：…；法定代表人：许某某）使用未经检定的…一案).
 */
const NAME_BEFORE_CODE = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}(?!第三人|被申请人|委托代理人)(?:申请人)?(${ORG_NAME}|[\\u4e00-\\u9fa5（）()]{2,30}?(?:站|(?<!现)场|部|社))(?=\\s{0,2}(?:[（(]\\s{0,2}(?=统一社会信用代码))?(?:统一社会信用代码\\s{0,2}[:：]?\\s{0,2}[0-9A-Z]|(?:法定代表人|经营者|负责人)(?:\\s{0,2}[:：(（]|[ \\t\\u3000]+[\\u4e00-\\u9fa5*＊×]|$)))`)
/** An addressee line with no colon, followed by the agency's narrative (武汉市某铝粉厂 / 我局于…对你单位…). */
const ADDRESSEE_BARE = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}(${ORG_NAME}|[\\u4e00-\\u9fa5（）()]{2,30}?(?:厂|场|站|社)|[\\u4e00-\\u9fa5（）()]{2,20}[*＊]{1,4}[\\u4e00-\\u9fa5（）()]{0,12}?(?:商店|店|商行|超市|经营部|公司|厂)|[\\u4e00-\\u9fa5][×*＊某Xx]{1,2})[ \\t\\u3000]*\\n+[ \\t\\u3000]*(?:我局|本局|本机关|本行政机关|我委|本委|经查|经调查|现查明|你单位|你公司|违法事实[:：]|[一二三四五六七八九十]、|(?=\\d{4}\\s{0,2}年\\s{0,2}\\d{1,2}\\s{0,2}月\\s{0,2}\\d{1,2}\\s{0,2}日\\s{0,2}[,，][^\\n]{0,60}?[（(](?:以下)?简称[“"]?(?:你|当事人)))`)

/**
 * An addressee of any name (闽侯县青口悦尚音乐厅(兰秀团):, 新乡县七里营镇大华机械加工:) whose next line gives its identifiers:
 * the operator in brackets stays part of the name, as the business registers it.
 */
const ADDRESSEE_ID = /(?:^|\n)[ \t\u3000]{0,4}([\u4e00-\u9fa5]{4,30}(?:[（(][\u4e00-\u9fa5*＊]{2,4}[)）])?)[ \t\u3000]{0,2}[:：][ \t\u3000]*\n[ \t\u3000]{0,4}(?:经营者|负责人|法定代表人|统一社会信用代码|身份证|公民身份号码|地址|住所|住址)/
/**
 * An organisation addressed after the title or the number on the same line (…决定书 某公司: / …〔2024〕224号 某公司:), the
 * line ending there or going on with the party's boxes or the facts (…某公司: 统一社会信用代码:…).
 */
const ADDRESSEE_AFTER_HEAD = new RegExp(`(?:^|\\n)[^\\n。；]{0,80}?(?:[〕﹞\\]】]\\s{0,2}第?\\s{0,2}\\d[\\d-]{0,10}\\s{0,2}号\\s{0,2}[)）]?|决定书|告知书|通知书|指令书)\\s{0,3}(${ORG_NAME})\\s{0,2}[:：][ \\t\\u3000]*(?=\\n|$|统一社会信用代码|社会信用代码|法定代表人|负责人|经营者|地址|住所|住址|经营场所|身份证|我局|本局|本机关|你单位|你公司|经查)`)
/**
 * A page's header run into one line: the organisation after the number, the title or a gap, its boxes following on the
 * same line (…〔2024〕17号 某有限公司 统一社会信用代码:…, …【小】 某有限公司: 统一社会信用代码:…, 某经销部(普通合伙): 法定代表人:…).
 */
const ADDRESSEE_DATED = new RegExp(`(?:^|\\n)[ \\t\\u3000|｜]{0,4}(${ORG_NAME})\\s{0,2}[:：][ \\t\\u3000]*(?=\\d{4}\\s{0,2}年\\s{0,2}\\d{1,2}\\s{0,2}月)`)
const ADDRESSEE_RUN_ON = new RegExp(`(?:[〕﹞\\]】]\\s{0,2}第?\\s{0,2}(?:\\d[\\d-]{0,10})?\\s{0,2}号\\s{0,2}[)）]?|决定书|告知书|通知书|指令书|[ \\t\\u3000】])\\s{0,3}(${ORG_NAME}(?:[（(](?:普通合伙|有限合伙|特殊普通合伙|个人独资企业)[)）])?)\\s{0,2}[:：]?(?:[ \\t\\u3000]{0,3}|(?<=[:：])\\n[ \\t\\u3000]{0,3})(?=(?:营业执照|企业)?(?:统一)?社会信用代码\\s{0,2}[:：]?\\s{0,2}[0-9A-Z]|(?:法定代表人|经营者|负责人|投资人)\\s{0,2}[:：(（])`)
/**
 * A listed company's announcement that its subsidiary was penalised (…近日收到控股子公司某有限公司（以下简称“某”）转报的…
 * 《行政处罚决定书》): the subsidiary, not the company announcing.
 */
const SUBSIDIARY = new RegExp(`(?:控股|全资)子公司\\s{0,2}(${ORG_NAME})(?=\\s{0,2}(?:[（(]\\s{0,2}(?:以下)?简称|收到|转报|被[^。；]{0,20}?(?:处罚|罚款)|因))`)
/** 当事人: heading a block whose first line names the party (当事人: / 姓名:刘永根 / 住址:…; on one line: 当事人: 姓名:欧启文 …). */
const PARTY_BLOCK = /(?:^|\n|(?<=[ \t\u3000]))[ \t\u3000]{0,4}当事人[ \t\u3000]{0,2}[:：]?(?:[ \t\u3000]*\n[ \t\u3000]{0,4}|(?<=[:：])[ \t\u3000]{1,3})(?:姓名|名称|单位名称|企业名称)[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}([^\s，,。；;:：|（(]{2,40})/
/** A record of questioning (询问笔录, 被询问人, 问：): its identity block names the person questioned. */
const RECORD_OF_QUESTIONING = /(?:^|\n)[ \t\u3000]{0,4}[^\n，,、。；]{0,24}(?:询问笔录|调查笔录)[ \t\u3000]*(?:\n|$)|被询问人|询问人\s{0,2}[:：]|^\s*问\s*[:：]/m

/**
 * A person's identity block with no 当事人 label above it (姓名:方某 / 居民身份证:…, or on one line: 姓名:鲁某清 性别:男): the
 * person the decision is addressed to.
 */
const PERSON_BLOCK = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}姓\\s?名[ \\t\\u3000]{0,2}[:：][ \\t\\u3000]{0,2}(${PERSON}?)[ \\t\\u3000]*(?:[，,][ \\t\\u3000]{0,2}|\\n[ \\t\\u3000]{0,4})?(?:性别|居民身份证|身份证|公民身份号码)`)

/** Acts a case's name tells after the party besides selling and the like (某会所接纳未成年人…案, 某公司拒不改正…案). */
const CASE_ACTS = '接纳|容留|聘用|雇用|雇佣|占用|堵塞|拒不|拒绝|逾期|违规'

/**
 * An agency's notice of a case it took up or decided (某局于2019年7月对某公司涉嫌滥用市场支配地位行为立案调查, 对某公司滥用市场支配
 * 地位案作出行政处罚决定): the organisation right before the conduct's first word — the first named where the notice names several
 * (对巫溪县东翰采石场等四家采石场涉嫌…, 对淄博联和水泥企业管理有限公司和7家水泥企业涉嫌…).
 */
const TAKEN_UP = new RegExp(`(?:局|委员会|厅|委)(?:于[^。；，,]{1,16}?)?\\s{0,2}(?:依法)?对\\s{0,2}(${ORG_NAME.replace(`${NAME_CHARS}{2,40}`, `${NAME_CHARS}{2,40}?`)})(?=\\s{0,2}(?:涉嫌|滥用|收购|未依法|未经|实施|达成|组织|拒绝|拒不|违法|垄断|等\\s{0,2}[\\d一二三四五六七八九十]|的[^。；，,]{0,16}?(?:行为|案)|(?:和|及|与|、)[^。；，,]{0,40}?(?:涉嫌|\\d+\\s{0,2}家|[一二三四五六七八九十]+家)))`)
/** A disclosure table's 案件名称 (某公司涉嫌药师不在岗销售甲类非处方药案): the organisation it opens with. */
const CASE_NAME = new RegExp(`案件名称[ \\t|｜:：]*(${ORG_NAME})(?=涉嫌|未|违法|擅自|销售|经营|生产|${CASE_ACTS})`)

/**
 * A case's name standing as a title or a web page's 名称 (刘某某销售农药残留不符合标准的农产品案, 名称：某公司涉嫌经营未备案种子案):
 * the organisation or the masked person it opens with.
 */
// (…an agency's 查办 or 查处 before the party: 温州市瓯海区查办温州某集团股份有限公司未经批准擅自取水案; a business named
// after its county with no word of its kind: 沧源县荣华副食销售不合格预包装食品的经营行为案, its shop's other name in brackets)
const CASE_TITLE = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\\s{0,2})?(?:(?:案件)?名\\s{0,8}称[ \\t|｜:：]*|案例[一二三四五六七八九十\\d]{0,3}[ \\t\\u3000]{0,2}[:：][ \\t\\u3000]{0,2}|(?:以案释法|以案说法|典型案例)[ \\t\\u3000]{0,2}[-—－|｜:：]{1,2}[ \\t\\u3000]{0,2})?(?:[\\u4e00-\\u9fa5]{0,20}?(?:查办|查处|[局队所]对))?(${ORG_NAME}|[\\u4e00-\\u9fa5][某*＊×]{1,2}|[\\u4e00-\\u9fa5]某[\\u4e00-\\u9fa5]|[\\u4e00-\\u9fa5]{2,4}[县区][\\u4e00-\\u9fa5]{2,12}?)(?=(?:[（(][^（）()\\n]{0,40}[)）])?(?:涉嫌)?(?:未|违法|擅自|销售|经营|生产|发布|非法|无证|无[\\u4e00-\\u9fa5]{1,12}?证|超|${CASE_ACTS})[^。，,；\\n]{2,60}案[。．]?[ \\t\\u3000]*(?:\\n|$|文号|(?=\\d{4}\\s{0,2}年\\d))|行政处罚案[ \\t\\u3000]*(?:\\n|$))`)

/** The party column of a disclosure table's first row (被处罚单位名称 … / 某超市 …). */
function tableParty(dt: DocText): { name: string; start: number } | null {
  const cell = disclosureRows(dt, 1)[0]?.party
  if (!cell || cell.text.length < 2 || NOT_PARTY.test(cell.text) || !(ORG.test(cell.text) || looksLikeName(cell.text))) return null
  return { name: cell.text, start: cell.start }
}

/** A name read elsewhere, if nothing of it is masked. */
const unmasked = (h: { name: string; start: number } | null) => (h && !/[*＊×Xx]/.test(h.name) ? h : null)

/** The first report of the penalty that names the party rather than describing it (近日，某区一酒店被…处罚 names no one). */
function reported(text: string): RegExpExecArray | null {
  const all = new RegExp(REPORTED.source, 'g')
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const name = m.slice(1).find((g) => g !== undefined) ?? ''
    if (!DESCRIBED.test(name) && !prose(name)) return m
  }
  return null
}

/** 当事人某某于…: the name only where it reads as a person's (当事人辨认出… tells what the party did, not who). */
function partyActs(text: string): RegExpExecArray | null {
  const m = PARTY_ACTS.exec(text)
  return m && looksLikeName(m[1].replace(/[*＊×Xx]+$/, '某')) ? m : null
}

/** The party's name as a label, a table row or an address line gives it, with where it starts in the text. */
/** A suit's name, the one penalised suing the agency: 董海浪诉宁波市国土资源局, …——张某诉兰州市城市交通运输管理处交通行政处罚…案. */
const SUES = new RegExp(`(?:^|\\n|[—\\-“"《:：，,。])\\s{0,2}(${ORG_NAME}|${PERSON}?)(?<![投申起上控告])诉(?=[\\u4e00-\\u9fa5]{2,6}(?:省|市|县|区|州|盟|旗)[\\u4e00-\\u9fa5]{2,24}?${SUED_END})`)
/** A court database's line of the case's boxes: the sides listed (by spaces the reading drops), then a court's 案号. */
const SUIT_HEADER = /当事人\s{0,2}[:：][^\n]*?\n?\s{0,2}案号\s{0,2}[:：]\s{0,2}[（(]\s{0,2}(?:19|20)\d{2}\s{0,2}[)）][^\n]{0,20}?[行民刑执]/
/** The side a judgment names as the one who sued: 原告某公司，住所地… / 上诉人(原审原告)吴某，… at the head of a line. */
const PLAINTIFF = new RegExp(`(?:^|\\n)[ \\t\\u3000]{0,4}(?:原告|(?:被)?上诉人\\s{0,2}[（(]原审原告[)）])\\s{0,2}[:：]?\\s{0,2}(${ORG_NAME}|${PERSON}?)(?=[。，,；;（(\\s]|$)`)
/**
 * The party's label ending a line a scan's width broke, its name opening the next (…〔2024〕15号当事人： / 安化县某宠物店主体资格证照
 * 名称：营业执照): the name up to the next box's label, cut below.
 */
const LABEL_ENDS_LINE = new RegExp(`(?:^|\\n)[^\\n]{0,60}?${PARTY_BOX}[:：][ \\t\\u3000]*\\n[ \\t\\u3000]*([\\u4e00-\\u9fa5][^\\s，,。；;:：|（(]{1,39})`)
function labelEndsLine(text: string): { name: string; start: number } | null {
  const m = LABEL_ENDS_LINE.exec(text)
  if (!m || isKnownLabel(m[1]) || (m[1].length <= 4 && !looksLikeName(m[1]))) return null
  return { name: m[1], start: m.index + m[0].length - m[1].length }
}

function labelledName(text: string): { name: string; start: number } | null {
  // (the name need not end the match: 某公司(普通合伙): — where it stands is where its evidence points)
  const at = (m: RegExpExecArray | null, group = 1) => (m ? { name: m[group], start: m.index + m[0].lastIndexOf(m[group]) } : null)
  // (关于给予某公司行政处罚的决定 or 决定书（某公司）: the name in whichever of the title's two places)
  const titled = (m: RegExpExecArray | null) => at(m, m?.[1] ? 1 : 2)
  // (whichever of a pattern's alternatives matched)
  const anyOf = (m: RegExpExecArray | null) => at(m, m ? Math.max(1, m.findIndex((g, i) => i > 0 && g !== undefined)) : 1)
  PARTY_LABEL.lastIndex = 0
  // (a web page's 名称：某林场擅自改变林地用途案 文号：… names the case, not the party)
  // (…nor does a web page's 名称：【以案释法】…将被处罚, a headline)
  // (a value masked whole, 当事人:**, stands as printed unless the title names the party less masked: 决定书(王*), or the
  // account names the firm the officers inspected: 我局执法人员依法对某公司进行检查)
  // (a form with a block for a person and one for a unit, both filled — 被处罚人姓名：邹某 … 被处罚单位名称：某家庭农场,
  // 法定代表人：邹某 —: the unit is the party, the person its head)
  for (let m = PARTY_LABEL.exec(text); m; m = PARTY_LABEL.exec(text))
    if (!/案(?:文号)?$/.test(m[1]) && !/[【】]|(?:处罚|被罚|通报|公告|公示)(?:文号)?$/.test(m[1])) {
      // (a web page's 名称 box holding the document's title, 名称:某区财政局行政处罚决定书(…号): the party's box comes further on)
      // (…its number after it: 名称丨某局行政处罚决定书某罚〔2023〕)
      // (…its number in brackets after an agency's short name, 名 称：某局行政处罚决定书咸环(隽)罚〔2024〕7: the value read stops at the bracket)
      if (/(?:决定书|告知书|通知书)(?:[（(]|$|[^，。；]{0,12}[〔[【(（]\s*\d{4})/.test(m[1] + text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && /名\s?称\s{0,3}[:：]/.test(m[0])) continue
      // (…nor a box's value that holds no character of a name, 名称：丨11 as a scan reads an empty cell)
      if (!/[\u4e00-\u9fa5*＊×Xx]/.test(m[1])) continue
      // (…nor a form's header row naming its columns, 行政处罚当事人基本情况 :个人 姓名(名称))
      if (COLUMN_NAMES.test(m[1])) continue
      // (a box left blank, the next box's label read as its value: 当事人:   法官:   文号:…)
      // (…or a block's first box after it on the same line, 当事人: 姓名:欧启文: the block is read below)
      // (…or a court database's row of empty boxes, 当事人：法官：文号：…: a word and a colon is the next box's label)
      if ((/[:：][ \t\u3000]{2,}[\u4e00-\u9fa5]{2,6}$/.test(m[0]) || isKnownLabel(m[1]) || (m[1].length <= 4 && !ORG.test(m[1]))) && /^\s{0,2}[:：]/.test(text.slice(m.index + m[0].length))) continue
      // (a court database's header listing every side of the suit on one line — 当事人:胡波 孙春保 …某烟草专卖局 吴俊伟 案号:(2015)… —:
      // the plaintiff the judgment names below, 原告… / 上诉人(原审原告)…, where it does)
      // (its 案号 box may stand on a line of its own, where a copy's run-on header is read with its breaks)
      const lineEnd = (k: number) => (text.indexOf('\n', k) < 0 ? text.length : text.indexOf('\n', k))
      const from = m.index + (text[m.index] === '\n' ? 1 : 0)
      if (SUIT_HEADER.test(text.slice(from, lineEnd(lineEnd(from) + 1)))) {
        const plaintiff = at(PLAINTIFF.exec(text))
        if (plaintiff) return plaintiff
      }
      if (/^[*＊×Xx]+$/.test(m[1])) return (titled(TITLE_PARTY.exec(text)) ?? unmasked(anyOf(reported(text)))) || at(m)
      if (/姓\s?名\s{0,3}[:：]/.test(m[0]) && !ORG.test(m[1])) {
        const unit = new RegExp(`(?:被处罚|受处罚)单位名称\\s{0,3}[:：][ \\t\\u3000]*(${ORG_NAME})`).exec(text.slice(m.index, m.index + 400))
        if (unit && text.slice(m.index, m.index + 400).includes(`法定代表人`)) return { name: unit[1], start: m.index + unit.index + unit[0].lastIndexOf(unit[1]) }
      }
      return at(m)
    }
  // the name the text itself calls 当事人 (抽检广州市某农业发展公司(以下简称“当事人”)生产的…)
  const called = CALLED_PARTY.exec(text)
  if (called) return at(called)
  // a label run into its value with no colon (被处罚人姓名朱**性别女…)
  const glued = /(?:被处罚人|当事人)(?:姓名|名称)([\u4e00-\u9fa5][\u4e00-\u9fa5*＊×]{1,3}?)(?=性别|身份证|出生|民族)/.exec(text)
  if (glued) return at(glued)
  // (…or a unit's name, the line the label and the name alone, as a scan reads a table's two cells: 被处罚单位名称某镇人民政府)
  const gluedUnit = GLUED_UNIT.exec(text)
  if (gluedUnit) return at(gluedUnit)
  const cell = PARTY_CELL.exec(text)
  if (cell) {
    // The label's wrapped rest (商户) may have been joined onto the name's end: cut it off.
    const rest = '个体工商户'.slice(cell[1].replace('工工', '工').length)
    const { name, start } = at(cell, 2)!
    return { name: name.endsWith(rest) && name.length > rest.length + 1 ? name.slice(0, -rest.length) : name, start }
  }
  const row = PARTY_ROW.exec(text) ?? PARTY_CELL_ROW.exec(text)
  // the next row's label is no name (违法企业组织机构代码)
  // (…but a name the reading ran into the next cell's label is a name: 某煤矿 地址: → 某煤矿地址)
  // (…nor the next column's name, a table copied a cell a line: 行政相对人名称 | / 处罚 文书号 |)
  if (row && !/(?:代码|名称|号码|类别|日期|地址|住所|类型|文书号|文号|字号|事实|依据|内容|机关|时间|种类|结果)$/.test(row[1].replace(NEXT_LABEL, '$1').replace(/(?<=^.{2,}?)(?:性别|民族|年龄|出生).*$/, ''))) return at(row)
  const addressees = new RegExp(ADDRESSEE.source, 'g')
  // a person addressed (张三：) must look like a name: 主题信息：, 关联文件： are a web page's furniture
  for (let a = addressees.exec(text); a; a = addressees.exec(text)) if (!NOT_PARTY.test(a[1]) && !isKnownLabel(a[1]) && (ORG.test(a[1]) || looksLikeName(a[1]))) return at(a)
  // the party addressed after the title or the number on the same line, when a page runs them together
  // (…责令改正违法行为决定书(州环责改〔2025〕7号) 湖南某酒业有限公司:)
  const addressedAfter = ADDRESSEE_AFTER_HEAD.exec(text.slice(0, 600))
  if (addressedAfter && !NOT_PARTY.test(addressedAfter[1]) && !agencyName(addressedAfter[1])) return at(addressedAfter)
  const subsidiary = SUBSIDIARY.exec(text.slice(0, 1500))
  if (subsidiary && /公告|披露/.test(text.slice(0, 200))) return at(subsidiary)
  const runOn = ADDRESSEE_RUN_ON.exec(text.slice(0, 800))
  if (runOn && !NOT_PARTY.test(runOn[1]) && !agencyName(runOn[1]) && !isKnownLabel(runOn[1])) {
    // (a page's button before the name, its gap dropped with the text's single spaces: 打印 某加油站)
    const h = at(runOn)!
    const furniture = /^(?:打印|关闭|分享到?|字体|来源)(?=[\u4e00-\u9fa5]{4})/.exec(h.name)?.[0].length ?? 0
    return { name: h.name.slice(furniture), start: h.start + furniture }
  }
  // (a firm addressed at its line's head, the account's first date right after the colon: 某集团有限公司: 2017年7月11日，…)
  const dated = ADDRESSEE_DATED.exec(text.slice(0, 2000))
  if (dated && !NOT_PARTY.test(dated[1]) && !agencyName(dated[1]) && !isKnownLabel(dated[1])) return at(dated)
  // (…but in a record of questioning the identity block is the person questioned, not necessarily the party)
  const block = PARTY_BLOCK.exec(text) ?? (RECORD_OF_QUESTIONING.test(text.slice(0, 400)) ? null : PERSON_BLOCK.exec(text))
  if (block) return at(block)
  const bare = PARTY_BARE.exec(text)
  if (bare) return at(bare, bare[1] ? 1 : 2)
  const named = ADDRESSEE_ID.exec(text)
  if (named && !NOT_PARTY.test(named[1]) && !isKnownLabel(named[1])) return at(named)
  // a court's ruling on enforcing a penalty (its respondent, 被申请人柯行贵), or a court's document titled by its sides
  // (某局与某公司行政非诉执行裁定书, 刘某与某局…行政判决书): the side that is no agency
  if (COURT_CASE.test(text)) {
    const side = respondent(text) ?? courtTitleSide(text)
    if (side) return side
  }
  // (the first way of naming the party that gives a name, not a description: 该中医院 in one sentence, 某市某中医院 in
  // another)
  const ways: ((t: string) => RegExpExecArray | null)[] = [
    ...[UNIT_LINE, NAME_LINE, NAME_BEFORE_CODE, ADDRESSEE_BARE, DECIDED_ON, ORDERED, CASE_NAME, CASE_TITLE, TAKEN_UP, SUES, WORKPLACE, NAME_WITH_CODE, NAMED_AS, RULED_ON].map((re) => (t: string) => re.exec(t)),
    rowAfterCase,
    partyActs,
    (t) => PARTY_ORG_ACTS.exec(t),
    (t) => ORG_ACTS.exec(t),
  ]
  let first: { name: string; start: number } | null = null
  for (const way of ways) {
    const h = at(way(text))
    if (!h) continue
    first ??= h
    if (!DESCRIBED.test(h.name) && !prose(h.name)) return h
  }
  const found = first ?? titled(TITLE_PARTY.exec(text))
  // (a party only described where the account first speaks of it — 对辖区一家民营医院作出… — may be named further on:
  // 被处罚的温州某医院(普通合伙)的主要违法事实为…)
  if (found && !DESCRIBED.test(found.name) && !prose(found.name)) return found
  const otherwise = anyOf(PARTY_OTHERWISE.exec(text))
  return anyOf(reported(text)) ?? (found && !prose(found.name) ? found : null) ?? (otherwise && !prose(otherwise.name) && !NOT_PARTY.test(otherwise.name) ? otherwise : null) ?? maskedActor(text) ?? maskedPenalised(text)
}

/**
 * …and last, a masked person the account names as the party or as the one the agency penalised (当事人刘某、张某承认…,
 * 对柴某擅自张贴小广告…, 综合行政执法局对王某处以罚款1000元): the first named.
 */
const MASKED_PENALISED = /(?:当事人\s{0,2}|(?<=[局队所组]|依法|决定|[，,。]\s{0,2})对\s{0,2}(?:当事人)?)([\u4e00-\u9fa5](?:某某|某)[甲乙丙丁]?)(?=\s{0,2}(?:、[\u4e00-\u9fa5]某|[，,]?\s{0,2}(?:承认|违反|已经?|擅自|未经|违规)|(?:作出|做出|给予|处以|予以|处)了?[^。；]{0,24}?(?:罚款|警告|处罚|没收)))/
function maskedPenalised(text: string): { name: string; start: number } | null {
  const m = MASKED_PENALISED.exec(text)
  return m && looksLikeName(m[1]) ? { name: m[1], start: m.index + m[0].length - m[1].length } : null
}

/**
 * Last of all, in an account that names no party otherwise: a person masked as the publisher masks the people of a case
 * (曹某清, 吝某某, 张某) whom a sentence tells breaking a rule (村民曹某清在山脚焚烧田埂, 张某为了灌溉耕地，在没有任何手续的情况下…,
 * 巡查发现当事人郑某在某路段擅自挖掘城市道路).
 * (a character after 某 is the name's only where the sentence goes on after it: 曹某清在…, not 汤某下达…)
 */
const MASKED_ACTOR = /(?<=^|[，,。；：:\s]|村民|居民|的|发现|经查|查明|当事人)([\u4e00-\u9fa5]某(?:某|[甲乙丙丁]|(?![和在于为的等与及因将从连私擅未违非经是被以向到对已曾多长自无也均都先后虽仍即又还])[\u4e00-\u9fa5](?=[在于为的等和与及因将从连，,、。；（(被已曾也均都自擅私未违非经是向到对无]))?)(?=[^。；]{0,40}?(?:未经|擅自|私自|违规|违法(?!所得|行为|事实|收入)|非法|在未|没有[^。；]{0,8}(?:手续|许可|审批)|无证|未取得|未办理|未按|焚烧|野外用火|采砂|捕捞))/g
function maskedActor(text: string): { name: string; start: number } | null {
  MASKED_ACTOR.lastIndex = 0
  // (a surname and 某某 is a person masked as publishers mask one, whatever the surname: 吝某某)
  for (let m = MASKED_ACTOR.exec(text); m; m = MASKED_ACTOR.exec(text)) if (looksLikeName(m[1]) || /^(?![该其另各此每本我你他她])[\u4e00-\u9fa5]某某$/.test(m[1])) return { name: m[1], start: m.index }
  return null
}

/** A court's document on a penalty: a ruling on enforcing it, a judgment on a suit against it. */
const COURT_CASE = /申请(?:强制)?执行|非诉(?:行政)?执行|行政(?:裁定|判决)书|行\s?政\s?(?:裁\s?定|判\s?决)\s?书/
/** The respondent of an application to enforce (被申请人柯行贵。 / 被申请执行人：某公司): in a review it is the agency. */
const RESPONDENT = new RegExp(`(?:^|[\\s。；，,就对])被申请(?:执行)?人\\s{0,2}[:：]?\\s{0,2}(${ORG_NAME}|${PERSON}?)(?=[。，,；;（(\\s]|$|在|于|法定代表人|负责人|住所|地址)`, 'g')
function respondent(text: string): { name: string; start: number } | null {
  RESPONDENT.lastIndex = 0
  for (let m = RESPONDENT.exec(text); m; m = RESPONDENT.exec(text)) {
    const name = m[1]
    if (!agencyName(name) && (ORG.test(name) || looksLikeName(name))) return { name, start: m.index + m[0].lastIndexOf(name) }
  }
  return null
}
/** A court document's title naming its two sides: 荥阳**源局与深圳市**有限公司行政非诉执行裁定书. */
const COURT_TITLE = /(?:^|\n)[ \t\u3000]{0,4}([^\n，,。；:：与]{2,40}?)与([^\n，,。；:：与]{2,60}?)(?:裁定书|判决书)[ \t\u3000]*(?=\n|$)/
/** How the agency side of a court title ends, its name masked in part or not (荥阳**源局). */
const AGENCY_SIDE_END = '(?:局|委员会|厅|人民政府|大队|支队)'
const ENDS_AS_AGENCY = new RegExp(`${AGENCY_SIDE_END}$`)
/** The second side's name at the head of the title's rest (深圳市**有限公司 of 深圳市**有限公司行政非诉执行). */
const SIDE_AT_HEAD = new RegExp(`^(?:${ORG_NAME}|[\\u4e00-\\u9fa5（）()*＊]{2,30}?${AGENCY_SIDE_END})`)
function courtTitleSide(text: string): { name: string; start: number } | null {
  const m = COURT_TITLE.exec(text.slice(0, 2000))
  if (!m) return null
  // (the agency masked in part, 荥阳**源局, still ends as an agency does)
  const isAgency = (x: string) => !!agencyName(x) || ENDS_AS_AGENCY.test(x)
  const a = m[1]
  const b = SIDE_AT_HEAD.exec(m[2])?.[0] ?? (/^([\u4e00-\u9fa5][\u4e00-\u9fa5*＊某]{1,3}?)(?=[\u4e00-\u9fa5]{0,12}(?:纠纷|一案|行政))/.exec(m[2])?.[1] ?? '')
  const side = isAgency(a) && b && !isAgency(b) ? b : b && isAgency(b) && !isAgency(a) ? a : null
  if (!side || !(ORG.test(side) || looksLikeName(side))) return null
  return { name: side, start: m.index + m[0].indexOf(side, side === b ? m[0].indexOf('与') : 0) }
}

/** The document's party: the first labelled one, with identifiers and details from anywhere in the document. */
/**
 * A credit code whose cell wrapped in a PDF table: 「… 统一社会信用代 91410105Y0M7FC」 / next row 「… 码 WY1L」. The two
 * pieces make one only when together they have the code's shape (the check character may still be wrong: a finding).
 */
function wrappedCredit(dt: DocText): { code: string; start: number; end: number } | null {
  for (let i = 0; i + 1 < dt.lines.length; i++) {
    const head = /统一社会信用代?码?\s{0,2}[:：]?\s{0,2}([0-9A-Z]{6,17})\s*$/.exec(dt.lines[i].text)
    const tail = head && /(?:^|\s)([0-9A-Z]{1,12})\s*$/.exec(dt.lines[i + 1].text)
    if (!head || !tail || head[1].length + tail[1].length !== 18) continue
    const code = head[1] + tail[1]
    if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) continue
    const start = dt.starts[i] + head.index
    return { code, start, end: start + head[0].length }
  }
  return null
}

/** The credit code written after its label, else one whose table cell wrapped, with where it stands in the text. */
function creditCodeOf(dt: DocText): { code: string; start: number; end: number } | null {
  // (not the code of the employer a person questioned works for: 工作单位：某报关有限公司（统一社会信用代码…） in a witness's record)
  const re = new RegExp(RE_CREDIT.source, RE_CREDIT.flags.includes('g') ? RE_CREDIT.flags : `${RE_CREDIT.flags}g`)
  for (const m of dt.text.matchAll(re)) {
    const lineStart = dt.text.lastIndexOf('\n', m.index!) + 1
    if (/^[\s\u3000]*(?:工作单位|所在单位)[:：]/.test(dt.text.slice(lineStart, m.index))) continue
    return { code: m[1], start: m.index!, end: m.index! + m[0].length }
  }
  return wrappedCredit(dt)
}

/** A party told of, not named: 该店, 辖区内一酒店 (a report's or a retelling's words); a web page's menu (产品中心) names no one. */
const DESCRIBED = /^(?:产品|新闻|服务|帮助|用户|个人|下载|信息|会员|客户|联系)中心$|^一(?:起|家|个|处|所)|^(?:该|此)(?=[\u4e00-\u9fa5]{0,12}(?:公司|店|厂|单位|企业|场所|网吧|酒店|餐厅|超市|诊所|药房|经营部|合作社|农场|医院|中心|馆|社|站|所)$)|[两三四五六七八九十几多数\d]{1,3}(?:家|个|所|处)[\u4e00-\u9fa5]{0,6}$|(?:辖区内?|[区县市镇乡内])一(?:家|个|处|所)?[\u4e00-\u9fa5]{0,4}?(?:酒店|宾馆|美容院|网吧|餐厅|餐馆|饭店|公司|店|厂|超市|诊所|药店|企业|单位|场所|商户|商铺|门店|店铺|作坊|养殖场|医院|学校|幼儿园)$/

/**
 * Words of a sentence caught as a name (也有网吧, 这家店, 而其经营的网吧; 违规出店, an act): a clause's opening word, an act's
 * word, or a 的 inside.
 */
const PROSE_WORDS = /^(?:这|那|也|而|还|又|都|但|则|就|并|且|均|亦|另|其(?!他)|违规|违法|非法|擅自|无证|未经|涉嫌)|[\u4e00-\u9fa5]的[\u4e00-\u9fa5]/
/** A person's role, not a name (某出租汽车公司闽CD**30号驾驶员从…载客). */
const ROLE_NOUN = /^(?:驾驶员|驾驶人|司机|车主|店主|老板|业主|船长|船主|员工|从业人员|工作人员|经营者|负责人)$/
/** (the place a sentence tells before the name, 位于鹿城区某街道的某公司, is cut off later: not counted) */
const prose = (name: string) => ROLE_NOUN.test(name) || PROSE_WORDS.test(name.replace(/^(?:位于|坐落于|地处)[^，,。；]{1,30}?的/, ''))

/** How a business's name ends, as a write-up prints it (the ends ORG_NAME knows that no agency's name has). */
const FIRM_END = /(?:有限责任公司|股份有限公司|有限公司|公司|厂|商店|店|超市|商城|医院|诊所|门诊部|卫生室|药房|合作社|经营部|服务部|商行|门市部|批发部|酒店|宾馆|网吧|影院|影城|酒吧|歌舞厅|会所|美容院|工作室|幼儿园|加油站|电站|养殖场|农场)(?![\u4e00-\u9fa5]{0,2}(?:有限|公司|分公司|分店|店|厂))/g

/**
 * The business a text names most (at least twice), when no label, table or sentence above gives the party: a write-up
 * that tells the case in its own words (南都记者…东莞市恒龙顺科技有限公司因…被罚款…东莞市恒龙顺科技有限公司…).
 */
function mostNamedFirm(dt: DocText): { name: string; start: number } | null {
  const text = dt.text
  const quoted = [...statuteQuotes(text), ...bookTitles(text)]
  // every reading of each mention, from the shortest to the longest start: the name is the longest reading the text
  // repeats most (九江金源化纤公司 twice, 涉排企业九江金源化纤公司 once)
  const seen = new Map<string, { n: number; start: number }>()
  for (const m of text.matchAll(FIRM_END)) {
    const end = m.index! + m[0].length
    if (inRanges(quoted, m.index!)) continue
    for (let from = end - 6; from >= Math.max(0, end - 30); from--) {
      const name = text.slice(from, end)
      if (!/^[\u4e00-\u9fa5（）()*＊×]+$/.test(name)) break
      const e = seen.get(name) ?? { n: 0, start: from }
      e.n++
      seen.set(name, e)
    }
  }
  // (a sentence's words are no part of a name: 执法人员对该公司, 某局已责令该厂, 申请人驻马店…; nor is a kind of firm one:
  // 生产公司, 原**公司)
  const valid = (name: string) => !prose(name) && !DESCRIBED.test(name) && !NOT_PARTY.test(name) && !/^[该此本我其某一这那各原]/.test(name) && !/[对该已的了在于是和与及向将把由被为从给]|执法|人员|责令|申请人|原告|被告|局|委员会/.test(name)
  let best: [string, { n: number; start: number }] | undefined
  for (const [name, e] of seen) {
    if (e.n < 2 || (best && (e.n < best[1].n || (e.n === best[1].n && name.length <= best[0].length)))) continue
    if (!valid(name)) continue
    best = [name, e]
  }
  if (!best) return null
  // (a text that names two firms as often — a report of several cases — says not which one is the party)
  for (const [name, e] of seen) if (e.n === best[1].n && !best[0].includes(name) && !name.includes(best[0]) && valid(name)) return null
  return { name: best[0], start: best[1].start }
}

/**
 * The party of a document: its label, table row or sentence; for a text of no document type of the procedure (a report,
 * a write-up), else the business it names most — never for a case file's own papers, whose evidence (an invoice, a
 * supplier's licence) names other firms as often.
 */
/** The agency's own papers, which its head signs and dates (a party's representative signs no 结案报告). */
const AGENCY_PAPERS: ReadonlySet<DocType> = new Set<DocType>(['立案审批表', '案件来源登记表', '案件调查终结报告', '法制审核意见书', '集体讨论记录', '结案报告'])

/**
 * A news item on a transport or waterway case that names one person only, masked, by the vehicle or vessel they drove
 * (驾驶员许某当场无法提供…, 执法人员向驾驶员苏某询问): that person, when no business is named as the party. Two masked
 * drivers, or none, name no one.
 */
const DRIVER = /(?:驾驶员|驾驶人|司机|船长)([\u4e00-\u9fa5](?:某某|某|[*＊×]{1,3}))(?![\u4e00-\u9fa5]{0,1}(?:公司|店|厂))/g
function maskedDriver(text: string): { name: string; start: number } | null {
  const found = [...text.matchAll(DRIVER)]
  const names = new Set(found.map((m) => m[1]))
  if (names.size !== 1) return null
  const m = found[0]
  return { name: m[1], start: m.index! + m[0].length - m[1].length }
}

/** Who else a record names with a number of their own: the person questioned, a witness, one present. */
const OTHER_PERSON = /(?:被询问人|被调查人|证人|见证人|在场人|陪同人员?|翻译人员?)\s{0,2}(?:姓名)?\s{0,2}[:：]?\s{0,2}([\u4e00-\u9fa5]{2,4})/

/**
 * The party's identity number: the first the text gives, but not one on the line of another person a record names
 * (被询问人：祁晓梅　身份证号：… in the record of a passenger questioned, the party being the driver).
 */
function partyId(text: string, party: string | undefined): RegExpExecArray | null {
  for (const m of text.matchAll(new RegExp(RE_ID.source, 'g'))) {
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)
    const other = OTHER_PERSON.exec(line)
    if (party && other && !party.includes(other[1]) && !other[1].includes(party)) continue
    return m as RegExpExecArray
  }
  return null
}

export function extractParties(dt: DocText, docType?: DocType): PartyFact[] {
  const text = dt.text
  const hit = tableParty(dt) ?? labelledName(text) ?? labelEndsLine(text) ?? (docType === '其他' ? mostNamedFirm(dt) ?? maskedDriver(text) : null)
  const credit = creditCodeOf(dt)
  const idm = partyId(text, hit?.name)
  if (!hit && !credit && !idm) return []
  let name = ''
  let ev = evidenceAt(dt, 0, 0)
  if (hit) {
    // A table row read without the gap between cells: 成都某某有限公司执收单位 → the name ends with its organisation word.
    // (a label the scan ran into the name: 当事人名称佛山同创… with its colon lost)
    // (a table's rule read by OCR as 丨 before the name is no part of it)
    // (…and a quotation mark or a corner bracket a scan read at its end, with none opening before it: 某建材有限公司」)
    // (…nor a table's rule a scan read as a Latin I or l before it: I沈阳澜峰能源有限公司浑南加油站)
    name = hit.name.replace(/^[丨|｜]+/, '').replace(/^[Il](?=[\u4e00-\u9fa5]{4})/, '').replace(/[。；，,、?？]+$/, '').replace(/(?<=^[^「『“"]*)[」』”"]+$/, '').replace(NEXT_LABEL, '$1').replace(NEXT_FIELD, '$1').replace(/^(?:行政处罚)?(?:(?:被处罚|受处罚)(?:单位|人)(?:名称|姓名)?|当事人(?:名称|姓名)|违法主体名称|单位名称|名称或姓名|姓名或名称|名称|姓名|(?:责令)?被(?:申请)?执行人|案由|案件名称|被检查(?:单位|人))[:：]?(?=[\u4e00-\u9fa5]{2})/, '')
    // (…and a table rule read as 丨 between a label and the name: 当事人名称丨杭州…; a place told before the name in a
    // sentence: 对位于鹿城区仰义街道的温州市某科技公司)
    // (…or the agency before it in a case's name: 天津市静海区消防救援支队对某公司行政处罚案)
    // (…or a title the page ran onto the addressee: 行政处罚决定书某科技集团有限公司:)
    name = name.replace(/^[^，。；:：]{0,24}?(?:决定书|告知书|通知书|指令书)(?=[\u4e00-\u9fa5（）()*＊]{4})/, '')
    // (…or the words that introduce it: 对辖区企业重庆某公司作出…, 属某公司于2017年…发布)
    // (…or the vehicle's or vessel's owner told before it: 该车所属某运输服务公司, 该船所属…)
    name = name.replace(/^(?:该|涉案|上述)?(?:车辆?|船舶?|货车|客车)?所属(?=[\u4e00-\u9fa5*＊×]{4})/, '')
    // (…or the test or the inquiry that found what it did: 经检验某蔬菜店销售的…, 经查某公司…)
    name = name.replace(/^经(?:抽样)?(?:检验|检测|抽检|查明|查实|核查|调查|查)(?=[\u4e00-\u9fa5*＊×]{4})/, '')
    name = name.replace(/^[丨|｜]+/, '').replace(/^(?:位于|坐落于|地处)[^，,。；]{1,30}?的(?=[\u4e00-\u9fa5]{4})/, '').replace(/^(?:属|辖区内?的?(?:企业|单位|商户|经营户)?)(?=[\u4e00-\u9fa5（）()]{4,}(?:公司|厂|店|中心|合作社|经营部|商行|超市|医院|诊所)$)/, '').replace(/^[\u4e00-\u9fa5]{2,30}?(?:局|分局|支队|大队|中队|执法队|所)对(?!面|门|过)(?=[\u4e00-\u9fa5*＊×]{2})/, '')
    const tail = PERSON_TAIL_ANY.exec(name)
    if (tail && tail.index >= 2) name = name.slice(0, tail.index).replace(/[、，,]+$/, '')
    // the next cell's label read onto the name in a PDF row (郑州润丰餐饮管理有限 统一社会信用代, 某公司委托代理人, a
    // disclosure table's 某林场 行政相对人类型)
    // (…or the facts' first words when a full-width label line was joined to the next: 某村民委员会经查，…)
    // (…or a heading of the decision run onto the name's line after a gap: 当事人:聂某虎 主要违法事实)
    const glued = /\s*(?:统一社会信|信用代码|委托代理人|法定代表人|联系电话|行政相对人|经(?:调|核)?查(?=[，,：:明实]|$)|现查明|(?:主要)?违法(?:事实|行为)(?:及证据)?$|(?:基本)?案情(?:简介)?$|处罚(?:依据|决定|事由)$)/.exec(name)
    if (glued && glued.index >= 2) name = name.slice(0, glued.index)
    // (…and the operator's box after an organisation's name: 某猪场经营者林某)
    name = name.replace(/(?<=.{4})(?:经营者|负责人|法定代表人|投资人)[\u4e00-\u9fa5*＊×]{2,4}$/, '')
    // a table cell that wrapped: 「郑州润丰餐饮管理有限」 / next line 「责任公司 码 WY1L」 (first in its row)
    const onLine = name.length
    if (/(?:有限|有限责|有限责任|有限公|有限责任公|股份|股份有|股份有限|股份有限公)$/.test(name)) {
      // (the text joiner may have run the two rows together: the next row is read from the lines as printed)
      const next = dt.lines[lineAt(dt, hit.start) + 1]?.text ?? ''
      const cont = /^[ \t\u3000]*([\u4e00-\u9fa5]{1,6})(?=\s|$)/.exec(next)
      if (cont && /(?:有限责任公司|有限公司|股份有限公司)$/.test(name + cont[1])) name += cont[1]
    }
    // a person's sex run onto the name where a table's gap was dropped (王亚雄　男　58岁 → 王亚雄男): the sex, then the age or
    // the ID, right after it in the text
    const sexed = /^([\u4e00-\u9fa5]{2,4})[男女]$/.exec(name)
    if (sexed && new RegExp(`${sexed[1]}[\\s\\u3000]*[男女][\\s\\u3000，,]*(?:\\d{1,3}\\s{0,2}岁|[（(]?\\s{0,2}\\d{4}\\s{0,2}年|身份证|公民身份|出生|[\\u4e00-\\u9fa5]{1,3}族)`).test(text)) name = sexed[1]
    // an agency's name run onto the addressee's (生态环境局中科生隆(福建)环保科技有限公司: the title's agency, cut by the page)
    name = name.replace(/^[\u4e00-\u9fa5]{0,12}?(?:生态环境|市场监督管理|自然资源(?:和规划)?|应急管理|交通运输|农业农村|住房和城乡建设|城市管理|文化和旅游|卫生健康|水务|林业)局(?=[\u4e00-\u9fa5（）()]{4,}(?:有限责任公司|有限公司|公司|厂|店|合作社|经营部|中心)$)/, '')
    // a person's name after the organisation in the same cell (某某农资经营部 龙*权)
    name = name.replace(/^(.{2,40}?(?:有限责任公司|有限公司|公司|经营部|商行|门市部|合作社|厂|店|诊所|医院|药房|中心|站|场))([\u4e00-\u9fa5*＊]{1,4})$/, (all, org: string, rest: string) =>
      /(?:社|店|部|站|厂|场|行|所|馆|中心|公司|矿|井|院|园)$/.test(rest) ? all : org)
    // the name goes on past a bracket the label's pattern stops at: a place inside it (大陆汽车投资（上海）有限公司) or the
    // form of the firm after it (某经销部(普通合伙))
    let extra = 0
    // (the name as the pattern read it, its trailing marks dropped: what the name is while nothing above has changed it)
    const asRead = hit.name.replace(/[。；，,?？]+$/, '')
    if (name === asRead) {
      const rest = text.slice(hit.start + name.length, hit.start + name.length + 40)
      const more = /^[（(](?:[\u4e00-\u9fa5]{2,6}[)）][\u4e00-\u9fa5]{0,20}?(?:有限责任公司|股份有限公司|有限公司|公司|分公司)|(?:普通合伙|有限合伙|特殊普通合伙|个人独资企业|个人独资)[)）])/.exec(rest)
      if (more) {
        name += more[0]
        extra = more[0].length
      }
    }
    // the operator of a business in brackets after its name (某百货超市(王*锋)), as disclosures print it
    if (name === asRead && ORG.test(name)) {
      const op = /^[（(]([\u4e00-\u9fa5*＊×]{2,4})[)）]/.exec(text.slice(hit.start + name.length, hit.start + name.length + 8))
      // (…not the seal a signature line asks for: 申请人：某有限公司（盖章）, 盖 being a surname too)
      if (op && looksLikeName(op[1].replace(/[*＊×]+/g, '某')) && !/^(?:盖章|公章|印章|签章|签名|签字|手印|捺印)$/.test(op[1])) {
        name += op[0]
        extra += op[0].length
      }
    }
    // two firms told together (发现某托管中心和某酒店在门窗上设置…): the first is the party read — not a branch named
    // after a road or a district (某公司和平路分店, 某公司和平分公司)
    const pair = /^(.{4,40}?(?:有限公司|公司|中心|店|厂|酒店|宾馆|超市|医院|诊所|学校|幼儿园|合作社|农场))(?:和(?!平)|与|及|、)(?!.*(?:分公司|分店|分厂|分部|分中心|门店)$)(.{4,40}(?:有限公司|公司|中心|店|厂|酒店|宾馆|超市|医院|诊所|学校|幼儿园|合作社|农场))$/.exec(name)
    if (pair) name = pair[1]
    // an agency named first where a court's index lists both sides under one label (当事人：某委员会 某旅行社有限公司)
    const agencyFirst = /^([\u4e00-\u9fa5]{4,20}?(?:局|委员会|厅|人民政府|支队|大队))(?=[\u4e00-\u9fa5（）()]{4,}(?:有限责任公司|有限公司|公司|厂|店|合作社|经营部|中心)$)/.exec(name)
    const cutFront = agencyFirst && agencyName(agencyFirst[1]) ? agencyFirst[1].length : 0
    name = name.slice(cutFront)
    // (a page's tag and its title both opening with the party's name, run into one line: 某公司 某公司与某局…判决书)
    name = name.replace(/^(\S{4,40})\s+\1$/, '$1')
    // (…or after it, where a copy lost the gap between the two: 当事人:某经营部 某省某县农业局)
    const agencyAfter = /^(.{4,40}?(?:公司|厂|店|经营部|门市部|合作社|中心|商行|超市))([\u4e00-\u9fa5]{2,6}(?:省|市|县|区|州)[\u4e00-\u9fa5]{2,24}(?:局|委员会|厅|人民政府))$/.exec(name)
    if (agencyAfter && agencyName(agencyAfter[2])) name = agencyAfter[1]
    // (the evidence starts where the name does, past a label or a place cut off its front)
    const lead = name ? text.indexOf(name.slice(0, 4), hit.start) : -1
    const from = lead >= hit.start && lead < hit.start + hit.name.length ? lead : hit.start
    ev = evidenceAt(dt, from, from + onLine - cutFront + extra)
    // a name masked in part where it is labelled (内蒙古********有限责任公司) and printed whole elsewhere in the same text
    // (the publisher's redaction is not always consistent): the whole name, where exactly one fits
    const masked = /^([\u4e00-\u9fa5（）()]{2,12})[*＊]{2,}([\u4e00-\u9fa5（）()]{2,12})$/.exec(name)
    if (masked) {
      const whole = [...new Set([...text.matchAll(new RegExp(`${escapeRegExp(masked[1])}[\\u4e00-\\u9fa5（）()]{1,16}?${escapeRegExp(masked[2])}`, 'g'))].map((x) => x[0]))]
      if (whole.length === 1) {
        name = whole[0]
        const fi = text.indexOf(name)
        ev = evidenceAt(dt, fi, fi + name.length)
      }
    }
    // a name that opens with its district or county (道外区某牛肉批发部, read from a title cut after 哈尔滨市) printed
    // elsewhere in the same text with its city before it: the fuller name
    if (/^[\u4e00-\u9fa5]{1,6}?[区县旗](?=[\u4e00-\u9fa5*＊×]{2})/.test(name) && ORG.test(name)) {
      const fuller = new RegExp(`(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5]{2,6}(?:市|州|盟|地区))${escapeRegExp(name)}`).exec(text) ??
        new RegExp(`(?:^|[，,。；:：\\s为对向在由与和、])([\\u4e00-\\u9fa5]{2,6}(?:市|州|盟|地区))${escapeRegExp(name)}`).exec(text)
      if (fuller) {
        const fi = fuller.index + fuller[0].length - name.length - fuller[1].length
        name = fuller[1] + name
        ev = evidenceAt(dt, fi, fi + name.length)
      }
    }
    // a short name the text defines for a longer one (原告海南某某旅行社有限公司（以下简称某某公司）): the full name
    if (name.length >= 2 && /简称|下称/.test(text)) {
      const at = shortNameAt(text, name)
      const full = at > 0 ? /([\u4e00-\u9fa5（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|店|中心|合作社|经营部|商行|超市|医院|诊所|药房|酒店|宾馆|旅行社))$/.exec(text.slice(Math.max(0, at - 40), at).replace(/^[\s\S]*(?:原告|被告|申请人|上诉人|当事人|因与|[，,。；:：\n])/, '').replace(/^.*(?:对|向)(?=[\u4e00-\u9fa5（）()]{4,}$)/, '')) : null
      if (full && full[1] !== name) {
        name = full[1]
        const fi = text.lastIndexOf(name, at)
        if (fi >= 0) ev = evidenceAt(dt, fi, fi + name.length)
      }
    }
    // the party's side or part told before its name (上诉人(原审原告)原告某工作室, 对建设单位某公司处以…), a place told
    // before a masked name without 的 (对位于中山市横栏镇富庆四路某照明有限公司进行检查), or what a masked person does after
    // it (被执行人郑某在海口市美兰区经营一家家具加工厂): no part of the name
    const asFound = name
    name = name.replace(/^(?:原告|被告|原审原告|原审被告|上诉人|被上诉人|被申请人|被执行人|建设单位|施工单位|监理单位|设计单位|勘察单位)(?=[\u4e00-\u9fa5*＊×]{4})/, '')
    name = name.replace(/^位于[^，,。；]{1,30}?(?=某)/, '')
    // (…or a listed company's words before its subsidiary's name, 公司全资子公司淮安国瑞化工有限公司; a headline's charge before
    // the name, 违反放射性安全防护条例 北京中医药大学东直门医院被罚款…)
    name = name.replace(/^(?:本|该)?公司(?:全资|控股)?子公司(?=[\u4e00-\u9fa5（）()*＊×]{4})/, '').replace(/^违反[^，,。；\s]{2,30}?(?:法|条例|规定|办法|细则)(?=[\u4e00-\u9fa5（）()*＊×]{4})/, '')
    name = name.replace(/^([\u4e00-\u9fa5](?:某某|某|[*＊×]{1,2})[\u4e00-\u9fa5]?)在[\u4e00-\u9fa5]{2,}.*$/, '$1')
    if (name !== asFound) {
      const fi = text.indexOf(name, hit.start)
      if (fi >= 0 && fi < hit.start + hit.name.length) ev = evidenceAt(dt, fi, fi + name.length)
    }
    // a business told by its bare trade name (广告公司, 照明公司) that the text also names in full with its place
    // (苍南县金乡广告公司): the full name, where one fits
    if (name.length <= 6 && ORG.test(name) && !/某|[*＊×]/.test(name) && !/[省市县区镇乡]/.test(name)) {
      const fuller = [...new Set([...text.matchAll(new RegExp(`(?<![\\u4e00-\\u9fa5])((?:[\\u4e00-\\u9fa5]{1,8}?[省市县区旗])(?:[\\u4e00-\\u9fa5]{1,6}?[镇乡])?[\\u4e00-\\u9fa5]{0,6})${escapeRegExp(name)}`, 'g'))].map((x) => x[1] + name))]
        .filter((f) => !/[在对向于由被与和及的了]/.test(f.slice(0, f.length - name.length)))
      // (the shortest reading, when every other one ends with it: 认定苍南县金乡广告公司 and 苍南县金乡广告公司)
      const shortest = fuller.sort((a, b) => a.length - b.length)[0]
      if (shortest && fuller.every((f) => f.endsWith(shortest))) {
        const fi = text.indexOf(shortest)
        name = shortest
        ev = evidenceAt(dt, fi, fi + name.length)
      }
    }
    // a company told in a short form (龙霖公司, 上海森库木业公司) that the text also prints under its registered name
    // (原告吉林省龙霖煤炭经销有限公司, 上海森库木业有限公司): the registered name, where exactly one fits
    const core = /^([\u4e00-\u9fa5]{2,14}?)公司$/.exec(name)?.[1]
    if (core && !/有限|股份|集团|某|分$/.test(core)) {
      const registered = [...new Set([...text.matchAll(new RegExp(`[\u4e00-\u9fa5]{0,12}${escapeRegExp(core)}(?:(?!公司)[\u4e00-\u9fa5（）()]){0,12}?(?:有限责任公司|股份有限公司|有限公司)`, 'g'))]
        .map((x) => x[0].replace(/^[\s\S]*(?:原告|被告|第三人|申请人|上诉人|当事人|因与|[对向经与和及的是为系号])(?=[\u4e00-\u9fa5（）()]{2,}$)/, ''))
        .filter((f) => f.includes(core) && f.length > name.length))]
      if (registered.length === 1) {
        const fi = text.indexOf(registered[0])
        name = registered[0]
        ev = evidenceAt(dt, fi, fi + name.length)
      }
    }
    // a description, not a name: 该烟花爆竹专营店, 辖区内一酒店, 石鼓区一美容院; nor is a field's label (当事人), nor the
    // paper speaking to its party (你单位, 你公司); nor words of a sentence or a title read as one (红河酒公司作出遵市工商行,
    // 某区财政局行政处罚决定书, 某局行政处罚决定书咸环 where a scan cut the title's line, 某市食品生产经营行政处罚信息); nor a
    // paper's number (昌市市监处罚〔2023〕109号, a web page's 名称 box read off a scan)
    if (DESCRIBED.test(name) || isKnownLabel(name) || /^(?:你|您|其|该|本|我)(?:单位|公司|店|厂|部|局)?$/.test(name) || /作出|判决|(?:决定|告知|通知)书|行政处罚信息|[〔﹝【]\s*(?:19|20)\d{2}\s*[〕﹞】]/.test(name)) {
      if (!credit && !idm) return []
      name = ''
    }
  } else if (credit) ev = evidenceAt(dt, credit.start, credit.end)
  const party: PartyFact = { name, kind: 'unknown', evidence: ev }
  if (credit) {
    party.creditCode = credit.code.toUpperCase()
    party.creditCodeValid = isValidCreditCode(party.creditCode)
  }
  if (idm) {
    party.idNumber = idm[1].toUpperCase()
    // (a number the publisher or the form masked — 6301021985******** — has no check digit to test)
    if (!/[*＊]/.test(party.idNumber)) party.idNumberValid = isValidIdNumber(party.idNumber)
  }
  // a neighbouring label or cell read as the value (负责人意见, 法定代表人 审批同意结案) is no representative
  // (…nor the agency's head who signs an opinion box on the same line: 处理意见：建议立案调查。　负责人：某某)
  let rep: RegExpExecArray | null = null
  for (const m of text.matchAll(new RegExp(RE_REP.source, 'gm'))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    const lineHead = text.slice(lineStart, m.index)
    if (/^负责人/.test(m[0]) && /意见|审批|审核|批示/.test(lineHead)) continue
    // (…or under the opinion box, its name and date the head's signature: 执法机构意见　同意立案。 / 　负责人：许文军　2025.1.20)
    const prevLine = text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, Math.max(0, lineStart - 1))
    const lineRest = text.slice(m.index + m[0].length, (text.indexOf('\n', m.index) + 1 || text.length + 1) - 1)
    // (…the post they hold in brackets before the date: 负责人：陈家豪（卫生监督所所长）　2024年4月10日)
    const signedOn = /^\s*(?:[（(][^（）()\n]{1,16}[)）]\s*)?(?:\d{4}\s*[.\-/年]|二[〇○零])/.test(lineRest)
    if (/^负责人/.test(m[0]) && !lineHead.trim() && /(?:意见|审批|审核|批示)\s{0,2}[:：]?\s{0,4}[^\n]{0,30}$/.test(prevLine) && signedOn) continue
    // (…or signing a report of the agency's own with its date, beside or under its officers: 承办人：孟繁军　于洪涛　2024年11月5日 /
    // 负责人：刘志远　2024年11月5日 on a 结案报告)
    if (/^负责人/.test(m[0]) && docType && AGENCY_PAPERS.has(docType) && (!lineHead.trim() || /承办人|经办人|办案人|审核人|调查人/.test(lineHead)) && signedOn) continue
    // (…nor the head of the agency that applies to a court or is heard by one, under its box: 申请人：某应急管理局　地址：… /
    // 负责人：王丽新　职务：局长 on a 强制执行申请书 — the party is the 被申请人)
    if (/^(?:申请(?:执行)?人|执行申请人)\s{0,2}[:：]?\s{0,2}[\u4e00-\u9fa5（）()]{2,40}?(?:局|委员会|厅|大队|支队|人民政府|管理处|执法队|中心)(?![\u4e00-\u9fa5])/.test((lineHead.trim() ? lineHead : prevLine).trim())) continue
    // (…nor the head of another body the line names: 受托方：某加油站（章）　负责人：陈某 on a custody agreement filed with a
    // receipt, 检测机构：…　法定代表人：…)
    if (OTHER_BODY.test(lineHead)) continue
    // (…nor words of a sentence after the role in prose, no colon between: 当事人法定代表人应约到局，… — cw-01)
    if (!/[:：]/.test(m[0]) && /[到约局称签收]/.test(m[1].slice(1))) continue
    // (…nor the next person of a list in prose: 询问当事人法定代表人和车主)
    if (/^(?:和|与|及|或)/.test(m[1]) && ROLE_NOUN.test(m[1].slice(1))) continue
    rep = m as RegExpExecArray
    break
  }
  // (a line joined to the next one the page wrapped runs the name into the account of the facts: 法定代表人：杜鹏 / 经查，…)
  const repName = rep?.[1].replace(/(?<=^[\u4e00-\u9fa5·]{2,4})(?:经查|经调查|经核查|现查明|查明)$/, '')
  if (repName && looksLikeName(repName.replace(/[*＊×Xx某]+$/, '某'))) party.legalRepresentative = repName
  const addr = RE_ADDR.exec(text)
  if (addr) party.address = addr[1]
  party.kind = kindOf(name, party.idNumber)
  if (party.kind === 'person' && party.creditCode) party.kind = 'organization' // 个体工商户 carry a credit code too
  return [party]
}

// 赣3601-38951, 赣 3601-38951 (a space after the province), 豫JT633033, J170300254, 33010020001, 44030020**** (masked
// by the publisher)
// (…or a scan's reading with the letter O for a 0 among the digits: 1306OO19045, 5101072OO64)
// (…with a letter between its digits, 36010025W0127, as some provinces number them; masked inside, 220106012021××17)
// (…or its digits grouped by spaces as a card prints them: 闽执法证 3502 0318 7721; or in three parts, 甘执62-1102-0356)
const CERT = '(?:(?:[\\u4e00-\\u9fa5]{1,5}\\s?)?\\d{3,6}(?: \\d{3,6}){2,4}(?![\\d])|(?:(?:[\\u4e00-\\u9fa5]{2,10}?执法证|[\\u4e00-\\u9fa5]{1,6}?)\\s?第?(?=(?:[A-Za-z]{1,4}-)?[A-Za-z]{0,4}-?\\d))?(?:[A-Za-z]{1,4}-(?=[A-Za-z]{0,4}-?\\d))?[A-Za-z]{0,4}-?\\d(?:\\d|[Oo](?=[\\dOo]*\\d)){1,15}(?:[A-Za-z]\\d{2,10})?(?:-\\d{2,10}){0,2}[A-Za-z]?(?:[*＊×]{2,8}\\d{0,6})?)'
// a name ends at a separator, a certificate, or the verb after it (何芳、唐国庆向当事人出示…, 赵六前往现场)
// (…or a name of the minority nationalities written with a middle dot: 阿卜杜热合曼·吐尔逊; a scan may lose the gap before the
// certificate's label, 艾尔肯·吐尔逊证件号：…, 马建国证件号：…)
const NAME = '(?!证号|执法)(?:[\\u4e00-\\u9fa5]{1,8}[·•・](?:(?!证件|证号|执法)[\\u4e00-\\u9fa5]){1,8}(?:[·•・](?:(?!证件|证号|执法)[\\u4e00-\\u9fa5]){1,8})?|[\\u4e00-\\u9fa5](?:(?:(?!证号|证件|执法)[\\u4e00-\\u9fa5]){1,3}|[*＊×XxＸ]{1,3}))(?=[、，,和及与（(\\s:：|｜]|$|执法|证号|监察证|劳动保障|证件(?:编)?号|工作单位|单位(?=\\s{0,2}[:：])|职务|性别|亮证|亮明|记录人|记录员|被?询问人|检查人|承办人|[两二三][人名]|[向对于在到将把出共一制拍核进依调检询勘开立持负带陪会随前赴等]|(?:19|20)\\d{2}\\s{0,2}年)'
// a 记录人 with an enforcement certificate on the line is an officer too (市场监管 forms: 询问人 / 记录人, each with 执法证号);
// the party's 被检查人 or 陪同检查人 is none
// (…a label spaced out to the box's width, 询 问 人 / 记 录 人, is the label, and a wide gap may stand for its colon:
// 询 问 人        施永健  执法证号 32090220031)
const OFFICER_LABEL = /(?<![被同])(?:执法人员(?:(?:及|和|与)(?:其)?执法证(?:件)?号(?:码)?|签名|签字|姓名|(?:分别)?(?:为|是)?)|调查人(?=\s{0,2}[:：])|(?:卫生|消防)监督员|执法队员|办案人员|承办人员|承办人|办案人(?!员)|检查人员|复查人员|巡查人员|核查人员|稽查人员|检 ?查 ?人|复 ?查 ?人|询 ?问 ?人|调查人员|执法人|送达人|勘[验查察测](?:[（(]检查[)）])?人(?:员(?=\s{0,2}[:：]))?|记 ?录 ?人(?=(?:及(?:执法)?证(?:件)?号(?:码)?)?(?:[ \t\u3000]{3,12}|\s{0,2}[:：]?\s{0,2})[\u4e00-\u9fa5](?:[ \t\u3000]{0,3}[\u4e00-\u9fa5]){1,3}(?:[^\n]{0,30}?(?:执法证|证号|证件号)|\s{0,2}[（(][A-Za-z\u4e00-\u9fa5]{0,4}-?\d[\d-]{4,}|[ \t\u3000]{1,6}[A-Za-z]{0,4}\d{6,})))(?:及(?:执法)?证(?:件)?号(?:码)?)?(?:签名|签字)?(?:[（(](?:签名|执法证号|执法证件号|证号)[)）])?(?:[ \t\u3000]{3,12}(?=[\u4e00-\u9fa5])|\s{0,2}[:：][ \t\u3000]{3,12}(?=[\u4e00-\u9fa5])|\s{0,2}[:：]?\s{0,2})/g
/** A line naming a body other than the party, before its head's name: 受托方：…, 保管单位签收：…, 检测机构：… */
const OTHER_BODY = /(?:受托|委托|保管|承运|见证|代理|检[测验](?:检[测验])?|鉴定|回收|处置|销毁|监护|托管)(?:方|单位|机构|人)(?:签收|名称)?\s{0,2}[:：]/
/** Words that stand where a name could (拒绝签收, 执法人员出示…). */
const NOT_NAME_WORD = /^(拒绝|申请|回避|签收|陈述|申辩|汇报|介绍|说明|出示|表示|认为|承办|办案|执法|证号|证件|签名|记录|时间|地点|意见|同意|单位|姓名|出示|询问|检查|本局|我局|人员|当事|身份|编号|号码|如下|分别|共同|进行)/
/** A character that starts a clause rather than a name (在, 对, 于 …); 于 and 向 are surnames too, so a certificate beside the name overrides it. */
const NOT_NAME = new RegExp(`^(?:[在对于向将从把被是与和及等依按经这那我你他她本该其])|${NOT_NAME_WORD.source}`)

/** The one certificate further along an officer's own row, with no other name listed before it. */
const ROW_CERT = new RegExp(`^(?![ \\t]{0,2}[、，,和及])[^\\n、]{0,40}?执法证(?:件)?号(?:码)?\\s{0,2}[:：]?\\s{0,2}(${CERT})(?![^\\n]*执法证)`)

/** The officer's unit or post in a box after the certificate, on the officer's row: 单位：某县林业局. */
const UNIT_CELL = '(?:所在)?(?:工作)?(?:单位|职务)\\s{0,2}[:：][^\\n]{0,30}'

/**
 * The next officer on the next line, set under the first and perhaps spaced out to align (何  俊), with a certificate in
 * brackets: 卫生监督员：刘晓梅（卫生监督员证号：51010721001） / 　　　　何  俊（卫生监督员证号：51010721014）.
 */
// (…or, in a table flattened to lines, the next officer's row alone with its certificate: 检查人 / 罗正斌（执法证编号：…） /
// 田茂林（执法证编号：…）, or its certificate after a gap: 检查人员  施永健  执法证号 … / 　　　徐  婷  执法证号 …)
const CONTINUED = new RegExp(`^(?:[ \\t\\u3000]+${UNIT_CELL})?[ \\t\\u3000]*[|｜]?[ \\t]*\\n(?:[|｜][ \\t\\u3000]*[|｜:：][ \\t\\u3000]*)?(?:(?:[ \\t\\u3000]{2,}|(?<=[|｜:：][ \\t\\u3000]*)|(?=[\\u4e00-\\u9fa5]{2,3}(?:[ \\t\\u3000]{0,12}|[ \\t\\u3000]*\\n[ \\t\\u3000]*)(?:劳动保障)?[\\u4e00-\\u9fa5]{0,4}?(?:证号|证件(?:编)?号|证编号)))([\\u4e00-\\u9fa5])[ \\t\\u3000]{0,3}((?:(?!证件|证号|执法)[\\u4e00-\\u9fa5]){1,2})|([\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5]{1,2})(?=\\s{0,2}[（(][^\\n]*[)）][ \\t\\u3000]*[|｜]?[ \\t\\u3000]*(?:\\n|$)))(?:\\s{0,2}[（(]\\s{0,2}(?:[\\u4e00-\\u9fa5]{0,8}?(?:证号|证件号码?|证编号)\\s{0,2}[:：]?\\s{0,2})?(${CERT})号?\\s{0,2}[)）]|(?:[ \\t\\u3000]{0,12}|[ \\t\\u3000]*\\n[ \\t\\u3000]*)(?:劳动保障)?[\\u4e00-\\u9fa5]{0,4}?(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|证件(?:编)?号(?:码)?|证号)\\s{0,2}[:：]?\\s{0,2}(${CERT}))`)

/** The officer's unit in brackets after the certificate, the page's width breaking it once: （滁州市生态环境局来安 / 县分局). */
const UNIT_REMARK = /^[ \t\u3000]{0,2}[（(][^（）()\n]{1,30}(?:\n[^（）()\n]{1,12})?(?:局|分局|大队|支队|中队|所|站|中心|科|室|委员会|执法证|证件)[)）]/
/** That box ending the officer's row. */
const UNIT_BOX = new RegExp(`^[ \\t\\u3000]{1,6}${UNIT_CELL}(?:\\n|$)`)

/** The next officer straight after a certificate in brackets, with a certificate of their own in brackets. */
const GLUED_NEXT = new RegExp(`^(?:${NAME})\\s{0,2}[（(]\\s{0,2}(?:[^（）()\\n]{0,12}?|[^（）()\\n]{1,10}\\n[^（）()\\n]{0,10}?)\\d`)
/** …or after a bare number, the next name and its 执法证号 run on to it (宝音图执法证号 15250117023张海军执法证号 15250117031). */
const GLUED_LABELLED = new RegExp(`^(?:${NAME})\\s{0,2}(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|证号)\\s{0,2}[:：]?\\s{0,2}[A-Za-z\\u4e00-\\u9fa5]{0,4}\\d`)
/** The gap between a table's cells in a Word table's text: a tab, or two spaces and more. */
const WIDE_GAP = /\t+|[ \u3000]{2,}/
/** A table's cells: the rules drawn with box characters or pipes between them. */
const CELLS = /[│┃║|｜]/
/** The header cells of a table of officers: the officers' column and their certificates'. */
const NAME_HEAD = /^(?:执法人员|(?:卫生)?监督员|检查人员?|复查人员?|巡查人员?|核查人员?|稽查人员?|询问人|调查人员?|办案人员?|承办人|勘验人|执法人员姓名|姓名)$/
const CERT_HEAD = /^(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|证件(?:名称)?(?:及|和)?(?:编)?号(?:码)?|执法证)$/
/** A name in a cell, a two-character one perhaps spaced out (孙  博) — not two names side by side (王明  李强) —, perhaps with
 * its certificate after it. */
const NAME_CELL = '[\\u4e00-\\u9fa5]{2,4}|[\\u4e00-\\u9fa5][\\s\\u3000]{1,3}[\\u4e00-\\u9fa5]'
/** A rule line between a table's rows (├────┼────┤, +----+----+). */
const RULE_ROW = /^[\s\u3000]*[┌┏╔├┠╟└┗╚+][─━═┬┯╤┼┿╪┴┷╧┤┨╢┐┓╗┘┛╝+\-\s]*$/
/** A cell that is a certificate number alone; one perhaps after its label (执法证号21010021118). */
const CERT_ALONE = new RegExp(`^(?:${CERT})$`)
/** A table's head of the officers' and their numbers' cells with no gap left between them (检查人员执法证号). */
const GLUED_HEAD = new RegExp(`^(${NAME_HEAD.source.slice(4, -2)})(${CERT_HEAD.source.slice(4, -2)})$`)
const CERT_IN_CELL = new RegExp(`^(?:(?:执法)?证(?:件)?(?:编)?号(?:码)?[:：]?\\s{0,2})?(${CERT})$`)
/** A cell holding a name, perhaps with its certificate in brackets or after its label. */
const NAME_IN_CELL = new RegExp(`^(${NAME_CELL})(?:[（(]\\s{0,2}(?:(?:执法)?证(?:件)?号(?:码)?[:：]?\\s{0,2})?(${CERT})\\s{0,2}[)）]|\\s*(?:(?:执法)?证(?:件)?号(?:码)?)[:：]?\\s{0,2}(${CERT}))?$`)

/**
 * Officers listed in a ruled table under a header naming their column and their certificates' (│执法人员 │执法证号 │所属单位│
 * / │陆建华 │32050619021 │…│), a row each, up to the table's end.
 */
function tableOfficers(dt: DocText): OfficerFact[] {
  const out: OfficerFact[] = []
  const n = dt.starts.length
  for (let i = 0; i < n; i++) {
    // (the line as printed: the reading turns a bar after a label's cell into its colon)
    const head = dt.lines[i]?.text ?? lineText(dt, i)
    // (…its cells set apart by bars, or by tabs or wide gaps as a Word table's text gives them: 执法人员  单位  执法证号)
    // (…or by single spaces where a scan's reading narrowed the gaps: 检查人员 执法证号 / 汪海玉 33112701046, each row then
    // as many cells as the head)
    const bars = CELLS.test(head)
    // (…or by nothing at all where the reading lost the gap: 检查人员执法证号 over 汪海玉 33112701046 / 陈立群33112701052 —
    // each row then a name and the number run on to it, cut where the number starts)
    const glued = !bars && GLUED_HEAD.exec(head.trim())
    const narrow = !bars && !glued && !WIDE_GAP.test(head.trim())
    const gaps = narrow ? /[ \u3000]+/ : WIDE_GAP
    if (!bars && !glued && !gaps.test(head.trim())) continue
    const split = (l: string) =>
      glued
        ? l === head ? [glued[1], glued[2]] : (/^([\u4e00-\u9fa5·*＊×]{2,10})[\s\u3000]*([A-Za-z0-9-]{5,24})$/.exec(l.trim()) ?? []).slice(1)
        : (bars ? l.split(CELLS) : l.trim().split(gaps)).map((c) => c.replace(/[\s\u3000]+/g, ''))
    const cells = split(head)
    // (each officer's column with its certificate's after it; two officers a row where the head repeats the pair: 执法人员
    // 执法证号  执法人员  执法证号 / 姚晨  31000319204  沈立伟  31000319317)
    const pairs: [number, number][] = []
    cells.forEach((c, k) => {
      if (!NAME_HEAD.test(c)) return
      const j = cells.findIndex((d, m) => m > k && CERT_HEAD.test(d))
      if (j > k && !cells.slice(k + 1, j).some((d) => NAME_HEAD.test(d))) pairs.push([k, j])
    })
    if (!pairs.length) {
      const nameCol = cells.findIndex((c) => NAME_HEAD.test(c))
      const certCol = cells.findIndex((c) => CERT_HEAD.test(c))
      if (nameCol >= 0 && certCol >= 0) pairs.push([nameCol, certCol])
    }
    if (!pairs.length) continue
    // (a head that names its rows before its columns, 执法人员  姓名  执法证号 over 马国强  64010020180215: the rows have no
    // cell under the first)
    const rowLabel = cells.length >= 3 && NAME_HEAD.test(cells[0]) && NAME_HEAD.test(cells[1]) && pairs.every(([k]) => k >= 1)
    const lastCol = Math.max(...pairs.flat())
    for (let j = i + 1; j < n; j++) {
      const row = dt.lines[j]?.text ?? lineText(dt, j)
      if (RULE_ROW.test(row)) continue
      const r = split(row)
      if (rowLabel && r.length === cells.length - 1) r.unshift('')
      // (the certificate's cell the last, its name and number set a gap apart: 税务检查证  44060523000118)
      if (!bars && r.length > cells.length && lastCol === cells.length - 1 && pairs.some(([, c]) => c === lastCol)) r.splice(lastCol, r.length - lastCol, r.slice(lastCol).join(''))
      if (bars ? !CELLS.test(row) : narrow ? r.length !== cells.length : r.length <= lastCol) break
      // (the last certificate's digits wrapped in its cell onto a line of their own: 其木格  1506222 / 4021)
      const wrappedDigits = !bars && r.length - 1 === lastCol ? /^[ \t\u3000]{8,}(\d{2,8})\s*$/.exec(dt.lines[j + 1]?.text ?? '') : null
      if (wrappedDigits) r[lastCol] += wrappedDigits[1]
      for (const [nameCol, certCol] of pairs) {
        const name = r[nameCol] ?? ''
        // (a certificate's cell that names its kind before the number, 税务检查证44060523000118: the number)
        const cert = (r[certCol] ?? '').replace(/^[\u4e00-\u9fa5]{2,8}证(?:号|号码)?[:：]?(?=[A-Za-z]{0,4}\d{5})/, '')
        const certified = CERT_ALONE.test(cert)
        // (a name in the officers' column beside its certificate, whatever character it opens with: 其木格 is a name there,
        // 其 no pronoun)
        const notName = NOT_NAME.test(name) && !(certified && !NOT_NAME_WORD.test(name) && /^[\u4e00-\u9fa5]{3,4}$/.test(name))
        // (a name of the minorities' form, 扎西平措, no common surname at its head, stands with its certificate in the row)
        if (!name || !(looksLikeName(name.replace(/[*＊×某]+$/, '某')) || (certified && /^[\u4e00-\u9fa5·]{2,10}$/.test(name))) || notName) continue
        // (a table headed only 姓名 | 证件号码 may be the party's or the witnesses': a name there is an officer's only with a
        // certificate number, not an ID card's)
        if (/^姓名$/.test(cells[nameCol]) && !certified) continue
        const f: OfficerFact = { name, evidence: evidenceAt(dt, dt.starts[j], dt.ends[j]) }
        if (certified) f.certNo = cert
        out.push(f)
      }
    }
  }
  // …or a row of label and value cells, each officer with a label of its own: │检查人员 │韩志刚 │执法证号 │TJYJ-2021-0231│,
  // │询问人 │赵宏伟 │执法证号 │21010021003 │记录人 │孙博（21010021118）│, │检查人员 │段云鹏 │证件号 │YN53010219058 │杨丽萍  证件号YN…│
  const cellOf = (c: string) => {
    const m = NAME_IN_CELL.exec(c.trim().replace(/[\s\u3000]+(?=[（(])/g, ''))
    if (!m) return null
    const name = m[1].replace(/[\s\u3000]+/g, '')
    // (a surname that is also a preposition, 于洋, 于 洋 in its cell, is a name there: a cell holds no sentence)
    return looksLikeName(name.replace(/[*＊×某]+$/, '某')) && !NOT_NAME_WORD.test(name) && (!NOT_NAME.test(name) || name.length <= 3) ? { name, cert: m[2] ?? m[3] } : null
  }
  const isCert = (c: string | undefined) => {
    const m = CERT_IN_CELL.exec((c ?? '').trim())
    return m ? m[1] : undefined
  }
  const known = new Set(out.map((f) => f.name))
  for (let i = 0; i < n; i++) {
    // (a scan's reading of the rules: 丨 for a bar, and a bar before a name read as 1 — |询问人 1于洋 |执法证件号…丨)
    const row = (dt.lines[i]?.text ?? '').replace(/丨/g, '|').replace(/(?<=[\u4e00-\u9fa5])[ \t]*[1lI][ \t]*(?=[\u4e00-\u9fa5]{2,4}[ \t]*[|｜│┃])/g, '|')
    if (!CELLS.test(row)) continue
    const cells = row.split(CELLS).map((c) => c.trim())
    // (a cell wrapped onto the row under it: the certificate under the name, or under the certificate's label)
    const nextRow = dt.lines[i + 1]?.text ?? ''
    const below = CELLS.test(nextRow) && !RULE_ROW.test(nextRow) ? nextRow.split(CELLS).map((c) => c.trim()) : []
    // (a row about officers: one of its cells names their column or their certificates')
    const aboutOfficers = cells.some((c) => NAME_HEAD.test(c.replace(/[\s\u3000]+/g, '')) || CERT_HEAD.test(c.replace(/[\s\u3000]+/g, '')))
    for (let j = 1; j < cells.length; j++) {
      const head = cells[j - 1].replace(/[\s\u3000]+/g, '')
      const who = cellOf(cells[j])
      if (!who) continue
      const certHead = CERT_HEAD.test((cells[j + 1] ?? '').replace(/[\s\u3000]+/g, ''))
      // (…or, in a row about officers, a name with its certificate in its cell — │杨丽萍  证件号YN53010221077│ — or in the cells after
      // it under their label — │ │邵明远 │执法证号 │TJYJ-2021-0418│, the label's cell spanning the rows above — or in the next cell
      // with its label: 执法人员 | 吴晓峰 | 执法证号：32011524003 | 陈露 | 执法证号：32011524011)
      const labelled = NAME_HEAD.test(head) || /^(?:记录人|调查人|检查人|勘查人|勘察人)$/.test(head)
      if (!labelled && !(aboutOfficers && (who.cert || (certHead && isCert(cells[j + 2])) || (!certHead && isCert(cells[j + 1]))))) continue
      const cert = who.cert ?? (certHead ? isCert(cells[j + 2]) ?? isCert(below[j + 1]) ?? isCert(below[j + 2]) : isCert(cells[j + 1])) ?? isCert(below[j])
      // (a 记录人 counts only with a certificate of its own, and so does a bare 姓名 box: a party's or a witness's table has one)
      if ((/记录人/.test(head) || /^姓名$/.test(head)) && !cert) continue
      const prev = out.find((f) => f.name === who.name)
      if (prev) {
        if (!prev.certNo && cert) prev.certNo = cert
        continue
      }
      if (known.has(who.name)) continue
      const f: OfficerFact = { name: who.name, evidence: evidenceAt(dt, dt.starts[i], dt.ends[i]) }
      if (cert) f.certNo = cert
      out.push(f)
    }
  }
  return out
}

/** Officers named after a label (执法人员：张三（执法证号：…）、李四), each with the certificate number beside it or listed after. */
export function extractOfficers(dt: DocText): OfficerFact[] {
  const text = dt.text
  const out: OfficerFact[] = []
  const seen = new Map<string, OfficerFact>()
  for (const f of tableOfficers(dt)) {
    if (seen.has(f.name)) continue
    seen.set(f.name, f)
    out.push(f)
  }
  OFFICER_LABEL.lastIndex = 0
  let m: RegExpExecArray | null
  // (a two-character name spaced out to align with three-character ones, 林  斌（执法证号：…） or 孙  蕾    执法证号：…, before
  // its certificate; the bracket's label may break over a line on a scan: 陆文倩（消防监 / 督检查证号：3205060233）)
  // (…or a name of the minorities' form with its dot, 艾尔肯·买买提, before its certificate)
  const reItem = new RegExp(`^(${NAME}|[\\u4e00-\\u9fa5][ \\t\\u3000]{1,3}[\\u4e00-\\u9fa5](?=\\s{0,2}[（(]|[ \\t\\u3000]{1,12}(?:(?:行政)?执法证|[\\u4e00-\\u9fa5]{0,4}?证号))|[\\u4e00-\\u9fa5]{1,8}·[\\u4e00-\\u9fa5]{1,10}(?=\\s{0,2}[（(]))\\s{0,2}(?:[（(]\\s{0,2}(?:[^（）()\\n，,]{2,30}[，,]\\s{0,2}(?=[\\u4e00-\\u9fa5]{0,8}证(?:件)?(?:编)?号))?(?:(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|(?:行政)?执法证(?=\\s{0,2}[:：])|(?:[\\u4e00-\\u9fa5]{2,8}?|[\\u4e00-\\u9fa5]{1,7}\\n[\\u4e00-\\u9fa5]{1,7}?)?证号|证件(?:编)?号(?:码)?)\\s{0,2}[:：]?\\s{0,2})?(${CERT})号?\\s{0,2}(?:[)）]|(?=[ \\t\\u3000]*(?:\\n|$)|[\\u4e00-\\u9fa5（）()]{2,8}[:：]))|\\s{0,3}(?:[，,]\\s{0,2})?(?:劳动保障)?[\\u4e00-\\u9fa5]{0,4}?(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|证件(?:编)?号(?:码)?|证号)\\s{0,2}[:：]?\\s{0,2}(?!码?(?:分别|依次))(${CERT})|(?<=[ \\t\\u3000])(?=[A-Za-z]{0,4}-?\\d{5})(?!1[3-9]\\d{9}(?!\\d))(${CERT})(?![\\d年月日:：]))?`)
  while ((m = OFFICER_LABEL.exec(text))) {
    let p = m.index + m[0].length
    // a turn of a record written 询问人：/被询问人：, not a list of officers (询问人：门店海报和公众号推文是谁制作发布的？,
    // 询问人：请介绍一下…): a question, or a run of words no list of names has
    const rest = text.slice(p, text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p))
    if (/询\s?问\s?人/.test(m[0]) && (/[:：]\s*$/.test(m[0]) || /^[ \t\u3000]*[:：]/.test(rest)) && (/[？?]/.test(rest) || (/^[ \t\u3000]*[:：]?[ \t\u3000]*[\u4e00-\u9fa5]{8}/.test(rest) && /[的是请你您我了吗呢么什怎为]/.test(rest)))) continue
    // (a sentence's agent, 经执法人员初步辨认, is no list of names unless a number stands by — but 由执法人员曹岗岗、刘翔制作 names them)
    if (!/[:：]/.test(m[0]) && /[经被向请]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && !/\d{5}/.test(text.slice(p, p + 24))) continue
    // (…nor the officers a question or an answer of a record speaks of, 问：3月18日执法人员查见的…是谁设置的？: the record's own
    // officers are in its head; only a certificate beside the words, or the officers introducing themselves — 问：我们是某局
    // 执法人员张三、李四（出示执法证件） — makes them a list)
    const turn = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)
    if (!/[:：]/.test(m[0]) && /^[ \t\u3000]*[问答][ \t\u3000]*[:：]/.test(turn) && !/(?:我们|我)(?:是|系)[^。；？?]{0,30}$/.test(turn) && !/\d{5}/.test(text.slice(p, p + 24))) continue
    const names: OfficerFact[] = []
    for (let k = 0; k < 6; k++) {
      const r = reItem.exec(text.slice(p))
      if (!r) break
      // a certificate further along the name's own row (询问人：山杰林　工作单位及职务：…　执法证号：豫38348343)
      // the certificate beside the name: in brackets, after 执法证号, or bare after a space
      const inlineCert = r[2] ?? r[3] ?? r[4]
      // (a 复查 record's people are read only with their numbers beside them, as 复查人员：某（执法证号：…）: a bare list of names
      // there is told as the record's, which the check of numbers does not ask of)
      if (k === 0 && /^复 ?查 ?人/.test(m[0]) && !inlineCert) break
      const rowCert = !inlineCert && k === 0 ? ROW_CERT.exec(text.slice(p + r[0].length)) : null
      // a word is no name, unless a certificate stands beside it or on its row (于新宁执法证号…, 记录人：于思平 … 执法证号：…:
      // 于 is a surname too)
      r[1] = r[1].replace(/[ \t\u3000]+/g, '')
      // (…nor a two-character name standing alone after another officer's, set apart by gaps: 高振宇  于丹 — 于 a surname)
      const alone = k > 0 && r[1].length === 2 && /^[ \t\u3000]*(?:\n|$|[ \t\u3000]{2})/.test(text.slice(p + r[1].length)) && looksLikeName(r[1])
      if (NOT_NAME.test(r[1]) && !inlineCert && !(rowCert && r[1].length <= 3 && looksLikeName(r[1])) && !alone) break
      // (a column's name is no officer's, whatever follows it: 执法人员 姓名 执法证号 / 马国强 64010020180215)
      // (…nor the rest of the label and the next column's, a scan's single spaces between the head's cells: 勘测人员 姓名 执法证号
      // read 勘测人 + 员姓名)
      if (/^单位$|^员|姓名|名称|证号|编号|职务/.test(r[1])) break
      let name = r[1]
      // a 2-char name followed by 执法… : the regex may have eaten 执 into a 3–4 char name; so may a verb (刘翔制作)
      // (…or the next box's label run on where a scan lost the gap: 询问人：何静 单位：… read 何静单位)
      const cut = /(执法|证号|单位|职务|监察|执$|持$|在$|于$|单$|职$|亮证|[两二三]人|[两二三]名|等人|等$|等[\d二两三四五六七八九十]|制作|拍摄|对位|到位|核实|检查|询问|调查|记录|送达|出示|现场|依法|进行|持证|负责|带队|陪同|会同|随同|共同)/.exec(name)
      if (cut && cut.index >= 2) name = name.slice(0, cut.index)
      // a word standing where a name could (执法人员调查, 执法人员当即) is no officer; a certificate beside it or on its row
      // makes it one
      // (a name masked with Latin X, 郭X、肖x, as publishers mask one)
      // (…or a name of the minorities' form, no common surname at its head, listed with one that looks like a name:
      // 执法人员娜斯、殷维维到…)
      const pairedName = k === 0 && name.length <= 3 && !NOT_NAME.test(name) && /^、([\u4e00-\u9fa5]{2,3}?)(?=到|对|于|在|前往|赴|依法|进行|，|,|（|\()/.exec(text.slice(p + name.length))
      if (!looksLikeName(name.replace(/[*＊×某XxＸ]+$/, '某')) && !inlineCert && !(rowCert && !NOT_NAME.test(name) && name.length <= 3) && !(pairedName && looksLikeName(pairedName[1]))) break
      // two names of three the line printed a space apart (签名：汪海玉 陈立群), the text's joining of CJK words running them
      // into one: the first ends at the gap, the next is read from there
      const gapAt = !inlineCert && !rowCert && name.length === 4 && dt.cols[p + 3] - dt.cols[p + 2] > 1 && looksLikeName(name.slice(0, 3)) ? 3 : undefined
      if (gapAt && /^[\u4e00-\u9fa5]{2,3}(?![\u4e00-\u9fa5])/.test(text.slice(p + gapAt)) && looksLikeName(/^[\u4e00-\u9fa5]{2,3}/.exec(text.slice(p + gapAt))![0])) {
        names.push({ name: name.slice(0, gapAt), evidence: evidenceAt(dt, p, p + gapAt) })
        p += gapAt
        continue
      }
      // two names the reading ran together where the line had a space between them (张伟 李强 → 张伟李强)
      let split = 0
      // (…the certificates listed on the next line are the two names', in order: 检查人员：王明 刘强 / 执法证号：A B)
      const certBelow = !!r[3] && /\n/.test(r[0].slice(r[1].length))
      let took = r[0].length
      // (…or where one line ended and the next began, the list's 、 at the line's end lost by a scan's reading: 执法人员赵丽 /
      // 田帅对投诉情况进行调查核实)
      const wraps = dt.starts[lineAt(dt, p + 2)] === p + 2
      if (name.length === 4 && (!inlineCert || certBelow) && (dt.cols[p + 2] - dt.cols[p + 1] > 1 || wraps) && !compoundSurname(name) && looksLikeName(name.slice(0, 2)) && looksLikeName(name.slice(2))) {
        names.push({ name: name.slice(0, 2), evidence: evidenceAt(dt, p, p + 2) })
        split = 2
        name = name.slice(2)
        if (certBelow) took = r[1].length
      }
      // (a number wrapped to the next line after its province's character, 豫 / 89259949, is one number)
      const cert = took < r[0].length ? undefined : (inlineCert ?? rowCert?.[1])?.replace(/\s*\n\s*/g, '')
      const f: OfficerFact = { name, evidence: evidenceAt(dt, p + split, p + took) }
      if (cert) f.certNo = cert
      names.push(f)
      p += took
      // (执法人员：张三 执法证号：123；李四 执法证号：456 — a semicolon only after a certificate)
      // (…not the blank rest of a table's cell, │张三（证号…）      │: the next officer may be in the row below)
      // (…nor the officer's unit in a box after the certificate, 周某某执法证号：… 单位：某县林业局: the row ends there)
      // (…nor the officer's unit in brackets after the certificate, broken over the line's end by the page's width:
      // 吴振华执法证编号：34112223005（滁州市生态环境局来安 / 县分局) — the next officer's row follows it; or the certificate's
      // kind there: 刘志刚　执法证号：黑230184013055（黑龙江省行政执法证）)
      const unitRemark = f.certNo ? UNIT_REMARK.exec(text.slice(p)) : null
      if (unitRemark) p += unitRemark[0].length
      const cellEnds = /^[ \t\u3000]*[|｜]?[ \t\u3000]*(?:\n|$)/.test(text.slice(p)) || (!!f.certNo && UNIT_BOX.test(text.slice(p)))
      const sep = cellEnds ? null : (f.certNo ? /^[ \t]{0,2}[、，,和及与 ；;][ \t]{0,2}/ : /^[ \t]{0,2}[、，,和及与 ][ \t]{0,2}/).exec(text.slice(p))
      // (names set apart by a wide gap, 承办人：张伟  李强: the gap went with the name before)
      // (…or by a full-width space the text kept, 王明　刘强: one space left)
      // (…or none, where a scan lost the gap after a certificate in brackets: 包海龙（蒙执字第…号）刘建军（蒙执字第…号）)
      // (…a bracket the reading doubled standing between: 杨帆（51150321007））蒲勇（51150322003)）
      // (…or the gap read as a character and a digit or two, 吴海龙（46010823016）电5林晓东（46010823022）: noise before a name and its
      // certificate in brackets)
      const stray = !!f.certNo && /[)）]\s{0,2}$/.test(r[0]) ? (/^(?:[)）](?=[\u4e00-\u9fa5])|[\u4e00-\u9fa5]?\d{1,2}(?=[\u4e00-\u9fa5]{2,3}\s{0,2}[（(]\s{0,2}[A-Za-z\u4e00-\u9fa5]{0,4}\d{5}))/.exec(text.slice(p))?.[0].length ?? 0) : 0
      const glued = !sep && !!f.certNo && ((/[)）]\s{0,2}$/.test(r[0]) && GLUED_NEXT.test(text.slice(p + stray))) || (/\d\s{0,2}$/.test(r[0]) && GLUED_LABELLED.test(text.slice(p))))
      if (glued) p += stray
      if (!sep && !glued && !(/[ \t\u3000]$/.test(r[0]) && /^[\u4e00-\u9fa5]/.test(text.slice(p)))) {
        // (…or the next officer on the next line as a row of name and bare number, under a head of both: 复查人员及证号 /
        // 周丽萍　22070201015 / 高天宇　22070201022)
        const row = f.certNo && r[4] ? /^[ \t\u3000]*\n[ \t\u3000]*([\u4e00-\u9fa5]{2,4})[ \t\u3000]+([A-Za-z]{0,4}\d{6,20})[ \t\u3000]*(?=\n|$)/.exec(text.slice(p)) : null
        if (row && looksLikeName(row[1]) && !NOT_NAME.test(row[1])) {
          const at = p + row[0].indexOf(row[1])
          names.push({ name: row[1], certNo: row[2], evidence: evidenceAt(dt, at, p + row[0].length) })
          p += row[0].length
          continue
        }
        // (…or the next officer on the next line, set under the first: 卫生监督员：刘晓梅（证号：…） / 　　　何  俊（证号：…）)
        const below = f.certNo ? CONTINUED.exec(text.slice(p)) : null
        if (!below) break
        const name2 = (below[1] ?? below[3]) + (below[2] ?? below[4])
        if (!looksLikeName(name2)) break
        const at = p + below[0].indexOf(below[1] ?? below[3])
        names.push({ name: name2, certNo: below[5] ?? below[6], evidence: evidenceAt(dt, at, p + below[0].length) })
        p += below[0].length
        break
      }
      p += sep?.[0].length ?? 0
    }
    // 执法人员：张三、李四执法证号：123、456 — the label after the last name starts the list of numbers, in order
    const last = names[names.length - 1]
    if (names.length >= 2 && last.certNo && names.slice(0, -1).every((n) => !n.certNo)) {
      let q = p
      const certs = [last.certNo]
      for (;;) {
        const c = new RegExp(`^\\s{0,2}[、，,]?\\s{0,2}(${CERT})`).exec(text.slice(q))
        if (!c) break
        certs.push(c[1])
        q += c[0].length
      }
      if (certs.length === names.length) {
        names.forEach((n, k) => (n.certNo = certs[k]))
        p = q
      }
    }
    // 执法人员：张三、李四  执法证号：123、456
    // (…（执法证号分别为：123、456）)
    // (…or on the next line: 检查人员：王明 刘强 / 执法证号：A B)
    // (…（执法证编号A、B）, …，证件号码分别为A、B)
    // (…（出示执法证件：陕执610431202301127、610431202301135）: the certificates shown, named with a colon)
    const tail = /^\s{0,4}[^\n。]{0,12}?(?:执法证(?:件)?(?:编)?号(?:码)?|证(?:件)?(?:编)?号(?:码)?|执法证件(?=\s{0,2}[:：]))(?:分别为|分别是|依次为)?\s{0,2}[:：]?\s{0,2}/.exec(text.slice(p))
    if (tail && names.some((n) => !n.certNo)) {
      let q = p + tail[0].length
      for (const f of names) {
        const c = new RegExp(`^(${CERT})`).exec(text.slice(q))
        if (!c) break
        // (a number the line's end cut, its digits going on at the next line's start: 分别为37 / 092119060123、37092120080047 —
        // a part too short to be a number, or the two parts as long as the next number; two whole numbers a line each stay two)
        const more = /\d$/.test(c[1]) ? /^\n(\d{1,16})(?=[、，,和\s]|$)/.exec(text.slice(q + c[0].length)) : null
        const nextNo = more ? new RegExp(`^\\s{0,2}[、，,和]\\s{0,2}(${CERT})`).exec(text.slice(q + c[0].length + more[0].length))?.[1] : undefined
        const wrapped = more && (c[1].length < 6 || nextNo?.length === c[1].length + more[1].length) ? more : null
        if (!f.certNo) f.certNo = c[1] + (wrapped?.[1] ?? '')
        q += c[0].length + (wrapped?.[0].length ?? 0)
        q += /^\s{0,2}[、，,和\s]?\s{0,2}/.exec(text.slice(q))![0].length
      }
    }
    for (const f of names) {
      const prev = seen.get(f.name)
      if (prev) {
        if (!prev.certNo && f.certNo) prev.certNo = f.certNo
        continue
      }
      seen.set(f.name, f)
      out.push(f)
    }
  }
  // 由…执法人员史建民（16170021008）主办，张显凤（16170021013）协办: each with the certificate beside the name and
  // the part taken in the case
  const reLead = new RegExp(`(?:(?<=人员)|(?<![\\u4e00-\\u9fa5*＊]))(${NAME})\\s{0,2}[（(]\\s{0,2}(?:执法证(?:件)?号(?:码)?\\s{0,2}[:：]?\\s{0,2})?(${CERT})\\s{0,2}[)）]\\s{0,2}(?:主办|协办|承办)`, 'g')
  for (let l = reLead.exec(text); l; l = reLead.exec(text)) {
    if (seen.has(l[1]) || NOT_NAME.test(l[1])) continue
    const f: OfficerFact = { name: l[1], certNo: l[2], evidence: evidenceAt(dt, l.index, l.index + l[0].length) }
    seen.set(f.name, f)
    out.push(f)
  }
  // A list of names a sentence gives the officers' part (由张三、李四两名执法人员…, 执法证复印件…证明陈昂、孙本堂的身份):
  // each name not read already, with the whole list as its evidence.
  const addListed = (m: RegExpExecArray) => {
    const at = m.index + m[0].indexOf(m[1])
    for (const n of m[1].split(/[、和及]/)) {
      if (seen.has(n) || !looksLikeName(n.replace(/[*＊×某]+$/, '某'))) continue
      const f: OfficerFact = { name: n, evidence: evidenceAt(dt, at, at + m[1].length) }
      seen.set(n, f)
      out.push(f)
    }
  }
  // 由张三、李四两名执法人员对当事人…: the officers named before the word
  const ONE = '(?:[\\u4e00-\\u9fa5]{2,3}|[\\u4e00-\\u9fa5][*＊×Xx]{1,3}[\\u4e00-\\u9fa5]?)'
  const before = new RegExp(`(?:^|[，,。；;\\s]|由|经|派|委派)((?![由经派])${ONE}(?:[、和及]${ONE}){1,5})(?:两|二|三|2|3)名?(?:行政)?执法人员`, 'g')
  for (let b = before.exec(text); b; b = before.exec(text)) addListed(b)
  // 经本局领导批准立案，指定陈琦萍、王林虎负责调查取证工作: the officers the filing assigned to the case
  // (…由刘军飞、唐齐成办理本案; 关*宁、曹*芳为办案人员进行调查)
  const assigned = new RegExp(`(?:指定|指派|确定|安排)(?:由)?(?:执法人员|办案人员|承办人)?(${ONE}(?:[、和及]${ONE}){1,5})(?:二人|两人|同志)?(?:为(?:本案|该案|此案)?的?(?:办案人员?|承办人员?|主办人|调查人员?)|(?:负责|承办|办理|具体负责)[^。；，,]{0,4}?(?:调查|查处|办理|承办|案件|本案|此案|该案))`, 'g')
  for (let m = assigned.exec(text); m; m = assigned.exec(text)) addListed(m)
  // 执法人员的执法证复印件2份，证明陈昂、孙本堂的身份和资格: the evidence list names the officers whose certificates it holds
  const certified = /执法证(?:件)?(?:的)?复印件[^。；\n]{0,12}?证明([\u4e00-\u9fa5*＊]{2,4}?(?:[、和及][\u4e00-\u9fa5*＊]{2,4}?){0,5})(?:等人?)?的?(?:身份|执法资格|执法主体资格)/.exec(text)
  if (certified) addListed(certified)
  // A table's next row under the labelled officer: 「祁雨琴执法证号豫JT975437」 on a line of its own
  // (a PDF table keeps the cells' gaps as runs of spaces: 「于新宁                  执法证号        冀 JT571358」)
  // (…with other boxes of the row after a wide gap: 普丽萍        执法证号：…        工作单位：…)
  const reRow = new RegExp(`(?:^|\\n)[ \\t|]*(${NAME})[ \\t\\u3000]{0,40}(?:执法证(?:件)?号(?:码)?|证号)[ \\t\\u3000]{0,20}[:：]?[ \\t\\u3000]{0,20}(${CERT})(?:[ \\t\\u3000]{2,}(?![^\\n]*(?:执法证|证号))[^\\n]*)?[ \\t|]*(?=\\n|$)`, 'g')
  if (out.length) {
    let row: RegExpExecArray | null
    while ((row = reRow.exec(text))) {
      const name = row[1].replace(/执法?$/, '')
      // the certificate on the row makes it a person's (山思华 has no common surname)
      if (name.length < 2 || NOT_NAME_WORD.test(name)) continue
      // (a name read already without its number — from the signatures at the foot — takes the row's)
      const known = seen.get(name)
      if (known) {
        if (!known.certNo) known.certNo = row[2]
        continue
      }
      const start = row.index + row[0].indexOf(name)
      const f: OfficerFact = { name, certNo: row[2], evidence: evidenceAt(dt, start, row.index + row[0].length) }
      seen.set(name, f)
      out.push(f)
    }
  }
  // a table of officers under its header row (姓名      执法证号 / 孟凡宇    津文旅执120116-0458 / 石  磊    津文旅执…): each
  // row a name and its number, a two-character name spaced to the column's width
  const header = /(?:^|\n)[ \t|｜]*姓[ \t\u3000]{0,3}名[ \t\u3000|｜]{2,}(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|证件(?:编)?号(?:码)?|证号)[ \t|｜]*(?=\n)/g
  const tableRow = new RegExp(`^\\n[ \\t|｜]*([\\u4e00-\\u9fa5](?:[ \\t\\u3000]{0,3}[\\u4e00-\\u9fa5]){1,3})[ \\t\\u3000|｜]{2,}(${CERT})[ \\t|｜]*(?=\\n|$)`)
  for (let h = header.exec(text); h; h = header.exec(text)) {
    let at = h.index + h[0].length
    for (let r = tableRow.exec(text.slice(at)); r; r = tableRow.exec(text.slice(at))) {
      const name = r[1].replace(/[ \t\u3000]+/g, '')
      const start = at + r[0].indexOf(r[1])
      at += r[0].length
      if (NOT_NAME_WORD.test(name) || !looksLikeName(name)) continue
      const known = seen.get(name)
      if (known) {
        if (!known.certNo) known.certNo = r[2]
        continue
      }
      const f: OfficerFact = { name, certNo: r[2], evidence: evidenceAt(dt, start, at) }
      seen.set(name, f)
      out.push(f)
    }
  }
  // 许思远（执法证号：44061707428） anywhere in the text, with no label before it
  const reInline = new RegExp(`(?<![\\u4e00-\\u9fa5·•・])(${NAME})\\s{0,2}[（(]\\s{0,2}执法证(?:件)?号(?:码)?\\s{0,2}[:：]?\\s{0,2}(${CERT})\\s{0,2}[)）]`, 'g')
  let q: RegExpExecArray | null
  while ((q = reInline.exec(text))) {
    // (the number named as an officer's beside it makes it a person's, though the name be no common surname's: 额尔敦 —
    // only a masked name, 额**, still needs a surname to be one)
    if (NOT_NAME.test(q[1]) || seen.has(q[1]) || (/[*＊]/.test(q[1]) && !looksLikeName(q[1]))) continue
    const f: OfficerFact = { name: q[1], certNo: q[2], evidence: evidenceAt(dt, q.index, q.index + q[0].length) }
    seen.set(q[1], f)
    out.push(f)
  }
  // the officers' numbers told together elsewhere in the record, in the order of their names (询问人：张宏宇　李娜 … 问：我们是…
  // 执法人员，执法证件号码分别为津0111230318、津0111230342): given to the names read without one, when the counts agree
  const bare = out.filter((o) => !o.certNo)
  const told = new RegExp(`(?:执法证(?:件)?(?:编)?号(?:码)?|证件号码|(?<!身份)证号)\\s{0,2}(?:分别为|分别是|依次为)?\\s{0,2}[:：]?\\s{0,2}(${CERT}(?:\\s{0,2}[、，,和及]\\s{0,2}${CERT}){1,5})`).exec(text)
  if (told && bare.length >= 2) {
    const certs = told[1].split(/\s{0,2}[、，,和及]\s{0,2}/)
    if (certs.length === bare.length && !certs.some((n) => out.some((o) => o.certNo === n))) bare.forEach((o, k) => (o.certNo = certs[k]))
  }
  // an officer's row of boxes: 单位：某局   姓名：高振宇   执法证号：22032224005 (a 勘验笔录's 勘验人, one row each)
  const reBoxes = new RegExp(`姓\\s?名\\s{0,2}[:：]\\s{0,2}(${NAME})[ \\t\\u3000]{0,20}(?:[^\\n]{0,24}?[ \\t\\u3000])?(?:(?:行政)?执法证(?:件)?(?:编)?号(?:码)?|(?<!身份)证号)\\s{0,2}[:：]?\\s{0,2}(${CERT})`, 'g')
  for (let b = reBoxes.exec(text); b; b = reBoxes.exec(text)) {
    if (NOT_NAME_WORD.test(b[1]) || seen.has(b[1])) continue
    const start = b.index + b[0].indexOf(b[1])
    const f: OfficerFact = { name: b[1], certNo: b[2], evidence: evidenceAt(dt, start, b.index + b[0].length) }
    seen.set(b[1], f)
    out.push(f)
  }
  // 执法证号 on its own line right after a line naming one officer (承办人：张三 / 执法证号：…)
  const reCertLine = new RegExp(`(?:执法证(?:件)?号(?:码)?)\\s{0,2}[:：]\\s{0,2}(${CERT})`, 'g')
  let c: RegExpExecArray | null
  while ((c = reCertLine.exec(text))) {
    const certNo = c[1]
    if (out.some((o) => o.certNo === certNo)) continue
    const before = out.filter((o) => !o.certNo && (o.evidence.line ?? 0) <= (evidenceAt(dt, c!.index, c!.index + 1).line ?? 0))
    if (before.length) before[before.length - 1].certNo = certNo
  }
  // A record naming one officer as 询问人 and another as 记录人, and telling two certificate numbers (询问人：陈建华　记录人：
  // 黄志远 … 执法证号闽林执35042701、闽林执35042709): the 记录人 is the second officer, the numbers theirs in order
  if (out.length === 1) {
    const rec = new RegExp(`记\\s?录\\s?[人员]\\s{0,2}[:：]\\s{0,2}(${NAME})`).exec(text)
    const two = new RegExp(`(?:执法证(?:件)?(?:编)?号(?:码)?|证件号码|证号)(?:分别为|分别是|依次为|为)?\\s{0,2}[:：]?\\s{0,2}(${CERT})\\s{0,2}[、，,和及]\\s{0,2}(${CERT})(?![、，,和及]\\s{0,2}[A-Za-z\\u4e00-\\u9fa5]{0,4}\\d)`).exec(text)
    const first = out[0]
    if (rec && two && rec[1] !== first.name && looksLikeName(rec[1]) && !NOT_NAME.test(rec[1]) && (!first.certNo || first.certNo === two[1])) {
      first.certNo ??= two[1]
      const at = rec.index + rec[0].indexOf(rec[1])
      const f: OfficerFact = { name: rec[1], certNo: two[2], evidence: evidenceAt(dt, at, at + rec[1].length) }
      seen.set(f.name, f)
      out.push(f)
    }
  }
  // A name the record gives another part — 技术人员：宜宾市叙州区测绘院 张涛, 见证人：…, 在场人：… — signing among the officers
  // (勘测人签名：罗志强 熊艳 张涛) is no officer, unless a certificate of his own is read
  const others = [...text.matchAll(OTHER_PART)].map((o) => o[1])
  // (two names read already, run into one where a scan lost the gap between signatures: 艾尔肯·吐尔逊马建国 — no third officer)
  const runTogether = (f: OfficerFact) => !f.certNo && out.some((a) => a !== f && out.some((b) => b !== f && b !== a && f.name === a.name + b.name))
  const officers = out.filter((f) => !runTogether(f))
  return others.length ? officers.filter((f) => f.certNo || !others.some((o) => o.includes(f.name))) : officers
}

/** A box of a record naming a person present in a part other than an officer's: the box's words up to the next box. */
const OTHER_PART = /(?:技术人员|专业技术人员|见证人|在场人|鉴定人|翻译人员?|证人|陪同人员?|检测人员?|测绘人员?|被检查人|被询问人|当事人)(?:签名|签字|姓名)?\s{0,2}[:：]([^\n:：]{0,40})/g
