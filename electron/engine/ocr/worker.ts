/**
 * OCR worker thread: owns one OcrEngine (onnxruntime with one intra-op thread), reads and decodes its own
 * page images, answers one request at a time. Started by OcrPool (see pool.ts for how it is located when
 * running from source under tsx and after bundling).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { OcrEngine } from './engine'
import type { OcrBye, OcrRequest, OcrResponse } from './protocol'
import { loadRaster, SourceError } from './sources'

const port = parentPort
if (!port) throw new Error('ocr worker must run in a worker thread')
const cfg = (workerData ?? {}) as { modelDir?: string; intraThreads?: number }
let engine: Promise<OcrEngine> | null = null

port.on('message', async (req: OcrRequest | OcrBye) => {
  if ('bye' in req) {
    const eng = await engine?.catch(() => null)
    await eng?.release().catch(() => {})
    port.close()
    return
  }
  let res: OcrResponse
  try {
    engine ??= OcrEngine.create({ modelDir: cfg.modelDir, threads: cfg.intraThreads ?? 1 })
    const eng = await engine
    const raster = await loadRaster(req.source)
    const page = await eng.recognize(raster)
    res = { id: req.id, ok: true, page, rssMB: process.memoryUsage().rss / 1048576 }
  } catch (e) {
    const code = e instanceof SourceError ? e.code : 'ocr-failed'
    res = { id: req.id, ok: false, code, message: e instanceof Error ? e.message : String(e) }
  }
  port.postMessage(res)
})
