/**
 * Word 97–2003 fixtures: DOCX files made with the docx package, saved as .doc by LibreOffice (which writes the same
 * binary format as Word and WPS: page breaks as "page break before" paragraphs, tables with cell and row marks).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Document, ExternalHyperlink, Footer, Header, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

export function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice']).status === 0
}

/** Converts DOCX files to .doc in one LibreOffice run (with a private profile, so parallel runs don't clash). */
export function toDoc(files: string[], outDir: string): string[] {
  if (!hasSoffice()) throw new Error('soffice is needed to make .doc fixtures (apt: libreoffice-writer-nogui)')
  mkdirSync(outDir, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'pingcha-lo-'))
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'doc', '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 180_000,
    })
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.error}`)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return files.map((f) => {
    const doc = join(outDir, basename(f).replace(/\.docx$/, '.doc'))
    if (!existsSync(doc)) throw new Error(`LibreOffice did not convert ${f}`)
    return doc
  })
}

const cell = (...paras: string[]) => new TableCell({ children: paras.map((t) => new Paragraph(t)), width: { size: 50, type: WidthType.PERCENTAGE } })
const row = (...cells: TableCell[]) => new TableRow({ children: cells })

/** A decision: title, number, a label/value table (one cell of two paragraphs), a soft line break, a page break. */
export function decisionDoc(): Document {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '行政处罚决定书', bold: true })] }),
          new Paragraph('某市监处罚〔2024〕15号'),
          new Table({
            rows: [
              row(cell('当事人'), cell('某某商贸有限公司')),
              row(cell('统一社会信用代码'), cell('91350102MA2XYZ1234')),
              row(cell('住所'), cell('某市某区某路1号', '（经营场所）')),
            ],
          }),
          new Paragraph({ children: [new TextRun('违法事实：'), new TextRun({ text: '当事人购进食用油120箱。', break: 1 })] }),
          new Paragraph('依据《中华人民共和国食品安全法》第一百二十五条第一款，决定罚款人民币伍万元整。'),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph('某某市市场监督管理局'),
          new Paragraph('二〇二四年四月十日'),
        ],
      },
    ],
  })
}

/** A record with many paragraphs and no page break. */
export function longDoc(paragraphs: number): Document {
  return new Document({
    sections: [{ children: [new Paragraph('询问笔录'), ...Array.from({ length: paragraphs }, (_, i) => new Paragraph(`问：第${i + 1}个问题？答：第${i + 1}个回答。`))] }],
  })
}

/**
 * Two sections (a section break, no page break), a header and a footer with a page number, a hyperlink and a page
 * number field in the body, a table whose first cell has two paragraphs and whose last cell is empty.
 */
export function sectionsDoc(): Document {
  return new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('页眉文字')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })] })] }) },
        children: [
          new Paragraph('立案审批表'),
          new Paragraph({ children: [new TextRun('来源：'), new ExternalHyperlink({ link: 'http://example.com/', children: [new TextRun('投诉举报平台')] })] }),
          new Paragraph({ children: [new TextRun('本页为第'), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun('页')] }),
          new Table({ rows: [row(cell('案情', '摘要'), cell('销售标签不符的食用油', '货值1.2万元'), new TableCell({ children: [] }))] }),
        ],
      },
      { children: [new Paragraph('询问笔录'), new Paragraph('问：你的姓名？')] },
    ],
  })
}

/** Writes the DOCX sources into `dir` and converts them in one LibreOffice run; returns the paths. */
export async function buildDocFixtures(dir: string): Promise<{ decision: string; long: string; sections: string; decisionDocx: string }> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const src = join(dir, 'src')
  mkdirSync(src)
  const sources = { decision: decisionDoc(), long: longDoc(60), sections: sectionsDoc() }
  for (const [name, doc] of Object.entries(sources)) writeFileSync(join(src, `${name}.docx`), await Packer.toBuffer(doc))
  const [decision, long, sections] = toDoc(
    Object.keys(sources).map((name) => join(src, `${name}.docx`)),
    join(dir, 'doc'),
  )
  return { decision, long, sections, decisionDocx: join(src, 'decision.docx') }
}

/** Offset of the WordDocument stream in a .doc (its FIB starts a sector with the Word signature 0xA5EC). */
export function fibOffset(doc: Uint8Array): number {
  for (let o = 512; o + 4 <= doc.length; o += 512) if (doc[o] === 0xec && doc[o + 1] === 0xa5 && doc[o + 2] + doc[o + 3] * 256 >= 0xc0) return o
  throw new Error('no FIB found')
}

/** The .doc with Word's "encrypted" flag set in its FIB, as a password-protected file has it. */
export function markEncrypted(doc: Uint8Array): Uint8Array {
  const out = Uint8Array.from(doc)
  out[fibOffset(doc) + 0x0b] |= 0x01
  return out
}

/** The .doc with two sectors of its directory chain pointing at each other (a loop the parser would follow forever). */
export function loopDirectoryChain(doc: Uint8Array): Uint8Array {
  const b = Buffer.from(Uint8Array.from(doc))
  const sat = b.readInt32LE(76)
  const dir = b.readInt32LE(48)
  const other = dir === 0 ? 1 : 0
  const at = (id: number) => (sat + 1) * 512 + id * 4
  b.writeInt32LE(other, at(dir))
  b.writeInt32LE(dir, at(other))
  return new Uint8Array(b)
}

export const read = (p: string) => new Uint8Array(readFileSync(p))
