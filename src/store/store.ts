// Writing extracted articles: one transaction per batch, an idempotent upsert per article.
//   same id, same records hash            → unchanged (only rules_version and input_hash refreshed)
//   same id, other records hash           → updated   (article row and its records rewritten)
//   new id, its source_key stored already → updated   (an edited article: its older versions replaced;
//                                                      see replaceable() for which are kept)
//   else                                  → new
// Within one archive file the last record of an article is its version: an earlier line met again
// waits for the later one (run-state.ts) and is passed over when it comes.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Article } from '../article.js';
import type { ArticleRecord, RecordKind } from '../types.js';
import { RECORD_KINDS } from '../types.js';
import { openDatabase, type DB, type OpenOptions } from './db.js';
import { recordsHash } from './hash.js';
import { directiveRow, figureRow, insertSql, officialRow, regionRow } from './rows.js';
import { RunState, type ArticleItem } from './run-state.js';
import { archiveOf, lineOf, sameArticle } from './versions.js';

export type Outcome = 'new' | 'updated' | 'unchanged';

export type BatchItem =
  /** `seq`: the input's position in the run (what waits for what; tests may leave it out). */
  | { kind: 'article'; article: Article; record: ArticleRecord; inputHash?: string; lineHash?: string; seq?: number }
  | { kind: 'reject'; source: string; reason: string }
  /** An article found unchanged by id: its line hash is recorded (for the next run's fast path), with
   *  the input it came from (the line hash and the source always name the same input). */
  | { kind: 'touch'; id: string; lineHash: string; article: Article };

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

/** What a stored article says of the input that stored it. */
export interface StoredInput { rules_version: string; input_hash: string | null; source_key: string | null; archive: string | null }

/** A stored article with the incoming one's source key. */
interface KeyHolder { id: string; source: string; source_key: string; archive: string | null; text: string }

/** Stored articles with another archive's key looked at per new article: per-file ids (1..N in every
 *  file) give one such article per file, and only the latest can be an edit the archive re-sends. */
const OTHER_ARCHIVE_HOLDERS = 8;

/**
 * Whether a stored article with the same source key is an older version of `article` (to be
 * replaced) rather than another article reusing the key (to be kept). A file path names one
 * document: what it holds now replaces what it held. So does an archive id within one archive file.
 * Across archives (or from stdin) an archive id or url is trusted only with a text that is a
 * version of the stored one: archives that number their records 1..N in every file reuse ids.
 */
function isVersion(old: KeyHolder, article: Article, archive: string | null): boolean {
  if (old.source_key.startsWith('path:')) return true;
  if (old.source_key.startsWith('id:') && archive !== null && old.archive === archive) return true;
  return sameArticle(old.text, article.text);
}

/** Stored from a later line of the archive `article` comes from. */
function laterLineOf(owner: { source: string; archive: string | null }, article: Article, archive: string | null): boolean {
  return archive !== null && owner.archive === archive && lineOf(owner.source) > lineOf(article.source);
}

export class Store {
  readonly db: DB;
  readonly file: string;
  private readonly stmt: {
    findById: Stmt; lookup: Stmt; lookupLine: Stmt; touch: Stmt; setOwner: Stmt; holdersInArchive: Stmt; holdersElsewhere: Stmt;
    insertArticle: Stmt; indexArticle: Stmt; updateArticle: Stmt; updateTitleText: Stmt; deleteArticle: Stmt;
    deleteRecords: Record<RecordKind, Stmt>; insertRecord: Record<RecordKind, Stmt>;
    insertReject: Stmt; startRun: Stmt; finishRun: Stmt;
  };
  private run = new RunState();

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
    const metaCols = `source, source_key, archive, external_id, url, date, date_from, lang, script, lang_score,
      records_hash, rules_version, extracted_at, run_id, input_hash, line_hash, lang_hint`;
    const marks = (cols: string) => cols.split(',').map(() => '?').join(', ');
    const holder = `SELECT id, source, source_key, archive, text FROM articles`;
    this.stmt = {
      findById: db.prepare(`SELECT records_hash, rules_version, input_hash, source_key, source, archive FROM articles WHERE id = ?`),
      lookup: db.prepare(`SELECT rules_version, input_hash, source_key, archive FROM articles WHERE id = ?`),
      lookupLine: db.prepare(`SELECT id FROM articles WHERE line_hash = ? AND rules_version = ? LIMIT 1`).pluck(),
      // The line hash and the source always name the same input: the one that last met the article.
      setOwner: db.prepare(`UPDATE articles SET line_hash = ?, source = ?, source_key = ?, archive = ? WHERE id = ?`),
      touch: db.prepare(`UPDATE articles SET rules_version = ?, input_hash = ?, lang_hint = ? WHERE id = ?`),
      holdersInArchive: db.prepare(`${holder} WHERE source_key = ? AND archive = ? AND id <> ?`),
      holdersElsewhere: db.prepare(`${holder} WHERE source_key = ? AND archive IS NOT ? AND id <> ? ORDER BY num DESC LIMIT ${OTHER_ARCHIVE_HOLDERS}`),
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
    this.run = new RunState();
    return Number(this.stmt.startRun.run(run.started, run.version, run.rulesVersion, JSON.stringify(run.inputs)).lastInsertRowid);
  }

  finishRun(runId: number, finished: string, counts: unknown, error: string | null = null): void {
    this.stmt.finishRun.run(finished, JSON.stringify(counts), error, runId);
  }

  /** What is stored for an article id: what decides whether it can be skipped without extraction. */
  lookup(id: string): StoredInput | undefined {
    return this.stmt.lookup.get(id) as StoredInput | undefined;
  }

  /** The article `id` was found stored (`stored`) when `article` was read at input position `seq`,
   *  and is skipped. */
  noteSkipped(id: string, stored: StoredInput, article: Article, seq: number): void {
    this.run.confirm(id, seq);
    if (stored.source_key !== sourceKey(article) || stored.archive !== archiveOf(article.source)) this.run.coHeld.add(id);
  }

  /** The id of the article stored from this JSON Lines record (line hash) with these rules, if any. */
  knownLine(lineHash: string, rulesVersion: string): string | null {
    return (this.stmt.lookupLine.get(lineHash, rulesVersion) as string | undefined) ?? null;
  }

  /** The article `id` is in the inputs at position `seq`, and is not written from there: a JSON Lines
   *  record recognized by its line hash, or an article outside --since or --shard (the archive holds
   *  it: an earlier record of its archive id must not replace it). */
  noteMet(id: string, seq: number): void {
    this.run.confirm(id, seq);
  }

  /** Writes a batch in one transaction; returns each article's outcome in order (null for rejects,
   *  touches, and records that wait for a later line of their archive). */
  writeBatch(runId: number, items: readonly BatchItem[], rulesVersion: string, at: string): (Outcome | null)[] {
    const outcomes = this.db.transaction(() => items.map((item) => {
      if (item.kind === 'reject') {
        this.stmt.insertReject.run(runId, item.source, item.reason, at);
        return null;
      }
      if (item.kind === 'touch') {
        const a = item.article;
        this.stmt.setOwner.run(item.lineHash, a.source, sourceKey(a), archiveOf(a.source), item.id);
        return null;
      }
      return this.upsert(runId, item, rulesVersion, at, true);
    })).immediate();
    // Every input up to the batch's last is written: no write still to come needs what they confirmed.
    const last = items.reduce((m, it) => (it.kind === 'article' && it.seq !== undefined ? Math.max(m, it.seq) : m), -1);
    if (last >= 0) this.run.forgetUpTo(last);
    return outcomes;
  }

  /**
   * The end of a run: records that waited for a later line of their archive which never came (the
   * archive was exported again in another order) are written now, in input order. Returns their
   * outcomes, and how many waiting records were passed over because their later line came.
   */
  settleRun(runId: number, rulesVersion: string, at: string): { outcomes: Outcome[]; passedOver: number } {
    const waiting = this.run.takeWaiting();
    const outcomes = waiting.length
      ? this.db.transaction(() => waiting.map((item) => this.upsert(runId, item, rulesVersion, at, false)!)).immediate()
      : [];
    return { outcomes, passedOver: this.run.passedOver };
  }

  /** `mayWait`: an earlier line of an archive whose later line holds the article waits for that line. */
  private upsert(runId: number, item: ArticleItem, rulesVersion: string, at: string, mayWait: boolean): Outcome | null {
    const { article, record } = item;
    const seq = item.seq ?? 0;
    const input = item.inputHash ?? null;
    const line = item.lineHash ?? null;
    const hash = recordsHash(record);
    const key = sourceKey(article);
    const archive = archiveOf(article.source);
    const meta = [record.source, key, archive, article.externalId ?? null, article.url ?? null, record.date, article.dateFrom,
      record.lang, record.script, record.langScore, hash, rulesVersion, at, runId, input, line, article.langHint ?? null];
    const stored = this.stmt.findById.get(record.id) as (StoredInput & { records_hash: string; source: string }) | undefined;
    if (stored) {
      if (mayWait && laterLineOf(stored, article, archive)) return this.waitFor(record.id, item);
      this.run.confirm(record.id, seq);
      if (stored.source_key !== key || stored.archive !== archive) this.run.coHeld.add(record.id);
      if (stored.records_hash === hash) {
        // Same records: only remember that these rules (and this input) made them, so the next run skips it.
        if (stored.rules_version !== rulesVersion || (input !== null && stored.input_hash !== input)) {
          this.stmt.touch.run(rulesVersion, input ?? stored.input_hash, article.langHint ?? null, record.id);
        }
        if (line !== null) this.stmt.setOwner.run(line, record.source, key, archive, record.id);
        return 'unchanged';
      }
      this.deleteRecords(record.id);
      this.stmt.updateArticle.run(...meta, record.id);
      // Same id, same text once normalized: the text itself (line ends, NFC) and the title may differ.
      this.stmt.updateTitleText.run(record.title, record.text, record.id, record.title, record.text);
      this.insertRecords(record);
      return 'updated';
    }
    const versions = this.holders(key, archive, record.id).filter((h) => isVersion(h, article, archive));
    const later = mayWait ? versions.find((h) => laterLineOf(h, article, archive)) : undefined;
    if (later) return this.waitFor(later.id, item);
    // An older version that another input of this run holds stays (two copies: one was edited).
    const replaced = versions.filter((h) => !this.run.coHeld.has(h.id));
    for (const { id } of replaced) {
      this.deleteRecords(id);
      this.stmt.deleteArticle.run(id);
    }
    // The full-text entry is written here, not by a trigger: see migration 4 in schema.ts.
    const { lastInsertRowid } = this.stmt.insertArticle.run(record.id, record.title, record.text, ...meta);
    this.stmt.indexArticle.run(lastInsertRowid, record.id, record.title, record.text);
    this.insertRecords(record);
    return replaced.length ? 'updated' : 'new';
  }

  /** Stored articles with this source key: those of the same archive, and the latest few of others. */
  private holders(key: string | null, archive: string | null, id: string): KeyHolder[] {
    if (key === null) return [];
    const inArchive = archive === null ? [] : (this.stmt.holdersInArchive.all(key, archive, id) as KeyHolder[]);
    return [...inArchive, ...(this.stmt.holdersElsewhere.all(key, archive, id) as KeyHolder[])];
  }

  /** A record whose article a later line of its archive holds: passed over when that line was met
   *  after it, else it waits for that line (settleRun writes it if the line never comes). */
  private waitFor(ownerId: string, item: ArticleItem): Outcome | null {
    if (this.run.confirmedAfter(ownerId, item.seq ?? 0)) return 'unchanged';
    this.run.wait(ownerId, item);
    return null;
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
