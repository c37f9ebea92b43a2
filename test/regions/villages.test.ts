// Context villages: the Kazakh pattern searches from the type word and reads the name backwards;
// it must find exactly what the pattern written forwards finds.
import { describe, expect, it } from 'vitest';
import { kkVillages } from '../../src/extract/regions.js';
import { kkWordForms } from '../../src/morph/kk.js';

const TYPES = ['ауылы', 'кенті', 'селосы'].flatMap((w) => kkWordForms(w, { possessive: true }));
const FORWARD = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}-]+)\s(${TYPES.join('|')})(?![\p{L}\p{M}\p{N}])`, 'gu');
const forward = (text: string) => [...text.matchAll(FORWARD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, name: m[1]!, type: m[2]! }));

const PIECES = ['Ақ', 'ауылы', 'ауылында', 'кенті', 'селосының', 'Ба', 'б', 'Қ', '-', ' ', '\n', '\t', '.', '7', 'Σ', '\u0301', 'ы', 'А-Б', 'сол', '𝐀', 'ауыл'];

describe('Kazakh context villages', () => {
  it('finds what the forward pattern finds', () => {
    for (const text of ['Шелек ауылында', 'Сол ауылында', 'Қара-Су ауылы, Ақ-Бұлақ селосында', 'ауылы ауылы', 'Ақ ауылы-Ба кенті', 'А ауылы', '']) {
      expect(kkVillages(text), text).toEqual(forward(text));
    }
    let x = 7;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = 0; i < 3 + (k % 12); i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; text += PIECES[(x >>> 8) % PIECES.length]; }
      expect(kkVillages(text), JSON.stringify(text)).toEqual(forward(text));
    }
  });
});
