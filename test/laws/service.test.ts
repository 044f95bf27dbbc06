/**
 * The laws.* methods of the engine API (设置 → 法规库): status, preview (nothing added), import, list, remove and
 * export through the same request schemas every transport uses; a check run after the import uses the new text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EngineService } from '../../electron/engine/service'

let dir: string
let service: EngineService

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-laws-api-'))
  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
  writeFileSync(
    join(dir, '规定.txt'),
    ['某某部某某管理规定', '（2026年1月8日某某部令第3号公布　自2026年2月1日起施行）', '第一条　为了规范某某管理，制定本规定。', '第二条　违反本规定的，处一万元以下罚款。', '第三条　本规定自2026年2月1日起施行。'].join('\n'),
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('laws API', () => {
  it('status states the shipped data and the newest start date per category', async () => {
    const s = await service.call('laws.status', undefined)
    expect(s.userLaws).toBe(0)
    expect(s.version).toBe(s.shippedVersion)
    expect(s.byCategory.map((c) => c.category).slice(0, 3)).toEqual(['法律', '行政法规', '部门规章'])
    expect(s.byCategory[0].newest).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('preview adds nothing; import adds; list, export and remove', async () => {
    const [p] = await service.call('laws.preview', { paths: [join(dir, '规定.txt')] })
    expect(p.laws[0]).toMatchObject({ action: '新增法规', title: '某某部某某管理规定', category: '部门规章', effective: '2026-02-01', articles: 3 })
    expect(p.lines.join('\n')).toContain('末条 第三条 本规定自2026年2月1日起施行。')
    expect(await service.call('laws.list', undefined)).toEqual([])
    const r = await service.call('laws.import', { paths: [join(dir, '规定.txt')] })
    expect(r.imported).toBe(1)
    expect(r.status.userLaws).toBe(1)
    expect(r.status.byCategory.find((c) => c.category === '部门规章')).toMatchObject({ newest: '2026-02-01', user: 1 })
    const list = await service.call('laws.list', undefined)
    expect(list.map((l) => l.title)).toEqual(['某某部某某管理规定'])
    const out = join(dir, '给同事.json')
    expect(await service.call('laws.export', { path: out })).toEqual({ file: out, count: 1 })
    expect(existsSync(out)).toBe(true)
    await expect(service.call('laws.export', { path: out })).rejects.toThrow(/不覆盖/)
    expect((await service.call('laws.remove', { id: list[0].id })).status.userLaws).toBe(0)
  })

  it('requests are checked: a relative path, a wrong category, a malformed date', async () => {
    await expect(service.call('laws.preview', { paths: ['规定.txt'] })).rejects.toThrow(/完整路径/)
    await expect(service.call('laws.import', { paths: [join(dir, '规定.txt')], category: '条例' as never })).rejects.toThrow(/category/)
    await expect(service.call('laws.import', { paths: [join(dir, '规定.txt')], effective: '2026/2/1' })).rejects.toThrow(/2026-02-01/)
  })
})
