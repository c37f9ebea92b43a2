// The regions extractor (ANNOTATION.md §4): every place phrase the gazetteer knows, resolved to
// a first-level unit as of the article's date (doc.asOf), ambiguous names decided by the
// article's other places; sets doc.mainRegion for the officials extractor.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc.js';
import { mentionAt } from '../doc.js';
import type { RegionRecord } from '../types.js';
import { codeAt, regionsGazetteer, unitName, type PlaceKind, type PlaceMatch, type RegionsGazetteer, type Target } from '../gazetteer/regions.js';
import { kkToLatin, kkWordForms } from '../morph/kk.js';
import { firstStartingAt } from '../text/spans.js';
import { allMatches } from '../text/matches.js';

/** A resolved place mention, in view offsets, before it becomes a record. */
export interface PlaceHit {
  start: number;
  end: number;
  code: string;
  via: string | null;
  kind: PlaceKind | 'dateline' | 'village-context';
  /** The codes the phrase could stand for (more than one: decided by context). */
  candidates: string[];
}

// Short quoted spans are names (trade names, programmes, clubs): places inside do not locate
// anything (`«ЗАВОД АЛМАТЫ ТУРМЫСТЫК ТЕХНИКА» ЖШС`). Long quotes are speech and do count.
const QUOTE_RE = /«[^«»\n]{1,200}»|„[^„“”\n]{1,200}[“”]|“[^“”\n]{1,200}”|"[^"\n]{1,200}"/g;
const MAX_NAME_WORDS = 8;

function nameQuotes(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of allMatches(QUOTE_RE, text)) {
    if (m[0].split(/\s+/).length <= MAX_NAME_WORDS) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Whether a span lies inside a short quoted name of `original` (`toOriginal` maps view offsets:
 *  the view may have normalized or transliterated the quotes away). */
export function quotedIn(original: string, toOriginal: (s: number, e: number) => [number, number] = (s, e) => [s, e]) {
  const quotes = nameQuotes(original); // in order and disjoint: only the last one starting before a span can hold it
  return (s: number, e: number): boolean => {
    const [os, oe] = toOriginal(s, e);
    const i = firstStartingAt(quotes, os) - 1; // the last quote starting before the span
    return i >= 0 && oe < quotes[i]!.end;
  };
}

// A stem alone (Атырау, Восточно-Казахстанской) is an oblast only inside a list that ends in
// the plural type word: "Атырау, Маңғыстау облыстарында", "Восточно-…, Западно-… и … областям".
const LIST_ITEM = String.raw`\p{Lu}[\p{L}\p{M}-]*(?:\s\p{Lu}[\p{L}\p{M}-]*)?`;
const LIST_SEP = String.raw`\s*(?:,\s*(?:және|и|and)?|және|мен|пен|бен|и|and)\s*`;
// The closing plural type word per language (Kazakh/English vs Russian adjectives) and list kind.
const TAILS = {
  oblast: { kk: String.raw`(?:облыстар|regions|oblasts|oblystar)`, ru: String.raw`област(?:и|ей|ям|ями|ях)(?![\p{L}])` },
  district: { kk: String.raw`(?:аудандар|districts|aýdandar)`, ru: String.raw`район(?:ы|ов|ам|ами|ах)(?![\p{L}])` },
} as const;
const LIST_TAIL = Object.fromEntries(Object.entries(TAILS).map(([k, v]) => [k, {
  kk: new RegExp(String.raw`^(?:${LIST_SEP}${LIST_ITEM})+\s+${v.kk}`, 'u'),
  ru: new RegExp(String.raw`^(?:${LIST_SEP}${LIST_ITEM})+\s+${v.ru}`, 'u'),
}])) as Record<'oblast' | 'district', { kk: RegExp; ru: RegExp }>;
const RU_ADJECTIVE_END = /(?:ой|ую|ая|ие|их|им|ими|ий|ый|ого|ому|ом|ым)$/u;

function listContinues(text: string, m: PlaceMatch, listOf: 'oblast' | 'district'): boolean {
  const tail = text.slice(m.end, m.end + 200);
  return LIST_TAIL[listOf][RU_ADJECTIVE_END.test(text.slice(m.start, m.end)) ? 'ru' : 'kk'].test(tail);
}

// A village or settlement named right after its district or oblast: "Жамбыл ауданы Қарақыстақ ауылында".
const VILLAGE_TYPES = ['ауылы', 'кенті', 'селосы'].flatMap((w) => kkWordForms(w, { possessive: true }));
// A district the gazetteer does not hold, named right after its oblast: "Х облысы Жаңа ауданында".
const DISTRICT_TYPES = kkWordForms('ауданы', { possessive: true });
const DISTRICT_AFTER = new RegExp(`^[ \\t]+((?:\\p{Lu}[\\p{L}\\p{M}-]+[ \\t]+){1,2}?)(${DISTRICT_TYPES.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'u');
const VILLAGE_AFTER = new RegExp(`^[ \\t]+((?:\\p{Lu}[\\p{L}\\p{M}-]+[ \\t]+){1,2}?)(${VILLAGE_TYPES.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

// A dateline: the city in capitals at the start of a line, then a full stop or comma (АСТАНА. KAZINFORM).
function isDateline(text: string, m: PlaceMatch): boolean {
  // only spaces before it on its line (read backwards: reading the whole line per place is
  // quadratic on an article with no line breaks)
  let k = m.start;
  while (k > 0 && text[k - 1] !== '\n' && /\s/u.test(text[k - 1]!)) k--;
  if (k > 0 && text[k - 1] !== '\n') return false;
  const surface = text.slice(m.start, m.end);
  return surface === surface.toUpperCase() && /^\s*[.,]/.test(text.slice(m.end, m.end + 3));
}

// A surname-like bare name (Қонаев) is a person next to an initial or another capitalized word:
// "Д. Қонаев", "Дінмұхамед Қонаевтың", "Қонаев Дінмұхамед".
const BEFORE_PERSON = /(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}\p{M}]+\s)$/u;
const AFTER_PERSON = /^\s\p{Lu}[\p{Ll}\p{M}]+/u;

function looksLikePerson(text: string, m: PlaceMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/u.test(before) && !/\p{Lu}\.\s?$/u.test(before);
  // Only a name without an ending can be followed by the given name (Қонаев Дінмұхамед).
  const nominative = m.entries.some((e) => e.target.surname && e.target.via === text.slice(m.start, m.end));
  return (!sentenceStart && BEFORE_PERSON.test(before)) || (nominative && AFTER_PERSON.test(text.slice(m.end, m.end + 30)));
}

// A bare town name that names a river, lake, mountain or sea instead (Орал өзені, озеро Балхаш,
// Талғар шыңы) is not the town.
const NATURE_AFTER = /^\s(?:өзен|тау[ыл]|көл[іде]|теңіз|шың[ыд]|су\sқойма|river|lake|mountains?)/u;
const NATURE_BEFORE = /(?:^|[^\p{L}])(?:рек[аиуе]|озер[оаеу]|гор[аыу]?|пик[аеу]?)\s$/iu;

function namesNature(text: string, m: PlaceMatch): boolean {
  return NATURE_AFTER.test(text.slice(m.end, m.end + 12)) || NATURE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

// Names that are places only in a list of places (Абай, Арал, Шу): kept when a separator joins
// them to a neighbouring place.
const LIST_GAP = /^\s*(?:,|және|мен|пен|бен|и|and|,\s*(?:и|және|and))\s*$/u;

function dropUnlisted(text: string, pending: Array<{ m: PlaceMatch; targets: Target[] }>): void {
  const weak = (p: { targets: Target[] }) => p.targets.every((tg) => tg.coordOnly);
  const keep = pending.map((p) => !weak(p));
  for (let pass = 0; pass < 2; pass++) {
    pending.forEach((p, i) => {
      if (keep[i]) return;
      const prev = pending[i - 1], next = pending[i + 1];
      if ((prev && keep[i - 1] && LIST_GAP.test(text.slice(prev.m.end, p.m.start))) ||
          (next && keep[i + 1] && LIST_GAP.test(text.slice(p.m.end, next.m.start)))) keep[i] = true;
    });
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    if (!keep[i]) pending.splice(i, 1);
    else if (weak(pending[i]!)) continue;
    else pending[i]!.targets = pending[i]!.targets.filter((tg) => !tg.coordOnly) as Target[];
  }
}

/** Resolves the gazetteer's matches in `text` as of `asOf`: the hits, in text order. */
export function findPlaces(g: RegionsGazetteer, text: string, asOf: string, inQuote = quotedIn(text)): PlaceHit[] {
  type Pending = { m: PlaceMatch; targets: Target[]; dateline: boolean };
  const pending: Pending[] = [];
  for (const m of g.match(text)) {
    if (inQuote(m.start, m.end)) continue;
    let targets = m.entries.map((e) => e.target);
    if (targets.some((tg) => tg.surname) && looksLikePerson(text, m)) targets = targets.filter((tg) => !tg.surname);
    if (namesNature(text, m)) targets = targets.filter((tg) => tg.kind !== 'city' && tg.kind !== 'informal');
    const list = targets.filter((tg) => tg.kind === 'list' && listContinues(text, m, tg.listOf ?? 'oblast'));
    if (list.length) targets = list;
    else targets = targets.filter((tg) => tg.kind !== 'list');
    if (!targets.length) continue;
    pending.push({ m, targets, dateline: isDateline(text, m) });
  }
  dropUnlisted(text, pending);
  // Context: codes named without ambiguity (an oblast's own name counts more than a town's).
  const support = new Map<string, number>();
  for (const p of pending) {
    const codes = new Set(p.targets.map((tg) => codeAt(tg.in, asOf)));
    if (codes.size !== 1) continue;
    const code = [...codes][0]!;
    support.set(code, (support.get(code) ?? 0) + (p.targets[0]!.kind === 'unit' ? 2 : 1));
  }
  const hits: PlaceHit[] = [];
  for (const p of pending) {
    const options = p.targets.map((tg) => ({ tg, code: codeAt(tg.in, asOf) }));
    const candidates = [...new Set(options.map((o) => o.code))];
    let best = options[0]!;
    for (const o of options) if ((support.get(o.code) ?? 0) > (support.get(best.code) ?? 0)) best = o;
    const kind = best.tg.selfCode && best.tg.selfCode !== best.code ? 'city' : best.tg.kind;
    hits.push({ start: p.m.start, end: p.m.end, code: best.code, via: best.tg.selfCode === best.code ? null : best.tg.via, kind: p.dateline ? 'dateline' : kind, candidates });
    if (best.tg.kind === 'district' || (best.tg.kind === 'unit' && g.units.get(best.code)?.type === 'oblast')) {
      const after = text.slice(p.m.end, p.m.end + 120);
      const v = VILLAGE_AFTER.exec(after);
      const d = best.tg.kind === 'unit' ? DISTRICT_AFTER.exec(after) : null;
      if (v) {
        const start = p.m.end + v.index + v[0].length - v[1]!.length - v[2]!.length;
        const name = v[1]!.trim();
        hits.push({ start, end: p.m.end + v[0].length, code: best.code, via: `${name} ${v[2]!.startsWith('кент') ? 'кенті' : v[2]!.startsWith('село') ? 'селосы' : 'ауылы'}`, kind: 'village', candidates: [best.code] });
      } else if (d) {
        const start = p.m.end + d.index + d[0].length - d[1]!.length - d[2]!.length;
        hits.push({ start, end: p.m.end + d[0].length, code: best.code, via: `${d[1]!.trim()} ауданы`, kind: 'district', candidates: [best.code] });
      }
    }
  }
  return longestFirst(hits);
}

/** One hit per stretch of text: where hits overlap (a village after its district that the
 *  gazetteer also knows as a town), the longer one stays. */
function longestFirst(hits: PlaceHit[]): PlaceHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PlaceHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

// A village or settlement named with its type word but not in the gazetteer belongs, in a
// regional article, to the article's oblast: "Шелек ауылында", "в селе Шелек".
// The pattern written forwards, `(?<!…)(\p{Lu}[\p{L}\p{M}-]+)\s(ауылы|…)(?!…)`, tries every
// position of the text from its name part; here the search runs on the type word (rare) and the
// name is read backwards in a lookbehind: the same matches (the longest name wins in both), ten
// times faster. The lookahead repeats the type words so that the lookbehind runs only there.
const TYPE_WORD = `(?:${VILLAGE_TYPES.join('|')})`;
const KK_VILLAGE = new RegExp(String.raw`(?=${TYPE_WORD})(?<=(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}-]+)\s)(${TYPE_WORD})(?![\p{L}\p{M}\p{N}])`, 'gu');

/** The Kazakh villages named with their type word, in text order (offsets as the forward
 *  pattern gives them: from the name to the end of the type word). */
export function kkVillages(text: string): Array<{ start: number; end: number; name: string; type: string }> {
  return allMatches(KK_VILLAGE, text).map((m) => {
    const name = m[1]!, type = m[2]!;
    return { start: m.index! - 1 - name.length, end: m.index! + type.length, name, type };
  });
}

const RU_VILLAGE = /(?<![\p{L}\p{M}\p{N}])(?:сел[оауе]|селом|пос[её]лк[ае]|пос[её]лок|пос[её]лком|аул[ае]?)\s(\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}\p{M}\p{N}])/gu;
// Capitalized words that begin a sentence before ауылы without naming it (Сол ауылында).
const NOT_NAMES = new Set(['Сол', 'Осы', 'Бұл', 'Біздің', 'Туған', 'Әр', 'Барлық', 'Бір', 'Өз', 'Сондай', 'Қай', 'Ол', 'Шалғай', 'Кейбір', 'Көптеген']);

export function contextVillages(text: string, hits: PlaceHit[], mainCode: string): PlaceHit[] {
  const taken = (s: number, e: number) => hits.some((h) => h.start < e && s < h.end);
  // "в селе Каракыстак Жамбылского района": a district right after the village decides.
  const codeAt = (e: number) => hits.find((h) => h.kind === 'district' && h.start >= e && /^[\s,]{0,3}$/.test(text.slice(e, h.start)))?.code ?? mainCode;
  const out: PlaceHit[] = [];
  for (const { start: s, end: e, name, type: form } of kkVillages(text)) {
    if (NOT_NAMES.has(name.split(/\s/)[0]!)) continue;
    if (taken(s, e)) continue;
    const type = form.startsWith('кент') ? 'кенті' : form.startsWith('село') ? 'селосы' : 'ауылы';
    const code = codeAt(e);
    out.push({ start: s, end: e, code, via: `${name} ${type}`, kind: 'village-context', candidates: [code] });
  }
  for (const m of allMatches(RU_VILLAGE, text)) {
    const s = m.index!, e = s + m[0].length;
    if (taken(s, e)) continue;
    const type = /^сел/.test(m[0]) ? 'село' : /^пос/.test(m[0]) ? 'поселок' : 'аул';
    const code = codeAt(e);
    out.push({ start: s, end: e, code, via: `${type} ${m[1]!}`, kind: 'village-context', candidates: [code] });
  }
  return out;
}

const WEIGHT: Record<PlaceHit['kind'], number> = { unit: 2, abbr: 2, informal: 2, list: 2, city: 1, district: 1, village: 1, 'village-context': 0, dateline: 0.5 };

/** The unit most of the article's places point to (null when it names none). */
export function mainRegionOf(hits: PlaceHit[]): string | null {
  const score = new Map<string, number>();
  for (const h of hits) score.set(h.code, (score.get(h.code) ?? 0) + WEIGHT[h.kind]);
  let best: string | null = null, bestScore = 0;
  for (const [code, s] of score) if (s > bestScore) { best = code; bestScore = s; }
  return best;
}

function nameLang(doc: Doc): 'kk' | 'ru' | 'en' | 'kkLatn' {
  return doc.lang === 'kk' && doc.script === 'Latn' ? 'kkLatn' : doc.lang;
}

export const regionsStage: Stage = {
  name: 'regions',
  requires: ['view', 'sentences', 'asOf'],
  provides: ['regions', 'mainRegion'],
  run(doc, ctx) {
    const g = regionsGazetteer(ctx.corporaDir);
    const hits = findPlaces(g, doc.view.text, doc.asOf, quotedIn(doc.text, (s, e) => doc.view.span(s, e)));
    doc.mainRegion = mainRegionOf(hits);
    if (doc.mainRegion && g.units.get(doc.mainRegion)?.type === 'oblast') {
      hits.push(...contextVillages(doc.view.text, hits, doc.mainRegion));
      hits.sort((a, b) => a.start - b.start);
    }
    const lang = nameLang(doc);
    // A Latin-script article matched through its Cyrillic view still reports `via` in its script.
    const written = (via: string | null) => (via && lang === 'kkLatn' ? kkToLatin(via) : via);
    const records: RegionRecord[] = hits.map((h) => {
      const unit = g.units.get(h.code)!;
      return { ...mentionAt(doc, h.start, h.end), code: h.code, name: unitName(unit, lang, doc.asOf), via: written(h.via), rule: `${doc.lang}.region.${h.kind}` };
    });
    doc.regions.push(...records);
    doc.notes.places = hits;
  },
};
