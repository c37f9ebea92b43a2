// The month-word pattern of datelines (src/input/months.ts).
import { describe, expect, it } from 'vitest';
import { loadMonths } from '../../src/input/months.js';
import { parseArticleText } from '../../src/input/meta.js';
import { loadCorpus } from '../../src/gazetteer/corpus.js';
import { BUILTIN_CORPORA } from '../../src/paths.js';

const months = loadMonths(BUILTIN_CORPORA);

/** The pattern as it was first written, from corpora/months.yaml: each name with its own tail. */
function perNamePattern(): string {
  const data = loadCorpus<{ months: Record<string, Record<string, string[]>> }>(BUILTIN_CORPORA, 'months');
  const stems: string[] = [];
  const words = new Set<string>();
  for (const names of Object.values(data.months)) {
    for (const name of [...names.kk!, ...names.kkLatn!, ...names.ru!, ...names.en!]) {
      const lower = name.toLowerCase().normalize('NFC');
      if (lower.endsWith('-')) stems.push(lower.slice(0, -1));
      else words.add(lower);
    }
  }
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longestFirst = (a: string, b: string) => b.length - a.length;
  return `(?:${[
    ...stems.sort(longestFirst).map((x) => `${escape(x)}\\p{L}*`),
    ...[...words].sort(longestFirst).map((w) => `${escape(w)}(?![\\p{L}\\p{M}])`),
  ].join('|')})`;
}

describe('month names', () => {
  // V8 builds a \p{L} class for every place the pattern holds one, and a u-flag class takes
  // milliseconds: once per month stem, the first dateline of a process took ~150 ms.
  it('the stems share one \\p{L}* tail and the words one look-ahead', () => {
    expect(months.pattern.match(/\\p\{L\}\*/g)).toHaveLength(1);
    expect(months.pattern.match(/\(\?!\[\\p\{L\}\\p\{M\}\]\)/g)).toHaveLength(1);
  });

  it('matches what the pattern with a tail per name matches, at the same place and length', () => {
    const shared = new RegExp(`(?<![\\p{L}])${months.pattern}`, 'giu');
    const perName = new RegExp(`(?<![\\p{L}])${perNamePattern()}`, 'giu');
    expect(perNamePattern().match(/\\p\{L\}\*/g)!.length).toBeGreaterThan(40);
    const text = [
      '02 Желтоқсан 2025', '14 января 2026', '13 June 2022', '2025 жылғы 2 желтоқсанда', '30 Qańtar 2026',
      'сентябрьде', 'Sept. 5', 'ЯНВАРЯ', 'маусымның', 'mausymda', 'майда', 'мая', 'May', 'Mayor', 'марта',
      'мартен', 'декабрист', 'Augusta', 'qyrkúıekte', 'ақпанға', 'октябрьский',
    ].join(' | ');
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(all(shared)).toEqual(all(perName));
    expect(all(shared).length).toBeGreaterThan(15);
  });

  it('datelines still give their dates', () => {
    expect(parseArticleText('АСТАНА, 14 января 2026. KAZINFORM\nТекст статьи.\nВторая строка.', 'x').date).toBe('2026-01-14');
    expect(parseArticleText('10:50, 02 Желтоқсан 2025\nМәтін.\nЕкінші жол.', 'x').date).toBe('2025-12-02');
    expect(parseArticleText('30 Qańtar 2026 | GMT +5\nMátin.\nEkinshi jol.', 'x').date).toBe('2026-01-30');
  });
});
