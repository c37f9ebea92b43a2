// Shared helpers for the regions tests: the stages regions depends on (not the other extractors,
// so these tests measure regions only) on a short text with a pinned today.
import { defaultContext } from '../../src/context.js';
import { newDoc, runStages } from '../../src/pipeline.js';
import { parseArticleText } from '../../src/input/meta.js';
import { STAGES } from '../../src/stages.js';
import type { Doc } from '../../src/doc.js';
import type { Lang } from '../../src/types.js';

export const TODAY = '2026-01-15';
const NEEDED = new Set(['detect', 'view', 'sentences', 'period', 'regions', 'resolve']);
const REGION_STAGES = STAGES.filter((s) => NEEDED.has(s.name));

/** The working doc after the stages regions needs (asOf, regions, mainRegion). */
export function docOf(text: string, date: string | null, lang?: Lang): Doc {
  const article = parseArticleText(text, '-');
  article.date = date;
  if (lang) article.langHint = lang;
  return runStages(newDoc(article, TODAY), defaultContext({ today: TODAY }), REGION_STAGES);
}

/** [code, surface, via] of every region record, in text order. */
export function regionsOf(text: string, date: string | null, lang?: Lang): Array<[string, string, string | null]> {
  return docOf(text, date, lang).regions.map((r) => [r.code, r.surface, r.via]);
}

export function codesOf(text: string, date: string | null, lang?: Lang): string[] {
  return regionsOf(text, date, lang).map((r) => r[0]);
}
