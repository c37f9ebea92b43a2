// compromise is loaded only for English articles, and taught the domain (tenge, Kazakh names).
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';

const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\/]node_modules[\\/]compromise[\\/]/.test(k));

describe('compromise', () => {
  test('is not loaded for a Russian article, and is for an English one', async () => {
    extract('Аким области Ермаганбет Булекпаев поручил завершить ремонт.', { date: '2026-01-14', lang: 'ru', context: { today: '2026-06-15' } });
    expect(loaded()).toBe(false);
    extract('Governor Kumar Aksakalov opened the school.', { date: '2026-01-14', lang: 'en', context: { today: '2026-06-15' } });
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
