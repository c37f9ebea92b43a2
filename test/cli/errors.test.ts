// User errors through the built bin: one line naming the file and the reason, exit 2, never an
// "internal error", a stack trace or a silent exit 13 (a promise that never settles); nothing
// stored is lost.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/store/ingest.js';
import { Store } from '../../src/store/store.js';
import { article, CTX, fakeExtract, NOW } from '../store/helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/main.js');
const asRoot = process.getuid?.() === 0;

function derek(args: string[], options: { input?: string; cwd?: string; user?: string } = {}) {
  const argv = options.user ? ['runuser', '-u', options.user, '--', 'node', BIN, ...args] : ['node', BIN, ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input ?? '', env: { ...process.env, DEREK_DEBUG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let DB: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-cli-errors-'));
  fs.chmodSync(dir, 0o755); // readable by the unprivileged user of the permission tests
  DB = path.join(dir, 'd.db');
  // Enough figures (~60 KB of CSV) that the export fills the write buffer and waits for 'drain'.
  const text = (i: number) => `Алматы қаласына ${i} млрд теңге, ${i + 1} млрд теңге, ${i + 2} млрд теңге, ${i + 3} млрд теңге бөлінді.`;
  const s = Store.open(DB);
  await ingest(Array.from({ length: 100 }, (_, i) => article(text(i * 4), `a${i}.txt`)), s, { context: CTX, now: NOW, extract: fakeExtract(1) });
  s.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const runs = (file: string) => {
  const db = new Database(file, { readonly: true });
  try { return db.prepare(`SELECT id, finished, error FROM runs ORDER BY id`).all(); } finally { db.close(); }
};

describe('derek user errors', () => {
  it('export into a folder that does not exist: one line, exit 2 (was a silent exit 13)', () => {
    const out = path.join(dir, 'nodir', 'out.csv');
    const r = derek(['export', '--db', DB, '--kind', 'figures', '-o', out]);
    expect(r.err).toBe(`derek: cannot write ${out}: no such folder\n`);
    expect(r.code).toBe(2);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('export onto a full disk: one line, exit 2 (was a silent exit 13)', () => {
    const r = derek(['export', '--db', DB, '--kind', 'figures', '-o', '/dev/full']);
    expect(r.err).toBe('derek: cannot write /dev/full: no space left on the device\n');
    expect(r.code).toBe(2);
  });

  it('stdin given both as --from-list and as an input is refused before anything runs', () => {
    const db = path.join(dir, 'stdin.db');
    const r = derek(['ingest', '-', '--from-list', '-', '--db', db, '--workers', '1'], { input: 'day1.jsonl\n' });
    expect(r.err).toBe('derek: stdin (-) given both as --from-list and as an input\n');
    expect(r.code).toBe(2);
    expect(fs.existsSync(db)).toBe(false); // no run started, no row left unfinished
  });

  it('an empty file (a failed first ingest) is no derek database yet: stats and export say so and write nothing', () => {
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    const message = `derek: ${empty}: an empty database, not a derek database yet (run derek ingest first)\n`;
    const stats = derek(['stats', '--db', empty]);
    expect([stats.code, stats.err, stats.out]).toEqual([2, message, '']);
    const csv = path.join(dir, 'empty.csv');
    for (const out of [[], ['-o', csv]]) {
      const r = derek(['export', '--db', empty, '--kind', 'figures', ...out]);
      expect([r.code, r.err, r.out]).toEqual([2, message, '']);
    }
    expect(fs.existsSync(csv)).toBe(false);
    expect(fs.statSync(empty).size).toBe(0);
  });

  it('merging a database into itself through a symlink is refused like the same path', () => {
    const link = path.join(dir, 'link.db');
    fs.symlinkSync(DB, link);
    const before = runs(DB);
    const r = derek(['merge', DB, link]);
    expect(r.err).toBe(`derek: ${link}: a shard cannot be the output database (${DB})\n`);
    expect(r.code).toBe(2);
    expect(runs(DB)).toEqual(before);
  }, 20_000);

  it('a database another process holds locked is named, with what to do (not "internal error")', () => {
    const db = path.join(dir, 'locked.db');
    Store.open(db).close();
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    const input = path.join(dir, 'one.txt');
    fs.writeFileSync(input, 'Алматы қаласына 8 млрд теңге бөлінді.');
    try {
      const r = derek(['ingest', input, '--db', db, '--workers', '1', '--quiet']);
      expect(r.err).toBe(`derek: cannot write to ${db}: database is locked (another process holds its write lock; try again when it has finished)\n`);
      expect(r.code).toBe(2);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);

  it.each([
    [['ingest', 'x.txt', '--date', '2026-02-31'], /no such day in the calendar: 2026-02-31/],
    [['export', '--kind', 'figures', '--from', '2026-04-31'], /no such day in the calendar: 2026-04-31/],
    [['export', '--kind', 'figures', '--to', '2026-02-29'], /no such day in the calendar: 2026-02-29/],
  ])('%j: an impossible calendar day is a usage error', (args, message) => {
    const r = derek([...args, '--db', path.join(dir, 'never.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'never.db'))).toBe(false);
  });
});

describe.skipIf(!asRoot)('derek user errors of an unprivileged user', () => {
  /** A copy of the test database in a new folder, with these modes. */
  const dbIn = (prefix: string, folderMode: number, name: string, dbMode: number) => {
    const folder = fs.mkdtempSync(path.join(dir, prefix));
    fs.chmodSync(folder, folderMode);
    const db = path.join(folder, name);
    fs.copyFileSync(DB, db);
    fs.chmodSync(db, dbMode);
    return { folder, db };
  };

  it('ingest into a read-only database names the file (was "internal error")', () => {
    const { folder } = dbIn('ro-', 0o777, 'ro.db', 0o444);
    const input = path.join(folder, 'one.txt');
    fs.writeFileSync(input, 'Астана 3 млрд теңге.');
    fs.chmodSync(input, 0o644);
    const r = derek(['ingest', 'one.txt', '--db', 'ro.db', '--workers', '1'], { cwd: folder, user: 'nobody' });
    expect(r.err).toBe('derek: cannot write to ro.db: read-only database (this user may not write the file)\n');
    expect(r.code).toBe(2);
  });

  it('stats of a WAL database in a folder the user cannot write: how to get SQLite its -shm and -wal files', () => {
    const { db } = dbIn('wal-', 0o755, 'w.db', 0o644);
    const r = derek(['stats', '--db', db], { user: 'nobody' });
    expect(r.err).toMatch(/^derek: cannot open database .*w\.db: attempt to write a readonly database \(SQLite needs to create w\.db-shm and w\.db-wal beside the database: give this user write access to the folder .*wal-\w+, or copy the database with its -wal file somewhere writable\)\n$/);
    expect(r.code).toBe(2);
  });
});
