/**
 * The desktop shell: one window, the application menu, native dialogs and the IPC registration that forwards each
 * call of the API contract to the engine. The engine itself (ingest, OCR, parsing, checks, exports) runs in a utility
 * process of its own (electron/engine/host/, built as engine-host.js): a hostile or huge file can neither freeze nor
 * crash the window, and a host that dies is started again while the calls waiting for it end with an error.
 * Hardened: contextIsolation, sandbox, no nodeIntegration, strict CSP, new windows and webviews blocked,
 * navigation only to the app's own entry page, IPC only from the main frame of the app's window showing that page,
 * no remote content (every request that is not the app's own renderer files or dev server is cancelled).
 * Every request is checked against its schema here before it is forwarded (and again by the engine service).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, utilityProcess, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { API_METHODS, type ApiError, type ApiMethod, type ApiReq, type ApiRes } from '../../shared/api'
import { parseRequest } from '../../shared/requests'
import { CSP } from '../serve'
import { EngineHostClient } from '../engine/host/client'
import { apiErrorOf, asHostProcess, type HostProcess } from '../engine/host/protocol'

const devUrl = process.env.ELECTRON_RENDERER_URL // set by electron-vite dev
const methods = new Set<string>(API_METHODS)
let win: BrowserWindow | null = null
let engine: EngineHostClient | null = null

const devOrigin = devUrl ? new URL(devUrl).origin : null
const rendererDir = join(__dirname, '../renderer')
/** The app's own entry page (the built renderer). */
const entryUrl = pathToFileURL(join(rendererDir, 'index.html')).href
const rendererDirUrl = `${pathToFileURL(rendererDir).href}/`
const norm = (u: string) => (process.platform === 'win32' ? u.toLowerCase() : u)

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The page a window may show: the app's entry (its hash routes included), or the dev server in development. */
export function isEntry(url: string): boolean {
  const u = parse(url)
  if (!u) return false
  if (devOrigin) return u.origin === devOrigin
  if (u.protocol !== 'file:') return false
  u.hash = ''
  u.search = ''
  return norm(u.href) === norm(entryUrl)
}

/**
 * What the app's page may load: its own renderer files (scripts, styles, fonts, pdf.js assets), the dev server in
 * development, and data:/blob: resources it made itself. Loading is not trust: only the entry page may call IPC.
 */
function allowedRequest(url: string): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true
  const u = parse(url)
  if (!u) return false
  if (devOrigin && u.origin === devOrigin) return true
  return u.protocol === 'file:' && norm(u.href).startsWith(norm(rendererDirUrl))
}

function harden() {
  const ses = session.defaultSession
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  // No remote content: government data never leaves the machine.
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !allowedRequest(details.url) }))
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  ses.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_e, contents) => {
    // The main frame may only (re)load the entry page; frames inside it may not navigate at all.
    contents.on('will-navigate', (e, url) => {
      if (!isEntry((e as { url?: string }).url ?? url)) e.preventDefault()
    })
    contents.on('will-frame-navigate', (e) => {
      if (!e.isMainFrame || !isEntry(e.url)) e.preventDefault()
    })
    contents.on('will-redirect', (e, url) => {
      if (!isEntry((e as { url?: string }).url ?? url)) e.preventDefault()
    })
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/** IPC is answered only for the main frame of the app's own window while it shows the entry page. */
function senderOk(e: IpcMainInvokeEvent): boolean {
  if (!win || win.isDestroyed() || e.sender !== win.webContents) return false
  const frame = e.senderFrame
  const main = win.webContents.mainFrame
  if (!frame || frame.parent !== null) return false
  if (frame !== main && frame.frameTreeNodeId !== main.frameTreeNodeId) return false
  return isEntry(frame.url)
}

/** The engine host as an Electron utility process. */
function utilityHost(): HostProcess {
  const child = utilityProcess.fork(join(__dirname, 'engine-host.js'), [], { serviceName: '评查引擎', stdio: 'inherit' })
  return asHostProcess({
    send: (m) => child.postMessage(m),
    on: (ev, fn) => child.on(ev, fn),
    once: (ev, fn) => child.once(ev, fn),
    kill: () => child.kill(),
    get pid() {
      return child.pid
    },
  })
}

/** Native folder picker: the one call the main process answers itself. */
async function pickFolders(req: ApiReq<'dialog.pickFolders'>): Promise<ApiRes<'dialog.pickFolders'>> {
  const r = await dialog.showOpenDialog(win!, {
    title: '选择案卷文件夹（可多选，或选择包含多个案卷的上级文件夹）',
    properties: ['openDirectory', ...(req.multiple ? (['multiSelections'] as const) : [])],
  })
  return r.canceled ? [] : r.filePaths
}

function registerIpc(host: EngineHostClient) {
  ipcMain.handle('pingcha:call', async (e, method: unknown, req: unknown) => {
    if (!senderOk(e)) return { ok: false, error: { code: 'bad-request', message: '拒绝来自未知页面的调用' } satisfies ApiError }
    if (typeof method !== 'string' || !methods.has(method)) return { ok: false, error: { code: 'bad-request', message: `未知的接口：${String(method).slice(0, 100)}` } }
    try {
      // Checked here against its schema: only a well-formed request crosses into the engine's process.
      const m = method as ApiMethod
      const parsed = parseRequest(m, req)
      const result = m === 'dialog.pickFolders' ? await pickFolders(parsed as ApiReq<'dialog.pickFolders'>) : await host.call(m, parsed as never)
      return { ok: true, result: result ?? null }
    } catch (err) {
      return { ok: false, error: apiErrorOf(err) }
    }
  })
  host.onEvent((ev) => {
    if (win && !win.isDestroyed()) win.webContents.send('pingcha:event', ev)
  })
}

function createWindow() {
  win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: '评查助手',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win?.show())
  if (devUrl) void win.loadURL(devUrl)
  else void win.loadFile(join(rendererDir, 'index.html'))
}

function buildMenu() {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      { label: '编辑', submenu: [{ role: 'undo', label: '撤销' }, { role: 'redo', label: '重做' }, { type: 'separator' }, { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, { role: 'selectAll', label: '全选' }] },
      { label: '视图', submenu: [{ role: 'reload', label: '重新载入' }, { role: 'resetZoom', label: '实际大小' }, { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { role: 'togglefullscreen', label: '全屏' }] },
      { label: '帮助', submenu: [{ label: '打开数据目录', click: () => void shell.openPath(app.getPath('userData')) }] },
    ]),
  )
}

app.enableSandbox()
// Every file the app writes holds case data (projects, settings, the OCR cache's text): owner-only.
if (process.platform !== 'win32') process.umask(0o077)
if (!app.requestSingleInstanceLock()) app.quit()
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore()
  win?.focus()
})

app.whenReady().then(() => {
  harden()
  engine = new EngineHostClient({
    spawn: utilityHost,
    init: {
      transport: 'ipc',
      paths: {
        dataDir: app.getPath('userData'),
        ...(app.isPackaged ? { rubricsDir: join(process.resourcesPath, 'rubrics'), resourcesDir: join(process.resourcesPath, 'resources'), samplesDir: join(process.resourcesPath, 'resources', 'samples') } : {}),
      },
    },
    onCrash: (code) => console.error(`评查引擎进程意外退出（${code === null ? '被系统终止' : `退出码 ${code}`}），正在重新启动`),
  })
  engine.start()
  registerIpc(engine)
  buildMenu()
  createWindow()
})

app.on('window-all-closed', () => {
  engine?.close()
  app.quit()
})
