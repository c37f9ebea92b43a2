// Input decoding: bytes → the article text that every offset indexes. This is the only place
// where the text is changed on its way in: BOM dropped, CRLF and lone CR → LF, Unicode NFC.
// After this, `text` is never changed again (the ` date … ` header marker aside, src/input/meta.ts).

import { createRequire } from 'node:module';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1251' | 'rk1048' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1251 = new TextDecoder('windows-1251');

/** Line ends to LF and NFC: the normalization every decoded text gets (also JSONL `text` fields). */
export function normalizeDecoded(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Control characters other than tab, LF, VT, FF, CR (and ESC, which some old texts carry). */
function isBinaryControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/** Checks bytes that no text has: NUL, or many control characters. Null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (NUL bytes)';
    if (isBinaryControl(b)) controls++;
  }
  // Text has at most a stray control character; 5 % of all bytes is far beyond that.
  if (controls > 0 && controls >= Math.max(2, bytes.length * 0.05)) return `binary file (${controls} control characters)`;
  return null;
}

/**
 * Bytes that are not UTF-8 are Windows-1251 when they decode as such into Cyrillic: of the
 * characters from bytes ≥ 0x80, at least 80 % must be Cyrillic letters (a Latin-1 or binary
 * file decodes into a mix of symbols and Cyrillic instead).
 */
function cyrillicShareOfHighBytes(text: string): number {
  let high = 0;
  let cyr = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    high++;
    if (/\p{Script=Cyrillic}/u.test(ch)) cyr++;
  }
  return high ? cyr / high : 0;
}

/**
 * Decodes one input's bytes: UTF-16 with a BOM (Windows Notepad's "Unicode"), UTF-8 with or
 * without BOM, else Windows-1251 when it reads as Cyrillic; anything else is not text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (/\u0000/.test(text)) return { ok: false, reason: 'binary file (NUL characters)' };
      return { ok: true, text: normalizeDecoded(text), encoding };
    } catch {
      return { ok: false, reason: `not text: invalid ${encoding.toUpperCase()} after a byte order mark` };
    }
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  try {
    return { ok: true, text: normalizeDecoded(utf8.decode(bytes)), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try Windows-1251 below
  }
  const text = cp1251.decode(bytes);
  if (cyrillicShareOfHighBytes(text) >= 0.8) {
    if (looksLikeKazakhInCp1251(text)) return { ok: true, text: normalizeDecoded(decodeRk1048(bytes)), encoding: 'rk1048' };
    return { ok: true, text: normalizeDecoded(text), encoding: 'windows-1251' };
  }
  return { ok: false, reason: 'not text: undecodable bytes (neither UTF-8 nor Windows-1251 Cyrillic)' };
}

/**
 * Kazakh's own code page, RK1048 (KZ-1048), puts ә ғ қ ң ө ұ ү һ і where Windows-1251 has Serbian,
 * Macedonian and Ukrainian letters (Ќ ќ Ћ ћ Џ џ Ї ї Ґ ґ Ѕ ѕ Є є Ў ў Ј ј), which Russian and Kazakh
 * texts do not use: several of those in a Windows-1251 reading mean the bytes are RK1048.
 */
function looksLikeKazakhInCp1251(text: string): boolean {
  const foreign = text.match(/[ЌќЋћЏџЇїҐґЅѕЄєЎўЈј]/g)?.length ?? 0;
  const letters = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return foreign >= 3 && foreign >= letters * 0.01;
}

/** TextDecoder has no RK1048; iconv-lite does (loaded only for such files). */
function decodeRk1048(bytes: Uint8Array): string {
  const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(b: Buffer, enc: string): string };
  return iconv.decode(Buffer.from(bytes), 'rk1048');
}
