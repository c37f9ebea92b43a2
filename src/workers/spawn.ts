// Starting a worker thread with the parent's Node options. Worker refuses V8 options and
// per-process ones in its execArgv (ERR_WORKER_INVALID_EXEC_ARGV), so `node --max-old-space-size=4096
// derek …` made every worker fail to start and every article a reject. Those options apply to the
// whole process anyway, workers included: the ones Worker names as invalid are dropped and the
// worker is started again (once per process; the kept options are remembered).
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The parent's Node options without those about its own entry (`-e code`, `--input-type`). */
export function entryFreeExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (['-e', '--eval', '-p', '--print'].includes(a)) { i++; continue; }
    if (a.startsWith('--input-type') || a.startsWith('--eval=') || a.startsWith('--print=')) continue;
    out.push(a);
  }
  return out;
}

let accepted: string[] | null = null;

/** A worker with the parent's options, less those a worker thread cannot take. */
export function spawnWorker(file: string | URL, options: WorkerOptions): Worker {
  const wanted = accepted ?? entryFreeExecArgv(process.execArgv);
  try {
    const worker = new Worker(file, { ...options, execArgv: wanted });
    accepted = wanted;
    return worker;
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || wanted.length === 0) throw e;
    // The message names the refused options ("… invalid execArgv flags: --a, --b"): again without
    // them, or with none when it names none of ours. Each try has fewer options, so this ends.
    const kept = wanted.filter((a) => !(e as Error).message.includes(a));
    accepted = kept.length < wanted.length ? kept : [];
    return spawnWorker(file, options);
  }
}
