#!/usr/bin/env node
// `npm run dev` (and `npm start`): the desktop app through electron-vite. Where Electron's program could not be
// downloaded when the dependencies were installed (an offline machine, a server), it says so in one line and how
// to start the same interface in a browser, instead of electron-vite's stack trace.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MISSING_MESSAGE =
  '无法启动桌面版：本机没有 Electron 程序（安装依赖时未能下载）。请改用浏览器版：npm run build:web && npm run pingcha -- serve ，再打开它显示的地址。'

/** The Electron executable the electron package installed, or null when its download did not happen. */
export function electronBinary(pkgDir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!pkgDir) {
    try {
      pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    } catch {
      return null
    }
  }
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const exe = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(exe) ? exe : null
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!electronBinary()) {
    process.stderr.write(`${MISSING_MESSAGE}\n`)
    process.exitCode = 1
  } else {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..')
    const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
    const args = process.argv.slice(2)
    const child = spawn(process.execPath, [bin, ...(args.length ? args : ['dev'])], { cwd: root, stdio: 'inherit' })
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
    child.on('exit', (code, signal) => {
      process.exitCode = code ?? (signal ? 1 : 0)
    })
  }
}
