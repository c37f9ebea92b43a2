// Runs every figures rule's own examples (rules/kk/figures.yaml, rules/ru/figures.yaml) through
// extract(): a positive example yields a record from that rule with the expected fields (a subset);
// a negative one yields no record from that rule. Exclusion rules: a positive example leaves the
// `excluded` number out of every figure; a negative one still yields a figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { getRules } from '../../src/rules/loader.js';
import { BUILTIN_RULES } from '../../src/paths.js';
import type { FigureRecord, Lang } from '../../src/types.js';

const LANGS: Lang[] = ['kk', 'ru'];
const DATE = '2026-01-15';

interface Case { lang: Lang; id: string; exclude: boolean; text: string; expect?: Record<string, unknown>; none?: boolean; date?: string }

const cases: Case[] = LANGS.flatMap((lang) =>
  getRules(BUILTIN_RULES, lang, 'figures').flatMap((r) =>
    (r.examples ?? []).map((ex) => ({ lang, id: r.id, exclude: !!r.fields?.exclude, text: ex.text, expect: ex.expect, none: ex.none, date: ex.date }))));

function figures(c: Case): FigureRecord[] {
  return extract(c.text, { lang: c.lang, date: c.date ?? DATE, context: { today: DATE } }).figures;
}

describe('figures rule examples', () => {
  // the first extract() loads every lexicon and rule file: do it once, outside the per-case timeout
  beforeAll(() => { for (const lang of LANGS) extract('5 адам', { lang, date: DATE, context: { today: DATE } }); }, 60_000);

  it('every rule has a positive and a negative example', () => {
    for (const lang of LANGS) for (const r of getRules(BUILTIN_RULES, lang, 'figures')) {
      const ex = r.examples ?? [];
      expect(ex.some((e) => e.expect), `${r.id} positive`).toBe(true);
      expect(ex.some((e) => e.none), `${r.id} negative`).toBe(true);
    }
  });

  it.each(cases.map((c) => [`${c.id}: ${c.text}${c.none ? ' (none)' : ''}`, c] as const))('%s', (_, c) => {
    const figs = figures(c);
    if (c.exclude) {
      if (c.none) { expect(figs.length, 'a figure survives').toBeGreaterThan(0); return; }
      const word = String(c.expect!.excluded);
      const at = c.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      const hit = figs.filter((f) => f.start < at + word.length && at < f.end);
      expect(hit, `«${word}» must not be read as a figure`).toEqual([]);
      return;
    }
    const mine = figs.filter((f) => f.rule === c.id);
    if (c.none) { expect(mine).toEqual([]); return; }
    const want = c.expect!;
    const match = mine.find((f) => Object.entries(want).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v));
    expect(match, `no ${c.id} record with ${JSON.stringify(want)}; got ${JSON.stringify(figs.map(({ kind, value, unit, object, qualifier, surface, rule, change, min, max }) => ({ kind, value, unit, object, qualifier, surface, rule, change, min, max })))}`).toBeDefined();
  });
});
