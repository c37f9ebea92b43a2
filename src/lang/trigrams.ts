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

// Trigrams are counted in a table indexed by their three characters, each as a 6-bit id in the
// models' alphabet (38 characters): no string or hash per trigram. A trigram with a character
// outside that alphabet is in neither model, so only how many distinct ones there are matters.
const ID_BITS = 6;
const TABLE_SIZE = 1 << (3 * ID_BITS);
const NOT_IN_MODELS = 0;
const tableIndex = (a: number, b: number, c: number) => (((a << ID_BITS) | b) << ID_BITS) | c;
/** A trigram of UTF-16 code units as one number (three 16-bit units, exact in a double). */
const trigramKey = (a: number, b: number, c: number) => (a * 0x10000 + b) * 0x10000 + c;

/** Each model trigram's rank in the kaz and rus models (ABSENT when a model lacks it), by table index. */
interface Models { charIds: Uint8Array; kazRank: Int16Array; rusRank: Int16Array }
let models: Models | null = null;
function getModels(): Models {
  if (models) return models;
  const lists = LANGS.map((lang) => data.Cyrillic![lang]!.split('|'));
  const charIds = new Uint8Array(0x10000);
  let ids = 0;
  for (const code of new Set(lists.join('').split('').map((ch) => ch.charCodeAt(0)))) charIds[code] = ++ids;
  if (ids >= 1 << ID_BITS) throw new Error(`franc's kaz/rus models use ${ids} characters: more than ${ID_BITS}-bit ids hold`);
  const [kazRank, rusRank] = lists.map((list) => {
    const ranks = new Int16Array(TABLE_SIZE).fill(ABSENT);
    // a trigram listed twice keeps its best (lowest) rank, as in franc
    for (let w = list.length - 1; w >= 0; w--) {
      const t = list[w]!;
      ranks[tableIndex(charIds[t.charCodeAt(0)]!, charIds[t.charCodeAt(1)]!, charIds[t.charCodeAt(2)]!)] = w;
    }
    return ranks;
  }) as [Int16Array, Int16Array];
  return (models = { charIds, kazRank, rusRank });
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

/** franc's cleaned sample: punctuation and digits to spaces, spaces collapsed, lower case, a space either side. */
function cleanSample(value: string): string {
  // one pass for franc's two (`[\u0021-\u0040]+` to a space, then `\s+` to a space): a run of both becomes one space either way
  return ' ' + value.replace(/[\u0021-\u0040\s]+/g, ' ').trim().toLowerCase() + ' ';
}

// Reused between calls (and left zeroed): counts of the sample's trigrams by table index.
const trigramTable = new Uint16Array(TABLE_SIZE);

/** { kaz, rus } as `Object.fromEntries(francAll(text, { only: ['kaz', 'rus'] }))` gives them; null when franc gives neither. */
export function kazRusScores(text: string): { kaz: number; rus: number } | null {
  if (!text || text.length < MIN_LENGTH) return null;
  const value = text.slice(0, MAX_LENGTH);
  if (!isTopScriptCyrillic(value)) return null; // franc answers `und` (or another script's languages)
  const { charIds, kazRank, rusRank } = getModels();
  const cleaned = cleanSample(value);
  const seen: number[] = [];
  const outside = new Set<number>();
  for (let i = 2; i < cleaned.length; i++) {
    const a = cleaned.charCodeAt(i - 2), b = cleaned.charCodeAt(i - 1), c = cleaned.charCodeAt(i);
    const ia = charIds[a]!, ib = charIds[b]!, ic = charIds[c]!;
    if (ia === NOT_IN_MODELS || ib === NOT_IN_MODELS || ic === NOT_IN_MODELS) { outside.add(trigramKey(a, b, c)); continue; }
    const t = tableIndex(ia, ib, ic);
    if (trigramTable[t]!++ === 0) seen.push(t);
  }
  // franc's distance: per distinct trigram, |count - rank - 1|, or MAX_DIFFERENCE when the model lacks it
  let kazDistance = outside.size * MAX_DIFFERENCE, rusDistance = kazDistance;
  for (const t of seen) {
    const n = trigramTable[t]!;
    trigramTable[t] = 0;
    kazDistance += distance(n, kazRank[t]!);
    rusDistance += distance(n, rusRank[t]!);
  }
  const min = Math.min(kazDistance, rusDistance);
  const max = value.length * MAX_DIFFERENCE - min;
  return { kaz: 1 - (kazDistance - min) / max || 0, rus: 1 - (rusDistance - min) / max || 0 };
}

const distance = (n: number, rank: number) => (rank === ABSENT ? MAX_DIFFERENCE : Math.abs(n - rank - 1));
