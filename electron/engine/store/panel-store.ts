/**
 * The review panel's tables of a project (migration 6): roster, settings, draws (抽取记录, write-once), assignments
 * (write-once), per-reviewer submissions and the 组长's reconciliations. Rules about who may do what live in the
 * engine (electron/engine/panel.ts); this file only reads and writes.
 */
import type { AssignmentRecord, DrawRecord, PanelMember, PanelSettings, Reconciliation } from '../../../shared/types/panel'
import { PANEL_ROLES, sameName, type PanelRole } from '../../../shared/panel'
import { EngineError } from '../../../shared/errors'
import type { Db } from './db'
import { audit } from './project-store'

export const DEFAULT_PANEL_SETTINGS: PanelSettings = { rate: 0.1, min: 3, by: 'unit', threshold: 5, perCase: 2 }

export interface StoredReview {
  memberId: number
  submittedAt: string
  score: number | null
  grade: string | null
  vetoed: boolean
}

const now = () => new Date().toISOString()

export class PanelStore {
  constructor(
    private readonly db: Db,
    private readonly projectId: string,
    /** The project's 抽查比例 when one was given at creation: the draw's default rate. */
    private readonly projectRate: number | null,
  ) {}

  async members(): Promise<PanelMember[]> {
    const rows = await this.db.all<{ id: number; name: string; agency: string; role: PanelRole; conflicts_json: string }>(
      'SELECT id, name, agency, role, conflicts_json FROM panel_members WHERE project_id=? ORDER BY id',
      [this.projectId],
    )
    return rows.map((r) => ({ id: r.id, name: r.name, agency: r.agency, role: r.role, conflicts: JSON.parse(r.conflicts_json) as string[] }))
  }

  async member(id: number): Promise<PanelMember | null> {
    return (await this.members()).find((m) => m.id === id) ?? null
  }

  /** Add (no id) or edit a person; names are unique within the roster (compared as the draw compares them). */
  async saveMember(m: Omit<PanelMember, 'id'> & { id?: number }, actor: string): Promise<PanelMember> {
    const name = m.name.trim()
    const agency = m.agency.trim()
    if (!name) throw new EngineError('bad-request', '姓名不能为空')
    if (!agency) throw new EngineError('bad-request', `${name} 没有填写所在单位，无法判断回避`)
    if (!PANEL_ROLES.includes(m.role)) throw new EngineError('bad-request', `角色应为 ${PANEL_ROLES.join('、')} 之一`)
    const conflicts = [...new Set(m.conflicts.map((c) => c.trim()).filter(Boolean))]
    return this.db.transaction(async (tx) => {
      const all = await tx.all<{ id: number; name: string }>('SELECT id, name FROM panel_members WHERE project_id=?', [this.projectId])
      if (all.some((x) => x.id !== m.id && sameName(x.name) === sameName(name))) {
        throw new EngineError('bad-request', `评查人员名单中已有 ${name}：姓名相同的人员请加以区分（如 张伟（市场监管局））`)
      }
      let id = m.id
      if (id === undefined) {
        id = (await tx.run('INSERT INTO panel_members (project_id, name, agency, role, conflicts_json) VALUES (?,?,?,?,?)', [this.projectId, name, agency, m.role, JSON.stringify(conflicts)])).lastID
      } else {
        if (!all.some((x) => x.id === m.id)) throw new EngineError('not-found', '评查人员名单中没有这个人')
        if (await this.referenced(tx, id)) {
          const old = await tx.get<{ name: string }>('SELECT name FROM panel_members WHERE id=?', [id])
          if (old && old.name !== name) throw new EngineError('bad-request', `${old.name} 已被分配案卷或已作出评查决定，姓名不能再改（记录中用的是这个姓名）`)
        }
        await tx.run('UPDATE panel_members SET name=?, agency=?, role=?, conflicts_json=? WHERE id=?', [name, agency, m.role, JSON.stringify(conflicts), id])
      }
      await audit(tx, actor, m.id === undefined ? 'panel.member.add' : 'panel.member.edit', String(id), { name, agency, role: m.role, conflicts })
      return { id, name, agency, role: m.role, conflicts }
    })
  }

  /** A person who was assigned a case or made a decision stays on the roster: the records name them. */
  async removeMember(id: number, actor: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const m = await tx.get<{ name: string }>('SELECT name FROM panel_members WHERE id=? AND project_id=?', [id, this.projectId])
      if (!m) throw new EngineError('not-found', '评查人员名单中没有这个人')
      if (await this.referenced(tx, id)) throw new EngineError('bad-request', `${m.name} 已被分配案卷或已作出评查决定，不能从名单中删除`)
      await tx.run('DELETE FROM panel_members WHERE id=?', [id])
      await audit(tx, actor, 'panel.member.remove', String(id), { name: m.name })
    })
  }

  private async referenced(tx: Db, id: number): Promise<boolean> {
    if (await tx.get('SELECT 1 FROM decisions WHERE member_id=? LIMIT 1', [id])) return true
    if (await tx.get('SELECT 1 FROM panel_reviews WHERE member_id=? LIMIT 1', [id])) return true
    const rows = await tx.all<{ record_json: string }>('SELECT a.record_json FROM assignments a JOIN draws d ON d.id = a.draw_id WHERE d.project_id=?', [this.projectId])
    return rows.some((r) => (JSON.parse(r.record_json) as AssignmentRecord).assignments.some((a) => a.reviewers.some((x) => x.memberId === id)))
  }

  async settings(): Promise<PanelSettings> {
    const row = await this.db.get<{ json: string }>('SELECT json FROM panel_settings WHERE project_id=?', [this.projectId])
    const base = { ...DEFAULT_PANEL_SETTINGS, ...(this.projectRate ? { rate: this.projectRate } : {}) }
    return row ? { ...base, ...(JSON.parse(row.json) as Partial<PanelSettings>) } : base
  }

  async setSettings(patch: Partial<PanelSettings>, actor: string): Promise<PanelSettings> {
    const next = { ...(await this.settings()), ...patch }
    await this.db.transaction(async (tx) => {
      await tx.run('INSERT INTO panel_settings (project_id, json) VALUES (?,?) ON CONFLICT(project_id) DO UPDATE SET json=excluded.json', [this.projectId, JSON.stringify(next)])
      await audit(tx, actor, 'panel.settings', this.projectId, patch)
    })
    return next
  }

  /**
   * Draws and assignments are write-once (the triggers refuse any change), so the newest draw id and the number of
   * assignments tell whether what was read before still holds: a frame of 20,000 cases is parsed once, not per call.
   */
  private drawCache: { key: string; draws: DrawRecord[] } | null = null

  async draws(): Promise<DrawRecord[]> {
    const k = await this.db.get<{ d: number | null; a: number }>(
      'SELECT (SELECT max(id) FROM draws WHERE project_id=?) AS d, (SELECT count(*) FROM assignments a JOIN draws d ON d.id = a.draw_id WHERE d.project_id=?) AS a',
      [this.projectId, this.projectId],
    )
    const key = `${k?.d ?? 0}/${k?.a ?? 0}`
    if (this.drawCache?.key === key) return this.drawCache.draws
    const draws = await this.readDraws()
    this.drawCache = { key, draws }
    return draws
  }

  private async readDraws(): Promise<DrawRecord[]> {
    const rows = await this.db.all<{ id: number; drawn_by: string; drawn_at: string; frame_source: string; app_version: string; record_json: string; a_json: string | null }>(
      'SELECT d.id, d.drawn_by, d.drawn_at, d.frame_source, d.app_version, d.record_json, a.record_json AS a_json FROM draws d LEFT JOIN assignments a ON a.draw_id = d.id WHERE d.project_id=? ORDER BY d.id',
      [this.projectId],
    )
    return rows.map((r) => ({
      id: r.id,
      drawnBy: r.drawn_by,
      drawnAt: r.drawn_at,
      frameSource: r.frame_source,
      appVersion: r.app_version,
      draw: JSON.parse(r.record_json),
      assignment: r.a_json ? (JSON.parse(r.a_json) as AssignmentRecord) : null,
    }))
  }

  async addDraw(rec: Omit<DrawRecord, 'id' | 'assignment'>): Promise<DrawRecord> {
    return this.db.transaction(async (tx) => {
      const { lastID } = await tx.run('INSERT INTO draws (project_id, drawn_by, drawn_at, frame_source, app_version, record_json) VALUES (?,?,?,?,?,?)', [
        this.projectId,
        rec.drawnBy,
        rec.drawnAt,
        rec.frameSource,
        rec.appVersion,
        JSON.stringify(rec.draw),
      ])
      await audit(tx, rec.drawnBy, 'panel.draw', String(lastID), { seed: rec.draw.seed, frameSha256: rec.draw.frameSha256, picks: rec.draw.strata.reduce((a, s) => a + s.n, 0) })
      return { ...rec, id: lastID, assignment: null }
    })
  }

  /** A draw's assignment is written once. */
  async setAssignment(drawId: number, rec: AssignmentRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (await tx.get('SELECT 1 FROM assignments WHERE draw_id=?', [drawId])) throw new EngineError('bad-request', '这次抽取已经分配过评查人，分配记录不可更改')
      await tx.run('INSERT INTO assignments (draw_id, assigned_by, assigned_at, record_json) VALUES (?,?,?,?)', [drawId, rec.assignedBy, rec.assignedAt, JSON.stringify(rec)])
      await audit(tx, rec.assignedBy, 'panel.assign', String(drawId), { cases: rec.assignments.length, overrides: rec.assignments.filter((a) => a.override).length })
    })
  }

  async reviews(caseId: number): Promise<StoredReview[]> {
    const rows = await this.db.all<{ member_id: number; submitted_at: string; score: number | null; grade: string | null; vetoed: number }>(
      'SELECT member_id, submitted_at, score, grade, vetoed FROM panel_reviews WHERE case_id=?',
      [caseId],
    )
    return rows.map((r) => ({ memberId: r.member_id, submittedAt: r.submitted_at, score: r.score, grade: r.grade, vetoed: !!r.vetoed }))
  }

  /**
   * 提交: once per reviewer and case; afterwards the reviewer's decisions on the case are closed. The score is worked
   * out inside the write transaction, from the decisions stored by then.
   */
  async submit(caseId: number, memberId: number, scoreOf: (tx: Db) => Promise<{ score: number | null; grade: string | null; vetoed: boolean }>, actor: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (await tx.get('SELECT 1 FROM panel_reviews WHERE case_id=? AND member_id=?', [caseId, memberId])) throw new EngineError('bad-request', `${actor} 已提交过该案卷的评查结果`)
      const s = await scoreOf(tx)
      await tx.run('INSERT INTO panel_reviews (case_id, member_id, submitted_at, score, grade, vetoed) VALUES (?,?,?,?,?,?)', [caseId, memberId, now(), s.score, s.grade, s.vetoed ? 1 : 0])
      await audit(tx, actor, 'panel.submit', String(caseId), s)
    })
  }

  async submitted(caseId: number, memberId: number, db: Db = this.db): Promise<boolean> {
    return !!(await db.get('SELECT 1 FROM panel_reviews WHERE case_id=? AND member_id=?', [caseId, memberId]))
  }

  async reconciliation(caseId: number): Promise<Reconciliation | null> {
    const r = await this.db.get<{ method: Reconciliation['method']; leader: string; reason: string; dissent: string | null; at: string; items_json: string; score: number | null; grade: string | null }>(
      'SELECT method, leader, reason, dissent, at, items_json, score, grade FROM reconciliations WHERE case_id=?',
      [caseId],
    )
    return r ? { method: r.method, leader: r.leader, reason: r.reason, dissent: r.dissent, at: r.at, items: JSON.parse(r.items_json), score: r.score, grade: r.grade } : null
  }

  async saveReconciliation(tx: Db, caseId: number, rec: Reconciliation): Promise<void> {
    if (await tx.get('SELECT 1 FROM reconciliations WHERE case_id=?', [caseId])) throw new EngineError('bad-request', '该案卷已由组长复核定分，不能再次定分')
    await tx.run('INSERT INTO reconciliations (case_id, method, leader, reason, dissent, at, items_json, score, grade) VALUES (?,?,?,?,?,?,?,?,?)', [
      caseId,
      rec.method,
      rec.leader,
      rec.reason,
      rec.dissent,
      rec.at,
      JSON.stringify(rec.items),
      rec.score,
      rec.grade,
    ])
    await audit(tx, rec.leader, 'panel.reconcile', String(caseId), { method: rec.method, reason: rec.reason, dissent: rec.dissent, items: rec.items.length })
  }
}
