/**
 * The law-text parser on real published texts (test/laws/fixtures, sources in fixtures/SOURCES.md) and on texts of
 * the shipped database written out the way the 国家法律法规数据库 publishes them (one paragraph a line).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { loadLaws } from '../../electron/engine/laws'
import type { LawStore } from '../../shared/law/store'
import { htmlToLines, LawTextError, looksLikeHtml, parseLawText, articleText, type ParsedLaw } from '../../shared/law/parse-text'

const fixtures = join(import.meta.dirname, 'fixtures')
const resources = join(import.meta.dirname, '..', '..', 'resources')
let laws: LawStore

beforeAll(async () => {
  laws = await loadLaws(resources)
})

function readFixture(name: string): string[] {
  const text = readFileSync(join(fixtures, name), 'utf8')
  return looksLikeHtml(text) ? htmlToLines(text) : text.split('\n')
}

/** Every article's 款 and 项 counts against the shipped text of the same version. */
function expectSameCounts(parsed: ParsedLaw, lawId: string) {
  const info = laws.law(lawId)!
  expect(parsed.counts.articles).toBe(info.articleCount)
  const diffs: string[] = []
  for (const [n, sub, , paragraphs] of parsed.articles) {
    const p = laws.provision(lawId, n, { articleSub: sub || undefined })
    expect(p, `第${n}条`).not.toBeNull()
    const items = paragraphs.reduce((k, x) => k + (typeof x === 'string' ? 0 : x[1].length), 0)
    if (p!.paragraphCount !== paragraphs.length || p!.itemCount !== items) diffs.push(`第${n}条 款 ${paragraphs.length}/${p!.paragraphCount} 项 ${items}/${p!.itemCount}`)
  }
  expect(diffs).toEqual([])
}

describe('real published texts', () => {
  it('环境行政处罚办法 (部门规章, a web copy with 【caption】 and <br> items): 82 articles, counts as shipped, dates, issuer', () => {
    const p = parseLawText(readFixture('hjxzcfbf.md'))
    expect(p.title).toBe('环境行政处罚办法')
    expect(p.effective).toBe('2010-03-01')
    expect(p.promulgated).toBe('2010-01-19')
    expect(p.issuer).toBe('环境保护部')
    expect(p.category).toBe('部门规章')
    expect(p.chapters.length).toBe(8)
    expect(p.articleChapters[81]).toBe('第八章 附则')
    expect(p.chapters[0]).toBe('第一章 总则')
    expect(p.articleChapters[21]).toBe('第三章 一般程序')
    expect(p.articles[0][2]).toBe('立法目的')
    expect(p.counts.articles).toBe(82)
    expectSameCounts(p, '环境行政处罚办法_2010-03-01')
  })

  it('排污许可管理条例 (行政法规) from the markdown copy and from the rendered page agree with the shipped text', () => {
    for (const f of ['pwxkgltl.md', 'pwxkgltl.html']) {
      // The rendered page is the body only (no <title>): its title is given, as `laws import --title` does.
      const p = parseLawText(readFixture(f), f.endsWith('.html') ? { title: '排污许可管理条例' } : {})
      expect(p.title, f).toBe('排污许可管理条例')
      expect(p.effective, f).toBe('2021-03-01')
      expect(p.promulgated, f).toBe('2021-01-24')
      expect(p.issuer, f).toBe('国务院')
      expect(p.category, f).toBe('行政法规')
      expect(p.chapters.length, f).toBe(6)
      expectSameCounts(p, '排污许可管理条例_2021-01-24')
    }
  })

  it('中华人民共和国行政处罚法 (法律, 2021 revision): 86 articles, 第一百… numbering not needed, dates of the revision', () => {
    const p = parseLawText(readFixture('zhrmghgxzcff.md'))
    expect(p.title).toBe('中华人民共和国行政处罚法')
    expect(p.category).toBe('法律')
    expect(p.effective).toBe('2021-07-15')
    expect(p.promulgated).toBe('2021-01-22')
    expectSameCounts(p, '行政处罚法_2021-01-22')
  })

  it('广东省环境保护条例 (地方性法规, the 2019 text: its 施行 sentence keeps the 2015 date)', () => {
    const p = parseLawText(readFixture('gdshjbhtl.md'))
    expect(p.title).toBe('广东省环境保护条例')
    expect(p.category).toBe('地方性法规')
    expect(p.issuer).toBe('广东省人民代表大会常务委员会')
    expect(p.promulgated).toBe('2019-11-29')
    expect(p.effective).toBe('2015-07-01')
    expect(p.warnings.join()).toMatch(/早于本文本的修改日期/)
    expect(p.counts.articles).toBe(83)
    // The shipped 2022 text splits nothing out of 第二十四条; the 2019 text has four paragraphs there.
    expect(p.articles[23][3].length).toBe(4)
  })
})

/** A shipped law written out as published: title, the 公布/施行 line, chapter headings, 第X条　text, items on lines. */
function published(lawId: string): string {
  const info = laws.law(lawId)!
  const lines = [info.title, `（${info.versionDate.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}公布 自${(info.effective ?? info.versionDate).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}起施行）`]
  const count = info.articleCount ?? 0
  let n = 0
  for (let a = 1; n < count && a < 2000; a++) {
    for (let sub = 0; sub < 6; sub++) {
      const p = laws.provision(lawId, a, { articleSub: sub || undefined })
      if (!p) {
        if (sub === 0) break
        continue
      }
      n++
      lines.push(`${p.label}　${p.text.replace(/\n/g, '\n　　')}`)
    }
  }
  return lines.join('\n')
}

describe('shipped texts written out as published', () => {
  const ids = ['行政处罚法_2021-01-22', '行政处罚法_2017-09-01', '食品安全法_2021-04-29', '安全生产法_2021-06-10', '排污许可管理条例_2021-01-24', '环境行政处罚办法_2010-03-01']
  it.each(ids)('%s: the same articles, paragraphs and items', (id) => {
    const info = laws.law(id)
    if (!info) throw new Error(`${id} not in the database`)
    const p = parseLawText(published(id))
    expect(p.title).toBe(info.title)
    expect(p.effective).toBe(info.effective ?? info.versionDate)
    expectSameCounts(p, id)
  })

  it('reads 第一百零一条 and 之一 articles in order', () => {
    const lines = ['某某法', ...Array.from({ length: 105 }, (_, i) => `第${toCn(i + 1)}条　第${i + 1}条的内容。`)]
    lines.splice(102, 0, '第一百零一条之一　插入的条文。')
    const q = parseLawText(lines.join('\n'))
    expect(q.counts.articles).toBe(106)
    expect(q.articles.slice(100, 103).map((a) => [a[0], a[1]])).toEqual([[101, 0], [101, 1], [102, 0]])
  })
})

function toCn(n: number): string {
  const d = '零一二三四五六七八九'
  if (n < 10) return d[n]
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`
  const h = Math.floor(n / 100)
  const r = n % 100
  return `${d[h]}百${r === 0 ? '' : r < 10 ? `零${d[r]}` : r < 20 ? `一${toCn(r)}` : toCn(r)}`
}

describe('parse details', () => {
  it('items written inline split into 项; sub-items 1. 2. under an item; a reference at a line start is no article', () => {
    const p = parseLawText(
      [
        '广州市某某管理办法',
        '第一条　有下列情形之一的，处一万元以上五万元以下罚款：（一）未经许可的；（二）超出范围的；（三）其他情形。',
        '第二条　下列事项：',
        '（一）甲事项：',
        '1.子项一；',
        '2.子项二；',
        '（二）乙事项。',
        '前款规定的事项，另行规定。',
        '第一条规定的罚款，由市人民政府决定。',
        '第三条　本办法自2026年2月1日起施行。',
      ].join('\n'),
    )
    expect(p.counts).toEqual({ articles: 3, paragraphs: 5, items: 5 })
    const a2 = p.articles[1][3]
    expect(typeof a2[0] === 'string' ? null : a2[0][1][0][2]).toEqual([['1.', '子项一；'], ['2.', '子项二；']])
    expect(p.effective).toBe('2026-02-01')
    expect(p.category).toBe('地方政府规章')
    expect(articleText(p.articles[0])).toContain('（二）超出范围的；')
  })

  it('a text PDF’s wrapped lines join into paragraphs', () => {
    const p = parseLawText(['某某条例', '第一条　为了加强和规范某某工作，促进严格', '规范公正文明执法，制定本条例。', '第二条　本条例自2026年2月1日', '起施行。'], { wrapped: true })
    expect(p.articles[0][3]).toEqual(['为了加强和规范某某工作，促进严格规范公正文明执法，制定本条例。'])
    expect(p.effective).toBe('2026-02-01')
  })

  it('Chinese-numeral dates and 自公布之日起施行', () => {
    const p = parseLawText(['某某规定', '（二〇二五年十二月六日公布）', '第一条　内容。', '第二条　本规定自公布之日起施行。'])
    expect(p.promulgated).toBe('2025-12-06')
    expect(p.effective).toBe('2025-12-06')
  })

  it('a head listing several revisions: the latest 修订 date is the text’s; the first 公布 date is the adoption', () => {
    const p = parseLawText(['肥料登记管理办法', '（2000年6月23日农业部令第32号公布，2004年7月1日农业部令第38号、2017年11月30日农业部令2017年第8号、2022年1月7日农业农村部令2022年第1号修订）', '第一条　内容。', '第二条　本办法自发布之日起施行。'])
    expect([p.promulgated, p.adopted, p.effective, p.issuer]).toEqual(['2022-01-07', '2000-06-23', '2022-01-07', '农业部'])
    const q = parseLawText(['某某规定', '（《某某规定》已于2021年12月1日经农业农村部第15次常务会议审议通过，现予发布，自2022年2月1日起施行）', '第一条　内容。'])
    expect([q.promulgated, q.effective, q.issuer, q.category]).toEqual(['2021-12-01', '2022-02-01', '农业农村部', '部门规章'])
  })

  it('refuses a text without numbered articles or too large, in Chinese', () => {
    expect(() => parseLawText('这只是一段说明文字。')).toThrow(LawTextError)
    expect(() => parseLawText('第'.repeat(700_000))).toThrow(/文本过大/)
  })

  it('stays fast on hostile input (no catastrophic backtracking)', () => {
    const t0 = performance.now()
    const junk = ['某某法', '第一条　' + '（'.repeat(50_000) + '第'.repeat(50_000), '<'.repeat(100_000), '第一条之'.repeat(20_000)].join('\n')
    parseLawText(junk)
    htmlToLines('<p' + ' a'.repeat(200_000) + '<br>'.repeat(10_000))
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})
