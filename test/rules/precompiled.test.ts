import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePattern, type CompiledPattern } from '../../src/rules/compile.js';
import { compilerStamp, readTable, startRecording, useTable, writeTable, type CompiledForm } from '../../src/rules/precompiled.js';

const ROOT = path.resolve(__dirname, '../..');
const BUILT_TABLE = path.join(ROOT, 'dist/precompiled-rules.json');

/** Everything a compiled pattern is, as comparable data. */
function describeCompiled(c: CompiledPattern) {
  return {
    regex: [c.regex.source, c.regex.flags],
    groupNames: c.groupNames,
    required: c.required ? [c.required.source, c.required.flags] : null,
    signs: c.requiredSigns,
    starts: c.starts && { cls: c.starts.cls?.key ?? null, words: c.starts.words?.key ?? null, sticky: [c.starts.sticky.source, c.starts.sticky.flags] },
  };
}

const PIECES = { num: String.raw`\d+(?:[,.]\d+)?`, word: String.raw`\p{L}+` };
const PATTERNS: [string, string][] = [
  [String.raw`(?<amount> {{num}} ) \s* (?:млрд|млн) \s* тенге`, 'i'],
  [String.raw`(?: около | более \s+ )? (?<n> {{num}} ) \s* %`, 'i'],
  [String.raw`(?<verb> снизил | сократил | вырос ) \p{L}*`, 'i'],
  [String.raw`\( (?<who> {{word}} ) \)`, ''],
  [String.raw`(?<name> \p{Lu} {{word}} )`, 'u'],
];

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'derek-precompiled-'));
}

afterEach(() => useTable(undefined));

describe('precompiled rule forms', () => {
  it('a pattern compiled from its recorded form is the pattern compiled afresh', () => {
    useTable(null);
    const fresh = PATTERNS.map(([p, f]) => describeCompiled(compilePattern(p, PIECES, f)));
    startRecording();
    PATTERNS.forEach(([p, f]) => compilePattern(p, PIECES, f));
    const file = path.join(tempDir(), 'table.json');
    expect(writeTable(file, 'stamp-1')).toBe(PATTERNS.length);
    const table = readTable(file, 'stamp-1');
    expect(table?.size).toBe(PATTERNS.length);
    useTable(table);
    expect(PATTERNS.map(([p, f]) => describeCompiled(compilePattern(p, PIECES, f)))).toEqual(fresh);
  });

  it('is looked up by flags and expanded pattern: a form in the table is what compiles', () => {
    const doctored: CompiledForm = { source: 'xyz', guard: '', groupNames: [], need: null };
    useTable(new Map([[`i\0(?:\\d+(?:[,.]\\d+)?)%`, doctored]]));
    expect(compilePattern('{{num}}%', PIECES, 'i').regex.source).toBe('xyz');
    // other flags, another pattern: compiled as they come
    expect(compilePattern('{{num}}%', PIECES, '').regex.source).not.toBe('xyz');
    expect(compilePattern('{{num}} %', PIECES, 'i').regex.test('12%')).toBe(true); // free-spacing: the space is not matched
  });

  it('a table made by another compiler, unreadable or missing is not used', () => {
    const dir = tempDir();
    const file = path.join(dir, 'table.json');
    startRecording();
    compilePattern(PATTERNS[0]![0], PIECES, 'i');
    writeTable(file, 'stamp-1');
    expect(readTable(file, 'stamp-2')).toBeNull();
    expect(readTable(file, null)).toBeNull();
    expect(readTable(path.join(dir, 'none.json'), 'stamp-1')).toBeNull();
    fs.writeFileSync(file, '{"stamp": "stamp-1", "forms": [');
    expect(readTable(file, 'stamp-1')).toBeNull();
  });

  it('compile errors still come from compiling, not from the table', () => {
    useTable(new Map());
    expect(() => compilePattern('(?<a> x', {}, 'i')).toThrow();
    expect(() => compilePattern('{{nope}}', {}, 'i')).toThrow(/unknown piece \{\{nope\}\}/);
  });

  // The build's table (scripts/postbuild.mjs) holds every built-in rule; each of its forms must be
  // what this compiler makes of the same pattern.
  it.skipIf(!fs.existsSync(BUILT_TABLE))('the build wrote a table of the built-in rules that this compiler agrees with', () => {
    const { stamp } = JSON.parse(fs.readFileSync(BUILT_TABLE, 'utf8')) as { stamp: string };
    // stamped with the built compiler, so the built CLI uses it
    expect(stamp).toBe(compilerStamp(['compile.js'].map((f) => pathToFileURL(path.join(ROOT, 'dist/rules', f)))));
    const table = readTable(BUILT_TABLE, stamp)!;
    expect(table.size).toBeGreaterThan(100);
    let checked = 0;
    for (const [key, form] of table) {
      const cut = key.indexOf('\0');
      const flags = key.slice(0, cut), expanded = key.slice(cut + 1);
      useTable(null);
      const fresh = describeCompiled(compilePattern(expanded, {}, flags));
      useTable(new Map([[key, form]]));
      expect(describeCompiled(compilePattern(expanded, {}, flags)), key.slice(0, 80)).toEqual(fresh);
      checked++;
    }
    expect(checked).toBe(table.size);
  });
});
