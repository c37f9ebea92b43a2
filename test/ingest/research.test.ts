// Shards merged equal one unsharded run; export, stats and the views give researchers the records.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, exportColumns, exportRows } from '../../src/store/export.js';
import { ingest, type IngestItem } from '../../src/store/ingest.js';
import { mergeShards } from '../../src/store/merge.js';
import { collectStats } from '../../src/store/stats.js';
import { Store } from '../../src/store/store.js';
import { article, CTX, fakeExtract, NOW } from '../store/helpers.js';
import { recordContent } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-research-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PHRASES = ['Алматы қаласына {n} млрд теңге бөлінді.', 'Аида Балаева әкімдікке жұмысты жалғастыруды тапсырды.',
  'Астана мен Қызылорда облысы арасында {n} млрд теңге жоба.', 'Үкімет тапсырды.', 'Жаңалық {n}.'];
function corpus(n: number): IngestItem[] {
  return Array.from({ length: n }, (_, i) => {
    const text = [PHRASES[i % 5], PHRASES[(i + 1) % 5], PHRASES[4]].join(' ').replaceAll('{n}', String(i + 1));
    const month = 1 + (i % 3);
    return article(text, `a${i}.txt`, { date: `2026-0${month}-1${i % 10}`, externalId: `x${i}` });
  });
}
const run = (store: Store, items: IngestItem[], extra = {}) => ingest(items, store, { context: CTX, now: NOW, extract: fakeExtract(1), ...extra });

describe('derek merge', () => {
  it('three shards merged equal one unsharded run; merging again changes nothing', async () => {
    const items = corpus(30);
    const whole = Store.open(path.join(dir, 'whole.db'));
    await run(whole, [...items, { kind: 'reject', source: 'bad.txt', reason: 'binary file' }]);
    const files = [1, 2, 3].map((k) => path.join(dir, `shard${k}.db`));
    const sizes = [];
    for (const [i, f] of files.entries()) {
      const s = Store.open(f);
      const summary = await run(s, [...items, { kind: 'reject', source: 'bad.txt', reason: 'binary file' }], { shard: { k: i + 1, n: 3 } });
      sizes.push(summary.articles.new);
      s.close();
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(30);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    const out = Store.open(path.join(dir, 'merged.db'));
    expect(mergeShards(out, files, NOW)).toEqual({ shards: 3, copied: 30, unchanged: 0, rejects: 1, superseded: 0 });
    expect(recordContent(out)).toBe(recordContent(whole));
    const before = recordContent(out);
    expect(mergeShards(out, files, NOW)).toEqual({ shards: 3, copied: 0, unchanged: 30, rejects: 0, superseded: 0 });
    expect(recordContent(out)).toBe(before);
    expect(out.db.prepare(`SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'балаева'`).get()).toEqual({ n: 12 });
    expect(() => out.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow(); // rank 1: the index against the articles
    out.close();
    whole.close();
  });

  it('a merge that fails on a shard keeps the shards before it and says why in its runs row; a current shard is not written', async () => {
    const good = path.join(dir, 'good.db');
    const s = Store.open(good);
    await run(s, corpus(4));
    s.close();
    const before = fs.statSync(good).mtimeMs;
    const out = Store.open(path.join(dir, 'out.db'));
    expect(() => mergeShards(out, [good, path.join(dir, 'missing.db')], NOW)).toThrow(/missing\.db: no such database/);
    expect(out.db.prepare(`SELECT count(*) AS n FROM articles`).get()).toEqual({ n: 4 });
    const row = out.db.prepare(`SELECT finished, error, counts FROM runs ORDER BY id DESC LIMIT 1`).get() as { finished: string | null; error: string; counts: string };
    expect(row.finished).not.toBeNull();
    expect(row.error).toMatch(/missing\.db: no such database/);
    expect(JSON.parse(row.counts)).toMatchObject({ shards: 1, copied: 4 });
    expect(fs.statSync(good).mtimeMs).toBe(before);
    out.close();
  });

  it('a shard it cannot read (a table missing) is named in the error, not the output', async () => {
    const bad = path.join(dir, 'bad.db');
    const s = Store.open(bad);
    await run(s, corpus(2));
    s.db.exec(`DROP TABLE figures`);
    s.close();
    const out = Store.open(path.join(dir, 'out2.db'));
    expect(() => mergeShards(out, [bad], NOW)).toThrow(new RegExp(`^cannot merge ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no such table: shard\\.figures`));
    out.close();
  });

  it('a newer version of an article in a shard replaces the one in out', async () => {
    const out = Store.open(':memory:');
    await run(out, corpus(3));
    const f = path.join(dir, 'v2.db');
    const s = Store.open(f);
    await ingest(corpus(3), s, { context: CTX, now: NOW, extract: fakeExtract(2) });
    s.close();
    expect(mergeShards(out, [f], NOW)).toMatchObject({ copied: 3, unchanged: 0 });   // each has a money figure: other records
    expect(out.db.prepare(`SELECT DISTINCT rule FROM figures`).all()).toEqual([{ rule: 'test.money.v2' }]);
  });
});

describe('export, stats and views', () => {
  const store = Store.open(':memory:');
  const ready = run(store, corpus(12));

  it('exports figures with the article date, language and source; filters by region and dates', async () => {
    await ready;
    expect(exportColumns('figures').slice(0, 5)).toEqual(['article_id', 'date', 'lang', 'source', 'seq']);
    const all = [...exportRows(store.db, 'figures')];
    expect(all).toHaveLength(10);
    expect(all[0]).toMatchObject({ date: '2026-01-10', lang: 'kk', source: 'a0.txt', kind: 'money', unit: 'KZT' });
    const qyzylorda = [...exportRows(store.db, 'figures', { region: 'KZ-43' })];
    expect(qyzylorda.length).toBeGreaterThan(0);
    expect(qyzylorda.length).toBeLessThan(all.length);
    const byName = [...exportRows(store.db, 'figures', { region: 'Қызылорда облысы' })];
    expect(byName).toEqual(qyzylorda);
    const feb = [...exportRows(store.db, 'figures', { from: '2026-02-01', to: '2026-02-28' })];
    expect(feb.length).toBeGreaterThan(0);
    expect(feb.every((r) => String(r.date).startsWith('2026-02'))).toBe(true);
    expect([...exportRows(store.db, 'figures', { lang: 'ru' })]).toEqual([]);
    const directives = [...exportRows(store.db, 'directives')];
    expect(directives[0]).toMatchObject({ addressees: ['әкімдікке'], reference: false });
  });

  it.each([
    ['plain', 'plain'], [null, ''], [3.5, '3.5'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
    [['a', 'b'], '"[""a"",""b""]"'],
  ])('CSV field %j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('stats count by kind, language, month and region', async () => {
    await ready;
    const s = collectStats(store.db);
    expect(s.kinds).toMatchObject({ articles: 12, figures: 10, rejects: 0 });
    expect(s.languages).toEqual([{ lang: 'kk', articles: 12 }]);
    expect(s.months.map((m) => [m.month, m.articles])).toEqual([['2026-01', 4], ['2026-02', 4], ['2026-03', 4]]);
    expect(s.months.reduce((a, m) => a + m.figures, 0)).toBe(10);
    expect(s.regions[0]).toMatchObject({ code: expect.stringMatching(/^KZ-/) });
  });

  it('officials_by_role counts officials, people and articles per role', async () => {
    await ready;
    expect(store.db.prepare(`SELECT role, officials, people, articles, first_date, last_date FROM officials_by_role`).all()).toEqual([
      { role: 'minister', officials: 6, people: 1, articles: 6, first_date: '2026-01-10', last_date: '2026-03-15' },
    ]);
  });
});
