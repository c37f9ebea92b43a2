// `derek merge out.db shard*.db`: copies into `out` every article a shard has that `out` lacks or
// holds in another version (other records hash, rules version or input), with its records.
// Idempotent: merging the same shard again changes nothing. One transaction per shard: a merge
// killed midway leaves `out` as it was after the last whole shard.
import fs from 'node:fs';
import { openDatabase, StoreError, type DB } from './db.js';
import { SCHEMA_VERSION } from './schema.js';
import { lineOf } from './versions.js';
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
  /** Articles dropped because a later line of their archive holds the same archive id (another shard
   *  held the later record: one run keeps the last record of an id in an archive). */
  superseded: number;
}

const ARTICLE_COLS = ['id', 'source', 'source_key', 'external_id', 'url', 'date', 'date_from', 'title', 'lang', 'script',
  'lang_score', 'text', 'records_hash', 'rules_version', 'extracted_at', 'input_hash', 'line_hash', 'lang_hint', 'archive'];

export function mergeShards(out: Store, shards: readonly string[], now: () => Date = () => new Date()): MergeCounts {
  const counts: MergeCounts = { shards: 0, copied: 0, unchanged: 0, rejects: 0, superseded: 0 };
  const db = out.db;
  db.function('derek_line_of', { deterministic: true }, (source: unknown) => lineOf(String(source)));
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

/** An SQLite error that is the output's (full, read-only, locked, I/O), not the shard's. */
const OUTPUT_FAULT = /^SQLITE_(FULL|READONLY|BUSY|LOCKED|IOERR|CANTOPEN|CORRUPT)/;

function mergeShard(db: DB, file: string, runId: number, counts: MergeCounts): void {
  try {
    copyShard(db, file, runId, counts);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof StoreError || typeof code !== 'string' || OUTPUT_FAULT.test(code)) throw e;
    // A table or column missing: the shard is not a derek database this merge can read.
    throw new StoreError(`cannot merge ${file}: ${(e as Error).message}`);
  }
}

/**
 * Within one archive file the last record of an archive id is its version (as in one run). Shards
 * by article id put two records of one id in different shards: the earlier one is dropped here.
 */
const DROP_EARLIER_RECORDS = `
  DELETE FROM main.articles WHERE id IN (
    SELECT a.id FROM main.articles AS a JOIN main.articles AS b
      ON b.source_key = a.source_key AND b.archive = a.archive AND b.id <> a.id
    WHERE a.source_key LIKE 'id:%' AND derek_line_of(b.source) > derek_line_of(a.source)
      AND (a.id IN (SELECT id FROM temp.todo) OR b.id IN (SELECT id FROM temp.todo)))`;

function copyShard(db: DB, file: string, runId: number, counts: MergeCounts): void {
  checkShard(file);
  db.prepare(`ATTACH DATABASE ? AS shard`).run(file);
  try {
    db.transaction(() => {
      db.exec(`DROP TABLE IF EXISTS temp.todo;
        CREATE TEMP TABLE todo AS
        SELECT s.id FROM shard.articles AS s LEFT JOIN main.articles AS m ON m.id = s.id
        WHERE (m.id IS NULL OR m.records_hash <> s.records_hash OR m.rules_version <> s.rules_version
           OR m.input_hash IS NOT s.input_hash)
          -- out holds a later record of the same archive id: this one is not its version (nor copied again)
          AND NOT (s.source_key LIKE 'id:%' AND EXISTS (SELECT 1 FROM main.articles AS l
            WHERE l.source_key = s.source_key AND l.archive = s.archive AND l.id <> s.id
              AND derek_line_of(l.source) > derek_line_of(s.source)))`);
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
      counts.superseded += db.prepare(DROP_EARLIER_RECORDS).run().changes;
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
