import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseWithYamlPackage } from 'yaml';
import { readYaml } from '../../src/rules/yaml.js';
import { RuleFileError } from '../../src/rules/errors.js';

const ROOT = path.resolve(__dirname, '../..');

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : e.name.endsWith('.yaml') ? [p] : [];
  });
}

function tempFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derek-yaml-'));
  const file = path.join(dir, 'x.yaml');
  fs.writeFileSync(file, text);
  return file;
}

describe('YAML reading', () => {
  // Loading reads with js-yaml, `derek rules lint` with `yaml` (for node lines): they must agree.
  const files = [...yamlFiles(path.join(ROOT, 'rules')), ...yamlFiles(path.join(ROOT, 'corpora'))];
  it('finds the rules and corpora files', () => {
    expect(files.length).toBeGreaterThan(40);
  });
  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s reads as `yaml` reads it', (_name, file) => {
    expect(readYaml(file)).toEqual(parseWithYamlPackage(fs.readFileSync(file, 'utf8')));
  });

  it('keeps YAML 1.2 core scalars: dates and yes/no stay strings', () => {
    const file = tempFile('date: 2026-01-14\nanswer: no\nflag: true\nn: 012\nempty:\n');
    expect(readYaml(file)).toEqual({ date: '2026-01-14', answer: 'no', flag: true, n: 12, empty: null });
  });

  it('reads an empty file as null', () => {
    expect(readYaml(tempFile(''))).toBeNull();
  });

  it('names the file, the line and the reason on one line when the YAML is not valid', () => {
    const file = tempFile('rules:\n  - id: a\n    pattern: [unclosed\n');
    let error: unknown;
    try { readYaml(file); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(RuleFileError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(/not valid YAML: .+ at line \d+, column \d+$/);
    expect(message).not.toContain('\n');
  });

  it('refuses a key given twice', () => {
    expect(() => readYaml(tempFile('a: 1\na: 2\n'))).toThrow(/not valid YAML: duplicated mapping key at line 2/);
  });
});
