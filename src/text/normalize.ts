// The view rules match against (src/text/view.ts), per language and script:
//  - Cyrillic (kk, ru): a 1:1 normalization, same length as `text`: spaces, dashes, quotes, ё → е,
//    Latin look-alike letters inside Cyrillic words → Cyrillic (and Cyrillic ones inside Latin words
//    → Latin), so `Cамұрық` with a Latin C matches `Самұрық`.
//  - Latin-script Kazakh: a Cyrillic transliteration with an offset map (src/text/translit.ts),
//    punctuation normalized the same way, so the Kazakh rules run unchanged.
//  - English: only spaces, dashes and quotes.
// `text` itself never changes; offsets map back through the view.
import type { Lang, Script } from '../types.js';
import { transliterateKazakhLatin } from './translit.js';
import { TextView } from './view.js';
import { allMatches } from './matches.js';

/** Spaces a press release uses between words and digit groups: all become ' '. */
const SPACES = new Set(['\u00A0', '\u202F', '\u2009', '\u2007', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u200A', '\u205F', '\u3000']);
/** Dashes between words and numbers (the hyphen-minus '-' stays: it joins words and suffixes). */
const DASHES = new Set(['\u2013', '\u2014', '\u2012', '\u2015', '\u2212']);
/** Hyphens that are not hyphen-minus: they join words, so they become '-'. */
const HYPHENS = new Set(['\u2010', '\u2011']);
/** Quotation marks: all become '"'. Apostrophes between letters stay apostrophes. */
const QUOTES = new Set(['«', '»', '„', '“', '”', '"', '‟', '‹', '›']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‛', 'ʼ']);

const LETTER = /[\p{L}\p{M}]/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

/** Normalizes one punctuation or space character; letters and everything else come back as they are. */
export function normalizePunctuation(ch: string, prev: string | undefined, next: string | undefined): string {
  if (SPACES.has(ch)) return ' ';
  if (DASHES.has(ch)) return '—';
  if (HYPHENS.has(ch)) return '-';
  if (QUOTES.has(ch)) return '"';
  // `It's`, `Qur'an`: an apostrophe between letters is part of the word
  if (SINGLE_QUOTES.has(ch)) return isLetter(prev) && isLetter(next) ? "'" : '"';
  return ch;
}

/**
 * normalizePunctuation of text[i], or null when it leaves it as it is; most characters are never
 * changed, and those are answered from a table without building strings.
 */
export function normalizePunctuationAt(text: string, i: number): string | null {
  if (CHANGING_CODES[text.charCodeAt(i)] !== 1) return null;
  const ch = text[i]!;
  const to = normalizePunctuation(ch, text[i - 1], text[i + 1]);
  return to === ch ? null : to;
}

// Look-alike letters (the pairs a keyboard layout switch or OCR mixes up).
const LATIN_TO_CYR: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', k: 'к', M: 'М', O: 'О', o: 'о',
  P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', y: 'у',
};
/** Kazakh adds і, and letters typed from Latin-keyboard look-alikes (ə for ә, ɵ for ө). */
const LATIN_TO_CYR_KK: Record<string, string> = { ...LATIN_TO_CYR, I: 'І', i: 'і', 'Ə': 'Ә', 'ə': 'ә', 'Ɵ': 'Ө', 'ɵ': 'ө' };
const CYR_TO_LATIN: Record<string, string> = {
  'А': 'A', 'а': 'a', 'В': 'B', 'С': 'C', 'с': 'c', 'Е': 'E', 'е': 'e', 'Н': 'H', 'К': 'K', 'к': 'k', 'М': 'M',
  'О': 'O', 'о': 'o', 'Р': 'P', 'р': 'p', 'Т': 'T', 'Х': 'X', 'х': 'x', 'у': 'y', 'І': 'I', 'і': 'i',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Whether a Latin letter touches a Cyrillic one (/\p{Script=Cyrillic}\p{M}*\p{Script=Latin}|…/u, the
 * other way round too): every mixed-script word has one. Asked of every Cyrillic article, where that
 * regex costs more than the rest of the view; a scan over a per-character table is a tenth of it.
 */
function hasScriptSeam(text: string): boolean {
  // a Cyrillic / Latin character right before here, with only marks after it
  let cyrillicBefore = false, latinBefore = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      kind = scriptKindOf(text.slice(i, i + 2)); // a character outside the BMP: rare
      i++;
    } else kind = scriptKindOfCode(code);
    const cyrillic = (kind & CYRILLIC_KIND) !== 0, latin = (kind & LATIN_KIND) !== 0;
    if ((latin && cyrillicBefore) || (cyrillic && latinBefore)) return true;
    if (kind & MARK_KIND) {
      cyrillicBefore ||= cyrillic;
      latinBefore ||= latin;
    } else {
      cyrillicBefore = cyrillic;
      latinBefore = latin;
    }
  }
  return false;
}

const CYRILLIC_KIND = 1, LATIN_KIND = 2, MARK_KIND = 4, KNOWN_KIND = 8;
const MARK = /\p{M}/u;
/** Script kinds of each UTF-16 unit, worked out on first sight (0: not yet). */
const SCRIPT_KINDS = new Uint8Array(0x10000);

function scriptKindOfCode(code: number): number {
  let kind = SCRIPT_KINDS[code]!;
  if (kind === 0) {
    kind = scriptKindOf(String.fromCharCode(code));
    SCRIPT_KINDS[code] = kind;
  }
  return kind;
}

function scriptKindOf(ch: string): number {
  return KNOWN_KIND | (CYRILLIC.test(ch) ? CYRILLIC_KIND : 0) | (LATIN.test(ch) ? LATIN_KIND : 0) | (MARK.test(ch) ? MARK_KIND : 0);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** Every character normalizeCyrillic may change before look-alikes (the rest are copied in bulk), by code. */
const CHANGING_CODES = new Uint8Array(0x10000);
for (const ch of [...SPACES, ...DASHES, ...HYPHENS, ...QUOTES, ...SINGLE_QUOTES, 'ё', 'Ё']) CHANGING_CODES[ch.charCodeAt(0)] = 1;

/**
 * Fixes look-alike letters in words that mix scripts, in place on `out` (an array of chars).
 * A word with a letter only Cyrillic has (ұ, л, ж, …) is Cyrillic; one with a letter only Latin has
 * is Latin; a word of look-alikes only goes with the document's script. Words in one script are left alone.
 */
function fixLookAlikes(text: string, out: string[], lang: Lang, docScript: Script): void {
  const toCyr = lang === 'kk' ? LATIN_TO_CYR_KK : LATIN_TO_CYR;
  for (const m of allMatches(WORD, text)) {
    const w = m[0];
    if (!HAS_LATIN.test(w) || !HAS_CYRILLIC.test(w)) continue; // one script: nothing to fix (the common case)
    let cyr = 0, lat = 0, cyrOnly = 0, latOnly = 0;
    for (const ch of w) {
      if (CYRILLIC.test(ch)) { cyr++; if (!(ch in CYR_TO_LATIN)) cyrOnly++; }
      else if (LATIN.test(ch)) { lat++; if (!(ch in toCyr)) latOnly++; }
    }
    if (!cyr || !lat) continue;
    let target: Script | null = cyrOnly && !latOnly ? 'Cyrl' : latOnly && !cyrOnly ? 'Latn' : null;
    if (!cyrOnly && !latOnly) target = docScript;
    if (!target) continue; // both scripts' own letters: a real mixed token (`QR-код` is two words)
    for (let k = 0; k < w.length; k++) {
      const ch = w[k]!;
      const mapped = target === 'Cyrl' ? toCyr[ch] : CYR_TO_LATIN[ch];
      if (mapped !== undefined && (target === 'Cyrl' ? LATIN.test(ch) : CYRILLIC.test(ch))) out[m.index + k] = mapped;
    }
  }
}

/** Same-length normalization of a Cyrillic text: punctuation, ё → е, look-alike letters. */
export function normalizeCyrillic(text: string, lang: Lang): string {
  const punct = replaceChanging(text, true);
  if (!hasScriptSeam(text)) return punct;
  const out = punct.split(''); // UTF-16 units: the same indices as `text`
  fixLookAlikes(text, out, lang, 'Cyrl');
  return out.join('');
}

/** Same-length normalization of an English text: spaces, dashes, quotes only. */
export function normalizePunctuationOnly(text: string): string {
  return replaceChanging(text, false);
}

/**
 * `text` with each CHANGING character normalized (and ё → е when `foldYo`). Scans character codes
 * against a table and copies the unchanged stretches in between: most characters never change.
 */
function replaceChanging(text: string, foldYo: boolean): string {
  let out = '';
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (CHANGING_CODES[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i]!;
    const to = ch === 'ё' ? (foldYo ? 'е' : ch) : ch === 'Ё' ? (foldYo ? 'Е' : ch) : normalizePunctuation(ch, text[i - 1], text[i + 1]);
    if (to === ch) continue;
    out += text.slice(copiedTo, i) + to;
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

export function buildView(text: string, lang: Lang, script: Script): TextView {
  if (script === 'Latn' && lang === 'kk') return transliterateKazakhLatin(text, { other: normalizePunctuationAt });
  if (script === 'Cyrl') return TextView.identity(text, normalizeCyrillic(text, lang));
  return TextView.identity(text, normalizePunctuationOnly(text));
}
