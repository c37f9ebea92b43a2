// After the extractors: records in text order (overlap removal and dedup are added per kind).
import type { Stage } from '../stage.js';

const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['regions', 'officials', 'figures', 'directives'],
  provides: ['records'],
  run(doc) {
    doc.regions.sort(byStart);
    doc.figures.sort(byStart);
    doc.directives.sort(byStart);
    doc.officials.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  },
};
