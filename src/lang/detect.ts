// Language and script of an article: kk / ru / en, Cyrl / Latn, with a 0..1 confidence.
//
// Script is a letter count. Within a script the choice is binary (Cyrl: kk or ru; Latn: kk or en)
// and is made by adding log-odds from independent cues (positive = Kazakh):
//  - letter share: ә ғ қ ң ө ұ ү һ і among Cyrillic letters is 0.146–0.167 in Kazakh, 0 in Russian
//    (STACK.md); Latin-script Kazakh has á ǵ ı ń ó ú ý (and 2021's ä ğ ñ ş ū ö ü) that English lacks.
//    Capitalized words count less: a Russian article quoting `Нұрлыбек Нәлібаев` stays Russian.
//  - word cues: function words and endings (src/lang/cues.ts) for short texts and for Kazakh words
//    spelled without a Kazakh letter (`Алматы алыс.`).
//  - franc restricted to kaz/rus (Cyrillic only: franc has no Latin-script Kazakh), trusted in
//    proportion to the text's length since it is noisy on a few words.
//  - the archive's language hint: one unit of log-odds, so it breaks ties but never outweighs
//    clear evidence.
// The score is the probability of the chosen language, scaled down when the script is mixed.
import type { Lang, Script } from '../types.js';
import { kazRusScores } from './trigrams.js';
import { EN_ENDING, EN_WORDS, KK_CYRL_ENDING, KK_CYRL_WORDS, KK_LATN_ENDING, KK_LATN_WORDS, RU_CYRL_ENDING, RU_CYRL_WORDS } from './cues.js';

export interface Detection { lang: Lang; script: Script; score: number }

/** What the evidence was (for `derek detect --explain`-style debugging and for tests). */
export interface DetectionEvidence extends Detection {
  cyrLetters: number;
  latLetters: number;
  /** Kazakh-marker share among the chosen script's letters (capitalized words weighted down). */
  share: number;
  /** Log-odds for Kazakh from each cue. */
  logOdds: { share: number; words: number; franc: number; hint: number };
}

const KK_CYRL = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const KK_LATN = /[áǵıńóúýäğñşūöüÁǴŃÓÚÝÄĞÑŞŪÖÜІі]/u;
const CYR_LETTER = /\p{Script=Cyrillic}/u;
const LAT_LETTER = /\p{Script=Latin}/u;
/** Words are runs of letters and marks. */
const WORD_CHAR = /[\p{L}\p{M}]/u;
// A sentence's first word follows the text start, or a full stop/line break then quotes, dashes,
// spaces (looked for in the 6 characters before the word).
const SENTENCE_END = /[.!?\n]/u;
const SENTENCE_GAP = /[\s"'«»„“”()\-–—]/u;
const SENTENCE_LOOKBACK = 6;
const NEXT_CAPITAL = /^[\s-]{1,2}\p{Lu}/u;
/** Longer texts add nothing to the decision and cost time: the cues read this many characters. */
const READ_LIMIT = 20000;
/** Weight of a capitalized word's letters in the share: names are quoted across languages. */
const CAP_WEIGHT = 0.3;
const HINT_LOG_ODDS = 1;
const MAX_SCORE = 0.999;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

interface Counts {
  cyr: number; lat: number;
  // share numerator / denominator per script, capitalized words weighted down
  kkCyrW: number; cyrW: number; kkLatW: number; latW: number;
  kkCyrCues: number; ruCues: number; kkLatCues: number; enCues: number;
  qLat: number;
}

// A character's kinds (the tests above), worked out once per character, not once per occurrence:
// per-character regex tests were most of the time of detection. Text is read by code point, as
// the u-flag regexes read it: a surrogate pair is one character (ASTRAL marks its width of 2).
const CYR = 1, KK_C = 2, LAT = 4, KK_L = 8, LETTER = 16, LOWERS = 32, S_END = 64, S_GAP = 128, KNOWN = 256, ASTRAL = 512;
const bmpKinds = new Uint16Array(0x10000); // 0: not worked out yet
const astralKinds = new Map<string, number>();
const MAX_ASTRAL_KINDS = 1000;
function testKinds(ch: string): number {
  return KNOWN | (CYR_LETTER.test(ch) ? CYR : 0) | (KK_CYRL.test(ch) ? KK_C : 0) | (LAT_LETTER.test(ch) ? LAT : 0) |
    (KK_LATN.test(ch) ? KK_L : 0) | (WORD_CHAR.test(ch) ? LETTER : 0) | (ch.toLowerCase() !== ch ? LOWERS : 0) |
    (SENTENCE_END.test(ch) ? S_END : 0) | (SENTENCE_GAP.test(ch) ? S_GAP : 0);
}
function unitKinds(code: number): number {
  return bmpKinds[code] || (bmpKinds[code] = testKinds(String.fromCharCode(code)));
}
/** Kinds of the character at i; a surrogate pair is read whole (and has ASTRAL set). */
function kindsAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  const low = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? text.charCodeAt(i + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return unitKinds(code);
  const ch = text.slice(i, i + 2);
  let k = astralKinds.get(ch);
  if (k === undefined) {
    if (astralKinds.size >= MAX_ASTRAL_KINDS) astralKinds.clear();
    astralKinds.set(ch, (k = testKinds(ch)));
  }
  return k | ASTRAL;
}

/** Whether the word at `start` begins a sentence (a capital there is grammar, not a name). */
function atSentenceStart(text: string, start: number): boolean {
  // No sentence punctuation or gap character is a surrogate pair: reading code units is enough.
  for (let j = start - 1; j >= Math.max(0, start - SENTENCE_LOOKBACK); j--) {
    const k = unitKinds(text.charCodeAt(j));
    if (k & S_END) return true;
    if (!(k & S_GAP)) return false;
  }
  return start < SENTENCE_LOOKBACK;
}

/** Letters of one word by kind. */
interface WordLetters { cyr: number; lat: number; kkC: number; kkL: number; q: number; ii: number; ruOnly: boolean; lowers: boolean }

function count(text: string): Counts {
  const c: Counts = { cyr: 0, lat: 0, kkCyrW: 0, cyrW: 0, kkLatW: 0, latW: 0, kkCyrCues: 0, ruCues: 0, kkLatCues: 0, enCues: 0, qLat: 0 };
  const end = Math.min(text.length, READ_LIMIT);
  const letters: WordLetters = { cyr: 0, lat: 0, kkC: 0, kkL: 0, q: 0, ii: 0, ruOnly: false, lowers: false };
  let i = 0;
  while (i < end) {
    const k = kindsAt(text, i, end);
    if (!(k & LETTER)) { i += k & ASTRAL ? 2 : 1; continue; }
    const start = i;
    i = readWord(text, i, end, letters);
    addWord(c, text, start, i, letters);
  }
  return c;
}

/** Counts the letters of the word at `start` into `w`; returns where the word ends. */
function readWord(text: string, start: number, end: number, w: WordLetters): number {
  w.cyr = w.lat = w.kkC = w.kkL = w.q = w.ii = 0;
  w.ruOnly = w.lowers = false;
  let i = start;
  while (i < end) {
    const k = kindsAt(text, i, end);
    if (!(k & LETTER)) break;
    const code = text.charCodeAt(i);
    i += k & ASTRAL ? 2 : 1;
    if (k & LOWERS) w.lowers = true;
    // Cyrillic І/і: Kazakh in a Cyrillic word, і in a Latin one (Kazinform's Latin edition writes it)
    if (code === 0x406 || code === 0x456) { w.ii++; continue; }
    if (k & CYR) {
      w.cyr++;
      if (k & KK_C) w.kkC++;
      if (code === 0x451 || code === 0x401 || code === 0x44a || code === 0x42a) w.ruOnly = true; // ё Ё ъ Ъ: only Russian has them
    } else if (k & LAT) {
      w.lat++;
      if (k & KK_L) w.kkL++;
      if (code === 0x71 || code === 0x51) w.q++;
    }
  }
  return i;
}

function addWord(c: Counts, text: string, start: number, end: number, letters: WordLetters): void {
  const { cyr, lat, q, ii, ruOnly } = letters;
  let { kkC, kkL } = letters;
  const w = text.slice(start, end);
  const lower = letters.lowers ? w.toLowerCase() : w;
  // A capital at a sentence start is grammar, not a name (unless a capitalized word follows:
  // `Нұрлыбек Нәлібаев`): only names are weighted down.
  const capitalized = w[0] !== lower[0] &&
    (!atSentenceStart(text, start) || NEXT_CAPITAL.test(text.slice(end, end + 3)));
  const weight = capitalized ? CAP_WEIGHT : 1;
  if (cyr >= lat && cyr + ii > 0) {
    const n = cyr + ii;
    kkC += ii;
    c.cyr += n;
    c.cyrW += weight * n;
    c.kkCyrW += weight * kkC;
    // word cues on lower-case words (capitalized ones are names or sentence starts)
    if (RU_CYRL_WORDS.has(lower) || ruOnly) c.ruCues++;
    else if (KK_CYRL_WORDS.has(lower)) c.kkCyrCues++;
    else if (!capitalized && kkC === 0 && lower.length >= 4) {
      if (RU_CYRL_ENDING.test(lower)) c.ruCues++;
      else if (KK_CYRL_ENDING.test(lower)) c.kkCyrCues++;
    }
  } else if (lat > 0) {
    const n = lat + ii;
    kkL += ii;
    c.lat += n;
    c.latW += weight * n;
    c.kkLatW += weight * kkL;
    c.qLat += q;
    if (EN_WORDS.has(lower)) c.enCues++;
    else if (KK_LATN_WORDS.has(lower)) c.kkLatCues++;
    else if (!capitalized && lower.length >= 4) {
      if (KK_LATN_ENDING.test(lower)) c.kkLatCues++;
      else if (kkL === 0 && EN_ENDING.test(lower)) c.enCues++;
    }
  }
}

/** Detects language and script; `hint` (an archive's `lang`) only breaks near-ties. */
export function detectLanguage(text: string, hint?: Lang | null): Detection {
  const { lang, script, score } = explainDetection(text, hint);
  return { lang, script, score };
}

export function explainDetection(text: string, hint?: Lang | null): DetectionEvidence {
  const c = count(text);
  const script: Script = c.lat > c.cyr ? 'Latn' : 'Cyrl';
  const letters = script === 'Cyrl' ? c.cyr : c.lat;
  const other = script === 'Cyrl' ? c.lat : c.cyr;
  const alt: Lang = script === 'Cyrl' ? 'ru' : 'en';

  if (letters === 0) {
    const lang: Lang = hint && (hint === 'kk' || hint === alt) ? hint : 'kk';
    return { lang, script, score: hint ? 0.5 : 1 / 3, cyrLetters: c.cyr, latLetters: c.lat, share: 0,
      logOdds: { share: 0, words: 0, franc: 0, hint: 0 } };
  }

  // How much a letter share of this many letters can say (a 10-letter sentence says little).
  const reliability = Math.min(1, letters / 80);
  let share: number, eShare: number, eWords: number, eFranc = 0;
  if (script === 'Cyrl') {
    share = c.cyrW ? c.kkCyrW / c.cyrW : 0;
    // Kazakh prose sits at 0.15, Russian at 0; Kazakh quoting Russian, or Russian quoting names, in between.
    // No Kazakh letter in a short text says little (spoken Kazakh `Алматы алыс.`): the negative side
    // needs more letters to count fully.
    eShare = share > 0.035
      ? clamp((share - 0.035) / 0.01, 0, 6) * Math.max(reliability, 0.5)
      : clamp((share - 0.035) / 0.01, -4, 0) * Math.min(1, letters / 200);
    eWords = clamp(0.7 * (c.kkCyrCues - c.ruCues), -5, 5);
    const scores = kazRusScores(text.slice(0, 2048));
    if (scores) {
      eFranc = 4 * (scores.kaz - scores.rus) * Math.min(1, letters / 200);
    }
  } else {
    share = c.latW ? c.kkLatW / c.latW : 0;
    // Kazinform's Latin Kazakh: ~0.1 of letters carry a mark (ı alone is common); English: ~0.
    // q without u is Kazakh (`Qazaqstan`, `-lyq`), rare in English.
    const qShare = c.qLat / c.lat;
    eShare = clamp((share - 0.01) / 0.005, -4, 6) * reliability + clamp(qShare * 200, 0, 2);
    eWords = clamp(0.7 * (c.kkLatCues - c.enCues), -5, 5);
  }
  const eHint = hint === 'kk' ? HINT_LOG_ODDS : hint === alt ? -HINT_LOG_ODDS : 0;
  const total = eShare + eWords + eFranc + eHint;
  const pKk = sigmoid(total);
  const lang: Lang = total >= 0 ? 'kk' : alt;
  const pLang = lang === 'kk' ? pKk : 1 - pKk;
  // A text half in one script and half in the other is less certain than its language cues say.
  const dominance = (letters - other) / (letters + other);
  const score = Math.min(MAX_SCORE, pLang * Math.min(1, 0.5 + dominance));
  return { lang, script, score, cyrLetters: c.cyr, latLetters: c.lat, share,
    logOdds: { share: eShare, words: eWords, franc: eFranc, hint: eHint } };
}
