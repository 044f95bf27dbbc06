/**
 * Schema migrations, applied in order. PRAGMA user_version holds the number of the last one applied.
 * Never edit a released migration: add a new one.
 */
import type { Db } from './db'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'schema v1',
    sql: `
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  rubric_id TEXT NOT NULL,
  reviewers_json TEXT NOT NULL DEFAULT '[]',
  sampling_ratio REAL,
  created_at TEXT NOT NULL
);
CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  UNIQUE (project_id, name)
);
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  folder TEXT NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  case_number TEXT,
  party TEXT,
  procedure TEXT,
  status TEXT NOT NULL DEFAULT '待评查',
  score REAL,
  grade TEXT,
  vetoed INTEGER NOT NULL DEFAULT 0,
  result_json TEXT,
  checked_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (project_id, folder)
);
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  kind TEXT NOT NULL,
  bytes INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT,
  pages INTEGER NOT NULL DEFAULT 0,
  error_code TEXT,
  error_message TEXT,
  UNIQUE (case_id, path)
);
CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  width REAL NOT NULL,
  height REAL NOT NULL,
  unit TEXT NOT NULL,
  source TEXT NOT NULL,
  rotation INTEGER,
  lines_json TEXT NOT NULL,
  UNIQUE (file_id, page)
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  confidence REAL NOT NULL,
  title TEXT,
  parts_json TEXT NOT NULL,
  UNIQUE (case_id, idx)
);
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  document_idx INTEGER,
  json TEXT NOT NULL
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  finding_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  item_id TEXT NOT NULL,
  status TEXT NOT NULL,
  deduction REAL NOT NULL DEFAULT 0,
  message TEXT NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (case_id, finding_id)
);
CREATE INDEX findings_case ON findings(case_id);
-- Reviewer decisions are never deleted by a re-check: they refer to stable finding ids.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  finding_id TEXT,
  item_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('accept','reject','adjust')),
  points REAL,
  comment TEXT,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX decisions_case ON decisions(case_id);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail_json TEXT
);
`,
  },
  {
    version: 2,
    name: 'rectification ledger (整改台账) editable columns',
    sql: `
CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  finding_id TEXT NOT NULL,
  deadline TEXT,
  owner TEXT,
  progress TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (case_id, finding_id)
);
`,
  },
  {
    version: 3,
    name: 'items still waiting for a reviewer, so a provisional score shows as such',
    sql: `ALTER TABLE cases ADD COLUMN pending INTEGER;`,
  },
  {
    version: 4,
    name: 'why a case cannot be graded (无法评分); its score stays empty',
    sql: `ALTER TABLE cases ADD COLUMN ungradable TEXT;`,
  },
  {
    version: 5,
    name: 'ledger entries carry a version: a write based on an older version is refused',
    sql: `ALTER TABLE ledger ADD COLUMN version INTEGER NOT NULL DEFAULT 1;`,
  },
  {
    version: 6,
    name: 'review panel: roster, draws (抽取记录, immutable), assignments, per-reviewer decisions and submissions, reconciliation',
    sql: `
CREATE TABLE panel_members (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  agency TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('组长','评查员','复核人')),
  conflicts_json TEXT NOT NULL DEFAULT '[]',
  UNIQUE (project_id, name)
);
CREATE TABLE panel_settings (
  project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
CREATE TABLE draws (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  drawn_by TEXT NOT NULL,
  drawn_at TEXT NOT NULL,
  frame_source TEXT NOT NULL,
  app_version TEXT NOT NULL,
  record_json TEXT NOT NULL
);
-- The 抽取记录 is written once: no statement of the app (or of anyone with the file) changes or removes it quietly.
CREATE TRIGGER draws_no_update BEFORE UPDATE ON draws BEGIN SELECT RAISE(ABORT, '抽取记录不可修改'); END;
CREATE TRIGGER draws_no_delete BEFORE DELETE ON draws BEGIN SELECT RAISE(ABORT, '抽取记录不可删除'); END;
CREATE TABLE assignments (
  draw_id INTEGER PRIMARY KEY REFERENCES draws(id),
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  record_json TEXT NOT NULL
);
CREATE TRIGGER assignments_no_update BEFORE UPDATE ON assignments BEGIN SELECT RAISE(ABORT, '分配记录不可修改'); END;
CREATE TRIGGER assignments_no_delete BEFORE DELETE ON assignments BEGIN SELECT RAISE(ABORT, '分配记录不可删除'); END;
-- A decision made by a panel member in a blind review; NULL: the case's own (single reviewer, or the 组长's final).
ALTER TABLE decisions ADD COLUMN member_id INTEGER REFERENCES panel_members(id);
CREATE TABLE panel_reviews (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES panel_members(id),
  submitted_at TEXT NOT NULL,
  score REAL,
  grade TEXT,
  vetoed INTEGER NOT NULL,
  PRIMARY KEY (case_id, member_id)
);
CREATE TABLE reconciliations (
  case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('组长裁定','集体评议')),
  leader TEXT NOT NULL,
  reason TEXT NOT NULL,
  dissent TEXT,
  at TEXT NOT NULL,
  items_json TEXT NOT NULL,
  score REAL,
  grade TEXT
);
`,
  },
  {
    version: 7,
    name: 'the version of the rubric a project uses; projects made before it keep the rubric that came with the app',
    sql: `ALTER TABLE projects ADD COLUMN rubric_version TEXT;`,
  },
  {
    version: 8,
    name: "the project's own copy of its rubric (source text, id, version, sha256): checking and scoring use it whatever the library holds",
    sql: `
CREATE TABLE rubric_copies (
  id INTEGER PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  rubric_id TEXT NOT NULL,
  version TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  source TEXT NOT NULL,
  -- created: at the project's creation; recorded: the version the project recorded, kept on first opening;
  -- fallback: the rubric an older project was in fact checked with (no version recorded, or it left the library);
  -- switched: the rubric chosen by a reviewer (project.setRubric)
  origin TEXT NOT NULL CHECK (origin IN ('created','recorded','fallback','switched')),
  note TEXT,
  stored_by TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX rubric_copies_project ON rubric_copies(project_id);
-- A copy, once kept, never changes: the project's newest copy is the rubric it uses, earlier ones stay as they were used.
CREATE TRIGGER rubric_copies_no_update BEFORE UPDATE ON rubric_copies BEGIN SELECT RAISE(ABORT, '项目保存的评查标准副本不可修改'); END;
`,
  },
]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

/** Bring a database up to the latest schema. Each migration runs in its own transaction; returns the versions applied. */
export async function migrate(db: Db, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const current = (await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0
  const latest = migrations[migrations.length - 1]?.version ?? 0
  if (current > latest) {
    throw new Error(`数据库版本 ${current} 高于本程序支持的版本 ${latest}，请升级评查助手后再打开`)
  }
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= current) continue
    await db.transaction(async (tx) => {
      await tx.exec(m.sql)
      await tx.exec(`PRAGMA user_version = ${m.version}`)
    })
    applied.push(m.version)
  }
  return applied
}
