// Extraction in N worker threads. Each chunk goes to the worker with the fewest chunks in flight;
// the caller bounds how many chunks are in flight (backpressure), so memory does not grow with
// the archive. The compiled worker (dist/workers/extract.js) is loaded even when derek runs from
// src/ (tests): worker threads cannot load TypeScript.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article.js';
import type { StageTiming } from '../pipeline.js';
import { PACKAGE_ROOT } from '../paths.js';
import { WORKER_OLD_GENERATION_MB, WORKER_YOUNG_GENERATION_MB } from './memory.js';
import { spawnWorker } from './spawn.js';
import type { StageContext } from '../stage.js';
import type { ExtractFn } from './extract-one.js';
import type { ExtractRequest, ExtractResponse, ExtractResult, WorkerData } from './protocol.js';

export const WORKER_FILE = path.join(PACKAGE_ROOT, 'dist', 'workers', 'extract.js');

/** Something that extracts chunks of articles; results come back in the order of the chunk. */
export interface Extractor {
  extract(articles: Article[]): Promise<ExtractResult[]>;
  /** Milliseconds per stage so far (summed over workers). */
  readonly timings: StageTiming;
  close(): Promise<void>;
}

function addTimings(into: StageTiming, from: StageTiming): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/**
 * In the main thread (`--workers 1`): no copies, no thread start-up. The pipeline is imported on
 * the first article, so that a run which skips everything does not load it (about a second).
 */
export class InProcessExtractor implements Extractor {
  readonly timings: StageTiming = {};
  private one: typeof import('./extract-one.js').extractOne | null = null;
  constructor(private readonly context: StageContext, private readonly fn?: ExtractFn) {}
  async extract(articles: Article[]): Promise<ExtractResult[]> {
    this.one ??= (await import('./extract-one.js')).extractOne;
    return articles.map((a) => this.one!(a, this.context, this.timings, this.fn));
  }
  async close(): Promise<void> {}
}

interface Pending {
  article: Article;
  resolve: (r: ExtractResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Articles sent to this worker, in the order it extracts them; the first is the one it is on. */
  queue: Pending[];
  /** When the worker started on queue[0] (ms, performance.now()). */
  since: number;
  /** Loaded and warmed up: the cap applies from then on. */
  ready: boolean;
  /** Articles sent to this worker so far. */
  sent: number;
  /** Replaced: gets no new articles, ends when its queue is done. */
  retiring: boolean;
}

/**
 * A worker is replaced after this many articles, a safety net for a million-article archive: the
 * extractors' caches are bounded (each a Map emptied when full), and a worker's heap measured flat
 * from 5,000 to 20,000 articles, so replacing it more often only costs warm-ups (~1.5 s of CPU each:
 * 7 % of the run when it was every 5,000 articles).
 */
export const RECYCLE_AFTER = 100_000;

/** Workers ending on their own in a row (each on the article it was on) that stop the run. */
const MAX_DEATHS_IN_ROW = 3;

/** The per-article time cap: ctx.timeCapMs, else DEREK_TIME_CAP, else 10 s; 0 = none (as src/pipeline.ts). */
export function poolTimeCap(ctx: StageContext): number {
  if (ctx.timeCapMs !== undefined) return Math.max(0, ctx.timeCapMs);
  const env = Number(process.env.DEREK_TIME_CAP);
  return process.env.DEREK_TIME_CAP && Number.isFinite(env) ? Math.max(0, env) : 10_000;
}

/**
 * N worker threads, one article per message (a message costs microseconds; an article
 * milliseconds). Each article goes to the worker with the shortest queue. The per-article time
 * cap is kept here: a worker that spends longer than the cap on one article is terminated (even
 * inside a regex match), that article is rejected, and a fresh worker takes over the rest of its
 * queue. Inside the workers the stages run without a cap of their own (timeCapMs 0).
 */
export class WorkerPool implements Extractor {
  readonly timings: StageTiming = {};
  private readonly slots: Slot[] = [];
  private failure: Error | null = null;
  private readonly cap: number;
  private watchdog: NodeJS.Timeout | undefined;
  /** Workers that ended on their own since the last article extracted. */
  private deathsInRow = 0;

  constructor(private readonly context: StageContext, private readonly size: number, private readonly recycleAfter = RECYCLE_AFTER) {
    if (!fs.existsSync(WORKER_FILE)) {
      throw new Error(`the worker ${path.relative(process.cwd(), WORKER_FILE)} is not built: run npm run build (or use --workers 1)`);
    }
    this.cap = poolTimeCap(context);
  }

  private spawn(): Worker {
    const worker = spawnWorker(WORKER_FILE, {
      workerData: { context: { ...this.context, timeCapMs: 0 } } satisfies WorkerData,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
    worker.on('message', (res: ExtractResponse | { ready: true }) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot) return;
      if ('ready' in res) { slot.ready = true; slot.since = performance.now(); return; }
      this.deathsInRow = 0;
      addTimings(this.timings, res.timings);
      const p = slot.queue.shift();
      slot.since = performance.now();
      p?.resolve(res.results[0]!);
      if (slot.retiring && !slot.queue.length) this.retire(slot);
    });
    // 'error' (an uncaught throw, or the memory limit) comes first, then 'exit'.
    let cause: Error | null = null;
    worker.on('error', (e) => { cause = e; });
    worker.on('exit', (code) => this.died(worker, cause?.message ?? `exited with code ${code}`));
    return worker;
  }

  /**
   * A worker ended on its own. After warm-up that is the article it was on (out of memory, a crash):
   * that article is rejected and a fresh worker takes the rest of the queue, as for the time cap.
   * A worker that dies while loading, or several in a row, would die on every article: the run stops.
   */
  private died(worker: Worker, why: string): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot) return;
    if (!slot.ready || ++this.deathsInRow >= MAX_DEATHS_IN_ROW) {
      this.failure ??= new Error(`extraction worker failed: ${why}`);
      for (const p of slot.queue) p.reject(this.failure);
      slot.queue = [];
      return;
    }
    slot.queue.shift()?.resolve({ ok: false, reason: `the extraction worker stopped on this article (${why}); it was replaced` });
    this.replaceWorker(slot);
  }

  /** A fresh worker for a slot whose worker was ended; it gets the rest of the slot's queue. */
  private replaceWorker(slot: Slot): void {
    if (slot.retiring && !slot.queue.length) { this.slots.splice(this.slots.indexOf(slot), 1); return; }
    slot.worker = this.spawn();
    slot.ready = false;
    slot.since = performance.now();
    for (const p of slot.queue) slot.worker.postMessage({ id: 0, articles: [p.article] } satisfies ExtractRequest);
  }

  /** Threads start on the first article: a run that skips everything never starts (nor loads rules in) one. */
  private start(): void {
    for (let i = 0; i < this.size; i++) this.slots.push(this.newSlot());
    if (this.cap > 0) {
      this.watchdog = setInterval(() => this.enforceCap(), Math.min(1000, Math.max(20, this.cap / 4)));
      this.watchdog.unref();
    }
  }

  private newSlot(): Slot {
    return { worker: this.spawn(), queue: [], since: 0, ready: false, sent: 0, retiring: false };
  }

  /** Ends a worker that has no work left (listeners off first: its exit is no failure). */
  private retire(slot: Slot): void {
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
  }

  private enforceCap(): void {
    const now = performance.now();
    for (const slot of [...this.slots]) {
      if (!slot.ready || !slot.queue.length || now - slot.since <= this.cap) continue;
      // Past the cap: reject the article it is on, replace the worker, hand it the rest.
      const old = slot.worker;
      old.removeAllListeners('exit');
      old.removeAllListeners('error');
      old.removeAllListeners('message');
      void old.terminate();
      const late = slot.queue.shift()!;
      late.resolve({ ok: false, reason: `extraction took longer than the per-article time cap of ${this.cap} ms; set DEREK_TIME_CAP (ms, 0 = none) to change it` });
      this.replaceWorker(slot);
    }
  }

  private send(article: Article): Promise<ExtractResult> {
    let slot = this.slots.filter((s) => !s.retiring).reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    if (slot.sent >= this.recycleAfter) {
      // Its replacement starts warming up now; the old one finishes its queue, then ends.
      slot.retiring = true;
      if (!slot.queue.length) this.retire(slot);
      slot = this.newSlot();
      this.slots.push(slot);
    }
    slot.sent++;
    return new Promise((resolve, reject) => {
      if (!slot.queue.length) slot.since = performance.now();
      slot.queue.push({ article, resolve, reject });
      slot.worker.postMessage({ id: 0, articles: [article] } satisfies ExtractRequest);
    });
  }

  extract(articles: Article[]): Promise<ExtractResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.slots.length) this.start();
    return Promise.all(articles.map((a) => this.send(a)));
  }

  async close(): Promise<void> {
    this.failure ??= new Error('pool closed');
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => { s.worker.removeAllListeners('exit'); return s.worker.terminate(); }));
  }
}
