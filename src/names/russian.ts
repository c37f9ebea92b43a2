// Russian case forms of names back to the nominative: Аиды Балаевой → Аида Балаева, Кумару Аксакалову →
// Кумар Аксакалов, с Ермаганбетом Булекпаевым → Ермаганбет Булекпаев. Unknown names are read by their
// endings: every reading of the given name and the surname is listed with its gender and cases, and
// the pair that agrees (same gender, a shared case) wins; a gender lexicon breaks ties. Known names get
// their forms from petrovich (ruForms) so the gazetteer matches them exactly.
import petrovich from 'petrovich';
import { isSurnameShape } from './shape.js';

type Gender = 'm' | 'f';
type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
interface Reading { nom: string; g: Gender | 'x'; cases: Case[] }
const ALL: Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'];
const cut = (w: string, n: number) => w.slice(0, w.length - n);
const VOWEL = /[аеёиоуыэюя]$/u;

/** Readings of a given name. */
export function givenReadings(w: string): Reading[] {
  const r: Reading[] = [];
  // consonant-final: a man's name in the nominative, or a woman's name that does not decline (Жулдыз, Акмарал)
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(w)) r.push({ nom: w, g: 'm', cases: ['nom'] }, { nom: w, g: 'f', cases: ALL });
  if (/й$/u.test(w) && !/(ой|ей)$/u.test(w)) r.push({ nom: w, g: 'm', cases: ['nom'] });
  if (/ей$/u.test(w)) r.push({ nom: w, g: 'm', cases: ['nom'] }, { nom: cut(w, 2) + 'я', g: 'f', cases: ['ins'] });
  if (/ой$/u.test(w)) r.push({ nom: cut(w, 2) + 'а', g: 'f', cases: ['ins'] });
  if (/[ая]$/u.test(w)) {
    // -ея/-ая: a man's genitive (Сергея, Николая); women's names rarely end so
    if (!/[еа]я$/u.test(w)) r.push({ nom: w, g: 'f', cases: ['nom'] });
    r.push({ nom: /я$/u.test(w) ? cut(w, 1) + 'й' : cut(w, 1), g: 'm', cases: ['gen', 'acc'] });
  }
  if (/ы$/u.test(w)) r.push({ nom: cut(w, 1) + 'а', g: 'f', cases: ['gen'] });
  if (/и$/u.test(w)) r.push({ nom: cut(w, 1) + (/[гкхжшчщ]и$/u.test(w) ? 'а' : 'я'), g: 'f', cases: ['gen', 'dat', 'pre'] });
  if (/е$/u.test(w)) r.push({ nom: cut(w, 1) + 'а', g: 'f', cases: ['dat', 'pre'] }, { nom: cut(w, 1), g: 'm', cases: ['pre'] });
  if (/у$/u.test(w)) r.push({ nom: cut(w, 1) + 'а', g: 'f', cases: ['acc'] }, { nom: cut(w, 1), g: 'm', cases: ['dat'] });
  if (/ю$/u.test(w)) r.push({ nom: cut(w, 1) + 'я', g: 'f', cases: ['acc'] }, { nom: cut(w, 1) + 'й', g: 'm', cases: ['dat'] });
  if (/[ое]м$/u.test(w)) r.push({ nom: VOWEL.test(cut(w, 2)) ? cut(w, 2) + 'й' : cut(w, 2), g: 'm', cases: ['ins'] });
  if (r.length === 0) r.push({ nom: w, g: 'x', cases: ALL });
  return r;
}

/** Readings of a surname. */
export function surnameReadings(w: string): Reading[] {
  const r: Reading[] = [];
  const m = /^(.*(?:ов|ев|ёв|ин|ын))(а|ой|у|ым|е|ых)?$/u.exec(w);
  if (m && m[1]!.length >= 4) {
    const base = m[1]!, end = m[2] ?? '';
    if (end === '') r.push({ nom: base, g: 'm', cases: ['nom'] });
    if (end === 'а') r.push({ nom: w, g: 'f', cases: ['nom'] }, { nom: base, g: 'm', cases: ['gen', 'acc'] });
    if (end === 'ой') r.push({ nom: base + 'а', g: 'f', cases: ['gen', 'dat', 'ins', 'pre'] });
    if (end === 'у') r.push({ nom: base, g: 'm', cases: ['dat'] }, { nom: base + 'а', g: 'f', cases: ['acc'] });
    if (end === 'ым') r.push({ nom: base, g: 'm', cases: ['ins'] });
    if (end === 'е') r.push({ nom: base, g: 'm', cases: ['pre'] });
    if (r.length) return r;
  }
  const s = /^(.*)(ский|ского|скому|ским|ском|ская|ской|скую)$/u.exec(w);
  if (s) {
    const end = s[2]!;
    if (end.startsWith('ская') || end === 'ской' || end === 'скую') return [{ nom: s[1] + 'ская', g: 'f', cases: end === 'ская' ? ['nom'] : end === 'скую' ? ['acc'] : ['gen', 'dat', 'ins', 'pre'] }];
    return [{ nom: s[1] + 'ский', g: 'm', cases: end === 'ский' ? ['nom'] : end === 'ского' ? ['gen', 'acc'] : end === 'скому' ? ['dat'] : end === 'ским' ? ['ins'] : ['pre'] }];
  }
  // surnames without a Russian suffix (Нурбек, Уали, Сатыбалды): vowel-final ones do not decline,
  // consonant-final ones decline for men only
  if (VOWEL.test(w) && !/[ауеом]$/u.test(w)) return [{ nom: w, g: 'x', cases: ALL }];
  r.push({ nom: w, g: 'f', cases: ALL });
  if (!VOWEL.test(w)) r.push({ nom: w, g: 'm', cases: ['nom'] });
  if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(w)) r.push({ nom: cut(w, 1), g: 'm', cases: ['gen', 'acc'] });
  if (/[бвгджзклмнпрстфхцчшщ]у$/u.test(w)) r.push({ nom: cut(w, 1), g: 'm', cases: ['dat'] });
  if (/[бвгджзклмнпрстфхцчшщ]е$/u.test(w)) r.push({ nom: cut(w, 1), g: 'm', cases: ['pre'] });
  if (/[бвгджзклмнпрстфхцчшщ][ое]м$/u.test(w)) r.push({ nom: cut(w, 2), g: 'm', cases: ['ins'] });
  return r;
}

/** Patronymic to the nominative: Кемелевича → Кемелевич, Оралбаевне → Оралбаевна. */
export function patronymicNominative(w: string): string {
  const m = /^(.*(?:ович|евич|ич))(а|у|ем|е)?$/u.exec(w);
  if (m) return m[1]!;
  const f = /^(.*(?:овн|евн|ичн))(а|ы|е|у|ой)$/u.exec(w);
  if (f) return f[1] + 'а';
  return w;
}

export interface RuName { given: string | null; surname: string | null; gender: Gender | null }

/**
 * Nominative of a Russian-text name (given and/or surname as written). `genderOf` knows given names
 * (gazetteer, lexicon). Prefers readings where both words agree, then the nominative, then the lexicon.
 */
export function ruNominative(given: string | null, surname: string | null, genderOf?: (given: string) => Gender | undefined): RuName {
  const gs = given ? givenReadings(given) : [{ nom: '', g: 'x' as const, cases: ALL }];
  const ss = surname ? surnameReadings(surname) : [{ nom: '', g: 'x' as const, cases: ALL }];
  let best: { g: Reading; s: Reading; score: number } | null = null;
  for (const g of gs) for (const s of ss) {
    if (g.g !== 'x' && s.g !== 'x' && g.g !== s.g) continue;
    const shared = g.cases.filter((c) => s.cases.includes(c));
    if (!shared.length) continue;
    let score = 0;
    if (shared.includes('nom')) score += 2;
    const gender = g.g !== 'x' ? g.g : s.g;
    const known = given ? genderOf?.(g.nom) : undefined;
    if (known && gender !== 'x') score += known === gender ? 3 : -3;
    if (known && given && g.nom === given && g.cases.includes('nom')) score += 0.5;
    if (!known && shared.includes('dat') && gender === 'm') score += 0.5; // акиму Кумару Аксакалову
    if (surname && isSurnameShape(s.nom)) score += 0.2;
    if (!best || score > best.score) best = { g, s, score };
  }
  if (!best) return { given, surname, gender: null };
  const gender = best.g.g !== 'x' ? best.g.g : best.s.g !== 'x' ? best.s.g : null;
  return { given: given ? best.g.nom : null, surname: surname ? best.s.nom : null, gender };
}

const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

/** Every Russian case form of a known name (nominative included), for gazetteer look-ups. */
export function ruForms(given: string, surname: string, gender: Gender): Array<[string, string]> {
  const p = gender === 'f' ? petrovich.female : petrovich.male;
  const out: Array<[string, string]> = [[given, surname]];
  for (const c of CASES) {
    try { out.push([inflectHyphenated(given, (x) => p.first[c](x)), p.last[c](surname)]); } catch { /* petrovich has no rule: skip */ }
  }
  return out;
}

const inflectHyphenated = (w: string, f: (x: string) => string) => w.split('-').map((x, i, a) => (i === a.length - 1 ? f(x) : x)).join('-');
