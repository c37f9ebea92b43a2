// The numeral module: numbers written with digits, scale words (мың, млн., тыс., миллиардов)
// and spelled-out numbers in Kazakh, Russian and English, all case forms included.
// Stems live in corpora/numerals/<lang>.yaml; inflected forms are generated (numbers/inflect.ts).
import { BUILTIN_CORPORA } from '../paths.js';
import { parseDigits, tidy } from './numbers/digits.js';
import { foldKey, KK_HYPHEN_ENDINGS } from './numbers/inflect.js';
import { numeralLexicon, type NumLang } from './numbers/lexicon.js';
import { findSpelledNumbers, type SpelledNumber } from './numbers/spelled.js';

export { parseDigits, tidy } from './numbers/digits.js';
export { numeralLexicon, type NumLang, type NumeralLexicon } from './numbers/lexicon.js';
export { findSpelledNumbers, type SpelledNumber } from './numbers/spelled.js';
export { kkForms, kkFormsTagged, ruForms, foldKey, type KkFormTag } from './numbers/inflect.js';

const ENDINGS = new Set(KK_HYPHEN_ENDINGS);

/** The value of a scale word in any form (мыңға, млн., млрд-тан, тыс, тысячами, миллионов), else null. */
export function scaleOf(word: string, lang: NumLang, corporaDir = BUILTIN_CORPORA): number | null {
  const w = foldKey(word).replace(/\.+$/, '');
  const [base, ending] = w.split(/[-\u2010-\u2015]/, 2) as [string, string | undefined];
  if (ending !== undefined && !ENDINGS.has(ending)) return null;
  for (const l of lang === 'en' ? ['en'] as const : [lang, lang === 'kk' ? 'ru' : 'kk'] as const) {
    const lex = numeralLexicon(l, corporaDir);
    const v = lex.scales.get(base) ?? lex.abbr.get(base);
    if (v !== undefined) return v;
    // abbreviation with a glued ending: млн-нан is usual, млнға happens
    for (const [a, av] of lex.abbr) if (base.startsWith(a) && ENDINGS.has(base.slice(a.length))) return av;
  }
  return null;
}

/** The value of one number token: digits ("1 023,2") or a spelled-out phrase ("жиырма бес мың"). */
export function parseNumber(raw: string, lang: NumLang, corporaDir = BUILTIN_CORPORA): number | null {
  const d = parseDigits(raw.trim());
  if (d !== null) return d;
  const found = findSpelledNumbers(raw, numeralLexicon(lang, corporaDir));
  if (found.length !== 1) return null;
  const f = found[0]!;
  return raw.slice(0, f.start).trim() === '' && raw.slice(f.end).trim() === '' ? f.value : null;
}

const TOKEN = /(\d+(?:[\s\u00A0\u202F\u2009]\d{3})*(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:[-\u2010-\u2015][\p{L}]+)?\.?)/gu;

/**
 * The value of an amount: numbers each optionally followed by scale words, summed
 * ("40 млн. 300 мың" → 40300000, "1 023,2 мың" → 1023200, "жиырма бес мың" → 25000).
 * `spelled` are phrases already found in `text` (offsets relative to `text`), if any.
 */
export function parseAmount(text: string, lang: NumLang, spelled?: SpelledNumber[], corporaDir = BUILTIN_CORPORA): number | null {
  const phrases = spelled ?? findSpelledNumbers(text, numeralLexicon(lang, corporaDir));
  const parts: number[] = [];
  let scaled = true; // the last part already took a scale
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const at = m.index;
    const ph = phrases.find((p) => p.start <= at && at < p.end);
    if (ph) {
      parts.push(ph.value); scaled = false;
      TOKEN.lastIndex = Math.max(TOKEN.lastIndex, ph.end);
      continue;
    }
    if (m[1]) {
      const v = parseDigits(m[1]);
      if (v === null) return null;
      parts.push(v); scaled = false;
      continue;
    }
    const s = scaleOf(m[2]!, lang, corporaDir);
    if (s !== null && parts.length && !scaled) { parts[parts.length - 1]! *= s; scaled = true; }
  }
  if (!parts.length) return null;
  return tidy(parts.reduce((a, b) => a + b, 0));
}

/**
 * The text with every spelled-out number's stems replaced by zeros (same length, so offsets hold):
 * rules then see "00000000000000ға жуық" where the article says "жиырма бес мыңға жуық".
 */
export function maskSpelled(text: string, lang: NumLang, corporaDir = BUILTIN_CORPORA): { masked: string; spelled: SpelledNumber[] } {
  const spelled = findSpelledNumbers(text, numeralLexicon(lang, corporaDir));
  if (!spelled.length) return { masked: text, spelled };
  const parts: string[] = [];
  let pos = 0;
  for (const s of spelled) {
    parts.push(text.slice(pos, s.start), '0'.repeat(s.stemEnd - s.start));
    pos = s.stemEnd;
  }
  parts.push(text.slice(pos));
  return { masked: parts.join(''), spelled };
}
