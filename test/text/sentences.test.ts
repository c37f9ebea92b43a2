import { describe, expect, it } from 'vitest';
import { detectStage } from '../../src/lang/stage.js';
import { newDoc, runStages } from '../../src/pipeline.js';
import { buildView } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { sentenceStage, viewStage } from '../../src/text/stage.js';
import type { Lang } from '../../src/types.js';

/** The sentences of `text` as strings (after the same normalization the pipeline applies). */
function sentences(text: string, lang: Lang): string[] {
  const view = buildView(text, lang, 'Cyrl');
  return splitSentences(view.text, lang).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  // [name, lang, text, expected sentences]
  const cases: Array<[string, Lang, string, string[]]> = [
    ['two plain sentences', 'kk', 'Кеңес өтті. Оған әкім қатысты.', ['Кеңес өтті.', 'Оған әкім қатысты.']],
    ['a line break always ends one', 'kk', 'Тақырып жолы\nМәтін бірінші жолда', ['Тақырып жолы', 'Мәтін бірінші жолда']],
    ['blank lines are not sentences', 'ru', 'Первый абзац.\n\n\nВторой абзац.', ['Первый абзац.', 'Второй абзац.']],
    ['initials', 'kk', 'Кеңеске Н. Нәлібаев қатысты. Ол сөз сөйледі.', ['Кеңеске Н. Нәлібаев қатысты.', 'Ол сөз сөйледі.']],
    ['two initials', 'ru', 'Выступил А.Б. Иванов. Затем слово взял А. Б. Петров.', ['Выступил А.Б. Иванов.', 'Затем слово взял А. Б. Петров.']],
    ['млрд. before a lower-case word', 'kk', 'Оған 5 млрд. теңге бөлінді. Жұмыс басталды.', ['Оған 5 млрд. теңге бөлінді.', 'Жұмыс басталды.']],
    ['млрд.теңге without a space', 'kk', 'Оған 5 млрд.теңге бөлінді.', ['Оған 5 млрд.теңге бөлінді.']],
    ['тыс. before a lower-case word', 'ru', 'Обслужено 370 тыс. туристов. Это рекорд.', ['Обслужено 370 тыс. туристов.', 'Это рекорд.']],
    ['scale word ending a sentence before a capital', 'kk', 'Бюджет 5 млрд. Бұл қаражат жетеді.', ['Бюджет 5 млрд.', 'Бұл қаражат жетеді.']],
    ['ж. before a digit continues', 'kk', 'Бұл 2025 ж. 15 қаңтарда болды.', ['Бұл 2025 ж. 15 қаңтарда болды.']],
    ['г. before a city name', 'ru', 'Совещание прошло в г. Алматы. Участвовали акимы.', ['Совещание прошло в г. Алматы.', 'Участвовали акимы.']],
    ['г. after a year before a capital ends', 'ru', 'Это было в 2025 г. В этом году иначе.', ['Это было в 2025 г.', 'В этом году иначе.']],
    ['ҚР. from the abbreviation list', 'kk', 'Құжатқа ҚР. Үкіметі қол қойды.', ['Құжатқа ҚР. Үкіметі қол қойды.']],
    ['т.б. ends before a capital', 'kk', 'Мектептер, ауруханалар т.б. Бәрі салынды.', ['Мектептер, ауруханалар т.б.', 'Бәрі салынды.']],
    ['т.е. never ends', 'ru', 'Глава региона, т.е. Аким, выступил.', ['Глава региона, т.е. Аким, выступил.']],
    ['и т.д. before a lower-case word', 'ru', 'Школы, больницы и т.д. были построены.', ['Школы, больницы и т.д. были построены.']],
    ['decimals', 'kk', 'Өсім 4,8 пайыз және 4.8 пайыз болды. Бұл жақсы.', ['Өсім 4,8 пайыз және 4.8 пайыз болды.', 'Бұл жақсы.']],
    ['ellipsis', 'ru', 'Он задумался… Потом ответил... и ушёл.', ['Он задумался…', 'Потом ответил... и ушёл.']],
    ['closing quote stays with its sentence', 'kk', '«Жұмыс аяқталды.» Ол кетті.', ['«Жұмыс аяқталды.»', 'Ол кетті.']],
    ['question in quotes before a lower-case verb', 'kk', '«Неге?» деп сұрады ол. Жауап болмады.', ['«Неге?» деп сұрады ол.', 'Жауап болмады.']],
    ['speech line with a dash', 'kk', 'Министр сөйледі.\n— Біз жұмыс істейміз. Нәтиже болады, — деді ол.', ['Министр сөйледі.', '— Біз жұмыс істейміз.', 'Нәтиже болады, — деді ол.']],
    ['a dash after a full stop opens a sentence', 'ru', 'Он согласился. — Хорошо, — сказал он.', ['Он согласился.', '— Хорошо, — сказал он.']],
    ['dateline stays with its sentence', 'kk', 'АСТАНА. KAZINFORM — Кеңес өтті. Әкім қатысты.', ['АСТАНА. KAZINFORM — Кеңес өтті.', 'Әкім қатысты.']],
    ['a number ends a sentence', 'kk', 'Өсім 34%. Жоспар орындалды.', ['Өсім 34%.', 'Жоспар орындалды.']],
    ['a sentence may start with a digit', 'kk', 'Кеңес өтті. 2026 жылы жоспар бекітілді.', ['Кеңес өтті.', '2026 жылы жоспар бекітілді.']],
    ['list numbers are not sentences', 'ru', '1. Построить школы.\n2. Отремонтировать дороги.', ['1. Построить школы.', '2. Отремонтировать дороги.']],
    ['! and ?', 'ru', 'Готово! Что дальше? Работаем.', ['Готово!', 'Что дальше?', 'Работаем.']],
    ['missing space after a full stop', 'kk', 'Кеңес өтті.Әкім қатысты.', ['Кеңес өтті.', 'Әкім қатысты.']],
    ['English abbreviation', 'en', 'Mr. Smith arrived on Jan. 5. He spoke.', ['Mr. Smith arrived on Jan. 5.', 'He spoke.']],
  ];
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });

  it('returns view offsets in order, without overlaps, covering all non-space text', () => {
    const text = ' Тақырып\nАСТАНА. KAZINFORM — Кеңес өтті. Оған 5 млрд.теңге бөлінді.\n\n— Біз жұмыс істейміз! ';
    const got = splitSentences(buildView(text, 'kk', 'Cyrl').text, 'kk');
    let last = 0;
    for (const s of got) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      last = s.end;
    }
    const covered = got.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('gives one sentence for an empty text', () => {
    expect(splitSentences('', 'kk')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('detect → view → sentences on Latin-script Kazakh', () => {
  it('splits the Cyrillic view and maps sentences back to the Latin text', () => {
    const text = 'QOSTANAI. KAZINFORM – Oblys ákimi N. Nálibaev 12,5 mlrd teńge bólýdi tapsyrdy. Jumys bastaldy.';
    const doc = newDoc({ source: 't', text, date: null, dateFrom: null, title: null }, '2026-01-01');
    runStages(doc, { rulesDir: '', corporaDir: '', today: '2026-01-01' }, [detectStage, viewStage, sentenceStage]);
    expect([doc.lang, doc.script]).toEqual(['kk', 'Latn']);
    expect(doc.view.text).toContain('Н. Нәлібаев 12,5 млрд теңге');
    const got = doc.sentences.map((s) => doc.view.slice(s.start, s.end));
    expect(got).toEqual(['QOSTANAI. KAZINFORM – Oblys ákimi N. Nálibaev 12,5 mlrd teńge bólýdi tapsyrdy.', 'Jumys bastaldy.']);
  });
});

describe('splitSentences: the word before a full stop', () => {
  it('reads letters outside the BMP and words with inner dots and hyphens', () => {
    const text = 'Жиын \u{1D400}\u{1D401}. Бұл т.б. Сондай-ақ р-н. Алматы 12. Бұл';
    expect(splitSentences(text, 'kk').map((s) => text.slice(s.start, s.end))).toEqual(
      ['Жиын \u{1D400}\u{1D401}.', 'Бұл т.б.', 'Сондай-ақ р-н. Алматы 12.', 'Бұл']);
  });
});
