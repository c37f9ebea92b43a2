// The counted noun phrase after a number: where it ends and whether it counts people.
// "45 түрлі әлеуметтік маңызды қызмет көрсетілетінін" → ends at қызмет (a lexicon noun);
// "екі балалар орталығы" → continues through an izafet (bare noun + possessive noun);
// with no lexicon noun in reach, the first word is the object (a quantity).
import type { Lang } from '../../types.js';
import { foldKey, kkFormsTagged, ruForms } from '../../text/numbers.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { lookupNoun, nounLexicon, type NounClass, type NounHit } from './lexicons.js';

export interface CountedObject {
  /** View offsets of the phrase. */
  start: number;
  end: number;
  cls: NounClass;
  /** Found through the lexicon (false: the first word, by default). */
  known: boolean;
  /** Unknown head reached through adjectives (три семеноводческих хозяйства, екі жаңа қазандық). */
  adjectival?: boolean;
}

const WORD = /[\p{L}"][\p{L}\p{M}"-]*/gu;
/** How many words the phrase may run before its head noun. */
const REACH = 4;

/** The word lists of one language (people-nouns.yaml), folded, with the agent-suffix forms. */
interface WordLists {
  stop: Set<string>;
  classifiers: string[];
  classifiersAfter: Set<string>;
  adjectiveEndings: string[];
  adjectives: Set<string>;
  capacityNouns: Set<string>;
  capacitySuffixes: string[];
  verbEndings: string[];
  peopleSuffixes: SuffixIndex;
}

/** Agent-suffix forms by length: form → bare (the first reading of a form wins). */
interface SuffixIndex { lengths: number[]; forms: Map<string, boolean> }

type ListKey = 'stop' | 'classifiers' | 'classifiersAfter' | 'adjectiveEndings' | 'adjectives' | 'capacityNouns' | 'capacitySuffixes' | 'peopleSuffixes' | 'verbEndings';

/** Folder → language → lists: built once, read for every counted phrase. */
const listsCache = new Map<string, Map<Lang, WordLists>>();

function wordLists(corporaDir: string, lang: Lang): WordLists {
  let byLang = listsCache.get(corporaDir);
  if (!byLang) listsCache.set(corporaDir, (byLang = new Map()));
  let lists = byLang.get(lang);
  if (!lists) byLang.set(lang, (lists = buildWordLists(corporaDir, lang)));
  return lists;
}

function buildWordLists(corporaDir: string, lang: Lang): WordLists {
  const d = loadCorpus<Record<string, Record<string, string[]> | undefined>>(corporaDir, 'people-nouns');
  const list = (key: ListKey) => (d[lang]?.[key] ?? []).map(foldKey);
  return {
    stop: new Set(list('stop')),
    classifiers: list('classifiers'),
    classifiersAfter: new Set(list('classifiersAfter')),
    adjectiveEndings: list('adjectiveEndings'),
    adjectives: new Set(list('adjectives')),
    capacityNouns: new Set(list('capacityNouns')),
    capacitySuffixes: list('capacitySuffixes'),
    verbEndings: list('verbEndings'),
    peopleSuffixes: suffixIndex(peopleSuffixForms(list('peopleSuffixes'), lang)),
  };
}

/** Every inflected form of the agent suffixes (шы → шылар, шыға, шысы…), with "bare" for the nominative. */
function peopleSuffixForms(base: string[], lang: Lang): [string, boolean][] {
  return lang === 'kk'
    ? base.flatMap((b) => [...kkFormsTagged(b)].map(([f, t]) => [f, t.bare] as [string, boolean]))
    : base.flatMap((b) => [...ruForms(b.replace(/ь$/, ''))].map((f) => [f, true] as [string, boolean]));
}

function suffixIndex(forms: [string, boolean][]): SuffixIndex {
  const index: SuffixIndex = { lengths: [], forms: new Map() };
  for (const [f, bare] of forms) if (!index.forms.has(f)) index.forms.set(f, bare);
  index.lengths = [...new Set(forms.map(([f]) => f.length))].sort((a, b) => b - a);
  return index;
}

/** A word that names people by its agent suffix (жүргізуші, кәсіпкерлерге, строителей): the longest
 * suffix form the word ends with, at least 3 letters left before it. */
function agentNoun(w: string, suffixes: SuffixIndex): NounHit | null {
  for (const len of suffixes.lengths) {
    if (w.length - len < 3) continue;
    const bare = suffixes.forms.get(w.slice(w.length - len));
    if (bare !== undefined) return { cls: 'people', bare, possessive: false, words: 1 };
  }
  return null;
}

/** A genitive phrase right before the number ("«Инватакси» арнайы автокөлігінің 33 бірлігі"). */
const GENITIVE_BEFORE = /((?:"?[\p{L}][\p{L}\p{M}-]*"?[ \u00A0]+){0,3}[\p{L}][\p{L}\p{M}-]*(?:ның|нің|дың|дің|тың|тің))[ \u00A0]+$/u;

/**
 * For a measure word (бірлік, дана), what is counted is the genitive before the number:
 * returns its view span, or null.
 */
export function classifierObject(view: string, numStart: number, head: string, lang: Lang, corporaDir: string): [number, number] | null {
  const h = foldKey(head);
  if (!wordLists(corporaDir, lang).classifiers.some((c) => h.startsWith(c.slice(0, -1)))) return null;
  const from = Math.max(0, numStart - 80);
  const m = GENITIVE_BEFORE.exec(view.slice(from, numStart));
  if (!m) return null;
  const start = from + m.index + (m[0].length - m[0].trimStart().length);
  return [start, start + m[1]!.trimStart().length];
}

interface PhraseWord { s: number; e: number; t: string }

/** The words of view[start, end) with their quotes trimmed, up to the first word of quotes only. */
function phraseWords(view: string, start: number, end: number): PhraseWord[] {
  const words: PhraseWord[] = [];
  const chunk = view.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(chunk)) !== null) {
    const w = m[0];
    let lead = 0, tail = w.length;
    while (lead < tail && w.charCodeAt(lead) === QUOTE) lead++;
    while (tail > lead && w.charCodeAt(tail - 1) === QUOTE) tail--;
    if (lead === tail) break;
    const s = start + m.index + lead;
    words.push({ s, e: s + tail - lead, t: lead === 0 && tail === w.length ? w : w.slice(lead, tail) });
  }
  return words;
}
const QUOTE = 0x22;

export function countedObject(view: string, start: number, end: number, lang: Lang, corporaDir: string): CountedObject | null {
  const words = phraseWords(view, start, end);
  if (!words.length) return null;
  // a new sentence does not continue the number ("714 млн. Однако рост числа посетителей")
  if (/[.!?]\s*$/.test(view.slice(Math.max(0, start - 3), start)) && /^\p{Lu}/u.test(words[0]!.t)) return null;
  const lists = wordLists(corporaDir, lang);
  const { stop } = lists;
  const lex = nounLexicon(corporaDir, lang);
  // folded words, each folded on first use
  const keys: string[] = [];
  const keyAt = (i: number) => keys[i] ??= foldKey(words[i]!.t);
  // "1 200 пәтерлік тұрғын үй", "50 орындық": a capacity adjective (lexicon noun + -лық) ends the figure
  if (lang === 'kk' && capacityWord(keyAt(0), lists)) return { start: words[0]!.s, end: words[0]!.e, cls: 'thing', known: true };
  const isAdj = (i: number) => { const k = keyAt(i); return lists.adjectives.has(k) || lists.adjectiveEndings.some((e) => k.endsWith(e) && k.length > e.length + 2); };
  const isVerb = (i: number) => { const k = keyAt(i); return lists.verbEndings.some((e) => k.endsWith(e) && k.length > e.length + 2); };
  const adjectivesBefore = (i: number) => { for (let j = 0; j < i; j++) if (!isAdj(j)) return false; return true; };
  const limit = Math.min(words.length, REACH + 1);
  for (let i = 0; i < limit; i++) {
    if (stop.has(keyAt(i))) break;
    // Russian: a word that is people by its suffix only counts when adjectives at most stand before
    // it ("5 композиций созданы другими композиторами" counts compositions, not composers); Kazakh
    // agent nouns take their object before them (салық төлеуші, тапсырыс беруші)
    let hit = lookupNoun(lex, keyAt, i) ?? (lang !== 'ru' || adjectivesBefore(i) ? agentNoun(keyAt(i), lists.peopleSuffixes) : null);
    if (!hit) continue;
    let last = i;
    // izafet: a bare noun followed by a possessive lexicon noun (балалар орталығы)
    while (last + 1 < words.length && hit.bare) {
      const next = lookupNoun(lex, keyAt, last + 1);
      if (!next || !(next.possessive || next.words > 1)) break;
      hit = next; last++;
    }
    // "1,2 тыс. единиц техники": a measure word takes the genitive noun after it
    if (last + 1 < words.length && lists.classifiersAfter.has(keyAt(last)) && !stop.has(keyAt(last + 1))) {
      return { start: words[0]!.s, end: words[last + 1]!.e, cls: 'thing', known: true };
    }
    return { start: words[0]!.s, end: words[last]!.e, cls: hit.cls, known: true };
  }
  if (stop.has(keyAt(0))) return null;
  if (isVerb(0)) return null;
  // no known noun: adjectives and the word after them (3070 избирательных участков), else one word
  let last = 0;
  while (last + 1 < Math.min(words.length, 3) && isAdj(last) && !stop.has(keyAt(last + 1)) && !isVerb(last + 1)) last++;
  const adjectival = last > 0 && !isAdj(last);
  return { start: words[0]!.s, end: words[last]!.e, cls: 'thing', known: false, adjectival };
}

/** A capacity noun with a capacity suffix (орындық = орын + дық, пәтерлік, төсектік), Kazakh only. */
function capacityWord(w: string, lists: WordLists): boolean {
  for (const suf of lists.capacitySuffixes) {
    if (!w.endsWith(suf) || w.length - suf.length < 2) continue;
    if (lists.capacityNouns.has(w.slice(0, -suf.length))) return true;
  }
  return false;
}
