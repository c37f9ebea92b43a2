import type { Command } from 'commander';
import type { Stats } from '../store/stats.js';
import { asUserError, openForReading } from './db.js';
import { EXIT, guarded } from './errors.js';

export function formatStats(s: Stats): string {
  const lines = [
    `records   ${Object.entries(s.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`,
    `runs      ${s.runs.runs} (last ${s.runs.last ?? '-'}); articles from ${s.runs.rulesVersions} rules version(s)`,
    '',
    'by language',
    ...s.languages.map((l) => `  ${l.lang.padEnd(8)} ${String(l.articles).padStart(8)} articles`),
    '',
    'by month  articles  figures  directives',
    ...s.months.map((m) => `  ${(m.month ?? 'undated').padEnd(8)} ${String(m.articles).padStart(8)} ${String(m.figures).padStart(8)} ${String(m.directives).padStart(11)}`),
    '',
    'by region (articles that mention it)',
    ...s.regions.map((r) => `  ${r.code.padEnd(8)} ${String(r.articles).padStart(8)}  ${r.name}`),
  ];
  return lines.join('\n');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what a database holds: counts by kind, language, month and region')
    .option('--db <file>', 'the SQLite database', 'derek.db')
    .option('--json', 'print the counts as one JSON object')
    .addHelpText('after', `
Examples:
  $ derek stats --db derek.db
  $ derek stats --db derek.db --json | jq .regions
Exit codes: 0 printed, 2 usage error or unreadable database.`)
    .action(guarded(async (opts: { db: string; json?: boolean }) => {
      const { collectStats } = await import('../store/stats.js');
      const db = await openForReading(opts.db);
      try {
        const s = collectStats(db);
        process.stdout.write(opts.json ? `${JSON.stringify(s)}\n` : `${formatStats(s)}\n`);
      } catch (e) {
        throw await asUserError(e, opts.db, 'read');
      } finally {
        db.close();
      }
      return EXIT.ok;
    }));
}
