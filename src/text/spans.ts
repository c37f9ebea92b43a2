// Lookups in lists of spans sorted by start, by binary search: the extractors ask "which spans lie
// here" once per name, place or directive, and a scan of the whole list each time is quadratic on a
// long article.

interface Span { start: number; end: number }

/** Index of the first span whose start is at or after `at` (the list is sorted by start). */
export function firstStartingAt<T extends { start: number }>(sorted: readonly T[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The spans that start in [from, to], in their order. */
export function startingIn<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const lo = firstStartingAt(sorted, from);
  let hi = lo;
  while (hi < sorted.length && sorted[hi]!.start <= to) hi++;
  return sorted.slice(lo, hi);
}

/** A test of whether [start, end) overlaps any of `spans` (in any order; they may overlap each other). */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = []; // maxEnd[i]: the furthest end among sorted[0..i]
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd.at(-1) ?? -Infinity));
  return (start, end) => {
    const before = firstStartingAt(sorted, end); // the spans starting before `end`
    return before > 0 && maxEnd[before - 1]! > start;
  };
}
