// The ingest loop: read items → extract each article → write in batched transactions → a run row.
// The CLI (`derek ingest`) is a thin layer over `ingest()`; tests call it directly.
import type { Article } from '../article.js';
import { processArticle } from '../pipeline.js';
import { RuleFileError } from '../rules/errors.js';
import type { StageContext } from '../stage.js';
import type { ArticleRecord, RecordKind } from '../types.js';
import { RECORD_KINDS } from '../types.js';
import type { BatchItem, Outcome, Store } from './store.js';
import { packageVersion, rulesVersion } from './version.js';

/** One input: an article read, or an input that could not be read (the shape of src/input/read.ts). */
export type IngestItem =
  | { kind: 'article'; article: Article }
  | { kind: 'reject'; source: string; reason: string };

export interface IngestOptions {
  context: StageContext;
  /** Recorded in the runs row. */
  inputs?: string[];
  /** Articles per transaction. */
  batchSize?: number;
  /** The date of articles that state none (YYYY-MM-DD). */
  date?: string;
  /** Called at once for each reject (the CLI prints it). */
  onReject?: (source: string, reason: string) => void;
  /** Called after each committed batch with the counts so far (progress). */
  onBatch?: (summary: Readonly<IngestCounts>) => void;
  /** Extraction, replaceable in tests; default processArticle with `context`. */
  extract?: (article: Article, context: StageContext) => ArticleRecord;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

export interface IngestCounts {
  articles: Record<Outcome | 'rejected', number>;
  /** Records of every article stored or found unchanged in this run, per kind. */
  records: Record<RecordKind, number>;
}

export interface IngestSummary extends IngestCounts {
  run: number;
  db: string;
  version: string;
  rulesVersion: string;
  seconds: number;
}

export const DEFAULT_BATCH_SIZE = 200;

function emptyCounts(): IngestCounts {
  return {
    articles: { new: 0, updated: 0, unchanged: 0, rejected: 0 },
    records: { officials: 0, regions: 0, figures: 0, directives: 0 },
  };
}

/**
 * Extracts and stores every item; a bad input or a failed extraction is a reject, never fatal.
 * Fatal (thrown, the run row keeps the error): a broken rules/corpora file, a database error.
 */
export async function ingest(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IngestOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const extract = options.extract ?? processArticle;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const t0 = performance.now();
  const version = packageVersion();
  const rules = rulesVersion(options.context);
  const runId = store.startRun({ started: now().toISOString(), version, rulesVersion: rules, inputs: options.inputs ?? [] });
  const counts = emptyCounts();
  let batch: BatchItem[] = [];

  const flush = () => {
    if (!batch.length) return;
    const outcomes = store.writeBatch(runId, batch, rules, now().toISOString());
    for (const o of outcomes) if (o) counts.articles[o]++;
    batch = [];
    options.onBatch?.(counts);
  };
  const reject = (source: string, reason: string) => {
    counts.articles.rejected++;
    options.onReject?.(source, reason);
    batch.push({ kind: 'reject', source, reason });
  };

  let error: string | null = null;
  try {
    for await (const item of items) {
      if (item.kind === 'reject') {
        reject(item.source, item.reason);
      } else {
        const article = item.article;
        if (options.date && !article.date) { article.date = options.date; article.dateFrom = 'input'; }
        let record: ArticleRecord;
        try {
          record = extract(article, options.context);
        } catch (e) {
          // A broken rule or corpus file breaks every article: stop the run (exit 2), not a million rejects.
          if (e instanceof RuleFileError) throw e;
          reject(article.source, `extraction failed: ${(e as Error).message}`);
          continue;
        }
        for (const k of RECORD_KINDS) counts.records[k] += record[k].length;
        batch.push({ kind: 'article', article, record });
      }
      if (batch.length >= batchSize) flush();
    }
    flush();
  } catch (e) {
    error = (e as Error).message;
    throw e;
  } finally {
    // Whatever was committed stays; the run row says how far it got.
    if (error === null) {
      store.finishRun(runId, now().toISOString(), counts, null);
    } else {
      try {
        flush();
        store.finishRun(runId, now().toISOString(), counts, error);
      } catch { /* the original error is the one to report */ }
    }
  }
  return {
    run: runId,
    db: store.file,
    version,
    rulesVersion: rules,
    ...counts,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
  };
}
