// Worker threads give the same database as extraction in one thread (the compiled worker in
// dist/ is used: `npm test` builds first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/context.js';
import { readInputs } from '../../src/input/read.js';
import { ingest } from '../../src/store/ingest.js';
import { Store } from '../../src/store/store.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../src/workers/memory.js';
import { WorkerPool } from '../../src/workers/pool.js';
import { hasDist, recordContent, seedCorpus } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-workers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A one-sentence article, numbered so that each is distinct. */
const shortArticle = (n: number) => ({ source: `a${n}`, text: `Астанада ${n} мектеп салынды.`, date: null, dateFrom: null, title: null });
/** The pool keeps its workers private; the tests read (and end) them as a crash or Node would. */
const slotsOf = (pool: WorkerPool) => (pool as unknown as { slots: { worker: Worker }[] }).slots;

describe.skipIf(!hasDist())('ingest with worker threads', () => {
  it('2 workers store exactly what 1 does, in the same order, and report stage timings', async () => {
    const corpus = path.join(dir, 'c.jsonl');
    fs.writeFileSync(corpus, seedCorpus(40));
    const context = defaultContext({ today: '2026-01-20' });
    const results = [];
    for (const workers of [1, 2]) {
      const store = Store.open(path.join(dir, `w${workers}.db`));
      // recycleAfter 15: each worker is replaced twice or so during the run, with no effect on the result.
      const s = await ingest(readInputs([corpus]), store, { context, workers, batchSize: 7, recycleAfter: 15 });
      expect(s.articles).toMatchObject({ new: 40, extracted: 40, rejected: 0 });
      expect(s.workers).toBe(workers);
      expect(Object.keys(s.timings)).toEqual(expect.arrayContaining(['detect', 'figures', 'write']));
      const order = store.db.prepare(`SELECT source FROM articles ORDER BY num`).all();
      results.push({ content: recordContent(store), order });
      store.close();
    }
    expect(results[1]!.order).toEqual(results[0]!.order);
    expect(results[1]!.content).toBe(results[0]!.content);
  }, 120_000);

  it('workers run with the young generation that holds peak memory down (src/workers/memory.ts)', async () => {
    const pool = new WorkerPool(defaultContext({ today: '2026-01-20' }), 1);
    try {
      const [result] = await pool.extract([shortArticle(5)]);
      expect(result!.ok).toBe(true);
      // Their limits are what V8 was given at spawn.
      expect(slotsOf(pool)[0]!.worker.resourceLimits?.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a worker that stops on an article (out of memory, a crash) costs that article only: rejected, the worker replaced, the rest extracted', async () => {
    const pool = new WorkerPool(defaultContext({ today: '2026-01-20' }), 1);
    try {
      expect((await pool.extract([shortArticle(1)]))[0]!.ok).toBe(true); // warmed up
      const pending = pool.extract([shortArticle(2), shortArticle(3), shortArticle(4)]);
      // The worker is on article 2 now: end it, as Node does when a worker reaches its memory limit.
      void slotsOf(pool)[0]!.worker.terminate();
      const [lost, ...rest] = await pending;
      expect(lost).toMatchObject({ ok: false, reason: expect.stringMatching(/worker stopped on this article .*replaced/) });
      expect(rest.map((r) => r.ok)).toEqual([true, true]);
      expect((await pool.extract([shortArticle(5)]))[0]!.ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a replacement worker that dies while loading stops the run (it would die on every article)', async () => {
    const pool = new WorkerPool(defaultContext({ today: '2026-01-20' }), 1);
    const slots = slotsOf(pool);
    try {
      expect((await pool.extract([shortArticle(1)]))[0]!.ok).toBe(true);
      const pending = pool.extract([shortArticle(2), shortArticle(3)]);
      const first = slots[0]!.worker;
      void first.terminate();
      // died() replaces it at once; end the replacement before it has loaded.
      await new Promise<void>((resolve) => first.once('exit', () => setImmediate(resolve)));
      expect(slots[0]!.worker).not.toBe(first);
      void slots[0]!.worker.terminate();
      await expect(pending).rejects.toThrow(/extraction worker failed/);
      await expect(pool.extract([shortArticle(4)])).rejects.toThrow(/extraction worker failed/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('an article past the per-article time cap is rejected, its worker replaced, and the run goes on', async () => {
    const seeds = path.resolve(__dirname, '../../../shared/seeds');
    const context = defaultContext({ today: '2026-01-20', timeCapMs: 3 });
    const store = Store.open(':memory:');
    const reasons: string[] = [];
    const s = await ingest(readInputs([seeds]), store, { context, workers: 2, onReject: (_src, reason) => reasons.push(reason) });
    expect(s.articles.extracted).toBe(5);
    expect(s.articles.new + s.articles.rejected).toBe(5);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/longer than the per-article time cap of 3 ms/);
    store.close();
  }, 120_000);
});
