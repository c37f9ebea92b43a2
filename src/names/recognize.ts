// Finds person names in the (Cyrillic) view text and reads them: given name + surname in either
// order, patronymics, initials, hyphenated given names, and lone surnames (resolved later against the
// article's other mentions or the gazetteer). Works on capitalised word runs; never uses \b.
import { kkNominative } from './kazakh.js';
import { givenReadings, patronymicNominative, ruNominative } from './russian.js';
import { capitalMatches, INITIAL, isPatronymic, isSurnameShape, looseKey } from './shape.js';
import type { Lang } from '../types.js';

export interface Tok { text: string; start: number; end: number }

export interface NameSpan {
  start: number;
  end: number;
  tokens: Tok[];
  /** how the name was read: full (given+surname), initial (Н. Нәлібаев), surname (alone), weak (two capitalised words without a name shape) */
  kind: 'full' | 'initial' | 'surname' | 'weak';
  given: string | null;
  surname: string | null;
  patronymic: string | null;
  /** view spans of the nominative parts (prefixes of the tokens for Kazakh; for Latin-script originals) */
  givenTok: Tok | null;
  surnameTok: Tok | null;
  gender: 'm' | 'f' | null;
}

export interface NameLexicon {
  /** looseKey of a known name word (gazetteer given names, surnames, given-name lexicon) */
  known(word: string): boolean;
  genderOf(given: string): 'm' | 'f' | undefined;
  /** a capitalised word that is never part of a name (a title: Президент Тоқаев, Елбасы Назарбаев) */
  stop?(word: string): boolean;
}

// a capitalised word (hyphenated allowed), or an initial; not glued to a following hyphen/letter
const WORD = /\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}-])/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}-]/u;

/** One space between words of a name ([ \u00A0\u202F]); an initial may touch the next word (Н.Нәлібаев). */
const isNameSpace = (ch: string) => ch === ' ' || ch === '\u00A0' || ch === '\u202F';

/** Runs of capitalised words separated by single spaces. */
export function capitalRuns(text: string): Tok[][] {
  const runs: Tok[][] = [];
  let cur: Tok[] = [];
  for (const m of capitalMatches(text, WORD)) {
    const t = { text: m[0], start: m.index!, end: m.index! + m[0].length };
    const prev = cur[cur.length - 1];
    // the gap is read by its length and character, not sliced out: this runs for every capitalised word
    const gapLength = prev ? t.start - prev.end : -1;
    const touchesInitial = prev !== undefined && gapLength === 0 && INITIAL.test(prev.text);
    const glued = t.start > 0 && WORD_CHAR.test(text[t.start - 1]!) && !touchesInitial;
    if (prev && !(touchesInitial || (gapLength === 1 && isNameSpace(text[prev.end]!)))) { runs.push(cur); cur = []; }
    if (glued) continue;
    cur.push(t);
  }
  if (cur.length) runs.push(cur);
  return runs;
}

type Cls = 'I' | 'P' | 'S' | 'G';
// words that open an organisation's name (Института Пушкина is not a person)
const ORG_WORD = /^(?:Институт|Университет|Академи|Министерств|Комитет|Совет|Фонд|Центр|Управлени|Департамент|Агентств|Парти|Общество|Союз|Банк|Компани|Корпораци|Ассоциаци|Служб|Суд|Прокуратур)/u;
const ADJECTIVE = /(?:ом|ем|ой|ей|ый|ий|ая|яя|ое|ее|ых|их|ым|им|ую|юю)$/u;
// words that name places and bodies, not people (Эстонии, Федерации, Қазақстан)
const PLACEISH = /(?:ия|ии|ию|ией|ция|ции|ство|ства|стан|стана|станның|стана|ыстан)$/u;

export function findNames(text: string, lang: Lang, lex: NameLexicon): NameSpan[] {
  const out: NameSpan[] = [];
  const kindOf = wordKinds(lex, lang);
  const read = (run: Tok[], c: Cls[]) => {
    let i = 0;
    while (i < run.length) {
      const got = readAt(run, i, lang, lex, c);
      if (got) { out.push(got); i += got.tokens.length; } else i++;
    }
  };
  for (const run of capitalRuns(text)) {
    // a stop word (a title) splits the run; each word's class is read once (readAt looks at the words from i on)
    let part: Tok[] = [], c: Cls[] = [];
    for (const t of run) {
      const kind = kindOf(t.text);
      if (kind === 'stop') { read(part, c); part = []; c = []; } else { part.push(t); c.push(kind); }
    }
    read(part, c);
  }
  return out;
}

// A word's class (or whether it is a stop word) depends only on the word, the language and the
// lexicon, and the same capitalised words come back in every article (Қазақстан, Президент, common
// names): they are remembered per lexicon and language. Bounded: cleared when full.
const KIND_CACHE_MAX = 20_000;
const kindCaches = new WeakMap<NameLexicon, Map<string, Map<string, Cls | 'stop'>>>();
function wordKinds(lex: NameLexicon, lang: Lang): (word: string) => Cls | 'stop' {
  let byLang = kindCaches.get(lex);
  if (!byLang) kindCaches.set(lex, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  const known = cache;
  return (word) => {
    let kind = known.get(word);
    if (kind === undefined) {
      if (known.size >= KIND_CACHE_MAX) known.clear();
      known.set(word, (kind = lex.stop?.(word) ? 'stop' : cls(word, lang, lex)));
    }
    return kind;
  };
}

function nominativeKk(w: string, lex: NameLexicon, lenient: boolean): string {
  return kkNominative(w, (x) => lex.known(looseKey(x)), lenient);
}

function cls(word: string, lang: Lang, lex: NameLexicon): Cls {
  if (INITIAL.test(word)) return 'I';
  const base = lang === 'kk' ? nominativeKk(word, lex, false) : word;
  if (isPatronymic(base) || (lang === 'ru' && isPatronymic(patronymicNominative(word)))) return 'P';
  // in Kazakh text -ин/-ын/-ина/-ына is too often a case form (Заңына, жиын): a name only with other evidence
  if (lang === 'kk' && /(?:ин|ын|ина|ына)$/u.test(base) && !lex.known(looseKey(base))) return 'G';
  if (isSurnameShape(base) && !lex.genderOf(looseKey(base))) return 'S';
  if (lang === 'ru' && /(?:ов|ев|ин|ын)(?:а|ой|у|ым|е)$/u.test(word) && !lex.genderOf(looseKey(word))) return 'S';
  return 'G';
}

function readAt(run: Tok[], i: number, lang: Lang, lex: NameLexicon, c: Cls[]): NameSpan | null {
  const at = (k: number) => c[i + k];
  // initials + surname: Н. Нәлібаев, А.Б. Иванов
  if (at(0) === 'I') {
    let k = 0;
    while (at(k) === 'I') k++;
    if (at(k) === 'S' || (at(k) === 'G' && lex.known(looseKey(stripLast(run[i + k]!.text, lang, lex))))) return build(run.slice(i, i + k + 1), 'initial', lang, lex, { initials: k, surnameAt: k });
    return null;
  }
  // surname + initials: Нәлібаев Н., Иванов И.И.
  if (at(0) === 'S' && at(1) === 'I') {
    let k = 1;
    while (at(k) === 'I') k++;
    const sp = build(run.slice(i, i + 1), 'initial', lang, lex, { surnameAt: 0 });
    const toks = run.slice(i, i + k);
    return { ...sp, end: toks[toks.length - 1]!.end, tokens: toks, given: toks.slice(1).map((t) => t.text).join(' ') };
  }
  // given [patronymic] surname: Қасым-Жомарт Кемелұлы Тоқаевтың
  if (at(0) === 'G' && at(1) === 'P' && at(2) === 'S') return build(run.slice(i, i + 3), 'full', lang, lex, { givenAt: 0, patAt: 1, surnameAt: 2 });
  // surname given [patronymic]: Қыдырбеков Мұрат Жақсығалиұлының
  if (at(0) === 'S' && at(1) === 'G' && at(2) === 'P') return build(run.slice(i, i + 3), 'full', lang, lex, { givenAt: 1, patAt: 2, surnameAt: 0 });
  // given surname: Аида Балаеваның
  if (at(0) === 'G' && at(1) === 'S') return build(run.slice(i, i + 2), 'full', lang, lex, { givenAt: 0, surnameAt: 1 });
  // given patronymic (Серік Мақашұлы)
  if (at(0) === 'G' && at(1) === 'P') return build(run.slice(i, i + 2), 'full', lang, lex, { givenAt: 0, patAt: 1 });
  // surname given, when the first is a surname and the second a known given name
  if (at(0) === 'S' && at(1) === 'G' && lex.genderOf(looseKey(run[i + 1]!.text))) return build(run.slice(i, i + 2), 'full', lang, lex, { givenAt: 1, surnameAt: 0 });
  // two surname shapes: the first is a given name that happens to look like one (Марина Иванова)
  if (at(0) === 'S' && at(1) === 'S') return build(run.slice(i, i + 2), 'full', lang, lex, { givenAt: 0, surnameAt: 1 });
  // surname given patronymic where the surname has no surname shape (Қасымбек Жеңіс Махмұдұлы — the
  // order of official lists), unless the first word is a case form (Жиында Ерлан Оспанұлы)
  if (at(0) === 'G' && at(1) === 'G' && at(2) === 'P' && (lex.known(looseKey(run[i]!.text)) || !/(?:да|де|та|те|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|мен|бен|пен|ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)$/u.test(run[i]!.text))) {
    return build(run.slice(i, i + 3), 'full', lang, lex, { givenAt: 1, patAt: 2, surnameAt: 0 });
  }
  // a capitalised word before a name (sentence-initial Жиында Ерлан Сапаров, a country after a title:
  // министр торговли Китая Чэнь Дэмин): the name starts after it
  if (at(0) === 'G' && at(1) === 'G' && (at(2) === 'S' || at(2) === 'P' || (at(2) === 'G' && i + 3 === run.length))) return null;
  if (at(0) === 'G' && (PLACEISH.test(run[i]!.text) || ORG_WORD.test(run[i]!.text))) return null;
  // an adjective is not a given name (Южном Кавказе, Северной Америки)
  if (at(0) === 'G' && lang === 'ru' && at(1) !== 'S' && ADJECTIVE.test(run[i]!.text) && !givenReadings(run[i]!.text).some((r) => lex.genderOf(looseKey(r.nom)))) return null;
  // two capitalised words without a name shape: known to the gazetteer, or a weak candidate
  if (at(0) === 'G' && at(1) === 'G') {
    const kind = lex.known(looseKey(run[i]!.text)) && lex.known(looseKey(stripLast(run[i + 1]!.text, lang, lex))) ? 'full' : 'weak';
    return build(run.slice(i, i + 2), kind, lang, lex, { givenAt: 0, surnameAt: 1 });
  }
  if (at(0) === 'S') return build(run.slice(i, i + 1), 'surname', lang, lex, { surnameAt: 0 });
  return null;
}

function stripLast(w: string, lang: Lang, lex: NameLexicon): string {
  return lang === 'kk' ? nominativeKk(w, lex, true) : w;
}

interface Layout { givenAt?: number; patAt?: number; surnameAt?: number; initials?: number }

function build(tokens: Tok[], kind: NameSpan['kind'], lang: Lang, lex: NameLexicon, l: Layout): NameSpan {
  const last = tokens.length - 1;
  const word = (k: number | undefined) => (k === undefined ? null : tokens[k]!.text);
  let given = l.initials ? tokens.slice(0, l.initials).map((t) => t.text).join(' ') : word(l.givenAt);
  let surname = word(l.surnameAt);
  let patronymic = word(l.patAt);
  let gender: 'm' | 'f' | null = null;
  const cutTok = (k: number | undefined, nom: string | null): Tok | null => {
    if (k === undefined || nom === null) return null;
    const t = tokens[k]!;
    return t.text.startsWith(nom) ? { text: nom, start: t.start, end: t.start + nom.length } : t;
  };
  if (lang === 'kk') {
    // the case ending sits on the last word only
    const nom = nominativeKk(tokens[last]!.text, lex, true);
    if (l.surnameAt === last) surname = nom;
    else if (l.patAt === last) patronymic = nom;
    else if (l.givenAt === last) given = nom;
  } else if (lang === 'ru') {
    const r = ruNominative(l.initials ? null : given, surname, (g) => lex.genderOf(looseKey(g)));
    if (!l.initials) given = r.given;
    surname = r.surname;
    gender = r.gender;
    if (patronymic) patronymic = patronymicNominative(patronymic);
  }
  return {
    start: tokens[0]!.start, end: tokens[last]!.end, tokens, kind, given, surname, patronymic,
    givenTok: l.initials ? null : cutTok(l.givenAt, given), surnameTok: cutTok(l.surnameAt, surname), gender,
  };
}
