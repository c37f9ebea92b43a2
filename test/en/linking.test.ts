// Cross-language linking and date anchoring: one personId and one ISO code per entity whatever the
// language; deadlines resolve against the article's date, never today. First: compromise is loaded
// only for English articles, and taught the domain (tenge, Kazakh names). One file, one warm-up.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';
import type { Lang } from '../../src/types.js';

const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\/]node_modules[\\/]compromise[\\/]/.test(k));

describe('compromise', () => {
  test('is not loaded for a Russian article, and is for an English one', async () => {
    extract('Аким области Ермаганбет Булекпаев поручил завершить ремонт.', { date: '2026-01-14', lang: 'ru', context: { today: '2026-06-15' } });
    expect(loaded()).toBe(false);
    // a gazetteer name needs no compromise (it is loaded only when a name has no other evidence)
    extract('Governor Kumar Aksakalov opened the school.', { date: '2026-01-14', lang: 'en', context: { today: '2026-06-15' } });
    expect(loaded()).toBe(false);
    extract('Ambassador John Smith opened the school.', { date: '2026-01-14', lang: 'en', context: { today: '2026-06-15' } });
    expect(loaded()).toBe(true);
  }, 30000);

  test('tenge is a currency and gazetteer names are people', async () => {
    const { compromise, peopleIn } = await import('../../src/nlp/compromise.js');
    const nlp = compromise(BUILTIN_CORPORA);
    expect(nlp('The region received 8 billion tenge.').money().json().length).toBe(1);
    const people = peopleIn('Yesterday Nurlybek Nalibayev met Kumar Aksakalov in Kyzylorda.', BUILTIN_CORPORA).map((p) => p.text);
    expect(people).toEqual(expect.arrayContaining(['Kumar Aksakalov']));
  }, 30000);
});

const run = (text: string, lang: Lang, date: string | null, today = '2026-06-15') => extract(text, { date, lang, context: { today } });

describe('officials across languages', () => {
  test.each([
    ['en', 'President Kassym-Jomart Tokayev met the students.'],
    ['kk', 'Президент Қасым-Жомарт Тоқаев студенттермен кездесті.'],
    ['ru', 'Президент Касым-Жомарт Токаев встретился со студентами.'],
  ] as [Lang, string][])('%s: Tokayev is kasym-zhomart-tokaev', (lang, text) => {
    const o = run(text, lang, '2026-01-14').officials;
    expect(o.map((x) => x.personId)).toEqual(['kasym-zhomart-tokaev']);
  }, 30000);

  test('a romanization the aliases do not list still links (Bulekpaev = Bulekpayev)', () => {
    const o = run('Akim of Karaganda region Yermaganbet Bulekpaev visited the mine.', 'en', '2026-01-14').officials;
    expect(o[0]).toMatchObject({ person: 'Yermaganbet Bulekpaev', personId: 'yermaganbet-bulekpaev', region: 'KZ-35' });
  });

  test('a surname alone links through the gazetteer and takes its English title', () => {
    const o = run('Tokayev said the reforms would continue.', 'en', '2026-01-14').officials;
    expect(o[0]).toMatchObject({ person: 'Kassym-Jomart Tokayev', role: 'president', rule: 'en.official.gazetteer' });
  });
});

describe('regions across languages', () => {
  test.each([
    ['en', 'The meeting was held in Nur-Sultan.', 'ru', 'Встреча прошла в Нур-Султане.', 'KZ-71'],
    ['en', 'Schools opened in Kostanay region.', 'ru', 'Школы открылись в Костанайской области.', 'KZ-39'],
    ['en', 'Floods hit West Kazakhstan.', 'kk', 'Су тасқыны Батыс Қазақстан облысында болды.', 'KZ-27'],
  ] as [Lang, string, Lang, string, string][])('%s «%s» = %s «%s» = %s', (l1, t1, l2, t2, code) => {
    expect(run(t1, l1, '2020-05-04').regions.map((r) => r.code)).toEqual([code]);
    expect(run(t2, l2, '2020-05-04').regions.map((r) => r.code)).toEqual([code]);
  });
});

describe('deadlines are anchored to the article date', () => {
  const text = 'Governor Kumar Aksakalov instructed the department to finish the work within a month.';
  test.each([
    ['2026-01-31', '2026-02-28'],
    ['2021-03-01', '2021-04-01'],
    [null, null],
  ])('dated %s → %s, whatever today is', (date, want) => {
    for (const today of ['2026-06-15', '2030-01-01']) {
      expect(run(text, 'en', date, today).directives[0]!.deadline).toBe(want);
    }
  });
});
