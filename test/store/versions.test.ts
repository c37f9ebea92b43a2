// Which stored article an incoming one replaces: an older version of it (same file, same archive id
// in one archive, or an edited text), never another article that reuses an id, and never one that
// another input of the same run still holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId } from '../../src/article.js';
import { ingest, type IngestItem } from '../../src/store/ingest.js';
import { mergeShards } from '../../src/store/merge.js';
import { staleItems } from '../../src/store/stale.js';
import { Store } from '../../src/store/store.js';
import { laterLineOfSameArchive, sameArchive, sameArticle } from '../../src/store/versions.js';
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

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-versions-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const run = (items: IngestItem[], store: Store, extra = {}) =>
  ingest(items, store, { context: CTX, extract: fakeExtract(1), now: NOW, inputs: ['test'], ...extra });
const texts = (store: Store) => (store.db.prepare(`SELECT text FROM articles ORDER BY text`).pluck().all() as string[]);

/** Records numbered 1..n within one archive file, as many exports number them. */
const numbered = (file: string, bodies: string[]) =>
  bodies.map((text, i) => article(text, `${file}#${i + 1}`, { externalId: String(i + 1) }));

describe('versions of one article', () => {
  it('an edit (a correction, an added sentence) is the same article; an unrelated text is not', () => {
    expect(sameArticle(NEWS[0]!, `${NEWS[0]} Жұмыс қыркүйекте аяқталады.`)).toBe(true);
    expect(sameArticle(NEWS[0]!, NEWS[0]!.replace('8 млрд', '9 млрд'))).toBe(true);
    expect(sameArticle(NEWS[0]!, NEWS[3]!)).toBe(false);
    expect(sameArticle(NEWS[1]!, NEWS[2]!)).toBe(false);
    expect(sameArticle('Алматы', 'Алматы қаласы')).toBe(true);
    expect(sameArticle('Алматы', 'Астана')).toBe(false);
  });

  it('archives are files; stdin is none; a later line is a later version only within one file', () => {
    expect(sameArchive('day1.jsonl#3', `${path.resolve('day1.jsonl')}#9`)).toBe(true);
    expect(sameArchive('day1.jsonl#3', 'day2.jsonl#3')).toBe(false);
    expect(sameArchive('-#3', '-#3')).toBe(false);
    expect(laterLineOfSameArchive('a.jsonl#3', 'a.jsonl#2')).toBe(true);
    expect(laterLineOfSameArchive('a.jsonl#2', 'a.jsonl#3')).toBe(false);
    expect(laterLineOfSameArchive('b.jsonl#3', 'a.jsonl#2')).toBe(false);
    expect(laterLineOfSameArchive('a.txt', 'a.txt')).toBe(false);
  });
});

describe('an archive id reused by another archive', () => {
  it('keeps both articles when every file numbers its records 1..N: nothing is deleted', async () => {
    const store = Store.open(':memory:');
    await run(numbered('day1.jsonl', NEWS.slice(0, 3)), store);
    const s = await run(numbered('day2.jsonl', NEWS.slice(3)), store);
    expect(s.articles).toMatchObject({ new: 3, updated: 0 });
    expect(texts(store)).toEqual([...NEWS].sort());
    const again = await run([...numbered('day1.jsonl', NEWS.slice(0, 3)), ...numbered('day2.jsonl', NEWS.slice(3))], store);
    expect(again.articles).toMatchObject({ new: 0, updated: 0, unchanged: 6, extracted: 0 });
  });

  it('replaces the stored article when the other archive holds an edited version of it (the next day\'s export)', async () => {
    const store = Store.open(':memory:');
    await run(numbered('day1.jsonl', NEWS.slice(0, 3)), store);
    const edited = `${NEWS[1]} Жоба 2027 жылы аяқталады.`;
    const s = await run([article(edited, 'day2.jsonl#1', { externalId: '2' })], store);
    expect(s.articles).toMatchObject({ new: 0, updated: 1 });
    expect(texts(store)).toEqual([NEWS[0]!, edited, NEWS[2]!].sort());
  });

  it('shards merged equal one unsharded run of such archives', async () => {
    const inputs = () => [...numbered('day1.jsonl', NEWS.slice(0, 3)), ...numbered('day2.jsonl', NEWS.slice(3))];
    const whole = Store.open(path.join(dir, 'whole.db'));
    await run(inputs(), whole);
    const files = [1, 2].map((k) => path.join(dir, `shard${k}.db`));
    for (const [k, file] of files.entries()) {
      const shard = Store.open(file);
      await run(inputs(), shard, { shard: { k: k + 1, n: 2 } });
      shard.close();
    }
    const merged = Store.open(path.join(dir, 'merged.db'));
    mergeShards(merged, files, NOW);
    expect(count(merged, 'articles')).toBe(6);
    const articles = (s: Store) => s.db.prepare(`SELECT id, source, source_key, text FROM articles ORDER BY id`).all();
    expect(articles(merged)).toEqual(articles(whole));
    whole.close();
    merged.close();
  });
});

describe('one archive', () => {
  it('an edited record (same file, same id) replaces its old article, however much the text changed', async () => {
    const store = Store.open(':memory:');
    await run(numbered('a.jsonl', NEWS.slice(0, 2)), store);
    const s = await run(numbered('a.jsonl', [NEWS[0]!, NEWS[4]!]), store);
    expect(s.articles).toMatchObject({ new: 0, updated: 1, unchanged: 1 });
    expect(texts(store)).toEqual([NEWS[0]!, NEWS[4]!].sort());
  });

  it('an id repeated in one archive: the later record wins, and the next runs change nothing', async () => {
    const store = Store.open(':memory:');
    const corrected = NEWS[1]!.replace('3 млрд', '4 млрд');
    const archive = () => [
      article(NEWS[0]!, 'dup.jsonl#1', { externalId: 'a' }),
      article(NEWS[1]!, 'dup.jsonl#2', { externalId: 'b' }),
      article(corrected, 'dup.jsonl#3', { externalId: 'b' }),
    ];
    await run(archive(), store);
    expect(texts(store)).toEqual([NEWS[0]!, corrected].sort());
    const before = dumpRecordTables(store);
    for (let i = 0; i < 3; i++) {
      const s = await run(archive(), store);
      expect(s.articles).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
      expect(dumpRecordTables(store)).toBe(before);
    }
  });
});

describe('one archive, the same text twice', () => {
  it('the later record (another date) wins, and the next runs change nothing', async () => {
    const store = Store.open(':memory:');
    const archive = () => ['2026-01-01', '2026-01-02', '2026-01-03'].map((date, i) =>
      article(NEWS[2]!, `same.jsonl#${i + 1}`, { externalId: `s${i % 2}`, date }));
    await run(archive(), store);
    expect(store.db.prepare(`SELECT date FROM articles`).pluck().all()).toEqual(['2026-01-03']);
    const before = dumpRecordTables(store);
    for (let i = 0; i < 2; i++) {
      const s = await run(archive(), store);
      expect(s.articles).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
      expect(dumpRecordTables(store)).toBe(before);
    }
  });

  it('an archive exported again in another order still has its edits stored', async () => {
    const store = Store.open(':memory:');
    await run(numbered('a.jsonl', NEWS.slice(0, 2)), store);
    const edited = NEWS[1]!.replace('3 млрд', '4 млрд');
    // Record 2 is now on line 1, edited; record 1 on line 2.
    const s = await run([article(edited, 'a.jsonl#1', { externalId: '2' }), article(NEWS[0]!, 'a.jsonl#2', { externalId: '1' })], store);
    expect(s.articles).toMatchObject({ updated: 1 });
    expect(texts(store)).toEqual([NEWS[0]!, edited].sort());
  });
});

describe('an article two inputs hold', () => {
  // Two copies of one file; then one copy is edited. The other copy's article must stay, whichever
  // comes first and whether or not the edit was written before the copy was read.
  it.each([
    ['the edited copy first', true, 500],
    ['the edited copy first, one article per transaction', true, 1],
    ['the unedited copy first', false, 500],
    ['the unedited copy first, one article per transaction', false, 1],
  ])('an edit of one copy keeps the other copy\'s article (%s)', async (_, editedFirst, batchSize) => {
    const store = Store.open(':memory:');
    await run([article(NEWS[0]!, 'ed/a.txt'), article(NEWS[0]!, 'ed/b.txt')], store);
    const edited = `${NEWS[0]} Жұмыс қыркүйекте аяқталады.`;
    const inputs = [article(edited, 'ed/a.txt'), article(NEWS[0]!, 'ed/b.txt')];
    await run(editedFirst ? inputs : inputs.reverse(), store, { batchSize });
    expect(texts(store)).toEqual([NEWS[0]!, edited].sort());
    const again = await run([article(edited, 'ed/a.txt'), article(NEWS[0]!, 'ed/b.txt')], store);
    expect(again.articles).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect(count(store, 'articles')).toBe(2);
  });
});

describe('--stale', () => {
  it('extracts a stored article again with the archive\'s language hint, so the next ingest skips it', async () => {
    const store = Store.open(':memory:');
    const input = () => [article(NEWS[0]!, 'x.jsonl#1', { externalId: 'e1', langHint: 'en' })];
    const first = await run(input(), store);
    expect(store.db.prepare(`SELECT lang_hint FROM articles`).pluck().get()).toBe('en');
    store.db.exec(`UPDATE articles SET rules_version = 'older'`);
    const stale = [...staleItems(store, first.rulesVersion)];
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ kind: 'article', article: { langHint: 'en', externalId: 'e1' } });
    await run(stale, store);
    const next = await run(input(), store);
    expect(next.articles).toMatchObject({ unchanged: 1, extracted: 0 });
    expect(store.db.prepare(`SELECT id FROM articles`).pluck().get()).toBe(articleId(NEWS[0]!));
  });
});
