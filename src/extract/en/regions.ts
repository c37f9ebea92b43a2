// Regions in English articles: the shared gazetteer's English forms (Kostanay Region, Oskemen,
// Nur-Sultan, the KOSTANAY. KAZINFORM dateline) through the base extractor's findPlaces, plus the
// other English spellings of corpora/en/regions.yaml (Kostanai, West Kazakhstan, Uralsk), which
// resolve to the same ISO codes as the kk/ru names.
import type { Stage } from '../../stage.js';
import type { Doc } from '../../doc.js';
import { mentionAt } from '../../doc.js';
import type { RegionRecord } from '../../types.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { codeAt, regionsGazetteer, unitName, type RegionsGazetteer } from '../../gazetteer/regions.js';
import { placeCode, type PlaceType } from './places.js';
import { enKey } from './people.js';
import { findPlaces, mainRegionOf, type PlaceHit } from '../regions.js';
import { allMatches } from '../../text/matches.js';

interface EnRegionsFile {
  units?: Record<string, { stems: string[]; bare?: boolean }>;
  cities?: Array<{ code: string; names: string[]; since?: string; until?: string }>;
}

interface Extra { code: string; kind: 'unit' | 'city'; since?: string; until?: string }

const TYPE_WORDS = ['region', 'oblast', 'province'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]');
const key = (s: string) => s.toLowerCase().replace(/[-\s]+/g, ' ');

const cache = new Map<string, { re: RegExp; byKey: Map<string, Extra[]> }>();

function extraMatcher(corporaDir: string) {
  const hit = cache.get(corporaDir);
  if (hit) return hit;
  let data: EnRegionsFile = {};
  try { data = loadCorpus<EnRegionsFile>(corporaDir, 'en/regions'); } catch { /* no English extras */ }
  const byKey = new Map<string, Extra[]>();
  const add = (phrase: string, e: Extra) => {
    const k = key(phrase);
    const list = byKey.get(k) ?? [];
    list.push(e);
    byKey.set(k, list);
  };
  const phrases: string[] = [];
  for (const [code, u] of Object.entries(data.units ?? {})) {
    for (const stem of u.stems) {
      for (const w of TYPE_WORDS) { phrases.push(`${esc(stem)}\\s+(?:${w}|${w[0]!.toUpperCase()}${w.slice(1)})`); add(`${stem} ${w}`, { code, kind: 'unit' }); }
      if (u.bare) { phrases.push(esc(stem)); add(stem, { code, kind: 'unit' }); }
    }
  }
  for (const c of data.cities ?? []) {
    for (const n of c.names) { phrases.push(esc(n)); add(n, { code: c.code, kind: 'city', since: c.since, until: c.until }); }
  }
  phrases.sort((a, b) => b.length - a.length);
  // proper names: the stem is written as given (capitalised), the type word in either case
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(?:${phrases.join('|') || '(?!)'})(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'gu');
  const m = { re, byKey };
  cache.set(corporaDir, m);
  return m;
}

/** Hits of the English-only spellings, resolved as of `asOf`. */
export function findEnglishExtras(text: string, asOf: string, corporaDir: string): PlaceHit[] {
  const { re, byKey } = extraMatcher(corporaDir);
  const out: PlaceHit[] = [];
  for (const m of allMatches(re, text)) {
    const options = (byKey.get(key(m[0])) ?? []).filter((e) => (!e.since || e.since <= asOf) && (!e.until || asOf < e.until));
    const e = options[0];
    if (!e) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, code: e.code, via: e.kind === 'city' ? m[0] : null, kind: e.kind, candidates: [e.code] });
  }
  return out;
}

// "Akzhaik district", "Terekti and Akzhaik districts", "Maktaaral, Zhetysai and Shardara districts":
// each name before a place-type word (or in a coordinated list before the plural) is a district,
// village or town of its own, looked up by its English romanization (./places.ts).
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[-\s]\p{Lu}[\p{Ll}'’-]+)?`;
const NAME_RE = new RegExp(NAME, 'gu');
const TYPED = new RegExp(String.raw`((?:${NAME}(?:,\s+|\s+and\s+)){0,6})(${NAME})\s+(districts?|villages?|towns?|rural\s+districts?|regions?|oblasts?|provinces?|Regions?|Oblasts?)(?![\p{L}])`, 'gu');
const TYPE_OF: Record<string, PlaceType> = { district: 'district', village: 'village', town: 'city' };

/** enKey of every English stem of a first-level unit (Kostanay, Kostanai, Zhambyl, Jambyl) → its ISO code. */
function unitStems(g: RegionsGazetteer, corporaDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of g.units.values()) {
    for (const n of [u, ...u.names]) if (u.type === 'oblast') out.set(enKey(n.en.replace(/\s+Region$/, '')), u.code);
  }
  let data: EnRegionsFile = {};
  try { data = loadCorpus<EnRegionsFile>(corporaDir, 'en/regions'); } catch { /* none */ }
  for (const [code, e] of Object.entries(data.units ?? {})) for (const st of e.stems) out.set(enKey(st), code);
  return out;
}

export function findEnglishTyped(text: string, asOf: string, corporaDir: string, g?: RegionsGazetteer): PlaceHit[] {
  const out: PlaceHit[] = [];
  const stems = g ? unitStems(g, corporaDir) : new Map<string, string>();
  for (const m of allMatches(TYPED, text)) {
    if (/^(?:region|oblast|province)/iu.test(m[3]!)) {
      // "Almaty, Zhambyl and Turkistan regions": each name a unit of its own; a singular type word
      // takes the last name only ("Qostanai region": any romanization of a unit's name)
      const lastStart = m.index! + m[1]!.length, end = m.index! + m[0].length;
      const names = /s$/u.test(m[3]!)
        ? allMatches(NAME_RE, m[1]!).map((w) => ({ s: m.index! + w.index!, e: m.index! + w.index! + w[0].length, t: w[0] }))
        : [];
      names.push({ s: lastStart, e: end, t: m[2]! });
      for (const n of names) {
        const code = stems.get(enKey(n.t));
        if (code) out.push({ start: n.s, end: n.e, code, via: null, kind: 'unit', candidates: [code] });
      }
      continue;
    }
    const word = m[3]!.replace(/^rural\s+/, '').replace(/s$/, '');
    const type = TYPE_OF[word]!;
    const items: Array<{ name: string; start: number; end: number }> = [];
    for (const w of allMatches(NAME_RE, m[1]!)) items.push({ name: w[0], start: m.index! + w.index!, end: m.index! + w.index! + w[0].length });
    items.push({ name: m[2]!, start: m.index! + m[1]!.length, end: m.index! + m[0].length });
    for (const it of items) {
      const code = placeCode(corporaDir, it.name, type, asOf) ?? (type === 'city' ? null : placeCode(corporaDir, it.name, 'city', asOf));
      if (!code) continue;
      out.push({ start: it.start, end: it.end, code, via: `${it.name} ${word}`, kind: type, candidates: [code] });
    }
  }
  return out;
}

// "Nur-Sultan-based company", "Almaty-based": the place locates the company (ANNOTATION.md §4).
const BASED = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)-based(?![\p{L}])/gu;

export function findBased(g: RegionsGazetteer, text: string, asOf: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const m of allMatches(BASED, text)) {
    const name = m[1]!;
    const hit = g.match(name).find((x) => x.start === 0 && x.end === name.length);
    const target = hit?.entries[0]?.target;
    if (!target) continue;
    const code = codeAt(target.in, asOf);
    out.push({ start: m.index!, end: m.index! + name.length, code, via: target.via, kind: target.kind, candidates: [code] });
  }
  return out;
}

export const regionsEnStage: Stage = {
  name: 'regions',
  requires: ['view', 'sentences', 'asOf'],
  provides: ['regions', 'mainRegion'],
  run(doc: Doc, ctx) {
    const g = regionsGazetteer(ctx.corporaDir);
    const text = doc.view.text;
    const hits = findPlaces(g, text, doc.asOf);
    for (const x of [...findEnglishExtras(text, doc.asOf, ctx.corporaDir), ...findEnglishTyped(text, doc.asOf, ctx.corporaDir, g), ...findBased(g, text, doc.asOf)]) {
      // the shared gazetteer's hit wins; a longer English phrase replaces the hits inside it
      const over = hits.filter((h) => h.start < x.end && x.start < h.end);
      // (a unit named in a list beats a town of the same name: "Pavlodar, Aktobe and … regions")
      if (over.some((h) => h.end - h.start > x.end - x.start || (h.end - h.start === x.end - x.start && !(x.kind === 'unit' && h.kind === 'city')))) continue;
      for (const h of over) hits.splice(hits.indexOf(h), 1);
      hits.push(x);
    }
    hits.sort((a, b) => a.start - b.start);
    const records: RegionRecord[] = hits.map((h) => {
      const unit = g.units.get(h.code)!;
      return { ...mentionAt(doc, h.start, h.end), code: h.code, name: unitName(unit, 'en', doc.asOf), via: h.via, rule: `en.region.${h.kind}` };
    });
    doc.regions.push(...records);
    doc.mainRegion = mainRegionOf(hits);
    doc.notes.places = hits;
  },
};
