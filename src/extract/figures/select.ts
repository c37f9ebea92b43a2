// Chooses among overlapping candidates: exclusions first (a year is never a figure), then by rule
// priority and length; a number is read by one figure only, and surfaces do not overlap.
import type { Candidate } from './candidates.js';

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export function selectCandidates(cands: Candidate[], excluded: [number, number][]): Candidate[] {
  const order = [...cands].sort((x, y) => y.priority - x.priority || (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const taken: Candidate[] = [];
  for (const c of order) {
    if (c.loneOne && c.kind !== 'money' && c.kind !== 'percent') continue;
    if (c.nums.some((n) => excluded.some((e) => overlaps(n, e)))) continue;
    if (taken.some((t) => overlaps([t.start, t.end], [c.start, c.end]))) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
