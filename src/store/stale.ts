// `derek ingest --stale`: the stored articles that older rules extracted, read back from the
// database (their text is stored) a page at a time, so that they can be extracted again.
import type { Article } from '../article.js';
import type { Lang } from '../types.js';
import type { IngestItem } from './ingest.js';
import type { Store } from './store.js';

interface StaleRow {
  num: number;
  source: string;
  external_id: string | null;
  url: string | null;
  date: string | null;
  date_from: Article['dateFrom'];
  title: string | null;
  text: string;
  lang_hint: Lang | null;
  source_key: string | null;
  archive: string | null;
}

/** How many stored articles are not from `rulesVersion`. */
export function countStale(store: Store, rulesVersion: string): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM articles WHERE rules_version <> ?`).get(rulesVersion) as { n: number }).n;
}

/**
 * Articles stored with another rules_version, in storage order. Pages (by `num`, which an update
 * keeps) rather than one open cursor: the same connection writes between pages.
 */
export function* staleItems(store: Store, rulesVersion: string, pageSize = 500): Generator<IngestItem> {
  const page = store.db.prepare(`SELECT num, source, external_id, url, date, date_from, title, text, lang_hint, source_key, archive FROM articles
    WHERE rules_version <> ? AND num > ? ORDER BY num LIMIT ?`);
  let after = 0;
  for (;;) {
    const rows = page.all(rulesVersion, after, pageSize) as StaleRow[];
    if (!rows.length) return;
    for (const r of rows) {
      const article: Article = { source: r.source, text: r.text, date: r.date, dateFrom: r.date_from, title: r.title,
        stored: { sourceKey: r.source_key, archive: r.archive } };
      if (r.external_id) article.externalId = r.external_id;
      if (r.url) article.url = r.url;
      if (r.lang_hint) article.langHint = r.lang_hint;
      yield { kind: 'article', article };
    }
    after = rows[rows.length - 1]!.num;
  }
}
