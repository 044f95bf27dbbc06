/**
 * `pingcha laws import|export|list|remove|status`: the parse shown before anything is added, --yes to add, the
 * JSON shape, one Chinese line and a non-zero exit for unusable input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli as run } from '../cli-run'

const fixtures = join(import.meta.dirname, 'fixtures')
let dir: string
let saved: string | undefined


const LAW = [
  '某某市养犬管理条例',
  '（2025年12月20日某某市第十七届人民代表大会常务委员会第二十次会议通过　自2026年3月1日起施行）',
  '第一章　总则',
  '第一条　为了规范养犬行为，制定本条例。',
  '第二章　法律责任',
  '第二条　违反本条例规定，携犬出户未束犬链的，由公安机关责令改正，处二百元以上五百元以下罚款。',
  '　　有下列情形之一的，从重处罚：',
  '　　（一）犬只伤人的；',
  '　　（二）拒不改正的。',
  '第三条　本条例自2026年3月1日起施行。',
].join('\n')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-laws-cli-'))
  saved = process.env.PINGCHA_DATA
  process.env.PINGCHA_DATA = join(dir, 'data')
  writeFileSync(join(dir, '养犬.txt'), LAW)
})
afterAll(() => {
  if (saved === undefined) delete process.env.PINGCHA_DATA
  else process.env.PINGCHA_DATA = saved
  rmSync(dir, { recursive: true, force: true })
})

describe('pingcha laws', () => {
  it('import without --yes shows the parse and adds nothing', async () => {
    const r = await run('laws', 'import', join(dir, '养犬.txt'))
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('《某某市养犬管理条例》 新增法规')
    expect(r.stdout).toContain('类别 地方性法规')
    expect(r.stdout).toContain('3 条、4 款、2 项，2 章')
    expect(r.stdout).toContain('首条 第一条 为了规范养犬行为，制定本条例。')
    expect(r.stdout).toContain('末条 第三条 本条例自2026年3月1日起施行。')
    expect(r.stdout).toContain('施行日期 2026-03-01')
    expect(r.stdout).toContain('未导入')
    expect((await run('laws', 'list')).stdout).toContain('用户法规库是空的')
  })

  it('import --yes --json adds it; list, status, export; a second import of the same text replaces it', async () => {
    const r = await run('laws', 'import', join(dir, '养犬.txt'), '--yes', '--json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.stdout)
    expect(j.imported).toBe(true)
    expect(j.files[0].laws[0]).toMatchObject({ action: '新增法规', title: '某某市养犬管理条例', category: '地方性法规', effective: '2026-03-01', articles: 3, firstArticle: 1, lastArticle: 3 })
    expect(j.files[0].parsed.counts).toEqual({ articles: 3, paragraphs: 4, items: 2 })
    const list = JSON.parse((await run('laws', 'list', '--json')).stdout)
    expect(list.map((l: { title: string }) => l.title)).toEqual(['某某市养犬管理条例'])
    const status = await run('laws', 'status')
    expect(status.stdout).toMatch(/用户导入 1 部/)
    expect(status.stdout).toMatch(/地方性法规.*最新施行 2026-03-01《某某市养犬管理条例》/)
    expect((await run('laws', 'export', join(dir, 'share.json'))).stdout).toContain('已导出 1 部法规')
    const again = JSON.parse((await run('laws', 'import', join(dir, '养犬.txt'), '--yes', '--json')).stdout)
    expect(again.files[0].laws[0].action).toBe('替换')
    expect(JSON.parse((await run('laws', 'list', '--json')).stdout)).toHaveLength(1)
    expect((await run('laws', 'remove', list[0].id)).code).toBe(0)
  })

  it('refuses unusable input with one Chinese line and a non-zero exit', async () => {
    const cases: [string[], number, RegExp][] = [
      [['laws', 'import', join(dir, 'nope.docx')], 1, /^错误：找不到文件/],
      [['laws', 'import', join(fixtures, 'SOURCES.md')], 1, /^错误：SOURCES\.md：没有找到“第一条”/],
      [['laws', 'import', join(dir, '养犬.txt'), '--category', '条例'], 2, /^用法错误：--category 应为 法律、行政法规/],
      [['laws', 'remove', '不存在'], 1, /^错误：用户法规库中没有编号为 不存在 的法规/],
      [['laws'], 2, /^用法错误：laws 需要子命令/],
    ]
    for (const [argv, code, msg] of cases) {
      const r = await run(...argv)
      expect(r.code, argv.join(' ')).toBe(code)
      expect(r.stderr, argv.join(' ')).toMatch(msg)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
