/**
 * officers: at least two enforcement officers on each document that records an act of enforcement (行政处罚法
 * 第四十二条, 第五十五条), each with an enforcement certificate number.
 */
import type { CheckKindParams } from '../kinds'
import type { CaseView } from '../view'
import { docText, formBoxes, MIN_FORM_FIELDS } from '../view'
import type { Draft, ItemInfo, KindOutcome } from '../outcome'
import { notApplicable } from '../outcome'
import type { DocFacts, OfficerFact } from '../../types'

const CERT_LIKE = /[A-Za-z0-9]{6,}|执法证[号件]?[:：]?\s*\S{4,}/

/** Words that are not a person's name though a reading may take them for one (这是我们, 对当事人, 本局执法人员). */
const NOT_A_NAME = /当事人|我们|你们|他们|这是|本机关|本局|执法|人员|检查|询问|单位|公司|负责人|签名|证件|出示|现场|表明|身份|说明|来意|告知|职务|职业|性别|年龄|民族|电话|地址|住址|工作/

/**
 * The officers of a document a reviewer would count: plausible names only, each once, not the party or the person
 * questioned, and not a name run on into the next word (丁明辉向 beside 丁明辉).
 */
export function realOfficers(doc: DocFacts, view: CaseView): OfficerFact[] {
  const others = new Set<string>()
  for (const p of doc.parties) {
    others.add(p.name)
    if (p.legalRepresentative) others.add(p.legalRepresentative)
  }
  for (const f of doc.fields) if (/被询问人|被检查人|当事人|法定代表人|负责人|在场人|见证人/.test(f.label)) others.add(f.value.replace(/[（(].*$/, '').trim())
  if (view.facts.party) others.add(view.facts.party)
  for (const d of view.docs()) for (const p of d.parties) if (p.legalRepresentative) others.add(p.legalRepresentative)
  const cd = view.document(doc)
  const text = cd ? docText(cd) : ''
  const byName = new Map<string, OfficerFact>()
  // (two officers' names a scan's reading ran together, 王建军阿依古丽·吐尔逊, each named on its own elsewhere in the file: two
  // officers)
  // (the file's officers gathered only where a name is long enough to be two)
  let known: Set<string> | undefined
  const parts = (o: OfficerFact): OfficerFact[] => {
    const name = o.name.trim()
    if (name.length < 4) return [o]
    known ??= new Set(view.docs().flatMap((d) => d.officers.map((x) => x.name.trim())))
    if (known.size < 2) return [o]
    for (let k = 2; k <= name.length - 2; k++) {
      const [a, b] = [name.slice(0, k), name.slice(k)]
      if (known.has(a) && known.has(b)) return [{ ...o, name: a, certNo: undefined }, { ...o, name: b, certNo: undefined }]
    }
    return [o]
  }
  for (const o of doc.officers.flatMap(parts)) {
    const name = o.name.trim()
    // (a name of the minorities' form runs longer: 艾尔肯·买买提)
    if (!/^(?:[\u4e00-\u9fff·]{2,5}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})$/.test(name) || NOT_A_NAME.test(name)) continue
    // 法定代表人 曹立群 / 被询问人：胡红梅 written in the document: the name is someone else's (曹立群询: run on).
    const someoneElse = (n: string) => others.has(n) || new RegExp(`(?:被询问人|被检查人|当事人(?:签名)?|法定代表人|现场负责人|在场人|见证人|受送达人|联系人)[\\s:：]*${n}`).test(text)
    if (someoneElse(name) || (name.length >= 3 && someoneElse(name.slice(0, -1)))) continue
    const prev = byName.get(name)
    if (!prev || (!prev.certNo && o.certNo)) byName.set(name, { ...o, name })
  }
  const names = [...byName.keys()]
  for (const n of names) if (names.some((m) => m !== n && n.startsWith(m))) byName.delete(n)
  return [...byName.values()]
}

/** The line of a lone officer goes on with another entry (王晓明、 / 王晓明 和 …): a second name the reading lost. */
function listGoesOn(list: OfficerFact[]): boolean {
  return list.length === 1 && new RegExp(`${list[0].name}[^，。；\\n]{0,20}(?:、|和|及)\\s{0,2}[\\u4e00-\\u9fff]`).test(list[0].evidence.text)
}

/** A 记录人 with a name (some templates count the recorder as the second officer): a person decides. */
function recorder(doc: DocFacts): boolean {
  return doc.fields.some((f) => /记录人|记录员/.test(f.label) && /^[\u4e00-\u9fff·]{2,4}/.test(f.value.trim()))
}

/**
 * The record says the certificates were shown (我们是…执法人员，这是我们的执法证件 / （均已出示执法证件） / 已出示税务检查证 /
 * 亮证): 第五十五条 asks that they be shown; writing the number in is the review standard's rule (S4).
 */
const SHOWN = /(?:已|均已|并|向[^，。；\n]{1,12})?出示(?:了)?(?:[^，。；\n]{0,8}?)(?:执法证|检查证|证件)|亮(?:明|出)?(?:执法)?证(?:件)?|这是我们的[\u4e00-\u9fff]{0,6}证(?:件)?/

/** Does the document's text show a certificate number next to this name (a number the reading did not attach)? */
function certInText(name: string, lines: string[]): boolean {
  // 黄立群（执法证号：赣3601-49205）: a number of five or more digits, dashes allowed, within a few characters.
  const re = new RegExp(`${name}[^，,。；;、]{0,10}?[A-Za-z0-9\\u4e00-\\u9fff]{0,2}\\d[\\dA-Za-z-]{4,}`)
  return lines.some((l) => re.test(l))
}

export function officers(p: CheckKindParams['officers'], view: CaseView, item: ItemInfo): KindOutcome {
  const types = p.docTypes?.length ? p.docTypes : item.docTypes ?? []
  const min = p.min ?? 2
  const requireCert = p.requireCertNo ?? true
  // a 当场 decision is made by the officers who sign it: they are counted too (a 简易程序 decision only; where the file
  // does not say the procedure, a fine above what 简易程序 allows, 行政处罚法 第五十一条 法人或者其他组织三千元, shows the
  // decision was not made on the spot)
  const onSpotFine = () => view.procedure !== '未知' || !view.decisionFines().some((f) => f.fact.yuan > 3000)
  const onSpot = (d: DocFacts) => !!p.onSpotDecision && d.docType === '行政处罚决定书' && view.isSimple() && onSpotFine()
  const docs = view.docs().filter((d) => types.includes(d.docType) || onSpot(d))
  if (!docs.length) return notApplicable(`案卷中没有${types.join('、')}`)
  const findings: Draft[] = []
  const basis = { law: '中华人民共和国行政处罚法', provision: '第四十二条第一款', ruleId: 'CF-42' }
  for (const doc of docs) {
    const list = realOfficers(doc, view)
    if (onSpot(doc) && !types.includes(doc.docType)) {
      // a decision that names no officer says nothing of their number; one that names one may not list the second,
      // and 道路交通 law lets one traffic police officer decide on the spot: never certain from the decision alone
      if (list.length && list.length < min) {
        const police = /公安|交警|交通警察/.test(view.facts.agency ?? '')
        findings.push({
          kind: 'officers',
          docTypes: [doc.docType],
          field: '执法人员',
          message: `当场作出的${doc.docType}仅记载${list.length === 1 ? '一' : list.length}名执法人员（${list.map((o) => o.name).join('、')}），少于${min === 2 ? '两' : min}人${police ? '；道路交通安全违法行为可由一名交通警察适用简易程序处罚，请核对' : '，请核对作出决定时是否有两名执法人员在场（行政处罚法第四十二条）'}`,
          evidence: list.map((o) => o.evidence),
          status: police ? 'undetermined' : 'verify',
          basis,
          key: 'count',
        })
      }
      continue
    }
    const cd = view.document(doc)
    // Lines joined: a number broken onto the next line (陈娜（执法证 / 号：14069646899）) still sits beside the name.
    const lines = cd ? [docText(cd)] : []
    // A record whose form the reader did not recognise (few labelled boxes: a report of an inspection typed as its
    // record, a form of a template not known): the officers it names may not be its list of officers, so a person looks.
    const boxes = formBoxes(doc, cd?.lines ?? [])
    // (facts given without the document's text, as a rubric's example cases give them, have no layout to doubt)
    const unknownLayout = !!cd?.lines.length && boxes < MIN_FORM_FIELDS
    const layoutNote = unknownLayout ? `；未能识别该文书的表格版式（只读出${boxes}个栏目），请核对原件` : ''
    if (list.length === 0) {
      findings.push({
        kind: 'officers',
        docTypes: [doc.docType],
        field: '执法人员',
        message: `${doc.docType}未读出执法人员，无法核对人数和执法证号`,
        evidence: [view.docEvidence(doc)],
        status: 'undetermined',
        key: 'none',
      })
      continue
    }
    // The record's 记录人 who is named an officer with a certificate elsewhere in the file (询问人：沈嘉怡　记录人：王立群, and
    // 执法人员：沈嘉怡（…）、王立群（33010621102） on the inspection record): perhaps the second officer of this record too —
    // the count is then to verify, never a veto
    let recorderKnown: string | null = null
    if (list.length < min && cd) {
      const rec = cd.lines.map((l) => /记[\s\u3000]?录[\s\u3000]?[人员][\s\u3000]{0,2}[:：][\s\u3000]{0,2}([\u4e00-\u9fa5·]{2,8}?)(?=[\s\u3000，,。；（(]|$)/.exec(l.text)).find((m) => !!m)
      const known = rec && !list.some((o) => o.name === rec[1]) ? view.facts.documents.flatMap((d) => d.officers).find((o) => o.name === rec[1] && !!o.certNo) : undefined
      if (known) recorderKnown = rec![1]
    }
    if (list.length < min) {
      // More certificate numbers in the text than officers read: the reading may have missed one.
      const certs = new Set(lines.flatMap((l) => [...l.matchAll(/执法证(?:号|件号|号码)?[\s:：]*([A-Za-z\u4e00-\u9fff]{0,2}\d[\dA-Za-z-]{4,})/g)].map((m) => m[1])))
      findings.push({
        kind: 'officers',
        docTypes: [doc.docType],
        field: '执法人员',
        message: `${doc.docType}仅记载${list.length === 1 ? '一' : list.length}名执法人员（${list.map((o) => o.name).join('、')}），少于${min === 2 ? '两' : min}人${layoutNote}${recorderKnown ? `；记录人${recorderKnown}在案卷其他文书中记载为持证执法人员，是否为本次的第二名执法人员请核对` : ''}`,
        evidence: list.map((o) => o.evidence),
        // The reading may have missed one: more certificate numbers in the text than officers read, a list that goes on
        // after the name (张三、…), a 记录人 who some templates count as the second officer, or a layout not recognised.
        status: certs.size >= min || listGoesOn(list) || recorder(doc) || unknownLayout || recorderKnown ? 'verify' : 'open',
        basis,
        key: 'count',
      })
    }
    if (requireCert) {
      // A number written next to the name anywhere in the document counts, though the reading did not attach it.
      // (…and so does the very number the file gives that officer elsewhere, wherever the record prints it: 询问人：周建新　记录人：
      // 某某（均已出示执法证件，证号65000223022、65000223017）)
      const flat = lines.map((l) => l.replace(/\s+/g, '')).join('\n')
      const ownNumberIn = (name: string) => view.facts.documents.some((d) => d !== doc && d.officers.some((x) => x.name === name && (x.certNo?.replace(/\s+/g, '').length ?? 0) >= 5 && flat.includes(x.certNo!.replace(/\s+/g, ''))))
      const without = list.filter((o) => (!o.certNo || !o.certNo.trim()) && !certInText(o.name, lines) && !ownNumberIn(o.name))
      if (without.length) {
        // The line may still show a number the reading missed: then a reviewer confirms.
        const unsure = without.some((o) => CERT_LIKE.test(o.evidence.text.replace(o.name, '')))
        // (a sector whose record form has no box for the number: 公安 询问笔录 give the officer's 工作单位)
        const sector = p.unsureWhen ? view.holds(p.unsureWhen) : null
        const sectorNote = sector?.holds ? `；${sector.why}，${p.unsureWhy}，请核对` : ''
        // (the certificates shown, as the record says, and a number the file gives elsewhere for the same officer: told,
        // so the reviewer weighs the deduction; the item asks for the number on this record, which it lacks)
        const shown = lines.some((l) => SHOWN.test(l))
        const elsewhere = without.filter((o) => view.facts.documents.some((d) => d !== doc && d.officers.some((x) => x.name === o.name && !!x.certNo?.trim())))
        const shownNote = shown
          ? `（笔录载明已出示执法证件${elsewhere.length ? `；${elsewhere.map((o) => o.name).join('、')}的执法证号见于案卷其他文书` : ''}）`
          : ''
        findings.push({
          kind: 'officers',
          docTypes: [doc.docType],
          field: '执法证号',
          message: `${doc.docType}中执法人员${without.map((o) => o.name).join('、')}未记载执法证号${shownNote}${layoutNote}${sectorNote}`,
          evidence: without.map((o) => o.evidence),
          // (a sector whose form has no box for it is asked about, not held to it)
          status: sector?.holds ? 'undetermined' : unsure || unknownLayout ? 'verify' : 'open',
          count: without.length,
          basis: { ...basis, provision: '第五十五条第一款', ruleId: 'CF-55' },
          key: 'cert',
        })
      }
    }
  }
  return { status: 'pass', reason: `${types.join('、')}的执法人员不少于${min}人${requireCert ? '且均有执法证号' : ''}`, findings }
}
