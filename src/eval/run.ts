// Runs the pipeline over gold fixtures and scores the output.
import fs from 'node:fs';
import { parseArticleText } from '../input/meta.js';
import { processArticle } from '../pipeline.js';
import type { StageContext } from '../stage.js';
import type { ArticleRecord } from '../types.js';
import { loadGoldDir } from './gold.js';
import { score, type ScoreResult } from './score.js';

export function extractGoldDocs(dir: string, ctx: StageContext): { golds: ReturnType<typeof loadGoldDir>; records: ArticleRecord[] } {
  const golds = loadGoldDir(dir);
  const records = golds.map((g) => processArticle(parseArticleText(fs.readFileSync(g.txtFile, 'utf8'), g.txtFile), ctx));
  return { golds, records };
}

export function evaluate(dir: string, ctx: StageContext): ScoreResult {
  const { golds, records } = extractGoldDocs(dir, ctx);
  return score(golds, records);
}
