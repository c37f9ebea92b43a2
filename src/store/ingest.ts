// The ingest loop: read items → skip what is stored already → extract (in-process or in worker
// threads) → write in batched transactions from this thread only → a run row.
//
//   reader ──► skip check (id, rules_version, input_hash) ──► chunks ──► extractor (N workers)
//                                                                   │ at most `inFlight` chunks
//   writer ◄── results in input order ◄─────────────────────────────┘ (backpressure)
//
// The CLI (`derek ingest`) is a thin layer over `ingest()`; tests call it directly.
import { articleId, type Article } from '../article.js';
import type { StageTiming } from '../pipeline.js';
import { RuleFileError } from '../rules/errors.js';
import type { StageContext } from '../stage.js';
import type { ArticleRecord, RecordKind } from '../types.js';
import { RECORD_KINDS } from '../types.js';
import { InProcessExtractor, WorkerPool, type Extractor } from '../workers/pool.js';
import type { ExtractResult } from '../workers/protocol.js';
import { inputHash } from './hash.js';
import { inShard, type Shard } from './shard.js';
import { StoreError } from './db.js';
import { sourceKey, type BatchItem, type Outcome, type Store } from './store.js';
import { packageVersion, rulesVersion } from './version.js';

/** One input: an article read, or an input that could not be read (the shape of src/input/read.ts). */
export type IngestItem =
  | { kind: 'article'; article: Article; lineHash?: string }
  | { kind: 'reject'; source: string; reason: string }
  /** A JSON Lines record recognized by its hash as the stored article `id`, with these rules: counted unchanged, nothing else. */
  | { kind: 'known'; source: string; id: string };

export interface IngestOptions {
  context: StageContext;
  /** Recorded in the runs row. */
  inputs?: string[];
  /** Articles per transaction. */
  batchSize?: number;
  /** The date of articles that state none (YYYY-MM-DD). */
  date?: string;
  /** Only articles dated on or after this day (YYYY-MM-DD); undated articles are taken. */
  since?: string;
  /** Re-extract even what is stored with the same rules and input. */
  force?: boolean;
  /** Only the articles (and rejects) of this shard. */
  shard?: Shard;
  /** Extraction threads; 1 (the default) extracts in this thread. */
  workers?: number;
  /** Articles after which a worker thread is replaced (default RECYCLE_AFTER). */
  recycleAfter?: number;
  /** Called at once for each reject (the CLI prints it). */
  onReject?: (source: string, reason: string) => void;
  /** Called once at the start with the live counts (progress display reads them as they change). */
  onStart?: (counts: Readonly<IngestCounts>) => void;
  /** Called after each committed batch with the counts so far (progress). */
  onBatch?: (summary: Readonly<IngestCounts>) => void;
  /** Extraction, replaceable in tests (in-process only); default processArticle with `context`. */
  extract?: (article: Article, context: StageContext, timings?: StageTiming) => ArticleRecord;
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

export interface IngestCounts {
  /**
   * new / updated / unchanged: stored articles by outcome (unchanged includes those skipped
   * without extraction); rejected: inputs that could not be read or extracted; filtered: articles
   * outside --since or --shard; extracted: articles that went through the pipeline this run;
   * skipped: the unchanged ones passed over without extraction (counted as they are read, where the
   * outcomes are counted as their batch commits: a progress display adds extracted and skipped).
   */
  articles: Record<Outcome | 'rejected' | 'filtered' | 'extracted' | 'skipped', number>;
  /** Records extracted in this run, per kind (skipped articles add none). */
  records: Record<RecordKind, number>;
}

export interface IngestSummary extends IngestCounts {
  run: number;
  db: string;
  version: string;
  rulesVersion: string;
  workers: number;
  seconds: number;
  /** Characters of article text read (stored, skipped or rejected at extraction). */
  chars: number;
  /** Milliseconds per stage, summed over workers; `write` is the time in database transactions. */
  timings: StageTiming;
  /** Peak resident memory of the process (all threads), MB. */
  peakRssMB: number;
  /** CPU time of the process during the run (user + system, all threads), seconds: `cpuSeconds / seconds` is the cores used. */
  cpuSeconds: number;
}

/** Articles per transaction: fewer commits and bigger FTS5 segments (0.50 -> 0.43 ms of writer CPU per article from 200 to 1,000). */
export const DEFAULT_BATCH_SIZE = 500;
/** Articles per message to a worker. */
const CHUNK = 16;
/**
 * Chunks queued per worker. Writing a batch holds this thread for ~250 ms (500 articles), and a worker
 * extracts ~300 articles/s: with 2 chunks queued (32 articles) the workers ran dry during every write
 * (1.77 of 2 cores used, 20,000 articles); with 8 (128 articles, ~2 MB of text) 1.93 cores are used.
 */
const CHUNKS_PER_WORKER = 8;

function emptyCounts(): IngestCounts {
  return {
    articles: { new: 0, updated: 0, unchanged: 0, rejected: 0, filtered: 0, extracted: 0, skipped: 0 },
    records: { officials: 0, regions: 0, figures: 0, directives: 0 },
  };
}

type Entry =
  | { kind: 'reject'; source: string; reason: string }
  | { kind: 'article'; article: Article; inputHash: string; lineHash?: string; seq: number };

/** A database write that failed (disk full, I/O error): fatal, with the file named. */
function writeError(store: Store, e: unknown): Error {
  const err = e as Error & { code?: string };
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_')) {
    return new StoreError(`cannot write to ${store.file}: ${err.message} (everything committed before is kept; fix it and run again)`);
  }
  return err;
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
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const workers = Math.max(1, options.workers ?? 1);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const version = packageVersion();
  const rules = rulesVersion(options.context);
  const runId = store.startRun({ started: now().toISOString(), version, rulesVersion: rules, inputs: options.inputs ?? [] });
  const counts = emptyCounts();
  options.onStart?.(counts);
  let chars = 0;
  let writeMs = 0;
  let batch: BatchItem[] = [];
  let articlesInBatch = 0;
  /** Inputs skipped since the last write (see the read loop). */
  let skippedSinceWrite = 0;
  let extractor: Extractor | null = null;
  // Chunks in flight, oldest first: results are written in input order, and at most `maxInFlight`
  // chunks wait, enough that every worker stays busy while this thread writes a batch.
  const inFlight: { entries: Entry[]; results: Promise<ExtractResult[]> }[] = [];
  const maxInFlight = workers > 1 ? workers * CHUNKS_PER_WORKER : 1;
  // In one thread a chunk is one article (nothing to amortize; a failing input loses nothing unwritten).
  const chunkSize = workers > 1 ? CHUNK : 1;
  let chunk: Entry[] = [];
  /** Each input's position in the run: which input met an article after which (see run-state.ts). */
  let position = 0;

  const flush = () => {
    if (!batch.length) return;
    const t = performance.now();
    let outcomes: (Outcome | null)[];
    try {
      outcomes = store.writeBatch(runId, batch, rules, now().toISOString());
    } catch (e) {
      throw writeError(store, e);
    }
    writeMs += performance.now() - t;
    for (const o of outcomes) if (o) counts.articles[o]++;
    batch = [];
    articlesInBatch = 0;
    skippedSinceWrite = 0;
    options.onBatch?.(counts);
  };
  const reject = (source: string, reason: string) => {
    counts.articles.rejected++;
    options.onReject?.(source, reason);
    batch.push({ kind: 'reject', source, reason });
  };
  const writeOldest = async () => {
    const head = inFlight.shift()!;
    const results = await head.results;
    let i = 0;
    for (const entry of head.entries) {
      if (entry.kind === 'reject') { reject(entry.source, entry.reason); continue; }
      const r = results[i++]!;
      counts.articles.extracted++;
      if (!r.ok) {
        if ('fatal' in r) throw new RuleFileError(r.file, r.reason, r.ruleId);
        reject(entry.article.source, r.reason);
      } else {
        const record: ArticleRecord = { ...r.record, text: entry.article.text };
        for (const k of RECORD_KINDS) counts.records[k] += record[k].length;
        batch.push({ kind: 'article', article: entry.article, record, inputHash: entry.inputHash, lineHash: entry.lineHash, seq: entry.seq });
        articlesInBatch++;
      }
      if (batch.length >= batchSize) flush();
    }
  };
  const dispatch = async () => {
    if (!chunk.length) return;
    const entries = chunk;
    chunk = [];
    const articles = entries.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
    const results = articles.length ? extractor!.extract(articles) : Promise.resolve([]);
    // Awaited in order by writeOldest; if the run stops first, a failure here must not surface
    // later as an unhandled rejection (which ends the process).
    results.catch(() => {});
    inFlight.push({ entries, results });
    while (inFlight.length > maxInFlight) await writeOldest();
  };

  let error: Error | null = null;
  try {
    extractor = workers > 1 && !options.extract
      ? new WorkerPool(options.context, workers, options.recycleAfter)
      : new InProcessExtractor(options.context, options.extract);
    // An input that fails midway (a read error) still gets what was read before it written.
    let inputError: unknown = null;
    const guarded = async function* () {
      try { for await (const item of items) yield item; } catch (e) { inputError = e; }
    };
    for await (const item of guarded()) {
      const seq = position++;
      // Extracted articles wait (in flight, in the batch) while the inputs after them are skipped:
      // after a batch's worth of skips they are written, so that what those inputs met is not kept
      // to the end of the run. (In a run that extracts, batches fill and are written by themselves.)
      if (skippedSinceWrite >= batchSize && (inFlight.length || chunk.length || articlesInBatch)) {
        await dispatch();
        while (inFlight.length) await writeOldest();
        flush();
      }
      // Whether an input read before this one is still to be written: only such a write needs to know
      // what this input meets. When none is, what earlier inputs met is needed no more (an unchanged
      // re-run remembers nothing).
      const pending = inFlight.length > 0 || chunk.length > 0 || articlesInBatch > 0;
      if (!pending) store.forgetUpTo(seq - 1);
      if (item.kind === 'known') {
        skippedSinceWrite++;
        counts.articles.unchanged++;
        counts.articles.skipped++;
        store.noteKnownLine(item.id, item.source, seq, pending);
        continue;
      }
      if (item.kind === 'reject') {
        if (options.shard && !inShard(item.source, options.shard)) { counts.articles.filtered++; continue; }
        chunk.push(item);
      } else {
        const article = item.article;
        chars += article.text.length;
        if (options.date && !article.date) { article.date = options.date; article.dateFrom = 'input'; }
        if (options.since && article.date && article.date < options.since) {
          counts.articles.filtered++;
          store.noteFiltered(articleId(article.text), article, seq);
          continue;
        }
        const id = articleId(article.text);
        if (options.shard && !inShard(id, options.shard)) {
          counts.articles.filtered++;
          store.noteFiltered(id, article, seq);
          continue;
        }
        const fingerprint = inputHash(id, article);
        const stored = store.lookup(id);
        // Stored already: this input holds it (an earlier record of its key must not replace it).
        if (stored) store.noteStored(id, stored, article, seq, pending);
        if (!options.force) {
          if (stored && stored.rules_version === rules && stored.input_hash === fingerprint) {
            skippedSinceWrite++;
            counts.articles.unchanged++;
            counts.articles.skipped++;
            // Remember the line too, so that the next run recognizes it before parsing.
            // The line hash goes to the row of its own source key only (a recognized line names its key).
            if (item.lineHash && stored.source_key === sourceKey(article)) {
              batch.push({ kind: 'touch', id, lineHash: item.lineHash });
              if (batch.length >= batchSize) flush(); // a run that skips everything holds one batch at most
            }
            continue;
          }
        }
        article.id = id; // the worker need not hash the text again for the record's id
        chunk.push({ kind: 'article', article, inputHash: fingerprint, lineHash: item.lineHash, seq });
      }
      if (chunk.length >= chunkSize) await dispatch();
    }
    await dispatch();
    while (inFlight.length) await writeOldest();
    flush();
    if (inputError) throw inputError;
  } catch (e) {
    error = e as Error;
    throw e;
  } finally {
    // Whatever was committed stays; the run row says how far it got.
    inFlight.length = 0;
    await extractor?.close();
    const counted = { ...counts, seconds: secondsSince(t0), workers, timings: roundTimings({ ...(extractor?.timings ?? {}), write: writeMs }) };
    if (error === null) {
      store.finishRun(runId, now().toISOString(), counted, null);
    } else {
      try {
        if (!(error instanceof StoreError)) flush();
        store.finishRun(runId, now().toISOString(), counted, error.message);
      } catch { /* the original error is the one to report */ }
    }
  }
  return {
    run: runId,
    db: store.file,
    version,
    rulesVersion: rules,
    workers,
    ...counts,
    seconds: secondsSince(t0),
    chars,
    timings: roundTimings({ ...extractor!.timings, write: writeMs }),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: (() => { const c = process.cpuUsage(cpu0); return Math.round((c.user + c.system) / 1e4) / 100; })(),
  };
}

function secondsSince(t0: number): number {
  return Math.round((performance.now() - t0) / 10) / 100;
}

function roundTimings(t: StageTiming): StageTiming {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));
}
