/**
 * The desktop shell: one window, the application menu, native dialogs and the IPC registration that maps
 * each call of the API contract to the engine service. No logic of its own: the engine runs the same in the CLI.
 * Hardened: contextIsolation, sandbox, no nodeIntegration, strict CSP, navigation and new windows blocked,
 * no remote content (every request that is not the app's own file or dev server is cancelled).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { API_METHODS, type ApiError, type ApiMethod } from '../../shared/api'
import { EngineError } from '../../shared/errors'
import { EngineService } from '../engine/service'
import { CSP } from '../serve'

const devUrl = process.env.ELECTRON_RENDERER_URL // set by electron-vite dev
const methods = new Set<string>(API_METHODS)
let win: BrowserWindow | null = null
let service: EngineService | null = null

function allowedUrl(url: string): boolean {
  if (url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true
  return !!devUrl && url.startsWith(new URL(devUrl).origin)
}

function harden() {
  const ses = session.defaultSession
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  // No remote content: government data never leaves the machine.
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !allowedUrl(details.url) }))
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e, url) => {
      if (!allowedUrl(url) || !url.startsWith(devUrl ?? 'file://')) e.preventDefault()
    })
    contents.on('will-attach-webview', (e) => e.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

function senderOk(e: IpcMainInvokeEvent): boolean {
  return !!win && e.sender === win.webContents && allowedUrl(e.senderFrame?.url ?? '')
}

function registerIpc(svc: EngineService) {
  // Native folder picker replaces the browser fallback of the service.
  svc.handlers['dialog.pickFolders'] = async (req) => {
    const r = await dialog.showOpenDialog(win!, {
      title: '选择案卷文件夹（可多选，或选择包含多个案卷的上级文件夹）',
      properties: ['openDirectory', ...(req?.multiple ? (['multiSelections'] as const) : [])],
    })
    return r.canceled ? [] : r.filePaths
  }
  ipcMain.handle('pingcha:call', async (e, method: unknown, req: unknown) => {
    if (!senderOk(e)) return { ok: false, error: { code: 'bad-request', message: '拒绝来自未知页面的调用' } satisfies ApiError }
    if (typeof method !== 'string' || !methods.has(method)) return { ok: false, error: { code: 'bad-request', message: `未知的接口：${String(method)}` } }
    try {
      return { ok: true, result: (await svc.call(method as ApiMethod, req as never)) ?? null }
    } catch (err) {
      const error: ApiError = err instanceof EngineError ? { code: err.code, message: err.message } : { code: 'internal', message: err instanceof Error ? err.message : String(err) }
      return { ok: false, error }
    }
  })
  svc.onEvent((ev) => win?.webContents.send('pingcha:event', ev))
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
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
}

function buildMenu() {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      { label: '编辑', submenu: [{ role: 'undo', label: '撤销' }, { role: 'redo', label: '重做' }, { type: 'separator' }, { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, { role: 'selectAll', label: '全选' }] },
      { label: '视图', submenu: [{ role: 'reload', label: '重新载入' }, { role: 'resetZoom', label: '实际大小' }, { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { role: 'togglefullscreen', label: '全屏' }] },
      { label: '帮助', submenu: [{ label: '打开数据目录', click: () => service && void shell.openPath(service.paths.dataDir) }] },
    ]),
  )
}

app.enableSandbox()
if (!app.requestSingleInstanceLock()) app.quit()
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore()
  win?.focus()
})

app.whenReady().then(() => {
  harden()
  service = new EngineService({
    transport: 'ipc',
    paths: {
      dataDir: app.getPath('userData'),
      ...(app.isPackaged ? { rubricsDir: join(process.resourcesPath, 'rubrics'), resourcesDir: join(process.resourcesPath, 'resources'), samplesDir: join(process.resourcesPath, 'resources', 'samples') } : {}),
    },
  })
  registerIpc(service)
  buildMenu()
  createWindow()
})

app.on('window-all-closed', () => {
  void service?.close()
  app.quit()
})
