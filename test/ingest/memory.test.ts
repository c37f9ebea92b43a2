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

describe('record id computed once', () => {
  it('the pipeline takes the id the ingest computed, and computes it when none is given', async () => {
    const { processArticle } = await import('../../src/pipeline.js');
    const { articleId } = await import('../../src/article.js');
    const { defaultContext } = await import('../../src/context.js');
    const ctx = defaultContext({ today: '2026-01-20' });
    const text = 'Астанада 5 мектеп салынды.';
    const base = { source: 'x', text, date: null, dateFrom: null, title: null } as const;
    expect(processArticle({ ...base }, ctx).id).toBe(articleId(text));
    // A given id is trusted as is: the ingest passes articleId(text), computed for its skip check.
    expect(processArticle({ ...base, id: 'given' }, ctx).id).toBe('given');
  });
});
