import fs from 'node:fs';
import type { Command } from 'commander';
import { UserError, guarded } from './errors.js';
import { addContextOptions, contextFrom, type ContextOptions } from './options.js';

interface EvalOptions extends ContextOptions {
  fixtures: string;
  json?: boolean;
  misses?: boolean;
  diff?: boolean;
  all?: boolean;
}

export function registerEval(program: Command): void {
  const cmd = program
    .command('eval')
    .description('precision, recall and F1 per kind and language against gold fixtures (the matching of ../shared/tools/score.mjs)')
    .option('--fixtures <dir>', 'folder of <name>.txt with <name>.expected.json or <name>.gold.json beside it (recursive)', 'fixtures')
    .option('--json', 'the result as JSON (with misses)')
    .option('--misses', 'list every missed (FN) and extra (FP) record after the table')
    .option('--diff', 'per fixture, expected vs produced side by side (missing, extra, wrong field), grouped by rule id; per-rule hits and precision')
    .option('--all', 'with --diff: the correct records too');
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek eval                                the project's fixtures
  $ derek eval --fixtures ../shared/seeds --misses
  $ derek eval --diff                         what each rule got right and wrong
  $ derek eval --diff --json --rules my-rules`)
    .action(guarded(async (opts: EvalOptions) => {
      if (!fs.existsSync(opts.fixtures)) throw new UserError(`--fixtures ${opts.fixtures}: no such folder`);
      const ctx = contextFrom(opts);
      const { evaluate } = await import('../eval/run.js');
      const { formatScore } = await import('../eval/score.js');
      if (opts.diff) {
        const { extractGoldDocs } = await import('../eval/run.js');
        const { score } = await import('../eval/score.js');
        const { diffFixtures, formatDiff } = await import('../eval/diff.js');
        const { golds, records } = extractGoldDocs(opts.fixtures, ctx);
        if (golds.length === 0) throw new UserError(`--fixtures ${opts.fixtures}: no <name>.txt with a gold file beside it`);
        const result = score(golds, records);
        const diff = diffFixtures(golds, records);
        process.stdout.write(opts.json ? `${JSON.stringify({ ...diff, score: result }, null, 1)}\n`
          : `${formatDiff(diff, { showOk: opts.all, width: process.stdout.columns })}\n\n${formatScore(result)}\n`);
        return;
      }
      const result = evaluate(opts.fixtures, ctx);
      if (result.docs === 0) throw new UserError(`--fixtures ${opts.fixtures}: no <name>.txt with a gold file beside it`);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 1)}\n` : `${formatScore(result, opts.misses)}\n`);
    }));
}
