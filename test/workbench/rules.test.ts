// Rule sets as data: layering of a custom set, the load-time backtracking refusal, lint (file and
// line) and the examples runner, in process (TypeScript sources).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { BUILTIN_RULES, BUILTIN_CORPORA } from '../../src/paths.js';
import { RuleFileError } from '../../src/rules/errors.js';
import { lintRuleSet } from '../../src/rules/lint.js';
import { clearRuleCache, getRules, loadPieces, loadRuleFile } from '../../src/rules/loader.js';
import { checkBacktracking, catastrophicReason } from '../../src/rules/redos.js';
import { isBuiltinFile } from '../../src/rules/ruleset.js';
import { judgeExample, runRuleExamples } from '../../src/rules/examples.js';
import { DATE, EVIL_RULES, NEW_VERB_RULES, NEW_VERB_TEXT, tmpDir } from './helpers.js';

afterEach(() => clearRuleCache());

describe('backtracking check', () => {
  const pieces = loadPieces(BUILTIN_RULES, 'kk');
  it.each([
    ['(a+)+$', true],
    ['(\\d+\\s?)+%', true],
    ['{{<}}([\\p{L}]+{{sp}}?)+тапсырды', true],
    ['(?:\\s*\\d+)*x', true],
  ])('%s is catastrophic', (pattern, bad) => {
    expect(catastrophicReason(pattern, pieces) !== null).toBe(bad);
    expect(catastrophicReason(pattern, pieces)).toMatch(/catastrophic backtracking: .*(nested quantifier|trade)/);
  });
  it.each([
    '{{<}}(?<n>\\d{1,3}(?:{{sp}}\\d{3})*(?:[.,]\\d+)?){{sp}}*(?:млрд|млн){{ending}}{{>}}',
    '(?:[ ][\\p{L}]+)+[ ]тапсырды',
    '{{<}}(?:[\\p{Lu}][\\p{L}]+)(?:{{sp}}[\\p{Lu}][\\p{L}]+){0,3}{{>}}',
    'тапсыр(?:ды|ады){{>}}',
  ])('%s is not', (pattern) => {
    expect(catastrophicReason(pattern, pieces)).toBeNull();
  });
  it('names the quantifiers and an input that triggers it', () => {
    const [f] = checkBacktracking('(a+)+$', {});
    expect(f!.exponential).toBe(true);
    expect(f!.reason).toContain('a+');
    expect(f!.reason).toContain('(a+)+');
  });
});

describe('custom rule sets (override or extend)', () => {
  it('an extending set adds a rule by YAML alone: extract() finds the new directive verb', () => {
    const custom = tmpDir({ 'kk/directives.yaml': NEW_VERB_RULES });
    const before = extract(NEW_VERB_TEXT, { lang: 'kk', date: DATE, context: { today: DATE } });
    expect(before.directives.map((d) => d.rule)).not.toContain('kk.directive.buiyr');
    const after = extract(NEW_VERB_TEXT, { lang: 'kk', date: DATE, context: { rulesDir: custom, today: DATE } });
    const d = after.directives.find((x) => x.rule === 'kk.directive.buiyr');
    expect(d, JSON.stringify(after.directives)).toBeDefined();
    expect(d!.verb).toBe('бұйырды');
    expect(after.text.slice(d!.start, d!.end)).toBe(d!.surface);
  });

  it('keeps every built-in rule of the file and appends the new one', () => {
    const custom = tmpDir({ 'kk/figures.yaml': 'rules:\n  - id: kk.money.extra\n    pattern: "zzz"\n' });
    const builtin = getRules(BUILTIN_RULES, 'kk', 'figures').map((r) => r.id);
    const layered = getRules(custom, 'kk', 'figures');
    expect(layered.map((r) => r.id)).toEqual([...builtin, 'kk.money.extra']);
    expect(layered.at(-1)!.file).toBe(path.join(custom, 'kk/figures.yaml'));
  });

  it('the same id replaces the built-in rule in place', () => {
    const builtin = getRules(BUILTIN_RULES, 'kk', 'figures');
    const id = builtin[1]!.id;
    const custom = tmpDir({ 'kk/figures.yaml': `rules:\n  - id: ${id}\n    pattern: "never-матч"\n` });
    const layered = getRules(custom, 'kk', 'figures');
    expect(layered.map((r) => r.id)).toEqual(builtin.map((r) => r.id));
    expect(layered[1]!.pattern).toBe('never-матч');
    expect(layered[0]!.pattern).toBe(builtin[0]!.pattern);
  });

  it('a set with ruleset.yaml extends: false stands alone', () => {
    const custom = tmpDir({ 'ruleset.yaml': 'extends: false\n', 'pieces.yaml': fs.readFileSync(path.join(BUILTIN_RULES, 'pieces.yaml'), 'utf8'), 'kk/figures.yaml': 'rules:\n  - id: kk.money.only\n    pattern: "{{<}}zzz"\n' });
    expect(getRules(custom, 'kk', 'figures').map((r) => r.id)).toEqual(['kk.money.only']);
  });

  it('a custom piece replaces the built-in one of the same name', () => {
    const custom = tmpDir({ 'kk/pieces.yaml': 'pieces:\n  sp: "[ ]"\n' });
    expect(loadPieces(custom, 'kk').sp).toBe('[ ]');
    expect(loadPieces(custom, 'kk')['<']).toBe(loadPieces(BUILTIN_RULES, 'kk')['<']);
  });

  it('refuses a catastrophic pattern in a custom set at load time, naming file, rule id and reason', () => {
    const custom = tmpDir({ 'kk/figures.yaml': EVIL_RULES });
    const file = path.join(custom, 'kk/figures.yaml');
    let err: unknown;
    try { getRules(custom, 'kk', 'figures'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RuleFileError);
    const e = err as RuleFileError;
    expect(e.file).toBe(file);
    expect(e.ruleId).toBe('kk.money.evil');
    expect(e.message).toMatch(/catastrophic backtracking: nested quantifier/);
    expect(() => extract('Бюджет 5 млрд теңге.', { lang: 'kk', context: { rulesDir: custom, today: DATE } })).toThrow(/kk\.money\.evil.*catastrophic/);
  });

  it('checks a built-in rule at load when a custom set\'s pieces change it', () => {
    // CI lints the built-in rules with the built-in pieces; `sp` redefined makes them other patterns
    const custom = tmpDir({ 'kk/pieces.yaml': 'pieces:\n  sp: "(?:\\\\s+)+"\n' });
    let err: unknown;
    try { getRules(custom, 'kk', 'figures'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RuleFileError);
    expect((err as RuleFileError).file).toBe(path.join(BUILTIN_RULES, 'kk/figures.yaml'));
    expect((err as Error).message).toMatch(/catastrophic backtracking: nested quantifier/);
    // the same pieces as the built-in ones: loads
    expect(getRules(tmpDir({ 'kk/pieces.yaml': 'pieces: {}\n' }), 'kk', 'figures').length).toBeGreaterThan(10);
  });

  it('says why a pattern does not compile in a short line, not with the whole native source', () => {
    const custom = tmpDir({ 'kk/figures.yaml': 'rules:\n  - id: kk.money.open\n    pattern: (?<n>\\p{L}+ {{sp}} \\d+\n' });
    let err: unknown;
    try { getRules(custom, 'kk', 'figures'); } catch (e) { err = e; }
    expect((err as RuleFileError).ruleId).toBe('kk.money.open');
    expect((err as Error).message).toMatch(/pattern does not compile: Invalid regular expression: Unterminated group$/);
    expect((err as Error).message.length).toBeLessThan(200);
  });

  it('validates custom files the same way: a schema error names file and line', () => {
    const custom = tmpDir({ 'kk/figures.yaml': 'rules:\n  - id: kk.money.ok\n    pattern: "a"\n  - id: Bad Id\n    pattern: "b"\n' });
    expect(() => loadRuleFile(path.join(custom, 'kk/figures.yaml'), {})).toThrow(/figures\.yaml: line 4: rules\.1\.id: ids look like/);
  });
});

describe('derek rules lint (in process)', () => {
  it('the built-in rules and corpora have no errors', async () => {
    const errors = (await lintRuleSet(BUILTIN_RULES, BUILTIN_CORPORA)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  }, 30_000);

  it('reports YAML, schema, compile, duplicate-id and backtracking problems with file and line', async () => {
    const custom = tmpDir({
      'kk/figures.yaml': `rules:
  - id: kk.money.a
    pattern: "(?<n>[0-9]+"
  - id: kk.money.b
    pattern: "ok"
  - id: kk.money.b
    pattern: "ok2"
  - id: kk.money.evil
    pattern: "(a+)+$"
  - id: kk.money.c
    pattern: 12
`,
      'kk/regions.yaml': 'rules:\n  - id: kk.money.a\n    pattern: "x"\n',
      'ru/figures.yaml': 'rules:\n  - id: ru.x\n    pattern: "a"\n   bad: indentation\n',
    });
    const found = (await lintRuleSet(custom)).filter((f) => f.file.startsWith(custom));
    const at = (file: string, line: number) => found.filter((f) => f.file === path.join(custom, file) && f.line === line).map((f) => `${f.severity} ${f.ruleId ?? ''} ${f.message}`);
    expect(at('kk/figures.yaml', 3).join()).toMatch(/error kk\.money\.a pattern does not compile/);
    expect(at('kk/figures.yaml', 6).join()).toMatch(/error kk\.money\.b duplicate rule id \(also at .*figures\.yaml:4\)/);
    expect(at('kk/figures.yaml', 9).join()).toMatch(/error kk\.money\.evil catastrophic backtracking/);
    expect(at('kk/figures.yaml', 11).join()).toMatch(/rules\.4\.pattern/);
    expect(at('kk/regions.yaml', 2).join()).toMatch(/duplicate rule id \(also at .*figures\.yaml:2\)/);
    expect(found.some((f) => f.file.endsWith('ru/figures.yaml') && f.line === 4 && /not valid YAML/.test(f.message))).toBe(true);
  }, 30_000);

  it('checks corpora: an id twice in one list, with its line', async () => {
    const corpora = tmpDir({ 'units.yaml': 'units:\n  - id: kg\n    kk: кг\n  - id: kg\n    kk: килограмм\n' });
    const found = await lintRuleSet(tmpDir({ 'ruleset.yaml': 'extends: false\n' }), corpora);
    expect(found).toEqual([expect.objectContaining({ file: path.join(corpora, 'units.yaml'), line: 4, severity: 'error', message: expect.stringMatching(/duplicate id "kg"/) })]);
  });
});

describe('rule-shaped corpora files (en/deadlines.yaml)', () => {
  // The built-in ones are not analysed at every load (like the built-in rules), so lint checks them.
  it('lint checks their patterns as it checks rules: compile errors and backtracking, with line', async () => {
    const corpora = tmpDir({ 'en/deadlines.yaml': 'rules:\n  - id: en.deadline.ok\n    pattern: "by \\\\s+ (?<d>\\\\d+)"\n  - id: en.deadline.evil\n    pattern: "(a+)+$"\n  - id: en.deadline.broken\n    pattern: "(by"\n' });
    const found = (await lintRuleSet(tmpDir({ 'ruleset.yaml': 'extends: false\n' }), corpora)).filter((f) => f.severity === 'error');
    expect(found.map((f) => [path.relative(corpora, f.file), f.line, f.ruleId])).toEqual([
      ['en/deadlines.yaml', 5, 'en.deadline.evil'],
      ['en/deadlines.yaml', 7, 'en.deadline.broken'],
    ]);
    expect(found[0]!.message).toMatch(/catastrophic backtracking/);
    expect(found[1]!.message).toMatch(/pattern does not compile/);
  }, 30_000);

  it('reports a YAML error in a rule-shaped corpora file once', async () => {
    const corpora = tmpDir({ 'en/deadlines.yaml': 'rules:\n  - id: en.deadline.ok\n    pattern: "by"\n   bad: indentation\n' });
    const found = await lintRuleSet(tmpDir({ 'ruleset.yaml': 'extends: false\n' }), corpora);
    expect(found.filter((f) => /not valid YAML/.test(f.message)).map((f) => [path.relative(corpora, f.file), f.line])).toEqual([['en/deadlines.yaml', 4]]);
  });

  it('counts the built-in corpora as built-in files, a temporary folder not', () => {
    expect(isBuiltinFile(path.join(BUILTIN_CORPORA, 'en/deadlines.yaml'))).toBe(true);
    expect(isBuiltinFile(path.join(BUILTIN_RULES, 'kk/figures.yaml'))).toBe(true);
    expect(isBuiltinFile(path.join(tmpDir({}), 'en/deadlines.yaml'))).toBe(false);
  });
});

describe('derek rules test (in process)', () => {
  it('judges positive, negative and exclusion examples by rule id', () => {
    const rec = extract('Бюджет 48 млрд теңге болды.', { lang: 'kk', date: DATE, context: { today: DATE } });
    const fig = rec.figures[0]!;
    expect(judgeExample(fig.rule, { text: '', expect: { value: 48e9 } }, rec)).toBeUndefined();
    expect(judgeExample(fig.rule, { text: '', expect: { value: 5 } }, rec)).toMatch(/value: expected 5, got 48000000000/);
    expect(judgeExample(fig.rule, { text: '', none: true }, rec)).toMatch(/negative example, but the rule made figure/);
    expect(judgeExample('kk.nothing.here', { text: '', expect: {} }, rec)).toMatch(/no record from this rule \(records came from: .*\)/);
    expect(judgeExample('kk.exclude.x', { text: '', expect: { excluded: '48' } }, rec, 'figures')).toMatch(/«48» must not be read/);
    expect(judgeExample('kk.exclude.x', { text: '', expect: { excluded: 'Бюджет' } }, rec, 'figures')).toBeUndefined();
  });

  it('runs a custom rule\'s examples and reports a wrong expectation by rule id, file and line', () => {
    const broken = NEW_VERB_RULES.replace('expect: { verb: бұйырды }', 'expect: { verb: бұйырады }');
    const custom = tmpDir({ 'kk/directives.yaml': broken });
    const results = runRuleExamples(custom, { only: 'kk.directive.buiyr' });
    expect(results.map((r) => [r.ruleId, r.index, r.ok])).toEqual([['kk.directive.buiyr', 1, false], ['kk.directive.buiyr', 2, true]]);
    expect(results[0]!.file).toBe(path.join(custom, 'kk/directives.yaml'));
    expect(results[0]!.line).toBe(9);
    expect(results[0]!.problem).toMatch(/verb: expected "бұйырады", got "бұйырды"/);
  });

  it('every built-in example passes', () => {
    const all = runRuleExamples(BUILTIN_RULES);
    expect(all.filter((r) => !r.ok).map((f) => `${f.ruleId} #${f.index}: ${f.problem}`)).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
  }, 60_000);
});
