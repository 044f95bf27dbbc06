/**
 * `pingcha serve`: the loopback-only HTTP bridge to the engine, so the built renderer runs in a plain browser.
 * POST /api/<method> with a JSON body → {ok:true,result} | {ok:false,error:{code,message}}; GET /api/events is a
 * Server-Sent Events stream of EngineEvent; anything else is a static file of the built renderer.
 *
 * Who may call: binds 127.0.0.1 (or ::1) only; the Host header must name this very server (DNS-rebinding guard);
 * an Origin, when sent, must be this server's own (http://127.0.0.1:PORT or http://localhost:PORT); and every
 * /api request carries the per-launch random token (header x-pingcha-token, or ?token= on the event stream) that
 * only the page this server serves receives (a meta element injected into index.html). Malformed URLs, headers and
 * bodies are answered with 4xx; a request never takes the server down (a top-level guard logs and answers 500).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { API_METHODS, type ApiError, type ApiMethod } from '../shared/api'
import { EngineError } from '../shared/errors'
import type { EngineService } from './engine/service'

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])
const MAX_BODY = 4 * 1024 * 1024
/** Open event streams at once; a page holds one. */
const MAX_EVENT_CLIENTS = 32
export const TOKEN_HEADER = 'x-pingcha-token'
/** Headers that decide who may call: each may appear once. */
const SINGLE_HEADERS = new Set(['host', 'origin', 'sec-fetch-site', TOKEN_HEADER, 'content-type', 'content-length'])
export const TOKEN_META = 'pingcha-token'

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
  /** The per-launch token; a random one when not given. */
  token?: string
  /** Where request failures are logged (stderr by default). */
  log?: (message: string) => void
}

/** The server and what a client needs to call it. */
export type Bridge = Server & { token: string }

export function assertLoopback(host: string): void {
  if (!LOOPBACK.has(host)) throw new EngineError('bad-request', `只允许绑定本机回环地址（127.0.0.1 / ::1），拒绝绑定 ${host}：案卷数据不得离开本机`)
}

/** A request refused before it reaches the engine: status and a Chinese message. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ApiError['code'] = 'bad-request',
  ) {
    super(message)
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  const data = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  res.end(data)
}

function sendError(res: ServerResponse, status: number, code: ApiError['code'], message: string) {
  send(res, status, { ok: false, error: { code, message } satisfies ApiError })
}

function statusOf(code: ApiError['code']): number {
  // A refusal is the engine's answer to a valid request (the body says ok:false and why), not a failed request.
  return { 'bad-request': 400, refused: 200, 'not-found': 404, 'not-implemented': 501, 'unusable-input': 422, internal: 500 }[code]
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY) throw new Refused(413, '请求过大')
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > MAX_BODY) throw new Refused(413, '请求过大')
    chunks.push(c as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    throw new Refused(400, '请求不是有效的 JSON')
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  if (Array.isArray(v)) throw new Refused(400, `请求头 ${name} 重复`)
  return v
}

/** Constant-time comparison of the token a request carries with the server's. */
function tokenOk(given: string | undefined | null, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function createBridge(service: EngineService, opts: BridgeOptions = {}): Bridge {
  const staticDir = opts.staticDir ? resolve(opts.staticDir) : null
  const realStatic = staticDir && existsSync(staticDir) ? realpathSync(staticDir) : staticDir
  const methods = new Set<string>(API_METHODS)
  const token = opts.token ?? randomBytes(32).toString('base64url')
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`))
  let eventClients = 0
  let port = 0

  /** Host must name this server: 127.0.0.1, localhost or [::1], with its own port. */
  const hostOk = (host: string | undefined) => {
    if (!host) return false
    const m = /^(\[::1\]|127\.0\.0\.1|localhost)(?::(\d{1,5}))?$/i.exec(host)
    return !!m && (m[2] === undefined ? port === 80 : Number(m[2]) === port)
  }
  /** An Origin, when the browser sends one, must be this very server. "null" (sandboxed frames, file:) is foreign. */
  const originOk = (origin: string | undefined) => {
    if (origin === undefined) return true
    return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(origin.toLowerCase())
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    port ||= (server.address() as AddressInfo | null)?.port ?? 0
    // Node keeps the first of repeated headers: a request that repeats one that decides access is malformed.
    const seen = new Set<string>()
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i].toLowerCase()
      if (!SINGLE_HEADERS.has(name)) continue
      if (seen.has(name)) throw new Refused(400, `请求头 ${name} 重复`)
      seen.add(name)
    }
    if (!hostOk(header(req, 'host'))) throw new Refused(403, '拒绝访问：请求的主机名不是本机的评查助手')
    if (!originOk(header(req, 'origin'))) throw new Refused(403, '拒绝跨站请求：只接受评查助手自己页面的调用')
    const rawUrl = req.url ?? '/'
    if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) throw new Refused(400, '请求地址无效')
    let url: URL
    let pathname: string
    try {
      url = new URL(rawUrl, 'http://127.0.0.1')
      pathname = decodeURIComponent(url.pathname)
    } catch {
      throw new Refused(400, '请求地址无效')
    }
    if (pathname.includes('\0')) throw new Refused(400, '请求地址无效')
    if (pathname.startsWith('/api/')) {
      // Browsers say where a request comes from; only this server's own page may drive the engine.
      const site = header(req, 'sec-fetch-site')
      if (site && site !== 'same-origin' && site !== 'none') throw new Refused(403, '拒绝跨站请求：只接受评查助手自己页面的调用')
    }

    if (pathname === '/api/events') {
      if (req.method !== 'GET') throw new Refused(405, '请使用 GET')
      if (!tokenOk(header(req, TOKEN_HEADER) ?? url.searchParams.get('token'), token)) throw new Refused(403, '缺少或错误的访问令牌：请从评查助手的页面访问')
      if (eventClients >= MAX_EVENT_CLIENTS) throw new Refused(503, '事件连接过多')
      eventClients++
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' })
      res.write(': connected\n\n')
      const write = (chunk: string) => {
        if (!res.destroyed && !res.writableEnded) res.write(chunk)
      }
      const off = service.onEvent((e) => write(`data: ${JSON.stringify(e)}\n\n`))
      const ping = setInterval(() => write(': ping\n\n'), 15_000)
      let gone = false
      const leave = () => {
        if (gone) return
        gone = true
        eventClients--
        clearInterval(ping)
        off()
      }
      res.on('close', leave)
      res.on('error', leave)
      return
    }
    if (pathname.startsWith('/api/')) {
      const method = pathname.slice(5)
      if (req.method !== 'POST') throw new Refused(405, '请使用 POST')
      if (!tokenOk(header(req, TOKEN_HEADER), token)) throw new Refused(403, '缺少或错误的访问令牌：请从评查助手的页面访问')
      if (!methods.has(method)) throw new Refused(404, `未知的接口：${method.slice(0, 100)}`, 'not-found')
      const type = header(req, 'content-type')
      if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) throw new Refused(415, '请求的 Content-Type 应为 application/json')
      const body = await readBody(req)
      try {
        const result = await service.call(method as ApiMethod, body as never)
        return send(res, 200, { ok: true, result: result ?? null })
      } catch (e) {
        if (!(e instanceof EngineError)) throw e
        return sendError(res, statusOf(e.code), e.code, e.message)
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refused(405, '请使用 GET')
    if (!staticDir || !realStatic) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('没有界面文件：请先运行 npm run build:web，并以 --static out/web 启动')
      return
    }
    const rel = normalize(pathname).replace(/^([/\\])+/, '')
    let file = join(realStatic, rel || 'index.html')
    if (!file.startsWith(realStatic + sep) && file !== realStatic) throw new Refused(403, '拒绝访问')
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(realStatic, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    // No symlink leads out of the renderer's folder.
    const real = realpathSync(file)
    if (!real.startsWith(realStatic + sep)) throw new Refused(403, '拒绝访问')
    const isIndex = real === join(realStatic, 'index.html')
    let body = readFileSync(real)
    if (isIndex) body = Buffer.from(withToken(body.toString('utf8'), token))
    res.writeHead(200, {
      'content-type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      // The page carries this launch's token: never cached.
      'cache-control': isIndex ? 'no-store' : 'no-cache',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof Refused) {
        if (!res.headersSent) sendError(res, e.status, e.code, e.message)
        else res.destroy()
        // Drain what the client still sends, so the answer is read rather than reset.
        req.resume()
        return
      }
      log(`pingcha serve: ${req.method} ${String(req.url).slice(0, 200)} 出错：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
      if (!res.headersSent) sendError(res, 500, 'internal', `内部错误：${e instanceof Error ? e.message : String(e)}`)
      else res.destroy()
    })
  }) as Bridge
  server.token = token
  // Malformed requests the HTTP parser refuses: a 400, and the connection closed; never an exception.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    else socket.destroy()
  })
  return server
}

/** index.html with this launch's token as a meta element the renderer's HTTP client reads. */
export function withToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META}" content="${token}" />`
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}\n    ${meta}`) : `${meta}\n${html}`
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
