// Splits a byte stream into lines without decoding it first, so that each JSON Lines record is
// decoded (and checked) on its own and an archive never has to fit in memory.

export interface ByteLine {
  /** The line's bytes, without its LF (a CR before it stays: decoding turns CRLF into LF). */
  bytes: Buffer;
  /** 1-based line number. */
  n: number;
}

/** Lines of a stream of chunks; the last line is yielded even without a final LF. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ByteLine> {
  let rest: Buffer = Buffer.alloc(0);
  let n = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let data = rest.length ? Buffer.concat([rest, buf]) : buf;
    let from = 0;
    for (let lf = data.indexOf(0x0a, from); lf >= 0; lf = data.indexOf(0x0a, from)) {
      yield { bytes: data.subarray(from, lf), n: ++n };
      from = lf + 1;
    }
    // Copy the tail so the (possibly large) chunk it came from can be freed.
    rest = Buffer.from(data.subarray(from));
    data = rest;
  }
  if (rest.length) yield { bytes: rest, n: ++n };
}
