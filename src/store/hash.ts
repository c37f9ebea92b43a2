// The records hash: what decides whether a stored article must be rewritten.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../types.js';

/** JSON with object keys sorted, so the hash does not depend on the order stages set fields. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
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
