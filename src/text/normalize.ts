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
/** A Latin letter touching a Cyrillic one: every mixed-script word has one. */
const SCRIPT_SEAM = /\p{Script=Cyrillic}\p{M}*\p{Script=Latin}|\p{Script=Latin}\p{M}*\p{Script=Cyrillic}/u;
/** Every character normalizeCyrillic may change before look-alikes (the rest are copied in bulk). */
const CHANGING = /[\u00A0\u202F\u2009\u2007\u2002-\u2006\u2008\u200A\u205F\u3000\u2010-\u2015\u2212«»„“”"‟‹›'‘’‚‛ʼёЁ]/g;

/**
 * Fixes look-alike letters in words that mix scripts, in place on `out` (an array of chars).
 * A word with a letter only Cyrillic has (ұ, л, ж, …) is Cyrillic; one with a letter only Latin has
 * is Latin; a word of look-alikes only goes with the document's script. Words in one script are left alone.
 */
function fixLookAlikes(text: string, out: string[], lang: Lang, docScript: Script): void {
  const toCyr = lang === 'kk' ? LATIN_TO_CYR_KK : LATIN_TO_CYR;
  for (const m of text.matchAll(WORD)) {
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
  const punct = text.replace(CHANGING, (ch: string, i: number) =>
    ch === 'ё' ? 'е' : ch === 'Ё' ? 'Е' : normalizePunctuation(ch, text[i - 1], text[i + 1]));
  if (!SCRIPT_SEAM.test(text)) return punct;
  const out = punct.split(''); // UTF-16 units: the same indices as `text`
  fixLookAlikes(text, out, lang, 'Cyrl');
  return out.join('');
}

/** Same-length normalization of an English text: spaces, dashes, quotes only. */
export function normalizePunctuationOnly(text: string): string {
  return text.replace(CHANGING, (ch: string, i: number) =>
    ch === 'ё' || ch === 'Ё' ? ch : normalizePunctuation(ch, text[i - 1], text[i + 1]));
}

export function buildView(text: string, lang: Lang, script: Script): TextView {
  if (script === 'Latn' && lang === 'kk') return transliterateKazakhLatin(text, { other: normalizePunctuation });
  if (script === 'Cyrl') return TextView.identity(text, normalizeCyrillic(text, lang));
  return TextView.identity(text, normalizePunctuationOnly(text));
}
