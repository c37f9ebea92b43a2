// `derek ingest` as a command object (the built bin is tested end to end in cli.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSummary, ProgressLine, registerIngest } from '../../src/cli/ingest.js';
import type { IngestSummary } from '../../src/store/ingest.js';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

let dir: string;
let out: string;
let err: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-ingest-cli-'));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function derek(...args: string[]): Promise<number> {
  const program = new Command().exitOverride();
  registerIngest(program);
  await program.parseAsync(['node', 'derek', 'ingest', '--workers', '1', ...args]);
  return Number(process.exitCode ?? 0);
}

describe('derek ingest', () => {
  it('formats a summary with every count, the time and the database', () => {
    const s: IngestSummary = {
      run: 3, db: 'x.db', version: '0.1.0', rulesVersion: '0.1.0+abc', seconds: 1.234, workers: 2, chars: 100, timings: {}, peakRssMB: 50, cpuSeconds: 1,
      articles: { new: 4, updated: 1, unchanged: 2, rejected: 1, filtered: 0, extracted: 5, skipped: 1 },
      records: { officials: 5, regions: 6, figures: 7, directives: 8 },
    };
    expect(formatSummary(s)).toBe([
      'articles  7 stored: 4 new, 1 updated, 2 unchanged; 1 rejected',
      'records   5 officials, 6 regions, 7 figures, 8 directives (from 5 extracted)',
      'run 3 in 1.23 s (6 articles/s, 2 workers) → x.db',
    ].join('\n'));
  });

  it('stores the seeds, prints a JSON summary, and finds them unchanged the second time', async () => {
    const db = path.join(dir, 'd.db');
    expect(await derek(SEEDS, '--db', db, '--json', '--today', '2026-01-20')).toBe(0);
    expect(JSON.parse(out).articles).toMatchObject({ new: 5, updated: 0, unchanged: 0, rejected: 0 });
    out = '';
    expect(await derek(SEEDS, '--db', db, '--json', '--today', '2026-01-20')).toBe(0);
    expect(JSON.parse(out).articles).toMatchObject({ new: 0, updated: 0, unchanged: 5, rejected: 0, extracted: 0 });
  }, 60_000);

  it('rejects a binary file with a reason on stderr, stores the rest, exits 1', async () => {
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!), path.join(inputs, 'good.txt'));
    fs.writeFileSync(path.join(inputs, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 0x89, 0x50, 0x4e, 0x47]));
    const db = path.join(dir, 'd.db');
    expect(await derek(inputs, '--db', db, '--quiet')).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^derek: rejected .*bad\.txt: .+\n$/);
    const { Store } = await import('../../src/store/store.js');
    const store = Store.open(db);
    expect(store.db.prepare(`SELECT count(*) AS n FROM articles`).get()).toEqual({ n: 1 });
    expect(store.db.prepare(`SELECT source FROM rejects`).all()).toEqual([{ source: expect.stringMatching(/bad\.txt$/) }]);
    store.close();
  }, 60_000);

  it('a database that cannot be opened is one clear line and exit 2', async () => {
    const notDb = path.join(dir, 'text.db');
    fs.writeFileSync(notDb, 'plain text, not a database '.repeat(40));
    expect(await derek(SEEDS, '--db', notDb)).toBe(2);
    expect(err).toBe(`derek: cannot open database ${notDb}: file is not a database\n`);
  });

  it('the progress line shows counts and rate, and percent and ETA when the size is known', () => {
    let written = '';
    const stream = { write: (x: string) => { written += x; return true; }, columns: 200 } as unknown as NodeJS.WriteStream;
    const counts = { articles: { new: 3, updated: 1, unchanged: 5, rejected: 1, filtered: 0, extracted: 5, skipped: 4 }, records: { officials: 0, regions: 0, figures: 0, directives: 0 } };
    const known = new ProgressLine(stream, () => counts, 1000);
    known.addBytes(250);
    known.render();
    known.stop();
    expect(written).toMatch(/ingest 10 articles \(3 new, 1 updated, 5 unchanged, 1 rejected\) +[\d,]+\/s +█{5}░{15} 25\.0% +ETA \d+:\d\d/);
    written = '';
    const unknown = new ProgressLine(stream, () => counts, null);
    unknown.render();
    unknown.stop();
    expect(written).toMatch(/ingest 10 articles/);
    expect(written).not.toMatch(/ETA|%/);
    // Before the first batch commits: nothing stored yet, but 120 extracted and 30 skipped.
    const early = { articles: { new: 0, updated: 0, unchanged: 30, rejected: 0, filtered: 0, extracted: 120, skipped: 30 }, records: counts.records };
    written = '';
    const first = new ProgressLine(stream, () => early, null);
    first.render();
    first.stop();
    expect(written).toMatch(/ingest 150 articles \(0 new, 0 updated, 30 unchanged, 0 rejected\) +[1-9][\d,]*\/s/);
  });

  it('--json prints its summary with --quiet too (a script in cron asks for both); --quiet alone prints nothing', async () => {
    const input = path.join(dir, 'one.txt');
    fs.writeFileSync(input, 'Алматы қаласында жаңа мектеп ашылды. Бұл туралы әкімдік хабарлады.');
    expect(await derek(input, '--db', path.join(dir, 'q1.db'), '--today', '2026-01-20', '--quiet', '--json')).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ articles: { new: 1 } });
    out = '';
    expect(await derek(input, '--db', path.join(dir, 'q2.db'), '--today', '2026-01-20', '--quiet')).toBe(0);
    expect(out).toBe('');
  }, 60_000);

  it('prints no progress when stderr is no terminal, and none with --quiet', async () => {
    const db = path.join(dir, 'p.db');
    const input = path.join(dir, 'one.txt');
    fs.writeFileSync(input, 'Алматы қаласында жаңа мектеп ашылды. Бұл туралы әкімдік хабарлады.');
    expect(await derek(input, '--db', db, '--today', '2026-01-20')).toBe(0);
    expect(err).toBe('');
  }, 60_000);
});
