// Guarded rules run sticky at the positions where their first-character class holds (starts.ts),
// shared by every rule with that class. The matches must be those of a scan over the whole text.
import { describe, expect, it } from 'vitest';
import { compilePattern, matchAll } from '../../src/rules/compile.js';
import { ruleStarts, startClass, startsIn } from '../../src/rules/starts.js';
import { bothWays } from './reference.js';

const PIECES = { '<': '(?<![\\p{L}\\p{M}\\p{N}])', '>': '(?![\\p{L}\\p{M}\\p{N}])', sp: '[\\s\\u00A0]', dash: '[-\\u2013]' };

/** Words with no digit and none of the qualifier words' first letters: starts stay sparse. */
const FILLER = 'Бүгін облыс орталығында жиын болды және тұрғындар сұрақтарын қойды. '.repeat(6);

const CASES: { pattern: string; flags?: string; texts: string[] }[] = [
  { pattern: '{{<}} (?<n> \\d+ (?:[.,]\\d+)? ) {{sp}}* (?:млн|млрд) {{>}}', texts: ['15 млн теңге, 2,5 млрд, x15 млн, Б2 млрд 7млрд'] },
  // an optional qualifier word before the number: the class holds the words' first letters (under i
  // their capitals too) and the digits
  { pattern: '(?: (?:шамамен|кемінде) {{sp}}+ )? {{<}} \\d+ {{sp}}* млн', texts: ['Шамамен 5 млн, КЕМІНДЕ 7 млн және 9млн, шамамен5 млн, x4 млн'] },
  // overlapping candidates: a match swallows later starts, which must not start a match of their own
  { pattern: '{{<}} \\d+ (?: {{dash}} \\d+ )? {{sp}}* %', texts: ['5-7 % және 12–15 %, 3 %'] },
  // a lookbehind looks before the start position
  { pattern: '(?<=өсті\\s) \\d+', texts: ['өсті 12, кеміді 13, өсті 14'] },
  // an empty match is stepped over
  { pattern: '\\d*', texts: ['1 22 333'] },
  // qualifier words found as words: one inside another (не менее / менее), capitals under i, a word
  // glued to a letter (the lookbehind refuses it), a word with no number after it
  { pattern: '(?: {{<}} (?:около|не\\s+менее|менее|до) {{sp}}+ )? {{<}} \\d+ {{sp}}* млн', texts: ['не менее 5 млн, НЕ МЕНЕЕ 6 млн, Менее 7 млн, всего 8 млн, около 9млн, подо 3 млн, около шести'] },
  // every branch opens with a word: the words' positions alone (overlapping: сократил / сократилось)
  { pattern: '(?:сократил|вырос|снизил) \\p{L}* {{sp}}+ (?:на|до) {{sp}}+ \\d+', texts: ['Число сократилось до 5, ВЫРОСЛО на 7, снизился на 8%, вырос до девяти, сократил до10'] },
  // a quantifier too long to read (here {0} written with 22 digits) may allow none: no word `ab`
  { pattern: 'ab{0000000000000000000000}cd | xy', flags: '', texts: ['acd xy abcd'] },
  { pattern: '\\d | ab{0000000000000000000000}c', flags: '', texts: ['ac 5 abc'] },
  // one-character literals stay in the class with the classes; words of two and more are words
  { pattern: '(?:№|No\\.?) \\s* \\d+ | " \\d+ | GMT \\s* [+-] \\d+ | (?<=\\p{L}) {{dash}} \\d+', texts: ['№ 5, "12 жыл", No. 7, GMT +5, ГРЭС-1, No7'] },
];

describe('rules matched at their start positions', () => {
  for (const c of CASES) {
    it(c.pattern, () => {
      for (const core of c.texts) {
        for (const text of [core, `${FILLER}${core}`, `${core} ${FILLER}`, `${FILLER}${core} ${FILLER}`]) {
          const { got, want } = bothWays(c.pattern, PIECES, c.flags ?? 'i', text);
          expect(got, text.slice(0, 40)).toEqual(want);
        }
      }
    });
  }

  it('keeps the group spans of a sticky match', () => {
    const compiled = compilePattern(CASES[0]!.pattern, PIECES, 'i');
    const text = `${FILLER}Бюджет 2,5 млрд теңге.`;
    const [m] = [...matchAll(compiled, text)];
    expect(m!.groups.n).toEqual({ start: text.indexOf('2,5'), end: text.indexOf('2,5') + 3, text: '2,5' });
  });

  it('takes the sticky path on a long text with few starts, and the scan on a dense one', () => {
    const compiled = compilePattern(CASES[0]!.pattern, PIECES, 'i');
    expect(compiled.starts).toBeDefined();
    const sparse = `${FILLER}15 млн`;
    expect(Array.from(startsIn(sparse, compiled.starts!.cls)!)).toEqual([FILLER.length, FILLER.length + 1]);
    expect(startsIn('1 2 3 4 5 6 7 8 9', compiled.starts!.cls)).toBeNull();
  });

  it('reads a class under the rule flags: i folds case as the guard does', () => {
    const text = `${FILLER}Шамамен 5; шамамен 6`;
    const folded = startsIn(text, startClass('ш\\d', 'i'))!;
    expect(Array.from(folded).map((i) => text[i])).toEqual(['Ш', '5', 'ш', '6']);
    const exact = startsIn(text, startClass('ш\\d', ''))!;
    expect(Array.from(exact).map((i) => text[i])).toEqual(['5', 'ш', '6']);
  });

  it('finds the same positions for classes added after a scan, and past the 31 that share one pass', () => {
    const text = `${FILLER}x7 y8 z9`;
    const first = startClass('7', '');
    expect(Array.from(startsIn(text, first)!)).toEqual([text.indexOf('7')]);
    for (let k = 0; k < 40; k++) startClass(`\\u${(0x2400 + k).toString(16)}`, ''); // 40 more classes, none in the text
    const late = startClass('89', '');
    expect(Array.from(startsIn(text, late)!)).toEqual([text.indexOf('8'), text.indexOf('9')]);
    expect(Array.from(startsIn(text, first)!)).toEqual([text.indexOf('7')]);
  });

  it('works out a class the previous text did not ask for in a pass of its own', () => {
    const x = startClass('5', ''), y = startClass('6', '');
    const a = `${FILLER}5 6`, b = `${FILLER}6 5 6`;
    expect(Array.from(startsIn(a, x)!)).toEqual([FILLER.length]);
    expect(Array.from(startsIn(b, x)!)).toEqual([FILLER.length + 2]);
    expect(Array.from(startsIn(b, y)!)).toEqual([FILLER.length, FILLER.length + 4]);
    expect(Array.from(startsIn(a, y)!)).toEqual([FILLER.length + 2]);
  });

  it('finds the words a branch opens with as words, so a common first letter does not make the class dense', () => {
    const compiled = compilePattern('(?: (?:около|более) {{sp}}+ )? {{<}} \\d+ {{sp}}* млн', PIECES, 'i');
    expect(compiled.starts!.cls.key).toBe('i/\\d');
    expect(compiled.starts!.words!.key).toBe('i/["более","около"]');
    // о and б hold at one position in four here: as a class of first letters the text went to the scan
    const text = `${'оборот обоза бобров '.repeat(8)}около 5 млн и Более 6 млн`;
    expect(startsIn(text, startClass('об\\d', 'i'))).toBeNull();
    const at = ruleStarts(text, compiled.starts!.cls, compiled.starts!.words)!;
    expect(Array.from(at).map((i) => text.slice(i, i + 5))).toEqual(['около', '5 млн', 'Более', '6 млн']);
    expect([...matchAll(compiled, text)].map((m) => m.text)).toEqual(['около 5 млн', 'Более 6 млн']);
  });

  it('gives a rule whose every branch opens with a word the words alone, and a one-letter branch V8\'s scan', () => {
    const verbs = compilePattern('(?:сократил|вырос) \\p{L}* {{sp}}+ \\d+', PIECES, 'i');
    expect(verbs.starts!.cls).toBeNull();
    expect(verbs.starts!.words!.key).toBe('i/["вырос","сократил"]');
    const text = `${FILLER}Выросло 5, сократилось 6`;
    expect(Array.from(ruleStarts(text, null, verbs.starts!.words)!)).toEqual([FILLER.length, FILLER.length + 11]);
    expect(compilePattern('(?:от|в {{sp}}+ пределах) {{sp}}+ \\d+', PIECES, 'i').starts).toBeUndefined();
  });

  it('keeps word sets apart whatever characters their words hold (a NUL once joined two words)', () => {
    compilePattern('(?:xa\u0000yb) \\d', {}, '');
    const text = `${FILLER}yb5`;
    expect(bothWays('(?:xa|yb) \\d', {}, '', text).got).toEqual([[FILLER.length, 'yb5']]);
  });

  it('leaves a u-flag pattern to the scan (its guard reads code points, not units)', () => {
    expect(compilePattern('{{<}} \\d+ млн', PIECES, 'iu').starts).toBeUndefined();
  });
});
