/** The renderer's engine client over both transports: results, errors with their codes, events. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { httpClient, ipcClient, ClientError } from '../../renderer/src/api/client'
import type { EngineEvent } from '../../shared/api'

afterEach(() => vi.unstubAllGlobals())

function reply(status: number, body: unknown) {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

describe('httpClient (pingcha serve)', () => {
  it('POSTs the request as JSON to ./api/<method> and returns the result', async () => {
    const fetch = vi.fn(async () => reply(200, { ok: true, result: [{ id: 'p1' }] }))
    vi.stubGlobal('fetch', fetch)
    const c = httpClient('./api/')
    await expect(c.call('case.list', { projectId: 'p1' })).resolves.toEqual([{ id: 'p1' }])
    expect(fetch).toHaveBeenCalledWith('./api/case.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"projectId":"p1"}' })
  })
  it('sends null for a void request', async () => {
    const fetch = vi.fn(async () => reply(200, { ok: true, result: { name: '评查助手' } }))
    vi.stubGlobal('fetch', fetch)
    await httpClient().call('app.info', undefined)
    expect((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body).toBe('null')
  })
  it.each([
    [404, { ok: false, error: { code: 'not-found', message: '项目中没有编号为 9 的案卷' } }, 'not-found', '项目中没有编号为 9 的案卷'],
    [501, { ok: false, error: { code: 'not-implemented', message: '规则检查 (check): not implemented yet' } }, 'not-implemented', '规则检查 (check): not implemented yet'],
    [502, '<html>Bad Gateway</html>', 'internal', '评查引擎返回了无法识别的应答（HTTP 502）'],
  ])('HTTP %i → ClientError %s', async (status, body, code, message) => {
    vi.stubGlobal('fetch', vi.fn(async () => reply(status, body)))
    const e = await httpClient().call('case.get', { projectId: 'p', caseId: 9 }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ClientError)
    expect(e).toMatchObject({ code, message })
  })
  it('a refused connection is a network error in Chinese', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    await expect(httpClient().call('project.list', undefined)).rejects.toMatchObject({ code: 'network', message: '无法连接评查引擎：Failed to fetch' })
  })
  it('events arrive from the SSE stream; the stream closes with the last listener', () => {
    const sources: { url: string; onmessage: ((m: { data: string }) => void) | null; closed: boolean; close(): void }[] = []
    vi.stubGlobal(
      'EventSource',
      class {
        onmessage: ((m: { data: string }) => void) | null = null
        closed = false
        constructor(public url: string) {
          sources.push(this)
        }
        close() {
          this.closed = true
        }
      },
    )
    const c = httpClient('./api/')
    const got: EngineEvent[] = []
    const off = c.onEvent((e) => got.push(e))
    expect(sources.map((s) => s.url)).toEqual(['./api/events'])
    const ev: EngineEvent = { type: 'progress', progress: { jobId: 'j', stage: 'ocr', done: 3, total: 5 } }
    sources[0].onmessage!({ data: JSON.stringify(ev) })
    sources[0].onmessage!({ data: 'not json' })
    expect(got).toEqual([ev])
    off()
    expect(sources[0].closed).toBe(true)
  })
})

describe('ipcClient (Electron preload bridge)', () => {
  it('passes calls through and keeps the ApiError code of a rejection', async () => {
    const bridge = {
      call: vi.fn(async (method: string) => {
        if (method === 'dialog.pickFolders') return ['D:\\评查\\案卷01']
        throw Object.assign(new Error('请先在“设置”中填写评查人姓名'), { code: 'refused' })
      }),
      onEvent: vi.fn(() => () => undefined),
    }
    const c = ipcClient(bridge)
    await expect(c.call('dialog.pickFolders', { multiple: true })).resolves.toEqual(['D:\\评查\\案卷01'])
    await expect(c.call('finding.decide', { projectId: 'p', caseId: 1, decision: { findingId: 'f', action: 'reject', reviewer: '' } })).rejects.toMatchObject({
      code: 'refused',
      message: '请先在“设置”中填写评查人姓名',
    })
    expect(bridge.call).toHaveBeenCalledWith('dialog.pickFolders', { multiple: true })
  })
  it('an error without a known code is internal', async () => {
    const c = ipcClient({ call: async () => { throw new Error('boom') }, onEvent: () => () => undefined })
    await expect(c.call('app.info', undefined)).rejects.toMatchObject({ code: 'internal', message: 'boom' })
  })
})
