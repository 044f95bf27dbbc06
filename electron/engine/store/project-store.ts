/** One review project = one SQLite file. All writes of a case happen in one transaction: a crash never leaves half a case. */
import { createHash, randomUUID } from 'node:crypto'
import type {
  CaseDocument,
  CaseFacts,
  CaseFileRow,
  CaseResult,
  CaseRow,
  CaseScore,
  CaseStatus,
  Decision,
  Finding,
  IngestResult,
  LedgerEntry,
  PageMeta,
  ProjectInfo,
} from '../../../shared/types'
import { openDb, type Db } from './db'
import { migrate } from './migrations'
import { PanelStore } from './panel-store'
import { EngineError } from '../../../shared/errors'

/** The case's score with reviewer decisions applied, worked out from what the database holds at that moment. */
export type Rescore = (result: CaseResult, findings: Finding[], decisions: Decision[]) => CaseScore

/** A ledger write based on a version someone else has replaced meanwhile. */
export const STALE_LEDGER = '该条整改台账已被他人（或另一窗口）修改，本次修改未保存。已载入最新内容，请核对后重新填写。'

export interface NewProject {
  name: string
  rubricId: string
  /** The version of the rubric the project uses from now on. */
  rubricVersion?: string
  /** The rubric's source text: the project keeps its own copy, so a change of the library never changes its rules. */
  rubricSource?: string
  agencies: string[]
  reviewers: string[]
  samplingRatio: number | null
}

interface CaseDbRow {
  id: number
  folder: string
  case_number: string | null
  agency: string | null
  party: string | null
  status: CaseStatus
  score: number | null
  grade: string | null
  vetoed: number
  pending: number | null
  ungradable: string | null
  checked_at: string | null
}

const now = () => new Date().toISOString()

/** How a project came to keep a copy of a rubric. */
export type RubricCopyOrigin = 'created' | 'recorded' | 'fallback' | 'switched'

/** A copy of a rubric kept in the project's database: the project's rules, whatever the rubric library holds. */
export interface RubricCopy {
  rubricId: string
  version: string
  sha256: string
  source: string
  origin: RubricCopyOrigin
  /** Why the copy is not the version the project recorded, in Chinese (fallback only). */
  note: string | null
  storedBy: string
  storedAt: string
}

export const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export class ProjectStore {
  private constructor(
    readonly db: Db,
    readonly info: ProjectInfo,
  ) {}

  /** Create a new project database at dbPath (which must not hold a project yet). */
  static async create(dbPath: string, p: NewProject): Promise<ProjectStore> {
    const db = await openDb(dbPath)
    try {
      await migrate(db)
      const existing = await db.get('SELECT id FROM projects LIMIT 1')
      if (existing) throw new Error(`${dbPath} 已经是一个评查项目，请直接打开它`)
      const id = randomUUID()
      const createdAt = now()
      await db.transaction(async (tx) => {
        await tx.run('INSERT INTO projects (id, name, rubric_id, rubric_version, reviewers_json, sampling_ratio, created_at) VALUES (?,?,?,?,?,?,?)', [
          id,
          p.name,
          p.rubricId,
          p.rubricVersion ?? null,
          JSON.stringify(p.reviewers),
          p.samplingRatio,
          createdAt,
        ])
        for (const a of p.agencies) await tx.run('INSERT OR IGNORE INTO agencies (project_id, name) VALUES (?,?)', [id, a])
        await audit(tx, 'system', 'project.create', id, { name: p.name, rubricId: p.rubricId, rubricVersion: p.rubricVersion ?? null })
        if (p.rubricSource !== undefined && p.rubricVersion !== undefined)
          await insertCopy(tx, id, { rubricId: p.rubricId, version: p.rubricVersion, source: p.rubricSource, origin: 'created', note: null, storedBy: 'system' })
      })
      return await ProjectStore.load(db, dbPath)
    } catch (e) {
      await db.close()
      throw e
    }
  }

  static async open(dbPath: string): Promise<ProjectStore> {
    const db = await openDb(dbPath)
    try {
      await migrate(db)
      return await ProjectStore.load(db, dbPath)
    } catch (e) {
      await db.close()
      throw e
    }
  }

  private static async load(db: Db, dbPath: string): Promise<ProjectStore> {
    const s = new ProjectStore(db, await readInfo(db, dbPath))
    s.copies = await readCopies(db, s.info.id)
    return s
  }

  close(): Promise<void> {
    return this.db.close()
  }

  /** Every rubric copy the project kept, oldest first. */
  private copies: RubricCopy[] = []

  /** The rubric the project uses (its newest copy); null for a project that has none yet. */
  get rubric(): RubricCopy | null {
    return this.copies.at(-1) ?? null
  }

  /** The copy of a rubric id and version the project kept (the latest one, after a switch back): what a case checked with it was scored by. */
  rubricCopyOf(rubricId: string, version: string): RubricCopy | undefined {
    return this.copies.findLast((c) => c.rubricId === rubricId && c.version === version)
  }

  /**
   * Keep a copy of a rubric as the one the project uses from now on, and record it in the audit trail (who, when,
   * from which version to which). A copy kept on opening (origin recorded or fallback) is not kept twice: when the
   * project has one already — another process kept it meanwhile — that one stays and is returned.
   */
  async keepRubric(copy: Omit<RubricCopy, 'sha256' | 'storedAt'>): Promise<RubricCopy> {
    await this.db.transaction(async (tx) => {
      const before = (await readCopies(tx, this.info.id)).at(-1) ?? null
      if (before && copy.origin !== 'switched') return
      await insertCopy(tx, this.info.id, copy)
      await tx.run('UPDATE projects SET rubric_id=?, rubric_version=? WHERE id=?', [copy.rubricId, copy.version, this.info.id])
      const brief = (c: { rubricId: string; version: string; sha256: string }) => ({ rubricId: c.rubricId, version: c.version, sha256: c.sha256 })
      await audit(tx, copy.storedBy, copy.origin === 'switched' ? 'project.setRubric' : 'project.keepRubric', this.info.id, {
        from: before ? brief(before) : { rubricId: this.info.rubricId, version: this.info.rubricVersion ?? null },
        to: brief({ ...copy, sha256: sha256Of(copy.source) }),
        origin: copy.origin,
        note: copy.note,
      })
    })
    this.copies = await readCopies(this.db, this.info.id)
    Object.assign(this.info, { rubricId: this.rubric!.rubricId, rubricVersion: this.rubric!.version })
    return this.rubric!
  }

  private panelStore: PanelStore | null = null
  /** The review panel's tables (roster, draws, assignments, blind reviews, reconciliations). */
  get panel(): PanelStore {
    this.panelStore ??= new PanelStore(this.db, this.info.id, this.info.samplingRatio)
    return this.panelStore
  }

  /** Store (or replace) everything the pipeline produced for one case folder. Decisions and ledger entries survive. */
  async saveCase(
    folder: string,
    data: { ingest: IngestResult; documents: CaseDocument[]; facts: CaseFacts | null; result: CaseResult | null; agency?: string | null },
    /** Given, a case checked again keeps its row scored with the reviewer decisions it already has. */
    rescore?: Rescore,
  ): Promise<number> {
    const { ingest, documents, facts, result } = data
    return this.db.transaction(async (tx) => {
      let agencyId: number | null = null
      if (data.agency) {
        await tx.run('INSERT OR IGNORE INTO agencies (project_id, name) VALUES (?,?)', [this.info.id, data.agency])
        agencyId = (await tx.get<{ id: number }>('SELECT id FROM agencies WHERE project_id=? AND name=?', [this.info.id, data.agency]))!.id
      }
      const existing = await tx.get<{ id: number; agency_id: number | null }>('SELECT id, agency_id FROM cases WHERE project_id=? AND folder=?', [this.info.id, folder])
      let caseId: number
      const fields: [string, unknown][] = [
        ['case_number', result?.case.caseNumber ?? facts?.caseNumber ?? null],
        ['party', result?.case.party ?? facts?.party ?? null],
        ['procedure', result?.case.procedure ?? facts?.procedure ?? null],
        // A case that cannot be graded has no score, only its grade 无法评分 and the reason.
        ['score', result && !result.scoreDetail.ungradable ? result.score : null],
        ['grade', result?.grade ?? null],
        ['vetoed', result?.vetoed ? 1 : 0],
        ['pending', result ? result.scoreDetail.pending : null],
        ['ungradable', result?.scoreDetail.ungradable ?? null],
        ['result_json', result ? JSON.stringify(result) : null],
        ['checked_at', result ? result.provenance.checkedAt : null],
        ['agency_id', agencyId ?? existing?.agency_id ?? null],
      ]
      if (existing) {
        caseId = existing.id
        await tx.run(`UPDATE cases SET ${fields.map(([k]) => `${k}=?`).join(', ')}, status=CASE WHEN status='已完成' THEN status ELSE ? END WHERE id=?`, [
          ...(fields.map(([, v]) => v) as never[]),
          result ? '评查中' : '待评查',
          caseId,
        ])
        await tx.run('DELETE FROM files WHERE case_id=?', [caseId])
        await tx.run('DELETE FROM documents WHERE case_id=?', [caseId])
        await tx.run('DELETE FROM facts WHERE case_id=?', [caseId])
        await tx.run('DELETE FROM findings WHERE case_id=?', [caseId])
      } else {
        const r = await tx.run(
          `INSERT INTO cases (project_id, folder, status, created_at, ${fields.map(([k]) => k).join(', ')}) VALUES (?,?,?,?,${fields.map(() => '?').join(',')})`,
          [this.info.id, folder, result ? '评查中' : '待评查', now(), ...(fields.map(([, v]) => v) as never[])],
        )
        caseId = r.lastID
      }
      const fileIds = new Map<string, number>()
      for (const f of ingest.files) {
        const r = await tx.run('INSERT INTO files (case_id, path, kind, bytes, sha256, pages) VALUES (?,?,?,?,?,?)', [caseId, f.file, f.kind, f.bytes, f.sha256, f.pages])
        fileIds.set(f.file, r.lastID)
      }
      for (const e of ingest.errors) {
        if (fileIds.has(e.file)) {
          await tx.run('UPDATE files SET error_code=?, error_message=? WHERE id=?', [e.code, e.message, fileIds.get(e.file)!])
        } else {
          const r = await tx.run('INSERT INTO files (case_id, path, kind, error_code, error_message) VALUES (?,?,?,?,?)', [caseId, e.file, 'other', e.code, e.message])
          fileIds.set(e.file, r.lastID)
        }
      }
      for (const p of ingest.pages) {
        const fid = fileIds.get(p.file)
        if (fid === undefined) continue
        await tx.run('INSERT INTO pages (file_id, page, width, height, unit, source, rotation, lines_json) VALUES (?,?,?,?,?,?,?,?)', [
          fid,
          p.page,
          p.width,
          p.height,
          p.unit,
          p.source,
          p.rotation ?? null,
          JSON.stringify(p.lines),
        ])
      }
      for (const d of documents) {
        await tx.run('INSERT INTO documents (case_id, idx, type, confidence, title, parts_json) VALUES (?,?,?,?,?,?)', [
          caseId,
          d.index,
          d.type,
          d.confidence,
          d.title,
          JSON.stringify(d.parts),
        ])
      }
      for (const df of facts?.documents ?? []) {
        const idx = documents.find((d) => d.id === df.docId)?.index ?? null
        await tx.run('INSERT INTO facts (case_id, document_idx, json) VALUES (?,?,?)', [caseId, idx, JSON.stringify(df)])
      }
      for (const f of result?.findings ?? []) {
        await tx.run('INSERT OR REPLACE INTO findings (case_id, finding_id, kind, item_id, status, deduction, message, json) VALUES (?,?,?,?,?,?,?,?)', [
          caseId,
          f.id,
          f.kind,
          f.itemId,
          f.status,
          f.deduction,
          f.message,
          JSON.stringify(f),
        ])
      }
      if (existing && rescore) {
        const decisions = await this.decisions(caseId, tx)
        if (decisions.length) await this.storeScore(tx, caseId, decisions, rescore)
      }
      await audit(tx, 'system', existing ? 'case.recheck' : 'case.import', String(caseId), { folder, findings: result?.findings.length ?? 0 })
      return caseId
    })
  }

  async listCases(): Promise<CaseRow[]> {
    const rows = await this.db.all<CaseDbRow>(
      `SELECT c.id, c.folder, c.case_number, a.name AS agency, c.party, c.status, c.score, c.grade, c.vetoed, c.pending, c.ungradable, c.checked_at
       FROM cases c LEFT JOIN agencies a ON a.id = c.agency_id WHERE c.project_id = ? ORDER BY c.id`,
      [this.info.id],
    )
    return rows.map(toCaseRow)
  }

  async getCaseRow(caseId: number): Promise<CaseRow | null> {
    const rows = await this.listCases()
    return rows.find((r) => r.id === caseId) ?? null
  }

  /** The case's 执法单位 as the reviewer names it (added to the project's agencies when new). */
  async setAgency(caseId: number, name: string, actor: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run('INSERT OR IGNORE INTO agencies (project_id, name) VALUES (?,?)', [this.info.id, name])
      const agency = (await tx.get<{ id: number }>('SELECT id FROM agencies WHERE project_id=? AND name=?', [this.info.id, name]))!
      await tx.run('UPDATE cases SET agency_id=? WHERE id=? AND project_id=?', [agency.id, caseId, this.info.id])
      await audit(tx, actor, 'case.setAgency', String(caseId), { agency: name })
    })
  }

  async caseFiles(caseId: number): Promise<CaseFileRow[]> {
    return this.db.all<CaseFileRow>('SELECT id, path, kind, pages, sha256 FROM files WHERE case_id=? ORDER BY id', [caseId])
  }

  async caseFileErrors(caseId: number): Promise<{ file: string; code: string; message: string }[]> {
    return this.db.all('SELECT path AS file, error_code AS code, error_message AS message FROM files WHERE case_id=? AND error_code IS NOT NULL', [caseId])
  }

  async caseResult(caseId: number, db: Db = this.db): Promise<CaseResult | null> {
    const r = await db.get<{ result_json: string | null }>('SELECT result_json FROM cases WHERE id=?', [caseId])
    return r?.result_json ? (JSON.parse(r.result_json) as CaseResult) : null
  }

  async caseFolder(caseId: number): Promise<string | null> {
    return (await this.db.get<{ folder: string }>('SELECT folder FROM cases WHERE id=?', [caseId]))?.folder ?? null
  }

  async caseDocuments(caseId: number): Promise<CaseDocument[]> {
    const docs = await this.db.all<{ idx: number; type: string; confidence: number; title: string; parts_json: string }>(
      'SELECT idx, type, confidence, title, parts_json FROM documents WHERE case_id=? ORDER BY idx',
      [caseId],
    )
    const pages = await this.db.all<{ path: string; page: number; lines_json: string }>(
      'SELECT f.path, p.page, p.lines_json FROM pages p JOIN files f ON f.id = p.file_id WHERE f.case_id=?',
      [caseId],
    )
    const byKey = new Map(pages.map((p) => [`${p.path}\u0000${p.page}`, JSON.parse(p.lines_json) as CaseDocument['lines']]))
    return docs.map((d) => {
      const parts = JSON.parse(d.parts_json) as CaseDocument['parts']
      const lines: CaseDocument['lines'] = []
      for (const part of parts)
        for (const pg of part.pages)
          (byKey.get(`${part.file}\u0000${pg}`) ?? []).forEach((l, i) => lines.push({ ...l, file: part.file, page: pg, line: i }))
      return { id: String(d.idx), index: d.idx, type: d.type as CaseDocument['type'], confidence: d.confidence, title: d.title, parts, lines }
    })
  }

  async casePages(caseId: number) {
    const rows = await this.db.all<{ path: string; page: number; width: number; height: number; unit: string; source: string; rotation: number | null; lines_json: string }>(
      'SELECT f.path, p.page, p.width, p.height, p.unit, p.source, p.rotation, p.lines_json FROM pages p JOIN files f ON f.id = p.file_id WHERE f.case_id=? ORDER BY f.id, p.page',
      [caseId],
    )
    return rows.map((r) => ({
      file: r.path,
      page: r.page,
      width: r.width,
      height: r.height,
      unit: r.unit as 'pt' | 'px',
      source: r.source as 'text' | 'ocr',
      rotation: r.rotation ?? undefined,
      lines: JSON.parse(r.lines_json),
    }))
  }

  /** Page sizes and rotations without their text. */
  async pageMeta(caseId: number): Promise<PageMeta[]> {
    const rows = await this.db.all<{ path: string; page: number; width: number; height: number; unit: 'pt' | 'px'; rotation: number | null }>(
      'SELECT f.path, p.page, p.width, p.height, p.unit, p.rotation FROM pages p JOIN files f ON f.id = p.file_id WHERE f.case_id=? ORDER BY f.id, p.page',
      [caseId],
    )
    return rows.map((r) => ({ file: r.path, page: r.page, width: r.width, height: r.height, unit: r.unit, rotation: r.rotation ?? 0 }))
  }

  async findings(caseId: number, db: Db = this.db): Promise<Finding[]> {
    const rows = await db.all<{ json: string }>('SELECT json FROM findings WHERE case_id=? ORDER BY id', [caseId])
    return rows.map((r) => JSON.parse(r.json) as Finding)
  }

  /**
   * The case's own decisions (memberId null: a single reviewer's, or the 组长's final ones), or one panel member's
   * decisions of a blind review (memberId given). The two never mix: a blind review leaves the case's score alone.
   */
  async decisions(caseId: number, db: Db = this.db, memberId: number | null = null): Promise<Decision[]> {
    const rows = await db.all<{ finding_id: string | null; item_id: string | null; action: Decision['action']; points: number | null; comment: string | null; reviewer: string; at: string }>(
      `SELECT finding_id, item_id, action, points, comment, reviewer, at FROM decisions WHERE case_id=? AND ${memberId === null ? 'member_id IS NULL' : 'member_id=?'} ORDER BY id`,
      memberId === null ? [caseId] : [caseId, memberId],
    )
    return rows.map((r) => ({
      findingId: r.finding_id ?? undefined,
      itemId: r.item_id ?? undefined,
      action: r.action,
      points: r.points ?? undefined,
      comment: r.comment ?? undefined,
      reviewer: r.reviewer,
      at: r.at,
    }))
  }

  /**
   * Record a reviewer decision (the latest decision on a finding or item is the one that counts) and store the case's
   * score worked out from every decision in the database, all in one write transaction: another process deciding on
   * the same case waits for it, so the stored row always agrees with the case scored again from its decisions.
   */
  async addDecision(
    caseId: number,
    d: Decision,
    rescore: Rescore,
    memberId: number | null = null,
    /** Checked inside the write transaction first (a blind review already submitted, by another process too). */
    guard?: (tx: Db) => Promise<void>,
  ): Promise<{ score: CaseScore | null; decisions: Decision[] }> {
    return this.db.transaction(async (tx) => {
      if (guard) await guard(tx)
      await insertDecision(tx, caseId, d, memberId)
      const decisions = await this.decisions(caseId, tx, memberId)
      let score: CaseScore | null
      if (memberId === null) score = await this.storeScore(tx, caseId, decisions, rescore)
      else {
        // A panel member's blind review: their own score, the case's row untouched.
        const result = await this.caseResult(caseId, tx)
        score = result ? rescore(result, await this.findings(caseId, tx), decisions) : null
      }
      await audit(tx, d.reviewer, `finding.${d.action}`, `${caseId}/${d.findingId ?? d.itemId ?? ''}`, { points: d.points, comment: d.comment, memberId })
      return { score, decisions }
    })
  }

  /** Several decisions of the case's own (the 组长's final ones) in one transaction, and the case scored from them. */
  async addDecisions(tx: Db, caseId: number, ds: Decision[], rescore: Rescore): Promise<CaseScore | null> {
    for (const d of ds) {
      await insertDecision(tx, caseId, d, null)
      await audit(tx, d.reviewer, `finding.${d.action}`, `${caseId}/${d.findingId ?? d.itemId ?? ''}`, { points: d.points, comment: d.comment, final: true })
    }
    return this.storeScore(tx, caseId, await this.decisions(caseId, tx), rescore)
  }

  /** The case's row brought in line with its result and decisions, inside the caller's transaction. */
  private async storeScore(tx: Db, caseId: number, decisions: Decision[], rescore: Rescore): Promise<CaseScore | null> {
    const result = await this.caseResult(caseId, tx)
    if (!result) return null
    const score = decisions.length ? rescore(result, await this.findings(caseId, tx), decisions) : result.scoreDetail
    await tx.run('UPDATE cases SET score=?, grade=?, vetoed=?, pending=?, ungradable=? WHERE id=?', [
      score.ungradable ? null : score.total,
      score.grade,
      score.vetoed ? 1 : 0,
      score.pending,
      score.ungradable ?? null,
      caseId,
    ])
    if (decisions.length) await tx.run('UPDATE cases SET status=? WHERE id=?', [score.pending === 0 ? '已完成' : '评查中', caseId])
    return score
  }

  async ledger(): Promise<LedgerEntry[]> {
    const rows = await this.db.all<{ id: number; case_id: number; finding_id: string; deadline: string | null; owner: string | null; progress: string | null; version: number }>(
      'SELECT id, case_id, finding_id, deadline, owner, progress, version FROM ledger ORDER BY id',
    )
    return rows.map((r) => ({ id: r.id, caseId: r.case_id, findingId: r.finding_id, deadline: r.deadline, owner: r.owner, progress: r.progress, version: r.version }))
  }

  /**
   * Save a ledger entry written on top of `e.version` (0 or none: there was no entry yet). When someone saved the
   * entry meanwhile — another window, another process — nothing is written and the write is refused (STALE_LEDGER),
   * so no one's fields are silently lost.
   */
  async updateLedger(e: LedgerEntry, actor: string): Promise<LedgerEntry> {
    return this.db.transaction(async (tx) => {
      const base = e.version ?? 0
      const cur = await tx.get<{ id: number; version: number }>('SELECT id, version FROM ledger WHERE case_id=? AND finding_id=?', [e.caseId, e.findingId])
      if ((cur?.version ?? 0) !== base) throw new EngineError('refused', STALE_LEDGER)
      const version = base + 1
      if (cur) {
        await tx.run('UPDATE ledger SET deadline=?, owner=?, progress=?, version=?, updated_at=? WHERE id=? AND version=?', [e.deadline, e.owner, e.progress, version, now(), cur.id, base])
      } else {
        await tx.run('INSERT INTO ledger (case_id, finding_id, deadline, owner, progress, version, updated_at) VALUES (?,?,?,?,?,?,?)', [e.caseId, e.findingId, e.deadline, e.owner, e.progress, version, now()])
      }
      const row = await tx.get<{ id: number }>('SELECT id FROM ledger WHERE case_id=? AND finding_id=?', [e.caseId, e.findingId])
      await audit(tx, actor, 'ledger.update', `${e.caseId}/${e.findingId}`, e)
      return { ...e, id: row!.id, version }
    })
  }

  async auditLog(limit = 100): Promise<{ at: string; actor: string; action: string; target: string | null }[]> {
    return this.db.all('SELECT at, actor, action, target FROM audit_log ORDER BY id DESC LIMIT ?', [limit])
  }
}

async function insertDecision(tx: Db, caseId: number, d: Decision, memberId: number | null) {
  await tx.run('INSERT INTO decisions (case_id, finding_id, item_id, action, points, comment, reviewer, at, member_id) VALUES (?,?,?,?,?,?,?,?,?)', [
    caseId,
    d.findingId ?? null,
    d.itemId ?? null,
    d.action,
    d.points ?? null,
    d.comment ?? null,
    d.reviewer,
    d.at,
    memberId,
  ])
}

export async function audit(tx: Db, actor: string, action: string, target: string, detail: unknown) {
  await tx.run('INSERT INTO audit_log (at, actor, action, target, detail_json) VALUES (?,?,?,?,?)', [now(), actor, action, target, JSON.stringify(detail ?? null)])
}

async function insertCopy(tx: Db, projectId: string, c: Omit<RubricCopy, 'sha256' | 'storedAt'>) {
  await tx.run('INSERT INTO rubric_copies (project_id, rubric_id, version, sha256, source, origin, note, stored_by, stored_at) VALUES (?,?,?,?,?,?,?,?,?)', [
    projectId,
    c.rubricId,
    c.version,
    sha256Of(c.source),
    c.source,
    c.origin,
    c.note,
    c.storedBy,
    now(),
  ])
}

async function readCopies(db: Db, projectId: string): Promise<RubricCopy[]> {
  const rows = await db.all<{ rubric_id: string; version: string; sha256: string; source: string; origin: RubricCopyOrigin; note: string | null; stored_by: string; stored_at: string }>(
    'SELECT rubric_id, version, sha256, source, origin, note, stored_by, stored_at FROM rubric_copies WHERE project_id=? ORDER BY id',
    [projectId],
  )
  return rows.map((r) => ({ rubricId: r.rubric_id, version: r.version, sha256: r.sha256, source: r.source, origin: r.origin, note: r.note, storedBy: r.stored_by, storedAt: r.stored_at }))
}

async function readInfo(db: Db, dbPath: string): Promise<ProjectInfo> {
  const p = await db.get<{ id: string; name: string; rubric_id: string; rubric_version: string | null; reviewers_json: string; sampling_ratio: number | null; created_at: string }>(
    'SELECT * FROM projects LIMIT 1',
  )
  if (!p) throw new Error(`${dbPath} 不是评查项目文件（没有项目信息）`)
  const agencies = await db.all<{ name: string }>('SELECT name FROM agencies WHERE project_id=? ORDER BY id', [p.id])
  return {
    id: p.id,
    name: p.name,
    dbPath,
    rubricId: p.rubric_id,
    rubricVersion: p.rubric_version,
    agencies: agencies.map((a) => a.name),
    reviewers: JSON.parse(p.reviewers_json) as string[],
    samplingRatio: p.sampling_ratio,
    createdAt: p.created_at,
  }
}

function toCaseRow(r: CaseDbRow): CaseRow {
  return {
    id: r.id,
    folder: r.folder,
    caseNumber: r.case_number,
    agency: r.agency,
    party: r.party,
    status: r.status,
    score: r.score,
    grade: r.grade,
    vetoed: !!r.vetoed,
    pending: r.pending,
    ungradable: r.ungradable,
    checkedAt: r.checked_at,
  }
}
