// Messages between the ingest's main thread and its extraction workers (structured-cloned).
import type { Article } from '../article.js';
import type { StageTiming } from '../pipeline.js';
import type { StageContext } from '../stage.js';
import type { ArticleRecord } from '../types.js';

export interface WorkerData {
  context: StageContext;
}

/** A chunk of articles to extract (several per message: one postMessage per article costs more than small articles do). */
export interface ExtractRequest {
  id: number;
  articles: Article[];
}

/** A record without its text: the main thread has the text already, so it is not copied back. */
export type RecordWithoutText = Omit<ArticleRecord, 'text'>;

export type ExtractResult =
  | { ok: true; record: RecordWithoutText }
  | { ok: false; reason: string }
  /** A broken rules or corpora file: every article would fail, so the run stops. */
  | { ok: false; fatal: true; reason: string; file: string; ruleId?: string };

export interface ExtractResponse {
  id: number;
  results: ExtractResult[];
  /** Milliseconds per stage spent on this chunk. */
  timings: StageTiming;
}
