// A TextView is the text the rules match against: the article's `text` normalized for matching
// (look-alike letters, spaces, dashes, quotes) or transliterated (Latin-script Kazakh → Cyrillic).
// Every view character knows the original span it stands for, so records always report offsets
// into the original `text`: text.slice(start, end) === surface.

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

/** Builds a view piece by piece: each appended string records the original span it stands for. */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly original: string) {}

  /** Appends `out`, which stands for original[from, to). */
  push(out: string, from: number, to: number): void {
    for (let k = 0; k < out.length; k++) {
      this.starts.push(from);
      this.ends.push(to);
    }
    this.parts.push(out);
  }

  build(): TextView {
    return new TextView(this.parts.join(''), this.original, Int32Array.from(this.starts), Int32Array.from(this.ends));
  }
}
