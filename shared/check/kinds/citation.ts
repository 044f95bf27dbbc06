/**
 * citation: every legal citation of the case's own documents, against the law database as of the document's date.
 *   citation-wrong-law    no law of that title exists;
 *   citation-outdated     the numbering is a superseded version's: the article, paragraph or item does not exist in the
 *                         version in force, or exists but speaks of something else while the old one fits (行政处罚法
 *                         2017 第三十一条 cited for 告知 in 2023, since 2021-07-15 第四十四条);
 *   citation-nonexistent  the article, paragraph or item exists in no version in force before the date;
 *   citation-mismatch     (added kind) the article exists but its text does not speak of what the document cites it
 *                         for, judged by key terms (shared/law/topic-match.ts): always to verify.
 * Quoted citations (statute text quoted inside a document) are not the case's own and are not checked.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import { ROLE_DOCS, ownWords } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable, readOffScan } from '../outcome'
import { dayOf } from '../dates'
import { writtenTitles } from '../titles'
import { citationFits, longestSharedRun } from '../../law/topic-match'
import { olderNumbering, wrongPenaltyLaw } from '../wrong-law'
import { formatProvision, formatArticle } from '../../law/article'
import { versionAt } from '../../law/version-at'
import type { LawLookup, LawVersionInfo } from '../../law/types'
import type { Citation, CitationRole, DateRole, DocFacts, DocType, Evidence } from '../../types'
import { PROSE_DOC_TYPES } from '../../types/documents'
import { regionOf } from '../../extract/places'

/** Papers the agency keeps for itself, whose citations its notice and decision repeat. */
const INTERNAL_PAPERS: ReadonlySet<DocType> = new Set<DocType>(['立案审批表', '案件调查终结报告', '法制审核意见书', '集体讨论记录'])

/** A warning decided (给予警告, 处警告, 予以警告), not one proposed. */
const WARNING_ONLY = /(?<!拟)(?:给予|处以?|予以)[^。；]{0,12}警告/

const ROLE_FIELD: Record<CitationRole, string> = { violated: '违法依据', penalty: '处罚依据', procedure: '程序依据', other: '引用依据' }

/** The date a document speaks as of: its own step's date, else its signing date, else the decision's. */
export function docDate(view: CaseView, doc: DocFacts): string | undefined {
  const roles = (Object.keys(ROLE_DOCS) as DateRole[]).filter((r) => ROLE_DOCS[r]!.includes(doc.docType))
  // (a 听证告知书 is dated as the notice it is: its 告知 date is its own)
  if (doc.docType === '听证告知书') roles.push('告知')
  const own = view.dates(doc).filter((d) => roles.includes(d.role) || d.role === '文书落款')
  const days = own.map(dayOf).filter((d): d is string => !!d).sort()
  if (days.length) return days[days.length - 1]
  const dec = view.roleDates('决定').map((x) => dayOf(x.fact)).filter((d): d is string => !!d).sort()
  return dec[dec.length - 1]
}

/** A title that names a national law or State Council regulation: the database holds all of these. */
/**
 * From when the law database holds the national laws and regulations repealed since (its sources were gathered from 2016
 * on: 公司登记管理条例, repealed 2022, is held; 食品卫生法, repealed 2009, is not).
 */
const OLD_LAWS_HELD_FROM = '2016-01-01'

function nationalTitle(title: string): boolean {
  const t = title.replace(/[《》\s]/g, '')
  // (a ministry's rule or a normative document titled with the country's name — 中华人民共和国海关加工贸易货物监管办法,
  // 中华人民共和国海关行政处罚裁量基准（一）, 中华人民共和国土地管理法实施细则 — is no law or State Council regulation: the
  // database need not hold it)
  if (/^中华人民共和国/.test(t)) return /[^办]法$|条例$/.test(t)
  if (/(?:省|市|自治区|自治州|县|区|盟)/.test(t.replace(/城市|城乡|市容|市场|都市/g, ''))) return false
  return /[^办]法$|条例$/.test(t)
}

/**
 * A local law's place and the agency's, where the title opens with a province or a city other than the agency's (its
 * province another, or both in one province and the law a city's of another city); null where either place is unknown.
 */
function outsideTerritory(view: CaseView, title: string): { law: string; agency: string; at: string } | null {
  const agency = view.facts.agency
  if (!agency || /^中华人民共和国/.test(title.replace(/[《\s]/g, ''))) return null
  const law = regionOf(title)
  if (!law) return null
  const own = regionOf(agency)
  if (!own) return null
  const cityLaw = !!law.city && law.city !== law.province
  if (law.province !== own.province) return { law: cityLaw ? law.city! : law.province, agency, at: own.city && own.city !== own.province ? `${own.province}${own.city}` : own.province }
  if (cityLaw && own.city && own.city !== law.city) return { law: law.city!, agency, at: own.city }
  return null
}

function fieldOf(c: Citation, doc: DocFacts): string {
  if (c.role === 'procedure' && /告知书/.test(doc.docType)) return '告知依据'
  return ROLE_FIELD[c.role] ?? '引用依据'
}

function label(c: Citation): string {
  return formatProvision({ article: c.article, articleSub: c.articleSub, paragraph: c.paragraph, item: c.item })
}

export function checkCitation(view: CaseView, doc: DocFacts, c: Citation, written: string, reported: Set<string>): Draft | null {
  const laws = view.ctx.laws
  const res = laws.resolveTitle(written)
  const field = fieldOf(c, doc)
  const base = { docTypes: [doc.docType], field, evidence: [c.evidence], key: `${written}|${label(c)}|${c.role}` }
  // A law a later one repealed (…《中华人民共和国环境噪声污染防治法》同时废止), cited in a document dated after the repeal:
  // the repealing law applied — unless the conduct came before it (从旧兼从轻, 行政处罚法 第三十七条), then the old law may
  repealed: {
    const repeal = laws.repealOf?.(written) ?? (res ? laws.repealOf?.(res.title) : null)
    const decided = docDate(view, doc)
    if (!repeal || !decided || decided < repeal.on) break repealed
    const conduct = view.conductDay()
    if (conduct && conduct < repeal.on) break repealed
    if (reported.has(`repealed:${written}`)) return null
    reported.add(`repealed:${written}`)
    return {
      ...base,
      kind: 'citation-wrong-law',
      message: `${doc.docType}（${decided}）引用的《${written}》已于${repeal.on}废止（《${repeal.byTitle}》自该日起施行）${conduct ? `，违法行为发生于${conduct}，应适用《${repeal.byTitle}》` : '；未读出违法行为发生日期，行为若在废止之前，可依从旧兼从轻原则适用原法，请核对'}`,
      ...(conduct ? {} : { status: 'verify' as const }),
      key: `repealed:${written}`,
    }
  }
  // A local regulation or rule of another province, or of another city, than the agency's: a local law binds only inside
  // the area of the body that made it (立法法 2023 第八十条, 第八十一条: made for 本行政区域, 本市; 第九十三条 for rules), so
  // a 四川 agency cannot penalise under a 北京 regulation
  // (a person confirms: the agency's place is read from its name)
  const territory = outsideTerritory(view, res?.title ?? written)
  if (territory) {
    if (reported.has(`territory:${written}`)) return null
    reported.add(`territory:${written}`)
    return {
      ...base,
      kind: 'citation-wrong-law',
      message: `${doc.docType}引用的《${written}》为${territory.law}的地方性法规或规章，执法机关${territory.agency}在${territory.at}；地方性法规、规章只在制定机关的行政区域内适用，请核对本案的法律依据`,
      status: 'verify',
      key: `territory:${written}`,
    }
  }
  if (!res) {
    // One finding per wrong title and document; its back-references (该法第…条) are not judged against another law.
    if (reported.has(written)) return null
    reported.add(written)
    // a back-reference (该法, 同法) the reading could not tie to a law named before it is no title at all
    if (/^(?:该|同|本|上述)(?:法律?|条例|规定|办法|细则)$/.test(written))
      return { ...base, kind: 'citation-wrong-law', message: `${doc.docType}引用的“${written}”${label(c)}未能确定所指的法律，无法核对`, status: 'undetermined' }
    // a title the publisher masked is not a wrong title
    if (/[*＊×]|XX/.test(written))
      return { ...base, kind: 'citation-wrong-law', message: `${doc.docType}引用的《${written}》标题被遮盖，无法核对`, status: 'undetermined' }
    // a title carrying letters or a stray bracket (a pinyin gloss a copy left in and a line broke: 环境影响评(píng / )价法):
    // the words cannot be read for sure, so neither can the law
    if (/[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|^[^（(]*[)）]|[（(][^)）]*$/.test(written))
      return { ...base, kind: 'citation-wrong-law', message: `${doc.docType}引用的法规名称《${written}》夹有无法识别的字符，无法核对`, status: 'undetermined' }
    const national = nationalTitle(written)
    // A law the database knows was repealed (《中华人民共和国执业医师法》, repealed when 医师法 took effect) but holds no text
    // of, cited by a paper made before the repeal or undated: a real law of its time, only not checkable
    const gone = laws.repealOf?.(written)
    const madeOn = docDate(view, doc)
    if (gone && (!madeOn || madeOn < gone.on))
      return { ...base, kind: 'citation-wrong-law', message: `法规库未收录《${written}》的文本（该法已于${gone.on}废止，由《${gone.byTitle}》取代），无法核对${doc.docType}引用的${label(c)}`, status: 'undetermined' }
    const near = c.law && c.law !== written && laws.resolveTitle(c.law) ? `，最接近的法规名称为《${c.law}》` : ''
    // 《…暂行规定》 / 《…试行办法》 beside a held 《…规定》: the provisional edition the later one replaced, which the
    // database does not hold (市场监督管理行政处罚程序暂行规定, 2019–2021): not a wrong title, only one not checkable
    const provisional = !!near && written.replace(/[（(]?(?:暂行|试行)[）)]?/g, '') === c.law
    if (provisional)
      return { ...base, kind: 'citation-wrong-law', message: `法规库未收录《${written}》（可能为《${c.law}》之前的暂行、试行版本），无法核对${doc.docType}引用的${label(c)}`, status: 'undetermined' }
    // Read by OCR, a title one or two characters off a real one may be a misreading: a reviewer confirms.
    const misread = !!near && readOffScan(c.evidence)
    // A national law or State Council regulation the database would hold: a wrong title (a person confirms a near miss).
    // Any other title (a local regulation, a ministry rule, a normative document) may simply not be in the data.
    if (!national && !near)
      return { ...base, kind: 'citation-wrong-law', message: `法规库未收录《${written}》，无法核对${doc.docType}引用的${label(c)}（可能为地方性法规、规章或规范性文件）`, status: 'undetermined' }
    // (…but the database holds the laws repealed before its sources were gathered only in part — 食品卫生法 (repealed
    // 2009), 城市规划法 (2008) and 治安管理处罚条例 (2006) are not in it —, so a paper made before 2016, or undated, may
    // cite a law of its time the database never held: a person confirms)
    const decided = docDate(view, doc)
    // (…nor does it hold what was passed after its last national text: a paper made after that may cite a newer law)
    const reach = laws.currency?.().byCategory.filter((x) => x.category === '法律' || x.category === '行政法规').map((x) => x.newest).filter((d): d is string => !!d).sort().pop()
    if (national && !near && decided && reach && decided > reach)
      return { ...base, kind: 'citation-wrong-law', message: `法规库收录的法律、行政法规至${reach}，${doc.docType}作出于${decided}，所引《${written}》可能为其后公布的法律、行政法规，无法核对${label(c)}`, status: 'undetermined' }
    const oldPaper = national && !near && (!decided || decided < OLD_LAWS_HELD_FROM)
    if (oldPaper)
      return {
        ...base,
        kind: 'citation-wrong-law',
        message: `${doc.docType}${decided ? `（${decided}）` : ''}引用的《${written}》不在法规库中；法规库未收齐${OLD_LAWS_HELD_FROM.slice(0, 4)}年以前废止的法律、行政法规，可能为当时有效的旧法，请核对`,
        status: 'verify',
      }
    return {
      ...base,
      kind: 'citation-wrong-law',
      message: `${doc.docType}引用的《${written}》在法规库中不存在${national ? '（无此法律、行政法规名称' : '（可能为法规库未收录的地方性法规或规章，请核对'}${near}）`,
      status: national && !misread ? 'open' : 'verify',
    }
  }
  if (!Number.isInteger(c.article) || c.article <= 0) return null
  const date = docDate(view, doc)
  const versions = res.versions
  const cur: LawVersionInfo | null = versionAt(laws, res, date)
  const what = `《${res.title}》${label(c)}`
  if (!cur) {
    return { ...base, kind: 'citation-outdated', message: `${doc.docType}（${date}）引用${what}，而该法规当时尚未施行，请核对`, status: 'undetermined' }
  }
  // A paper of the case names a revision of the law newer than any text the data holds ((2022年修订)): what the data says
  // of the article is not what that text says — its numbers may have moved
  const unheld = view.unheldRevision(res.title)
  if (unheld) {
    if (reported.has(`unheld:${res.title}`)) return null
    reported.add(`unheld:${res.title}`)
    return { ...base, kind: 'citation-outdated', message: `案卷中的文书注明《${res.title}》为${unheld.year}年修订的文本，法规库只收录到${unheld.newest}版本，无法核对${doc.docType}引用的${label(c)}（法规库未收录）`, status: 'undetermined', key: `unheld:${res.title}` }
  }
  const ref = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
  const curStart = cur.inForceFrom ?? cur.versionDate
  const older = versions.filter((v) => v.id !== cur.id && (v.inForceFrom ?? v.versionDate) < curStart).reverse()
  // The version in force when the conduct happened also counts (从旧兼从轻, 行政处罚法 第三十七条): for the provision
  // violated, and for the penalty the old text gave where it is not heavier — which a reviewer weighs, not this check
  // (a 法制审核意见书: 依照…第三十七条适用《某法》（2018年修正）第三十三条第（二）项, the conduct in 2022, the revision in force 2023)
  // — but not for a provision of procedure, which follows the text in force when the step is taken (程序从新): a 2022 notice
  // citing the 2017 行政处罚法's 第三十一条 for conduct of 2020 is outdated
  const violationDay = c.role !== 'procedure' ? view.roleDates('违法行为发生').map((x) => dayOf(x.fact)).find(Boolean) : undefined
  const atViolation = violationDay ? laws.versionOn(res.title, violationDay) : null
  const moved = (old: LawVersionInfo): string => {
    const m = laws.articleMap?.(old.id, cur.id, c.article, c.articleSub)
    if (!m) return ''
    if (!m.to.length) return `，${cur.versionDate}版本已无对应条文`
    return `，现为${m.to.map((n) => formatArticle(n)).join('、')}`
  }
  const prov = laws.provision(cur.id, c.article, ref)
  const sentence = view.sentenceOf(c.evidence)
  if (!prov) {
    if (atViolation && atViolation.id !== cur.id && laws.provision(atViolation.id, c.article, ref)) return null
    for (const old of older) {
      if (!laws.provision(old.id, c.article, ref)) continue
      // Without the document's date the version that applied is unknown: the older text may be the right one.
      if (!date)
        return { ...base, kind: 'citation-outdated', message: `${doc.docType}未读出作出日期，无法确定${what}适用的版本（该条款见于${old.versionDate}版本，现行${cur.versionDate}版本中不存在）`, status: 'undetermined' }
      return {
        ...base,
        kind: 'citation-outdated',
        message: `${doc.docType}引用${what}，该条款在${date}适用的${cur.versionDate}版本中不存在，系已被取代的${old.versionDate}版本的条文序号${moved(old)}`,
      }
    }
    // Without the decision's date, a case told with days before this text came into force may have been decided under
    // an earlier text the database does not hold (安全生产法: a 2021-06 inspection, the 2021 amendment in force 2021-09-01,
    // the 2014 numbering cited): which text applied is unknown.
    if (!date) {
      const earliest = view.earliestDay()
      if (earliest && earliest < curStart)
        return { ...base, kind: 'citation-nonexistent', message: `${doc.docType}未读出作出日期，案卷中的日期（${earliest}）早于法规库所收${what}所在文本（${cur.versionDate}版本）的施行日期${curStart}，当时施行的可能是法规库未收录的较早文本，无法核对条文序号`, status: 'undetermined' }
    }
    // A text the law database holds without articles (judicial interpretations numbered 一、二、…) cannot tell.
    if (cur.articleCount === 0) {
      return { ...base, kind: 'citation-nonexistent', message: `${doc.docType}引用${what}，法规库中该法规的文本未分条，无法核对条文序号`, status: 'undetermined' }
    }
    if (cur.dateFit === 'earlier-text-missing' || cur.dateFit === 'start-unknown') {
      return { ...base, kind: 'citation-nonexistent', message: `${doc.docType}引用${what}，法规库中没有当时施行的文本，无法核对条文序号`, status: 'undetermined' }
    }
    const art = laws.provision(cur.id, c.article, { articleSub: c.articleSub })
    // (an article past the end of a text the database holds cut short: unknown, not nonexistent)
    if (!art && cur.textCut && cur.articleCount && c.article > cur.articleCount)
      return { ...base, kind: 'citation-nonexistent', message: `${doc.docType}引用${what}，法规库所收该法规文本不完整（止于第${cur.articleCount}条），无法核对该条款`, status: 'undetermined' }
    let detail: string
    if (!art) detail = `该法（${cur.versionDate}版本）${cur.articleCount ? `共${cur.articleCount}条，` : ''}没有${formatArticle(c.article, c.articleSub)}`
    else if (c.paragraph && c.paragraph > art.paragraphCount) detail = `${formatArticle(c.article, c.articleSub)}只有${art.paragraphCount}款`
    else {
      const para = c.paragraph ? laws.provision(cur.id, c.article, { articleSub: c.articleSub, paragraph: c.paragraph }) : art
      detail = `${formatProvision({ article: c.article, articleSub: c.articleSub, paragraph: c.paragraph })}${para && para.itemCount ? `只有${para.itemCount}项` : '没有分项'}`
    }
    // (…and where another law the same paper says was broken has that provision — 违反《职业病防治法》第三十五条…依据《安全
    // 生产法》第七十一条第（四）项 —, the penalty article of the violated law is likely cited under another law's name: said)
    let hint = ''
    if (c.role === 'penalty') {
      for (const v of view.citations(doc)) {
        if (v.role !== 'violated') continue
        const vr = laws.resolveTitle(v.law)
        if (!vr || vr.title === res.title) continue
        const vv = versionAt(laws, vr, date)
        if (vv && laws.provision(vv.id, c.article, ref)) {
          hint = `；同一文书认定违反的《${vr.title}》有此条款，可能引错法律名称`
          break
        }
      }
    }
    return { ...base, kind: 'citation-nonexistent', message: `${doc.docType}引用${what}，该条款不存在：${detail}${hint}` }
  }
  const noPower = seizureWithoutPower(view, doc, c, cur, sentence)
  if (noPower)
    return {
      ...base,
      kind: 'citation-wrong-law',
      message: `${doc.docType}以${what}为${noPower}的依据，该条款${c.item ? '（连同其所属条款的引导语）' : ''}未规定${noPower}，请核对实施行政强制措施的法律依据（行政强制法第十条、第二十四条第二款第（二）项）`,
      status: 'verify',
    }
  // (an item that does not fit alone is read with the words that lead into the items: 行政处罚法 第六十八条第（一）项, 依法给予
  // 一百元以下罚款的, is cited for what the article's lead says of it — 执法人员可以当场收缴罚款)
  // (…and a penalty provision cited with others before 本机关决定： is applied to the items listed after it: 没收违法所得 under
  // 行政处罚法 第二十八条第二款, the fine under the sector's article)
  const items = c.role === 'penalty' ? view.itemsLedInto(c.evidence) : ''
  const alone = citationFits(prov.text, sentence + items)
  const lead = c.item && alone.fits === false ? (laws.provision(cur.id, c.article, { articleSub: c.articleSub, paragraph: c.paragraph })?.text.split(/[（(]一[)）]/)[0] ?? '') : ''
  const withLead = lead ? citationFits(lead + prov.text, sentence + items) : null
  const fit = withLead?.fits === true ? withLead : alone
  // (…the penalty basis too: 依据《土地管理法》第七十三条第一款 处恢复植被和林业生产条件所需费用…的罚款, the words of 森林法 第七十三条
  // 第一款, the law the same paper says was violated)
  const elsewhere = (c.role === 'violated' || c.role === 'penalty') && PROSE_DOC_TYPES.has(doc.docType) ? conductUnderOtherLaw(view, doc, c, res.title, prov.text, date) : null
  if (elsewhere)
    return {
      ...base,
      kind: 'citation-wrong-law',
      message: `${doc.docType}以${what}为${c.role === 'penalty' ? '处罚' : '违法'}依据，该条款的内容与所述${c.role === 'penalty' ? '处罚' : '行为'}不符；所述${c.role === 'penalty' ? '处罚' : '行为'}（“${elsewhere.conduct}”）见于同一文书所引《${elsewhere.law}》的${label(c)}，法律名称可能引错，请核对`,
      status: 'verify',
    }
  // The provision's words as the paper quotes them (…第五十条“在产品中掺杂、掺假……”的规定): words the cited article does not
  // hold are another article's — the law's name or the number may be wrong; where another law the paper cites holds them
  // at that number, it is named
  // (only for a paper dated within the texts the data holds: one made before the first of them may quote an older text)
  const firstHeld = versions.map((v) => v.inForceFrom ?? v.versionDate).sort()[0]
  const quote = (c.role === 'violated' || c.role === 'penalty') && PROSE_DOC_TYPES.has(doc.docType) && date && firstHeld && date >= firstHeld ? quoteAfter(view, c.evidence) : null
  if (quote) {
    // (…in whichever version of the law: a decision of 2018 quotes the article as it then read; whether the number is
    // outdated is another question, asked above)
    const held = versions.some((v) => {
      const t = laws.provision(v.id, c.article, { articleSub: c.articleSub })?.text
      return !!t && longestSharedRun(quote, t).length >= QUOTE_SHARES
    })
    if (!held) {
      let holder = ''
      for (const other of view.citations(doc)) {
        const or = other.law && other.law !== res.title ? laws.resolveTitle(other.law) : null
        if (!or || or.title === res.title) continue
        const ov = versionAt(laws, or, date)
        const op = ov ? laws.provision(ov.id, c.article, { articleSub: c.articleSub }) : null
        if (op && longestSharedRun(quote, op.text).length >= QUOTE_SHARES * 2) {
          holder = `；所引述的文字见于同一文书所引《${or.title}》的${formatArticle(c.article)}，法律名称可能引错`
          break
        }
      }
      return {
        ...base,
        kind: 'citation-wrong-law',
        message: `${doc.docType}引用${what}并引述其内容“${quote.length > 40 ? `${quote.slice(0, 40)}……` : quote}”，而法规库中该条款并无此内容${holder}，请核对`,
        status: 'verify',
      }
    }
    // (…held at that number only by a replaced text, while the text in force holds the words at another number: the number
    // is the replaced text's — 野生动物保护法 第四十八条第二款 quoted as the 2022 text's 第五十二条第二款 reads)
    const moved = quoteMoved(laws, quote, c, cur, older)
    if (moved)
      return {
        ...base,
        kind: 'citation-outdated',
        message: `${doc.docType}（${date}）引用${what}并引述其内容，${date}适用的${cur.versionDate}版本中该条并无此内容，所引述的文字见于该版本的${formatArticle(moved)}；所引可能是修订前的条文序号，请核对`,
        status: 'verify',
      }
  }
  const renumbered = c.role === 'penalty' && date ? conductMoved(view, doc, c, cur, older, prov.text) : null
  if (renumbered)
    return {
      ...base,
      kind: 'citation-outdated',
      message: `${doc.docType}（${date}）以${what}处罚“${renumbered.conduct}”，这是${renumbered.old.versionDate}版本该条款规定的行为；${date}适用的${cur.versionDate}版本中该条款规定的是其他行为${renumbered.now ? `，该行为现规定于${renumbered.now}` : ''}，所引可能是修订前的条文序号，请核对`,
      status: 'verify',
    }
  // …or the fine fits the provision of that number in the text replaced and not in the text in force
  const fines = c.role === 'penalty' ? [...new Set(view.amounts(doc).filter((a) => a.role === '罚款').map((a) => a.yuan))] : []
  const byFine = fines.length === 1 ? olderNumbering(view, doc, fines[0], [c]) : null
  if (byFine)
    return {
      ...base,
      kind: 'citation-outdated',
      message: `${doc.docType}（${date}）以${what}处罚，罚款${fines[0]}元在${byFine.old.versionDate}版本该条款的幅度内，而不在${date}适用的${cur.versionDate}版本该条款的幅度内，两个版本该条款的内容不同${byFine.now ? `（${byFine.old.versionDate}版本该条现为${byFine.now}）` : ''}，所引可能是修订前的条文序号，请核对`,
      status: 'verify',
    }
  // (a penalty basis whose text in force names no penalty at all — 农产品质量安全法 2022 第四十七条, on random checks — is no
  // basis, whatever words it lacks to compare: the number may be the replaced text's, asked below)
  const noPenalty = c.role === 'penalty' && !PENALTY_WORDS.test(laws.provision(cur.id, c.article, { articleSub: c.articleSub })?.text ?? prov.text)
  if (fit.fits !== false && !noPenalty) return null
  for (const old of older) {
    const op = laws.provision(old.id, c.article, ref)
    if (!op) continue
    // (…where the fit is unknown, only a number that imposed a penalty in the replaced text: 2018 第四十七条 …可以处二千元以下罚款)
    if (noPenalty && fit.fits !== false && !PENALTY_WORDS.test(laws.provision(old.id, c.article, { articleSub: c.articleSub })?.text ?? op.text)) continue
    // The old text fits, or the article it became (行政处罚法 2017 第三十一条 → 2021 第四十四条) fits.
    const of = citationFits(op.text, sentence)
    const map = laws.articleMap?.(old.id, cur.id, c.article, c.articleSub)
    const successorFits =
      !!map && !map.to.includes(c.article) && map.to.some((n) => {
        const np = laws.provision(cur.id, n)
        return !!np && citationFits(np.text, sentence).fits === true
      })
    if (of.fits !== true && !successorFits) continue
    // Without the document's date the version that applied is unknown.
    return {
      ...base,
      kind: 'citation-outdated',
      message: `${doc.docType}${date ? `（${date}）` : ''}引用${what}用于${fit.sentenceTopics.join('、')}，这是已被取代的${old.versionDate}版本的条文序号${moved(old)}；${cur.versionDate}版本的${label(c)}规定的是${fit.provisionTopics.join('、') || '其他事项'}`,
      ...(date ? {} : { status: 'undetermined' as const }),
    }
  }
  if (atViolation && atViolation.id !== cur.id) {
    const vp = laws.provision(atViolation.id, c.article, ref)
    if (vp && citationFits(vp.text, sentence).fits !== false) return null
  }
  // The key terms are procedural (告知, 听证, 送达 …): a violated or penalty provision describes conduct, which they
  // cannot judge, so only procedure and other citations are held to them.
  if (c.role === 'violated' || c.role === 'penalty') return null
  // A sentence citing several articles (依据…第四十四条、第六十四条…，告知你陈述、申辩和听证的权利) states one purpose
  // for them all: which of them serves which part of it the words do not say.
  if ((sentence.match(/第[一二三四五六七八九十百零〇\d]+条/g) ?? []).length > 1) return null
  return {
    ...base,
    kind: 'citation-mismatch',
    message: `${doc.docType}引用${what}，但该条款与引用目的不符：${fit.reason}，请核对`,
    status: 'verify',
  }
}


/** The words of a provision that grants a seizure (查封、扣押, and the forms sector laws give it). */
const SEIZURE_GRANTED = /查封|扣押|扣留|暂扣|封存|先行登记保存|(?:行政)?强制措施/
/** A paper's sentence taking the measure (决定…予以扣押, 实施查封), not lifting or extending it. */
const SEIZURE_TAKEN = /(?:决定|予以|实施|采取|依法)[^。；]{0,40}?(查封|扣押)/
const SEIZURE_NOT_TAKEN = /解除|延长|返还|退还/

/**
 * A 查封/扣押 decision's basis that grants no such power (安全生产法 第六十五条第一款第（三）项, on ordering hazards removed,
 * cited for seizing petrol that item (四) grants): the cited provision — an item with the words leading into the items — names
 * no seizure, nor does any other the same sentence cites (the procedure laws grant none: 行政强制法 第十条); the measure taken,
 * or null.
 */
function seizureWithoutPower(view: CaseView, doc: DocFacts, c: Citation, cur: LawVersionInfo, sentence: string): string | null {
  if (doc.docType !== '行政强制措施决定书' || PROCEDURE_LAWS.test(c.law ?? '')) return null
  const taken = SEIZURE_TAKEN.exec(sentence)
  if (!taken || SEIZURE_NOT_TAKEN.test(sentence)) return null
  const laws = view.ctx.laws
  const words = (x: Citation, v: LawVersionInfo) => {
    const at = laws.provision(v.id, x.article, { articleSub: x.articleSub, paragraph: x.paragraph, item: x.item })?.text ?? ''
    const lead = x.item ? (laws.provision(v.id, x.article, { articleSub: x.articleSub, paragraph: x.paragraph })?.text.split(/[（(]一[)）]/)[0] ?? '') : ''
    return lead + at
  }
  if (SEIZURE_GRANTED.test(words(c, cur))) return null
  for (const o of view.citations(doc)) {
    if (o === c || view.sentenceOf(o.evidence) !== sentence) continue
    if (PROCEDURE_LAWS.test(o.law ?? '')) continue
    const r = o.law ? laws.resolveTitle(o.law) : null
    const v = r ? versionAt(laws, r, docDate(view, doc)) : null
    if (!v || SEIZURE_GRANTED.test(words(o, v))) return null
  }
  return /查封/.test(sentence) && /扣押/.test(sentence) ? '查封、扣押' : taken[1]
}
const PROCEDURE_LAWS = /^(?:中华人民共和国)?(?:行政处罚法|行政强制法)$/

/**
 * A violated provision cited under another law's name (违反了《中华人民共和国气象法》…第三十条第一款, where 气象法 第三十条 is on
 * 人工影响天气 and the conduct told — 向社会发布…气象灾害预警信号 — is what 《气象灾害防御条例》第三十条第一款, the law the
 * same decision cites for the penalty, forbids): the cited provision shares no conduct with the decision's own words, and
 * the same article and paragraph of another law the document cites shares a long run of them.
 */
function conductUnderOtherLaw(view: CaseView, doc: DocFacts, c: Citation, title: string, text: string, date: string | undefined): { law: string; conduct: string } | null {
  const own = ownWords(view, doc)
  if (longestSharedRun(own, text).length >= 4) return null
  const laws = view.ctx.laws
  const others = new Set<string>()
  for (const x of view.citations(doc)) {
    const r = laws.resolveTitle(writtenTitles(doc).get(x) ?? x.law)
    if (r && r.title !== title) others.add(r.title)
  }
  for (const other of others) {
    const r = laws.resolveTitle(other)
    const v = r ? versionAt(laws, r, date) : null
    const op = v ? laws.provision(v.id, c.article, { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }) : null
    if (!op) continue
    // (a run this long may be a shared noun, 土地利用总体规划: the case's other papers citing that law's same provision, or
    // a much longer run, make it the conduct)
    const run = longestSharedRun(own, op.text)
    // (a law's name and article the two texts both mention is no conduct: 土地管理法第七十七条)
    if (/第[零〇一二两三四五六七八九十百千\d]+条|(?:法|条例|规定|办法)第/.test(run)) continue
    const citedElsewhere = view.facts.documents.some((d) => d !== doc && view.citations(d).some((x) => x.article === c.article && (x.paragraph ?? 0) === (c.paragraph ?? 0) && laws.resolveTitle(writtenTitles(d).get(x) ?? x.law)?.title === other))
    // (…or, on a lone paper, a run of ten or more with the law the paper's penalty basis: 采用密闭式防尘网遮盖 of 大气污染防治法
    // 第六十九条第三款, the paper citing 固体废物污染环境防治法 第六十九条第三款 as violated and 大气污染防治法 for the penalty)
    const penaltyLaw = view.citations(doc).some((x) => x.role === 'penalty' && laws.resolveTitle(writtenTitles(doc).get(x) ?? x.law)?.title === other)
    if (run.length >= CONDUCT_RUN && (citedElsewhere || run.length >= 2 * CONDUCT_RUN || (penaltyLaw && run.length >= CONDUCT_RUN + 2))) return { law: other, conduct: run }
  }
  return null
}

/** Shared conduct this long (擅自改装已取得车辆营运证的车辆) ties a decision to a provision's words. */
const CONDUCT_RUN = 8

/**
 * A penalty provision an amendment renumbered (道路运输条例 2023: 第七十条第二款 became 第六十九条第二款, and 第七十条第二款 now
 * punishes freight stations): the decision tells, in its own words, the conduct an older text's provision of the cited
 * number punished, and the text in force gives that number to other conduct — the older number, likely. Only when the
 * provision's words changed, the decision shares a long run of them with the older text and far less with the current
 * one, and the current one does not hold that run.
 */
function conductMoved(view: CaseView, doc: DocFacts, c: Citation, cur: LawVersionInfo, older: LawVersionInfo[], curText: string): { old: LawVersionInfo; conduct: string; now: string | null } | null {
  // (…and the words of the case's other papers that cite the same provision: a decision telling the conduct in its own
  // terms, 将货厢栏板焊接加高, its 调查终结报告 naming it in the law's, 构成擅自改装已取得车辆营运证的车辆的违法行为)
  const same = (x: Citation) => x.law === c.law && x.article === c.article && (x.articleSub ?? 0) === (c.articleSub ?? 0) && (x.paragraph ?? 0) === (c.paragraph ?? 0) && !x.quoted
  const own = [doc, ...view.docs().filter((d) => d !== doc && d.citations.some(same))].map((d) => ownWords(view, d)).join('\n')
  const laws = view.ctx.laws
  const ref = { articleSub: c.articleSub, paragraph: c.paragraph, item: c.item }
  const bare = (t: string) => t.replace(/[^\u4e00-\u9fff]/g, '')
  // (the conduct a provision punishes is what it says before the penalty, …的，由…处…罚款: the penalty's words, which a
  // paper repeats and both texts share, tell nothing of which text is meant)
  const conductOf = (t: string) => t.split(/的?[，,]\s{0,2}由/)[0]
  const curRun = longestSharedRun(own, conductOf(curText))
  for (const old of older) {
    const op = laws.provision(old.id, c.article, ref)
    if (!op || bare(op.text) === bare(curText)) continue
    const oldRun = longestSharedRun(own, conductOf(op.text))
    if (oldRun.length < CONDUCT_RUN || curRun.length * 2 > oldRun.length || bare(curText).includes(oldRun)) continue
    // (where the current text now puts that conduct, among the articles near the cited one)
    // (…the nearest first; a chapter of liabilities renumbered as a whole moves far: 畜牧法 2015 第六十二条 → 2022 第八十二条)
    let now: string | null = null
    const near = [0, -1, 1, -2, 2, -3, 3].map((k) => c.article + k)
    // (…but farther only for a provision that punishes or spares a conduct, told in the citing sentence itself: a decision
    // repeats the procedure of the 行政处罚法 elsewhere in its own words — 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款 is the
    // 2017 第五十一条 and today's 第七十二条, while a 当场处罚 decision cites today's 第五十一条 — but 根据《行政处罚法》第二十七条
    // 第二款，…违法行为轻微并及时纠正，没有造成危害后果…不予行政处罚 tells the 2017 text's words where it cites it)
    const far = /罚款|吊销|没收|责令停产停业|责令关闭|不予(?:行政)?处罚/.test(op.text) && longestSharedRun(view.sentenceOf(c.evidence), op.text).length >= CONDUCT_RUN
    const rest = far ? Array.from({ length: cur.articleCount ?? 0 }, (_, i) => i + 1).filter((n) => !near.includes(n)) : []
    for (const n of [...near, ...rest]) {
      if (now) break
      if (n < 1) continue
      const art = laws.provision(cur.id, n)
      if (!art || !bare(art.text).includes(oldRun)) continue
      const paras = art.paragraphCount > 1 ? Array.from({ length: art.paragraphCount }, (_, i) => i + 1).find((k) => bare(laws.provision(cur.id, n, { paragraph: k })?.text ?? '').includes(oldRun)) : undefined
      now = formatProvision({ article: n, paragraph: paras })
    }
    if (!now) continue
    return { old, conduct: oldRun, now }
  }
  return null
}

/** A quotation shares at least this long a run of words with the article it quotes (boilerplate left out). */
const QUOTE_SHARES = 6
/** Words an article imposing a penalty, or deciding on one, holds somewhere (行政处罚法 第九条's kinds, a measure, a fine's sum). */
const PENALTY_WORDS = /罚|没收|警告|通报批评|吊销|暂扣|降低资质|责令|停产|停业|关闭|限制开展|限制从业|拘留|查封|扣押|处[^。；]{0,16}?元/

/** Where a paper cut a quotation (……, or how a scan reads it) or a sentence of it ends. */
const QUOTE_CUT = /[…·•．.]+|。/

/** How much of a quotation a text holds word for word: the characters of its parts (split where the paper cut it, ……) found in it. */
function quoteCover(quote: string, text: string): number {
  // (a scan's reading: 丶 for 、, a half-width comma, the paper's …… read as …··, …. or a lone dot)
  const norm = (t: string) => t.replace(/\s+/g, '').replace(/丶/g, '、').replace(/,/g, '，')
  const flat = norm(text)
  return norm(quote)
    .split(QUOTE_CUT)
    .map((x) => x.replace(/^[，、；：:]+|[，、；：:]+$/g, ''))
    .filter((x) => x.length >= 4 && flat.includes(x))
    .reduce((n, x) => n + x.length, 0)
}

/**
 * The article of the text in force that holds a quotation the cited article holds less of there, and more of than the
 * cited number held in any replaced text — the number cited being the replaced text's; null when nothing shows it.
 */
function quoteMoved(laws: LawLookup, quote: string, c: Pick<Citation, "article" | "articleSub">, cur: LawVersionInfo, older: LawVersionInfo[]): number | null {
  const whole = quote.split(QUOTE_CUT).map((x) => x.replace(/\s+/g, '')).filter((x) => x.length >= 4).reduce((n, x) => n + x.length, 0)
  if (!whole || !cur.articleCount) return null
  const here = quoteCover(quote, laws.provision(cur.id, c.article, { articleSub: c.articleSub })?.text ?? '')
  const before = Math.max(0, ...older.map((v) => quoteCover(quote, laws.provision(v.id, c.article, { articleSub: c.articleSub })?.text ?? '')))
  // (only where the cited number held the words once: a number never holding them is another question, asked above)
  if (before <= here) return null
  let best = { n: 0, cover: 0 }
  for (let n = 1; n <= cur.articleCount; n++) {
    if (n === c.article) continue
    const cover = quoteCover(quote, laws.provision(cur.id, n)?.text ?? '')
    if (cover > best.cover) best = { n, cover }
  }
  return best.cover * 2 >= whole && best.cover > before && best.cover > here ? best.n : null
}
/**
 * The words a paper quotes right after a citation as the provision's (《…》第五十条“…”的规定, 第五十七条规定：“…”), at
 * least a clause long; null when none follows.
 */
function quoteAfter(view: CaseView, ev: Evidence): string | null {
  const hit = view.lineOf(ev)
  if (!hit || !ev.text) return null
  // (the quotation may run over lines and hold semicolons of its own: read on from the citation, not to the sentence's end)
  let text = hit.line.text
  for (let i = hit.i + 1; i < hit.doc.lines.length && text.length < 600; i++) text += hit.doc.lines[i].text
  const at = text.indexOf(ev.text)
  if (at < 0) return null
  const m = /^[^“"。；]{0,12}?[“"]([^”"]{16,400})[”"]/.exec(text.slice(at + ev.text.length))
  // (an ellipsis alone, or words that are the paper's own after a colon, are no quotation to compare)
  return m && /[\u4e00-\u9fa5]{8}/.test(m[1].replace(/[……。，,、；]/g, '')) ? m[1] : null
}

export function citation(p: CheckKindParams['citation'], view: CaseView, item: ItemInfo): KindOutcome {
  const types = p.docTypes?.length ? p.docTypes : item.docTypes
  const docs = view.docs().filter((d) => !types || types.includes(d.docType))
  const findings: Draft[] = []
  // (what a finding is about: its kind, the law as written and the article — the same fault in several papers)
  const causes = new Map<Draft, string>()
  let checked = 0
  for (const doc of docs) {
    const seen = new Set<string>()
    const titles = writtenTitles(doc)
    const reported = new Set<string>()
    for (const c of view.citations(doc)) {
      if (p.roles && !p.roles.includes(c.role)) continue
      const written = titles.get(c) ?? c.law
      const key = `${written}|${c.article}|${c.articleSub ?? ''}|${c.paragraph ?? ''}|${c.item ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      checked++
      const d = checkCitation(view, doc, c, written, reported)
      if (d) {
        findings.push(d)
        causes.set(d, `${d.kind}|${written}|${c.article}`)
      }
    }
    // a real law, but not the one whose penalty article takes the fine (see wrong-law.ts): to verify
    const fines = [...new Set(view.amounts(doc).filter((a) => a.role === '罚款').map((a) => a.yuan))]
    // (no fine and a 警告 decided: the warning is measured instead)
    const warned = !fines.length && WARNING_ONLY.test(ownWords(view, doc))
    const slip = (!p.roles || p.roles.includes('penalty')) && (fines.length === 1 || warned) ? wrongPenaltyLaw(view, doc, fines.length ? fines[0] : null) : null
    if (slip && !findings.some((f) => f.evidence[0] === slip.citation.evidence)) {
      const what = `《${slip.cited}》${label(slip.citation)}`
      findings.push({
        kind: 'citation-wrong-law',
        docTypes: [doc.docType],
        field: '处罚依据',
        message: `${doc.docType}认定违反《${slip.likely}》，处罚依据却引${what}；${fines.length ? `罚款 ${fines[0]} 元不在该条幅度内，而在《${slip.likely}》同一条的幅度内` : `决定书所述事实未涉及“${slip.subject}”，而《${slip.likely}》同一条规定了所处的警告`}，可能引错法律名称，请核对`,
        evidence: [slip.citation.evidence],
        status: 'verify',
        key: `${slip.cited}|${label(slip.citation)}|penalty`,
      })
    }
  }
  if (!checked) return notApplicable(`${types ? types.join('、') : '案卷文书'}中没有${p.roles ? `${p.roles.map((r) => ROLE_FIELD[r]).join('、')}的` : ''}法律条文引用`)
  // The agency's internal papers (立案审批表, 调查终结报告) carry the same citation as its notice and decision: a fault the
  // outward papers show is one cause, reported on them; one only the internal papers show is reported there.
  const cause = (f: Draft) => causes.get(f) ?? `${f.kind}|${f.key ?? ''}`
  const outward = new Set(findings.filter((f) => !INTERNAL_PAPERS.has(f.docTypes[0])).map(cause))
  const kept = findings.filter((f) => !INTERNAL_PAPERS.has(f.docTypes[0]) || !outward.has(cause(f)))
  return { status: 'pass', reason: `核对了 ${checked} 处引用，均与当时施行的法规文本相符`, findings: kept }
}
