// The compiler's speed-ups (a required-literal pre-test, a first-character lookahead) must never change
// what a pattern matches: each case is matched with and without them and the matches compared.
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/rules/compile.js';
import { bothWays } from './reference.js';

const PIECES = { '<': '(?<![\\p{L}\\p{M}\\p{N}])', '>': '(?![\\p{L}\\p{M}\\p{N}])', sp: '[\\s\\u00A0]' };

const CASES: { pattern: string; flags?: string; texts: string[] }[] = [
  { pattern: '(?<pos> (?:[\\p{L}-]+{{sp}}+){0,6}? (?:министр|әкім) ) {{sp}}+ ретінде', texts: ['Ол облыс әкімі ретінде сөйледі', 'Министр РЕТІНДЕ', 'әкім келді'] },
  { pattern: '{{<}} (?<n> \\d+ (?:[.,]\\d+)? ) {{sp}}* (?:млн|млрд) {{>}}', texts: ['15 млн теңге, 2,5 млрд', 'x15 млн', 'Б2 млрд 7млрд'] },
  { pattern: '(?:тапсырма|міндет|нұсқау) {{sp}}+ берді', texts: ['Тапсырма берді', 'МІНДЕТ берді', 'нұсқау алды'] },
  { pattern: '(?: a- | -z ) \\d', texts: ['a-1 -z2 b3 m4', '--5'] },
  { pattern: '(?:{{<}}|^) [\\p{Lu}] \\p{Ll}+', flags: '', texts: ['Астана және Алматы', 'аСтана Ω'] },
  { pattern: '(?: \\d{2} | [xyz]- ) q', texts: ['12q x-q -q z-q'] },
  { pattern: '(?: (?:шамамен|кемінде) {{sp}}+ )? {{<}} \\d+ {{sp}}* млн', texts: ['Шамамен 5 млн, КЕМІНДЕ 7 млн және 9млн', 'шамамен5 млн', 'x4 млн'] },
  // big first-character classes (XRegExp's \p{…}) get a small exclusion class in front; case variants
  // outside the frequent block (ᲀ → В, ⱥ → Ⱥ, ſ, K Kelvin, İ) must still match as before
  { pattern: '{{<}} \\p{Lu} \\p{Ll}+', flags: '', texts: ['Астана және Алматы, Ωmega Ǆa Ⱥb ᲀв İz', 'аСтана Ω'] },
  { pattern: '{{<}} \\p{Lu} \\p{Ll}+', flags: 'i', texts: ['Астана және Алматы, Ωmega Ǆa Ⱥb ᲀв ſa Kb İz', 'аСтана Ω ⱥx ᲀᲀ'] },
  { pattern: '(?<![\\p{L}\\p{M}-]) [\\p{L}\\p{M}-]+ {{sp}}+ ретінде', texts: ['Ол әкім ретінде, ᲀв ретінде; ʰa ретінде 5 ретінде'] },
  // ASCII signs every match needs are tested first with includes (only where every branch needs them)
  { pattern: '\\p{Lu}\\p{Ll}+ {{sp}}* \\( [^()]* \\) (?: , | ;)', flags: '', texts: ['Ерлан (министр), Асқар (әкім);', 'Ерлан министр,', 'Ерлан (әкім'] },
  // under the u flag a first character outside the BMP is one code point, not two units: no guard may
  // hold only its first half
  { pattern: '(?:😀|\\d)\\w*', flags: 'u', texts: ['😀a 5b', 'x😀 7'] },
  { pattern: '(?:\\uD83D\\uDE00|\\d)\\w*', flags: 'u', texts: ['😀a 5b'] },
];

describe('compiler pre-tests keep every match', () => {
  for (const c of CASES) {
    it(c.pattern, () => {
      for (const text of c.texts) {
        const { got, want } = bothWays(c.pattern, PIECES, c.flags ?? 'i', text);
        expect(got, text).toEqual(want);
      }
    });
  }
  it('finds a literal each match needs, and guards a pattern that opens with a lookbehind', () => {
    expect(compilePattern(CASES[0]!.pattern, PIECES, 'i').required?.test('нет')).toBe(false);
    expect(compilePattern(CASES[1]!.pattern, PIECES, 'i').regex.source.startsWith('(?=[')).toBe(true);
    // a big first-character class: frequent characters that cannot start a match are ruled out first
    expect(compilePattern(CASES[7]!.pattern, PIECES, '').regex.source.startsWith('(?![')).toBe(true);
    expect(compilePattern(CASES[10]!.pattern, PIECES, '').requiredSigns).toEqual(['(', ')']);
  });
  it('guards a pattern whose first character is a literal word or a digit (an optional qualifier before a number)', () => {
    // V8 skips ahead by itself only when every first character is a literal
    expect(compilePattern(CASES[6]!.pattern, PIECES, 'i').regex.source).toMatch(/^\(\?=\[шк\\d\]\)/);
    expect(compilePattern(CASES[2]!.pattern, PIECES, 'i').regex.source.startsWith('(?=[')).toBe(false);
  });
});
