// The worker thread's entry (built to dist/workers/extract.js): loads the compiled pipeline and
// every language's rules once (warm-up, not counted against the per-article cap), says it is
// ready, then extracts the articles the main thread sends, in order, one result per message.
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type StageTiming } from '../pipeline.js';
import { extractOne } from './extract-one.js';
import type { ExtractRequest, ExtractResponse, WorkerData } from './protocol.js';

const { context } = workerData as WorkerData;

for (const lang of ['kk', 'ru', 'en'] as const) {
  try {
    processArticle({ source: 'warm-up', text: 'Тест.', date: null, dateFrom: null, title: null, langHint: lang }, context);
  } catch { /* a rule file that does not load fails the first real article, with its reason */ }
}

parentPort!.on('message', (req: ExtractRequest) => {
  const timings: StageTiming = {};
  const results = req.articles.map((a) => extractOne(a, context, timings));
  parentPort!.postMessage({ id: req.id, results, timings } satisfies ExtractResponse);
});
parentPort!.postMessage({ ready: true });
