// The real pipeline over the five seeds, into a file database, twice: the second run writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/context.js';
import { parseArticleText } from '../../src/input/meta.js';
import { ingest, type IngestItem } from '../../src/store/ingest.js';
import { Store } from '../../src/store/store.js';
import { dumpRecordTables } from './helpers.js';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-seeds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function seedItems(): IngestItem[] {
  return fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ kind: 'article', article: parseArticleText(fs.readFileSync(path.join(SEEDS, f), 'utf8'), `seeds/${f}`) }));
}

describe.skipIf(!fs.existsSync(SEEDS))('ingest of the seeds through the real pipeline', () => {
  it('stores all five, then finds all five unchanged with byte-equal record tables', async () => {
    const file = path.join(dir, 'seeds.db');
    const context = defaultContext({ today: '2026-01-20' });
    let store = Store.open(file);
    const first = await ingest(seedItems(), store, { context });
    expect(first.articles).toMatchObject({ new: 5, updated: 0, unchanged: 0, rejected: 0 });
    const kazakh = store.db.prepare(`SELECT count(*) AS n FROM articles WHERE lang = 'kk'`).get() as { n: number };
    expect(kazakh.n).toBeGreaterThan(0);
    const before = dumpRecordTables(store);
    store.close();
    store = Store.open(file);
    const second = await ingest(seedItems(), store, { context });
    expect(second.articles).toMatchObject({ new: 0, updated: 0, unchanged: 5, rejected: 0 });
    // Skipped without extraction: nothing extracted, so no records counted.
    expect(second.articles.extracted).toBe(0);
    expect(second.records).toEqual({ officials: 0, regions: 0, figures: 0, directives: 0 });
    expect(dumpRecordTables(store)).toBe(before);
    store.close();
  }, 60_000);
});
