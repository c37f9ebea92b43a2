// Deadline phrases resolved against a pinned article date (src/resolve/deadline.ts).
import { describe, expect, test } from 'vitest';
import { addPeriod, deadlinePatterns, findDeadlines } from '../../src/resolve/deadline.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';
import type { Lang } from '../../src/types.js';

const cases: [string, Lang, string | null, string | null, string | undefined][] = [
  // text, lang, article date, expected deadline, expected phrase (undefined: no phrase at all)
  ['осы жылдың 30 қаңтарына дейін тізімін дайындауды', 'kk', '2026-01-27', '2026-01-30', 'осы жылдың 30 қаңтарына дейін'],
  ['20 наурызға дейін қабылдауды', 'kk', '2026-01-27', '2026-03-20', '20 наурызға дейін'],
  ['2027 жылғы 1 наурызға дейін', 'kk', null, '2027-03-01', '2027 жылғы 1 наурызға дейін'],
  ['1 наурызға дейін', 'kk', null, null, '1 наурызға дейін'],
  ['жыл соңына дейін аяқтауды', 'kk', '2026-01-27', '2026-12-31', 'жыл соңына дейін'],
  ['ағымдағы жылдың соңына дейін', 'kk', '2026-05-02', '2026-12-31', 'ағымдағы жылдың соңына дейін'],
  ['2025 жылдың соңына дейін', 'kk', '2026-05-02', '2025-12-31', '2025 жылдың соңына дейін'],
  ['жыл соңына дейін аяқтауды', 'kk', null, null, 'жыл соңына дейін'],
  ['бір ай ішінде дайындауды', 'kk', '2026-01-27', '2026-02-27', 'бір ай ішінде'],
  ['екі апта ішінде', 'kk', '2026-01-27', '2026-02-10', 'екі апта ішінде'],
  ['келесі жылы аяқтауды', 'kk', '2026-01-27', '2027-12-31', 'келесі жылы'],
  ['маусым басталғанға дейін', 'kk', '2026-01-27', null, 'басталғанға дейін'],
  ['мектепке дейінгі білім беру ұйымдарын', 'kk', '2026-01-27', null, undefined],
  ['бірінші тоқсанның соңына дейін', 'kk', '2026-01-27', '2026-03-31', 'бірінші тоқсанның соңына дейін'],
  ['жарты жылдың соңына дейін', 'kk', '2026-01-27', '2026-06-30', 'жарты жылдың соңына дейін'],
  ['ай соңына дейін', 'kk', '2026-02-03', '2026-02-28', 'ай соңына дейін'],
  ['до конца первого полугодия', 'ru', '2026-01-27', '2026-06-30', 'до конца первого полугодия'],
  ['до конца третьего квартала 2027 года', 'ru', null, '2027-09-30', 'до конца третьего квартала 2027 года'],
  ['до конца квартала', 'ru', '2026-05-05', '2026-06-30', 'до конца квартала'],
  ['до конца месяца', 'ru', '2026-02-03', '2026-02-28', 'до конца месяца'],
  ['до 1 марта разработать', 'ru', '2026-01-27', '2026-03-01', 'до 1 марта'],
  ['до 1 марта разработать', 'ru', '2026-12-10', '2027-03-01', 'до 1 марта'],
  ['до 15 февраля текущего года', 'ru', '2026-01-27', '2026-02-15', 'до 15 февраля текущего года'],
  ['до конца года', 'ru', '2026-01-27', '2026-12-31', 'до конца года'],
  ['до конца года', 'ru', null, null, 'до конца года'],
  ['в месячный срок', 'ru', '2026-01-31', '2026-02-28', 'в месячный срок'],
  ['в двухнедельный срок', 'ru', '2026-01-27', '2026-02-10', 'в двухнедельный срок'],
  ['в течение трех месяцев', 'ru', '2026-01-27', '2026-04-27', 'в течение трех месяцев'],
  ['до начала отопительного сезона', 'ru', '2026-01-27', null, 'до начала отопительного'],
  ['наурыз айының соңына дейін', 'kk', '2026-01-27', '2026-03-31', 'наурыз айының соңына дейін'],
  ['биыл аяқтау', 'kk', '2026-01-27', '2026-12-31', 'биыл'],
  ['до конца мая 2026 года', 'ru', null, '2026-05-31', 'до конца мая 2026 года'],
  ['в следующем году', 'ru', '2026-01-27', '2027-12-31', 'в следующем году'],
  ['до окончания ремонта', 'ru', '2026-01-27', null, 'до окончания ремонта'],
  ['до завершения строительства', 'ru', '2026-01-27', null, 'до завершения строительства'],
  ['до старта сезона', 'ru', '2026-01-27', null, 'до старта сезона'],
  ['до открытия школы', 'ru', '2026-01-27', null, 'до открытия школы'],
  ['by December 1', 'en', '2026-01-27', '2026-12-01', 'by December 1'],
  ['by the end of the year', 'en', '2026-01-27', '2026-12-31', 'by the end of the year'],
  ['within a month', 'en', '2026-01-27', '2026-02-27', 'within a month'],
];

describe('findDeadlines', () => {
  test.each(cases)('%s (%s, %s) → %s', (text, lang, date, deadline, phrase) => {
    const found = findDeadlines(text, lang, date, BUILTIN_CORPORA);
    if (phrase === undefined) { expect(found).toEqual([]); return; }
    expect(found[0]?.text).toBe(phrase);
    expect(found[0]?.deadline).toBe(deadline);
  });
});

// Each pattern is tried only on a text its gate passes: a gate must hold in every match it can make,
// written in any case (the patterns ignore case), or deadlines would be lost.
describe('deadline gates', () => {
  test.each(['kk', 'ru', 'en'] as const)('%s: every match of a pattern passes its gate', (lang) => {
    const texts = cases.filter((c) => c[1] === lang).map((c) => c[0]);
    const patterns = deadlinePatterns(BUILTIN_CORPORA, lang);
    const matched = new Set<number>();
    for (const text of [...texts, ...texts.map((t) => t.toUpperCase())]) {
      patterns.forEach((p, k) => {
        for (const m of text.matchAll(p.re)) {
          matched.add(k);
          expect(p.gate.test(m[0]), `${p.re.source.slice(0, 60)} on ${m[0]}`).toBe(true);
        }
      });
    }
    // every pattern meets a case (add one for a new pattern), or its gate would go untested
    expect([...matched].sort((a, b) => a - b)).toEqual(patterns.map((_, k) => k));
  });
});

describe('addPeriod', () => {
  test.each([
    ['2026-01-31', 1, 'month', '2026-02-28'],
    ['2024-01-31', 1, 'month', '2024-02-29'],
    ['2026-12-20', 2, 'week', '2027-01-03'],
    ['2026-03-15', 1, 'year', '2027-03-15'],
  ] as const)('%s + %i %s = %s', (d, n, u, want) => expect(addPeriod(d, n, u)).toBe(want));
});
