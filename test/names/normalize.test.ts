// Table-driven: name forms as written → the canonical nominative (given name first) and patronymic.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNames, type NameLexicon } from '../../src/names/recognize.js';
import { kkNominative } from '../../src/names/kazakh.js';
import { givenReadings, ruNominative, ruForms } from '../../src/names/russian.js';
import { looseKey } from '../../src/names/shape.js';
import { loadOfficials } from '../../src/gazetteer/officials.js';

const idx = loadOfficials(path.resolve('corpora'));
const lex: NameLexicon = { known: (w) => idx.words.has(w), genderOf: (g) => idx.givenGender.get(g) };
const bare: NameLexicon = { known: () => false, genderOf: () => undefined };
// a given-name lexicon only (no gazetteer surnames): the surnames below are unknown
const givenOnly: NameLexicon = { known: () => false, genderOf: (g) => idx.givenGender.get(g) };

const canon = (text: string, lang: 'kk' | 'ru', l: NameLexicon = lex) => {
  const n = findNames(text, lang, l)[0];
  return n ? [n.given, n.surname].filter(Boolean).join(' ') + (n.patronymic ? ` | ${n.patronymic}` : '') : null;
};

// [as written, expected "given surname | patronymic"]
const KK: Array<[string, string]> = [
  ['Аида Балаеваның', 'Аида Балаева'],
  ['Аида Балаева', 'Аида Балаева'],
  ['Аида Балаеваға', 'Аида Балаева'],
  ['Аида Балаевамен', 'Аида Балаева'],
  ['Аида Балаевадан', 'Аида Балаева'],
  ['Аида Балаеваны', 'Аида Балаева'],
  ['Қасым-Жомарт Тоқаевтың', 'Қасым-Жомарт Тоқаев'],
  ['Қасым-Жомарт Тоқаевқа', 'Қасым-Жомарт Тоқаев'],
  ['Қасым-Жомарт Тоқаевты', 'Қасым-Жомарт Тоқаев'],
  ['Қасым-Жомарт Тоқаевпен', 'Қасым-Жомарт Тоқаев'],
  ['Қасым-Жомарт Кемелұлы Тоқаевтың', 'Қасым-Жомарт Тоқаев | Кемелұлы'],
  ['Құмар Ақсақаловқа', 'Құмар Ақсақалов'],
  ['Құмар Ақсақаловтың', 'Құмар Ақсақалов'],
  ['Ардақ Мұқанова', 'Ардақ Мұқанова'],
  ['Ардақ Мұқановаға', 'Ардақ Мұқанова'],
  ['Ардақ Мұқанованың', 'Ардақ Мұқанова'],
  ['Ардақ Мұқановада', 'Ардақ Мұқанова'],
  ['Қыдырбеков Мұрат Жақсығалиұлының', 'Мұрат Қыдырбеков | Жақсығалиұлы'],
  ['Қыдырбеков Мұрат Жақсығалиұлына', 'Мұрат Қыдырбеков | Жақсығалиұлы'],
  ['Қыдырбеков Мұрат Жақсығалиұлы', 'Мұрат Қыдырбеков | Жақсығалиұлы'],
  ['Балаева Аида Ғалымқызы', 'Аида Балаева | Ғалымқызы'],
  ['Балаева Аида Ғалымқызының', 'Аида Балаева | Ғалымқызы'],
  ['Н. Нәлібаев', 'Н. Нәлібаев'],
  ['Н. Нәлібаевтың', 'Н. Нәлібаев'],
  ['Нұрлыбек Нәлібаевқа', 'Нұрлыбек Нәлібаев'],
  ['Нұрлыбек Нәлібаевтан', 'Нұрлыбек Нәлібаев'],
  ['Олжас Бектеновтің', 'Олжас Бектенов'],
  ['Олжас Бектеновке', 'Олжас Бектенов'],
  ['Саясат Нұрбектің', 'Саясат Нұрбек'],
  ['Дархан Сатыбалды', 'Дархан Сатыбалды'],
  ['Дархан Сатыбалдының', 'Дархан Сатыбалды'],
  ['Ділдаш Ысқақова', 'Ділдаш Ысқақова'],
  ['Айгүл Құлбарақованың', 'Айгүл Құлбарақова'],
  ['Асқарбек Ертаевтың', 'Асқарбек Ертаев'],
  ['Серік Мақашұлы', 'Серік | Мақашұлы'],
  ['Ляна Тұрсынова', 'Ляна Тұрсынова'],
];

const RU: Array<[string, string]> = [
  ['Аиды Балаевой', 'Аида Балаева'],
  ['Аиде Балаевой', 'Аида Балаева'],
  ['Аидой Балаевой', 'Аида Балаева'],
  ['Аиду Балаеву', 'Аида Балаева'],
  ['Аида Балаева', 'Аида Балаева'],
  ['Кумару Аксакалову', 'Кумар Аксакалов'],
  ['Кумара Аксакалова', 'Кумар Аксакалов'],
  ['Кумаром Аксакаловым', 'Кумар Аксакалов'],
  ['Кумаре Аксакалове', 'Кумар Аксакалов'],
  ['Кумар Аксакалов', 'Кумар Аксакалов'],
  ['Ермаганбетом Булекпаевым', 'Ермаганбет Булекпаев'],
  ['Ермаганбета Булекпаева', 'Ермаганбет Булекпаев'],
  ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
  ['Касым-Жомартом Токаевым', 'Касым-Жомарт Токаев'],
  ['Касым-Жомарту Токаеву', 'Касым-Жомарт Токаев'],
  ['Саясата Нурбека', 'Саясат Нурбек'],
  ['Саясатом Нурбеком', 'Саясат Нурбек'],
  ['Жулдыз Сулейменовой', 'Жулдыз Сулейменова'],
  ['Акмарал Альназаровой', 'Акмарал Альназарова'],
  ['Кушеров Нуралхан Оралбаевич', 'Нуралхан Кушеров | Оралбаевич'],
  ['Кушерова Нуралхана Оралбаевича', 'Нуралхан Кушеров | Оралбаевича'.replace('Оралбаевича', 'Оралбаевич')],
  ['Нуралхану Кушерову', 'Нуралхан Кушеров'],
  ['Олжасом Бектеновым', 'Олжас Бектенов'],
  ['Олжаса Бектенова', 'Олжас Бектенов'],
  ['Н. Налибаев', 'Н. Налибаев'],
  ['Налибаев Н.', 'Н. Налибаев'],
];

// unknown names: no gazetteer, the endings alone decide
const UNKNOWN: Array<[string, 'kk' | 'ru', string]> = [
  ['Марат Сейткалиевтің', 'kk', 'Марат Сейткалиев'],
  ['Гүлнар Омарованың', 'kk', 'Гүлнар Омарова'],
  ['Бауыржан Жұмабековке', 'kk', 'Бауыржан Жұмабеков'],
  ['Ерлан Оспанұлы', 'kk', 'Ерлан | Оспанұлы'],
  ['Сергея Петрова', 'ru', 'Сергей Петров'],
  ['Сергеем Петровым', 'ru', 'Сергей Петров'],
  ['Марии Ивановой', 'ru', 'Мария Иванова'],
  ['Ольги Смирновой', 'ru', 'Ольга Смирнова'],
  ['Владимиром Путиным', 'ru', 'Владимир Путин'],
  ['Ивана Кузьмина', 'ru', 'Иван Кузьмин'],
  ['Анной Ковальской', 'ru', 'Анна Ковальская'],
  ['Петра Ковальского', 'ru', 'Петр Ковальский'],
];

describe('Kazakh name forms → nominative', () => {
  it.each(KK)('%s → %s', (text, want) => expect(canon(text, 'kk')).toBe(want));
});
describe('Russian name forms → nominative', () => {
  it.each(RU)('%s → %s', (text, want) => expect(canon(text, 'ru')).toBe(want));
});
describe('unknown names read by their endings', () => {
  it.each(UNKNOWN)('%s (%s) → %s', (text, lang, want) => expect(canon(text, lang, lang === 'ru' ? givenOnly : bare)).toBe(want));
});

describe('kkNominative keeps names that only look inflected', () => {
  it.each([
    ['Мұқанова', 'Мұқанова'], ['Сатыбалды', 'Сатыбалды'], ['Балаева', 'Балаева'], ['Тоқаевтың', 'Тоқаев'], ['Мұқановаға', 'Мұқанова'],
  ])('%s → %s', (w, want) => expect(kkNominative(w)).toBe(want));
});

describe('Russian readings and petrovich forms', () => {
  it('lists a masculine dative and a feminine accusative for -у', () => {
    expect(givenReadings('Кумару').map((r) => `${r.nom}/${r.g}`)).toEqual(['Кумара/f', 'Кумар/m']);
  });
  it('agreement picks the feminine genitive pair', () => {
    expect(ruNominative('Аиды', 'Балаевой')).toEqual({ given: 'Аида', surname: 'Балаева', gender: 'f' });
  });
  it('generates case forms of a known name', () => {
    const forms = ruForms('Кумар', 'Аксакалов', 'm').map((p) => p.join(' '));
    expect(forms).toContain('Кумару Аксакалову');
    expect(forms).toContain('Кумаром Аксакаловым');
  });
  it('folds Kazakh letters for cross-language keys', () => {
    expect(looseKey('Нәлібаев')).toBe(looseKey('Налибаев'));
  });
});

describe('official-list order: surname given patronymic, surnames without a suffix', () => {
  it.each([
    ['Қасымбек Жеңіс Махмұдұлы', 'Жеңіс Қасымбек | Махмұдұлы'],
    ['Төлеубек Нұрлан Серікұлы', 'Нұрлан Төлеубек | Серікұлы'],
    ['Жарлығымен Светлана Қабыкенқызы', 'Светлана | Қабыкенқызы'],
    ['Жиында Ерлан Оспанұлы', 'Ерлан | Оспанұлы'],
  ])('%s → %s', (text, want) => expect(canon(text, 'kk', bare)).toBe(want));
  it('a known surname ending like a case form', () => expect(canon('Сатыбалды Дархан Амангелдіұлы', 'kk')).toBe('Дархан Сатыбалды | Амангелдіұлы'));
});
