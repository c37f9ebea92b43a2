#!/usr/bin/env node
// derek's command line: a thin layer over the library. Command modules load their heavy parts
// lazily inside their actions, so `derek --help` starts fast.
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { registerDetect } from './detect.js';
import { EXIT, UserError } from './errors.js';
import { registerEval } from './eval.js';
import { registerExplain } from './explain.js';
import { registerExtract } from './extract.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerMerge } from './merge.js';
import { registerStats } from './stats.js';
import { registerRules } from './rules.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('derek')
  .description('Turns Kazakhstan news (Kazakh in Cyrillic and Latin script, Russian, English) into records: officials, regions, figures, directives.')
  .version(version)
  .showHelpAfterError('(add --help for usage)')
  .addHelpText('after', `
Examples:
  $ derek extract --pretty article.txt
  $ derek ingest corpora/samples --db derek.db
  $ derek detect ../shared/seeds
  $ derek eval --fixtures fixtures
  $ derek explain article.txt --html /tmp/article.html
  $ derek rules test && derek rules lint`);

// `derek … | head`: a reader that stops early must not end derek with a stack trace. A command
// that streams records (extract, detect, export) stops there: the reader has what it wanted. The
// others finish with their output dropped and keep their exit code: a lint's errors, an ingest's
// rejects must still fail a `set -o pipefail` script.
const STREAMING = new Set(['extract', 'detect', 'export']);
let command = '';
program.hook('preAction', (_program, action) => { command = action.name(); });
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  if (STREAMING.has(command)) process.exit(EXIT.ok);
  process.stdout.write = () => true;
});

// before registering, so subcommands inherit it: usage errors exit 2, help and version 0
program.exitOverride((err) => {
  process.exit(err.exitCode === 0 ? 0 : 2);
});

registerExtract(program);
registerIngest(program);
registerMerge(program);
registerExport(program);
registerStats(program);
registerDetect(program);
registerEval(program);
registerExplain(program);
registerRules(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // an option parser's UserError (commander passes it through): one line, usage exit code
  if (!(e instanceof UserError)) throw e;
  process.stderr.write(`derek: ${e.message}\n(add --help for usage)\n`);
  process.exitCode = EXIT.fatal;
}
