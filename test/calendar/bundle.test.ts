/**
 * chinese-days has no `exports` map: Node ESM sees its CommonJS build, bundlers its ES build. The calendar's
 * default import must work in both; vitest covers the first, this test bundles shared/calendar with vite the way
 * the renderer build does and runs the bundle.
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Rollup } from 'vite'

const root = join(import.meta.dirname, '..', '..')
const outDir = join(root, 'test', 'fixtures', 'generated', 'calendar-bundle')

describe('calendar bundled by vite', () => {
  it('runs with chinese-days inlined from its ES build', async () => {
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        minify: false,
        lib: { entry: join(root, 'shared', 'calendar', 'index.ts'), formats: ['es'], fileName: 'calendar' },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput
    const output = (Array.isArray(result) ? result[0] : result).output
    const chunk = output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!
    expect(chunk.code).toContain('chinese-days')
    expect(chunk.code).not.toMatch(/from\s+["']chinese-days["']/)
    mkdirSync(outDir, { recursive: true })
    const file = join(outDir, 'calendar.mjs')
    writeFileSync(file, chunk.code)
    const mod = (await import(pathToFileURL(file).href)) as typeof import('../../shared/calendar')
    const cal = mod.createCalendar()
    expect(cal.periodEnd('2024-09-30', 3, 'working')).toMatchObject({ determined: true, due: '2024-10-10' })
    expect(cal.isWorkday('2024-02-04')).toBe(true)
  })
})
