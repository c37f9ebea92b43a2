// How tightly `derek ingest` holds its heaps. Measured with `npm run bench` on this 2-core machine
// (2 workers): with V8's defaults each heap's old generation grows to several times what is live
// between full collections, and each worker has a 32 MB young generation; peak RSS was 430-450 MB at
// 20,000 articles and ~500 MB at 100,000, though the live heaps stay flat. Held as below it is
// 355-375 MB at both sizes. The price is CPU: more frequent full collections (concurrent marking
// included) cost 10-15 % more CPU per article, measured back to back. DEREK_HEAP_GROWTH=0 gives
// V8's defaults back, for machines with memory to spare.
import v8 from 'node:v8';

/** Young generation of each extraction worker (MB): V8's default is 32 on 64-bit machines. Alone it
 *  costs ~2 % CPU and saves ~16 MB per worker. */
export const WORKER_YOUNG_GENERATION_MB = 24;

/** Old generation of each extraction worker (MB). A worker holds ~100 MB on ordinary articles; one
 *  that would need more than this for an article is ended by Node and that article rejected (with no
 *  limit, V8 running out of heap in a worker ends the whole process). */
export const WORKER_OLD_GENERATION_MB = 1024;

/** How far past its live size a heap may grow before the next full collection, in percent (V8's
 *  default picks a factor of 1.1 to 4 from the allocation rate; under a steady load it is near 4). */
export const DEFAULT_HEAP_GROWTH_PERCENT = 20;

/** DEREK_HEAP_GROWTH (a whole number of percent; 0: V8's default), else the default above. */
export function heapGrowthPercent(env: string | undefined = process.env.DEREK_HEAP_GROWTH): number {
  const n = Number(env);
  return env !== undefined && env.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : DEFAULT_HEAP_GROWTH_PERCENT;
}

let limited = false;

/**
 * Caps V8's heap growth for every thread of this process, those already running included (V8 reads
 * the flag at each collection). Called by `derek ingest`, which owns its process; the library's
 * ingest() leaves an embedding program's heap settings alone. Returns the percent applied (0: none).
 */
export function limitHeapGrowth(percent = heapGrowthPercent()): number {
  if (percent > 0 && !limited) {
    v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
    limited = true;
  }
  return percent;
}
