// Opening a derek database: pragmas, then the migrations the file has not had yet.
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
  let db: DB | undefined;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    else checkVersion(db);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open database ${file}: ${(e as Error).message}`);
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
  if (version === 0) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
    if (tables.n > 0) throw new StoreError(`${db.name}: an SQLite database, but not a derek database (user_version 0 with tables in it)`);
  }
  return version;
}

/** Applies the migrations after the file's user_version, each in its own transaction. */
export function migrate(db: DB): number {
  const from = checkVersion(db);
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const m = MIGRATIONS[v]!;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return SCHEMA_VERSION;
}
