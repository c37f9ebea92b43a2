// allMatches (src/text/matches.ts): what String.prototype.matchAll gives, found with the regex itself.
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/matches.js';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, text: m[0], groups: m.groups ? { ...m.groups } : undefined, captures: [...m] }));

describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/(?<word>[\p{L}\p{M}]+)/gu, 'Мемлекет басшысы 1 наурызға дейін, Almaty 2026 — ok'],
    [/\d*/g, 'a12b3'], // empty matches advance by one unit
    [/(?:)/gu, 'a😀b'], // under u, an empty match steps over a whole surrogate pair
    [/(?:)/g, 'a😀b'], // without u, over one unit
    [/дейін/giu, 'ДЕЙІН және дейін'],
    [/x/g, 'no match here'],
  ];
  it.each(cases)('%s gives what matchAll gives', (re, text) => {
    expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(new RegExp(re.source, re.flags))));
  });

  it('starts from the beginning and leaves lastIndex at 0, whatever it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    expect(allMatches(re, '12 34 56').map((m) => m[0])).toEqual(['12', '34', '56']);
    expect(re.lastIndex).toBe(0);
  });

  it('the regex may run again while its matches are read', () => {
    const re = /\p{Lu}\p{Ll}+/gu;
    const pairs = allMatches(re, 'Astana and Almaty').map((m) => [m[0], allMatches(re, m[0]).length]);
    expect(pairs).toEqual([['Astana', 1], ['Almaty', 1]]);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/u, 'a')).toThrow(TypeError);
  });
});
