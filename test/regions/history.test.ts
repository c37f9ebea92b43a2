// One test per historical change: the same sentence dated before and after gives the right code.
import { describe, expect, it } from 'vitest';
import { codesOf, regionsOf } from './helpers.js';

const CHANGES: Array<[string, string, 'kk' | 'ru', string, string, string, string]> = [
  // [what, text, lang, date before, code before, date after, code after]
  ['Jetisu split off Almaty oblast (2022-06-08)', 'Талдықорғанда жаңа мектеп ашылды.', 'kk', '2022-06-07', 'KZ-19', '2022-06-08', 'KZ-33'],
  ['… in Russian', 'В Талдыкоргане открыли школу.', 'ru', '2021-01-10', 'KZ-19', '2023-01-10', 'KZ-33'],
  ['… its districts too', 'Алакөл ауданында жол салынды.', 'kk', '2020-05-05', 'KZ-19', '2024-05-05', 'KZ-33'],
  ['Abai split off East Kazakhstan', 'Семейде жаңа көпір салынды.', 'kk', '2021-09-01', 'KZ-63', '2023-09-01', 'KZ-10'],
  ['… Abai district of Abai oblast', 'Бородулихинском районе построили школу.', 'ru', '2021-09-01', 'KZ-63', '2023-09-01', 'KZ-10'],
  ['Ulytau split off Karaganda', 'Жезқазған қаласында жиын өтті.', 'kk', '2022-01-01', 'KZ-35', '2022-07-01', 'KZ-62'],
  ['Shymkent became a city of republican significance (2018-06-19)', 'Шымкентте жаңа саябақ ашылды.', 'kk', '2017-05-01', 'KZ-61', '2019-05-01', 'KZ-79'],
  ['… and its districts', 'Әл-Фараби ауданында мектеп ашылды.', 'kk', '2017-05-01', 'KZ-61', '2019-05-01', 'KZ-79'],
  ['Akmola was the capital before 1998, the oblast after', 'Ақмолада жиналыс өтті.', 'kk', '1997-12-20', 'KZ-71', '2005-01-01', 'KZ-11'],
  ['Жетісу өңірі meant Almaty oblast before 2022', 'Жетісу өңірінде егін жиналды.', 'kk', '2020-09-01', 'KZ-19', '2023-09-01', 'KZ-33'],
];

describe('date-aware resolution', () => {
  it.each(CHANGES)('%s', (_what, text, lang, before, codeBefore, after, codeAfter) => {
    expect(codesOf(text, before, lang)).toEqual([codeBefore]);
    expect(codesOf(text, after, lang)).toEqual([codeAfter]);
  });

  it('South Kazakhstan (ОҚО, ЮКО) is Turkistan (KZ-61) before and after the 2018 renaming', () => {
    for (const date of ['2016-01-01', '2020-01-01']) {
      expect(codesOf('ОҚО-да және Оңтүстік Қазақстан облысында', date, 'kk')).toEqual(['KZ-61', 'KZ-61']);
      expect(codesOf('В ЮКО и Южно-Казахстанской области', date, 'ru')).toEqual(['KZ-61', 'KZ-61']);
    }
  });

  it('Kapshagay and its new name Konaev are both Almaty oblast', () => {
    expect(codesOf('Қапшағай қаласында', '2021-01-01', 'kk')).toEqual(['KZ-19']);
    expect(codesOf('Қонаев қаласында', '2023-01-01', 'kk')).toEqual(['KZ-19']);
  });

  it('Astana ↔ Nur-Sultan ↔ Akmola/Tselinograd are KZ-71; the name follows the date', () => {
    for (const t of ['Нұр-Сұлтанда', 'Астанада', 'Целиноградта']) expect(codesOf(t, '2020-01-01', 'kk')).toEqual(['KZ-71']);
    expect(regionsOf('Нур-Султане', '2020-01-01', 'ru')).toEqual([['KZ-71', 'Нур-Султане', null]]);
  });

  it('Shymkent before 2018 is a city inside the region: via names it', () => {
    expect(regionsOf('Шымкентте', '2017-05-01', 'kk')).toEqual([['KZ-61', 'Шымкентте', 'Шымкент']]);
    expect(regionsOf('Шымкентте', '2019-05-01', 'kk')).toEqual([['KZ-79', 'Шымкентте', null]]);
  });
});
