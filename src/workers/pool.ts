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

interface Slot {
  worker: Worker;
  inFlight: Map<number, { resolve: (r: ExtractResult[]) => void; reject: (e: Error) => void }>;
}

export class WorkerPool implements Extractor {
  readonly timings: StageTiming = {};
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private readonly context: StageContext, private readonly size: number) {
    if (!fs.existsSync(WORKER_FILE)) {
      throw new Error(`the worker ${path.relative(process.cwd(), WORKER_FILE)} is not built: run npm run build (or use --workers 1)`);
    }
  }

  /** Threads start on the first chunk: a run that skips everything never starts (nor loads rules in) one. */
  private start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: { context: this.context } satisfies WorkerData });
      const slot: Slot = { worker, inFlight: new Map() };
      worker.on('message', (res: ExtractResponse) => {
        addTimings(this.timings, res.timings);
        const p = slot.inFlight.get(res.id);
        slot.inFlight.delete(res.id);
        p?.resolve(res.results);
      });
      const fail = (e: Error) => {
        this.failure ??= new Error(`extraction worker failed: ${e.message}`);
        for (const p of slot.inFlight.values()) p.reject(this.failure);
        slot.inFlight.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (code !== 0 || slot.inFlight.size) fail(new Error(`exited with code ${code}`)); });
      this.slots.push(slot);
    }
  }

  extract(articles: Article[]): Promise<ExtractResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.slots.length) this.start();
    const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.inFlight.set(id, { resolve, reject });
      slot.worker.postMessage({ id, articles } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('pool closed');
    await Promise.all(this.slots.map((s) => { s.worker.removeAllListeners('exit'); return s.worker.terminate(); }));
  }
}
