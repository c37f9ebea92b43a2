import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/text/normalize.js';
import { transliterateKazakhLatin } from '../../src/text/translit.js';

describe('transliterateKazakhLatin: Kazinform Latin → Cyrillic', () => {
  const cases: Array<[string, string]> = [
    ['Oljas Bektenov', 'Олжас Бектенов'],
    ['Nálibaev', 'Нәлібаев'],
    ['oblysynda', 'облысында'],
    ['mlrd teńge', 'млрд теңге'],
    ['tapsyrdy', 'тапсырды'],
    ['Qazaqstan', 'Қазақстан'],
    ['Qyrǵyzstanda jer silkindi', 'Қырғызстанда жер сілкінді'],
    ['ákimi óńirdegi júıesin', 'әкімі өңірдегі жүйесін'],
    ['baılanysty, keıin, úıi', 'байланысты, кейін, үйі'],          // ı after a vowel is й
    ['prezıdent, tıisti', 'президент, тиісті'],                    // after a consonant и
    ['delegatsııalar, Azııa, aıaq', 'делегациялар, Азия, аяқ'],      // ıa → я
    ['mıllıard, materıal, ınflıatsııa', 'миллиард, материал, инфляция'], // и+а after a consonant, but -фля-
    ['bıýdjet, ıýan', 'бюджет, юан'],                                // ıý → ю
    ['protsesti, tsentr, protsent, vıtse', 'процесті, центр, процент, вице'], // ts → ц in loans
    ['ketse, aıtsa, atsalysty', 'кетсе, айтса, атсалысты'],             // т+с in Kazakh words
    ['shtat, chempıon', 'штат, чемпион'],
    ['ekonomıka, el, eńbek', 'экономика, ел, еңбек'],
    ['Premer-mınıstr', 'Премьер-министр'],
    ['QOSTANAI, BІShKEK, QR', 'ҚОСТАНАЙ, БІШКЕК, ҚР'],              // capitals: I is ı, Cyrillic І is і
    ['Іle aýdany, Iran', 'Іле ауданы, Иран'],
    ['ASTANA. KAZINFORM – Netflix, XIX ǵasyr', 'АСТАНА. KAZINFORM — Netflix, XIX ғасыр'], // kept words; dash normalized
    ['«Nur Otan»', '"Нұр Отан"'],
    ['Qazaqstan\u00A0Respýblıkasy', 'Қазақстан Республикасы'],
    ['Būl mäsele şeşildi, öñirde ğana', 'Бұл мәселе шешілді, өңірде ғана'], // 2021 letters (y and ı keep their 2018 sense)
    ["a'kim o'n'irde", 'әкім өңірде'],                               // 2017 apostrophe forms
    ['tea\u0301n', 'теән'],                                            // combining acute
    ['4,8 mlrd teńge 2026-jyly', '4,8 млрд теңге 2026-жылы'],
  ];
  it.each(cases)('%s', (latin, cyrillic) => {
    expect(buildView(latin, 'kk', 'Latn').text).toBe(cyrillic);
  });
});

describe('transliteration offsets', () => {
  const text = 'ASTANA. KAZINFORM – Premer-mınıstr Oljas Bektenov Shymkentte 4,8 mlrd teńge bólýdi tapsyrdy. ' +
    'Delegatsııalar bıýdjet týraly sóılesti: «Iá», dedi N. Nálibaev.\nQR Úkimeti.';
  const view = transliterateKazakhLatin(text);

  it('maps every view word back to the original word (view.slice === original substring)', () => {
    const viewWords = [...view.text.matchAll(/[\p{L}\p{M}]+/gu)];
    const origWords = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
    expect(viewWords.length).toBe(origWords.length);
    viewWords.forEach((m, k) => {
      const o = origWords[k]!;
      expect(view.slice(m.index, m.index + m[0].length)).toBe(o[0]);
      expect(view.span(m.index, m.index + m[0].length)).toEqual([o.index, o.index + o[0].length]);
    });
  });

  it.each([
    ['Бектенов', 'Bektenov'],
    ['Шымкентте', 'Shymkentte'],
    ['млрд теңге', 'mlrd teńge'],
    ['Делегациялар', 'Delegatsııalar'],
    ['бюджет', 'bıýdjet'],
    ['Премьер-министр', 'Premer-mınıstr'],
    ['Н. Нәлібаев', 'N. Nálibaev'],
    ['ҚР Үкіметі', 'QR Úkimeti'],
  ])('%s → %s', (cyr, latin) => {
    const at = view.text.indexOf(cyr);
    expect(at).toBeGreaterThanOrEqual(0);
    const [s, e] = view.span(at, at + cyr.length);
    expect(text.slice(s, e)).toBe(latin);
  });

  it('maps digraphs to both source letters and keeps offsets monotone', () => {
    const at = view.text.indexOf('Ш');
    expect(view.slice(at, at + 1)).toBe('Sh');
    let last = 0;
    for (let i = 0; i < view.text.length; i++) {
      const [s, e] = view.span(i, i + 1);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(e).toBeGreaterThan(s);
      last = s;
    }
    expect(view.span(0, view.text.length)).toEqual([0, text.length]);
    expect(view.fromOriginal(text.indexOf('Oljas'))).toBe(view.text.indexOf('Олжас'));
  });
});

describe('transliterateKazakhLatin: words the word cache and the scanner must get right', () => {
  it('keeps characters outside the BMP and lone surrogates, one view unit per source unit here', () => {
    const text = "qa\u{1D400}q Qazaq'stan \uD800oı";
    const view = transliterateKazakhLatin(text);
    expect(view.text).toBe("қа\u{1D400}қ Қазақ'стан \uD800ой");
    for (let i = 0; i < view.text.length; i++) expect(view.span(i, i + 1)).toEqual([i, i + 1]);
  });

  it('transliterates a word too long to cache (64K+ letters) like a short one', () => {
    const view = transliterateKazakhLatin('qazaqsha'.repeat(9000) + ' el');
    expect(view.text).toBe('қазақша'.repeat(9000) + ' ел');
    expect(view.span(5, 6)).toEqual([5, 7]); // ш ← sh
    expect(view.span(6, 7)).toEqual([7, 8]);
    expect(view.span(view.text.length - 2, view.text.length)).toEqual([72001, 72003]);
  });

  it('gives the same view when a word comes back after many others (the cache emptied when full)', () => {
    const first = transliterateKazakhLatin('Shymkentte ketse').text;
    const many = Array.from({ length: 60_000 }, (_, k) => `s${k.toString(36).replace(/\d/g, (d) => 'abdefghjkl'[Number(d)]!)}`).join(' ');
    transliterateKazakhLatin(many);
    expect(transliterateKazakhLatin('Shymkentte ketse').text).toBe(first);
  });
});
