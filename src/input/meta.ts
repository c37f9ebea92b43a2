// From decoded text (and, for archives, a JSON record) to an Article: the ` date YYYY-MM-DD `
// header, the dateline, the title (ANNOTATION.md §1).
import type { Article } from '../article.js';
import type { Lang } from '../types.js';
import { findDateline, validDate } from './dateline.js';
import { normalizeDecoded } from './decode.js';
import { findTitle } from './title.js';

// The header marker exactly as the seeds carry it: a leading space, the date, one space; the first
// line of the article follows on the same line. Only the marker is removed from the text.
const HEADER = /^ date (\d{4})-(\d{2})-(\d{2}) /;

/** Splits off the ` date YYYY-MM-DD ` header: the text without the marker, and the date when valid. */
export function splitHeader(raw: string): { text: string; date: string | null; marker: boolean } {
  const m = HEADER.exec(raw);
  if (!m) return { text: raw, date: null, marker: false };
  return { text: raw.slice(m[0].length), date: validDate(Number(m[1]), Number(m[2]), Number(m[3])), marker: true };
}

/**
 * One article from its raw (decoded) text: header date, else dateline date, and the title.
 * `text` is `raw` minus the header marker and nothing else (a leading BOM aside, which is no text).
 */
export function parseArticleText(raw: string, source: string, given: { date?: string | null; title?: string | null } = {}): Article {
  const { text, date: headerDate } = splitHeader(raw.replace(/^\uFEFF/, ''));
  const article: Article = { source, text, date: null, dateFrom: null, title: given.title ?? findTitle(text) };
  if (given.date) {
    // The archive states the date: it wins, so the (costly) dateline search is not needed.
    article.date = given.date;
    article.dateFrom = 'input';
  } else if (headerDate) {
    article.date = headerDate;
    article.dateFrom = 'header';
  } else {
    const dl = findDateline(text);
    if (dl) {
      article.date = dl.date;
      article.dateFrom = 'dateline';
    }
  }
  return article;
}

/** Field names of an archive record (JSON Lines); `text`, `id`, `date` may be renamed. */
export interface RecordFields {
  textField?: string;
  idField?: string;
  dateField?: string;
}

export type RecordResult = { ok: true; article: Article } | { ok: false; reason: string };

const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** `2026-01-30`, `2026-01-30T10:00:00Z`, `2026-01-30 10:00` → `2026-01-30`; else null. */
export function dateOfField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * One article from a JSON Lines record. What the archive gives wins over what the text shows:
 * `date` (dateFrom 'input'), `title` (white space collapsed), `id` → externalId, `url`,
 * `lang` → langHint (kk/ru/en only). The text gets the same line-end and NFC normalization as files.
 */
export function articleFromRecord(record: unknown, source: string, fields: RecordFields = {}): RecordResult {
  const textField = fields.textField ?? 'text';
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return { ok: false, reason: 'not a JSON object' };
  const r = record as Record<string, unknown>;
  const raw = r[textField];
  if (typeof raw !== 'string') return { ok: false, reason: raw === undefined ? `no ${textField} field` : `${textField} field is not a string` };
  if (!raw.trim()) return { ok: false, reason: `empty ${textField} field` };
  const date = dateOfField(r[fields.dateField ?? 'date']);
  const title = typeof r.title === 'string' && r.title.trim() ? r.title.replace(/\s+/gu, ' ').trim() : null;
  const article = parseArticleText(normalizeDecoded(raw), source, { date, title });
  const id = r[fields.idField ?? 'id'];
  if ((typeof id === 'string' && id) || typeof id === 'number') article.externalId = String(id);
  if (typeof r.url === 'string' && r.url) article.url = r.url;
  if (typeof r.lang === 'string' && (LANGS as readonly string[]).includes(r.lang)) article.langHint = r.lang as Lang;
  return { ok: true, article };
}
