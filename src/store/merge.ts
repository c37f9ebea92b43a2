// `derek merge out.db shard*.db`: copies into `out` every article a shard has that `out` lacks or
// holds in another version (other records hash, rules version or input), with its records.
// Idempotent: merging the same shard again changes nothing. One transaction per shard: a merge
// killed midway leaves `out` as it was after the last whole shard.
import fs from 'node:fs';
import { openDatabase, StoreError, type DB } from './db.js';
import { SCHEMA_VERSION } from './schema.js';
import { RECORD_COLUMNS } from './rows.js';
import { RECORD_KINDS } from '../types.js';
import type { Store } from './store.js';
import { packageVersion } from './version.js';

export interface MergeCounts {
  shards: number;
  /** Articles copied (new to out, or replacing another version). */
  copied: number;
  /** Articles out held already in the same version. */
  unchanged: number;
  rejects: number;
}

const ARTICLE_COLS = ['id', 'source', 'source_key', 'external_id', 'url', 'date', 'date_from', 'title', 'lang', 'script',
  'lang_score', 'text', 'records_hash', 'rules_version', 'extracted_at', 'input_hash', 'line_hash', 'lang_hint', 'archive'];

export function mergeShards(out: Store, shards: readonly string[], now: () => Date = () => new Date()): MergeCounts {
  const counts: MergeCounts = { shards: 0, copied: 0, unchanged: 0, rejects: 0 };
  const db = out.db;
  const runId = out.startRun({ started: now().toISOString(), version: packageVersion(), rulesVersion: 'merge', inputs: [...shards] });
  try {
    for (const file of shards) mergeShard(db, file, runId, counts);
  } catch (e) {
    // As a failed ingest: the run row says how far it got and why it stopped.
    try { out.finishRun(runId, now().toISOString(), counts, (e as Error).message); } catch { /* the merge's error is the one to report */ }
    throw e;
  }
  out.finishRun(runId, now().toISOString(), counts, null);
  return counts;
}

/** Opens a shard to check it is a derek database of this schema: read-only when it is (a shard may
 *  be a read-only file), for writing only when an older derek made it and it needs migrating. */
function checkShard(file: string): void {
  if (!fs.existsSync(file)) throw new StoreError(`${file}: no such database`);
  const shard = openDatabase(file, { readonly: true });
  const version = shard.pragma('user_version', { simple: true }) as number;
  shard.close();
  if (version < SCHEMA_VERSION) openDatabase(file).close();
}

function mergeShard(db: DB, file: string, runId: number, counts: MergeCounts): void {
  checkShard(file);
  db.prepare(`ATTACH DATABASE ? AS shard`).run(file);
  try {
    db.transaction(() => {
      db.exec(`DROP TABLE IF EXISTS temp.todo;
        CREATE TEMP TABLE todo AS
        SELECT s.id FROM shard.articles AS s LEFT JOIN main.articles AS m ON m.id = s.id
        WHERE m.id IS NULL OR m.records_hash <> s.records_hash OR m.rules_version <> s.rules_version
           OR m.input_hash IS NOT s.input_hash`);
      const todo = (db.prepare(`SELECT count(*) AS n FROM temp.todo`).get() as { n: number }).n;
      const total = (db.prepare(`SELECT count(*) AS n FROM shard.articles`).get() as { n: number }).n;
      for (const k of RECORD_KINDS) db.exec(`DELETE FROM main.${k} WHERE article_id IN (SELECT id FROM temp.todo)`);
      db.exec(`DELETE FROM main.articles WHERE id IN (SELECT id FROM temp.todo)`);
      db.prepare(`INSERT INTO main.articles (${ARTICLE_COLS.join(', ')}, run_id)
        SELECT ${ARTICLE_COLS.map((c) => `s.${c}`).join(', ')}, ? FROM shard.articles AS s
        WHERE s.id IN (SELECT id FROM temp.todo) ORDER BY s.num`).run(runId);
      // Their full-text entries: no trigger writes them (see migration 4 in schema.ts).
      db.exec(`INSERT INTO main.articles_fts (rowid, id, title, text)
        SELECT num, id, title, text FROM main.articles WHERE id IN (SELECT id FROM temp.todo) ORDER BY num`);
      for (const k of RECORD_KINDS) {
        const cols = RECORD_COLUMNS[k].join(', ');
        db.exec(`INSERT INTO main.${k} (${cols}) SELECT ${cols} FROM shard.${k}
          WHERE article_id IN (SELECT id FROM temp.todo) ORDER BY article_id, seq`);
      }
      const rejects = db.prepare(`INSERT INTO main.rejects (run_id, source, reason, at)
        SELECT ?, r.source, r.reason, r.at FROM shard.rejects AS r
        WHERE NOT EXISTS (SELECT 1 FROM main.rejects AS m WHERE m.source = r.source AND m.reason = r.reason)`).run(runId);
      db.exec(`DROP TABLE temp.todo`);
      counts.copied += todo;
      counts.unchanged += total - todo;
      counts.rejects += rejects.changes;
      counts.shards++;
    }).immediate();
  } finally {
    db.exec(`DETACH DATABASE shard`);
  }
}
