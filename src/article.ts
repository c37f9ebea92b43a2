// An Article is one input unit after reading and decoding: the text all offsets index, plus what
// the input said about it. Parsing of headers, datelines and titles lives in src/input/meta.ts.
import type { Lang } from './types.js';

export interface Article {
  /** Where it came from: a file path, or `path#line` for one line of a JSONL archive. */
  source: string;
  /** The article text that all offsets index (the ` date YYYY-MM-DD ` header removed, nothing else). */
  text: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** How `date` was found. */
  dateFrom: 'header' | 'input' | 'dateline' | null;
  title: string | null;
  /** An id given by the archive (kept as metadata; the record id is the hash of the normalized text). */
  externalId?: string;
  url?: string;
  /** A language given by the archive: a hint, checked by detection. */
  langHint?: Lang;
  /** articleId(text), when the caller has computed it already (the ingest does, to skip stored articles). */
  id?: string;
  /** Read back from the database (`--stale`): the source key and archive it was stored with. */
  stored?: { sourceKey: string | null; archive: string | null };
}

import { createHash } from 'node:crypto';

/** The text an id is computed from: NFC, LF line ends, no surrounding white space. */
export function normalizeForId(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** SHA-256 (hex) of the article's normalized text: the same article twice is one row. */
export function articleId(text: string): string {
  return createHash('sha256').update(normalizeForId(text)).digest('hex');
}
