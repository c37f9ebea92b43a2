// Kazakh case and possessive forms: vowel harmony and consonant assimilation, table-driven.
import { describe, expect, it } from 'vitest';
import { kkAbbrForms, kkHarmony, kkInflect, kkPhraseForms, kkToLatin, type KkCase } from '../../src/morph/kk.js';

// [word, case, expected, possessive?]
const TABLE: Array<[string, KkCase, string, boolean?]> = [
  // after a vowel, back (Алматы) and front (Текелі)
  ['Алматы', 'gen', 'Алматының'], ['Алматы', 'dat', 'Алматыға'], ['Алматы', 'acc', 'Алматыны'],
  ['Алматы', 'loc', 'Алматыда'], ['Алматы', 'abl', 'Алматыдан'], ['Алматы', 'ins', 'Алматымен'],
  ['Алматы', 'locAttr', 'Алматыдағы'],
  ['Текелі', 'gen', 'Текелінің'], ['Текелі', 'dat', 'Текеліге'], ['Текелі', 'loc', 'Текеліде'],
  ['Астана', 'loc', 'Астанада'], ['Астана', 'dat', 'Астанаға'], ['Астана', 'gen', 'Астананың'],
  // after a voiceless consonant: т, к, қ
  ['Шымкент', 'gen', 'Шымкенттің'], ['Шымкент', 'dat', 'Шымкентке'], ['Шымкент', 'acc', 'Шымкентті'],
  ['Шымкент', 'loc', 'Шымкентте'], ['Шымкент', 'abl', 'Шымкенттен'], ['Шымкент', 'ins', 'Шымкентпен'],
  ['Шымкент', 'locAttr', 'Шымкенттегі'],
  ['Бостандық', 'dat', 'Бостандыққа'], ['Бостандық', 'loc', 'Бостандықта'], ['Арқалық', 'locAttr', 'Арқалықтағы'],
  // after й, л, р, у (sonorants)
  ['Семей', 'gen', 'Семейдің'], ['Семей', 'dat', 'Семейге'], ['Семей', 'loc', 'Семейде'], ['Семей', 'abl', 'Семейден'],
  ['Орал', 'gen', 'Оралдың'], ['Орал', 'loc', 'Оралда'], ['Павлодар', 'loc', 'Павлодарда'], ['Павлодар', 'gen', 'Павлодардың'],
  ['Атырау', 'gen', 'Атыраудың'], ['Атырау', 'loc', 'Атырауда'], ['Көкшетау', 'dat', 'Көкшетауға'], ['Ақтау', 'abl', 'Ақтаудан'],
  // after a nasal: -ның, -нан
  ['Талдықорған', 'gen', 'Талдықорғанның'], ['Талдықорған', 'loc', 'Талдықорғанда'], ['Талдықорған', 'abl', 'Талдықорғаннан'],
  ['Талдықорған', 'locAttr', 'Талдықорғандағы'], ['Қостанай', 'loc', 'Қостанайда'], ['Жезқазған', 'dat', 'Жезқазғанға'],
  ['Ақтөбе', 'loc', 'Ақтөбеде'], ['Ақтөбе', 'gen', 'Ақтөбенің'], ['Өскемен', 'loc', 'Өскеменде'], ['Өскемен', 'abl', 'Өскеменнен'],
  // after ж, з: instrumental -бен
  // the surname suffix -ев is neutral: the root's harmony (Тоқаевтың, Қонаевта; Сергеевте)
  ['Тоқаев', 'gen', 'Тоқаевтың'], ['Қонаев', 'loc', 'Қонаевта'], ['Қонаев', 'dat', 'Қонаевқа'], ['Сергеев', 'loc', 'Сергеевте'],
  ['Тараз', 'ins', 'Таразбен'], ['Тараз', 'loc', 'Таразда'], ['Тараз', 'gen', 'Тараздың'],
  // 3rd-person possessive: pronominal н
  ['облысы', 'gen', 'облысының', true], ['облысы', 'dat', 'облысына', true], ['облысы', 'acc', 'облысын', true],
  ['облысы', 'loc', 'облысында', true], ['облысы', 'abl', 'облысынан', true], ['облысы', 'ins', 'облысымен', true],
  ['облысы', 'locAttr', 'облысындағы', true], ['қаласы', 'locAttr', 'қаласындағы', true], ['ауданы', 'gen', 'ауданының', true],
  ['өңірі', 'gen', 'өңірінің', true], ['өңірі', 'loc', 'өңірінде', true], ['өңірі', 'locAttr', 'өңіріндегі', true],
  ['ауылы', 'loc', 'ауылында', true], ['кенті', 'abl', 'кентінен', true],
];

describe('kkInflect', () => {
  it.each(TABLE)('%s %s → %s', (word, kase, expected, possessive) => {
    expect(kkInflect(word, kase, { possessive: !!possessive })).toBe(expected);
  });
});

describe('phrases, abbreviations, harmony, Latin script', () => {
  it('inflects only the last word of a phrase', () => {
    expect(kkPhraseForms('Батыс Қазақстан облысы', { possessive: true })).toContain('Батыс Қазақстан облысында');
    expect(kkPhraseForms('Сыр өңірі', { possessive: true })).toContain('Сыр өңірінде');
  });
  it.each([
    ['БҚО', 'БҚО-да'], ['БҚО', 'БҚО-ның'], ['БҚО', 'БҚО-ға'], ['ШҚО', 'ШҚО-дан'], ['СҚО', 'СҚО-дағы'],
  ])('%s → %s', (abbr, form) => {
    expect(kkAbbrForms(abbr)).toContain(form);
  });
  it.each([['Алматы', 'back'], ['Шымкент', 'front'], ['Семей', 'front'], ['Көкшетау', 'back'], ['Үржар', 'back'], ['Түркістан', 'back'], ['Өскемен', 'front']] as const)(
    'harmony of %s is %s', (w, h) => expect(kkHarmony(w)).toBe(h));
  it.each([
    ['Қызылорда облысында', 'Qyzylorda oblysynda'], ['Шымкенттегі', 'Shymkenttegi'], ['Қостанай', 'Qostanaı'],
    ['Атырауда', 'Atyraýda'], ['Маңғыстау', 'Mańǵystaý'], ['Түркістан', 'Túrkistan'],
  ])('Latin script: %s → %s', (cyr, lat) => expect(kkToLatin(cyr)).toBe(lat));
});
