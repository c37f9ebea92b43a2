// The reference for the compiler's speed-ups: a rule's pattern compiled plainly (pieces expanded,
// XRegExp, no pre-tests, no guard, no start positions) and scanned over the whole text with
// String.prototype.matchAll. A compiled pattern must find exactly these matches.
import XRegExp from 'xregexp';
import { compilePattern, matchAll } from '../../src/rules/compile.js';

/** [start, text] of every non-empty match: through matchAll on the compiled pattern, and plainly. */
export function bothWays(pattern: string, pieces: Record<string, string>, flags: string, text: string): { got: [number, string][]; want: [number, string][] } {
  const expanded = pattern.replace(/\{\{\s*([\w<>-]+)\s*\}\}/g, (_, n: string) => `(?:${pieces[n]})`);
  const plain = new RegExp(XRegExp(expanded, `x${flags}`).source, `gd${flags}`);
  return {
    got: [...matchAll(compilePattern(pattern, pieces, flags), text)].map((m) => [m.start, m.text]),
    want: [...text.matchAll(plain)].filter((m) => m[0].length > 0).map((m) => [m.index, m[0]]),
  };
}
