// Runs the figures rules of one language over the masked view (spelled-out numbers read as
// digits, same offsets) and turns each match into candidate figures or excluded number spans.
import type { Rule } from '../../rules/loader.js';
import { matchAll, type GroupSpan, type PatternMatch } from '../../rules/compile.js';
import type { FigureKind, Lang, Qualifier } from '../../types.js';
import { parseAmount, scaleOf, tidy, type SpelledNumber } from '../../text/numbers.js';
import { currencyOf, unitOf } from './lexicons.js';
import { classifierObject, countedObject } from './object.js';
import { qualifierOfEndings } from './qualifiers.js';

export interface Candidate {
  rule: Rule;
  priority: number;
  /** View offsets of the surface. */
  start: number;
  end: number;
  /** View spans of the numbers it reads (an excluded or already claimed number blocks it). */
  nums: [number, number][];
  kind: FigureKind;
  value: number;
  min?: number;
  max?: number;
  unit: string | null;
  object: [number, number] | null;
  qualifier: Qualifier;
  change?: 'from' | 'to';
  /** Spelled-out "бір"/"один" alone: a figure only with money or percent. */
  loneOne: boolean;
}

export interface RuleRun {
  candidates: Candidate[];
  excluded: [number, number][];
}

/** A number or scale word with a Kazakh case ending (20-ға, мыңнан, 000ге for a spelled-out one). */
const CASE_MARKED_NUMBER = /(?:\d|мың|млн\.?|млрд\.?|миллион|миллиард|тыс\.?)-?(?:ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|мен|бен|пен)$/u;

interface Ctx {
  masked: string;
  view: string;
  lang: Lang;
  spelled: SpelledNumber[];
  corporaDir: string;
}

function amountOf(c: Ctx, g: GroupSpan): number | null {
  const rel = c.spelled.filter((p) => p.start < g.end && p.end > g.start).map((p) => ({ ...p, start: p.start - g.start, end: p.end - g.start, stemEnd: p.stemEnd - g.start }));
  return parseAmount(c.view.slice(g.start, g.end), c.lang, rel, c.corporaDir);
}

/** The scale word a written amount ends with (for "5–7 млрд": 7 млрд lends its scale to 5). */
function trailingScale(c: Ctx, text: string): number | null {
  const words = text.trim().split(/[\s\u00A0]+/);
  return words.length > 1 ? scaleOf(words[words.length - 1]!, c.lang, c.corporaDir) : null;
}

function isLoneOne(c: Ctx, g: GroupSpan): boolean {
  const p = c.spelled.find((s) => s.start >= g.start && s.start < g.end);
  return !!p && p.value === 1 && p.words === 1 && g.end <= p.end;
}

/** A rule's group names by role, in pattern order (the order of a match's groups: names are unique). */
interface RuleGroups {
  /** num, num2…: the numbers a figure reads. */
  nums: string[];
  /** num…, currency…: where an approximative ending may stand. */
  endings: string[];
  /** approx, over2…: the name and the qualifier it gives. */
  qualifiers: [string, Qualifier][];
}

const groupsCache = new WeakMap<Rule, RuleGroups>();

function ruleGroups(rule: Rule): RuleGroups {
  let rg = groupsCache.get(rule);
  if (!rg) {
    const names = [...new Set(rule.compiled.groupNames.filter((n): n is string => !!n))];
    const qualifiers: [string, Qualifier][] = [];
    for (const n of names) {
      const base = n.replace(/\d+$/, '');
      if (base === 'approx' || base === 'over' || base === 'under') qualifiers.push([n, base]);
    }
    rg = { nums: names.filter((n) => /^num\d*$/.test(n)), endings: names.filter((n) => /^(num|currency)/.test(n)), qualifiers };
    groupsCache.set(rule, rg);
  }
  return rg;
}

/** The matched groups of `names`, in order. */
function matched(g: Record<string, GroupSpan | undefined>, names: string[]): GroupSpan[] {
  const out: GroupSpan[] = [];
  for (const n of names) { const s = g[n]; if (s) out.push(s); }
  return out;
}

/** The qualifier of a match: its first matched approx/over/under group, else the ending after the
 * number, the scale or the currency (мыңдай, теңгедей). */
function qualifierOfMatch(c: Ctx, rg: RuleGroups, g: Record<string, GroupSpan | undefined>): Qualifier {
  for (const [n, q] of rg.qualifiers) if (g[n]) return q;
  return qualifierOfEndings(matched(g, rg.endings).map((s) => c.view.slice(s.start, s.end).trim().split(/\s+/).pop()!));
}

function currencyFor(c: Ctx, g: Record<string, GroupSpan | undefined>, second = false) {
  const cur = second ? g.currency2 ?? g.currency : g.currency ?? g.currency2;
  return cur ? currencyOf(c.corporaDir, c.view.slice(cur.start, cur.end)) : null;
}

function unitFor(c: Ctx, rule: Rule, kind: FigureKind, g: Record<string, GroupSpan | undefined>, second = false): string | null {
  const f = rule.fields ?? {};
  if (kind === 'money') return currencyFor(c, g, second)?.code ?? (f.unit as string | undefined) ?? null;
  if (kind === 'percent') return (f.unit as string | undefined) ?? '%';
  const u = second ? g.unit2 ?? g.unit : g.unit ?? g.unit2;
  if (u) return unitOf(c.corporaDir, u.text);
  return (f.unit as string | undefined) ?? null;
}

function fromMatch(c: Ctx, rule: Rule, m: PatternMatch, out: RuleRun): void {
  const f = rule.fields ?? {};
  const g = m.groups;
  const rg = ruleGroups(rule);
  const numGroups = matched(g, rg.nums);
  if (f.exclude) {
    for (const s of numGroups) out.excluded.push([s.start, s.end]);
    return;
  }
  if (!g.num) return;
  const priority = rule.priority ?? 0;
  const raw = amountOf(c, g.num);
  if (raw === null) return;
  const factor = f.kind === 'money' ? currencyFor(c, g)?.factor ?? 1 : 1;
  const value = tidy(raw * factor);
  let kind = f.kind as FigureKind | 'count';
  const qualifier = (f.qualifier as Qualifier | undefined) ?? qualifierOfMatch(c, rg, g);

  if (f.pair === 'change' && g.num2 && g.a && g.b) {
    const r2 = amountOf(c, g.num2);
    if (r2 === null) return;
    const v2 = tidy(r2 * factor);
    const k = kind as FigureKind;
    const scale2 = trailingScale(c, c.view.slice(g.num2.start, g.num2.end));
    const v1 = scale2 && trailingScale(c, c.view.slice(g.num.start, g.num.end)) === null && value < scale2 ? value * scale2 : value;
    if (kind === 'count') {
      // "240 маманнан 170 маманға дейін": each end keeps its own counted noun
      // (Russian "с 240 до 170 специалистов": the first end has no noun of its own, object null)
      if (!g.object2) return;
      const o1 = g.object ? countedObject(c.view, g.object.start, g.object.end, c.lang, c.corporaDir) : null;
      const o2 = countedObject(c.view, g.object2.start, g.object2.end, c.lang, c.corporaDir);
      if ((g.object && !o1) || !o2 || !o2.known || (o1 && o1.cls !== o2.cls)) return;
      const ck: FigureKind = o2.cls === 'people' ? 'headcount' : 'quantity';
      out.candidates.push(
        { rule, priority, start: g.a.start, end: o1?.end ?? g.a.end, nums: [[g.num.start, g.num.end]], kind: ck, value: v1, unit: null, object: o1 ? [o1.start, o1.end] : null, qualifier: 'exact', change: 'from', loneOne: false },
        { rule, priority, start: g.b.start, end: o2.end, nums: [[g.num2.start, g.num2.end]], kind: ck, value: v2, unit: null, object: [o2.start, o2.end], qualifier: 'exact', change: 'to', loneOne: false },
      );
      return;
    }
    out.candidates.push(
      { rule, priority, start: g.a.start, end: g.a.end, nums: [[g.num.start, g.num.end]], kind: k, value: v1, unit: unitFor(c, rule, k, g, true), object: null, qualifier: 'exact', change: 'from', loneOne: false },
      { rule, priority, start: g.b.start, end: g.b.end, nums: [[g.num2.start, g.num2.end]], kind: k, value: v2, unit: unitFor(c, rule, k, g, true), object: null, qualifier: 'exact', change: 'to', loneOne: false },
    );
    return;
  }

  // a rule may mark the figure's own surface with group a (the rest of the match is context: a verb)
  const span = g.a ?? { start: m.start, end: m.end };
  const change = f.change === 'from' || f.change === 'to' ? f.change as 'from' | 'to' : undefined;
  const nums = numGroups.map((s) => [s.start, s.end] as [number, number]);
  // one literal per candidate (no spreads: this runs for every match)
  const push = (cand: Candidate) => { if (change) cand.change = change; out.candidates.push(cand); };
  if (f.qualifier === 'range' && g.num2) {
    const r2 = amountOf(c, g.num2);
    if (r2 === null) return;
    const v2 = tidy(r2 * factor);
    const scale2 = trailingScale(c, c.view.slice(g.num2.start, g.num2.end));
    const v1 = scale2 && trailingScale(c, c.view.slice(g.num.start, g.num.end)) === null && value < scale2 ? value * scale2 : value;
    if (kind === 'count') {
      // "5–7 мың адам": a counted range, headcount or quantity by its noun
      const obj = g.object && countedObject(c.view, g.object.start, g.object.end, c.lang, c.corporaDir);
      if (!obj) return;
      push({ rule, priority, start: span.start, end: obj.end, nums, kind: obj.cls === 'people' ? 'headcount' : 'quantity', value: v1, min: v1, max: v2, unit: null, object: [obj.start, obj.end], qualifier: 'range', loneOne: false });
      return;
    }
    const k = kind as FigureKind;
    push({ rule, priority, start: span.start, end: span.end, nums, kind: k, value: v1, min: v1, max: v2, unit: unitFor(c, rule, k, g), object: null, qualifier: 'range', loneOne: false });
    return;
  }
  if (kind === 'count') {
    if (!g.object) return;
    // "1 516-ға көбейіп": a number that carries its own case ending (no qualifier after it) is
    // the argument itself; the next word is no counted noun
    if (c.lang === 'kk' && qualifier === 'exact' && CASE_MARKED_NUMBER.test(c.masked.slice(g.num.start, g.object.start).trim())) return;
    const obj = countedObject(c.view, g.object.start, g.object.end, c.lang, c.corporaDir);
    if (!obj) return;
    // spelled-out: a known noun, or a noun after adjectives (три семеноводческих хозяйства); in
    // Russian a numeral of two or more agrees with any noun (два водовода)
    if (!obj.known && !obj.adjectival && !(c.lang === 'ru' && value >= 2) && nums.some(([s, e]) => c.spelled.some((p) => p.start < e && p.end > s))) return;
    kind = obj.cls === 'people' ? 'headcount' : 'quantity';
    const counted = classifierObject(c.view, m.start, c.view.slice(obj.start, obj.end), c.lang, c.corporaDir) ?? [obj.start, obj.end];
    push({ rule, priority, start: span.start, end: obj.end, nums, kind, value, unit: null, object: counted, qualifier, loneOne: isLoneOne(c, g.num) });
    return;
  }
  const k = kind as FigureKind;
  push({ rule, priority, start: span.start, end: span.end, nums, kind: k, value, unit: unitFor(c, rule, k, g), object: null, qualifier, loneOne: isLoneOne(c, g.num) });
}

export function runRules(rules: Rule[], view: string, masked: string, lang: Lang, spelled: SpelledNumber[], corporaDir: string): RuleRun {
  const out: RuleRun = { candidates: [], excluded: [] };
  const c: Ctx = { masked, view, lang, spelled, corporaDir };
  for (const rule of rules) for (const m of matchAll(rule.compiled, masked)) fromMatch(c, rule, m, out);
  return out;
}
