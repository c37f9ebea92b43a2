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
const WORD = /[\p{L}\p{M}]+/gu;
/** What precedes a sentence's first word: the text start, or a full stop/line break, then quotes, dashes, spaces. */
const SENTENCE_START = /[.!?\n][\s"'«»„“”()\-–—]*$/u;
const NEXT_CAPITAL = /^[\s-]{1,2}\p{Lu}/u;
/** Letters only Russian uses. */
const RU_ONLY = /[ёЁъЪ]/u;
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

// A character's letter kinds (the four tests above), worked out once per character, not once per
// occurrence: per-letter regex tests were most of the time of detection.
const CYR = 1, KK_C = 2, LAT = 4, KK_L = 8, UNKNOWN = 255;
const bmpKinds = new Uint8Array(0x10000).fill(UNKNOWN);
const astralKinds = new Map<string, number>();
function kindOf(ch: string): number {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    const k = bmpKinds[code]!;
    return k !== UNKNOWN ? k : (bmpKinds[code] = testKinds(ch));
  }
  let k = astralKinds.get(ch);
  if (k === undefined) astralKinds.set(ch, (k = testKinds(ch)));
  return k;
}
function testKinds(ch: string): number {
  return (CYR_LETTER.test(ch) ? CYR : 0) | (KK_CYRL.test(ch) ? KK_C : 0) | (LAT_LETTER.test(ch) ? LAT : 0) | (KK_LATN.test(ch) ? KK_L : 0);
}

function count(text: string): Counts {
  const c: Counts = { cyr: 0, lat: 0, kkCyrW: 0, cyrW: 0, kkLatW: 0, latW: 0, kkCyrCues: 0, ruCues: 0, kkLatCues: 0, enCues: 0, qLat: 0 };
  const sample = text.slice(0, READ_LIMIT);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sample)) !== null) {
    const w = m[0];
    let cyr = 0, lat = 0, kkC = 0, kkL = 0, q = 0, ii = 0;
    for (const ch of w) {
      // Cyrillic І/і: Kazakh in a Cyrillic word, і in a Latin one (Kazinform's Latin edition writes it)
      if (ch === 'І' || ch === 'і') { ii++; continue; }
      const k = kindOf(ch);
      if (k & CYR) { cyr++; if (k & KK_C) kkC++; }
      else if (k & LAT) { lat++; if (k & KK_L) kkL++; if (ch === 'q' || ch === 'Q') q++; }
    }
    const lower = w.toLowerCase();
    // A capital at a sentence start is grammar, not a name (unless a capitalized word follows:
    // `Нұрлыбек Нәлібаев`): only names are weighted down.
    const end = m.index + w.length;
    const capitalized = w[0] !== lower[0] &&
      (!SENTENCE_START.test((m.index < 6 ? '\n' : '') + text.slice(Math.max(0, m.index - 6), m.index)) ||
        NEXT_CAPITAL.test(text.slice(end, end + 3)));
    const weight = capitalized ? CAP_WEIGHT : 1;
    if (cyr >= lat && cyr + ii > 0) {
      const n = cyr + ii;
      kkC += ii;
      c.cyr += n;
      c.cyrW += weight * n;
      c.kkCyrW += weight * kkC;
      // word cues on lower-case words (capitalized ones are names or sentence starts)
      if (RU_CYRL_WORDS.has(lower) || RU_ONLY.test(w)) c.ruCues++;
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
  return c;
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
