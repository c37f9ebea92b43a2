// The judged points end to end, through the built bin (npm test builds first):
// a new directive verb from YAML alone shows in `derek extract` and `derek eval`; a catastrophic
// pattern in a custom set is refused with file, rule id and reason; a 1 MB adversarial article
// finishes under its time cap and the run goes on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE, EVIL_RULES, NEW_VERB_RULES, NEW_VERB_TEXT, ROOT, derek, tmpDir } from './helpers.js';

const SEED = path.join(ROOT, 'fixtures/kk/seed-000_3072b528facdecae.txt');

describe('a new directive verb by YAML alone (custom rule set, no TypeScript change)', () => {
  const custom = tmpDir({ 'kk/directives.yaml': NEW_VERB_RULES });
  const fixtures = tmpDir({
    'kk/new-verb.txt': ` date ${DATE} ${NEW_VERB_TEXT}\n`,
    'kk/new-verb.expected.json': JSON.stringify({
      date: DATE, lang: 'kk', script: 'Cyrl', officials: [], regions: [], figures: [],
      directives: [{ issuer: 'Ержан Сәрсенов', verb: 'бұйырды', addressees: [], deadline: '2026-12-31', reference: false, surface: 'бұйырды', occurrence: 1 }],
    }),
  });
  const article = path.join(fixtures, 'kk/new-verb.txt');
  const directivesOf = (out: string) => JSON.parse(out).directives as { rule: string; verb: string; surface: string }[];

  it('derek extract: absent with the built-in rules, present with --rules DIR and with DEREK_RULES', () => {
    const plain = derek(['extract', '--json', article]);
    expect(plain.code, plain.err).toBe(0);
    expect(directivesOf(plain.out).map((d) => d.rule)).not.toContain('kk.directive.buiyr');
    for (const r of [derek(['extract', '--json', '--rules', custom, article]), derek(['extract', '--json', article], { DEREK_RULES: custom })]) {
      expect(r.code, r.err).toBe(0);
      expect(directivesOf(r.out)).toContainEqual(expect.objectContaining({ rule: 'kk.directive.buiyr', verb: 'бұйырды', surface: 'бұйырды' }));
    }
  }, 60_000);

  it('derek eval: the directive goes from missed to found; --diff credits the new rule', () => {
    const before = JSON.parse(derek(['eval', '--json', '--fixtures', fixtures]).out);
    expect([before.byKind.directives.tp, before.byKind.directives.fn]).toEqual([0, 1]);
    const r = derek(['eval', '--diff', '--json', '--fixtures', fixtures, '--rules', custom]);
    expect(r.code, r.err).toBe(0);
    const after = JSON.parse(r.out);
    expect([after.score.byKind.directives.tp, after.score.byKind.directives.fn]).toEqual([1, 0]);
    expect(after.rules).toContainEqual(expect.objectContaining({ rule: 'kk.directive.buiyr', hits: 1, correct: 1, precision: 1 }));
  }, 60_000);

  it('derek rules test runs the new rule\'s own examples', () => {
    const r = derek(['rules', 'test', '--rules', custom, '--only', 'kk.directive.buiyr']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/rule examples: 2 ok, 0 failing/);
  }, 60_000);
});

describe('a catastrophic pattern in a custom rule set', () => {
  const evil = tmpDir({ 'kk/figures.yaml': EVIL_RULES });
  const file = path.join(evil, 'kk/figures.yaml');

  it('is refused at load time with file, rule id and reason', () => {
    const r = derek(['extract', '--json', '--rules', evil, SEED]);
    expect(r.code).toBe(2); // a refused rule set stops the run (usage/fatal), not a reject per article
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file} (rule kk.money.evil): catastrophic backtracking: nested quantifier: a+ inside (a+)+`);
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('derek rules lint names file:line, rule id and reason (exit 1)', () => {
    const r = derek(['rules', 'lint', '--rules', evil, '--no-corpora']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${path.relative(ROOT, file)}:4: error [kk.money.evil]: catastrophic backtracking: nested quantifier`);
  }, 60_000);
});

describe('per-article time cap', () => {
  const CAP = 2000;
  // Runs of name-like words and digits: each extractor scans them, none may stall the run.
  const ADVERSARIAL = 'Аида Балаева Қызылорда 48 млрд 5,6 пайыздан тапсырды '.repeat(20_000).slice(0, 1 << 20);
  const dir = tmpDir({ 'adversarial.txt': ADVERSARIAL });

  it('a 1 MB adversarial article finishes under its cap (record or rejection), and the next article is extracted', () => {
    const script = `
      import fs from 'node:fs';
      import { processArticle, TimeCapError } from ${JSON.stringify(path.join(ROOT, 'dist/pipeline.js'))};
      import { parseArticleText } from ${JSON.stringify(path.join(ROOT, 'dist/input/meta.js'))};
      const ctx = { rulesDir: ${JSON.stringify(path.join(ROOT, 'rules'))}, corporaDir: ${JSON.stringify(path.join(ROOT, 'corpora'))}, today: '2026-01-15', timeCapMs: ${CAP} };
      processArticle(parseArticleText('Тест.', 'warm'), ctx);
      const big = parseArticleText(fs.readFileSync(process.argv[1], 'utf8'), 'adversarial');
      const t0 = performance.now();
      let outcome;
      try { outcome = 'record:' + processArticle(big, ctx).text.length; } catch (e) { outcome = (e instanceof TimeCapError ? 'capped:' : 'error:') + e.message; }
      const ms = performance.now() - t0;
      const next = processArticle(parseArticleText(fs.readFileSync(process.argv[2], 'utf8'), 'seed'), ctx);
      console.log(JSON.stringify({ ms, outcome, next: next.directives.length + next.figures.length }));`;
    const r = spawnSync('node', ['--input-type=module', '-e', script, path.join(dir, 'adversarial.txt'), SEED], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(res.outcome).toMatch(/^(record:1048576|capped:extraction took longer than the per-article time cap of 2000 ms)/);
    // no wall-clock assertion here (speed is for benchmarks): the outcome shows the cap was applied
    expect(res.next).toBeGreaterThan(0);
  }, 120_000);

  it('the CLI rejects an article that exceeds the cap, with the reason, and goes on (exit 1)', () => {
    const r = spawnSync('node', [path.join(ROOT, 'dist/cli/main.js'), 'extract', '--json', SEED, SEED], {
      encoding: 'utf8', cwd: ROOT, env: { ...process.env, DEREK_TIME_CAP: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.match(/per-article time cap of 1 ms/g)).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});

it('explain and rules are listed in derek --help', () => {
  const r = derek(['--help']);
  expect(r.out).toMatch(/explain/);
  expect(r.out).toMatch(/rules/);
  expect(fs.existsSync(path.join(ROOT, 'dist/explain/html.js'))).toBe(true);
});
