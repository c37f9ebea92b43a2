// A TextView is the text the rules match against: the article's `text` normalized for matching
// (look-alike letters, spaces, dashes, quotes) or transliterated (Latin-script Kazakh → Cyrillic).
// Every view character knows the original span it stands for, so records always report offsets
// into the original `text`: text.slice(start, end) === surface.
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';

export class TextView {
  /**
   * @param starts starts[i] = original offset where view char i's source begins (null: identity)
   * @param ends   ends[i]   = original offset where view char i's source ends
   */
  constructor(
    readonly text: string,
    readonly original: string,
    private readonly starts: Int32Array | null = null,
    private readonly ends: Int32Array | null = null,
  ) {}

  /** A view of the same length as the original (a 1:1 character normalization). */
  static identity(original: string, normalized = original): TextView {
    if (normalized.length !== original.length) throw new Error('TextView.identity: lengths differ');
    return new TextView(normalized, original);
  }

  get isIdentity(): boolean {
    return this.starts === null;
  }

  /** Original [start, end) of a view span [start, end). */
  span(start: number, end: number): [number, number] {
    if (!this.starts || !this.ends) return [start, end];
    if (start >= this.text.length) return [this.original.length, this.original.length];
    const s = this.starts[start]!;
    const e = end > start ? this.ends[end - 1]! : s;
    return [s, Math.max(s, e)];
  }

  /** The original text under a view span, as written. */
  slice(start: number, end: number): string {
    const [s, e] = this.span(start, end);
    return this.original.slice(s, e);
  }

  /** View offset of an original offset: the first view char whose source starts at or after it. */
  fromOriginal(o: number): number {
    if (!this.starts) return o;
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < o) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

/**
 * A run of view text with, per character, the original span it stands for relative to the run's
 * source, packed in one string: three UTF-16 units per character (the character, its start, its end).
 * A cache of runs (one per distinct word) is read for every word of an article: one small string per
 * run keeps those reads to one object, where text + two offset arrays were three or more.
 * Relative offsets must be below PACKED_OFFSET_LIMIT.
 */
export type PackedRun = string;
export const PACKED_OFFSET_LIMIT = 0x10000;

/** Packs one character of a run (see PackedRun). */
export function packChar(code: number, from: number, to: number): PackedRun {
  return String.fromCharCode(code, from, to);
}

/**
 * Builds a view piece by piece: each appended string records the original span it stands for.
 * Characters and offsets go into typed arrays (grown by doubling) rather than per-character
 * arrays of numbers and strings: a view is built for every article.
 */
export class ViewBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly original: string) {
    // a transliteration is about as long as its source: most views fit without growing
    const capacity = original.length + 64;
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Appends `out`, which stands for original[from, to). */
  push(out: string, from: number, to: number): void {
    const n = out.length;
    this.reserve(n);
    for (let k = 0; k < n; k++) this.add(out.charCodeAt(k), from, to);
  }

  /** Appends original[from, to) as written, each character standing for itself. */
  pushAsWritten(from: number, to: number): void {
    this.reserve(to - from);
    for (let i = from; i < to; i++) this.add(this.original.charCodeAt(i), i, i + 1);
  }

  /** Appends one character that stands for itself at original offset `at`. */
  pushCharAsWritten(at: number): void {
    this.reserve(1);
    this.add(this.original.charCodeAt(at), at, at + 1);
  }

  /** Appends the packed run run[at..] whose offsets are relative to original offset `base`. */
  pushPacked(run: PackedRun, at: number, base: number): void {
    const n = (run.length - at) / 3;
    this.reserve(n);
    const to = this.length;
    const { codes, starts, ends } = this;
    for (let k = 0, r = at; k < n; k++, r += 3) {
      codes[to + k] = run.charCodeAt(r);
      starts[to + k] = base + run.charCodeAt(r + 1);
      ends[to + k] = base + run.charCodeAt(r + 2);
    }
    this.length = to + n;
  }

  build(): TextView {
    const n = this.length;
    return new TextView(codesToString(this.codes, n), this.original, this.starts.slice(0, n), this.ends.slice(0, n));
  }

  /** Appends without a capacity check: callers reserve first. */
  private add(code: number, from: number, to: number): void {
    const at = this.length++;
    this.codes[at] = code;
    this.starts[at] = from;
    this.ends[at] = to;
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.codes.length) return;
    const capacity = Math.max(need, this.codes.length * 2);
    this.codes = grow(this.codes, new Uint16Array(capacity));
    this.starts = grow(this.starts, new Int32Array(capacity));
    this.ends = grow(this.ends, new Int32Array(capacity));
  }
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * UTF-16 code units → string. Node's utf16le decoding is a copy (and keeps lone surrogates, as
 * TextDecoder does not); on a big-endian machine the units are not in its byte order, so they go
 * through fromCharCode in chunks (its argument count is limited).
 */
function codesToString(codes: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le');
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
const LITTLE_ENDIAN = endianness() === 'LE';
