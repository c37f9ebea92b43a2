// An undated article resolves places in the period its text shows; refDate stays null.
import { describe, expect, it } from 'vitest';
import { dateIn, periodOf } from '../../src/resolve/period.js';
import { codesOf, docOf, TODAY } from './helpers.js';

const CLUES = [
  { id: 'nur-sultan', patterns: ['Нұр-Сұлтан'], since: '2019-03-23', until: '2022-09-17' },
  { id: 'nur-otan', patterns: ['Nur Otan'], until: '2022-03-01' },
  { id: 'q30', patterns: ['#Qazaqstan30'], since: '2021-01-01', until: '2022-01-01' },
  { id: 'amanat', patterns: ['AMANAT'], since: '2022-03-01' },
];

describe('periodOf / dateIn', () => {
  it('intersects the clues found', () => {
    expect(periodOf('#Qazaqstan30 … Nur Otan партиясы', CLUES)).toEqual({ since: '2021-01-01', until: '2022-01-01', clues: ['nur-otan', 'q30'] });
    expect(periodOf('Нұр-Сұлтан қаласында', CLUES)).toMatchObject({ since: '2019-03-23', until: '2022-09-17' });
    expect(periodOf('Қаланың тарихы', CLUES)).toBeNull();
  });
  it('ignores a clue that contradicts the others', () => {
    expect(periodOf('Nur Otan … AMANAT', CLUES)).toMatchObject({ until: '2022-03-01', since: null });
  });
  it('picks today when inside, else a date inside the period', () => {
    expect(dateIn({ since: '2021-01-01', until: '2022-01-01', clues: [] }, '2026-01-15')).toBe('2021-07-02');
    expect(dateIn({ since: null, until: '2022-03-01', clues: [] }, '2026-01-15')).toBe('2022-02-28');
    expect(dateIn({ since: '2022-03-01', until: null, clues: [] }, '2026-01-15')).toBe('2026-01-15');
  });
});

describe('period stage', () => {
  it('an undated article mentioning Нұр-Сұлтан resolves in 2019-2022', () => {
    const doc = docOf('Нұр-Сұлтанда кеңес өтті. Талдықорған қаласында мектеп ашылды.', null, 'kk');
    expect(doc.refDate).toBeNull();
    expect(doc.asOf >= '2019-03-23' && doc.asOf < '2022-06-08').toBe(true);
    expect(codesOf('Нұр-Сұлтанда кеңес өтті. Талдықорған қаласында мектеп ашылды.', null, 'kk')).toEqual(['KZ-71', 'KZ-19']);
  });
  it('#Qazaqstan30 dates the article to 2021', () => {
    expect(docOf('#Qazaqstan30: Талдықорғанда орталық ашылды.', null, 'kk').asOf.slice(0, 4)).toBe('2021');
  });
  it('an oblast created in 2022 narrows the period (Semey is then Abai oblast)', () => {
    const text = 'Нұр-Сұлтанда кеңес өтті. Абай облысының әкімі Семейде мектеп ашты.';
    const doc = docOf(text, null, 'kk');
    expect(doc.asOf >= '2022-06-08' && doc.asOf < '2022-09-17').toBe(true);
    expect(codesOf(text, null, 'kk')).toEqual(['KZ-71', 'KZ-10', 'KZ-10']);
    // Without the oblast, Nur-Sultan alone puts the article before the split: Semey in East Kazakhstan.
    expect(codesOf('Нұр-Сұлтанда кеңес өтті. Семейде мектеп ашылды.', null, 'kk')).toEqual(['KZ-71', 'KZ-63']);
  });
  it('Nur Otan: before March 2022', () => {
    expect(docOf('Nur Otan партиясының филиалы Талдықорғанда.', null, 'kk').asOf < '2022-03-01').toBe(true);
  });
  it('no clue: today; a dated article keeps its date', () => {
    expect(docOf('Талдықорғанда орталық ашылды.', null, 'kk').asOf).toBe(TODAY);
    expect(codesOf('Талдықорғанда орталық ашылды.', null, 'kk')).toEqual(['KZ-33']);
    const dated = docOf('Нұр-Сұлтанда кеңес өтті.', '2024-02-02', 'kk');
    expect([dated.refDate, dated.asOf]).toEqual(['2024-02-02', '2024-02-02']);
  });
});
