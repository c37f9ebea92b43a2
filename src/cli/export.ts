import type { Command } from 'commander';
import { RECORD_KINDS, type RecordKind } from '../types.js';
import { asUserError, openForReading } from './db.js';
import { EXIT, UserError, guarded, parseDateOption } from './errors.js';
import { checkLanguage, LANGUAGES, unknownRegionWarning } from './filters.js';
import { openOutput } from './output.js';
import { sameFile } from './same-file.js';

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

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write one kind of record, with its article\'s date, language and source, as CSV or JSON Lines')
    .requiredOption('--kind <kind>', `officials, regions, figures or directives`)
    .option('--db <file>', 'the SQLite database', 'derek.db')
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--lang <lang>', `only articles in this language (${LANGUAGES.join(', ')})`)
    .option('--region <region>', 'only articles that mention this region (code like KZ-75, or its name)')
    .option('--from <date>', 'only articles dated on or after this day', parseDateOption)
    .option('--to <date>', 'only articles dated on or before this day', parseDateOption)
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addHelpText('after', `
Examples:
  $ derek export --db derek.db --kind figures --format csv > figures.csv
  $ derek export --kind directives --format jsonl --lang kk --from 2026-01-01 --to 2026-03-31
  $ derek export --kind officials --region KZ-75 -o almaty-officials.csv
Exit codes: 0 written, 2 usage error, unreadable database or unwritable output.`)
    .action(guarded(async (opts: ExportCliOptions) => {
      if (!(RECORD_KINDS as readonly string[]).includes(opts.kind)) throw new UserError(`--kind ${opts.kind}: expected one of ${RECORD_KINDS.join(', ')}`);
      if (opts.format !== 'csv' && opts.format !== 'jsonl') throw new UserError(`--format ${opts.format}: expected csv or jsonl`);
      if (opts.from && opts.to && opts.from > opts.to) throw new UserError(`--from ${opts.from} is after --to ${opts.to}`);
      checkLanguage(opts.lang);
      // Opening the output truncates it: never the database itself.
      if (opts.out && ['', '-wal', '-shm'].some((s) => sameFile(opts.out!, `${opts.db}${s}`))) {
        throw new UserError(`-o ${opts.out}: that is the database (or its journal); give another file`);
      }
      const { exportColumns, exportRows, csvField } = await import('../store/export.js');
      const db = await openForReading(opts.db);
      const kind = opts.kind as RecordKind;
      try {
        const warning = unknownRegionWarning(db, opts.region);
        if (warning) process.stderr.write(`derek: warning: ${warning}\n`);
        // Opened once the database is known good: an unreadable database leaves no file behind.
        const out = openOutput(opts.out);
        try {
          const cols = exportColumns(kind);
          if (opts.format === 'csv') await out.write(`${cols.join(',')}\n`);
          for (const row of exportRows(db, kind, { lang: opts.lang, region: opts.region, from: opts.from, to: opts.to })) {
            await out.write(opts.format === 'csv' ? `${cols.map((c) => csvField(row[c])).join(',')}\n` : `${JSON.stringify(row)}\n`);
          }
        } finally {
          await out.close();
        }
      } catch (e) {
        throw await asUserError(e, opts.db, 'read');
      } finally {
        db.close();
      }
      return EXIT.ok;
    }));
}
