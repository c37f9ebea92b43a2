// Latin-script Kazakh → a Cyrillic view with an offset map, so the Kazakh rules run on it and every
// view character maps back to the original letters it stands for (view.slice(...) is the text as written).
//
// The alphabet is Kazinform's Latin edition (the 2018 alphabet with acutes):
//   a á b d e f g ǵ h i ı j k l m n ń o ó p q r s t u ú v y ý z, digraphs sh ch
//   → а ә б д е ф г ғ х і и/й ж к л м н ң о ө п қ р с т ұ ү в ы у з, ш ч.
// Kazinform writes the capital of i as Cyrillic І and the capital of ı as Latin I (`Іle`, `Iran`).
// Also read: the 2021 letters ä ö ü ğ ş ñ ç ū, the 2017 apostrophe forms (a' o' u' g' n' s' c'),
// and acutes typed as a combining mark (a + U+0301).
// Words that cannot be Kazakh Latin (with c, w or x: `Netflix`, `Social`), Roman numerals and the
// agency name stay as written.
import { letterLength } from './boundaries.js';
import { PACKED_OFFSET_LIMIT, ViewBuilder, packChar, type PackedRun, type TextView } from './view.js';

const SINGLE: Record<string, string> = {
  a: 'а', 'á': 'ә', 'ä': 'ә', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', 'ǵ': 'ғ', 'ğ': 'ғ', h: 'х', i: 'і', j: 'ж',
  k: 'к', l: 'л', m: 'м', n: 'н', 'ń': 'ң', 'ñ': 'ң', o: 'о', 'ó': 'ө', 'ö': 'ө', p: 'п', q: 'қ', r: 'р', s: 'с',
  t: 'т', u: 'ұ', 'ū': 'ұ', 'ú': 'ү', 'ü': 'ү', v: 'в', y: 'ы', 'ý': 'у', z: 'з', 'ş': 'ш', 'ç': 'ч', 'і': 'і',
};
/** Base letter + combining acute (U+0301) → the precomposed letter. */
const ACUTE: Record<string, string> = { a: 'á', g: 'ǵ', n: 'ń', o: 'ó', u: 'ú', y: 'ý' };
/** 2017 apostrophe forms: a' → ә … (only between letters). */
const APOSTROPHE: Record<string, string> = { a: 'á', o: 'ó', u: 'ú', g: 'ǵ', n: 'ń', s: 'ş', c: 'ç' };
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
/** Vowels after which ı is й (`baılanys` → байланыс); after a consonant or ı it is и. */
const VOWELS = new Set(['a', 'á', 'e', 'i', 'o', 'ó', 'u', 'ú', 'ū', 'y', 'ý', 'і']);
/**
 * Word starts of Russian loans that Cyrillic Kazakh spells with э (`ekonomıka` → экономика);
 * Kazakh's own words start with е (`el`, `eńbek`, `esep`), so only these stems change.
 */
const E_LOANS = /^(?:ekonom|ekolog|ekspe|ekspo|ekspr|ekstr|ekskýr|ekzam|elektr|elıt|energ|efır|etap|etnı|etıka|evakýa|evolıý|emıgr|emıss|ero[zt]ı)/;
/**
 * Loans whose Cyrillic spelling has a soft sign the Latin one drops, where rules need it
 * (`Premer-mınıstr` → Премьер-министр): [Latin word start, letter index the ь follows].
 */
const SOFT_SIGN: ReadonlyArray<readonly [string, number]> = [['premer', 3], ['fılm', 2], ['rýbl', 3], ['kompıýter', 3]];
/** Written in Latin in every edition (the dateline `ASTANA. KAZINFORM`): left as written. */
const KEEP_WORDS = new Set(['kazinform']);
const ROMAN = /^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const LETTER = /[\p{L}\p{M}]/u;

export interface TranslitOptions {
  /** Maps text[i], a character that is not part of a word (punctuation, spaces): null keeps it (the default). */
  other?: (text: string, i: number) => string | null;
}

/** One logical letter of the source: its lower-case Kazakh Latin form, case, and source length. */
interface Letter { l: string; upper: boolean; from: number; to: number }

/** Reads the word's letters, folding combining acutes, apostrophe forms and Kazinform's capitals. */
function readLetters(text: string, from: number, to: number): Letter[] {
  const out: Letter[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    let len = 1;
    let l: string;
    const upper = ch !== ch.toLowerCase();
    if (ch === 'I') l = 'ı';                         // Kazinform: I is the capital of ı
    else if (ch === 'İ' || ch === 'І' || ch === 'і') l = 'і';
    else l = ch.toLowerCase();
    const next = text[i + 1];
    if (next === '\u0301' && ACUTE[l]) { l = ACUTE[l]!; len = 2; }
    else if (next !== undefined && APOSTROPHES.has(next) && APOSTROPHE[l] && i + 2 < to && LETTER.test(text[i + 2]!) &&
      !(i + 3 === to && /[sS]/.test(text[i + 2]!))) {      // not the English `'s`
      l = APOSTROPHE[l]!; len = 2;
    }
    out.push({ l, upper, from: i, to: i + len });
    i += len;
  }
  return out;
}

/** True when a word must stay as written: not Kazakh Latin. */
function keepAsWritten(word: string): boolean {
  const lower = word.toLowerCase();
  if (KEEP_WORDS.has(lower)) return true;
  if (ROMAN.test(word) && word.length > 1) return true;
  return /[wx]|c(?!h)/.test(lower.replace(/c['’ʼ`]/g, 'ç'));
}

/** ts is ц in Russian loans (`protsess`, `tsentr`, `delegatsııa`) and т+с in Kazakh (`ketse`, `aıtsa`). */
function tsIsTse(ls: Letter[], k: number): boolean {
  if (k === 0) return true;                       // no Kazakh word starts with тс
  if (ls[k - 1]!.l === 'ı' && k >= 2 && !VOWELS.has(ls[k - 2]!.l)) return true; // и before тс: вице, Зайцев
  const a = ls[k + 2]?.l, b = ls[k + 3]?.l;
  if (a === undefined) return false;
  if (a === 'h') return false;                    // t + sh
  if (a === 'ı' || a === 'o') return true;        // -ция, -цип, герцог: Kazakh suffixes use y/i, not ı or o
  if (a === 'e') return b !== undefined && 'snrdvpıl'.includes(b);  // процесс, центр, офицер vs кетсе, кетсек, етсең
  if (a === 'a') return b === 'r';                // Швейцария vs айтса, атсалысу
  if (a === 'ý') return ls[k - 1]!.l === 'n';     // француз vs тұтсу
  return false;
}

/**
 * ıa is я word-initially and after a vowel or ı (`aıaq` аяқ, `Azııa` Азия); after a consonant
 * Kazinform writes и+а (`mıllıard` миллиард, `materıal`, `olımpıada`), except in -фля- (`ınflıatsııa`).
 */
function iaIsYa(ls: Letter[], k: number): boolean {
  const p = ls[k - 1]?.l;
  if (p === undefined || p === 'ı' || VOWELS.has(p)) return true;
  return p === 'l' && ls[k - 2]?.l === 'f';
}

function upperIf(s: string, upper: boolean, allCaps: boolean): string {
  if (!upper) return s;
  return allCaps ? s.toUpperCase() : s[0]!.toUpperCase() + s.slice(1);
}

/** Where transliterated pieces go: a ViewBuilder, or a recording of them for the word cache. */
interface Sink { push(s: string, from: number, to: number): void }

/** Transliterates one word's letters into `vb`. */
function transliterateWord(ls: Letter[], vb: Sink, lowerWord: string): void {
  // `BІShKEK`: capitals except the h of a digraph
  let allCaps = false;
  if (ls[0]!.upper && ls.length > 1) {
    allCaps = ls.every((x, k) => x.upper || (x.l === 'h' && (ls[k - 1]?.l === 's' || ls[k - 1]?.l === 'c')));
  }
  const eLoan = lowerWord.charCodeAt(0) === 101 /* e */ && E_LOANS.test(lowerWord);
  let softAfter = -1;
  for (const [stem, at] of SOFT_SIGN) if (lowerWord.startsWith(stem)) softAfter = at;
  for (let k = 0; k < ls.length; k++) {
    const c = ls[k]!, n = ls[k + 1];
    let out: string | undefined;
    let span = 1;
    if (n) {
      if (c.l === 's' && n.l === 'h') { out = 'ш'; span = 2; }
      else if (c.l === 'c' && n.l === 'h') { out = 'ч'; span = 2; }
      else if (c.l === 't' && n.l === 's' && tsIsTse(ls, k)) { out = 'ц'; span = 2; }
      else if (c.l === 'ı' && n.l === 'a' && iaIsYa(ls, k)) { out = 'я'; span = 2; }
      else if (c.l === 'ı' && n.l === 'ý') { out = 'ю'; span = 2; }
    }
    if (out === undefined) {
      if (c.l === 'ı') {
        const p = ls[k - 1]?.l;
        out = p !== undefined && p !== 'ý' && (VOWELS.has(p) || p === 'ı') ? 'й' : 'и';
      } else if (c.l === 'e' && k === 0 && eLoan) out = 'э';
      else {
        out = SINGLE[c.l];
        if (out === undefined) { vb.push(upperIf(c.l, c.upper, false), c.from, c.to); continue; } // not a Kazakh Latin letter: as it is
        if (softAfter === k) out += 'ь';
      }
    }
    const last = ls[k + span - 1]!;
    vb.push(upperIf(out, c.upper, allCaps || (span > 1 && !!n?.upper)), c.from, last.to);
    k += span - 1;
  }
}

/** The Cyrillic view of a Latin-script Kazakh text. */
export function transliterateKazakhLatin(text: string, options: TranslitOptions = {}): TextView {
  const other = options.other;
  const vb = new ViewBuilder(text);
  let i = 0;
  while (i < text.length) {
    if (letterLength(text, i) > 0) {
      const end = wordEnd(text, i);
      pushWord(vb, text, i, end);
      i = end;
      continue;
    }
    const mapped = other === undefined ? null : other(text, i);
    if (mapped === null) vb.pushCharAsWritten(i);
    else vb.push(mapped, i, i + 1);
    i++;
  }
  return vb.build();
}

/** Appends the word text[from, to) to the view: transliterated, or as written. */
function pushWord(vb: ViewBuilder, text: string, from: number, to: number): void {
  if (to - from >= PACKED_OFFSET_LIMIT) {      // too long to cache as a packed run (never in real text)
    const word = text.slice(from, to);
    if (staysAsWritten(word)) vb.pushAsWritten(from, to);
    else transliterateWord(readLetters(text, from, to), vb, word.toLowerCase());
    return;
  }
  const entry = runCache.entry(text, from, to);
  const runStart = 1 + (to - from);
  if (entry.length === runStart) vb.pushAsWritten(from, to);
  else vb.pushPacked(entry, runStart, from);
}

/** Where the word starting at `from` ends. A word: letters, marks, and apostrophes between letters. */
function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    for (let n = letterLength(text, i); n > 0; n = letterLength(text, i)) i += n;
    if (!APOSTROPHE_CODES.has(text.charCodeAt(i)) || letterLength(text, i + 1) === 0) return i;
    i++;
  }
}
const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((a) => a.charCodeAt(0)));

/**
 * Words' transliterations, worked out once per distinct word: a word's transliteration depends on
 * the word alone (its letters, marks and inner apostrophes), and words recur.
 * Looked up by the word's place in the text, so that a hit (nearly every word) allocates nothing and
 * reads one string: an entry is the word's length (one unit), the word, then its packed run (empty
 * when the word stays as written). Open addressing over FNV-1a hashes; emptied when full.
 */
class WordRunCache {
  private readonly slots = 1 << 17;             // a power of two, over twice maxEntries: short probes
  private readonly maxEntries = 50_000;
  private readonly entries = new Array<string | undefined>(this.slots).fill(undefined);
  private count = 0;

  /** The entry of the word text[from, to) (shorter than PACKED_OFFSET_LIMIT), made on a miss. */
  entry(text: string, from: number, to: number): string {
    const mask = this.slots - 1;
    const hash = hashOf(text, from, to);
    let slot = hash & mask;
    for (let e = this.entries[slot]; e !== undefined; e = this.entries[slot]) {
      if (isEntryOf(e, text, from, to)) return e;
      slot = (slot + 1) & mask;
    }
    if (this.count >= this.maxEntries) {
      this.entries.fill(undefined);
      this.count = 0;
      slot = hash & mask;
    }
    const word = text.slice(from, to);
    const e = String.fromCharCode(word.length) + word + (staysAsWritten(word) ? '' : transliterateToRun(word));
    this.entries[slot] = e;
    this.count++;
    return e;
  }
}
const runCache = new WordRunCache();

function isEntryOf(entry: string, text: string, from: number, to: number): boolean {
  if (entry.charCodeAt(0) !== to - from) return false;
  for (let i = from, k = 1; i < to; i++, k++) if (entry.charCodeAt(k) !== text.charCodeAt(i)) return false;
  return true;
}

/** FNV-1a over the UTF-16 units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function staysAsWritten(word: string): boolean {
  return keepAsWritten(word) || !/\p{Script=Latin}/u.test(word);
}

/** Records transliterateWord's pieces as one packed run. */
function transliterateToRun(word: string): PackedRun {
  const chars: PackedRun[] = [];
  const recorder: Sink = {
    push(s, from, to) {
      for (let k = 0; k < s.length; k++) chars.push(packChar(s.charCodeAt(k), from, to));
    },
  };
  transliterateWord(readLetters(word, 0, word.length), recorder, word.toLowerCase());
  return chars.join('');
}
