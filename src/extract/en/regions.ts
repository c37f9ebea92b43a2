// Regions in English articles: the shared gazetteer's English forms (Kostanay Region, Oskemen,
// Nur-Sultan, the KOSTANAY. KAZINFORM dateline) through the base extractor's findPlaces, plus the
// other English spellings of corpora/en/regions.yaml (Kostanai, West Kazakhstan, Uralsk), which
// resolve to the same ISO codes as the kk/ru names.
import type { Stage } from '../../stage.js';
import type { Doc } from '../../doc.js';
import { mentionAt } from '../../doc.js';
import type { RegionRecord } from '../../types.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { regionsGazetteer, unitName } from '../../gazetteer/regions.js';
import { findPlaces, mainRegionOf, type PlaceHit } from '../regions.js';

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
  for (const m of text.matchAll(re)) {
    const options = (byKey.get(key(m[0])) ?? []).filter((e) => (!e.since || e.since <= asOf) && (!e.until || asOf < e.until));
    const e = options[0];
    if (!e) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, code: e.code, via: e.kind === 'city' ? m[0] : null, kind: e.kind, candidates: [e.code] });
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
    for (const x of findEnglishExtras(text, doc.asOf, ctx.corporaDir)) {
      // the shared gazetteer's hit wins; a longer English phrase replaces the hits inside it
      const over = hits.filter((h) => h.start < x.end && x.start < h.end);
      if (over.some((h) => h.end - h.start >= x.end - x.start)) continue;
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
