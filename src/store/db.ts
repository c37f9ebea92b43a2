// Opening a derek database: pragmas, then the migrations the file has not had yet.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type DB = Database.Database;

/** The database cannot be used: the message names the file and the reason (no stack needed). */
export class StoreError extends Error {
  override name = 'StoreError';
}

export interface OpenOptions {
  readonly?: boolean;
}

/** Opens (creating when missing) a derek database at `file` (':memory:' for tests) and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  const readonly = options.readonly ?? false;
  // SQLite opens a file it may not write read-only without a word; the first write would fail.
  if (!readonly && isReadOnlyFile(file)) throw new StoreError(`cannot write to ${file}: read-only database (this user may not write the file)`);
  let db: DB | undefined;
  try {
    const opened = new Database(file, { readonly, fileMustExist: readonly });
    db = opened;
    // First: another process creating or migrating the same file makes the next pragmas wait, not fail.
    opened.pragma('busy_timeout = 5000');
    if (!readonly) {
      opened.pragma('journal_mode = WAL');
      opened.pragma('synchronous = NORMAL');
    }
    opened.pragma('foreign_keys = ON');
    if (!readonly) migrate(opened);
    else opened.transaction(() => checkReadable(opened))(); // version and tables read from one snapshot
    return opened;
  } catch (e) {
    db?.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open database ${file}: ${sqliteReason(file, e)}`);
  }
}

function isReadOnlyFile(file: string): boolean {
  if (file === ':memory:' || file === '' || !fs.existsSync(file)) return false;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * SQLite's reason for refusing `file`, with what to do about it where the message alone does not
 * say (a read-only folder, a lock held by another process).
 */
export function sqliteReason(file: string, e: unknown): string {
  const err = e as Error & { code?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (code.startsWith('SQLITE_READONLY') && file !== ':memory:') {
    // The folder first: even a reader of a WAL database needs the -shm and -wal files beside it.
    const folder = path.dirname(file);
    if (isReadOnlyFolder(folder)) {
      const base = path.basename(file);
      return `${err.message} (SQLite needs to create ${base}-shm and ${base}-wal beside the database: `
        + `give this user write access to the folder ${folder}, or copy the database with its -wal file somewhere writable)`;
    }
    if (isReadOnlyFile(file)) return `read-only database (this user may not write the file)`;
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `${err.message} (another process holds its write lock; try again when it has finished)`;
  }
  return err.message;
}

function isReadOnlyFolder(folder: string): boolean {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function userVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkVersion(db: DB): number {
  const version = userVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`${db.name}: schema version ${version} is newer than this derek knows (${SCHEMA_VERSION}); upgrade derek`);
  }
  if (version === 0 && tableCount(db) > 0) {
    throw new StoreError(`${db.name}: an SQLite database, but not a derek database (user_version 0 with tables in it)`);
  }
  return version;
}

function tableCount(db: DB): number {
  return (db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number }).n;
}

/** A reader finds tables to read: an empty file (a first ingest that failed, `: > x.db`) has none. */
function checkReadable(db: DB): void {
  if (checkVersion(db) === 0) {
    throw new StoreError(`${db.name}: an empty database, not a derek database yet (run derek ingest first)`);
  }
}

/**
 * Applies the migrations after the file's user_version, in one transaction. The file is checked
 * only once the write lock is held: another process may have migrated it meanwhile (two ingests
 * starting on a new file), and its migrations must not be applied twice.
 */
export function migrate(db: DB): number {
  // Up to date (the usual case): no lock to wait for while another derek writes a batch.
  if (userVersion(db) >= SCHEMA_VERSION) return checkVersion(db);
  db.transaction(() => {
    for (let v = checkVersion(db); v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]!.sql);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
  return SCHEMA_VERSION;
}
