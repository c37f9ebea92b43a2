// Incremental ingest: what is stored with the same rules and input is skipped without extraction;
// --force, --since, --stale and --shard decide what is extracted again.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.js';
import { articleId } from '../../src/article.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readIngestInputs } from '../../src/input/read.js';
import { ingest, type IngestItem, type IngestOptions } from '../../src/store/ingest.js';
import { inShard, parseShard } from '../../src/store/shard.js';
import { countStale, staleItems } from '../../src/store/stale.js';
import { Store } from '../../src/store/store.js';
import { article, count, CTX, fakeExtract, NOW } from '../store/helpers.js';
import { recordContent } from './helpers.js';

const TEXTS = [
  'Алматы қаласына 8 млрд теңге бөлінді. Аида Балаева әкімдікке жұмысты жалғастыруды тапсырды.',
  'Астана мен Қызылорда облысы арасында 3 млрд теңге жоба. Үкімет тапсырды.',
  'Алматы мен Астана: 5 млрд теңге және 2 млрд теңге.',
  'Қызылорда облысында 4 млрд теңге.',
];
const items = (): IngestItem[] => TEXTS.map((t, i) => article(t, `n${i}.txt`, { date: `2026-01-1${i}` }));

/** Runs ingest with a fake extractor that counts its calls. */
async function run(store: Store, input: IngestItem[] | Iterable<IngestItem>, extra: Partial<IngestOptions> = {}) {
  const fake = fakeExtract(1);
  const seen: string[] = [];
  const summary = await ingest(input, store, {
    context: CTX, now: NOW, extract: (a: Article) => { seen.push(a.source); return fake(a); }, ...extra,
  });
  return { summary, seen };
}

describe('incremental ingest', () => {
  it('skips stored articles without extracting them; changes nothing', async () => {
    const store = Store.open(':memory:');
    const first = await run(store, items());
    expect(first.seen).toHaveLength(4);
    const before = recordContent(store);
    const second = await run(store, items());
    expect(second.seen).toEqual([]);
    expect(second.summary.articles).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0, filtered: 0, extracted: 0, skipped: 4 });
    expect(recordContent(store)).toBe(before);
  });

  it.each([
    ['another date', { date: '2025-12-31' }],
    ['another title', { title: 'Жаңа тақырып' }],
    ['an archive id', { externalId: 'x-9' }],
    ['a language hint', { langHint: 'ru' as const }],
  ])('extracts again an article given with %s', async (_what, change) => {
    const store = Store.open(':memory:');
    await run(store, items());
    const changed = items();
    (changed[1] as { article: Article }).article = { ...(changed[1] as { article: Article }).article, ...change };
    const { seen } = await run(store, changed);
    expect(seen).toEqual(['n1.txt']);
  });

  it('--force extracts everything again; same records are unchanged', async () => {
    const store = Store.open(':memory:');
    await run(store, items());
    const { seen, summary } = await run(store, items(), { force: true });
    expect(seen).toHaveLength(4);
    expect(summary.articles).toMatchObject({ unchanged: 4, extracted: 4 });
  });

  it('--since takes only articles dated on or after the day (undated ones too)', async () => {
    const store = Store.open(':memory:');
    const input = [...items(), article('Астана 1 млрд теңге.', 'undated.txt', { date: null, dateFrom: null })];
    const { seen, summary } = await run(store, input, { since: '2026-01-12' });
    expect(seen).toEqual(['n2.txt', 'n3.txt', 'undated.txt']);
    expect(summary.articles).toMatchObject({ new: 3, filtered: 2 });
  });

  it('--stale re-extracts only articles stored by other rules, then none', async () => {
    const store = Store.open(':memory:');
    const first = await run(store, items());
    store.db.prepare(`UPDATE articles SET rules_version = 'old' WHERE id IN (?, ?)`).run(articleId(TEXTS[0]!), articleId(TEXTS[2]!));
    expect(countStale(store, first.summary.rulesVersion)).toBe(2);
    const again = await run(store, staleItems(store, first.summary.rulesVersion, 1));
    expect(again.seen.sort()).toEqual(['n0.txt', 'n2.txt']);
    expect(again.summary.articles).toMatchObject({ unchanged: 2, extracted: 2 });
    expect(countStale(store, first.summary.rulesVersion)).toBe(0);
    expect((await run(store, staleItems(store, first.summary.rulesVersion))).seen).toEqual([]);
  });

  it('shards split articles by id: disjoint, complete, and the same whatever the order', async () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(parseShard(bad)).toBeNull();
    const ids = Array.from({ length: 60 }, (_, i) => articleId(`текст ${i}`));
    const shards = [1, 2, 3].map((k) => ids.filter((id) => inShard(id, { k, n: 3 })));
    expect(shards.reduce((a, s) => a + s.length, 0)).toBe(60);
    expect(new Set(shards.flat()).size).toBe(60);
    for (const s of shards) expect(s.length).toBeGreaterThan(5);

    const stores = [1, 2].map(() => Store.open(':memory:'));
    const seen = await Promise.all(stores.map(async (s, i) => (await run(s, items(), { shard: { k: i + 1, n: 2 } })).seen));
    expect([...seen[0]!, ...seen[1]!].sort()).toEqual(['n0.txt', 'n1.txt', 'n2.txt', 'n3.txt']);
    expect(count(stores[0]!, 'articles') + count(stores[1]!, 'articles')).toBe(4);
  });

  it('an unchanged JSON Lines record is recognized by its bytes before parsing; a changed one is read again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-lines-'));
    const file = path.join(dir, 'a.jsonl');
    const lines = TEXTS.map((text, i) => JSON.stringify({ id: `n${i}`, date: `2026-01-1${i}`, text }));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const store = Store.open(':memory:');
    const read = (salt = '') => readIngestInputs([file], { lineSalt: salt, isKnownLine: (h) => store.knownLine(h, first.summary.rulesVersion) });
    const first = await run(store, readIngestInputs([file], { isKnownLine: () => null }));
    expect(first.seen).toHaveLength(4);
    expect(store.db.prepare(`SELECT count(*) AS n FROM articles WHERE line_hash IS NOT NULL`).get()).toEqual({ n: 4 });
    const kinds: string[] = [];
    for await (const item of read()) kinds.push(item.kind);
    expect(kinds).toEqual(['known', 'known', 'known', 'known']);
    expect((await run(store, read())).summary.articles).toMatchObject({ unchanged: 4, extracted: 0 });
    // Another salt (e.g. --date given) or another line: parsed again (and the same article found by id).
    expect((await run(store, read('2026-02-01'))).summary.articles).toMatchObject({ unchanged: 4, extracted: 0 });
    lines[2] = JSON.stringify({ id: 'n2', date: '2025-12-31', text: TEXTS[2] });
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const again = await run(store, read());
    expect(again.seen).toEqual([`${file}#3`]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
