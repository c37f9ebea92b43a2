import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, explainDetection } from '../../src/lang/detect.js';
import { detectStage } from '../../src/lang/stage.js';
import { newDoc } from '../../src/pipeline.js';
import type { Lang, Script } from '../../src/types.js';

const samples = path.resolve(__dirname, '../../corpora/samples');
const sample = (name: string) => fs.readFileSync(path.join(samples, name), 'utf8').replace(/^\s*date \d{4}-\d\d-\d\d /, '');

describe('detectLanguage: language and script', () => {
  // [name, text, lang, script, minimum score]
  const cases: Array<[string, string, Lang, Script, number]> = [
    // Kazakh, Cyrillic
    ['kk long article', sample('kk-kyzylorda-social.txt'), 'kk', 'Cyrl', 0.99],
    ['kk sentence', 'Қызылорда облысында өңірдің әлеуметтік саласын дамыту мәселелері бойынша кеңес өтті.', 'kk', 'Cyrl', 0.95],
    ['kk short', 'Шара алынды.', 'kk', 'Cyrl', 0.5],
    ['kk without Kazakh letters', '2000 жылы телеарна базасында ашылды.', 'kk', 'Cyrl', 0.6],
    ['kk headline', 'Үкімет деңгейінде өңірдің мәселелері қаралды', 'kk', 'Cyrl', 0.9],
    ['kk quoting Russian', 'Министр «Мы обязательно выполним все поручения» деп мәлімдеді, бұл туралы Үкіметтің баспасөз қызметі хабарлады.', 'kk', 'Cyrl', 0.8],
    ['kk with a Russian phrase', 'Қазір жаңа екі постановление, уже Комитет экологии жаңа қарап жатыр.', 'kk', 'Cyrl', 0.6],
    ['kk with Latin brand names', 'Кеше «AMANAT» партиясы Батыс Қазақстан облыстық филиалы жанындағы кеңес отырысы өтті.', 'kk', 'Cyrl', 0.9],
    // Russian
    ['ru long article', sample('ru-karaganda-social.txt'), 'ru', 'Cyrl', 0.99],
    ['ru short sample', sample('ru-kostanay-schools.txt'), 'ru', 'Cyrl', 0.99],
    ['ru sentence', 'В обсуждении приняли участие представители профильных министерств социального блока.', 'ru', 'Cyrl', 0.95],
    ['ru short', 'Аким поручил ускорить работы.', 'ru', 'Cyrl', 0.6],
    ['ru quoting Kazakh names', 'Аким области Нұрлыбек Нәлібаев и министр Аида Балаева обсудили развитие Қызылорда облысы и строительство школ в регионе.', 'ru', 'Cyrl', 0.9],
    ['ru with a Kazakh name first', 'Нұрлыбек Нәлібаев посетил школу в Таразе.', 'ru', 'Cyrl', 0.5],
    ['ru with ё', 'Қасым-Жомарт Тоқаев провёл совещание.', 'ru', 'Cyrl', 0.5],
    // Kazakh, Latin
    ['kk Latin article', sample('kk-latn-kostanay-schools.txt'), 'kk', 'Latn', 0.99],
    ['kk Latin sentence', 'Qostanaı oblysynyń ákimi óńirdegi mektepterdiń qurylysyn jyl sońyna deıin aıaqtaýdy tapsyrdy.', 'kk', 'Latn', 0.95],
    ['kk Latin short', 'Bıyl 12,5 mlrd teńge bólindi.', 'kk', 'Latn', 0.8],
    ['kk Latin with Cyrillic І', 'Іle aýdanynda jańa mektep ashyldy.', 'kk', 'Latn', 0.8],
    ['kk Latin 2021 letters', 'Būl mäsele boiynşa şeşım qabyldandy.', 'kk', 'Latn', 0.6],
    // English
    ['en article', sample('en-kostanay-schools.txt'), 'en', 'Latn', 0.99],
    ['en sentence', 'The governor instructed the regional construction department to complete all five schools by the end of the year.', 'en', 'Latn', 0.95],
    ['en short', 'Tokayev met the delegation.', 'en', 'Latn', 0.6],
    ['en with Kazakh names', 'Kumar Aksakalov said Qostanay and Qyzylorda regions will receive funding.', 'en', 'Latn', 0.6],
  ];
  it.each(cases)('%s', (_name, text, lang, script, minScore) => {
    const d = detectLanguage(text);
    expect({ lang: d.lang, script: d.script }).toEqual({ lang, script });
    expect(d.score).toBeGreaterThanOrEqual(minScore);
    expect(d.score).toBeLessThanOrEqual(1);
  });
});

describe('detectLanguage: score and hint', () => {
  it('is more confident on a long article than on a two-word sentence', () => {
    expect(detectLanguage(sample('kk-kyzylorda-social.txt')).score).toBeGreaterThan(detectLanguage('Шара алынды.').score);
  });

  it('has no language evidence in a text without letters', () => {
    const d = detectLanguage('683. 12,5 — 2026');
    expect(d.score).toBeLessThan(0.5);
  });

  it('lets the hint break a near-tie', () => {
    const text = 'Белок 14, 14,8.';
    expect(detectLanguage(text, 'ru').lang).toBe('ru');
    expect(detectLanguage(text, 'kk').lang).toBe('kk');
  });

  it('does not let the hint override clear evidence', () => {
    expect(detectLanguage(sample('ru-kostanay-schools.txt'), 'kk').lang).toBe('ru');
    expect(detectLanguage(sample('kk-kyzylorda-social.txt'), 'ru').lang).toBe('kk');
    expect(detectLanguage(sample('kk-latn-kostanay-schools.txt'), 'en').lang).toBe('kk');
  });

  it('ignores a hint that does not fit the script', () => {
    expect(detectLanguage(sample('ru-kostanay-schools.txt'), 'en').lang).toBe('ru');
  });

  it('explains its evidence: a Kazakh-letter share near 0.15 for Kazakh, 0 for Russian', () => {
    const kk = explainDetection(sample('kk-kyzylorda-social.txt'));
    expect(kk.share).toBeGreaterThan(0.12);
    expect(kk.share).toBeLessThan(0.2);
    expect(explainDetection(sample('ru-karaganda-social.txt')).share).toBe(0);
  });
});

describe('detectStage', () => {
  it('fills lang, script and langScore and reads the archive hint', () => {
    const doc = newDoc({ source: 't', text: 'Белок 14, 14,8.', date: null, dateFrom: null, title: null, langHint: 'ru' }, '2026-01-01');
    detectStage.run(doc, { rulesDir: '', corporaDir: '', today: '2026-01-01' });
    expect([doc.lang, doc.script]).toEqual(['ru', 'Cyrl']);
    expect(doc.langScore).toBeGreaterThan(0);
    expect(doc.langScore).toBeLessThan(0.9);
  });
});
