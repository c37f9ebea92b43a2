// `derek rules test` and `derek rules lint`: the rule developer's checks before a rule ships.
import type { Command } from 'commander';
import { EXIT, guarded, parseDateOption } from './errors.js';
import { contextFrom } from './options.js';

interface RulesOptions { rules?: string; json?: boolean; only?: string; today?: string; corpora?: boolean }

const rulesOption = (cmd: Command) => cmd
  .option('--rules <dir>', 'check this rule set (with the built-in one beneath it, unless its ruleset.yaml says extends: false; also: DEREK_RULES)')
  .option('--json', 'the results as JSON');

export function registerRules(program: Command): void {
  const rules = program
    .command('rules')
    .description('check rule files: run every rule\'s own examples (test), validate rules and corpora (lint)')
    .addHelpText('after', `
Examples:
  $ derek rules test                          every example of every rule
  $ derek rules test --only kk.directive      the Kazakh directive rules
  $ derek rules lint --rules my-rules         a custom rule set, as it will load
Exit codes: 0 all good, 1 a failing example or a lint error, 2 usage error.`);

  rulesOption(rules.command('test')
    .description('run each rule\'s examples through extract() with its file\'s language: positive ones need a record from that rule id with the expected fields, negative ones (none: true) none')
    .option('--only <prefix>', 'only rules whose id starts with this')
    .option('--today <date>', 'the date undated examples resolve against (default 2026-01-15, so results never depend on the day)', parseDateOption))
    .addHelpText('after', `
Examples:
  $ derek rules test
  $ derek rules test --only ru.money --rules my-rules`)
    .action(guarded(async (opts: RulesOptions) => {
      const ctx = contextFrom(opts);
      const { runRuleExamples, formatExampleResults } = await import('../rules/examples.js');
      const results = runRuleExamples(ctx.rulesDir, { only: opts.only, context: opts.today ? { today: opts.today } : {} });
      process.stdout.write(opts.json ? `${JSON.stringify(results, null, 1)}\n` : `${formatExampleResults(results)}\n`);
      return results.some((r) => !r.ok) ? EXIT.rejected : EXIT.ok;
    }));

  rulesOption(rules.command('lint')
    .description('validate every rules and corpora file: YAML and schema (file:line), patterns that do not compile, duplicate ids, catastrophic backtracking')
    .option('--no-corpora', 'rules only'))
    .addHelpText('after', `
Examples:
  $ derek rules lint
  $ derek rules lint --rules my-rules --json`)
    .action(guarded(async (opts: RulesOptions) => {
      const ctx = contextFrom(opts);
      const { lintRuleSet, formatFinding } = await import('../rules/lint.js');
      const findings = await lintRuleSet(ctx.rulesDir, opts.corpora === false ? undefined : ctx.corporaDir);
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (opts.json) process.stdout.write(`${JSON.stringify(findings, null, 1)}\n`);
      else {
        for (const f of findings) process.stdout.write(`${formatFinding(f)}\n`);
        process.stdout.write(`lint: ${errors} errors, ${findings.length - errors} warnings\n`);
      }
      return errors ? EXIT.rejected : EXIT.ok;
    }));
}
