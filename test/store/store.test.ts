import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId } from '../../src/article.js';
import { RuleFileError } from '../../src/rules/errors.js';
import { openDatabase, StoreError } from '../../src/store/db.js';
import { ingest, type IngestItem } from '../../src/store/ingest.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { sourceKey, Store } from '../../src/store/store.js';
import { article, count, CTX, dumpRecordTables, fakeExtract, NOW } from './helpers.js';

const T1 = 'Алматы қаласына 8 млрд теңге бөлінді. Аида Балаева әкімдікке жұмысты жалғастыруды тапсырды.';
const T2 = 'Астана мен Қызылорда облысы арасында 3 млрд теңге жоба. Үкімет тапсырды.';
const T3 = 'Алматы мен Астана: 5 млрд теңге және 2 млрд теңге.';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-store-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const run = (items: IngestItem[], store: Store, variant = 1, extra = {}) =>
  ingest(items, store, { context: CTX, extract: fakeExtract(variant), now: NOW, inputs: ['test'], ...extra });

describe('schema and migrations', () => {
  it('a new database is migrated to the latest user_version, in WAL, with STRICT tables', () => {
    const file = path.join(dir, 'a.db');
    const store = Store.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const names = (store.db.prepare(`SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')`).all() as { name: string }[]).map((r) => r.name);
    for (const t of ['articles', 'officials', 'regions', 'figures', 'directives', 'runs', 'rejects', 'articles_fts', 'money_by_region', 'directives_by_issuer']) {
      expect(names).toContain(t);
    }
    // STRICT: a string in an INTEGER column is refused.
    expect(() => store.db.prepare(`INSERT INTO runs (started, version, rules_version, inputs) VALUES ('x', 'v', 'r', '[]')`).run()).not.toThrow();
    expect(() => store.db.prepare(`INSERT INTO rejects (run_id, source, reason, at) VALUES ('one', 's', 'r', 'a')`).run()).toThrow(/cannot store TEXT value in INTEGER column/);
    store.close();
    // Reopening applies nothing twice.
    const again = Store.open(file);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('migrates from an older user_version by applying only the missing migrations', () => {
    const file = path.join(dir, 'old.db');
    const db = new Database(file);
    db.exec(MIGRATIONS[0]!.sql);
    db.pragma('user_version = 1');
    db.close();
    const store = Store.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
  });

  it.each([
    ['a newer schema', (f: string) => { const d = new Database(f); d.pragma(`user_version = ${SCHEMA_VERSION + 1}`); d.close(); }, /newer than this derek knows/],
    ['another program\'s database', (f: string) => { const d = new Database(f); d.exec('CREATE TABLE t (x)'); d.close(); }, /not a derek database/],
    ['a file that is no database', (f: string) => fs.writeFileSync(f, 'hello, this is text and not SQLite at all '.repeat(30)), /cannot open database .*bad\.db: file is not a database/],
    ['a folder that does not exist', null, /cannot open database .*directory does not exist/],
  ] as const)('refuses %s with a clear StoreError', (_what, setup, message) => {
    const file = setup ? path.join(dir, 'bad.db') : path.join(dir, 'missing', 'x.db');
    setup?.(file);
    expect(() => openDatabase(file)).toThrow(StoreError);
    expect(() => openDatabase(file)).toThrow(message);
  });
});

describe('idempotent upsert', () => {
  it('ingesting the same inputs twice leaves the record tables byte-for-byte equal', async () => {
    const file = path.join(dir, 'x.db');
    const items = [article(T1, 'a.txt'), article(T2, 'b.txt'), article(T3, 'c.jsonl#3')];
    let store = Store.open(file);
    const first = await run(items, store);
    expect(first.articles).toMatchObject({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.records).toEqual({ officials: 1, regions: 5, figures: 4, directives: 2 });
    const before = dumpRecordTables(store);
    store.close();

    store = Store.open(file);
    const second = await run(items, store, 1, { now: () => new Date('2026-02-01T00:00:00Z') });
    expect(second.articles).toMatchObject({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(dumpRecordTables(store)).toBe(before);
    expect(count(store, 'runs')).toBe(2);
    store.close();
  });

  it('the same article twice in one run is one row', async () => {
    const store = Store.open(':memory:');
    const s = await run([article(T1, 'a.txt'), article(T1, 'copy/a.txt')], store);
    expect(s.articles).toMatchObject({ new: 1, updated: 0, unchanged: 1, rejected: 0 });
    expect(count(store, 'articles')).toBe(1);
    expect(count(store, 'figures')).toBe(1);
  });

  it('records that changed (new rules) replace the old ones: updated, nothing left over', async () => {
    const store = Store.open(':memory:');
    await run([article(T1, 'a.txt'), article(T2, 'b.txt'), article('Ешқандай сан жоқ.', 'c.txt')], store, 1);
    // Same rules version (the fake extractor changed, not the rules files): --force re-extracts.
    const s = await run([article(T1, 'a.txt'), article(T2, 'b.txt'), article('Ешқандай сан жоқ.', 'c.txt')], store, 2, { force: true });
    expect(s.articles).toMatchObject({ new: 0, updated: 2, unchanged: 1, rejected: 0 });
    const figures = store.db.prepare(`SELECT value, rule FROM figures ORDER BY value`).all();
    expect(figures).toEqual([{ value: 3e6, rule: 'test.money.v2' }, { value: 8e6, rule: 'test.money.v2' }]);
    expect(count(store, 'articles')).toBe(3);
    expect(count(store, 'regions')).toBe(3);
    expect(count(store, 'articles_fts')).toBe(3);
    expect(() => store.db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('an edited file (same source, new text) replaces its old article and records', async () => {
    const store = Store.open(':memory:');
    await run([article(T1, 'news/a.txt'), article(T2, 'news/b.txt')], store);
    const edited = `${T3} Қосымша сөйлем.`;
    const s = await run([article(edited, 'news/a.txt')], store);
    expect(s.articles).toMatchObject({ new: 0, updated: 1, unchanged: 0, rejected: 0 });
    const ids = (store.db.prepare(`SELECT id FROM articles ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual([articleId(edited), articleId(T2)].sort());
    expect(store.db.prepare(`SELECT count(*) AS n FROM officials WHERE article_id = ?`).get(articleId(T1))).toEqual({ n: 0 });
    expect(count(store, 'figures')).toBe(3);   // T2's one + the edit's two
    // The old text is gone from the search index too.
    expect(store.db.prepare(`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'балаева'`).get()).toEqual({ n: 0 });
    expect(() => store.db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('an archive id identifies an edited article; a bare JSONL line number does not', async () => {
    expect(sourceKey({ source: 'x.jsonl#4', text: '', date: null, dateFrom: null, title: null, externalId: '17' })).toBe('id:17');
    expect(sourceKey({ source: 'x.jsonl#4', text: '', date: null, dateFrom: null, title: null })).toBeNull();
    expect(sourceKey({ source: '-', text: '', date: null, dateFrom: null, title: null })).toBeNull();
    expect(sourceKey({ source: 'dir/a.txt', text: '', date: null, dateFrom: null, title: null })).toBe(`path:${path.resolve('dir/a.txt')}`);
    expect(sourceKey({ source: './dir/../dir/a.txt', text: '', date: null, dateFrom: null, title: null })).toBe(`path:${path.resolve('dir/a.txt')}`);
    const store = Store.open(':memory:');
    await run([article(T1, 'x.jsonl#1', { externalId: '17' }), article(T2, 'x.jsonl#2')], store);
    const s = await run([article(T3, 'x.jsonl#1', { externalId: '17' }), article(`${T2} Тағы.`, 'x.jsonl#2')], store);
    expect(s.articles).toMatchObject({ new: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(count(store, 'articles')).toBe(3);
  });
});

describe('rejects and runs', () => {
  it('a bad input and a failed extraction are rejects with the run id; the rest is stored', async () => {
    const store = Store.open(':memory:');
    const seen: string[] = [];
    const good = fakeExtract(1);
    const s = await ingest(
      [article(T1, 'a.txt'), { kind: 'reject', source: 'bin.dat', reason: 'binary file' }, article('BOOM', 'boom.txt'), article(T2, 'b.txt')],
      store,
      {
        context: CTX, now: NOW, batchSize: 2,
        extract: (a, ctx) => { if (a.text === 'BOOM') throw new Error('rule exploded'); return good(a, ctx); },
        onReject: (source, reason) => seen.push(`${source}: ${reason}`),
      },
    );
    expect(s.articles).toMatchObject({ new: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(seen).toEqual(['bin.dat: binary file', 'boom.txt: extraction failed: rule exploded']);
    expect(store.db.prepare(`SELECT run_id, source, reason, at FROM rejects ORDER BY id`).all()).toEqual([
      { run_id: s.run, source: 'bin.dat', reason: 'binary file', at: NOW().toISOString() },
      { run_id: s.run, source: 'boom.txt', reason: 'extraction failed: rule exploded', at: NOW().toISOString() },
    ]);
    expect(count(store, 'articles')).toBe(2);
  });

  it('writes one runs row per ingest with times, version and counts', async () => {
    const store = Store.open(':memory:');
    const s = await run([article(T1, 'a.txt'), { kind: 'reject', source: 'x', reason: 'empty' }], store);
    const row = store.db.prepare(`SELECT * FROM runs WHERE id = ?`).get(s.run) as Record<string, string | null>;
    expect(row.started).toBe('2026-01-20T10:00:00.000Z');
    expect(row.finished).toBe('2026-01-20T10:00:00.000Z');
    expect(row.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(row.rules_version).toBe(s.rulesVersion);
    expect(row.error).toBeNull();
    expect(JSON.parse(row.inputs!)).toEqual(['test']);
    expect(JSON.parse(row.counts!)).toMatchObject({ articles: s.articles, records: s.records });
    expect(store.db.prepare(`SELECT run_id FROM articles`).all()).toEqual([{ run_id: s.run }]);
  });

  it('commits whole batches and marks the run when the input fails midway', async () => {
    const store = Store.open(':memory:');
    async function* items(): AsyncGenerator<IngestItem> {
      yield article(T1, 'a.txt');
      yield article(T2, 'b.txt');
      throw new Error('disk gone');
    }
    const batches: number[] = [];
    await expect(ingest(items(), store, { context: CTX, extract: fakeExtract(), now: NOW, batchSize: 1, onBatch: (c) => batches.push(c.articles.new) }))
      .rejects.toThrow('disk gone');
    expect(batches).toEqual([1, 2]);
    expect(count(store, 'articles')).toBe(2);
    expect(store.db.prepare(`SELECT error FROM runs`).get()).toEqual({ error: 'disk gone' });
  });

  it('a broken rule file stops the run instead of rejecting every article', async () => {
    const store = Store.open(':memory:');
    const good = fakeExtract(1);
    let calls = 0;
    const extract = (a: Parameters<typeof good>[0]) => {
      if (++calls > 1) throw new RuleFileError('rules/kk/figures.yaml', 'not valid YAML');
      return good(a);
    };
    await expect(ingest([article(T1, 'a.txt'), article(T2, 'b.txt'), article(T3, 'c.txt')], store, { context: CTX, extract, now: NOW }))
      .rejects.toThrow('rules/kk/figures.yaml: not valid YAML');
    expect(count(store, 'rejects')).toBe(0);
    expect(count(store, 'articles')).toBe(1);   // what was extracted before is kept
    expect(store.db.prepare(`SELECT error FROM runs`).get()).toEqual({ error: 'rules/kk/figures.yaml: not valid YAML' });
  });
});

describe('views and search', () => {
  it('money_by_region sums money figures per region of their article; directives_by_issuer counts', async () => {
    const store = Store.open(':memory:');
    await run([article(T1, 'a.txt'), article(T2, 'b.txt'), article(T3, 'c.txt')], store);
    expect(store.db.prepare(`SELECT region, unit, figures, articles, total FROM money_by_region ORDER BY region`).all()).toEqual([
      { region: 'KZ-43', unit: 'KZT', figures: 1, articles: 1, total: 3e9 },
      { region: 'KZ-71', unit: 'KZT', figures: 3, articles: 2, total: 10e9 },
      { region: 'KZ-75', unit: 'KZT', figures: 3, articles: 2, total: 15e9 },
    ]);
    expect(store.db.prepare(`SELECT issuer, directives, instructions, "references", articles FROM directives_by_issuer ORDER BY issuer`).all()).toEqual([
      { issuer: null, directives: 1, instructions: 1, references: 0, articles: 1 },
      { issuer: 'Аида Балаева', directives: 1, instructions: 1, references: 0, articles: 1 },
    ]);
  });

  it('round-trips contract fields (JSON arrays, booleans, nulls)', async () => {
    const store = Store.open(':memory:');
    await run([article(T1, 'a.txt')], store);
    expect(store.db.prepare(`SELECT person, person_id, surface, start, end, mentions FROM officials`).get()).toEqual({
      person: 'Аида Балаева', person_id: 'balayeva', surface: 'Аида Балаева', start: T1.indexOf('Аида'), end: T1.indexOf('Аида') + 12,
      mentions: JSON.stringify([{ surface: 'Аида Балаева', start: T1.indexOf('Аида'), end: T1.indexOf('Аида') + 12, sentence: 0 }]),
    });
    const d = store.db.prepare(`SELECT addressees, reference, deadline FROM directives`).get() as { addressees: string; reference: number; deadline: null };
    expect(JSON.parse(d.addressees)).toEqual(['әкімдікке']);
    expect(d.reference).toBe(0);
    expect(d.deadline).toBeNull();
  });

  it.each([
    ['алматы', 2],            // case-folded Cyrillic
    ['ҚЫЗЫЛОРДА', 1],         // Kazakh letters fold too
    ['теңге', 3],
    ['тапсыр*', 2],           // a prefix catches Kazakh endings
    ['"8 млрд"', 1],
    ['балаева AND астана', 0],
  ])('FTS finds %s in %i articles', async (query, n) => {
    const store = Store.open(':memory:');
    await run([article(T1, 'a.txt'), article(T2, 'b.txt'), article(T3, 'c.txt')], store);
    const rows = store.db.prepare(
      `SELECT a.id FROM articles_fts JOIN articles AS a ON a.num = articles_fts.rowid WHERE articles_fts MATCH ?`).all(query);
    expect(rows).toHaveLength(n);
    // The README's form: the id is readable from the index itself.
    const ids = store.db.prepare(`SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY id`).all(query);
    expect(ids).toEqual([...rows].sort((x, y) => ((x as { id: string }).id < (y as { id: string }).id ? -1 : 1)));
  });
});

describe('full-text index written by the writer (no insert trigger)', () => {
  // integrity-check with rank 1 also compares the index with the articles table (external content).
  const checkIndex = (store: Store) => store.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`);
  const found = (store: Store, query: string) =>
    (store.db.prepare(`SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY id`).all(query) as { id: string }[]).map((r) => r.id);
  /** Counts the writes of title or text to articles (each one rewrites the article's index entry). */
  const countTitleTextWrites = (store: Store) => {
    store.db.exec(`CREATE TEMP TABLE fired (id TEXT);
      CREATE TEMP TRIGGER count_title_text AFTER UPDATE OF title, text ON main.articles BEGIN INSERT INTO fired VALUES (new.id); END;`);
    return () => count(store, 'temp.fired');
  };

  it('new, updated and replaced articles are all in the index, and only they', async () => {
    const store = Store.open(':memory:');
    expect(store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all())
      .toEqual(['articles_fts_delete', 'articles_fts_update']);
    await run([article(T1, 'news/a.txt'), article(T2, 'news/b.txt', { title: 'Жоба' })], store);
    await run([article(T1, 'news/a.txt'), article(T2, 'news/b.txt', { title: 'Жаңа жоба' })], store, 2, { force: true });
    await run([article(T3, 'news/a.txt')], store); // the edited file replaces T1
    expect(() => checkIndex(store)).not.toThrow();
    expect(found(store, 'балаева')).toEqual([]);
    expect(found(store, 'жаңа')).toEqual([articleId(T2)]);
    expect(found(store, 'теңге')).toEqual([articleId(T2), articleId(T3)].sort());
  });

  it('an updated article whose title and text are unchanged keeps its index entry (not written again)', async () => {
    const store = Store.open(':memory:');
    await run([article(T1, 'a.txt', { title: 'Тақырып' }), article(T2, 'b.txt')], store);
    const writes = countTitleTextWrites(store);
    const s = await run([article(T1, 'a.txt', { title: 'Тақырып' }), article(T2, 'b.txt')], store, 2, { force: true });
    expect(s.articles).toMatchObject({ updated: 2 });
    expect(writes()).toBe(0);
    // A new title is written, and the index follows it.
    await run([article(T1, 'a.txt', { title: 'Басқа тақырып' })], store, 2);
    expect(writes()).toBe(1);
    expect(found(store, 'басқа')).toEqual([articleId(T1)]);
    expect(() => checkIndex(store)).not.toThrow();
  });

  it('the same article with other line ends (same id, other text) gets its text and index entry rewritten', async () => {
    const store = Store.open(':memory:');
    const crlf = 'Алматы қаласына\r\n8 млрд теңге бөлінді.';
    await run([article(crlf.replace(/\r\n/g, '\n'), 'a.txt')], store);
    const s = await run([article(crlf, 'a.txt')], store, 1, { force: true }); // offsets moved: other records
    expect(s.articles).toMatchObject({ updated: 1 });
    expect(store.db.prepare(`SELECT text FROM articles`).pluck().get()).toBe(crlf);
    expect(() => checkIndex(store)).not.toThrow();
  });

  it('a database of schema 3 loses its insert trigger when opened; what it indexed stays searchable', async () => {
    const file = path.join(dir, 'v3.db');
    const db = new Database(file);
    for (const m of MIGRATIONS.slice(0, 3)) db.exec(m.sql);
    db.pragma('user_version = 3');
    db.exec(`INSERT INTO runs (started, version, rules_version, inputs) VALUES ('x', '0', 'r', '[]')`);
    db.prepare(`INSERT INTO articles (id, source, lang, script, lang_score, text, records_hash, rules_version, extracted_at, run_id)
      VALUES ('old', 'old.txt', 'kk', 'Cyrl', 1, 'Түркістан облысы', 'h', 'r', 'x', 1)`).run();
    db.close();
    const store = Store.open(file);
    expect(store.db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts_insert'`).pluck().get()).toBe(0);
    await run([article(T1, 'a.txt')], store);
    expect(found(store, 'түркістан')).toEqual(['old']);
    expect(found(store, 'балаева')).toEqual([articleId(T1)]);
    expect(() => checkIndex(store)).not.toThrow();
    store.close();
  });
});
