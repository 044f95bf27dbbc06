/**
 * Does a provision fit what a document cites it for? A citation whose article exists can still be wrong: a 2022
 * decision citing 行政处罚法 第三十一条 for 告知 cites what since 2021 is the article on persons with mental illness
 * (the 2017 第三十一条 was the 告知 article). Judged by key-term overlap between the citing sentence and the
 * provision text; when neither has a term to compare, the answer is null (cannot tell), never a guess.
 */

/** Topics with the words that mark them. A topic matches when any of its patterns occurs. */
const TOPICS: [topic: string, pattern: RegExp][] = [
  ['告知', /告知|通知当事人/],
  // (not the party's truthful account of its conduct, 如实陈述违法事实, a ground for leniency)
  ['陈述申辩', /(?<!如实)陈述|申辩/],
  ['听证', /听证/],
  // (the amounts that call for a hearing, a province's rule of them: 较大数额罚款 — a purpose of its own, cited to tell why a
  // hearing is or is not offered)
  ['较大数额', /较大数额|数额较大|较大价值/],
  ['罚款', /罚款/],
  ['没收', /没收/],
  ['警告', /警告/],
  ['通报批评', /通报批评/],
  // (…with the day set between: 责令你单位于2024年7月1日前改正)
  // (…or to stop the conduct found: 责令你单位立即停止经营该批次化妆品, 责令其停止施工 — not to close the business, 停产停业)
  ['责令改正', /责令(?:[^。；，,、\s]{0,8}?(?:限期|立即|及时))?改正|责令(?:当事人|你单位|你公司|你|其|该单位)(?:(?:于|在)[^。；，,]{4,16}?(?:前|以前|之前))?改正|责令停止违法行为|限期改正|责令(?:当事人|你单位|你公司|你|其|该单位)?(?:立即)?停止(?:销售|使用|施工|建设|排放|经营(?=该|此|上述|涉案))/],
  ['吊销许可', /吊销|撤销.{0,6}许可|降低资质/],
  ['停产停业', /停产停业|责令停业|责令关闭|停业整顿|限制从业/],
  ['拘留', /拘留/],
  ['送达', /送达/],
  ['立案', /立案/],
  // (not a body's own review rules the party is told to set up: 建立健全信息发布审核制度)
  ['法制审核', /法制审核|审核(?!制度|机制)/],
  ['集体讨论', /集体讨论/],
  ['当场处罚', /当场|简易程序/],
  ['调查取证', /调查|检查|询问|笔录|取证/],
  ['执法人员与证件', /执法证件|不得少于两人|两名以上执法人员|出示.{0,4}证件/],
  ['先行登记保存', /先行登记保存/],
  ['查封扣押', /查封|扣押/],
  // (…or the case said to be within the limit: 违法行为发生于…，未超过《行政处罚法》第三十六条规定的期限)
  ['追责时效', /未被发现|时效|未(?:超过|超出|逾)[^。；，,]{0,40}?(?:追责|追究|处罚)?(?:期限|时限)/],
  ['从轻减轻', /从轻|减轻/],
  ['不予处罚', /不予(?:行政)?处罚|免予处罚/],
  // (the education 行政处罚法 第三十三条第三款 asks for beside not punishing: 对当事人进行教育)
  // (…not the training an order asks the party to give its staff: 对从业人员进行安全生产教育和培训)
  ['教育', /(?:进行|予以|给予)(?:批评)?教育|批评教育|对(?:当事人|其|你(?:单位|公司|个人)?)[^。；，,]{0,6}教育|教育(?:当事人|引导)/],
  ['复议诉讼', /复议|诉讼/],
  // the periods for seeking review or suing (行政复议法 2017 第九条 / 2023 第二十条 六十日; 行政诉讼法 第四十六条 六个月)
  ['复议期限', /(?:六十|60)\s{0,2}日/],
  ['诉讼期限', /(?:六|6)\s{0,2}个月/],
  // …and the body to seek review from (行政复议法 2017 第十二条、第十三条 / 2023 第二十四条: 向…人民政府申请行政复议, 管辖)
  ['复议机关', /向[^。；，,]{2,30}?(?:人民政府|局|厅|委员会|部门|机关)[^。；，,]{0,6}?申请(?:行政)?复议|复议机关[^。；，,]{0,4}管辖|管辖[^。；，,]{0,20}复议/],
  ['强制执行', /强制执行|加处罚款/],
  ['缴纳罚款', /缴纳|缴款|收缴/],
  ['暂缓分期', /暂缓|分期|延期缴纳/],
  ['回避', /回避/],
  ['精神病人', /精神病|智力残疾/],
  ['未成年人', /未成年|周岁/],
  ['管辖', /管辖/],
  ['移送', /移送/],
  ['公示', /公示|公开/],
  // (the case's period and the time left out of it or added: 不计入前款所指的案件办理期限, 延长办案期限; 上述期间不包括公告、
  // 检测…复议、诉讼的期间 — 海关办理行政处罚案件程序规定 第七十六条第二款)
  ['办案期限', /(?:办案|办理|处理)期限|不计入|不计算在内|(?:期间|期限)不包括|延长[^。；，,]{0,8}期限/],
]

/** A citation inside the sentence (《…》第…条…项 and bare 第…条…), removed before comparing. */
const CITATION_RE = /《[^》]{1,60}》(?:第[零〇一二两三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?(?:第[零〇一二两三四五六七八九十0-9]+款)?(?:第?[（(]?[零〇一二三四五六七八九十0-9]+[）)]?项)?[、，和及与]*)*|第[零〇一二两三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?(?:第[零〇一二两三四五六七八九十0-9]+款)?(?:第?[（(]?[零〇一二三四五六七八九十0-9]+[）)]?项)?/g

/**
 * Kinds of penalty: nearly every penalty article names some of them, so they decide a fit only when the sentence
 * names no procedural topic (a 2022 sentence about 加处罚款 does not fit the 简易程序 article just because both
 * mention 罚款).
 */
const GENERIC = new Set(['罚款', '没收', '警告', '通报批评', '责令改正', '吊销许可', '停产停业', '拘留'])

function topicsOf(text: string): Set<string> {
  const out = new Set<string>()
  for (const [topic, re] of TOPICS) if (re.test(text)) out.add(topic)
  return out
}

/** Wording every administrative statute and decision shares; it says nothing about what a provision is about. */
const BOILERPLATE =
  /公民、?法人(?:或者|和)其他组织|行政处罚决定|行政处罚|行政机关|执法人员|违法行为|当事人|依法|应当|可以|本法|本条例|法律、?(?:行政)?法规|规章|规定|给予|实施|作出|有关|下列|情形之一|之一|其他|人民政府|主管部门|部门|处罚|责任/g

/** Longest run of characters the two texts share (Han characters only, boilerplate wording left out). */
export function longestSharedRun(a: string, b: string): string {
  const x = a.replace(BOILERPLATE, '|').replace(/[^\u4e00-\u9fff|]/g, '')
  const y = b.replace(BOILERPLATE, '|').replace(/[^\u4e00-\u9fff|]/g, '')
  let best = ''
  for (let i = 0; i < x.length; i++) {
    for (let len = best.length + 1; i + len <= x.length; len++) {
      const s = x.slice(i, i + len)
      if (s.includes('|') || !y.includes(s)) break
      best = s
    }
  }
  return best
}

export interface CitationFit {
  /** true: the provision speaks of what the sentence cites it for; false: it does not; null: cannot tell. */
  fits: boolean | null
  reason: string
  /** Topics found in the citing sentence and in the provision. */
  sentenceTopics: string[]
  provisionTopics: string[]
}

/** A sentence that decides the penalty (决定对当事人处以罚款, 决定给予警告, 作出如下处罚). */
const DECIDES_PENALTY = /决定[^。；]{0,24}?(?:处以|给予|并处|处罚款|罚款|没收|警告|不予)|作出(?:如下|以下)(?:行政)?处罚/

/** Runs this long shared by sentence and provision show a fit even without key terms (conduct descriptions). */
const SHARED_RUN_FITS = 6

export function citationFits(provisionText: string, citingSentence: string): CitationFit {
  const sentence = citingSentence.replace(CITATION_RE, ' ')
  const st = topicsOf(sentence)
  const pt = topicsOf(provisionText)
  // (a sentence naming the period to seek review or sue cites the article for that period: every article of 行政复议法
  // speaks of 复议, so the bare topic proves nothing there — 2023 第九条, on commendations, is no fit for 六十日内申请行政复议)
  const period = st.has('复议期限') || st.has('诉讼期限')
  const sentenceTopics = [...st].filter((t) => !(period && t === '复议诉讼'))
  const provisionTopics = [...pt].filter((t) => !(period && t === '复议诉讼'))
  const specific = sentenceTopics.filter((t) => !GENERIC.has(t))
  const shared = (specific.length ? specific : sentenceTopics).filter((t) => pt.has(t))
  const run = longestSharedRun(sentence, provisionText)
  if (shared.length > 0) {
    return { fits: true, reason: `条文与引用目的均涉及：${shared.join('、')}`, sentenceTopics, provisionTopics }
  }
  // (the clause the citation governs, right after it — 依据…第二十八条第一款的规定，责令你单位立即停止经营… —: a topic of the
  // provision there fits, whatever the sentence goes on to say: …并向已知购买者告知停止使用)
  const marked = citingSentence.replace(CITATION_RE, '\u0001')
  const governed = marked.includes('\u0001') ? /^[^，,。；;\u0001]{0,6}?[，,：:]\s{0,2}([^，,。；;\u0001]{2,40})/.exec(marked.slice(marked.indexOf('\u0001') + 1))?.[1] : undefined
  // (…not the bare word of a penalty's kind, which any clause on money names: 每日按罚款数额的百分之三加处罚款; the provision's
  // topics already leave out 复议 where the sentence names the period to seek it)
  const governedShared = governed ? [...topicsOf(governed)].filter((t) => provisionTopics.includes(t) && t !== '罚款' && t !== '没收' && t !== '警告') : []
  if (governedShared.length) {
    return { fits: true, reason: `条文与引用语句紧接的内容均涉及：${governedShared.join('、')}`, sentenceTopics, provisionTopics }
  }
  // (a provision on the degree of a penalty — 从轻、减轻, 不予处罚 — cited where the sentence decides the penalty: the basis of
  // its amount, whatever procedural step the sentence also names — 依据…第三十二条第（一）项的规定，经本局负责人集体讨论，决定
  // 对当事人处以罚款…)
  if ((pt.has('从轻减轻') || pt.has('不予处罚')) && DECIDES_PENALTY.test(sentence)) {
    return { fits: true, reason: '条文为处罚幅度的规定，引用语句据以决定处罚', sentenceTopics, provisionTopics }
  }
  // (a province's rule of the amounts that call for a hearing, cited where the sentence offers or withholds one: 虽未达到《广东省
  // 行政处罚听证程序实施办法》第七条第一款规定的数额，…一并告知要求听证的权利)
  if (pt.has('较大数额') && st.has('听证')) {
    return { fits: true, reason: '条文为要求听证的数额标准，引用语句据以告知听证权利', sentenceTopics, provisionTopics }
  }
  // (…nor the words of seeking review or suing themselves where the sentence names the period: 2023 第十三条, on reviewing a
  // normative document 申请行政复议时一并提出, shares 申请行政复议 with any sentence on the 六十日 — cs-04)
  const bareRemedy = period && /^[申请提起向出]*(?:行政复议|行政诉讼)[申请的]*$/.test(run)
  if (run.length >= SHARED_RUN_FITS && !bareRemedy) {
    return { fits: true, reason: `条文含有引用语句中的“${run}”`, sentenceTopics, provisionTopics }
  }
  if (st.size === 0) {
    return { fits: null, reason: '引用语句未说明引用目的（无可对照的关键词）', sentenceTopics, provisionTopics }
  }
  if (pt.size === 0) {
    return { fits: null, reason: `条文不含可对照的关键词，无法判断是否涉及：${sentenceTopics.join('、')}`, sentenceTopics, provisionTopics }
  }
  return {
    fits: false,
    reason: `引用目的为${(specific.length ? specific : sentenceTopics).join('、')}，而条文内容涉及${provisionTopics.join('、') || '其他事项'}`,
    sentenceTopics,
    provisionTopics,
  }
}
