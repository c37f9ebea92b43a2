// Officials in English articles (ANNOTATION.md §3): names (./people.ts) linked to position phrases
// by rules/en/officials.yaml (title before the name, apposition after it), role from the phrase's
// title head (corpora/positions.yaml, en forms), org from the ministries list, region from a place
// inside the phrase or the article's main region for a regional post; people the gazetteer knows
// get its English title when the article states none. personId is the gazetteer's id, shared with
// the kk/ru records of the same person (Kassym-Jomart Tokayev = Қасым-Жомарт Тоқаев).
import path from 'node:path';
import type { Stage, StageContext } from '../../stage.js';
import type { Doc } from '../../doc.js';
import { mentionAt, sentenceAt, writtenAt } from '../../doc.js';
import type { OfficialRecord, Role } from '../../types.js';
import { loadPieces, loadRuleFile, type Rule } from '../../rules/loader.js';
import { matchAll } from '../../rules/compile.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { positionAt } from '../../gazetteer/officials.js';
import { lexicon, titlesIn, type Lexicon } from '../officials/lexicon.js';
import { enKey, findEnNames, nameIndex, type EnName } from './people.js';

const ruleCache = new Map<string, Rule[]>();
const lexCache = new Map<string, Lexicon>();
const B = '(?<![\\p{L}\\p{M}\\p{N}-])';
const E = '(?![\\p{L}\\p{M}\\p{N}-])';

/** The shared position lexicon (corpora/positions.yaml, en) plus corpora/en/titles.yaml, longest forms first. */
export function enLexicon(corporaDir: string): Lexicon {
  let lex = lexCache.get(corporaDir);
  if (lex) return lex;
  const base = lexicon(corporaDir, 'en');
  let extra: { titles?: Array<{ id: string; role: Role; en: string[] }> } = {};
  try { extra = loadCorpus(corporaDir, 'en/titles'); } catch { /* none */ }
  const caseless = (frag: string) => frag.replace(/(^|\\s\+|\\s\*|\\s)(\p{L})/gu, (_m, pre: string, ch: string) => `${pre}[${ch.toUpperCase()}${ch.toLowerCase()}]`);
  const forms = [...base.forms];
  for (const t of extra.titles ?? []) for (const frag of t.en) {
    const source = caseless(frag);
    // the shared form's other fields (flags the kk/ru extractor reads) take their plain values
    forms.push(Object.assign({}, base.forms[0]!, { source, re: new RegExp(`^(?:${source})$`, 'u'), sticky: new RegExp(`(?:${source})${E}`, 'uy'), role: t.role, id: t.id, prefix: false, needsBody: false }));
  }
  forms.sort((a, b) => b.source.length - a.source.length);
  const titleSource = `${B}(?:${forms.map((x) => x.source).join('|')})${E}`;
  lex = { ...base, forms, titleSource, titleRe: new RegExp(titleSource, 'gu') };
  lexCache.set(corporaDir, lex);
  return lex;
}

export function enOfficialRules(ctx: StageContext): Rule[] {
  const key = `${ctx.rulesDir}\0${ctx.corporaDir}`;
  let rules = ruleCache.get(key);
  if (!rules) {
    const lex = enLexicon(ctx.corporaDir);
    rules = loadRuleFile(path.join(ctx.rulesDir, 'en', 'officials.yaml'), { ...loadPieces(ctx.rulesDir, 'en'), title: lex.titleSource });
    ruleCache.set(key, rules);
  }
  return rules;
}

const NATIONAL: Role[] = ['president', 'prime_minister', 'deputy_prime_minister', 'minister', 'first_vice_minister', 'vice_minister'];
const REGIONAL = /(?<![\p{L}])(?:region(?:al)?|oblast|akim|governor|mayor|maslikhat|city|district)(?![\p{L}])/iu;

/** The role of a position phrase: its first title head (Deputy Prime Minister – Minister of … → deputy_prime_minister). */
export function roleOfPhrase(lex: Lexicon, phrase: string): Role {
  const heads = titlesIn(lex, phrase);
  const first = heads[0]?.form.role ?? 'other';
  // a bare "Deputy" takes the office after it: Deputy Foreign Minister, Deputy Governor of …
  if (first === 'deputy_head' && /^(?:First\s+)?Deputy$/iu.test(phrase.slice(heads[0]!.start, heads[0]!.end).trim())) {
    const next = heads[1]?.form.role;
    if (next === 'minister') return /^First\s/iu.test(phrase) ? 'first_vice_minister' : 'vice_minister';
    if (next === 'akim') return 'deputy_akim';
    if (next === 'head' || next === 'chair') return 'deputy_head';
  }
  return first;
}

/** Spelling-insensitive key of a ministry name: Labor = Labour, Healthcare = Health, "and" and "the" dropped. */
const orgKey = (s: string) => s.toLowerCase().replace(/labour/g, 'labor').replace(/defense/g, 'defence').replace(/healthcare/g, 'health').replace(/\bsports\b/g, 'sport')
  .replace(/\bof the population\b/g, ' ').replace(/\b(?:and|the|of|for|republic|kazakhstan)\b/g, ' ').replace(/[^a-z]+/g, ' ').trim();

/** A ministry the phrase names (Minister of Culture and Information, Energy Minister → the canonical English name), else null. */
export function orgOfPhrase(corporaDir: string, phrase: string, role: Role): string | null {
  const last = phrase.split(/\s[–—-]\s/).at(-1)!.replace(/\s+of\s+(?:the\s+)?Republic\s+of\s+Kazakhstan\s*$/i, '');
  const ministerial = role === 'minister' || role === 'vice_minister' || role === 'first_vice_minister' || role === 'deputy_prime_minister';
  const m = /(?:Minister|Ministry)\s+(?:of|for)\s+(?:the\s+)?([^–—]+?)\s*$/iu.exec(last)
    ?? (ministerial ? /^(?:(?:Kazakh|Kazakhstan['’]s|First|Deputy|Vice)\s+)*(\p{Lu}[\p{L}\s,]*?)\s+(?:Vice\s+|Deputy\s+)?Minister$/u.exec(last) : null);
  if (m && !/^(?:Prime|Deputy|Vice|First)$/u.test(m[1]!.trim())) {
    const want = orgKey(m[1]!);
    const list = loadCorpus<{ ministries: Array<{ en: string }> }>(corporaDir, 'positions').ministries;
    const keys = list.map((x) => ({ en: x.en, k: orgKey(x.en.replace(/^Ministry\s+(?:of|for)\s+/, '')) }));
    // exact, else the one ministry whose name starts with it (Foreign → Foreign Affairs)
    const hit = keys.find((x) => x.k === want) ?? (keys.filter((x) => x.k.startsWith(`${want} `)).length === 1 ? keys.find((x) => x.k.startsWith(`${want} `)) : undefined);
    return hit ? hit.en : `Ministry of ${m[1]!.trim()}`;
  }
  if (role === 'head' || role === 'deputy_head' || role === 'chair') {
    const o = /(?:of|at)\s+(?:the\s+)?(.+)$/iu.exec(phrase);
    return o ? o[1]!.trim() : null;
  }
  return null;
}

interface Pos { start: number; end: number; rule: string }

/** Extends a title phrase leftwards over a place or subject words (Kostanay region Governor, Health Minister). */
function extendLeft(doc: Doc, sentStart: number, start: number, names: EnName[]): number {
  const text = doc.view.text;
  for (const r of doc.regions) {
    const [vs, ve] = viewSpan(doc, r.start, r.end);
    if (ve <= start && /^['’]?s?\s+$/u.test(text.slice(ve, start)) && vs >= sentStart) return vs;
  }
  let s = start;
  for (;;) {
    const m = /(\p{Lu}[\p{L}-]*|first|region['’]s|regional|city|district|oblast['’]s|city['’]s|district['’]s)\s+$/u.exec(text.slice(sentStart, s));
    if (!m) break;
    const w = m[1]!;
    const ws = sentStart + m.index;
    if (/^(?:The|According|In|On|At|As|By|From|With|For|During|After|Before|Then|KAZINFORM|Kazinform|[A-Z]+)$/u.test(w)) break;
    if (names.some((n) => n.start < s && ws < n.end)) break;
    s = ws;
  }
  return s;
}

/** View offsets of an original span (regions hold original offsets). */
function viewSpan(doc: Doc, start: number, end: number): [number, number] {
  // English views are 1:1 (same length), so original offsets are view offsets
  void doc;
  return [start, end];
}

export function collectEnOfficials(doc: Doc, ctx: StageContext): void {
  const text = doc.view.text;
  const lex = enLexicon(ctx.corporaDir);
  const rules = enOfficialRules(ctx);
  const ix = nameIndex(ctx.corporaDir);
  const taken: Array<[number, number]> = doc.regions.map((r) => viewSpan(doc, r.start, r.end));
  const names = findEnNames(text, ctx.corporaDir, taken);
  const titles = titlesIn(lex, text);
  const posOf = new Map<EnName, Pos>();

  for (const n of names.filter((x) => x.kind === 'full' || x.kind === 'weak')) {
    const sent = doc.sentences[sentenceAt(doc, n.start)] ?? { start: 0, end: text.length };
    // title before the name: farthest head first, so compounds keep their first part
    const heads = titles.filter((t) => t.start >= sent.start && t.end <= n.start && n.start - t.start <= 160);
    found: for (const t of heads) {
      const tail = text.slice(t.start, n.start);
      if (names.some((o) => o !== n && o.kind !== 'weak' && o.start >= t.start && o.end <= n.start)) continue; // another name in between
      // a weak name (no name shape, unknown) needs its title right before it: Chinese Vice Premier Ding Xuexiang
      if (n.kind === 'weak' && !/^\s+$/u.test(text.slice(t.end, n.start))) continue;
      for (const r of rules.filter((x) => x.fields?.link === 'before')) {
        const m = matchAll(r.compiled, tail).next().value;
        if (!m?.groups.pos) continue;
        const start = extendLeft(doc, sent.start, t.start, names);
        posOf.set(n, { start, end: t.start + m.groups.pos.end, rule: r.id });
        break found;
      }
    }
    if (posOf.has(n)) continue;
    if (n.kind === 'weak') continue;
    const after = text.slice(n.end, Math.min(sent.end + 1, n.end + 200));
    for (const r of rules.filter((x) => x.fields?.link === 'after')) {
      const m = matchAll(r.compiled, after).next().value;
      if (!m?.groups.pos) continue;
      if (names.some((o) => o.kind !== 'weak' && o.start >= n.end + m.groups.pos!.start && o.start < n.end + m.groups.pos!.end)) continue;
      posOf.set(n, { start: n.end + m.groups.pos.start, end: n.end + m.groups.pos.end, rule: r.id });
      break;
    }
  }

  // people: full names first (keyed by the gazetteer id or the loose name), then lone surnames
  interface Person { key: string; names: EnName[]; pos: Pos | null; full: EnName | null; gaz: EnName['gaz'] }
  const people = new Map<string, Person>();
  const add = (k: string, n: EnName) => {
    let p = people.get(k);
    if (!p) { p = { key: k, names: [], pos: null, full: null, gaz: n.gaz }; people.set(k, p); }
    p.names.push(n);
    if ((n.kind === 'full' || n.kind === 'weak') && !p.full) p.full = n;
    if (!p.pos && posOf.has(n)) p.pos = posOf.get(n)!;
  };
  for (const n of names.filter((x) => x.kind === 'full' || (x.kind === 'weak' && posOf.has(x)))) add(n.gaz ? n.gaz.id : `name:${enKey(`${n.given} ${n.surname}`)}`, n);
  for (const n of names.filter((x) => x.kind === 'surname')) {
    const same = [...people.values()].filter((p) => p.full && p.full.kind === 'full' && enKey(p.full.surname) === enKey(n.surname));
    if (same.length === 1) same[0]!.names.push(n);
    else if (n.gaz) add(n.gaz.id, n);
  }

  const out: OfficialRecord[] = [];
  const persons: Array<{ person: string; personId: string; start: number; end: number }> = [];
  for (const p of people.values()) {
    const gazPos = p.gaz ? positionAt(p.gaz, doc.asOf) : null;
    if (!p.pos && !gazPos) continue;
    const person = p.full ? `${p.full.given} ${p.full.surname}` : ix.english.get(p.gaz!.id)!;
    let rec: OfficialRecord;
    const personId = p.gaz ? p.gaz.id : `name:${enKey(person)}`;
    const mentions = p.names.sort((a, b) => a.start - b.start).map((n) => mentionAt(doc, n.start, n.end));
    if (p.pos) {
      const phrase = text.slice(p.pos.start, p.pos.end);
      const role = roleOfPhrase(lex, phrase);
      const [os, oe] = doc.view.span(p.pos.start, p.pos.end);
      let region = doc.regions.find((r) => r.start >= os && r.end <= oe)?.code ?? null;
      if (!region && gazPos?.region && gazPos.role === role) region = gazPos.region;
      if (!region && !NATIONAL.includes(role) && REGIONAL.test(phrase)) region = doc.mainRegion;
      rec = { person, patronymic: null, position: writtenAt(doc, p.pos.start, p.pos.end), role, org: orgOfPhrase(ctx.corporaDir, phrase, role), region, mentions, rule: p.pos.rule, personId, positionFrom: 'text' };
    } else {
      rec = { person, patronymic: null, position: gazPos!.title.en, role: gazPos!.role, org: gazPos!.org ?? null, region: gazPos!.region ?? null, mentions, rule: 'en.official.gazetteer', personId, positionFrom: 'gazetteer' };
    }
    out.push(rec);
    for (const n of p.names) persons.push({ person, personId, start: n.start, end: n.end });
  }
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  doc.officials.push(...out);
  doc.notes.persons = persons.sort((a, b) => a.start - b.start);
}

export const officialsEnStage: Stage = {
  name: 'officials',
  requires: ['view', 'sentences', 'asOf', 'regions'],
  provides: ['officials'],
  run(doc, ctx) {
    collectEnOfficials(doc, ctx);
  },
};
