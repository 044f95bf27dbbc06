/**
 * `pingcha serve`: the loopback-only HTTP bridge to the engine, so the built renderer runs in a plain browser.
 * POST /api/<method> with a JSON body → {ok:true,result} | {ok:false,error:{code,message}}; GET /api/events is a
 * Server-Sent Events stream of EngineEvent; anything else is a static file of the built renderer.
 * Binds 127.0.0.1 (or ::1) only; requests whose Host is not loopback are refused (DNS-rebinding guard).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { API_METHODS, type ApiError, type ApiMethod } from '../shared/api'
import { EngineError } from '../shared/errors'
import type { EngineService } from './engine/service'

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])
const MAX_BODY = 4 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
}

export interface BridgeOptions {
  host?: string
  port?: number
  staticDir?: string | null
}

export function assertLoopback(host: string): void {
  if (!LOOPBACK.has(host)) throw new EngineError('bad-request', `只允许绑定本机回环地址（127.0.0.1 / ::1），拒绝绑定 ${host}：案卷数据不得离开本机`)
}

function hostOk(req: IncomingMessage): boolean {
  const h = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return LOOPBACK.has(h)
}

function send(res: ServerResponse, status: number, body: unknown) {
  const data = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  res.end(data)
}

function statusOf(code: ApiError['code']): number {
  return { 'bad-request': 400, 'not-found': 404, 'not-implemented': 501, 'unusable-input': 422, internal: 500 }[code]
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > MAX_BODY) throw new EngineError('bad-request', '请求过大')
    chunks.push(c as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    throw new EngineError('bad-request', '请求不是有效的 JSON')
  }
}

export function createBridge(service: EngineService, opts: BridgeOptions = {}): Server {
  const staticDir = opts.staticDir ? resolve(opts.staticDir) : null
  const methods = new Set<string>(API_METHODS)
  return createServer(async (req, res) => {
    if (!hostOk(req)) {
      res.writeHead(403).end('forbidden')
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      const off = service.onEvent((e) => res.write(`data: ${JSON.stringify(e)}\n\n`))
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000)
      req.on('close', () => {
        clearInterval(ping)
        off()
      })
      return
    }
    if (url.pathname.startsWith('/api/')) {
      const method = decodeURIComponent(url.pathname.slice(5))
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bad-request', message: '请使用 POST' } })
      // Same-origin only: a page from elsewhere must not drive the engine.
      const origin = req.headers.origin
      if (origin && !LOOPBACK.has(new URL(origin).hostname.replace(/^\[|\]$/g, ''))) return send(res, 403, { ok: false, error: { code: 'bad-request', message: '拒绝跨站请求' } })
      if (!methods.has(method)) return send(res, 404, { ok: false, error: { code: 'not-found', message: `未知的接口：${method}` } })
      try {
        const body = await readBody(req)
        const result = await service.call(method as ApiMethod, body as never)
        return send(res, 200, { ok: true, result: result ?? null })
      } catch (e) {
        const err: ApiError = e instanceof EngineError ? { code: e.code, message: e.message } : { code: 'internal', message: e instanceof Error ? e.message : String(e) }
        return send(res, statusOf(err.code), { ok: false, error: err })
      }
    }
    if (!staticDir) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('没有界面文件：请先运行 npm run build:web，并以 --static out/web 启动')
      return
    }
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '')
    let file = join(staticDir, rel || 'index.html')
    if (!file.startsWith(staticDir + sep) && file !== staticDir) {
      res.writeHead(403).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    })
    res.end(readFileSync(file))
  })
}

/** Start listening; resolves with the URL. */
export async function listen(server: Server, opts: BridgeOptions = {}): Promise<string> {
  const host = opts.host ?? '127.0.0.1'
  assertLoopback(host)
  await new Promise<void>((res, rej) => {
    server.once('error', rej)
    server.listen(opts.port ?? 0, host, () => res())
  })
  const a = server.address() as AddressInfo
  return `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`
}
