// kk.official.as-title opens with `(?=[^.,;:!?()«»"]*?ретінде)`, a lookahead that only restates what a
// match needs: that holds while a title head can only hold letters, digits, spaces and hyphens.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/extract/officials/lexicon.js';

describe('kk.official.as-title lookahead', () => {
  it('title heads hold only letters, digits, spaces and hyphens', () => {
    const lex = lexicon(path.resolve('corpora'), 'kk');
    for (const f of lex.forms) {
      // the regex syntax the forms are written with: groups, options, classes, \s
      const text = f.source.replace(/\\s|\(\?:|[()?|+[\]]/g, '');
      expect(text, f.source).toMatch(/^[\p{L}\p{M}\p{N}-]*$/u);
    }
  });
});
