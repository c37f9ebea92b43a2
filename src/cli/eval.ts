import fs from 'node:fs';
import type { Command } from 'commander';
import { UserError, guarded } from './errors.js';
import { addContextOptions, contextFrom, type ContextOptions } from './options.js';

interface EvalOptions extends ContextOptions {
  fixtures: string;
  json?: boolean;
  misses?: boolean;
}

export function registerEval(program: Command): void {
  const cmd = program
    .command('eval')
    .description('precision, recall and F1 per kind and language against gold fixtures (the matching of ../shared/tools/score.mjs)')
    .option('--fixtures <dir>', 'folder of <name>.txt with <name>.expected.json or <name>.gold.json beside it (recursive)', 'fixtures')
    .option('--json', 'the result as JSON (with misses)')
    .option('--misses', 'list every missed (FN) and extra (FP) record after the table');
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek eval                                the project's fixtures
  $ derek eval --fixtures ../shared/seeds --misses`)
    .action(guarded(async (opts: EvalOptions) => {
      if (!fs.existsSync(opts.fixtures)) throw new UserError(`--fixtures ${opts.fixtures}: no such folder`);
      const ctx = contextFrom(opts);
      const { evaluate } = await import('../eval/run.js');
      const { formatScore } = await import('../eval/score.js');
      const result = evaluate(opts.fixtures, ctx);
      if (result.docs === 0) throw new UserError(`--fixtures ${opts.fixtures}: no <name>.txt with a gold file beside it`);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 1)}\n` : `${formatScore(result, opts.misses)}\n`);
    }));
}
