import type { Command } from 'commander';
import { EXIT, UserError, guarded, parseDateOption, reportReject } from './errors.js';
import { addContextOptions, contextFrom, inputsOrStdin, type ContextOptions } from './options.js';
import type { IngestSummary } from '../store/ingest.js';

interface IngestCliOptions extends ContextOptions {
  db: string;
  json?: boolean;
  quiet?: boolean;
  date?: string;
  batchSize?: number;
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--batch-size ${value}: not a positive whole number`);
  return n;
}

export function formatSummary(s: IngestSummary): string {
  const a = s.articles;
  const r = s.records;
  const stored = a.new + a.updated + a.unchanged;
  return [
    `articles  ${stored} stored: ${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged; ${a.rejected} rejected`,
    `records   ${r.officials} officials, ${r.regions} regions, ${r.figures} figures, ${r.directives} directives`,
    `run ${s.run} in ${s.seconds.toFixed(2)} s → ${s.db}`,
  ].join('\n');
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('extract articles and store them with their records in SQLite (idempotent: re-ingesting changes nothing)')
    .argument('[inputs...]', 'files, folders (recursive), .jsonl/.jsonl.gz archives, or - for stdin')
    .option('--db <file>', 'the SQLite database (created when missing)', 'derek.db')
    .option('--json', 'print the summary as one JSON object')
    .option('-q, --quiet', 'print no summary (rejects still go to stderr)')
    .option('--date <date>', 'the date of articles that state none (YYYY-MM-DD)', parseDateOption)
    .option('--batch-size <n>', 'articles per transaction', parseBatchSize, 200);
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek ingest corpora/samples --db derek.db
  $ derek ingest archive.jsonl.gz --db news.db --quiet       nightly, from cron
  $ derek ingest ../shared/seeds --db derek.db --json        summary as JSON
  $ sqlite3 derek.db "SELECT * FROM money_by_region"                    views: money_by_region, directives_by_issuer
  $ sqlite3 derek.db "SELECT id, title FROM articles_fts WHERE articles_fts MATCH 'облыс*'"      full-text search

An article is stored once per id (the hash of its text): ingesting it again is "unchanged" and
writes nothing; if the rules now give other records, they are replaced ("updated"); an edited file
(same path or archive id, new text) replaces its old article ("updated").
Exit codes: 0 every input stored, 1 some inputs rejected (reasons on stderr and in the rejects table),
2 usage or fatal error (e.g. the database cannot be opened).`)
    .action(guarded(async (inputs: string[], opts: IngestCliOptions) => {
      const ctx = contextFrom(opts);
      const sources = inputsOrStdin(inputs);
      const { Store, StoreError, ingest } = await import('../store/index.js');
      const { readInputs } = await import('../input/read.js');
      let store;
      try {
        store = Store.open(opts.db);
      } catch (e) {
        if (e instanceof StoreError) throw new UserError(e.message);
        throw e;
      }
      try {
        const summary = await ingest(readInputs(sources, { stdin: process.stdin }), store, {
          context: ctx,
          inputs: sources,
          batchSize: opts.batchSize,
          date: opts.date,
          onReject: reportReject,
        });
        if (!opts.quiet) process.stdout.write(opts.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
        return summary.articles.rejected ? EXIT.rejected : EXIT.ok;
      } finally {
        store.close();
      }
    }));
}
