// Word boundaries that see Cyrillic and Kazakh letters. JavaScript's \b and \w are ASCII-only,
// even with the u flag, so /\bтенге\b/ never matches: use these everywhere instead.
// The same pieces are in rules/pieces.yaml as {{<}} and {{>}} for rule files.

/** Letters, combining marks and digits: what a word is made of. */
export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';
/** Not preceded by a word character. */
export const WORD_START = `(?<![${WORD_CHAR}])`;
/** Not followed by a word character. */
export const WORD_END = `(?![${WORD_CHAR}])`;

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR_RE.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_RE.test(ch);
}

/**
 * isLetter for one UTF-16 code unit (a surrogate alone is no letter), without a regex test per
 * character: each unit's answer is worked out once, in a 64 KB table (0 unknown, 1 letter, 2 not).
 */
export function isLetterCode(code: number): boolean {
  let known = LETTER_CODES[code];
  if (known === 0) {
    known = LETTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CODES[code] = known;
  }
  return known === 1;
}
const LETTER_CODES = new Uint8Array(0x10000);

/** Wraps a pattern source so it matches whole words only (the u flag is needed by the caller). */
export function wholeWord(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

/** Kazakh-specific Cyrillic letters: their share tells Kazakh from Russian. */
export const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
