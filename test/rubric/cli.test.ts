/**
 * The command line sees the rubric versions saved in the app (the data folder's rubrics/) as well as the app's own:
 * `rubric list` lists every version, `check --rubric id@version` picks one, `--rubric id` the newest; `check --db` on
 * an existing project checks with the copy the project keeps, even after the version's file is gone.
 *
 * The saved version differs from the shipped one in one item (C7: 2 points per inconsistency instead of 1), so the
 * sample case scores 98 with it and 99 with the shipped one.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withVersion } from '../../shared/rubric'
import { appPaths } from '../../electron/engine/paths'
import { runCli as run } from '../cli-run'

const ID = 'general-penalty'
const shipped = readFileSync(join(appPaths().rubricsDir, `${ID}.yaml`), 'utf8')
const A = /^version:\s*"([^"]+)"/m.exec(shipped)![1]!
const B = A.replace(/\d+$/, (n) => String(Number(n) + 1))
const C7 = /(- id: C7\n(?:.*\n){2}\s+deduction: )每处扣1分/

let dir: string
let saved: string | undefined
let caseDir: string
let savedFile: string

beforeAll(() => {
  if (!C7.test(shipped)) throw new Error('the shipped rubric no longer has C7 with 每处扣1分: craft the saved version anew')
  dir = mkdtempSync(join(tmpdir(), 'pingcha-rubric-cli-'))
  saved = process.env.PINGCHA_DATA
  process.env.PINGCHA_DATA = join(dir, 'data')
  mkdirSync(join(dir, 'data', 'rubrics'), { recursive: true })
  savedFile = join(dir, 'data', 'rubrics', `${ID}-${B}.yaml`)
  writeFileSync(savedFile, withVersion(shipped, B).replace(C7, '$1每处扣2分'))
  caseDir = join(dir, 'case')
  cpSync(join(appPaths().samplesDir, '04-simple-inconsistent-txt'), caseDir, { recursive: true })
})
afterAll(() => {
  if (saved === undefined) delete process.env.PINGCHA_DATA
  else process.env.PINGCHA_DATA = saved
  rmSync(dir, { recursive: true, force: true })
})

async function check(...args: string[]) {
  const r = await run('check', caseDir, '--json', '-', '-q', ...args)
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as { rubric: { id: string; version: string }; score: number }
}

describe('pingcha rubric list and check --rubric', () => {
  it('lists the app’s versions and those saved in the app, marking the newest', async () => {
    const r = await run('rubric', 'list')
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n').filter((l) => l.includes(` ${ID} `))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^  ${ID} +v${A.replace('.', '\\.')} +内置`))
    expect(lines[1]).toMatch(new RegExp(`^\\* ${ID} +v${B.replace('.', '\\.')} +自建`))
  })

  it('checks with id@version, with the newest for a bare id, and names the versions it has for one it has not', async () => {
    expect(await check('--rubric', `${ID}@${A}`)).toMatchObject({ rubric: { version: A }, score: 99 })
    expect(await check('--rubric', ID)).toMatchObject({ rubric: { version: B }, score: 98 })
    const r = await run('check', caseDir, '-q', '--rubric', `${ID}@9.9`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`没有 ${ID} 的 9.9 版的评查标准。可用：${ID}@${A}、${ID}@${B}`)
  })

  it('check --db keeps checking an existing project with its copy, after the saved file is gone', async () => {
    // a new project named with an older version is made on that version
    expect(await check('--db', join(dir, '旧版.pingcha.sqlite'), '--rubric', `${ID}@${A}`)).toMatchObject({ rubric: { version: A }, score: 99 })
    const db = join(dir, '项目.pingcha.sqlite')
    expect(await check('--db', db)).toMatchObject({ rubric: { version: B }, score: 98 })
    rmSync(savedFile)
    expect(await check('--db', db)).toMatchObject({ rubric: { version: B }, score: 98 })
    const other = await run('check', caseDir, '-q', '--db', db, '--rubric', ID)
    expect(other.code).toBe(1)
    expect(other.stderr).toContain(`使用评查标准 ${ID}@${B}（项目保存的副本）`)
  })
})
