// Helpers for the ingest tests: record tables compared without the columns that say when or in
// which run a row was written (those differ between an interrupted and an uninterrupted run).
import fs from 'node:fs';
import path from 'node:path';
import { RECORD_TABLES } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';

const VOLATILE = new Set(['num', 'id_rowid', 'extracted_at', 'run_id']);

/** Every record-table row in a stable order, without row numbers, run ids and times. */
export function recordContent(store: Store): string {
  return RECORD_TABLES.map((t) => {
    const cols = (store.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[])
      .map((c) => c.name).filter((c) => !VOLATILE.has(c) && !(t !== 'articles' && c === 'id'));
    const order = t === 'articles' ? 'id' : 'article_id, seq';
    const rows = store.db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${t} ORDER BY ${order}`).raw().all();
    return `${t} ${rows.length}\n${rows.map((r) => JSON.stringify(r)).join('\n')}`;
  }).join('\n');
}

export const DIST_CLI = path.resolve(__dirname, '../../dist/cli/main.js');
export const DIST_WORKER = path.resolve(__dirname, '../../dist/workers/extract.js');
export const SHARED = path.resolve(__dirname, '../../../shared');
export const hasDist = () => fs.existsSync(DIST_CLI) && fs.existsSync(DIST_WORKER);

/** A small JSON Lines corpus of distinct articles built from the seeds' paragraphs (real text, short articles). */
export function seedCorpus(n: number): string {
  const seeds = path.join(SHARED, 'seeds');
  const paras = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => fs.readFileSync(path.join(seeds, f), 'utf8').replace(/^ date \S+ /, '').split(/\n+/))
    .filter((p) => p.length > 80);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = [paras[i % paras.length], paras[(i * 7 + 3) % paras.length], `№ ${i}`].join('\n');
    lines.push(JSON.stringify({ id: `t-${i}`, date: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A copy of the built package (dist/, rules/, corpora/, package.json; node_modules linked) in
 * `dir`: runs compared with each other use one build and one rule set even while others edit.
 * Returns the copied CLI's path.
 */
export function snapshotPackage(dir: string): string {
  const root = path.resolve(__dirname, '../..');
  const snap = path.join(dir, 'derek');
  fs.mkdirSync(snap, { recursive: true });
  for (const d of ['dist', 'rules', 'corpora']) fs.cpSync(path.join(root, d), path.join(snap, d), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(snap, 'package.json'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(snap, 'node_modules'));
  return path.join(snap, 'dist/cli/main.js');
}
