/**
 * Official-document layout after GB/T 9704-2012 (党政机关公文格式), shared by every DOCX export:
 * A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号 on a fixed 28.95 pt grid (22 lines × 28 characters),
 * title 方正小标宋简体 二号, headings 黑体 三号 (second level 楷体_GB2312), page numbers "— 1 —" in 四号 宋体,
 * odd pages right and even pages left.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx'

/** The fonts GB/T 9704 names, and what to use where a machine lacks them (written to the font table as w:altName). */
export const FONTS = {
  body: { name: '仿宋_GB2312', alt: '仿宋', family: 'modern' },
  title: { name: '方正小标宋简体', alt: '宋体', family: 'roman' },
  heading: { name: '黑体', alt: 'SimHei', family: 'modern' },
  heading2: { name: '楷体_GB2312', alt: '楷体', family: 'modern' },
  number: { name: '宋体', alt: 'SimSun', family: 'roman' },
} as const
export type FontRole = keyof typeof FONTS

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 } as const

const MM = 1440 / 25.4
export const mm = (x: number) => Math.round(x * MM)
/** GB/T 9704 grid: 22 lines in the 225 mm type area → 28.95 pt a line. */
export const LINE = 579

/** Width of the type area in twips. */
export function typeAreaWidth(landscape = false): number {
  return landscape ? mm(297 - 37 - 35) : mm(210 - 28 - 26)
}

export interface RunOpts {
  font?: FontRole
  size?: number
  bold?: boolean
  underline?: boolean
}

export function run(text: string, o: RunOpts = {}): TextRun {
  const f = FONTS[o.font ?? 'body']
  return new TextRun({
    text,
    font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: f.name, cs: 'Times New Roman' },
    size: o.size ?? SIZE.sanhao,
    bold: o.bold,
    underline: o.underline ? {} : undefined,
  })
}

const bodySpacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

/** 标题: 方正小标宋简体 二号, centred, a blank line after. */
export function title(text: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: mm(14), lineRule: LineRuleType.EXACT }, children: [run(text, { font: 'title', size: SIZE.erhao })] }),
    blank(),
  ]
}

export function blank(): Paragraph {
  return new Paragraph({ spacing: bodySpacing, children: [run('')] })
}

/** 一级标题 "一、……" in 黑体 三号, indented two characters like the body. */
export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: bodySpacing, indent: { firstLine: 640 }, keepNext: true, children: [run(text, { font: 'heading' })] })
}

/** 二级标题 "（一）……" in 楷体 三号. */
export function heading2(text: string): Paragraph {
  return new Paragraph({ spacing: bodySpacing, indent: { firstLine: 640 }, keepNext: true, children: [run(text, { font: 'heading2' })] })
}

/** 正文: 仿宋_GB2312 三号, first line indented two characters. */
export function para(text: string | ParagraphChild[], o: { indent?: boolean; align?: 'left' | 'right' | 'center'; keepNext?: boolean } = {}): Paragraph {
  const alignment = o.align === 'right' ? AlignmentType.RIGHT : o.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED
  return new Paragraph({
    spacing: bodySpacing,
    alignment,
    keepNext: o.keepNext,
    indent: o.indent === false ? undefined : { firstLine: 640 },
    children: typeof text === 'string' ? [run(text)] : text,
  })
}

/** The caption above a table (黑体 四号), kept on the page of the table's first rows. */
export function caption(text: string): Paragraph {
  return new Paragraph({ spacing: bodySpacing, keepNext: true, keepLines: true, children: [run(text, { font: 'heading', size: SIZE.sihao })] })
}

/** A line under the title: the rubric name and version every document carries. */
export function subtitle(text: string, size: number = SIZE.xiaosi): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(text, { size })] })
}

export interface CellOpts {
  size?: number
  bold?: boolean
  font?: FontRole
  align?: 'left' | 'center' | 'right'
  span?: number
  shade?: boolean
  width?: number
  /** Keep with the next row on the same page (set on every row but the last of a small table). */
  keepNext?: boolean
}

/** A table cell; tables use 小四 (or 五号 for the wide ledger) because 三号 leaves too few characters per column. */
export function cell(text: string, o: CellOpts = {}): TableCell {
  const alignment = o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : undefined
  const size = o.size ?? SIZE.xiaosi
  // Font and size come from the cell paragraph style: a plain run keeps large tables (the ledger) light to build.
  const plain = !o.bold && !o.font
  return new TableCell({
    columnSpan: o.span,
    verticalAlign: VerticalAlign.CENTER,
    width: o.width ? { size: o.width, type: WidthType.DXA } : undefined,
    shading: o.shade ? { fill: 'E7E6E6', color: 'auto', type: 'clear' } : undefined,
    children: text.split('\n').map(
      (l) =>
        new Paragraph({
          style: cellStyle(size),
          alignment,
          keepNext: o.keepNext || undefined,
          children: [plain ? new TextRun(l) : run(l, { size, bold: o.bold, font: o.font })],
        }),
    ),
  })
}

/** Paragraph styles for table text, one per size used in tables (四号, 小四, 五号). */
const CELL_SIZES = [SIZE.sihao, SIZE.xiaosi, SIZE.wuhao]
function cellStyle(size: number): string {
  return CELL_SIZES.includes(size as (typeof CELL_SIZES)[number]) ? `Cell${size}` : `Cell${SIZE.xiaosi}`
}
const cellStyles = CELL_SIZES.map((size) => ({
  id: `Cell${size}`,
  name: `Table Text ${size / 2}pt`,
  basedOn: 'Normal',
  run: { size },
  paragraph: { spacing: { line: 260, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
}))

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

/** A full-width table; `widths` are relative column weights, the first `headerRows` repeat on every page. */
export function table(rows: TableCell[][], widths: number[], o: { landscape?: boolean; headerRows?: number; splitRows?: boolean } = {}): Table {
  const total = typeAreaWidth(o.landscape)
  const sum = widths.reduce((a, b) => a + b, 0)
  const cols = widths.map((w) => Math.floor((w / sum) * total))
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: cols,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    borders,
    rows: rows.map((cells, i) => new TableRow({ tableHeader: i < (o.headerRows ?? 0), cantSplit: i < (o.headerRows ?? 0) || !o.splitRows, children: cells })),
  })
}

/**
 * 版记 (GB/T 9704 §7.4): 抄送 and 印发机关/印发日期 between a thick first and last rule and a thin rule
 * in between, in 四号 仿宋, at the end of the document.
 */
export function imprint(copyTo: string, issuer: string, date: string): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  const p = (text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }) =>
    new Paragraph({ alignment: align, indent, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(text, { size: SIZE.sihao })] })
  const total = typeAreaWidth()
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [Math.floor(total / 2), Math.floor(total / 2)],
    // Floats to the foot of the last page's type area, where GB/T 9704 puts the 版记.
    float: {
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      topFromText: 240,
    },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: [
      new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: 2, children: [p(`抄送：${copyTo}`, AlignmentType.LEFT, { left: 280 })] })] }),
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: [p(issuer, AlignmentType.LEFT, { left: 280 })] }),
          new TableCell({ children: [p(`${date}印发`, AlignmentType.RIGHT, { right: 280 })] }),
        ],
      }),
    ],
  })
}

function pageNumberFooter(align: 'right' | 'left'): Footer {
  // 页码: 四号半角宋体阿拉伯数字, 数字左右各一条一字线, 单页居右空一字, 双页居左空一字.
  const font = { ascii: FONTS.number.name, hAnsi: FONTS.number.name, eastAsia: FONTS.number.name }
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ font, size: SIZE.sihao, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  })
}

/** A small running header naming the rubric (name and version), so every page of a working table says which standard it was scored by. */
function rubricHeader(text: string): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text, { size: 18 })] })],
  })
}

export interface DocOpts {
  title: string
  landscape?: boolean
  /** Text of the running header, in words a reader understands; none when absent (GB/T 9704 documents carry none). */
  header?: string
  /** The document's keywords property (rubric id and version, for machines). */
  keywords: string
  children: ISectionOptions['children']
}

/** Build the document and return its bytes, with the font table carrying the fallbacks. */
export async function renderDocx(o: DocOpts): Promise<Buffer> {
  const page = o.landscape
    ? { size: { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE } }
    : { size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT } }
  const doc = new Document({
    title: o.title,
    creator: '评查助手 Pingcha',
    keywords: o.keywords,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body.name }, size: SIZE.sanhao },
        },
      },
      paragraphStyles: cellStyles,
    },
    sections: [
      {
        properties: {
          page: {
            ...page,
            // A landscape page is the portrait page turned: its binding edge (left) becomes the top.
            margin: o.landscape
              ? { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35), header: mm(12), footer: mm(12) }
              : { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
          },
        },
        headers: o.header ? { default: rubricHeader(o.header), even: rubricHeader(o.header) } : undefined,
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: o.children,
      },
    ],
  })
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }])
}

/**
 * docx writes an empty font table; ours names the GB/T 9704 fonts with their fallbacks (w:altName) so Word
 * and LibreOffice substitute sensibly where 仿宋_GB2312 or 方正小标宋简体 are not installed.
 */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  Object.values(FONTS)
    .map((x) => `<w:font w:name="${x.name}"><w:altName w:val="${x.alt}"/><w:charset w:val="86"/><w:family w:val="${x.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('') +
  '<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
  '</w:fonts>'

/** File names: keep Chinese, drop what Windows forbids. */
export function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
}
