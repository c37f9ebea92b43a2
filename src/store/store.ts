// Writing extracted articles: one transaction per batch, an idempotent upsert per article.
//   same id, same records hash            → unchanged (only rules_version and input_hash refreshed)
//   same id, other records hash           → updated   (article row and its records rewritten)
//   new id, its source_key stored already → updated   (the edited file's old article replaced: see
//                                                      replaceable() for which stored articles are
//                                                      old versions of it and which are kept)
//   a later line of its archive stored    → unchanged (that line is the article's current version)
//   else                                  → new
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Article } from '../article.js';
import type { ArticleRecord, RecordKind } from '../types.js';
import { RECORD_KINDS } from '../types.js';
import { openDatabase, type DB, type OpenOptions } from './db.js';
import { recordsHash } from './hash.js';
import { directiveRow, figureRow, insertSql, officialRow, regionRow } from './rows.js';
import { laterLineOfSameArchive, sameArchive, sameArticle } from './versions.js';

export type Outcome = 'new' | 'updated' | 'unchanged';

export type BatchItem =
  | { kind: 'article'; article: Article; record: ArticleRecord; inputHash?: string; lineHash?: string }
  | { kind: 'reject'; source: string; reason: string }
  /** An article found unchanged by id: only its line hash is recorded (for the next run's fast path). */
  | { kind: 'touch'; id: string; lineHash: string };

export interface RunStart {
  started: string;
  version: string;
  rulesVersion: string;
  inputs: string[];
}

/**
 * What identifies "the same article, maybe edited" across runs: the archive's id, else its url,
 * else the file's absolute path. Stdin and a JSONL line number (`path#12`) identify nothing (lines
 * shift when an archive grows), so such articles have no key and are matched by id only.
 */
export function sourceKey(article: Article): string | null {
  if (article.externalId) return `id:${article.externalId}`;
  if (article.url) return `url:${article.url}`;
  if (article.source === '-' || /#\d+$/.test(article.source)) return null;
  return `path:${path.resolve(article.source)}`;
}

type Stmt = Database.Statement<unknown[], unknown>;

/** Where a stored article came from and whether, in the run that wrote it, it replaced the record
 *  of an earlier line of its archive (an id or a text repeated further down the archive). */
interface Provenance { source: string; run_id: number; repeats: number }

/**
 * Within one archive file the last record of an article (same id, or same text) is its current
 * version. Once a later line has replaced an earlier one (`repeats`), the earlier line read again
 * by a later run is passed over: without this, each run stored the earlier record back and the
 * later one again (the line-hash skip of the later line reads the database before the batch that
 * replaces it is written). Only rows that replaced an earlier line in their own run count, so an
 * archive re-exported in another order still has its edits stored.
 */
function supersededInArchive(stored: Provenance, article: Article): boolean {
  return stored.repeats === 1 && laterLineOfSameArchive(stored.source, article.source);
}

/** The incoming article, from a later line of the same archive, replaces a version this run wrote. */
function repeatsIn(old: Provenance, article: Article, runId: number): boolean {
  return old.run_id === runId && laterLineOfSameArchive(article.source, old.source);
}

/** A stored article with the incoming one's source key. */
interface KeyHolder { id: string; source: string; source_key: string; text: string; run_id: number; repeats: number }

/**
 * Whether a stored article with the same source key is an older version of `article` (to be
 * replaced) rather than another article reusing the key (to be kept). A file path names one
 * document: what it holds now replaces what it held. So does an archive id within one archive file.
 * Across archives (or from stdin) an archive id or url is trusted only with a text that is a
 * version of the stored one: archives that number their records 1..N in every file reuse ids.
 */
function isVersion(old: Pick<KeyHolder, 'source' | 'source_key' | 'text'>, article: Article): boolean {
  if (old.source_key.startsWith('path:')) return true;
  if (old.source_key.startsWith('id:') && sameArchive(old.source, article.source)) return true;
  return sameArticle(old.text, article.text);
}

export class Store {
  readonly db: DB;
  readonly file: string;
  private readonly stmt: {
    findById: Stmt; lookup: Stmt; lookupLine: Stmt; touch: Stmt; setLine: Stmt; findBySourceKey: Stmt; insertArticle: Stmt; indexArticle: Stmt; updateArticle: Stmt; updateTitleText: Stmt; deleteArticle: Stmt;
    deleteRecords: Record<RecordKind, Stmt>; insertRecord: Record<RecordKind, Stmt>;
    insertReject: Stmt; startRun: Stmt; finishRun: Stmt;
  };

  /** Opens (or creates and migrates) the database at `file`; ':memory:' works. */
  static open(file: string, options?: OpenOptions): Store {
    return new Store(openDatabase(file, options), file);
  }

  constructor(db: DB, file: string) {
    this.db = db;
    this.file = file;
    const perKind = (f: (k: RecordKind) => string) =>
      Object.fromEntries(RECORD_KINDS.map((k) => [k, db.prepare(f(k))])) as Record<RecordKind, Stmt>;
    // Every column but id, title and text (the full-text index reads those two).
    const metaCols = `source, source_key, external_id, url, date, date_from, lang, script, lang_score,
      records_hash, rules_version, extracted_at, run_id, input_hash, line_hash, lang_hint, repeats`;
    const marks = (cols: string) => cols.split(',').map(() => '?').join(', ');
    this.stmt = {
      findById: db.prepare(`SELECT records_hash, rules_version, input_hash, source_key, source, run_id, repeats FROM articles WHERE id = ?`),
      lookup: db.prepare(`SELECT rules_version, input_hash, source_key FROM articles WHERE id = ?`),
      lookupLine: db.prepare(`SELECT 1 FROM articles WHERE line_hash = ? AND rules_version = ? LIMIT 1`).pluck(),
      setLine: db.prepare(`UPDATE articles SET line_hash = ? WHERE id = ?`),
      touch: db.prepare(`UPDATE articles SET rules_version = ?, input_hash = ?, line_hash = coalesce(?, line_hash), lang_hint = ? WHERE id = ?`),
      findBySourceKey: db.prepare(`SELECT id, source, source_key, text, run_id, repeats FROM articles WHERE source_key = ? AND id <> ?`),
      insertArticle: db.prepare(`INSERT INTO articles (id, title, text, ${metaCols}) VALUES (?, ?, ?, ${marks(metaCols)})`),
      indexArticle: db.prepare(`INSERT INTO articles_fts (rowid, id, title, text) VALUES (?, ?, ?, ?)`),
      updateArticle: db.prepare(`UPDATE articles SET (${metaCols}) = (${marks(metaCols)}) WHERE id = ?`),
      // Only when they differ: the update trigger then writes the full-text entry again.
      updateTitleText: db.prepare(`UPDATE articles SET title = ?, text = ? WHERE id = ? AND (title IS NOT ? OR text IS NOT ?)`),
      deleteArticle: db.prepare(`DELETE FROM articles WHERE id = ?`),
      deleteRecords: perKind((k) => `DELETE FROM ${k} WHERE article_id = ?`),
      insertRecord: perKind(insertSql),
      insertReject: db.prepare(`INSERT INTO rejects (run_id, source, reason, at) VALUES (?, ?, ?, ?)`),
      startRun: db.prepare(`INSERT INTO runs (started, version, rules_version, inputs) VALUES (?, ?, ?, ?)`),
      finishRun: db.prepare(`UPDATE runs SET finished = ?, counts = ?, error = ? WHERE id = ?`),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  startRun(run: RunStart): number {
    this.sharedThisRun.clear();
    return Number(this.stmt.startRun.run(run.started, run.version, run.rulesVersion, JSON.stringify(run.inputs)).lastInsertRowid);
  }

  finishRun(runId: number, finished: string, counts: unknown, error: string | null = null): void {
    this.stmt.finishRun.run(finished, JSON.stringify(counts), error, runId);
  }

  /** What is stored for an article id: what decides whether it can be skipped without extraction. */
  lookup(id: string): { rules_version: string; input_hash: string | null; source_key: string | null } | undefined {
    return this.stmt.lookup.get(id) as { rules_version: string; input_hash: string | null; source_key: string | null } | undefined;
  }

  /**
   * Stored articles that another input of this run holds too (two copies of a file, a record
   * repeated under another id): an edit of the one input must not delete what the other still holds.
   * Only such articles are remembered, so the set stays small on any archive.
   */
  private readonly sharedThisRun = new Set<string>();

  /** The article `id`, stored under another source key, was met again from `article`'s source in this run. */
  noteSeen(id: string, storedKey: string | null, article: Article): void {
    if (storedKey !== sourceKey(article)) this.sharedThisRun.add(id);
  }

  /** True when an article read from this JSON Lines record (line hash) is stored with these rules. */
  knownLine(lineHash: string, rulesVersion: string): boolean {
    return this.stmt.lookupLine.get(lineHash, rulesVersion) !== undefined;
  }

  /** Writes a batch in one transaction; returns each article's outcome (null for rejects), in order. */
  writeBatch(runId: number, items: readonly BatchItem[], rulesVersion: string, at: string): (Outcome | null)[] {
    return this.db.transaction(() => items.map((item) => {
      if (item.kind === 'reject') {
        this.stmt.insertReject.run(runId, item.source, item.reason, at);
        return null;
      }
      if (item.kind === 'touch') {
        this.stmt.setLine.run(item.lineHash, item.id);
        return null;
      }
      return this.upsert(runId, item.article, item.record, rulesVersion, at, item.inputHash ?? null, item.lineHash ?? null);
    })).immediate();
  }

  private upsert(runId: number, article: Article, record: ArticleRecord, rulesVersion: string, at: string, input: string | null, line: string | null): Outcome {
    const hash = recordsHash(record);
    const key = sourceKey(article);
    const meta = (repeats: boolean) => [record.source, key, article.externalId ?? null, article.url ?? null, record.date, article.dateFrom,
      record.lang, record.script, record.langScore, hash, rulesVersion, at, runId, input, line, article.langHint ?? null, repeats ? 1 : 0];
    type Stored = { records_hash: string; rules_version: string; input_hash: string | null; source_key: string | null; source: string; run_id: number; repeats: number };
    const stored = this.stmt.findById.get(record.id) as Stored | undefined;
    if (stored) {
      if (stored.source_key !== key) this.sharedThisRun.add(record.id);
      if (supersededInArchive(stored, article)) return 'unchanged';
      if (stored.records_hash === hash) {
        // Same records: only remember that these rules (and this input) made them, so the next run skips it.
        if (stored.rules_version !== rulesVersion || (input !== null && stored.input_hash !== input) || line !== null) {
          this.stmt.touch.run(rulesVersion, input ?? stored.input_hash, line, article.langHint ?? null, record.id);
        }
        return 'unchanged';
      }
      this.deleteRecords(record.id);
      this.stmt.updateArticle.run(...meta(repeatsIn(stored, article, runId)), record.id);
      // Same id, same text once normalized: the text itself (line ends, NFC) and the title may differ.
      this.stmt.updateTitleText.run(record.title, record.text, record.id, record.title, record.text);
      this.insertRecords(record);
      return 'updated';
    }
    const sharing = key === null ? [] : (this.stmt.findBySourceKey.all(key, record.id) as KeyHolder[]);
    if (sharing.some((old) => supersededInArchive(old, article) && isVersion(old, article))) return 'unchanged';
    const replaced = sharing.filter((old) => !this.sharedThisRun.has(old.id) && isVersion(old, article));
    for (const { id } of replaced) {
      this.deleteRecords(id);
      this.stmt.deleteArticle.run(id);
    }
    // The full-text entry is written here, not by a trigger: see migration 4 in schema.ts.
    const repeats = replaced.some((old) => repeatsIn(old, article, runId));
    const { lastInsertRowid } = this.stmt.insertArticle.run(record.id, record.title, record.text, ...meta(repeats));
    this.stmt.indexArticle.run(lastInsertRowid, record.id, record.title, record.text);
    this.insertRecords(record);
    return replaced.length ? 'updated' : 'new';
  }

  private deleteRecords(articleId: string): void {
    for (const k of RECORD_KINDS) this.stmt.deleteRecords[k].run(articleId);
  }

  private insertRecords(r: ArticleRecord): void {
    const ins = this.stmt.insertRecord;
    r.officials.forEach((o, i) => ins.officials.run(...officialRow(r.id, i, o)));
    r.regions.forEach((g, i) => ins.regions.run(...regionRow(r.id, i, g)));
    r.figures.forEach((f, i) => ins.figures.run(...figureRow(r.id, i, f)));
    r.directives.forEach((d, i) => ins.directives.run(...directiveRow(r.id, i, d)));
  }
}
