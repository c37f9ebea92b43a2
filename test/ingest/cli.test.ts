// derek export, stats and merge as command objects: output, filters, exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExport } from '../../src/cli/export.js';
import { registerMerge } from '../../src/cli/merge.js';
import { registerStats } from '../../src/cli/stats.js';
import { ingest } from '../../src/store/ingest.js';
import { Store } from '../../src/store/store.js';
import { article, CTX, fakeExtract, NOW } from '../store/helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-research-cli-'));
const DB = path.join(dir, 'd.db');
const TEXTS = ['Алматы қаласына 8 млрд теңге бөлінді. Аида Балаева тапсырды.', 'Астана, "жоба": 3 млрд теңге.', 'Қызылорда облысы 5 млрд теңге.'];
const items = () => TEXTS.map((t, i) => article(t, `a${i}.txt`, { date: `2026-0${i + 1}-15` }));

beforeAll(async () => {
  const s = Store.open(DB);
  await ingest(items(), s, { context: CTX, now: NOW, extract: fakeExtract(1) });
  s.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  process.exitCode = undefined;
});
afterEach(() => { vi.restoreAllMocks(); process.exitCode = undefined; });

async function derek(...args: string[]): Promise<number> {
  const program = new Command().exitOverride();
  registerExport(program);
  registerStats(program);
  registerMerge(program);
  await program.parseAsync(['node', 'derek', ...args]);
  return Number(process.exitCode ?? 0);
}

describe('derek export / stats / merge', () => {
  it('exports CSV with a header and one row per figure, quoted where needed', async () => {
    expect(await derek('export', '--db', DB, '--kind', 'figures')).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('article_id,date,lang,source,seq,surface,start,end,sentence,rule,kind,value,min,max,unit,object,qualifier,change');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^[0-9a-f]{64},2026-01-15,kk,a0\.txt,0,8 млрд теңге,/);
  });

  it('exports JSON Lines filtered by date range and region', async () => {
    expect(await derek('export', '--db', DB, '--kind', 'figures', '--format', 'jsonl', '--from', '2026-02-01', '--to', '2026-03-31', '--region', 'KZ-43')).toBe(0);
    const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: '2026-03-15', value: 5e9, unit: 'KZT' });
  });

  it.each([
    [['export', '--db', DB, '--kind', 'people'], /--kind people: expected one of officials, regions, figures, directives/],
    [['export', '--db', DB, '--kind', 'figures', '--format', 'xml'], /--format xml: expected csv or jsonl/],
    [['export', '--db', path.join(dir, 'none.db'), '--kind', 'figures'], /no such database/],
    [['export', '--db', DB, '--kind', 'figures', '--from', '2026-05-01', '--to', '2026-01-01'], /is after --to/],
    [['stats', '--db', path.join(dir, 'none.db')], /no such database/],
    [['merge', path.join(dir, 'm.db'), path.join(dir, 'none.db')], /none\.db: no such database/],
  ])('%j is a usage error: one line, exit 2', async (args, message) => {
    expect(await derek(...args)).toBe(2);
    expect(err).toMatch(message);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('an unknown --lang is a usage error that lists the known ones (was an empty export, exit 0)', async () => {
    expect(await derek('export', '--db', DB, '--kind', 'figures', '--lang', 'kz')).toBe(2);
    expect(err).toBe('derek: --lang kz: not a language derek stores (expected one of kk, ru, en)\n');
    expect(out).toBe('');
  });

  it('a --region no stored record names is warned about on stderr (the export, empty, still succeeds)', async () => {
    expect(await derek('export', '--db', DB, '--kind', 'figures', '--region', 'kz-75')).toBe(0);
    expect(err).toBe('derek: warning: --region kz-75: no stored record names this region (did you mean KZ-75?)\n');
    expect(out.trimEnd().split('\n')).toHaveLength(1); // the header only
    err = '';
    expect(await derek('export', '--db', DB, '--kind', 'figures', '--region', 'KZ-75')).toBe(0);
    expect(err).toBe('');
  });

  it('export -o the database itself is refused: opening the output would truncate it', async () => {
    const db = path.join(dir, 'copy.db');
    fs.copyFileSync(DB, db);
    const size = fs.statSync(db).size;
    expect(await derek('export', '--db', db, '--kind', 'figures', '-o', db)).toBe(2);
    expect(err).toBe(`derek: -o ${db}: that is the database (or its journal); give another file\n`);
    expect(fs.statSync(db).size).toBe(size);
  });

  it('merge refuses a hard link to the output, and an empty shard, before the output is touched', async () => {
    const m = path.join(dir, 'self.db');
    fs.copyFileSync(DB, m);
    const hard = path.join(dir, 'hard.db');
    fs.linkSync(m, hard);
    expect(await derek('merge', m, hard)).toBe(2);
    expect(err).toBe(`derek: ${hard}: a shard cannot be the output database (${m})\n`);
    err = '';
    const empty = path.join(dir, 'empty-shard.db');
    fs.writeFileSync(empty, '');
    const fresh = path.join(dir, 'fresh.db');
    expect(await derek('merge', fresh, DB, empty)).toBe(2);
    expect(err).toBe(`derek: ${empty}: an empty database, not a derek database yet (run derek ingest first)\n`);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('stats prints counts by kind, language, month and region; --json for scripts', async () => {
    expect(await derek('stats', '--db', DB)).toBe(0);
    expect(out).toMatch(/records +3 articles, 1 officials, \d+ regions, 3 figures, 1 directives, 0 rejects/);
    expect(out).toMatch(/2026-02 +1 +1 +0/);
    out = '';
    expect(await derek('stats', '--db', DB, '--json')).toBe(0);
    expect(JSON.parse(out).kinds).toMatchObject({ articles: 3, figures: 3 });
  });

  it('merge copies once, then finds everything there', async () => {
    const m = path.join(dir, 'merged.db');
    expect(await derek('merge', m, DB, '--json')).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ shards: 1, copied: 3, unchanged: 0 });
    out = '';
    expect(await derek('merge', m, DB)).toBe(0);
    expect(out).toBe(`merged 1 shard(s) into ${m}: 0 articles copied, 3 already there, 0 rejects\n`);
  });
});
