// Linking patterns end to end through extract(): which position goes with which name, one record per
// person, what is not an official. Dates pinned; texts are made up (the seeds are the dev set).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultContext, extract } from '../../src/index.js';
import { parseArticleText } from '../../src/input/meta.js';
import { newDoc, runStages } from '../../src/pipeline.js';
import { STAGES } from '../../src/stages.js';
import type { Lang, OfficialRecord } from '../../src/types.js';

const run = (text: string, lang: Lang, date = '2026-01-20') => extract(text, { lang, date, context: { today: '2026-01-20' } }).officials;
const pick = (o: OfficialRecord) => ({ person: o.person, position: o.position, role: o.role });

// [text, lang, expected records (person, position, role)]
const CASES: Array<[string, Lang, Array<Partial<OfficialRecord>>]> = [
  // title before the name (kk: the title touches the name; the body grows leftwards)
  ['Жиынға облыс әкімі Нұрлыбек Нәлібаев қатысты.', 'kk', [{ person: 'Нұрлыбек Нәлібаев', position: 'облыс әкімі', role: 'akim' }]],
  ['Кеңесте аудандық білім бөлімінің басшысы Гүлнар Омарова сөз сөйледі.', 'kk', [{ person: 'Гүлнар Омарова', position: 'аудандық білім бөлімінің басшысы', role: 'head' }]],
  ['Отырысты қалалық мәслихат хатшысының орынбасары Бауыржан Жұмабеков жүргізді.', 'kk', [{ person: 'Бауыржан Жұмабеков', position: 'қалалық мәслихат хатшысының орынбасары', role: 'deputy_head' }]],
  ['ҚР Қаржы министрі Мәди Такиевтің айтуынша, бюджет орындалды.', 'kk', [{ person: 'Мәди Такиев', position: 'Қаржы министрі', role: 'minister' }]],
  // name, then the title (apposition)
  ['Жиында Ерлан Сапаров, аудан әкімі, сөз сөйледі.', 'kk', [{ person: 'Ерлан Сапаров', position: 'аудан әкімі', role: 'akim' }]],
  ['Марат Сейітқалиев — аудан әкімі.', 'kk', [{ person: 'Марат Сейітқалиев', position: 'аудан әкімі', role: 'akim' }]],
  ['Об этом сообщил Марат Ахметов, аким района, на брифинге.', 'ru', [{ person: 'Марат Ахметов', position: 'аким района', role: 'akim' }]],
  ['Слово взял Иван Петров (заместитель акима области).', 'ru', [{ person: 'Иван Петров', position: 'заместитель акима области', role: 'deputy_akim' }]],
  // Russian title with its complement, case forms of the name
  ['Встреча с акимом Костанайской области Кумаром Аксакаловым прошла в Астане.', 'ru', [{ person: 'Кумар Аксакалов', position: 'акимом Костанайской области', role: 'akim' }]],
  ['Первый вице-министр финансов Ержан Биржанов провел совещание.', 'ru', [{ person: 'Ержан Биржанов', role: 'first_vice_minister' }]],
  ['Заместитель руководителя управления здравоохранения области Алия Сапарова отметила рост.', 'ru', [{ person: 'Алия Сапарова', position: 'Заместитель руководителя управления здравоохранения области', role: 'deputy_head' }]],
  // two officials in one sentence, Russian case forms after a title
  ['Глава государства Касым-Жомарт Токаев провел встречу с акимом Костанайской области Кумаром Аксакаловым.', 'ru', [
    { person: 'Касым-Жомарт Токаев', position: 'Глава государства', role: 'president' },
    { person: 'Кумар Аксакалов', position: 'акимом Костанайской области', role: 'akim' }]],
  ['Жиынға облыс әкімінің бірінші орынбасары Марат Сейітов, қалалық білім бөлімінің басшысы Гүлмира Ахметова қатысты.', 'kk', [
    { person: 'Марат Сейітов', position: 'облыс әкімінің бірінші орынбасары', role: 'deputy_akim' },
    { person: 'Гүлмира Ахметова', position: 'қалалық білім бөлімінің басшысы', role: 'head' }]],
  // a bare head-of-state title before an object in the accusative is not that person's title
  ['Мемлекет басшысы Елена Рыбакинаны жеңісімен құттықтады.', 'kk', []],
  // a representative of no named body (an athlete) is not an official; an envoy is
  ['Финалда Беларусь өкілі Арина Соболенко жеңді.', 'kk', []],
  ['Ресейдің арнайы өкілі Кирилл Дмитриев келді.', 'kk', [{ person: 'Кирилл Дмитриев', role: 'other' }]],
  // official lists: surname, given name, patronymic — a title
  ['Қасымбек Жеңіс Махмұдұлы – Астана қаласының әкімі.', 'kk', [{ person: 'Жеңіс Қасымбек', position: 'Астана қаласының әкімі', role: 'akim' }]],
  // the title said after a quote, for the one person without a position
  ['Ерлан Сапаров жиынды ашты. «Жұмыс жалғасады», – деді аудан әкімі.', 'kk', [{ person: 'Ерлан Сапаров', position: 'аудан әкімі', role: 'akim' }]],
  // a speaker who states the title in the quote (… ретінде …, – деп X)
  ['«Кеңес төрағасы ретінде жоспарды ұсынамын», – деп Гүлнар Омарова сөзін аяқтады.', 'kk', [{ person: 'Гүлнар Омарова', position: 'Кеңес төрағасы', role: 'chair' }]],
  // no position anywhere, photo credits: not officials
  ['Шараға Ерлан Сапаров қатысты.', 'kk', []],
  ['Фото: Солтан Жексенбеков', 'kk', []],
  ['Фото: Ерлан Сапаров, аудан әкімі.', 'kk', []],
  // position from the gazetteer when the text states none
  ['Олжас Бектенов жиын өткізді.', 'kk', [{ person: 'Олжас Бектенов', position: 'Премьер-министр', role: 'prime_minister' }]],
  // an unnamed office-holder is not a record
  ['Облыс әкімі жиын өткізді.', 'kk', []],
];

describe('linking patterns', () => {
  it.each(CASES)('%s (%s)', (text, lang, want) => {
    const got = run(text, lang).map(pick);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe('Latin-script Kazakh', () => {
  it('keeps the article\'s script and links through the gazetteer', () => {
    const got = run('Qostanaı oblysynyń ákimi Qumar Aqsaqalovqa tapsyrma berildi.', 'kk');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ person: 'Qumar Aqsaqalov', role: 'akim', personId: 'kumar-aksakalov' });
    expect(got[0]!.mentions[0]!.surface).toBe('Qumar Aqsaqalovqa');
  });
  it('gives surname-first list names with the patronymic in Latin script', () => {
    const got = run('Qasymbek Jeńis Mahmuduly – Astana qalasynyń ákimi.', 'kk');
    expect(got[0]).toMatchObject({ person: 'Jeńis Qasymbek', patronymic: 'Mahmuduly', personId: 'zhenis-kasymbek', role: 'akim' });
  });
});

describe('one record per person', () => {
  it('joins full name, initial and surname-only mentions, with their case endings', () => {
    const text = 'Облыс әкімі Нұрлыбек Нәлібаев жиын өткізді. Н. Нәлібаевтың айтуынша, жұмыс жалғасады. Нәлібаев тапсырма берді.';
    const got = run(text, 'kk');
    expect(got).toHaveLength(1);
    expect(got[0]!.mentions.map((m) => m.surface)).toEqual(['Нұрлыбек Нәлібаев', 'Н. Нәлібаевтың', 'Нәлібаев']);
    expect(got[0]!.personId).toBe('nurlybek-nalibaev');
    for (const m of got[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
  it('links spellings across languages through the gazetteer', () => {
    const kk = run('Облыс әкімі Нұрлыбек Нәлібаев жиын өткізді.', 'kk')[0]!;
    const ru = run('Аким области Нурлыбек Налибаев провел совещание.', 'ru')[0]!;
    expect(kk.personId).toBe(ru.personId);
  });
  it('names the person given-name first, nominative, with the patronymic apart', () => {
    const got = run('Жиында Қазақ соқырлар қоғамының облыстық филиалының төрағасы Қыдырбеков Мұрат Жақсығалиұлына сөз берілді.', 'kk')[0]!;
    expect(got).toMatchObject({ person: 'Мұрат Қыдырбеков', patronymic: 'Жақсығалиұлы', role: 'chair', org: 'Қазақ соқырлар қоғамының облыстық филиалы' });
  });
  it('leaves person spans (view offsets) on doc.notes.persons for the directives extractor', () => {
    const text = 'Облыс әкімі Нұрлыбек Нәлібаев жиын өткізді. Нәлібаев тапсырма берді.';
    const article = parseArticleText(text, 'test');
    article.date = '2026-01-20';
    article.langHint = 'kk';
    const upTo = STAGES.findIndex((s) => s.name === 'officials');
    const doc = runStages(newDoc(article, '2026-01-20'), defaultContext({ today: '2026-01-20' }), STAGES.slice(0, upTo + 1));
    const persons = doc.notes.persons as Array<{ person: string; personId: string; start: number; end: number }>;
    expect(persons.map((p) => [p.person, p.personId, doc.view.text.slice(p.start, p.end)])).toEqual([
      ['Нұрлыбек Нәлібаев', 'nurlybek-nalibaev', 'Нұрлыбек Нәлібаев'],
      ['Нұрлыбек Нәлібаев', 'nurlybek-nalibaev', 'Нәлібаев'],
    ]);
  });
});

// every example in the rules files is a test
describe('rule examples', () => {
  for (const lang of ['kk', 'ru'] as const) {
    const file = path.resolve('rules', lang, 'officials.yaml');
    const rules = (parse(fs.readFileSync(file, 'utf8')) as { rules: Array<{ id: string; examples?: Array<{ text: string; expect?: Record<string, unknown>; none?: boolean; date?: string }> }> }).rules;
    for (const r of rules) for (const ex of r.examples ?? []) {
      it(`${r.id}: ${ex.text}`, () => {
        const got = run(ex.text, lang, ex.date ?? '2026-01-20');
        if (ex.none) expect(got).toHaveLength(0);
        else expect(got.some((o) => Object.entries(ex.expect ?? {}).every(([k, v]) => (o as unknown as Record<string, unknown>)[k] === v))).toBe(true);
      });
    }
  }
});
