// Every English rule's own examples (rules/en/*.yaml), run through extract() with the example's
// date (pinned; undated: null) and lang 'en'. A positive example yields a record from that rule with
// the expected fields; `excluded: "2025"` means no figure reads that number; a negative example
// yields no record from the rule. Deadline rules are checked through findEnDeadlines.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { BUILTIN_CORPORA, BUILTIN_RULES } from '../../src/paths.js';
import { getRules } from '../../src/rules/loader.js';
import { enOfficialRules } from '../../src/extract/en/officials.js';
import { enDeadlineRules, findEnDeadlines } from '../../src/extract/en/deadlines.js';
import { loadPieces, readYaml } from '../../src/rules/loader.js';
import { expandPieces } from '../../src/rules/compile.js';
import { catastrophicReason } from '../../src/rules/redos.js';

const ctx = { rulesDir: BUILTIN_RULES, corporaDir: BUILTIN_CORPORA, today: '2026-06-15' };
const run = (text: string, date?: string) => extract(text, { date: date ?? null, lang: 'en', context: { today: ctx.today } });

const files = {
  officials: enOfficialRules(ctx),
  figures: getRules(BUILTIN_RULES, 'en', 'figures'),
  directives: getRules(BUILTIN_RULES, 'en', 'directives'),
  deadlines: enDeadlineRules(ctx),
};

describe('every English rule has examples', () => {
  for (const [name, rules] of Object.entries(files)) {
    test(name, () => {
      for (const r of rules) expect(r.examples?.some((e) => !e.none), `${r.id} has a positive example`).toBe(true);
    });
  }
});

for (const kind of ['officials', 'figures', 'directives'] as const) {
  const cases = files[kind].flatMap((r) => (r.examples ?? []).map((e, i) => ({ rule: r.id, i, ...e })));
  describe(`rules/en/${kind}.yaml`, () => {
    test.each(cases)('$rule #$i: $text', (c) => {
      const rec = run(c.text, c.date);
      const all = rec[kind] as unknown as Array<Record<string, unknown>>;
      const want = (c.expect ?? {}) as Record<string, unknown>;
      if (typeof want.excluded === 'string') {
        const ex = want.excluded;
        expect(rec.figures.filter((f) => f.surface.includes(ex)), `no figure reads ${ex}`).toEqual([]);
        return;
      }
      const mine = all.filter((r) => r.rule === c.rule);
      if (c.none) { expect(mine, JSON.stringify(mine)).toEqual([]); return; }
      expect(mine.length, `no record from ${c.rule}; got ${JSON.stringify(all)}`).toBeGreaterThan(0);
      const hit = mine.find((r) => Object.entries(want).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v)));
      expect(hit, `none of ${JSON.stringify(mine)} has ${JSON.stringify(want)}`).toBeDefined();
    });
  });
}

describe('corpora/en/deadlines.yaml', () => {
  test('no pattern can backtrack catastrophically', () => {
    const own = (readYaml(`${BUILTIN_CORPORA}/en/deadlines.yaml`) as { pieces?: Record<string, string> }).pieces ?? {};
    const pieces = { ...loadPieces(BUILTIN_RULES, 'en'), ...own };
    for (const r of files.deadlines) {
      expect(() => expandPieces(r.pattern, pieces), r.id).not.toThrow(); // every piece is in scope, so the check below sees the whole pattern
      expect(catastrophicReason(r.pattern, pieces, r.flags ?? 'i'), r.id).toBeFalsy();
    }
    expect(catastrophicReason('(?:a+)+b', {}, ''), 'the check itself can fail').toBeTruthy();
  });
  const cases = files.deadlines.flatMap((r) => (r.examples ?? []).map((e, i) => ({ rule: r.id, i, ...e })));
  test.each(cases)('$rule #$i: $text', (c) => {
    const found = findEnDeadlines(ctx, c.text, c.date ?? null);
    expect(found[0]?.rule, JSON.stringify(found)).toBe(c.rule);
    expect(found[0]!.deadline).toBe((c.expect as { deadline: string | null }).deadline);
  });
  test('a relative deadline in an undated article is null; never today', () => {
    expect(findEnDeadlines(ctx, 'within a month', null)[0]!.deadline).toBeNull();
    expect(findEnDeadlines(ctx, 'by the end of the year', null)[0]!.deadline).toBeNull();
    expect(findEnDeadlines(ctx, 'by December 1, 2027', null)[0]!.deadline).toBe('2027-12-01');
  });
});
