import { describe, expect, it } from 'vitest'
import { segmentPages } from '../../shared/segment'
import { isSpacedOut, isTraditional, simplifyLine, simplifyPage, toSimplified, unspacePage } from '../../shared/segment/script'
import type { Page } from '../../shared/types'

const page = (lines: string[]): Page => ({
  file: 'a.txt', page: 1, width: 595, height: 842, unit: 'pt', source: 'text',
  lines: lines.map((text, i) => ({ text, bbox: { x: 72, y: 72 + i * 18, w: 400, h: 12 }, confidence: 1 })),
})

// Openings of decisions as mirror sites republish them (traditional script, pinyin flattened into the text)
const MIRROR = [
  '贊皇縣市場監(jiān)督管理局',
  '行政處罰決定書',
  '贊市監(jiān)處罰〔2024〕136號',
  '當事人:贊皇縣清河凱敏百貨超市(王*鋒)',
  '主體資格證照名稱:營業(yè)執(zhí)照',
]

describe('pages in traditional script', () => {
  it('converts one character for one, keeping the length', () => {
    const s = '當事人:贊皇縣清河凱敏百貨超市 行政處罰決定書 贊市監處罰〔2024〕136號'
    expect(toSimplified(s)).toBe('当事人:赞皇县清河凯敏百货超市 行政处罚决定书 赞市监处罚〔2024〕136号')
    expect(toSimplified(s)).toHaveLength(s.length)
  })
  it('drops pinyin flattened after a character', () => {
    expect(simplifyLine('黔東南環(huán)鎮(zhèn)責(zé)改〔2023〕4號(hào)')).toBe('黔东南环镇责改〔2023〕4号')
    expect(simplifyLine('營(yíng)業(yè)執(zhí)照')).toBe('营业执照')
  })
  it('reads the Japanese 査 an OCR engine gives as 查 on any page, one for one (template u-08)', () => {
    const p = simplifyPage(page(['现　场　笔　录', '现场检査情况：', '该电梯检査时处于正常运行状态。']))
    expect(p.lines.map((l) => l.text)).toEqual(['现　场　笔　录', '现场检查情况：', '该电梯检查时处于正常运行状态。'])
  })
  it('tells a traditional page from a simplified one', () => {
    expect(isTraditional(MIRROR)).toBe(true)
    expect(isTraditional(['行政处罚决定书', '当事人：於某某，男，住址：某市乾隆路', '经查，当事人于2024年3月在其经营场所销售过期食品。'])).toBe(false)
  })
  it('leaves a simplified page as printed (於 and 乾 in names stay)', () => {
    const p = page(['当事人：於乾坤', '经查，当事人于2024年3月在其经营场所销售过期食品，违反了《中华人民共和国食品安全法》第三十四条第十项的规定。'])
    expect(simplifyPage(p)).toBe(p)
  })
  it('types and reads the converted page', () => {
    const [doc] = segmentPages([page(MIRROR)])
    expect(doc.type).toBe('行政处罚决定书')
    expect(doc.lines.map((l) => l.text)).toContain('当事人:赞皇县清河凯敏百货超市(王*锋)')
  })
})

describe('accounts of a case are not the decision', () => {
  it.each([
    // a news item retelling a published decision
    [['訊 近日,上海市場監督管理局發布一則行政處罰信息:某超市涉嫌銷售過期預包裝食品案。據悉,某超市因銷售過期食品被上海市徐匯區市場監督管理局罰款1萬元。', '當事人的行為違反了《中華人民共和國食品安全法》第三十四條第十項的規定,依據《中華人民共和國食品安全法》第一百二十四條第一款第五項的規定作出處罰。']],
    // a published case study
    [['一、基本案情', '2023年第一季度,某县水务局工作人员在统计水量时发现,某公司已超本年度许可量,违反了《取水许可和水资源费征收管理条例》第四十三条的规定。', '二、案件处理结果', '依据《取水许可和水资源费征收管理条例》第五十三条的规定,责令停止违法行为,处2万元罚款。', '三、典型意义']],
  ])('%j', (lines) => expect(segmentPages([page([...lines])])[0].type).toBe('其他'))

  it('a form of the file telling its 基本案情 keeps its own type', () => {
    const lines = ['一、基本案情', '2024年3月5日，执法人员对当事人进行检查，发现其销售过期食品。', '二、调查经过', '执法人员制作了现场检查笔录和询问笔录。', '三、处理意见', '建议给予当事人罚款5000元的行政处罚。']
    expect(segmentPages([page(lines)])[0].type).toBe('案件调查终结报告')
  })

  it('a reconsideration or a 医保 handling decision is no penalty decision', () => {
    expect(segmentPages([page(['某某县人民政府', '行政复议决定书', '申请人:某某公司'])])[0].type).toBe('其他')
    expect(segmentPages([page(['某某县医疗保障局', '行政处理决定书', '当事人:某某诊所'])])[0].type).toBe('其他')
  })
})

describe('pages that space out every character', () => {
  const SPACED = ['铜 农 ( 渔 业 ) 罚 〔2025〕32号', '违 反 规 定 在 长 江 流 域 重 点 水 域 进 行 垂 钓 案', '当 事 人 ： 田 某 友', '经 查 ， 当 事 人 在 禁 渔 期 使 用 禁 用 渔 具 垂 钓 。', '依 据 《 中 华 人 民 共 和 国 长 江 保 护 法 》 第 八 十 六 条 ， 决 定 罚 款 五 千 元 。']
  it('reads such a page unspaced and types it by its number and body', () => {
    expect(isSpacedOut(SPACED)).toBe(true)
    expect(unspacePage(page(SPACED)).lines[2].text).toBe('当事人 ： 田某友')
    expect(segmentPages([page(SPACED)]).map((d) => d.type)).toEqual(['行政处罚决定书'])
  })
  it('leaves a page whose gaps part a form\'s cells as printed', () => {
    const form = ['行政处罚决定书', '当事人 张三 性别 男', '经查，当事人在禁渔期使用禁用渔具垂钓，违反了规定。']
    expect(isSpacedOut(form)).toBe(false)
    expect(unspacePage(page(form)).lines[1].text).toBe('当事人 张三 性别 男')
  })
})
