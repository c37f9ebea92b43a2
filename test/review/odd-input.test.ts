// Odd inputs through the library API: extract() must not throw and every record must keep the
// contract (text.slice(start, end) === surface), whatever the text looks like.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { contractErrors } from '../../src/eval/contract.js';
import { parseArticleText } from '../../src/input/meta.js';

const kkCyr = 'Астана қаласының әкімі Жеңіс Қасымбек 2026 жылы 15 млрд теңге бөлінетінін айтты. Үкімет 1 желтоқсанға дейін тапсырды.';
const kkLat = 'Astana qalasynyń äkımı Jeñıs Qasymbek 2026 jyly 15 mlrd teñge bölınetının aitty. Ükımet 1 jeltoqsanğa deiın tapsyrdy.';
const ru = 'Аким Алматинской области Марат Султангазиев поручил до 1 декабря выделить 2,5 млрд тенге (на 12% больше).';
const en = 'President Kassym-Jomart Tokayev instructed the Government to allocate 3 billion tenge to Karaganda region by December 1.';

const cases: Array<[string, string]> = [
  ['empty', ''],
  ['spaces only', '   \t  '],
  ['newlines only', '\n\n\r\n\n'],
  ['digits only', '1234567890 '.repeat(300)],
  ['digit soup', '1 2,5 3.000.000 45% 10-20 1/2 007 ' .repeat(50)],
  ['emoji', '🇰🇿 Астана 😀 қаласында 💰 15 млрд 🎉 теңге 👍'],
  ['emoji inside words', 'Аст😀ана 1😀5 млрд тең😀ге Qara😀ǵandy'],
  ['lone surrogates', 'Астана \uD83D қаласы \uDE00 15 млрд теңге'],
  ['mixed scripts', 'Astana қаласы Алматы oblysy Marat Сұлтанғазиев 5 mln теңге Karaganda region 10%'],
  ['CRLF', ru.replace(/\. /g, '.\r\n') + '\r\n' + kkCyr.replace(/\. /g, '.\r\n')],
  ['CR only', kkLat.replace(/\. /g, '.\r')],
  ['Latin kk with diacritic combining marks', kkLat.normalize('NFD')],
  ['Latin kk with apostrophes', "Qazaqstan Respy'blikasy Prezidenti Qasym-Jomart To'qaev Almaty oblysyna 5 mln tenge"],
  ['kk Latin', kkLat],
  ['kk Cyrillic', kkCyr],
  ['ru', ru],
  ['en', en],
  ['date header', ' date 2026-11-01 \n' + ru],
  ['only punctuation', '.,;:!?—–-«»"()[]'.repeat(20)],
  ['zero-width and nbsp', 'Астана\u200Bқаласы\u00A015\u00A0млрд\u202Fтеңге\uFEFF'],
  ['long word', 'а'.repeat(3000)],
  ['long Latin word', 'a'.repeat(3000)],
];

const check = (text: string, lang?: 'kk' | 'ru' | 'en') => {
  const record = extract(text, { date: '2026-11-23', lang, source: 'odd' });
  expect(contractErrors(record)).toEqual([]);
  return record;
};

describe('odd inputs keep the contract', () => {
  it.each(cases)('%s', (_name, text) => {
    check(text);
    for (const lang of ['kk', 'ru', 'en'] as const) check(text, lang);
  });

  // 1 MB runs too (checked by hand), but takes tens of seconds: figures and officials are slow on one huge line
  it('a 100 KB article with no line break', () => {
    const one = [kkCyr, ru, kkLat, en].join(' 😀 ');
    const r = check(one.repeat(Math.ceil(100_000 / one.length)));
    expect(r.figures.length + r.regions.length).toBeGreaterThan(0);
  }, 20000);

  it('a 100 KB Latin-script Kazakh article (transliterated view) maps back', () => {
    const r = check((kkLat + ' ').repeat(Math.ceil(100_000 / (kkLat.length + 1))), 'kk');
    expect(r.script).toBe('Latn');
    expect(r.regions.length).toBeGreaterThan(0);
  }, 20000);

  // the dateline looks at the first lines only; it once tried every date of a long line (quadratic:
  // ~4 minutes for 1 MB), before any time cap applies
  it('a 1 MB line full of dates is parsed in linear time', () => {
    const text = 'Отчёт 02.12.2025 жыл, '.repeat(50_000);
    const t0 = performance.now();
    const a = parseArticleText(text, 'odd');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(a.date).toBeNull();
    expect(parseArticleText('АСТАНА, 02.12.2025. ' + text, 'odd').date).toBe('2025-12-02');
  });
});
