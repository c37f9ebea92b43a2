// What a name token looks like: surnames, patronymics, initials. Shapes are checked on the
// nominative (after case endings are removed), in the Cyrillic view text.
import { unitTest } from '../text/boundaries.js';

/** Surname endings of Kazakh and Russian surnames (masculine and feminine). */
export const SURNAME_END = /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк)$/u;
/** Patronymics: Kazakh -ұлы/-улы/-қызы/-кызы, Russian -ович/-евич/-овна/-евна/-ична. */
export const PATRONYMIC_END = /(?:ұлы|улы|қызы|кызы|ович|евич|ьич|овна|евна|ична|инична)$/u;
/** An initial: `Н.` */
export const INITIAL = /^\p{Lu}\.$/u;

export const isSurnameShape = (w: string): boolean => SURNAME_END.test(w) && w.length >= 4;
export const isPatronymic = (w: string): boolean => PATRONYMIC_END.test(w) && w.length >= 6;

/** Kazakh-specific letters folded to their Russian look-alikes, lower case, ё→е: Нәлібаев ~ Налибаев. */
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е', й: 'и', ы: 'ы' };
const FOLDED = /[әғқңөұүһіёй]/gu;
const FOLDABLE = /[әғқңөұүһіёй]/u;
const SPACE = /\s/;
export function looseKey(s: string): string {
  let key = s.toLowerCase();
  // most keys have nothing to fold and no spaces: test first, replace only when needed (a hot path)
  if (FOLDABLE.test(key)) key = key.replace(FOLDED, (c) => FOLD[c] ?? c);
  if (SPACE.test(key)) key = key.replace(/\s+/g, ' ').trim();
  return key;
}

// ---- Capital letters. Scanning a text with a pattern that opens with \p{Lu} makes V8 test the Lu
// ranges at every position; a table lookup per character and the pattern tried (sticky) only where
// a capital stands finds the same matches for a fraction of the cost.

const isUpperCode = unitTest(/^\p{Lu}$/u);

/**
 * Every match of `pattern` in `text`, left to right and not overlapping, as a global scan would find
 * them. The pattern must have the sticky flag and every match must start with a \p{Lu} letter.
 */
export function capitalMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    // an astral capital is a surrogate pair: the pattern decides; a low surrogate never starts a match
    if (isUpperCode(c) || high) {
      pattern.lastIndex = i;
      const m = pattern.exec(text);
      if (m) { out.push(m); i += m[0].length; continue; }
    }
    const pair = high && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    i += pair ? 2 : 1;
  }
  return out;
}
