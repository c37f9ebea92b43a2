// franc's Kazakh-vs-Russian trigram scores, computed as franc 6 computes them (`francAll(text,
// {only: ['kaz', 'rus']})`) but without its per-call costs: franc counts trigrams in a plain object
// (slow for thousands of string keys) and filters its models per call. Same models, same script
// test, same distance and normalization: the scores are identical (test/lang pins this on samples).
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;
const LANGS = ['kaz', 'rus'] as const;

let models: Map<string, number>[] | null = null;
/** A model's trigrams by rank; a trigram listed twice keeps its best (lowest) rank, as in franc. */
function getModels(): Map<string, number>[] {
  return (models ??= LANGS.map((lang) => {
    const list = data.Cyrillic![lang]!.split('|');
    const model = new Map<string, number>();
    for (let w = list.length - 1; w >= 0; w--) model.set(list[w]!, w);
    return model;
  }));
}

/** franc's script choice: the expression matching the largest share of the sample. */
function topScript(value: string): string | undefined {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const m = value.match(expressions[script]!);
    const count = (m ? m.length : 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return top;
}

/** Trigram counts of franc's cleaned sample (punctuation and digits to spaces, spaces collapsed, lower case). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const t = cleaned.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** { kaz, rus } as `Object.fromEntries(francAll(text, { only: ['kaz', 'rus'] }))` gives them; null when franc gives neither. */
export function kazRusScores(text: string): { kaz: number; rus: number } | null {
  if (!text || text.length < MIN_LENGTH) return null;
  const value = text.slice(0, MAX_LENGTH);
  if (topScript(value) !== 'Cyrillic') return null; // franc answers `und` (or another script's languages)
  const counts = trigramCounts(value);
  const distances = getModels().map((model) => {
    let distance = 0;
    for (const [t, n] of counts) {
      const rank = model.get(t);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(n - rank - 1);
    }
    return distance;
  });
  const min = Math.min(...distances);
  const max = value.length * MAX_DIFFERENCE - min;
  const [kaz, rus] = distances.map((d) => 1 - (d - min) / max || 0) as [number, number];
  return { kaz, rus };
}
