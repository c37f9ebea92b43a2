import type { Command } from 'commander';
import { EXIT, guarded, parseDateOption } from './errors.js';
import { extractRecords } from './records.js';
import { addContextOptions, contextFrom, inputsOrStdin, type ContextOptions } from './options.js';

interface ExtractOptions extends ContextOptions {
  json?: boolean;
  pretty?: boolean;
  date?: string;
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract officials, regions, figures and directives; print one record per article (ANNOTATION.md §7)')
    .argument('[inputs...]', 'files, folders (recursive), .jsonl/.jsonl.gz archives, or - for stdin')
    .option('--json', 'one JSON object per line (JSON Lines); the default when stdout is not a terminal')
    .option('--pretty', 'a readable summary per article; the default on a terminal')
    .option('--date <date>', 'the date of articles that state none (YYYY-MM-DD)', parseDateOption);
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek extract article.txt                 readable summary
  $ derek extract --json ../shared/seeds/*.txt > out.jsonl
  $ derek extract --json archive.jsonl.gz     one line per archived article
  $ cat article.txt | derek extract --json -  from stdin
Exit codes: 0 every input extracted, 1 some inputs rejected (reasons on stderr), 2 usage or fatal error.`)
    .action(guarded(async (inputs: string[], opts: ExtractOptions) => {
      const ctx = contextFrom(opts);
      const { formatPretty } = await import('./format.js');
      const pretty = opts.pretty ?? (!opts.json && process.stdout.isTTY === true);
      const stream = await extractRecords(inputsOrStdin(inputs), ctx, opts.date);
      for await (const record of stream.records) {
        process.stdout.write(pretty ? `${formatPretty(record)}\n\n` : `${JSON.stringify(record)}\n`);
      }
      return stream.rejected() ? EXIT.rejected : EXIT.ok;
    }));
}
