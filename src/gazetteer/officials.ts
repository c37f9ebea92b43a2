// The officials gazetteer (corpora/officials.yaml): who held which office when, spelled in kk/ru/en
// and Latin-script Kazakh. Links spellings across languages to one personId (Налибаев / Нәлібаев /
// Nálibaev), fills a position the article does not state, and answers "who was president on date D"
// for the directives extractor (officeHolder).
import { loadCorpus } from './corpus.js';
import { looseKey } from '../names/shape.js';
import { ruForms } from '../names/russian.js';
import type { Lang, Role } from '../types.js';

export interface GazPosition {
  role: Role;
  title: { kk: string; ru: string; en: string };
  org?: string;
  region?: string;
  since?: string;
  until?: string;
}

export interface GazPerson {
  id: string;
  gender: 'm' | 'f';
  names: { kk: string; ru: string; en: string; kkLatn?: string };
  patronymic?: { kk?: string; ru?: string };
  positions: GazPosition[];
  status?: string;
}

export interface OfficialsIndex {
  people: GazPerson[];
  /** looseKey("given surname") of every spelling and ru case form → person */
  byFull: Map<string, GazPerson>;
  /** looseKey(surname) of every spelling → people */
  bySurname: Map<string, GazPerson[]>;
  /** looseKey(given name) → gender */
  givenGender: Map<string, 'm' | 'f'>;
  /** looseKey of every nominative name word (given names and surnames) */
  words: Set<string>;
}

const indexes = new Map<string, OfficialsIndex>();

function split(full: string): [string, string] {
  const parts = full.trim().split(/\s+/);
  return [parts.slice(0, -1).join(' '), parts[parts.length - 1]!];
}

export function loadOfficials(corporaDir: string): OfficialsIndex {
  const hit = indexes.get(corporaDir);
  if (hit) return hit;
  const data = loadCorpus<{ people?: GazPerson[]; givenNames?: { m?: string[]; f?: string[] } }>(corporaDir, 'officials');
  const people = data.people ?? [];
  const idx: OfficialsIndex = { people, byFull: new Map(), bySurname: new Map(), givenGender: new Map(), words: new Set() };
  const addSurname = (s: string, p: GazPerson) => {
    const k = looseKey(s);
    const list = idx.bySurname.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    idx.bySurname.set(k, list);
  };
  for (const p of people) {
    const spellings = [p.names.kk, p.names.ru, p.names.en, p.names.kkLatn].filter((x): x is string => !!x);
    for (const s of spellings) {
      const [g, sur] = split(s);
      idx.byFull.set(looseKey(`${g} ${sur}`), p);
      addSurname(sur, p);
      idx.givenGender.set(looseKey(g), p.gender);
      idx.words.add(looseKey(g));
      idx.words.add(looseKey(sur));
    }
    const [g, sur] = split(p.names.ru);
    for (const [fg, fs] of ruForms(g, sur, p.gender)) {
      idx.byFull.set(looseKey(`${fg} ${fs}`), p);
      addSurname(fs, p);
    }
    if (p.patronymic?.kk) idx.words.add(looseKey(p.patronymic.kk));
  }
  for (const g of ['m', 'f'] as const) for (const n of data.givenNames?.[g] ?? []) {
    idx.givenGender.set(looseKey(n), g);
    idx.words.add(looseKey(n));
  }
  indexes.set(corporaDir, idx);
  return idx;
}

/** The position a person held on `asOf` (YYYY-MM-DD): dated ones that cover the date, else the latest undated one. */
export function positionAt(p: GazPerson, asOf: string): GazPosition | null {
  const covers = (q: GazPosition) => (!q.since || q.since <= asOf) && (!q.until || asOf < q.until);
  const ok = p.positions.filter(covers);
  if (!ok.length) return null;
  return ok.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '')).at(-1)!;
}

/** The person's name in a language (Latin-script Kazakh when asked and known). */
export function nameIn(p: GazPerson, lang: Lang, latin = false): string {
  if (lang === 'kk' && latin && p.names.kkLatn) return p.names.kkLatn;
  return p.names[lang];
}

/** Looks a name up: full name first, else a surname that only one person has. */
export function findPerson(idx: OfficialsIndex, given: string | null, surname: string): GazPerson | null {
  if (given) {
    const p = idx.byFull.get(looseKey(`${given} ${surname}`));
    if (p) return p;
    // an initial (Н. Нәлібаев) or a spelling variant of the given name: the surname decides if it agrees
    const list = idx.bySurname.get(looseKey(surname)) ?? [];
    const g = looseKey(given).replace(/\.$/, '');
    const agree = list.filter((q) => [q.names.kk, q.names.ru, q.names.en, q.names.kkLatn ?? ''].some((s) => looseKey(s).startsWith(g.slice(0, Math.min(g.length, 3)))));
    return agree.length === 1 ? agree[0]! : null;
  }
  const list = idx.bySurname.get(looseKey(surname)) ?? [];
  return list.length === 1 ? list[0]! : null;
}

/**
 * Who held an office on a date: role 'president' + 2026-01-19 → Қасым-Жомарт Тоқаев (kk) /
 * Касым-Жомарт Токаев (ru). `org` narrows it (an English ministry name or ISO region code).
 */
export function officeHolder(corporaDir: string, role: Role, asOf: string, lang: Lang, org?: string): { person: string; personId: string } | null {
  const idx = loadOfficials(corporaDir);
  const want = org ? looseKey(org) : null;
  const found: GazPerson[] = [];
  for (const p of idx.people) {
    const q = positionAt(p, asOf);
    if (!q || q.role !== role) continue;
    if (want && looseKey(q.org ?? '') !== want && looseKey(q.region ?? '') !== want) continue;
    found.push(p);
  }
  if (found.length !== 1) return null;
  return { person: nameIn(found[0]!, lang), personId: found[0]!.id };
}

export function clearOfficialsCache(): void {
  indexes.clear();
}
