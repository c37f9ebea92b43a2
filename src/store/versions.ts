// When a stored article that shares an incoming article's source key (archive id, url, file path)
// is an older version of it, to be replaced, and when it is another article that happens to reuse
// the key (archives that number their records 1..N in every file), to be kept.
import path from 'node:path';

/** The archive file of a source (`dir/day1.jsonl#12` → its absolute path), null for stdin (no identity). */
function archiveOf(source: string): { file: string; line: number | null } | null {
  const m = /^(.*)#(\d+)$/.exec(source);
  const file = m ? m[1]! : source;
  if (file === '-' || file === '') return null;
  return { file: path.resolve(file), line: m ? Number(m[2]) : null };
}

/** Both sources are in one archive file (stdin is no file: two stdin runs may hold anything). */
export function sameArchive(a: string, b: string): boolean {
  const x = archiveOf(a);
  const y = archiveOf(b);
  return x !== null && y !== null && x.file === y.file;
}

/** `later` is a later line of the same JSON Lines archive as `earlier`: within an archive, the last
 *  record with an id is its current version. */
export function laterLineOfSameArchive(later: string, earlier: string): boolean {
  const x = archiveOf(later);
  const y = archiveOf(earlier);
  return x !== null && y !== null && x.file === y.file && x.line !== null && y.line !== null && x.line > y.line;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 3;
/** Share of the shorter text's word triples found in the other: an edit (a correction, an added
 *  paragraph) keeps most of them; an unrelated article shares next to none. */
export const SAME_ARTICLE_SHARE = 0.5;

const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** Runs of k words (k ≥ 1). */
function shingles(words: string[], k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** Whether two texts are versions of one article: most word triples of the shorter are in the longer
 *  (single words when a text has fewer than three). */
export function sameArticle(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const k = Math.max(1, Math.min(SHINGLE, wa.length, wb.length));
  const x = shingles(wa, k);
  const y = shingles(wb, k);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return large.size === 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size >= SAME_ARTICLE_SHARE;
}
