import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { asUserError } from './db.js';
import { EXIT, UserError, guarded, parseDateOption, reportReject } from './errors.js';
import { addContextOptions, contextFrom, type ContextOptions } from './options.js';
import type { IngestCounts, IngestSummary } from '../store/ingest.js';
import type { Shard } from '../store/shard.js';

interface IngestCliOptions extends ContextOptions {
  db: string;
  json?: boolean;
  quiet?: boolean;
  date?: string;
  batchSize?: number;
  workers?: number;
  since?: string;
  force?: boolean;
  stale?: boolean;
  shard?: Shard;
  fromList?: string;
  textField?: string;
  idField?: string;
  dateField?: string;
  progress?: boolean;
}

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} ${value}: not a positive whole number`);
    return n;
  };
}

function parseShardOption(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || k < 1 || n < 1 || k > n) throw new UserError(`--shard ${value}: expected K/N with 1 ≤ K ≤ N (e.g. 2/4)`);
  return { k, n };
}

/** The default worker count: one extraction thread per core. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export function formatSummary(s: IngestSummary): string {
  const a = s.articles;
  const r = s.records;
  const stored = a.new + a.updated + a.unchanged;
  const filtered = a.filtered ? `; ${a.filtered} outside --since/--shard` : '';
  const rate = s.seconds > 0 ? ` (${Math.round((stored + a.rejected + a.filtered) / s.seconds)} articles/s, ${s.workers} worker${s.workers > 1 ? 's' : ''})` : '';
  return [
    `articles  ${stored} stored: ${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged; ${a.rejected} rejected${filtered}`,
    `records   ${r.officials} officials, ${r.regions} regions, ${r.figures} figures, ${r.directives} directives (from ${a.extracted} extracted)`,
    `run ${s.run} in ${s.seconds.toFixed(2)} s${rate} → ${s.db}`,
  ].join('\n');
}

/** A one-line progress display on a terminal (stderr): count, rate, and with a known size, percent and ETA. */
export class ProgressLine {
  private bytes = 0;
  private readonly t0 = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private last = '';

  constructor(private readonly stream: NodeJS.WriteStream, private readonly counts: () => Readonly<IngestCounts>, private readonly totalBytes: number | null) {
    this.timer = setInterval(() => this.render(), 250);
    this.timer.unref();
  }

  addBytes(n: number): void {
    this.bytes += n;
  }

  render(): void {
    const a = this.counts().articles;
    // The outcomes are counted as their batch commits (every 500 articles); extracted and skipped as
    // they happen, so the count and the rate move from the first article on.
    const done = Math.max(a.new + a.updated + a.unchanged + a.rejected + a.filtered, a.extracted + a.skipped + a.filtered);
    const s = (performance.now() - this.t0) / 1000;
    const rate = s > 0 ? done / s : 0;
    let tail = '';
    if (this.totalBytes && this.bytes > 0) {
      const f = Math.min(1, this.bytes / this.totalBytes);
      const eta = f > 0 ? (s / f) * (1 - f) : 0;
      const bar = '█'.repeat(Math.round(f * 20)).padEnd(20, '░');
      tail = `  ${bar} ${(f * 100).toFixed(1)}%  ETA ${clock(eta)}`;
    }
    const line = `ingest ${done.toLocaleString('en')} articles (${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged, ${a.rejected} rejected)  ${Math.round(rate).toLocaleString('en')}/s${tail}`;
    if (line === this.last) return;
    this.last = line;
    this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, (this.stream.columns ?? 120) - 1))}`);
  }

  /** Clears the line (before another message); the next tick draws it again. */
  clear(): void {
    if (this.last) this.stream.write('\r\x1b[2K');
    this.last = '';
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }
}

function clock(seconds: number): string {
  const t = Math.round(seconds);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = String(t % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** The total size of the inputs when every one is a plain file (else null: no ETA). */
function totalBytesOf(inputs: string[], fromList?: string): number | null {
  if (fromList) return null;
  let total = 0;
  for (const input of inputs) {
    try {
      const st = fs.statSync(input);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      return null;
    }
  }
  return total || null;
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('extract articles and store them with their records in SQLite (incremental, idempotent, parallel, crash-safe)')
    .argument('[inputs...]', 'files, folders (recursive), globs, .jsonl/.jsonl.gz archives, or - for stdin')
    .option('--db <file>', 'the SQLite database (created when missing)', 'derek.db')
    .option('--json', 'print the summary as one JSON object')
    .option('-q, --quiet', 'print no summary and no progress (rejects still go to stderr; --json still prints its object)')
    .option('--no-progress', 'no progress line (it is shown only when stderr is a terminal)')
    .option('--date <date>', 'the date of articles that state none (YYYY-MM-DD)', parseDateOption)
    .option('--since <date>', 'only articles dated on or after this day (undated articles are taken)', parseDateOption)
    .option('--force', 're-extract articles even when stored with the same rules and input')
    .option('--stale', 're-extract only stored articles that older rules extracted (no inputs: their text is in the database)')
    .option('--workers <n>', 'extraction threads (1 = in this thread)', positiveInt('--workers'), defaultWorkers())
    .option('--shard <k/n>', 'only shard K of N (by article id): N machines or jobs each take one, then derek merge', parseShardOption)
    .option('--from-list <file>', 'also read the inputs listed in FILE, one path or glob per line (- = stdin)')
    .option('--text-field <name>', 'JSON Lines: the field holding the article text', 'text')
    .option('--id-field <name>', 'JSON Lines: the field holding the archive\'s article id', 'id')
    .option('--date-field <name>', 'JSON Lines: the field holding the article date', 'date')
    .option('--batch-size <n>', 'articles per transaction', positiveInt('--batch-size'), 500);
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek ingest corpora/samples --db derek.db
  $ derek ingest 'archive/2026-*/*.jsonl.gz' --db news.db --quiet     nightly, from cron
  $ derek ingest --from-list todays-files.txt --db news.db --since 2026-01-01
  $ derek ingest dump.jsonl --text-field body --id-field guid --date-field published
  $ derek ingest --stale --db news.db                                 after a rules update
  $ derek ingest archive.jsonl --shard 2/4 --db shard2.db && derek merge news.db shard*.db
  $ derek ingest ../shared/seeds --db derek.db --json                 summary as JSON
  $ sqlite3 derek.db "SELECT * FROM money_by_region"    views: money_by_region, directives_by_issuer, officials_by_role

An article is stored once per id (the hash of its text). One already stored with the same rules
version and the same input (date, title, archive id) is skipped without extraction ("unchanged");
--force extracts it again; if the records differ they are replaced ("updated"). An edited file
(same path or archive id, new text) replaces its old article ("updated"). Killed at any moment,
the database keeps every committed batch; running the same command again completes the work.
Exit codes: 0 every input stored, 1 some inputs rejected (reasons on stderr and in the rejects table),
2 usage or fatal error (the database cannot be opened or written, e.g. disk full; a broken rules file).
Environment: DEREK_TIME_CAP (ms per article, default 10000, 0 = none); DEREK_HEAP_GROWTH (percent a
heap may grow past its live size, default 20 to keep memory flat; 0 = V8's own policy, faster).`)
    .action(guarded(async (inputs: string[], opts: IngestCliOptions) => {
      const ctx = contextFrom(opts);
      if (opts.stale && (inputs.length || opts.fromList)) throw new UserError('--stale takes no inputs: it re-extracts articles stored in --db');
      if (opts.stale && opts.force) throw new UserError('--stale and --force do not go together (--force re-extracts given inputs)');
      let sources: string[] = inputs;
      if (!opts.stale && !inputs.length && !opts.fromList) {
        if (process.stdin.isTTY) throw new UserError('no inputs: give files, folders, globs, .jsonl archives, --from-list FILE, or - for stdin');
        sources = ['-'];
      }
      if (opts.fromList && opts.fromList !== '-' && !fs.existsSync(opts.fromList)) throw new UserError(`--from-list ${opts.fromList}: no such file`);
      // Stdin can be read once: as the list or as an article stream, not both (the second reader would wait forever).
      if (opts.fromList === '-' && sources.includes('-')) throw new UserError('stdin (-) given both as --from-list and as an input');
      const { Store, ingest, staleItems, rulesVersion } = await import('../store/index.js');
      (await import('../workers/memory.js')).limitHeapGrowth();
      const { readIngestInputs } = await import('../input/read.js');
      let store;
      try {
        store = Store.open(opts.db);
      } catch (e) {
        throw await asUserError(e, opts.db, 'write');
      }
      const showProgress = !opts.quiet && opts.progress !== false && Boolean(process.stderr.isTTY);
      let current: () => Readonly<IngestCounts> = () => ({ articles: { new: 0, updated: 0, unchanged: 0, rejected: 0, filtered: 0, extracted: 0, skipped: 0 }, records: { officials: 0, regions: 0, figures: 0, directives: 0 } });
      const progress = showProgress ? new ProgressLine(process.stderr, () => current(), opts.stale ? null : totalBytesOf(sources, opts.fromList)) : null;
      try {
        const items = opts.stale
          ? staleItems(store, rulesVersion(ctx))
          : readIngestInputs(sources, {
            stdin: process.stdin, globs: true, fromList: opts.fromList,
            textField: opts.textField, idField: opts.idField, dateField: opts.dateField,
            onBytes: progress ? (n) => progress.addBytes(n) : undefined,
            // Unchanged JSON Lines records are recognized by their bytes' hash, before parsing (not with --force).
            lineSalt: opts.date ?? '',
            isKnownLine: opts.force ? undefined : ((rules) => (h: string) => store.knownLine(h, rules))(rulesVersion(ctx)),
          });
        const summary = await ingest(items, store, {
          context: ctx,
          inputs: opts.stale ? ['--stale'] : [...sources, ...(opts.fromList ? [`--from-list ${opts.fromList}`] : [])],
          batchSize: opts.batchSize,
          date: opts.date,
          since: opts.since,
          force: opts.force,
          shard: opts.shard,
          workers: opts.workers,
          onReject: (source, reason) => { progress?.clear(); reportReject(source, reason); },
          onStart: (c) => { current = () => c; },
        });
        progress?.stop();
        // --json is asked for by a script (from cron, with --quiet too): it always prints.
        if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else if (!opts.quiet) process.stdout.write(`${formatSummary(summary)}\n`);
        return summary.articles.rejected ? EXIT.rejected : EXIT.ok;
      } catch (e) {
        progress?.stop();
        throw await asUserError(e, opts.db, 'write');
      } finally {
        store.close();
      }
    }));
}
