/**
 * A law text as a text PDF (the published paragraphs laid out by LibreOffice, lines wrapped at the page width) reads
 * back to the shipped article, paragraph and item counts. Skipped where LibreOffice is not installed (CI installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { docxToPdf } from '../fixtures/corpus/writers'
import { loadLaws } from '../../electron/engine/laws'
import { planLawImports } from '../../electron/engine/laws/import'
import { htmlToLines } from '../../shared/law/parse-text'

const resources = join(import.meta.dirname, '..', '..', 'resources')
const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20_000 })
    return true
  } catch {
    return false
  }
})()
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-laws-pdf-'))
})
afterAll(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }) })

describe('law text from a text PDF', () => {
  it.skipIf(!hasSoffice)('排污许可管理条例: wrapped lines join into the published paragraphs; counts as shipped', async () => {
    // The web copy's paragraphs, as Word paragraphs under a new title (the shipped data holds the text itself).
    const lines = htmlToLines(readFileSync(join(import.meta.dirname, 'fixtures', 'pwxkgltl.md'), 'utf8'))
      .map((l) => l.replace(/\{align=.?center.?\}/, '').replace(/^[#\s\u3000]+/, '').trim())
      .filter((l) => /^(第|（|\(|[\u4e00-\u9fa5])/.test(l) && !/^(title|shortTitle|author|icon|date|category|tag)\b/.test(l))
    const body = lines.slice(lines.findIndex((l) => l.startsWith('第一章')))
    const docx = join(dir, '某某排污管理条例.docx')
    const doc = new Document({ sections: [{ children: ['某某排污管理条例', '（2025年12月1日国务院第1次常务会议通过　自2026年3月1日起施行）', ...body].map((t) => new Paragraph(t)) }] })
    writeFileSync(docx, await Packer.toBuffer(doc))
    const [pdf] = await docxToPdf([docx], dir)
    const data = join(dir, 'data')
    const [planned] = await planLawImports(resources, data, [pdf])
    expect(planned.parsed).toMatchObject({ title: '某某排污管理条例', category: '行政法规', issuer: '国务院', effective: '2026-03-01' })
    const shipped = await loadLaws(resources)
    const arts = planned.plans[0].law.articles
    expect(arts.length).toBe(51)
    const diffs: string[] = []
    for (const [n, , , paragraphs] of arts) {
      const p = shipped.provision('排污许可管理条例_2021-01-24', n)!
      const items = paragraphs.reduce((k, x) => k + (typeof x === 'string' ? 0 : x[1].length), 0)
      if (p.paragraphCount !== paragraphs.length || p.itemCount !== items) diffs.push(`第${n}条 款 ${paragraphs.length}/${p.paragraphCount} 项 ${items}/${p.itemCount}`)
    }
    expect(diffs).toEqual([])
  }, 120_000)
})
