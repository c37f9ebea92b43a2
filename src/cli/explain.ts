// `derek explain FILE`: what the rules made of one article, shown on the article itself.
import fs from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UserError, guarded, parseDateOption } from './errors.js';
import { extractRecords } from './records.js';
import { addContextOptions, contextFrom, type ContextOptions } from './options.js';

interface ExplainOptions extends ContextOptions {
  html?: string;
  date?: string;
  color?: boolean;
}

export function registerExplain(program: Command): void {
  const cmd = program
    .command('explain')
    .description('show an article with every record highlighted (colour by kind), its rule id and normalized value beside it')
    .argument('<file>', 'an article (.txt), a .jsonl archive (every line), or - for stdin')
    .option('--html <out.html>', 'write one self-contained page instead: highlights, legend, record table; hover or click a highlight for its rule')
    .option('--date <date>', 'the date of an article that states none (YYYY-MM-DD)', parseDateOption)
    .option('--no-color', 'no ANSI colours: spans in ⟦…⟧ (also when stdout is not a terminal, or NO_COLOR is set)');
  addContextOptions(cmd).addHelpText('after', `
Examples:
  $ derek explain article.txt
  $ derek explain article.txt --html /tmp/article.html
  $ derek explain article.txt --rules my-rules      what a custom rule set changes`)
    .action(guarded(async (file: string, opts: ExplainOptions) => {
      if (file !== '-' && !fs.existsSync(file)) throw new UserError(`${file}: no such file`);
      const ctx = contextFrom(opts);
      const { renderTerminal } = await import('../explain/terminal.js');
      const { renderHtml } = await import('../explain/html.js');
      const color = opts.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
      const pages: string[] = [];
      let n = 0;
      const stream = await extractRecords([file], ctx, opts.date);
      for await (const record of stream.records) {
        n++;
        if (opts.html) pages.push(renderHtml(record));
        else process.stdout.write(`${renderTerminal(record, { color })}\n\n`);
      }
      const rejected = stream.rejected();
      if (opts.html) {
        if (pages.length > 1) process.stderr.write(`derek: ${file} holds ${pages.length} articles; the page shows the first\n`);
        if (pages[0]) {
          try { fs.writeFileSync(opts.html, pages[0]); } catch (e) { throw new UserError(`--html ${opts.html}: cannot write: ${(e as Error).message}`); }
          process.stderr.write(`derek: wrote ${opts.html}\n`);
        }
      }
      if (!n && !rejected) throw new UserError(`${file}: no article in it`);
      return rejected ? EXIT.rejected : EXIT.ok;
    }));
}
