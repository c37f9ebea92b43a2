// Extraction of one article as a result value (never a throw), shared by the in-process path and
// the worker threads so that both report failures the same way.
import type { Article } from '../article.js';
import { processArticle, type StageTiming } from '../pipeline.js';
import { RuleFileError } from '../rules/errors.js';
import type { StageContext } from '../stage.js';
import type { ArticleRecord } from '../types.js';
import type { ExtractResult } from './protocol.js';

export type ExtractFn = (article: Article, context: StageContext, timings?: StageTiming) => ArticleRecord;

export function extractOne(article: Article, context: StageContext, timings: StageTiming, extract: ExtractFn = processArticle): ExtractResult {
  try {
    const { text: _text, ...record } = extract(article, context, timings);
    return { ok: true, record };
  } catch (e) {
    if (e instanceof RuleFileError) {
      const reason = e.message.startsWith(`${e.file}`) ? e.message.slice(e.file.length + (e.ruleId ? ` (rule ${e.ruleId})`.length : 0) + 2) : e.message;
      return { ok: false, fatal: true, reason, file: e.file, ruleId: e.ruleId };
    }
    return { ok: false, reason: `extraction failed: ${(e as Error).message}` };
  }
}
