/**
 * Junk-only cases (issue: "Hostile and messy inputs"): a DOCX of nothing but entity references and a folder of tiny
 * files scored 100 / 优秀 with items pending. Through the service as the app imports them, each is 无法评分 with its
 * reason — in the case list, the case, and the exports, which count neither as 优秀 nor in any average.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineService } from '../../electron/engine/service'
import { appPaths } from '../../electron/engine/paths'
import { projectStats } from '../../electron/engine/export/model'
import { docx, docxXml, entry } from './files'
import { waitJob as waitJobOf } from '../service/jobs'

let dir: string
let service: EngineService
let projectId: string
let ids: { entities: number; tiny: number; good: number }

const waitJob = (jobId: string) => waitJobOf(service, jobId)

async function docxText(file: string): Promise<string> {
  const z = await JSZip.loadAsync(readFileSync(file))
  return (await z.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-junk-'))
  const entities = join(dir, 'cases', '实体引用')
  const tiny = join(dir, 'cases', '小文件')
  mkdirSync(entities, { recursive: true })
  mkdirSync(tiny, { recursive: true })
  const junk = Array.from({ length: 400 }, () => '&amp;&lt;&gt;&quot;&apos;&#20013;&#x6587;&amp;amp;')
  writeFileSync(join(entities, '材料.docx'), docx(entry('', docxXml(junk))))
  for (let i = 0; i < 300; i++) writeFileSync(join(tiny, i % 2 ? `${i}.txt` : `${i}.jpg`), i % 2 ? `第${i}页` : Buffer.from([0xff, 0xd8, i & 255]))
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), join(dir, 'cases', '正常'), { recursive: true })

  service = new EngineService({ transport: 'http', paths: { dataDir: join(dir, 'data') } })
  await service.call('settings.set', { reviewer: '张三' })
  projectId = (await service.call('project.create', { name: '垃圾案卷', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })).id
  const job = await waitJob((await service.call('case.import', { projectId, folders: [entities, tiny, join(dir, 'cases', '正常')] })).jobId)
  expect(job.state).toBe('done')
  const [a, b, c] = job.caseIds
  ids = { entities: a, tiny: b, good: c }
}, 180_000)

afterAll(async () => {
  await service?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a case of junk only', () => {
  it('is listed as 无法评分 with its reason, never 100 / 优秀', async () => {
    const rows = await service.call('case.list', { projectId })
    for (const id of [ids.entities, ids.tiny]) {
      const row = rows.find((r) => r.id === id)!
      expect(row.grade).toBe('无法评分')
      expect(row.score).toBeNull()
      expect(row.pending).toBe(0)
      expect(row.ungradable).toMatch(/没有可读取的行政处罚文书/)
    }
    expect(rows.find((r) => r.id === ids.tiny)!.ungradable).toMatch(/150 个文件无法读取/)
    const good = rows.find((r) => r.id === ids.good)!
    expect(good.ungradable).toBeNull()
    expect(good.score).toEqual(expect.any(Number))
  })

  it('stays 无法评分 in the case and after a reviewer decides something on it', async () => {
    const d = await service.call('case.get', { projectId, caseId: ids.entities })
    expect(d.score?.grade).toBe('无法评分')
    expect(d.result?.grade).toBe('无法评分')
    const item = d.result!.items[0]!.itemId
    const res = await service.call('finding.decide', { projectId, caseId: ids.entities, decision: { itemId: item, action: 'reject', reviewer: '张三' } })
    expect(res.score.grade).toBe('无法评分')
    const row = (await service.call('case.list', { projectId })).find((r) => r.id === ids.entities)!
    expect(row).toMatchObject({ grade: '无法评分', score: null })
  })

  it('counts in no average, band or 优秀率 of the bulletin, and the exports say why', async () => {
    const s = (service as unknown as { stores: Map<string, never> }).stores.get(projectId)!
    const st = projectStats(await service.snapshot(s, 'all'))
    expect(st).toMatchObject({ cases: 3, scored: 1, ungradable: 2 })
    expect(st.excellent + st.failed).toBe(1)
    expect(st.grades.find((g) => g.name === '无法评分')).toBeUndefined()
    const out = join(dir, 'exports')
    const sheets = (await service.call('export.run', { projectId, kind: 'score-sheet', caseIds: [ids.entities], outDir: out })).files
    expect(await docxText(sheets[0]!)).toContain('无法评分：案卷中没有可读取的行政处罚文书')
    const [report] = (await service.call('export.run', { projectId, kind: 'report', caseIds: 'all', outDir: out })).files
    const text = await docxText(report!)
    expect(text).toContain('无法评分2件')
    expect(text).toContain('其中已评分1件')
  })
})
