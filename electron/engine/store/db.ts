/**
 * A small database interface so the SQLite binding can change (sqlite3 today, node:sqlite later).
 * Why sqlite3: it is an N-API addon, so one build runs in plain Node (CLI, tests, the HTTP bridge) and in
 * Electron without an Electron-specific rebuild, which cannot be downloaded offline; node:sqlite needs Node 22+.
 */
import sqlite3 from 'sqlite3'

export type SqlParam = string | number | bigint | null | Uint8Array
export type Row = Record<string, unknown>

export interface Db {
  run(sql: string, params?: SqlParam[]): Promise<{ changes: number; lastID: number }>
  get<T = Row>(sql: string, params?: SqlParam[]): Promise<T | undefined>
  all<T = Row>(sql: string, params?: SqlParam[]): Promise<T[]>
  exec(sql: string): Promise<void>
  /** Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn throws. Other calls wait until it ends. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly path: string
}

/** Serialises access: sqlite3 has one connection, so a transaction must not interleave with other statements. */
class Lock {
  private tail: Promise<void> = Promise.resolve()
  async with<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail
    let release!: () => void
    this.tail = new Promise((r) => (release = r))
    await prev
    try {
      return await fn()
    } finally {
      release()
    }
  }
}

function raw(conn: sqlite3.Database) {
  return {
    run: (sql: string, params: SqlParam[] = []) =>
      new Promise<{ changes: number; lastID: number }>((res, rej) =>
        conn.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) rej(err)
          else res({ changes: this.changes, lastID: this.lastID })
        }),
      ),
    get: <T>(sql: string, params: SqlParam[] = []) =>
      new Promise<T | undefined>((res, rej) => conn.get(sql, params, (err, row) => (err ? rej(err) : res(row as T | undefined)))),
    all: <T>(sql: string, params: SqlParam[] = []) =>
      new Promise<T[]>((res, rej) => conn.all(sql, params, (err, rows) => (err ? rej(err) : res(rows as T[])))),
    exec: (sql: string) => new Promise<void>((res, rej) => conn.exec(sql, (err) => (err ? rej(err) : res()))),
  }
}

export async function openDb(path: string, opts: { readonly?: boolean } = {}): Promise<Db> {
  const mode = opts.readonly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE
  const conn = await new Promise<sqlite3.Database>((res, rej) => {
    const c = new sqlite3.Database(path, mode, (err) => (err ? rej(err) : res(c)))
  })
  const r = raw(conn)
  if (!opts.readonly) {
    await r.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;')
  }
  await r.exec('PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;')
  const lock = new Lock()
  const inTx: Db = {
    path,
    run: r.run,
    get: r.get,
    all: r.all,
    exec: r.exec,
    transaction: (fn) => fn(inTx),
    close: async () => {
      throw new Error('cannot close inside a transaction')
    },
  }
  const db: Db = {
    path,
    run: (sql, params) => lock.with(() => r.run(sql, params)),
    get: (sql, params) => lock.with(() => r.get(sql, params)),
    all: (sql, params) => lock.with(() => r.all(sql, params)),
    exec: (sql) => lock.with(() => r.exec(sql)),
    transaction: (fn) =>
      lock.with(async () => {
        await r.exec('BEGIN IMMEDIATE')
        try {
          const out = await fn(inTx)
          await r.exec('COMMIT')
          return out
        } catch (e) {
          await r.exec('ROLLBACK').catch(() => undefined)
          throw e
        }
      }),
    close: () => lock.with(() => new Promise<void>((res, rej) => conn.close((err) => (err ? rej(err) : res())))),
  }
  return db
}
