// The worker thread's entry (built to dist/workers/extract.js): loads the compiled pipeline once,
// then extracts the chunks of articles the main thread sends, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { StageTiming } from '../pipeline.js';
import { extractOne } from './extract-one.js';
import type { ExtractRequest, ExtractResponse, WorkerData } from './protocol.js';

const { context } = workerData as WorkerData;

parentPort!.on('message', (req: ExtractRequest) => {
  const timings: StageTiming = {};
  const results = req.articles.map((a) => extractOne(a, context, timings));
  parentPort!.postMessage({ id: req.id, results, timings } satisfies ExtractResponse);
});
