// After the extractors: one record per span and kind, in text order. (Each extractor resolves
// its own overlaps; this stage only guarantees order and drops exact duplicates.)
import type { Stage } from '../stage.js';

interface Spanned { start: number; end: number }
const byStart = (a: Spanned, b: Spanned) => a.start - b.start || b.end - a.end;

/** Drops records whose span (and key, e.g. kind or code) repeats an earlier one. */
export function dropDuplicates<T extends Spanned>(records: T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const k = `${r.start}:${r.end}:${key(r)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['regions', 'officials', 'figures', 'directives'],
  provides: ['records'],
  run(doc) {
    doc.regions = dropDuplicates(doc.regions.sort(byStart), (r) => r.code);
    doc.figures = dropDuplicates(doc.figures.sort(byStart), (f) => `${f.kind}:${f.value}`);
    doc.directives = dropDuplicates(doc.directives.sort(byStart), () => '');
    doc.officials.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  },
};
