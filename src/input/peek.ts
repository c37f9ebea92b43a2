// Reads the beginning of a stream without losing it: what an input holds is decided from its
// first bytes (see format.ts), then the whole stream, those bytes included, is read on.

export interface Peeked {
  /** The chunks read so far. */
  chunks: Buffer[];
  /** Their total length. */
  bytes: number;
  /** True when the stream ended within them. */
  ended: boolean;
  /** The chunks read so far (taken out of `chunks`), then the rest of the stream: iterated once. */
  whole(): AsyncGenerator<Buffer>;
  /** Stops the stream when the rest is not wanted (closes a file). */
  close(): Promise<void>;
}

export interface PeekLimits {
  /** Stop once more than this many bytes are read. */
  maxBytes: number;
  /** Stop once this many lines that are not blank are complete. */
  maxLines?: number;
}

const isBlankByte = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === 0xef || b === 0xbb || b === 0xbf; // (UTF-8 BOM bytes too)

export async function peek(stream: AsyncIterable<Buffer | string>, limits: PeekLimits): Promise<Peeked> {
  const iterator = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let bytes = 0;
  let ended = false;
  let lines = 0;
  let lineHasContent = false;
  const maxLines = limits.maxLines ?? Infinity;
  while (bytes <= limits.maxBytes && lines < maxLines) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const buf = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    chunks.push(buf);
    bytes += buf.length;
    if (maxLines === Infinity) continue;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 0x0a) {
        if (lineHasContent) lines++;
        lineHasContent = false;
      } else if (!isBlankByte(buf[i]!)) lineHasContent = true;
    }
  }
  return {
    chunks,
    bytes,
    ended,
    async *whole() {
      // Handed over one by one and let go: a stream read on for long does not keep its start.
      while (chunks.length) yield chunks.shift()!;
      if (ended) return;
      try {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
        }
      } finally {
        await iterator.return?.();
      }
    },
    async close() {
      if (!ended) await iterator.return?.();
    },
  };
}
