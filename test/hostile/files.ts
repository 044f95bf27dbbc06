/**
 * Hostile files, generated (never committed): zip bombs as DOCX and OFD, zips whose headers lie about sizes, images
 * whose headers claim more pixels than may be decoded, a YAML alias bomb. Zips are written by hand so that every
 * field (declared sizes, entry counts) can be set as an attacker would set it.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib'
import iconv from 'iconv-lite'

export interface ZipSpec {
  name: string
  /** Raw deflate data, or stored bytes when `method` is 0. */
  data: Uint8Array
  method: 0 | 8
  crc: number
  size: number
  /** What the headers say the entry inflates to (default: the truth). */
  declaredSize?: number
}

export function entry(name: string, content: string | Uint8Array, o: { store?: boolean; declaredSize?: number } = {}): ZipSpec {
  const raw = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)
  return { name, data: o.store ? raw : deflateRawSync(raw), method: o.store ? 0 : 8, crc: crc32(raw), size: raw.length, declaredSize: o.declaredSize }
}

export interface ZipOptions {
  /** Write ZIP64 records (sizes and offsets in the extra field, a ZIP64 end record) as large-file tools do. */
  zip64?: boolean
  /** Bytes before the zip (a self-extracting stub); offsets are left as if they were not there. */
  prefix?: Buffer
  /** Names in GBK without the UTF-8 flag, as zips made on Chinese Windows have them. */
  gbkNames?: boolean
  /** General-purpose flags added to every entry (1 = encrypted). */
  flags?: number
}

/** A zip file from entries (local headers, data, central directory, end record). */
export function zip(entries: ZipSpec[], o: ZipOptions = {}): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  const flags = (o.gbkNames ? 0 : 0x800) | (o.flags ?? 0)
  for (const e of entries) {
    const name = o.gbkNames ? iconv.encode(e.name, 'gbk') : Buffer.from(e.name)
    const size = e.declaredSize ?? e.size
    const x64 = Buffer.alloc(o.zip64 ? 28 : 0)
    if (o.zip64) {
      x64.writeUInt16LE(1, 0)
      x64.writeUInt16LE(24, 2)
      x64.writeBigUInt64LE(BigInt(size), 4)
      x64.writeBigUInt64LE(BigInt(e.data.length), 12)
      x64.writeBigUInt64LE(BigInt(offset), 20)
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(o.zip64 ? 45 : 20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(e.method, 8)
    local.writeUInt32LE(e.crc >>> 0, 14)
    local.writeUInt32LE(o.zip64 ? 0xffffffff : e.data.length, 18)
    local.writeUInt32LE(o.zip64 ? 0xffffffff : size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(o.zip64 ? 20 : 0, 28)
    const localX = o.zip64 ? Buffer.concat([x64.subarray(0, 4), x64.subarray(4, 20)]) : Buffer.alloc(0)
    if (o.zip64) localX.writeUInt16LE(16, 2)
    parts.push(local, name, localX, Buffer.from(e.data))
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(o.zip64 ? 45 : 20, 4)
    cd.writeUInt16LE(o.zip64 ? 45 : 20, 6)
    cd.writeUInt16LE(flags, 8)
    cd.writeUInt16LE(e.method, 10)
    cd.writeUInt32LE(e.crc >>> 0, 16)
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : e.data.length, 20)
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : size, 24)
    cd.writeUInt16LE(name.length, 28)
    cd.writeUInt16LE(x64.length, 30)
    cd.writeUInt32LE(o.zip64 ? 0xffffffff : offset, 42)
    central.push(cd, name, x64)
    offset += 30 + name.length + localX.length + e.data.length
  }
  const cdBytes = Buffer.concat(central)
  const tail: Buffer[] = []
  if (o.zip64) {
    const rec = Buffer.alloc(56)
    rec.writeUInt32LE(0x06064b50, 0)
    rec.writeBigUInt64LE(44n, 4)
    rec.writeUInt16LE(45, 12)
    rec.writeUInt16LE(45, 14)
    rec.writeBigUInt64LE(BigInt(entries.length), 24)
    rec.writeBigUInt64LE(BigInt(entries.length), 32)
    rec.writeBigUInt64LE(BigInt(cdBytes.length), 40)
    rec.writeBigUInt64LE(BigInt(offset), 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    loc.writeBigUInt64LE(BigInt(offset + cdBytes.length), 8)
    loc.writeUInt32LE(1, 16)
    tail.push(rec, loc)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(o.zip64 ? 0xffff : entries.length, 8)
  end.writeUInt16LE(o.zip64 ? 0xffff : entries.length, 10)
  end.writeUInt32LE(o.zip64 ? 0xffffffff : cdBytes.length, 12)
  end.writeUInt32LE(o.zip64 ? 0xffffffff : offset, 16)
  return Buffer.concat([...(o.prefix ? [o.prefix] : []), ...parts, cdBytes, ...tail, end])
}

/** Deflates head + unit×times + tail as a stream (the inflated text never exists in memory here). */
export function deflateRepeated(head: string, unit: string, times: number, tail: string): Promise<ZipSpec> {
  return deflateRun(Buffer.from(head), Buffer.from(unit), times, Buffer.from(tail))
}

async function deflateRun(head: Buffer, unit: Buffer, times: number, tail: Buffer): Promise<ZipSpec> {
  const z = createDeflateRaw({ level: 9, memLevel: 9 })
  const out: Buffer[] = []
  z.on('data', (c: Buffer) => out.push(c))
  const done = new Promise((r) => z.on('end', r))
  let sum = 0
  let size = 0
  const write = (b: Buffer) =>
    new Promise<void>((res) => {
      sum = crc32(b, sum)
      size += b.length
      if (z.write(b)) res()
      else z.once('drain', () => res())
    })
  await write(head)
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length))
  const block = Buffer.concat(Array.from({ length: perBlock }, () => unit))
  let left = times
  while (left >= perBlock) {
    await write(block)
    left -= perBlock
  }
  if (left > 0) await write(block.subarray(0, left * unit.length))
  await write(tail)
  z.end()
  await done
  return { name: '', data: Buffer.concat(out), method: 8, crc: sum, size }
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

export function docxXml(paragraphs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`
}

/** A well-formed DOCX around the given document.xml entry and extra entries. */
export function docx(document: ZipSpec, extra: ZipSpec[] = []): Buffer {
  return zip([entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', ROOT_RELS), { ...document, name: 'word/document.xml' }, ...extra])
}

/**
 * The zip bomb of the issue: a DOCX of about 400 KB whose document.xml inflates to `mb` MB of valid WordprocessingML
 * (paragraphs of 罚款人民币伍万元整). The headers tell the truth unless `declaredSize` is given.
 */
export async function docxBomb(mb = 400, o: { declaredSize?: number } = {}): Promise<Buffer> {
  // one paragraph of 罚罚罚…: a run of one character compresses about 1,000 to 1, as far as deflate goes
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>罚款人民币伍万元整。`
  const tail = '</w:t></w:r></w:p></w:body></w:document>'
  const doc = await deflateRepeated(head, '罚', Math.ceil((mb * 1048576) / 3), tail)
  return docx({ ...doc, declaredSize: o.declaredSize })
}

/** An OFD whose one page's Content.xml inflates to `mb` MB. */
export async function ofdBomb(mb = 200): Promise<Buffer> {
  const ofd = '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
  const doc =
    '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
  const head = '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">'
  const text = '<ofd:TextObject ID="3" Boundary="20 30 100 5" Size="3.5"><ofd:TextCode X="0" Y="3.5">罚款'
  const tail = '</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>'
  const content = await deflateRepeated(head + text, '罚', Math.ceil((mb * 1048576) / 3), tail)
  return zip([entry('OFD.xml', ofd), entry('Doc_0/Document.xml', doc), { ...content, name: 'Doc_0/Pages/Page_0/Content.xml' }])
}

/** A PNG whose header claims width×height; only the header and a tiny IDAT are present. */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const c = Buffer.alloc(4)
    c.writeUInt32BE(crc32(td) >>> 0)
    return Buffer.concat([len, td, c])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateRawSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))])
}

/** A JPEG whose frame header claims width×height (SOI, SOF0, EOI: nothing to decode). */
export function jpegClaiming(width: number, height: number): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xd9])])
}

/** A BMP header claiming width×height at 24 bits with no pixel data. */
export function bmpClaiming(width: number, height: number): Buffer {
  const b = Buffer.alloc(54)
  b.write('BM', 0, 'latin1')
  b.writeUInt32LE(54, 2)
  b.writeUInt32LE(54, 10)
  b.writeUInt32LE(40, 14)
  b.writeInt32LE(width, 18)
  b.writeInt32LE(height, 22)
  b.writeUInt16LE(1, 26)
  b.writeUInt16LE(24, 28)
  return b
}

/** A little-endian TIFF with one page claiming width×height, one strip inside the file. */
export function tiffClaiming(width: number, height: number): Buffer {
  const tags: [number, number, number][] = [
    [256, 4, width],
    [257, 4, height],
    [258, 3, 8],
    [259, 3, 1],
    [262, 3, 1],
    [273, 4, 8],
    [277, 3, 1],
    [278, 4, height],
    [279, 4, 4],
  ]
  const ifdAt = 12
  const b = Buffer.alloc(ifdAt + 2 + tags.length * 12 + 4)
  b.write('II', 0, 'latin1')
  b.writeUInt16LE(42, 2)
  b.writeUInt32LE(ifdAt, 4)
  b.writeUInt16LE(tags.length, ifdAt)
  tags.forEach(([tag, type, value], i) => {
    const at = ifdAt + 2 + i * 12
    b.writeUInt16LE(tag, at)
    b.writeUInt16LE(type, at + 2)
    b.writeUInt32LE(1, at + 4)
    if (type === 3) b.writeUInt16LE(value, at + 8)
    else b.writeUInt32LE(value, at + 8)
  })
  return b
}

/** A YAML "billion laughs": nine levels of nine aliases each. */
export function yamlAliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`)
  return `id: bomb\nname: 别名炸弹\n${lines.join('\n')}\n`
}

const PICTURE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>'

/** A DOCX with a paragraph of text and one picture (word/media/image1.png) shown in the body, as a pasted scan is. */
export function docxWithPicture(text: string, picture: ZipSpec): Buffer {
  const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p><w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed="rId5"/></a:graphicData></a:graphic></w:drawing></w:r></w:p></w:body></w:document>`
  return docx(entry('', body), [entry('word/_rels/document.xml.rels', PICTURE_RELS), { ...picture, name: 'word/media/image1.png' }])
}

/** A picture entry that starts as a PNG of width×height and then inflates to `mb` MB of zeros. */
export function pictureBomb(width: number, height: number, mb: number): Promise<ZipSpec> {
  return deflateRun(pngClaiming(width, height).subarray(0, 33), Buffer.from([0]), mb * 1048576, Buffer.alloc(0))
}

/** A TIFF whose directory chain points back at itself (utif2 alone never stops reading it). */
export function tiffLoop(): Buffer {
  const b = tiffClaiming(100, 100)
  const n = b.readUInt16LE(12)
  b.writeUInt32LE(12, 12 + 2 + n * 12)
  return b
}

/** A TIFF with a tag claiming four billion 16-bit values (utif2 alone would build an array of them). */
export function tiffValueBomb(): Buffer {
  const b = tiffClaiming(100, 100)
  // the third entry (BitsPerSample, SHORT): count 0xffffffff, "stored" at offset 8
  b.writeUInt32LE(0xffffffff, 12 + 2 + 2 * 12 + 4)
  b.writeUInt32LE(8, 12 + 2 + 2 * 12 + 8)
  return b
}
