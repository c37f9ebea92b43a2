// Runs the stage registry over one article and builds the contract record (ANNOTATION.md §7).
import { articleId, type Article } from './article.js';
import type { Doc } from './doc.js';
import type { Stage, StageContext } from './stage.js';
import { STAGES } from './stages.js';
import { TextView } from './text/view.js';
import type { ArticleRecord } from './types.js';

export function newDoc(article: Article, today: string): Doc {
  return {
    article,
    text: article.text,
    lang: article.langHint ?? 'kk',
    script: 'Cyrl',
    langScore: 0,
    view: TextView.identity(article.text),
    sentences: [{ start: 0, end: article.text.length }],
    refDate: article.date,
    asOf: article.date ?? today,
    mainRegion: null,
    officials: [],
    regions: [],
    figures: [],
    directives: [],
    notes: {},
  };
}

export interface StageTiming {
  [stage: string]: number;
}

/** Runs every stage in registry order; `timings` (ms per stage) is filled when given. */
export function runStages(doc: Doc, ctx: StageContext, stages: readonly Stage[] = STAGES, timings?: StageTiming): Doc {
  for (const stage of stages) {
    const t0 = timings ? performance.now() : 0;
    stage.run(doc, ctx);
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}

export function toRecord(doc: Doc): ArticleRecord {
  const a = doc.article;
  return {
    id: articleId(a.text),
    source: a.source,
    date: a.date,
    title: a.title,
    lang: doc.lang,
    script: doc.script,
    langScore: Math.round(doc.langScore * 1000) / 1000,
    text: a.text,
    officials: doc.officials,
    regions: doc.regions,
    figures: doc.figures,
    directives: doc.directives,
  };
}

export function processArticle(article: Article, ctx: StageContext, timings?: StageTiming): ArticleRecord {
  return toRecord(runStages(newDoc(article, ctx.today), ctx, STAGES, timings));
}
