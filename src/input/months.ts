// Month names from corpora/months.yaml, compiled once into a regex alternation and a lookup.
import { z } from 'zod';
import { loadCorpus } from '../gazetteer/corpus.js';
import { RuleFileError } from '../rules/errors.js';

const MonthNames = z.object({
  kk: z.array(z.string().min(2)),
  kkLatn: z.array(z.string().min(2)),
  ru: z.array(z.string().min(2)),
  en: z.array(z.string().min(2)),
});
const MonthsFile = z.object({
  months: z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/), MonthNames),
});

export interface MonthTable {
  /** A regex source matching any month word (no flags inside; use with `iu`). */
  pattern: string;
  /** The month number (1–12) of a matched word, or null. */
  monthOf(word: string): number | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, MonthTable>();

export function loadMonths(corporaDir: string): MonthTable {
  const hit = cache.get(corporaDir);
  if (hit) return hit;
  const parsed = MonthsFile.safeParse(loadCorpus(corporaDir, 'months'));
  if (!parsed.success) throw new RuleFileError(`${corporaDir}/months.yaml`, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const stems: Array<[string, number]> = [];
  const words = new Map<string, number>();
  for (const [num, names] of Object.entries(parsed.data.months)) {
    for (const name of [...names.kk, ...names.kkLatn, ...names.ru, ...names.en]) {
      const lower = name.toLowerCase().normalize('NFC');
      if (lower.endsWith('-')) stems.push([lower.slice(0, -1), Number(num)]);
      else words.set(lower, Number(num));
    }
  }
  // Longest first, so that the alternation and the lookup prefer the most specific name.
  stems.sort((a, b) => b[0].length - a[0].length);
  // The tails are written once, after each group of names, not after each name: the same matches in
  // the same order (each name is tried with its tail before the next name), but V8 builds the \p{L}
  // class once instead of once per stem, which took ~40 ms (~150 ms in a busy process) to compile.
  const stemAlt = stems.map(([s]) => escape(s)).join('|');
  const wordAlt = [...words.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const alternatives = [
    ...(stemAlt ? [`(?:${stemAlt})\\p{L}*`] : []),
    ...(wordAlt ? [`(?:${wordAlt})(?![\\p{L}\\p{M}])`] : []),
  ];
  const table: MonthTable = {
    pattern: `(?:${alternatives.join('|')})`,
    monthOf(word) {
      const lower = word.toLowerCase().normalize('NFC').replace(/\.$/, '');
      const exact = words.get(lower);
      if (exact) return exact;
      for (const [stem, num] of stems) if (lower.startsWith(stem)) return num;
      return null;
    },
  };
  cache.set(corporaDir, table);
  return table;
}
