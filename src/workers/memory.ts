// How tightly the ingest's heaps are held. Measured with `npm run bench` on this 2-core machine
// (2 workers): by default V8 lets each heap's old generation grow to several times what is live
// between full collections, and each worker has a 32 MB young generation; peak RSS was 430-450 MB
// at 20,000 articles and 500 MB at 100,000, with live heaps flat. Held as below it is 355-385 MB
// at both sizes, for about 1 % more time in GC (measured with --trace-gc).
import v8 from 'node:v8';

/** Young generation of each extraction worker (MB): V8's default is 32 on 64-bit machines. */
export const WORKER_YOUNG_GENERATION_MB = 24;

/** How far past its live size a heap may grow before the next full collection (V8's default
 *  picks a factor of 1.1 to 4 from the allocation rate; under a steady load that is near 4). */
export const HEAP_GROWING_PERCENT = 20;

let limited = false;

/**
 * Caps V8's heap growth factor for every thread of this process, the ones already running included
 * (V8 reads the flag at each collection). Called by `derek ingest`, which owns its process; the
 * library's ingest() leaves the embedding program's heap settings alone.
 */
export function limitHeapGrowth(): void {
  if (limited) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  limited = true;
}
