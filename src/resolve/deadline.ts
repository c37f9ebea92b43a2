// Directive deadlines: finds deadline phrases in a clause and resolves them against the article's
// date (ANNOTATION.md §6): absolute (30 қаңтарына дейін, до 1 марта, by December 1), relative
// (жыл соңына дейін, до конца года, бір ай ішінде, в месячный срок, within a month), and
// event-tied ones (маусым басталғанға дейін, до начала сезона), which stay null. A relative deadline
// in an undated article is null; an absolute one with its year written resolves anyway.
import { loadCorpus } from '../gazetteer/corpus.js';
import { requiredLiteralTest } from '../rules/compile.js';
import { WORD_END, WORD_START } from '../text/boundaries.js';
import type { Lang } from '../types.js';
import { allMatches } from '../text/matches.js';

export type DeadlineKind = 'absolute' | 'relative' | 'event';
export interface DeadlineMatch {
  /** Offsets into the searched string. */
  start: number;
  end: number;
  text: string;
  kind: DeadlineKind;
  /** YYYY-MM-DD, or null (event-tied, or relative without a reference date). */
  deadline: string | null;
}

type Unit = 'day' | 'week' | 'month' | 'year';
interface Words {
  months: Record<string, string[]>;
  numbers: Record<string, Record<string, number>>;
  ru_prefixes: Record<string, number>;
  units: Record<string, Record<string, Unit>>;
}

// ---- date arithmetic on YYYY-MM-DD strings (UTC, no time zones involved)
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}
/** date + n units; a month added to the 31st lands on the month's last day. */
export function addPeriod(date: string, n: number, unit: Unit): string {
  const [y, m, d] = parts(date);
  if (unit === 'day' || unit === 'week') {
    const t = new Date(Date.UTC(y, m - 1, d + n * (unit === 'week' ? 7 : 1)));
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const months = unit === 'month' ? n : 12 * n;
  const total = (m - 1) + months;
  const ny = y + Math.floor(total / 12), nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(d, daysIn(ny, nm)));
}

// ---- patterns, built once per language from corpora/deadline-words.yaml
const NEXT_YEAR = /^(?:келесі|следующего|будущего|next)$/i;

interface Pattern {
  re: RegExp;
  /** Words one of which every match holds, tested first (same flags): most clauses hold none, and a
   *  test for a word is far cheaper than the pattern's scan, which tries every word start. Worked out
   *  from the pattern, as matchAll's required literals are for rules. */
  gate: RegExp;
  kind: DeadlineKind;
  resolve: (g: Record<string, string | undefined>, ref: string | null) => string | null;
}

const cache = new Map<string, Pattern[]>();
const altOf = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).join('|');
const W = (s: string) => new RegExp(`${WORD_START}(?:${s})${WORD_END}`, 'giu');
/** The gate of a pattern with no required literal: every text passes. */
const ANY = /(?:)/u;

const stemRes = new Map<string, RegExp>(); // compiled once per process, not per deadline
const stemRe = (s: string) => stemRes.get(s) ?? stemRes.set(s, new RegExp(`^(?:${s})`, 'u')).get(s)!;

function monthIndex(stems: string[], word: string): number {
  const w = word.toLowerCase();
  return stems.findIndex((s) => stemRe(s).test(w)) + 1;
}

/** The patterns of a language, in the order they are tried (exported for tests). */
export function deadlinePatterns(corporaDir: string, lang: Lang): Pattern[] {
  const key = `${corporaDir}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const words = loadCorpus<Words>(corporaDir, 'deadline-words');
  const stems = words.months[lang] ?? [];
  const MONTH = `(?<m>(?:${stems.join('|')})\\p{L}*)`;
  const nums = words.numbers[lang] ?? {};
  const NUM = `(?<n>\\d{1,3}|${altOf(Object.keys(nums))})`;
  const unitStems = words.units[lang] ?? {};
  const UNIT = `(?<u>${altOf(Object.keys(unitStems))})\\p{L}*`;
  const count = (g: Record<string, string | undefined>) => (g.n ? (/^\d+$/.test(g.n) ? Number(g.n) : nums[g.n.toLowerCase()] ?? 1) : 1);
  const unitOf = (u: string | undefined): Unit => {
    const w = (u ?? '').toLowerCase();
    const k = Object.keys(unitStems).sort((a, b) => b.length - a.length).find((s) => w.startsWith(s));
    return k ? unitStems[k]! : 'day';
  };
  /** The year of a date the text gives without (or with) its year. */
  const yearOf = (g: Record<string, string | undefined>, ref: string | null): number | null => {
    if (g.y) return Number(g.y);
    if (!ref) return null;
    const y = parts(ref)[0];
    if (g.rel && NEXT_YEAR.test(g.rel)) return y + 1;
    return y;
  };
  const absolute = (g: Record<string, string | undefined>, ref: string | null) => {
    const m = monthIndex(stems, g.m ?? ''), d = Number(g.d);
    let y = yearOf(g, ref);
    if (!m || !y || d < 1 || d > daysIn(y, m)) return null;
    // "до 1 марта" written in December means next March (unless the year is stated).
    if (!g.y && !g.rel && ref && iso(y, m, d) < ref) y += 1;
    return iso(y, m, d);
  };
  const monthEnd = (g: Record<string, string | undefined>, ref: string | null) => {
    const m = monthIndex(stems, g.m ?? ''), y = yearOf(g, ref);
    return m && y ? iso(y, m, daysIn(y, m)) : null;
  };
  const yearEnd = (g: Record<string, string | undefined>, ref: string | null) => {
    const y = yearOf(g, ref);
    return y ? iso(y, 12, 31) : null;
  };
  const QUARTER: Record<string, number> = { бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4, первого: 1, второго: 2, третьего: 3, четвертого: 4, четвёртого: 4, first: 1, second: 2, third: 3, fourth: 4, i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
  /** End of a quarter (the stated one, else the article's) or of a half-year. */
  const quarterEnd = (g: Record<string, string | undefined>, ref: string | null) => {
    const y = yearOf(g, ref);
    if (!y) return null;
    if (g.half) return iso(y, 6, 30);
    const q = g.q ? QUARTER[g.q.toLowerCase()] : ref ? Math.ceil(parts(ref)[1] / 3) : undefined;
    return q ? iso(y, q * 3, daysIn(y, q * 3)) : null;
  };
  const monthOfRefEnd = (_g: Record<string, string | undefined>, ref: string | null) => {
    if (!ref) return null;
    const [y, m] = parts(ref);
    return iso(y, m, daysIn(y, m));
  };
  const within = (g: Record<string, string | undefined>, ref: string | null) => (ref ? addPeriod(ref, count(g), unitOf(g.u)) : null);

  let list: Omit<Pattern, 'gate'>[] = [];
  if (lang === 'kk') {
    const YEAR = `(?:(?<y>\\d{4})\\s*ж(?:ылғы|ылдың|\\.)?\\s+|(?<rel>осы|ағымдағы|келесі)\\s+жылдың\\s+)?`;
    list = [
      { kind: 'absolute', re: W(`${YEAR}(?<d>\\d{1,2})(?:-?\\p{L}{1,3})?\\s+${MONTH}\\s+дейін`), resolve: absolute },
      { kind: 'absolute', re: W(`${YEAR}${MONTH}\\s+(?:айының\\s+)?(?:соңына|аяғына)\\s+дейін`), resolve: monthEnd },
      { kind: 'relative', re: W(`(?:(?<y>\\d{4})\\s*жылдың\\s+|(?<rel>осы|ағымдағы|келесі)\\s+жылдың\\s+)?(?:(?<q>бірінші|екінші|үшінші|төртінші|I{1,3}|IV|[1-4])(?:-?\\p{L}{1,3})?\\s+тоқсан|(?<half>(?:бірінші\\s+)?жарты\\s*жылдық|жарты\\s+жыл))\\p{L}*\\s+(?:соңына|аяғына)\\s+дейін`), resolve: quarterEnd },
      { kind: 'relative', re: W(`(?:(?<y>\\d{4})\\s*|(?<rel>осы|ағымдағы|келесі)\\s+)?жыл(?:дың)?\\s+(?:соңына|аяғына)\\s+дейін`), resolve: yearEnd },
      { kind: 'relative', re: W(`${NUM}\\s+${UNIT}\\s+(?:ішінде|мерзімде|көлемінде)`), resolve: within },
      { kind: 'relative', re: W(`ай\\s+(?:соңына|аяғына)\\s+дейін`), resolve: monthOfRefEnd },
      { kind: 'relative', re: W(`(?<rel>осы|ағымдағы|келесі)\\s+жылы|биыл`), resolve: yearEnd },
      { kind: 'event', re: W(`\\p{L}+(?:ған|ген|қан|кен)(?:ға|ге|қа|ке)\\s+дейін`), resolve: () => null },
    ];
  } else if (lang === 'ru') {
    const REL = `(?<rel>текущего|этого|сего|следующего|будущего)`;
    const YEAR = `(?:\\s+(?<y>\\d{4})\\s*(?:года|г\\.)?|\\s+${REL}\\s+года)?`;
    const prefixes = words.ru_prefixes ?? {};
    const prefixCount = (g: Record<string, string | undefined>) => (g.p ? prefixes[g.p.toLowerCase()] ?? 1 : g.n ? count(g) : 1);
    list = [
      { kind: 'absolute', re: W(`(?:в\\s+срок\\s+)?(?:до|к|не\\s+позднее|не\\s+позже)\\s+(?<d>\\d{1,2})(?:-?го)?\\s+${MONTH}${YEAR}`), resolve: absolute },
      { kind: 'absolute', re: W(`до\\s+конца\\s+${MONTH}${YEAR}`), resolve: monthEnd },
      { kind: 'relative', re: W(`до\\s+конца\\s+(?:${REL}\\s+)?(?:(?<y>\\d{4})\\s*)?года`), resolve: yearEnd },
      { kind: 'relative', re: W(`до\\s+конца\\s+(?:(?<q>первого|второго|третьего|четвертого|четвёртого|I{1,3}|IV)\\s+)?(?:квартала|(?<half>(?:первого\\s+)?полугодия))${YEAR}`), resolve: quarterEnd },
      { kind: 'relative', re: W(`до\\s+конца\\s+(?:текущего\\s+|этого\\s+)?месяца`), resolve: monthOfRefEnd },
      { kind: 'relative', re: W(`в\\s+(?:(?<p>${altOf(Object.keys(prefixes))})|(?<n>\\d{1,3})-?)?\\s*(?<u>дневн|недельн|месячн|годичн)\\p{L}*\\s+срок`),
        resolve: (g, ref) => (ref ? addPeriod(ref, prefixCount(g), unitOf(g.u)) : null) },
      { kind: 'relative', re: W(`в\\s+течение\\s+(?:${NUM}\\s+)?${UNIT}`), resolve: within },
      { kind: 'relative', re: W(`в\\s+(?<rel>текущем|этом|следующем|будущем)\\s+году`),
        resolve: (g, ref) => (ref ? iso(parts(ref)[0] + (/^(?:следующем|будущем)$/i.test(g.rel ?? '') ? 1 : 0), 12, 31) : null) },
      { kind: 'event', re: W(`до\\s+(?:начала|окончания|завершения|старта|открытия)\\s+\\p{L}+`), resolve: () => null },
    ];
  } else {
    list = [
      { kind: 'absolute', re: W(`by\\s+${MONTH}\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?`), resolve: absolute },
      { kind: 'relative', re: W(`by\\s+the\\s+end\\s+of\\s+(?:(?<rel>this|the|next)\\s+)?(?:(?<y>\\d{4})|year)`), resolve: yearEnd },
      { kind: 'relative', re: W(`within\\s+${NUM}\\s+${UNIT}`), resolve: within },
    ];
  }
  const gated = list.map((p) => ({ ...p, gate: requiredLiteralTest(p.re.source, 'iu') ?? ANY }));
  cache.set(key, gated);
  return gated;
}

/** Every deadline phrase in `text` (non-overlapping, in text order), resolved against `refDate`. */
export function findDeadlines(text: string, lang: Lang, refDate: string | null, corporaDir: string): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const p of deadlinePatterns(corporaDir, lang)) {
    if (!p.gate.test(text)) continue;
    for (const m of allMatches(p.re, text)) {
      const start = m.index!, end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue; // earlier patterns are more specific
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      const deadline = p.kind === 'event' ? null : p.resolve(g, refDate);
      found.push({ start, end, text: m[0], kind: p.kind, deadline });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
