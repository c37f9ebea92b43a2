// Titles that stand for an office-holder (Мемлекет басшысы, Глава государства, премьер-министр):
// found in the view, resolved to the person who held the office — named in the article when the
// officials stage found them, else from the gazetteer at doc.asOf.
import type { Doc } from '../../doc.js';
import type { StageContext } from '../../stage.js';
import type { Lang, Role } from '../../types.js';
import { cues, type Cues } from './cues.js';
import { WORD_END, WORD_START } from '../../text/boundaries.js';
import { loadLexicon } from './forms.js';
import { latinNameOf, officeHolderAt } from './office.js';
import { kkToLatin } from '../../morph/kk.js';
import { allMatches } from '../../text/matches.js';

export interface TitleSpan {
  role: Role;
  start: number;
  end: number;
  /** In the nominative (a possible subject): Мемлекет басшысы, not Мемлекет басшысының. */
  nominative: boolean;
  /** Another country's office: Өзбекстан президенті, президент Узбекистана. */
  foreign: boolean;
}

// Another country's office: a country named right before the title (kk: Өзбекстан президенті,
// АҚШ президенті) or right after it in the genitive (ru: президент Узбекистана); lists in the corpus.
function isForeign(text: string, start: number, end: number, lang: Lang, c: Cues): boolean {
  const m = lang === 'kk'
    ? /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))
    : /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(end, end + 40));
  return !!m && c.country.test(m[1]!) && !c.home.test(m[1]!);
}

const cache = new Map<string, { role: Role; re: RegExp }[]>();
// Deputies are not the office: Премьер-министрдің орынбасары, заместитель премьер-министра.
const DEPUTY_AFTER = /^[\p{L}-]*\s+(?:орынбасар|бірінші орынбасар)/iu;
const DEPUTY_BEFORE = /(?:заместител\p{L}*|вице-?)\s*$/iu;
const KK_OBLIQUE = /(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|н|мен|бен|пен|нан|нен|дан|ден|тан|тен|да|де|та|те)$/u;
// (plural obliques too: акимам, министрам, акимами, министров)
const RU_OBLIQUE = /(?:а|у|ом|ой|е|ы|ю|ем|ам|ям|ами|ями|ах|ях|ов|ей)$/u;

/** kk: the last word bears no case ending (Мемлекет басшысы, Президенті); ru: the head word does (Главы, Президенту). */
function isNominative(words: string[], lang: string): boolean {
  if (lang === 'kk') return !KK_OBLIQUE.test(words.at(-1)!);
  const head = words[0]!;
  return head === 'глава' || !RU_OBLIQUE.test(head);
}

function titleRegexes(corporaDir: string, lang: string): { role: Role; re: RegExp }[] {
  const key = `${corporaDir}\0${lang}`;
  let list = cache.get(key);
  if (!list) {
    const entries = loadLexicon(corporaDir).titles[lang as 'kk'] ?? [];
    list = entries.map((t) => ({ role: t.role as Role, re: new RegExp(`${WORD_START}(?:${t.pattern})[\\p{L}\\p{M}]*${WORD_END}`, 'giu') }));
    cache.set(key, list);
  }
  return list;
}

export function titleSpans(doc: Doc, ctx: StageContext): TitleSpan[] {
  const text = doc.view.text;
  const out: TitleSpan[] = [];
  const cue = cues(ctx.corporaDir, doc.lang);
  for (const { role, re } of titleRegexes(ctx.corporaDir, doc.lang)) {
    for (const m of allMatches(re, text)) {
      const start = m.index!, end = start + m[0].length;
      if (out.some((t) => t.start < end && start < t.end)) continue;
      if (DEPUTY_AFTER.test(text.slice(end - 2, end + 30)) || DEPUTY_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
      out.push({ role, start, end, nominative: isNominative(m[0].toLowerCase().split(/\s+/), doc.lang), foreign: (role === 'president' || role === 'prime_minister') && isForeign(text, start, end, doc.lang, cue) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The article's official holding `role` named last before view offset `at` (else the first one named). */
function articleHolder(doc: Doc, role: Role, at: number | undefined): string | null {
  let best: { person: string; pos: number } | null = null;
  let first: string | null = null;
  for (const o of doc.officials) {
    if (o.role !== role) continue;
    first ??= o.person;
    if (at === undefined) continue;
    for (const mn of o.mentions) {
      const pos = doc.view.fromOriginal(mn.start);
      if (pos < at && (!best || pos > best.pos)) best = { person: o.person, pos };
    }
  }
  return best?.person ?? first;
}

// Offices of one holder nationwide: the gazetteer knows who held them on a date even when an
// article also names a foreign president. Other titles (әкім, министр, аким) name the holder the
// article itself introduced (Аким области Ермаганбет Булекпаев … аким поручил) before the gazetteer's.
const NATIONAL: ReadonlySet<Role> = new Set(['president', 'prime_minister']);

/**
 * The person holding `role` as the article at view offset `at` means it: for a national office the
 * gazetteer's holder at doc.asOf (spelled as the article spells them), else an official of the
 * article with that role, else the gazetteer's holder. In a Latin-script Kazakh article a name the
 * article does not spell itself is written in Latin script (Qasym-Jomart Toqaev).
 */
export function resolveTitle(doc: Doc, ctx: StageContext, role: Role, at?: number): string | null {
  if (!NATIONAL.has(role)) {
    const own = articleHolder(doc, role, at);
    if (own) return own;
  }
  const regional = role === 'akim' || role === 'deputy_akim';
  if (regional && !doc.mainRegion) return null;
  const held = officeHolderAt(ctx.corporaDir, role, doc.asOf, doc.lang, regional ? doc.mainRegion! : undefined);
  if (held) {
    // the article's own spelling of that person when it names them (Latin-script articles: Qasym-Jomart Toqaev)
    const named = doc.officials.find((o) => o.personId === held.personId)?.person
      ?? (doc.notes.persons as { person: string; personId?: string }[] | undefined)?.find((p) => p.personId === held.personId)?.person;
    if (named) return named;
    if (doc.script === 'Latn' && doc.lang === 'kk') return latinNameOf(ctx.corporaDir, held.personId) ?? kkToLatin(held.person);
    return held.person;
  }
  return articleHolder(doc, role, at);
}
