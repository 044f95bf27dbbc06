/**
 * The Electron main process tested in plain Node (no Electron binary can be had here): electron is replaced by a
 * recorder, and the test checks the security settings and the IPC mapping the shell registers.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const rec = vi.hoisted(() => ({
  windows: [] as { opts: Record<string, any>; webContents: any; loaded: string[] }[],
  ipc: new Map<string, (...a: any[]) => any>(),
  appEvents: new Map<string, (...a: any[]) => any>(),
  beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  headers: null as null | ((d: any, cb: (r: any) => void) => void),
  permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, p: string) => boolean),
  ready: null as null | (() => void),
  sandboxEnabled: false,
  userData: '',
  forks: [] as { modulePath: string; opts: Record<string, any>; child: import('node:child_process').ChildProcess }[],
}))

vi.mock('electron', async () => {
  const { fork } = await import('node:child_process')
  const path = await import('node:path')
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn(), mainFrame: { parent: null, frameTreeNodeId: 1, url: '' } }
    loaded: string[] = []
    constructor(public opts: Record<string, any>) {
      rec.windows.push({ opts, webContents: this.webContents, loaded: this.loaded })
    }
    once() {}
    isDestroyed() {
      return false
    }
    loadFile(f: string) {
      this.loaded.push(f)
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
      setPermissionCheckHandler: (fn: any) => (rec.permissionCheck = fn),
    },
  }
  // A utility process as Electron gives it, made of a plain Node child running the host's source (there is no
  // built engine-host.js and no Electron here).
  const utilityProcess = {
    fork: (modulePath: string, _args: string[], opts: Record<string, any>) => {
      const root = path.join(__dirname, '..', '..')
      const child = fork(path.join(root, 'electron', 'engine', 'host', 'main.ts'), [], { execArgv: ['--import', 'tsx'], cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
      rec.forks.push({ modulePath, opts, child })
      return {
        get pid() {
          return child.pid
        },
        postMessage: (m: unknown) => child.send(m as never),
        on: (ev: string, fn: (...a: any[]) => void) => child.on(ev, fn),
        once: (ev: string, fn: (...a: any[]) => void) => child.once(ev, fn),
        kill: () => child.kill(),
      }
    },
  }
  return {
    app,
    BrowserWindow,
    session,
    utilityProcess,
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
afterAll(() => {
  rec.appEvents.get('window-all-closed')?.()
  for (const f of rec.forks) f.child.kill()
  rmSync(dir, { recursive: true, force: true })
})

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
    expect(rec.permissionCheck!(null, 'clipboard-read')).toBe(false)
  })

  it('cancels every remote request and allows only the app’s own renderer files', () => {
    const verdict = (url: string) => {
      let cancel = false
      rec.beforeRequest!({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    const entry = pathToFileURL(rec.windows[0].loaded[0]).href
    const assets = pathToFileURL(dirname(rec.windows[0].loaded[0])).href
    expect(verdict('https://example.com/x.js')).toBe(true)
    expect(verdict('http://127.0.0.1:9999/api')).toBe(true)
    expect(verdict(entry)).toBe(false)
    expect(verdict(`${assets}/assets/index-abc.js`)).toBe(false)
    expect(verdict(`${assets}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`)).toBe(false)
    // Any other file of the machine is not the app's.
    expect(verdict('file:///etc/passwd')).toBe(true)
    expect(verdict(`${assets}/../../../../etc/passwd`)).toBe(true)
  })

  it('blocks navigation, new windows and webviews in every web contents', () => {
    const handlers = new Map<string, any>()
    const contents = { on: (ev: string, fn: any) => handlers.set(ev, fn), setWindowOpenHandler: vi.fn() }
    rec.appEvents.get('web-contents-created')!({}, contents)
    const nav = { preventDefault: vi.fn() }
    handlers.get('will-navigate')(nav, 'https://example.com/')
    expect(nav.preventDefault).toHaveBeenCalled()
    // Only the app's own entry: no other local file, no data: or blob: page.
    const entry = pathToFileURL(rec.windows[0].loaded[0]).href
    for (const url of ['file:///etc/passwd', 'file:///tmp/evil.html', 'data:text/html,<script>1</script>', 'blob:file:///x', `${entry}/../../evil.html`]) {
      const e = { preventDefault: vi.fn() }
      handlers.get('will-navigate')(e, url)
      expect(e.preventDefault, url).toHaveBeenCalled()
    }
    const ok = { preventDefault: vi.fn() }
    handlers.get('will-navigate')(ok, `${entry}#/cases`)
    expect(ok.preventDefault).not.toHaveBeenCalled()
    // Frames inside the page may not navigate anywhere.
    const sub = { preventDefault: vi.fn(), isMainFrame: false, url: entry }
    handlers.get('will-frame-navigate')(sub)
    expect(sub.preventDefault).toHaveBeenCalled()
    const redirect = { preventDefault: vi.fn() }
    handlers.get('will-redirect')(redirect, 'file:///etc/passwd')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const wv = { preventDefault: vi.fn() }
    handlers.get('will-attach-webview')(wv)
    expect(wv.preventDefault).toHaveBeenCalled()
    expect(contents.setWindowOpenHandler.mock.calls[0][0]()).toEqual({ action: 'deny' })
  })

  it('maps contract calls over IPC, refusing unknown methods and foreign senders', async () => {
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const entry = pathToFileURL(rec.windows[0].loaded[0]).href
    wc.mainFrame.url = entry
    const ev = { sender: wc, senderFrame: wc.mainFrame }
    const info = await call(ev, 'app.info', null)
    expect(info).toMatchObject({ ok: true, result: { name: '评查助手', transport: 'ipc', dataDir: dir } })
    expect(await call(ev, 'fs.readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await call({ sender: {}, senderFrame: { url: 'https://evil.example' } }, 'app.info', null)).toMatchObject({ ok: false })
    expect(await call(ev, 'project.open', { dbPath: join(dir, 'nope.sqlite') })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call(ev, 'dialog.pickFolders', { multiple: true })).toEqual({ ok: true, result: ['/cases/a', '/cases/b'] })
  })

  it('answers IPC only from the main frame of its window showing the entry page', async () => {
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const entry = pathToFileURL(rec.windows[0].loaded[0]).href
    const refused = { ok: false, error: { code: 'bad-request', message: expect.stringContaining('拒绝') } }
    // a frame inside the page, even one showing the entry
    expect(await call({ sender: wc, senderFrame: { parent: wc.mainFrame, frameTreeNodeId: 2, url: entry } }, 'app.info', null)).toMatchObject(refused)
    // the main frame after it was made to show another local file, a data: or blob: page
    for (const url of ['file:///tmp/evil.html', 'data:text/html,x', 'blob:file:///1234', 'about:blank']) {
      wc.mainFrame.url = url
      expect(await call({ sender: wc, senderFrame: wc.mainFrame }, 'app.info', null), url).toMatchObject(refused)
    }
    wc.mainFrame.url = entry
    // a frame that is gone
    expect(await call({ sender: wc, senderFrame: null }, 'app.info', null)).toMatchObject(refused)
  })

  it('checks every request against its schema before the engine sees it', async () => {
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const ev = { sender: wc, senderFrame: wc.mainFrame }
    expect(await call(ev, 'settings.set', { recentProjects: 'notalist' })).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('recentProjects') } })
    expect(await call(ev, 'project.open', { dbPath: 'relative.sqlite' })).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('dbPath') } })
    expect(await call(ev, 'constructor', null)).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })

  it('runs the engine in a utility process of its own, not on the main process', async () => {
    expect(rec.forks).toHaveLength(1)
    expect(rec.forks[0].modulePath).toMatch(/[\\/]engine-host\.js$/)
    expect(rec.forks[0].opts).toMatchObject({ serviceName: '评查引擎' })
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const ev = { sender: wc, senderFrame: wc.mainFrame }
    // the engine answers from the host: settings it writes are in the data folder the main process gave it
    expect(await call(ev, 'settings.set', { reviewer: '主进程测试' })).toMatchObject({ ok: true, result: { reviewer: '主进程测试' } })
    expect(await call(ev, 'settings.get', null)).toMatchObject({ ok: true, result: { reviewer: '主进程测试' } })
  })

  it('passes the engine’s events to the window, and survives the engine dying', async () => {
    const call = rec.ipc.get('pingcha:call')!
    const wc = rec.windows[0].webContents
    const ev = { sender: wc, senderFrame: wc.mainFrame }
    const first = rec.forks[0].child
    const exited = new Promise((r) => first.once('exit', r))
    first.kill('SIGKILL')
    await exited
    // the next call is answered by a host started again
    expect(await call(ev, 'app.info', null)).toMatchObject({ ok: true, result: { name: '评查助手' } })
    expect(rec.forks.length).toBe(2)
    // an import's events reach the window
    const p = await call(ev, 'project.create', { name: '事件', rubricId: 'general-penalty', agencies: [], reviewers: [], samplingRatio: null })
    expect(p.ok).toBe(true)
    const r = await call(ev, 'case.import', { projectId: p.result.id, folders: [join(dir, 'no-such-folder')] })
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const samples = await call(ev, 'app.info', null)
    const job = await call(ev, 'case.import', { projectId: p.result.id, folders: [join(samples.result.samplesDir, '04-simple-inconsistent-txt')] })
    expect(job.ok).toBe(true)
    for (let i = 0; i < 300 && !wc.send.mock.calls.some((c: any[]) => c[1]?.type === 'job' && c[1].status.state !== 'running'); i++) await new Promise((res) => setTimeout(res, 100))
    const sent = wc.send.mock.calls.filter((c: any[]) => c[0] === 'pingcha:event').map((c: any[]) => c[1])
    expect(sent.some((e: any) => e.type === 'progress' && e.progress.jobId === job.result.jobId)).toBe(true)
    expect(sent.some((e: any) => e.type === 'job' && e.status.state === 'done')).toBe(true)
  }, 60_000)
})
