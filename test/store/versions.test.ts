// Which stored article an incoming one replaces: an older version of it (same file, same archive id
// in one archive file, or an edited text), never another article that reuses an id, never one that
// another input of the same run still holds; and within one archive file the last record of an
// article stays its version, run after run. Archives are real JSON Lines files read by the reader,
// so that the line-hash fast path (a record skipped before it is parsed) takes part.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIngestInputs } from '../../src/input/read.js';
import { ingest, type IngestItem, type IngestSummary } from '../../src/store/ingest.js';
import { articleId } from '../../src/article.js';
import { mergeShards } from '../../src/store/merge.js';
import { inShard } from '../../src/store/shard.js';
import { staleItems } from '../../src/store/stale.js';
import { Store } from '../../src/store/store.js';
import { archiveOf, lineOf, sameArticle } from '../../src/store/versions.js';
import { article, count, CTX, dumpRecordTables, fakeExtract, NOW } from './helpers.js';

// Unrelated short news texts (each a different article).
const NEWS = [
  'Алматы қаласына 8 млрд теңге бөлінді. Қаржы жолдарды жөндеуге жұмсалады.',
  'Астана мен Қызылорда облысы арасында 3 млрд теңге жоба. Үкімет тапсырды.',
  'Алматы мен Астана: 5 млрд теңге және 2 млрд теңге. Бұл екі жобаның құны.',
  'Қызылорда облысында жаңа мектеп ашылды. Онда 600 оқушы білім алады.',
  'Астанада көрме өтті. Оған елдің әр өңірінен шеберлер қатысты.',
  'Алматыда жаңбыр жауады деп күтілуде. Синоптиктер ескерту жасады.',
];
const [T1, U, V] = [NEWS[1]!, NEWS[3]!, NEWS[4]!];
const T2 = T1.replace('3 млрд', '4 млрд'); // T1 corrected
const T3 = `${T2} Жоба 2027 жылы аяқталады.`; // corrected again

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-versions-'));
  store = Store.open(path.join(dir, 'news.db'));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a JSON Lines archive of [id, text] (or [id, text, date]) records. */
function archive(name: string, records: [string, string, string?][]): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, records.map(([id, text, date]) => `${JSON.stringify({ id, text, date: date ?? '2026-01-19' })}\n`).join(''));
  return file;
}

let rules: string | null = null;
/** One ingest of these files, as the CLI runs it: the line-hash fast path on once a rules version is known. */
async function ingestFiles(files: string[], extra = {}, lineHashes = true): Promise<IngestSummary> {
  const known = lineHashes ? rules : null;
  const items = readIngestInputs(files, { isKnownLine: known === null ? () => null : (h) => store.knownLine(h, known) });
  const s = await ingest(items, store, { context: CTX, extract: fakeExtract(1), now: NOW, inputs: files, ...extra });
  rules = s.rulesVersion;
  return s;
}
const texts = () => (store.db.prepare(`SELECT text FROM articles ORDER BY text`).pluck().all() as string[]);
const changes = (s: IngestSummary) => ({ new: s.articles.new, updated: s.articles.updated });

/** Runs `times` more ingests of the same files: none may change anything. */
async function stable(files: string[], times = 3): Promise<void> {
  const before = dumpRecordTables(store);
  for (let i = 0; i < times; i++) {
    expect(changes(await ingestFiles(files))).toEqual({ new: 0, updated: 0 });
    expect(dumpRecordTables(store)).toBe(before); // not a row rewritten: row numbers and run ids included
  }
}

beforeEach(() => { rules = null; });

describe('versions of one article', () => {
  it('an edit (a correction, an added sentence) is the same article; an unrelated text is not', () => {
    expect(sameArticle(T1, T2)).toBe(true);
    expect(sameArticle(T1, T3)).toBe(true);
    expect(sameArticle(NEWS[0]!, NEWS[3]!)).toBe(false);
    expect(sameArticle(NEWS[1]!, NEWS[2]!)).toBe(false);
    expect(sameArticle('Алматы', 'Алматы қаласы')).toBe(true);
    expect(sameArticle('Алматы', 'Астана')).toBe(false);
  });

  it('an archive is an absolute file path (the same name in another folder is another archive); stdin is none', () => {
    expect(archiveOf('export.jsonl#3')).toBe(path.resolve('export.jsonl'));
    expect(archiveOf('d1/export.jsonl#3')).not.toBe(archiveOf('d2/export.jsonl#3'));
    expect(archiveOf('a.txt')).toBe(path.resolve('a.txt'));
    expect(archiveOf('-#3')).toBeNull();
    expect([lineOf('a.jsonl#12'), lineOf('a.txt')]).toEqual([12, 0]);
  });
});

describe('an archive id reused by another archive', () => {
  it('keeps both articles when every file numbers its records 1..N, also with one file name in two folders', async () => {
    const d1 = archive('d1/export.jsonl', [['1', NEWS[0]!], ['2', NEWS[1]!], ['3', NEWS[2]!]]);
    const d2 = archive('d2/export.jsonl', [['1', NEWS[3]!], ['2', NEWS[4]!], ['3', NEWS[5]!]]);
    await ingestFiles([d1]);
    expect(changes(await ingestFiles([d2]))).toEqual({ new: 3, updated: 0 });
    expect(texts()).toEqual([...NEWS].sort());
    await stable([d1, d2]);
  });

  it('replaces the stored article when another archive holds an edited version of it (the next day\'s export)', async () => {
    await ingestFiles([archive('day1.jsonl', [['1', NEWS[0]!], ['2', T1]])]);
    expect(changes(await ingestFiles([archive('day2.jsonl', [['2', T3]])]))).toEqual({ new: 0, updated: 1 });
    expect(texts()).toEqual([NEWS[0]!, T3].sort());
  });

  it('shards merged equal one unsharded run of such archives', async () => {
    const files = [archive('d1/x.jsonl', [['1', NEWS[0]!], ['2', NEWS[1]!], ['3', NEWS[2]!]]), archive('d2/x.jsonl', [['1', NEWS[3]!], ['2', NEWS[4]!], ['3', NEWS[5]!]])];
    await ingestFiles(files);
    const shards = [1, 2].map((k) => path.join(dir, `shard${k}.db`));
    for (const [k, file] of shards.entries()) {
      const s = Store.open(file);
      await ingest(readIngestInputs(files), s, { context: CTX, extract: fakeExtract(1), now: NOW, shard: { k: k + 1, n: 2 } });
      s.close();
    }
    const merged = Store.open(path.join(dir, 'merged.db'));
    mergeShards(merged, shards, NOW);
    const articles = (s: Store) => s.db.prepare(`SELECT id, source, source_key, archive, text FROM articles ORDER BY id`).all();
    expect(articles(merged)).toEqual(articles(store));
    expect(count(merged, 'articles')).toBe(6);
    merged.close();
  });
});

describe('shards', () => {
  it('an id repeated in one archive, its records in two shards: merged, the later record wins, as in one run', async () => {
    const file = archive('dup.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    // A shard count that puts T1 and T2 in different shards.
    const n = [2, 3, 4, 5, 6, 7].find((k) => [1, 2, 3].some((i) => inShard(articleId(T1), { k: i, n: k }) !== inShard(articleId(T2), { k: i, n: k })))!;
    await ingestFiles([file]);
    const shards = Array.from({ length: n }, (_, i) => path.join(dir, `s${i + 1}.db`));
    for (const [i, f] of shards.entries()) {
      const s = Store.open(f);
      await ingest(readIngestInputs([file]), s, { context: CTX, extract: fakeExtract(1), now: NOW, shard: { k: i + 1, n } });
      s.close();
    }
    const merged = Store.open(path.join(dir, 'merged.db'));
    expect(mergeShards(merged, shards, NOW)).toMatchObject({ superseded: 1 });
    const articles = (s: Store) => s.db.prepare(`SELECT id, source, source_key, archive, text FROM articles ORDER BY id`).all();
    expect(articles(merged)).toEqual(articles(store));
    expect(count(merged, 'regions')).toBe(count(store, 'regions'));
    expect(() => merged.db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    expect(mergeShards(merged, shards, NOW)).toMatchObject({ copied: 0, superseded: 0 });
    merged.close();
  });
});

describe('filtered inputs', () => {
  it('a later record outside --shard or --since still holds its archive id: the earlier one does not replace it', async () => {
    // T1 is the newer by date, T2 the later line: --since 2026-01-02 keeps T1 and leaves T2 out.
    const file = archive('dup.jsonl', [['1', T1, '2026-01-05'], ['2', U, '2026-01-05'], ['1', T2, '2026-01-01']]);
    await ingestFiles([file]);
    const before = dumpRecordTables(store);
    // --force: no record is passed over by its line hash (as the CLI's --force), so only the filter sees T2.
    expect(changes(await ingestFiles([file], { since: '2026-01-02', force: true }, false))).toEqual({ new: 0, updated: 0 });
    const shard = [2, 3, 4, 5].map((n) => ({ k: [1, 2, 3, 4, 5].find((k) => k <= n && inShard(articleId(T1), { k, n }))!, n }))
      .find((sh) => !inShard(articleId(T2), sh))!;
    expect(changes(await ingestFiles([file], { shard, force: true }, false))).toEqual({ new: 0, updated: 0 });
    expect(texts()).toEqual([T2, U].sort());
    expect(dumpRecordTables(store)).toBe(before);
  });
});

describe('one archive file', () => {
  it('an edited record (same file, same id) replaces its old article, however much the text changed', async () => {
    const file = archive('a.jsonl', [['1', NEWS[0]!], ['2', T1]]);
    await ingestFiles([file]);
    archive('a.jsonl', [['1', NEWS[0]!], ['2', V]]);
    expect(changes(await ingestFiles([file]))).toEqual({ new: 0, updated: 1 });
    expect(texts()).toEqual([NEWS[0]!, V].sort());
    await stable([file]);
  });

  it('an id repeated further down: the later record wins, and the next runs change nothing', async () => {
    const file = archive('dup.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    await ingestFiles([file]);
    expect(texts()).toEqual([T2, U].sort());
    await stable([file]);
  });

  it('a correction appended in a later run replaces the record, and the runs after change nothing', async () => {
    const file = archive('a.jsonl', [['1', T1], ['2', U]]);
    await ingestFiles([file]);
    archive('a.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    expect(changes(await ingestFiles([file]))).toEqual({ new: 0, updated: 1 });
    expect(texts()).toEqual([T2, U].sort());
    await stable([file]);
  });

  it('a run stopped after the first records, then run again, ends where one run ends', async () => {
    const records: [string, string][] = [['1', T1], ['2', U], ['1', T2]];
    const whole = archive('whole/a.jsonl', records);
    await ingestFiles([whole]);
    const expected = texts();
    store.close();
    store = Store.open(path.join(dir, 'again.db'));
    rules = null;
    const file = archive('a.jsonl', records.slice(0, 1)); // what was written before the kill
    await ingestFiles([file]);
    archive('a.jsonl', records);
    await ingestFiles([file]);
    expect(texts()).toEqual(expected);
    await stable([file]);
  });

  it('an archive exported again in another order still has its edit stored', async () => {
    const file = archive('a.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    await ingestFiles([file]);
    archive('a.jsonl', [['1', T3], ['2', U]]); // id 1, edited, now on line 1 only
    expect(changes(await ingestFiles([file]))).toEqual({ new: 0, updated: 1 });
    expect(texts()).toEqual([T3, U].sort());
    await stable([file]);
  });

  it('one text on several lines with other dates: the last line\'s date stays, run after run', async () => {
    const file = archive('same.jsonl', [['s0', V, '2026-01-01'], ['s1', V, '2026-01-02'], ['s0', V, '2026-01-03']]);
    await ingestFiles([file]);
    expect(store.db.prepare(`SELECT date FROM articles`).pluck().all()).toEqual(['2026-01-03']);
    await stable([file]);
  });
});

describe('moved and duplicated lines (a fourth review)', () => {
  it('a re-export that moves the correction up: the later line\'s version is stored, alone', async () => {
    const file = archive('r.jsonl', [['1', T2], ['2', U], ['1', T1]]);
    await ingestFiles([file]);
    expect(texts()).toEqual([T1, U].sort());
    archive('r.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    await ingestFiles([file]);
    expect(texts()).toEqual([T2, U].sort());
    await stable([file]);
  });

  it('a record added on top, or a duplicated line, then a correction appended: the correction alone', async () => {
    for (const [name, before, after] of [
      ['top.jsonl', [['1', T1], ['2', U]], [['3', V], ['1', T1], ['2', U], ['1', T2]]],
      ['twice.jsonl', [['1', T1], ['1', T1], ['2', U]], [['1', T1], ['1', T1], ['2', U], ['1', T2]]],
    ] as [string, [string, string][], [string, string][]][]) {
      const file = archive(name, before);
      await ingestFiles([file]);
      archive(name, after);
      await ingestFiles([file]);
      expect(texts()).not.toContain(T1);
      expect(texts()).toContain(T2);
      await stable([file]);
    }
  });

  it('a .txt file and a JSON Lines record with the same text: an edit of the file is stored', async () => {
    const txt = path.join(dir, 'A/a.txt');
    fs.mkdirSync(path.dirname(txt), { recursive: true });
    fs.writeFileSync(txt, V);
    const jsonl = path.join(dir, 'A/b.jsonl');
    fs.writeFileSync(jsonl, `${JSON.stringify({ text: V })}\n`);
    await ingestFiles([txt, jsonl]);
    await ingestFiles([txt, jsonl]);
    const edited = `${V} Көрме үш күнге созылады.`;
    fs.writeFileSync(txt, edited);
    await ingestFiles([txt, jsonl]);
    expect(texts()).toEqual([V, edited].sort());
    await stable([txt, jsonl]);
  });
});

describe('memory', () => {
  it('a run that extracts one record and skips the rest remembers a bounded number of meetings', async () => {
    const many: [string, string][] = Array.from({ length: 3000 }, (_, i) => [`k${i}`, `${NEWS[i % 6]} №${i}.`]);
    const file = archive('big.jsonl', many);
    await ingestFiles([file]);
    archive('big.jsonl', [['new', V], ...many]);
    let most = 0;
    const known = rules!;
    async function* watched() {
      for await (const item of readIngestInputs([file], { isKnownLine: (h) => store.knownLine(h, known) })) {
        most = Math.max(most, store.remembered);
        yield item;
      }
    }
    const s = await ingest(watched(), store, { context: CTX, extract: fakeExtract(1), now: NOW, batchSize: 100 });
    expect(s.articles).toMatchObject({ new: 1, unchanged: 3000 });
    expect(most).toBeLessThan(300);
  });
});

describe('stdin', () => {
  it('a record from stdin replaces its version stored from stdin', async () => {
    const fromStdin = (records: [string, string][]) => ingest(
      readIngestInputs(['-'], { stdin: Readable.from([records.map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n']) }),
      store, { context: CTX, extract: fakeExtract(1), now: NOW });
    await fromStdin([['1', T1], ['2', U]]);
    const s = await fromStdin([['1', T2]]);
    expect(s.articles).toMatchObject({ updated: 1 });
    expect(texts()).toEqual([T2, U].sort());
  });
});

describe('an article two inputs hold', () => {
  it('one text under two archive ids in two files: editing one file keeps the other\'s article', async () => {
    const d1 = archive('d1.jsonl', [['x1', T1]]);
    const d2 = archive('d2.jsonl', [['x2', T1]]);
    await ingestFiles([d1, d2]);
    archive('d1.jsonl', [['x1', T2]]);
    await ingestFiles([d1, d2]);
    expect(texts()).toEqual([T1, T2].sort());
    await stable([d1, d2]);
  });

  it('the later version also held under another id, here or in another file: the earlier record does not come back', async () => {
    const a = archive('a.jsonl', [['1', T1], ['2', U], ['1', T2], ['2', T2]]);
    await ingestFiles([a]);
    expect(texts()).toEqual([T2, U].sort());
    await stable([a]);
    const c = archive('c.jsonl', [['1', T1], ['2', U], ['1', T2]]);
    const b = archive('b.jsonl', [['9', T2]]);
    await ingestFiles([c, b]);
    await stable([c, b]);
    expect(texts()).toEqual([T2, U].sort());
  });

  it('one archive copied to another folder (or read by another path), both ingested: stable after the first runs', async () => {
    const records: [string, string][] = [['1', T1], ['2', U], ['1', T2]];
    const a = archive('a/x.jsonl', records);
    const b = archive('b/x.jsonl', records);
    await ingestFiles([a]);
    await ingestFiles([b]);
    expect(texts()).toEqual([T2, U].sort());
    await stable([a]);
    await stable([b]);
  });

  it.each([['a', T2], ['b', T1]])('two copies with the same ids, then one edited: the archive read last (%s) holds the id, and the runs after change nothing', async (last, expected) => {
    const a = archive('a.jsonl', [['1', T1]]);
    const b = archive('b.jsonl', [['1', T1]]);
    const order = last === 'a' ? [b, a] : [a, b];
    await ingestFiles(order);
    archive('a.jsonl', [['1', T2]]);
    await ingestFiles(order);
    expect(texts()).toEqual([expected]);
    await stable(order);
  });

  // Two copies of one file; then one copy is edited. The other copy's article must stay, whichever
  // comes first and whether or not the edit was written before the copy was read.
  it.each([
    ['the edited copy first', true, 500],
    ['the edited copy first, one article per transaction', true, 1],
    ['the unedited copy first', false, 500],
    ['the unedited copy first, one article per transaction', false, 1],
  ])('an edit of one copy keeps the other copy\'s article (%s)', async (_, editedFirst, batchSize) => {
    const run = (items: IngestItem[], extra = {}) => ingest(items, store, { context: CTX, extract: fakeExtract(1), now: NOW, ...extra });
    await run([article(NEWS[0]!, path.join(dir, 'ed/a.txt')), article(NEWS[0]!, path.join(dir, 'ed/b.txt'))]);
    const edited = `${NEWS[0]} Жұмыс қыркүйекте аяқталады.`;
    const inputs = [article(edited, path.join(dir, 'ed/a.txt')), article(NEWS[0]!, path.join(dir, 'ed/b.txt'))];
    await run(editedFirst ? inputs : inputs.reverse(), { batchSize });
    expect(texts()).toEqual([NEWS[0]!, edited].sort());
    const again = await run([article(edited, path.join(dir, 'ed/a.txt')), article(NEWS[0]!, path.join(dir, 'ed/b.txt'))]);
    expect(again.articles).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
  });
});

describe('--stale', () => {
  it('extracts a stored article again with the archive\'s language hint, so the next ingest skips it', async () => {
    const run = (items: IngestItem[]) => ingest(items, store, { context: CTX, extract: fakeExtract(1), now: NOW });
    const input = () => [article(NEWS[0]!, 'x.jsonl#1', { externalId: 'e1', langHint: 'en' })];
    const first = await run(input());
    expect(store.db.prepare(`SELECT lang_hint FROM articles`).pluck().get()).toBe('en');
    store.db.exec(`UPDATE articles SET rules_version = 'older'`);
    const stale = [...staleItems(store, first.rulesVersion)];
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ kind: 'article', article: { langHint: 'en', externalId: 'e1' } });
    await run(stale);
    const next = await run(input());
    expect(next.articles).toMatchObject({ unchanged: 1, extracted: 0 });
  });

  it('keeps the source key and archive it was stored with, whatever folder it runs from (a relative source)', async () => {
    const file = path.join(dir, 'S/b.txt');
    await ingest([article(T1, file)], store, { context: CTX, extract: fakeExtract(1), now: NOW });
    const before = store.db.prepare(`SELECT source_key, archive FROM articles`).get();
    // As stored by a run from another folder: a relative source.
    store.db.exec(`UPDATE articles SET source = 'S/b.txt', rules_version = 'older'`);
    const s = await ingest(staleItems(store, 'current'), store, { context: CTX, extract: fakeExtract(2), now: NOW, force: true });
    expect(s.articles).toMatchObject({ updated: 1 });
    expect(store.db.prepare(`SELECT source_key, archive FROM articles`).get()).toEqual(before);
  });
});
