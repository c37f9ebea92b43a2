// The matcher's word scanner reads words straight from the characters: it must find exactly the
// words the word regex finds (the gazetteer's forms are split by that regex).
import { describe, expect, it } from 'vitest';
import { regionsGazetteer, words } from '../../src/gazetteer/regions.js';
import { defaultContext } from '../../src/context.js';

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’]?[-‐‑‒–][\p{L}\p{M}\p{N}]+)*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD_RE)].map((m) => [m.index!, m.index! + m[0].length]);
const byScanner = (text: string) => words(text).map((w) => [w.start, w.end]);

// Letters of every script in use, marks, digits, joiners, separators, astral letters, an emoji
// and lone surrogates.
const PIECES = ['а', 'Ә', 'қ', 'ё', 'Ё', 'a', 'Z', 'ı', 'ǵ', '\u0301', '\u0306', '7', '٣', "'", '’', '-', '‐', '‑', '‒', '–', '—',
  ' ', '\u00a0', '.', ',', '«', '»', '\n', 'Σ', 'İ', '𝐀', '😀', '\ud800', '\udc00', '№'];

function randomText(seed: number, length: number): string {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % PIECES.length;
  let s = '';
  for (let i = 0; i < length; i++) s += PIECES[next()];
  return s;
}

describe('regions word scanner', () => {
  it('finds the words the word regex finds', () => {
    for (const text of ['Усть-Каменогорск', 'БҚО-да', "Қ'-ды", 'a’–b', 'x-', 'x\'', "x'-", 'Алматы —облысы', '𝐀𝐁-c', '']) {
      expect(byScanner(text), text).toEqual(byRegex(text));
    }
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 40);
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('matches the same places in any spelling of the same key', () => {
    const g = regionsGazetteer(defaultContext().corporaDir);
    // Upper case, ё, a non-ASCII dash, NFD (the filter falls back to the slow key for marks).
    for (const text of ['АЛМАТЫ облысы', 'Алматы облысы', 'Алматы облысы'.normalize('NFD'), 'в Усть‑Каменогорске', 'Семёй қаласы', 'Qostanaı oblysynda']) {
      expect(g.match(text).length, text).toBe(1);
    }
  });
});
