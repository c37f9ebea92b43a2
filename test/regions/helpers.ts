// Shared helpers for the regions tests: the pipeline on a short text with a pinned today.
import { extract } from '../../src/index.js';
import { defaultContext } from '../../src/context.js';
import { newDoc, runStages } from '../../src/pipeline.js';
import { parseArticleText } from '../../src/input/meta.js';
import type { Doc } from '../../src/doc.js';
import type { Lang } from '../../src/types.js';

export const TODAY = '2026-01-15';

/** [code, surface, via] of every region record, in text order. */
export function regionsOf(text: string, date: string | null, lang?: Lang): Array<[string, string, string | null]> {
  return extract(text, { date, lang, context: { today: TODAY } }).regions.map((r) => [r.code, r.surface, r.via]);
}

export function codesOf(text: string, date: string | null, lang?: Lang): string[] {
  return regionsOf(text, date, lang).map((r) => r[0]);
}

/** The working doc after every stage (for asOf, mainRegion). */
export function docOf(text: string, date: string | null, lang?: Lang): Doc {
  const article = parseArticleText(text, '-');
  article.date = date;
  if (lang) article.langHint = lang;
  return runStages(newDoc(article, TODAY), defaultContext({ today: TODAY }));
}
