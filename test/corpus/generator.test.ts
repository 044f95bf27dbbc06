import { describe, expect, it, beforeAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import iconv from 'iconv-lite'
import { isValidCreditCode, isValidIdNumber, isValidOrgCode, creditCheckChar, idCheckChar } from '../fixtures/corpus/ids'
import { cnInt, cnDate, upperYuan, addWorkdays, workdaysBetween, daysBetween } from '../fixtures/corpus/cn'
import { Rng } from '../fixtures/corpus/rng'
import { buildCase, planCorpus, DEFECT_KINDS, type CaseSpec } from '../fixtures/corpus/spec'
import { renderCase, docText } from '../fixtures/corpus/render'
import { oracle } from '../fixtures/corpus/oracle'
import { corpusSpecs, ensureCorpus, ciCorpusOptions, readCorpus, FULL_CORPUS, type CaseTruth } from '../fixtures/corpus'
import { fineBounds, PROVISIONS } from '../fixtures/corpus/laws'
import { docxBuffer } from '../fixtures/corpus/writers'

const key = (f: { kind: string; docType: string }) => `${f.kind}|${f.docType}`

/** Spec-only corpus (no files): fast enough to check hundreds of cases. */
function specsOnly(n: number, seed: number): CaseSpec[] {
  return planCorpus({ name: 't', cases: n, seed }).map((p, i) => buildCase(seed, i, p))
}

function truthOf(s: CaseSpec): { truth: CaseTruth; texts: string[] } {
  const docs = renderCase(s)
  const truth = {
    procedure: s.procedure,
    major: s.major,
    timeline: s.timeline,
    fineRange: fineBounds(s.provision, s.base) ?? null,
    documents: docs.map((d) => ({ type: d.type, about: d.about, title: d.title, files: [], scanned: false, facts: d.facts })),
    findings: s.defects,
  } as unknown as CaseTruth
  return { truth, texts: docs.map((d) => docText(d, s.style.colon)) }
}

describe('check characters', () => {
  it.each([
    ['91350100M000100Y43', true], // the example code of GB 32100-2015
    ['91350100M000100Y44', false],
    ['91110000600037341L', true],
    ['9111000060003734IL', false], // I is not in the character set
  ])('credit code %s valid=%s', (code, ok) => {
    expect(isValidCreditCode(code)).toBe(ok)
  })
  it.each([
    ['11010519491231002X', true], // the example of GB 11643-1999
    ['110105194912310021', false],
    ['11010519490231002X', false], // 2月31日
  ])('ID number %s valid=%s', (id, ok) => {
    expect(isValidIdNumber(id)).toBe(ok)
  })
  it('every generated party carries valid codes', () => {
    for (const s of specsOnly(300, 11)) {
      if (s.party.creditCode) {
        expect(isValidCreditCode(s.party.creditCode), s.party.creditCode).toBe(true)
        expect(isValidOrgCode(s.party.creditCode.slice(8, 17))).toBe(true)
        expect(creditCheckChar(s.party.creditCode.slice(0, 17))).toBe(s.party.creditCode[17])
      }
      if (s.party.idNumber) {
        expect(isValidIdNumber(s.party.idNumber), s.party.idNumber).toBe(true)
        expect(idCheckChar(s.party.idNumber.slice(0, 17))).toBe(s.party.idNumber[17])
      }
    }
  })
})

describe('numerals and calendar', () => {
  it.each([
    [124, '一百二十四'],
    [10, '十'],
    [15, '十五'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1005, '一千零五'],
  ])('cnInt(%i) = %s', (n, s) => expect(cnInt(n)).toBe(s))
  it.each([
    [50000, '伍万元整'],
    [37450, '叁万柒仟肆佰伍拾元整'],
    [10500, '壹万零伍佰元整'],
    [100500, '壹拾万零伍佰元整'],
    [200, '贰佰元整'],
  ])('upperYuan(%i) = %s', (n, s) => expect(upperYuan(n)).toBe(s))
  it('dates and working days with 2024 holidays and 调休', () => {
    expect(cnDate('2024-03-05')).toBe('二〇二四年三月五日')
    expect(cnDate('2025-10-15', '零')).toBe('二零二五年十月十五日')
    expect(addWorkdays('2024-09-30', 3)).toBe('2024-10-10') // 国庆 1–7, 10-12 is a 调休 Saturday but after
    expect(addWorkdays('2024-02-09', 1)).toBe('2024-02-18') // 春节 2-10…2-17; 2024-02-18 (Sunday) is a 调休 workday
    expect(workdaysBetween('2025-04-30', '2025-05-08')).toBe(3) // 5-1…5-5 off: 5-6, 5-7, 5-8
  })
})

describe('timelines of clean cases are lawful', () => {
  const specs = specsOnly(300, 5).filter((s) => s.defects.length === 0 && (s.procedure === '普通程序' || s.procedure === '听证程序'))
  it('has enough clean ordinary cases to say something', () => expect(specs.length).toBeGreaterThan(50))
  it('orders every step and meets every deadline', () => {
    for (const s of specs) {
      const t = s.timeline
      const chain = [t.violation, t.source, t.filing, t.inspection, t.inquiry, t.evidence, t.investigationEnd, t.notice, t.noticeServed]
      for (let i = 1; i < chain.length; i++) expect(chain[i] >= chain[i - 1], `${s.id} step ${i}: ${chain[i - 1]} > ${chain[i]}`).toBe(true)
      expect(t.decision > t.noticeServed).toBe(true)
      expect(workdaysBetween(t.noticeServed, t.decision)).toBeGreaterThanOrEqual(5)
      if (t.statement) expect(t.statement < t.decision).toBe(true)
      if (t.legalReview) expect(t.legalReview < t.decision && t.legalReview >= t.investigationEnd).toBe(true)
      if (t.collective) expect(t.collective < t.decision && t.collective >= t.legalReview!).toBe(true)
      if (t.hearing) {
        expect(workdaysBetween(t.noticeServed, t.hearingRequest!)).toBeLessThanOrEqual(5)
        expect(workdaysBetween(t.hearingNoticeServed!, t.hearing)).toBeGreaterThanOrEqual(7)
        expect(t.hearing < t.legalReview! && t.legalReview! < t.decision).toBe(true)
      }
      expect(daysBetween(t.filing, t.decision)).toBeLessThanOrEqual(90)
      expect(t.service >= t.decision && workdaysBetween(t.decision, t.service) <= 7).toBe(true)
      expect(t.payment >= t.service && daysBetween(t.service, t.payment) <= 15).toBe(true)
      expect(t.closing > t.payment && workdaysBetween(t.payment, t.closing) <= 15).toBe(true)
      const b = fineBounds(s.provision, s.base)
      if (b) expect(s.fine >= b[0] && s.fine <= b[1], `${s.id} fine ${s.fine} outside ${b}`).toBe(true)
    }
  })
})

describe('injected defects', () => {
  const specs = specsOnly(400, 3)
  it('covers every finding kind many times', () => {
    const count: Record<string, number> = {}
    for (const s of specs) for (const d of s.defects) count[d.kind] = (count[d.kind] ?? 0) + 1
    for (const k of DEFECT_KINDS) expect(count[k] ?? 0, k).toBeGreaterThanOrEqual(15)
  })
  it('are exactly what a rule-based reading of the texts finds, and clean cases show none', () => {
    const missed: string[] = []
    const extra: string[] = []
    for (const s of specs) {
      const { truth, texts } = truthOf(s)
      const got = new Set(oracle(truth, texts).map(key))
      const want = new Set(s.defects.map(key))
      for (const w of want) if (!got.has(w)) missed.push(`${s.id} ${w} (${s.defects.find((d) => key(d) === w)!.variant})`)
      for (const g of got) if (!want.has(g)) extra.push(`${s.id} ${g}`)
    }
    expect(missed.slice(0, 20)).toEqual([])
    expect(extra.slice(0, 20)).toEqual([])
  })
  it('every provision is used and quoted statute amounts are marked quoted', () => {
    const used = new Set(specs.map((s) => s.provision.id))
    for (const p of PROVISIONS) expect(used.has(p.id), p.id).toBe(true)
    for (const s of specs.slice(0, 60)) {
      const dec = renderCase(s).find((d) => d.type === '行政处罚决定书')
      if (!dec) continue
      for (const a of dec.facts.amounts.filter((a) => a.quoted)) expect(a.role).toBe('其他')
    }
  })
})

describe('determinism', () => {
  it('the same seed gives the same specs and texts; another seed does not', () => {
    const a = specsOnly(40, 99)
    const b = specsOnly(40, 99)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(a.map((s) => renderCase(s).map((d) => docText(d)).join('')).join('')).toBe(b.map((s) => renderCase(s).map((d) => docText(d)).join('')).join(''))
    expect(JSON.stringify(specsOnly(40, 100))).not.toBe(JSON.stringify(a))
    expect(new Rng(1).next()).toBe(new Rng(1).next())
  })
  it('a DOCX is the same bytes every time', async () => {
    const s = specsOnly(3, 5)[2]
    const d = renderCase(s)[1]
    const a = await docxBuffer(d, s.style.colon, 'table', s.timeline.archive)
    await new Promise((r) => setTimeout(r, 1100))
    const b = await docxBuffer(d, s.style.colon, 'table', s.timeline.archive)
    expect(Buffer.compare(a, b)).toBe(0)
  })
  it('the full measurement corpus plan has ≥100 cases, scans for about 15%, every sector', () => {
    const specs = corpusSpecs(FULL_CORPUS)
    expect(specs.length).toBeGreaterThanOrEqual(100)
    const scans = specs.filter((s) => s.form === 'scan-pdf' || s.form === 'scan-jpg').length
    expect(scans / specs.length).toBeGreaterThan(0.08)
    expect(scans / specs.length).toBeLessThan(0.25)
    expect(new Set(specs.map((s) => s.sector)).size).toBe(5)
    expect(new Set(specs.map((s) => s.procedure))).toEqual(new Set(['普通程序', '听证程序', '简易程序', '行政许可']))
  })
})

async function fileText(path: string, encoding?: string): Promise<string> {
  if (path.endsWith('.txt')) return encoding ? iconv.decode(readFileSync(path), encoding) : readFileSync(path, 'utf8').replace(/^\ufeff/, '')
  if (path.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(readFileSync(path))
    const xml = await zip.file('word/document.xml')!.async('string')
    return xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
  }
  if (path.endsWith('.pdf')) return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
  return ''
}

describe('the CI corpus on disk', () => {
  let root = ''
  let cases: { folder: string; truth: CaseTruth }[] = []
  beforeAll(async () => {
    root = await ensureCorpus(ciCorpusOptions())
    cases = readCorpus(root).cases
  }, 300_000)

  it('has ≈10 cases, mostly DOCX/TXT, one scanned, each with its truth', () => {
    expect(cases.length).toBe(10)
    const forms = cases.map((c) => c.truth.form)
    expect(forms.filter((f) => f === 'docx' || f === 'txt').length).toBeGreaterThanOrEqual(6)
    expect(forms.filter((f) => f.startsWith('scan')).length).toBe(1)
  })

  it('every document of the truth points at files and pages that exist', async () => {
    for (const c of cases) {
      for (const d of c.truth.documents) {
        expect(d.files.length, `${c.truth.id} ${d.type}`).toBeGreaterThan(0)
        for (const f of d.files) {
          expect(existsSync(join(c.folder, f.path)), f.path).toBe(true)
          if (f.path.endsWith('.pdf') && f.pages) {
            const info = execFileSync('pdfinfo', [join(c.folder, f.path)], { encoding: 'utf8' })
            expect(Math.max(...f.pages)).toBeLessThanOrEqual(Number(/Pages:\s+(\d+)/.exec(info)![1]))
          }
        }
      }
    }
  })

  it('the facts of the truth are in the text of the files (text forms)', async () => {
    let checked = 0
    for (const c of cases) {
      for (const d of c.truth.documents) {
        if (d.scanned) continue
        const text = (await Promise.all(d.files.map((f) => fileText(join(c.folder, f.path), f.encoding)))).join('\n').replace(/\s+/g, '')
        const norm = (s: string) => s.replace(/\s+/g, '')
        for (const x of [...d.facts.dates, ...d.facts.amounts, ...d.facts.citations, ...d.facts.caseNumbers]) {
          expect(text.includes(norm(x.text)), `${c.truth.id} ${d.type}: “${x.text}”`).toBe(true)
          checked++
        }
        if (d.facts.party) expect(text.includes(d.facts.party.name)).toBe(true)
        for (const o of d.facts.officers) if (o.certNo) expect(text.includes(o.certNo)).toBe(true)
      }
    }
    expect(checked).toBeGreaterThan(300)
  })

  it('is cached: a second call returns at once', async () => {
    const t0 = Date.now()
    expect(await ensureCorpus(ciCorpusOptions())).toBe(root)
    expect(Date.now() - t0).toBeLessThan(1000)
  })
})
