// Inputs at scale: globs, --from-list, and field mapping for other JSON Lines layouts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/input/read.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-inputs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  for (const d of ['2026-01', '2026-02', 'other']) fs.mkdirSync(path.join(dir, d));
  fs.writeFileSync(path.join(dir, '2026-01/a.jsonl'), `${JSON.stringify({ text: 'Алматы. Бірінші.', id: 1 })}\n`);
  fs.writeFileSync(path.join(dir, '2026-02/b.jsonl'), `${JSON.stringify({ text: 'Астана. Екінші.', id: 2 })}\n`);
  fs.writeFileSync(path.join(dir, 'other/c.jsonl'), `${JSON.stringify({ text: 'Басқа.', id: 3 })}\n`);
  fs.writeFileSync(path.join(dir, '2026-01/notes.txt'), 'Қызылорда облысы. Үшінші мәтін.\nЕкінші жол.');
});

async function all(gen: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}
const texts = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? i.article.text : `reject ${i.reason}`));

describe('inputs at scale', () => {
  it('expands a glob in sorted order; a glob that matches nothing is a reject', async () => {
    const items = await all(readInputs([path.join(dir, '2026-*/*.jsonl'), path.join(dir, 'none-*/*.jsonl')], { globs: true }));
    expect(texts(items)).toEqual(['Алматы. Бірінші.', 'Астана. Екінші.', 'reject the pattern matches no file']);
  });

  it('an existing path is never taken for a glob, and globs are off by default', async () => {
    const items = await all(readInputs([path.join(dir, '2026-*/*.jsonl')]));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'reject', reason: 'no such file or folder' });
  });

  it('--from-list reads paths and globs line by line, skipping blanks and comments; - reads the list from stdin', async () => {
    const list = path.join(dir, 'list.txt');
    fs.writeFileSync(list, `# today\n${path.join(dir, 'other/c.jsonl')}\n\n${path.join(dir, '2026-01/*.txt')}\n${path.join(dir, 'missing.jsonl')}\n`);
    const items = await all(readInputs([path.join(dir, '2026-02/b.jsonl')], { fromList: list }));
    expect(texts(items)).toEqual(['Астана. Екінші.', 'Басқа.', 'Қызылорда облысы. Үшінші мәтін.\nЕкінші жол.', 'reject no such file or folder']);
    const stdin = Readable.from([`${path.join(dir, 'other/c.jsonl')}\n`]);
    expect(texts(await all(readInputs([], { fromList: '-', stdin })))).toEqual(['Басқа.']);
    expect(await all(readInputs([], { fromList: path.join(dir, 'nope.txt') }))).toEqual([
      { kind: 'reject', source: path.join(dir, 'nope.txt'), reason: 'the file list cannot be read' }]);
  });

  it('a file list that names stdin (-) gets a reject for that line, not a second read of stdin', async () => {
    const stdin = Readable.from([`-\n${path.join(dir, 'other/c.jsonl')}\n`]);
    const items = await all(readInputs([], { fromList: '-', stdin }));
    expect(items[0]).toEqual({ kind: 'reject', source: 'stdin:1', reason: 'a file list cannot name stdin (-)' });
    expect(texts(items.slice(1))).toEqual(['Басқа.']);
  });

  it('maps other JSON Lines layouts with --text-field, --id-field, --date-field', async () => {
    const file = path.join(dir, 'layout.jsonl');
    fs.writeFileSync(file, [
      { body: 'Ақтөбе облысында жаңа мектеп.', guid: 'g-1', published: '2026-03-04T08:00:00Z' },
      { body: 'Екінші мақала.', guid: 77, published: 'not a date' },
      { text: 'no body field here' },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const items = await all(readInputs([file], { textField: 'body', idField: 'guid', dateField: 'published' }));
    expect(items[0]).toMatchObject({ kind: 'article', article: { text: 'Ақтөбе облысында жаңа мектеп.', externalId: 'g-1', date: '2026-03-04', dateFrom: 'input' } });
    expect(items[1]).toMatchObject({ kind: 'article', article: { externalId: '77', date: null } });
    expect(items[2]).toMatchObject({ kind: 'reject', reason: 'line 3: no body field' });
  });

  it('a JSON Lines record longer than 32 MB is one reject, skipped to its end, and the next lines still read', async () => {
    // 33 MB of one letter gzip to ~33 KB: the archive on disk stays small.
    const long = Buffer.alloc(33 * 1048576, 0x61);
    const tail = `\n${JSON.stringify({ text: 'Кейінгі мақала.' })}\n`;
    const file = path.join(dir, 'long.jsonl.gz');
    fs.writeFileSync(file, zlib.gzipSync(Buffer.concat([Buffer.from('{"text":"'), long, Buffer.from('"}'), Buffer.from(tail)])));
    expect(texts(await all(readInputs([file])))).toEqual(['reject line 1: longer than 32 MB', 'Кейінгі мақала.']);
    // stdin too, whose format is decided from its first bytes (the long line begins like a JSON object)
    async function* chunks() {
      yield Buffer.from('{"text":"');
      for (let i = 0; i < 33 * 16; i++) yield long.subarray(0, 65536);
      yield Buffer.from(`"}${tail}`);
    }
    const items = await all(readInputs(['-'], { stdin: Readable.from(chunks()) }));
    expect(items.map((i) => (i.kind === 'reject' ? `${i.source} ${i.reason}` : i.article.source))).toEqual(['-#1 line 1: longer than 32 MB', '-#2']);
  });

  it('reports bytes read as it goes (progress)', async () => {
    let bytes = 0;
    await all(readInputs([path.join(dir, '2026-01')], { onBytes: (n) => { bytes += n; } }));
    const expected = fs.statSync(path.join(dir, '2026-01/a.jsonl')).size + fs.statSync(path.join(dir, '2026-01/notes.txt')).size;
    expect(bytes).toBe(expected);
  });
});
