import fs from 'node:fs';
import type { Command } from 'commander';
import { asUserError, openForReading } from './db.js';
import { EXIT, UserError, guarded } from './errors.js';
import { sameFile } from './same-file.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine shard databases (derek ingest --shard K/N) into one; merging again changes nothing')
    .argument('<out>', 'the database to merge into (created when missing)')
    .argument('<shards...>', 'the shard databases')
    .option('--json', 'print the counts as one JSON object')
    .option('-q, --quiet', 'print nothing')
    .addHelpText('after', `
Examples:
  $ derek ingest archive.jsonl --shard 1/2 --db shard1.db     # on one machine
  $ derek ingest archive.jsonl --shard 2/2 --db shard2.db     # on another
  $ derek merge news.db shard1.db shard2.db
An article is copied when out lacks it or holds another version of it (other records, rules or
input); each shard is merged in one transaction.
Exit codes: 0 merged, 2 usage error or a database that cannot be read or written.`)
    .action(guarded(async (out: string, shards: string[], opts: { json?: boolean; quiet?: boolean }) => {
      // Every shard checked before out is touched: a bad one is refused before the merge starts.
      for (const s of shards) {
        if (!fs.existsSync(s)) throw new UserError(`${s}: no such database`);
        // Through a symlink or hard link too: merging a database into itself waits on its own lock.
        if (sameFile(s, out)) throw new UserError(`${s}: a shard cannot be the output database (${out})`);
        (await openForReading(s)).close(); // a derek database with tables (an empty file is refused)
      }
      const { Store } = await import('../store/index.js');
      const { mergeShards } = await import('../store/merge.js');
      let store;
      try {
        store = Store.open(out);
      } catch (e) {
        throw await asUserError(e, out, 'write');
      }
      try {
        const c = mergeShards(store, shards);
        if (!opts.quiet) {
          process.stdout.write(opts.json ? `${JSON.stringify({ db: out, ...c })}\n`
            : `merged ${c.shards} shard(s) into ${out}: ${c.copied} articles copied, ${c.unchanged} already there, ${c.rejects} rejects\n`);
        }
      } catch (e) {
        throw await asUserError(e, out, 'write');
      } finally {
        store.close();
      }
      return EXIT.ok;
    }));
}
