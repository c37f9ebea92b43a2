import type { Command } from 'commander';
import { EXIT, guarded, reportReject } from './errors.js';
import { inputsOrStdin } from './options.js';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('print the language, script and confidence of each article')
    .argument('[inputs...]', 'files, folders, .jsonl/.jsonl.gz archives, or - for stdin')
    .option('--json', 'one JSON object per line: {source, lang, script, score}')
    .addHelpText('after', `
Examples:
  $ derek detect ../shared/seeds            source, lang, script, score (tab-separated)
  $ derek detect --json archive.jsonl.gz
Exit codes: 0 all read, 1 some inputs rejected, 2 usage or fatal error.`)
    .action(guarded(async (inputs: string[], opts: { json?: boolean }) => {
      const { readInputs } = await import('../input/read.js');
      const { detectLanguage } = await import('../lang/detect.js');
      let rejected = 0;
      for await (const item of readInputs(inputsOrStdin(inputs), { stdin: process.stdin })) {
        if (item.kind === 'reject') { rejected++; reportReject(item.source, item.reason); continue; }
        const d = detectLanguage(item.article.text, item.article.langHint);
        const score = Math.round(d.score * 1000) / 1000;
        process.stdout.write(opts.json
          ? `${JSON.stringify({ source: item.article.source, lang: d.lang, script: d.script, score })}\n`
          : `${item.article.source}\t${d.lang}\t${d.script}\t${score.toFixed(3)}\n`);
      }
      return rejected ? EXIT.rejected : EXIT.ok;
    }));
}
