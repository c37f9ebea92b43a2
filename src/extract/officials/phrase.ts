// The position phrase around a title head: Kazakh phrases grow leftwards over their body
// (облыстық денсаулық сақтау басқармасының … бөлімінің басшысы), compounds join two titles across a
// dash (Премьер-министрінің орынбасары — мәдениет және ақпарат министрі / Заместитель премьер-министра –
// министр …); a leading ҚР / Қазақстан Республикасы / РК is trimmed. Also reads the role and the body.
import type { Lexicon } from './lexicon.js';
import { titlesIn } from './lexicon.js';
import type { Lang, Role } from '../../types.js';
import { allMatches } from '../../text/matches.js';

const WORDS = /[\p{L}\p{M}\p{N}«»"'’.](?:[\p{L}\p{M}\p{N}«»"'’.-]*[\p{L}\p{M}\p{N}«»"'’.])?|[,—–-]|[^\s\p{L}\p{M}\p{N}]/gu;
interface W { text: string; start: number; end: number }
const words = (s: string, base: number): W[] => allMatches(WORDS, s).map((m) => ({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length }));

// words that open a clause or a circumstance, never part of a body's name
const KK_STOP = new Set(['былтыр', 'қазір', 'бұрын', 'алайда', 'бірақ', 'ал', 'сол', 'күні', 'жылы', 'айында', 'кезде', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі', 'сондай-ақ', 'сонымен', 'қатар', 'үшін', 'ретінде', 'деп', 'деді', 'мен', 'бен', 'пен', 'және', 'бірге', 'кейін', 'дейін', 'соң', 'туралы', 'арқылы', 'қатысуымен', 'төрағалығымен', 'осы', 'ол', 'бұл', 'биыл', 'кеше', 'бүгін', 'сөз', 'берілді', 'жауап', 'берді']);
// a lowercase Kazakh word in the dative, locative or ablative, or a verb form: the phrase stops before it
const KK_CASE_STOP = /(?:сына|сіне|ына|іне|ға|ге|қа|ке|нда|нде|да|де|та|те|дан|ден|тан|тен|нан|нен|ған|ген|қан|кен|атын|етін|йтын|йтін|ып|іп|уда|уде|ады|еді|йды|йді)$/u;
// nouns whose own ending looks like a case ending or a verb form (аудан ≠ -дан, сауда ≠ -да)
const KK_NOT_INFLECTED = new Set(['аудан', 'сауда', 'орта', 'өнеркәсіп', 'кәсіп', 'кеден', 'мейрамхана', 'қоймада', 'майдан', 'алаң', 'ата-ана', 'жаңа']);
// place names whose nominative ends like a locative
const PLACE_ENDS_LIKE_LOCATIVE = new Set(['қызылорда', 'шардара']);
const KK_REGIONISH = /^(?:облысы|қаласы|ауданы|өңірі|\p{Lu}{2,4})$/u;

/** Start of a Kazakh position phrase whose title head starts at `headStart` (view offsets). */
export function extendKk(text: string, sentStart: number, headStart: number, lex: Lexicon, namesEnd: { has(end: number): boolean }): number {
  const ws = words(text.slice(sentStart, headStart), sentStart);
  let start = headStart;
  let n = 0;
  for (let i = ws.length - 1; i >= 0 && n < 22; i--) {
    const w = ws[i]!;
    const lower = w.text.toLowerCase();
    if (w.text === ',') {
      // a comma inside a list of subjects (Еңбек, әлеуметтік қорғау және көші-қон комитетінің …)
      const left = ws[i - 1];
      const right = ws[i + 1];
      if (!left || namesEnd.has(left.end) || !right || !/^\p{Ll}/u.test(right.text)) break;
      if (!/(?<![\p{L}])және(?![\p{L}])/u.test(text.slice(w.end, headStart))) break;
      continue;
    }
    if (w.text === '—' || w.text === '–' || w.text === '-') {
      // a compound: the dash must follow another title head
      const left = text.slice(sentStart, w.start).trimEnd();
      const t = titlesIn(lex, left).at(-1);
      if (!t || t.end !== left.length) break;
      start = sentStart + t.start;
      i = ws.findIndex((x) => x.start >= sentStart + t.start);
      n++;
      continue;
    }
    if (!/^[\p{L}«»"]/u.test(w.text)) break;
    // an opening quote whose closing quote is not in the phrase: the quote is the speaker's, not the body's name
    if (/^[«"]/u.test(w.text) && !/[»"]/u.test(text.slice(w.start + 1, headStart))) break;
    if (KK_STOP.has(lower) && !(lower === 'және' && i > 0 && start < headStart)) break;
    if (lower === 'бойынша') {
      const prev = ws[i - 1];
      if (!prev || !KK_REGIONISH.test(prev.text)) break;
    }
    const sentenceInitial = i === 0;
    const isLower = /^\p{Ll}/u.test(w.text);
    // (capitalised: -тан/-тен is too often a place name's own ending: Қазақстан)
    // a capitalised word in the locative locates the event (Ташкентте …), it does not name the body
    if (!isLower && /(?:нда|нде|да|де|та|те)$/u.test(lower) && !PLACE_ENDS_LIKE_LOCATIVE.has(lower)) break;
    if (sentenceInitial && /(?:ны|ні|ды|ді|ты|ті)$/u.test(lower) && !KK_NOT_INFLECTED.has(lower)) break; // Отырысты …
    if ((isLower || (sentenceInitial && !/(?:тан|тен)$/u.test(lower))) && KK_CASE_STOP.test(lower) && lower !== 'бойынша' && !KK_NOT_INFLECTED.has(lower)) break;
    if (namesEnd.has(w.end)) break;
    start = w.start;
    n++;
  }
  // a phrase does not open with a conjunction
  for (;;) {
    const m = /^(?:және|мен|бен|пен|,)\s+/u.exec(text.slice(start, headStart));
    if (!m) break;
    start += m[0].length;
  }
  return start;
}

/** Start of a compound that ends at `titleStart` (… – министр): the first title and the dash. */
export function compoundStart(text: string, sentStart: number, titleStart: number, lex: Lexicon): number {
  const before = text.slice(sentStart, titleStart);
  const m = /[ \u00A0]*[—–-][ \u00A0]*$/u.exec(before);
  if (!m) return titleStart;
  const left = before.slice(0, m.index);
  for (const t of titlesIn(lex, left).reverse()) {
    if (!t.form.prefix) continue;
    // the first title's own complement may follow it (Заместитель премьер-министра –)
    if (/^[\p{L}\p{M}\s-]{0,60}$/u.test(left.slice(t.end))) return sentStart + t.start;
  }
  return titleStart;
}

const LEAD = /^(?:ҚР|РК|Қазақстан\s+Республикасы(?:ның)?|Республики\s+Казахстан)\s+/u;

/** The phrase span without a leading ҚР / Қазақстан Республикасы / РК. */
export function trimLead(text: string, start: number, end: number): number {
  const m = LEAD.exec(text.slice(start, end));
  return m && start + m[0].length < end ? start + m[0].length : start;
}

/** The role of a position phrase: a compound keeps its first title's; Kazakh heads are last, others first. */
export function roleOf(phrase: string, lex: Lexicon, lang: Lang): Role | null {
  const ts = titlesIn(lex, phrase);
  if (!ts.length) return null;
  if (ts[0]!.form.prefix) return ts[0]!.form.role;
  return (lang === 'kk' ? ts.at(-1)! : ts[0]!).form.role;
}

const NATIONAL = new Set<Role>(['president', 'prime_minister', 'deputy_prime_minister', 'minister', 'first_vice_minister', 'vice_minister']);
export const isNational = (r: Role | null) => r !== null && NATIONAL.has(r);

/** The body a position names: a ministry's English name, else the body as written (nominative), else null. */
export function orgOf(phrase: string, lex: Lexicon, lang: Lang, role: Role | null): string | null {
  if (role && ['minister', 'first_vice_minister', 'vice_minister', 'deputy_prime_minister'].includes(role)) {
    for (const m of lex.ministries) if (m.re.test(phrase)) return m.en;
    return null;
  }
  const ts = titlesIn(lex, phrase);
  if (!ts.length) return null;
  if (lang === 'kk') {
    const head = ts.at(-1)!;
    const body = phrase.slice(0, head.start).trim();
    const last = allMatches(lex.bodyRe, body).at(-1);
    if (!last || last.index! + last[0].length !== body.length) return null;
    return body.replace(/(?:ның|нің|тың|тің|дың|дің)$/u, '');
  }
  const head = ts[0]!;
  const rest = phrase.slice(head.end).trim();
  lex.bodyRe.lastIndex = 0;
  return lex.bodyRe.test(rest) ? rest : null;
}
