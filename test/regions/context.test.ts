// Ambiguous names decided by the article's other places; the main region for officials.
import { describe, expect, it } from 'vitest';
import { codesOf, docOf } from './helpers.js';

const D = '2025-03-01';

describe('ambiguity by context', () => {
  it.each([
    ['Алматы облысы бойынша Жамбыл ауданында мектеп салынды.', ['KZ-19', 'KZ-19']],
    ['Жамбыл облысы бойынша Жамбыл ауданында мектеп салынды.', ['KZ-31', 'KZ-31']],
    ['Петропавлда кеңес өтті. Жамбыл ауданында мектеп салынды.', ['KZ-59', 'KZ-59']],
    ['Қарағанды облысының Абай ауданында.', ['KZ-35', 'KZ-35']],
    ['Шымкенттің Абай ауданында.', ['KZ-79', 'KZ-79']],
    ['Семейде кеңес өтті. Абай ауданында мектеп салынды.', ['KZ-10', 'KZ-10']],
  ] as Array<[string, string[]]>)('%s', (text, codes) => {
    expect(codesOf(text, D, 'kk')).toEqual(codes);
  });

  it('Алматы alone is the city, Алматы облысы the oblast', () => {
    expect(codesOf('Алматыда және Алматы облысында', D, 'kk')).toEqual(['KZ-75', 'KZ-19']);
    expect(codesOf('В Алматы и Алматинской области', D, 'ru')).toEqual(['KZ-75', 'KZ-19']);
  });

  it('Түркістан the city and Түркістан облысы are both KZ-61', () => {
    expect(codesOf('Түркістанда және Түркістан облысында', D, 'kk')).toEqual(['KZ-61', 'KZ-61']);
  });

  it('Abai the poet is not a region; Abai oblast is', () => {
    expect(codesOf('Абай Құнанбайұлының шығармалары оқылды.', D, 'kk')).toEqual([]);
    expect(codesOf('Абай облысында мектеп ашылды.', D, 'kk')).toEqual(['KZ-10']);
  });
});

describe('names that are places only in a list of places', () => {
  it.each([
    ['Шахтинск, Саран және Абай қалаларында шахталар бар.', ['KZ-35', 'KZ-35', 'KZ-35']],
    ['Абай мен Шәкәрімнің шығармалары оқылды.', []],
    ['Арал, Қазалы аудандарында', ['KZ-43', 'KZ-43']],
    ['Аралда су тартылды.', []],
  ] as Array<[string, string[]]>)('%s', (text, codes) => {
    expect(codesOf(text, D, 'kk')).toEqual(codes);
  });
  it('English', () => {
    expect(codesOf('Miners work in Shakhtinsk, Saran and Abai.', D, 'en')).toEqual(['KZ-35', 'KZ-35', 'KZ-35']);
  });
});

describe('names that are also surnames', () => {
  it.each([
    ['Қонаевта жаңа мектеп ашылды.', ['KZ-19']],
    ['Облыс орталығы Қонаев Президенттің тапсырмасын орындады.', []],
    ['Дінмұхамед Қонаевтың 110 жылдығы аталып өтті.', []],
    ['Д. Қонаев атындағы көше.', []],
    ['Қонаев қаласында жиын өтті.', ['KZ-19']],
    ['Жиынға Орал Мұхамеджанов қатысты, Оралда қар жауды.', ['KZ-27']],
    ['Қызылорда қалалық әкімдігі.', ['KZ-43']],
  ] as Array<[string, string[]]>)('%s', (text, codes) => {
    expect(codesOf(text, D, 'kk')).toEqual(codes);
  });
});

describe('mainRegion', () => {
  it('is the unit most places point to', () => {
    const doc = docOf('АСТАНА. KAZINFORM — Қызылорда облысында кеңес өтті. Қызылорда қаласында, Байқоңырда.', D, 'kk');
    expect(doc.mainRegion).toBe('KZ-43');
  });
  it('is null when no place is named', () => {
    expect(docOf('В обсуждении принял участие аким области.', D, 'ru').mainRegion).toBeNull();
  });
});
