// A hand-made article record with nested, repeated and HTML-special spans, for the renderers.
import type { ArticleRecord } from '../../src/types.js';

export const TEXT = 'Аким Ержан Сәрсенов 48 млрд теңге бөлуді тапсырды. Ержан Сәрсенов <b>&</b> Астанада.';
const at = (s: string, n = 1) => { let i = -1; for (let k = 0; k < n; k++) i = TEXT.indexOf(s, i + 1); return { surface: s, start: i, end: i + s.length, sentence: 0 }; };

export const RECORD: ArticleRecord = {
  id: 'a'.repeat(64), source: 'hand-made.txt', date: '2026-01-19', title: null, lang: 'kk', script: 'Cyrl', langScore: 1, text: TEXT,
  officials: [{ person: 'Ержан Сәрсенов', patronymic: null, position: 'аким', role: 'akim', org: null, region: null, mentions: [at('Ержан Сәрсенов'), at('Ержан Сәрсенов', 2)], rule: 'kk.official.title-name' }],
  regions: [{ ...at('Астанада'), code: 'KZ-71', name: 'Астана', via: null, rule: 'kk.region.city' }],
  figures: [{ ...at('48 млрд теңге'), kind: 'money', value: 48e9, unit: 'KZT', object: null, qualifier: 'exact', rule: 'kk.money.scale-currency' }],
  directives: [{ ...at('48 млрд теңге бөлуді тапсырды'), issuer: 'Ержан Сәрсенов', verb: 'тапсырды', addressees: [], content: 'бөлуді', deadline: null, reference: false, rule: 'kk.directive.verb-active' }],
};
