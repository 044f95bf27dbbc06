/**
 * Bar charts for the 评查报告, drawn in Node with @napi-rs/canvas (no browser). Chinese labels need a CJK
 * font from the system; without one the charts fall back to plain ASCII labels (S1, S2, … with the key
 * given in the report's own tables), never to boxes of missing glyphs.
 */
import { existsSync } from 'node:fs'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'

/** System CJK fonts, best first (Debian/Ubuntu paths, then Windows and macOS). */
export const CJK_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  '/System/Library/Fonts/PingFang.ttc',
]

const FAMILY = 'PingchaCJK'
const registered = new Map<string, boolean>()

/** Register the first CJK font found; returns whether Chinese text can be drawn. */
export function registerCjkFont(paths: string[] = CJK_FONT_PATHS): boolean {
  const key = paths.join('|')
  const known = registered.get(key)
  if (known !== undefined) return known
  let ok = false
  for (const p of paths) {
    if (!existsSync(p)) continue
    try {
      if (GlobalFonts.registerFromPath(p, FAMILY)) {
        ok = true
        break
      }
    } catch {
      // An unreadable font file: try the next one.
    }
  }
  registered.set(key, ok)
  return ok
}

export interface Bar {
  label: string
  /** Used when no CJK font is available. */
  asciiLabel: string
  value: number
}

export interface ChartOptions {
  title: string
  asciiTitle: string
  unit: string
  /** Fonts to try; defaults to the system paths. */
  fontPaths?: string[]
  horizontal?: boolean
}

export interface Chart {
  png: Buffer
  width: number
  height: number
  cjk: boolean
}

/** A bar chart as PNG at 2× for print. Vertical bars for distributions, horizontal for categories. */
export function barChart(bars: Bar[], o: ChartOptions): Chart {
  const cjk = registerCjkFont(o.fontPaths)
  const family = cjk ? `${FAMILY}, sans-serif` : 'sans-serif'
  const label = (b: Bar) => (cjk ? b.label : b.asciiLabel)
  const W = 1200
  const H = o.horizontal ? 140 + bars.length * 70 : 700
  const canvas = createCanvas(W, H)
  const g = canvas.getContext('2d')
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, W, H)
  g.fillStyle = '#000000'
  g.font = `bold 40px ${family}`
  g.textAlign = 'center'
  g.textBaseline = 'top'
  g.fillText(cjk ? o.title : o.asciiTitle, W / 2, 20)
  const max = Math.max(1, ...bars.map((b) => b.value))
  const color = '#c00000'
  g.font = `30px ${family}`
  if (o.horizontal) {
    const left = 300
    const right = W - 120
    const top = 100
    g.strokeStyle = '#000'
    g.lineWidth = 2
    g.beginPath()
    g.moveTo(left, top - 10)
    g.lineTo(left, top + bars.length * 70)
    g.stroke()
    bars.forEach((b, i) => {
      const y = top + i * 70
      const w = ((right - left) * b.value) / max
      g.fillStyle = color
      g.fillRect(left, y + 10, w, 46)
      g.fillStyle = '#000'
      g.textAlign = 'right'
      g.textBaseline = 'middle'
      g.fillText(label(b), left - 14, y + 33)
      g.textAlign = 'left'
      g.fillText(`${b.value}${cjk ? o.unit : ''}`, left + w + 10, y + 33)
    })
  } else {
    const left = 100
    const bottom = H - 110
    const top = 110
    const slot = (W - left - 40) / Math.max(1, bars.length)
    g.strokeStyle = '#000'
    g.lineWidth = 2
    g.beginPath()
    g.moveTo(left, top - 10)
    g.lineTo(left, bottom)
    g.lineTo(W - 20, bottom)
    g.stroke()
    // Horizontal grid with integer ticks.
    const step = Math.max(1, Math.ceil(max / 5))
    g.textAlign = 'right'
    g.textBaseline = 'middle'
    g.strokeStyle = '#cccccc'
    g.lineWidth = 1
    for (let v = step; v <= max; v += step) {
      const y = bottom - ((bottom - top) * v) / max
      g.beginPath()
      g.moveTo(left, y)
      g.lineTo(W - 20, y)
      g.stroke()
      g.fillStyle = '#000'
      g.fillText(String(v), left - 10, y)
    }
    bars.forEach((b, i) => {
      const h = ((bottom - top) * b.value) / max
      const x = left + i * slot + slot * 0.2
      g.fillStyle = color
      g.fillRect(x, bottom - h, slot * 0.6, h)
      g.fillStyle = '#000'
      g.textAlign = 'center'
      g.textBaseline = 'bottom'
      g.fillText(String(b.value), x + slot * 0.3, bottom - h - 6)
      g.textBaseline = 'top'
      g.fillText(label(b), x + slot * 0.3, bottom + 14)
    })
    g.textAlign = 'left'
    g.textBaseline = 'top'
    g.fillText(cjk ? `单位：${o.unit}` : '', left, H - 50)
  }
  return { png: canvas.toBuffer('image/png'), width: W, height: H, cjk }
}
