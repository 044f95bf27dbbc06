/**
 * `npm run dev` where Electron's program could not be downloaded (this kind of machine): one clear Chinese line
 * saying so and how to start the browser version, not a stack trace.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript launcher without type declarations
import { electronBinary, MISSING_MESSAGE } from '../../bin/dev.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('npm run dev without Electron', () => {
  it('knows an electron package whose program was never downloaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pingcha-electron-'))
    try {
      expect(electronBinary(dir)).toBeNull()
      writeFileSync(join(dir, 'path.txt'), 'electron')
      expect(electronBinary(dir)).toBeNull()
      mkdirSync(join(dir, 'dist'))
      writeFileSync(join(dir, 'dist', 'electron'), '')
      expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so in one Chinese line with the command of the browser version', () => {
    expect(MISSING_MESSAGE).toContain('npm run build:web && npm run pingcha -- serve')
    expect(MISSING_MESSAGE).not.toContain('\n')
  })

  it.skipIf(electronBinary() !== null)('npm run dev prints that line and no stack trace on this machine', () => {
    const r = spawnSync('npm', ['run', '-s', 'dev'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' } })
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(MISSING_MESSAGE)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |Error:/)
  })
})
