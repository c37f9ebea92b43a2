// The counted-noun layer: generated forms the lexicon must know (Russian -ий genitives, Kazakh
// loans with у taking front endings), agent-suffix headcounts, capacity adjectives, and units.
import { describe, expect, it } from 'vitest';
import { countedObject } from '../../src/extract/figures/object.js';
import { unitOf } from '../../src/extract/figures/lexicons.js';
import { kkFormsTagged, ruForms } from '../../src/text/numbers.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';
import type { Lang } from '../../src/types.js';

describe('generated noun forms', () => {
  it.each([
    ['станци', 'станций'], ['амбулатори', 'амбулаторий'], ['хозяйств', 'хозяйства'],
  ])('ru %s → %s', (stem, form) => expect(ruForms(stem).has(form)).toBe(true));
  it.each([
    ['пункт', 'пункті'], ['пункт', 'пункты'], ['курс', 'курсқа'], ['клуб', 'клубтары'],
  ])('kk %s → %s', (stem, form) => expect(kkFormsTagged(stem).has(form)).toBe(true));
  it('front harmony stays front only (мектеп has no back forms)', () => expect(kkFormsTagged('мектеп').has('мектепты')).toBe(false));
});

// [lang, phrase after the number, expected object, class, known]
const objects: [Lang, string, string, 'people' | 'thing', boolean][] = [
  ['ru', 'механизаторов и техники', 'механизаторов', 'people', true],
  ['ru', 'аграриев региона', 'аграриев', 'people', true],
  ['ru', 'фермеров', 'фермеров', 'people', true],
  ['ru', 'волонтеров', 'волонтеров', 'people', true],
  ['ru', 'участников форума', 'участников', 'people', true],
  ['ru', 'сварщиков', 'сварщиков', 'people', true],
  ['ru', 'памятников архитектуры', 'памятников', 'thing', true],
  ['ru', 'счетчиков воды', 'счетчиков', 'thing', true],
  ['ru', 'тракторов', 'тракторов', 'thing', true],
  ['ru', 'единиц техники', 'единиц техники', 'thing', true],
  ['ru', 'молодых людей', 'молодых людей', 'people', true],
  ['ru', 'насосных станций', 'насосных станций', 'thing', true],
  ['ru', 'случаев заражения', 'случаев заражения', 'thing', true],
  ['ru', 'композиций созданы другими композиторами', 'композиций', 'thing', false],
  ['ru', 'новых операторов связи', 'новых операторов', 'people', true],
  ['kk', 'пәтерлік тұрғын үй', 'пәтерлік', 'thing', true],
  ['kk', 'орындық балабақша', 'орындық', 'thing', true],
  ['kk', 'төсектік аурухана', 'төсектік', 'thing', true],
  ['kk', 'адамдық зал', 'адамдық', 'thing', true],
  ['kk', 'әлеуметтік қызметкер', 'әлеуметтік қызметкер', 'people', true],
  ['kk', 'дәрігерлік амбулатория', 'дәрігерлік амбулатория', 'thing', true],
  ['kk', 'шаруа қожалығына', 'шаруа қожалығына', 'thing', true],
  ['kk', 'жаңа элеватор іске қосылды', 'жаңа элеватор', 'thing', true],
  ['kk', 'жылыну пункті', 'жылыну пункті', 'thing', true],
  ['kk', 'механизатор тартылды', 'механизатор', 'people', true],
  ['kk', 'журналистке', 'журналистке', 'people', true],
  ['kk', 'экскаватор', 'экскаватор', 'thing', true],
  ['kk', 'салық төлеуші', 'салық төлеуші', 'people', true],
  ['kk', 'жаңа елеватор', 'жаңа елеватор', 'thing', true],
];

describe('countedObject', () => {
  it.each(objects)('%s «%s» → %s (%s)', (lang, phrase, object, cls, known) => {
    const o = countedObject(phrase, 0, phrase.length, lang, BUILTIN_CORPORA);
    expect(o && phrase.slice(o.start, o.end)).toBe(object);
    expect(o?.cls).toBe(cls);
    expect(o?.known).toBe(known);
  });
  it('an unknown noun after adjectives is marked adjectival', () => {
    const p = 'семеноводческих хозяйств';
    expect(countedObject('врачебные амбулатуры', 0, 20, 'ru', BUILTIN_CORPORA)?.adjectival).toBe(true);
    expect(countedObject(p, 0, p.length, 'ru', BUILTIN_CORPORA)?.known).toBe(true);
  });
});

describe('unitOf', () => {
  it.each([
    ['квадратных метров', 'm2'], ['квадратного километра', 'km2'], ['кубических метров', 'm3'], ['шаршы метр', 'm2'],
    ['центнеров', 'q'], ['центнерге', 'q'], ['гектарға', 'ha'], ['га', 'ha'], ['метров', 'm'],
  ])('%s → %s', (w, u) => expect(unitOf(BUILTIN_CORPORA, w)).toBe(u));
});
