// Sets the reference date (the article's own, or null) and the as-of date places and offices
// resolve at: the article's date; for an undated article, a date inside the period its text shows
// (Нұр-Сұлтан → 2019-03..2022-09, Nur Otan → before 2022-03, #Qazaqstan30 → 2021; the clues are
// data in corpora/regions.yaml `periods`); else today.
import type { Stage } from '../stage.js';
import { regionsGazetteer, type PeriodClue } from '../gazetteer/regions.js';

export interface Period {
  /** Inclusive lower bound (YYYY-MM-DD) or null. */
  since: string | null;
  /** Exclusive upper bound or null. */
  until: string | null;
  clues: string[];
}

/** The intersection of the periods whose clues occur in `text` (null when none occurs). */
export function periodOf(text: string, clues: PeriodClue[]): Period | null {
  const lower = text.toLowerCase();
  let since = null as string | null, until = null as string | null;
  const found: string[] = [];
  for (const c of clues) {
    if (!c.patterns.some((p) => lower.includes(p.toLowerCase()))) continue;
    // A clue that contradicts the ones already found is ignored (a quoted old name, a typo).
    const s: string | null = c.since && (!since || c.since > since) ? c.since : since;
    const u: string | null = c.until && (!until || c.until < until) ? c.until : until;
    if (s && u && s >= u) continue;
    since = s; until = u; found.push(c.id);
  }
  return found.length ? { since, until, clues: found } : null;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** One date inside the period: today when today is inside, else the middle (or the nearest end). */
export function dateIn(p: Period, today: string): string {
  const inside = (!p.since || p.since <= today) && (!p.until || today < p.until);
  if (inside) return today;
  if (p.since && p.until) return iso(Math.floor((ms(p.since) + ms(p.until) - DAY) / 2 / DAY) * DAY);
  if (p.until) return iso(ms(p.until) - DAY);
  return p.since!;
}

export const periodStage: Stage = {
  name: 'period',
  requires: ['text'],
  provides: ['refDate', 'asOf'],
  run(doc, ctx) {
    doc.refDate = doc.article.date;
    if (doc.article.date) { doc.asOf = doc.article.date; return; }
    const period = periodOf(doc.text, regionsGazetteer(ctx.corporaDir).periods);
    doc.asOf = period ? dateIn(period, ctx.today) : ctx.today;
    if (period) doc.notes.period = period;
  },
};
