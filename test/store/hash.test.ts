// The records hash decides whether a stored article is rewritten: its canonical JSON must stay
// exactly what it was (JSON.stringify with sorted keys), or every stored article would read as changed.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { stableJson } from '../../src/store/hash.js';

/** The reference: JSON.stringify with a replacer that sorts every object's keys. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

describe('stableJson', () => {
  it('equals JSON.stringify with sorted keys, edge cases included', () => {
    const cases: unknown[] = [
      null, 0, -1.5, 'тест "q"\n', true, [], {}, [undefined, null, () => 1, NaN, Infinity],
      { b: 1, a: { d: [1, { z: 2, y: undefined }], c: 'x' }, f: () => 1, u: undefined },
      { date: new Date(Date.UTC(2026, 0, 2)) }, { 'ключ': 1, 'Ключ': 2, '10': 3, '9': 4 },
    ];
    for (const c of cases) expect(stableJson(c)).toBe(reference(c));
  });

  it('equals the reference on real records', () => {
    const record = extract('Алматы облысына 8,5 млрд теңге бөлінді. Облыс әкімі Марат Сұлтанғазиев әкімдікке жұмысты 1 наурызға дейін аяқтауды тапсырды.', { date: '2026-01-20' });
    expect(record.figures.length + record.regions.length).toBeGreaterThan(0);
    expect(stableJson(record)).toBe(reference(record));
  });
});
