// Kazakh case endings on names back to the nominative: Балаеваның → Балаева, Тоқаевтың → Тоқаев,
// Ақсақаловқа → Ақсақалов, Мұқановаға → Мұқанова (and Мұқанова stays), Жақсығалиұлына → Жақсығалиұлы.
// Kazakh endings attach to the last word of a name; the stem keeps its spelling, so the nominative is
// always a prefix of the form (callers map it back to the original text, Latin script included).
import { isPatronymic, isSurnameShape } from './shape.js';

// Longest first. Each ending lists the stem-final letters it may follow (v = vowel, c = consonant,
// * = any), so `Сатыбалды` is not read as `Сатыбал` + accusative `ды`.
const V = 'аәеиоөұүыіуэюя';
const ENDINGS: Array<[string, 'v' | 'c' | '*' | 'vn']> = [
  // genitive (-ның after vowels and м/н/ң)
  ['ның', 'vn'], ['нің', 'vn'], ['дың', 'c'], ['дің', 'c'], ['тың', 'c'], ['тің', 'c'],
  // ablative, locative after possessive, instrumental
  ['нан', 'v'], ['нен', 'v'], ['дан', '*'], ['ден', '*'], ['тан', 'c'], ['тен', 'c'],
  ['нда', 'v'], ['нде', 'v'], ['мен', '*'], ['бен', '*'], ['пен', 'c'],
  // dative (-ға/-ге after vowels and voiced consonants)
  ['ға', '*'], ['ге', '*'], ['қа', 'c'], ['ке', 'c'], ['на', 'v'], ['не', 'v'],
  // accusative
  ['ны', 'v'], ['ні', 'v'], ['ды', 'c'], ['ді', 'c'], ['ты', 'c'], ['ті', 'c'],
  // locative
  ['да', '*'], ['де', '*'], ['та', 'c'], ['те', 'c'],
];

const lastLetter = (s: string) => s[s.length - 1]!.toLowerCase();
const fits = (stem: string, cls: 'v' | 'c' | '*' | 'vn') =>
  cls === '*' || (cls === 'vn' ? V.includes(lastLetter(stem)) || 'мнң'.includes(lastLetter(stem)) : (cls === 'v') === V.includes(lastLetter(stem)));

// stems that surely are surnames once an ending is cut (-ин/-ын stems are too often common nouns: жиын)
const STRONG_SURNAME = /(?:ов|ев|ёв|ова|ева|ёва|ский|ская|\p{L}{3}(?:ина|ына))$/u;

/** A stem is a plausible name nominative: a surname or patronymic shape, or a name the caller knows. */
function plausible(stem: string, known?: (w: string) => boolean): boolean {
  if (stem.length < 3) return false;
  if (known?.(stem)) return true;
  return (STRONG_SURNAME.test(stem) && stem.length >= 4) || isPatronymic(stem);
}

/**
 * The nominative of one Kazakh name word. `known` recognises names from the gazetteer (so endings are
 * stripped from names without a surname suffix: Нұрбектің → Нұрбек). `lenient` allows stripping an
 * unambiguous genitive/dative/instrumental/ablative from an unknown word (the last word of a
 * two-word name).
 */
export function kkNominative(word: string, known?: (w: string) => boolean, lenient = false): string {
  if (known?.(word)) return word;
  if ((isSurnameShape(word) || isPatronymic(word)) && !endsInEnding(word)) return word;
  for (const [end, cls] of ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const stem = word.slice(0, -end.length);
    if (!fits(stem, cls)) continue;
    if (plausible(stem, known)) return stem;
    if (lenient && LENIENT.has(end)) return stem;
  }
  return word;
}

// endings a name word rarely ends in by itself (used with lenient stripping of unknown words)
const LENIENT = new Set(['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'мен', 'бен', 'пен', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен']);

/** The word ends in a case ending whose removal still leaves a surname shape (Мұқановаға, not Мұқанова). */
function endsInEnding(word: string): boolean {
  return ENDINGS.some(([end, cls]) => {
    if (!word.endsWith(end) || word.length - end.length < 4) return false;
    const stem = word.slice(0, -end.length);
    return fits(stem, cls) && plausible(stem);
  });
}
