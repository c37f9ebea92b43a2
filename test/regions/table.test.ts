// The regions gazetteer expanded at build time (src/gazetteer/regions-table.ts): read back, it is the
// expansion itself; a table made from other corpora files or other code is never used.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRegions, placeFiles } from '../../src/gazetteer/regions.js';
import { pack, readRegionsTable, regionsStamp, writeRegionsTable } from '../../src/gazetteer/regions-table.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPORA = path.join(ROOT, 'corpora');
const BUILT_CODE = ['gazetteer/regions.js', 'morph/kk.js', 'morph/ru.js'].map((f) => pathToFileURL(path.join(ROOT, 'dist', f)));

const temps: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-regions-table-'));
  temps.push(d);
  return d;
}
afterEach(() => { for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

/** A copy of the built-in regions and places files (the rest of corpora is not read by the expansion). */
function corporaCopy(): string {
  const dir = tempDir();
  fs.copyFileSync(path.join(CORPORA, 'regions.yaml'), path.join(dir, 'regions.yaml'));
  fs.cpSync(path.join(CORPORA, 'places'), path.join(dir, 'places'), { recursive: true });
  return dir;
}

/** Stands for the expanding code in tests that run from TypeScript sources. */
function codeFile(text = 'expander v1'): string {
  const f = path.join(tempDir(), 'code.js');
  fs.writeFileSync(f, text);
  return f;
}

describe('regions table', () => {
  it('read back, it is the expansion: the same trie, forms, targets, units and periods', () => {
    const places = placeFiles(CORPORA);
    const built = buildRegions(CORPORA, places);
    const file = path.join(tempDir(), 'table.json');
    const codeFiles = [codeFile()];
    writeRegionsTable(CORPORA, places, built, { file, codeFiles });
    const read = readRegionsTable(CORPORA, places, { file, codeFiles });
    expect(read).not.toBeNull();
    expect(pack(read!.root)).toEqual(pack(built.root));
    expect(read!.units).toEqual(built.units);
    expect(read!.periods).toEqual(built.periods);
    expect(read!.stats).toEqual(built.stats);
    expect(read!.stats.forms).toBeGreaterThan(20000);
    // entries of different forms share their target, as in the expansion (one object per target)
    const targetsOf = (root: typeof built.root) => {
      const seen = new Set<object>();
      const walk = (n: typeof root) => { for (const e of n.entries ?? []) seen.add(e.target); for (const c of n.next?.values() ?? []) walk(c); };
      walk(root);
      return seen.size;
    };
    expect(targetsOf(read!.root)).toBe(targetsOf(built.root));
  });

  it('the stamp changes with a byte of a places file, a file name, the expanding code', () => {
    const dir = corporaCopy();
    const code = codeFile();
    const stamp = () => regionsStamp(dir, placeFiles(dir), [code]);
    const first = stamp();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp()).toBe(first);
    const someFile = placeFiles(dir)[0]!;
    fs.appendFileSync(someFile, '\n# a comment\n');
    const edited = stamp();
    expect(edited).not.toBe(first);
    fs.renameSync(someFile, someFile.replace(/\.yaml$/, '-renamed.yaml'));
    const renamed = stamp();
    expect(renamed).not.toBe(edited);
    fs.writeFileSync(code, 'expander v2');
    expect(stamp()).not.toBe(renamed);
    fs.rmSync(path.join(dir, 'regions.yaml'));
    expect(stamp()).toBeNull();
  });

  it('a table made from other corpora files, another stamp, a broken or missing file is not used', () => {
    const dir = corporaCopy();
    const codeFiles = [codeFile()];
    const file = path.join(tempDir(), 'table.json');
    writeRegionsTable(dir, placeFiles(dir), buildRegions(dir), { file, codeFiles });
    expect(readRegionsTable(dir, placeFiles(dir), { file, codeFiles })).not.toBeNull();
    // what counts is the files' names and bytes, not the folder: the built-in files are the same
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles })).not.toBeNull();
    fs.appendFileSync(path.join(dir, 'regions.yaml'), '\n');
    expect(readRegionsTable(dir, placeFiles(dir), { file, codeFiles })).toBeNull();
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles: [codeFile('expander v2')] })).toBeNull();
    fs.writeFileSync(file, '{"stamp": ');
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles })).toBeNull();
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file: path.join(tempDir(), 'none.json'), codeFiles })).toBeNull();
  });

  it("the build's table is stamped with the built corpora and code, and equals a fresh expansion", () => {
    const places = placeFiles(CORPORA);
    const read = readRegionsTable(CORPORA, places, { file: path.join(ROOT, 'dist/precompiled-regions.json'), codeFiles: BUILT_CODE });
    expect(read).not.toBeNull();
    const built = buildRegions(CORPORA, places);
    expect(pack(read!.root)).toEqual(pack(built.root));
    expect(read!.units).toEqual(built.units);
  });

  it('the built gazetteer reads the table for the built-in corpora, and expands an edited copy', () => {
    const edited = corporaCopy();
    fs.appendFileSync(path.join(edited, 'regions.yaml'), '\n# edited\n');
    const script = `
      const { regionsGazetteer } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/gazetteer/regions.js')).href)});
      const dirs = ${JSON.stringify([CORPORA, edited])};
      const gs = dirs.map((d) => regionsGazetteer(d));
      const text = 'Қарағанды облысында және Алматы қаласында, в Туркестанской области';
      console.log(JSON.stringify(gs.map((g) => ({ fromTable: g.fromTable, forms: g.stats.forms, found: g.match(text).map((m) => [m.start, m.end, m.entries.map((e) => e.target.id)]) }))));`;
    const [builtIn, copy] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(builtIn.fromTable).toBe(true);
    expect(copy.fromTable).toBe(false);
    expect(builtIn.found.length).toBe(3);
    expect(copy).toEqual({ ...builtIn, fromTable: false });
  });
});
