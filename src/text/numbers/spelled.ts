// Spelled-out numbers (kk, ru, en): finds numeral phrases in a text and computes their value.
// "үш жүз сексен" → 380, "жиырма бес мыңға" → 25000, "двадцати семи" → 27,
// "бес бүтін оннан үш миллиард" → 5.3e9, "төрт жарым" → 4.5.
import { letterLength } from '../boundaries.js';
import { foldKey } from './inflect.js';
import { tidy } from './digits.js';
import type { NumeralForm, NumeralLexicon } from './lexicon.js';

export interface SpelledNumber {
  /** Offsets in the searched text: the phrase, its last word's ending included. */
  start: number;
  end: number;
  value: number;
  /** Where the numeral stems end (Kazakh: before the last word's case ending). */
  stemEnd: number;
  /** Number of numeral words. */
  words: number;
}

/** A word of the text; `key` is its folded form, or '' when it cannot be a word the lexicon reads. */
interface Word { start: number; end: number; key: string }

const GAP = /^[ \t\u00A0\u202F\u2009]+$/;

/**
 * The words of `text` ([\p{L}\p{M}]+). Folding every word is the costly part, and about 1 word in
 * 50 can be a numeral: words whose first three letters start no lexicon word get no key.
 */
function words(text: string, lex: NumeralLexicon): Word[] {
  const prefixes = keyPrefixes(lex);
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let len = letterLength(text, i);
    if (len === 0) { i++; continue; }
    const start = i;
    do i += len; while (i < n && (len = letterLength(text, i)) !== 0);
    const key = mayBeLexiconWord(text, start, i, prefixes) ? foldKey(text.slice(start, i)) : '';
    out.push({ start, end: i, key });
  }
  return out;
}

// ---- the first-letters filter

/** Up to three folded code units packed in one number (16 bits each). */
const pack = (a: number, b: number, c: number) => a * 2 ** 32 + b * 2 ** 16 + c;

/** Every word findSpelledNumbers compares a key with: numeral forms, particles, vague-start words. */
function lexiconWords(lex: NumeralLexicon): string[] {
  return [...lex.forms.keys(), ...lex.vagueStarts, ...lex.vagueUnlessAfter, ...(lex.decimalParticles ?? []),
    ...[lex.half, lex.halfPrefix, lex.decimalPoint].filter((w): w is string => !!w)];
}

const prefixCache = new WeakMap<NumeralLexicon, Set<number>>();

/** The packed first three code units (fewer for short words) of every word the lexicon reads. */
function keyPrefixes(lex: NumeralLexicon): Set<number> {
  let set = prefixCache.get(lex);
  if (!set) {
    set = new Set(lexiconWords(lex).map((w) => pack(w.charCodeAt(0) || 0, w.charCodeAt(1) || 0, w.charCodeAt(2) || 0)));
    prefixCache.set(lex, set);
  }
  return set;
}

/**
 * foldKey of one code unit when it is a single code unit that folds the same anywhere in a word
 * (Latin, Cyrillic), else -1. Greek is left out: Σ folds by its place (σ, ς).
 */
const FOLD_UNIT = (() => {
  const t = new Int32Array(0x530).fill(-1);
  for (let c = 0; c < t.length; c++) {
    if (c >= 0x370 && c < 0x400) continue;
    const f = String.fromCharCode(c).toLowerCase().replace(/ё/g, 'е').replace(/э/g, 'е');
    if (f.length === 1) t[c] = f.charCodeAt(0);
  }
  return t;
})();

/** The folded code unit at i of a word ending at end: 0 past the end, -1 when it does not fold simply. */
function foldedUnit(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  return c < FOLD_UNIT.length ? FOLD_UNIT[c]! : -1;
}

/** False only when the word's folded key surely starts like no lexicon word; unsure cases say true. */
function mayBeLexiconWord(text: string, start: number, end: number, prefixes: Set<number>): boolean {
  const a = foldedUnit(text, start, end), b = foldedUnit(text, start + 1, end), c = foldedUnit(text, start + 2, end);
  if (a < 0 || b < 0 || c < 0) return true;
  return prefixes.has(pack(a, b, c));
}

interface Acc { total: number; group: number; last: number; lastScale: number }

/** Adds one numeral word to the running value; false when it cannot continue the number. */
function step(acc: Acc, f: NumeralForm, lang: string): boolean {
  if (f.kind === 'scale') {
    if (f.value >= acc.lastScale) return false;
    acc.total += (acc.group || 1) * f.value;
    acc.group = 0; acc.last = Infinity; acc.lastScale = f.value;
    return true;
  }
  if (f.kind === 'hundred' && (lang === 'kk' || f.value === 100 && lang === 'en')) {
    if (acc.group === 0) acc.group = 100;
    else if (acc.group < 10) acc.group *= 100;
    else return false;
    acc.last = 100;
    return true;
  }
  if (acc.group !== 0 && f.value >= acc.last) return false;
  if (f.value === 0 && (acc.group !== 0 || acc.total !== 0)) return false;
  acc.group += f.value;
  acc.last = f.value === 0 ? 1 : f.value;
  return true;
}

function contiguous(text: string, a: Word, b: Word): boolean {
  return GAP.test(text.slice(a.end, b.start));
}

/** Every spelled-out number in `text`, left to right, non-overlapping. */
export function findSpelledNumbers(text: string, lex: NumeralLexicon): SpelledNumber[] {
  const ws = words(text, lex);
  const out: SpelledNumber[] = [];
  let i = 0;
  while (i < ws.length) {
    const first = lex.forms.get(ws[i]!.key);
    // "жарты миллиард" = 0.5e9
    if (lex.halfPrefix && ws[i]!.key === lex.halfPrefix && ws[i + 1] && contiguous(text, ws[i]!, ws[i + 1]!)) {
      const sc = lex.forms.get(ws[i + 1]!.key);
      if (sc && sc.kind === 'scale') {
        const last = ws[i + 1]!;
        out.push({ start: ws[i]!.start, end: last.end, value: sc.value / 2, stemEnd: last.start + sc.stemLen, words: 2 });
        i += 2; continue;
      }
    }
    // "бір-бірін" (each other), "екі-екіден" (two each): a numeral repeated across a hyphen is no number
    if (first && (hyphenTwin(text, ws, i, i + 1, lex) || hyphenTwin(text, ws, i - 1, i, lex))) { i++; continue; }
    // a scale word opens a number only when no digits stand before it ("мың сегіз жүз", not "20 мыңға")
    if (!first || (first.kind === 'scale' && afterDigits(text, ws[i]!)) || isInsideWord(text, ws[i]!)) { i++; continue; }
    if (lex.vagueStarts.has(ws[i]!.key) && !(i > 0 && lex.vagueUnlessAfter.has(ws[i - 1]!.key))) { i++; continue; }
    const acc: Acc = { total: 0, group: 0, last: Infinity, lastScale: Infinity };
    let j = i, lastForm: NumeralForm | undefined;
    while (j < ws.length) {
      if (j > i && !contiguous(text, ws[j - 1]!, ws[j]!)) break;
      const f = lex.forms.get(ws[j]!.key);
      if (!f || !step(acc, f, lex.lang)) break;
      lastForm = f; j++;
      if (lex.lang === 'kk' && f.inflected) break;
    }
    if (j === i || !lastForm) { i++; continue; }
    let value = acc.total + acc.group;
    let endWord = j - 1;
    // Kazakh decimals: "бес бүтін оннан үш" = 5.3, "төрт жарым" = 4.5; a scale may follow
    if (lex.lang === 'kk' && !lastForm.inflected && acc.total === 0) {
      const dec = readDecimal(text, ws, j, lex);
      if (dec) { value += dec.fraction; endWord = dec.endWord; lastForm = dec.lastForm; }
      const sc = endWord + 1 < ws.length && contiguous(text, ws[endWord]!, ws[endWord + 1]!) ? lex.forms.get(ws[endWord + 1]!.key) : undefined;
      if (dec && sc && sc.kind === 'scale') { value *= sc.value; endWord++; lastForm = sc; }
    }
    const n = endWord - i + 1;
    if (n === 1 && first.ambiguous) { i++; continue; }
    const last = ws[endWord]!;
    out.push({ start: ws[i]!.start, end: last.end, value: tidy(value), stemEnd: last.start + (lex.lang === 'kk' ? lastForm.stemLen : last.end - last.start), words: n });
    i = endWord + 1;
  }
  return out;
}

/** A word glued to digits is no numeral (5бес); hyphens may join numerals (он-он бес: a range). */
function isInsideWord(text: string, w: Word): boolean {
  const before = text[w.start - 1];
  return before !== undefined && /\p{N}/u.test(before);
}

/** Words a and b are joined by a hyphen and are forms of the same numeral. */
function hyphenTwin(text: string, ws: Word[], a: number, b: number, lex: NumeralLexicon): boolean {
  if (a < 0 || b >= ws.length) return false;
  if (text.slice(ws[a]!.end, ws[b]!.start) !== '-') return false;
  const fa = lex.forms.get(ws[a]!.key), fb = lex.forms.get(ws[b]!.key);
  if (!fa || !fb || fa.value !== fb.value) return false;
  // "он-он бес мың" is a range (10–15 thousand): the second one goes on as a numeral
  const next = ws[b + 1];
  return fb.inflected || !next || !contiguous(text, ws[b]!, next) || !lex.forms.get(next.key);
}

function afterDigits(text: string, w: Word): boolean {
  return /\p{N}[.,]?[\s\u00A0\u202F]*$/u.test(text.slice(Math.max(0, w.start - 4), w.start));
}

function readDecimal(text: string, ws: Word[], j: number, lex: NumeralLexicon): { fraction: number; endWord: number; lastForm: NumeralForm } | null {
  const w = ws[j];
  if (!w || !contiguous(text, ws[j - 1]!, w)) return null;
  if (lex.half && w.key === lex.half) return { fraction: 0.5, endWord: j, lastForm: { value: 0.5, kind: 'unit', stemLen: w.end - w.start, inflected: false, ambiguous: false } };
  const isPoint = lex.decimalPoint === w.key;
  const isParticle = !!lex.decimalParticles?.includes(w.key);
  if (!isPoint && !isParticle) return null;
  // "бес бүтін оннан үш" (a denominator word) or "тоқсан үш бүтін төрт" / "үш те бес" (decimal digits)
  const den = isPoint && ws[j + 1] ? lex.forms.get(ws[j + 1]!.key) : undefined;
  const hasDen = !!den && den.inflected && [10, 100, 1000].includes(den.value);
  const acc: Acc = { total: 0, group: 0, last: Infinity, lastScale: Infinity };
  let k = j + (hasDen ? 2 : 1), lastForm: NumeralForm | undefined;
  while (k < ws.length && contiguous(text, ws[k - 1]!, ws[k]!)) {
    const f = lex.forms.get(ws[k]!.key);
    if (!f || f.kind === 'scale' || !step(acc, f, 'kk')) break;
    lastForm = f; k++;
    if (f.inflected) break;
  }
  if (!lastForm) return null;
  const frac = acc.total + acc.group;
  const divisor = hasDen ? den!.value : 10 ** String(frac).length;
  return { fraction: frac / divisor, endWord: k - 1, lastForm };
}
