// Records for researchers: one kind of record joined with its article's date, language and source,
// filtered by language, region and date, streamed row by row (an export never sits in memory).
import type { RecordKind } from '../types.js';
import type { DB } from './db.js';
import { RECORD_COLUMNS } from './rows.js';

export interface ExportFilter {
  lang?: string;
  /** A region code (KZ-75) or name as stored: records of articles that mention it (for regions: that region). */
  region?: string;
  /** Article date from / to, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** The columns of an export, in order: the article's, then the record's. */
export function exportColumns(kind: RecordKind): string[] {
  return ['article_id', 'date', 'lang', 'source', ...RECORD_COLUMNS[kind].filter((c) => c !== 'article_id')];
}

const JSON_COLUMNS = new Set(['mentions', 'addressees']);

export function* exportRows(db: DB, kind: RecordKind, filter: ExportFilter = {}): Generator<Record<string, unknown>> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.lang) { where.push('a.lang = ?'); params.push(filter.lang); }
  if (filter.from) { where.push('a.date >= ?'); params.push(filter.from); }
  if (filter.to) { where.push('a.date <= ?'); params.push(filter.to); }
  if (filter.region) {
    if (kind === 'regions') where.push('(r.code = ? OR r.name = ?)');
    else where.push('EXISTS (SELECT 1 FROM regions AS g WHERE g.article_id = a.id AND (g.code = ? OR g.name = ?))');
    params.push(filter.region, filter.region);
  }
  const recordCols = RECORD_COLUMNS[kind].filter((c) => c !== 'article_id').map((c) => `r."${c}"`);
  const sql = `SELECT r.article_id, a.date, a.lang, a.source, ${recordCols.join(', ')}
    FROM ${kind} AS r JOIN articles AS a ON a.id = r.article_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.date, r.article_id, r.seq`;
  for (const row of db.prepare(sql).iterate(...params) as Iterable<Record<string, unknown>>) {
    for (const c of JSON_COLUMNS) if (typeof row[c] === 'string') row[c] = JSON.parse(row[c] as string);
    if (kind === 'directives') row.reference = row.reference === 1;
    yield row;
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; arrays as JSON. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
