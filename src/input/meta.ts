// PLACEHOLDER (being replaced): header date only.
import type { Article } from '../article.js';

const HEADER = /^ date (\d{4}-\d{2}-\d{2}) /;

export function parseArticleText(raw: string, source: string): Article {
  const m = HEADER.exec(raw);
  const text = m ? raw.slice(m[0].length) : raw;
  return { source, text, date: m ? m[1]! : null, dateFrom: m ? 'header' : null, title: null };
}
