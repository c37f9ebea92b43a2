// A streamed input in UTF-16 with a byte order mark (Windows Notepad's "Unicode") is turned into
// UTF-8 as it is read: the line splitter looks for the LF byte, which UTF-16 spreads over two
// bytes, and every later step reads UTF-8 anyway. Other streams pass through untouched.
import { TextDecoder } from 'node:util';

/** A stream that starts with a UTF-16 byte order mark and then breaks the encoding. */
export class Utf16Error extends Error {
  override name = 'Utf16Error';
}

/** The encoding a UTF-16 byte order mark at the start of `bytes` names, if any. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The chunks of a stream, as UTF-8 when it starts with a UTF-16 byte order mark (which is dropped). */
export async function* utf8FromUtf16(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let start: Buffer | null = Buffer.alloc(0); // the first bytes, until two tell whether a BOM is there
  let decoder: TextDecoder | null = null;
  let encoding = '';
  const decode = (bytes?: Buffer): Buffer => {
    try {
      return Buffer.from(bytes ? decoder!.decode(bytes, { stream: true }) : decoder!.decode(), 'utf8');
    } catch {
      throw new Utf16Error(`not text: invalid ${encoding.toUpperCase()} after a byte order mark`);
    }
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (start) {
      start = start.length ? Buffer.concat([start, buf]) : buf;
      if (start.length < 2) continue;
      const bom = utf16Bom(start);
      const first = start;
      start = null;
      if (!bom) {
        yield first;
        continue;
      }
      encoding = bom;
      decoder = new TextDecoder(bom, { fatal: true }); // ignoreBOM false: the BOM is dropped
      yield decode(first);
    } else yield decoder ? decode(buf) : buf;
  }
  if (start?.length) yield start;
  if (decoder) {
    const last = decode();
    if (last.length) yield last;
  }
}
