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

const listCache = new Map<string, string[]>();
const suffixCache = new Map<string, [string, boolean][]>();

/** Every inflected form of the agent suffixes (шы → шылар, шыға, шысы…), with "bare" for the nominative. */
function peopleSuffixForms(corporaDir: string, lang: Lang): [string, boolean][] {
  const k = `${corporaDir}\0${lang}`;
  let forms = suffixCache.get(k);
  if (!forms) {
    const base = wordList(corporaDir, lang, 'peopleSuffixes');
    forms = lang === 'kk'
      ? base.flatMap((b) => [...kkFormsTagged(b)].map(([f, t]) => [f, t.bare] as [string, boolean]))
      : base.flatMap((b) => [...ruForms(b.replace(/ь$/, ''))].map((f) => [f, true] as [string, boolean]));
    forms.sort((a, b) => b[0].length - a[0].length);
    suffixCache.set(k, forms);
  }
  return forms;
}

/** A word that names people by its agent suffix (жүргізуші, кәсіпкерлерге, строителей). */
function agentNoun(word: string, corporaDir: string, lang: Lang): NounHit | null {
  const w = foldKey(word);
  for (const [f, bare] of peopleSuffixForms(corporaDir, lang)) {
    if (w.endsWith(f) && w.length - f.length >= 3) return { cls: 'people', bare, possessive: false, words: 1 };
  }
  return null;
}
const stopCache = new Map<string, Set<string>>();

type ListKey = 'stop' | 'classifiers' | 'classifiersAfter' | 'adjectiveEndings' | 'adjectives' | 'capacityNouns' | 'capacitySuffixes' | 'peopleSuffixes' | 'verbEndings';

function wordList(corporaDir: string, lang: Lang, key: ListKey): string[] {
  const k = `${corporaDir}\0${lang}\0${key}`;
  let list = listCache.get(k);
  if (!list) {
    const d = loadCorpus<Record<string, Record<string, string[]> | undefined>>(corporaDir, 'people-nouns');
    listCache.set(k, (list = (d[lang]?.[key] ?? []).map(foldKey)));
  }
  return list;
}

function stopWords(corporaDir: string, lang: Lang): Set<string> {
  const k = `${corporaDir}\0${lang}`;
  let set = stopCache.get(k);
  if (!set) stopCache.set(k, (set = new Set(wordList(corporaDir, lang, 'stop'))));
  return set;
}

/** A genitive phrase right before the number ("«Инватакси» арнайы автокөлігінің 33 бірлігі"). */
const GENITIVE_BEFORE = /((?:"?[\p{L}][\p{L}\p{M}-]*"?[ \u00A0]+){0,3}[\p{L}][\p{L}\p{M}-]*(?:ның|нің|дың|дің|тың|тің))[ \u00A0]+$/u;

/**
 * For a measure word (бірлік, дана), what is counted is the genitive before the number:
 * returns its view span, or null.
 */
export function classifierObject(view: string, numStart: number, head: string, lang: Lang, corporaDir: string): [number, number] | null {
  const h = foldKey(head);
  if (!wordList(corporaDir, lang, 'classifiers').some((c) => h.startsWith(c.slice(0, -1)))) return null;
  const from = Math.max(0, numStart - 80);
  const m = GENITIVE_BEFORE.exec(view.slice(from, numStart));
  if (!m) return null;
  const start = from + m.index + (m[0].length - m[0].trimStart().length);
  return [start, start + m[1]!.trimStart().length];
}

export function countedObject(view: string, start: number, end: number, lang: Lang, corporaDir: string): CountedObject | null {
  const words: { s: number; e: number; t: string }[] = [];
  WORD.lastIndex = 0;
  const chunk = view.slice(start, end);
  for (const m of chunk.matchAll(WORD)) {
    const t = m[0].replace(/^"+|"+$/g, '');
    const lead = m[0].length - m[0].replace(/^"+/, '').length;
    if (!t) break;
    words.push({ s: start + m.index! + lead, e: start + m.index! + lead + t.length, t });
  }
  if (!words.length) return null;
  // a new sentence does not continue the number ("714 млн. Однако рост числа посетителей")
  if (/[.!?]\s*$/.test(view.slice(Math.max(0, start - 3), start)) && /^\p{Lu}/u.test(words[0]!.t)) return null;
  const stop = stopWords(corporaDir, lang);
  const lex = nounLexicon(corporaDir, lang);
  const texts = words.map((w) => w.t);
  // "1 200 пәтерлік тұрғын үй", "50 орындық": a capacity adjective (lexicon noun + -лық) ends the figure
  const cap = capacityWord(texts[0]!, corporaDir, lang);
  if (cap) return { start: words[0]!.s, end: words[0]!.e, cls: 'thing', known: true };
  const adj = wordList(corporaDir, lang, 'adjectiveEndings');
  const adjWords = wordList(corporaDir, lang, 'adjectives');
  const isAdj = (t: string) => { const k = foldKey(t); return adjWords.includes(k) || adj.some((e) => k.endsWith(e) && k.length > e.length + 2); };
  const limit = Math.min(words.length, REACH + 1);
  for (let i = 0; i < limit; i++) {
    if (stop.has(foldKey(texts[i]!))) break;
    // Russian: a word that is people by its suffix only counts when adjectives at most stand before
    // it ("5 композиций созданы другими композиторами" counts compositions, not composers); Kazakh
    // agent nouns take their object before them (салық төлеуші, тапсырыс беруші)
    let hit = lookupNoun(lex, texts, i) ?? (lang !== 'ru' || texts.slice(0, i).every(isAdj) ? agentNoun(texts[i]!, corporaDir, lang) : null);
    if (!hit) continue;
    let last = i;
    // izafet: a bare noun followed by a possessive lexicon noun (балалар орталығы)
    while (last + 1 < words.length && hit.bare) {
      const next = lookupNoun(lex, texts, last + 1);
      if (!next || !(next.possessive || next.words > 1)) break;
      hit = next; last++;
    }
    // "1,2 тыс. единиц техники": a measure word takes the genitive noun after it
    if (last + 1 < words.length && wordList(corporaDir, lang, 'classifiersAfter').includes(foldKey(texts[last]!)) && !stop.has(foldKey(texts[last + 1]!))) {
      return { start: words[0]!.s, end: words[last + 1]!.e, cls: 'thing', known: true };
    }
    return { start: words[0]!.s, end: words[last]!.e, cls: hit.cls, known: true };
  }
  const first = foldKey(texts[0]!);
  if (stop.has(first)) return null;
  if (wordList(corporaDir, lang, 'verbEndings').some((e) => first.endsWith(e) && first.length > e.length + 2)) return null;
  // no known noun: adjectives and the word after them (3070 избирательных участков), else one word
  const isVerb = (t: string) => { const k = foldKey(t); return wordList(corporaDir, lang, 'verbEndings').some((e) => k.endsWith(e) && k.length > e.length + 2); };
  let last = 0;
  while (last + 1 < Math.min(words.length, 3) && isAdj(texts[last]!) && !stop.has(foldKey(texts[last + 1]!)) && !isVerb(texts[last + 1]!)) last++;
  const adjectival = last > 0 && !isAdj(texts[last]!);
  return { start: words[0]!.s, end: words[last]!.e, cls: 'thing', known: false, adjectival };
}

/** A capacity noun with a capacity suffix (орындық = орын + дық, пәтерлік, төсектік), Kazakh only. */
function capacityWord(word: string, corporaDir: string, lang: Lang): boolean {
  if (lang !== 'kk') return false;
  const w = foldKey(word);
  for (const suf of wordList(corporaDir, lang, 'capacitySuffixes')) {
    if (!w.endsWith(suf) || w.length - suf.length < 2) continue;
    if (wordList(corporaDir, lang, 'capacityNouns').includes(w.slice(0, -suf.length))) return true;
  }
  return false;
}
