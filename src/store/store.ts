// Writing extracted articles: one transaction per batch, an idempotent upsert per article.
//   same id, same records hash            → unchanged (only rules_version and input_hash refreshed)
//   same id, other records hash           → updated   (article row and its records rewritten)
//   new id, its source_key stored already → updated   (an edited article: its older versions replaced;
//                                                      see isVersion() for which are kept)
//   else                                  → new
// Within one archive file the last record of an article is its version: an earlier line read again
// by a later run is passed over when the later line was read first (run-state.ts).
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Article } from '../article.js';
import type { ArticleRecord, RecordKind } from '../types.js';
import { RECORD_KINDS } from '../types.js';
import { openDatabase, type DB, type OpenOptions } from './db.js';
import { recordsHash } from './hash.js';
import { directiveRow, figureRow, insertSql, officialRow, regionRow } from './rows.js';
import { RunState } from './run-state.js';
import { archiveOf, TextVersions } from './versions.js';

export type Outcome = 'new' | 'updated' | 'unchanged';

export type BatchItem =
  /** `seq`: the input's position in the run (tests may leave it out). */
  | { kind: 'article'; article: Article; record: ArticleRecord; inputHash?: string; lineHash?: string; seq?: number }
  | { kind: 'reject'; source: string; reason: string }
  /** An article found unchanged by id: only its line hash is recorded (for the next run's fast path). */
  | { kind: 'touch'; id: string; lineHash: string };

type ArticleItem = Extract<BatchItem, { kind: 'article' }>;

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

/** An article's source key and archive; read back by --stale, as stored (its source may be relative
 *  to another folder). */
const keyOf = (a: Article) => (a.stored ? a.stored.sourceKey : sourceKey(a));
const archiveOfArticle = (a: Article) => (a.stored ? a.stored.archive : archiveOf(a.source));

/** A row found by a JSON Lines record's line hash. */
interface KnownLine { id: string; source: string; source_key: string | null; archive: string | null }

/** What a stored article says of the input that stored it. */
export interface StoredInput { rules_version: string; input_hash: string | null; source_key: string | null; archive: string | null }

/** A stored article with the incoming one's source key. */
interface KeyHolder { id: string; source: string; source_key: string; archive: string | null; text: string }

/** Stored articles with another archive's key compared per new article: per-file ids (1..N in every
 *  file) give one such article per file, and only the latest can be an edit the archive re-sends. */
const OTHER_ARCHIVE_HOLDERS = 4;

/**
 * Whether a stored article with the same source key is an older version of `article` (to be
 * replaced) rather than another article reusing the key (to be kept). A file path names one
 * document: what it holds now replaces what it held. So does an archive id within one archive file.
 * Across archives (or from stdin) an archive id or url is trusted only with a text that is a
 * version of the stored one: archives that number their records 1..N in every file reuse ids.
 */
function isVersion(old: KeyHolder, archive: string | null, text: TextVersions): boolean {
  if (old.source_key.startsWith('path:')) return true;
  if (old.source_key.startsWith('id:') && archive !== null && old.archive === archive) return true;
  return text.isVersionOf(old.text);
}

export class Store {
  readonly db: DB;
  readonly file: string;
  private readonly stmt: {
    findById: Stmt; lookup: Stmt; lookupLine: Stmt; touch: Stmt; setLine: Stmt; holdersInArchive: Stmt; holdersElsewhere: Stmt; holdersAny: Stmt;
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
      findById: db.prepare(`SELECT records_hash, rules_version, input_hash, source_key, source, archive, lang_hint FROM articles WHERE id = ?`),
      lookup: db.prepare(`SELECT rules_version, input_hash, source_key, archive FROM articles WHERE id = ?`),
      // Arrays, not objects: an unchanged re-run makes this lookup for every line.
      lookupLine: db.prepare(`SELECT id, source, source_key, archive FROM articles WHERE line_hash = ? AND rules_version = ? LIMIT 1`).raw(),
      setLine: db.prepare(`UPDATE articles SET line_hash = ? WHERE id = ?`),
      touch: db.prepare(`UPDATE articles SET rules_version = ?, input_hash = ?, line_hash = coalesce(?, line_hash), lang_hint = ? WHERE id = ?`),
      holdersInArchive: db.prepare(`${holder} WHERE source_key = ? AND archive = ? AND id <> ?`),
      holdersElsewhere: db.prepare(`${holder} WHERE source_key = ? AND archive IS NOT ? AND id <> ? ORDER BY num DESC LIMIT ${OTHER_ARCHIVE_HOLDERS}`),
      holdersAny: db.prepare(`${holder} WHERE source_key = ? AND id <> ? ORDER BY num DESC LIMIT ${OTHER_ARCHIVE_HOLDERS}`),
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

  /** The article `id` was found stored (`stored`) when `article` was read at input position `seq`
   *  (skipped, or extracted again). */
  noteStored(id: string, stored: StoredInput, article: Article, seq: number, pending = true): void {
    const key = keyOf(article);
    const archive = archiveOfArticle(article);
    if (pending) this.run.meet(id, seq, key, archive);
    if (stored.source_key !== key || stored.archive !== archive) this.run.coHeld.add(id);
  }

  /** The id of the article stored from this JSON Lines record (line hash) with these rules, if any. */
  knownLine(lineHash: string, rulesVersion: string): string | null {
    const raw = this.stmt.lookupLine.get(lineHash, rulesVersion) as [string, string, string | null, string | null] | undefined;
    if (!raw) return null;
    const [id, source, key, archive] = raw;
    this.known.set(id, { id, source, source_key: key, archive });
    return id;
  }
  /** The rows knownLine found, until noteKnownLine reads them (as many as records read ahead). */
  private readonly known = new Map<string, KnownLine>();

  /** The JSON Lines record `source` at position `seq` was recognized as the stored article `id`. */
  noteKnownLine(id: string, source: string, seq: number, pending = true): void {
    const row = this.known.get(id);
    this.known.delete(id);
    const archive = archiveOf(source);
    // A line hash is only stored by a record with the row's source key (see upsert), so a record
    // with those bytes has that key; from another place it is another input holding the article.
    if (pending) this.run.meet(id, seq, row ? row.source_key : undefined, archive);
    // In the archive that stored it (on whatever line now) it is that record; elsewhere, a copy.
    if (!row || row.archive !== archive) this.run.coHeld.add(id);
  }

  /** The article `id` is in the inputs at position `seq` but outside --since or --shard: the archive
   *  holds it (an earlier record with its source key must not replace it). */
  noteFiltered(id: string, article: Article, seq: number): void {
    this.run.meet(id, seq, keyOf(article), archiveOfArticle(article));
  }

  /** Every input up to position `seq` is written (or skipped): what they met is needed no more. */
  forgetUpTo(seq: number): void {
    this.run.forgetUpTo(seq);
  }

  /** How many articles this run remembers meeting (bounded by the read-ahead; tests watch it). */
  get remembered(): number {
    return this.run.remembered;
  }

  /** Writes a batch in one transaction; returns each article's outcome in order (null for rejects and touches). */
  writeBatch(runId: number, items: readonly BatchItem[], rulesVersion: string, at: string): (Outcome | null)[] {
    const outcomes = this.db.transaction(() => items.map((item) => {
      if (item.kind === 'reject') {
        this.stmt.insertReject.run(runId, item.source, item.reason, at);
        return null;
      }
      if (item.kind === 'touch') {
        this.stmt.setLine.run(item.lineHash, item.id);
        return null;
      }
      return this.upsert(runId, item, rulesVersion, at);
    })).immediate();
    // Every input up to the batch's last article is written: no write still to come needs what they met.
    const last = items.reduce((m, it) => (it.kind === 'article' && it.seq !== undefined ? Math.max(m, it.seq) : m), -1);
    if (last >= 0) this.run.forgetUpTo(last);
    return outcomes;
  }

  private upsert(runId: number, item: ArticleItem, rulesVersion: string, at: string): Outcome {
    const { article, record } = item;
    const seq = item.seq ?? 0;
    const input = item.inputHash ?? null;
    const line = item.lineHash ?? null;
    const hash = recordsHash(record);
    const key = keyOf(article);
    const archive = archiveOfArticle(article);
    const meta = [record.source, key, archive, article.externalId ?? null, article.url ?? null, record.date, article.dateFrom,
      record.lang, record.script, record.langScore, hash, rulesVersion, at, runId, input, line, article.langHint ?? null];
    const stored = this.stmt.findById.get(record.id) as (StoredInput & { records_hash: string; source: string; lang_hint: string | null }) | undefined;
    if (stored) {
      // A later line of this archive with the same text was read first: it is the article's version.
      if (this.run.metLaterInArchive(record.id, seq, archive)) return 'unchanged';
      this.run.meet(record.id, seq, key, archive);
      if (stored.source_key !== key || stored.archive !== archive) this.run.coHeld.add(record.id);
      if (stored.records_hash === hash) {
        // Same records: only remember that these rules (and this input) made them, so the next run
        // skips it. Another record holding the same text under another key (a copy, a second id)
        // leaves the input and line hash to the row's own: written by turns, they flipped every run.
        const own = stored.source_key === key;
        if (stored.rules_version !== rulesVersion || (own && ((input !== null && stored.input_hash !== input) || line !== null))) {
          this.stmt.touch.run(rulesVersion, own ? input ?? stored.input_hash : stored.input_hash, own ? line : null, own ? article.langHint ?? null : stored.lang_hint, record.id);
        }
        return 'unchanged';
      }
      this.deleteRecords(record.id);
      this.stmt.updateArticle.run(...meta, record.id);
      // Same id, same text once normalized: the text itself (line ends, NFC) and the title may differ.
      this.stmt.updateTitleText.run(record.title, record.text, record.id, record.title, record.text);
      this.insertRecords(record);
      return 'updated';
    }
    const text = new TextVersions(article.text);
    const versions = this.holders(key, archive, record.id).filter((h) => isVersion(h, archive, text));
    // A later input with the same source key still holds a version: this record is not the last one.
    if (versions.some((h) => this.run.metLaterWithKey(h.id, seq, key))) return 'unchanged';
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
    // From stdin (no archive): the latest holders wherever they came from, stdin included.
    if (archive === null) return this.stmt.holdersAny.all(key, id) as KeyHolder[];
    const inArchive = this.stmt.holdersInArchive.all(key, archive, id) as KeyHolder[];
    return [...inArchive, ...(this.stmt.holdersElsewhere.all(key, archive, id) as KeyHolder[])];
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
