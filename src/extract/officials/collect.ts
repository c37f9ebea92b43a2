// Names → people → official records. Steps: recognise names; link each to a position (title before
// it, apposition after it, a quote it speaks, a title said nearby); group mentions per person
// (surname-only and initial mentions join the full name; the gazetteer joins spellings); fill missing
// positions from the gazetteer as of the article's date; drop people with no position anywhere.
import type { Doc } from '../../doc.js';
import { mentionAt, sentenceAt, writtenAt } from '../../doc.js';
import type { StageContext } from '../../stage.js';
import type { Lang, Mention, OfficialRecord, Role } from '../../types.js';
import { matchAll } from '../../rules/compile.js';
import { findNames, type NameLexicon, type NameSpan } from '../../names/recognize.js';
import { capitalMatches, looseKey } from '../../names/shape.js';
import { findPerson, loadOfficials, nameIn, officeHolder, positionAt, type GazPerson } from '../../gazetteer/officials.js';
import { lexicon, titleOf, titlesIn, type Lexicon } from './lexicon.js';
import { officialRules } from './rules.js';
import { kkToLatin } from '../../morph/kk.js';
import { overlapTest, startingIn } from '../../text/spans.js';
import { compoundStart, extendKk, isNational, orgOf, roleOf, trimLead } from './phrase.js';

interface Pos { start: number; end: number; rule: string }
interface Person {
  key: string;
  names: NameSpan[];
  gaz: GazPerson | null;
  pos: Pos | null;
}

const ORGISH = /(?:ия|ии|ию|ией|ция|ции|ство|ства|стан|стана|ыстан|ция|Федерац\p{L}*|Республик\p{L}*|Институт\p{L}*|Администрац\p{L}*|Госдум\p{L}*|Мин\p{Ll}+)$/u;
// a representative who is an official by the adjective alone (арнайы өкілі, постоянный представитель)
const ENVOY = /(?:арнайы|тұрақты|ресми|өкілетті|официальн|постоянн|специальн|полномочн)/iu;
const CREDIT = /(?:Фото|Сурет|Photo|Автор|Author|Авторы|Видео|Video)\s*[:：]?\s*$/iu;
const CREDIT_WORD_MAX = 6; // Авторы
/** Whether a photo credit or byline (Фото: …) ends right before `at` on its line. Only the few
 *  characters before the name are read: reading the whole line per name is quadratic on an
 *  article with no line breaks. */
function afterCredit(text: string, at: number): boolean {
  const space = (i: number) => text[i] !== '\n' && /\s/u.test(text[i]!);
  let k = at;
  while (k > 0 && space(k - 1)) k--;
  if (k > 0 && /[:：]/u.test(text[k - 1]!)) k--;
  while (k > 0 && space(k - 1)) k--;
  const tail = text.slice(Math.max(0, k - CREDIT_WORD_MAX), at);
  return CREDIT.test(tail.slice(tail.lastIndexOf('\n') + 1));
}

type OfficialsIdx = ReturnType<typeof loadOfficials>;
const nameLexicons = new WeakMap<OfficialsIdx, WeakMap<Lexicon, NameLexicon>>();

/** The names module's view of the gazetteer and the title lexicon: one per index and lexicon, so the
 *  recogniser's per-word caches (keyed by it) last across articles. */
function nameLexicon(idx: OfficialsIdx, lex: Lexicon): NameLexicon {
  let byLex = nameLexicons.get(idx);
  if (!byLex) nameLexicons.set(idx, (byLex = new WeakMap()));
  let nameLex = byLex.get(lex);
  if (nameLex) return nameLex;
  nameLex = {
    known: (w) => idx.words.has(w),
    genderOf: (g) => idx.givenGender.get(g),
    stop: (w) => !idx.words.has(looseKey(w)) && titleOf(lex, w) !== null,
  };
  byLex.set(lex, nameLex);
  return nameLex;
}

export function collectOfficials(doc: Doc, ctx: StageContext): void {
  const lang: Lang = doc.lang;
  const text = doc.view.text;
  const idx = loadOfficials(ctx.corporaDir);
  const lex = lexicon(ctx.corporaDir, lang);
  const rules = officialRules(ctx.rulesDir, ctx.corporaDir, lang, lex);
  const nameLex = nameLexicon(idx, lex);

  // 1. names (not photo credits or bylines; not a title read as a name: Мемлекет Басшысы)
  const titles = titlesIn(lex, text);
  const inTitle = overlapTest(titles);
  const names = findNames(text, lang, nameLex).filter((n) => {
    if (afterCredit(text, n.start)) return false;
    if (n.kind === 'weak' && inTitle(n.start, n.end)) return false;
    // a weak name made of an organisation's or a country's words (Совета Федерации, Республика Башкортостан)
    if (n.kind === 'weak' && n.tokens.some((t) => ORGISH.test(t.text) || (lex.bodyRe.lastIndex = 0, lex.bodyRe.test(t.text)))) return false;
    return true;
  });
  const byEnd = new Map(names.map((n) => [n.end, n]));
  // where a name ends, a body's name cannot go on (a weak name only counts once a title claimed it)
  const namesEnd = { has: (end: number) => { const n = byEnd.get(end); return !!n && (n.kind !== 'weak' || posOf.has(n)); } };
  const posOf = new Map<NameSpan, Pos>();

  // 2a. a title right before the name (Kazakh: touching it; Russian/English: with its complement)
  const before = rules.filter((r) => r.fields?.link === 'before');
  for (const n of names) {
    const s = doc.sentences[sentenceAt(doc, n.start)]!;
    const heads = startingIn(titles, s.start, n.start).filter((t) => t.end <= n.start).reverse();
    found: for (const t of heads) {
      const tail = text.slice(t.start, n.start);
      // another name between the title and this one: the title is theirs
      if (startingIn(names, t.end, n.start).some((o) => o !== n && o.end <= n.start)) continue;
      for (const r of before) {
        const m = matchAll(r.compiled, tail).next().value;
        if (!m || !m.groups.pos) continue;
        let start = t.start;
        const end = t.start + m.groups.pos.end;
        if (lang === 'kk') start = extendKk(text, s.start, t.start, lex, namesEnd);
        else start = compoundStart(text, s.start, t.start, lex);
        if (!linkOk(doc, ctx, lex, text.slice(start, end), n, idx)) break found;
        posOf.set(n, { start: trimLead(text, start, end), end, rule: r.id });
        break found;
      }
    }
  }

  // 2b. appositions after the name (X, облыс әкімі, / X — аким области / X (министр …))
  // (the rules scan the whole text: not run when every name already has its position)
  const after = names.every((n) => posOf.has(n)) ? [] : rules.filter((x) => x.fields?.link === 'after');
  for (const r of after) {
    for (const m of matchAll(r.compiled, text)) {
      const g = m.groups.name, p = m.groups.pos;
      if (!g || !p) continue;
      // the {{name}} group may run on over capitalised words of the position (Ерлан Сапаров Жамбыл
      // ауданының әкімі болып …): the recognised name inside it counts, a Kazakh phrase may take the rest
      const n = byEnd.get(g.end) ?? (lang === 'kk' ? names.filter((x) => x.start === g.start && x.end < g.end).at(-1) : undefined);
      if (!n || posOf.has(n) || !titlesIn(lex, p.text).length) continue;
      // a weak name needs a known given name here; the phrase must not hold another name
      if (n.kind === 'weak' && !nameLex.genderOf(looseKey(n.tokens[0]!.text))) continue;
      if (names.some((o) => o !== n && o.start < p.end && p.start < o.end)) continue;
      let start = p.start;
      if (lang === 'kk') start = extendKk(text, n.end, titlesIn(lex, p.text).at(-1)!.start + p.start, lex, namesEnd);
      if (!linkOk(doc, ctx, lex, text.slice(start, p.end), n, idx)) continue;
      posOf.set(n, { start: trimLead(text, start, p.end), end: p.end, rule: r.id });
    }
  }

  // 3. people: group mentions (full names, then initials and lone surnames join them)
  const people = groupPeople(names, idx, lang);

  addRepeats(text, names, people.filter((p) => p.gaz || p.names.some((n) => n.kind !== 'weak' || posOf.has(n))), lang);

  for (const p of people) {
    const first = p.names.find((n) => posOf.has(n));
    if (first) p.pos = posOf.get(first)!;
  }

  // 2c. positions stated away from the name: a quote's speaker (… төрайымы ретінде …, – деп X),
  // a title said after a quote (– деді министр.) for the one person without a position nearby
  // (the rules scan the whole text: not run when no one could take a position; positions are only added)
  const away = people.some(canTakePosition) ? rules.filter((x) => x.fields?.link === 'speaker' || x.fields?.link === 'said') : [];
  for (const r of away) {
    for (const m of matchAll(r.compiled, text)) {
      const p = m.groups.pos;
      if (!p) continue;
      const para = paragraphOf(text, m.start);
      let target: Person | undefined;
      if (r.fields?.link === 'speaker') {
        // the first person named after the match in the same paragraph
        target = people.map((q) => ({ q, n: q.names.find((n) => n.start >= m.end && n.start < para[1]) })).filter((x) => x.n)
          .sort((a, b) => a.n!.start - b.n!.start)[0]?.q;
      } else {
        const sent = sentenceAt(doc, m.start);
        const near = people.filter((q) => q.names.some((n) => n.kind !== 'weak' && Math.abs(sentenceAt(doc, n.start) - sent) <= 2));
        if (near.length === 1) target = near[0];
        else {
          const without = near.filter((q) => !q.pos && !q.gaz);
          if (without.length === 1) target = without[0];
        }
      }
      // a weak name (two capitalised words, no name shape) only counts with a title touching it
      if (!target || target.pos || target.names.every((n) => n.kind === 'weak')) continue;
      const head = titlesIn(lex, p.text).at(-1);
      if (!head) continue;
      // a one-holder office (Мемлекет басшысы, Премьер-министр) said nearby belongs to its holder, not to whoever is near
      const saidRole = head.form.role;
      if ((saidRole === 'president' || saidRole === 'prime_minister') && target.gaz?.id !== officeHolder(ctx.corporaDir, saidRole, doc.asOf, lang)?.personId) continue;
      // a said title naming a body by name (JPMorgan Chase өкілі) may be someone else's
      if (r.fields?.link === 'said' && /\p{Lu}/u.test(p.text.slice(0, head.start))) continue;
      const headStart = head.start + p.start;
      const start = lang === 'kk' ? extendKk(text, m.start, headStart, lex, namesEnd) : p.start;
      if (!linkOk(doc, ctx, lex, text.slice(start, p.end), null, idx)) continue;
      target.pos = { start: trimLead(text, start, p.end), end: p.end, rule: r.id };
    }
  }

  // 2d. a sentence opened by an unnamed title, the next sentence opened by a name without a position
  for (const r of rules.filter((x) => x.fields?.link === 'next')) {
    for (let si = 0; si + 1 < doc.sentences.length; si++) {
      const sent = doc.sentences[si]!, next = doc.sentences[si + 1]!;
      if (names.some((n) => n.start >= sent.start && n.end <= sent.end)) continue; // the title may be someone's here
      // who would take the position, before running the rule on the sentence (most sentences have no one)
      const lead = text.slice(next.start, next.end);
      const first = names.filter((n) => n.start >= next.start && n.start - next.start <= lead.length - lead.trimStart().length + 1)[0];
      const target = first && people.find((q) => q.names.includes(first));
      if (!target || target.pos || first!.kind === 'weak') continue;
      const m = matchAll(r.compiled, text.slice(sent.start, sent.end)).next().value;
      if (!m?.groups.pos) continue;
      const p = { start: sent.start + m.groups.pos.start, end: sent.start + m.groups.pos.end };
      const head = titlesIn(lex, text.slice(p.start, p.end)).at(-1);
      if (!head) continue;
      const start = lang === 'kk' ? extendKk(text, p.start, p.start + head.start, lex, namesEnd) : p.start;
      if (!linkOk(doc, ctx, lex, text.slice(start, p.end), null, idx)) continue;
      target.pos = { start: trimLead(text, start, p.end), end: p.end, rule: r.id };
    }
  }

  // 4. records
  const out: OfficialRecord[] = [];
  const persons: Array<{ person: string; personId: string; start: number; end: number }> = [];
  for (const p of people) {
    const rec = toRecord(doc, p, lex, lang);
    if (!rec) continue;
    out.push(rec);
    for (const n of p.names) persons.push({ person: rec.person, personId: rec.personId!, start: n.start, end: n.end });
  }
  doc.officials.push(...out);
  doc.notes.persons = persons.sort((a, b) => a.start - b.start);
}

// a lone capitalised word (sticky: tried only where a capital stands)
const LONE_WORD = /(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}-])/uy;

/** A person a position stated away from the name may go to: none yet, and a name that is not weak. */
const canTakePosition = (p: Person) => !p.pos && p.names.some((n) => n.kind !== 'weak');

/**
 * Lone capitalised words that repeat a person's surname (with a case ending): Обама … Обамы, Трамп …
 * Трампа. Names with a surname shape are found by the recogniser; these are the others.
 */
function addRepeats(text: string, names: NameSpan[], people: Person[], lang: Lang): void {
  // the names found so far (a repeat found below never overlaps a later one: matches are disjoint)
  const taken = overlapTest(names);
  const keyed = people
    .map((p) => ({ p, s: p.names.find((n) => n.kind === 'full' || n.kind === 'weak')?.surname }))
    .filter((x): x is { p: Person; s: string } => !!x.s && x.s.length >= 4)
    // the part a case form keeps: a ru stem change drops the final vowel (Обама → Обамы)
    .map((x) => ({ ...x, stem: lang === 'ru' && /[ая]$/u.test(x.s) ? x.s.slice(0, -1) : x.s }));
  if (!keyed.length) return;
  const maxEnding = lang === 'kk' ? 4 : 2;
  for (const m of capitalMatches(text, LONE_WORD)) {
    const w = m[0], start = m.index!, end = start + w.length;
    if (taken(start, end)) continue;
    // the surname, or its stem plus a case ending (ru -а/-у/-ом/-ы/-е…, kk -тың/-ға…)
    const hits = keyed.filter(({ s, stem }) => w === s || (w.startsWith(stem) && w.length - stem.length <= maxEnding && w.length > stem.length));
    if (hits.length !== 1) continue;
    const span: NameSpan = { start, end, tokens: [{ text: w, start, end }], kind: 'surname', given: null, surname: hits[0]!.s, patronymic: null, givenTok: null, surnameTok: null, gender: null };
    hits[0]!.p.names.push(span);
    names.push(span);
  }
  for (const p of people) p.names.sort((a, b) => a.start - b.start);
}

/**
 * A link is wrong when a bare one-holder title (Мемлекет басшысы) stands before a name in the
 * accusative that is not its holder (Мемлекет басшысы Елена Рыбакинаны құттықтады: the object), or when
 * a member/representative title names no body (Беларусь өкілі: an athlete).
 */
function linkOk(doc: Doc, ctx: StageContext, lex: Lexicon, phrase: string, name: NameSpan | null, idx: ReturnType<typeof loadOfficials>): boolean {
  const ts = titlesIn(lex, phrase);
  const head = (doc.lang === 'kk' ? ts.at(-1) : ts[0]) ?? null;
  if (!head) return false;
  const role = ts[0]!.form.prefix ? ts[0]!.form.role : head.form.role;
  if (name && doc.lang === 'kk' && (role === 'president' || role === 'prime_minister') && phrase.slice(0, head.start).trim() === '') {
    const holder = officeHolder(ctx.corporaDir, role, doc.asOf, doc.lang);
    const gaz = name.surname ? findPerson(idx, name.given, name.surname) : null;
    const last = name.tokens[name.tokens.length - 1]!.text;
    if (holder && gaz?.id !== holder.personId && /(?:ны|ні|ды|ді|ты|ті)$/u.test(last) && last !== name.surname) return false;
  }
  if (head.form.needsBody) {
    lex.bodyRe.lastIndex = 0;
    if (!lex.bodyRe.test(phrase.slice(0, doc.lang === 'kk' ? head.start : phrase.length)) && !ENVOY.test(phrase)) return false;
  }
  return true;
}

function paragraphOf(text: string, i: number): [number, number] {
  const s = text.lastIndexOf('\n', i) + 1;
  const e = text.indexOf('\n', i);
  return [s, e < 0 ? text.length : e];
}

function groupPeople(names: NameSpan[], idx: ReturnType<typeof loadOfficials>, lang: Lang): Person[] {
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  const add = (key: string, n: NameSpan, gaz: GazPerson | null) => {
    let p = byKey.get(key);
    if (!p) { p = { key, names: [], gaz, pos: null }; byKey.set(key, p); people.push(p); }
    p.names.push(n);
  };
  const surnameOf = (p: Person) => p.names.find((n) => n.kind === 'full' || n.kind === 'weak')?.surname;
  // a person's surname key and first given name key, read once: below only initials and lone surnames
  // join people (appended, so neither the first full name nor names[0] changes)
  const keys = new Map<Person, { surname: string; given: string }>();
  const keysOf = (p: Person) => {
    let k = keys.get(p);
    if (!k) keys.set(p, (k = { surname: looseKey(surnameOf(p) ?? ''), given: looseKey(p.names[0]!.given ?? '') }));
    return k;
  };
  // full names first, so that initials and lone surnames have someone to join
  for (const n of names.filter((x) => x.kind === 'full' || x.kind === 'weak')) {
    const gaz = n.surname ? findPerson(idx, n.given, n.surname) : null;
    add(gaz ? gaz.id : `name:${looseKey(`${n.given ?? ''} ${n.surname ?? ''}`)}`, n, gaz);
  }
  for (const n of names.filter((x) => x.kind === 'initial' || x.kind === 'surname')) {
    const sk = looseKey(n.surname ?? '');
    const initial = n.kind === 'initial' ? looseKey(n.given ?? '').charAt(0) : '';
    const same = people.filter((p) => keysOf(p).surname === sk && (!initial || keysOf(p).given.startsWith(initial)));
    if (same.length === 1) { same[0]!.names.push(n); continue; }
    const gaz = n.surname ? findPerson(idx, n.kind === 'initial' ? n.given : null, n.surname) : null;
    if (gaz) add(gaz.id, n, gaz);
    else if (n.kind === 'initial') add(`name:${looseKey(`${n.given} ${n.surname}`)}`, n, null);
  }
  for (const p of people) p.names.sort((a, b) => a.start - b.start);
  void lang;
  return people;
}

function viewName(p: Person): string | null {
  const full = p.names.find((n) => n.kind === 'full' || n.kind === 'weak');
  if (!full) return null;
  return [full.given, full.surname ?? full.patronymic].filter(Boolean).join(' ') || null;
}

/** The person's canonical name: nominative, given name first, in the article's own script. */
function canonical(doc: Doc, p: Person, lang: Lang): string | null {
  const full = p.names.find((n) => n.kind === 'full' || n.kind === 'weak');
  if (full && full.given && full.surname) {
    if (doc.script === 'Latn' && full.givenTok && full.surnameTok) {
      return `${doc.view.slice(full.givenTok.start, full.givenTok.end)} ${doc.view.slice(full.surnameTok.start, full.surnameTok.end)}`;
    }
    return `${full.given} ${full.surname}`;
  }
  if (p.gaz) return nameIn(p.gaz, lang, doc.script === 'Latn');
  // a given name with a patronymic and no surname (Серік Мақашұлы): that is the name
  if (full && full.given && full.patronymic) {
    if (doc.script === 'Latn') {
      const last = full.tokens[full.tokens.length - 1]!;
      const pat = full.patronymic && last.text.startsWith(full.patronymic) ? doc.view.slice(last.start, last.start + full.patronymic.length) : doc.view.slice(last.start, last.end);
      return `${doc.view.slice(full.tokens[0]!.start, full.tokens[0]!.end)} ${pat}`;
    }
    return `${full.given} ${full.patronymic}`;
  }
  if (full && (full.given || full.surname)) return doc.script === 'Latn' ? doc.view.slice(full.start, full.end) : [full.given, full.surname].filter(Boolean).join(' ');
  return null;
}

function toRecord(doc: Doc, p: Person, lex: Lexicon, lang: Lang): OfficialRecord | null {
  const gazPos = p.gaz ? positionAt(p.gaz, doc.asOf) : null;
  if (!p.pos && !gazPos) return null; // no position anywhere: not an official
  // a weak name (two capitalised words without a name shape) needs its own stated position
  if (!p.pos && p.names.every((n) => n.kind === 'weak')) return null;
  const person = canonical(doc, p, lang);
  if (!person) return null;
  let position: string | null, role: Role | null, org: string | null, region: string | null = null;
  let rule: string;
  let positionFrom: 'text' | 'gazetteer';
  if (p.pos) {
    position = writtenAt(doc, p.pos.start, p.pos.end);
    const viewPhrase = doc.view.text.slice(p.pos.start, p.pos.end);
    role = roleOf(viewPhrase, lex, lang) ?? 'other';
    org = orgOf(viewPhrase, lex, lang, role);
    if (org && lang === 'kk' && !org.startsWith('Ministry')) org = writtenAt(doc, p.pos.start, p.pos.start + org.length);
    rule = p.pos.rule;
    positionFrom = 'text';
    // the region a position names, else the gazetteer's, else the article's for a regional post
    const [os, oe] = doc.view.span(p.pos.start, p.pos.end);
    region = doc.regions.find((r) => r.start >= os && r.end <= oe)?.code ?? null;
    if (!region && gazPos?.region && gazPos.role === role) region = gazPos.region;
    // облыс әкімі, облыстық … басқармасы: the article's region (a dateline city alone does not make a post regional)
    if (!region && lex.regionalRe.test(viewPhrase)) region = doc.mainRegion;
    if (isNational(role) && !lex.regionalRe.test(viewPhrase)) region = region && doc.regions.some((r) => r.start >= os && r.end <= oe) ? region : null;
  } else {
    position = doc.script === 'Latn' && lang === 'kk' ? kkToLatin(gazPos!.title.kk) : gazPos!.title[lang];
    role = gazPos!.role;
    org = gazPos!.org ?? null;
    region = gazPos!.region ?? null;
    rule = `${lang}.official.gazetteer`;
    positionFrom = 'gazetteer';
  }
  const withPat = p.names.find((n) => n.patronymic);
  let patronymic = withPat?.patronymic ?? null;
  if (withPat && patronymic && doc.script === 'Latn') {
    // the patronymic in the article's own script: its token in the original text, without a case ending
    const tok = withPat.tokens.find((t) => t.text.startsWith(patronymic!));
    if (tok) patronymic = doc.view.slice(tok.start, tok.start + patronymic.length);
  }
  const mentions: Mention[] = p.names.map((n) => mentionAt(doc, n.start, n.end));
  return {
    person, patronymic, position, role, org, region, mentions, rule,
    // without the gazetteer the id comes from the Cyrillic reading, so Cyrillic and Latin spellings meet
    personId: p.gaz ? p.gaz.id : `name:${looseKey(viewName(p) ?? person)}`, positionFrom,
  };
}
