// The regions gazetteer expanded at build time (src/gazetteer/regions-table.ts): read back, it is the
// expansion itself; a table made from other corpora files or other code is never used.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRegions, placeFiles, type BuiltRegions, type Node } from '../../src/gazetteer/regions.js';
import { readRegionsTable, regionsStamp, writeRegionsTable } from '../../src/gazetteer/regions-table.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPORA = path.join(ROOT, 'corpora');
const BUILT_CODE = ['gazetteer/regions-table.js', 'gazetteer/regions.js', 'gazetteer/corpus.js', 'rules/yaml.js', 'morph/kk.js', 'morph/ru.js'].map((f) => pathToFileURL(path.join(ROOT, 'dist', f)));

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

/** Two expansions are the same: the trie (Maps compared entry by entry), the unit data, and which
 *  entries share a target and which targets a validity list, as the expansion made them. */
function expectSameExpansion(read: BuiltRegions, built: BuiltRegions): void {
  expect(read.root).toStrictEqual(built.root);
  expect(read.units).toStrictEqual(built.units);
  expect(read.periods).toStrictEqual(built.periods);
  expect(read.stats).toStrictEqual(built.stats);
  const shared = (root: Node) => {
    const targets = new Set<object>();
    const validities = new Set<object>();
    const walk = (n: Node) => {
      for (const e of n.entries ?? []) { targets.add(e.target); validities.add(e.target.in); }
      for (const c of n.next?.values() ?? []) walk(c);
    };
    walk(root);
    return [targets.size, validities.size];
  };
  expect(shared(read.root)).toEqual(shared(built.root));
}

describe('regions table', () => {
  it('read back, it is the expansion: the same trie, forms, targets, units and periods', () => {
    const places = placeFiles(CORPORA);
    const codeFiles = [codeFile()];
    const stamp = regionsStamp(CORPORA, places, codeFiles)!;
    const built = buildRegions(CORPORA, places);
    const file = path.join(tempDir(), 'table.json');
    writeRegionsTable(stamp, built, file);
    const read = readRegionsTable(CORPORA, places, { file, codeFiles });
    expect(read).not.toBeNull();
    expectSameExpansion(read!, built);
    expect(read!.stats.forms).toBeGreaterThan(20000);
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

  it('a table made from other corpora files, another stamp, a broken, misshapen or missing file is not used', () => {
    const dir = corporaCopy();
    const codeFiles = [codeFile()];
    const file = path.join(tempDir(), 'table.json');
    writeRegionsTable(regionsStamp(dir, placeFiles(dir), codeFiles)!, buildRegions(dir), file);
    expect(readRegionsTable(dir, placeFiles(dir), { file, codeFiles })).not.toBeNull();
    // what counts is the files' names and bytes, not the folder: the built-in files are the same
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles })).not.toBeNull();
    const good = fs.readFileSync(file, 'utf8');
    fs.appendFileSync(path.join(dir, 'regions.yaml'), '\n');
    expect(readRegionsTable(dir, placeFiles(dir), { file, codeFiles })).toBeNull();
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles: [codeFile('expander v2')] })).toBeNull();
    // the right stamp on a table of another shape (written by other code): expanded, not a crash
    const data = JSON.parse(good) as Record<string, unknown>;
    for (const broken of [{ ...data, units: undefined }, { ...data, targets: (data.targets as unknown[]).slice(0, 10) }, { ...data, trie: 'x' }]) {
      fs.writeFileSync(file, JSON.stringify(broken));
      expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles })).toBeNull();
    }
    fs.writeFileSync(file, good.slice(0, 200));
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file, codeFiles })).toBeNull();
    expect(readRegionsTable(CORPORA, placeFiles(CORPORA), { file: path.join(tempDir(), 'none.json'), codeFiles })).toBeNull();
  });

  it("the build's table is stamped with the built corpora and code, and equals a fresh expansion", () => {
    const places = placeFiles(CORPORA);
    const read = readRegionsTable(CORPORA, places, { file: path.join(ROOT, 'dist/precompiled-regions.json'), codeFiles: BUILT_CODE });
    expect(read).not.toBeNull();
    expectSameExpansion(read!, buildRegions(CORPORA, places));
  });

  it('the built gazetteer reads the table for the built-in corpora, and expands an edited copy: the same matches', () => {
    const edited = corporaCopy();
    fs.appendFileSync(path.join(edited, 'regions.yaml'), '\n# edited\n');
    const texts = [
      ...fixtureTexts(),
      'Қарағанды облысында және Алматы қаласында, в Туркестанской области',
      'БҚО-да және ШҚО әкімі; Бқо және Шқо (abbreviations are written exactly)',
    ];
    const script = `
      const { regionsGazetteer } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/gazetteer/regions.js')).href)});
      const texts = ${JSON.stringify(texts)};
      const gs = ${JSON.stringify([CORPORA, edited])}.map((d) => regionsGazetteer(d));
      console.log(JSON.stringify(gs.map((g) => ({ fromTable: g.fromTable, stats: g.stats,
        found: texts.map((t) => g.match(t).map((m) => [m.start, m.end, m.entries.map((e) => [e.target.id, e.target.in, e.target.via, e.cap, e.exact ?? null])])) }))));`;
    const [builtIn, copy] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    expect(builtIn.fromTable).toBe(true);
    expect(copy.fromTable).toBe(false);
    const last = builtIn.found.at(-1) as [number, number, [string][]][];
    expect(last.map((m) => m[2][0]![0])).toEqual(['KZ-27.abbr.БҚО', 'KZ-63.abbr.ШҚО']);
    expect(builtIn.found.flat().length).toBeGreaterThan(150); // the places in the fixtures and the two lines above (175 now)
    expect(copy).toEqual({ ...builtIn, fromTable: false });
  });
});

/** The text of every fixture article. */
function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const lang of fs.readdirSync(path.join(ROOT, 'fixtures'))) {
    const dir = path.join(ROOT, 'fixtures', lang);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return out;
}
