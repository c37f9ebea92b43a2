// What a name token looks like: surnames, patronymics, initials. Shapes are checked on the
// nominative (after case endings are removed), in the Cyrillic view text.

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
