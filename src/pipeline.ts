// Runs the stage registry over one article and builds the contract record (ANNOTATION.md §7).
import { MessageChannel, Worker, isMainThread, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { spawnWorker } from './workers/spawn.js';
import { articleId, type Article } from './article.js';
import { RuleFileError } from './rules/errors.js';
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
export function runStages(doc: Doc, ctx: StageContext, stages: readonly Stage[] = STAGES, timings?: StageTiming, deadline = Infinity): Doc {
  for (const stage of stages) {
    if (performance.now() > deadline) throw new TimeCapError(timeCapMs(ctx), stage.name);
    const t0 = timings ? performance.now() : 0;
    stage.run(doc, ctx);
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}

export function toRecord(doc: Doc): ArticleRecord {
  const a = doc.article;
  return {
    id: a.id ?? articleId(a.text),
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

// ---- Per-article time cap. A pattern or a loop that goes super-linear on some input must not
// stall a run. From the built package (dist/), an article is extracted in a worker thread the
// caller waits on synchronously (Atomics.wait): past the cap the worker is terminated, even in
// the middle of a regex match, the article is rejected with TimeCapError, and a fresh worker
// takes the next one. From TypeScript sources (vitest), where a worker cannot load .ts, the cap
// is checked between stages only.

export const DEFAULT_TIME_CAP_MS = 10_000;

export class TimeCapError extends Error {
  override name = 'TimeCapError';
  constructor(readonly capMs: number, stage?: string) {
    super(`extraction took longer than the per-article time cap of ${capMs} ms${stage ? ` (before stage ${stage})` : ''}; set DEREK_TIME_CAP (ms, 0 = none) to change it`);
  }
}

/** The cap in force: ctx.timeCapMs, else DEREK_TIME_CAP, else the default; 0 means none. */
export function timeCapMs(ctx: Pick<StageContext, 'timeCapMs'>): number {
  if (ctx.timeCapMs !== undefined) return Math.max(0, ctx.timeCapMs);
  const env = Number(process.env.DEREK_TIME_CAP);
  return process.env.DEREK_TIME_CAP !== undefined && process.env.DEREK_TIME_CAP !== '' && Number.isFinite(env) ? Math.max(0, env) : DEFAULT_TIME_CAP_MS;
}

function processDirect(article: Article, ctx: StageContext, timings?: StageTiming): ArticleRecord {
  const cap = timeCapMs(ctx);
  return toRecord(runStages(newDoc(article, ctx.today), ctx, STAGES, timings, cap ? performance.now() + cap : Infinity));
}

interface CapReply { ok: boolean; record?: ArticleRecord; timings?: StageTiming; name?: string; message?: string; file?: string; ruleId?: string }
interface CapWorker { worker: Worker; port: MessagePort; flags: Int32Array }
const READY = 1, DONE = 0;
let capWorker: CapWorker | null = null;
/** Set when a worker could not start: extraction goes on in this thread, capped between stages. */
let workerBroken = false;
/** Workers can load this module only when it is JavaScript (the built package). */
const CAN_USE_WORKER = import.meta.url.endsWith('.js');

/** Starts a worker without waiting for it (a replacement warms up while the run goes on). */
function spawnCapWorker(ctx: StageContext): CapWorker {
  const { port1, port2 } = new MessageChannel();
  const flags = new Int32Array(new SharedArrayBuffer(8));
  // A tiny ES module entry (a data: URL, whatever the parent's --input-type) that loads this
  // module, or says it could not (READY = 2) so the caller falls back at once.
  const entry = `import { workerData as d } from 'node:worker_threads';
import(d.url).catch((e) => { d.port.postMessage({ ok: false, message: String(e && e.message) }); Atomics.store(d.flags, ${READY}, 2); Atomics.notify(d.flags, ${READY}); });`;
  const worker = spawnWorker(new URL(`data:text/javascript,${encodeURIComponent(entry)}`), {
    workerData: { derekCapWorker: true, url: import.meta.url, port: port2, flags, ctx }, transferList: [port2],
  });
  worker.on('error', () => { /* a dead worker shows as a missing reply or a timed-out wait */ });
  worker.unref();
  port1.unref();
  return { worker, port: port1, flags };
}

/** Waits until a worker is ready; loading modules, rules and gazetteers is not an article's time. */
function readyCapWorker(w: CapWorker): CapWorker | null {
  Atomics.wait(w.flags, READY, 0, 60_000);
  if (Atomics.load(w.flags, READY) === 1) return w;
  void w.worker.terminate();
  return null;
}
let spare: CapWorker | null = null;

/** The worker's reply; it is posted before DONE is set, but under load can trail it briefly. */
function receiveReply(port: MessagePort): CapReply | undefined {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let tries = 0; tries < 200; tries++) {
    const got = receiveMessageOnPort(port);
    if (got) return got.message as CapReply;
    Atomics.wait(pause, 0, 0, 5);
  }
  return undefined;
}

function processCapped(article: Article, ctx: StageContext, cap: number, timings?: StageTiming): ArticleRecord {
  if (!capWorker) { capWorker = readyCapWorker(spare ?? spawnCapWorker(ctx)); spare = null; }
  if (!capWorker) { workerBroken = true; return processDirect(article, ctx, timings); }
  const w = capWorker;
  Atomics.store(w.flags, DONE, 0);
  w.port.postMessage({ article, ctx, timings: !!timings });
  if (Atomics.wait(w.flags, DONE, 0, cap) === 'timed-out' && Atomics.load(w.flags, DONE) === 0) {
    capWorker = null;
    void w.worker.terminate();
    spare = spawnCapWorker(ctx);
    throw new TimeCapError(cap);
  }
  const reply = receiveReply(w.port);
  if (!reply) { capWorker = null; void w.worker.terminate(); throw new Error('extraction worker gave no result'); }
  if (!reply.ok) {
    if (reply.name === 'RuleFileError') {
      const e = new RuleFileError(reply.file ?? '?', '', reply.ruleId);
      e.message = reply.message ?? e.message;
      throw e;
    }
    const e = new Error(reply.message);
    e.name = reply.name ?? 'Error';
    throw e;
  }
  if (timings && reply.timings) for (const [k, v] of Object.entries(reply.timings)) timings[k] = (timings[k] ?? 0) + v;
  return reply.record!;
}

export function processArticle(article: Article, ctx: StageContext, timings?: StageTiming): ArticleRecord {
  const cap = timeCapMs(ctx);
  if (cap > 0 && CAN_USE_WORKER && !IN_CAP_WORKER && !workerBroken) return processCapped(article, ctx, cap, timings);
  return processDirect(article, ctx, timings);
}

const IN_CAP_WORKER = !isMainThread && (workerData as { derekCapWorker?: boolean } | null)?.derekCapWorker === true;
if (IN_CAP_WORKER) {
  const { port, flags, ctx } = workerData as { port: MessagePort; flags: Int32Array; ctx: StageContext };
  // Load every language's rules and gazetteers now, so the cap measures articles, not loading.
  for (const lang of ['kk', 'ru', 'en'] as const) {
    try {
      processDirect({ source: 'warm-up', text: 'Тест.', date: null, dateFrom: null, title: null, langHint: lang }, { ...ctx, timeCapMs: 0 });
    } catch { /* a rule file that does not load fails the first real article, with its reason */ }
  }
  port.on('message', (job: { article: Article; ctx: StageContext; timings: boolean }) => {
    let reply: CapReply;
    try {
      const timings = job.timings ? {} : undefined;
      // The main thread enforces the cap; here the stages run without one.
      reply = { ok: true, record: processDirect(job.article, { ...job.ctx, timeCapMs: 0 }, timings), timings };
    } catch (e) {
      const err = e as Error & { file?: string; ruleId?: string };
      reply = { ok: false, name: err.name, message: err.message, file: err.file, ruleId: err.ruleId };
    }
    port.postMessage(reply);
    Atomics.store(flags, DONE, 1);
    Atomics.notify(flags, DONE);
  });
  Atomics.store(flags, READY, 1);
  Atomics.notify(flags, READY);
}
