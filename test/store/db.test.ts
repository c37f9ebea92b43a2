// Opening a database: the migration race between two processes, and the files a reader refuses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, sqliteReason, StoreError } from '../../src/store/db.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-db-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe('migration', () => {
  // The race of two `derek ingest` on a new file, without timing: at one point of `late`'s
  // migration, another connection (the other process) migrates the file and commits.
  it.each([
    ['right after it reads user_version', 'pragma', /not a derek database/],
    ['right before it takes the write lock', 'transaction', /table articles already exists/],
  ] as const)('two openers of a new file: the later one, raced %s, applies nothing twice', (_when, method, before) => {
    const file = path.join(dir, 'race.db');
    const late = new Database(file);
    late.pragma('journal_mode = WAL');
    const original = late[method].bind(late) as (...args: unknown[]) => unknown;
    let raced = false;
    (late as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      if (!raced && (method === 'transaction' || args[0] === 'user_version')) {
        const result = original(...args);
        raced = true;
        openDatabase(file).close();
        return result;
      }
      return original(...args);
    };
    // Before the fix: `before` (the reviewer's race gave the second one).
    expect(() => migrate(late), String(before)).not.toThrow();
    expect(raced).toBe(true);
    expect(late.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    late.close();
  });

  it('a database at the current version is opened without taking the write lock', () => {
    const file = path.join(dir, 'busy.db');
    openDatabase(file).close();
    const writer = new Database(file);
    writer.exec('BEGIN IMMEDIATE');
    const t = Date.now();
    openDatabase(file).close(); // would wait busy_timeout (5 s) and fail if it asked for the lock
    expect(Date.now() - t).toBeLessThan(4000);
    writer.exec('ROLLBACK');
    writer.close();
  });
});

describe('what a reader refuses', () => {
  it('an empty file (a first ingest that failed) is no derek database yet', () => {
    const file = path.join(dir, 'empty.db');
    fs.writeFileSync(file, '');
    expect(() => openDatabase(file, { readonly: true })).toThrow(StoreError);
    expect(() => openDatabase(file, { readonly: true })).toThrow(`${file}: an empty database, not a derek database yet (run derek ingest first)`);
    // a writer makes it one
    openDatabase(file).close();
    expect(() => openDatabase(file, { readonly: true }).close()).not.toThrow();
  });
});

describe('SQLite reasons', () => {
  it('a lock held by another process says so', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(sqliteReason('x.db', busy)).toBe('database is locked (another process holds its write lock; try again when it has finished)');
  });

  it('a read-only folder names the -shm and -wal files SQLite must create there', () => {
    const ro = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    const file = '/proc/self/x.db'; // a folder nobody may create files in
    expect(sqliteReason(file, ro)).toMatch(/^attempt to write a readonly database \(SQLite needs to create x\.db-shm and x\.db-wal beside the database: give this user write access to the folder \/proc\/self/);
  });
});
