// Inflected forms generated from stems: Kazakh suffixes with vowel harmony and consonant
// assimilation, Russian noun endings. Used for numerals, scale words, currencies and the
// counted-noun lexicons, so no inflected form is ever listed by hand.

const BACK = 'аоұыя';
const FRONT = 'әеөүіиэю';
const VOWELS = 'аәеиоөуұүыіэюя';
const VOICELESS = 'кқпстфхцчшщбвгд'; // б в г д at a word's end sound voiceless in loans
const NASAL = 'мнң';
const SONORANT = 'лрйу';

function lastVowel(w: string): string | undefined {
  for (let i = w.length - 1; i >= 0; i--) if (VOWELS.includes(w[i]!)) return w[i];
  return undefined;
}
function isBack(w: string): boolean {
  const v = lastVowel(w);
  return v === undefined ? true : BACK.includes(v) || (v === 'у' && !/[әеөүіи]/.test(w));
}
type Sound = 'vowel' | 'nasal' | 'sonorant' | 'voiced' | 'voiceless';
function finalSound(w: string): Sound {
  const c = w[w.length - 1]!;
  if (c === 'у' || c === 'и') return 'vowel';
  if (VOWELS.includes(c)) return 'vowel';
  if (NASAL.includes(c)) return 'nasal';
  if (SONORANT.includes(c)) return 'sonorant';
  if (VOICELESS.includes(c)) return 'voiceless';
  return 'voiced'; // з ж
}
/** Set while generating the front-vowel variant of a loan whose only harmony cue is у (пункт → пункті). */
let forceFront = false;
const pick = (w: string, back: string, front: string) => (!forceFront && isBack(w) ? back : front);

/** Final к/қ/п voice before a vowel-initial suffix (бірлік → бірлігі, орталық → орталығы). */
function voice(w: string): string {
  const m: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };
  const c = w[w.length - 1]!;
  return m[c] ? w.slice(0, -1) + m[c] : w;
}

export type KkCase = 'nom' | 'gen' | 'dat' | 'acc' | 'loc' | 'abl' | 'ins' | 'sim' | 'locAttr';

/** One case suffix after a bare stem or a plural. */
function caseAfterStem(w: string, c: KkCase): string {
  const s = finalSound(w);
  switch (c) {
    case 'nom': return w;
    case 'gen': return w + (s === 'vowel' || s === 'nasal' ? pick(w, 'ның', 'нің') : s === 'voiceless' ? pick(w, 'тың', 'тің') : pick(w, 'дың', 'дің'));
    case 'dat': return w + (s === 'voiceless' ? pick(w, 'қа', 'ке') : pick(w, 'ға', 'ге'));
    case 'acc': return w + (s === 'vowel' ? pick(w, 'ны', 'ні') : s === 'voiceless' ? pick(w, 'ты', 'ті') : pick(w, 'ды', 'ді'));
    case 'loc': return w + (s === 'voiceless' ? pick(w, 'та', 'те') : pick(w, 'да', 'де'));
    case 'locAttr': return caseAfterStem(w, 'loc') + pick(w, 'ғы', 'гі');
    case 'abl': return w + (s === 'nasal' ? pick(w, 'нан', 'нен') : s === 'voiceless' ? pick(w, 'тан', 'тен') : pick(w, 'дан', 'ден'));
    case 'ins': return w + (s === 'voiceless' ? 'пен' : s === 'voiced' ? 'бен' : 'мен');
    case 'sim': return w + (s === 'voiceless' ? pick(w, 'тай', 'тей') : pick(w, 'дай', 'дей'));
  }
}

/** One case suffix after a 3rd-person possessive (n-forms: бірлігін, орталығына). */
function caseAfterPossessive(w: string, c: KkCase): string {
  switch (c) {
    case 'nom': return w;
    case 'gen': return w + pick(w, 'ның', 'нің');
    case 'dat': return w + pick(w, 'на', 'не');
    case 'acc': return w + 'н';
    case 'loc': return w + pick(w, 'нда', 'нде');
    case 'locAttr': return w + pick(w, 'ндағы', 'ндегі');
    case 'abl': return w + pick(w, 'нан', 'нен');
    case 'ins': return w + 'мен';
    case 'sim': return w + pick(w, 'ндай', 'ндей');
  }
}

function plural(w: string): string {
  const s = finalSound(w);
  if (s === 'vowel' || w.endsWith('р') || w.endsWith('й') || w.endsWith('у')) return w + pick(w, 'лар', 'лер');
  if (s === 'voiceless') return w + pick(w, 'тар', 'тер');
  return w + pick(w, 'дар', 'дер');
}

function possessive3(w: string): string {
  return finalSound(w) === 'vowel' ? w + pick(w, 'сы', 'сі') : voice(w) + pick(w, 'ы', 'і');
}

const CASES: KkCase[] = ['nom', 'gen', 'dat', 'acc', 'loc', 'locAttr', 'abl', 'ins', 'sim'];

export interface KkFormOptions {
  plural?: boolean;
  possessive?: boolean;
}

/** Every case form of a Kazakh stem, optionally plural and possessive: form → the stem's share of it. */
export function kkForms(stem: string, opts: KkFormOptions = { plural: true, possessive: true }): Set<string> {
  const out = new Set<string>();
  const bases: { w: string; poss: boolean }[] = [{ w: stem, poss: false }];
  if (opts.plural) bases.push({ w: plural(stem), poss: false });
  if (opts.possessive) {
    bases.push({ w: possessive3(stem), poss: true });
    if (opts.plural) bases.push({ w: possessive3(plural(stem)), poss: true });
  }
  for (const b of bases) for (const c of CASES) out.add(b.poss ? caseAfterPossessive(b.w, c) : caseAfterStem(b.w, c));
  return out;
}

export interface KkFormTag {
  /** Nominative, singular or plural, no possessive: can modify the next noun (балалар орталығы). */
  bare: boolean;
  /** Carries a 3rd-person possessive (орталығы, бірлігі): the head of an izafet. */
  possessive: boolean;
}

/** Like kkForms, with what each form carries. */
export function kkFormsTagged(stem: string): Map<string, KkFormTag> {
  const out = new Map<string, KkFormTag>();
  const bases: { w: string; poss: boolean }[] = [
    { w: stem, poss: false }, { w: plural(stem), poss: false },
    { w: possessive3(stem), poss: true }, { w: possessive3(plural(stem)), poss: true },
  ];
  for (const b of bases) {
    for (const c of CASES) {
      const form = b.poss ? caseAfterPossessive(b.w, c) : caseAfterStem(b.w, c);
      if (!out.has(form)) out.set(form, { bare: !b.poss && c === 'nom', possessive: b.poss });
    }
  }
  // Russian loans with у (пункт, курс, клуб) take front or back endings depending on the writer:
  // both are forms of the noun (пункті, пункты)
  if (!forceFront && lastVowel(stem) === 'у' && isBack(stem)) {
    forceFront = true;
    try { for (const [f, t] of kkFormsTagged(stem)) if (!out.has(f)) out.set(f, t); } finally { forceFront = false; }
  }
  return out;
}

/** The case suffix alternants Kazakh attaches after a hyphen to digits, % and abbreviations (20-ға, %-дан). */
export const KK_HYPHEN_ENDINGS = [
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'ы', 'і', 'сы', 'сі',
  'ын', 'ін', 'ына', 'іне', 'ында', 'інде', 'ынан', 'інен', 'ынан', 'дай', 'дей', 'тай', 'тей',
];

// ---- Russian

const RU_NOUN_ENDINGS = ['', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ом', 'ем', 'ой', 'ей', 'ов', 'ев', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ь', 'ью',
  'й', 'ий', 'ие', 'ия', 'ии', 'ый', 'ая', 'ое', 'ые', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ую', 'ых', 'их', 'ыми', 'ими', 'ихся', 'иеся', 'ийся', 'ся'];

/** Russian noun forms from a stem: stem + every common noun ending (a superset is harmless for lookup). */
export function ruForms(stem: string): Set<string> {
  return new Set(RU_NOUN_ENDINGS.map((e) => stem + e));
}

/** Russian soft-sign numeral paradigm (пять, пяти, пятью). */
export function ruSoftNumeral(stem: string, ins?: string): string[] {
  return [stem + 'ь', stem + 'и', ins ?? stem + 'ью'];
}

/** ё → е, э → е and lower case: the key every lexicon lookup uses (Latin-script Kazakh has no э:
 * elevator reads as елеватор, so элеватор must match it). */
export function foldKey(s: string): string {
  let key = foldCache.get(s);
  if (key === undefined) {
    key = s.toLowerCase().replace(/ё/g, 'е').replace(/э/g, 'е');
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(s, key);
  }
  return key;
}
/** Every word of every article is folded (spelled numbers, units): keys are kept (bounded, emptied when full). */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 100_000;
