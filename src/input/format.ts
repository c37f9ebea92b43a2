// What an input holds, JSON Lines, one JSON document or one text, decided by its name, and when
// the name does not say (stdin, other extensions), by its first lines. Getting this wrong one way
// stores a whole archive as one "article" of raw JSON, silently; the other way only rejects lines,
// loudly: so an input whose first lines mostly begin like JSON objects is JSON Lines.

export type NamedFormat = 'json-lines' | 'json' | 'text' | 'unknown';

/** The format a file's name gives (`.gz` looked through: `a.ndjson.gz` is JSON Lines, gzipped). */
export function formatOfName(file: string): { format: NamedFormat; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const inner = gzip ? lower.slice(0, -3) : lower;
  if (inner.endsWith('.jsonl') || inner.endsWith('.ndjson')) return { format: 'json-lines', gzip };
  if (inner.endsWith('.json')) return { format: 'json', gzip };
  if (inner.endsWith('.txt')) return { format: 'text', gzip };
  return { format: 'unknown', gzip };
}

/** How much of an input `looksLikeJsonLines` is given: its first lines that are not blank, within a size. */
export const SNIFF_LINES = 8;
export const SNIFF_BYTES = 256 * 1024;

/** A line that begins like a JSON object: `{"…`, `{ "…` or `{}` (the rest may be broken or cut). */
const OBJECT_START = /^\{\s*["}]/;

/**
 * True when `head`, the start of an input (UTF-8 or another ASCII-compatible encoding), is JSON
 * Lines: at least half of its first lines that are not blank (up to SNIFF_LINES) begin like a JSON
 * object, and either the first of them does or at least two do (an archive piped with a comment
 * line on top, or cut out of a bigger file mid-record; a text with one such line stays a text).
 * Only how lines begin counts, not whether they parse: a broken or truncated first record must not
 * turn an archive into text. A line cut off by the end of `head` (when the input goes on) counts
 * only when no other is whole.
 */
export function looksLikeJsonLines(head: Buffer, ended: boolean): boolean {
  const lines = head.toString('latin1').replace(/^\xef\xbb\xbf/, '').split('\n').map((l) => l.trim());
  const last = lines.pop()!; // not followed by LF: whole only when the input ended there
  let sample = lines.filter(Boolean);
  if (last && (ended || !sample.length)) sample.push(last);
  sample = sample.slice(0, SNIFF_LINES);
  if (!sample.length) return false;
  const objects = sample.filter((l) => OBJECT_START.test(l)).length;
  return objects * 2 >= sample.length && (sample[0]!.startsWith('{') || objects >= 2);
}

/** True when a text's first character that is not blank opens a JSON object or array. */
export function startsLikeJson(bytes: Buffer): boolean {
  const t = bytes.subarray(0, 1024).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart();
  return t.startsWith('{') || t.startsWith('[');
}
