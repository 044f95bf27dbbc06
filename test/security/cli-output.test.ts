/**
 * Output that arrives whole: `pingcha … --json` read through a real pipe gets every byte, well past the 64 KB a pipe
 * buffers, for both launchers (bin/pingcha.js and `npm run pingcha`) and with a slow reader too. Before, the process
 * exited with standard output still pending and a pipe reader got exactly 65,536 bytes.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
let dir: string
let env: NodeJS.ProcessEnv
let expected: number

const sh = (cmd: string) => execFileSync('sh', ['-c', cmd], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim()

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-pipe-'))
  mkdirSync(join(dir, 'case'))
  const lines = Array.from({ length: 3000 }, (_, i) => `第${i + 1}行：当事人某某有限公司于2024年3月${(i % 28) + 1}日违反规定，罚款人民币${i + 1}元。`)
  writeFileSync(join(dir, 'case', '卷宗.txt'), lines.join('\n'))
  env = { ...process.env, PINGCHA_DATA: join(dir, 'data') }
  // The size written to a file (which was always whole) is the size every pipe must deliver.
  sh(`node bin/pingcha.js ingest '${join(dir, 'case')}' --json > '${join(dir, 'out.json')}'`)
  expected = statSync(join(dir, 'out.json')).size
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('CLI output through a pipe', () => {
  it('is well over 64 KB, the size a pipe cut it at', () => {
    expect(expected).toBeGreaterThan(4 * 65536)
  })

  it('node bin/pingcha.js … | cat | wc -c is the whole output', () => {
    expect(Number(sh(`node bin/pingcha.js ingest '${join(dir, 'case')}' --json | cat | wc -c`))).toBe(expected)
  })

  it('npm run -s pingcha -- … | cat | wc -c is the whole output', () => {
    expect(Number(sh(`npm run -s pingcha -- ingest '${join(dir, 'case')}' --json | cat | wc -c`))).toBe(expected)
  })

  it('a slow reader still gets every byte, and the JSON parses', () => {
    const out = join(dir, 'slow.json')
    sh(`node bin/pingcha.js ingest '${join(dir, 'case')}' --json | (sleep 1; cat) > '${out}'`)
    expect(statSync(out).size).toBe(expected)
    expect(() => JSON.parse(execFileSync('cat', [out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }))).not.toThrow()
  })

  it.skipIf(process.platform === 'win32')('the OCR cache it wrote is owner-only: folders 0700, entries 0600', () => {
    const cache = join(dir, 'data', 'cache')
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [join(d, e.name), ...walk(join(d, e.name))] : [join(d, e.name)]))
    const all = walk(cache)
    expect(all.some((f) => f.endsWith('.json'))).toBe(true)
    expect(statSync(cache).mode & 0o777).toBe(0o700)
    for (const f of all) expect(statSync(f).mode & 0o077, f).toBe(0)
  })

  it('a reader that leaves early (| head) ends the command quietly, with no stack trace', () => {
    const r = sh(`node bin/pingcha.js ingest '${join(dir, 'case')}' --json 2>&1 | head -c 100 > /dev/null; echo done`)
    expect(r).toBe('done')
    const err = sh(`node bin/pingcha.js ingest '${join(dir, 'case')}' --json 2>'${join(dir, 'err.txt')}' | head -c 100 > /dev/null; cat '${join(dir, 'err.txt')}'`)
    expect(err).not.toMatch(/EPIPE|at .*\(/)
  })
})
