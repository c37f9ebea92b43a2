// The library API: what the CLI, the workers and the tests call.
import type { Article } from './article.js';
import { defaultContext } from './context.js';
import { parseArticleText } from './input/meta.js';
import { processArticle, type StageTiming } from './pipeline.js';
import type { StageContext } from './stage.js';
import type { ArticleRecord, Lang } from './types.js';

export interface ExtractOptions {
  source?: string;
  /** YYYY-MM-DD; overrides a date header or dateline in the text. */
  date?: string | null;
  lang?: Lang;
  context?: Partial<StageContext>;
  timings?: StageTiming;
}

/** Extracts all records from one article's raw text (a ` date YYYY-MM-DD ` header is honoured). */
export function extract(text: string, options: ExtractOptions = {}): ArticleRecord {
  const article: Article = parseArticleText(text, options.source ?? '-');
  if (options.date !== undefined) { article.date = options.date; article.dateFrom = options.date ? 'input' : null; }
  if (options.lang) article.langHint = options.lang;
  return processArticle(article, defaultContext(options.context), options.timings);
}

export { processArticle } from './pipeline.js';
export { defaultContext } from './context.js';
export type { Article } from './article.js';
export type * from './types.js';
