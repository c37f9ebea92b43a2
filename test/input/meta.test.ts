import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateline, isDatelineOnly } from '../../src/input/dateline.js';
import { articleFromRecord, parseArticleText } from '../../src/input/meta.js';
import { findTitle } from '../../src/input/title.js';

const BODY = '\nАСТАНА. KAZINFORM — Облыс әкімі кеңес өткізді.\nЕкінші абзац.';

describe('header date', () => {
  it('takes the date and removes only the marker', () => {
    const raw = ' date 2026-01-19 Үкімет деңгейінде мәселелер қаралды\nМәтін.';
    const a = parseArticleText(raw, 'a.txt');
    expect(a).toMatchObject({ source: 'a.txt', date: '2026-01-19', dateFrom: 'header', title: 'Үкімет деңгейінде мәселелер қаралды' });
    expect(a.text).toBe('Үкімет деңгейінде мәселелер қаралды\nМәтін.');
    expect(raw.endsWith(a.text)).toBe(true);
  });
  it('a header with an impossible date is removed but gives no date', () => {
    const a = parseArticleText(' date 2026-02-30 Текст статьи.\nЕщё.', 'b.txt');
    expect([a.text, a.date, a.dateFrom]).toEqual(['Текст статьи.\nЕщё.', null, null]);
  });
  it('"date" without the leading space is text, not a header', () => {
    const a = parseArticleText('date 2026-01-19 x\ny', 'c.txt');
    expect([a.text, a.date]).toEqual(['date 2026-01-19 x\ny', null]);
  });
  it('the header wins over a dateline', () => {
    const a = parseArticleText(' date 2026-01-19 14 января 2025\nТекст.', 'd.txt');
    expect([a.date, a.dateFrom]).toEqual(['2026-01-19', 'header']);
  });
});

describe('datelines', () => {
  const found: Array<[string, string]> = [
    ['10:50, 02 Желтоқсан 2025\nТақырып' + BODY, '2025-12-02'],
    ['Тақырып\n10:50, 02 желтоқсан 2025' + BODY, '2025-12-02'],
    ['2 желтоқсан 2025 ж.\nМәтін' + BODY, '2025-12-02'],
    ['2025 жылғы 2 желтоқсан\nМәтін' + BODY, '2025-12-02'],
    ['15 қыркүйегі 2024 жыл\nМәтін' + BODY, '2024-09-15'],
    ['11:17, 30 Qańtar 2026 | GMT +5\nQyrǵyzstanda jer silkindi' + BODY, '2026-01-30'],
    ['14 января 2026\nЗаголовок\nТекст.', '2026-01-14'],
    ['5 мая 2024 г., 09:00\nЗаголовок\nТекст.', '2024-05-05'],
    ['АСТАНА, 14 января 2026. KAZINFORM — Текст.\nЕщё.', '2026-01-14'],
    ['13 June 2022, 12:56\nHeadline\nBody.', '2022-06-13'],
    ['June 13, 2022\nHeadline\nBody.', '2022-06-13'],
    ['29 Feb 2024\nHeadline\nBody.', '2024-02-29'],
    ['02.12.2025\nЗаголовок\nТекст.', '2025-12-02'],
  ];
  it.each(found)('%j → %s', (text, date) => {
    expect(findDateline(text)?.date).toBe(date);
    const a = parseArticleText(text, 'x');
    expect([a.date, a.dateFrom]).toEqual([date, 'dateline']);
  });

  const none: Array<[string, string]> = [
    ['a date inside a sentence', 'Закон от 2 декабря 2025 года вступил в силу.\nТекст.'],
    ['a sentence that starts with a date', '14 января 2026 года Президент подписал указ.\nТекст.'],
    ['a date below the first lines', 'Заголовок\nПервый абзац.\nВторой абзац.\nТретий абзац.\n14 января 2026\n'],
    ['an impossible date', '31 февраля 2026\nЗаголовок\nТекст.'],
    ['a month word with no day', 'Желтоқсан 2025\nТақырып\nМәтін.'],
    ['a year out of range', '14 января 1066\nЗаголовок\nТекст.'],
  ];
  it.each(none)('no date: %s', (_name, text) => {
    expect(findDateline(text)).toBeNull();
    expect(parseArticleText(text, 'x').date).toBeNull();
  });

  it('a dateline line is passed over for the title', () => {
    expect(isDatelineOnly('11:17, 30 Qańtar 2026 | GMT +5')).toBe(true);
    expect(isDatelineOnly('АСТАНА, 14 января 2026. KAZINFORM — Текст.')).toBe(false);
    expect(findTitle('11:17, 30 Qańtar 2026 | GMT +5\nQyrǵyzstanda jer silkindi\nASTANA. KAZINFORM – Mátin.')).toBe('Qyrǵyzstanda jer silkindi');
  });
});

describe('titles', () => {
  const next = '\nЕкінші жол: мәтін жалғасады.';
  const cases: Array<[string, string, string | null]> = [
    ['a Kazakh headline', 'Қазақстанда барлық білім беру ұйымдарына ерекше бақылау енгізіледі' + next, 'Қазақстанда барлық білім беру ұйымдарына ерекше бақылау енгізіледі'],
    ['a Russian headline', 'В Кызылординской области обсудили развитие социальной сферы' + next, 'В Кызылординской области обсудили развитие социальной сферы'],
    ['an English headline', 'Kazakhstan to build three new schools in Shymkent' + next, 'Kazakhstan to build three new schools in Shymkent'],
    ['a Latin-script Kazakh headline', 'Qyrǵyzstanda halyqaralyq is-sharalar tendersiz ótkiziledi' + next, 'Qyrǵyzstanda halyqaralyq is-sharalar tendersiz ótkiziledi'],
    ['a hashtag headline', '#Qazaqstan30: Президент тапсырмасы жоғары деңгейде орындалуда' + next, '#Qazaqstan30: Президент тапсырмасы жоғары деңгейде орындалуда'],
    ['a question', 'Что изменится в налоговом кодексе?' + next, 'Что изменится в налоговом кодексе?'],
    ['an exclamation', 'Жеңіс күні құтты болсын!' + next, 'Жеңіс күні құтты болсын!'],
    ['an ellipsis is no full stop', 'Итоги года и планы на будущее...' + next, 'Итоги года и планы на будущее...'],
    ['a quoted start', '«AMANAT» партиясы жаңа бағдарламаны таныстырды' + next, '«AMANAT» партиясы жаңа бағдарламаны таныстырды'],
    ['a number first', '7 млн бала мектепке барады' + next, '7 млн бала мектепке барады'],
    ['iPhone-style start', 'eGov порталы жаңартылды' + next, 'eGov порталы жаңартылды'],
    ['trailing spaces trimmed', 'Жаңа мектеп ашылды   ' + next, 'Жаңа мектеп ашылды'],
    ['blank lines before it', '\n\nЖаңа мектеп ашылды' + next, 'Жаңа мектеп ашылды'],
    ['a sentence with a full stop', 'В обсуждении приняли участие представители министерств.' + next, null],
    ['a lead-in ending with a colon', 'Президент подписал следующие указы:' + next, null],
    ['a line ending with a comma', 'Как сообщили в акимате,' + next, null],
    ['a long first paragraph', 'Кеше партиясы облыстық филиалы жанындағы қоғамдық кеңесі отырысы өтті ' + 'сөз '.repeat(30) + next, null],
    ['more than 200 characters', 'Ұзын'.repeat(60) + next, null],
    ['a lower-case start (a continuation)', 'деп хабарлайды баспасөз қызметі' + next, null],
    ['one line only', 'Жаңа мектеп ашылды', null],
    ['one line and blank lines', 'Жаңа мектеп ашылды\n\n  \n', null],
    ['a dash line', '— — —' + next, null],
    ['only a dateline and one line', '11:17, 30 Qańtar 2026 | GMT +5\nQyrǵyzstanda jer silkindi', null],
    ['25 words is still a headline', Array.from({ length: 25 }, (_, i) => `Сөз${i}`).join(' ') + next, Array.from({ length: 25 }, (_, i) => `Сөз${i}`).join(' ')],
    ['26 words is not', Array.from({ length: 26 }, (_, i) => `Сөз${i}`).join(' ') + next, null],
  ];
  it.each(cases)('%s', (_name, text, title) => {
    expect(findTitle(text)).toBe(title);
    expect(parseArticleText(text, 'x').title).toBe(title);
  });
});

describe('archive records', () => {
  it('the record\'s fields win over the text', () => {
    const r = articleFromRecord(
      { id: 42, url: 'https://x.kz/1', date: '2026-01-30T08:00:00Z', title: 'Given\n  title', lang: 'kk', text: '14 января 2025\r\nЗаголовок из текста\r\nТекст.' },
      'a.jsonl#3',
    );
    expect(r.ok && r.article).toEqual({
      source: 'a.jsonl#3', text: '14 января 2025\nЗаголовок из текста\nТекст.', date: '2026-01-30', dateFrom: 'input',
      title: 'Given title', externalId: '42', url: 'https://x.kz/1', langHint: 'kk',
    });
  });
  it('without fields, the text gives date and title; an unknown lang is no hint', () => {
    const r = articleFromRecord({ text: '14 января 2025\nЗаголовок\nТекст.', lang: 'de', date: 'yesterday' }, 's#1');
    expect(r.ok && [r.article.date, r.article.dateFrom, r.article.title, r.article.langHint]).toEqual(['2025-01-14', 'dateline', 'Заголовок', undefined]);
  });
  it.each([
    [{ title: 'x' }, 'no text field'],
    [{ text: 5 }, 'text field is not a string'],
    [{ text: '  ' }, 'empty text field'],
    [[1, 2], 'not a JSON object'],
  ])('rejects %j: %s', (record, reason) => {
    expect(articleFromRecord(record, 's#1')).toEqual({ ok: false, reason });
  });
  it('field names can be renamed', () => {
    const r = articleFromRecord({ body: 'Тақырып\nМәтін.', uid: 'u1', published: '2024-03-01' }, 's#1', { textField: 'body', idField: 'uid', dateField: 'published' });
    expect(r.ok && [r.article.text, r.article.externalId, r.article.date]).toEqual(['Тақырып\nМәтін.', 'u1', '2024-03-01']);
  });
});

describe('agreement with the seeds (fixtures) and the Latin-script archive', () => {
  const root = path.resolve(__dirname, '../..');
  const fixtures = ['kk', 'ru'].flatMap((l) => fs.readdirSync(path.join(root, 'fixtures', l)).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures', l, f)));
  it.each(fixtures.map((f) => [path.basename(f), f]))('%s: title and date as the gold', (_n, file) => {
    const gold = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'));
    const a = parseArticleText(fs.readFileSync(file, 'utf8'), file);
    expect([a.title, a.date]).toEqual([gold.title, gold.date]);
  });

  const LATN = '/work/shared/data/qz-inform-latn/articles.jsonl';
  it.skipIf(!fs.existsSync(LATN))('Latin-script articles: titles ≥ 99 %, every dateline date right', () => {
    const rows = fs.readFileSync(LATN, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const norm = (s: string | null) => s?.replace(/\s+/g, ' ').trim() ?? null;
    let titles = 0, dates = 0, datesRight = 0;
    for (const r of rows) {
      const a = parseArticleText(r.text, r.id);
      if (norm(a.title) === norm(r.title)) titles++;
      if (a.date) { dates++; if (a.date === r.date) datesRight++; }
    }
    expect(titles / rows.length).toBeGreaterThanOrEqual(0.99);
    expect(dates).toBeGreaterThanOrEqual(25);
    expect(datesRight).toBe(dates);
  });
});
