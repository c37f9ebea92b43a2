import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem, type ReadOptions } from '../../src/input/read.js';

let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);
function write(rel: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(p(rel)), { recursive: true });
  fs.writeFileSync(p(rel), data);
}
async function read(inputs: string[], options?: ReadOptions): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}
/** A compact view: [source, text or reject reason]. */
const brief = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? [i.article.source, i.article.text] : [i.source, `REJECT ${i.reason}`]));
const stdin = (data: string | Buffer, chunk = 7) => {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  return Readable.from(parts);
};
const line = (o: unknown) => JSON.stringify(o);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-input-'));
  // A folder with good, binary and empty files, nested folders, a dotfile and JSON that is no article.
  write('folder/b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Тақырып\r\nМәтін.\r\n', 'utf8')]));
  write('folder/a-bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
  write('folder/c-empty.txt', '');
  write('folder/sub/z.txt', 'Z мәтін\n');
  write('folder/sub/deeper/y.txt', 'Y мәтін\n');
  write('folder/a-sub/x.txt', 'X мәтін\n');
  write('folder/.hidden.txt', 'hidden\n');
  write('folder/.git/config.txt', 'hidden too\n');
  write('folder/gold.json', '{"text": "not an article"}');
  write('folder/notes.md', '# not read\n');
  // Windows-1251 bytes of "Заголовок\r\nТекст статьи." (А..я = 0xC0..0xFF).
  const cyr = (s: string) => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) >= 0x410 ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
  write('cp1251.txt', cyr('Заголовок\r\nТекст статьи.'));
  write('ws.txt', ' \n\t\n');
  const jsonl = [
    line({ id: 'a1', text: 'Бірінші мақала.', date: '2026-01-02', title: 'Бірінші' }),
    '',
    '{"text": "broken',
    line({ title: 'no text' }),
    line({ text: 'Екінші\r\nмақала.', lang: 'kk' }),
    '[1, 2]',
  ].join('\n');
  write('archive.jsonl', jsonl + '\n');
  write('archive.jsonl.gz', zlib.gzipSync(Buffer.from(jsonl, 'utf8')));
  write('truncated.jsonl.gz', zlib.gzipSync(Buffer.from(Array.from({ length: 200 }, (_, i) => line({ text: `Мақала ${i}.` })).join('\n'))).subarray(0, 300));
  write('notgzip.jsonl.gz', 'plain text, not gzip\n');
  write('empty.jsonl', '\n\n');
  write('one.json', line({ text: 'JSON мақала.', id: 7 }));
  write('many.json', JSON.stringify([{ text: 'Бір.' }, { nope: 1 }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('folders', () => {
  it('reads recursively in sorted order, skips dotfiles and other extensions, rejects the binary and empty files', async () => {
    const items = await read([p('folder')]);
    expect(brief(items)).toEqual([
      [p('folder/a-bin.txt'), 'REJECT binary file (NUL bytes)'],
      [p('folder/a-sub/x.txt'), 'X мәтін\n'],
      [p('folder/b.txt'), 'Тақырып\nМәтін.\n'],
      [p('folder/c-empty.txt'), 'REJECT empty file'],
      [p('folder/sub/deeper/y.txt'), 'Y мәтін\n'],
      [p('folder/sub/z.txt'), 'Z мәтін\n'],
    ]);
  });
  it('a folder with no article files is one reject', async () => {
    fs.mkdirSync(p('nothing/inside'), { recursive: true });
    expect(brief(await read([p('nothing')]))).toEqual([[p('nothing'), 'REJECT folder holds no .txt, .jsonl, .jsonl.gz, .ndjson, .ndjson.gz files']]);
  });
});

describe('files', () => {
  it('decodes Windows-1251 and takes the title', async () => {
    const [item] = await read([p('cp1251.txt')]);
    expect(item).toMatchObject({ kind: 'article', article: { text: 'Заголовок\nТекст статьи.', title: 'Заголовок' } });
  });
  it('rejects a missing path, white space only, and goes on', async () => {
    expect(brief(await read([p('missing.txt'), p('ws.txt'), p('folder/sub/z.txt')]))).toEqual([
      [p('missing.txt'), 'REJECT no such file or folder'],
      [p('ws.txt'), 'REJECT empty file (white space only)'],
      [p('folder/sub/z.txt'), 'Z мәтін\n'],
    ]);
  });
  it('reads a .json record and a .json array named on the command line', async () => {
    expect(brief(await read([p('one.json'), p('many.json')]))).toEqual([
      [p('one.json'), 'JSON мақала.'],
      [`${p('many.json')}#1`, 'Бір.'],
      [`${p('many.json')}#2`, 'REJECT item 2: no text field'],
    ]);
  });
});

describe('JSON Lines', () => {
  const expected = (src: string) => [
    [`${src}#1`, 'Бірінші мақала.'],
    [`${src}#3`, expect.stringMatching(/^REJECT line 3: not JSON: /)],
    [`${src}#4`, 'REJECT line 4: no text field'],
    [`${src}#5`, 'Екінші\nмақала.'],
    [`${src}#6`, 'REJECT line 6: not a JSON object'],
  ];
  it('one article per line, bad lines rejected with their line number', async () => {
    const items = await read([p('archive.jsonl')]);
    expect(brief(items)).toEqual(expected(p('archive.jsonl')));
    expect(items[0]).toMatchObject({ article: { externalId: 'a1', date: '2026-01-02', dateFrom: 'input', title: 'Бірінші' } });
    expect(items[3]).toMatchObject({ article: { langHint: 'kk' } });
  });
  it('.jsonl.gz is streamed through gunzip', async () => {
    expect(brief(await read([p('archive.jsonl.gz')]))).toEqual(expected(p('archive.jsonl.gz')));
  });
  it('a truncated .gz gives the lines before the break, then a reject', async () => {
    const items = await read([p('truncated.jsonl.gz'), p('folder/sub/z.txt')]);
    const last2 = brief(items.slice(-2));
    expect(last2[0]).toEqual([p('truncated.jsonl.gz'), expect.stringMatching(/^REJECT corrupt gzip: /)]);
    expect(last2[1]).toEqual([p('folder/sub/z.txt'), 'Z мәтін\n']);
    expect(items.length).toBeLessThan(200);
  });
  it('a .gz that is no gzip is rejected', async () => {
    expect(brief(await read([p('notgzip.jsonl.gz')]))).toEqual([[p('notgzip.jsonl.gz'), expect.stringMatching(/^REJECT corrupt gzip: .*header/)]]);
  });
  it('an archive with no records is rejected as empty', async () => {
    expect(brief(await read([p('empty.jsonl')]))).toEqual([[p('empty.jsonl'), 'REJECT empty file']]);
  });
  it('the text field can be renamed', async () => {
    write('body.jsonl', line({ body: 'Мәтін.', text: 'not this' }) + '\n');
    expect(brief(await read([p('body.jsonl')], { textField: 'body' }))).toEqual([[`${p('body.jsonl')}#1`, 'Мәтін.']]);
  });
});

describe('stdin', () => {
  it('plain text is one article (BOM, CRLF, header)', async () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' date 2026-01-19 Тақырып\r\nМәтін.\r\n', 'utf8')]);
    const items = await read(['-'], { stdin: stdin(data) });
    expect(items).toEqual([{ kind: 'article', article: { source: '-', text: 'Тақырып\nМәтін.\n', date: '2026-01-19', dateFrom: 'header', title: 'Тақырып' } }]);
  });
  it('JSON Lines when it starts with a JSON object, streamed line by line', async () => {
    const data = ['', line({ text: 'Бір.' }), 'oops', line({ text: 'Екі.', id: 'x' })].join('\n');
    expect(brief(await read(['-'], { stdin: stdin(data, 5) }))).toEqual([
      ['-#2', 'Бір.'],
      ['-#3', expect.stringMatching(/^REJECT line 3: not JSON/)],
      ['-#4', 'Екі.'],
    ]);
  });
  it('text whose later lines hold JSON is still text', async () => {
    const data = 'Тақырып\n{"text": "x"}\n';
    expect(brief(await read(['-'], { stdin: stdin(data) }))).toEqual([['-', data]]);
  });
  it('empty or binary stdin is rejected', async () => {
    expect(brief(await read(['-'], { stdin: stdin('') }))).toEqual([['-', 'REJECT empty input']]);
    expect(brief(await read(['-'], { stdin: stdin(Buffer.from([1, 0, 2, 0])) }))).toEqual([['-', 'REJECT binary file (NUL bytes)']]);
  });
  it('stdin among files keeps the order', async () => {
    expect(brief(await read([p('folder/sub/z.txt'), '-', p('folder/a-sub/x.txt')], { stdin: stdin('Мәтін') }))).toEqual([
      [p('folder/sub/z.txt'), 'Z мәтін\n'],
      ['-', 'Мәтін'],
      [p('folder/a-sub/x.txt'), 'X мәтін\n'],
    ]);
  });
});

describe('JSON Lines or text: by name, else by the first lines', () => {
  const records = [line({ text: 'Бір.', id: 'r1' }), line({ text: 'Екі.' }), line({ text: 'Үш.' })];
  const broken = ['{"id":"broken","text":"trunc', ...records].join('\n') + '\n';
  const expectBroken = (src: string) => [
    [`${src}#1`, expect.stringMatching(/^REJECT line 1: not JSON/)],
    [`${src}#2`, 'Бір.'],
    [`${src}#3`, 'Екі.'],
    [`${src}#4`, 'Үш.'],
  ];

  it('stdin whose first record is broken is still JSON Lines, never one text article', async () => {
    expect(brief(await read(['-'], { stdin: stdin(broken, 5) }))).toEqual(expectBroken('-'));
  });
  it('.ndjson and .ndjson.gz are JSON Lines, also in folders', async () => {
    write('nd/d.ndjson', broken);
    write('nd/e.ndjson.gz', zlib.gzipSync(broken));
    expect(brief(await read([p('nd')]))).toEqual([...expectBroken(p('nd/d.ndjson')), ...expectBroken(p('nd/e.ndjson.gz'))]);
  });
  it('a .json or .json.gz holding JSON Lines is read as JSON Lines; one that parses as one document is one', async () => {
    write('lines.json', broken);
    write('lines.json.gz', zlib.gzipSync(broken));
    write('one-line.json.gz', zlib.gzipSync(records[0]!));
    expect(brief(await read([p('lines.json'), p('lines.json.gz'), p('one-line.json.gz')]))).toEqual([
      ...expectBroken(p('lines.json')), ...expectBroken(p('lines.json.gz')), [p('one-line.json.gz'), 'Бір.'],
    ]);
  });
  it('another extension (or none) is JSON Lines when it looks so, else one text', async () => {
    write('dump.data', broken);
    write('dump.gz', zlib.gzipSync(broken));
    write('note', 'Тақырып\n{"text": "x"}\n');
    expect(brief(await read([p('dump.data'), p('dump.gz'), p('note')]))).toEqual([
      ...expectBroken(p('dump.data')), ...expectBroken(p('dump.gz')), [p('note'), 'Тақырып\n{"text": "x"}\n'],
    ]);
  });
  it('an archive with a comment line on top, or cut out of a bigger file mid-record, is still JSON Lines', async () => {
    const recs = [line({ text: 'Бір.' }), line({ text: 'Екі.' }), line({ text: 'Үш.' })];
    const commented = `# export of 2026-01-19\n${recs.join('\n')}\n`;
    const cut = `xt": "the end of a record cut mid-way"}\n${recs.join('\n')}\n`;
    for (const input of [commented, cut]) {
      const items = brief(await read(['-'], { stdin: stdin(input) }));
      expect(items[0]).toEqual(['-#1', expect.stringMatching(/^REJECT line 1: not JSON/)]);
      expect(items.slice(1)).toEqual([['-#2', 'Бір.'], ['-#3', 'Екі.'], ['-#4', 'Үш.']]);
    }
  });
  it('a .txt is a text whatever it holds', async () => {
    write('records.txt', broken);
    expect(brief(await read([p('records.txt')]))).toEqual([[p('records.txt'), broken]]);
  });
  it('text that only starts with a brace stays text; a pretty-printed JSON document on stdin is one', async () => {
    const text = '{Жаңалық} Астанада жиын өтті.\nЕкінші жол.\n{"a": 1}\n';
    expect(brief(await read(['-'], { stdin: stdin(text) }))).toEqual([['-', text]]);
    const doc = JSON.stringify([{ text: 'Бір.' }, { text: 'Екі.' }], null, 2);
    expect(brief(await read(['-'], { stdin: stdin(doc) }))).toEqual([['-#1', 'Бір.'], ['-#2', 'Екі.']]);
  });
});

describe('UTF-16 with a byte order mark', () => {
  // Three records, one with a character outside the BMP (a surrogate pair), so that odd chunk
  // boundaries split code units and pairs.
  const jsonl = [line({ text: 'Бірінші 🙂.' }), line({ text: 'Екінші.' }), line({ text: 'Үшінші.' })].join('\n') + '\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  const expected = (src: string) => [[`${src}#1`, 'Бірінші 🙂.'], [`${src}#2`, 'Екінші.'], [`${src}#3`, 'Үшінші.']];

  it('a UTF-16 LE or BE .jsonl reads every line', async () => {
    write('u16le.jsonl', le);
    write('u16be.jsonl.gz', zlib.gzipSync(be));
    expect(brief(await read([p('u16le.jsonl')]))).toEqual(expected(p('u16le.jsonl')));
    expect(brief(await read([p('u16be.jsonl.gz')]))).toEqual(expected(p('u16be.jsonl.gz')));
  });
  it('UTF-16 JSON Lines on stdin, in odd chunks, and a UTF-16 text on stdin', async () => {
    expect(brief(await read(['-'], { stdin: stdin(le, 3) }))).toEqual(expected('-'));
    const text = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Тақырып\r\nМәтін.', 'utf16le').swap16()]);
    expect(brief(await read(['-'], { stdin: stdin(text, 5) }))).toEqual([['-', 'Тақырып\nМәтін.']]);
  });
  it('broken UTF-16 after a byte order mark is one reject naming the encoding', async () => {
    write('u16bad.jsonl', Buffer.concat([le, Buffer.from([0x41])])); // an odd last byte
    expect(brief(await read([p('u16bad.jsonl')])).slice(-1)).toEqual([[p('u16bad.jsonl'), 'REJECT not text: invalid UTF-16LE after a byte order mark']]);
  });
});
