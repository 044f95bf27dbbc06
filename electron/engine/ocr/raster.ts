/**
 * Raster helpers over RGBA typed arrays: decoding, resizing, rotating. Everything stays in typed arrays so
 * a 200-dpi A4 page (1654×2339) costs one 15 MB buffer, not a JS array of numbers per pixel.
 */
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas'

export interface Raster {
  width: number
  height: number
  /** RGBA, row-major, 4 bytes per pixel. */
  data: Uint8Array | Uint8ClampedArray
}

/**
 * Largest image accepted, in pixels: a 600-dpi A4 sheet (35 MP), a 400-dpi A3 sheet (31 MP). Bigger images are
 * refused before they are decoded. Decoding one costs about twice its RGBA size (8 bytes a pixel) at the peak, in
 * each OCR worker at once: at this cap two workers stay near 650 MB together, at the former 73 MP (600-dpi A3) they
 * could reach 1.2 GB on top of the engine's own footprint.
 */
export const MAX_PIXELS = 40_000_000

/** Says, for people, that an image is over the pixel cap. */
export function tooManyPixels(width: number, height: number): string {
  return `图片尺寸 ${width}×${height} 像素，超过可识别的上限（约 ${Math.round(MAX_PIXELS / 1e6)} 百万像素），未解码`
}

/**
 * Largest raster a PDF page is rendered to for OCR (the dpi is lowered to fit): A4 at 200 dpi is 3.9 MP, A2 15.5 MP.
 * Measured on a 200×200-inch page: rendering and reading it at 24 MP took a worker from 260 to 610 MB.
 */
export const MAX_RENDER_PIXELS = 16_000_000

/** Decodes a JPEG / PNG / BMP / GIF / WebP through @napi-rs/canvas. Check the pixel count from the header first. */
export async function decodeImage(bytes: Uint8Array): Promise<Raster> {
  const img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  try {
    const { width, height } = img
    if (!width || !height) throw new Error('image has no pixels')
    if (width * height > MAX_PIXELS) throw new RangeError(`image ${width}×${height} too large`)
    const canvas = createCanvas(width, height)
    const ctx = canvas.getContext('2d')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.drawImage(img, 0, 0)
    img.src = EMPTY
    return { width, height, data: takePixels(canvas, width, height) }
  } finally {
    // the decoded bitmap lives outside the JS heap, where the GC does not see it: drop it now
    img.src = EMPTY
  }
}

const EMPTY = Buffer.alloc(0)

/**
 * A canvas's pixels (RGBA; opaque pages, so premultiplying changes nothing), copied out, and the canvas's native
 * surface freed at once. The GC does not count a canvas's pixels, so a page's canvas left for it stays allocated
 * for many pages; and getImageData's buffer was measured to be kept as well (15 MB more per A4 page).
 */
export function takePixels(canvas: Canvas, width: number, height: number): Uint8Array {
  const raw = canvas.data()
  if (raw.length < width * height * 4) throw new Error('canvas has fewer pixels than its size')
  const px = new Uint8Array(width * height * 4)
  px.set(raw.subarray(0, px.length))
  canvas.width = 1
  canvas.height = 1
  return px
}

/** Bilinear resize (same family as cv2.INTER_LINEAR that the models were trained with). Returns RGB, 3 bytes/pixel. */
export function resizeToRgb(src: Raster, ow: number, oh: number): Uint8Array {
  const { width: W, height: H, data } = src
  const out = new Uint8Array(ow * oh * 3)
  const sx = W / ow
  const sy = H / oh
  const x0s = new Int32Array(ow)
  const x1s = new Int32Array(ow)
  const fxs = new Float32Array(ow)
  for (let x = 0; x < ow; x++) {
    let fx = (x + 0.5) * sx - 0.5
    if (fx < 0) fx = 0
    let x0 = Math.floor(fx)
    if (x0 > W - 1) x0 = W - 1
    x0s[x] = x0 * 4
    x1s[x] = Math.min(x0 + 1, W - 1) * 4
    fxs[x] = fx - x0
  }
  let o = 0
  for (let y = 0; y < oh; y++) {
    let fy = (y + 0.5) * sy - 0.5
    if (fy < 0) fy = 0
    let y0 = Math.floor(fy)
    if (y0 > H - 1) y0 = H - 1
    const y1 = Math.min(y0 + 1, H - 1)
    const wy = fy - y0
    const r0 = y0 * W * 4
    const r1 = y1 * W * 4
    for (let x = 0; x < ow; x++) {
      const a = r0 + x0s[x]
      const b = r0 + x1s[x]
      const c = r1 + x0s[x]
      const d = r1 + x1s[x]
      const wx = fxs[x]
      for (let ch = 0; ch < 3; ch++) {
        const top = data[a + ch] + (data[b + ch] - data[a + ch]) * wx
        const bot = data[c + ch] + (data[d + ch] - data[c + ch]) * wx
        out[o++] = top + (bot - top) * wy + 0.5
      }
    }
  }
  return out
}

/** Rotates an RGBA raster clockwise by 90, 180 or 270 degrees. */
export function rotateRaster(src: Raster, deg: number): Raster {
  const d = ((deg % 360) + 360) % 360
  if (d === 0) return src
  const { width: W, height: H } = src
  const s = new Uint32Array(src.data.buffer, src.data.byteOffset, W * H)
  const ow = d === 180 ? W : H
  const oh = d === 180 ? H : W
  const out = new Uint8Array(ow * oh * 4)
  const o = new Uint32Array(out.buffer)
  if (d === 180) {
    for (let i = 0, n = W * H; i < n; i++) o[n - 1 - i] = s[i]
  } else if (d === 90) {
    // (x, y) → (H-1-y, x)
    for (let y = 0; y < H; y++) {
      const row = y * W
      const ox = H - 1 - y
      for (let x = 0; x < W; x++) o[x * ow + ox] = s[row + x]
    }
  } else {
    // 270: (x, y) → (y, W-1-x)
    for (let y = 0; y < H; y++) {
      const row = y * W
      for (let x = 0; x < W; x++) o[(W - 1 - x) * ow + y] = s[row + x]
    }
  }
  return { width: ow, height: oh, data: out }
}

/** Shrinks by an integer factor, averaging each k×k block (no aliasing of thin strokes). */
export function boxDownscale(src: Raster, k: number): Raster {
  if (k <= 1) return src
  const { width: W, height: H, data } = src
  const ow = Math.floor(W / k)
  const oh = Math.floor(H / k)
  const out = new Uint8Array(ow * oh * 4)
  const acc = new Uint32Array(ow * 4)
  const n = k * k
  for (let oy = 0; oy < oh; oy++) {
    acc.fill(0)
    for (let dy = 0; dy < k; dy++) {
      let s = (oy * k + dy) * W * 4
      for (let ox = 0; ox < ow; ox++) {
        const a = ox * 4
        for (let dx = 0; dx < k; dx++, s += 4) {
          acc[a] += data[s]
          acc[a + 1] += data[s + 1]
          acc[a + 2] += data[s + 2]
          acc[a + 3] += data[s + 3]
        }
      }
    }
    const row = oy * ow * 4
    for (let i = 0; i < ow * 4; i++) out[row + i] = (acc[i] + (n >> 1)) / n
  }
  return { width: ow, height: oh, data: out }
}
