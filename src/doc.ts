// The working state one article carries through the pipeline. Stages read and append to it;
// the final ArticleRecord (src/types.ts) is built from it by src/pipeline.ts.
import type { Article } from './article.js';
import type { DirectiveRecord, FigureRecord, Lang, Mention, OfficialRecord, RegionRecord, Script } from './types.js';
import type { TextView } from './text/view.js';

export interface Sentence {
  /** View offsets [start, end). */
  start: number;
  end: number;
}

export interface Doc {
  article: Article;
  /** The original text all records index. */
  text: string;
  lang: Lang;
  script: Script;
  langScore: number;
  /** The text rules match against, with a map back to `text`. */
  view: TextView;
  /** Sentences in view offsets, in order. */
  sentences: Sentence[];
  /** The date relative expressions resolve against: the article's date, or null when undated. */
  refDate: string | null;
  /** The date places and offices resolve as of: refDate, else a period the text shows, else today. */
  asOf: string;
  /** The article's main first-level region (ISO code), when one dominates: fills officials' region. */
  mainRegion: string | null;
  officials: OfficialRecord[];
  regions: RegionRecord[];
  figures: FigureRecord[];
  directives: DirectiveRecord[];
  /** Per-stage scratch data other stages may read (e.g. person spans for directive issuers). */
  notes: Record<string, unknown>;
}

/** Index of the sentence containing view offset `i`. */
export function sentenceAt(doc: Doc, i: number): number {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= i) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** A Mention (original offsets, surface as written) for a view span. */
export function mentionAt(doc: Doc, viewStart: number, viewEnd: number): Mention {
  const [start, end] = doc.view.span(viewStart, viewEnd);
  return { surface: doc.text.slice(start, end), start, end, sentence: sentenceAt(doc, viewStart) };
}

/** The original text under a view span, trimmed: for fields "as written" (object, content, …). */
export function writtenAt(doc: Doc, viewStart: number, viewEnd: number): string {
  return doc.view.slice(viewStart, viewEnd).trim();
}
