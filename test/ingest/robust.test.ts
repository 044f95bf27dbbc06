/**
 * Bad input never stops the batch: damaged copies of valid files (cut short, bytes overwritten) are
 * ingested together; every file ends up read or reported with one clear error, and the call never throws.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../electron/engine/ingest/index'
import { docxBytes } from '../fixtures/scans/case'
import { tiffFromRasters } from '../fixtures/scans/containers'
import { buildOfd } from '../fixtures/scans/ofd'
import { buildPdf } from '../fixtures/scans/pdf'

const dir = join(__dirname, '..', 'fixtures', 'generated', 'ingest-robust')
const CODES = ['encrypted', 'corrupt', 'empty', 'unsupported', 'legacy-format', 'too-large', 'ocr-failed', 'cancelled', 'io']
let originals: { name: string; bytes: Uint8Array }[] = []

beforeAll(async () => {
  const white = { width: 24, height: 24, data: new Uint8Array(24 * 24 * 4).fill(255) }
  originals = [
    { name: 'a.docx', bytes: await docxBytes() },
    { name: 'b.pdf', bytes: buildPdf([{ text: ['行政处罚决定书', '某市监处罚〔2024〕15号', '罚款人民币伍万元整。'] }]) },
    { name: 'c.ofd', bytes: await buildOfd([[{ text: '营业执照 统一社会信用代码', x: 20, y: 30 }]]) },
    { name: 'd.txt', bytes: new Uint8Array(Buffer.from('询问笔录\n时间：2024年3月8日9时30分\n')) },
    { name: 'e.tif', bytes: tiffFromRasters([white]) },
  ]
})

const damage = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), spots: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 }) }),
)

type Damage = { kind: 'cut'; at: number } | { kind: 'flip'; spots: [number, number][] }

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  if (d.kind === 'cut') return bytes.slice(0, Math.floor(bytes.length * d.at))
  const out = bytes.slice()
  for (const [p, v] of d.spots) out[Math.min(out.length - 1, Math.floor(out.length * p))] = v
  return out
}

describe('damaged files', () => {
  it('never stop the batch and each gets pages or one clear error', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 5, maxLength: 5 }), async (damages) => {
        const d = join(dir, String(run++))
        rmSync(d, { recursive: true, force: true })
        mkdirSync(d, { recursive: true })
        originals.forEach((o, i) => writeFileSync(join(d, o.name), apply(o.bytes, damages[i])))
        writeFileSync(join(d, 'z.txt'), '完好的文件')
        const r = await ingest(d, { threads: 1 })
        for (const o of originals) {
          const read = r.pages.some((p) => p.file === o.name)
          const errs = r.errors.filter((e) => e.file === o.name)
          expect(read || errs.length === 1, o.name).toBe(true)
          expect(errs.length).toBeLessThanOrEqual(1)
          for (const e of errs) {
            expect(CODES).toContain(e.code)
            expect(e.message).toMatch(/[\u4e00-\u9fff]/)
          }
        }
        // the good file next to them is always read
        expect(r.pages.find((p) => p.file === 'z.txt')?.lines[0].text).toBe('完好的文件')
      }),
      { numRuns: Number(process.env.ROBUST_RUNS ?? 8), seed: process.env.ROBUST_RUNS ? undefined : 20241115 },
    )
  }, 120_000)
})
