// Person spans for issuers when the officials stage left none (the fallback name pattern), and the
// nominative test that tells a subject (Аида Балаева) from an oblique mention (Балаеваның).
import { describe, expect, test } from 'vitest';
import { isNominative, personSpans } from '../../src/extract/directives/persons.js';
import { TextView } from '../../src/text/view.js';
import type { Doc } from '../../src/doc.js';

const docOf = (text: string) => ({ view: TextView.identity(text), notes: {}, officials: [] }) as unknown as Doc;

describe('fallback person spans', () => {
  test.each([
    ['Қорытындылай келе, Аида Балаева тапсырды.', 'Аида Балаева', true],
    ['Аида Балаеваның төрағалығымен өтті.', 'Аида Балаева', false],
    ['— деді Олжас Бектенов.', 'Олжас Бектенов', true],
    ['Олжас Бектеновке хат жолданды.', 'Олжас Бектенов', false],
    ['под председательством Аида Балаевой', 'Аида Балаева', false],
  ])('%s → %s (nominative %s)', (text, person, nominative) => {
    const spans = personSpans(docOf(text));
    expect(spans.map((s) => [s.person, s.nominative])).toEqual([[person, nominative]]);
  });
});

describe('isNominative', () => {
  test.each([
    ['Аида Балаева', 'Аида Балаева', true],
    ['Балаеваның', 'Аида Балаева', false],
    ['Аиды Балаевой', 'Аида Балаева', false],
    ['Н. Нәлібаев', 'Нұрлыбек Нәлібаев', true],
    ['Бектеновке', 'Oljas Bektenov', false],
    ['Бектенов', 'Oljas Bektenov', true],
  ])('%s of %s → %s', (surface, person, want) => expect(isNominative(surface, person)).toBe(want));
});
