import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractDocFacts } from '../../shared/extract'
import { doc } from './helpers'
import type { CaseDocument } from '../../shared/types'

const cut = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).cut?.reason ?? null
const BODY = '当事人某公司销售未备案种子一案，经本机关依法调查，现查明：2022年3月28日，执法人员在开展农资打假专项治理行动时对当事人进行行政检查。'

describe('a text that stops before its end', () => {
  it('a whole decision closing with the agency and the date is not cut', () => {
    expect(cut(['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '某县农业农村局', '2022年5月23日'])).toBe(null)
  })
  it('a notice or summary standing for a decision held in its attachment is whole, though it ends with the attachment (real tune copies)', () => {
    const lines = (id: string) => readFileSync(join(__dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8').split('\n')
    // (…于2018年4月16日依法对其作出行政处罚决定：… 附件：…行政处罚决定书; …现予公告。附件：[行政处罚决定书（…）](…))
    for (const id of ['nr-106', 'mkt-2704']) expect(cut(lines(id)), id).toBe(null)
    // (…a decision's own text still ends with its closing block)
    expect(cut(['行政处罚决定书', BODY, '附件：行政处罚决定书'])).not.toBe(null)
  })
  it('a web page\'s furniture after the closing lines is not where the text stops', () => {
    const whole = ['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '某县农业农村局', '2022年5月23日']
    expect(cut([...whole, '关联文件:'])).toBe(null)
    expect(cut([...whole, '责任编辑:张驰', '0'])).toBe(null)
    // (a list of related articles and a site's footer)
    expect(cut([...whole, '【打印】【收藏】【关闭】', '相关文章：', '· 某县水利局行政处罚决定书（某水罚字〔2024〕第04号）', '主办：某县人民政府办公室  承办：某县大数据中心', '地址：江西省某县义宁镇  邮编：332400', '赣ICP备05004XXX号　网站标识码：3604240002'])).toBe(null)
    // (…but a bulleted evidence list the text stops in leaves it cut: only a bulleted link to another page is furniture)
    expect(cut(['行政处罚决定书', BODY, '· 现场检查笔录及现场照片', '· 对当事人负责人的询问'])).not.toBe(null)
    // (the page's links to the pages before and after it)
    expect(cut([...whole, '【打印本页】【关闭窗口】', '上一篇：某市医疗保障局行政处罚决定书（某医保罚〔2025〕3号）', '下一篇：昆明市医疗保障局关于2024年度定点医药机构违法违规使用医保基金典型案例的通报', '主办单位：某市医疗保障局　　备案号：滇ICP备19006×××号　　网站标识码：5301000××××'])).toBe(null)
    expect(cut([...whole, '商务部网站版权与免责声明：', '1、凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于商务部网站及其子站'])).toBe(null)
    // (the agency beside a date written as eight digits closes the text)
    expect(cut(['行政处罚决定书', BODY, '作出行政处罚的机关名称和日期', '十堰市农业农村局   20201217', '备注'])).toBe(null)
    // …but furniture after prose broken off leaves the text cut
    expect(cut(['行政处罚决定书', `${BODY}执法人员对其进行了询问调查，当事人认可了经营的种子未`, '关联文件:'])).toBe('文本在句中中断')
  })
  it("a paragraph a scan's reading broke at the page's width, its last line short, is cut where it breaks off", () => {
    // (the lines and boxes the OCR read off a published copy, itself cut mid-sentence, printed as a scan)
    const rows: [string, number, number, number, number][] = [
      ["湛环罚字〔2019〕26号廉江市绿色东方新能源有限公司", 180, 191, 987, 65],
      ["湛环罚字〔2019〕26号", 182, 264, 404, 53],
      ["湛江市生态环境局行政处罚决定书", 178, 332, 608, 61],
      ["廉江市绿色东方新能源有限公司：", 179, 404, 584, 58],
      ["统一社会信用代码：91440800059912936G", 176, 473, 710, 61],
      ["法定代表人：郑维先", 176, 541, 351, 60],
      ["地址：廉江市横山镇七星岭(县道680北侧)", 176, 613, 723, 61],
      ["一、环境违法事实和证据", 178, 683, 446, 59],
      ["2019年6月20日，广东省生态环境厅向我局下达《环境监察通知书》（粤环", 173, 752, 1273, 68],
      ["函〔2019〕1061号)并附广东省环境监测中心监测报告(粤环境监测LB字(2", 173, 821, 1292, 69],
      ["019)第147号），环境监察通知书载明：2019年4月24日，广东省环境监测中心", 171, 892, 1291, 68],
      ["在开展2019年生活垃圾处理企业监督性监测中，发现你公司1#焚烧炉二恶", 174, 963, 1267, 65],
      ["英类排放浓度超过《生活垃圾焚烧污染控制标准》（GB18485-2014)限值0.", 173, 1033, 1280, 66],
      ["3倍。2019年7月8日，我局执法人员会同廉江分局执法人员到你公司对该情", 169, 1103, 1290, 67],
      ["况进行了调查核实，并制作调查询问笔录和现场检查笔录。经查，该情况属", 169, 1174, 1287, 65],
      ["实。以上事实，有广东省生态环境厅《环境监察通知书》（粤环函〔2019〕", 171, 1243, 1268, 67],
      ["1061号）丶广东省环境监测中心监测报告(粤环境监测LB字(2019)第147号)", 171, 1313, 1281, 69],
      ["和湛江市生态环境局2019年7月8日的《调查询问笔录》、《现场检查（勘", 169, 1385, 1264, 63],
      ["察)笔录》以及现场照片为证。", 167, 1455, 539, 58],
      ["你公司的上述行为违反了《中华人民共和国大气污染防治法》第十八条“", 169, 1523, 1280, 67],
      ["企业事业单位和其他生产经营者建设对大气", 169, 1593, 767, 61],
    ]
    const scan = (confidence: number): CaseDocument => ({
      id: '0', index: 0, type: '行政处罚决定书', confidence: 1, title: '行政处罚决定书', parts: [{ file: 'p01.jpg', pages: [1] }],
      lines: rows.map(([text, x, y, w, h], i) => ({ text, bbox: { x, y, w, h }, confidence, file: 'p01.jpg', page: 1, line: i })),
    })
    expect(extractDocFacts(scan(0.95)).cut?.reason).toBe('文本在句中中断')
    // (a text layer's lines are its own: a short last line there is judged by itself)
    expect(extractDocFacts(scan(1)).cut).toBeUndefined()
  })
  it('a decision whose last line breaks off mid-sentence is cut, though a page label above names the agency', () => {
    expect(cut(['发文单位 阿克陶县农业农村局 发布机构 阿克陶县农业农村局', '当事人:某公司', `${BODY}3月29日，当事人法人代表到农业农村局，执法人员对其进行了询问调查，当事人认可了经营的种子未`])).toBe('文本在句中中断')
  })
  it('a stored opening that holds only the heading, or a page\'s metadata, is cut: the agency heading it is no closing block', () => {
    expect(cut(['某市公安局某区分局交通警察大队', '关于对道路交通安全违法行为人逾期不接受处理拟作出处罚决定的公告', '(2024年'])).not.toBe(null)
    expect(cut(['索引号: 011-2020-00031', '发布机构', '十堰市农业农村局', '文号', '十农(农安)罚﹝2020﹞11号', '序号'])).not.toBe(null)
    // (…nor does the agency heading the decision below a web page's metadata, its title, number and party's box after it)
    expect(cut(['[ 索引号 ] 11500000MB156369XY/2023-00267', '[ 主题分类 ] 市场监管、安全生产监管;安全生产监管', '[ 发布机构 ] 重庆市九龙坡区市场监督管理局', '重庆市九龙坡区市场监督管理局', '行政处罚决定书', '渝九市监处罚〔2023〕459号', '当事人:重庆市九龙坡区西彭镇石塔社区卫生服务站'])).not.toBe(null)
    // (…but a receipt's blank 当事人： box under the agency and date is no heading: the decision is whole)
    expect(cut(['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '仁化县环境保护局', '2018年7月9日', '当事人:', '年 月 日'])).toBe(null)
    // (…while the agency under the body, a whole decision's signature, still closes it)
    expect(cut(['某县农业农村局', '行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '某县农业农村局'])).toBe(null)
  })
  it('a decision ending with a sentence but no agency, date or seal is cut', () => {
    expect(cut(['行政处罚决定书', BODY])).toBe('文末未见机关名称、日期或印章')
  })
  it('a last line that opens a quotation and never closes it is cut inside the quotation', () => {
    expect(cut(['行政处罚决定书', BODY, '当事人违反了《中华人民共和国农产品质量安全法》第三十六条第一款第二项“有下列情形'])).toBe('文本在引文中中断')
    // (a quotation closed on the same line, or one closing the text, is whole)
    expect(cut(['行政处罚决定书', BODY, '依据该法第七十一条“处五千元以上罚款”的规定，决定罚款五千元。', '某县农业农村局', '2022年5月23日'])).toBe(null)
  })
  it('a character broken in two where a copy was cut', () => {
    expect(cut(['行政处罚决定书', `${BODY}处理有限公\uFFFD`])).toBe('文本在字符中间中断')
  })
  it('a last line that needs more after it is cut, however short: a title mark, a joining word, an item number', () => {
    expect(cut(['行政处罚决定书', BODY, '依据《'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '对非法占用的'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '1、责令改正；', '5、'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '（三）'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '《中华人民共和国环境影响评价法》第三十一条'])).toBe('文本在句中中断')
  })
  it('a body sentence that stops at a date is no closing line; the date under the agency is', () => {
    expect(cut(['行政处罚决定书', BODY, '执法人员对当事人的法定代表人进行了询问，并于2023年4月20日'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '某县农业农村局 2022年5月23日'])).toBe(null)
    expect(cut(['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '作出处罚决定的日期：2022年5月23日'])).toBe(null)
    // (…nor a short one whose words lead into the date: a copy cut after …的违法行为发生在2019年12月1日)
    expect(cut(['行政处罚决定书', BODY, '当事人生产销售劣药甘草的违法行为发生在2019年12月1日'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '当事人的整改期限至2024年3月1日'])).toBe('文本在句中中断')
    expect(cut(['行政处罚决定书', BODY, '如不服本决定，可在六十日内申请行政复议。', '某县市场监督管理局', '二〇二〇年五月二十日'])).toBe(null)
    // …nor is an item whose bracket the next line was to close (a list wrapped at the page's width, then cut)
    expect(cut(['行政处罚决定书', BODY, '上述事实，主要有以下证据证明：', '10. “生长育肥猪配合饲料”中控配料记录表(2023年2月27日', ')复印件1份;', '11. “生'])).toBe('文本在句中中断')
  })
  it('a text whose first line goes on from pages before it lacks its opening', () => {
    const CLOSE = ['如不服本决定，可在六十日内申请行政复议。', '某县市场监督管理局', '2024年7月17日']
    expect(cut(['根据上述违法事实和证据，本局认为：当事人上述行为违反了《中华人民共和国食品安全法》第三十四条。', ...CLOSE])).toBe('文本开头承接前文，前页缺失')
    expect(cut(['，并处罚款五千元。', ...CLOSE])).toBe('文本开头承接前文，前页缺失')
    expect(extractDocFacts(doc(['综上，本局决定如下：', ...CLOSE], '行政处罚决定书')).cut?.place).toBe('start')
    // a title, the party or the facts' opener begins a whole text
    expect(cut(['行政处罚决定书', BODY, ...CLOSE])).toBe(null)
    expect(cut(['当事人：某某食品店', BODY, ...CLOSE])).toBe(null)
  })
})
