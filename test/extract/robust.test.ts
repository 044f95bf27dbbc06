import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { extractDocFacts } from '../../shared/extract'
import { docText } from '../../shared/extract/text'
import { segmentPages } from '../../shared/segment'
import type { Page } from '../../shared/types'
import { doc } from './helpers'

const unit = fc.constantFrom(...'当事人案由立案日期年月日时分至第条款项《》“”：:，。、（）()〔〕[]号罚款元万人民币伍壹拾佰仟零〇一二三四五六七八九十0123456789 -./执法证号统一社会信用代码'.split(''))
const line = fc.string({ unit, maxLength: 60 })

describe('extraction and segmentation never throw', () => {
  it('extractDocFacts on arbitrary form-like lines, and every span stays inside its line', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const f = extractDocFacts(doc(lines))
        for (const e of [...f.dates, ...f.amounts, ...f.citations, ...f.caseNumbers].map((x) => x.evidence)) {
          const text = lines[e.line!]
          expect(e.span![0]).toBeGreaterThanOrEqual(0)
          expect(e.span![1]).toBeLessThanOrEqual(text.length)
        }
      }),
      { numRuns: 400 },
    )
  })
  it('extractDocFacts on arbitrary strings', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 8 }), (lines) => { extractDocFacts(doc(lines)) }), { numRuns: 300 })
  })
  it('segmentPages on arbitrary pages keeps every page once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a.pdf', 'b.pdf', '扫描件_001.jpg'), fc.array(line, { maxLength: 8 })), { maxLength: 10 }), (raw) => {
        const pages: Page[] = raw.map(([file, lines], i) => ({ file, page: i + 1, width: 1, height: 1, unit: 'pt', source: 'text', lines: lines.map((text) => ({ text, bbox: { x: 0, y: 0, w: 0, h: 0 }, confidence: 1 })) }))
        const docs = segmentPages(pages)
        expect(docs.flatMap((d) => d.parts.flatMap((p) => p.pages.map((n) => `${p.file}#${n}`)))).toEqual(pages.map((p) => `${p.file}#${p.page}`))
      }),
      { numRuns: 300 },
    )
  })
  it('a long run-on page stays fast', () => {
    const text = '当事人于2024年3月5日销售过期食品，违反《中华人民共和国食品安全法》第三十四条第（十）项，罚款人民币伍万元整，'.repeat(400)
    const t0 = performance.now()
    const f = extractDocFacts(doc([text]))
    expect(f.dates.length).toBe(400)
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})

describe('a scanned page whose full line stands over the addressee', () => {
  it('the addressee alone on its line, the agency speaking to it next, is not run onto the full line above', () => {
    const lines = ['行政处罚决定书夏自然资规罚〔2023〕017号', '发布日期:2023-04-27 17:05文章来源:江夏区自然资源和规划局', '武汉市江夏佳顺铝粉厂', '我局于2023年2月6日对你单位非法占地一案立案调查。']
    const d = doc(lines, '行政处罚决定书', lines.map(() => 0.95))
    // (each line as wide as a full one, as the scan prints them)
    d.lines = d.lines.map((l) => ({ ...l, bbox: { ...l.bbox, w: 600 } }))
    expect(docText(d).text).toContain('规划局\n武汉市江夏佳顺铝粉厂\n')
    expect(extractDocFacts(d).parties.map((p) => p.name)).toEqual(['武汉市江夏佳顺铝粉厂'])
  })
})

describe('a sentence a scanned page broke just before its colon', () => {
  const full = (lines: string[]) => {
    const d = doc(lines, '行政处罚决定书', lines.map(() => 0.95))
    d.lines = d.lines.map((l, i) => ({ ...l, bbox: { ...l.bbox, w: i === 0 ? 600 : l.text.length * 12 } }))
    return docText(d).text
  }
  it('runs on into the short tail, which is no label of its own', () => {
    expect(full(['我局于2024年6月3日对你单位进行了调查，发现你单位实施了以下生态环', '境违法行为:', '你单位于2024年4月1日对柴油车进行了检测。'])).toContain('生态环境违法行为:\n')
  })
  it('but not into an addressee or a label on a line of its own', () => {
    expect(full(['某某县市场监督管理局行政处罚决定书某市监处罚〔2024〕5号发布日期', '某某商贸有限公司:', '经查，你公司销售过期食品。'])).toContain('发布日期\n某某商贸有限公司:')
    expect(full(['某某县市场监督管理局行政处罚决定书某市监处罚〔2024〕5号发布日期', '当事人:', '某某商贸有限公司'])).toContain('发布日期\n当事人:')
  })
})

describe('page furniture and a name’s tail on a scan', () => {
  it('a bare number standing last on its page is the page’s number: the sum it stands between reads whole', () => {
    const d = doc(['二、处造成损失金额1.5倍的罚款，计人民币贰万柒仟玖佰陆', '1', '拾元整（¥27,960.00）。'], '行政处罚决定书')
    d.lines = d.lines.map((l, i) => ({ ...l, page: i < 2 ? 1 : 2 }))
    expect(docText(d).text).toContain('贰万柒仟玖佰陆拾元整（¥27,960.00）')
    // (…but a number with words after it on its page is no page number)
    const e = doc(['违法所得', '1', '万元，已没收。'], '行政处罚决定书')
    expect(docText(e).text).toContain('1')
  })
  it('a name’s last character pushed onto a line of its own goes back onto the line it was cut from', () => {
    const lines = ['地址：天津市津沽区海河东路208号法定代表人：贺立', '群', '当事人（二）：贺立群男身份证号：120101197402286736', '经查，当事人于2024年4月6日安排未取得导游证的人员提供导游服务。']
    const d = doc(lines, '立案审批表', lines.map(() => 0.98))
    expect(docText(d).text).toContain('法定代表人:贺立群\n')
    // (…not a short value under a label: 性别： / 男)
    expect(docText(doc(['当事人：某某商贸有限公司', '性别：', '男'], '询问笔录')).text).toContain('性别:\n男')
  })
})

describe('more of what a scan does to a form', () => {
  it('the thousands’ comma read full-width (354，060元) is the figure’s, not a clause’s', () => {
    expect(extractDocFacts(doc(['三、并处罚款人民币354，060元（每平方米150元）。'], '行政处罚决定书')).amounts.filter((a) => a.role === '罚款').map((a) => a.yuan)).toEqual([354060])
  })
  it('a firm’s name before the next box, the gap narrowed to one space (…有限公司 现场指界人：…), stays apart from it', () => {
    const lines = ['现场勘测笔录', '当事人：桐安县宏顺物流有限公司 现场指界人：曹志军（法定代表人）', '勘测人员石磊 执法证号豫41132900187', '执法人员出示执法证件，告知当事人有陈述、申辩和申请回避的权利，当事人不申请回避。']
    expect(extractDocFacts(doc(lines, '现场检查笔录', lines.map(() => 0.98))).parties.map((p) => p.name)).toEqual(['桐安县宏顺物流有限公司'])
  })
  it('a box’s label the width cut before its 日期 is read whole (收件 / 日期：…)', () => {
    const lines = ['税务文书送达回证', '送达文书名称：税务行政处罚决定书（渭税二稽罚〔2025〕41号）', '受送达人签名或盖章：贺建军 (某商贸有限公司印章) 收件', '日期：2025年5月27日9时40分', '送达人：雷振宇马婧']
    expect(docText(doc(lines, '送达回证', lines.map(() => 0.98))).text).toContain('收件日期:2025年5月27日')
  })
  it('the last box’s value the width wrapped onto the next line goes on there (送达文书名称：…；税务行政 / 处罚决定书（…）)', () => {
    const lines = ['税务文书送达回证', '送达文书名称：税务处理决定书（渭税二稽处〔2025〕41号）；税务行政', '处罚决定书（渭税二稽罚〔2025〕41号）', '受送达人：渭宁市秦禾商贸有限公司', '送达人：雷振宇马婧']
    const d = doc(lines, '送达回证', lines.map(() => 0.98))
    expect(extractDocFacts(d).fields.find((f) => f.label === '送达文书名称')?.value).toBe('税务处理决定书（渭税二稽处〔2025〕41号）；税务行政处罚决定书（渭税二稽罚〔2025〕41号）')
  })
})

describe('a line that stops inside a bracket it opened', () => {
  it('runs on into the next, the paper’s number read whole with the sentence that serves it', () => {
    const lines = ['本局于2024年8月30日作出《行政处罚事先告知书》（黔川医', '保罚告〔2024〕5号），于2024年9月3日送达你单位，告知你单', '位陈述、申辩和要求听证的权利。', '经复核，决定如下：']
    const d = doc(lines, '行政处罚决定书', lines.map(() => 0.98))
    expect(docText(d).text).toContain('（黔川医保罚告〔2024〕5号）')
    expect(extractDocFacts(d).dates.find((x) => x.text === '2024年9月3日')?.role).toBe('告知')
  })
})
