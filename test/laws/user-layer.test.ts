/**
 * The user layer: law texts imported from DOCX, HTML and TXT files into a data folder, merged with the shipped
 * database; a second version of a law gets its article map; a citation is judged against the version in force on
 * the decision date, either side of the new version's effective date; export and import of the shared file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { openLaws, openMergedLaws } from '../../electron/engine/laws'
import { commitLawImports, describePlanned, exportUserLaws, lawCurrency, listUserLaws, planLawImports, removeUserLaw } from '../../electron/engine/laws/import'
import { userLawsPath } from '../../electron/engine/laws/user'
import { formatArticle } from '../../shared/law/article'
import type { ArticleRecord } from '../../shared/law/data'
import { diffVersions } from '../../shared/law/versions'
import { checkCase } from '../../shared/check'
import { createCalendar } from '../../shared/calendar'
import { lawfulCase, rubricOf, FOOD } from '../check/build'

const resources = join(import.meta.dirname, '..', '..', 'resources')
const fixtures = join(import.meta.dirname, 'fixtures')
let dir: string
const fresh = () => mkdtempSync(join(dir, 'data-'))

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-laws-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A law's articles written out as a published text: title, the 公布/施行 line, 第X条　text, items on their own lines. */
function render(title: string, head: string, articles: ArticleRecord[]): string[] {
  const lines = [title, head]
  for (const [n, sub, , paragraphs] of articles) {
    paragraphs.forEach((p, i) => {
      const lead = typeof p === 'string' ? p : p[0]
      lines.push(i === 0 ? `${formatArticle(n, sub || undefined)}　${lead}` : `　　${lead}`)
      if (typeof p !== 'string') for (const [l, t] of p[1]) lines.push(`　　${l}${t}`)
    })
  }
  return lines
}

async function docxOf(lines: string[], file: string): Promise<string> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })
  writeFileSync(file, await Packer.toBuffer(doc))
  return file
}

describe('importing law texts', () => {
  it('a DOCX of a 部门规章 the user brings: parse shown, nothing written until committed, then merged and owner-only', async () => {
    const data = fresh()
    const src = readFileSync(join(fixtures, 'hjxzcfbf.md'), 'utf8')
    // The published text as Word paragraphs (the web copy's paragraphs, tags removed), under a title the database lacks.
    const paras = src
      .replace(/<br>\n/g, '\n')
      .split('\n')
      .map((l) => l.replace(/<[^>]+>/g, '').replace(/&emsp;/g, '　').replace(/\{align="center"\}/, '').replace(/^#+ /, '').trim())
      .filter((l) => l && /^(第|（[一二三四五六七八九十]|[\u4e00-\u9fa5]|\d{4}年)/.test(l))
    const file = await docxOf(['某某行政处罚办法', '（2026年1月5日某某部令第1号公布　自2026年3月1日起施行）', ...paras.filter((l) => !/^(title|环境行政处罚办法)/.test(l))], join(data, '办法.docx'))
    const planned = await planLawImports(resources, data, [file])
    expect(planned[0].parsed).toMatchObject({ title: '某某行政处罚办法', category: '部门规章', issuer: '某某部', promulgated: '2026-01-05', effective: '2026-03-01' })
    // The same text as the shipped 环境行政处罚办法: every article's 款 and 项 as shipped.
    const shipped = await openMergedLaws(resources, data)
    const expected = shipped.store.articles('环境行政处罚办法_2010-03-01')!
    const count = (arts: ArticleRecord[]) => arts.map(([n, , , ps]) => [n, ps.length, ps.reduce((k, p) => k + (typeof p === 'string' ? 0 : p[1].length), 0)])
    expect(count(planned[0].plans[0].law.articles)).toEqual(count(expected))
    expect(planned[0].parsed!.counts).toMatchObject({ articles: 82 })
    expect(planned[0].plans[0].action).toBe('新增法规')
    const shown = describePlanned(planned[0]).join('\n')
    expect(shown).toMatch(/82 条/)
    expect(shown).toMatch(/首条 第一条 为规范环境行政处罚的实施/)
    expect(shown).toMatch(/末条 第八十二条 本办法自2010年3月1日起施行。/)
    expect(() => statSync(userLawsPath(data))).toThrow()

    await commitLawImports(resources, data, [file])
    if (process.platform !== 'win32') expect(statSync(userLawsPath(data)).mode & 0o777).toBe(0o600)
    const laws = await openLaws(resources, data)
    expect(laws.versionOn('某某行政处罚办法', '2026-02-28')).toBeNull()
    const v = laws.versionOn('某某行政处罚办法', '2026-03-01')!
    expect(v.articleCount).toBe(82)
    expect(laws.provision(v.id, 22, { paragraph: 2, item: 4 })?.text).toMatch(/^（四）违法行为发生之日起/)
    expect(listUserLaws(data).map((l) => l.title)).toEqual(['某某行政处罚办法'])
    expect(laws.currency?.().userLaws).toBe(1)
    const cur = await lawCurrency(resources, data)
    expect(cur.userLaws).toBe(1)
    expect(cur.version).toMatch(/^laws-2-[0-9a-f]+\+user1-[0-9a-f]{8}$/)
    expect(cur.byCategory.find((c) => c.category === '部门规章')).toMatchObject({ newest: '2026-03-01', title: '某某行政处罚办法', user: 1 })
    // The shipped data alone is unchanged.
    expect((await openLaws(resources)).resolveTitle('某某行政处罚办法')).toBeNull()
  })

  it('a saved web page (HTML) of a text the shipped data already holds is refused with a Chinese message', async () => {
    const data = fresh()
    await expect(planLawImports(resources, data, [join(fixtures, 'pwxkgltl.html')], { title: '排污许可管理条例' })).rejects.toThrow(/法规库已收录《排污许可管理条例》自 2021-03-01 起适用的文本/)
  })

  it('unusable files: wrong type, no articles', async () => {
    const data = fresh()
    const txt = join(data, 'note.txt')
    writeFileSync(txt, '这是一份说明，没有条文。')
    await expect(planLawImports(resources, data, [txt])).rejects.toThrow(/没有找到“第一条”/)
    const xls = join(data, 'a.xls')
    writeFileSync(xls, 'x')
    await expect(planLawImports(resources, data, [xls])).rejects.toThrow(/不支持的文件类型/)
  })
})

describe('a new version of a law already present', () => {
  it('环境行政处罚办法: an inserted article, a changed one and a removed one are listed; the article map follows', async () => {
    const data = fresh()
    const merged = await openMergedLaws(resources, data)
    const old = merged.store.articles('环境行政处罚办法_2010-03-01')!
    const next: ArticleRecord[] = []
    for (const a of old) {
      if (a[0] === 81) continue
      const n = a[0] > 5 ? a[0] + 1 : a[0]
      let paragraphs = a[3]
      // 第十条 (kinds of penalty): 通报批评 added, 行政拘留 dropped.
      if (a[0] === 10) paragraphs = a[3].map((p) => (typeof p === 'string' ? p : [p[0], p[1].map(([l, t]) => [l, t === '行政拘留；' ? '通报批评；' : t] as [string, string])]))
      next.push([n, 0, '', paragraphs])
      if (a[0] === 5) next.push([6, 0, '', ['生态环境行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人。']])
    }
    const last = next[next.length - 1]
    last[3] = ['本办法自2026年7月1日起施行。', ...last[3].slice(1)]
    const file = join(data, '环境行政处罚办法.txt')
    writeFileSync(file, render('环境行政处罚办法', '（2026年5月10日生态环境部令第99号公布　自2026年7月1日起施行）', next).join('\n'))
    const [planned] = await planLawImports(resources, data, [file])
    const plan = planned.plans[0]
    expect(plan.action).toBe('新版本')
    expect(plan.previous?.id).toBe('环境行政处罚办法_2010-03-01')
    const c = plan.changes!
    expect(c.counts).toMatchObject({ added: 1, removed: 1 })
    const by = (k: string) => c.list.filter((x) => x.kind === k).map((x) => [x.from, x.to])
    expect(by('added')).toEqual([[undefined, '第六条']])
    expect(by('removed')).toEqual([['第八十一条', undefined]])
    expect(c.list.find((x) => x.from === '第十条')).toMatchObject({ kind: 'renumbered', to: '第十一条', textChanged: true })
    expect(c.list.find((x) => x.from === '第二十二条')).toMatchObject({ kind: 'renumbered', to: '第二十三条', textChanged: false })
    expect(c.list.find((x) => x.from === '第八十二条')).toMatchObject({ kind: 'renumbered', to: '第八十三条', textChanged: true })
    expect(c.counts.same).toBe(5)
    expect(describePlanned(planned).join('\n')).toMatch(/第十条 改为 第十一条，并修改/)

    await commitLawImports(resources, data, [file])
    const laws = await openLaws(resources, data)
    expect(laws.versionOn('环境行政处罚办法', '2026-06-30')?.id).toBe('环境行政处罚办法_2010-03-01')
    const v = laws.versionOn('环境行政处罚办法', '2026-07-01')!
    expect(v.id).toBe(plan.law.id)
    expect(laws.law!('环境行政处罚办法_2010-03-01')?.inForceUntil).toBe('2026-06-30')
    expect(laws.articleMap!('环境行政处罚办法_2010-03-01', v.id, 22)).toMatchObject({ to: [23], change: '文字相同' })
    expect(laws.articleMap!('环境行政处罚办法_2010-03-01', v.id, 81)).toMatchObject({ to: [], change: '无对应' })
    expect(laws.articleMap!(v.id, '环境行政处罚办法_2010-03-01', 6)).toMatchObject({ to: [], change: '新增' })
  })

  it('the pure diff tells renumbered-only from changed text, and is bounded on long laws', () => {
    const a: ArticleRecord[] = Array.from({ length: 1200 }, (_, i) => [i + 1, 0, '', [`第${i}项规则的内容，规定了某一具体事项的处理方法和期限${i * 7}日。`]])
    const b = a.slice(1).map((x, i): ArticleRecord => [i + 1, 0, '', x[3]])
    const t0 = performance.now()
    const d = diffVersions('a', a, 'b', b)
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(d.counts).toEqual({ same: 0, changed: 0, renumbered: 1199, added: 0, removed: 1 })
  })
})

describe('a citation judged against the version in force on the decision date', () => {
  it('flips at the effective date of an imported version of 食品安全法', async () => {
    const data = fresh()
    const merged = await openMergedLaws(resources, data)
    const current = merged.store.versionOn(FOOD, '2025-12-31')!
    const arts = merged.store.articles(current.id)!
    // The new text keeps nine of the thirteen items of 第三十四条 (the case cites its 第（十）项).
    const next = arts.map((a): ArticleRecord => (a[0] !== 34 ? a : [34, 0, '', a[3].map((p) => (typeof p === 'string' ? p : [p[0], p[1].slice(0, 9)]))]))
    const file = join(data, '食品安全法.txt')
    writeFileSync(file, render(FOOD, '（2025年12月27日第十四届全国人民代表大会常务委员会第十九次会议修订　自2026年2月1日起施行）', next).join('\n'))
    const [planned] = await planLawImports(resources, data, [file])
    expect(planned.plans[0]).toMatchObject({ action: '新版本' })
    expect(planned.plans[0].changes!.list).toEqual([expect.objectContaining({ kind: 'changed', from: '第三十四条' })])
    await commitLawImports(resources, data, [file])
    const laws = await openLaws(resources, data)

    const findings = (decision: string) => {
      const { facts, documents } = lawfulCase({ dates: { notice: decision, noticeServed: decision, statement: decision, decision, service: decision, payment: decision, closing: decision } }).build()
      return checkCase(facts, documents, rubricOf({ kind: 'citation', params: {} }), { laws, calendar: createCalendar() }).findings
    }
    expect(findings('2026-01-30').filter((f) => /第三十四条/.test(f.message))).toEqual([])
    const after = findings('2026-02-02').filter((f) => /第三十四条/.test(f.message))
    expect(after.map((f) => f.kind)).toEqual(['citation-outdated'])
    expect(after[0].message).toMatch(/2026-02-01|2025-12-27/)
  })
})

describe('sharing with colleagues', () => {
  it('export writes one file (never over an existing one); a colleague imports it into an empty data folder; remove takes a law out', async () => {
    const mine = fresh()
    const lines = render('某某市城市管理条例', '（2026年1月20日某某市人民代表大会常务委员会第九次会议通过　自2026年4月1日起施行）', [
      [1, 0, '', ['为了加强城市管理，制定本条例。']],
      [2, 0, '', [['违反本条例规定，有下列行为之一的，处一千元以上五千元以下罚款：', [['（一）', '乱堆乱放的；'], ['（二）', '乱贴乱画的。']]]]],
    ])
    const src = join(mine, 'tiaoli.txt')
    writeFileSync(src, lines.join('\n'))
    await commitLawImports(resources, mine, [src])
    const out = join(mine, '分享.json')
    expect(exportUserLaws(mine, out)).toBe(1)
    expect(() => exportUserLaws(mine, out)).toThrow(/文件已存在/)

    const theirs = fresh()
    const [planned] = await planLawImports(resources, theirs, [out])
    expect(planned.plans.map((p) => [p.law.title, p.action, p.law.category])).toEqual([['某某市城市管理条例', '新增法规', '地方性法规']])
    await commitLawImports(resources, theirs, [out])
    const laws = await openLaws(resources, theirs)
    expect(laws.fineRanges(laws.versionOn('某某市城市管理条例', '2026-05-01')!.id, 2, { item: 1 })).toMatchObject([{ min: 1000, max: 5000 }])

    expect(removeUserLaw(theirs, listUserLaws(theirs)[0].id)).toBe(true)
    expect((await openLaws(resources, theirs)).resolveTitle('某某市城市管理条例')).toBeNull()
  })
})
