// The records hash: what decides whether a stored article must be rewritten.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../types.js';

/**
 * JSON with object keys sorted, so the hash does not depend on the order stages set fields.
 * Written out by hand rather than with a JSON.stringify replacer (which copies every object into
 * a sorted one first): the writer runs this for every article, on the one thread that writes.
 * The output is exactly JSON.stringify's with sorted keys (a test compares the two).
 */
export function stableJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

function stringify(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return stringify((v as { toJSON(): unknown }).toJSON());
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (stringify(v[i]) ?? 'null');
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const k of sortedKeys(v as object)) {
    const s = stringify((v as Record<string, unknown>)[k]);
    if (s === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${s}`;
    first = false;
  }
  return `${out}}`;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** Keys sorted, in the order an object built with sorted keys lists them: JavaScript puts
 *  array-index keys ('9', '10') first, in numeric order. */
function sortedKeys(v: object): string[] {
  const keys = Object.keys(v).sort();
  const index = keys.filter((k) => ARRAY_INDEX.test(k) && Number(k) < 2 ** 32 - 1);
  if (!index.length) return keys;
  return [...index.sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !index.includes(k))];
}

/**
 * SHA-256 of everything extraction produced for an article: its records and the fields derived
 * from it (date, title, lang, script, langScore) and its exact text (offsets index it). Not the
 * id (derived from the text) nor the source (where it was read from this time).
 */
export function recordsHash(record: ArticleRecord): string {
  const { id: _id, source: _source, ...rest } = record;
  return createHash('sha256').update(stableJson(rest)).digest('hex');
}

/** What extraction is given besides the text (whose hash is the id): a change means re-extract. */
export interface InputFields {
  date: string | null;
  title: string | null;
  langHint?: string;
  externalId?: string;
  url?: string;
}

/** SHA-256 (hex, 32 chars) of the article id and the input fields that can change its records. */
export function inputHash(id: string, a: InputFields): string {
  const fields = [id, a.date ?? '', a.title ?? '', a.langHint ?? '', a.externalId ?? '', a.url ?? ''];
  return createHash('sha256').update(fields.join('\0')).digest('hex').slice(0, 32);
}
