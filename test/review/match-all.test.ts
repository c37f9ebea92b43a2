// matchAll keeps its own position: matching the same compiled rule elsewhere between two steps
// (a nested loop, an abandoned generator) must not derail an iteration under way.
import { describe, expect, it } from 'vitest';
import { compilePattern, matchAll } from '../../src/rules/compile.js';

describe('matchAll', () => {
  const p = compilePattern(String.raw`(?<n> \d+ )`, {});

  it('is reentrant on one compiled pattern', () => {
    const outer: string[] = [];
    for (const m of matchAll(p, 'a 1 b 22 c 333')) {
      outer.push(m.text);
      expect([...matchAll(p, '7 8')].map((x) => x.text)).toEqual(['7', '8']);
      matchAll(p, '9999999 5').next(); // left unfinished
    }
    expect(outer).toEqual(['1', '22', '333']);
  });

  it('steps over empty matches and keeps group spans', () => {
    const q = compilePattern(String.raw`(?<w> [a-z]* )`, {});
    expect([...matchAll(q, '1ab2c')].map((m) => [m.start, m.end, m.groups.w?.text])).toEqual([[1, 3, 'ab'], [4, 5, 'c']]);
  });
});
