// Table-driven cases for the numeral module: digits, scale words, spelled-out kk/ru/en numbers
// in every case form (generated here from the same suffix rules, and checked against known forms).
import { describe, expect, it } from 'vitest';
import { findSpelledNumbers, kkForms, maskSpelled, numeralLexicon, parseAmount, parseDigits, parseNumber, scaleOf } from '../../src/text/numbers.js';

const digitCases: [string, number | null][] = [
  ['0', 0], ['7', 7], ['413', 413], ['19209', 19209], ['4181,4', 4181.4], ['90,9', 90.9], ['57,1', 57.1],
  ['1 023,2', 1023.2], ['22 804', 22804], ['66 947', 66947], ['1\u00A0023,2', 1023.2], ['22\u202F804', 22804],
  ['1\u2009000', 1000], ['12.5', 12.5], ['2.62', 2.62], ['1.500.000', 1500000], ['1,500,000', 1500000],
  ['2,620.5', 2620.5], ['2.620,5', 2620.5], ['30,0', 30], ['100000', 100000], ['5,6', 5.6], ['4,8', 4.8],
  ['0,01', 0.01], ['1 000 000', 1000000], ['320000000000', 320000000000], ['abc', null], ['', null], ['1,2,3', null],
];

const scaleCases: [string, 'kk' | 'ru', number | null][] = [
  ['мың', 'kk', 1e3], ['мыңға', 'kk', 1e3], ['мыңнан', 'kk', 1e3], ['мыңы', 'kk', 1e3], ['мыңын', 'kk', 1e3], ['мыңдай', 'kk', 1e3],
  ['мыңның', 'kk', 1e3], ['мыңда', 'kk', 1e3], ['мыңды', 'kk', 1e3], ['мыңмен', 'kk', 1e3],
  ['млн', 'kk', 1e6], ['млн.', 'kk', 1e6], ['млн-ға', 'kk', 1e6], ['млн-нан', 'kk', 1e6], ['миллион', 'kk', 1e6], ['миллионға', 'kk', 1e6],
  ['миллионнан', 'kk', 1e6], ['миллиондаған', 'kk', null], ['млрд', 'kk', 1e9], ['млрд.', 'kk', 1e9], ['млрд-қа', 'kk', 1e9],
  ['миллиард', 'kk', 1e9], ['миллиардқа', 'kk', 1e9], ['миллиардтан', 'kk', 1e9], ['трлн', 'kk', 1e12], ['триллион', 'kk', 1e12],
  ['триллионға', 'kk', 1e12], ['тыс.', 'kk', 1e3], ['МЛРД.', 'kk', 1e9],
  ['тыс', 'ru', 1e3], ['тыс.', 'ru', 1e3], ['тысяча', 'ru', 1e3], ['тысячи', 'ru', 1e3], ['тысяч', 'ru', 1e3], ['тысячам', 'ru', 1e3],
  ['тысячами', 'ru', 1e3], ['тысячах', 'ru', 1e3], ['млн', 'ru', 1e6], ['млн.', 'ru', 1e6], ['миллиона', 'ru', 1e6], ['миллионов', 'ru', 1e6],
  ['миллионами', 'ru', 1e6], ['млрд', 'ru', 1e9], ['миллиардов', 'ru', 1e9], ['миллиарда', 'ru', 1e9], ['трлн', 'ru', 1e12],
  ['триллионов', 'ru', 1e12], ['тенге', 'ru', null], ['адам', 'kk', null], ['млн-абв', 'kk', null],
];

// Kazakh: every case form of every numeral stem, generated with the module's own suffix rules
// and, independently, spot-checked against forms written out below.
const kkStems: [string, number][] = [
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8], ['тоғыз', 9],
  ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80], ['тоқсан', 90], ['жүз', 100],
];
const AMBIGUOUS = new Set(['оны', 'онда', 'оның', 'үшін', 'бірі', 'біреу', 'бірге', 'бірде', 'жүзі', 'жүзге', 'жүзде', 'ондай', 'ондағы', 'бірдей']);
const kkGenerated: [string, number][] = kkStems.flatMap(([stem, v]) =>
  [...kkForms(stem, { plural: false, possessive: true })].filter((f) => !AMBIGUOUS.has(f)).map((f) => [f, v] as [string, number]));

const kkWritten: [string, number][] = [
  ['үшке', 3], ['үштен', 3], ['үшті', 3], ['үште', 3], ['үшпен', 3], ['екіге', 2], ['екіден', 2], ['екіні', 2], ['бесті', 5],
  ['бестен', 5], ['алтыға', 6], ['алтыдан', 6], ['жетіге', 7], ['онға', 10], ['оннан', 10], ['жиырмаға', 20], ['жиырмадан', 20],
  ['отызға', 30], ['отыздан', 30], ['елуге', 50], ['елуден', 50], ['жүзге', null as unknown as number], ['сексенге', 80], ['тоқсанға', 90],
  ['тоқсаннан', 90], ['қырқы', 40], ['жүзден', 100], ['алпысқа', 60], ['жетпіске', 70],
].filter(([, v]) => v !== null) as [string, number][];

const kkPhrases: [string, number][] = [
  ['үш жүз сексен', 380], ['он сегіз', 18], ['жиырма бес мың', 25000], ['жиырма бес мыңға', 25000], ['он бес', 15], ['тоқсан екі', 92],
  ['екі жүз', 200], ['бес жүз он', 510], ['мың', 1000], ['екі мың жиырма бір', 2021], ['үш миллион', 3e6], ['үш жүз миллион', 3e8],
  ['он төрт миллиард', 14e9], ['алпыс миллиард', 60e9], ['жүз мың', 1e5], ['бір миллион', 1e6], ['елу мың', 5e4], ['он жеті', 17],
  ['сексен бес', 85], ['қырық', 40], ['отыз бес', 35], ['жетпіс', 70], ['бес бүтін оннан үш', 5.3], ['бес бүтін оннан үш миллиард', 5.3e9],
  ['нөл бүтін жүзден сексен алты', 0.86], ['төрт жарым', 4.5], ['екі жарым миллион', 2.5e6], ['жүз жиырма', 120], ['тоғыз жүз тоқсан тоғыз', 999],
  ['бір мың', 1000], ['он мың', 10000], ['екі жүз елу мың', 250000], ['үш жүз сексен теңге', 380],
  ['үш те бес', 3.5], ['он жеті де жеті', 17.7], ['бір де екі миллиард', 1.2e9], ['тоқсан үш бүтін төрт миллиард', 93.4e9],
  ['мың сегіз жүз', 1800], ['триллион', 1e12], ['жарты миллиард', 5e8], ['мыңға', 1000],
];

const ruStems: [string, number][] = [
  ['двое', 2], ['двоих', 2], ['трое', 3], ['троих', 3], ['четверо', 4], ['пятеро', 5], ['пятерых', 5], ['семеро', 7], ['десятерых', 10],
  ['один', 1], ['одна', 1], ['одного', 1], ['одной', 1], ['одному', 1], ['одним', 1], ['одном', 1], ['одну', 1],
  ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['двумя', 2], ['три', 3], ['трех', 3], ['трёх', 3], ['трем', 3], ['тремя', 3],
  ['четыре', 4], ['четырех', 4], ['четырём', 4], ['четырьмя', 4], ['пять', 5], ['пяти', 5], ['пятью', 5], ['шесть', 6], ['шести', 6],
  ['шестью', 6], ['семь', 7], ['семи', 7], ['семью', 7], ['восемь', 8], ['восьми', 8], ['восьмью', 8], ['девять', 9], ['девяти', 9],
  ['десять', 10], ['десяти', 10], ['десятью', 10], ['одиннадцать', 11], ['одиннадцати', 11], ['двенадцать', 12], ['двенадцати', 12],
  ['пятнадцать', 15], ['пятнадцатью', 15], ['восемнадцати', 18], ['двадцать', 20], ['двадцати', 20], ['двадцатью', 20], ['тридцать', 30],
  ['тридцати', 30], ['сорок', 40], ['сорока', 40], ['пятьдесят', 50], ['пятидесяти', 50], ['пятьюдесятью', 50], ['шестьдесят', 60],
  ['шестидесяти', 60], ['семьдесят', 70], ['семидесяти', 70], ['восемьдесят', 80], ['восьмидесяти', 80], ['девяносто', 90], ['девяноста', 90],
  ['сто', 100], ['двести', 200], ['двухсот', 200], ['двумстам', 200], ['двумястами', 200], ['двухстах', 200], ['триста', 300],
  ['трехсот', 300], ['трёмстам', 300], ['тремястами', 300], ['четыреста', 400], ['четырехсот', 400], ['четырьмястами', 400],
  ['пятьсот', 500], ['пятисот', 500], ['пятистам', 500], ['пятьюстами', 500], ['пятистах', 500], ['шестьсот', 600], ['семисот', 700],
  ['восемьсот', 800], ['восьмисот', 800], ['девятьсот', 900], ['девятисот', 900],
];
const ruPhrases: [string, number][] = [
  ['двадцати семи', 27], ['двадцать семь', 27], ['двенадцать тысяч', 12000], ['двенадцати тысяч', 12000], ['трёх миллионов', 3e6],
  ['пятьсот тысяч', 5e5], ['сто двадцать пять', 125], ['две тысячи двадцать один', 2021], ['тысяча', 1000], ['трех тысяч', 3000],
  ['девяноста пяти', 95], ['сорока двух', 42], ['двухсот пятидесяти', 250], ['пяти миллиардов', 5e9], ['семисот тысяч', 7e5],
  ['одного миллиона', 1e6], ['тридцать три', 33], ['шестидесяти тысяч', 6e4], ['восьмидесяти', 80], ['четырехсот двадцати', 420],
];
const enPhrases: [string, number][] = [
  ['twenty five', 25], ['three hundred', 300], ['two million', 2e6], ['one hundred twenty', 120], ['five thousand', 5000], ['ninety nine', 99],
];

const amountCases: [string, 'kk' | 'ru', number][] = [
  ['40 млн. 300 мың', 'kk', 40300000], ['1 023,2 мың', 'kk', 1023200], ['4181,4 млн.', 'kk', 4181400000], ['48 млрд.', 'kk', 48e9],
  ['57,1 мың', 'kk', 57100], ['20 мыңға', 'kk', 20000], ['30,0 мыңға', 'kk', 30000], ['7 млн', 'kk', 7e6], ['902,5 млн.', 'kk', 902500000],
  ['жиырма бес мың', 'kk', 25000], ['үш жүз сексен', 'kk', 380], ['5,9 триллион', 'kk', 5.9e12], ['437,2 миллиард', 'kk', 437.2e9],
  ['370 тыс.', 'ru', 370000], ['25 тыс.', 'ru', 25000], ['8 млрд', 'ru', 8e9], ['1,5 млн', 'ru', 1.5e6], ['двадцати семи тысяч', 'ru', 27000],
  ['3 млрд 200 млн', 'ru', 3.2e9], ['12 тысяч', 'ru', 12000], ['141,4 млн.', 'kk', 141400000], ['2 млрд-қа', 'kk', 2e9], ['5 миллиардов', 'ru', 5e9],
];

describe('parseDigits', () => {
  it.each(digitCases)('%j → %j', (s, v) => expect(parseDigits(s)).toBe(v));
});

describe('scaleOf', () => {
  it.each(scaleCases)('%s (%s) → %s', (w, lang, v) => expect(scaleOf(w, lang)).toBe(v));
});

describe('kk numeral case forms (generated)', () => {
  it('generates many forms', () => expect(kkGenerated.length).toBeGreaterThan(150));
  it.each(kkGenerated)('%s → %d', (w, v) => expect(parseNumber(w, 'kk')).toBe(v));
});

describe('kk numeral forms (written out)', () => {
  it.each(kkWritten)('%s → %d', (w, v) => expect(parseNumber(w, 'kk')).toBe(v));
  it.each([...AMBIGUOUS])('ambiguous %s alone is no number', (w) => expect(parseNumber(w, 'kk')).toBeNull());
  it.each(['бірінші', 'үшінші', 'алтын', 'бесік', 'онсыз', 'жүзеге'])('%s is no number', (w) => expect(parseNumber(w, 'kk')).toBeNull());
});

describe('kk phrases', () => {
  it.each(kkPhrases)('%s → %d', (s, v) => {
    if (Number.isNaN(v)) expect(parseNumber(s, 'kk')).toBeNull();
    else expect(parseAmount(s, 'kk')).toBe(v);
  });
});

describe('ru numerals', () => {
  it.each(ruStems)('%s → %d', (w, v) => expect(parseNumber(w, 'ru')).toBe(v));
  it.each(ruPhrases)('%s → %d', (s, v) => {
    if (Number.isNaN(v)) expect(parseNumber(s, 'ru')).toBeNull();
    else expect(parseAmount(s, 'ru')).toBe(v);
  });
});

describe('en numerals', () => {
  it.each(enPhrases)('%s → %d', (s, v) => expect(parseAmount(s, 'en')).toBe(v));
});

describe('parseAmount', () => {
  it.each(amountCases)('%s (%s) → %d', (s, lang, v) => expect(parseAmount(s, lang)).toBe(v));
});

describe('findSpelledNumbers / maskSpelled', () => {
  it('keeps offsets and the Kazakh case ending outside the mask', () => {
    const t = 'Биыл жиырма бес мыңға жуық студент оқыды.';
    const { masked, spelled } = maskSpelled(t, 'kk');
    expect(masked.length).toBe(t.length);
    expect(spelled).toHaveLength(1);
    expect(masked.slice(spelled[0]!.start, spelled[0]!.end)).toBe('00000000000000ға');
    expect(spelled[0]!.value).toBe(25000);
  });
  it('stops a phrase at a case-marked word (үштен бірі)', () => {
    const s = findSpelledNumbers('халықтың үштен бірі', numeralLexicon('kk'));
    expect(s.map((x) => x.value)).toEqual([3]);
  });
  it('does not read a scale word after digits as a number of its own (20 мыңға)', () => {
    expect(findSpelledNumbers('20 мыңға жуық', numeralLexicon('kk'))).toEqual([]);
  });
  it.each(['бір-бірін', 'бір-біріне', 'екі-екіден'])('%s (a repeated numeral) is no number', (t) => {
    expect(findSpelledNumbers(t, numeralLexicon('kk'))).toEqual([]);
  });
  it('reads hyphen-joined numerals as two numbers (он-он бес мың: a range)', () => {
    expect(findSpelledNumbers('он-он бес мың теңге', numeralLexicon('kk')).map((x) => x.value)).toEqual([10, 15000]);
  });
  it.each([['Тысячи демонстрантов', []], ['более тысячи человек', [1000]], ['тысяча человек', [1000]], ['миллионы людей', []]] as [string, number[]][])(
    'a plural scale word opens no number unless after a qualifier: %s', (t, want) => {
      expect(findSpelledNumbers(t, numeralLexicon('ru')).map((x) => x.value)).toEqual(want);
    });
  it('splits two numbers in a row in Russian (пять шесть)', () => {
    expect(findSpelledNumbers('пять шесть', numeralLexicon('ru')).map((x) => x.value)).toEqual([5, 6]);
  });
});
