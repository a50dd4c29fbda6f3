import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError, type Connection } from './dialect.js';
import type { Database } from './schema.js';

export interface SqliteOptions {
  /** Fail when the file does not exist yet (read-only commands) instead of creating it. */
  mustExist?: boolean;
  /** How long a writer waits for another writer's lock, in milliseconds. */
  busyTimeoutMs?: number;
}

/**
 * Open (or create) a SQLite database file through better-sqlite3: WAL journal (readers never block
 * the writer, and a process killed mid-write leaves the last committed state), a busy timeout so
 * two writers queue instead of failing, foreign keys on. Every failure becomes one StoreError line.
 */
export function openSqlite(path: string, options: SqliteOptions = {}): Connection {
  const where = resolve(path);
  if (options.mustExist && !existsSync(path)) throw new StoreError(`no database at ${path} (create one with: kronika ingest PATH --db ${path})`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`cannot open database ${path}: it is a folder`);
  if (!existsSync(dirname(where))) throw new StoreError(`cannot open database ${path}: folder ${dirname(path)} does not exist`);
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { fileMustExist: options.mustExist ?? false });
    raw.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    raw.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a killed process never loses a commit (only a power cut can lose the last ones).
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    throw sqliteError(path, e);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    dialect: 'sqlite',
    db,
    location: path,
    async integrityProblems() {
      const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    },
    // A deferred transaction that read before another process committed cannot upgrade to a write
    // lock (SQLITE_BUSY_SNAPSHOT) and is not retried by the busy timeout: run it again.
    retryable: (e) => String((e as { code?: string }).code ?? '').startsWith('SQLITE_BUSY'),
    explain: (e) => (e instanceof StoreError ? e : sqliteError(path, e)),
  };
}

/** A better-sqlite3 error → a StoreError naming the file and saying what is wrong in plain words. */
export function sqliteError(path: string, e: unknown): StoreError {
  const err = e as { code?: string; message?: string };
  switch (err.code) {
    case 'SQLITE_NOTADB':
      return new StoreError(`cannot open database ${path}: not a SQLite database (a corrupt file or another kind of file)`);
    case 'SQLITE_CORRUPT':
      return new StoreError(`database ${path} is damaged (${err.message}); restore it from a copy or start a new one`);
    case 'SQLITE_CANTOPEN':
      return new StoreError(`cannot open database ${path}: ${err.message}`);
    case 'SQLITE_READONLY':
      return new StoreError(`cannot write database ${path}: it is read-only`);
    case 'SQLITE_BUSY':
      return new StoreError(`database ${path} is locked by another process`);
    default:
      return new StoreError(`database ${path}: ${err.message ?? String(e)}`);
  }
}
