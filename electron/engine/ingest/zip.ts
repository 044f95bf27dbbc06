/**
 * Reading zip packages (DOCX, OFD, XLSX) without trusting them. A zip states each entry's inflated size in its
 * headers, and a hostile one lies: a 400 KB DOCX can hold a document.xml that inflates to 400 MB. So:
 * - the central directory is read by hand (no library inflates anything on open);
 * - an entry whose declared size is over the cap is refused before a byte is inflated;
 * - every entry is inflated as a stream with a running byte count, stopped the moment it passes the cap,
 *   whatever the headers said; and all entries read from one package share a total budget;
 * - for a picture's pixel size only its first bytes are inflated.
 * Inflation runs on libuv's thread pool, so a large entry does not hold up the event loop.
 */
import { createInflateRaw } from 'node:zlib'
import { decodeName } from './walk'

export type ZipErrorCode = 'corrupt' | 'too-large' | 'encrypted'

export class ZipError extends Error {
  constructor(
    public code: ZipErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export interface ZipLimits {
  /** Largest inflated size of one entry, in bytes. */
  entryBytes: number
  /** Largest inflated size of all entries read from one package together. */
  totalBytes: number
  /** Most entries a package may list. */
  entries: number
}

const MB = 1024 * 1024

/**
 * A real document.xml of a few hundred pages is a few MB and a pasted 600-dpi scan some tens of MB; these caps
 * leave room for far larger real files and keep a hostile one from costing more than a few hundred MB.
 */
export const ZIP_LIMITS: ZipLimits = { entryBytes: 96 * MB, totalBytes: 384 * MB, entries: 20_000 }

/**
 * An XML part is parsed into a tree several times its size (measured: 20 MB of document.xml → 200 MB and 3 s), so
 * XML parts have a lower cap than pictures. A 1,000-page Word document's document.xml is about 10–20 MB.
 */
export const MAX_XML_BYTES = 32 * MB

/** Bytes of a picture inflated to read its pixel size (a JPEG's size follows its EXIF and colour profile blocks). */
export const IMAGE_HEAD_BYTES = 512 * 1024

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  /** As the central directory states it; not trusted. */
  declaredSize: number
  localOffset: number
}

function mb(n: number): string {
  return n >= 10 * MB ? `${Math.round(n / MB)} MB` : `${(n / MB).toFixed(1)} MB`
}

/** A zip file's directory; entries are inflated on demand within the limits. */
export class ZipArchive {
  private byName = new Map<string, ZipEntry>()
  private inflated = 0

  private constructor(
    private bytes: Uint8Array,
    readonly limits: ZipLimits,
  ) {}

  /** Reads the central directory. Throws ZipError('corrupt') when the bytes are not a readable zip. */
  static open(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
    const z = new ZipArchive(bytes, { ...ZIP_LIMITS, ...limits })
    z.readDirectory()
    return z
  }

  get names(): string[] {
    return [...this.byName.keys()]
  }

  /** Inflated bytes read from this package so far. */
  get bytesInflated(): number {
    return this.inflated
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name)
  }

  has(name: string): boolean {
    return this.byName.has(name)
  }

  /** The whole entry, inflated within the entry cap and the package's remaining budget. */
  async read(name: string, limit = this.limits.entryBytes): Promise<Uint8Array> {
    const e = this.byName.get(name)
    if (!e) throw new ZipError('corrupt', `压缩包中缺少 ${name}`)
    const cap = Math.min(limit, this.limits.entryBytes)
    if (e.declaredSize > cap) throw this.tooLarge(e, e.declaredSize, cap)
    const left = this.limits.totalBytes - this.inflated
    if (e.declaredSize > left) throw this.tooLarge(e, this.inflated + e.declaredSize, this.limits.totalBytes, true)
    const data = this.compressed(e)
    let out: Uint8Array
    if (e.method === 0) {
      if (data.length > cap) throw this.tooLarge(e, data.length, cap)
      if (data.length > left) throw this.tooLarge(e, this.inflated + data.length, this.limits.totalBytes, true)
      out = data
    } else {
      const max = Math.min(cap, left)
      const r = await inflate(data, max, false)
      if (r === TOO_LARGE) throw max === cap ? this.tooLarge(e, cap + 1, cap) : this.tooLarge(e, this.limits.totalBytes + 1, this.limits.totalBytes, true)
      out = r
    }
    this.inflated += out.length
    return out
  }

  async text(name: string, limit?: number): Promise<string> {
    const b = await this.read(name, limit)
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8')
  }

  /** The first `n` inflated bytes of an entry (enough for an image header); costs at most `n` bytes of output. */
  async head(name: string, n: number): Promise<Uint8Array> {
    const e = this.byName.get(name)
    if (!e) throw new ZipError('corrupt', `压缩包中缺少 ${name}`)
    const data = this.compressed(e)
    if (e.method === 0) return data.subarray(0, n)
    const r = await inflate(data, n, true)
    return r === TOO_LARGE ? new Uint8Array(0) : r
  }

  private tooLarge(e: ZipEntry, size: number, cap: number, total = false): ZipError {
    return new ZipError(
      'too-large',
      total
        ? `压缩包内容解压后超过 ${mb(cap)} 的上限（读取 ${e.name} 时），可能是恶意构造的“压缩炸弹”，未读取`
        : `压缩包中的 ${e.name} 解压后${size > cap + 1 ? `为 ${mb(size)}，` : ''}超过 ${mb(cap)} 的上限，可能是恶意构造的“压缩炸弹”，未读取`,
    )
  }

  private compressed(e: ZipEntry): Uint8Array {
    const b = this.bytes
    const at = e.localOffset
    if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new ZipError('corrupt', `压缩包中 ${e.name} 的位置无效`)
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28)
    if (start + e.compressedSize > b.length) throw new ZipError('corrupt', `压缩包不完整（${e.name} 被截断）`)
    return b.subarray(start, start + e.compressedSize)
  }

  private readDirectory(): void {
    const b = this.bytes
    // End of central directory: 22 bytes plus a comment of up to 65535.
    let eocd = -1
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw new ZipError('corrupt', '不是有效的压缩包（找不到目录）')
    let count = u16(b, eocd + 10)
    let cdSize = u32(b, eocd + 12)
    let cdOffset = u32(b, eocd + 16)
    let cdEnd = eocd
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
      const loc = eocd - 20
      if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new ZipError('corrupt', '不是有效的压缩包（ZIP64 目录缺失）')
      const z64 = u64(b, loc + 8)
      if (z64 + 56 > b.length || u32(b, z64) !== 0x06064b50) throw new ZipError('corrupt', '不是有效的压缩包（ZIP64 目录无效）')
      count = u64(b, z64 + 32)
      cdSize = u64(b, z64 + 40)
      cdOffset = u64(b, z64 + 48)
      cdEnd = z64
    }
    if (count > this.limits.entries) throw new ZipError('too-large', `压缩包中有 ${count} 个文件，超过 ${this.limits.entries} 个的上限，未读取`)
    // Bytes prepended to the zip (a self-extracting stub) shift every offset by the same amount.
    let shift = 0
    if (u32(b, cdOffset) !== 0x02014b50 && cdEnd - cdSize >= 0 && u32(b, cdEnd - cdSize) === 0x02014b50) shift = cdEnd - cdSize - cdOffset
    let p = cdOffset + shift
    for (let k = 0; k < count; k++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new ZipError('corrupt', '压缩包目录损坏')
      const flags = u16(b, p + 8)
      const method = u16(b, p + 10)
      let compressedSize = u32(b, p + 20)
      let declaredSize = u32(b, p + 24)
      const nameLen = u16(b, p + 28)
      const extraLen = u16(b, p + 30)
      const commentLen = u16(b, p + 32)
      let localOffset = u32(b, p + 42)
      if (p + 46 + nameLen + extraLen > b.length) throw new ZipError('corrupt', '压缩包目录损坏')
      const rawName = b.subarray(p + 46, p + 46 + nameLen)
      // ZIP64 extended information: the 64-bit values of the fields that are all ones, in this order.
      let x = p + 46 + nameLen
      const xEnd = x + extraLen
      while (x + 4 <= xEnd) {
        const id = u16(b, x)
        const len = u16(b, x + 2)
        if (id === 0x0001) {
          let q = x + 4
          const take = () => {
            const v = q + 8 <= x + 4 + len ? u64(b, q) : NaN
            q += 8
            return v
          }
          if (declaredSize === 0xffffffff) declaredSize = take()
          if (compressedSize === 0xffffffff) compressedSize = take()
          if (localOffset === 0xffffffff) localOffset = take()
        }
        x += 4 + len
      }
      if (![declaredSize, compressedSize, localOffset].every(Number.isFinite)) throw new ZipError('corrupt', '压缩包目录损坏')
      const name = entryName(rawName, (flags & 0x800) !== 0)
      if (!name.endsWith('/')) {
        if (flags & 1) throw new ZipError('encrypted', '压缩包内容已加密')
        if (method !== 0 && method !== 8) throw new ZipError('corrupt', `压缩包使用了不支持的压缩方式（${method}）`)
        if (!this.byName.has(name)) this.byName.set(name, { name, method, flags, compressedSize, declaredSize, localOffset: localOffset + shift })
      }
      p += 46 + nameLen + extraLen + commentLen
    }
  }
}

const TOO_LARGE = Symbol('too-large')

/**
 * Inflates raw deflate data, counting output as it comes: past `limit` bytes the stream is destroyed and
 * TOO_LARGE returned, or with `head` the first `limit` bytes are returned.
 */
function inflate(data: Uint8Array, limit: number, head: boolean): Promise<Uint8Array | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 256 * 1024 })
    const parts: Buffer[] = []
    let n = 0
    let settled = false
    const finish = (v: Uint8Array | typeof TOO_LARGE | Error) => {
      if (settled) return
      settled = true
      if (v instanceof Error) reject(new ZipError('corrupt', `压缩数据损坏（${v.message}）`))
      else resolve(v)
    }
    z.on('data', (c: Buffer) => {
      if (settled) return
      parts.push(c)
      n += c.length
      if (n > limit || (head && n >= limit)) {
        const out = head ? Buffer.concat(parts, n).subarray(0, limit) : TOO_LARGE
        parts.length = 0
        z.destroy()
        finish(out)
      }
    })
    z.on('error', (e) => finish(head && n > 0 ? Buffer.concat(parts, n) : e))
    z.on('end', () => finish(Buffer.concat(parts, n)))
    z.end(data)
  })
}

/** Entry names are UTF-8 when flagged; otherwise whatever the tool used: GBK on Chinese Windows, UTF-8 from macOS. */
function entryName(raw: Uint8Array, utf8: boolean): string {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  return utf8 ? buf.toString('utf8') : decodeName(buf).name
}

function u16(b: Uint8Array, i: number): number {
  return i + 2 <= b.length ? b[i] | (b[i + 1] << 8) : -1
}

function u32(b: Uint8Array, i: number): number {
  return i + 4 <= b.length && i >= 0 ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000 : -1
}

function u64(b: Uint8Array, i: number): number {
  const lo = u32(b, i)
  const hi = u32(b, i + 4)
  if (lo < 0 || hi < 0 || hi >= 0x200000) return NaN
  return hi * 0x100000000 + lo
}
