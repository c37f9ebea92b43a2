import { describe, expect, it } from 'vitest';
import { dropDuplicates } from '../../src/resolve/stage.js';

describe('dropDuplicates', () => {
  it('keeps the first of records with the same span and key, and different keys on one span', () => {
    const rs = [
      { start: 0, end: 5, k: 'a', n: 1 }, { start: 0, end: 5, k: 'a', n: 2 },
      { start: 0, end: 5, k: 'b', n: 3 }, { start: 1, end: 5, k: 'a', n: 4 },
    ];
    expect(dropDuplicates(rs, (r) => r.k).map((r) => r.n)).toEqual([1, 3, 4]);
  });
});
