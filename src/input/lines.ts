// Splits a byte stream into lines without decoding it first, so that each JSON Lines record is
// decoded (and checked) on its own and an archive never has to fit in memory.

export interface ByteLine {
  /** The line's bytes, without its LF (a CR before it stays: decoding turns CRLF into LF). */
  bytes: Buffer;
  /** 1-based line number. */
  n: number;
  tooLong?: undefined;
}

/** A line longer than the cap: its bytes were dropped as they came, never held whole. */
export interface LongLine {
  tooLong: true;
  n: number;
}

/**
 * Lines of a stream of chunks; the last line is yielded even without a final LF. A line of more
 * than `maxLineBytes` comes out as a LongLine and reading goes on at the next line.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes = Infinity): AsyncGenerator<ByteLine | LongLine> {
  // The unfinished line is kept as its pieces and joined once, at its LF: appending each chunk
  // to it instead copies it again per chunk, quadratic in the line's length.
  let pieces: Buffer[] = [];
  let pending = 0;
  let skipping = false; // the unfinished line is over the cap: dropped up to its LF
  let n = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let lf = buf.indexOf(0x0a); lf >= 0; lf = buf.indexOf(0x0a, from)) {
      const end = buf.subarray(from, lf);
      n++;
      if (skipping || pending + end.length > maxLineBytes) yield { tooLong: true, n };
      else yield { bytes: pieces.length ? Buffer.concat([...pieces, end], pending + end.length) : end, n };
      pieces = [];
      pending = 0;
      skipping = false;
      from = lf + 1;
    }
    if (from === buf.length || skipping) continue;
    const tail = buf.subarray(from);
    if (pending + tail.length > maxLineBytes) {
      skipping = true;
      pieces = [];
      pending = 0;
    } else {
      // Copy a chunk's tail so that the (possibly large) chunk it came from can be freed.
      pieces.push(from > 0 ? Buffer.from(tail) : buf);
      pending += tail.length;
    }
  }
  if (skipping) yield { tooLong: true, n: ++n };
  else if (pending) yield { bytes: Buffer.concat(pieces, pending), n: ++n };
}
