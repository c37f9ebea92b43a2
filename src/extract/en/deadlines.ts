// English deadlines (corpora/en/deadlines.yaml, in the rules-file shape) resolved against the article's date, never today:
// by December 1, by 1 December 2027, by the end of March, by the end of the year, within a month,
// within 10 days, this year; tied to an event (before the start of the heating season) → null.
// A relative deadline in an undated article is null; one with its year written resolves anyway.
import type { StageContext } from '../../stage.js';
import path from 'node:path';
import { loadPieces, loadRuleFile, type Rule } from '../../rules/loader.js';
import { matchAll } from '../../rules/compile.js';
import { addPeriod } from '../../resolve/deadline.js';

export interface EnDeadline { start: number; end: number; text: string; deadline: string | null; rule: string }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

type G = Record<string, { text: string } | undefined>;

function monthOf(g: G): number {
  return MONTHS.indexOf(((g.m ?? g.m2)?.text ?? '').slice(0, 3).toLowerCase()) + 1;
}
function yearOf(g: G, ref: string | null): number | null {
  if (g.y) return Number(g.y.text);
  if (!ref) return null;
  const y = Number(ref.slice(0, 4));
  return /next/i.test(g.rel?.text ?? '') ? y + 1 : y;
}

export function resolveEnDeadline(kind: string, g: G, ref: string | null): string | null {
  switch (kind) {
    case 'absolute': {
      const m = monthOf(g), d = Number((g.d ?? g.d2)?.text);
      let y = yearOf(g, ref);
      if (!m || !y || !(d >= 1 && d <= daysIn(y, m))) return null;
      if (!g.y && ref && iso(y, m, d) < ref) y += 1; // "by March 1" written in December: next March
      return iso(y, m, d);
    }
    case 'monthEnd': {
      const m = monthOf(g);
      let y = yearOf(g, ref);
      if (!m || !y) return null;
      if (!g.y && ref && iso(y, m, daysIn(y, m)) < ref) y += 1;
      return iso(y, m, daysIn(y, m));
    }
    case 'yearEnd': {
      const y = yearOf(g, ref);
      return y ? iso(y, 12, 31) : null;
    }
    case 'within': {
      if (!ref) return null;
      const n = g.u2 ? 1 : /^\d+$/.test(g.n?.text ?? '') ? Number(g.n!.text) : COUNTS[(g.n?.text ?? 'a').toLowerCase()] ?? 1;
      const u = (g.u?.text ?? g.u2?.text ?? 'day').toLowerCase().replace(/^an?\s+/, '');
      return addPeriod(ref, n, u.startsWith('week') ? 'week' : u.startsWith('month') ? 'month' : u.startsWith('year') ? 'year' : 'day');
    }
    default:
      return null;
  }
}

const cache = new Map<string, Rule[]>();

/** The deadline patterns, highest priority first (file order among equals). */
export function enDeadlineRules(ctx: StageContext): Rule[] {
  const key = `${ctx.rulesDir}\0${ctx.corporaDir}`;
  let rules = cache.get(key);
  if (!rules) {
    rules = loadRuleFile(path.join(ctx.corporaDir, 'en', 'deadlines.yaml'), loadPieces(ctx.rulesDir, 'en'))
      .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    cache.set(key, rules);
  }
  return rules;
}

/** Deadline phrases in `text` (non-overlapping, file order wins), resolved against `refDate`. */
export function findEnDeadlines(ctx: StageContext, text: string, refDate: string | null): EnDeadline[] {
  const found: EnDeadline[] = [];
  for (const r of enDeadlineRules(ctx)) {
    for (const m of matchAll(r.compiled, text)) {
      if (found.some((f) => f.start < m.end && m.start < f.end)) continue;
      found.push({ start: m.start, end: m.end, text: m.text, deadline: resolveEnDeadline(String(r.fields?.resolve ?? 'event'), m.groups, refDate), rule: r.id });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
