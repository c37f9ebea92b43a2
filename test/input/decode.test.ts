import { describe, expect, it } from 'vitest';
import { binaryReason, decodeBytes } from '../../src/input/decode.js';

const cp1251 = (s: string) => {
  // Windows-1251 bytes of a Russian string: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8.
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (ch === 'Ё') out.push(0xa8);
    else if (ch === 'ё') out.push(0xb8);
    else throw new Error(`not in the test table: ${ch}`);
  }
  return Buffer.from(out);
};

describe('decodeBytes', () => {
  const cases: Array<[string, Buffer, string, string]> = [
    ['UTF-8', Buffer.from('Аким области', 'utf8'), 'Аким области', 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Әкім', 'utf8')]), 'Әкім', 'utf-8'],
    ['CRLF → LF', Buffer.from('Бір\r\nЕкі\r\n', 'utf8'), 'Бір\nЕкі\n', 'utf-8'],
    ['lone CR → LF', Buffer.from('One\rTwo', 'utf8'), 'One\nTwo', 'utf-8'],
    ['NFC: е + combining diaeresis → ё', Buffer.from('е\u0308лка', 'utf8'), 'ёлка', 'utf-8'],
    ['Windows-1251', cp1251('Аким области Ермаганбет Булекпаев, 14 января 2026 г.'), 'Аким области Ермаганбет Булекпаев, 14 января 2026 г.', 'windows-1251'],
    ['Windows-1251 with CRLF', cp1251('Заголовок\r\nТекст статьи.'), 'Заголовок\nТекст статьи.', 'windows-1251'],
    // RK1048 (KZ-1048), Kazakh's own code page: Қ = 0x8D, ә = 0xBC, Ү = 0xAF, ө = 0xBA, ң = 0xBE, ғ = 0xB4, і = 0xB3
    ['RK1048 (Kazakh code page)', Buffer.from('8de0e7e09df1f2e0ed20d0e5f1eff3e1ebe8eae0f1fb20bceab3ecb320afeab3ece5f220b4beb3f020bafbebfbec', 'hex'),
      'Қазақстан Республикасы әкімі Үкімет өңір ғылым', 'rk1048'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Қала\r\n', 'utf16le')]), 'Қала\n', 'utf-16le'],
  ];
  it.each(cases)('%s', (_name, bytes, text, encoding) => {
    const d = decodeBytes(bytes);
    expect(d).toEqual({ ok: true, text, encoding });
  });

  const bad: Array<[string, Buffer, RegExp]> = [
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x43]), /binary file \(NUL bytes\)/],
    ['control characters', Buffer.from([0x41, 0x01, 0x02, 0x03, 0x04, 0x42, 0x05, 0x06]), /binary file \(\d+ control characters\)/],
    ['Latin-1 bytes are not Cyrillic', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa9, 0xae, 0xb1, 0xbc, 0xd7]), /undecodable/],
  ];
  it.each(bad)('rejects %s', (_name, bytes, reason) => {
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(reason);
  });

  it('a tab or a stray control character is still text', () => {
    expect(binaryReason(Buffer.from('a\tb\fc\x1b[0m d', 'utf8'))).toBeNull();
  });
});
