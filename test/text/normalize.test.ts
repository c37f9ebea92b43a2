import { describe, expect, it } from 'vitest';
import { buildView, normalizeCyrillic } from '../../src/text/normalize.js';

describe('Cyrillic normalization (1:1)', () => {
  // [name, lang, original, normalized]
  const cases: Array<[string, 'kk' | 'ru', string, string]> = [
    ['NBSP, narrow NBSP, thin space', 'kk', '4\u00A0800\u202F000\u2009теңге', '4 800 000 теңге'],
    ['dashes → em dash, hyphen kept', 'ru', 'А–Б ‒ В ― Г − 5 — Д, Премьер-министр', 'А—Б — В — Г — 5 — Д, Премьер-министр'],
    ['non-breaking hyphen → hyphen', 'kk', 'Премьер\u2011министр', 'Премьер-министр'],
    ['quotes → "', 'kk', '«Қазақстан» „Нұр“ “Отан” \'Ақ\'', '"Қазақстан" "Нұр" "Отан" "Ақ"'],
    ['apostrophe between letters stays', 'ru', "Д'Артаньян", "Д'Артаньян"],
    ['ё → е', 'ru', 'Ёлка, провёл', 'Елка, провел'],
    ['Latin C, A, O inside a Kazakh word', 'kk', 'Cамұрық-Қaзына Oрталығы', 'Самұрық-Қазына Орталығы'],
    ['Latin i inside a Kazakh word → і', 'kk', 'бiлiм', 'білім'],
    ['Latin look-alikes inside a Russian word', 'ru', 'Кaзaxстaн', 'Казахстан'],
    ['Latin ə, ɵ typed for ә, ө in Kazakh', 'kk', 'əкім ɵңір', 'әкім өңір'],
    ['Cyrillic І, а inside a Latin word → Latin', 'kk', 'Wі-Fі, Sаmsung', 'Wi-Fi, Samsung'],
    ['pure Latin and pure Cyrillic words untouched', 'kk', 'AMANAT партиясы IT', 'AMANAT партиясы IT'],
    ['mixed look-alike-only word follows the document script', 'ru', 'CТO', 'СТО'],
  ];
  it.each(cases)('%s', (_name, lang, original, normalized) => {
    expect(normalizeCyrillic(original, lang)).toBe(normalized);
    const view = buildView(original, lang, 'Cyrl');
    expect(view.text).toBe(normalized);
    expect(view.text.length).toBe(original.length);
    expect(view.original).toBe(original);
    expect(view.isIdentity).toBe(true);
  });

  it('keeps the length of a long mixed text and never changes the original', () => {
    const original = '\u00A0«Cамұрық» — 4,8\u202Fмлрд. Ёж–ёж “A” ə ' .repeat(50);
    const copy = original.slice();
    const view = buildView(original, 'kk', 'Cyrl');
    expect(view.text.length).toBe(original.length);
    expect(original).toBe(copy);
    expect(view.slice(3, 9)).toBe(original.slice(3, 9));
  });

  it('Russian does not turn Latin i into Kazakh і', () => {
    expect(normalizeCyrillic('Казахстаni', 'ru')).toBe('Казахстаni');
  });
});

describe('English normalization: spaces, dashes, quotes only', () => {
  it.each([
    ['12.5\u00A0bln tenge – “schools”', '12.5 bln tenge — "schools"'],
    ["It's the governor's «plan»", "It's the governor's \"plan\""],
    ['Caf\u0435 Ёlka', 'Caf\u0435 Ёlka'], // no look-alike or ё folding in English
  ])('%s', (original, normalized) => {
    const view = buildView(original, 'en', 'Latn');
    expect(view.text).toBe(normalized);
    expect(view.text.length).toBe(original.length);
  });
});

describe('normalizeCyrillic: look-alikes only in words that mix scripts', () => {
  it('fixes a Latin look-alike next to Cyrillic, and leaves marks and letters outside the BMP', () => {
    expect(normalizeCyrillic('Сaмұрық \u{1D400} е\u0301a «ё»', 'kk')).toBe('Самұрық \u{1D400} е\u0301а "е"');
    expect(normalizeCyrillic('Cамұрық', 'ru')).toBe('Самұрық');
  });
});
