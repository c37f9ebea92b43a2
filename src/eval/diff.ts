// `derek eval --diff`: per fixture, expected vs produced records side by side, grouped by the rule
// that made them: missing (gold with no record), extra (a record with no gold), wrong (paired, but
// a field differs), with per-rule hit counts and precision. Pairing uses the scorer's matching
// (src/eval/score.ts, same as ../shared/tools/score.mjs) so "ok" here is a true positive there;
// a record that overlaps a gold one but has another value or code is shown as one "wrong" pair,
// marked as scored missing + extra.
import { locate, langKey, type GoldDoc } from './gold.js';
import { KINDS, normText, predictionBase, type Kind, type Prediction } from './score.js';

export type DiffStatus = 'ok' | 'wrong' | 'missing' | 'extra';

export interface FieldDiff { field: string; expected: unknown; produced: unknown }

export interface DiffItem {
  status: DiffStatus;
  kind: Kind;
  /** The rule of the produced record; null for a missing one. */
  rule: string | null;
  expected?: Record<string, unknown>;
  produced?: Record<string, unknown>;
  fields?: FieldDiff[];
  /** How the scorer counts the item: tp, fn, fp, or fn+fp (a wrong pair the scorer does not match). */
  scored: 'tp' | 'fn' | 'fp' | 'fn+fp' | 'reference';
}

export interface FixtureDiff { base: string; file: string; lang: string; items: DiffItem[] }
export interface RuleStat { rule: string; kind: Kind; hits: number; correct: number; precision: number }
export interface DiffResult { fixtures: FixtureDiff[]; rules: RuleStat[] }

type Span = [number, number] | null;
type Rec = Record<string, unknown>;
const overlap = (a: Span, b: Span) => !!a && !!b && a[0] < b[1] && b[0] < a[1];
const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Does a produced record match a gold one the way the scorer matches them? */
function scorerMatch(kind: Kind, g: Rec, p: Rec, gSpan: Span): boolean {
  const pSpan: Span = typeof p.start === 'number' ? [p.start, p.end as number] : null;
  switch (kind) {
    case 'figures': return overlap(pSpan, gSpan) && p.kind === g.kind && sameValue(p.value, g.value);
    case 'regions': return overlap(pSpan, gSpan) && p.code === g.code;
    case 'officials': return normText(p.person as string) === normText(g.person as string);
    case 'directives': return overlap(pSpan, gSpan);
  }
}

/** A near miss: same place, different value (shown as one wrong pair). */
function nearMatch(kind: Kind, p: Rec, gSpan: Span): boolean {
  const pSpan: Span = typeof p.start === 'number' ? [p.start, p.end as number] : null;
  return kind !== 'officials' && overlap(pSpan, gSpan);
}

/** The fields compared for a matched pair (those the gold gives). */
const ATTRS: Record<Kind, string[]> = {
  figures: ['kind', 'value', 'qualifier', 'unit', 'object', 'min', 'max', 'change'],
  regions: ['code', 'via'],
  officials: ['position', 'role'],
  directives: ['issuer', 'verb', 'deadline', 'reference'],
};

function fieldDiffs(kind: Kind, g: Rec, p: Rec): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const f of ATTRS[kind]) {
    if (!(f in g) || g[f] === undefined) continue;
    const a = g[f], b = p[f] ?? null;
    const same = typeof a === 'number' ? sameValue(b, a) : typeof a === 'string' || typeof b === 'string' ? normText(a as string) === normText(b as string) : JSON.stringify(a) === JSON.stringify(b);
    if (!same) out.push({ field: f, expected: a, produced: b });
  }
  return out;
}

const compact = (r: Rec): Rec => Object.fromEntries(Object.entries(r).filter(([k, v]) => !['mentions', 'sentence'].includes(k) && v !== undefined));

/** Diffs every gold doc against the record produced for it (matched by basename, as the scorer does). */
export function diffFixtures(golds: GoldDoc[], predictions: Prediction[]): DiffResult {
  const preds = new Map<string, Prediction>();
  for (const p of predictions) preds.set(predictionBase(p.source), p);
  const fixtures: FixtureDiff[] = [];
  const stats = new Map<string, RuleStat>();
  const stat = (rule: string, kind: Kind) => {
    let s = stats.get(rule);
    if (!s) stats.set(rule, (s = { rule, kind, hits: 0, correct: 0, precision: 0 }));
    return s;
  };

  for (const gd of golds) {
    const p = preds.get(gd.base) ?? {};
    const text = typeof p.text === 'string' ? p.text : gd.text;
    const items: DiffItem[] = [];
    for (const kind of KINDS) {
      const gold = ((gd.gold[kind] ?? []) as unknown as Rec[]);
      const prod = ((p[kind] ?? []) as unknown as Rec[]);
      const gSpans = gold.map((g) => (typeof g.surface === 'string' ? locate(text, g.surface, (g.occurrence as number | undefined) ?? 1) : null));
      const usedP = new Set<number>();
      const pairedG = new Map<number, number>();
      gold.forEach((g, gi) => {
        const i = prod.findIndex((x, j) => !usedP.has(j) && scorerMatch(kind, g, x, gSpans[gi]!));
        if (i >= 0) { usedP.add(i); pairedG.set(gi, i); }
      });
      for (const [gi, pi] of pairedG) {
        const g = gold[gi]!, x = prod[pi]!;
        const rule = String(x.rule ?? '?');
        const s = stat(rule, kind); s.hits++; s.correct++;
        if (g.reference === true) { items.push({ status: 'ok', kind, rule, expected: compact(g), produced: compact(x), scored: 'reference' }); continue; }
        const fields = fieldDiffs(kind, g, x);
        items.push({ status: fields.length ? 'wrong' : 'ok', kind, rule, expected: compact(g), produced: compact(x), ...(fields.length ? { fields } : {}), scored: 'tp' });
      }
      // Near misses: an unmatched gold and an unmatched record at the same place.
      gold.forEach((g, gi) => {
        if (pairedG.has(gi)) return;
        const i = prod.findIndex((x, j) => !usedP.has(j) && nearMatch(kind, x, gSpans[gi]!));
        if (i >= 0) {
          usedP.add(i);
          const x = prod[i]!, rule = String(x.rule ?? '?');
          stat(rule, kind).hits++;
          items.push({ status: 'wrong', kind, rule, expected: compact(g), produced: compact(x), fields: fieldDiffs(kind, g, x), scored: g.reference === true ? 'fp' : 'fn+fp' });
        } else if (g.reference !== true) {
          items.push({ status: 'missing', kind, rule: null, expected: compact(g), scored: 'fn' });
        }
      });
      prod.forEach((x, j) => {
        if (usedP.has(j)) return;
        const rule = String(x.rule ?? '?');
        stat(rule, kind).hits++;
        items.push({ status: 'extra', kind, rule, produced: compact(x), scored: 'fp' });
      });
    }
    fixtures.push({ base: gd.base, file: gd.txtFile, lang: langKey(gd.gold), items });
  }
  const rules = [...stats.values()].map((s) => ({ ...s, precision: s.hits ? s.correct / s.hits : 0 })).sort((a, b) => a.rule.localeCompare(b.rule));
  return { fixtures, rules };
}

// ---- text rendering

const KIND1: Record<Kind, string> = { figures: 'figure', regions: 'region', officials: 'official', directives: 'directive' };

function describe(kind: Kind, r: Rec | undefined): string {
  if (!r) return '';
  const s = (k: string) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
  const surf = r.surface ? ` «${String(r.surface).replace(/\s+/g, ' ')}»` : '';
  switch (kind) {
    case 'figures': return `${s('kind')} ${s('value')}${r.unit ? ` ${s('unit')}` : ''} ${s('qualifier') || 'exact'}${surf}`;
    case 'regions': return `${s('code')}${surf}`;
    case 'officials': return `${s('person')} (${s('position') || '?'})`;
    case 'directives': return `${s('verb') || '?'} by ${s('issuer') || '?'}${r.deadline ? ` until ${s('deadline')}` : ''}${surf}`;
  }
}

const MARK: Record<DiffStatus, string> = { ok: '✓', wrong: '~', missing: '-', extra: '+' };
const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

export interface DiffFormatOptions { width?: number; showOk?: boolean }

export function formatDiff(d: DiffResult, opts: DiffFormatOptions = {}): string {
  const col = Math.max(30, Math.floor(((opts.width ?? 140) - 16) / 2));
  const lines: string[] = [];
  for (const f of d.fixtures) {
    const n = (st: DiffStatus) => f.items.filter((i) => i.status === st).length;
    lines.push(`== ${f.base} (${f.lang})  ok ${n('ok')}  wrong ${n('wrong')}  missing ${n('missing')}  extra ${n('extra')}`);
    const shown = f.items.filter((i) => opts.showOk || i.status !== 'ok');
    if (!shown.length) continue;
    lines.push(`   ${''.padEnd(20)}${cut('expected', col)} │ produced`);
    const groups = new Map<string, DiffItem[]>();
    for (const i of shown) groups.set(i.rule ?? '(no rule fired)', [...(groups.get(i.rule ?? '(no rule fired)') ?? []), i]);
    for (const [rule, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      lines.push(`  ${rule}`);
      for (const i of list) {
        lines.push(`   ${MARK[i.status]} ${cut(`${i.status} ${KIND1[i.kind]}`, 17)} ${cut(describe(i.kind, i.expected), col)} │ ${describe(i.kind, i.produced)}`);
        for (const fd of i.fields ?? []) lines.push(`   ${''.padEnd(20)}${cut(`${fd.field}: ${JSON.stringify(fd.expected)}`, col)} │ ${fd.field}: ${JSON.stringify(fd.produced)}`);
        if (i.scored === 'fn+fp') lines.push(`   ${''.padEnd(20)}(scored as missing + extra)`);
      }
    }
  }
  lines.push('', 'rule                                          kind         hits  correct  precision');
  for (const r of d.rules) {
    lines.push(`${r.rule.padEnd(45)} ${r.kind.padEnd(11)} ${String(r.hits).padStart(5)} ${String(r.correct).padStart(8)} ${(100 * r.precision).toFixed(1).padStart(9)}%`);
  }
  return lines.join('\n');
}
