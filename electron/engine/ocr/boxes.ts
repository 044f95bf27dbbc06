/**
 * DBNet post-processing: probability map → rotated text boxes. Connected components on the thresholded map,
 * the minimum-area rectangle of each component's hull, then "unclip" (DB shrinks text regions in training,
 * so boxes are grown back by area·ratio/perimeter).
 */

export interface Pt {
  x: number
  y: number
}

/** A rotated rectangle: centre, unit axis along the text line (u, pointing right), width along u, height across. */
export interface RBox {
  cx: number
  cy: number
  ux: number
  uy: number
  w: number
  h: number
  score: number
}

export interface DbParams {
  thresh: number
  boxThresh: number
  unclipRatio: number
  minSize: number
}

export const DB_DEFAULTS: DbParams = { thresh: 0.3, boxThresh: 0.6, unclipRatio: 1.5, minSize: 3 }

/** Finds text boxes in a probability map of size mw×mh. Coordinates are in map pixels. */
export function boxesFromMap(prob: Float32Array, mw: number, mh: number, p: DbParams = DB_DEFAULTS): RBox[] {
  const n = mw * mh
  const label = new Uint8Array(n) // 0 unvisited / background, 1 visited
  const queue = new Int32Array(n)
  const boxes: RBox[] = []
  for (let start = 0; start < n; start++) {
    if (label[start] || prob[start] <= p.thresh) continue
    // BFS over 8-connected foreground; the queue holds the component's pixels afterwards.
    let head = 0
    let tail = 0
    queue[tail++] = start
    label[start] = 1
    let sum = 0
    let ymin = mh
    let ymax = -1
    while (head < tail) {
      const i = queue[head++]
      sum += prob[i]
      const y = (i / mw) | 0
      const x = i - y * mw
      if (y < ymin) ymin = y
      if (y > ymax) ymax = y
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy
        if (yy < 0 || yy >= mh) continue
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx
          if (xx < 0 || xx >= mw) continue
          const j = yy * mw + xx
          if (!label[j] && prob[j] > p.thresh) {
            label[j] = 1
            queue[tail++] = j
          }
        }
      }
    }
    const count = tail
    if (count < 4) continue
    const score = sum / count
    if (score < p.boxThresh) continue
    const rows = ymax - ymin + 1
    const rmin = new Int32Array(rows).fill(mw)
    const rmax = new Int32Array(rows).fill(-1)
    for (let k = 0; k < count; k++) {
      const i = queue[k]
      const y = (i / mw) | 0
      const x = i - y * mw
      const r = y - ymin
      if (x < rmin[r]) rmin[r] = x
      if (x > rmax[r]) rmax[r] = x
    }
    const pts: Pt[] = []
    for (let r = 0; r < rows; r++) {
      if (rmax[r] < 0) continue
      const y = ymin + r
      pts.push({ x: rmin[r], y }, { x: rmax[r] + 1, y }, { x: rmin[r], y: y + 1 }, { x: rmax[r] + 1, y: y + 1 })
    }
    const rect = minAreaRect(convexHull(pts))
    if (Math.min(rect.w, rect.h) < p.minSize) continue
    // unclip: offset the rectangle outward by d = A·r / L
    const d = (rect.w * rect.h * p.unclipRatio) / (2 * (rect.w + rect.h))
    rect.w += 2 * d
    rect.h += 2 * d
    if (Math.min(rect.w, rect.h) < p.minSize + 2) continue
    rect.score = score
    boxes.push(rect)
  }
  return boxes
}

/** Andrew's monotone chain. */
export function convexHull(points: Pt[]): Pt[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y)
  if (pts.length <= 2) return pts
  const cross = (o: Pt, a: Pt, b: Pt) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
  const lower: Pt[] = []
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop()
    lower.push(p)
  }
  const upper: Pt[] = []
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop()
    upper.push(p)
  }
  upper.pop()
  lower.pop()
  return lower.concat(upper)
}

/** Minimum-area enclosing rectangle of a convex polygon (one side lies on a hull edge). */
export function minAreaRect(hull: Pt[]): RBox {
  let best: RBox = { cx: 0, cy: 0, ux: 1, uy: 0, w: 0, h: 0, score: 0 }
  let bestArea = Infinity
  const m = hull.length
  if (m === 0) return best
  const tryAxis = (ux: number, uy: number) => {
    let minU = Infinity
    let maxU = -Infinity
    let minV = Infinity
    let maxV = -Infinity
    for (const q of hull) {
      const u = q.x * ux + q.y * uy
      const v = -q.x * uy + q.y * ux
      if (u < minU) minU = u
      if (u > maxU) maxU = u
      if (v < minV) minV = v
      if (v > maxV) maxV = v
    }
    const area = (maxU - minU) * (maxV - minV)
    if (area < bestArea - 1e-9) {
      bestArea = area
      const cu = (minU + maxU) / 2
      const cv = (minV + maxV) / 2
      best = { cx: cu * ux - cv * uy, cy: cu * uy + cv * ux, ux, uy, w: maxU - minU, h: maxV - minV, score: 0 }
    }
  }
  tryAxis(1, 0)
  for (let i = 0; i < m; i++) {
    const a = hull[i]
    const b = hull[(i + 1) % m]
    const len = Math.hypot(b.x - a.x, b.y - a.y)
    if (len < 1e-9) continue
    tryAxis((b.x - a.x) / len, (b.y - a.y) / len)
  }
  return orientAlongText(best)
}

/** Picks the axis closest to horizontal as the text direction, pointing right. */
export function orientAlongText(r: RBox): RBox {
  let { ux, uy, w, h } = r
  if (Math.abs(uy) > Math.abs(ux)) {
    // swap axes: new u = old v rotated
    const nux = -uy
    const nuy = ux
    ux = nux
    uy = nuy
    const t = w
    w = h
    h = t
  }
  if (ux < 0) {
    ux = -ux
    uy = -uy
  }
  return { ...r, ux, uy, w, h }
}

/** Corners in order top-left, top-right, bottom-right, bottom-left. */
export function corners(r: RBox): [Pt, Pt, Pt, Pt] {
  const hx = (r.ux * r.w) / 2
  const hy = (r.uy * r.w) / 2
  const vx = (-r.uy * r.h) / 2
  const vy = (r.ux * r.h) / 2
  return [
    { x: r.cx - hx - vx, y: r.cy - hy - vy },
    { x: r.cx + hx - vx, y: r.cy + hy - vy },
    { x: r.cx + hx + vx, y: r.cy + hy + vy },
    { x: r.cx - hx + vx, y: r.cy - hy + vy },
  ]
}
