// Crash safety: `kill -9` in the middle of an ingest leaves a consistent database, and running the
// same command again ends with exactly the records of an uninterrupted run. A write failure (disk
// full, simulated with PRAGMA max_page_count) stops the run with a clear error and the database intact.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { Store } from '../../src/store/store.js';
import { article, CTX, fakeExtract, NOW } from '../store/helpers.js';
import { DIST_CLI, hasDist, recordContent, seedCorpus, snapshotPackage } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const N = 120;
let cli = DIST_CLI;
const args = (corpus: string, db: string) =>
  [cli, 'ingest', corpus, '--db', db, '--quiet', '--workers', '2', '--batch-size', '3', '--today', '2026-01-20'];

function integrity(file: string): { check: string; fts: boolean } {
  const db = new Database(file, { readonly: true });
  try {
    const check = db.pragma('integrity_check', { simple: true }) as string;
    let fts = true;
    try { db.prepare(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); } catch { fts = false; }
    return { check, fts };
  } finally {
    db.close();
  }
}

const articlesIn = (file: string): number => {
  if (!fs.existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try { return (db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n; } finally { db.close(); }
  } catch { return 0; }   // not created or not migrated yet
};

describe.skipIf(!hasDist())('kill -9 during ingest', () => {
  it('leaves a consistent database; the next run completes it: nothing lost, nothing doubled', async () => {
    cli = snapshotPackage(dir);
    const corpus = path.join(dir, 'c.jsonl');
    fs.writeFileSync(corpus, seedCorpus(N));

    // The reference: one uninterrupted run.
    const ref = path.join(dir, 'ref.db');
    const full = spawnSync(process.execPath, args(corpus, ref), { encoding: 'utf8' });
    expect(full.stderr).toBe('');
    expect(full.status).toBe(0);

    // The same run, killed once some batches are committed (read by another connection: WAL).
    const db = path.join(dir, 'killed.db');
    const child = spawn(process.execPath, args(corpus, db), { stdio: 'ignore' });
    let atKill = 0;
    while (child.exitCode === null) {
      atKill = articlesIn(db);
      if (atKill >= 6) break;
      await new Promise((r) => setTimeout(r, 15));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(N);                 // it really was interrupted

    expect(integrity(db)).toEqual({ check: 'ok', fts: true });
    const after = articlesIn(db);
    expect(after).toBeLessThan(N);
    const s = Store.open(db);
    expect(s.db.prepare(`SELECT count(*) AS n FROM runs WHERE finished IS NULL`).get()).toEqual({ n: 1 });
    s.close();

    const again = spawnSync(process.execPath, [...args(corpus, db).filter((a) => a !== '--quiet'), '--json'], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.articles.unchanged).toBe(after);       // committed before the kill: skipped
    expect(summary.articles.new).toBe(N - after);

    const [a, b] = [Store.open(ref), Store.open(db)];
    expect(recordContent(b)).toBe(recordContent(a));
    a.close();
    b.close();
  }, 180_000);
});

describe('a write failure (disk full)', () => {
  it('stops with a clear error naming the database; the committed batches stay, the file is intact', async () => {
    const file = path.join(dir, 'full.db');
    const store = Store.open(file);
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 80}`);
    const filler = 'Алматы қаласына 8 млрд теңге бөлінді. '.repeat(60);
    const items = Array.from({ length: 200 }, (_, i) => article(`${filler} ${i}`, `a${i}.txt`));
    const err = await ingest(items, store, { context: CTX, now: NOW, extract: fakeExtract(1), batchSize: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(new RegExp(`^cannot write to ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: database or disk is full`));
    store.close();

    expect(integrity(file)).toEqual({ check: 'ok', fts: true });
    const after = Store.open(file);
    const n = (after.db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(200);
    expect(n % 5).toBe(0);                                        // whole batches only
    const orphans = after.db.prepare(`SELECT count(*) AS n FROM figures WHERE article_id NOT IN (SELECT id FROM articles)`).get();
    expect(orphans).toEqual({ n: 0 });
    // With room again, the same input completes the work.
    const s = await ingest(items, after, { context: CTX, now: NOW, extract: fakeExtract(1), batchSize: 5 });
    expect(s.articles).toMatchObject({ new: 200 - n, unchanged: n });
    after.close();
  });
});
