import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { RECORD_KINDS, type RecordKind } from '../types.js';
import { openForReading } from './db.js';
import { EXIT, UserError, guarded, parseDateOption } from './errors.js';

interface ExportCliOptions {
  db: string;
  kind: string;
  format: string;
  lang?: string;
  region?: string;
  from?: string;
  to?: string;
  out?: string;
}

/** Writes with backpressure: waits when the stream's buffer is full, so a large export stays small in memory. */
async function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  if (!stream.write(s)) await once(stream, 'drain');
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write one kind of record, with its article\'s date, language and source, as CSV or JSON Lines')
    .requiredOption('--kind <kind>', `officials, regions, figures or directives`)
    .option('--db <file>', 'the SQLite database', 'derek.db')
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--lang <lang>', 'only articles in this language (kk, ru, en)')
    .option('--region <region>', 'only articles that mention this region (code like KZ-75, or its name)')
    .option('--from <date>', 'only articles dated on or after this day', parseDateOption)
    .option('--to <date>', 'only articles dated on or before this day', parseDateOption)
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addHelpText('after', `
Examples:
  $ derek export --db derek.db --kind figures --format csv > figures.csv
  $ derek export --kind directives --format jsonl --lang kk --from 2026-01-01 --to 2026-03-31
  $ derek export --kind officials --region KZ-75 -o almaty-officials.csv
Exit codes: 0 written, 2 usage error or unreadable database.`)
    .action(guarded(async (opts: ExportCliOptions) => {
      if (!(RECORD_KINDS as readonly string[]).includes(opts.kind)) throw new UserError(`--kind ${opts.kind}: expected one of ${RECORD_KINDS.join(', ')}`);
      if (opts.format !== 'csv' && opts.format !== 'jsonl') throw new UserError(`--format ${opts.format}: expected csv or jsonl`);
      if (opts.from && opts.to && opts.from > opts.to) throw new UserError(`--from ${opts.from} is after --to ${opts.to}`);
      const { exportColumns, exportRows, csvField } = await import('../store/export.js');
      const db = await openForReading(opts.db);
      const kind = opts.kind as RecordKind;
      const out: NodeJS.WritableStream = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      try {
        const cols = exportColumns(kind);
        if (opts.format === 'csv') await write(out, `${cols.join(',')}\n`);
        for (const row of exportRows(db, kind, { lang: opts.lang, region: opts.region, from: opts.from, to: opts.to })) {
          await write(out, opts.format === 'csv' ? `${cols.map((c) => csvField(row[c])).join(',')}\n` : `${JSON.stringify(row)}\n`);
        }
      } finally {
        db.close();
        if (opts.out) { out.end(); await once(out, 'finish'); }
      }
      return EXIT.ok;
    }));
}
