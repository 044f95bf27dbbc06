/**
 * The Electron main process tested in plain Node (no Electron binary can be had here): electron is replaced by a
 * recorder, and the test checks the security settings and the IPC mapping the shell registers.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const rec = vi.hoisted(() => ({
  windows: [] as { opts: Record<string, any>; webContents: any }[],
  ipc: new Map<string, (...a: any[]) => any>(),
  appEvents: new Map<string, (...a: any[]) => any>(),
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  headers: null as null | ((d: any, cb: (r: any) => void) => void),
  permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  ready: null as null | (() => void),
  sandboxEnabled: false,
  userData: '',
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() }
    constructor(public opts: Record<string, any>) {
      rec.windows.push({ opts, webContents: this.webContents })
    }
    once() {}
    loadFile() {
      return Promise.resolve()
    }
    loadURL() {
      return Promise.resolve()
    }
    isMinimized() {
      return false
    }
    restore() {}
    focus() {}
    show() {}
  }
  const app = {
    isPackaged: false,
    enableSandbox: () => (rec.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getPath: () => rec.userData,
    on: (ev: string, fn: any) => rec.appEvents.set(ev, fn),
    whenReady: () => ({ then: (fn: () => void) => (rec.ready = fn) }),
  }
  const session = {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (fn: any) => (rec.headers = fn),
        onBeforeRequest: (fn: any) => (rec.beforeRequest = fn),
      },
      setPermissionRequestHandler: (fn: any) => (rec.permission = fn),
    },
  }
  return {
    app,
    BrowserWindow,
    session,
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/cases/a', '/cases/b'] })) },
    ipcMain: { handle: (ch: string, fn: any) => rec.ipc.set(ch, fn) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    shell: { openPath: vi.fn() },
  }
})

let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pingcha-main-'))
  rec.userData = dir
  await import('../../electron/main/index')
  rec.ready!()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Electron main process', () => {
  it('creates the window with contextIsolation, sandbox, no nodeIntegration and the CommonJS preload', () => {
    expect(rec.sandboxEnabled).toBe(true)
    const w = rec.windows[0].opts
    expect(w.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(w.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('sets a strict CSP on every response and denies permissions', () => {
    let headers: any
    rec.headers!({ responseHeaders: {} }, (r) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy'][0]).toMatch(/default-src 'self'; script-src 'self'/)
    let granted = true
    rec.permission!(null, 'media', (ok) => (granted = ok))
    expect(granted).toBe(false)
  })

  it('cancels every remote request and allows only the app’s own files', () => {
    const verdict = (url: string) => {
      let cancel = false
      rec.beforeRequest!({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    expect(verdict('https://example.com/x.js')).toBe(true)
    expect(verdict('http://127.0.0.1:9999/api')).toBe(true)
    expect(verdict('file:///opt/pingcha/resources/app.asar/out/renderer/index.html')).toBe(false)
  })

  it('blocks navigation, new windows and webviews in every web contents', () => {
    const handlers = new Map<string, any>()
    const contents = { on: (ev: string, fn: any) => handlers.set(ev, fn), setWindowOpenHandler: vi.fn() }
    rec.appEvents.get('web-contents-created')!({}, contents)
    const nav = { preventDefault: vi.fn() }
    handlers.get('will-navigate')(nav, 'https://example.com/')
    expect(nav.preventDefault).toHaveBeenCalled()
    const wv = { preventDefault: vi.fn() }
    handlers.get('will-attach-webview')(wv)
    expect(wv.preventDefault).toHaveBeenCalled()
    expect(contents.setWindowOpenHandler.mock.calls[0][0]()).toEqual({ action: 'deny' })
  })

  it('maps contract calls over IPC, refusing unknown methods and foreign senders', async () => {
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const ev = { sender: wc, senderFrame: { url: 'file:///app/out/renderer/index.html' } }
    const info = await call(ev, 'app.info', null)
    expect(info).toMatchObject({ ok: true, result: { name: '评查助手', transport: 'ipc', dataDir: dir } })
    expect(await call(ev, 'fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await call({ sender: {}, senderFrame: { url: 'https://evil.example' } }, 'app.info', null)).toMatchObject({ ok: false })
    expect(await call(ev, 'project.open', { dbPath: join(dir, 'nope.sqlite') })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call(ev, 'dialog.pickFolders', { multiple: true })).toEqual({ ok: true, result: ['/cases/a', '/cases/b'] })
  })
})
