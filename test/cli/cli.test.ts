// End to end through the built bin (npm test builds first: see "pretest").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractErrors } from '../../src/eval/contract.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'dist/cli/main.js');
const SEEDS = fs.readdirSync(path.join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'fixtures', f)).sort();

function derek(args: string[], input?: string, nodeFlags: string[] = []) {
  const r = spawnSync('node', [...nodeFlags, BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, DEREK_DEBUG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'derek-cli-'));

describe('derek CLI', () => {
  it('--help lists the commands', () => {
    const r = derek(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['extract', 'ingest', 'detect', 'eval']) expect(r.out).toContain(c);
  });

  it('a reader that stops early (`| head`) ends the output quietly: no stack trace, exit 0', () => {
    // ~100 KB of records against a reader that takes 100 bytes: the next writes meet a closed pipe
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} extract fixtures/ru fixtures/kk --json | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEREK_DEBUG: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a command that reports at the end keeps its exit code when nobody reads its output', () => {
    // `derek rules lint | true` must still fail on a broken rule (set -o pipefail scripts rely on it)
    const rules = tmp();
    fs.mkdirSync(path.join(rules, 'kk'));
    fs.writeFileSync(path.join(rules, 'kk/figures.yaml'), 'rules:\n  - id: kk.money.bad\n    pattern: "(?<n>[0-9]+"\n');
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} rules lint --rules ${JSON.stringify(rules)} | true; exit \${PIPESTATUS[0]}`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEREK_DEBUG: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('each command has --help with examples', () => {
    for (const c of ['extract', 'ingest', 'detect', 'eval']) {
      const r = derek([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(/Examples:/);
    }
  });

  it('runs under node with V8 options (worker threads refuse them in execArgv; they apply to the whole process)', () => {
    const seed = SEEDS[0]!;
    const flags = ['--max-old-space-size=2048', '--stack-size=2000'];
    const plain = derek(['extract', '--json', seed]);
    const tuned = derek(['extract', '--json', seed], undefined, flags);
    expect(tuned.err).not.toMatch(/rejected|invalid execArgv/);
    expect(tuned.code).toBe(0);
    expect(tuned.out).toBe(plain.out);
    const db = path.join(tmp(), 'v8.db');
    const ingest = derek(['ingest', seed, '--db', db, '--workers', '2', '--quiet'], undefined, flags);
    expect(ingest.err).toBe('');
    expect(ingest.code).toBe(0);
  });

  it('ingest --help names the environment variables that tune a run', () => {
    const r = derek(['ingest', '--help']);
    expect(r.out).toMatch(/DEREK_TIME_CAP/);
    expect(r.out).toMatch(/DEREK_HEAP_GROWTH/);
  });

  it('extract --json prints one contract-valid object per article with the right language', () => {
    const r = derek(['extract', '--json', ...SEEDS]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(SEEDS.length);
    for (const line of lines) {
      const rec = JSON.parse(line);
      expect(contractErrors(rec), rec.source).toEqual([]);
      const gold = JSON.parse(fs.readFileSync(rec.source.replace(/\.txt$/, '.expected.json'), 'utf8'));
      expect([rec.lang, rec.script], rec.source).toEqual([gold.lang, gold.script]);
      expect(rec.date, rec.source).toBe(gold.date);
    }
  });

  it('reads stdin with -', () => {
    const text = fs.readFileSync(SEEDS[0]!, 'utf8');
    const r = derek(['extract', '--json', '-'], text);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).text.length).toBeGreaterThan(100);
  });

  it('rejects a missing or binary input with a reason and still extracts the rest (exit 1)', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    const r = derek(['extract', '--json', path.join(dir, 'nope.txt'), path.join(dir, 'bin.txt'), SEEDS[0]!]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/rejected .*nope\.txt/);
    expect(r.err).toMatch(/rejected .*bin\.txt/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a bad option value is a one-line usage error (exit 2)', () => {
    const r = derek(['extract', '--date', 'yesterday', SEEDS[0]!]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a date/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const shard = derek(['ingest', '--shard', 'x/y', SEEDS[0]!, '--db', path.join(tmp(), 'x.db')]);
    expect(shard.code).toBe(2);
    expect(shard.err).toMatch(/--shard x\/y/);
    expect(shard.err).not.toMatch(/\n\s+at /);
  });

  it('an unknown option is a usage error (exit 2) in every command', () => {
    for (const c of ['extract', 'ingest', 'detect', 'eval']) expect(derek([c, '--bogus']).code, c).toBe(2);
  });

  it('a broken custom rule set stops the run once with the file named (exit 2), not a reject per article', () => {
    const rules = tmp();
    fs.mkdirSync(path.join(rules, 'kk'));
    fs.writeFileSync(path.join(rules, 'kk', 'figures.yaml'), 'rules:\n  - id: [unclosed\n');
    const kk = SEEDS.filter((f) => f.includes(`${path.sep}kk${path.sep}`)).slice(0, 2);
    const r = derek(['extract', '--json', '--rules', rules, ...kk]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(path.join(rules, 'kk', 'figures.yaml'));
    expect(r.err).not.toMatch(/rejected/);
    expect(r.out).toBe('');
  });

  it('detect prints language and script per article', () => {
    const r = derek(['detect', '--json', ...SEEDS]);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(SEEDS.length);
    for (const row of rows) {
      const gold = JSON.parse(fs.readFileSync(row.source.replace(/\.txt$/, '.expected.json'), 'utf8'));
      expect([row.lang, row.script], row.source).toEqual([gold.lang, gold.script]);
    }
  });

  it('eval prints the score table over the fixtures', () => {
    const r = derek(['eval', '--fixtures', 'fixtures']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^docs \d+ {2}missing 0 {2}contract-errors 0/);
    expect(r.out).toMatch(/figures +all/);
  });

  it('ingest twice leaves the record tables equal, and a corrupt file is rejected while the rest is stored', () => {
    const dir = tmp();
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    for (const s of SEEDS) fs.copyFileSync(s, path.join(inputs, path.basename(s)));
    fs.writeFileSync(path.join(inputs, 'zz-corrupt.txt'), Buffer.from([0, 0, 0, 159, 146, 150, 0, 1]));
    const db = path.join(dir, 'd.db');
    const first = derek(['ingest', inputs, '--db', db, '--json']);
    expect(first.code, first.err).toBe(1);
    expect(first.err).toMatch(/rejected .*zz-corrupt\.txt/);
    const dump = () => spawnSync('node', ['-e', `
      const D = require('better-sqlite3'); const d = new D(process.argv[1], { readonly: true });
      const out = {};
      for (const t of ['articles', 'officials', 'regions', 'figures', 'directives'])
        out[t] = d.prepare('SELECT * FROM ' + t).all().map(r => { delete r.run_id; delete r.extracted_at; return JSON.stringify(r); }).sort();
      console.log(JSON.stringify(out));`, db], { cwd: ROOT, encoding: 'utf8' }).stdout;
    const before = dump();
    expect(JSON.parse(before).articles).toHaveLength(SEEDS.length);
    const second = derek(['ingest', inputs, '--db', db, '--json']);
    expect(second.code).toBe(1);
    expect(dump()).toBe(before);
  });
});
