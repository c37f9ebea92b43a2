// The regions gazetteer: corpora/regions.yaml (the 20 units) and corpora/places/*.yaml (cities,
// towns, districts), expanded at load time by src/morph into every case form, in Kazakh
// (Cyrillic and Latin script), Russian and English, and compiled into ONE matcher: a trie over
// words, walked once per word start of the text (longest match wins). The built-in corpora's
// expansion is made at build time and read back (regions-table.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadCorpus } from './corpus.js';
import { readRegionsTable } from './regions-table.js';
import { readYaml } from '../rules/yaml.js';
import { RuleFileError } from '../rules/errors.js';
import { wordCharLength } from '../text/boundaries.js';
import { kkAbbrForms, kkPhraseForms, kkToLatin, kkWordForms } from '../morph/kk.js';
import { ruAdjectiveForms, ruAdjectivePairForms, ruPhraseForms } from '../morph/ru.js';

// ---- corpus schema -------------------------------------------------------------------------------

const isoDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);
const validity = z.object({ code: z.string().regex(/^KZ-\d\d$/), since: isoDate.optional(), until: isoDate.optional() });
const informal = z.union([z.string(), z.object({ name: z.string(), in: z.array(validity).optional(), lowercase: z.boolean().optional() })]);
const unitSchema = z.object({
  code: z.string().regex(/^KZ-\d\d$/),
  type: z.enum(['oblast', 'city']),
  kk: z.string(), ru: z.string(), en: z.string(), kkLatn: z.string(),
  alt: z.array(z.string()).default([]),
  abbr: z.array(z.string()).default([]),
  informal: z.array(informal).default([]),
  names: z.array(z.object({ kk: z.string(), ru: z.string(), en: z.string(), kkLatn: z.string(), since: isoDate.optional(), until: isoDate.optional() })).default([]),
  in: z.array(validity).optional(),
  since: isoDate.optional(), until: isoDate.optional(),
});
const periodSchema = z.object({ id: z.string(), patterns: z.array(z.string()).min(1), since: isoDate.optional(), until: isoDate.optional() });
const regionsSchema = z.object({ units: z.array(unitSchema).length(20), periods: z.array(periodSchema).default([]) });
const placeSchema = z.object({
  kk: z.string(), ru: z.string(), en: z.string().optional(), kkLatn: z.string().optional(),
  alt: z.array(z.string()).default([]), was: z.array(z.string()).default([]),
  bare: z.boolean().default(true), in: z.array(validity).optional(),
  /** The bare name is also a surname (Қонаев): not a place next to a capitalized word or initial. */
  surname: z.boolean().default(false),
});
const placesFileSchema = z.object({
  region: z.string().regex(/^KZ-\d\d$/),
  before: z.object({ date: isoDate, region: z.string().regex(/^KZ-\d\d$/) }).optional(),
  cities: z.array(placeSchema).default([]),
  districts: z.array(placeSchema).default([]),
  villages: z.array(placeSchema).default([]),
});

export type Validity = z.infer<typeof validity>;
export type Unit = z.infer<typeof unitSchema>;
export type PeriodClue = z.infer<typeof periodSchema>;
export type PlaceKind = 'unit' | 'abbr' | 'informal' | 'city' | 'district' | 'village' | 'list';

/** What a generated form stands for. One target per (entry, script): `via` is in that script. */
export interface Target {
  id: string;
  kind: PlaceKind;
  in: Validity[];
  /** The nominative as written in that script when the form is not the unit's own name. */
  via: string | null;
  /** A unit's own name: `via` is dropped when the phrase resolves to this code (Шымкент is
   *  KZ-79 itself since 2018, but a city inside South Kazakhstan before). */
  selfCode?: string;
  /** List stems (kind 'list'): the plural type word that must close the list. */
  listOf?: 'oblast' | 'district';
  /** A bare name that is also a surname (see corpora/places/README.md). */
  surname?: boolean;
  /** A bare name that is also a common word or a person (bare: false): a place only when listed
   *  next to other places ("Shakhtinsk, Saran and Abai", "Арал, Қазалы қалаларында"). */
  coordOnly?: boolean;
}

export interface Entry {
  target: Target;
  /** Index of the form's word that must be capitalized in the text (-1: none, e.g. елорда). */
  cap: number;
  /** Abbreviations: the form's first word as it must be written (case-sensitive). */
  exact?: string;
}

/** A trie node: children by word key (created on first child: most nodes are leaves). */
export interface Node { next?: Map<string, Node>; entries?: Entry[] }

export interface PlaceMatch {
  /** View offsets. */
  start: number;
  end: number;
  entries: Entry[];
  /** The matched words (view offsets), for capitalization checks. */
  words: Word[];
}

/** A word of the text; `key` (see wordKey) is computed on demand: most words start no place. */
export interface Word { start: number; end: number; key?: string }

export interface RegionsGazetteer {
  units: Map<string, Unit>;
  periods: PeriodClue[];
  /** Every place phrase in `text`, longest first at each word, left to right, non-overlapping. */
  match(text: string): PlaceMatch[];
  stats: { units: number; cities: number; districts: number; villages: number; forms: number };
  /** Read from the build's expansion (regions-table.ts), not expanded at load. */
  fromTable: boolean;
}

// ---- words ---------------------------------------------------------------------------------------

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’]?[-‐‑‒–][\p{L}\p{M}\p{N}]+)*/gu;

/** The key a word is matched by: lower case, NFC, ё → е, any dash → '-'. */
export function wordKey(w: string): string {
  let key = keyCache.get(w);
  if (key === undefined) {
    key = w.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[‐‑‒–]/g, '-').replace(/[’]/g, "'");
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(w, key);
  }
  return key;
}
/** Words recur across articles: their keys are kept (a bounded cache, emptied when full). */
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 100_000;

// The matcher reads the words of a text one at a time, straight from its characters (the ~300
// words of an article then cost no regex match, substring or object), exactly as WORD_RE finds
// them: a run of letters, marks and digits, more runs joined by a dash (after an apostrophe or not).

const isDash = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2013); // - ‐ ‑ ‒ –
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019; // ' ’

/** Where the next word starts at or after `from` (-1: none). */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordCharLength(text, i)) return i;
  return -1;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start);
  for (;;) { // joined runs: Усть-Каменогорск, БҚО-да, Қ’-ды
    let i = end;
    if (isApostrophe(text.charCodeAt(i))) i++;
    if (!isDash(text.charCodeAt(i)) || !wordCharLength(text, i + 1)) return end;
    end = runEnd(text, i + 1);
  }
}

function runEnd(text: string, i: number): number {
  let n: number;
  while ((n = wordCharLength(text, i))) i += n;
  return i;
}

/** The word after offset `from` (null: none). */
function wordAfter(text: string, from: number): Word | null {
  const start = nextWordStart(text, from);
  return start < 0 ? null : { start, end: wordEnd(text, start) };
}

/** The words of `text` (keys computed on demand, see keyOf). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (let w = wordAfter(text, 0); w; w = wordAfter(text, w.end)) out.push(w);
  return out;
}

function keyOf(text: string, w: Word): string {
  return (w.key ??= wordKey(text.slice(w.start, w.end)));
}

// ---- the first-word filter -------------------------------------------------------------------------
// A text word can start a place only if its key is a first word of some form (about 1 word in 100).
// Computing every word's key (a substring, a cache lookup) was most of the matcher's time, so a
// word is first checked against a bitmap of the hashes of those first words, the hash computed
// straight from the text's characters folded one by one as wordKey would fold them.

/** Per character below FOLD_LIMIT: its key character, or 0 when folding it alone is not safe
 *  (combining marks, Greek final sigma, characters NFC or toLowerCase would change in length). */
const FOLD_LIMIT = 0x530; // Latin, IPA, Greek, Cyrillic: every letter Kazakh, Russian and English use
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(FOLD_LIMIT);
  for (let c = 0; c < FOLD_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    if (/\p{M}/u.test(ch) || (c >= 0x370 && c < 0x400)) continue; // marks compose, Greek sigma depends on context
    if (ch.normalize('NFC') !== ch) continue;
    const lower = ch.toLowerCase();
    if (lower.length !== 1) continue;
    table[c] = (lower === 'ё' ? 'е' : lower).charCodeAt(0);
  }
  // A key's own characters must fold to themselves, so that a form's first word hashes alike.
  for (let c = 0; c < FOLD_LIMIT; c++) if (table[c] && table[table[c]!] !== table[c]) table[c] = 0;
  return table;
}

/** The key character of code unit `c` (as wordKey folds it), or -1 when it must go through wordKey. */
function foldedChar(c: number): number {
  if (c < FOLD_LIMIT) return FOLD[c] || -1;
  if (c >= 0x2010 && c <= 0x2013) return 0x2d; // ‐‑‒– → -
  if (c === 0x2019) return 0x27; // ’ → '
  return -1;
}

const FILTER_BITS = 1 << 20; // 128 KB for ~5,000 first words: few false positives

class FirstWordFilter {
  private readonly bits = new Uint32Array(FILTER_BITS >>> 5);

  constructor(firstKeys: Iterable<string>) {
    for (const k of firstKeys) {
      const h = hashOf(k, 0, k.length);
      // A key with a character that does not fold alone comes only from words that hash to -1.
      if (h >= 0) this.set(h);
    }
  }

  /** False only when the word's key is surely not a first word; -1 hash: not foldable, so maybe. */
  mayStart(text: string, start: number, end: number): boolean {
    const h = hashOf(text, start, end);
    return h < 0 || this.has(h);
  }

  private set(h: number): void { this.bits[h >>> 5]! |= 1 << (h & 31); }
  private has(h: number): boolean { return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0; }
}

/** A hash in [0, FILTER_BITS) of the key of s[start, end) (FNV-1a over the folded code units),
 *  or -1 when a code unit does not fold alone. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = foldedChar(s.charCodeAt(i));
    if (c < 0) return -1;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
}

/** Words of one phrase may be separated by spaces, or by `. ` after a short abbreviation (г. Алматы). */
function joinable(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \t\u00a0\u202f]{1,3}$/.test(gap)) return true;
  return a.end - a.start <= 3 && /^\.[ \t\u00a0\u202f]{0,2}$/.test(gap);
}

// ---- building ------------------------------------------------------------------------------------

class Builder {
  readonly root: Node = {};
  forms = 0;

  add(form: string, target: Target, opts: { lowercase?: boolean; exact?: boolean } = {}): void {
    const ws = form.match(WORD_RE) ?? []; // the words WORD_RE finds (twice as fast as a matchAll iterator, ~27,000 forms)
    if (!ws.length) return;
    let node = this.root;
    for (const w of ws) {
      const k = wordKey(w);
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) { n = {}; node.next.set(k, n); }
      node = n;
    }
    const cap = opts.lowercase ? -1 : ws.findIndex((w) => w[0] !== w[0]!.toLowerCase());
    const entry: Entry = opts.exact ? { target, cap, exact: ws[0]!.split('-')[0]! } : { target, cap };
    node.entries ??= [];
    if (!node.entries.some((e) => e.target === target)) { node.entries.push(entry); this.forms++; }
  }

  addAll(forms: Iterable<string>, target: Target, opts?: { lowercase?: boolean; exact?: boolean }): void {
    for (const f of forms) this.add(f, target, opts);
  }
}

/** Kazakh nouns that carry the 3rd-person possessive: a phrase ending in one inflects with н. */
const KK_POSSESSIVE = /(?:облысы|облыстары|қаласы|қалалары|ауданы|аудандары|ауылы|кенті|өңірі|бойы|елі|аймағы|өлкесі|ордасы)$/;

/** Kazakh forms of a nominative phrase (possessive or not), plus their Latin-script spelling. */
function kkForms(phrase: string): string[] {
  const possessive = KK_POSSESSIVE.test(phrase);
  const forms = kkPhraseForms(phrase, { possessive });
  return forms;
}

const latin = (forms: string[]) => forms.map(kkToLatin);
const hasCyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);

function t(id: string, kind: PlaceKind, inn: Validity[], via: string | null): Target {
  return { id, kind, in: inn, via };
}

const EN_OBLAST_WORDS = ['region', 'Region', 'oblast', 'Oblast', 'province', 'Province'];

function buildUnits(b: Builder, units: Unit[]): void {
  for (const u of units) {
    const inn = u.in ?? [{ code: u.code }];
    const own = (script: string, nom: string) => ({ ...t(`${u.code}.${script}`, 'unit', inn, nom), selfCode: u.code });
    const kkT = own('kk', u.kk), latT = own('latn', u.kkLatn), ruT = own('ru', u.ru), enT = own('en', u.en);
    const officialNames = [{ kk: u.kk, ru: u.ru, en: u.en, kkLatn: u.kkLatn }, ...u.names];
    for (const n of officialNames) {
      if (u.type === 'oblast') {
        const stem = n.kk.replace(/ облысы$/, '');
        const kk = [...kkForms(n.kk), `${stem} облыстық`, ...kkForms(`${stem} облыстары`)];
        b.addAll(kk, kkT); b.addAll(latin(kk), latT); b.add(n.kkLatn, latT);
        b.addAll(ruPhraseForms(n.ru), ruT);
        // The last of coordinated adjectives keeps the singular: "… и Северо-Казахстанской областям".
        const adj0 = n.ru.split(' ')[0]!;
        if (/ая$/.test(adj0)) for (const a of ruAdjectiveForms(adj0, 'f')) for (const pl of ['области', 'областей', 'областям', 'областями', 'областях']) b.add(`${a} ${pl}`, ruT);
        // Coordinated lists: "Атырау, Маңғыстау облыстарында", "Восточно-Казахстанской, … областям".
        const listT: Target = { ...t(`${u.code}.list`, 'list', inn, null), listOf: 'oblast' };
        b.add(stem, listT); b.add(kkToLatin(stem), listT);
        const adj = n.ru.split(' ')[0]!;
        if (/ая$/.test(adj)) b.addAll(ruAdjectiveForms(adj, 'f'), listT);
        const enStem = n.en.replace(/ Region$/, '');
        b.addAll([n.en, ...EN_OBLAST_WORDS.map((w) => `${enStem} ${w}`)], enT);
      } else {
        const kk = [...kkForms(n.kk), ...kkForms(`${n.kk} қаласы`), `${n.kk} қалалық`];
        b.addAll(kk, kkT); b.addAll(latin(kk), latT);
        b.addAll(ruPhraseForms(n.ru), ruT);
        b.addAll(['город', 'г.'].flatMap((g) => ruPhraseForms(`${g} ${n.ru}`)), ruT);
        b.addAll([n.en, `${n.en} city`, `${n.en} City`, `city of ${n.en}`, `City of ${n.en}`], enT);
      }
    }
    for (const a of u.alt) {
      if (hasCyrillic(a)) { b.addAll(ruPhraseForms(a), ruT); b.addAll(kkForms(a), kkT); b.addAll(latin(kkForms(a)), latT); continue; }
      const stem = a.replace(/ (?:Region|region|Oblast|oblast)$/, '');
      b.addAll(u.type === 'oblast' && stem !== a ? EN_OBLAST_WORDS.map((w) => `${stem} ${w}`) : [a], enT);
    }
    if (u.type === 'oblast') {
      // Russian "Карагандинской обл." (the abbreviated noun).
      const adj = u.ru.split(' ')[0]!;
      if (/ая$/.test(adj)) {
        b.addAll(ruAdjectiveForms(adj, 'f').map((f) => `${f} обл.`), ruT);
        // "Западно-Казахстанский областной филиал": the oblast as an adjective (kk облыстық).
        const masc = adj.replace(/ая$/, /[кгхжшчщ]ая$/.test(adj) ? 'ий' : 'ый');
        b.addAll(ruAdjectivePairForms(masc, 'областной'), ruT);
        const region = `${masc} регион`;
        b.addAll(ruPhraseForms(region), t(`${u.code}.informal.${region}`, 'informal', inn, region));
      }
    }
    for (const a of u.abbr) {
      if (!hasCyrillic(a)) continue; // Latin abbreviations come from the Cyrillic ones' spelling
      const forms = kkAbbrForms(a);
      b.addAll(forms, t(`${u.code}.abbr.${a}`, 'abbr', inn, a), { exact: true });
      b.addAll(latin(forms), t(`${u.code}.abbr.${kkToLatin(a)}`, 'abbr', inn, kkToLatin(a)), { exact: true });
    }
    for (const inf of u.informal) {
      const o = typeof inf === 'string' ? { name: inf } : inf;
      const innI = o.in ?? inn;
      const lowercase = 'lowercase' in o && o.lowercase;
      if (!hasCyrillic(o.name)) { b.add(o.name, t(`${u.code}.informal.${o.name}`, 'informal', innI, o.name)); continue; }
      b.addAll(kkForms(o.name), t(`${u.code}.informal.${o.name}`, 'informal', innI, o.name), { lowercase });
      b.addAll(ruPhraseForms(o.name), t(`${u.code}.informal.${o.name}`, 'informal', innI, o.name), { lowercase });
      const lat = kkToLatin(o.name);
      b.addAll(latin(kkForms(o.name)), t(`${u.code}.informal.${lat}`, 'informal', innI, lat), { lowercase });
    }
    // "<stem> өңірі" for an oblast, "<city> өңірі" for a city: an informal name of the unit.
  }
}

type PlacesFile = z.infer<typeof placesFileSchema>;
type Place = z.infer<typeof placeSchema>;

function placeIn(file: PlacesFile, p: Place): Validity[] {
  if (p.in) return p.in;
  if (!file.before) return [{ code: file.region }];
  return [{ code: file.before.region, until: file.before.date }, { code: file.region, since: file.before.date }];
}

const KK_TYPE: Record<'city' | 'district' | 'village', string> = { city: 'қаласы', district: 'ауданы', village: 'ауылы' };
const RU_TYPE: Record<'city' | 'district' | 'village', string> = { city: 'город', district: 'район', village: 'село' };
const EN_TYPE: Record<'city' | 'district' | 'village', string> = { city: 'city', district: 'district', village: 'village' };

function buildPlace(b: Builder, file: PlacesFile, p: Place, kind: 'city' | 'district' | 'village', id: string): void {
  const inn = placeIn(file, p);
  const names = [p.kk, ...p.was, ...p.alt];
  for (const name of names) {
    const cyr = hasCyrillic(name);
    if (!cyr) { // a Latin alternative spelling (Uralsk, Konayev)
      if (kind === 'city') b.add(name, { ...t(`${id}.en.${name}`, kind, inn, name), ...(p.bare ? {} : { coordOnly: true }) });
      b.add(`${name} ${EN_TYPE[kind]}`, t(`${id}.en.${name}.typed`, kind, inn, `${name} ${EN_TYPE[kind]}`));
      continue;
    }
    const typed = `${name} ${KK_TYPE[kind]}`;
    const typedForms = kkForms(typed);
    if (kind === 'district') typedForms.push(`${name} аудандық`);
    if (kind === 'city') typedForms.push(`${name} қалалық`);
    b.addAll(typedForms, t(`${id}.kk.${name}.typed`, kind, inn, typed));
    b.addAll(latin(typedForms), t(`${id}.latn.${name}.typed`, kind, inn, kkToLatin(typed)));
    if (kind === 'city') {
      const bare = (tid: string, via: string): Target => ({ ...t(tid, kind, inn, via), ...(p.surname ? { surname: true } : {}), ...(p.bare ? {} : { coordOnly: true }) });
      const wordForms = kkWordForms(name);
      b.addAll(wordForms, bare(`${id}.kk.${name}`, name));
      b.addAll(latin(wordForms), bare(`${id}.latn.${name}`, kkToLatin(name)));
      if (name !== p.kk) b.addAll(ruPhraseForms(name), bare(`${id}.ru.${name}`, name)); // Семипалатинск, Актюбинск
    }
  }
  if (kind === 'district') {
    // Lists of districts: "Жамбыл, Қарасай аудандарында", "в Жамбылском и Карасайском районах".
    const typed = `${p.kk} ${KK_TYPE[kind]}`;
    const kkPl = kkForms(`${p.kk} аудандары`);
    b.addAll(kkPl, t(`${id}.kk.pl`, kind, inn, typed));
    b.addAll(latin(kkPl), t(`${id}.latn.pl`, kind, inn, kkToLatin(typed)));
    b.add(p.kk, { ...t(`${id}.kk.list`, 'list', inn, typed), listOf: 'district' });
    b.add(kkToLatin(p.kk), { ...t(`${id}.latn.list`, 'list', inn, kkToLatin(typed)), listOf: 'district' });
    if (!p.ru.startsWith('район')) {
      const ruT = { ...t(`${id}.ru.list`, 'list', inn, `${p.ru} район`), listOf: 'district' as const };
      const adjs = ruAdjectiveForms(p.ru, 'm');
      b.addAll(adjs, ruT);
      for (const a of adjs) for (const pl of ['районы', 'районов', 'районам', 'районами', 'районах']) b.add(`${a} ${pl}`, t(`${id}.ru`, kind, inn, `${p.ru} район`));
    }
  }
  // Russian
  if (kind === 'district') {
    const ru = p.ru.startsWith('район') ? p.ru : `${p.ru} район`;
    b.addAll(ruPhraseForms(ru), t(`${id}.ru`, kind, inn, ru));
  } else {
    const typedRu = `${RU_TYPE[kind]} ${p.ru}`;
    b.addAll([...ruPhraseForms(typedRu), ...(kind === 'city' ? ruPhraseForms(`г. ${p.ru}`) : [])], t(`${id}.ru.typed`, kind, inn, typedRu));
    if (kind === 'city') b.addAll(ruPhraseForms(p.ru), { ...t(`${id}.ru`, kind, inn, p.ru), ...(p.surname ? { surname: true } : {}), ...(p.bare ? {} : { coordOnly: true }) });
  }
  // English
  const en = p.en ?? p.kkLatn ?? kkToLatin(p.kk);
  if (kind === 'city') b.add(en, { ...t(`${id}.en`, kind, inn, en), ...(p.bare ? {} : { coordOnly: true }) });
  b.add(`${en} ${EN_TYPE[kind]}`, t(`${id}.en.typed`, kind, inn, `${en} ${EN_TYPE[kind]}`));
  if (p.kkLatn && p.kkLatn !== kkToLatin(p.kk) && kind === 'city' && p.bare) b.addAll(kkWordForms(p.kkLatn), t(`${id}.latn2`, kind, inn, p.kkLatn));
}

// ---- the matcher ---------------------------------------------------------------------------------

function matcher(root: Node) {
  const firstWords = new FirstWordFilter(root.next?.keys() ?? []);
  return (text: string): PlaceMatch[] => {
    const out: PlaceMatch[] = [];
    for (let start = nextWordStart(text, 0); start >= 0;) {
      const end = wordEnd(text, start);
      const m = firstWords.mayStart(text, start, end) ? longestMatchAt(root, text, { start, end }) : null;
      if (m) out.push(m);
      start = nextWordStart(text, m ? m.end : end);
    }
    return out;
  };
}

/** The longest place phrase starting with word `first`, if any (capitalization checked). */
function longestMatchAt(root: Node, text: string, first: Word): PlaceMatch | null {
  const span = [first];
  let node = root.next?.get(keyOf(text, first));
  let best: { words: number; entries: Entry[] } | null = null;
  while (node) {
    if (node.entries) best = { words: span.length, entries: node.entries };
    if (!node.next) break;
    const last = span[span.length - 1]!;
    const nx = wordAfter(text, last.end);
    if (!nx || !joinable(text, last, nx)) break;
    node = node.next.get(keyOf(text, nx));
    span.push(nx);
  }
  if (!best) return null;
  span.length = best.words;
  // Capitalization: proper names start upper case (оралды "returned" is not Орал);
  // abbreviations are written exactly (БҚО, not бқо).
  const entries = best.entries.filter((e) => {
    if (e.exact) return text.startsWith(e.exact, first.start);
    if (e.cap < 0) return true;
    const w = span[e.cap];
    const ch = w ? text[w.start]! : '';
    return ch !== ch.toLowerCase();
  });
  if (!entries.length) return null;
  return { start: first.start, end: span[span.length - 1]!.end, entries, words: span };
}

// ---- loading -------------------------------------------------------------------------------------

const cache = new Map<string, RegionsGazetteer>();

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new RuleFileError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** What a corpora folder's regions and places make: the matcher's trie and the unit data. */
export interface BuiltRegions {
  units: Unit[];
  periods: PeriodClue[];
  root: Node;
  stats: RegionsGazetteer['stats'];
}

/** The gazetteer for a corpora folder, built once per process (or read from the build's table). */
export function regionsGazetteer(corporaDir: string): RegionsGazetteer {
  const hit = cache.get(corporaDir);
  if (hit) return hit;
  const places = placeFiles(corporaDir);
  const table = readRegionsTable(corporaDir, places);
  const built = table ?? buildRegions(corporaDir, places);
  const g: RegionsGazetteer = {
    units: new Map(built.units.map((u) => [u.code, u])),
    periods: built.periods,
    match: matcher(built.root),
    stats: built.stats,
    fromTable: table !== null,
  };
  cache.set(corporaDir, g);
  return g;
}

/** Reads, checks and expands corpora/regions.yaml and corpora/places/*.yaml into every form. */
export function buildRegions(corporaDir: string, places = placeFiles(corporaDir)): BuiltRegions {
  const regions = parse(regionsSchema, loadCorpus(corporaDir, 'regions'), path.join(corporaDir, 'regions.yaml'));
  const b = new Builder();
  buildUnits(b, regions.units);
  const stats = { units: regions.units.length, cities: 0, districts: 0, villages: 0, forms: 0 };
  for (const file of places) {
    const data = parse(placesFileSchema, readYaml(file), file);
    const base = path.basename(file).replace(/\.ya?ml$/, '');
    data.cities.forEach((p, k) => buildPlace(b, data, p, 'city', `${base}.city.${k}`));
    data.districts.forEach((p, k) => buildPlace(b, data, p, 'district', `${base}.district.${k}`));
    data.villages.forEach((p, k) => buildPlace(b, data, p, 'village', `${base}.village.${k}`));
    stats.cities += data.cities.length; stats.districts += data.districts.length; stats.villages += data.villages.length;
  }
  stats.forms = b.forms;
  return { units: regions.units, periods: regions.periods, root: b.root, stats };
}

/** corpora/places/*.yaml, in name order. */
export function placeFiles(corporaDir: string): string[] {
  const dir = path.join(corporaDir, 'places');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f)) : [];
}

/** The code a validity list gives at `asOf` (the nearest period when none covers it). */
export function codeAt(inn: Validity[], asOf: string): string {
  const hit = inn.find((v) => (!v.since || v.since <= asOf) && (!v.until || asOf < v.until));
  if (hit) return hit.code;
  return (inn[0]!.since && asOf < inn[0]!.since ? inn[0]! : inn[inn.length - 1]!).code;
}

/** The unit's official name in a language/script as of a date (Нұр-Сұлтан in 2020). */
export function unitName(u: Unit, lang: 'kk' | 'ru' | 'en' | 'kkLatn', asOf: string): string {
  const n = u.names.find((x) => (!x.since || x.since <= asOf) && (!x.until || asOf < x.until));
  return (n ?? u)[lang];
}
