// franc's Kazakh-vs-Russian trigram scores, computed as franc 6 computes them (`francAll(text,
// {only: ['kaz', 'rus']})`) but without its per-call costs: franc counts trigrams in a plain object
// (slow for thousands of string keys), filters its models per call and matches ~30 script
// expressions over the sample. Same models, same script test, same distance and normalization:
// the scores are identical (test/lang pins this on samples).
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;
const LANGS = ['kaz', 'rus'] as const;
const ABSENT = -1;

/** A trigram of UTF-16 code units as one number (three 16-bit units, exact in a double): no substring per trigram. */
const trigramKey = (a: number, b: number, c: number) => (a * 0x10000 + b) * 0x10000 + c;

/** Each model trigram's rank in the kaz and rus models (ABSENT when a model lacks it). */
interface Models { index: Map<number, number>; kazRank: number[]; rusRank: number[] }
let models: Models | null = null;
/** A model's trigrams by rank; a trigram listed twice keeps its best (lowest) rank, as in franc. */
function getModels(): Models {
  if (models) return models;
  const index = new Map<number, number>();
  const ranks: [number[], number[]] = [[], []];
  LANGS.forEach((lang, m) => {
    const list = data.Cyrillic![lang]!.split('|');
    for (let w = list.length - 1; w >= 0; w--) {
      const t = list[w]!;
      const key = trigramKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      let i = index.get(key);
      if (i === undefined) { index.set(key, (i = ranks[0].length)); ranks[0].push(ABSENT); ranks[1].push(ABSENT); }
      ranks[m]![i] = w;
    }
  });
  return (models = { index, kazRank: ranks[0], rusRank: ranks[1] });
}

const SCRIPTS = Object.keys(expressions);
const CYRILLIC = SCRIPTS.indexOf('Cyrillic');
// A BMP code unit's franc script: index in SCRIPTS + 1, NONE, or SEVERAL (the CJK expressions
// overlap). Worked out once per character with franc's own expressions, not by ~30 regex matches per call.
const NONE = 0, SEVERAL = 0xfffe, UNKNOWN = 0xffff;
const unitScripts = new Uint16Array(0x10000).fill(UNKNOWN);
const singleChar = SCRIPTS.map((s) => new RegExp(expressions[s]!.source));
function scriptOfUnit(code: number): number {
  let s = unitScripts[code]!;
  if (s === UNKNOWN) {
    const ch = String.fromCharCode(code);
    const hits = singleChar.flatMap((re, i) => (re.test(ch) ? [i + 1] : []));
    unitScripts[code] = s = hits.length === 0 ? NONE : hits.length === 1 ? hits[0]! : SEVERAL;
  }
  return s;
}

/**
 * franc's script choice: the expression matching the largest share of the sample. Every franc
 * expression matches one BMP code unit or one surrogate pair, so without surrogates a unit-by-unit
 * count is franc's match count; texts with surrogates or CJK take franc's own way.
 */
function isTopScriptCyrillic(value: string): boolean {
  const counts = new Array<number>(SCRIPTS.length + 1).fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return topScriptByExpressions(value) === 'Cyrillic';
    const s = scriptOfUnit(code);
    if (s === SEVERAL) return topScriptByExpressions(value) === 'Cyrillic';
    counts[s]!++;
  }
  return topOf(SCRIPTS.map((_, i) => counts[i + 1]!), value.length) === CYRILLIC;
}

/** Index of the script with the largest share; the first one wins a tie, as in franc. */
function topOf(matchCounts: number[], length: number): number {
  let topShare = -1;
  let top = -1;
  matchCounts.forEach((n, i) => {
    const share = n / length || 0;
    if (share > topShare) { topShare = share; top = i; }
  });
  return top;
}

function topScriptByExpressions(value: string): string | undefined {
  const top = topOf(SCRIPTS.map((s) => value.match(expressions[s]!)?.length ?? 0), value.length);
  return SCRIPTS[top];
}

/** Trigram counts of franc's cleaned sample (punctuation and digits to spaces, spaces collapsed, lower case). */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  if (cleaned.length < 3) return counts;
  let a = cleaned.charCodeAt(0), b = cleaned.charCodeAt(1);
  for (let i = 2; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    const key = trigramKey(a, b, c);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    a = b;
    b = c;
  }
  return counts;
}

/** { kaz, rus } as `Object.fromEntries(francAll(text, { only: ['kaz', 'rus'] }))` gives them; null when franc gives neither. */
export function kazRusScores(text: string): { kaz: number; rus: number } | null {
  if (!text || text.length < MIN_LENGTH) return null;
  const value = text.slice(0, MAX_LENGTH);
  if (!isTopScriptCyrillic(value)) return null; // franc answers `und` (or another script's languages)
  const { index, kazRank, rusRank } = getModels();
  let kazDistance = 0, rusDistance = 0;
  for (const [key, n] of trigramCounts(value)) {
    const i = index.get(key);
    kazDistance += distance(n, i === undefined ? ABSENT : kazRank[i]!);
    rusDistance += distance(n, i === undefined ? ABSENT : rusRank[i]!);
  }
  const min = Math.min(kazDistance, rusDistance);
  const max = value.length * MAX_DIFFERENCE - min;
  return { kaz: 1 - (kazDistance - min) / max || 0, rus: 1 - (rusDistance - min) / max || 0 };
}

/** franc's distance of a trigram seen n times from its rank in a model. */
const distance = (n: number, rank: number) => (rank === ABSENT ? MAX_DIFFERENCE : Math.abs(n - rank - 1));
