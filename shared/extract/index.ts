import type { CaseDocument, CaseFacts, CaseNumberFact, DocFacts, ExtractOutput, Procedure } from '../types'
import { extractAgency } from './agency'
import { placeCorrected } from './places'
import { extractCaseNumbers } from './casenum'
import { textCut } from './completeness'
import { extractCitations } from './citations'
import { extractDates } from './dates'
import { extractFields, extractSignatures } from './forms'
import { extractAmounts } from './money'
import { extractOfficers, extractParties } from './people'
import { bookTitles, docText, statuteQuotes } from './text'


export { parseCnInt, parseCnDigits, parseMoney, parseYear, parseAnyInt, parseDecimal } from './cnnum'
export { parseDatesIn } from './dates'
export { isValidCreditCode, isValidIdNumber } from './ids'
export { fullLawTitle } from './lawtitles'

/** A line read with at least this confidence is not second-guessed by the list of places: the recogniser was sure of it. */
const PLACE_SURE = 0.99

/**
 * A name the OCR read off a scan, its county-level division set right where the list of divisions makes one sure
 * (重庆市培陵区 → 重庆市涪陵区) and the recogniser was not; the evidence still shows the page as read. Typed text and text
 * layers are as printed.
 */
function placeSetRightOffScan<T extends { name: string; evidence: { confidence?: number } } | undefined>(f: T): T {
  if (!f || f.evidence.confidence === undefined || f.evidence.confidence >= PLACE_SURE) return f
  const name = placeCorrected(f.name)
  return name === f.name ? f : { ...f, name }
}

/**
 * A division set right on one page (天津市沽北区 → 河北区) that other pages of the case read, surely, as printed: a name the
 * list of places lacks, not a misreading — the name as the sure pages print it, everywhere.
 */
function asPrintedElsewhere(documents: DocFacts[]): DocFacts[] {
  const sure = documents.flatMap((d) => [...d.parties, ...(d.agency ? [d.agency] : [])]).filter((f) => f.evidence.confidence !== undefined && f.evidence.confidence >= PLACE_SURE).map((f) => f.name)
  if (!sure.length) return documents
  const printed = (name: string) => sure.find((s) => s !== name && placeCorrected(s) === name)
  const asPrinted = <T extends { name: string }>(f: T): T => {
    const name = printed(f.name)
    return name ? { ...f, name } : f
  }
  return documents.map((d) => {
    const parties = d.parties.map(asPrinted)
    const agency = d.agency ? asPrinted(d.agency) : d.agency
    return parties.some((p, i) => p !== d.parties[i]) || agency !== d.agency ? { ...d, parties, agency } : d
  })
}

/** Facts of one document, each with its evidence. */
export function extractDocFacts(doc: CaseDocument): DocFacts {
  const dt = docText(doc)
  const quotes = statuteQuotes(dt.text)
  const titles = bookTitles(dt.text)
  return {
    docId: doc.id,
    docType: doc.type,
    caseNumbers: extractCaseNumbers(dt, doc.type),
    parties: extractParties(dt, doc.type).map(placeSetRightOffScan),
    // an archive form's 立卷人 / 检查人 are clerks, not enforcement officers
    officers: doc.type === '备考表' || doc.type === '卷内目录' ? [] : extractOfficers(dt),
    dates: extractDates(dt, { docType: doc.type, quotes, titles }),
    citations: extractCitations(dt, quotes),
    amounts: extractAmounts(dt, quotes, doc.type),
    fields: extractFields(dt),
    signatures: extractSignatures(dt),
    agency: placeSetRightOffScan(extractAgency(dt)),
    cut: textCut(dt, doc.type),
  }
}

const PERMIT_TYPES = new Set(['行政许可申请书', '受理通知书', '不予受理通知书', '补正材料通知书', '许可审查意见', '准予行政许可决定书', '不予行政许可决定书'])

/** Papers only a penalty case holds: a file with one is a penalty case, whatever application (复检申请书) it also holds. */
const PENALTY_TYPES = new Set(['立案审批表', '行政处罚决定书', '不予行政处罚决定书', '行政处罚事先告知书', '听证告知书', '案件调查终结报告'])

function procedureOf(docs: CaseDocument[], facts: DocFacts[]): Procedure {
  const types = new Set(docs.map((d) => d.type))
  if (docs.some((d) => PERMIT_TYPES.has(d.type)) && !docs.some((d) => PENALTY_TYPES.has(d.type))) return '行政许可'
  if (types.has('听证笔录')) return '听证程序'
  if (docs.some((d) => /当场/.test(d.title))) return '简易程序'
  if (types.has('立案审批表') || types.has('案件调查终结报告') || types.has('行政处罚事先告知书')) return '普通程序'
  if (facts.some((f) => f.fields.some((x) => /简易程序|当场/.test(x.value)))) return '简易程序'
  return '未知'
}

function mainCaseNumber(facts: DocFacts[]): CaseNumberFact | undefined {
  const decision = facts.find((f) => f.docType === '行政处罚决定书' || f.docType === '不予行政处罚决定书')
  const own = decision?.caseNumbers.find((c) => c.own)
  if (own) return own
  const counts = new Map<string, { n: number; c: CaseNumberFact }>()
  for (const f of facts) for (const c of f.caseNumbers) if (c.own) {
    const e = counts.get(c.normalized) ?? { n: 0, c }
    e.n++
    counts.set(c.normalized, e)
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.c
}

/**
 * A case number as the document prints it (leading zeros and 第 kept), without the spaces a layout put inside it; a
 * year bracket OCR read as two different kinds (〔2021]) is shown as 〔2021〕.
 */
export function printedNumber(c: Pick<CaseNumberFact, 'text'>): string {
  const BRACKETS: Record<string, string> = { '〔': '〕', '﹝': '﹞', '[': ']', '【': '】', '(': ')', '（': '）' }
  return c.text
    .replace(/\s+/g, '')
    .replace(/([〔﹝[【(（])((?:19|20)\d{2})([〕﹞\]】)）])/, (all, open: string, year: string, close: string) => (BRACKETS[open] === close ? all : `〔${year}〕`))
}

/** Facts of a whole case: every document's facts plus the case-level summary (procedure, case number, party). */
export function extractCase(folder: string, docs: CaseDocument[]): CaseFacts {
  const documents = asPrintedElsewhere(docs.map(extractDocFacts))
  const decision = documents.find((f) => f.docType === '行政处罚决定书')
  const party = (decision?.parties[0]?.name || documents.find((f) => f.parties[0]?.name)?.parties[0]?.name) ?? undefined
  const out: CaseFacts = { folder, procedure: procedureOf(docs, documents), documents }
  const cn = mainCaseNumber(documents)
  if (cn) out.caseNumber = printedNumber(cn)
  if (party) out.party = party
  const agency = (decision?.agency ?? documents.find((f) => f.agency)?.agency)?.name
  if (agency) out.agency = agency
  return out
}

/** The `pingcha extract --json` shape: case facts, not statute text (quoted facts are left out). */
export function toExtractOutput(facts: DocFacts): ExtractOutput {
  // only the document's own number: a number it merely refers to is not its case number
  const own = facts.caseNumbers.find((c) => c.own)
  const party = facts.parties[0]
  return {
    docType: facts.docType,
    caseNumber: own ? printedNumber(own) : null,
    party: { name: party?.name || null, creditCode: party?.creditCode ?? null },
    dates: facts.dates.filter((d) => !d.quoted).map((d) => ({ text: d.text, iso: d.iso, role: d.role })),
    citations: facts.citations
      .filter((c) => !c.quoted)
      .map((c) => ({ text: c.text, law: c.law, article: c.article, paragraph: c.paragraph ?? null, item: c.item ?? null })),
    amounts: facts.amounts.filter((a) => !a.quoted).map((a) => ({ text: a.text, yuan: a.yuan, role: a.role })),
    officers: facts.officers.map((o) => ({ name: o.name, certNo: o.certNo ?? null })),
  }
}
