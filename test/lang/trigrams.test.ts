// kazRusScores re-computes franc's kaz/rus scores faster: it must give exactly what franc gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { francAll } from 'franc';
import { kazRusScores } from '../../src/lang/trigrams.js';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedTexts = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')) : [];

const TEXTS = [
  'Астана. Бүгін Үкімет отырысында Премьер-Министр 2025 жылға арналған бюджетті қарады.',
  'Президент поручил акимам областей до 1 декабря завершить подготовку к отопительному сезону.',
  'Алматы алыс.', 'Qazaqstan Respýblıkasy', 'The minister said on Monday.', '', 'короткий', '12345 678 90',
  'Мәжіліс 12 заң жобасын мақұлдады — «Жаңа Қазақстан» (ҚР) — Мажилис одобрил законопроекты.',
  '中文 текст 中文 中文 中文 中文 中文 中文', 'кот кот кот кот кот кот кот кот кот',
  // surrogate pairs and overlapping CJK expressions take franc's own script test
  'Министр 😀 провёл встречу 𐐀 в Астане.', 'あいう 日本 текст текст текст текст', 'Ελλάδα Σ текст мен қала', 'Astana Almaty Qazaqstan деп',
  ...seedTexts.map((t) => t.slice(0, 3000)),
];

describe('kazRusScores equals franc', () => {
  for (const text of TEXTS) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const franc = Object.fromEntries(francAll(text.slice(0, 2048), { only: ['kaz', 'rus'] }));
      const want = franc.kaz !== undefined && franc.rus !== undefined ? { kaz: franc.kaz, rus: franc.rus } : null;
      expect(kazRusScores(text.slice(0, 2048))).toEqual(want);
    });
  }
});
