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

// ---- Character classes read per UTF-16 code unit. Scanners test every character of every article;
// a regex test per character is slow, so each BMP unit's answer is worked out once, in a 64 KB
// table (0 unknown, 1 in, 2 out). `charClass` matches one character and has the u flag.

/** Whether one UTF-16 code unit is in `charClass` (a surrogate alone never is). */
export function unitTest(charClass: RegExp): (code: number) => boolean {
  const units = new Uint8Array(0x10000);
  return (code) => {
    let known = units[code]!;
    if (known === 0) units[code] = known = charClass.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  };
}

/** The length of the character at text[i] when it is in `charClass`: 1, or 2 for a surrogate pair;
 *  0 when it is not, or i is past the end. */
export function classCharReader(charClass: RegExp, inUnit = unitTest(charClass)): (text: string, i: number) => number {
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { // a high surrogate: the character is the pair (rare)
      const low = text.charCodeAt(i + 1);
      return low >= 0xdc00 && low <= 0xdfff && charClass.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    return c === c && inUnit(c) ? 1 : 0; // c !== c: NaN, past the end
  };
}

/** isLetter for one UTF-16 code unit. */
export const isLetterCode = unitTest(LETTER_RE);
/** The length of the letter or mark at text[i] (see classCharReader). */
export const letterLength = classCharReader(LETTER_RE, isLetterCode);
/** The length of the letter, mark or digit at text[i] (see classCharReader). */
export const wordCharLength = classCharReader(WORD_CHAR_RE);

/** Wraps a pattern source so it matches whole words only (the u flag is needed by the caller). */
export function wholeWord(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

/** Kazakh-specific Cyrillic letters: their share tells Kazakh from Russian. */
export const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
