// Every directive rule's own examples (rules/<lang>/directives.yaml), run through extract() with
// the example's date and language: a positive example yields a directive from that rule with the
// expected fields; a negative one yields none from it. Dates are pinned (undated examples: null).
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { BUILTIN_CORPORA, BUILTIN_RULES } from '../../src/paths.js';
import { directiveRules } from '../../src/extract/directives/rules.js';
import type { Lang } from '../../src/types.js';

const ctx = { rulesDir: BUILTIN_RULES, corporaDir: BUILTIN_CORPORA, today: '2026-06-15' };

for (const lang of ['kk', 'ru'] as Lang[]) {
  const rules = directiveRules(ctx, lang);
  describe(`${lang} directive rules (${path.join('rules', lang, 'directives.yaml')})`, () => {
    beforeAll(() => { extract('.', { lang }); }, 60_000);
    test('every rule has a positive and a negative example', () => {
      for (const r of rules) {
        expect(r.examples?.some((e) => !e.none), `${r.id} positive`).toBe(true);
        expect(r.examples?.some((e) => e.none), `${r.id} negative`).toBe(true);
      }
    });
    const cases = rules.flatMap((r) => (r.examples ?? []).map((e, i) => ({ rule: r.id, i, ...e })));
    test.each(cases)('$rule #$i: $text', (c) => {
      const rec = extract(c.text, { date: c.date ?? null, lang, context: { today: ctx.today } });
      const mine = rec.directives.filter((d) => d.rule === c.rule);
      if (c.none) {
        expect(mine, JSON.stringify(mine)).toEqual([]);
        return;
      }
      expect(mine.length, `no directive from ${c.rule}; got ${JSON.stringify(rec.directives)}`).toBeGreaterThan(0);
      const d = mine[0]!;
      expect(rec.text.slice(d.start, d.end)).toBe(d.surface);
      for (const [k, v] of Object.entries(c.expect ?? {})) expect((d as unknown as Record<string, unknown>)[k], k).toEqual(v);
    });
  });
}
