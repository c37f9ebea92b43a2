// Russian morphology for place names: adjective + noun phrases in every case and number
// (Кызылординская область → Кызылординской области, … областям), nouns (область, район,
// город) and proper names by their ending (Усть-Каменогорск → в Усть-Каменогорске, Семей → Семее,
// Караганда → Караганды; Алматы, Атырау do not decline).

export type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const RU_CASES: readonly RuCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];
export type RuNumber = 'sg' | 'pl';
export type Gender = 'm' | 'f' | 'n';

type Table = Record<RuCase, string[]>;

/** Endings after the stem for adjectives; [hard, after к г х ж ш ч щ]. */
const ADJ: Record<Gender | 'pl', Record<RuCase, [string[], string[]]>> = {
  f: { nom: [['ая'], ['ая']], gen: [['ой'], ['ой']], dat: [['ой'], ['ой']], acc: [['ую'], ['ую']], ins: [['ой', 'ою'], ['ой', 'ою']], prep: [['ой'], ['ой']] },
  m: { nom: [['ый'], ['ий']], gen: [['ого'], ['ого']], dat: [['ому'], ['ому']], acc: [['ый'], ['ий']], ins: [['ым'], ['им']], prep: [['ом'], ['ом']] },
  n: { nom: [['ое'], ['ое']], gen: [['ого'], ['ого']], dat: [['ому'], ['ому']], acc: [['ое'], ['ое']], ins: [['ым'], ['им']], prep: [['ом'], ['ом']] },
  pl: { nom: [['ые'], ['ие']], gen: [['ых'], ['их']], dat: [['ым'], ['им']], acc: [['ые'], ['ие']], ins: [['ыми'], ['ими']], prep: [['ых'], ['их']] },
};

/** Is this word a (full) adjective, and of which gender? */
export function ruAdjectiveGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (/(ая|яя)$/.test(w)) return 'f';
  if (/(ый|ий|ой)$/.test(w) && w.length > 4) return 'm';
  if (/(ое|ее)$/.test(w) && w.length > 4) return 'n';
  return null;
}

/** Forms of an adjective in one case and number (agreeing with a noun of `gender`). */
export function ruAdjective(word: string, kase: RuCase, num: RuNumber = 'sg', gender?: Gender): string[] {
  const g = gender ?? ruAdjectiveGender(word) ?? 'm';
  const stem = word.slice(0, -2);
  const velar = /[кгхжшчщ]$/i.test(stem) ? 1 : 0;
  // Stressed -ой (областной, городской): the masculine nominative keeps -ой.
  if (/ой$/i.test(word) && num === 'sg' && g === 'm' && (kase === 'nom' || kase === 'acc')) return [word];
  const row = ADJ[num === 'pl' ? 'pl' : g][kase][velar];
  return row.map((e) => stem + e);
}

/** Nouns the gazetteer uses as type words, with full paradigms. */
const NOUNS: Record<string, { gender: Gender; sg: Table; pl: Table }> = {
  область: {
    gender: 'f',
    sg: { nom: ['область'], gen: ['области'], dat: ['области'], acc: ['область'], ins: ['областью'], prep: ['области'] },
    pl: { nom: ['области'], gen: ['областей'], dat: ['областям'], acc: ['области'], ins: ['областями'], prep: ['областях'] },
  },
  район: {
    gender: 'm',
    sg: { nom: ['район'], gen: ['района'], dat: ['району'], acc: ['район'], ins: ['районом'], prep: ['районе'] },
    pl: { nom: ['районы'], gen: ['районов'], dat: ['районам'], acc: ['районы'], ins: ['районами'], prep: ['районах'] },
  },
  город: {
    gender: 'm',
    sg: { nom: ['город'], gen: ['города'], dat: ['городу'], acc: ['город'], ins: ['городом'], prep: ['городе'] },
    pl: { nom: ['города'], gen: ['городов'], dat: ['городам'], acc: ['города'], ins: ['городами'], prep: ['городах'] },
  },
  регион: {
    gender: 'm',
    sg: { nom: ['регион'], gen: ['региона'], dat: ['региону'], acc: ['регион'], ins: ['регионом'], prep: ['регионе'] },
    pl: { nom: ['регионы'], gen: ['регионов'], dat: ['регионам'], acc: ['регионы'], ins: ['регионами'], prep: ['регионах'] },
  },
  край: {
    gender: 'm',
    sg: { nom: ['край'], gen: ['края'], dat: ['краю'], acc: ['край'], ins: ['краем'], prep: ['крае'] },
    pl: { nom: ['края'], gen: ['краев'], dat: ['краям'], acc: ['края'], ins: ['краями'], prep: ['краях'] },
  },
  село: {
    gender: 'n',
    sg: { nom: ['село'], gen: ['села'], dat: ['селу'], acc: ['село'], ins: ['селом'], prep: ['селе'] },
    pl: { nom: ['села'], gen: ['сел'], dat: ['селам'], acc: ['села'], ins: ['селами'], prep: ['селах'] },
  },
};

/** Singular forms of a proper name by its ending (the last hyphen part declines). */
export function ruNameForms(name: string, kase: RuCase): string[] {
  if (kase === 'nom' || kase === 'acc' && !/[ая]$/i.test(name)) return [name];
  const w = name;
  const lower = w.toLowerCase();
  if (ruAdjectiveGender(w) === 'm' && !/ой$/i.test(w)) return ruAdjective(w, kase, 'sg', 'm'); // Рудный
  if (/[ыиуоеэю]$/.test(lower)) return [w]; // Алматы, Атырау, Актобе: indeclinable
  const stem = w.slice(0, -1);
  if (/а$/.test(lower)) {
    const velar = /[кгхжшчщ]$/i.test(stem);
    return { gen: [stem + (velar ? 'и' : 'ы')], dat: [stem + 'е'], acc: [stem + 'у'], ins: [stem + 'ой'], prep: [stem + 'е'] }[kase] ?? [w];
  }
  if (/я$/.test(lower)) return { gen: [stem + 'и'], dat: [stem + 'е'], acc: [stem + 'ю'], ins: [stem + 'ей'], prep: [stem + 'е'] }[kase] ?? [w];
  if (/й$/.test(lower)) return { gen: [stem + 'я'], dat: [stem + 'ю'], acc: [w], ins: [stem + 'ем'], prep: [stem + 'е'] }[kase] ?? [w];
  if (/ь$/.test(lower)) return { gen: [stem + 'я', stem + 'и'], dat: [stem + 'ю', stem + 'и'], acc: [w], ins: [stem + 'ем', stem + 'ью'], prep: [stem + 'е', stem + 'и'] }[kase] ?? [w];
  const sibilant = /[жшчщц]$/.test(lower);
  return { gen: [w + 'а'], dat: [w + 'у'], acc: [w], ins: [w + (sibilant ? 'ем' : 'ом')], prep: [w + 'е'] }[kase] ?? [w];
}

/** A Russian phrase in one case and number: `Adj Noun` agree, `Noun Name` declines the noun only,
 *  `Name` declines by its ending. */
export function ruPhrase(phrase: string, kase: RuCase, num: RuNumber = 'sg'): string[] {
  const words = phrase.split(' ');
  const first = words[0]!, last = words[words.length - 1]!;
  const lastNoun = NOUNS[last.toLowerCase()];
  if (words.length >= 2 && lastNoun) {
    // Кызылординская область, Восточно-Казахстанская область, Жамбылский район
    const nouns = lastNoun[num][kase].map((n) => matchCase(n, last));
    const adjIdx = words.length - 2;
    const adjs = ruAdjectiveGender(words[adjIdx]!) ? ruAdjective(words[adjIdx]!, kase, num, lastNoun.gender) : [words[adjIdx]!];
    const head = words.slice(0, adjIdx).join(' ');
    return cross(adjs, nouns).map((p) => (head ? head + ' ' : '') + p);
  }
  const firstNoun = NOUNS[first.toLowerCase()];
  if (words.length >= 2 && firstNoun) {
    // область Абай, район Биржан сал, город Алматы (singular only: the name is one place)
    if (num === 'pl') return [];
    const rest = words.slice(1).join(' ');
    return firstNoun[num][kase].map((n) => matchCase(n, first) + ' ' + rest);
  }
  if (num === 'pl') return [];
  if (words.length === 1) return ruNameForms(phrase, kase);
  if (words.length === 2 && ruAdjectiveGender(first)) {
    // Adjective + proper noun agree: Восточный Казахстан → в Восточном Казахстане, Рудного Алтая.
    const gender: Gender = /[ая]$/i.test(last) ? 'f' : /[оеё]$/i.test(last) ? 'n' : 'm';
    const adjs = kase === 'acc' && gender !== 'f' ? [first] : ruAdjective(first, kase, 'sg', gender);
    return cross(adjs, ruNameForms(last, kase));
  }
  // Multi-word names: the last word declines (Рудный Алтай → Рудного Алтая is rare; keep simple).
  return ruNameForms(last, kase).map((f) => words.slice(0, -1).join(' ') + ' ' + f);
}

/** All forms of a phrase, every case, singular and (when it has a type noun) plural. */
export function ruPhraseForms(phrase: string): string[] {
  const out = new Set<string>();
  for (const num of ['sg', 'pl'] as const) for (const c of RU_CASES) for (const f of ruPhrase(phrase, c, num)) out.add(f);
  return [...out];
}

/** Two adjectives agreeing in every gender, case and number (Карагандинский областной,
 *  Западно-Казахстанского областного, Костанайской областной). */
export function ruAdjectivePairForms(a: string, b: string): string[] {
  const out = new Set<string>();
  for (const g of ['m', 'f', 'n'] as const) for (const c of RU_CASES) {
    for (const x of ruAdjective(a, c, 'sg', g)) for (const y of ruAdjective(b, c, 'sg', g)) out.add(`${x} ${y}`);
  }
  for (const c of RU_CASES) for (const x of ruAdjective(a, c, 'pl')) for (const y of ruAdjective(b, c, 'pl')) out.add(`${x} ${y}`);
  return [...out];
}

/** All forms of an adjective alone (for coordinated lists: Восточно-Казахстанской, … областям). */
export function ruAdjectiveForms(adj: string, gender?: Gender): string[] {
  const out = new Set<string>();
  for (const num of ['sg', 'pl'] as const) for (const c of RU_CASES) for (const f of ruAdjective(adj, c, num, gender)) out.add(f);
  return [...out];
}

function cross(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(`${x} ${y}`);
  return out;
}

function matchCase(form: string, model: string): string {
  return model[0] === model[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}
