// When a stored article that shares an incoming article's source key (archive id, url, file path)
// is an older version of it, to be replaced, and when it is another article that happens to reuse
// the key (archives that number their records 1..N in every file), to be kept.
import path from 'node:path';

/** The archive file a source was read from, as an absolute path (`dir/day1.jsonl#12` → `/…/dir/day1.jsonl`),
 *  null for stdin, which is no file (two stdin runs may hold anything). Worked out when the article
 *  is read and stored with it: a relative path means another file from another folder. */
export function archiveOf(source: string): string | null {
  const { file } = splitSource(source);
  if (file === '-' || file === '') return null;
  // The lines of one archive come one after another: resolved once per file (an unchanged re-run
  // reads tens of thousands of lines a second).
  if (file !== lastFile) {
    lastFile = file;
    lastArchive = path.resolve(file);
  }
  return lastArchive;
}
let lastFile = '';
let lastArchive = '';

/** The line of a JSON Lines record (`a.jsonl#12` → 12), 0 for a whole file. */
export function lineOf(source: string): number {
  return splitSource(source).line;
}

/** A source as its file and line: `a.jsonl#12` → a.jsonl, 12; a whole file → itself, 0. */
function splitSource(source: string): { file: string; line: number } {
  const hash = source.lastIndexOf('#');
  const tail = source.slice(hash + 1);
  return hash > 0 && /^\d+$/.test(tail) ? { file: source.slice(0, hash), line: Number(tail) } : { file: source, line: 0 };
}

const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;
/** Share of the shorter text's word triples found in the other: an edit (a correction, an added
 *  paragraph) keeps most of them; an unrelated article shares next to none. */
const SAME_ARTICLE_SHARE = 0.5;

const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** Runs of k words (k ≥ 1). */
function shingles(words: string[], k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** One text compared with others: its words and word triples worked out once. */
export class TextVersions {
  private wordList: string[] | null = null;
  private triples: Set<string> | null = null;

  /** The text is read only when a comparison comes (most new articles have no stored holder). */
  constructor(private readonly text: string) {}

  private get words(): string[] {
    return (this.wordList ??= wordsOf(this.text));
  }

  /** Whether `other` is a version of this text: most word triples of the shorter are in the longer
   *  (single words when a text has fewer than three). */
  isVersionOf(other: string): boolean {
    const wo = wordsOf(other);
    const k = Math.max(1, Math.min(SHINGLE, this.words.length, wo.length));
    const mine = k === SHINGLE ? (this.triples ??= shingles(this.words, k)) : shingles(this.words, k);
    const theirs = shingles(wo, k);
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    if (small.size === 0) return large.size === 0;
    let shared = 0;
    for (const s of small) if (large.has(s)) shared++;
    return shared / small.size >= SAME_ARTICLE_SHARE;
  }
}

/** Whether two texts are versions of one article (see TextVersions). */
export function sameArticle(a: string, b: string): boolean {
  return new TextVersions(a).isVersionOf(b);
}
