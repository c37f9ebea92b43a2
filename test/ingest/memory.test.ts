// The heap policy of `derek ingest` (src/workers/memory.ts): DEREK_HEAP_GROWTH parsing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_GROWTH_PERCENT, heapGrowthPercent } from '../../src/workers/memory.js';

describe('heap growth setting', () => {
  it('is the default unless DEREK_HEAP_GROWTH is a whole number of percent', () => {
    expect(heapGrowthPercent(undefined)).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(heapGrowthPercent('35')).toBe(35);
    expect(heapGrowthPercent('0')).toBe(0); // V8's own policy
    for (const bad of ['', ' ', 'x', '-5', '1.5']) expect(heapGrowthPercent(bad)).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
  });
});
