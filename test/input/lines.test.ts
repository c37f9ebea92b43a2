import { describe, expect, it, vi } from 'vitest';
import { splitLines } from '../../src/input/lines.js';

async function lines(chunks: Array<Buffer | string>, max?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const l of splitLines((async function* () { yield* chunks; })(), max)) out.push(l.tooLong ? `${l.n}: too long` : `${l.n}: ${l.bytes.toString('utf8')}`);
  return out;
}

describe('splitLines', () => {
  it('splits across chunks, keeps CR, yields the last line without LF', async () => {
    expect(await lines(['ab', 'c\r\nd', 'e\n\nf', 'g'])).toEqual(['1: abc\r', '2: de', '3: ', '4: fg']);
    expect(await lines(['a\n'])).toEqual(['1: a']);
    expect(await lines([])).toEqual([]);
  });

  it('a line over the cap is one LongLine, dropped as it comes, and the next lines still read', async () => {
    expect(await lines(['12345\n123456\n1234', '5', '67', '89\nok\n', '1234567'], 5)).toEqual([
      '1: 12345', '2: too long', '3: too long', '4: ok', '5: too long',
    ]);
    // over the cap within the pieces, then the LF in a later chunk
    expect(await lines(['{"a', 'aaaa', 'aaaa', 'aa"}', '\n{}\n'], 8)).toEqual(['1: too long', '2: {}']);
  });

  it('joins a long line once, not once per chunk (which is quadratic in its length)', async () => {
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const chunks = Array.from({ length: 1000 }, () => Buffer.from('x'.repeat(100)));
      const out = await lines([...chunks, '\n']);
      expect(out).toEqual([`1: ${'x'.repeat(100_000)}`]);
      expect(concat.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      concat.mockRestore();
    }
  });
});
