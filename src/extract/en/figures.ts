// Figures in English articles (ANNOTATION.md §5): rules/en/figures.yaml run by the shared figures
// machinery (src/extract/figures/*) on a view where thousands commas are digit groups (3,000 → 3 000,
// same length) and spelled-out numbers are masked as digits; counted nouns are English
// (corpora/en/nouns.yaml: people → headcount, else quantity); currencies from corpora/en/currencies.yaml.
import type { Stage, StageContext } from '../../stage.js';
import type { Doc } from '../../doc.js';
import { getRules, type Rule } from '../../rules/loader.js';
import { matchAll } from '../../rules/compile.js';
import { loadCorpus } from '../../gazetteer/corpus.js';
import { maskSpelled, parseAmount, type SpelledNumber } from '../../text/numbers.js';
import { runRules, type Candidate } from '../figures/candidates.js';
import { selectCandidates } from '../figures/select.js';
import { figureRecord } from '../figures/record.js';
import { qualifierOf } from '../figures/qualifiers.js';
import { allMatches } from '../../text/matches.js';

// ---- English lexicons

interface NounsFile { people: string[]; things: string[]; stop: string[] }
interface Nouns { people: Set<string>; things: Set<string>; stop: Set<string> }
const nounCache = new Map<string, Nouns>();

/** Singular of an English plural (children → child, families → family, boxes → box). */
export function singular(w: string): string {
  const x = w.toLowerCase().replace(/[’']s$/, '');
  if (/children$/.test(x)) return x.replace(/ren$/, '');
  if (x === 'people') return 'people';
  if (/men$/.test(x)) return x.replace(/men$/, 'man');
  if (/ies$/.test(x)) return x.replace(/ies$/, 'y');
  if (/(?:ss|x|ch|sh)es$/.test(x)) return x.replace(/es$/, '');
  if (/s$/.test(x) && !/ss$/.test(x)) return x.slice(0, -1);
  return x;
}

function nouns(corporaDir: string): Nouns {
  let n = nounCache.get(corporaDir);
  if (!n) {
    const f = loadCorpus<NounsFile>(corporaDir, 'en/nouns');
    n = { people: new Set(f.people.map((w) => w.toLowerCase())), things: new Set(f.things.map((w) => w.toLowerCase())), stop: new Set(f.stop.map((w) => w.toLowerCase())) };
    nounCache.set(corporaDir, n);
  }
  return n;
}

const WORDS = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** The counted phrase after a number: up to its head noun (five new schools → "new schools"). */
export function enCountedObject(view: string, start: number, end: number, corporaDir: string): { start: number; end: number; people: boolean; known: boolean } | null {
  const lex = nouns(corporaDir);
  const words = allMatches(WORDS, view.slice(start, end)).map((m) => ({ s: start + m.index!, e: start + m.index! + m[0].length, t: m[0] }));
  // stop words as written in lower case: "IT specialists" is no "it"
  if (!words.length || lex.stop.has(words[0]!.t)) return null;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const w = words[i]!;
    if (i > 0 && lex.stop.has(w.t)) break;
    const two = i > 0 ? `${words[i - 1]!.t.toLowerCase()} ${singular(w.t)}` : '';
    const one = singular(w.t);
    for (const k of [two, one]) {
      if (!k) continue;
      if (lex.people.has(k)) return { start: words[0]!.s, end: w.e, people: true, known: true };
      if (lex.things.has(k)) return { start: words[0]!.s, end: w.e, people: false, known: true };
    }
  }
  // no lexicon noun: the first word, a plural-looking one (mines, stations) counting as known
  const PLURAL = /^[\p{Ll}][\p{Ll}-]{2,}[^s']s$/u;
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    if (lex.stop.has(words[i]!.t)) break;
    // agent nouns in -ist/-ian are people (economists, librarians); other plurals are things
    if (PLURAL.test(words[i]!.t)) return { start: words[0]!.s, end: words[i]!.e, people: /(?:ists|ians)$/u.test(words[i]!.t), known: true };
  }
  return { start: words[0]!.s, end: words[0]!.e, people: false, known: false };
}

interface CurrenciesFile { currencies: Array<{ code: string; words: string[] }> }

/** ISO code of a written English currency ($ → USD, tenge → KZT, US dollars → USD). */
export function enCurrency(corporaDir: string, written: string): string | null {
  const w = written.toLowerCase().replace(/\s+/g, ' ').trim();
  let best: { code: string; len: number } | null = null;
  for (const c of loadCorpus<CurrenciesFile>(corporaDir, 'en/currencies').currencies) {
    for (const x of c.words) if (w.startsWith(x) && (!best || x.length > best.len)) best = { code: c.code, len: x.length };
  }
  return best?.code ?? null;
}

interface UnitsFile { units: Array<{ unit: string; words: string[] }> }

/** The normalized unit of a written English measure (hectares → ha, sq m → m2), else null. */
export function enUnit(corporaDir: string, written: string): string | null {
  const w = written.toLowerCase().replace(/\s+/g, ' ').trim();
  let best: { unit: string; len: number } | null = null;
  for (const u of loadCorpus<UnitsFile>(corporaDir, 'en/units').units) {
    for (const x of u.words) if (w.startsWith(x) && (!best || x.length > best.len)) best = { unit: u.unit, len: x.length };
  }
  return best?.unit ?? null;
}

const UNIT_IN = /(?<![\p{L}])(?:hectares?|ha|tons?|tonnes?|square\s+\p{L}+|sq\.?\s*k?m|cubic\s+\p{L}+|kilomet\p{L}+|km|liters?|litres?|megawatts?|MW|kilowatts?|kW|Gcal|barrels?)(?![\p{L}])/iu;

// ---- the stage

/** Thousands commas (3,000; 1,250,000) as narrow NBSP digit groups, hyphenated tens (twenty-five) as two words: same length, so offsets hold. */
export function groupCommas(text: string): string {
  return text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '\u202F')
    // twenty-five → twenty five: the numeral module reads spelled numbers word by word
    .replace(/(?<=(?<![\p{L}])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))-(?=(?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}]))/giu, ' ');
}

const CURRENCY_IN = /(?:US\s*)?\$|₸|€|£|₽|¥|(?<![\p{L}])(?:tenge|KZT|USD|US\s+dollars?|dollars?|euros?|EUR|rubles?|roubles?|RUB|yuan|CNY)(?![\p{L}])/iu;

function countCandidates(rules: Rule[], view: string, masked: string, spelled: SpelledNumber[], corporaDir: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    for (const m of matchAll(rule.compiled, masked)) {
      const g = m.groups;
      if (!g.num || !g.object) continue;
      const rel = spelled.filter((p) => p.start < g.num!.end && p.end > g.num!.start).map((p) => ({ ...p, start: p.start - g.num!.start, end: p.end - g.num!.start, stemEnd: p.stemEnd - g.num!.start }));
      const value = parseAmount(view.slice(g.num.start, g.num.end), 'en', rel, corporaDir);
      if (value === null) continue;
      const obj = enCountedObject(view, g.object.start, g.object.end, corporaDir);
      if (!obj) continue;
      const isSpelled = spelled.some((p) => p.start < g.num!.end && p.end > g.num!.start);
      if (!obj.known && isSpelled) continue; // "one of", "two said": spelled-out numbers need a known (or plural) noun
      const loneOne = isSpelled && value === 1;
      out.push({
        rule, priority: rule.priority ?? 0, start: m.start, end: obj.end, nums: [[g.num.start, g.num.end]],
        kind: obj.people ? 'headcount' : 'quantity', value, unit: null, object: [obj.start, obj.end],
        qualifier: qualifierOf(g, []), loneOne,
      });
    }
  }
  return out;
}

export function collectEnFigures(doc: Doc, ctx: StageContext): void {
  const rules = getRules(ctx.rulesDir, 'en', 'figures');
  if (!rules.length) return;
  const view = groupCommas(doc.view.text);
  const { masked, spelled } = maskSpelled(view, 'en', ctx.corporaDir);
  const counts = rules.filter((r) => r.fields?.kind === 'count');
  const { candidates, excluded } = runRules(rules.filter((r) => r.fields?.kind !== 'count'), view, masked, 'en', spelled, ctx.corporaDir);
  candidates.push(...countCandidates(counts, view, masked, spelled, ctx.corporaDir));
  for (const c of selectCandidates(candidates, excluded)) {
    let unit = c.unit;
    if (c.kind === 'money') {
      const cur = CURRENCY_IN.exec(view.slice(c.start, c.end));
      unit = (cur && enCurrency(ctx.corporaDir, cur[0])) ?? unit;
    } else if (c.kind === 'quantity' && c.rule.fields?.kind === 'quantity') {
      const u = UNIT_IN.exec(view.slice(c.start, c.end));
      unit = (u && enUnit(ctx.corporaDir, u[0])) ?? unit;
    }
    doc.figures.push(figureRecord(doc, c, unit));
  }
}

export const figuresEnStage: Stage = {
  name: 'figures',
  requires: ['view', 'sentences'],
  provides: ['figures'],
  run(doc, ctx) {
    collectEnFigures(doc, ctx);
  },
};
