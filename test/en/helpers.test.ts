// Table tests of the English helpers: name keys, romanization, plurals, thousands commas.
import { describe, expect, test } from 'vitest';
import { enKey } from '../../src/extract/en/people.js';
import { romanize } from '../../src/extract/en/places.js';
import { groupCommas, singular } from '../../src/extract/en/figures.js';

describe('enKey: one key for the romanizations of one name', () => {
  test.each([
    ['Tokayev', 'Tokaev'], ['Kassym-Jomart', 'Kasym-Zhomart'], ['Issabayev', 'Isabaev'], ['Suleimenova', 'Suleymenova'],
    ['Akzhaik', 'Akzhaiyk'], ['Zhetysai', 'Zhetisai'], ['Maktaaral', 'Maktaral'],
  ])('%s = %s', (a, b) => expect(enKey(a)).toBe(enKey(b)));
  test.each([['Aksakalov', 'Aksakalova'], ['Satybaldy', 'Satybaldin']])('%s ≠ %s', (a, b) => expect(enKey(a)).not.toBe(enKey(b)));
});

test.each([['Ақжайық', 'Akzhaiyk'], ['Мақтаарал', 'Maktaaral'], ['Шардара', 'Shardara'], ['Өскемен', 'Oskemen'], ['Уральск', 'Uralsk']])(
  'romanize %s → %s', (kk, en) => expect(romanize(kk)).toBe(en));

test.each([['children', 'child'], ['families', 'family'], ['schools', 'school'], ['businesses', 'business'], ['women', 'woman'], ['people', 'people']])(
  'singular %s → %s', (w, s) => expect(singular(w)).toBe(s));

test.each([['3,000 pupils', '3\u202F000 pupils'], ['Twenty-five families', 'Twenty five families'], ['1,250,000', '1\u202F250\u202F000'], ['12,5', '12,5'], ['2,62', '2,62']])(
  'groupCommas %s', (a, b) => {
    expect(groupCommas(a)).toBe(b);
    expect(groupCommas(a).length).toBe(a.length);
  });
