// Generated Kazakh verb forms (harmony, voicing, passive and present stems) and the lexicon pieces.
import { describe, expect, test } from 'vitest';
import { kkVerbForms, lexiconPieces } from '../../src/extract/directives/forms.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';

describe('kkVerbForms', () => {
  test.each([
    ['тапсыр', { active: ['тапсырды', 'тапсырып'], first: ['тапсырамын', 'тапсырамыз', 'тапсырдым', 'тапсырдық'], passive: ['тапсырылды'], perfect: ['тапсырған', 'тапсырылған'] }],
    ['міндетте', { active: ['міндеттеді', 'міндеттеп'], first: ['міндеттеймін', 'міндеттейміз', 'міндеттедім', 'міндеттедік'], passive: ['міндеттелді'] }],
    ['жүкте', { active: ['жүктеді', 'жүктеп'], passive: ['жүктелді'], perfect: ['жүктеген', 'жүктелген'] }],
    ['бер', { active: ['берді', 'беріп'], first: ['беремін', 'береміз', 'бердім', 'бердік'], passive: ['берілді'] }],
    ['қой', { active: ['қойды', 'қойып'], first: ['қоямын', 'қоямыз', 'қойдым', 'қойдық'], passive: ['қойылды'] }],
    ['кет', { active: ['кетті', 'кетіп'], perfect: ['кеткен', 'кетілген'] }],
  ] as const)('%s', (stem, want) => {
    const forms = kkVerbForms(stem);
    for (const [slot, list] of Object.entries(want)) expect(forms[slot as keyof typeof forms]).toEqual(list);
  });
});

describe('lexiconPieces', () => {
  test('kk pieces keep тапсырыс (a procurement order) out of the noun тапсырма', () => {
    const p = lexiconPieces(BUILTIN_CORPORA, 'kk');
    const noun = new RegExp(`^(?:${p.n_tapsyrma})$`, 'u');
    expect(noun.test('тапсырмасына')).toBe(true);
    expect(noun.test('тапсырысы')).toBe(false);
  });
  test('ru pieces give the gendered past, the gerund and the short passive', () => {
    const p = lexiconPieces(BUILTIN_CORPORA, 'ru');
    expect(p.v_poruchit_active!.split('|').sort()).toEqual(['поручив', 'поручил', 'поручила', 'поручили']);
    expect(p.v_poruchit_passive).toContain('поручено');
  });
});
