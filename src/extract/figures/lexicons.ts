// Lexicons the figures extractor reads: counted nouns (people vs things), measure units and
// currencies, from corpora/*.yaml, with inflected forms generated at load time.
import type { Lang } from '../../types.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { foldKey, kkFormsTagged, ruForms } from '../../text/numbers.js';

export type NounClass = 'people' | 'thing';

export interface NounHit {
  cls: NounClass;
  /** Nominative without possessive: may modify the next noun. */
  bare: boolean;
  /** Has a 3rd-person possessive: may head an izafet (балалар орталығы). */
  possessive: boolean;
  /** Number of words the entry spans (compounds: жұмыс орны). */
  words: number;
}

export interface NounLexicon {
  /** Folded form of the LAST word → entries keyed by the words before it ('' for one-word nouns). */
  forms: Map<string, Map<string, NounHit>>;
}

interface NounsFile { [lang: string]: { people?: string[]; things?: string[]; compounds?: string[] } }

const nounCache = new Map<string, NounLexicon>();

function addNoun(lex: NounLexicon, lang: Lang, phrase: string, cls: NounClass): void {
  const parts = foldKey(phrase).split(/\s+/);
  const last = parts.pop()!;
  const prefix = parts.join(' ');
  const forms: [string, { bare: boolean; possessive: boolean }][] = lang === 'kk'
    ? [...kkFormsTagged(last)]
    : [...ruForms(last)].map((f) => [f, { bare: true, possessive: false }]);
  for (const [form, tag] of forms) {
    let byPrefix = lex.forms.get(form);
    if (!byPrefix) lex.forms.set(form, (byPrefix = new Map()));
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, { cls, ...tag, words: parts.length + 1 });
  }
}

export function nounLexicon(corporaDir: string, lang: Lang): NounLexicon {
  const key = `${corporaDir}\0${lang}`;
  const hit = nounCache.get(key);
  if (hit) return hit;
  const data = loadCorpus<NounsFile>(corporaDir, 'people-nouns')[lang] ?? {};
  const lex: NounLexicon = { forms: new Map() };
  for (const p of data.people ?? []) addNoun(lex, lang, p, 'people');
  for (const t of data.things ?? []) addNoun(lex, lang, t, 'thing');
  for (const c of data.compounds ?? []) addNoun(lex, lang, c, 'thing');
  nounCache.set(key, lex);
  return lex;
}

/** The lexicon entry word i is a form of (with the words before it), longest compound first;
 * `keyAt` gives the folded words. */
export function lookupNoun(lex: NounLexicon, keyAt: (i: number) => string, i: number): NounHit | null {
  const byPrefix = lex.forms.get(keyAt(i));
  if (!byPrefix) return null;
  let best: NounHit | null = null;
  for (const [prefix, hitEntry] of byPrefix) {
    if (prefix === '') { if (!best) best = hitEntry; continue; }
    const n = prefix.split(' ').length;
    if (i - n < 0) continue;
    if (wordsBefore(keyAt, i, n) === prefix && (!best || hitEntry.words > best.words)) best = hitEntry;
  }
  return best;
}

/** The n folded words before word i, space-joined. */
function wordsBefore(keyAt: (i: number) => string, i: number, n: number): string {
  const out: string[] = [];
  for (let k = i - n; k < i; k++) out.push(keyAt(k));
  return out.join(' ');
}

// ---- units and currencies

interface UnitsFile { units: { unit: string; stems: string[]; abbr: string[] }[] }
interface CurrenciesFile { currencies: { code: string; stems: string[]; signs: string[]; factor?: number }[] }

/** A units or currencies file with its words folded: folded once per loaded file, not per figure. */
const foldedFiles = new WeakMap<object, unknown>();
function folded<F extends object, T>(data: F, fold: (data: F) => T): T {
  let f = foldedFiles.get(data) as T | undefined;
  if (f === undefined) foldedFiles.set(data, (f = fold(data)));
  return f;
}

interface FoldedUnits {
  /** Each unit's abbreviations folded, with and without a final dot. */
  abbr: { unit: string; forms: string[] }[];
  /** Each stem folded, and its words. */
  stems: { unit: string; st: string; parts: string[] }[];
}

function foldUnits(data: UnitsFile): FoldedUnits {
  return {
    abbr: data.units.map((u) => ({ unit: u.unit, forms: u.abbr.flatMap((a) => [foldKey(a), foldKey(a).replace(/\.$/, '')]) })),
    stems: data.units.flatMap((u) => u.stems.map((s) => ({ unit: u.unit, st: foldKey(s), parts: foldKey(s).split(/\s+/) }))),
  };
}

/** The normalized unit of a written unit (гектарға → ha, км → km), or null. */
export function unitOf(corporaDir: string, written: string): string | null {
  const w = foldKey(written).replace(/\s+/g, ' ').replace(/\.$/, '');
  const units = folded(loadCorpus<UnitsFile>(corporaDir, 'units'), foldUnits);
  for (const u of units.abbr) if (u.forms.includes(w)) return u.unit;
  let best: { unit: string; len: number } | null = null;
  const ws = w.split(' ');
  for (const { unit, st, parts } of units.stems) {
    // a stem of several words matches word by word (квадратн метр: квадратных метров)
    const hit = parts.length > 1 ? parts.length === ws.length && parts.every((p, i) => ws[i]!.startsWith(p)) : w.startsWith(st);
    if (hit && (!best || st.length > best.len)) best = { unit, len: st.length };
  }
  return best?.unit ?? null;
}

export interface Currency { code: string; factor: number }

interface FoldedCurrencies {
  signs: { code: string; factor: number; signs: string[] }[];
  stems: { code: string; factor: number; st: string }[];
}

function foldCurrencies(data: CurrenciesFile): FoldedCurrencies {
  return {
    signs: data.currencies.map((c) => ({ code: c.code, factor: c.factor ?? 1, signs: c.signs.map(foldKey) })),
    stems: data.currencies.flatMap((c) => c.stems.map((s) => ({ code: c.code, factor: c.factor ?? 1, st: foldKey(s) }))),
  };
}

/** The ISO 4217 code of a written currency (теңгеден → KZT, АҚШ доллары → USD, $ → USD), with the
 * factor its amounts take in that currency (тиын: 0.01 tenge), or null. */
export function currencyOf(corporaDir: string, written: string): Currency | null {
  const w = foldKey(written.trim());
  const currencies = folded(loadCorpus<CurrenciesFile>(corporaDir, 'currencies'), foldCurrencies);
  for (const c of currencies.signs) if (c.signs.includes(w)) return { code: c.code, factor: c.factor };
  let best: { c: Currency; len: number } | null = null;
  for (const word of w.split(/[\s\u00A0]+/)) for (const c of currencies.stems) {
    if (word.startsWith(c.st) && (!best || c.st.length > best.len)) best = { c: { code: c.code, factor: c.factor }, len: c.st.length };
  }
  return best?.c ?? null;
}
